"""Precision guards of the Chinese MIL_UNIT rules (pipeline/rules/unit_precision_guards_zh.py) and the list of
sub-districts after their region (unit_qualifier_runs_zh.py); session 17 round 2, prezh3. Sentences written for
these tests: the bad reading gone and the good readings of the same rule kept (exact spans and labels)."""

from __future__ import annotations

import pytest

from sentences import unit_norm as norm, unit_spans as spans


# --- a bare function unit is generic unless the text names it (guideline 5) ---
@pytest.mark.parametrize("text", [
    "他调来教导大队加强防守。",
    "团长带着特务团和骑兵营在山里周旋。",
    "张某亲率第12师及总部特务营与敌血战。",
    "張某親率第12師及總部特務營與敵血戰。",
])
def test_bare_function_unit_is_generic(text):
    assert spans(text) == [s for s in spans(text) if not s.endswith(("大队", "特务团", "特务营", "特務營"))]
    assert not any(s in ("教导大队", "特务团", "特务营", "特務營") for s in spans(text))


@pytest.mark.parametrize("text, expected", [
    # the same unit written with its parent elsewhere in the text: the short form names it
    ("新四军先遣支队奉命东进。先遣支队在路旁设伏。", ["新四军先遣支队", "先遣支队"]),
    ("部队改编为教导旅。后来抗联教导旅分批回国。", ["教导旅", "抗联教导旅"]),
    # its commander's post right after it
    ("特务旅旅长李某率部反击。", ["特务旅"]),
    # with its parent: unchanged
    ("红军教导团随后跟进。", ["红军教导团"]),
    ("第3师特务团奉命驰援。", ["第3师特务团"]),
])
def test_named_function_unit_kept(text, expected):
    assert spans(text) == expected


# --- a bare designation in a series of counts is a count ---
@pytest.mark.parametrize("text, gone", [
    ("北伐开始时一共编成7军21个师。", "7军"),
    ("该部编有12营、6000人。", "12营"),
    ("每个师团辖两旅团、四步兵联队和一个炮兵联队。", "四步兵联队"),
])
def test_count_series_is_no_unit(text, gone):
    assert gone not in spans(text)


@pytest.mark.parametrize("text, expected", [
    ("38军3个师入朝。", ["38军"]),                       # the 38th's three divisions: fewer sub-units than the number
    ("日军以两个师团、十一师团一部进攻。", ["十一师团"]),  # two characters: a designation after the count
    ("16军、18军各一部北上。", ["16军", "18军"]),
    ("39军117师在山口穿插。", ["39军117师"]),
    ("五军、六军并肩作战。", ["五军", "六军"]),
])
def test_designations_beside_counts_kept(text, expected):
    assert spans(text) == expected


# --- a quoted verb + 军 compound names no force ---
def test_quoted_disarmament_no_force():
    assert spans("所谓“昭和裁军”削减了四个师团。") == []
    assert spans("当年的“扩军”计划未能实现。") == []


def test_quoted_force_kept():
    assert spans("“靖国军”在陕西起事。") == ["靖国军"]


# --- the direction of 北支那/中支那 belongs to the army's name (guideline 15) ---
@pytest.mark.parametrize("text, expected", [
    ("日军华北方面军(当时称北支那派遣军)负责河北。", ["华北方面军", "北支那派遣军"]),
    ("中支那派遣军司令部设在南京。", ["中支那派遣军司令部"]),
    ("支那派遣军总司令部设在南京。", ["支那派遣军总司令部"]),
])
def test_shina_direction_inside(text, expected):
    assert spans(text) == expected


# --- a list of sub-districts after their region is one span (guidelines 3 and 4) ---
@pytest.mark.parametrize("text, span, numbers", [
    ("第7分区(原淮北军区1、3分区)仓促撤离。", "淮北军区1、3分区", [1, 3]),
    ("冀中军区第7、第9分区合并。", "冀中军区第7、第9分区", [7, 9]),
    ("原淮北军区1分区撤离。", "淮北军区1分区", [1]),
])
def test_region_subdistrict_list(text, span, numbers):
    assert span in spans(text)
    assert norm(text, span)["numbers"] == numbers


# --- a numeral before 镇 counts the Qing division: no purpose army 镇X军 ---
@pytest.mark.parametrize("text", ["一镇新军驻扎城外。", "一鎮新軍駐紮城外。", "另练两镇新军。"])
def test_counted_zhen_no_purpose_army(text):
    assert spans(text) == []


def test_purpose_army_kept():
    assert spans("张某的镇威军入关作战。") == ["镇威军"]


def test_function_unit_named_as_parent_or_corps():
    # written as the parent of a designated unit elsewhere: both mentions stay units
    assert spans("特务团第2营奉命驰援。特务团随后跟进。").count("特务团") == 2
    assert spans("教导总队的士兵加固城门。") == ["教导总队"]     # a corps named by its function
