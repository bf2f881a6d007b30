"""Classes found by auditing memoirs, oral histories, martyrs' pages and county chronicles (session 12, auditzh11):
sentences written for these tests; exact spans and values."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def ents(text: str, label: str) -> list[tuple[str, int, int]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"]) for e in record["entities"] if e["label"] == label]


def norms(text: str, label: str) -> dict[str, dict]:
    record = extract_text(text, "t", rules_only=True)
    return {text[e["start"]:e["end"]]: e["norm"] for e in record["entities"] if e["label"] == label}


def at(text: str, span: str, nth: int = 0) -> tuple[str, int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return (span, start, start + len(span))


# ----------------------------------------------------------------------- the letter O typed for 〇

@pytest.mark.parametrize("text, span, numbers", [
    ("整编第二O六师奉命北上。", "整编第二O六师", [206]),
    ("三OO团在河西阻击敌人。", "三OO团", [300]),
    ("敌一O一师被歼灭。", "一O一师", [101]),
])
def test_letter_o_inside_a_chinese_designation(text, span, numbers):
    assert ents(text, "MIL_UNIT") == [at(text, span)]
    assert norms(text, "MIL_UNIT")[span]["numbers"] == numbers


def test_letter_o_inside_a_chinese_year():
    text = "一九四O年春,日军扫荡。"
    assert ents(text, "DATE") == [at(text, "一九四O年春")]
    assert norms(text, "DATE")["一九四O年春"]["value"] == "1940-SP"


def test_letter_o_in_english_is_left_alone():
    text = "Operation One began on 3 October."
    assert at(text, "Operation One") in ents(text, "EVENT")


# ----------------------------------------------------------------------- 独立旅/团/营 with their parent

@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("他任二师独立旅旅长。", "二师独立旅", [2], "旅"),
    ("1947年3月,三纵独立旅攻克城关。", "三纵独立旅", [3], "旅"),
    ("他调任八路军一二九师独立团政委。", "八路军一二九师独立团", [129], "团"),
    ("二分区独立营攻克据点。", "二分区独立营", [2], "营"),
    ("第4纵队独立团奉命南下。", "第4纵队独立团", [4], "团"),
])
def test_independent_subunit_with_numbered_parent(text, span, numbers, echelon):
    assert at(text, span) in ents(text, "MIL_UNIT")
    norm = norms(text, "MIL_UNIT")[span]
    assert (norm["numbers"], norm["echelon"], norm["prefix"]) == (numbers, echelon, "独立")


def test_independent_subunit_of_a_county_without_its_suffix():
    text = "由参谋长率领阳城独立团和沁水独立营隐蔽于村南。"
    assert ents(text, "MIL_UNIT") == [at(text, "阳城独立团"), at(text, "沁水独立营")]
    assert norms(text, "MIL_UNIT")["沁水独立营"]["echelon"] == "营"


@pytest.mark.parametrize("text", ["全军共有6个独立旅。", "成立独立团后,他任团长。", "该师独立营长阵亡。"])
def test_independent_subunit_without_parent_is_generic(text):
    assert not any(span.endswith(("独立旅", "独立团", "独立营")) for span, _, _ in ents(text, "MIL_UNIT"))


# ----------------------------------------------------------------------- 省政府 + a person's force

def test_person_force_after_a_government_is_two_spans():
    text = "日军进攻设在沂水的山东省政府沈鸿烈部。"
    assert ents(text, "ORG") == [at(text, "山东省政府")]
    assert ents(text, "PERSON") == [at(text, "沈鸿烈")]


def test_person_force_after_a_government_keeps_the_lexicon_person():
    text = "江苏省政府韩德勤部向北撤退。"
    assert ents(text, "ORG") == [at(text, "江苏省政府")]
    assert ents(text, "PERSON") == [at(text, "韩德勤")]


def test_ministry_after_a_government_stays_a_body():
    text = "国民政府训练总监部下令整编。"
    assert ents(text, "PERSON") == []


# ----------------------------------------------------------------------- villages in lists and after verbs

def test_settlement_named_member_of_a_list_with_one_known_town():
    text = "纵队到达天津以西之杨柳青、王庆坨、胜芳一带集结。"
    gpe = ents(text, "GPE")
    assert at(text, "王庆坨") in gpe and at(text, "杨柳青") in gpe
    assert ents(text, "PERSON") == []


def test_ordinary_words_in_a_list_stay_out():
    text = "日军在临沂、城里、大楼等地驻扎。"
    assert ents(text, "GPE") == [at(text, "临沂")]


def test_village_list_after_zhi_and_ge_zhuang():
    text = "部队到达通县以东之宋庄、马驹桥、李各庄一带集结。"
    gpe = ents(text, "GPE")
    assert at(text, "宋庄") in gpe and at(text, "李各庄") in gpe
    assert not any(span.startswith("之") for span, _, _ in gpe)


@pytest.mark.parametrize("text, village", [
    ("隐蔽于沟南,待机占据张村,准备阻击逃跑之敌。", "张村"),
    ("敌人撤退后,我军攻至郭村。", "郭村"),
])
def test_verb_complement_is_outside_the_village(text, village):
    assert at(text, village) in ents(text, "GPE")
    assert not any(span in ("据张村", "至郭村") for span, _, _ in ents(text, "GPE"))


# ----------------------------------------------------------------------- a verb's 军 is no echelon

@pytest.mark.parametrize("text, span", [
    ("我们三个学校参军的人很多。", "三个"),
    ("他们四个工厂参军的工人很多。", "四个"),
])
def test_count_before_a_verb_ending_in_jun_stops_at_ge(text, span):
    assert ents(text, "QUANTITY") == [at(text, span)]


def test_count_of_armies_still_reads_the_echelon():
    text = "日军调来3个军和两个师。"
    assert ents(text, "QUANTITY") == [at(text, "3个军"), at(text, "两个师")]
    assert norms(text, "QUANTITY")["3个军"]["unit"] == "个军"


# ----------------------------------------------------------------------- 所在的 + a bare numbered unit

def test_memoir_own_unit_after_suozai():
    text = "一个营和我所在的三团打起来了。"
    assert ents(text, "MIL_UNIT") == [at(text, "三团")]
    assert norms(text, "MIL_UNIT")["三团"]["numbers"] == [3]


def test_suozai_before_a_count_of_men_is_no_unit():
    text = "他所在的一连长阵亡了。"
    assert ents(text, "MIL_UNIT") == []
