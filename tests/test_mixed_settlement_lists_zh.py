"""Session 33 (w33zhlocfac): a name with a landform's head (口 关 梁 浜 川) listed with 、 right beside a village or
town written with its settlement suffix is a settlement (GPE). Sentences are made up."""
from pipeline import extract_text
from pipeline.rules.mixed_settlement_lists_zh import find_mixed_settlement_lists


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def _found(text):
    return [(text[c.start:c.end], c.label) for c in find_mixed_settlement_lists(text)]


def test_pass_beside_a_town():
    text = "敌军分两路进攻杏坪镇、柴木关一线。"
    assert _found(text) == [("柴木关", "GPE")]
    assert ("柴木关", "GPE") in _spans(text)


def test_ridge_between_villages():
    text = "游击队常在那一带活动，榆树梁、盘羊沟、马蹄沟都有他们的堡垒户。"
    assert ("榆树梁", "GPE") in _found(text)
    assert ("榆树梁", "GPE") in _spans(text)


def test_mouth_before_a_village_and_town_list():
    text = "土匪二百余人分路向菱角口、荷塘村、新桥镇等地进犯。"
    assert ("菱角口", "GPE") in _found(text)
    assert ("菱角口", "GPE") in _spans(text)


def test_creek_after_a_village():
    text = "日军又烧了张家庄、芦苇浜两处民房。"
    assert _found(text) == [("芦苇浜", "GPE")]


def test_hill_beside_a_town_is_left():
    # 山 names hills as often as villages: a hill listed with a town stays to the landform finders
    text = "我军占领了鹰嘴山、石桥镇一线。"
    assert _found(text) == []


def test_known_pass_stays_loc():
    # a pass the lexicons know as a landform is no settlement
    text = "部队撤往平型关、桃园村一带。"
    assert _found(text) == []
    assert ("平型关", "LOC") in _spans(text)


def test_fort_neighbour_is_no_settlement_cue():
    # 堡 names forts as well as villages: no cue
    text = "敌人盘踞在李家堡、牛角关一带。"
    assert _found(text) == []


def test_ordinary_word_is_no_member():
    text = "他走遍了山村、河口和城镇。"
    assert _found(text) == []

