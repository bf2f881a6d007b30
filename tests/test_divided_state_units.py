"""南朝鲜军第2军团第6师: the divided state is a GPE and the designation after the generic 军 a MIL_UNIT."""

from tests.sentences import extracted


def test_the_designation_after_a_divided_states_army_is_its_unit():
    text = "南朝鲜军第2军团第6师溃败。"
    assert [(s, e, label) for s, e, label, _ in extracted(text, "GPE") + extracted(text, "MIL_UNIT")] == [
        (0, 3, "GPE"), (4, 11, "MIL_UNIT")]
    assert extracted(text, "MIL_UNIT")[0][3]["numbers"] == [2, 6]


def test_the_korea_army_of_japan_stays_one_unit():
    text = "朝鲜军第20师团越境进入东北。"
    assert [(s, e) for s, e, _, _ in extracted(text, "MIL_UNIT")] == [(0, 8)]
