"""Chinese MIL_UNIT classes of session 18 (s18zhunit; label audit of unit-dense war pages 1850-1979).
Sentences written for these tests; each class: the right reading, a negative, the rule's neighbours kept."""

from tests.sentences import ent, spans, unit


# numbered lists sharing a region echelon (军区, 军分区, 战区) are one span (guideline 4), not cut at 军
def test_numeral_list_before_region_echelon():
    text = "敌军由第五、第六军区分守南北，第七、八军分区部队随后跟进。"
    assert unit(ent(text, "第五、第六军区")) == ("MIL_UNIT", [5, 6], "军区", "")
    assert unit(ent(text, "第七、八军分区")) == ("MIL_UNIT", [7, 8], "军分区", "")
    assert "第五、第六军" not in spans(text, "MIL_UNIT")


def test_numeral_list_of_armies_kept():
    text = "第二、第四军向东攻击，第三、第九战区同时出击。"
    assert unit(ent(text, "第二、第四军")) == ("MIL_UNIT", [2, 4], "军", "")
    assert unit(ent(text, "第三、第九战区")) == ("MIL_UNIT", [3, 9], "战区", "")


# a Japanese division's detached mixed brigade and arm regiments written after it (rule 3: one span)
def test_division_arm_regiment_and_mixed_brigade():
    text = "第9师团混成旅团沿江北上，第7师团野炮兵联队随后跟进，第8师团骑兵联队担任搜索。"
    assert unit(ent(text, "第9师团混成旅团")) == ("MIL_UNIT", [9], "旅团", "混成")
    assert unit(ent(text, "第7师团野炮兵联队")) == ("MIL_UNIT", [7], "联队", "野炮兵")
    assert unit(ent(text, "第8师团骑兵联队")) == ("MIL_UNIT", [8], "联队", "骑兵")


def test_mixed_brigade_alone_or_after_de_is_not_joined():
    text = "第9师团的混成旅团北上，另一个混成旅团留守。"
    assert spans(text, "MIL_UNIT") == ["第9师团"]


def test_branch_sub_units_kept():
    text = "第十二军炮兵团与77军214师山炮营协同作战。"
    assert unit(ent(text, "第十二军炮兵团")) == ("MIL_UNIT", [12], "团", "炮兵")
    assert unit(ent(text, "77军214师山炮营"))[2:] == ("营", "山炮")


# a formation's forward headquarters is part of it (guideline 15, like 司令部)
def test_forward_headquarters():
    text = "27军前进指挥部进至江边，第31军前线指挥部设在村中。"
    assert ent(text, "27军前进指挥部")["label"] == "MIL_UNIT"
    assert ent(text, "第31军前线指挥部")["norm"]["numbers"] == [31]


def test_forward_without_headquarters_is_a_verb():
    text = "第31军前进到江边。"
    assert spans(text, "MIL_UNIT") == ["第31军"]


# a bare 营 number above 3 counts battalions (Qing and warlord armies were counted in 营), never a designation
def test_bare_battalions_above_three_are_counts():
    text = "楚军初编时只有12营，后来左、右7营开赴前线，某某先锋队十六营分驻各县。"
    assert not [s for s in spans(text, "MIL_UNIT") if s.endswith("营")]


def test_bare_battalions_of_a_regiment_kept():
    text = "三营坚守阵地，2营从侧翼冲进村内，第14营奉命增援。"
    assert spans(text, "MIL_UNIT") == ["三营", "2营", "第14营"]


# a named Qing army's 正营/副营 camps like its 前营/左营 (an army's camps listed by name)
def test_army_first_and_second_camps():
    text = "其所部为：后军正营、后军副营、后军右营。"
    assert spans(text, "MIL_UNIT") == ["后军正营", "后军副营", "后军右营"]


def test_zheng_as_adverb_before_ying_words():
    text = "红军正营救被围群众。"
    assert "红军正营" not in spans(text, "MIL_UNIT")


# a name in quotes ending in 大队/总队/游击队/先锋队 is a named force, a kind of troops in quotes is not
def test_quoted_battalion_and_guerrilla_names():
    text = "他们把收编的土匪编为“靖边大队”，又组建了“青山游击队”。"
    assert unit(ent(text, "靖边大队")) == ("MIL_UNIT", [], "大队", "")
    assert ent(text, "青山游击队")["label"] == "MIL_UNIT"


def test_quoted_kind_of_troops_is_no_name():
    text = "每村都组织了“敢死队”和“游击队”。"
    assert spans(text, "MIL_UNIT") == []


def test_arm_regiment_commander_post_stays_outside():
    text = "他曾任关东军炮兵联队长、第5师团骑兵联队长。"
    assert spans(text, "MIL_UNIT") == ["关东军", "第5师团"]
