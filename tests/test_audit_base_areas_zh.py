"""Classes found by auditing Simplified encyclopedia pages on 1927-1950 battles and base areas (session 11,
auditzh3); own sentences, exact spans."""

from sentences import surface_norm as _norm, surface_spans as _spans


def test_area_detachments_are_units():
    text = "1944年春，以二团一个营为基础组成第六区队和第九地区队，坚持在平原作战。"
    spans = _spans(text, "MIL_UNIT")
    assert ("第六区队", 18, 22, "MIL_UNIT") in spans
    assert ("第九地区队", 23, 28, "MIL_UNIT") in spans
    assert _norm(text, "第九地区队")["echelon"] == "地区队"
    assert _norm(text, "第九地区队")["numbers"] == [9]


def test_area_detachment_with_its_company_is_one_chain():
    text = "第三地区队第二连奉命出击。"
    assert _spans(text, "MIL_UNIT") == [("第三地区队第二连", 0, 8, "MIL_UNIT")]


def test_county_red_guerrillas_and_red_guards_keep_their_county():
    text = "会合了宁都县独立团和兴国县赤卫大队，又壮大了瑞金县红军游击队。"
    spans = _spans(text, "MIL_UNIT")
    assert ("兴国县赤卫大队", 10, 17, "MIL_UNIT") in spans
    assert ("瑞金县红军游击队", 22, 30, "MIL_UNIT") in spans
    assert not any(s[0] == "红军" for s in spans)


def test_county_core_force_is_a_unit_but_not_every_county():
    assert ("丰润县基干队", 0, 6, "MIL_UNIT") in _spans("丰润县基干队奉命转移。", "MIL_UNIT")
    assert _spans("各县基干队均已集结。", "MIL_UNIT") == []


def test_county_town_takes_the_longest_county():
    text = "日军从灵寿县城出动，另一路从阳曲县城出动。"
    spans = _spans(text, "GPE")
    assert ("灵寿县城", 3, 7, "GPE") in spans
    assert not any(s[0] == "寿县城" for s in spans)


def test_direction_after_a_station_or_gate_is_no_region():
    assert _spans("部队赶到车站西南的高地。", "LOC") == []
    assert ("西南", 3, 5, "LOC") in _spans("战后，西南各省震动。", "LOC")


def test_village_named_massacre_and_battle():
    text = "当地先后发生了李官营惨案、马家哨惨案，后来又有孙家坨战斗。"
    spans = _spans(text, "EVENT")
    assert ("李官营惨案", 7, 12, "EVENT") in spans
    assert ("马家哨惨案", 13, 18, "EVENT") in spans
    assert ("孙家坨战斗", 23, 28, "EVENT") in spans


def test_unit_or_word_before_a_fight_is_no_village():
    assert _spans("该营战斗力很强，在军营战斗。", "EVENT") == []


def test_a_question_or_an_unnamed_fight_is_no_village():
    # session 12: 哪场/某场 + 战役 asks for or hides the battle's name (an exam question, a vague report)
    assert _spans("试说明这首诗描写的是哪场战役的情景。", "EVENT") == []
    assert _spans("档案只记下了某场战斗的伤亡。", "EVENT") == []


def test_villages_listed_before_deng_cun_are_settlements():
    text = "敌人烧毁了附近于家坨、渠里、北小寨、麻湾坨等村的房屋。"
    spans = _spans(text, "GPE")
    for name, start in (("于家坨", 7), ("渠里", 11), ("北小寨", 14), ("麻湾坨", 18)):
        assert (name, start, start + len(name), "GPE") in spans


def test_flats_listed_before_deng_di_are_settlements():
    text = "游击队控制了石门坝、香水坝、新场等地。"
    spans = _spans(text, "GPE")
    assert [s[0] for s in spans] == ["石门坝", "香水坝", "新场"]
    assert spans[0][1:3] == (6, 9)


def test_a_list_of_regions_is_not_read_as_villages():
    spans = _spans("部队转战太行、太岳等地区。")
    assert all(s[3] == "LOC" for s in spans)


def test_a_count_of_county_forces_is_no_unit():
    assert _spans("军区把省公安总队和几支县大队合编为一个旅。", "MIL_UNIT") == []
    assert ("武乡县大队", 1, 6, "MIL_UNIT") in _spans("由武乡县大队负责警戒。", "MIL_UNIT")


def test_village_located_by_a_compass_point_from_a_county():
    text = "敌第八师进至鄄城东南马官屯，另一部进至县城以北王家营。"
    spans = _spans(text, "GPE")
    assert ("马官屯", 10, 13, "GPE") in spans
    assert ("王家营", 23, 26, "GPE") in spans


def test_compass_point_before_a_word_is_no_village():
    # 集中 is a word: no village 王家集 before it
    assert not any(s[0].endswith("集") for s in _spans("部队在定陶西南王家集中休整。", "GPE"))


def test_bare_numerals_sharing_an_echelon_are_one_unit_list():
    text = "游击大队分别改编为三、四、五连，一、二连长均由老兵担任。"
    spans = _spans(text, "MIL_UNIT")
    assert ("三、四、五连", 9, 15, "MIL_UNIT") in spans
    assert _norm(text, "三、四、五连")["numbers"] == [3, 4, 5]
    assert not any(s[0].startswith("一、二") for s in spans)


def test_names_listed_before_fenbie_ren_are_persons():
    text = "随后，孙德胜、邓秀、赵海峰分别任三个连的连长。"
    spans = _spans(text, "PERSON")
    assert [s[:3] for s in spans] == [("孙德胜", 3, 6), ("邓秀", 7, 9), ("赵海峰", 10, 13)]


def test_region_before_a_numbered_military_subdistrict_is_one_unit():
    text = "该团受太行第三军分区指挥。"
    assert _spans(text, "MIL_UNIT") == [("太行第三军分区", 3, 10, "MIL_UNIT")]
    assert _norm(text, "太行第三军分区")["numbers"] == [3]


def test_bare_surname_before_a_verb_of_saying_is_no_full_name():
    text = "刘峙到任后，刘扬言三个月肃清匪患。"
    assert not any(s[0] == "刘扬言" for s in _spans(text, "PERSON"))


def test_guard_division_after_a_puppet_army_keeps_its_qualifier():
    text = "据点驻有伪军警卫第2师第5团一个营。"
    assert ("警卫第2师第5团", 6, 14, "MIL_UNIT") in _spans(text, "MIL_UNIT")
    assert _spans("交警三中队在此。", "MIL_UNIT") == []
