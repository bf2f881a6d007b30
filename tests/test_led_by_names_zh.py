"""led_by_names_zh (session 23, s23zhname): the leader in 在X带领下.
Sentences written for the test (made-up names); exact spans, labels, and what must stay untagged."""

from pipeline.rules.led_by_names_zh import find_led_by_names
from tests.sentences import located


def _spans(text, label="PERSON"):
    return located(text, label)


def test_leader_before_led_verb():
    assert (8, 11, "邓石岩") in _spans("华侨救护队在侨领邓石岩带领下回国。")
    assert (8, 10, "孔山") in _spans("游击小组在老队员孔山的率领下突围。")


def test_no_leader_for_pronoun_body_or_post():
    assert find_led_by_names("在他的带领下,在党的领导下,在主席领导下,大家前进。") == []


# the overseas Chinese described before their names (person_name_ends.TITLES)
def test_overseas_chinese_before_name():
    assert (4, 7, "何振邦") in _spans("印尼归侨何振邦曾为司机。")
    assert (4, 7, "许文达") in _spans("缅甸华侨许文达、何子明等发起组织。")
    assert _spans("华侨华人热爱祖国。") == []
