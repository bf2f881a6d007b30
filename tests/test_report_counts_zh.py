"""Counts and clock times of battle reports and loss surveys (session 16 label audit of QUANTITY and DATE, auditzh44):
pipeline/rules/report_counts_zh.py (a count closing a list of places, bare tens after a verb of killing or capture,
shops and households in 家) and the fixes of the same audit in dates.py / clock_days_grouped_ranges_zh.py (半 and 钟 of a clock time),
local_history_zh.py (a month after 持续/长达/为期/历经 is a duration), formation_counts_zh.py (一 inside 十一 before 艘/架 …),
normalize/dates.py (民國 years of three figures) and quantities.py (a list item's number and comma opening its line).

Sentences written for these tests (made-up places, units and numbers)."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in extract_text(text)["entities"]]


def _labelled(text, label):
    return [e for e in _ents(text) if e[2] == label]


def _norm(text, span):
    for e in extract_text(text)["entities"]:
        if e["text"] == span:
            return e["norm"]
    return None


# a count closing a list of places or parts ---------------------------------------------------------------------------

def test_count_closing_a_list_of_countries():
    text = "这条山脉位于泰国、老挝、缅甸三国交界的地方。"
    assert (14, 16, "QUANTITY", "三国") in _ents(text)
    assert _norm(text, "三国") == {"value": 3, "unit": "国", "approx": None}


def test_count_closing_a_list_of_parts():
    text = "这条防线分为东、中、西三段,每段约二百公里。"
    assert (11, 13, "QUANTITY", "三段") in _ents(text)


def test_count_after_the_list_and_a_relative_clause():
    text = "舰队驶过甲岛、乙岛这相邻的两岛。"
    assert (13, 15, "QUANTITY", "两岛") in _ents(text)


def test_counted_countries_traditional():
    text = "會議由甲國、乙國、丙國三國代表出席。"
    assert (11, 13, "QUANTITY", "三國") in _ents(text)


def test_counted_provinces_are_left_alone():
    # the development sets disagree on provinces and counties counted after their list
    assert not [e for e in _labelled("部队转战晋、豫、陕三省边界。", "QUANTITY") if e[3] == "三省"]


def test_three_kingdoms_without_a_list_is_no_count():
    assert not _labelled("他最爱读三国演义。", "QUANTITY")
    assert not _labelled("他从小熟读三国的故事。", "QUANTITY")


def test_list_count_not_inside_another_word():
    # 三国志 (a book's name), 两国军 (the armies of two countries): the word goes on
    text = "他读了魏、蜀、吴三国志的故事。"
    assert not any(e[3].startswith("三国") for e in _labelled(text, "QUANTITY"))


# bare tens after a verb of killing or capture -------------------------------------------------------------------------

def test_bare_tens_after_capture_with_a_side():
    text = "是役生擒伪军四十余,毙伤其二十余。"
    found = _labelled(text, "QUANTITY")
    assert (6, 9, "QUANTITY", "四十余") in found
    assert (13, 16, "QUANTITY", "二十余") in found
    assert _norm(text, "四十余") == {"value": 40, "unit": "", "approx": "over"}


def test_bare_tens_after_a_verb_alone():
    text = "我军俘敌七十多。"
    assert (4, 7, "QUANTITY", "七十多") in _ents(text)


def test_bare_tens_without_a_verb_of_killing_are_no_count():
    assert not _labelled("他今年四十余,身体很好。", "QUANTITY")


def test_bare_tens_followed_by_a_word_are_left_to_the_quantity_finder():
    # 伤亡三十余人: the quantity finder reads the whole count with its measure word
    assert (4, 8, "QUANTITY", "三十余人") in _ents("此战伤亡三十余人。")


# shops and households in 家 -------------------------------------------------------------------------------------------

def test_shops_counted_with_approximator():
    text = "大火烧毁了30余栋民房和20余家店铺。"
    assert (12, 16, "QUANTITY", "20余家") in _ents(text)
    assert _norm(text, "20余家") == {"value": 20, "unit": "家", "approx": "over"}


def test_shops_counted_in_chinese_numerals_with_approximator():
    assert (3, 7, "QUANTITY", "二十多家") in _ents("城内有二十多家商号被抢。")


def test_village_named_by_a_count_of_households_is_no_count():
    assert not _labelled("部队进驻三家店,休整两日。", "QUANTITY") or all(
        e[3] != "三家" for e in _labelled("部队进驻三家店,休整两日。", "QUANTITY"))
    assert not [e for e in _labelled("部队进驻8家子村。", "QUANTITY") if "家" in e[3]]


# clock times: 半 after a date, 钟 after 点 ------------------------------------------------------------------------------

def test_half_hour_after_a_full_date():
    text = "1950年3月2日凌晨四点半,部队出发。"
    assert (0, 14, "DATE", "1950年3月2日凌晨四点半") in _ents(text)
    assert _norm(text, "1950年3月2日凌晨四点半")["value"] == "1950-03-02T04:30"


def test_oclock_keeps_zhong():
    text = "是日晨七点钟,敌舰开炮。"
    assert (2, 6, "DATE", "晨七点钟") in _ents(text)
    assert _norm(text, "晨七点钟")["value"].endswith("T07:00")


def test_bare_oclock_with_zhong():
    assert (2, 5, "DATE", "九点钟") in _ents("直到九点钟,炮声才停。")


def test_clock_is_no_clock_time():
    # 时钟 is a clock, never a time
    assert not _labelled("墙上的时钟停了。", "DATE")


# a month of lasting, a numeral's 一, ROC years of three figures, a list item's number ----------------------------------

def test_month_after_a_verb_of_lasting_before_de():
    text = "这是一场持续一月的围城战。"
    assert (6, 8, "QUANTITY", "一月") in _ents(text)
    assert _norm(text, "一月") == {"value": 1, "unit": "月", "approx": None}


def test_month_after_a_verb_of_staying_before_de_stays_as_before():
    # 的 after the month counts only after a verb of lasting: 驻扎一月 before 的 is left as it was
    assert not [e for e in _labelled("部队于驻地休整,一月的天气很冷。", "QUANTITY") if e[3] == "一月"]


def test_eleven_ships_before_a_semicolon():
    text = "至十五日港外共有十一艘;次日又增两艘。"
    assert (8, 11, "QUANTITY", "十一艘") in _ents(text)
    assert (16, 18, "QUANTITY", "两艘") in _ents(text)


def test_one_ship_after_a_noun_still_counts():
    assert (4, 6, "QUANTITY", "一艘") in _ents("敌击沉我一艘,伤两艘。")


def test_roc_year_of_three_figures():
    text = "民國101年3月5日,本館舉辦座談。"
    assert (0, 10, "DATE", "民國101年3月5日") in _ents(text)
    assert _norm(text, "民國101年3月5日")["value"] == "2012-03-05"


def test_list_item_number_and_comma_opening_a_line():
    text = "甲部俘敌12人。\n3,乙部战斗中歼敌300余人。"
    found = _labelled(text, "QUANTITY")
    assert not [e for e in found if e[3] == "3"]
    assert (18, 23, "QUANTITY", "300余人") in found


def test_thousands_group_opening_a_line_is_still_a_count():
    text = "此役共歼敌\n3,500人。"
    assert (6, 12, "QUANTITY", "3,500人") in _ents(text)


# headquarters and pacification zones counted among formations (quantities.py) ------------------------------------------

def test_counted_headquarters_are_counted_whole():
    text = "此役消灭2个兵团部、9个军部及一个绥靖区。"
    found = _labelled(text, "QUANTITY")
    assert (4, 9, "QUANTITY", "2个兵团部") in found
    assert (10, 14, "QUANTITY", "9个军部") in found
    assert (15, 20, "QUANTITY", "一个绥靖区") in found


def test_deploying_is_no_headquarters():
    assert (0, 2, "QUANTITY", "三个") in _ents("三个团部署完毕后发起攻击。") or \
        (0, 3, "QUANTITY", "三个团") in _ents("三个团部署完毕后发起攻击。")
    assert not [e for e in _labelled("两个军部队开到前线。", "QUANTITY") if e[3] == "两个军部"]


# battalions led by a flotilla or braves (late_qing_wars_zh.py) ----------------------------------------------------------

def test_battalions_after_a_flotilla_led():
    text = "杨某率水师六营进泊江口。"
    assert (5, 7, "QUANTITY", "六营") in _ents(text)


def test_designated_battalion_after_a_flotilla_is_no_count():
    assert not [e for e in _labelled("杨某率水师第六营进泊江口。", "QUANTITY") if "营" in e[3]]
