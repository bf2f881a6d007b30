"""Session 33 (w33zhorgev): local mass societies and police offices named by a place the gazetteer does not know
(mass_society_names_zh), and the salvation-society and fire-brigade heads after a known place (place_led_body_names_zh).
Sentences written for these tests; the names are made up."""
from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def test_village_peasant_association_after_comma():
    text = "民兵王大成，石坎村农会主席李桂生叔侄三人被杀。"
    assert ("石坎村农会", "ORG") in _spans(text)


def test_region_peasant_union_after_verb_of_joining():
    text = "他决心加入湘坪农工会，带领贫苦农民斗争。"
    assert ("湘坪农工会", "ORG") in _spans(text)


def test_district_fire_brigade_after_preposition():
    text = "伤兵由东区救火会接待照料。"
    assert ("东区救火会", "ORG") in _spans(text)


def test_police_substation_named_by_bridge_in_list():
    text = "下辖本驻所和西关、青石桥分驻所。"
    assert ("青石桥分驻所", "ORG") in _spans(text)


def test_police_substation_named_by_village_after_verb():
    text = "他调到梅口派出所工作。"
    assert ("梅口派出所", "ORG") in _spans(text)


def test_levels_alone_are_no_name():
    spans = _spans("此后，区乡农会纷纷成立，邻村农会也派人来了。")
    assert not any(label == "ORG" for _, label in spans)


def test_quarter_red_cross_branch_after_verb_of_going():
    text = "伤员被载往八角铺红十字分会医治。"
    assert ("八角铺红十字分会", "ORG") in _spans(text)


def test_salvation_society_after_known_county():
    text = "1939年，荣成县妇救会在村中成立。"
    assert ("荣成县妇救会", "ORG") in _spans(text)


def test_fire_brigade_after_known_town():
    text = "他在石门镇救火会任职多年。"
    assert ("石门镇救火会", "ORG") in _spans(text)


def test_level_without_name_is_no_org():
    spans = _spans("他任村妇救会主任，后任县农会主席。")
    assert not any(label == "ORG" for _, label in spans)


def test_verb_before_head_is_no_name():
    spans = _spans("他带领农民加入农会，又阴谋暗杀农会干部。")
    assert not any(label == "ORG" for _, label in spans)


def test_ordinary_word_before_police_head_is_no_name():
    spans = _spans("后来东关派出所派人调查，地方派出所也来了。")
    assert not any(label == "ORG" for _, label in spans)


def test_whole_village_is_no_name():
    spans = _spans("全村农会会员都到了。")
    assert not any(label == "ORG" for _, label in spans)
