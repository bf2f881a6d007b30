"""Session 24 (s24zhunit): late-Qing and Republican forces, societies and wars on real pages: armed village societies,
Boxer bands and the Hong lodges (pipeline/rules/armed_societies_zh.py); wars named by a sexagenary year and a short
name (cyclic_year_events_zh.py); the Green Standard commands named by their seat (green_standard_commands_zh.py).
Sentences written for these tests; exact spans, labels, values, and what must not be tagged."""

from __future__ import annotations

from sentences import ent, ents, spans, unit


# --- MIL_UNIT: armed village societies and Boxer bands ---------------------------------------------------------

def test_county_before_a_sword_society_is_one_unit():
    text = "民国十五年，林口县大刀会夜袭匪巢，杀匪首二十余人。"
    assert unit(ent(text, "林口县大刀会")) == ("MIL_UNIT", [], "", "")
    assert ("林口县", "GPE") not in ents(text)


def test_spear_societies_by_colour():
    text = "该县红枪会三百人攻入县城，黄枪会随后赶到。"
    assert ("红枪会", "MIL_UNIT") in ents(text)
    assert ("黄枪会", "MIL_UNIT") in ents(text)
    assert ("三百人", "QUANTITY") in ents(text)


def test_sect_army_is_not_the_city_inside_it():
    text = "次年，石匠出身的周德海组织天门会，防御土匪。"
    assert ("天门会", "MIL_UNIT") in ents(text)
    assert ("天门", "GPE") not in ents(text)


def test_boxer_band_named_by_a_trigram():
    text = "坤字团首领王德胜率众进城，震字团随后亦到。"
    assert unit(ent(text, "坤字团")) == ("MIL_UNIT", [], "", "")
    assert ("震字团", "MIL_UNIT") in ents(text)


def test_members_and_risings_are_not_the_society():
    text = "大刀会众数百人聚于庙前。"
    assert not spans(text, "MIL_UNIT")
    text = "1853年厦门小刀会起义失败，红枪会起义随之而起。"
    assert ("厦门小刀会起义", "EVENT") in ents(text)
    assert ("红枪会起义", "EVENT") in ents(text)
    assert not spans(text, "MIL_UNIT") and not spans(text, "ORG")


# --- ORG: the Hong lodges ------------------------------------------------------------------------------------------

def test_hong_lodges_in_a_lodge_frame():
    text = "他早年加入洪门，后任洪门致公堂龙头。"
    assert spans(text, "ORG") == ["洪门", "洪门", "致公堂"]


def test_a_lodge_with_its_city_is_one_org():
    text = "纽约致公堂为革命捐款，上海小刀会亦曾响应。"
    assert ("纽约致公堂", "ORG") in ents(text)
    assert ("上海小刀会", "ORG") in ents(text)


def test_the_town_of_hongmen_stays_a_place():
    text = "他到洪门镇探亲。"
    assert ("洪门镇", "GPE") in ents(text)
    assert not spans(text, "ORG")


# --- EVENT: a sexagenary year, a short name and a head ---------------------------------------------------------------

def test_cyclic_year_with_the_parties_and_a_head():
    text = "甲午中日之役，海军覆没；癸丑讨袁之役失败后，他东渡日本。"
    assert ("甲午中日之役", "EVENT") in ents(text)
    assert ("癸丑讨袁之役", "EVENT") in ents(text)


def test_no_event_across_a_year_word_or_without_a_cycle_pair():
    assert not spans("甲午年间的战争", "EVENT")
    assert not spans("甲乙两军之战", "EVENT")


# --- MIL_UNIT: Green Standard commands named by their seat ---------------------------------------------------------

def test_brigade_command_before_its_general():
    text = "朝廷调湖北襄阳镇总兵李长庚率兵前往。"
    assert unit(ent(text, "襄阳镇")) == ("MIL_UNIT", [], "镇", "")
    assert ("湖北", "GPE") in ents(text)
    assert ("李长庚", "PERSON") in ents(text)


def test_a_commands_own_battalion():
    text = "由宜昌镇标左营拨兵二百。"
    assert unit(ent(text, "宜昌镇标左营")) == ("MIL_UNIT", [], "镇", "")


def test_a_towns_strength_or_head_is_no_command():
    text = "三河镇总兵力三千人。"
    assert not spans(text, "MIL_UNIT")
    assert ("三河镇", "GPE") in ents(text)


def test_a_seat_the_lexicon_does_not_hold_before_the_post():
    # session 26 (s26mine): the post 总兵 names the brigade whatever its seat (a mountain, an old prefecture)
    text = "朝廷命鹰嘴镇总兵刘明远率部前往。"
    assert unit(ent(text, "鹰嘴镇")) == ("MIL_UNIT", [], "镇", "")
    assert ("刘明远", "PERSON") in ents(text)
    text = "清初于此设青石镇总兵,统辖水师。"
    assert unit(ent(text, "青石镇")) == ("MIL_UNIT", [], "镇", "")
    text = "由江西临春镇总兵率兵驰援。"
    assert unit(ent(text, "临春镇")) == ("MIL_UNIT", [], "镇", "")
    assert ("江西", "GPE") in ents(text)


def test_brigade_troops_sent_by_a_verb_of_dispatch():
    text = "巡抚又调宣平镇兵前赴邓州。"
    assert unit(ent(text, "宣平镇")) == ("MIL_UNIT", [], "镇", "")
    # a count of brigades is no brigade
    assert not spans("提督督贵州三镇兵进剿。", "MIL_UNIT")


# --- EVENT: a rising named after its leader, the places before it their own spans -----------------------------------

def test_province_before_a_leaders_rising():
    text = "1861年，山东宋德山起义失败后，余众散去。"
    assert ("宋德山起义", "EVENT") in ents(text)
    assert ("山东", "GPE") in ents(text)
    assert not spans(text, "PERSON")


def test_county_name_inside_the_given_name_does_not_cut_the_event():
    text = "天理教李文成起义，攻占滑县。"
    assert ("李文成起义", "EVENT") in ents(text)
    assert ("文成起义", "EVENT") not in ents(text)


def test_two_places_and_a_name_with_yi():
    text = "湖北崇阳钟人杰起义与台湾朱一贵起义相隔百年。"
    assert ("钟人杰起义", "EVENT") in ents(text)
    assert ("朱一贵起义", "EVENT") in ents(text)
    assert ("崇阳", "GPE") in ents(text) and ("台湾", "GPE") in ents(text)


def test_groups_of_people_and_a_risings_army_are_no_leader():
    assert not spans("贵州的苗民起义军攻占晃州。", "EVENT")
    assert not spans("左翼暴动未成。", "EVENT")


# --- EVENT: a town's wave of unrest; MIL_UNIT: brave armies added to lexicons/named_units.tsv -------------------------

def test_a_towns_rice_riot_is_one_event():
    text = "1910年，莱阳抗捐风潮之后，山东某县罢市风潮又起。"
    assert ("莱阳抗捐风潮", "EVENT") in ents(text)
    assert not any(s == "莱阳" for s in spans(text, "GPE"))


def test_a_wave_without_a_town_is_no_name():
    assert not spans("各地掀起了猛烈的抢米风潮，这场风潮持续数月。", "EVENT")


def test_brave_armies_and_the_constitution_army():
    text = "聂士成的武毅军与王鑫的老湘营不同时；孙中山组织护法军北伐。"
    assert unit(ent(text, "武毅军")) == ("MIL_UNIT", [], "军", "")
    assert ("老湘营", "MIL_UNIT") in ents(text)
    assert ("护法军", "MIL_UNIT") in ents(text)


# --- MIL_UNIT: a cause-named force's numbered army written without 军 after the cause -------------------------------

def test_cause_word_then_the_numbered_army_is_one_unit():
    text = "靖国第二军进至某城，建国第三军军长王德胜随后到达。"
    assert unit(ent(text, "靖国第二军")) == ("MIL_UNIT", [2], "军", "")
    assert unit(ent(text, "建国第三军")) == ("MIL_UNIT", [3], "军", "")
    assert ("第二军", "MIL_UNIT") not in ents(text)


def test_the_named_force_form_and_a_longer_word_are_left_alone():
    assert ("护国军第一军", "MIL_UNIT") in ents("护国军第一军右翼出发。")
    assert not spans("保护国第一次会议", "MIL_UNIT")
