"""MIL_UNIT boundaries of pipeline/rules/unit_boundaries_zh.py and the former-column reading of unit_forms_zh.py
(session 17 audit of unit boundaries, auditzh51): sentences written for these tests; exact spans, labels and values."""

from __future__ import annotations

import pytest

from sentences import unit_norm as norm, unit_spans as entities


@pytest.mark.parametrize("text, span, numbers", [
    ("第一二九师从太行山区抽出两个营。", "第一二九师", [129]),
    ("新四军第七师从皖南向北转移。", "新四军第七师", [7]),
    ("第五十师从正面发起进攻。", "第五十师", [50]),
    ("第88师从江湾撤下。", "第88师", [88]),
])
def test_division_before_cong(text, span, numbers):
    assert span in entities(text)
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == "师"


def test_shi_cong_verb_is_no_unit():
    assert entities("他早年师从一位老画家学习。") == []


def test_short_names_in_brackets_and_later_mentions():
    text = "当年组建了西进抗日游击纵队(简称“西进纵队”或“西纵”)。“西纵”成立时只有三个连,后来西纵扩编为旅。"
    found = entities(text)
    assert found.count("西纵") == 3 and "西进纵队" in found and "西进抗日游击纵队" in found


def test_short_name_not_inside_longer_name():
    text = "组建了南进游击纵队(简称“南纵”)。八路军河南纵队随后赶到。"
    found = entities(text)
    assert "南纵" in found and found.count("南纵") == 1          # not the 南纵 inside 河南纵队


def test_short_name_of_a_body_is_no_unit():
    assert "青联" not in entities("成立了青年联合会(简称“青联”)。青联随即开会。")


@pytest.mark.parametrize("text, spans", [
    ("1955年各军裁并后,6C(原32A+原45A)与9C(原70A)仍在,而61A被撤销。", ["6C", "32A", "45A", "9C", "70A", "61A"]),
    ("汤军团一部(85A)与敌主力(139D)在庄北对峙,两师激战。", ["85A", "139D"]),
])
def test_latin_designation_abbreviations(text, spans):
    found = entities(text)
    assert [s for s in found if s[-1] in "ACD"] == spans
    assert norm(text, spans[0])["numbers"] == [int(spans[0][:-1])]


def test_abbreviation_echelons():
    text = "汤军团一部(85A)与敌主力(139D)在庄北对峙,两师激战。"
    assert norm(text, "85A")["echelon"] == "军" and norm(text, "139D")["echelon"] == "师"


def test_abbreviations_need_a_page_naming_armies():
    assert entities("1955年裁并后,6C(原32A+原45A)与9C(原70A)仍在。") == []


def test_lone_or_non_military_letters_are_no_units():
    assert entities("这家军工厂买了一台3D打印机,型号4C。") == []
    assert [s for s in entities("第五军的3D模型与18A电池一起展出。") if s[-1] in "AD"] == []


@pytest.mark.parametrize("text, spans", [
    ("原青年纵队编成新六旅,原北上纵队编为新九旅。", ["青年纵队", "新六旅", "北上纵队", "新九旅"]),
])
def test_former_column_keeps_yuan_outside(text, spans):
    assert entities(text) == spans


def test_commander_surname_yuan_not_read_as_former_before_division():
    assert "原青年师" not in entities("原青年师已经解散。")


@pytest.mark.parametrize("text, span", [
    ("1934年该排改编为红9师侦察队。", "红9师侦察队"),
    ("后改称第七旅特务大队警卫排,驻守县城。", "第七旅特务大队警卫排"),
])
def test_team_after_its_unit_is_one_span(text, span):
    assert span in entities(text)


def test_team_without_a_unit_before_is_no_unit():
    assert "侦察队" not in "".join(entities("村里组织了一个侦察队。"))


def test_region_sub_district_between_military_region_and_chain():
    text = "1944年改编为冀中军区保定7团2营1连。"
    assert "冀中军区保定7团2营1连" in entities(text)
    assert norm(text, "冀中军区保定7团2营1连")["numbers"] == [7, 2, 1]


def test_region_gap_needs_a_place():
    assert "晋察冀军区司令7团" not in entities("晋察冀军区司令7团")
