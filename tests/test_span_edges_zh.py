"""Session 8 readings of Chinese span edges (pipeline/rules/span_edges_zh.py, docs/annotation-guidelines.md
"Readings"): sentences written for these tests, exact spans, labels and values."""

from __future__ import annotations

import pytest

from pipeline.rules.span_edges_zh import find_span_edges, split_country_bodies
from pipeline.spans import Candidate
from sentences import entities, norm_of


def test_county_written_in_full_keeps_its_suffix():
    text = "部队进驻湖南醴陵县，后又移防浏阳县。"
    assert entities(text) == [(4, 6, "GPE", "湖南"), (6, 9, "GPE", "醴陵县"), (14, 17, "GPE", "浏阳县")]


def test_county_committee_is_not_read_as_the_county():
    assert not [c for c in find_span_edges("醴陵县委召开会议。", []) if c.label == "GPE"]


@pytest.mark.parametrize("text,region", [
    ("红军撤出赣南苏区后向西转移。", "赣南"),
    ("新四军主力转入华中解放区休整。", "华中"),
])
def test_base_area_is_tagged_by_its_region(text, region):
    start = text.index(region)
    found = entities(text)
    assert (start, start + len(region), "LOC", region) in found
    assert not [e for e in found if e[3].endswith(("苏区", "解放区"))]


def test_border_area_keeps_its_head():
    text = "部队进入陕甘宁边区。"
    assert (4, 9, "LOC", "陕甘宁边区") in entities(text)


def test_day_of_an_order_is_a_date():
    text = "1938年3月5日，李宗仁15日电令各军固守。"
    assert (13, 16, "DATE", "15日") in entities(text)
    assert norm_of(text, "15日")["value"] == "1938-03-15"


def test_days_of_fighting_stay_a_duration():
    text = "双方激战15日，伤亡甚重。"
    assert (4, 7, "QUANTITY", "15日") in entities(text)


def test_gate_quarters_are_facilities():
    text = "敌军攻入西关，守军退守北关。"
    assert entities(text) == [(4, 6, "FAC", "西关"), (11, 13, "FAC", "北关")]


def test_gate_words_inside_other_words_are_not_tagged():
    assert not find_span_edges("两国的东关系日益紧张。", [])


def test_a_nations_service_is_a_named_force():
    text = "英国海军随即封锁港口，苏联空军亦参战。"
    assert entities(text) == [(0, 4, "MIL_UNIT", "英国海军"), (11, 15, "MIL_UNIT", "苏联空军")]


def test_a_nations_service_before_a_rank_or_school_is_no_force():
    text = "日本陆军大将寺内寿一到任。"
    assert not [e for e in entities(text) if e[2] == "MIL_UNIT"]
    assert not find_span_edges("他毕业于美国陆军军官学校。", [])


def test_operations_named_by_a_place():
    text = "日军发动冀中边区扫荡作战，又有第三期豫南作战。"
    assert entities(text) == [(4, 12, "EVENT", "冀中边区扫荡作战"), (15, 22, "EVENT", "第三期豫南作战")]


def test_war_words_after_an_operation_verb_are_no_operation():
    assert not [c for c in find_span_edges("豫南反攻战役打响。", []) if c.source == "rule:event-place-operation"]


def test_nation_before_a_ministry_is_split():
    text = "德国外交部与日本文部省互派代表。"
    assert entities(text)[:4] == [(0, 2, "GPE", "德国"), (2, 5, "ORG", "外交部"), (6, 8, "GPE", "日本"),
                                  (8, 11, "ORG", "文部省")]


def test_imperial_headquarters_stays_with_its_nation():
    text = "日本大本营海军部发表公报。"
    orgs = [Candidate(0, 8, "ORG", "rule:org", 35)]
    assert split_country_bodies(text, orgs) == orgs


def test_name_ends_before_a_glance_and_before_yixia():
    text = "旅长黄克一看形势不妙。日军司令官冈部以下三百余人被俘。"
    found = entities(text)
    assert (2, 4, "PERSON", "黄克") in found
    assert (16, 18, "PERSON", "冈部") in found


def test_commanders_of_counted_divisions_and_a_commanders_division():
    text = "李品仙、廖磊两师向北推进。会后，张发奎师向东开进。"
    assert entities(text) == [(0, 3, "PERSON", "李品仙"), (4, 6, "PERSON", "廖磊"), (6, 8, "QUANTITY", "两师"),
                              (16, 20, "MIL_UNIT", "张发奎师")]


def test_parent_and_division_written_with_ling_numerals():
    text = "六十七军一〇八师师长到达。"
    assert entities(text) == [(0, 8, "MIL_UNIT", "六十七军一〇八师")]


def test_counted_teams_keep_their_team_word():
    text = "另有1个两栖侦察队和2个爆破队，分三路纵队前进，派出3个部队。"
    found = entities(text)
    assert [(e[3], e[2]) for e in found] == [("1个两栖侦察队", "QUANTITY"), ("2个爆破队", "QUANTITY"),
                                             ("三路纵队", "QUANTITY"), ("3个", "QUANTITY")]
    assert norm_of(text, "2个爆破队")["value"] == 2


def test_counted_team_after_a_list_of_numbers_is_not_split():
    assert not find_span_edges("一、三两个中队出发。", [])


def test_colloquial_morning_after_a_date():
    text = "1944年6月3日一大早，部队出发。"
    assert entities(text) == [(0, 12, "DATE", "1944年6月3日一大早")]
    assert norm_of(text, "1944年6月3日一大早")["value"] == "1944-06-03TMO"


def test_walled_town_before_a_direction_keeps_its_wall():
    text = "守军退至南昌城北二十里，敌占长沙城东。"
    found = entities(text)
    assert (4, 7, "GPE", "南昌城") in found
    assert (14, 17, "GPE", "长沙城") in found


def test_town_whose_name_ends_in_cheng_is_not_extended():
    assert not [c for c in find_span_edges("部队抵达通城东南。", []) if c.source == "rule:walled-town"]


def test_start_of_a_day_range_written_once_with_ri():
    text = "【战斗时间】1948年9月12~15日"
    assert entities(text) == [(6, 15, "DATE", "1948年9月12"), (16, 19, "DATE", "15日")]
    assert norm_of(text, "1948年9月12")["value"] == "1948-09-12"


@pytest.mark.parametrize("text,name", [
    ("旅长王传均和团长李明到达。", "王传均"),
    ("军长张德能奉命防守。", "张德能"),
    ("参谋长赵振同率部出发。", "赵振同"),
])
def test_given_names_ending_in_a_function_character(text, name):
    start = text.index(name)
    assert (start, start + len(name), "PERSON", name) in entities(text)


@pytest.mark.parametrize("text,name", [
    ("团长李明同志到达。", "李明"),
    ("师长王强能够坚守。", "王强"),
    ("军长米尔和师长盖伊均亲临前线。", "盖伊"),
])
def test_function_words_after_a_two_character_name_stay_outside(text, name):
    start = text.index(name)
    assert (start, start + len(name), "PERSON", name) in entities(text)


def test_count_after_a_list_of_numerals():
    text = "他曾任讲武堂三、四两期教官。"
    assert (9, 11, "QUANTITY", "两期") in entities(text)
    assert norm_of(text, "两期")["value"] == 2


def test_surname_with_diehard_is_the_person():
    text = "“胡顽之三个师正向北开进。"
    assert (1, 2, "PERSON", "胡") in entities(text)
    assert not [c for c in find_span_edges("敌人顽强抵抗，负隅顽抗。", []) if c.label == "PERSON"]


def test_river_after_zhe_keeps_the_particle_out():
    text = "日军沿著汾河南下。"
    assert (4, 6, "LOC", "汾河") in entities(text)


def test_regional_central_bureau_is_one_org():
    text = "中共中央决定成立华中中央局和华中军区。"
    assert (8, 13, "ORG", "华中中央局") in entities(text)


def test_vocational_school_with_its_place_and_ordinal():
    text = "他后来就读于天津第三工业学校。"
    assert (6, 14, "ORG", "天津第三工业学校") in entities(text)


def test_troops_are_the_counted_noun():
    text = "敌军约五万余人马向南推进。"
    assert [(e[3], e[2]) for e in entities(text)] == [("约五万余", "QUANTITY")]
    assert norm_of(text, "约五万余")["value"] == 50000


def test_nights_after_days_are_a_duration():
    text = "经过3天2夜激战。"
    assert entities(text) == [(2, 4, "QUANTITY", "3天"), (4, 6, "QUANTITY", "2夜")]
    assert norm_of(text, "2夜")["unit"] == "夜"


def test_war_named_by_its_aim_keeps_the_verb():
    text = "清廷决意发动收复台湾之役。"
    assert (6, 12, "EVENT", "收复台湾之役") in entities(text)


def test_list_markers_and_volume_numbers_are_no_counts():
    text = "史料分为两类：\n1) 当时的战报\n2) 战后的回忆。见《华北治安战》〈2〉，伤亡4000人。"
    # 两类 counts kinds (measure_words.tsv, session 25: 类 after a count of two or more); the list marks and the
    # volume number are no counts
    assert [(e[3], e[2]) for e in entities(text)] == [("两类", "QUANTITY"), ("4000人", "QUANTITY")]


@pytest.mark.parametrize("text,unit", [
    ("他任工农革命军第2师师长。", "工农革命军第2师"),
    ("东北抗日义勇军第五路军转战辽西。", "东北抗日义勇军第五路军"),
    ("护国军第三军第五旅入川。", "护国军第三军第五旅"),
])
def test_army_named_by_its_cause_with_a_designation(text, unit):
    start = text.index(unit)
    assert (start, start + len(unit), "MIL_UNIT", unit) in entities(text)


def test_named_force_designations_are_left_to_the_unit_finder():
    assert not [c for c in find_span_edges("守军国民革命军第十五军坚守。", []) if c.label == "MIL_UNIT"]


def test_regimental_combat_team_and_a_national_battalion():
    text = "美第5团战斗队和荷兰营则奉命后撤。"
    found = entities(text)
    assert (1, 7, "MIL_UNIT", "第5团战斗队") in found
    assert (8, 11, "MIL_UNIT", "荷兰营") in found
    assert norm_of(text, "第5团战斗队")["numbers"] == [5]


def test_combat_hero_of_an_island_is_no_battle():
    text = "黑瞎子岛战斗英雄李某某回到家乡。"
    found = entities(text)
    assert (0, 4, "LOC", "黑瞎子岛") in found
    assert not [e for e in found if e[2] == "EVENT"]


def test_republican_year_without_the_era_word():
    text = "民国十五年设县治。十七年三月，匪众来犯。"
    assert (9, 14, "DATE", "十七年三月") in entities(text)
    assert norm_of(text, "十七年三月")["value"] == "1928-03"
    assert not [c for c in find_span_edges("十七年三月，匪众来犯。", []) if c.label == "DATE"]


def test_tunnel_through_a_named_height_and_a_town_telegraph_office():
    text = "守军经由凤凰岭隧道撤往城内，宁波电报局随即中断。"
    found = entities(text)
    assert (4, 9, "FAC", "凤凰岭隧道") in found
    assert (14, 19, "ORG", "宁波电报局") in found


def test_village_after_a_direction_word():
    text = "二团攻击县城以北马庄、刘家庄一线。"
    found = entities(text)
    assert (8, 10, "GPE", "马庄") in found
    assert (11, 14, "GPE", "刘家庄") in found


def test_particle_after_a_direction_word_is_no_village():
    assert not [c for c in find_span_edges("从县城以南的张家庄出发。", []) if c.source == "rule:village-after-direction"]


def test_a_partys_troops_are_generic():
    text = "当天共产党部队开进城内，国民党援军随后赶到。"
    assert not [e for e in entities(text) if e[2] == "ORG"]
    text = "国民党军委会下令撤退。"
    assert (0, 3, "ORG", "国民党") in entities(text)


def test_verbs_of_being_and_having_start_no_place():
    text = "淡水、基隆均驻有重兵。马桥，是一座位于江苏省的小镇。"
    assert not [e for e in entities(text) if e[3] in ("有重兵", "是一座")]


def test_village_named_by_a_pond_is_a_settlement():
    text = "军部移驻安徽天长杨家塘，随即召开会议。"
    found = entities(text)
    assert (8, 11, "GPE", "杨家塘") in found


def test_academy_named_by_its_place_after_a_cohort():
    text = "师长某某是保定六期，他从保定毕业后即入军旅。"
    found = entities(text)
    assert (5, 7, "ORG", "保定") in found
    assert (12, 14, "ORG", "保定") in found


def test_no_gate_in_a_village_name_and_no_division_in_shicong():
    assert (4, 7, "GPE", "东关村") in entities("部队进驻东关村。")
    assert not [e for e in entities("毛泽东师从杨昌济。") if e[2] == "MIL_UNIT"]
