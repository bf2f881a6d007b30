"""MIL_UNIT extents of session 20's unit audit (s20zhunit): pipeline/rules/new_army_chain_extents_zh.py and the small edits of
field_army_short_names_zh.py (field-army short names), qing_drilled_armies_zh.py (a province before 练军 and a count) and unit_joins_zh.py
(long chains). Sentences written for these tests (made-up places and people), exact spans, labels and values.
Guideline numbers are those of ../shared/spec/annotation-guidelines.md; "docs" is docs/annotation-guidelines.md."""

from __future__ import annotations

import pytest

from sentences import spans, unit_norm as norm, unit_spans as units
from pipeline import extract_text


# guideline 3 (a unit written with its parent is one span): a province's standing army before its 镇, a 镇/协 with the
# 协/标/营 below it (an arm word before the sub-unit's number inside); numbers of every member, echelon of the last
@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("宣统元年，江西常备军第二镇移驻九江。", "江西常备军第二镇", [2], "镇"),
    ("陆军第十镇工兵第十营随之开拔。", "陆军第十镇工兵第十营", [10, 10], "营"),
    ("事后，第九镇炮队第九标第一营奉调回省。", "第九镇炮队第九标第一营", [9, 9, 1], "营"),
    ("当夜，混成协炮兵第十一营在城外举火。", "混成协炮兵第十一营", [11], "营"),
])
def test_new_army_chains(text, span, numbers, echelon):
    assert units(text) == [span]
    assert norm(text, span)["numbers"] == numbers and norm(text, span)["echelon"] == echelon


def test_new_army_chain_neighbours_kept():
    # the finders' own readings: a 镇 alone, 陆军 + 镇 alone, a 协 with its battalion
    assert units("第八镇驻武昌。") == ["第八镇"]
    assert units("陆军第十镇驻南昌。") == ["陆军第十镇"]
    assert units("第十五协炮兵第三营留守。") == ["第十五协炮兵第三营"]
    # negative: siblings of one size stay apart (rule 3 is about a parent and its child)
    assert units("第八镇第九镇同时开拔。") == ["第八镇", "第九镇"]
    # negative: a bare 混成协 before a verb is no chain
    assert units("混成协开到城外。") == []


# guideline 15 (an HQ written with its formation is part of it) and docs (a function team right after its unit is one
# span): the guard, special-duty or signal unit of a formation's HQ is one span with it
@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("第六纵队司令部警卫营担任守备。", "第六纵队司令部警卫营", [6], "营", "警卫"),
    ("东北民主联军总部特务团随后跟进。", "东北民主联军总部特务团", [], "团", "特务"),
    ("华东野战军总部警卫团两个营在城北佯攻。", "华东野战军总部警卫团", [], "团", "警卫"),
])
def test_hq_guard_units(text, span, numbers, echelon, prefix):
    assert span in units(text)
    value = norm(text, span)
    assert (value["numbers"], value["echelon"], value["prefix"]) == (numbers, echelon, prefix)


def test_hq_guard_negative():
    # no parent before the HQ word: a generic guard unit (guideline 5), nothing joined
    assert "司令部警卫营" not in units("司令部警卫营另行集结。")
    assert units("第六纵队司令部设在村东。") == ["第六纵队司令部"]


# a PLA code designation: the province character and 字 belong to the name
def test_code_designation():
    assert units("该部代号为藏字318部队。") == ["藏字318部队"]
    assert norm("该部代号为藏字318部队。", "藏字318部队")["numbers"] == [318]
    # negative: 字 ending a longer word is no code name
    assert "文字318部队" not in units("文字318部队不是番号。")


# guideline 3 / docs (a region chain is one span: 湘赣军区第14团): a district with its bare-numbered regiment and company
def test_district_chain():
    text = "我阿里军分区二团三连进至边境。"
    assert units(text) == ["阿里军分区二团三连"]
    assert norm(text, "阿里军分区二团三连")["numbers"] == [2, 3]
    # negative: no known place before 军分区, nothing of this rule
    assert "某某军分区二团三连" not in units("某某军分区二团三连进至村口。")


# a long chain below a military region stays one span (five sub-units)
def test_long_chain():
    text = "我所在的部队为沈阳军区39军116师347团2营6连。"
    assert units(text) == ["沈阳军区39军116师347团2营6连"]
    assert norm(text, "沈阳军区39军116师347团2营6连")["numbers"] == [39, 116, 347, 2, 6]


# guideline 14 / docs (a bare N营 counted is QUANTITY): battalions counted before the troops' arm or strength
@pytest.mark.parametrize("text, count", [
    ("他带领2营骑兵接防县城。", "2营"),
    ("城内只剩两营兵力。", "两营"),
    ("随即率三营步兵出击。", "三营"),
])
def test_battalion_counts(text, count):
    assert count in spans(text, "QUANTITY")
    assert count not in units(text)


def test_battalion_count_neighbours_kept():
    # a numbered battalion with 第 and its arm company stays a unit; a regiment's own 三营 stays a unit
    assert units("又派第2营骑兵连前出。") == ["第2营骑兵连"]
    assert "三营" in units("该团三营攻入城内。")


# field_army_short_names_zh: a field army's short name before a post of its command or its host (时任东野参谋长, 二野大军), and the
# HQ of its special arms (东野特种兵司令部, guideline 15)
@pytest.mark.parametrize("text, span", [
    ("时任东野参谋长的某某指挥攻城。", "东野"),
    ("在华野司令员的指挥下，部队连夜渡河。", "华野"),
    ("刘邓的二野大军进军西南。", "二野"),
    ("配属东野特种兵司令部大部。", "东野特种兵司令部"),
])
def test_field_army_short_names(text, span):
    assert span in units(text)


def test_field_army_short_name_negative():
    # 东野 is also a Japanese surname: after an ordinary character and before a name it is no unit
    assert "东野" not in units("日军大佐东野参谋长某某战死。")


# qing_drilled_armies_zh: a generic provincial head (练军) keeps its province before a count (docs: 黑龙江练军, 奉天练军)
def test_province_drilled_army_before_count():
    text = "总兵某某亦统直隶练军四营加入补剿。"
    assert "直隶练军" in units(text)
    assert "四营" in spans(text, "QUANTITY")
    # a named army keeps no province (淮军 is not generic): the province is its own GPE
    assert "淮军" in units("派直隶淮军三营围捕。")


# a Chinese division's regiment commander (N师团长) where the text writes N师 elsewhere: the division is the unit
def test_regiment_commander_of_a_division():
    text = "他在十一师任营长，后任十一师团长，又升任六十七师副师长。"
    assert units(text) == ["十一师", "十一师", "六十七师"]
    assert norm(text, "十一师")["echelon"] == "师"
    # negative: the Japanese division commander (第, a Japanese side word, or a number never written as a bare 师)
    assert units("日军第十一师团长某某指挥部队登陆。") == ["第十一师团"]
    assert units("敌十三师团长某某负伤。") == ["十三师团"]
    assert "十六师团" in units("十六师团长某某率部南下。")


# docs (a surname before 支队 names his unit): a Japanese detachment by a surname no list holds, after a Japanese side
# word or after 的 in a clause naming a Japanese formation
@pytest.mark.parametrize("text, span", [
    ("另有从第五师团分遣出来的国司支队南下。", "国司支队"),
    ("由第九旅团抽出的国武支队随即南下。", "国武支队"),
])
def test_japanese_detachments_by_surname(text, span):
    assert span in units(text)
    assert norm(text, span)["echelon"] == "支队"


def test_japanese_detachment_negatives():
    # a kind, a count or a generic part after 的 is no name; 的 with no Japanese formation in the clause reads nothing
    assert units("第九师团的主力支队已经出发。") == ["第九师团"]
    assert units("敌军两个支队南下。") == []
    assert "后方支队" not in units("日军的后方支队亦到。")


# collab_forces_zh: a region + its compass point before 警备军 is read whole, not the place ending in the compass
# character inside it (docs: 兴安东警备军); a province ending in a compass character stays whole (山东警备军)
def test_region_compass_garrison_army():
    assert units("成立兴安东警备军，驻某地。") == ["兴安东警备军"]
    assert units("另设山东警备军和奉天警备军。") == ["山东警备军", "奉天警备军"]


def test_bare_new_army_word_opens_a_chain():
    # 新军 before a 镇 with its battalion: one span (guideline 3); 新军第八镇 alone keeps the finders' reading
    text = "当晚新军第三镇工程第三营首先起事。"
    got = [(text[e["start"]:e["end"]], e["label"], e["norm"]["numbers"]) for e in extract_text(text, rules_only=True)["entities"]
           if e["label"] == "MIL_UNIT"]
    assert got == [("新军第三镇工程第三营", "MIL_UNIT", [3, 3])]
