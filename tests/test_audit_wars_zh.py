"""Classes found by auditing Chinese pages on late-Qing, warlord-era, PRC 1950-79 and foreign wars written in Chinese
(session 11, auditzh6); own sentences, exact spans and values."""

from pipeline import extract_text


def _ents(text, label=None):
    record = extract_text(text, rules_only=True)
    return [e for e in record["entities"] if label is None or e["label"] == label]


def _spans(text, label=None):
    return [(e["start"], e["end"], e["label"]) for e in _ents(text, label)]


def _find(text, word, label):
    start = text.index(word)
    return (start, start + len(word), label)


# --- fleets, flotillas, front groups and fronts named by a sea, a river or a region ------------------------------

def test_fleet_named_by_a_sea_is_one_unit():
    text = "开战时俄国海军分为黑海舰队、北方舰队和阿穆尔河区舰队三部分。"
    spans = _spans(text, "MIL_UNIT")
    assert _find(text, "黑海舰队", "MIL_UNIT") in spans
    assert _find(text, "阿穆尔河区舰队", "MIL_UNIT") in spans


def test_pla_navy_fleets_are_units_not_places():
    text = "1974年，南海舰队奉命出动，东海舰队随后支援。"
    spans = _spans(text)
    assert _find(text, "南海舰队", "MIL_UNIT") in spans
    assert _find(text, "东海舰队", "MIL_UNIT") in spans
    assert not any(label in ("GPE", "LOC") for _, _, label in spans)


def test_country_before_fleet_stays_generic():
    text = "英国舰队与法国舰队在海上会合。"
    assert _spans(text, "MIL_UNIT") == []
    assert _spans(text, "GPE") == [(0, 2, "GPE"), (5, 7, "GPE")]


def test_ordinal_before_a_named_fleet_belongs_to_it():
    text = "沙皇下令组建第三太平洋舰队，由涅博加托夫率领东驶。"
    ents = _ents(text, "MIL_UNIT")
    assert [(e["start"], e["end"]) for e in ents] == [(6, 13)]
    assert ents[0]["norm"]["echelon"] == "舰队"


def test_group_named_by_a_region_is_a_unit():
    text = "苏军滨海集群于8月9日越过边境。"
    assert _find(text, "滨海集群", "MIL_UNIT") in _spans(text)
    assert not _spans(text, "GPE")


def test_soviet_front_written_region_first_is_one_unit():
    text = "乌克兰第2方面军与远东第二方面军都参加了战役。"
    ents = _ents(text, "MIL_UNIT")
    assert [(e["start"], e["end"]) for e in ents] == [(0, 8), (9, 16)]
    assert ents[0]["norm"]["numbers"] == [2] and ents[0]["norm"]["echelon"] == "方面军"
    assert ents[1]["norm"]["numbers"] == [2]


def test_world_seas_and_straits_are_places():
    text = "舰队穿过直布罗陀海峡，经地中海驶入爱琴海，再北上黑海。"
    assert _spans(text, "LOC") == [_find(text, "直布罗陀海峡", "LOC"), _find(text, "地中海", "LOC"),
                                   _find(text, "爱琴海", "LOC"), _find(text, "黑海", "LOC")]


def test_here_and_sea_surface_is_no_caspian():
    text = "这里海面平静，渔船照常出海。"
    assert _spans(text, "LOC") == []


# --- normalisation of an arm's regiment written after its number --------------------------------------------------

def test_cavalry_regiment_after_its_number_is_a_regiment():
    text = "美军第7骑兵团在河边阻击。"
    ents = _ents(text, "MIL_UNIT")
    assert [(e["start"], e["end"]) for e in ents] == [(2, 7)]
    assert ents[0]["norm"]["numbers"] == [7]
    assert ents[0]["norm"]["echelon"] == "团"


def test_numbered_corps_keeps_its_echelon():
    ents = _ents("第十三兵团奉命北上。", "MIL_UNIT")
    assert ents[0]["norm"]["numbers"] == [13] and ents[0]["norm"]["echelon"] == "兵团"


# --- Russian and Ukrainian names in transliteration ---------------------------------------------------------------

def test_russian_names_with_syllables_outside_the_shared_list():
    text = "旅顺要塞司令由斯米尔诺夫担任，舰队则由维连尼乌斯和罗杰斯特文斯基先后指挥。"
    spans = _spans(text, "PERSON")
    assert _find(text, "罗杰斯特文斯基", "PERSON") in spans


def test_name_opening_with_a_place_is_the_person():
    text = "海军少将安东诺夫率舰队北上。"
    assert _spans(text) == [_find(text, "安东诺夫", "PERSON")]


def test_ukrainian_and_kin_endings():
    text = "库罗帕特金命令季莫申科坚守阵地。"
    assert _spans(text, "PERSON") == [(0, 5, "PERSON"), (7, 11, "PERSON")]


def test_metal_is_no_name():
    assert _spans("这批特金属材料运到前线。", "PERSON") == []


# --- precision: verbs of crossing, a post's 一职 ------------------------------------------------------------------

def test_crossing_a_river_is_no_place():
    text = "拂晓，正在渡河的三个营遭到炮击。"
    assert _spans(text, "LOC") == []
    assert _spans(text, "QUANTITY") == [_find(text, "三个营", "QUANTITY")]


def test_post_word_is_no_person():
    text = "王某被任命为前敌总指挥一职。"
    assert all(text[s:e] != "一职" for s, e, _ in _spans(text, "PERSON"))


# --- a Japanese surname alone after the full name ------------------------------------------------------------------

def test_japanese_surname_after_full_name_is_the_person_not_the_county():
    text = "联合舰队司令长官东乡平八郎登上旗舰。次日东乡下令出击。"
    spans = _spans(text)
    assert (text.rindex("东乡"), text.rindex("东乡") + 2, "PERSON") in spans
    assert not _spans(text, "GPE")


def test_japanese_surname_with_a_place_suffix_stays_the_place():
    text = "东乡平八郎的部下来自东乡县。"
    assert _find(text, "东乡县", "GPE") in _spans(text)


def test_county_without_the_full_name_stays_a_place():
    text = "红军在东乡一带休整。"
    assert _spans(text, "PERSON") == []


# --- battles named after a transliterated place, route armies, provincial armies, fort lists ------------------------

def test_battle_named_after_a_transliterated_place():
    text = "这次机动被比作特拉法尔加海战，也被比作第二次阿拉曼战役。"
    assert _spans(text, "EVENT") == [_find(text, "特拉法尔加海战", "EVENT"), _find(text, "第二次阿拉曼战役", "EVENT")]


def test_known_longer_battle_is_not_cut():
    text = "此后的斯大林格勒战役扭转了战局。"
    assert _spans(text, "EVENT") == [_find(text, "斯大林格勒战役", "EVENT")]


def test_route_before_a_purpose_army_is_part_of_it():
    text = "他被任命为西路讨逆军总司令。"
    assert _find(text, "西路讨逆军", "MIL_UNIT") in _spans(text, "MIL_UNIT")


def test_provincial_armies_of_three_character_provinces():
    text = "黑龙江练军与湖北新军先后调动。"
    assert _spans(text, "MIL_UNIT") == [(0, 5, "MIL_UNIT"), (6, 10, "MIL_UNIT")]


def test_forts_listed_with_one_head_are_one_facility():
    text = "英舰攻占沙角、大角炮台，清军又增建永安、巩固炮台。"
    assert _spans(text, "FAC") == [_find(text, "沙角、大角炮台", "FAC"), _find(text, "永安、巩固炮台", "FAC")]


# --- national armies of 1945-1979, war short names, viceroyalties, code names, 公安 units, conjunctions ------------

def test_vietnamese_peoples_army_is_a_named_force():
    text = "两个师的越南人民军部队包围了基地，越战由此升级。"
    spans = _spans(text)
    assert _find(text, "越南人民军", "MIL_UNIT") in spans
    assert _find(text, "越战", "EVENT") in spans


def test_viceroyalty_before_its_post_is_a_place():
    text = "湖广总督张之洞与闽浙总督会商。"
    spans = _spans(text)
    assert _find(text, "湖广", "GPE") in spans and _find(text, "闽浙", "GPE") in spans


def test_quoted_code_names_after_daihao_are_operations():
    text = "日军代号为“天号作战”和“捷号作战”。"
    assert _spans(text, "EVENT") == [_find(text, "天号作战", "EVENT"), _find(text, "捷号作战", "EVENT")]


def test_public_security_units_keep_their_qualifier():
    text = "公安第12师接替了防务。"
    ents = _ents(text, "MIL_UNIT")
    assert [(e["start"], e["end"]) for e in ents] == [(0, 6)]
    assert ents[0]["norm"]["numbers"] == [12] and ents[0]["norm"]["prefix"] == "公安"


def test_conjunction_before_a_bridge_battle_is_outside():
    for text, name in (("援军未到，故沙桥战斗失利。", "沙桥战斗"), ("援军未到，故柳河桥战斗失利。", "柳河桥战斗")):
        assert _spans(text, "EVENT") == [_find(text, name, "EVENT")]


# --- New Army brigades, a Qing post named like the bureau, distance-named villages, bound sides, post + surname -----

def test_mixed_brigade_written_before_its_number_keeps_the_qualifier():
    text = "清廷调陆军第六镇及混成第五协南下。"
    ents = _ents(text, "MIL_UNIT")
    assert [(text[e["start"]:e["end"]]) for e in ents] == ["陆军第六镇", "混成第五协"]
    assert ents[1]["norm"]["prefix"] == "混成" and ents[1]["norm"]["numbers"] == [5]


def test_army_commander_post_of_1911_is_no_bureau():
    text = "以第一镇为第三军，载某为军统。"
    assert _spans(text, "ORG") == []


def test_villages_named_by_their_distance():
    text = "日军攻占五里铺，又进至二十里堡，途中行军八里路。"
    spans = _spans(text)
    assert _find(text, "五里铺", "GPE") in spans and _find(text, "二十里堡", "GPE") in spans
    assert _find(text, "八里", "QUANTITY") in spans


def test_one_character_sides_before_troops_are_bound():
    text = "在法、德、美军的协助下守住了租界。"
    assert _spans(text, "GPE") == []


def test_japanese_surname_after_a_post_is_the_person():
    text = "旅团长中村，率部向北突进。"
    assert _find(text, "中村", "PERSON") in _spans(text)


def test_new_army_brigade_listed_without_di_is_its_own_unit():
    text = "调第八镇及混成第二协、二十一协北上。"
    ents = _ents(text, "MIL_UNIT")
    assert [text[e["start"]:e["end"]] for e in ents] == ["第八镇", "混成第二协", "二十一协"]
    assert ents[2]["norm"]["numbers"] == [21] and ents[2]["norm"]["echelon"] == "协"


def test_commander_after_a_forces_tongling_post():
    text = "巡防营统领吴某某率部出城，练军统领郑大成坐视不救。"
    assert _find(text, "郑大成", "PERSON") in _spans(text, "PERSON")
    assert _spans("他统领全军南下。", "PERSON") == []


def test_numbered_fortified_regions_are_units():
    from pipeline import extract_text

    text = "战役前夕，苏方第9筑垒地域扼守边境，第101、第102筑垒地域在其侧后，113筑垒地域留作预备。"
    got = [(e["text"], e["norm"]["numbers"], e["norm"]["echelon"])
           for e in extract_text(text)["entities"] if e["label"] == "MIL_UNIT"]
    assert got == [("第9筑垒地域", [9], "筑垒地域"), ("第101、第102筑垒地域", [101, 102], "筑垒地域"),
                   ("113筑垒地域", [113], "筑垒地域")]
    assert not [e for e in extract_text("这一带的筑垒地域很坚固。")["entities"] if e["label"] == "MIL_UNIT"]
