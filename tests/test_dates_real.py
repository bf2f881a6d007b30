"""DATE and QUANTITY on text as real pages type it (issue 8 §2, issue 11 item 9).

ASCII commas and spaces between digits and Chinese, life spans and numeric dates, era years,
parts of day, relative years; percentages, ages, distances, formation counts, footnote marks;
and linear time on long runs of numerals.
"""

from __future__ import annotations

import time

import pytest

from pipeline.normalize.dates import ERA_OFFSETS, normalize_dates
from pipeline.normalize.numbers import parse_number
from pipeline.rules.dates import find_dates
from pipeline.rules.quantities import find_quantities


def dates(text: str) -> list[tuple[int, int, str, str]]:
    found = find_dates(text)
    norms = normalize_dates(text, [(c.start, c.end) for c in found])
    return [(c.start, c.end, text[c.start:c.end], n["value"]) for c, n in zip(found, norms)]


def quantities(text: str) -> list[tuple[int, int, str, object, str, object]]:
    return [(c.start, c.end, text[c.start:c.end], c.norm["value"], c.norm["unit"], c.norm["approx"])
            for c in find_quantities(text)]


# ---------------------------------------------------------------- DATE

def test_year_after_ascii_comma():
    text = "他先任旅长,1938年7月,调任师长,1940年初,升任军长。"
    assert dates(text) == [(6, 13, "1938年7月", "1938-07"), (19, 25, "1940年初", "1940")]
    assert normalize_dates(text, [(19, 25)]) == [{"value": "1940", "mod": "START"}]


def test_day_after_ascii_comma_is_a_date_not_a_quantity():
    text = "部队休整,3月9日出发,3月12日抵达。"
    assert dates(text) == [(5, 9, "3月9日", "XXXX-03-09"), (12, 17, "3月12日", "XXXX-03-12")]
    assert quantities(text) == []


@pytest.mark.parametrize("text, spans", [
    ("王某(1896—1972),湖南人", [(3, 7, "1896", "1896"), (8, 12, "1972", "1972")]),
    ("王某（1896年－1972年）", [(3, 8, "1896年", "1896"), (9, 14, "1972年", "1972")]),
    ("王某 1896-1972 湖南人", [(3, 7, "1896", "1896"), (8, 12, "1972", "1972")]),
    ("战争 1931~1945 年间", [(3, 7, "1931", "1931"), (8, 14, "1945 年", "1945")]),
])
def test_life_spans_and_bare_year_ranges(text, spans):
    assert dates(text) == spans


@pytest.mark.parametrize("text", ["约1500-1600人参战", "编号1200-1800", "1900-2100之间的数", "筹款1900至1950万元"])
def test_number_ranges_are_not_year_ranges(text):
    assert [d for d in dates(text) if d[2].isdigit()] == []


@pytest.mark.parametrize("text, value", [
    ("民国三十年", "1941"), ("民國30年", "1941"), ("昭和3年", "1928"), ("光绪二十二年", "1896"),
    ("宣统元年", "1909"), ("明治三十七年", "1904"), ("大正十二年", "1923"), ("同治元年", "1862"),
    ("咸丰十年", "1860"), ("道光二十年", "1840"), ("康德元年", "1934"), ("光绪廿六年", "1900"),
])
def test_era_years(text, value):
    assert dates("史载" + text + "事") == [(2, 2 + len(text), text, value)]


def test_era_table_is_first_year_minus_one():
    assert ERA_OFFSETS["民国"] == 1911 and ERA_OFFSETS["昭和"] == 1925 and ERA_OFFSETS["平成"] == 1988


def test_era_year_with_month_and_season():
    assert dates("民国二十六年七月七日夜") == [(0, 11, "民国二十六年七月七日夜", "1937-07-07TNI")]
    assert dates("昭和十九年春") == [(0, 6, "昭和十九年春", "1944-SP")]


@pytest.mark.parametrize("text, span, value", [
    ("截至2021-07-01 18:45更新", "2021-07-01 18:45", "2021-07-01T18:45"),
    ("发表于2021/7/1。", "2021/7/1", "2021-07-01"),
    ("更新于2021/7/1 8:05:33。", "2021/7/1 8:05:33", "2021-07-01T08:05"),
    ("发布时间：2021年07月01日 18:45", "2021年07月01日 18:45", "2021-07-01T18:45"),
    ("张某(1901.3.9-1975.10.2)", "1901.3.9", "1901-03-09"),
])
def test_numeric_page_dates(text, span, value):
    found = dates(text)
    assert (text.index(span), text.index(span) + len(span), span, value) == found[0]


def test_numeric_date_second_end_of_a_life_span():
    assert dates("张某(1901.3.9-1975.10.2)")[1] == (12, 21, "1975.10.2", "1975-10-02")


@pytest.mark.parametrize("text, span, value", [
    ("张某（１９０１.３.９－１９７５.１０.２）", "１９０１.３.９", "1901-03-09"),
    ("截至２０２１-０７-０１ １８:４５更新", "２０２１-０７-０１ １８:４５", "2021-07-01T18:45"),
    ("王某（１８９６—１９７２）", "１８９６", "1896"),
    ("民國 31 年 5 月,敌军", "民國 31 年 5 月", "1942-05"),
])
def test_fullwidth_and_spaced_dates(text, span, value):
    assert dates(text)[0] == (text.index(span), text.index(span) + len(span), span, value)


@pytest.mark.parametrize("text", ["版本1.2.3.4发布", "型号2021-13-01", "1944.6.1.2"])
def test_version_numbers_are_not_dates(text):
    assert [d for d in dates(text) if "." in d[2] or "-" in d[2]] == []


@pytest.mark.parametrize("text, span, value", [
    ("1942年3月6日早,敌军撤退", "1942年3月6日早", "1942-03-06TMO"),
    ("1942年3月6日晨出发", "1942年3月6日晨", "1942-03-06TMO"),
    ("1942年3月6日晚到达", "1942年3月6日晚", "1942-03-06TNI"),
    ("1942年3月6日拂晓攻击", "1942年3月6日拂晓", "1942-03-06TMO"),
    ("1942年3月6日黄昏撤出", "1942年3月6日黄昏", "1942-03-06TEV"),
    ("1942年3月6日午后转移", "1942年3月6日午后", "1942-03-06TAF"),
])
def test_part_of_day_after_a_date(text, span, value):
    assert dates(text)[0] == (0, len(span), span, value)


@pytest.mark.parametrize("text, span, value", [
    ("1942年3月6日9:30发起攻击", "1942年3月6日9:30", "1942-03-06T09:30"),
    ("1942年3月6日下午3:45到达", "1942年3月6日下午3:45", "1942-03-06T15:45"),
])
def test_clock_time_after_a_date(text, span, value):
    assert dates(text)[0] == (0, len(span), span, value)


def test_colon_numbers_alone_are_no_time():
    assert dates("以3:1获胜") == []


@pytest.mark.parametrize("text", ["1942年3月6日早已撤走", "1942年3月6日晚些时候"])
def test_early_late_words_are_not_parts_of_day(text):
    assert dates(text)[0][2] == "1942年3月6日"


def test_relative_year_before_a_month_or_season():
    text = "1942年5月任师长,次年秋调任军长,翌年3月病故。"
    assert dates(text) == [(0, 7, "1942年5月", "1942-05"), (11, 14, "次年秋", "1943-FA"),
                           (21, 23, "3月", "1944-03")]


@pytest.mark.parametrize("text, span, value", [
    ("1942年年底,部队", "1942年年底", {"value": "1942", "mod": "END"}),
    ("1942年岁末,部队", "1942年岁末", {"value": "1942", "mod": "END"}),
    ("1943年年初,部队", "1943年年初", {"value": "1943", "mod": "START"}),
])
def test_year_start_and_end_words(text, span, value):
    found = find_dates(text)
    assert [(c.start, c.end) for c in found] == [(0, len(span))]
    assert normalize_dates(text, [(0, len(span))]) == [value]


def test_relative_day_before_a_time():
    text = "1944年2月28日攻城,次日凌晨3时突入"
    assert dates(text) == [(0, 10, "1944年2月28日", "1944-02-28"), (15, 19, "凌晨3时", "1944-02-29T03:00")]


def test_next_day_word_between_a_date_and_a_time():
    text = "1944年6月30日开始攻城。次日,敌增援。下午4时敌退却"
    assert dates(text)[1] == (22, 26, "下午4时", "1944-07-01T16:00")


def test_counted_day_leaves_the_day_unknown():
    text = "1944年6月25日开始防守。战至第四天拂晓,敌又进攻,于上午 8 时出动飞机"
    assert dates(text)[1] == (29, 35, "上午 8 时", "1944-06-XXT08:00")


def test_two_digit_chinese_year_before_a_month():
    assert dates("到四三年九月,") == [(1, 6, "四三年九月", "1943-09")]
    assert dates("第四三年九月") == [(4, 6, "九月", "XXXX-09")]


def test_list_marker_is_not_a_month_range():
    assert dates("四、5 月下旬,敌军") == [(2, 7, "5 月下旬", "XXXX-05")]
    assert dates("五、六月间") == [(0, 1, "五", "XXXX-05"), (2, 4, "六月", "XXXX-06")]


# ---------------------------------------------------------------- QUANTITY

@pytest.mark.parametrize("text, expected", [
    ("伤亡达95%以上", (3, 8, "95%以上", 95, "%", "over")),
    ("占百分之九十", (1, 6, "百分之九十", 90, "%", None)),
    ("行军六十华里", (2, 6, "六十华里", 60, "华里", None)),
    ("距城二十里", (2, 5, "二十里", 20, "里", None)),
    ("距城二十里许", (2, 6, "二十里许", 20, "里", "about")),
    ("年仅13岁", (2, 5, "13岁", 13, "岁", None)),
    ("年方十龄", (2, 4, "十龄", 10, "龄", None)),
    ("调来3个师", (2, 5, "3个师", 3, "个师", None)),
    ("调来两个军", (2, 5, "两个军", 2, "个军", None)),
    ("调走两师", (2, 4, "两师", 2, "师", None)),
    ("仅留一〇三人", (2, 6, "一〇三人", 103, "人", None)),
    ("兵力廿万", (2, 4, "廿万", 200000, "", None)),
    ("歼敌卅余人", (2, 5, "卅余人", 30, "人", "over")),
    ("三方夹击", (0, 2, "三方", 3, "方", None)),
    ("两国交战", (0, 2, "两国", 2, "国", None)),
    ("发出五封信", (2, 4, "五封", 5, "封", None)),
    ("在八年中", (1, 3, "八年", 8, "年", None)),
    ("苦战十数日", (2, 5, "十数日", 10, "日", "over")),
    ("敌十数万人", (1, 5, "十数万人", 100000, "人", "over")),
])
def test_quantity_classes(text, expected):
    assert quantities(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("集结 8 万余人", (3, 8, "8 万余人", 80000, "人", "over")),
    ("出动飞机 7 架。", (5, 8, "7 架", 7, "架", None)),
    ("合计约20 万人", (2, 8, "约20 万人", 200000, "人", "about")),
    ("指挥6 个师团", (2, 7, "6 个师团", 6, "个师团", None)),
    ("伤亡~300,000人", (2, 11, "~300,000人", 300000, "人", "about")),
    ("共计3，100人", (2, 8, "3，100人", 3100, "人", None)),
])
def test_spaced_and_punctuated_numbers(text, expected):
    assert quantities(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("据照片,45架飞机被毁", [(4, 7, "45架", 45, "架", None)]),
    ("指数为200,则次年", [(3, 6, "200", 200, "", None)]),
    ("兵力将近 50,000 匹马", [(2, 13, "将近 50,000 匹", 50000, "匹", "nearly")]),
    ("补充 250,000 兵员", [(3, 10, "250,000", 250000, "", None)]),
    ("战机 120 多架", [(3, 9, "120 多架", 120, "架", "over")]),
    ("伤亡在 8,000 以上(", [(4, 12, "8,000 以上", 8000, "", "over")]),
    ("歼敌４５,０００人", [(2, 9, "４５,０００人", 45000, "人", None)]),
    ("城破后,68师团休整", []),
    ("准备 2 号计划", []),
])
def test_commas_spaces_and_fullwidth_digits(text, expected):
    assert quantities(text) == expected


def test_percent_sign_may_end_a_span():
    from pipeline.components.reconcile import choose
    from pipeline.spans import Candidate

    text = "损失不到45%的兵力"
    cand = Candidate(2, 7, "QUANTITY", "rule:quantity", 40)
    assert choose(text, [cand]) == [cand]


@pytest.mark.parametrize("text, expected", [
    ("伤亡约2000-3000人", [(2, 7, "约2000", 2000, "人", "about"), (8, 13, "3000人", 3000, "人", None)]),
    ("击落150—200架", [(2, 5, "150", 150, "架", None), (6, 10, "200架", 200, "架", None)]),
    ("B-29轰炸机", []),
    ("电话010-12345678", []),
    ("编号12-34", []),
])
def test_dashed_number_ranges(text, expected):
    assert quantities(text) == expected


def test_tilde_between_numbers_is_a_range_not_an_approximator():
    assert quantities("约300~500人")[-1] == (5, 9, "500人", 500, "人", None)


@pytest.mark.parametrize("text", [
    "兵力12,000人[3]\n", "共有战车50辆[12],", "代号“7”的部队", "番号”5″字开头",
])
def test_footnote_marks_and_quoted_codes_are_not_quantities(text):
    assert all(q[4] for q in quantities(text))      # only the counts with a unit remain


def test_number_opening_a_quote_still_counts():
    # 幅 is a measure word since session 13 (auditzh20): the count keeps it (rule 9)
    assert quantities("她问：“３幅画怎么分？”") == [(4, 6, "３幅", 3, "幅", None)]
    assert quantities("他用“视窗95”上网") == []
    assert quantities("守住“120高线”") == []
    assert quantities("一年中的大事") == []


def test_range_start_without_measure_word():
    assert quantities("各辖四至五个师") == [(2, 3, "四", 4, "个师", None), (4, 7, "五个师", 5, "个师", None)]


def test_range_start_takes_its_partners_unit():
    from pipeline.extract import extract_text

    simplified = extract_text("每个兵团辖四至五个军,伤亡300~400人")["entities"]
    assert [(e["text"], e["norm"]["value"], e["norm"]["unit"]) for e in simplified] == [
        ("四", 4, "个军"), ("五个军", 5, "个军"), ("300", 300, "人"), ("400人", 400, "人")]
    traditional = extract_text("每個兵團轄四至五個軍")["entities"]
    assert [(e["text"], e["norm"]["unit"]) for e in traditional] == [("四", "個軍"), ("五個軍", "個軍")]


@pytest.mark.parametrize("text", ["在第一、二次会战中", "第1、2次进攻", "第十一、十二、十三次", "第4至6次"])
def test_listed_ordinals_are_not_counts(text):
    assert quantities(text) == []


def test_count_after_an_ordinal_list_item_stays():
    assert quantities("第3、4个师") == [(3, 6, "4个师", 4, "个师", None)]


def test_troops_is_no_echelon():
    assert quantities("得到2 个军级部队的支援") == [(2, 5, "2 个", 2, "个", None)]


def test_one_of_a_formation_after_zhi():
    assert quantities("其中之一个步兵团") == [(3, 8, "一个步兵团", 1, "个步兵团", None)]
    assert quantities("原因之一是") == []


def test_both_sides_and_idioms_are_not_counts():
    assert quantities("两军对峙") == []
    assert quantities("四面八方涌来") == []
    assert quantities("八国联军入京") == []
    assert quantities("两支队伍交手") == []
    assert quantities("遭遇两连败") == []
    assert quantities("调来三十万国军") == [(2, 5, "三十万", 300000, "", None)]
    assert quantities("中日两国军队交战") == [(2, 4, "两国", 2, "国", None)]
    assert quantities("十万火急") == []


@pytest.mark.parametrize("written, value", [("一〇三", 103), ("两千", 2000), ("廿五", 25), ("卅一", 31),
                                            ("一九四〇", 1940)])
def test_numerals_with_ling_circle_and_contractions(written, value):
    assert parse_number(written) == value


# ---------------------------------------------------------------- linear time

RUNS = ["十", "一二三", "1,000,", "年年年", "〇", "两", "数十", "第1、", "1.", "十余万", "1944-"]


@pytest.mark.parametrize("unit", RUNS)
def test_long_numeral_runs_are_linear(unit):
    text = unit * (100_000 // len(unit))
    t0 = time.perf_counter()
    find_dates(text)
    find_quantities(text)
    assert time.perf_counter() - t0 < 3.0


def test_one_megabyte_of_mixed_runs_is_fast():
    text = "".join(unit * (90_000 // len(unit)) + "。" for unit in RUNS)[:1_000_000]
    t0 = time.perf_counter()
    find_dates(text)
    find_quantities(text)
    assert time.perf_counter() - t0 < 30.0
