"""Chinese text as third-party pages write it, classes seen on real-dev5-zh (session 5): task-force groups
(东集团), a named force before a designation, armies named by their purpose (讨贼军), wars named by two
factions, places after a verb of taking / glossed with their modern name / at the ends of a stretch,
Korean counties, province + name lists, faction + name, appointments, fortress commands, parallels,
infobox counts after a label's colon, coordinates, the 梯团 echelon, divided-state short names, the 奉
abbreviation in railway names.

Every sentence is written for this file with invented names, places and numbers; tests assert exact
spans (start, end, label) and exact normalised values.
"""

from __future__ import annotations

import random

import pytest

from pipeline.rules import (clock_days_grouped_ranges_zh, faction_person_lists_zh, faction_wars_zh, fortress_names_zh,
                            interlanguage_repeats, latitude_parallels_zh, taken_place_lists_zh, unit_group_names_zh)
from sentences import ent, ents, unit


# --- MIL_UNIT ---------------------------------------------------------------------------------------

def test_task_force_groups_alone_with_army_name_and_with_member():
    text = "张某指挥的西集团、李某指挥的中集团同时出发，是中集团第12兵团的地段；解放军北集团随后跟进。"
    assert unit(ent(text, "西集团")) == ("MIL_UNIT", [], "集团", "")
    assert unit(ent(text, "中集团")) == ("MIL_UNIT", [], "集团", "")
    assert unit(ent(text, "中集团第12兵团")) == ("MIL_UNIT", [12], "兵团", "")
    assert unit(ent(text, "解放军北集团")) == ("MIL_UNIT", [], "集团", "")


@pytest.mark.parametrize("text", ["当时的利益集团很多。", "胡某南集团向北撤退。", "两个集团同时出发。", "第三集团军向南。"])
def test_group_words_that_are_no_task_force(text):
    assert not [s for s, label in ents(text) if label == "MIL_UNIT" and s.endswith("集团") and s[-3:-2] in "东西南北中左右"
                and not s.startswith(("第", "两"))]


def test_named_force_before_a_designation_is_one_span():
    text = "志愿军第11兵团入朝，人民解放军第5野战军留守。"
    assert unit(ent(text, "志愿军第11兵团")) == ("MIL_UNIT", [11], "兵团", "")
    assert unit(ent(text, "人民解放军第5野战军")) == ("MIL_UNIT", [5], "野战军", "")


def test_armies_named_by_their_purpose():
    text = "他组成“讨贼军”北上，又任靖国军总司令。"
    assert unit(ent(text, "讨贼军")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "靖国军")) == ("MIL_UNIT", [], "军", "")


@pytest.mark.parametrize("text", ["他认定日军会北上。", "建立军事委员会。", "护送军火到前线。", "镇守军营多年。"])
def test_verbs_before_jun_are_no_purpose_army(text):
    assert not [s for s, label in ents(text) if label == "MIL_UNIT"]


def test_route_army_named_by_direction_has_echelon_jun():
    text = "我南路军在湖口渡江，第三路军不动。"
    assert unit(ent(text, "南路军")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "第三路军")) == ("MIL_UNIT", [3], "路军", "")
    text = "北路军第45师沿公路推进。"       # with a subordinate designation: one span (rule 3)
    assert ent(text, "北路军第45师")["label"] == "MIL_UNIT"


def test_echelon_group_ti_tuan():
    text = "王某率第三梯团出发，第四、五梯团继后。"
    assert unit(ent(text, "第三梯团")) == ("MIL_UNIT", [3], "梯团", "")
    assert unit(ent(text, "第四、五梯团")) == ("MIL_UNIT", [4, 5], "梯团", "")


# --- EVENT ------------------------------------------------------------------------------------------

def test_wars_named_by_two_factions():
    text = "第一次直皖战争之后，又有粤桂战争。"
    assert ent(text, "第一次直皖战争")["label"] == "EVENT"
    assert ent(text, "粤桂战争")["label"] == "EVENT"


# --- GPE / LOC ---------------------------------------------------------------------------------------

def test_places_after_a_verb_of_taking_are_settlements_everywhere():
    text = "护卫队夺占牛场、鹰嘴坡，马蹄岭村等要点。五日后牛场失守。"
    for part in ("牛场", "鹰嘴坡", "马蹄岭村"):
        assert ent(text, part)["label"] == "GPE"
    assert ent(text, "牛场", 1)["label"] == "GPE"


def test_a_list_of_known_places_written_together_adds_nothing():
    text = "日军进占广西桂林、柳州，随即南下。"
    assert ("广西桂林", "GPE") not in ents(text)


def test_name_glossed_with_its_modern_name():
    text = "部队取嘉州（今乐山），此后嘉州成为后方。"
    e = ent(text, "嘉州")
    assert (e["label"], e["norm"].get("modern")) == ("GPE", "乐山")
    assert ent(text, "嘉州", 1)["label"] == "GPE"


def test_ends_of_a_front_and_of_a_stretch_of_coast():
    text = "防线东起龙口港，西至桐树营，第二段由龙口港至西面的荣成角96公里。"
    assert ent(text, "龙口港")["label"] == "GPE"
    assert ent(text, "桐树营")["label"] == "GPE"
    assert ent(text, "荣成角")["label"] == "LOC"


def test_settlement_named_by_its_bearing_from_a_known_place():
    text = "船队向海南岛西北红石井地区前进，又在长沙以北桥头铺地区集结；华北地区平静。"
    assert ent(text, "红石井")["label"] == "GPE"
    assert ent(text, "桥头铺")["label"] == "GPE"
    assert ("华北", "LOC") in ents(text)


def test_harbour_town_in_a_list_of_settlements():
    text = "部队向宣城、泾县、石矶港、黄沙港地区推进。"
    assert ent(text, "石矶港")["label"] == "GPE"
    assert ent(text, "黄沙港")["label"] == "GPE"


def test_korean_county_after_its_province_and_its_lake():
    text = "战场在平安北道云山郡，云山湖一带。"
    assert ent(text, "云山郡")["label"] == "GPE"
    assert ent(text, "云山湖")["label"] == "LOC"


@pytest.mark.parametrize("name, modern", [("北韩", "朝鲜"), ("南越", "越南"), ("西德", "德国")])
def test_short_names_of_divided_states(name, modern):
    e = ent(f"1960年{name}宣布戒严。", name)
    assert e["label"] == "GPE"


def test_fengtian_abbreviation_in_a_railway_name():
    assert ent("部队沿奉吉线东进。", "奉吉线")["label"] == "FAC"


def test_parallel_of_latitude_is_a_place_not_a_count():
    text = "双方在北纬38度线附近对峙。"
    assert ent(text, "北纬38度线")["label"] == "LOC"
    assert not [s for s, label in ents(text) if label == "QUANTITY"]


def test_city_defence_is_the_city():
    text = "第5军担任西安城防。"
    assert ent(text, "西安")["label"] == "GPE"


# --- PERSON / ORG ----------------------------------------------------------------------------------

def test_names_in_a_list_of_province_and_name():
    text = "他所倚重的安徽张秉德、江西刘汉卿、福建周世雄等人均未出兵。"
    for name in ("张秉德", "刘汉卿", "周世雄"):
        assert ent(text, name)["label"] == "PERSON"


def test_name_after_a_faction_word():
    text = "此时皖系马德春占据浙江。"
    assert ent(text, "马德春")["label"] == "PERSON"


def test_name_appointed_to_a_post_at_the_start_of_a_clause():
    text = "会上宣布，邓秉坤为第二军总司令，韩守义为副司令。"
    assert ent(text, "邓秉坤")["label"] == "PERSON"
    assert ent(text, "韩守义")["label"] == "PERSON"


def test_fortress_command_is_one_org():
    text = "第9军和闽江要塞司令部共同防守。"
    assert ent(text, "闽江要塞司令部")["label"] == "ORG"


def test_interlanguage_link_residue_of_wiki_mirrors():
    text = "指挥官\n英国 安德鲁·J·哈特英语Andrew J. Hart\n参战单位"
    assert ent(text, "安德鲁·J·哈特")["label"] == "PERSON"
    assert not [s for s, label in ents(text) if s.endswith("英")]


def test_quoted_defence_line_everywhere_in_the_text():
    text = "守军修筑“青松防线”，青松防线长百余公里。"
    assert ent(text, "青松防线")["label"] == "FAC"
    assert ent(text, "青松防线", 1)["label"] == "FAC"


# --- DATE ------------------------------------------------------------------------------------------

def test_late_night_after_a_date():
    text = "1950年3月4日夜深的时候，部队出发。"
    e = ent(text, "1950年3月4日夜深")
    assert (e["label"], e["norm"]["value"]) == ("DATE", "1950-03-04TNI")


def test_month_day_part_of_day_and_clock_stay_one_date():
    # a guard: a finder proposing the day alone with the clock (21日傍晚7时) must not cut the month off
    text = "1950年5月2日出发。5月3日傍晚6时20分，部队渡河。"
    e = ent(text, "5月3日傍晚6时20分")
    assert (e["label"], e["norm"]["value"]) == ("DATE", "1950-05-03T18:20")


# --- QUANTITY --------------------------------------------------------------------------------------

def test_count_after_an_infobox_label_colon():
    text = "兵力:45,000人\n伤亡: 3,200人"
    e = ent(text, "45,000人")
    assert (e["label"], e["norm"]["value"], e["norm"]["unit"]) == ("QUANTITY", 45000, "人")
    assert ent(text, "3,200人")["norm"]["value"] == 3200


def test_plus_after_a_count_is_or_more():
    text = "非战斗减员\n12,500+人[7]"
    e = ent(text, "12,500+人")
    assert (e["label"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"]) == ("QUANTITY", 12500, "人", "over")


def test_ratios_and_clock_times_stay_untagged():
    assert not [s for s, label in ents("比例为3:1,时间10:45。") if label == "QUANTITY"]


def test_coordinates_are_no_counts():
    assert not [s for s, label in ents("位于35°12′N 126°40′E。") if label == "QUANTITY"]


# --- cost ------------------------------------------------------------------------------------------

def test_long_runs_do_not_stall():
    random.seed(5)
    chunks = ["集团", "东集团", "要塞", "今", "、", "至", "郡", "战争", "志愿军", "讨", "为", "系", "线", "起",
              "，", "一二三", "第", "军"]
    text = "".join(random.choice(chunks) for _ in range(20000))
    for find in (unit_group_names_zh.find_unit_group_names, faction_wars_zh.find_faction_wars,
                 taken_place_lists_zh.find_taken_place_lists, faction_person_lists_zh.find_faction_person_lists,
                 clock_days_grouped_ranges_zh.find_month_day_clocks, fortress_names_zh.find_fortress_names,
                 interlanguage_repeats.find_interlanguage_dotted_names, latitude_parallels_zh.find_latitude_parallels):
        find(text)
        find("、" * 50000)
        find("集团" * 20000)
