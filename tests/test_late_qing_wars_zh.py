"""Session 15 audit (auditzh33): forms of Chinese pages on the wars of 1840-1927 (pipeline/rules/late_qing_wars_zh.py,
facilities.py bridge cue, quantities.py 个月, place_address_chains.py Qing posts). Sentences written for the tests."""

from __future__ import annotations

from tests.sentences import ent, ents, unit


def _has(text: str, surface: str, label: str) -> bool:
    return (surface, label) in ents(text)


# --- market towns X场 ---------------------------------------------------------------------------------------------

def test_market_town_after_cue_is_gpe():
    text = "敌团由牛喜场赶到，又回攻青杠场，战于石龙场。"
    assert _has(text, "牛喜场", "GPE")
    assert _has(text, "青杠场", "GPE")
    assert _has(text, "石龙场", "GPE")


def test_market_town_keeps_its_suffix_after_a_county_name():
    assert _has("两军战于白沙场，伤亡甚众。", "白沙场", "GPE")


def test_common_words_in_chang_are_no_town():
    text = "部队在战场上奋战，后撤至广场附近，又进驻机场。"
    labels = {s for s, _ in ents(text)}
    assert not labels & {"战场", "在战场", "广场", "机场"}


# --- camps of a named army ---------------------------------------------------------------------------------------

def test_named_army_camp_with_its_arm_is_one_unit():
    e = ent("另派定边军左营马队驻守后路。", "定边军左营马队")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "营"


def test_side_army_camp_is_no_unit():
    assert not any(label == "MIL_UNIT" for _, label in ents("我军右营先行出击。"))


# --- battalions counted after leading or raising ---------------------------------------------------------------------

def test_battalions_after_lead_verb_are_a_count():
    text = "总兵某某率军十七营入关，其余4营留守，各领5营。"
    assert _has(text, "十七营", "QUANTITY")
    assert _has(text, "4营", "QUANTITY")
    assert _has(text, "5营", "QUANTITY")
    assert not any(label == "MIL_UNIT" for _, label in ents(text))


def test_raised_battalions_are_a_count():
    assert _has("奉命编练二十营新兵。", "二十营", "QUANTITY")


def test_ordinal_battalion_stays_a_unit():
    assert unit(ent("率第十七营入关。", "第十七营"))[0] == "MIL_UNIT"


# --- a city's New Army -----------------------------------------------------------------------------------------------

def test_city_new_army_is_one_unit():
    assert _has("他在杭州新军中任队官。", "杭州新军", "MIL_UNIT")


def test_province_new_army_unchanged():
    assert _has("湖南新军响应。", "湖南新军", "MIL_UNIT")


def test_new_army_after_person_is_no_city_unit():
    assert not _has("袁世凯新军练成。", "袁世凯新军", "MIL_UNIT")


# --- the New Army's brigades and regiments in Arabic numerals --------------------------------------------------------

def test_arabic_new_army_list_with_count_word():
    e = ent("第5镇辖第9、10两协，有第17、18、19、20四标。", "第9、10两协")
    assert unit(e) == ("MIL_UNIT", [9, 10], "协", "")
    e = ent("第5镇辖第9、10两协，有第17、18、19、20四标。", "第17、18、19、20四标")
    assert unit(e) == ("MIL_UNIT", [17, 18, 19, 20], "标", "")


def test_bare_two_digit_regiment_and_list():
    text = "21协司令部驻长沙，41、42标驻岳州。"
    assert unit(ent(text, "21协")) == ("MIL_UNIT", [21], "协", "")
    assert unit(ent(text, "41、42标")) == ("MIL_UNIT", [41, 42], "标", "")


def test_arm_with_one_unit_is_a_count():
    text = "另有马队1标、工程兵1营、辎重\n1营。"
    assert _has(text, "1标", "QUANTITY")
    assert sum(1 for s, label in ents(text) if s == "1营" and label == "QUANTITY") == 2


def test_digit_before_word_in_xie_or_biao_is_no_unit():
    assert not any(label == "MIL_UNIT" for _, label in ents("达到12标准，签了15协议。"))


# --- provincial force types -----------------------------------------------------------------------------------------

def test_province_standing_army_is_one_unit():
    assert _has("他曾任湖北常备军统领。", "湖北常备军", "MIL_UNIT")
    assert _has("广东巡防队开到。", "广东巡防队", "MIL_UNIT")


# --- a bare army number before its divisions --------------------------------------------------------------------------

def test_bare_parent_before_list_of_divisions():
    e = ent("这时六军第十七、第十九两师向城南进攻。", "六军第十七、第十九两师")
    assert e["label"] == "MIL_UNIT" and e["norm"]["echelon"] == "师"


# --- a town's bridge after a cue, months before an echelon word, Qing posts -----------------------------------------

def test_bridge_named_by_jieba_as_name_is_fac():
    assert _has("吴军退守贺胜桥，北伐军向贺胜桥进攻。", "贺胜桥", "FAC")


def test_kind_of_bridge_stays_out():
    assert not any(label == "FAC" for _, label in ents("部队在浮桥上通过。"))


def test_months_before_cheng_jun_is_a_duration():
    e = ent("新兵只需三个月可成军。", "三个月")
    assert e["label"] == "QUANTITY" and e["norm"]["unit"] == "个月"


def test_count_of_armies_unchanged():
    assert _has("两个军同时出击。", "两个军", "QUANTITY")


def test_qing_post_after_province_is_no_place():
    text = "他升任福建参将，又署浙江游击。"
    assert not _has(text, "参将", "GPE") and not _has(text, "游击", "GPE")
    assert _has(text, "福建", "GPE")
