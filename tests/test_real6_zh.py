"""Chinese text as third-party pages write it, classes seen on real-dev6-zh (session 6): commanders before 所部,
names after 另 / before 当局 / after a command post / alone on a caption line, counts of formations written without
个, a count of one after its noun, field-army abbreviations (二野第4兵团), headquarters with their formation (第N兵团部),
task forces with a bare designation, brigades named after their commander, seasonal campaigns, battles named after a
settlement (and that settlement everywhere), railway lists sharing one head, security commands, a province read as
its river after a verb of taking, two neighbouring months, the divided states before 军, the Beiyang-era named armies
and the ROK Capital Division, noon as a clock time.

Every sentence is written for this file with invented names, places and numbers; tests assert exact spans
(start, end, label) and exact normalised values.
"""

from __future__ import annotations

import pytest

from sentences import ent, ents, unit


def quantity(e: dict) -> tuple:
    return (e["label"], e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"])


# --- PERSON ------------------------------------------------------------------------------------------

def test_commander_between_unit_and_suo_bu():
    text = "城北有独立第五师郝振声所部三千人，西门由骑兵第二旅贾树声所部据守。"
    assert ent(text, "郝振声")["label"] == "PERSON"
    assert ent(text, "贾树声")["label"] == "PERSON"
    assert unit(ent(text, "独立第五师")) == ("MIL_UNIT", [5], "师", "独立")


def test_name_after_ling_before_lead_or_count():
    text = "城内有四师、一混成旅（另冯德全率一混成团驻守南关，另韩长林一旅于1922年赴甲县未回）。"
    assert ent(text, "冯德全")["label"] == "PERSON"
    assert ent(text, "韩长林")["label"] == "PERSON"
    assert quantity(ent(text, "四师")) == ("QUANTITY", 4, "师", None)
    assert quantity(ent(text, "一混成旅")) == ("QUANTITY", 1, "混成旅", None)
    assert quantity(ent(text, "一混成团")) == ("QUANTITY", 1, "混成团", None)
    assert quantity(ent(text, "一旅")) == ("QUANTITY", 1, "旅", None)


def test_leader_before_dangju_but_not_a_country():
    text = "但郭永昌当局拒绝签字，迫使南斯拉夫当局让步。"
    assert ent(text, "郭永昌")["label"] == "PERSON"
    assert not [s for s, label in ents(text) if label == "PERSON" and "斯拉" in s]


def test_transliterated_name_after_command_post():
    text = "其总司令福特曾到前线视察。"
    assert ent(text, "福特")["label"] == "PERSON"


def test_name_alone_on_a_caption_line():
    text = "战斗十分激烈，双方伤亡很大。\n葛青云\n此后部队转移到山区休整。"
    assert ent(text, "葛青云")["label"] == "PERSON"


# --- QUANTITY ----------------------------------------------------------------------------------------

def test_count_of_one_after_its_noun():
    text = "高射机枪击落敌机一架。"
    assert quantity(ent(text, "一架")) == ("QUANTITY", 1, "架", None)


def test_designations_are_not_counts():
    text = "第一混成旅和混成第二旅向东。"
    assert unit(ent(text, "第一混成旅")) == ("MIL_UNIT", [1], "旅", "混成")
    assert not [s for s, label in ents(text) if label == "QUANTITY"]


# --- MIL_UNIT ----------------------------------------------------------------------------------------

def test_field_army_abbreviations_alone_and_with_a_member():
    text = "战役由三野第9兵团和二野主力担任，一野也派出一部。"
    assert unit(ent(text, "三野第9兵团")) == ("MIL_UNIT", [3, 9], "兵团", "")
    assert unit(ent(text, "二野")) == ("MIL_UNIT", [2], "野战军", "")
    assert unit(ent(text, "一野")) == ("MIL_UNIT", [1], "野战军", "")


def test_open_country_is_no_field_army():
    text = "寒风吹过四野，一片寂静。"
    assert not [s for s, label in ents(text) if label == "MIL_UNIT"]


def test_headquarters_written_with_its_formation():
    text = "第二十一兵团部设在城东，第8军部驻乙镇，第3军部署在河岸。"
    assert unit(ent(text, "第二十一兵团部")) == ("MIL_UNIT", [21], "兵团", "")
    assert unit(ent(text, "第8军部")) == ("MIL_UNIT", [8], "军", "")
    assert unit(ent(text, "第3军")) == ("MIL_UNIT", [3], "军", "")


def test_task_force_with_a_bare_designation():
    text = "黄昏时东集团115师首先渡河。"
    assert unit(ent(text, "东集团115师")) == ("MIL_UNIT", [115], "师", "")


def test_brigades_named_after_their_commander():
    text = "刘部韩凤岐旅和魏长庚旅向北撤退。"
    assert unit(ent(text, "韩凤岐旅")) == ("MIL_UNIT", [], "旅", "")
    assert unit(ent(text, "魏长庚旅")) == ("MIL_UNIT", [], "旅", "")


def test_beiyang_named_armies_and_the_rok_capital_division():
    text = "参战军改称边防军，边防军第二师驻廊坊；首都师第26团守山口。"
    assert unit(ent(text, "参战军")) == ("MIL_UNIT", [], "军", "")
    assert unit(ent(text, "边防军第二师")) == ("MIL_UNIT", [2], "师", "")
    assert unit(ent(text, "首都师第26团")) == ("MIL_UNIT", [26], "团", "")


def test_divided_state_before_jun_is_the_country():
    text = "侦察班化装成北韩军混入，又遇到南朝鲜军的哨兵。"
    assert ent(text, "北韩")["label"] == "GPE"
    assert ent(text, "南朝鲜")["label"] == "GPE"
    assert not [s for s, label in ents(text) if label == "MIL_UNIT"]


# --- EVENT / GPE / FAC / ORG / DATE ------------------------------------------------------------------

def test_seasonal_campaign_is_an_event():
    text = "东北民主联军发起1947年秋季攻势，又在冬季攻势中攻克甲城。"
    assert ent(text, "1947年秋季攻势")["label"] == "EVENT"
    assert ent(text, "冬季攻势")["label"] == "EVENT"


def test_battle_named_after_a_settlement_and_the_settlement_everywhere():
    text = "部队在桃树坪全歼守敌，取得桃树坪大捷；桃树坪战斗结束后北上桃树坪以东。"
    assert ent(text, "桃树坪大捷")["label"] == "EVENT"
    assert ent(text, "桃树坪战斗")["label"] == "EVENT"
    assert ent(text, "桃树坪")["label"] == "GPE"
    assert ent(text, "桃树坪", 3)["label"] == "GPE"


def test_railway_list_sharing_one_head():
    text = "甲城位于京绥、平汉、正德铁路之间。"
    assert ent(text, "京绥、平汉、正德铁路")["label"] == "FAC"


def test_security_command_is_an_org():
    text = "四月五日，国民党的川东保安司令部移驻甲城。"
    assert ent(text, "川东保安司令部")["label"] == "ORG"


def test_province_read_as_river_after_a_verb_of_taking():
    text = "日军企图占领黑龙江，守军退过黑龙江。"
    assert ent(text, "黑龙江")["label"] == "GPE"
    assert ent(text, "黑龙江", 1)["label"] == "LOC"


def test_two_neighbouring_months_after_a_year():
    text = "1950年七八月份，部队北调。"
    assert ent(text, "1950年七八月份")["norm"]["value"] == "1950-07"


def test_noon_is_a_clock_time():
    text = "1950年5月2日正午，先头营到达。"
    assert ent(text, "1950年5月2日正午")["norm"]["value"] == "1950-05-02T12:00"


@pytest.mark.parametrize("text", ["当局宣布戒严。", "有关当局正在调查。", "他有三师兄弟。"])
def test_words_that_are_none_of_these(text):
    assert not [s for s, label in ents(text) if label in ("PERSON", "QUANTITY")]


# --- second round: Korean War and 1920s classes --------------------------------------------------------

def test_named_force_before_a_chain_of_designations_is_one_span():
    text = "志愿军第47军第140师于12月3日到达江边。"
    assert unit(ent(text, "志愿军第47军第140师")) == ("MIL_UNIT", [47, 140], "师", "")


def test_contingent_named_by_its_country():
    text = "希腊营在山脊上坚守，菲律宾营随后撤离。"
    assert unit(ent(text, "希腊营")) == ("MIL_UNIT", [], "营", "")
    assert unit(ent(text, "菲律宾营")) == ("MIL_UNIT", [], "营", "")


def test_quoted_unit_nicknames():
    text = "战士们冲进“黑鹰团”的指挥所，击溃了号称“铁三军”的部队，却未遇到所谓“主力部队”。"
    assert unit(ent(text, "黑鹰团")) == ("MIL_UNIT", [], "团", "")
    assert unit(ent(text, "铁三军")) == ("MIL_UNIT", [3], "军", "")
    assert not [s for s, label in ents(text) if s == "主力部队"]


def test_leader_of_a_defeated_force():
    text = "东征军在甲镇击败邹德林部，歼灭罗振东部主力。"
    assert ent(text, "邹德林")["label"] == "PERSON"
    assert ent(text, "罗振东")["label"] == "PERSON"
    assert unit(ent(text, "东征军")) == ("MIL_UNIT", [], "军", "")


def test_korean_villages_ending_in_ri():
    text = "志愿军先头团穿插至龙渊里，美军退守松岩里，龙渊里战斗随即打响。我们在这里，夜里到村里，把电台搬到战壕里。"
    assert ent(text, "龙渊里")["label"] == "GPE"
    assert ent(text, "龙渊里", 1)["label"] == "GPE"
    assert ent(text, "松岩里")["label"] == "GPE"
    assert not [s for s, label in ents(text) if s in ("这里", "夜里", "村里", "战壕里")]


def test_ri_is_inside_in_a_text_not_about_korea():
    text = "部队穿插至龙渊里，旅长在电文里说明了情况。"
    assert not [s for s, label in ents(text) if s.endswith("里")]


def test_short_form_of_the_military_commission():
    text = "军委批准了这个计划。"
    assert ent(text, "军委")["label"] == "ORG"


def test_named_wars_and_movements_of_the_republic():
    text = "1913年讨袁战争失败后，他参加护法运动；第二次国内革命战争时期又经历了中东路事件和福建事变。"
    for name in ("讨袁战争", "护法运动", "第二次国内革命战争", "中东路事件", "福建事变"):
        assert ent(text, name)["label"] == "EVENT"


def test_korean_war_offensives_by_ordinal_in_a_text_about_korea():
    text = "第三次战役中志愿军突破三八线。"
    assert ent(text, "第三次战役")["label"] == "EVENT"


def test_a_clause_starting_with_a_name_leading_his_force():
    text = "城破之后，韩守业率残部200余人向西突围。"
    assert ent(text, "韩守业")["label"] == "PERSON"
    assert quantity(ent(text, "200余人")) == ("QUANTITY", 200, "人", "over")


def test_korean_villages_listed_after_the_first():
    text = "志愿军将敌分割包围在龙渊里和新坪里、松岩里一线。"
    for name in ("龙渊里", "新坪里", "松岩里"):
        assert ent(text, name)["label"] == "GPE"


def test_military_subdistrict_after_its_region():
    text = "冀南军区第三分区司令员率部出击，太岳军区第5军分区配合。"
    assert unit(ent(text, "冀南军区第三分区")) == ("MIL_UNIT", [3], "军分区", "")
    assert unit(ent(text, "太岳军区第5军分区")) == ("MIL_UNIT", [5], "军分区", "")


def test_regional_pla_and_field_army_short_forms_before_main_force():
    text = "华东人民解放军于5月攻占甲城，西野主力随后北上。"
    assert unit(ent(text, "华东人民解放军")) == ("MIL_UNIT", [], "", "")
    assert unit(ent(text, "西野")) == ("MIL_UNIT", [], "野战军", "")


def test_one_after_a_word_of_exclusion_counts():
    text = "这是全省唯一一支骑兵，而炮兵只有一个。"
    assert quantity(ent(text, "一支")) == ("QUANTITY", 1, "支", None)
    assert quantity(ent(text, "一个")) == ("QUANTITY", 1, "个", None)
    assert not [s for s, label in ents("他们组成了一个联盟。") if label == "QUANTITY"]
    text = "三个师中只有一个师到达河岸。"
    assert quantity(ent(text, "一个师")) == ("QUANTITY", 1, "个师", None)


def test_korean_villages_ending_in_dong_in_a_list():
    text = "志愿军一部在甲井、松水洞地区伏击敌军，部队藏在山洞里。"
    assert ent(text, "松水洞")["label"] == "GPE"
    assert not [s for s, label in ents(text) if s.endswith("洞里") or s == "山洞"]


def test_new_army_echelons_of_1904_1912():
    text = "当晚新军第七镇辎重第三营首先起事，第十九混成协响应，北洋第五镇统制率部南下。"
    assert unit(ent(text, "新军第七镇辎重第三营")) == ("MIL_UNIT", [7, 3], "营", "")
    assert unit(ent(text, "第十九混成协")) == ("MIL_UNIT", [19], "协", "混成")
    assert unit(ent(text, "北洋第五镇")) == ("MIL_UNIT", [5], "镇", "")
    assert not [s for s, label in ents("武汉三镇商业繁荣。") if label == "MIL_UNIT"]


def test_leader_after_the_unit_he_belongs_to():
    text = "粤军第二师洪兆麟部向东撤退，第三师司令部随行。"
    assert ent(text, "洪兆麟")["label"] == "PERSON"
    assert not [s for s, label in ents(text) if label == "PERSON" and s.startswith("司令")]


def test_queue_army_is_a_named_force():
    text = "1917年夏，辫子军开进京城。"
    assert unit(ent(text, "辫子军")) == ("MIL_UNIT", [], "军", "")


def test_walled_town_entered_is_one_place():
    text = "次日凌晨先头营攻入青山城，主力包围了全城。"
    assert ent(text, "青山城")["label"] == "GPE"
    assert not [s for s, label in ents(text) if s == "全城"]


def test_independent_short_form_and_field_army_chains():
    text = "独5旅在侧翼掩护，独七团随后跟进；三野九兵团二十军五十八师渡江。"
    assert unit(ent(text, "独5旅")) == ("MIL_UNIT", [5], "旅", "独立")
    assert unit(ent(text, "独七团")) == ("MIL_UNIT", [7], "团", "独立")
    assert unit(ent(text, "三野九兵团二十军五十八师")) == ("MIL_UNIT", [3, 9, 20, 58], "师", "")


def test_pacification_zone_and_military_administrative_headquarters():
    text = "第十一绥靖区司令官率部北撤，西南军政长官公署随即移驻甲城。"
    assert unit(ent(text, "第十一绥靖区")) == ("MIL_UNIT", [11], "绥靖区", "")
    assert ent(text, "西南军政长官公署")["label"] == "ORG"


def test_korean_counties_and_cities_by_their_hanja_names():
    text = "部队进抵涟川、加平一线，随后攻占价川和熙川；第九十二军部署在城南。"
    for name in ("涟川", "加平", "价川", "熙川"):
        assert ent(text, name)["label"] == "GPE"
    assert not [s for s, label in ents(text) if s == "城南"]


def test_battle_named_after_a_known_place_and_base_areas():
    text = "1949年5月部队发起上海战役，随后转入苏中解放区休整，鄂豫皖苏区早已恢复。"
    assert ent(text, "上海战役")["label"] == "EVENT"
    # session 8 reading: a base area is tagged by its region only (LOC 苏中, 鄂豫皖)
    assert ent(text, "苏中")["label"] == "LOC"
    assert ent(text, "鄂豫皖")["label"] == "LOC"
    assert not [s for s, label in ents(text) if s in ("苏中解放区", "鄂豫皖苏区")]


def test_names_listed_before_a_fate_of_war():
    text = "守城的韩德勤、吴化民被俘，守军全部被俘。"
    assert ent(text, "韩德勤")["label"] == "PERSON"
    assert ent(text, "吴化民")["label"] == "PERSON"
    assert not [s for s, label in ents(text) if s in ("守军", "全部")]
