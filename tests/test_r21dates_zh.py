"""Session 21 round 2 (r21dates): Chinese DATE/QUANTITY/EVENT classes round 1's auditors saw on real pages
(pipeline/rules/cycle_gloss_calibre_counts_zh.py, normalize/dates.py, measure_words.tsv, written_zh_places.py, island_battle_names_zh.py).
Sentences written for these tests (made-up places); exact spans, labels and values, and what must not be tagged."""

from __future__ import annotations

from sentences import ent, entities, norm_of, spans


def _has(text: str, surface: str, label: str, nth: int = 0) -> bool:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return (start, start + len(surface), label, surface) in entities(text)


# --- DATE: a cyclical year in brackets after a year is its own DATE, valued as that year --------------------------

def test_cycle_gloss_after_reign_year():
    text = "宣统元年（己酉）三月，某县设立劝学所。"
    assert _has(text, "宣统元年", "DATE") and _has(text, "己酉", "DATE")
    assert norm_of(text, "己酉")["value"] == "1909"
    assert _has(text, "三月", "DATE") and norm_of(text, "三月")["value"] == "1909-03"


def test_cycle_gloss_with_nian_after_republican_year():
    text = "民国十七年(戊辰年)秋，县城被匪围攻。"
    assert _has(text, "民国十七年", "DATE") and _has(text, "戊辰年", "DATE")
    assert norm_of(text, "戊辰年")["value"] == "1928"


def test_cycle_gloss_after_gregorian_year_traditional():
    text = "1876年(丙子)正月，兩國訂約通商。"
    assert _has(text, "丙子", "DATE") and norm_of(text, "丙子")["value"] == "1876"


def test_cycle_gloss_negatives():
    # an invalid pair (stem and branch of different parity), and a bracket after no year, are no DATE
    text = "光绪二年(甲丑)，某甲(丙子)入城。"
    assert "甲丑" not in spans(text, "DATE")
    assert "丙子" not in spans(text, "DATE")


# --- DATE: the second end of a lunar range is a lunar date too ----------------------------------------------------

def test_lunar_range_second_end_valued_by_year():
    text = "1940年春，农历三月初一至初九日，敌机连日轰炸某县。"
    assert _has(text, "三月初一", "DATE") and _has(text, "初九日", "DATE")
    assert norm_of(text, "三月初一")["value"] == "1940"
    assert norm_of(text, "初九日")["value"] == "1940"


def test_lunar_range_with_month_on_both_ends():
    text = "1931年，阴历五月初五到六月初一，大水淹没某乡。"
    assert norm_of(text, "五月初五")["value"] == "1931"
    assert norm_of(text, "六月初一")["value"] == "1931"


def test_gregorian_range_after_lunar_gloss_keeps_its_days():
    # the Gregorian dates after a lunar one are not lunar: (8月5日) closes the lunar date, 至8月9日 follows it
    text = "1941年7月，农历六月十三日（8月5日）至8月9日，敌机来袭。10月3日至5日，又来。"
    assert norm_of(text, "六月十三日")["value"] == "1941"
    assert norm_of(text, "8月9日")["value"] == "1941-08-09"
    assert ent(text, "5日", nth=1)["norm"]["value"] == "1941-10-05"


# --- QUANTITY: calibres in Chinese digits and the units 公厘/公釐/公分 ----------------------------------------------

def test_calibre_three_digits_gongli():
    text = "该营配有一五五公厘榴弹炮四门。"
    assert _has(text, "一五五公厘", "QUANTITY")
    assert norm_of(text, "一五五公厘") == {"value": 155, "unit": "公厘", "approx": None}
    assert _has(text, "四门", "QUANTITY")


def test_calibre_two_digits_and_traditional_unit():
    text = "另有七五毫米山炮與三七公釐戰防砲。"
    assert norm_of(text, "七五毫米") == {"value": 75, "unit": "毫米", "approx": None}
    assert norm_of(text, "三七公釐") == {"value": 37, "unit": "公釐", "approx": None}


def test_calibre_arabic_and_gongfen():
    text = "阵地上有120公厘迫击炮和十五公分榴弹炮。"
    assert norm_of(text, "120公厘") == {"value": 120, "unit": "公厘", "approx": None}
    assert norm_of(text, "十五公分") == {"value": 15, "unit": "公分", "approx": None}


def test_calibre_negatives():
    text = "双方三七开，以公分母计算。"
    assert spans(text, "QUANTITY") == []


# --- QUANTITY: N个 before a quoted name of a body -------------------------------------------------------------------

def test_one_ge_before_quoted_headquarters():
    text = "此役共歼敌一个“清乡”指挥部、两个「模范」据点。"
    assert _has(text, "一个", "QUANTITY") and _has(text, "两个", "QUANTITY")
    assert norm_of(text, "一个") == {"value": 1, "unit": "个", "approx": None}


def test_one_ge_before_quoted_word_not_a_body():
    text = "他是一个“老实”人，临行前做了一个“冒险”的决定。"
    assert "一个" not in spans(text, "QUANTITY")


# --- QUANTITY: counts of settlements --------------------------------------------------------------------------------

def test_settlement_counts_after_total_and_in_list():
    text = "乡绅编练团勇，全县共三十六寨、一百二十村，各出壮丁。"
    assert norm_of(text, "三十六寨") == {"value": 36, "unit": "寨", "approx": None}
    assert norm_of(text, "一百二十村") == {"value": 120, "unit": "村", "approx": None}


def test_settlement_count_after_destroying_with_approximator():
    text = "敌军焚毁二十余村，下辖四十八堡尽遭洗劫。"
    assert norm_of(text, "二十余村") == {"value": 20, "unit": "村", "approx": "over"}
    assert norm_of(text, "四十八堡") == {"value": 48, "unit": "堡", "approx": None}


def test_settlement_count_negatives():
    # a village's people (五村村民), a fort word (堡垒), a verb of taking a named village: no count
    text = "有五村村民前来。共三堡垒。我军攻克十八寨。"
    assert spans(text, "QUANTITY") == []


# --- EVENT: a village's war is an EVENT like its battle --------------------------------------------------------------

def test_village_war_events():
    text = "10月25日，李家屯战争爆发。次年8月3日北岭头戰爭，守軍全殲來犯之敵。"
    assert _has(text, "李家屯战争", "EVENT")
    assert _has(text, "北岭头戰爭", "EVENT")


def test_village_tou_battle_and_negatives():
    text = "是役，南坡头战役歼敌三千。我军在桥头战斗到天亮。游击战争和抗日战争。"
    assert _has(text, "南坡头战役", "EVENT")
    assert "桥头战斗" not in spans(text, "EVENT")
    assert "游击战争" not in spans(text, "EVENT")


# --- QUANTITY, not GPE: a count after a weapon noun that ends in a cue character (坦克) -----------------------------

def test_tanks_count_is_no_county():
    text = "敌军出动坦克三台、汽车十台向北推进。"
    assert ent(text, "三台")["label"] == "QUANTITY"
    assert norm_of(text, "三台") == {"value": 3, "unit": "台", "approx": None}
    assert "三台" not in spans(text, "GPE")


def test_county_after_verb_still_gpe():
    text = "我军攻克三台，又进至五台。"
    assert spans(text, "GPE") == ["三台", "五台"]


def test_the_numeral_county_pattern_is_built_once():
    # the gazetteer's numeral-initial counties are one pattern for the process (a rebuild per text cost ~5 ms)
    from pipeline.rules.written_zh_places import numeral_county_re

    assert numeral_county_re() is numeral_county_re()
