"""Place, facility and event classes seen in real third-party text (issue 8 §2).

Every sentence here is written for the test; each asserts exact spans and labels.
"""

from pipeline.normalize.places import place_lexicon
from pipeline.rules.events_facilities import find_events, find_facilities
from pipeline.rules.places import find_places


def spans(text):
    return [(c.start, c.end, text[c.start : c.end], c.label) for c in find_places(text)]


def texts(finder, text):
    return [(c.start, c.end, text[c.start : c.end]) for c in finder(text)]


# ---------------------------------------------------------------- foreign places
def test_foreign_divisions_are_whole_names_not_a_chinese_county_inside():
    text = "他生于千叶县，后移居佛罗里达州，又到神奈川县任职。"
    assert spans(text) == [(3, 6, "千叶县", "GPE"), (10, 15, "佛罗里达州", "GPE"), (18, 22, "神奈川县", "GPE")]
    got = find_places(text)
    assert [c.norm["id"] for c in got] == ["iso:JP-12", "iso:US-FL", "iso:JP-14"]


def test_foreign_lexicon_is_complete_for_japan_and_the_usa():
    lexicon = place_lexicon()
    jp = {e.id for e in lexicon.values() if e.id and e.id.startswith("iso:JP-")}
    us = {e.id for e in lexicon.values() if e.id and e.id.startswith("iso:US-")}
    assert len(jp) == 47
    assert len(us) == 50
    assert lexicon["得克萨斯州"].label == "GPE" and lexicon["冲绳县"].id == "iso:JP-47"


def test_short_japanese_forms_that_are_common_words_need_the_suffix():
    text = "山口一带的部队和秋田的朋友；山口县与秋田县。"
    assert spans(text) == [(14, 17, "山口县", "GPE"), (18, 21, "秋田县", "GPE")]


def test_korean_cities_and_counties_and_the_counties_of_taiwan():
    text = "美军退往铁原、涟川一线，撤出议政府，志愿军进至价川。台东与苗栗。"
    assert [(s[2], s[3]) for s in spans(text)] == [
        ("铁原", "GPE"), ("涟川", "GPE"), ("议政府", "GPE"), ("价川", "GPE"), ("台东", "GPE"), ("苗栗", "GPE")]


def test_a_town_name_that_is_part_of_a_personal_name_is_left_out():
    assert spans("德穆楚克栋鲁普策动叛乱。") == []


def test_burmese_and_thai_towns():
    text = "日军自北碧沿铁路进至蒙育瓦，再攻东枝。"
    assert spans(text) == [(3, 5, "北碧", "GPE"), (10, 13, "蒙育瓦", "GPE"), (16, 18, "东枝", "GPE")]


# ---------------------------------------------------------------- suffixes and readings
def test_zhou_city_and_county_become_district():
    text = "赣州城被围，守军自萧县区撤出。他们从余姚区出发。"
    assert spans(text)[:1] == [(0, 3, "赣州城", "GPE")]
    assert (18, 21, "余姚区", "GPE") in spans(text)


def test_native_of_a_county_is_a_place_but_a_nation_is_a_demonym():
    text = "他是醴陵人，不是日本人。"
    assert spans(text) == [(2, 4, "醴陵", "GPE")]


def test_conjunction_before_county_government_and_direction_before_to():
    text = "他当过店员和县府文书。部队集结于金华以东至宁波一线。"
    assert spans(text) == [(16, 18, "金华", "GPE"), (21, 23, "宁波", "GPE")]


def test_academy_class_is_not_the_place():
    text = "他是保定三期生，在黄埔生中居首，后到保定任职，中国生育率另论。"
    assert spans(text) == [(18, 20, "保定", "GPE"), (23, 25, "中国", "GPE")]


def test_ocean_theatre_is_one_loc_but_a_country_or_region_only_modifies_it():
    # session 33 (w33zhlocfac): the golds of four sets tag the region alone before 战场 (华北|战场, 西北|战场)
    text = "美军在太平洋战场反攻，中国战场则陷入僵持，华北战场亦然。"
    assert spans(text) == [
        (3, 8, "太平洋战场", "LOC"),
        (11, 13, "中国", "GPE"),
        (21, 23, "华北", "LOC"),
    ]


# ---------------------------------------------------------------- unfamiliar local names
def test_towns_written_after_their_county():
    text = "敌经桃源李家场、慈利零阳街直扑大庸，另一部攻占宜都王家湾。"
    assert spans(text) == [
        (2, 4, "桃源", "GPE"),
        (4, 7, "李家场", "GPE"),
        (8, 10, "慈利", "GPE"),
        (10, 13, "零阳街", "GPE"),
        (15, 17, "大庸", "GPE"),
        (23, 25, "宜都", "GPE"),
        (25, 28, "王家湾", "GPE"),
    ]


def test_family_village_and_new_settlement_suffixes_after_a_cue():
    text = "我军退守高家畈，又在罗田张家垸集结，敌占石门关。"
    got = spans(text)
    assert (4, 7, "高家畈", "GPE") in got
    assert (12, 15, "张家垸", "GPE") in got
    assert (20, 23, "石门关", "GPE") in got


def test_ordinary_words_ending_in_new_suffixes_are_no_places():
    text = "他在机关工作，到海关报到，经商埠时关掉开关。"
    assert spans(text) == []


def test_county_name_that_is_a_river_after_a_crossing_verb():
    text = "敌军渡过沅江后向西进犯。"
    assert spans(text) == [(4, 6, "沅江", "LOC")]


# ---------------------------------------------------------------- events
def test_battles_named_by_place_plus_big_battle_siege_or_encirclement():
    text = "他奉命增援长沙大战，后参加常德包围战；1942年战役：密支那之围。"
    assert texts(find_events, text) == [(5, 9, "长沙大战"), (13, 18, "常德包围战"), (27, 32, "密支那之围")]


def test_a_place_fought_over_is_not_an_event_name():
    text = "一场争夺衡阳之战就此展开。"
    assert texts(find_events, text) == []
    assert spans(text) == [(4, 6, "衡阳", "GPE")]


def test_counteroffensive_operation_and_noun_use_after_a_preposition():
    text = "该师参加滇南反攻作战。在鄂西反攻开始前，他在湖南作战。"
    assert texts(find_events, text) == [(4, 10, "滇南反攻作战"), (12, 16, "鄂西反攻")]


def test_quoted_names_of_raids_and_date_named_incidents():
    text = "史称「马岛空袭」。“九·一八”事变后，在湖南作战。所谓“对日作战”。"
    assert texts(find_events, text) == [(3, 7, "马岛空袭"), (10, 14, "九·一八")]


def test_traditional_and_japanese_heads_in_untranslated_text():
    text = "Known as 長衡會戰 (Japanese: 湘桂作戦)."
    assert texts(find_events, text) == [(9, 13, "長衡會戰"), (25, 29, "湘桂作戦")]


def test_verb_phrase_alias_is_no_event():
    text = "为报复日军偷袭珍珠港，美军出动轰炸机。"
    assert texts(find_events, text) == []
    assert spans(text) == [(7, 10, "珍珠港", "LOC")]


# ---------------------------------------------------------------- facilities
def test_positions_named_after_unfamiliar_hills_and_villages():
    text = "敌猛攻第二道防线黄土坡阵地，左翼之五十师王家畈阵地亦告急。"
    assert texts(find_facilities, text) == [(8, 13, "黄土坡阵地"), (20, 25, "王家畈阵地")]


def test_counted_guns_and_a_metaphorical_wall_are_no_facilities():
    text = "运来山炮三门，筑成血肉长城，守住东门。"
    assert texts(find_facilities, text) == []


def test_park_named_after_a_city_and_a_person():
    text = "大会在 南京中山公园举行。"
    assert texts(find_facilities, text) == [(4, 10, "南京中山公园")]


# ---------------------------------------------------------------- regions, abbreviations, notes
def test_multi_province_region_and_country_pair_theatre():
    text = "战火蔓延到湘赣地区（湖南、江西），远征军由印缅发起反攻，与印缅之友军会师；新宁地区平静。"
    got = spans(text)
    assert (5, 9, "湘赣地区", "LOC") in got
    assert (21, 23, "印缅", "LOC") in got and (29, 31, "印缅", "LOC") in got
    assert (37, 39, "新宁", "GPE") in got
    assert all(c[2] != "新宁地区" for c in got)


def test_single_abbreviation_after_a_verb_of_going():
    text = "该师奉命入缅，主力赴湘后整补，后又入缅甸作战。"
    got = find_places(text)
    assert [(c.start, c.end, text[c.start : c.end]) for c in got] == [(5, 6, "缅"), (10, 11, "湘"), (18, 20, "缅甸")]
    assert got[0].norm["modern"] == "缅甸" and got[1].norm["modern"] == "湖南"


def test_cue_character_inside_an_adverb_is_no_cue():
    text = "他已经当过杂货店伙计。"
    assert spans(text) == []


def test_unfamiliar_name_before_deng_di_and_in_a_bracketed_location_note():
    text = "先头部队分别进抵大吉厂等地。渡口设在石拱桥（柏木坪东）。"
    got = spans(text)
    assert (8, 11, "大吉厂", "GPE") in got
    assert (22, 25, "柏木坪", "GPE") in got


def test_gorge_after_a_cue():
    text = "双方在牛肝马肺峡展开激战。"  # a stem of more than three characters is not taken
    assert spans(text) == []
    text = "激战在黄牛峡展开。"
    assert spans(text) == [(3, 6, "黄牛峡", "LOC")]


def test_halfwidth_comma_after_a_single_abbreviation():
    text = "主力入缅,从而开始作战。"
    assert spans(text) == [(3, 4, "缅", "GPE")]


def test_place_inside_a_person_name_before_a_rank():
    text = "师团长山口太郎中将与刘华容少将会面，后在长沙会师。"
    assert spans(text) == [(20, 22, "长沙", "GPE")]


def test_unfamiliar_island_after_landing_cue():
    text = "美军登陆佩莱岛后，又攻占塔瓦岛，别墅建在主岛。"
    assert spans(text) == [(4, 7, "佩莱岛", "LOC"), (12, 15, "塔瓦岛", "LOC")]


def test_provincial_security_force_is_no_place_of_its_own():
    text = "该师由湖南保安团改编，驻湖南。"
    assert spans(text) == [(12, 14, "湖南", "GPE")]


def test_unfamiliar_member_of_a_list_of_places():
    text = "日军相继攻占宾阳、古竹和桂平。他请张三、李四和王五吃饭。"
    assert spans(text) == [(6, 8, "宾阳", "GPE"), (9, 11, "古竹", "GPE"), (12, 14, "桂平", "GPE")]


def test_short_foreign_town_read_across_two_ordinary_words_is_dropped():
    text = "给经济注入勃勃生机，日军退往勃生。"
    assert spans(text) == [(14, 16, "勃生", "GPE")]


def test_park_needs_a_place_or_person_in_its_name():
    text = "全区变成一座森林公园。大会在 南京中山公园举行。"
    assert texts(find_facilities, text) == [(15, 21, "南京中山公园")]


def test_town_after_its_city_may_be_named_with_an_ordinary_word():
    text = "守军在开封花园村设防，另在花园村休整。"
    got = spans(text)
    assert got[:2] == [(3, 5, "开封", "GPE"), (5, 8, "花园村", "GPE")]
    assert len(got) == 2


def test_long_repetitive_input_stays_fast():
    import time

    started = time.perf_counter()
    find_places("长沙、古竹和" * 3000)
    find_events("滇西反攻作战" * 3000)
    assert time.perf_counter() - started < 5


def test_plain_basin_or_peninsula_named_after_a_place_is_one_loc():
    text = "日军进入汉中盆地，又攻占山东半岛和湘赣丘陵。"
    assert spans(text) == [(4, 8, "汉中盆地", "LOC"), (12, 16, "山东半岛", "LOC"), (17, 21, "湘赣丘陵", "LOC")]
    assert spans("英军退守九龙半岛。") == [(4, 8, "九龙半岛", "LOC")]


def test_norms_of_foreign_short_forms_renames_and_new_suffixes():
    text = "他从加州飞往奥里萨邦，再经奉化区到衢州城，后渡过清江。"
    got = {text[c.start : c.end]: c.norm for c in find_places(text)}
    assert got["加州"] == {"id": "iso:US-CA"}
    assert got["奥里萨邦"] == {"modern": "奥迪沙邦", "id": None}
    assert got["奉化区"]["id"] == "cn:330283" and "modern" not in got["奉化区"]
    assert got["衢州城"]["id"] == "cn:330800"
    assert got["清江"] == {"id": None}


def test_foreign_short_form_at_the_end_of_a_longer_transliteration():
    text = "捷克球队奥斯特拉华获胜，他移居特拉华。"
    assert spans(text) == [(0, 2, "捷克", "GPE"), (15, 18, "特拉华", "GPE")]


def test_more_battle_heads_including_yi_yi_and_zhi_yi():
    text = "常德一役伤亡惨重，昆仑关之役后又有平型关伏击战；此役与这一役都很关键，最关键之役开始。"
    assert texts(find_events, text) == [(0, 4, "常德一役"), (9, 14, "昆仑关之役"), (17, 23, "平型关伏击战")]


def test_more_structure_heads_after_a_place():
    text = "日军占领旅顺军港，炸毁秦岭隧道，敌人的据点被毁。"
    assert texts(find_facilities, text) == [(4, 8, "旅顺军港"), (11, 15, "秦岭隧道")]


def test_unknown_county_after_a_cue_is_a_historical_county():
    text = "日军进至星子县，全县震动，邻县告急，国军退至该县。"
    got = find_places(text)
    assert [(c.start, c.end, text[c.start : c.end], c.label) for c in got] == [(4, 7, "星子县", "GPE")]
    # session 9: 星子县 is in former_counties_cn.tsv (星子县 → 庐山市, 2016)
    assert (got[0].norm["id"], got[0].norm["modern"]) == ("cn:360483", "庐山")
