"""MIL_UNIT forms of pipeline/rules/unit_qualifier_runs_zh.py (session 16 label audit, auditzh42), with the
working-text comma lists (working_substitutions._COMMA_DI_LIST), the air groups' values (air_groups_zh) and a named
force before 系统 (unit_match_checks): sentences written for these tests; exact spans, labels and values."""

from __future__ import annotations

import pytest

from pipeline.rules.unit_qualifier_runs_zh import find_qualifier_runs
from sentences import unit_norm as norm, unit_spans as entities


@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    # stacked qualifiers
    ("日军独立步兵警备第七十二大队驻守车站。", "独立步兵警备第七十二大队", [72], "大队", "独立步兵警备"),
    ("獨立山炮第3聯隊第2中隊中隊長被俘。", "獨立山炮第3聯隊第2中隊", [3, 2], "中队", "独立山炮"),
    ("海军航空兵第六团进驻宁波。", "海军航空兵第六团", [6], "团", "海军航空兵"),
    ("空军航空兵第九〇一旅换装新机。", "空军航空兵第九〇一旅", [901], "旅", "空军航空兵"),
    # a qualifier before a list sharing one echelon
    ("该旅团辖步兵第十三、第五十联队。", "步兵第十三、第五十联队", [13, 50], "联队", "步兵"),
    # an arm before a New Army echelon
    ("炮兵第9标驻扎城外。", "炮兵第9标", [9], "标", "炮兵"),
    ("工程第6营移驻江边。", "工程第6营", [6], "营", "工程"),
    ("马军第7标调往襄阳。", "马军第7标", [7], "标", "马军"),
    ("暂编第二十三混成协驻省城。", "暂编第二十三混成协", [23], "协", "暂编"),
    # an Arabic list typed with ASCII commas before a New Army echelon
    ("步兵第17,18协同时出发。", "步兵第17,18协", [17, 18], "协", "步兵"),
    ("辖第33,34两标。", "第33,34两标", [33, 34], "标", ""),
])
def test_qualifier_runs(text, span, numbers, echelon, prefix):
    assert span in entities(text)
    n = norm(text, span)
    assert (n["numbers"], n["echelon"], n["prefix"]) == (numbers, echelon, prefix)


def test_comma_list_every_item_with_di():
    text = "次年,第二,第五,第十军编成一个路军。"
    assert "第二,第五,第十军" in entities(text)
    assert norm(text, "第二,第五,第十军")["numbers"] == [2, 5, 10]


def test_comma_list_without_echelon_is_no_unit():
    # ordinals typed with commas but no echelon after them: no designation list
    assert entities("两人分列第三,第四位。") == []


@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("该团后编入晋察冀12旅35团。", "晋察冀12旅35团", [12, 35], "团"),
    ("改番号为陕甘宁留守兵团独立第三团。", "陕甘宁留守兵团独立第三团", [3], "团"),
    ("部队接管淮北军区宿东军分区。", "淮北军区宿东军分区", [], "军分区"),
    ("晋绥军区第二军分区成立。", "晋绥军区第二军分区", [2], "军分区"),
    ("广东新军第二十五镇开赴前线。", "广东新军第二十五镇", [25], "镇"),
])
def test_parent_chains(text, span, numbers, echelon):
    assert span in entities(text)
    n = norm(text, span)
    assert (n["numbers"], n["echelon"]) == (numbers, echelon)


def test_region_chain_negatives():
    # one numbered unit after the border-region name is the region finders' (桂绥第1纵队 stays whole)
    assert "桂绥第2纵队" in entities("桂绥第2纵队开到。")
    # a verb before the region and a function word before 分区 are outside
    assert not any(c.source == "rule:unit-region-subdistrict" for c in find_qualifier_runs("华北军区所属分区部队"))
    assert "接管淮北军区宿东军分区" not in entities("部队接管淮北军区宿东军分区。")


def test_single_service_qualifier_is_left_to_the_grammar():
    assert find_qualifier_runs("海军第4舰队") == []
    assert find_qualifier_runs("步兵第九旅团") == []


def test_character_battalions_listed_before_their_count():
    text = "另有仁字、义字、礼字各成一营。"
    assert entities(text) == ["仁字", "义字", "礼字"]
    assert find_qualifier_runs("写有仁字、义字的匾额") == []


def test_count_after_dividing_verb():
    assert "十二营" in entities("全军分为十二营。", "QUANTITY")
    assert "十二营" not in entities("全军分为十二营。")
    # after 编为 the number names the unit formed
    assert "十四团" in entities("三师编为十四团,开赴前线。")


def test_air_group_values():
    text = "高雄航空队与第十四联合航空队出动。"
    assert norm(text, "高雄航空队")["echelon"] == "航空队"
    n = norm(text, "第十四联合航空队")
    assert (n["numbers"], n["echelon"], n["prefix"]) == ([14], "航空队", "联合")


def test_named_force_before_system():
    assert "湘军" in entities("这些营头都属于湘军系统。")
    assert "湘军" not in entities("湘军系将领多出身湘乡。")


def test_kind_named_sibling_in_a_list():
    text = "该支队下辖第一团、第二团和特务团。"
    assert entities(text) == ["第一团", "第二团", "特务团"]
    assert norm(text, "特务团")["prefix"] == "特务"
    assert "挺进团" in entities("由某军第3支队第5团、挺进团等部合编。")
    # a post after the kind word: no unit (独立营长 is a post)
    assert not any(c.source == "rule:unit-kind-sibling" for c in find_qualifier_runs("下辖第三营和独立营长"))


def test_short_name_in_brackets():
    text = "初为苏北抗日义勇军(简称苏抗),后编入新四军。"
    assert "苏抗" in entities(text)
    assert find_qualifier_runs("该会(简称苏联)") == []


@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("当时日本在华有第一、第二遣外舰队。", "第一、第二遣外舰队", [1, 2], "舰队", "遣外"),
    ("第三遣支舰队驻广州。", "第三遣支舰队", [3], "舰队", "遣支"),
    ("第5驱逐队担任警戒。", "第5驱逐队", [5], "驱逐队", ""),
])
def test_japanese_fleet_qualifiers_and_divisions(text, span, numbers, echelon, prefix):
    n = norm(text, span)
    assert (n["numbers"], n["echelon"], n["prefix"]) == (numbers, echelon, prefix)


def test_hangul_designation_gloss():
    text = "该师前身为第3步兵旅(제3보병여단),下辖第5团(제5연대)。"
    assert "제3보병여단" in entities(text) and "제5연대" in entities(text)
    n = norm(text, "제3보병여단")
    assert (n["numbers"], n["echelon"], n["prefix"]) == ([3], "旅", "步兵")
    assert "3" not in entities(text, "QUANTITY")
    # a Hangul word that is no echelon stays untagged
    assert find_qualifier_runs("제3회 대회") == []


def test_new_army_division_before_part_of():
    # 部分 (part of) and 部署 (deploy) after a New Army division do not make it a post or its HQ (field_army_short_names_zh)
    assert "第六镇" in entities("由第十九混成协及第六镇部分部队合编而成。")
    assert "第六镇" in entities("第六镇部署在城北。")
    assert "第六镇" not in entities("第六镇部长某某。")
