"""Session 25 (s25zhgpe): places the text locates (located_places_zh) and three place guards (counted lists read back
past another list, 县名 after an address chain's county, the walled seat of a county whose short form is a word).
Every sentence is written for the test; the guideline rule each follows is named in the comment."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def _spans(text):
    return [(e["start"], e["end"], e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_autonomous_prefecture_short_form_with_zhou():
    # guideline table (GPE: a place with a government): 楚雄州 is the autonomous prefecture, one GPE with its id
    ents = extract_text("这支游击队活跃在楚雄州北部。")["entities"]
    hit = [e for e in ents if e["text"] == "楚雄州"]
    assert hit and hit[0]["label"] == "GPE" and hit[0]["norm"].get("id") == "cn:532300"
    # a short form the gazetteer withholds (a river's name) still makes the prefecture with 州
    assert ("红河州", "GPE") in _ents("他调往红河州工作。")
    # 州 + 辖县: the prefecture's counties, no county named 州辖县
    ents = _ents("该县是延边州辖县之一。")
    assert ("延边州", "GPE") in ents and not any(t.startswith("州") for t, _ in ents)
    # negative: 州府 goes on with another word; the bare river stays a river
    assert ("楚雄州", "GPE") not in _ents("他到楚雄州府上任。")
    assert ("红河", "LOC") in _ents("部队渡过红河。")


def test_place_in_a_part_of_a_province():
    # a name located in a part of a known province is a settlement (GPE); a peak there is a LOC
    assert ("雅溪", "GPE") in _ents("三天后部队到达湖南西部的雅溪。")
    assert ("鹰嘴峰", "LOC") in _ents("我们翻过与广西交界的鹰嘴峰，进入山区。")
    # the county + 的 frame, and the members listed after the first
    ents = _ents("敌人在宁都县的甘溪、柏坑与游击队交火。")
    assert ("甘溪", "GPE") in ents and ("柏坑", "GPE") in ents
    # negatives: ordinary words after the frame are no places
    assert _ents("他们到达湖南西部的山区。") == [("湖南", "GPE")]
    assert not any(t == "群众" for t, _ in _ents("宁都县的群众热烈欢迎红军。"))


def test_place_at_a_bearing_and_distance():
    # the name after a bearing and a distance ends in a settlement word, or the clause closes after it
    spans = _spans("清军在城北二十里黄泥冲扎营。")
    assert (8, 11, "黄泥冲", "GPE") in spans and (5, 8, "二十里", "QUANTITY") in spans
    assert ("白沙渡", "GPE") in _ents("太平军从县城东南三十里的白沙渡过江。")
    assert ("马鞍岭", "LOC") in _ents("敌人退到城西十五里的马鞍岭。")
    # negatives: a bearing and distance before an ordinary word or a bare distance
    assert not any(lab in ("GPE", "LOC") for _, lab in _ents("部队向北十里的地方前进。"))
    assert not any(lab in ("GPE", "LOC") for _, lab in _ents("城南五里的山上有一座庙。"))


def test_list_closed_by_a_count_of_strongholds():
    # members of a list closed by 等 + a count of strongholds are each a settlement (GPE); the count stays a QUANTITY
    ents = _ents("八团连续攻克孙家圩、柳堡、高塘等六个日伪军据点。")
    for name in ("孙家圩", "柳堡", "高塘"):
        assert (name, "GPE") in ents
    # negative: a single item or a pronoun before 等 makes no list
    assert not any(lab == "GPE" for _, lab in _ents("我们拔除了敌人等三个据点。"))


def test_counted_list_read_back_past_another_list():
    # a counted list read back from its count stops at the head of the list before it (两省的): each member a GPE,
    # and provinces are counted too
    ents = _ents("该县南与邻国的沙坝、板桥两省的大坪、龙塘、石坎三县接壤。")
    for name in ("沙坝", "板桥", "大坪", "龙塘", "石坎"):
        assert (name, "GPE") in ents
    # negative: a count that does not match the members proposes nothing from the list
    assert ("石坎", "GPE") not in _ents("该县南与大坪、龙塘、石坎两县接壤。")


def test_county_name_word_is_no_village():
    # 县名 (the county's name) after 为县 opens no village of an address chain
    assert not any(t == "名呢" for t, _ in _ents("为什么要用这两个字来作为县名呢？"))


def test_walled_seat_of_a_county_whose_short_form_is_a_word():
    # guideline 6 (a walled town keeps 城 before 外/内/下): 新民城外 → the county-level city's seat 新民城
    assert ("新民城", "GPE") in _ents("敌军退到新民城外。")
    assert ("长乐城", "GPE") in _ents("清军屯于长乐城外。")
    # negative: a word that names no county keeps no walled town
    assert not any(lab == "GPE" for _, lab in _ents("他们退入城内。"))


def test_place_where_a_stronghold_is_set_up():
    # 在 + a name + a verb of building + 据点/炮楼: the name is the settlement where the stronghold stands (GPE)
    assert ("岔河", "GPE") in _ents("伪军在岔河设立据点，经常出来扰乱。")
    assert ("王家铺", "GPE") in _ents("日军在王家铺修筑了两个炮楼。")
    # negatives: an ordinary word or a pronoun there is no place
    assert not any(lab == "GPE" for _, lab in _ents("敌人在路口设据点。"))
    assert not any(lab == "GPE" for _, lab in _ents("鬼子在这里修筑了两个炮楼。"))


def test_list_closed_by_a_word_of_strongholds_without_count():
    # a list closed by 等据点 names the strongholds' villages whatever their ending: a name the lexicons read as a river
    # is the village there (GPE); an ordinary word in the list is left out
    ents = _ents("敌人先后安设了刘家坝、洋河、上游、王官屯等据点。")
    for name in ("刘家坝", "洋河", "王官屯"):
        assert (name, "GPE") in ents
    assert ("上游", "GPE") not in ents
    # negative: the river outside such a list stays a river; generic words make no list
    assert ("洋河", "LOC") in _ents("部队渡过洋河。")
    assert not any(lab == "GPE" for _, lab in _ents("攻克了县城、车站等据点。"))


def test_person_after_county_is_no_place():
    # a surname and a given name after 某县的 closed by a comma is a person, not a village
    assert not any(lab == "GPE" and t != "兴国县" for t, lab in _ents("兴国县的李德胜，参加了红军。"))


# session 31 (w31zhgeo): a place at a bare bearing or a bare distance and 的 (made-up names)
def test_w31_bare_bearing_of_known_place():
    from pipeline.rules.located_places_zh import find_located_places
    text = "一部驻郾城东南的甲沟营，主力驻舞阳以北的乙舞渡。"
    found = [(c.start, c.end, text[c.start:c.end], c.label) for c in find_located_places(text)]
    assert (8, 11, "甲沟营", "GPE") in found
    assert (20, 23, "乙舞渡", "GPE") in found


def test_w31_bearing_of_a_seat_and_gate():
    from pipeline.rules.located_places_zh import find_located_places
    text = "他们把炮架在村北的丙凰山上。"
    assert [(c.start, c.end, c.label) for c in find_located_places(text)] == [(9, 12, "LOC")]
    text = "一直追到南门外的丁大路村。"
    assert [(text[c.start:c.end], c.label) for c in find_located_places(text)] == [("丁大路村", "GPE")]


def test_w31_bare_distance_after_ju_li():
    from pipeline.rules.located_places_zh import find_located_places
    text = "最终在离家约三里地的戊石村，发现了他。"
    assert [(text[c.start:c.end], c.label) for c in find_located_places(text)] == [("戊石村", "GPE")]
    # a gully may be the landform or its village: the bare frame leaves it
    assert find_located_places("最终在离家约三里地的戊石沟，发现了他。") == []
    text = "相距不到二里之遥的己村马巷，驻有团部。"
    assert [(text[c.start:c.end], c.label) for c in find_located_places(text)] == [("己村", "GPE")]


def test_w31_no_place_from_ordinary_words_or_provinces():
    from pipeline.rules.located_places_zh import find_located_places
    assert find_located_places("将日军引向江西、湖南的崇山峻岭。") == []
    assert find_located_places("退入高楼寨南面的一个荒圩。") == []
    assert find_located_places("在县城北的十余村。") == []
    assert find_located_places("他住在约三里地的小镇。") == []
