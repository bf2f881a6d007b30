"""MIL_UNIT on the way real passages write units (issue 8 §2, issue 11 item 9).

Every sentence here is written for this file (invented names and numbers); each test asserts exact
spans and exact normalised values.
"""

from __future__ import annotations

import time

import pytest

from pipeline import convert, extract_text
from pipeline.rules.units import find_units
from pipeline.script import convert_text


def units(text: str) -> list[tuple[str, list, str, str]]:
    """(span text, numbers, echelon, prefix) of every MIL_UNIT candidate, left to right."""
    return [(text[c.start:c.end], c.norm["numbers"], c.norm["echelon"], c.norm["prefix"])
            for c in find_units(text)]


def spans(text: str) -> list[tuple[int, int, str]]:
    return [(c.start, c.end, text[c.start:c.end]) for c in find_units(text)]


def at(text: str, part: str, pos: int = 0) -> tuple[int, int, str]:
    start = text.index(part, pos)
    return (start, start + len(part), part)


# --- punctuation as pages type it --------------------------------------------------------------

def test_designation_after_a_halfwidth_comma_keeps_its_di():
    text = "战后,第64军北调,第五军南下,预备第九师随行。"
    assert spans(text) == [at(text, "第64军"), at(text, "第五军"), at(text, "预备第九师")]
    assert units(text)[2] == ("预备第九师", [9], "师", "预备")


def test_thousands_comma_is_no_punctuation():
    # 1,35 is a number with a thousands separator, not "1" and the 35th division
    assert units("敌兵力约1,35师不详。") == []


@pytest.mark.parametrize("text,part,numbers,echelon", [
    ("日军第 13 军向西推进。", "第 13 军", [13], "军"),
    ("由第 74 师固守。", "第 74 师", [74], "师"),
    ("以第21 集团军为主力。", "第21 集团军", [21], "集团军"),
    ("第 5、第 8 军东进。", "第 5、第 8 军", [5, 8], "军"),
])
def test_spaced_digits(text, part, numbers, echelon):
    (c,) = find_units(text)
    assert (text[c.start:c.end], c.norm["numbers"], c.norm["echelon"]) == (part, numbers, echelon)


# --- designations without 第 -------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("。二十六军渡江，十七师据守。", [("二十六军", [26], "军", ""), ("十七师", [17], "师", "")]),
    ("，五军向北，九师断后。", [("五军", [5], "军", ""), ("九师", [9], "师", "")]),
    ("日军九师团南下。", [("九师团", [9], "师团", "")]),
    ("，六战区长官部移驻。", [("六战区长官部", [6], "战区", "")]),
    ("12军与二十集团军会合。", [("12军", [12], "军", ""), ("二十集团军", [20], "集团军", "")]),
    ("。三十七军兵力不足，二十师之师长阵亡。", [("三十七军", [37], "军", ""), ("二十师", [20], "师", "")]),
])
def test_bare_designations_at_clause_start(text, expected):
    assert units(text) == expected


@pytest.mark.parametrize("text", [
    "蒋调集二十师之众围攻。",        # a count: 之众
    "国军约三十师，敌仅八师团。",     # 约 counts; 八师团 after a word, one numeral
    "三军将士用命。",                # the three services
    "乱成一团。",
    "敌集中十师兵力。",
    "百团大战爆发。",
])
def test_counts_and_idioms_are_no_units(text):
    assert units(text) == []


def test_small_units_need_a_cue():
    text = "右翼六连阵地失守，三排长阵亡，一连三日激战，五连官兵死守。"
    assert units(text) == [("六连", [6], "连", ""), ("三排", [3], "排", ""), ("五连", [5], "连", "")]
    assert units("我们连胜三场，二连浩特在北。") == []
    assert units("按纵向４排座位分发。") == []


# --- lists -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,part,numbers,echelon", [
    ("第12、第18、第25等军奉命东进。", "第12、第18、第25等军", [12, 18, 25], "军"),
    ("以六十三、八十四两个师守城。", "六十三、八十四两个师", [63, 84], "师"),
    ("下辖第五及第九两个集团军。", "第五及第九两个集团军", [5, 9], "集团军"),
    ("以第3、第8两师守城。", "第3、第8两师", [3, 8], "师"),
    ("下辖第三十、第四十三个军。", "第三十、第四十三个军", [30, 40], "军"),
    ("第6、14、22 3个师团北上。", "第6、14、22 3个师团", [6, 14, 22], "师团"),
])
def test_lists_closed_by_deng_or_a_count_are_one_span(text, part, numbers, echelon):
    (c,) = find_units(text)
    assert (text[c.start:c.end], c.norm["numbers"], c.norm["echelon"]) == (part, numbers, echelon)


def test_section_number_before_a_unit_is_no_list_item():
    text = "二、第五军的转进\n三、第八师"
    assert units(text) == [("第五军", [5], "军", ""), ("第八师", [8], "师", "")]


# --- sub-units, abbreviated arms, zero ----------------------------------------------------------

def test_branch_sub_unit_after_its_parent():
    text = "时任67军143师工兵营营长，另有特务连一部。"
    assert units(text) == [("67军143师工兵营", [67, 143], "营", "工兵")]


@pytest.mark.parametrize("text,expected", [
    ("炮七团进入阵地。", ("炮七团", [7], "团", "炮兵")),
    ("骑三师迂回。", ("骑三师", [3], "师", "骑兵")),
    ("工兵五营架桥。", ("工兵五营", [5], "营", "工兵")),
    ("一〇七师增援。", ("一〇七师", [107], "师", "")),
    ("第二〇〇师入缅。", ("第二〇〇师", [200], "师", "")),
])
def test_abbreviated_arms_and_zero(text, expected):
    assert units(text) == [expected]


def test_circle_zero_after_working_text_mapping():
    # another stage maps ○ to 〇 in the working text; the finder reads 〇
    assert units("三〇五团攻城。") == [("三〇五团", [305], "团", "")]


# --- formations named after a commander, a place or a region ------------------------------------

def test_commander_named_formations():
    text = "，钱军团东调；甄某兵团与喻汉青集团军会合，冯某集团军北上。"
    assert units(text) == [("钱军团", [], "军团", ""), ("甄某兵团", [], "兵团", ""),
                           ("喻汉青集团军", [], "集团军", ""), ("冯某集团军", [], "集团军", "")]


@pytest.mark.parametrize("text", ["重兵团压境。", "该集团军撤退。", "两个集团军北上。", "，大军团作战。",
                                  "横扫“罗纳军团”。", "估计罗纳军团难胜。", "米塔集团军"])
def test_troop_words_before_heads_are_no_commanders(text):
    assert units(text) == []


def test_standalone_named_forces_and_place_prefixes():
    text = "编成远征军总部，缅北远征军西进，派遣军总司令部下令，参阅远征军战史。"
    found = find_units(text)
    assert [(text[c.start:c.end], c.norm["id"]) for c in found] == [
        ("远征军总部", "ROC/named/中国远征军"), ("缅北远征军", None),
        ("派遣军总司令部", "JP/named/支那派遣军"), ("远征军", "ROC/named/中国远征军")]


@pytest.mark.parametrize("text", ["日本向中国派遣军舰三艘。", "派遣军队驻守。", "派遣军官赴前线。", "决定远征军需自筹。"])
def test_verb_paiqian_before_army_words_is_no_unit(text):
    assert units(text) == []


def test_place_named_area_army_and_volunteer_group():
    text = "满洲方面军与苏联航空志愿队"
    found = find_units(text)
    assert [(text[c.start:c.end], c.norm["echelon"], c.norm["side"]) for c in found] == [
        ("满洲方面军", "方面军", None), ("苏联航空志愿队", "航空志愿队", "USSR")]


def test_regional_commands_and_districts():
    text = "西部军司令部，东部军管区，成都师管区，冀东军区，江西保安团。"
    found = find_units(text)
    assert [(text[c.start:c.end], c.norm["echelon"], c.norm["side"]) for c in found] == [
        ("西部军司令部", "军", "JP"), ("东部军管区", "军管区", "JP"), ("成都师管区", "师管区", None),
        ("冀东军区", "军区", "CCP"), ("江西保安团", "团", None)]


def test_guards_division_prefix_and_titles():
    assert units("仅留一个近卫师团。") == [("近卫师团", [], "师团", "近卫")]
    # an armed force before a rank or a school is part of a title or a name
    assert units("由日本陆军大将指挥，毕业于日本陆军士官学校。") == []


# --- Traditional script: Simplified vocabulary --------------------------------------------------

@pytest.mark.parametrize("hant,part,norm", [
    ("日軍第一〇四師團南下", "第一〇四師團", {"numbers": [104], "echelon": "师团", "prefix": ""}),
    ("獨立混成第十二旅團", "獨立混成第十二旅團", {"numbers": [12], "echelon": "旅团", "prefix": "独立混成"}),
    ("戰車第3師團", "戰車第3師團", {"numbers": [3], "echelon": "师团", "prefix": "战车"}),
    ("，預備第九師、暫編第十五軍", "預備第九師", {"numbers": [9], "echelon": "师", "prefix": "预备"}),
    ("第十五及第二十兩個集團軍", "第十五及第二十兩個集團軍", {"numbers": [15, 20], "echelon": "集团军", "prefix": ""}),
])
def test_traditional_input_gives_simplified_vocabulary(hant, part, norm):
    record = extract_text(hant + "。", "hant", rules_only=True)
    (ent,) = [e for e in record["entities"] if e["text"] == part]
    assert ent["label"] == "MIL_UNIT"
    assert {k: ent["norm"][k] for k in norm} == norm


def test_convert_keeps_unit_norms():
    record = extract_text("日军第37师团与骑兵第4旅团会合，暂编第十五军增援。", "s", rules_only=True)
    hant = convert(record, "s2t")
    assert [e["text"] for e in hant["entities"] if e["label"] == "MIL_UNIT"] == [
        "第37師團", "騎兵第4旅團", "暫編第十五軍"]
    assert [e["norm"] for e in hant["entities"]] == [e["norm"] for e in record["entities"]]
    assert convert_text("第37師團", "t2s") == "第37师团"


# --- reliability: linear time on runs of numerals and lists -------------------------------------

RUNS = [
    "十" * 100_000,
    "第1、" * 33_333,
    "第一百零一、" * 16_666,
    "第第第" * 33_333,
    "1和" * 50_000,
    "第1、2、" * 20_000 + "军",
    ("二十" * 10 + "军") * 4_000,
    "一二三〇" * 25_000,
    "军区" * 50_000,
    "，孙军团" * 25_000,
    "第1和" * 33_334,
]


def test_find_units_is_linear_on_numeral_runs():
    """1 MB of pathological runs: each 100 k characters in well under 3 s (about 0.3 s on an idle
    machine; the bound is generous for a loaded 2-core box, the old finder took minutes)."""
    total = 0
    for run in RUNS:
        begin = time.perf_counter()
        find_units(run)
        elapsed = time.perf_counter() - begin
        total += len(run)
        assert elapsed < 3.0 * len(run) / 100_000, (run[:6], elapsed)
    assert total >= 1_000_000


def test_long_runs_keep_only_bounded_designations():
    # a numeral run longer than any designation is no designation, even before an echelon word
    assert units("十" * 40 + "军") == []
    assert units("1" * 20 + "师") == []
    # a list of more than 40 items is not read as a unit (nor from one of its items)
    assert units("第" + "、第".join(str(n) for n in range(1, 60)) + "军") == []
    assert units("第" + "、第".join(str(n) for n in range(1, 41)) + "军")[0][1] == list(range(1, 41))


def test_spaced_chains_and_lists_stay_one_span():
    text = "战斗中 27 军 112 师 9 团溃散，又有 61、83、暂 5、19 军，辖第 4、第 9、第 21，及第 6、第 11 独立混成旅团，共 5 个旅团。"
    assert units(text) == [
        ("27 军 112 师 9 团", [27, 112, 9], "团", ""),
        ("61、83、暂 5、19 军", [61, 83, 5, 19], "军", ""),
        ("第 4、第 9、第 21", [4, 9, 21], "旅团", ""),
        ("第 6、第 11 独立混成旅团", [6, 11], "旅团", "独立混成"),
    ]


def test_line_break_after_digits_and_air_group():
    text = "调往第4\n师团，第7飞行集团南下。"
    found = find_units(text)
    assert [(text[c.start:c.end], c.norm["numbers"], c.norm["echelon"], c.norm["id"]) for c in found] == [
        ("第4\n师团", [4], "师团", "JP/division/4"), ("第7飞行集团", [7], "飞行集团", "JP/air_corps/7")]


def test_guard_divisions():
    assert units("警3师改编，警卫第6师入城。") == [("警3师", [3], "师", "警卫"), ("警卫第6师", [6], "师", "警卫")]
    assert units("交警三中队，武警2连") == []


def test_japanese_commander_named_detachments():
    text = "抽调第9师团及松井支队，另以坂田兵团迂回。"
    assert units(text) == [("第9师团", [9], "师团", ""), ("松井支队", [], "支队", ""), ("坂田兵团", [], "兵团", "")]
    # a two-character name after a list comma, known surname or not; troop words are no names
    assert units("第6师团、野宫支队北上，，野战兵团") == [("第6师团", [6], "师团", ""), ("野宫支队", [], "支队", "")]


def test_counted_list_is_one_unit_and_no_quantity():
    record = extract_text("下辖第五及第九两个集团军，钱军团与喻汉青集团军会合。", "x", rules_only=True)
    assert [(e["start"], e["end"], e["label"]) for e in record["entities"]] == [
        (2, 12, "MIL_UNIT"), (13, 16, "MIL_UNIT"), (17, 23, "MIL_UNIT")]
    assert record["entities"][0]["norm"]["numbers"] == [5, 9]


def test_region_named_field_armies_and_later_named_forces():
    text = "华东野战军与晋冀鲁豫野战军会师，中國人民志願軍第38軍入朝。"
    working = convert_text(text, "t2s")
    found = find_units(working)
    assert [(working[c.start:c.end], c.norm["echelon"], c.norm["id"]) for c in found] == [
        ("华东野战军", "野战军", "CCP/named/华东野战军"), ("晋冀鲁豫野战军", "野战军", "CCP/named/晋冀鲁豫野战军"),
        ("中国人民志愿军第38军", "军", "CCP/army/38")]
