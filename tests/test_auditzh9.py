"""Classes found by auditing Simplified encyclopedia and campaign pages on 1927-1950 (session 12, auditzh9);
own sentences, exact spans and values."""

from pipeline import extract_text


def _ents(text, label=None):
    record = extract_text(text, rules_only=True)
    return [(e["start"], e["end"], e["label"]) for e in record["entities"]
            if label is None or e["label"] == label]


def _norm(text, start, end):
    record = extract_text(text, rules_only=True)
    return next(e["norm"] for e in record["entities"] if (e["start"], e["end"]) == (start, end))


# unit_designation_frames_zh

def test_numeral_list_sharing_the_short_column_word_is_one_unit():
    text = "野司令二、五、七纵东渡，敌军南撤。"
    assert (3, 9, "MIL_UNIT") in _ents(text)
    norm = _norm(text, 3, 9)
    assert norm["numbers"] == [2, 5, 7] and norm["echelon"] == "纵队"


def test_short_columns_written_together_are_each_a_unit():
    text = "战后一纵六纵转入休整。"
    assert [(2, 4, "MIL_UNIT"), (4, 6, "MIL_UNIT")] == _ents(text, "MIL_UNIT")
    assert _norm(text, 2, 4)["numbers"] == [1]


def test_division_of_ten_or_more_led_by_someone_is_a_designation():
    text = "旅长率十二团在河口一带阻击。"
    assert (3, 6, "MIL_UNIT") in _ents(text)
    assert not _ents(text, "QUANTITY")
    assert _norm(text, 3, 6)["numbers"] == [12]


def test_led_count_below_ten_stays_a_count():
    text = "他率三旅北上，另以两团守城。"
    assert (2, 4, "QUANTITY") in _ents(text)


def test_bare_units_of_one_echelon_listed_together_are_designations():
    text = "李某率七团、十一团向南行军。"
    assert [(3, 5, "MIL_UNIT"), (6, 9, "MIL_UNIT")] == _ents(text, "MIL_UNIT")
    assert _norm(text, 3, 5)["numbers"] == [7]
    assert not _ents(text, "QUANTITY")


def test_chain_glued_to_from_is_one_unit():
    text = "拂晓，第18军11师从西面攻击。"
    assert (3, 10, "MIL_UNIT") in _ents(text)
    assert _norm(text, 3, 10)["numbers"] == [18, 11]


def test_second_bare_arabic_division_after_and_glued_to_from():
    text = "第5军96师和200师从东面进攻。"
    assert [(0, 6, "MIL_UNIT"), (7, 11, "MIL_UNIT")] == _ents(text, "MIL_UNIT")


def test_enemy_army_by_bare_number_without_the_side():
    text = "设法吸引敌五军北上。"
    assert (5, 7, "MIL_UNIT") in _ents(text)
    assert _norm(text, 5, 7)["numbers"] == [5]
    assert not [e for e in _ents("敌军长被俘。") if e[2] == "MIL_UNIT"]


# place_settlement_suffixes_zh

def test_known_place_with_market_town_word_is_one_place():
    text = "收复双沟集的部队会合。"         # 双沟 (a town's short form) + 集
    assert (2, 5, "GPE") in _ents(text)


def test_market_town_word_starting_a_word_is_no_suffix():
    text = "部队在蒙城集中待命。"
    assert (3, 5, "GPE") in _ents(text)
    assert (3, 6, "GPE") not in _ents(text)


def test_family_village_with_a_settlement_word():
    text = "敌一部窜至孙家坊，当夜被歼。"
    assert (5, 8, "GPE") in _ents(text)
    assert (6, 9, "GPE") in _ents("当晚在河湾、刘家洼歼敌一部。")
    assert not [e for e in _ents("他的大家庭在城里。") if e[2] == "GPE"]


# small edits: place_frames, place_address_chains, orgs

def test_preposition_starting_a_word_frames_no_place():
    text = "他长期在上海从事统一战线工作。"
    assert _ents(text, "GPE") == [(4, 6, "GPE")]


def test_verb_of_flight_after_a_county_is_no_village():
    text = "残敌向盐城撤逃，我军追击。"
    assert _ents(text, "GPE") == [(3, 5, "GPE")]


def test_temporary_committee_of_a_county_is_one_org():
    text = "会后成立了阜阳县临时治安委员会。"
    assert (5, 15, "ORG") in _ents(text)


def test_two_named_armies_side_by_side_are_two_units():
    text = "日军加紧对八路军新四军的扫荡。"
    assert [(5, 8, "MIL_UNIT"), (8, 11, "MIL_UNIT")] == _ents(text, "MIL_UNIT")
    assert [(0, 5, "MIL_UNIT")] == _ents("八路军总部北移。", "MIL_UNIT")


def test_war_area_of_two_provinces_after_a_party_or_a_post_verb():
    text = "国民党冀察战区总司令部设于此，他后任鲁苏战区副司令。"
    units = _ents(text, "MIL_UNIT")
    assert (3, 7, "MIL_UNIT") in units or (3, 10, "MIL_UNIT") in units
    assert (18, 22, "MIL_UNIT") in units


def test_doctrine_named_after_a_person_is_no_person():
    assert _ents("他在狱中学习马克思主义和列宁主义。", "PERSON") == []
    assert _ents("马克思曾写道。", "PERSON") == [(0, 3, "PERSON")]


# force_qualified_names_zh

def test_local_force_named_by_place_and_qualifiers_is_one_unit():
    text = "他组建了磐石工农反日游击队。"
    assert [(4, 13, "MIL_UNIT")] == _ents(text)
    text = "1933年在珠河东北反日游击队任职。"       # 珠河 = 珠河县 without 县
    assert (6, 15, "MIL_UNIT") in _ents(text)


def test_qualified_force_without_a_place_is_generic():
    assert not [e for e in _ents("各地反日游击队纷纷成立。") if e[2] == "MIL_UNIT" and e[1] - e[0] > 5]


def test_central_county_committee_is_one_org():
    text = "在磐石中心县委领导下。"
    assert [(1, 7, "ORG")] == _ents(text)


def test_family_ferry_village_is_a_place_not_a_person():
    text = "红军从李家沱渡过赤水河。"
    assert (3, 6, "GPE") in _ents(text)
    assert not _ents(text, "PERSON")


def test_river_named_after_a_county_keeps_its_river_word():
    text = "红军西渡赤水河，进入古蔺。"
    assert (4, 7, "LOC") in _ents(text)
