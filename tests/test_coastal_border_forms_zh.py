"""Coastal, border and late-Qing war narratives, classes seen on real-dev9-zh (session 7): islands and their
battles, border wars, X之战, lists of Chinese-numeral designations, bare N兵团, 第N纵, region commands, states'
armed services, late-Qing posts before names, commanders between a designation and 部, post + name + verb,
Slavic transliterations, wharves and airfields, garrison commands, places before 方向, durations before 之内,
the Taiping and Nian armies and the Qing great camps. The finders: island_battle_names_zh, numeral_list_units_zh,
officer_foreign_names_zh, wharf_airfield_names_zh, fortress_names_zh (garrison commands), settlement_frames_zh
(villages in 子, places before 方向), hill_positions_zh (named positions), unfamiliar_landforms_zh (hilltops),
infobox_commanders_zh (infobox posts), year_durations_clock_hours_zh (durations before 之内), summed in find_written's order.

Every sentence is written for this file with invented names, places and numbers; tests assert exact
spans (start, end, label) and exact normalised values.
"""

from __future__ import annotations

from sentences import at, ent, ents, spans, unit

from pipeline.rules.fortress_names_zh import find_garrison_commands
from pipeline.rules.hill_positions_zh import find_named_positions
from pipeline.rules.infobox_commanders_zh import find_infobox_post_names
from pipeline.rules.island_battle_names_zh import find_islands_battles
from pipeline.rules.numeral_list_units_zh import find_numeral_list_units
from pipeline.rules.officer_foreign_names_zh import foreign_persons, post_persons
from pipeline.rules.settlement_frames_zh import find_direction_places, find_zi_villages
from pipeline.rules.year_durations_clock_hours_zh import find_within_counts
from pipeline.rules.unfamiliar_landforms_zh import find_named_hilltops
from pipeline.rules.wharf_airfield_names_zh import find_wharves_airfields

FINDERS = (find_islands_battles, find_numeral_list_units, post_persons, foreign_persons, find_wharves_airfields,
           find_garrison_commands, find_zi_villages, find_named_positions, find_named_hilltops, find_infobox_post_names,
           find_direction_places, find_within_counts)


def cands(text: str, label: str) -> list[tuple[int, int]]:
    return sorted({(c.start, c.end) for find in FINDERS for c in find(text) if c.label == label})


# --- LOC: islands ---------------------------------------------------------------------------------

def test_islands_after_a_preposition_or_verb_and_found_again():
    text = "守军以白鹭岛为中心，先后增援青蟹岛。白鹭是全线的门户，白鹭不保，青蟹难守。"
    assert cands(text, "LOC") == [at(text, "白鹭岛", "LOC")[:2], at(text, "青蟹岛", "LOC")[:2], at(text, "白鹭", "LOC", 1)[:2],
                                  at(text, "白鹭", "LOC", 2)[:2], at(text, "青蟹", "LOC", 1)[:2]]
    assert cands(text, "LOC") == [(3, 6), (14, 17), (18, 20), (27, 29), (32, 34)]
    assert spans(text, "LOC") == ["白鹭岛", "青蟹岛", "白鹭", "白鹭", "青蟹"]


def test_island_chain_and_a_list_closed_by_a_word_for_islands():
    text = "部队攻占了鸥鸣列岛，又夺取石笋、鹰嘴、马鬃等岛屿。"
    assert spans(text, "LOC") == ["鸥鸣列岛", "石笋", "鹰嘴", "马鬃"]
    text = "守备队撤出了控制的石笋、鹰嘴二岛。"
    assert spans(text, "LOC") == ["石笋", "鹰嘴"]
    count = ent(text, "二岛")
    assert (count["label"], count["norm"]["value"], count["norm"]["unit"]) == ("QUANTITY", 2, "岛")


def test_island_names_not_taken_from_ordinary_words():
    text = "我军登上该岛后，又在小岛和荒岛上搜索。"
    assert cands(text, "LOC") == []
    text = "敌人炮击了大、二鹰岛外的船只。"           # two islands sharing one head
    assert cands(text, "LOC") == []


def test_battle_named_by_an_island_and_a_border_war():
    text = "青蟹岛战斗结束后，中缅边境自卫反击作战随即打响。"
    assert cands(text, "EVENT") == [(0, 5), (9, 19)]
    assert spans(text, "EVENT") == ["青蟹岛战斗", "中缅边境自卫反击作战"]


def test_battle_of_a_settlement_but_not_a_fight_described():
    text = "孟家寨之战，官军大败。"
    assert cands(text, "EVENT") == [(0, 5)]
    text = "一场争夺孟家寨之战随即展开。"
    assert cands(text, "EVENT") == []


# --- MIL_UNIT -------------------------------------------------------------------------------------

def test_chinese_numeral_lists_sharing_one_echelon():
    text = "军区的五、六、九纵队及七、十一两个旅外，又编组了第二、第四、八等3个纵队。"
    assert unit(ent(text, "五、六、九纵队")) == ("MIL_UNIT", [5, 6, 9], "纵队", "")
    assert unit(ent(text, "第二、第四、八等3个纵队")) == ("MIL_UNIT", [2, 4, 8], "纵队", "")


def test_numeral_list_chained_after_a_designation_is_left_to_the_chain():
    text = "整编第四十师第一一二、第一一五两个旅北上。"
    assert (6, 21) not in cands(text, "MIL_UNIT")


def test_bare_corps_and_short_column():
    text = "三兵团司令员到达后，第四纵全力反攻。"
    assert unit(ent(text, "三兵团")) == ("MIL_UNIT", [3], "兵团", "")
    assert unit(ent(text, "第四纵")) == ("MIL_UNIT", [4], "纵队", "")


def test_region_command_named_by_an_unfamiliar_region():
    text = "另外，鹤岭军区组成一个旅。"
    assert unit(ent(text, "鹤岭军区")) == ("MIL_UNIT", [], "军区", "")


def test_state_armed_services():
    text = "越南共和国海军与大韩民国陆军都派了代表，中国人民解放军海军也到了。"
    assert unit(ent(text, "越南共和国海军")) == ("MIL_UNIT", [], "", "")
    assert unit(ent(text, "大韩民国陆军")) == ("MIL_UNIT", [], "", "")
    assert unit(ent(text, "中国人民解放军海军")) == ("MIL_UNIT", [], "", "")
    text = "他是中华民国陆军二级上将。"
    assert (2, 8) not in cands(text, "MIL_UNIT")


def test_taiping_and_nian_armies_and_the_great_camps():
    text = "捻军与太平军会合后，攻破江南大营。"
    assert unit(ent(text, "捻军")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "太平军")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "江南大营")) == ("MIL_UNIT", [], "大营", "")


# --- PERSON ---------------------------------------------------------------------------------------

def test_names_after_late_qing_posts_and_again():
    text = "副都统巴图孟克、额尔德尼等率马队为左路，总兵吴振邦领步队。巴图孟克奏称兵疲。"
    assert cands(text, "PERSON") == [(3, 7), (8, 12), (22, 25), (29, 33)]
    assert spans(text, "PERSON") == ["巴图孟克", "额尔德尼", "吴振邦", "巴图孟克"]


def test_a_post_that_is_also_a_verb_gives_no_name():
    text = "第三军守备柳湾东面，总兵力五千。"
    assert cands(text, "PERSON") == []


def test_commanders_between_a_designation_and_bu():
    text = "第五师林季安、陶振远部于拂晓前集结。"
    assert cands(text, "PERSON") == [(3, 6), (7, 10)]


def test_post_name_verb_and_recollection_everywhere():
    text = "站长柏青松带领巡逻队上岛。据柏青松回忆，对方先开了枪。"
    assert cands(text, "PERSON") == [(2, 5), (14, 17)]


def test_slavic_transliterations():
    text = "斯捷潘诺夫和拉基诺维奇率领的小组全部阵亡。"
    assert cands(text, "PERSON") == [(0, 5), (6, 11)]


# --- FAC / ORG / GPE / QUANTITY -------------------------------------------------------------------

def test_wharves_and_airfields():
    text = "炮火集中攻击石湾码头、金沙军机场，又指向蟹浦码头。"
    assert cands(text, "FAC") == [(6, 10), (11, 16), (20, 24)]
    assert spans(text, "FAC") == ["石湾码头", "金沙军机场", "蟹浦码头"]


def test_garrison_command_named_by_its_place():
    text = "厦门警备司令部副司令官当场身亡。"
    assert cands(text, "ORG") == [(0, 7)]


def test_place_before_a_direction_everywhere():
    text = "敌军在卡朗方向接连失利，卡朗的守军撤走了。"
    assert cands(text, "GPE") == [(3, 5), (12, 14)]


def test_duration_before_zhi_nei():
    text = "他一月之内连下三城。"
    q = ent(text, "一月")
    assert (q["label"], q["norm"]["value"], q["norm"]["unit"]) == ("QUANTITY", 1, "月")


def test_towns_and_islands_counted_and_calibres_not():
    text = "援军连下五城，又夺取两岛。炮群有105榴弹炮营和82迫击炮2个连。"
    q = ent(text, "五城")
    assert (q["label"], q["norm"]["value"], q["norm"]["unit"]) == ("QUANTITY", 5, "城")
    q = ent(text, "两岛")
    assert (q["label"], q["norm"]["value"], q["norm"]["unit"]) == ("QUANTITY", 2, "岛")
    assert "105" not in spans(text, "QUANTITY") and "82" not in spans(text, "QUANTITY")
    assert "2个连" in spans(text, "QUANTITY")


def test_guards_outline_numbers_shared_heads_and_generic_armies():
    text = "一、第五军守城。"                               # an outline number, not a list of designations
    assert (0, 6) not in cands(text, "MIL_UNIT")
    text = "敌机轰炸了柳州、梧州机场。"                       # two places sharing one head: not 梧州机场 alone
    assert cands(text, "FAC") == []
    text = "中华民国军队与越南共和国军对峙。"
    assert cands(text, "MIL_UNIT") == [(7, 13)]


def test_task_forces_bases_hilltops_and_infobox_commanders():
    text = "柏文山 (海军沙湾基地副司令员) |\n吴德茂 上校 (蓝湖特遣队指挥官) |"
    assert cands(text, "PERSON") == [(0, 3), (19, 22)]
    assert unit(ent(text, "海军沙湾基地")) == ("MIL_UNIT", [], "基地", "")
    assert unit(ent(text, "蓝湖特遣队")) == ("MIL_UNIT", [], "队", "")
    text = "第二纵队坚守鹰嘴顶、石门坳，敌人始终未能攻上鹰嘴顶。战士们爬上山顶。"
    assert cands(text, "LOC") == [(6, 9), (22, 25)]
    text = "张三 (1901—1950)"
    assert cands(text, "PERSON") == []


def test_slavic_names_not_cities_nor_a_verb_of_going_before_an_island():
    text = "华西列夫斯基和罗科索夫到达后，代表团返回特拉维夫。"
    assert cands(text, "PERSON") == [(0, 4), (0, 6), (7, 11)]          # 华西列夫 loses to the longer name
    assert spans(text, "PERSON") == ["华西列夫斯基", "罗科索夫"]
    text = "巡逻组上岛后，一路搜索。"
    assert cands(text, "LOC") == []


def test_foreign_leaders_known_to_the_dictionary():
    text = "阿拉法特对他非常信任。后来阿拉法特出访，会见了西哈努克。科威特首相到访。"
    assert cands(text, "PERSON") == [(0, 4), (13, 17), (23, 27)]


def test_north_china_villages_in_zi_and_a_mongol_prince():
    text = "敌人退到柳庄子，又逃往马营子。柳庄子的守敌投降。他坐在椅子上。"
    assert cands(text, "GPE") == [(4, 7), (11, 14), (15, 18)]
    text = "蒙古亲王巴特尔图率马队南下。"
    assert cands(text, "PERSON") == [(4, 8)]


def test_no_name_from_a_post_s_office():
    text = "两江总督府所在地，巡抚衙门的差役。"
    assert cands(text, "PERSON") == []


def test_named_positions_but_not_kinds_of_position():
    text = "敌人进犯至我柳树岗阵地前沿，又攻击南林阵地；我军依托既设阵地和河防阵地抗击。"
    assert cands(text, "FAC") == [(6, 11), (17, 21)]


def test_battles_named_by_a_settlement_or_piece_of_ground():
    text = "柳树岗战斗打响后，七里坡保卫战随即开始。这场战斗很激烈。"
    assert cands(text, "EVENT") == [(0, 5), (9, 15)]


def test_a_foreign_name_after_a_rank_or_post_is_a_person_everywhere():
    from pipeline import extract_text

    text = "盟军指挥官克拉克赶往前线视察，副司令威尔逊留守后方。"
    got = [(e["start"], e["end"], e["text"]) for e in extract_text(text)["entities"] if e["label"] == "PERSON"]
    assert got == [(5, 8, "克拉克"), (18, 21, "威尔逊")]
