"""foreign_role_names_zh (session 34, w34zhper): foreigners named in transliteration after a nationality and a role.
Made-up sentences; names invented."""

from pipeline import extract_text
from pipeline.rules.foreign_role_names_zh import find_foreign_role_names


def _found(text):
    return [(text[c.start:c.end], c.label) for c in find_foreign_role_names(text)]


def _spans(text):
    return [(e["text"], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_nation_and_clergy_role():
    assert _found("暴民焚毁教堂，打伤法国主教韦朗。") == [("韦朗", "PERSON")]


def test_nation_people_then_other_mentions():
    text = "总局奏请给英国人戴格理四品顶戴。试炮失败，戴格理不肯认错，又称炮身无损。"
    assert _found(text) == [("戴格理", "PERSON"), ("戴格理", "PERSON")]


def test_nation_army_general_before_a_word():
    # 决定 closes the name: three characters, not 蒙尼格决
    assert _found("法军将领蒙尼格决定不等援军。") == [("蒙尼格", "PERSON")]


def test_consul_at_a_port_then_verb():
    # 驻 + a port between nation and role; the one-character verb 乘 after the name is no part of it
    assert _found("英国驻宁波领事罗卜逊乘兵船赶到。") == [("罗卜逊", "PERSON")]


def test_role_alone_closed_by_a_bracket():
    assert _found("由内地会传教士柯莫（英）、马嘉纳（美）等人入川。")[0] == ("柯莫", "PERSON")


def test_role_alone_needs_a_tight_close():
    # 领事 alone: 接信 is followed by 后, no mark: no name
    assert _found("领事接信后即向总督报告。") == []


def test_bare_one_character_nation_with_people_is_no_frame():
    assert _found("敌人使用美人计诱降。") == []
    assert _found("英人赫林来华。") == []


def test_ordinary_words_after_the_frame_are_no_names():
    assert _found("此地曾出现在美国人的视线之内，被美国人形容为地狱。") == []
    assert _found("继由德国顾问经过实地踏勘，提出方案。") == []


def test_dotted_name_is_left_whole():
    assert _found("城内的德国人约翰·拉贝等二十余人") == []


def test_pipeline_keeps_the_name_and_the_nation():
    assert ("韦朗", "PERSON") in _spans("暴民焚毁教堂，打伤法国主教韦朗。")
