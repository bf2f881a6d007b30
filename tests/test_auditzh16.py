"""Classes found by auditing Chinese unit histories, veterans' stories and 1945-49 battle pages (session 13,
auditzh16); own sentences, exact spans and values."""

from sentences import surface_norm as _norm, surface_spans as _spans


# ---------------------------------------------------------------- a verb of incorporation before a subdistrict

def test_incorporation_verb_outside_subdistrict():
    text = "同年冬，该营被纳入太行军区第3分区，次年划归冀南军区第五军分区。"
    units = _spans(text, "MIL_UNIT")
    assert ("太行军区第3分区", 9, 17, "MIL_UNIT") in units
    assert ("冀南军区第五军分区", 22, 31, "MIL_UNIT") in units
    assert _norm(text, "太行军区第3分区")["numbers"] == [3]


def test_office_and_plain_subdistrict_unchanged():
    text = "他后任冀中军区第六分区司令员。"
    assert ("冀中军区第六分区", 3, 11, "MIL_UNIT") in _spans(text, "MIL_UNIT")


# ---------------------------------------------------------------- a region's own independent unit

def test_region_before_independent_unit():
    text = "该营先编入豫西独立营，后与皖北独立旅合并。"
    units = _spans(text, "MIL_UNIT")
    assert ("豫西独立营", 5, 10, "MIL_UNIT") in units
    assert ("皖北独立旅", 13, 18, "MIL_UNIT") in units
    assert _norm(text, "皖北独立旅") == {**_norm(text, "皖北独立旅"), "echelon": "旅", "prefix": "独立", "numbers": []}


def test_region_independent_unit_not_after_count():
    text = "当时组建了两个独立团和第二个独立营。"
    units = [u for u in _spans(text, "MIL_UNIT")]
    assert not any("独立团" in u[0] or "独立营" in u[0] for u in units)


# ---------------------------------------------------------------- a given name ending in 和

def test_given_name_ending_in_he_before_adverb_or_verb():
    text = "老人李国和又翻开了相册。李国和说，那一仗打了三天。李国和作为副排长参战。"
    persons = _spans(text, "PERSON")
    assert ("李国和", 2, 5, "PERSON") in persons
    assert ("李国和", 12, 15, "PERSON") in persons
    assert ("李国和", 25, 28, "PERSON") in persons


def test_he_before_a_name_stays_a_conjunction():
    text = "班长李国和张铁柱一起冲上山头。"
    persons = _spans(text, "PERSON")
    assert not any(p[0] == "李国和" for p in persons)


# ---------------------------------------------------------------- a field army's short form before a short column

def test_field_army_abbreviation_with_short_column_after_verb():
    text = "1947年2月，该师编入华野9纵，后改称第25师。"
    units = _spans(text, "MIL_UNIT")
    assert ("华野9纵", 12, 16, "MIL_UNIT") in units
    norm = _norm(text, "华野9纵")
    assert norm["numbers"] == [9] and norm["echelon"] == "纵队"


def test_open_country_not_a_field_army():
    text = "敌人逃入西野之中。"
    assert not _spans(text, "MIL_UNIT")


# ---------------------------------------------------------------- armies named by the people and their cause

def test_province_people_anti_japanese_army_with_division():
    text = "1938年改称河北人民抗日联军第2师。"
    units = _spans(text, "MIL_UNIT")
    assert ("河北人民抗日联军第2师", 7, 18, "MIL_UNIT") in units
    assert not _spans(text, "GPE")


def test_people_anti_japanese_army_without_place_untagged():
    text = "他们号召组织人民抗日联军。"
    assert not _spans(text, "MIL_UNIT")


def test_region_guerrilla_detachment_numbered_after_its_kind():
    text = "1938年成立的河南人民抗日游击第3支队，后编为皖东抗日游击第二纵队。"
    units = _spans(text, "MIL_UNIT")
    assert ("河南人民抗日游击第3支队", 8, 20, "MIL_UNIT") in units
    assert ("皖东抗日游击第二纵队", 24, 34, "MIL_UNIT") in units
    assert _norm(text, "河南人民抗日游击第3支队")["numbers"] == [3]
    assert _norm(text, "皖东抗日游击第二纵队")["prefix"] == "游击"


def test_place_before_numbered_detachment_stays_apart():
    text = "河南第3支队随即出发。"
    assert ("第3支队", 2, 6, "MIL_UNIT") in _spans(text, "MIL_UNIT")


# ---------------------------------------------------------------- a branch regiment is no 兵团

def test_region_artillery_regiment_echelon():
    text = "1946年9月，该团整编为冀中军区炮兵团，另组建太岳军区骑兵团。"
    norm = _norm(text, "冀中军区炮兵团")
    assert norm["echelon"] == "团" and norm["prefix"] == "炮兵"
    assert _norm(text, "太岳军区骑兵团")["echelon"] == "团"


def test_commander_group_army_keeps_bingtuan():
    text = "黄百韬兵团被围。"
    assert _norm(text, "黄百韬兵团")["echelon"] == "兵团"


# ---------------------------------------------------------------- Korean War pages

def test_korean_village_battle_after_campaign():
    text = "在第五次战役下碣隅里战斗中，该连坚守阵地。"
    events = _spans(text, "EVENT")
    assert ("第五次战役", 1, 6, "EVENT") in events
    assert ("下碣隅里战斗", 6, 12, "EVENT") in events


def test_korean_village_fighting_at_stays_place():
    text = "部队在下碣隅里战斗了两天。"
    assert not _spans(text, "EVENT")
    assert ("下碣隅里", 3, 7, "GPE") in _spans(text, "GPE")


def test_group_army_headquarters_with_repeated_echelon():
    text = "1952年，该军改编成第十九兵团兵团部。"
    units = _spans(text, "MIL_UNIT")
    assert ("第十九兵团兵团部", 11, 19, "MIL_UNIT") in units
    norm = _norm(text, "第十九兵团兵团部")
    assert norm["numbers"] == [19] and norm["echelon"] == "兵团"


def test_military_region_service():
    text = "1950年，该军军部转隶中南军区海军，另一部编入西北军区空军。"
    units = _spans(text, "MIL_UNIT")
    assert ("中南军区海军", 12, 18, "MIL_UNIT") in units
    assert ("西北军区空军", 24, 30, "MIL_UNIT") in units


def test_military_region_before_service_post_stays_region():
    text = "他后任华北军区空军司令员。"
    units = _spans(text, "MIL_UNIT")
    assert not any(u[0].endswith("空军") for u in units)


def test_hero_named_company_and_platoon():
    text = "战后，上级将孙大勇生前所在连命名为“孙大勇连”，该连二排被授予“孙大勇排”称号。"
    units = _spans(text, "MIL_UNIT")
    assert ("孙大勇连", 18, 22, "MIL_UNIT") in units
    assert ("孙大勇排", 32, 36, "MIL_UNIT") in units
    assert _norm(text, "孙大勇排")["echelon"] == "排"
    assert ("孙大勇", 6, 9, "PERSON") in _spans(text, "PERSON")


def test_quoted_title_without_the_hero_elsewhere_untagged():
    text = "该连被授予“孙大勇连”称号。"
    assert not any(u[0] == "孙大勇连" for u in _spans(text, "MIL_UNIT"))


# ---------------------------------------------------------------- 1946-1950 dispatches and bandit-suppression pages

def test_bare_unit_keeps_its_qualifier_before_its_post():
    text = "王大海任警备三旅旅长，刘长林任教导一旅参谋长。"
    units = _spans(text, "MIL_UNIT")
    assert ("警备三旅", 4, 8, "MIL_UNIT") in units
    assert ("教导一旅", 15, 19, "MIL_UNIT") in units
    assert _norm(text, "警备三旅") == {**_norm(text, "警备三旅"), "numbers": [3], "echelon": "旅", "prefix": "警备"}


def test_bare_unit_without_qualifier_unchanged():
    text = "他任三旅旅长。"
    assert ("三旅", 2, 4, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_numeral_place_where_a_force_is_stationed():
    text = "驻四平蒋军一个团出城增援，盘踞九台之敌亦蠢蠢欲动。"
    gpes = _spans(text, "GPE")
    assert ("四平", 1, 3, "GPE") in gpes
    assert ("九台", 15, 17, "GPE") in gpes
    assert not any(q[0] in ("四平", "九台") for q in _spans(text, "QUANTITY"))


def test_stationed_count_of_battalions_stays_a_count():
    text = "该团驻三营。"
    assert not _spans(text, "GPE")


def test_democratic_united_army_short_form():
    text = "辽北地区民主联军于十日发起反击。"
    units = _spans(text, "MIL_UNIT")
    assert ("民主联军", 4, 8, "MIL_UNIT") in units
    assert _norm(text, "民主联军")["side"] == "CCP"


def test_bandit_chief_by_surname():
    text = "1950年3月，我军围歼匪首周天保部。周匪遭到打击后，率残部逃入深山。"
    persons = _spans(text, "PERSON")
    assert ("周天保", 14, 17, "PERSON") in persons
    assert ("周", 19, 20, "PERSON") in persons
    assert not any(p[0] == "周匪" for p in persons)


def test_bandit_words_not_persons():
    text = "土匪遭到打击后逃走，残匪被肃清。"
    assert not _spans(text, "PERSON")


# ---------------------------------------------------------------- 1950s-1979 pages

def test_railway_corps_before_its_units():
    text = "1970年，铁道兵八师三十九团在成昆线施工，后调入铁道兵第十一师。"
    units = _spans(text, "MIL_UNIT")
    assert ("铁道兵八师三十九团", 6, 15, "MIL_UNIT") in units
    assert ("铁道兵第十一师", 25, 32, "MIL_UNIT") in units
    assert _norm(text, "铁道兵八师三十九团")["numbers"] == [8, 39]


def test_given_name_ending_in_he_before_a_second_conjunction():
    text = "敌人杀害了副营长孙立和及战士十余人。"
    assert ("孙立和", 8, 11, "PERSON") in _spans(text, "PERSON")


def test_now_gloss_place_after_party_abbreviation():
    text = "叛乱武装围攻中共墨脱(现墨脱县)县委，又袭击了德庆(现达孜)一带。"
    gpes = _spans(text, "GPE")
    assert not any(g[0].startswith("共") for g in gpes)
    assert ("德庆", 23, 25, "GPE") in gpes
    assert ("中共", 6, 8, "ORG") in _spans(text, "ORG")


def test_named_force_with_region_command_and_column_after_a_date():
    text = "1946年5月东北民主联军吉辽军区第三纵队在此设伏。"
    assert ("东北民主联军吉辽军区第三纵队", 7, 21, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_theater_command():
    text = "该旅现驻广西，隶属于南部战区。"
    units = _spans(text, "MIL_UNIT")
    assert ("南部战区", 10, 14, "MIL_UNIT") in units
    assert _norm(text, "南部战区")["echelon"] == "战区"


def test_other_name_after_its_word():
    text = "刘大根烈士，乳名小柱，原名刘长根，1947年参军。"
    persons = _spans(text, "PERSON")
    assert ("小柱", 8, 10, "PERSON") in persons
    assert ("刘长根", 13, 16, "PERSON") in persons


def test_other_name_question_untagged():
    text = "你的乳名叫什么？"
    assert not _spans(text, "PERSON")


# ---------------------------------------------------------------- veterans' stories, Traditional-script books

def test_country_style_is_no_place():
    text = "我用的是一支捷克式步枪，后来换了日本式马枪。"
    assert not _spans(text, "GPE")


def test_country_still_a_place():
    text = "他曾去过捷克和日本。"
    gpes = _spans(text, "GPE")
    assert ("捷克", 4, 6, "GPE") in gpes and ("日本", 7, 9, "GPE") in gpes


def test_conscription_district_named_by_a_town_with_training_unit():
    text = "我先入柳树店师管区3团训练，后来补入部队。"
    units = _spans(text, "MIL_UNIT")
    assert ("柳树店师管区3团", 3, 11, "MIL_UNIT") in units
    assert _norm(text, "柳树店师管区3团")["numbers"] == [3]


def test_bare_conscription_district_untagged():
    text = "新兵被送到了师管区。"
    assert not _spans(text, "MIL_UNIT")


def test_corner_quoted_nickname_units():
    text = "該師第3團，即所謂「鐵拳團」，守在村東；另有「黃河營」擔任突擊。"
    units = _spans(text, "MIL_UNIT")
    assert ("鐵拳團", 10, 13, "MIL_UNIT") in units
    assert ("黃河營", 23, 26, "MIL_UNIT") in units


# ---------------------------------------------------------------- Korean War: British regiments

def test_british_regiments_by_name():
    text = "1951年4月，英军格洛斯特团第1营在临津江被围；皇家诺森伯兰燧发枪团也遭重创。"
    units = _spans(text, "MIL_UNIT")
    assert ("格洛斯特团第1营", 10, 18, "MIL_UNIT") in units
    assert ("皇家诺森伯兰燧发枪团", 25, 35, "MIL_UNIT") in units
    assert _norm(text, "格洛斯特团第1营")["echelon"] == "营"


def test_british_numbered_units_stay_with_the_units_finder():
    text = "英军二十九旅三团的团长被俘。"
    units = _spans(text, "MIL_UNIT")
    assert ("二十九旅三团", 2, 8, "MIL_UNIT") in units


def test_three_province_base_areas():
    text = "晋绥、冀中、冀鲁豫各抽调一个团，连同冀热辽部队一部开赴东北。"
    locs = _spans(text, "LOC")
    assert ("冀鲁豫", 6, 9, "LOC") in locs
    assert ("冀热辽", 18, 21, "LOC") in locs
    assert not any(g[0] == "冀" for g in _spans(text, "GPE"))


def test_base_area_military_region_stays_a_unit():
    text = "冀鲁豫军区部队随即出动。"
    assert ("冀鲁豫军区", 0, 5, "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_sacrifice_league_full_name_and_field_group():
    text = "该团前身是山西青年抗敌决死3纵队第7总队，1947年编入西北野战兵团。"
    units = _spans(text, "MIL_UNIT")
    assert ("山西青年抗敌决死3纵队第7总队", 5, 20, "MIL_UNIT") in units
    assert ("西北野战兵团", 28, 34, "MIL_UNIT") in units
    norm = _norm(text, "山西青年抗敌决死3纵队第7总队")
    assert norm["numbers"] == [3, 7] and norm["echelon"] == "总队"
    assert not _spans(text, "GPE")


def test_sacrifice_spirit_is_no_force():
    text = "发扬青年抗敌决死精神。"
    assert not _spans(text, "MIL_UNIT")


# ---------------------------------------------------------------- commemorative news features

def test_veteran_named_after_his_age():
    text = "当天，93岁的邵长顺老人和91岁的冯桂生老兵一起参观了展览。"
    persons = _spans(text, "PERSON")
    assert ("邵长顺", 7, 10, "PERSON") in persons
    assert ("冯桂生", 17, 20, "PERSON") in persons


def test_age_before_a_plain_noun_is_no_person():
    text = "92岁的志愿军老兵说，90岁的华侨说，战争很残酷。"
    assert not _spans(text, "PERSON")


def test_age_before_kin_title_or_place_is_no_person():
    text = "85岁的张大妈说，93岁的长沙老人也来了。"
    assert not _spans(text, "PERSON")


def test_regions_listed_before_one_military_region():
    text = "调进东北的有冀中、冀南、太行等军区主力部队各一部。"
    units = _spans(text, "MIL_UNIT")
    assert ("冀中、冀南、太行等军区", 6, 17, "MIL_UNIT") in units
    assert _norm(text, "冀中、冀南、太行等军区")["echelon"] == "军区"


def test_names_listed_before_military_region_cadres_untagged():
    text = "上级调集了张三、李四等军区干部。"
    assert not _spans(text, "MIL_UNIT")
