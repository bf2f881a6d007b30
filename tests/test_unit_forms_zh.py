"""Chinese MIL_UNIT naming forms (pipeline/rules/unit_forms_zh.py and the lexicon rows it came with):
sentences written for these tests from the naming systems of the armies of 1840-1953; exact spans and values."""

from __future__ import annotations

import pytest

from pipeline import extract_text
from pipeline.rules.unit_forms_zh import find_unit_forms
from pipeline.spans import Candidate


def units(text: str) -> list[tuple[str, int, int]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"]) for e in record["entities"] if e["label"] == "MIL_UNIT"]


def norm(text: str, span: str) -> dict:
    record = extract_text(text, "t", rules_only=True)
    for e in record["entities"]:
        if e["label"] == "MIL_UNIT" and text[e["start"]:e["end"]] == span:
            return e["norm"]
    raise AssertionError(f"no MIL_UNIT {span!r} in {units(text)}")


@pytest.mark.parametrize("text, span, numbers, echelon", [
    ("守军以第十八至第二十一师扼守江岸。", "第十八至第二十一师", [18, 19, 20, 21], "师"),
    ("第3至5师团由华北南调。", "第3至5师团", [3, 4, 5], "师团"),
    ("命令第一到第三纵队连夜出发。", "第一到第三纵队", [1, 2, 3], "纵队"),
])
def test_a_range_of_designations_is_one_unit(text, span, numbers, echelon):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert value["numbers"] == numbers and value["echelon"] == echelon


def test_a_count_range_is_no_unit():
    assert not [c for c in find_unit_forms("每营配属一至三连兵力。", []) if c.source == "rule:unit-range"]


def test_arabic_designations_with_commas_are_one_list():
    text = "该方面军下辖（第3,13,116师团）及独立混成第5旅团。"
    assert ("第3,13,116师团", 7, 18) in units(text)
    assert norm(text, "第3,13,116师团")["numbers"] == [3, 13, 116]


def test_a_grouped_figure_is_no_list():
    assert not [c for c in find_unit_forms("共计1,200师生参加。", []) if c.source == "rule:unit-comma-list"]


@pytest.mark.parametrize("text, span", [
    ("辽西一带的东北民众自卫军连克数城。", "东北民众自卫军"),
    ("直鲁联军退守山东。", "直鲁联军"),
    ("湘西自治军在沅陵一带活动。", "湘西自治军"),
    ("五原誓师后，国民联军挥师入陕。", "国民联军"),
    ("热河抗日救国军在承德以北活动。", "热河抗日救国军"),
])
def test_armies_named_by_their_cause(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)


def test_a_cause_army_keeps_its_numbered_army():
    text = "吉林自卫军第二旅向哈尔滨推进。"
    assert ("吉林自卫军第二旅", 0, 8) in units(text)
    assert norm(text, "吉林自卫军第二旅")["numbers"] == [2]


def test_a_foreign_coalition_is_not_read_as_a_cause_army():
    assert not [c for c in find_unit_forms("英法联军攻入北京。", []) if c.source == "rule:unit-cause-army"]


@pytest.mark.parametrize("text, span, echelon, prefix", [
    ("皖南游击纵队在黄山一带活动。", "皖南游击纵队", "纵队", "游击"),
    ("湘赣边纵队改编为独立旅。", "湘赣边纵队", "纵队", ""),
    ("豫皖边区挺进支队东渡淮河。", "豫皖边区挺进支队", "支队", "挺进"),
])
def test_local_forces_named_by_their_base_area(text, span, echelon, prefix):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert (value["echelon"], value["prefix"]) == (echelon, prefix)


def test_a_counted_column_stays_a_count():
    assert not [c for c in find_unit_forms("另有3个湘赣纵队待命。", []) if c.source == "rule:unit-region-force"]


@pytest.mark.parametrize("text, span", [
    ("苏鲁战区部队向沂蒙山区转移。", "苏鲁战区"),
    ("武汉警备区司令员到任。", "武汉警备区"),
    ("日军青岛守备队出城。", "青岛守备队"),
    ("吉林巡防营管带率部入城。", "吉林巡防营"),
])
def test_war_areas_and_garrisons_named_by_place(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)


def test_a_sub_unit_joins_a_unit_of_another_finder():
    text = "鲁中纵队第二旅第五团攻克县城。"
    assert ("鲁中纵队第二旅第五团", 0, 10) in units(text)
    value = norm(text, "鲁中纵队第二旅第五团")
    assert value["numbers"] == [2, 5] and value["echelon"] == "团"


def test_sibling_designations_are_not_chained():
    text = "敌第九师团、第十六师团第三旅团东进。"
    found = [(s, a, b) for s, a, b in units(text)]
    assert ("第九师团", 1, 5) in found


def test_a_commanders_column_is_his_unit():
    text = "随后，韦国清纵队渡过运河。"
    assert ("韦国清纵队", 3, 8) in units(text)
    assert norm(text, "韦国清纵队")["echelon"] == "纵队"


def test_joining_forces_is_no_commanders_division():
    assert not [c for c in find_unit_forms("两军在此会师。刘邓会师后南下。", []) if c.source == "rule:unit-commander-named"]


@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("第三战区第一游击区总指挥率部出击。", "第三战区第一游击区", [3, 1], "游击区", ""),
    ("日军独立守备步兵第五大队驻防铁路。", "独立守备步兵第五大队", [5], "大队", "独立守备步兵"),
    ("第二快速纵队自徐州出动。", "第二快速纵队", [2], "纵队", "快速"),
    ("第三十师、第四十师先后到达。", "第四十师", [40], "师", ""),
])
def test_echelons_and_qualifiers(text, span, numbers, echelon, prefix):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert (value["numbers"], value["echelon"], value["prefix"]) == (numbers, echelon, prefix)


def test_the_short_name_of_the_collaborationist_peace_army():
    text = "南京和平军一部开往镇江。"
    assert ("和平军", 2, 5) in units(text)
    assert norm(text, "和平军")["side"] == "COLLAB"


@pytest.mark.parametrize("text, span, side", [
    ("长江水师的炮船泊于安庆江面。", "长江水师", "QING"),
    ("忠义救国军一部在浦东袭扰。", "忠义救国军", "ROC"),
    ("青年军第二〇二师开赴贵阳。", "青年军第二〇二师", "ROC"),
    ("东北人民革命军第二军在延吉活动。", "东北人民革命军第二军", "CCP"),
])
def test_named_forces_of_the_period(text, span, side):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    assert norm(text, span)["side"] == side


def test_the_party_army_is_not_read_inside_the_kuomintang_army():
    assert units("国民党军第八十三师向南撤退。") == [("第八十三师", 4, 9)]


def test_a_dare_to_die_column():
    text = "决死第三纵队在沁县集结。"
    assert ("决死第三纵队", 0, 6) in units(text)
    assert norm(text, "决死第三纵队")["prefix"] == "决死"


@pytest.mark.parametrize("text, span, numbers, echelon, prefix", [
    ("日军第二总军司令部设在广岛。", "第二总军司令部", [2], "总军", ""),
    ("第二航空舰队的飞机起飞。", "第二航空舰队", [2], "航空舰队", ""),
    ("第四航空战队掩护登陆。", "第四航空战队", [4], "航空战队", ""),
    ("第二远东方面军渡过黑龙江。", "第二远东方面军", [2], "方面军", "远东"),
    ("宪兵第八团维持城内秩序。", "宪兵第八团", [8], "团", "宪兵"),
    ("空军第五大队出击。", "空军第五大队", [5], "大队", "空军"),
])
def test_echelons_and_qualifiers_of_navies_air_forces_and_fronts(text, span, numbers, echelon, prefix):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert (value["numbers"], value["echelon"], value["prefix"]) == (numbers, echelon, prefix)


@pytest.mark.parametrize("text, span, echelon", [
    ("海阳县游击队夜袭炮楼。", "海阳县游击队", "队"),
    ("清苑县自卫团坚守寨墙。", "清苑县自卫团", "团"),
])
def test_local_forces_named_by_their_county(text, span, echelon):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    assert norm(text, span)["echelon"] == echelon


def test_a_guerrilla_band_without_a_place_is_generic():
    assert not [c for c in find_unit_forms("他十六岁参加了游击队。", []) if c.source == "rule:unit-local-force"]


@pytest.mark.parametrize("text, span", [
    ("八路军鲁南纵队第二旅奉命出击。", "八路军鲁南纵队第二旅"),
    ("新四军皖南游击纵队坚持敌后。", "新四军皖南游击纵队"),
    ("新四军苏北指挥部移驻海安。", "新四军苏北指挥部"),
])
def test_a_named_force_before_a_unit_is_its_parent(text, span):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)


def test_two_named_armies_side_by_side_are_no_parent_and_child():
    text = "击败了皖军浙军。"
    joins = [c for c in find_unit_forms(text, [Candidate(5, 7, "MIL_UNIT", "test", 60)])
             if c.source == "rule:unit-parent-join"]
    assert not joins


def test_the_indian_national_army_is_one_name():
    assert ("印度国民军", 0, 5) in units("印度国民军随日军进攻英帕尔。")


def test_a_garrison_area_keeps_its_head_as_echelon():
    text = "重庆卫戍区奉令戒严。"
    assert ("重庆卫戍区", 0, 5) in units(text)
    assert norm(text, "重庆卫戍区")["echelon"] == "卫戍区"


def test_a_named_fleet_takes_no_front_region_as_qualifier():
    text = "法国远东舰队驶入闽江。"
    assert norm(text, "远东舰队")["prefix"] == ""


def test_a_detachment_named_by_its_commanders_surname():
    found = units("邓支队挺进冀东，该支队随后改编。")
    assert ("邓支队", 0, 3) in found
    assert not [u for u in found if u[0] == "该支队" or u[0] == "支队"]


@pytest.mark.parametrize("text, span, number", [
    ("冀南五分区部队破袭公路。", "冀南五分区", 5),
    ("太岳军区第三分区司令员率部转移。", "太岳军区第三分区", 3),
])
def test_a_short_military_subdistrict_with_its_region(text, span, number):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert (value["numbers"], value["echelon"]) == ([number], "军分区")


def test_a_counted_district_is_no_subdistrict():
    assert not [c for c in find_unit_forms("全县划为三个选举分区。", []) if c.source == "rule:unit-short-subregion"]


@pytest.mark.parametrize("text, span, echelon, prefix", [
    ("第一分舰队驶出旅顺口。", "第一分舰队", "分舰队", ""),
    ("第58特遣舰队的舰载机起飞。", "第58特遣舰队", "特遣舰队", ""),
    ("第三驱逐机大队移驻成都。", "第三驱逐机大队", "大队", "驱逐"),
])
def test_numbered_squadrons_task_forces_and_air_groups(text, span, echelon, prefix):
    start = text.index(span)
    assert (span, start, start + len(span)) in units(text)
    value = norm(text, span)
    assert (value["echelon"], value["prefix"]) == (echelon, prefix)


def test_a_service_unit_joins_its_numbered_headquarters():
    text = "第六军军部特务营担任警戒。"
    assert ("第六军军部特务营", 0, 8) in units(text)
    value = norm(text, "第六军军部特务营")
    assert (value["numbers"], value["echelon"], value["prefix"]) == ([6], "营", "特务")


def test_a_puppet_armys_numbered_district_joins_it():
    text = "伪满洲国军第四军管区司令部。"
    assert ("满洲国军第四军管区司令部", 1, 13) in units(text)
    assert norm(text, "满洲国军第四军管区司令部")["numbers"] == [4]


def test_a_round_count_range_is_no_unit():
    assert not [c for c in find_unit_forms("敌调集二十至三十师围攻。", []) if c.source == "rule:unit-range"]


def test_a_named_army_before_its_character_battalion():
    text = "淮军树字营随后赶到。"
    assert ("淮军树字营", 0, 5) in units(text)
    assert norm(text, "淮军树字营")["echelon"] == "营"


def test_a_provincial_drilled_army_keeps_its_province_with_its_battalion():
    assert ("吉林练军捷字营", 3, 10) in units("援军是吉林练军捷字营。")


def test_a_headquarters_without_an_echelon_word_is_no_unit_of_ours():
    assert not [c for c in find_unit_forms("湖南省保安司令部下令。", []) if c.source == "rule:unit-garrison"]


def test_a_joint_defence_army_keeps_its_region_and_headquarters():
    text = "陕甘宁晋绥联防军司令部设在延安。"
    assert ("陕甘宁晋绥联防军司令部", 0, 11) in units(text)
