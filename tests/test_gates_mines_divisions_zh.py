"""Chinese FAC and LOC/GPE readings of session 23 (s23zhfac): town gates by their bearing (town_gates_zh), mines and
camps by their head (facilities, campaign_forms_zh), arsenals by their head (enclosing_names_zh), battery kinds,
the time word after a taken village (same_head_bearing_settlements_zh) and county-level divisions the gazetteer lacks
(division_full_names_zh).

Every sentence is written for this file with invented names (or well-known places that none of the audited pages
holds); tests assert exact spans and labels, and what must not be tagged.
"""

from __future__ import annotations

from pipeline import extract_text


def ents(text: str) -> list[tuple[str, str]]:
    record = extract_text(text, "t", rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in record["entities"]]


def labelled(text: str, label: str) -> list[str]:
    return [s for s, lab in ents(text) if lab == label]


# --- town gates -----------------------------------------------------------------------------------------------------
def test_known_town_and_bearing_gate_is_one_fac_before_any_verb():
    text = "敌军进犯许昌，许昌北门守军死战不退，许昌北门曾三次易手。"
    assert labelled(text, "FAC") == ["许昌北门", "许昌北门"]
    assert "北门" not in labelled(text, "GPE")


def test_town_with_cheng_and_west_city_gate():
    text = "洛阳城东门始建于宋代，郑州西城门后来拆除。"
    assert labelled(text, "FAC") == ["洛阳城东门", "郑州西城门"]


def test_bare_gate_after_verb_of_attack_or_holding():
    text = "一营主攻北门和西门，二营守住了南门。"
    assert labelled(text, "FAC") == ["北门", "西门", "南门"]
    assert labelled(text, "GPE") == []


def test_bearing_gate_before_the_gates_own_name():
    text = "城墙四门：东门迎春门、西门“永泰门”，北门拱辰门靠近车站。"
    fac = labelled(text, "FAC")
    assert fac == ["迎春门", "永泰门", "拱辰门"]


def test_gate_negatives_surname_street_and_doorway():
    text = "西门豹治邺的故事流传很广。他走到洛阳西门大街，又在东门口停下。"
    assert "西门" not in labelled(text, "FAC")
    assert "洛阳西门" not in labelled(text, "FAC")


# --- mines, camps, arsenals ------------------------------------------------------------------------------------------
def test_mine_with_an_unfamiliar_name_is_one_fac():
    text = "日军从青柳煤矿运走大批煤炭，又强占了龙脊铁矿。"
    assert labelled(text, "FAC") == ["青柳煤矿", "龙脊铁矿"]
    assert labelled(text, "LOC") == []


def test_mine_museum_is_one_fac():
    text = "在青柳煤矿博物馆里陈列着矿工的遗物。"
    assert labelled(text, "FAC") == ["青柳煤矿博物馆"]


def test_kinds_of_mine_are_no_name():
    text = "当地有大型煤矿和小型铁矿，附近煤矿都被占领。"
    assert labelled(text, "FAC") == []


def test_internment_and_prisoner_camps_and_a_verb_before_a_camp():
    text = "侨民被送进马湾拘留营，战俘关在石岭战俘营，其中包括柳塘集中营。"
    assert labelled(text, "FAC") == ["马湾拘留营", "石岭战俘营", "柳塘集中营"]


def test_arsenal_heads_after_a_place():
    text = "该厂1936年改名为湖南第三兵器制造厂，后与巩县兵工分厂合并。"
    assert labelled(text, "FAC") == ["湖南第三兵器制造厂", "巩县兵工分厂"]


def test_office_arsenal_with_its_site():
    text = "兵工署第四十工厂旧址位于半山。"
    assert labelled(text, "FAC") == ["兵工署第四十工厂旧址"]


def test_battery_named_by_its_position_on_the_hill_is_no_name():
    text = "要塞由山顶主炮台、山腰副炮台和弹药库组成，另有镇海炮台。"
    assert labelled(text, "FAC") == ["镇海炮台"]


# --- places ------------------------------------------------------------------------------------------------------------
def test_time_word_after_a_taken_village_is_outside():
    text = "清军攻占柳望后，又北上。"
    assert "柳望后" not in labelled(text, "GPE")


def test_division_the_gazetteer_lacks_is_one_gpe():
    text = "纪念馆位于江北区，另一处在上海普陀区。"
    assert labelled(text, "GPE") == ["江北区", "上海", "普陀区"]
    assert labelled(text, "LOC") == []


def test_division_negatives_body_and_generic_ward():
    text = "江北区委书记到城东区视察。"
    assert "江北区" not in labelled(text, "GPE")
    assert "城东区" not in labelled(text, "GPE")


def test_title_at_the_end_of_a_text_with_a_comma_does_not_fail():
    text = "会后，他见到了区委书记"
    assert isinstance(ents(text), list)


def test_dynasty_states_by_name_are_gpe_like_qing():
    text = "元朝开通海运，明朝在沿海设卫，宋朝以前没有。"
    assert labelled(text, "GPE") == ["元朝", "明朝", "宋朝"]


def test_dynasty_negative_inside_another_word():
    text = "这说明朝鲜半岛的局势复杂。"
    assert "明朝" not in labelled(text, "GPE")


def test_ferry_named_by_a_three_character_river_or_place_after_an_edge():
    text = "部队经过青柳河渡口，又袭占安乐场渡口。"
    assert labelled(text, "FAC") == ["青柳河渡口", "安乐场渡口"]


def test_ferry_negatives_general_crossings():
    text = "部队到了渡口，控制了各个渡口和主要渡口。"
    assert labelled(text, "FAC") == []


def test_lighthouse_church_and_castle_heads_take_an_unfamiliar_name():
    text = "日机炸毁了青礁灯塔，难民躲进柳镇天主堂，荷兰人修建的红石古堡至今尚存。"
    assert labelled(text, "FAC") == ["青礁灯塔", "柳镇天主堂", "红石古堡"]


def test_kinds_of_lighthouse_church_and_castle_are_no_name():
    text = "那是一座石造灯塔，旁边有基督教堂和中世纪城堡。"
    assert labelled(text, "FAC") == []


def test_memorial_arch_pavilion_and_hall_heads():
    text = "柳城受降纪念坊建于战后，青山纪念亭在其东。"
    assert labelled(text, "FAC") == ["柳城受降纪念坊", "青山纪念亭"]


def test_word_of_what_stands_there_is_outside_a_museum_name():
    text = "陵园旁有革命历史纪念馆。"
    spans = [s for s, _ in ents(text)]
    assert "旁有革命历史纪念馆" not in spans


def test_hong_kong_towns_and_landmarks():
    text = "日军攻占黄泥涌后，守军退往赤柱，又从筲箕湾登陆香港岛。"
    assert labelled(text, "GPE") == ["黄泥涌", "赤柱", "筲箕湾"]
    assert labelled(text, "LOC") == ["香港岛"]


def test_hong_kong_list_leaves_out_ordinary_words():
    text = "村东北角有一口井，他在上水游泳。"
    assert labelled(text, "GPE") == []


def test_lane_with_its_house_number_is_a_street():
    text = "旧居在青柳巷3号，会址在福寿里12号。"
    assert labelled(text, "FAC") == ["青柳巷3号", "福寿里12号"]


def test_lane_negatives():
    text = "走进小巷，在这里1号车厢，城里的街巷。"
    assert labelled(text, "FAC") == []


def test_named_town_gate_repeated_bare_at_a_clause_start():
    text = "许昌北门建于明代，北门见证了城市的兴衰。"
    assert labelled(text, "FAC") == ["许昌北门", "北门"]


def test_known_town_and_harbour_is_one_gpe():
    text = "货物经烟台港转运，又从淡水港出海。"
    assert labelled(text, "GPE") == ["烟台港", "淡水港"]


def test_harbour_negatives_port_words_and_whole_names():
    text = "香港港口繁忙，连云港也是，日本港口则不同。"
    gpe = labelled(text, "GPE")
    assert "香港港" not in gpe and "日本港" not in gpe
