"""MIL_UNIT and FAC classes of pipeline/rules/unit_lists_gates_barracks_zh.py (session 19 round 2, r19zhunitfac): classes seen on
held-out passages; sentences written for these tests (made-up names), exact spans, labels and values. Guideline
numbers are those of ../shared/spec/annotation-guidelines.md; "docs" is docs/annotation-guidelines.md."""

from __future__ import annotations

import pytest

from sentences import ents, spans, unit_norm as norm, unit_spans as units


# guideline 4: a coordinated list of designations sharing one echelon word is ONE MIL_UNIT (bare 纵 = 纵队)
@pytest.mark.parametrize("text, span, numbers", [
    ("我军以2、3、5纵攻城，敌军溃退。", "2、3、5纵", [2, 3, 5]),
    ("当晚4、11纵已进至城南。", "4、11纵", [4, 11]),
    ("命第2、3纵向东追击。", "第2、3纵", [2, 3]),
])
def test_digit_list_shares_one_column(text, span, numbers):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == "纵队"
    assert spans(text, "QUANTITY") == []


def test_digit_columns_neighbours_kept():
    # a single digit column and Chinese-numeral lists: as before
    assert units("敌主力被7纵和9纵阻于河东。") == ["7纵", "9纵"]
    assert units("以二、六纵队围攻县城。") == ["二、六纵队"]
    # negative: numbers in a list before 纵深 are no units
    assert units("向2、3公里纵深推进。") == []


# guideline 5 (该团 is generic, outside) and docs (a regiment's own 三营 stays a unit): the designation is the unit
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("该团一营正在渡河，二营随后跟进。", "一营", [1], "营"),
    ("该营三连攻占了高地。", "三连", [3], "连"),
    ("该师二团在右翼。", "二团", [2], "团"),
    ("该部二营攻入城内。", "二营", [2], "营"),
    ("城内只有二营防守，兵力单薄。", "二营", [2], "营"),
    ("仅有一营留守。", "一营", [1], "营"),
])
def test_anaphoric_parent_and_only_battalion(text, span, numbers, echelon):
    assert span in units(text)
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon
    assert span not in spans(text, "QUANTITY")


def test_anaphoric_negatives():
    assert units("该团一营长负伤。") == []          # a post, not the unit
    assert spans("城内只有五营兵力。", "QUANTITY") == ["五营"]   # docs: a bare N营 above 3 is a count
    assert units("城内只有一营兵力。") == []          # a strength, not the unit
    assert units("该连二营正在集结。") == []        # a larger echelon under a smaller parent is no reading


# guideline 3 (a unit with its parent written together is one span) and docs (a function team after its unit)
@pytest.mark.parametrize("text, span, echelon, prefix", [
    ("东野攻城集团于拂晓发起总攻。", "东野攻城集团", "集团", ""),
    ("华野特纵的炮兵压制了敌火力。", "华野特纵", "纵队", ""),
    ("东野炮兵纵队开进。", "东野炮兵纵队", "纵队", "炮兵"),
    ("原华野特纵改编为炮兵部队。", "华野特纵", "纵队", ""),      # docs: 原 before a column's name stays outside
])
def test_field_army_part_one_span(text, span, echelon, prefix):
    assert units(text) == [span]
    assert norm(text, span)["echelon"] == echelon and norm(text, span)["prefix"] == prefix


def test_field_army_short_name_before_part_noun():
    assert units("以东野炮兵轰击城垣。") == ["东野"]
    assert norm("以东野炮兵轰击城垣。", "东野")["echelon"] == "野战军"
    assert units("中野先头部队渡过河去。") == ["中野"]
    assert units("西野南下部队抵达河谷。") == ["西野"]
    # neighbours kept: 中野主力 (field-army rule)
    assert units("中野主力南下。") == ["中野"]
    # negative: a Japanese surname before a given name
    assert units("东野圭吾的小说。") == []


# guideline 3: an unnumbered parent and its numbered sub-unit written together are one span
@pytest.mark.parametrize("text, span, numbers, prefix", [
    ("独立师炮五团奉命增援。", "独立师炮五团", [5], "炮兵"),
    ("暂编师步兵二团在北岸布防。", "暂编师步兵二团", [2], "步兵"),
    ("以新编旅三团守城。", "新编旅三团", [3], ""),
    ("独立团一营奉命出击。", "独立团一营", [1], ""),
    ("该军独立团三营守城。", "独立团三营", [3], ""),      # 该军 generic, outside (guideline 5)
])
def test_unnumbered_parent_with_subunit(text, span, numbers, prefix):
    assert units(text) == [span]
    n = norm(text, span)
    assert n["numbers"] == numbers and n["echelon"] == span[-1] and n["prefix"] == prefix


def test_unnumbered_parent_neighbours():
    # a numbered parent: the units finder's chain (unchanged)
    assert units("第三独立师炮五团奉命增援。") == ["第三独立师炮五团"]
    # negative: a post after the sub-unit
    assert units("独立师炮五团长阵亡。") != ["独立师炮五团"]
    assert units("在独立团一营长的带领下冲锋。") == []
    # a larger echelon under a smaller parent is no chain
    assert "独立团二师" not in units("独立团二师")


# docs: forts listed or counted before a head are one FAC (`镇南、定北两座炮台`, like `津浦、胶济两铁路`)
@pytest.mark.parametrize("text, span", [
    ("敌以甲角、乙角两炮台为依托。", "甲角、乙角两炮台"),
    ("敌以镇东、定西两座炮台为依托。", "镇东、定西两座炮台"),
    ("守军据守甲山、乙山、丙山三炮台。", "甲山、乙山、丙山三炮台"),
])
def test_counted_fort_list_one_fac(text, span):
    assert spans(text, "FAC") == [span]


def test_counted_fort_list_count_must_match():
    # negative: three counted, two listed: no list reading
    assert "甲角、乙角三炮台" not in spans("敌以甲角、乙角三炮台为依托。", "FAC")
    # neighbour kept: counted routes
    assert spans("津浦、胶济两铁路均被切断。", "FAC") == ["津浦、胶济两铁路"]


def test_barracks_gates_temples():
    # a barracks named by its side after 的 (docs: a fort named by its side is a FAC, 西炮台)
    assert ("东营房", "FAC") in ents("敌人退守城东的东营房。")
    assert ("东营", "GPE") not in ents("敌人退守城东的东营房。")
    assert spans("敌军驻在城外的北大营房。", "FAC") == ["北大营房"]
    # negative: a bare barracks after 的
    assert spans("部队占领了县城的营房。", "FAC") == []
    # a gate by its side after 位于/出/进 before 外/内 (guideline table: a gate is a FAC); 外 outside
    assert spans("独立营位于北门外的小学校。", "FAC") == ["北门"]
    assert spans("部队出东门外集结。", "FAC") == ["东门"]
    assert spans("部队进西门内休整。", "FAC") == ["西门"]
    assert spans("部队出小东门外集结。", "FAC") == ["小东门"]
    # negative: a gate word without the frame
    assert spans("北门外有一条河。", "FAC") == []
    # 老/新 + a temple name: one FAC
    assert spans("敌指挥所设在老关帝庙内。", "FAC") == ["老关帝庙"]
    assert spans("部队攻占新关帝庙。", "FAC") == ["新关帝庙"]
    # neighbour kept: the temple rule without 老
    assert spans("部队在关帝庙集结。", "FAC") == ["关帝庙"]


@pytest.mark.parametrize("text, span", [
    ("司令部设在张氏帅府。", "张氏帅府"),
    ("敌人盘踞在李氏祠堂里。", "李氏祠堂"),
    ("会议在欧阳氏宗祠召开。", "欧阳氏宗祠"),
])
def test_family_mansion_is_one_fac(text, span):
    # a mansion or hall named by a family is one FAC, the surname is no PERSON
    assert spans(text, "FAC") == [span]
    assert spans(text, "PERSON") == []


def test_family_mansion_negative():
    # 氏 after a surname without a building head: no FAC
    assert spans("张氏家族世代居此。", "FAC") == []
