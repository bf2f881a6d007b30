"""Session 16 label audit of LOC and FAC (auditzh40): landform_names_zh and the small checks it came with
(place_reading_checks bearings, local_places 渡江, war_forms_zh fort lists, guerrilla_forms_zh counted heights).
Every sentence is written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_height_glued_to_a_county_name():
    assert ("金玉山", "LOC") in _ents("部队翻过金玉山后向南转移。")
    assert ("青台山", "LOC") in _ents("敌军退守青台山主峰。")
    assert ("红龙江", "LOC") in _ents("红龙江上只有一座木桥。")


def test_county_name_alone_or_in_a_person_stays():
    assert ("台山", "GPE") in _ents("日军攻占台山后")
    assert ("王玉山", "PERSON") in _ents("王玉山说：不能走。")
    ents = _ents("从中国龙江出发")
    assert ("龙江", "GPE") in ents and not any(label == "LOC" for _, label in ents)
    assert ("孙中山", "PERSON") in _ents("孙中山先生在广州")
    ents = _ents("我军克复台山以后")
    assert ("台山", "GPE") in ents and not any(label == "LOC" for _, label in ents)   # 克复 is one word


def test_county_height_before_a_summit_word():
    assert ("武山", "LOC") in _ents("炮台建在海边武山脚下。")
    assert ("武山", "GPE") in _ents("他是甘肃武山人。")


def test_list_of_heights():
    ents = _ents("村子四面的小山分别叫石猴山、二郎岭、七星峰和卧牛岭。")
    for name in ("石猴山", "二郎岭", "七星峰", "卧牛岭"):
        assert (name, "LOC") in ents
    ents = _ents("阵地周围有鹰嘴山、老鸦岭、狮子峰和望夫岭四处高地。")
    assert ("望夫岭", "LOC") in ents and ("鹰嘴山", "LOC") in ents
    ents = _ents("唐山、佛山、鞍山三市")
    assert ("佛山", "GPE") in ents and not any(label == "LOC" for _, label in ents)


def test_ferry_named_by_its_place():
    assert ("石湾渡口", "FAC") in _ents("红军在石湾渡口架桥。")
    assert not any(label == "FAC" for _, label in _ents("这个渡口水很深。"))


def test_nickname_of_a_height():
    assert ("碉堡山", "LOC") in _ents("美军称之为碉堡山。")
    ents = _ents("美军称为伤心岭战役。")
    assert ("伤心岭战役", "EVENT") in ents and not any(label == "LOC" for _, label in ents)


def test_canal_station_and_numbered_roads():
    assert ("京杭大运河", "FAC") in _ents("京杭大运河穿城而过。")
    assert ("郑州火车东站", "FAC") in _ents("列车驶入郑州火车东站。")
    assert ("4号公路", "FAC") in _ents("沿4号公路北上。")
    assert ("国道107线", "FAC") in _ents("国道107线经过县城。")
    assert _ents("第4号公告") == []


def test_counted_pair_of_waters():
    assert _ents("城北有青溪、白沙两河。") == [("青溪", "LOC"), ("白沙", "LOC"), ("两河", "QUANTITY")]
    assert _ents("一、二两期学员") == [("两期", "QUANTITY")]


def test_road_named_by_its_two_ends():
    assert ("昆明至畹町公路", "FAC") in _ents("修筑昆明至畹町公路。")
    assert not any(label == "FAC" for _, label in _ents("从昆明至大理"))


def test_gate_glued_to_a_city_name():
    assert ("玉江门", "FAC") in _ents("守军死守玉江门。")
    assert ("江门", "GPE") in _ents("部队进驻江门。")
    assert ("大金门", "LOC") in _ents("大金门和小金门")


def test_bearings_are_no_regions():
    assert not any(label == "LOC" for _, label in _ents("队伍又西南行三十里。"))
    assert not any(label == "LOC" for _, label in _ents("再折东南行。"))
    assert not any(label == "LOC" for _, label in _ents("由东北和西北两条山梁组成。"))
    assert ("东北", "LOC") in _ents("我军进入东北。")


def test_crossing_verb_is_no_river_name():
    assert not any(label == "LOC" for _, label in _ents("大军自柳湾渡江后向南。"))
    assert ("大渡河", "LOC") in _ents("红军到达大渡河边。")


def test_fort_lists_with_and_or_etc():
    assert ("镇海、定远和安澜炮台", "FAC") in _ents("清军据守镇海、定远和安澜炮台。")
    assert ("威海、定海、靖海等炮台", "FAC") in _ents("修筑了威海、定海、靖海等炮台。")
    assert ("镇远、威远炮台", "FAC") in _ents("守军占据镇远、威远炮台。")
    # counted before the head, as routes are (津浦、胶济两铁路): one FAC, no county inside (session 19)
    ents = _ents("镇海、定远两炮台失守。")
    assert ("镇海、定远两炮台", "FAC") in ents and not [t for t, lab in ents if lab == "GPE"]
