"""Session 17 audit of GPE missed outright (auditzh49): parallel_settlements_zh, one_char_counties_zh,
county_town_abbreviations_zh, station_towns_zh, the 邱 spellings of places_historical.tsv and the wider frames of
place_abbreviation_moves. Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _gpes(text):
    return [(s, e, t) for s, e, t, label in _ents(text) if label == "GPE"]


# ---------------------------------------------------------------- settlements listed with one settlement word
def test_townships_joined_by_he_one_known():
    assert _gpes("该村民国时属光明乡和文化乡管辖。") == [(6, 9, "光明乡"), (10, 13, "文化乡")]


def test_townships_with_bracketed_notes():
    text = "两村分属石桥乡（今新河镇）和忠信乡。"
    assert (4, 7, "石桥乡") in _gpes(text)
    assert (14, 17, "忠信乡") in _gpes(text)


def test_three_villages_none_known():
    assert _gpes("日军烧毁了王湾村、李岭村和东沟村。") == [(5, 8, "王湾村"), (9, 12, "李岭村"), (13, 16, "东沟村")]


def test_settlement_lists_that_are_no_places():
    assert _gpes("这里是交通重镇和军事重镇。") == []
    assert _gpes("这个村和那个村都烧光了。") == []
    assert _gpes("1952年划归解放区和游击区。") == []
    assert _gpes("街上有小饭店和小旅店。") == []


# ---------------------------------------------------------------- one-character counties of the annals
def test_one_char_county_before_a_known_county():
    assert (4, 5, "潍") in _gpes("东捻东掠潍及安邱，官军袭之。")
    gpes = _gpes("西捻陷滕及峄县，又犯邳、宿迁。")
    assert (3, 4, "滕") in gpes and (10, 11, "邳") in gpes


def test_one_char_words_are_no_counties():
    assert _gpes("敌人犯罪及其后果。") == []
    assert (3, 4, "和") not in _gpes("官军攻和及含山。")


# ---------------------------------------------------------------- the old spelling 邱
def test_qiu_spellings_of_counties():
    assert (4, 6, "商邱") in _gpes("捻军北犯商邱、夏邑。")
    assert (4, 7, "任邱县") in _gpes("他是河北任邱县人。")
    assert (2, 4, "章邱") in _gpes("东捻章邱一战失利。")


# ---------------------------------------------------------------- a county's seat by its first character and 城
def test_first_character_and_cheng():
    assert (14, 16, "萧城") in _gpes("日军占领萧县后，又出动飞机对萧城轮番轰炸。")
    assert (8, 10, "邳城") in _gpes("敌机轰炸了邳县，邳城一片火海。")


def test_cheng_words_and_other_towns_are_not_read():
    text = "长沙会战期间，长城沿线无战事。"
    assert (7, 9, "长城") not in _gpes(text)
    gpes = _gpes("日军进占泗阳城，阳谷方面无战事。")
    assert (5, 7, "阳城") not in gpes
    assert _gpes("敌人攻城不下，全城震动。") == []


# ---------------------------------------------------------------- station towns
def test_station_towns_after_a_verb_of_movement():
    gpes = _gpes("部队乘火车到达沟帮子站，随即向打虎山站前进。")
    assert (7, 11, "沟帮子站") in gpes and (15, 19, "打虎山站") in gpes


def test_posts_and_city_stations_are_no_towns():
    assert _gpes("我们到达终点站后下车。") == []
    assert _gpes("伤员被送到前方兵站，又转到救护站。") == []
    assert _gpes("部队到达中转站后休息。") == []
    assert (4, 7, "锦州站") not in _gpes("列车抵达锦州站，停车十分钟。")


# ---------------------------------------------------------------- province abbreviations after verbs of movement
def test_from_and_to_provinces():
    gpes = _gpes("红二方面军离湘入黔，又自黔回湘。")
    assert [(s, t) for s, e, t in gpes] == [(6, "湘"), (8, "黔"), (12, "黔"), (14, "湘")]
    assert (4, 5, "鄂") in _gpes("部队进入鄂境后，向川边挺进。")


def test_deep_into_is_still_no_entry():
    assert _gpes("大家深入湘境。") == []


# ---------------------------------------------------------------- march routes and X子 villages
def test_route_list_up_to_a_verb_of_arrival():
    gpes = _gpes("部队经石板沟、柳树屯、黄花甸到达大石桥。")
    assert [(s, t) for s, e, t in gpes] == [(3, "石板沟"), (7, "柳树屯"), (11, "黄花甸"), (16, "大石桥")]


def test_route_list_needs_settlement_ends_and_arrival():
    assert _gpes("经张三、李四介绍，他入了党。") == []
    assert _gpes("经老师、同学到达会场。") == []


def test_zi_villages():
    assert (5, 9, "三道岗子") in _gpes("部队开到了三道岗子宿营。")
    assert _gpes("部队到达王家河子，稍事休息。") == [(4, 8, "王家河子")]
    gpes = _gpes("敌军窜至黄泥洼子、三家子一线。")
    assert (4, 8, "黄泥洼子") in gpes and (9, 12, "三家子") in gpes


def test_zi_words_are_no_villages():
    assert _gpes("孩子们在河沟子里玩。") == []
    assert _gpes("他们一家子都搬走了。") == []
    assert _gpes("戏台子上正在唱戏。") == []
    assert _gpes("敌人攻到二营子弟兵的阵地。") == []


def test_route_list_reaching_arrival_after_a_comma():
    gpes = _gpes("部队经土桥、朱家岗，于次日到达大柳巷。")
    assert (3, 5, "土桥") in gpes and (6, 9, "朱家岗") in gpes
    assert _gpes("经甲、乙批准，于次日到达会场。") == []


def test_zhai_zi_village_and_a_stockade():
    assert _gpes("他率部驻扎在马家寨子，与敌对峙。") == [(6, 10, "马家寨子")]
    assert _gpes("他们住进了山寨子。") == []


# ---------------------------------------------------------------- X国府 prefectures
def test_prefecture_in_guo_fu_is_no_government():
    ents = _ents("1862年，太平军攻克宁国府，又陷广德州。")
    assert (11, 14, "宁国府", "GPE") in ents
    assert (9, 11, "国府", "ORG") in _ents("1937年11月，国府迁都重庆。")
    ents = _ents("他向国府请愿，又赴宁国府城。")
    assert (2, 4, "国府", "ORG") in ents and (9, 13, "宁国府城", "GPE") in ents


# ---------------------------------------------------------------- the 今 of a modern note stays outside the town
def test_jin_of_a_modern_note_is_outside():
    gpes = _gpes("该村旧属石桥乡（今柳店镇）。")
    assert (9, 12, "柳店镇") in gpes and (8, 12, "今柳店镇") not in gpes


# ---------------------------------------------------------------- towns glossed with the unit that reached them
def test_towns_glossed_with_units_are_no_persons():
    ents = _ents("各军分别进驻扬州（第20军）、镇江（第21军）待命。")
    assert (6, 8, "扬州", "GPE") in ents and (15, 17, "镇江", "GPE") in ents
    # a person listed with his company stays a person
    assert (5, 8, "赵大川", "PERSON") in _ents("牺牲的有：赵大川（三连）、钱小明（二排）。")
