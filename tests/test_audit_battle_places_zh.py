"""Classes found by auditing battle narratives, march diaries and island actions for places (session 11,
auditzh8); own sentences, exact spans."""

from pipeline import extract_text


def _spans(text, labels=("GPE", "LOC", "FAC")):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["start"], e["end"], e["label"]) for e in record["entities"]
            if e["label"] in labels]


def test_every_stop_of_a_march_is_a_place():
    text = "次日由柳坪经石门坎、黄泥塘、五里铺到马家寨宿营。"
    spans = _spans(text)
    assert ("石门坎", 6, 9, "GPE") in spans
    assert ("黄泥塘", 10, 13, "GPE") in spans
    assert ("五里铺", 14, 17, "GPE") in spans
    assert ("马家寨", 18, 21, "GPE") in spans


def test_march_stops_with_a_bracketed_note():
    text = "从柳坪经鸡公岭（过河）、黑水塘至白果场，约六十里。"
    spans = _spans(text)
    assert ("黑水塘", 12, 15, "GPE") in spans
    assert ("白果场", 16, 19, "GPE") in spans
    assert not any(s[0] == "黑水" for s in spans)


def test_a_river_on_the_road_keeps_its_lexicon_label():
    text = "由安顺场经大渡河、泸定到化林坪。"
    assert ("大渡河", 5, 8, "LOC") in _spans(text)


def test_a_sentence_with_jing_is_no_itinerary():
    assert _spans("由于经费困难到了极点，从此经过长期斗争到达胜利。") == []


def test_unknown_member_of_a_place_list_closed_by_an_area_word():
    text = "敌军退守绵阳、中江、三台、中坝一带。"
    spans = _spans(text)
    assert ("中坝", 13, 15, "GPE") in spans
    assert ("三台", 10, 12, "GPE") in spans


def test_place_list_closer_needs_two_known_members():
    # an ordinary word in the list: no member is read (石碑垭、中坝一带 is a list of two settlements: campaign_place_lists_zh)
    text = "部队集结于道路、中坝一带。"
    assert not any(s[0] == "中坝" for s in _spans(text))


def test_glossed_old_name_after_a_two_character_verb():
    text = "先头团开往靖州（今靖县）集结。"
    spans = _spans(text)
    assert ("靖州", 5, 7, "GPE") in spans
    assert not any(s[0] == "往靖州" for s in spans)


def test_region_abbreviation_with_direction_before_base_area():
    text = "他们转入鄂西北根据地坚持斗争。"
    spans = _spans(text)
    assert ("鄂西北", 4, 7, "LOC") in spans
    assert not any(s[0] == "西北" for s in spans)


def test_island_named_x_shan_dao_after_a_known_town():
    text = "守军撤往南麂山岛。"
    assert ("南麂山岛", 4, 8, "LOC") in _spans(text)


def test_position_name_does_not_open_inside_enemy():
    text = "炮火摧毁了敌人滩头阵地。"
    assert not any(s[0].startswith("人") for s in _spans(text))


def test_river_named_in_full_before_its_mouth():
    text = "炮兵营在西侧的大同江江口占领阵地。"
    spans = _spans(text)
    assert ("大同江", 7, 10, "LOC") in spans
    assert not any(s[0] == "江江" for s in spans)


def test_korean_village_after_a_bearing_and_after_fangyu():
    text = "志愿军一部在朝鲜西线负责防御开城以东的松岘里至玉溪里一线，另一部防御新岱里。"
    spans = _spans(text, ("GPE",))
    assert ("松岘里", 19, 22, "GPE") in spans
    assert ("新岱里", 34, 37, "GPE") in spans


def test_de_li_without_a_bearing_is_in_not_a_village():
    text = "志愿军进入朝鲜后，战士们躲在冰冷的雪洞里。"
    assert not any(s[0].endswith("洞里") for s in _spans(text, ("GPE",)))
