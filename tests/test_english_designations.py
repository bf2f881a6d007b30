"""Designations by head word and number, sub-units with their parents, and the regiment and force lists
(pipeline/rules/english_designations.py, forces_en_regiments.tsv, forces_en_theatre.tsv; session 10, en14).
Sentences written for these tests."""

from pipeline.rules.english import find_english


def spans(text, label=None):
    return [(c.start, c.end, c.label) for c in find_english(text) if label is None or c.label == label]


def at(text, part, label):
    start = text.index(part)
    return (start, start + len(part), label)


def test_force_detachment_column_task_group():
    text = "Force 136 and Detachment 101 trained agents while Column 16 and Task Group 38.3 waited."
    assert spans(text, "MIL_UNIT") == [at(text, "Force 136", "MIL_UNIT"), at(text, "Detachment 101", "MIL_UNIT"),
                                       at(text, "Column 16", "MIL_UNIT"), at(text, "Task Group 38.3", "MIL_UNIT")]
    assert [c.norm["numbers"] for c in find_english(text) if c.label == "MIL_UNIT"] == [[136], [101], [16], [38]]


def test_number_after_a_head_is_no_count():
    text = "Carrier Division 4 lost both carriers and Unit 516 moved north."
    assert spans(text) == [at(text, "Carrier Division 4", "MIL_UNIT"), at(text, "Unit 516", "MIL_UNIT")]


def test_strength_after_a_unit_in_a_table_stays_a_count():
    text = "Strength: 2 Infantry Brigade 2400 men"
    assert at(text, "2400 men", "QUANTITY") in spans(text)


def test_lettered_battery_squadron_troop():
    text = "Then B Battery fired while C Squadron and Troop D waited."
    assert spans(text, "MIL_UNIT") == [at(text, "B Battery", "MIL_UNIT"), at(text, "C Squadron", "MIL_UNIT"),
                                       at(text, "Troop D", "MIL_UNIT")]


def test_article_a_before_troop_opening_a_sentence():
    assert spans("A Troop of horsemen rode in.", "MIL_UNIT") == []


def test_numbered_roads():
    text = "The convoy left Route 9 for National Highway 212 at dusk."
    assert spans(text, "FAC") == [at(text, "Route 9", "FAC"), at(text, "National Highway 212", "FAC")]


def test_sub_unit_with_parent_after_comma():
    text = "Then Charlie Company, 3rd Battalion crossed, and the 2nd Battalion, the Black Watch followed."
    assert spans(text, "MIL_UNIT") == [at(text, "Charlie Company, 3rd Battalion", "MIL_UNIT"),
                                       at(text, "2nd Battalion, the Black Watch", "MIL_UNIT")]


def test_list_of_equals_and_apposition_are_not_chains():
    text = "The 4th Battalion, 5th Battalion and the 6th Battalion, the 77th Regiment of the line moved."
    got = spans(text, "MIL_UNIT")
    assert at(text, "4th Battalion", "MIL_UNIT") in got and at(text, "5th Battalion", "MIL_UNIT") in got
    assert at(text, "77th Regiment", "MIL_UNIT") in got


def test_counted_units_are_not_chains():
    text = "It had 2 Tank Regiments, 1 Artillery Brigade and 3 Infantry Divisions."
    assert not any(e - s > 20 for s, e, label in spans(text, "MIL_UNIT"))


def test_numbered_regiment_with_its_corps():
    text = "The 21st Mountain regiment Royal Artillery fired."
    assert spans(text, "MIL_UNIT") == [at(text, "21st Mountain regiment Royal Artillery", "MIL_UNIT")]
    assert find_english(text)[0].norm["numbers"] == [21]


def test_regiments_without_a_head_word_and_patrons():
    text = "The Green Howards, the King's Own Yorkshire Light Infantry and the Coldstream Guards landed."
    assert spans(text, "MIL_UNIT") == [at(text, "Green Howards", "MIL_UNIT"),
                                       at(text, "King's Own Yorkshire Light Infantry", "MIL_UNIT"),
                                       at(text, "Coldstream Guards", "MIL_UNIT")]


def test_arms_and_services():
    text = "Sappers of the Royal Engineers and the Royal Army Service Corps built the road."
    assert spans(text, "MIL_UNIT") == [at(text, "Royal Engineers", "MIL_UNIT"),
                                       at(text, "Royal Army Service Corps", "MIL_UNIT")]


def test_theatre_forces():
    text = "The Kempeitai and the Special Naval Landing Force held the port; the Yangtze Patrol withdrew."
    assert spans(text, "MIL_UNIT") == [at(text, "Kempeitai", "MIL_UNIT"),
                                       at(text, "Special Naval Landing Force", "MIL_UNIT"),
                                       at(text, "Yangtze Patrol", "MIL_UNIT")]
    norms = [c.norm for c in find_english(text) if c.label == "MIL_UNIT"]
    assert norms[0]["side"] == "JP" and norms[2]["side"] == "US"


def test_abbreviated_echelons_keep_the_last_full_stop_outside():
    text = "The 27th Div. relieved the 3d Inf. Div. while Btry. C fired."
    assert spans(text, "MIL_UNIT") == [at(text, "27th Div", "MIL_UNIT"), at(text, "3d Inf. Div", "MIL_UNIT"),
                                       at(text, "Btry. C", "MIL_UNIT")]


def test_abbreviated_sub_units_joined_to_an_arm_regiment():
    text = "Then Co. K, 3d Bn., 1st Marines held while the 2nd Battalion, 27th Infantry waited."
    got = [c for c in find_english(text) if c.label == "MIL_UNIT"]
    assert [(c.start, c.end) for c in got] == [at(text, "Co. K, 3d Bn., 1st Marines", "")[:2],
                                               at(text, "2nd Battalion, 27th Infantry", "")[:2]]
    assert [c.norm["numbers"] for c in got] == [[3, 1], [2, 27]]


def test_regiment_short_names():
    text = "The Dorsets relieved the Camerons at dawn."
    assert spans(text, "MIL_UNIT") == [at(text, "Dorsets", "MIL_UNIT"), at(text, "Camerons", "MIL_UNIT")]


def test_qing_banners_and_route_armies():
    text = "The Bordered White Banner joined the Eastern Route Army and the Black Flag Army."
    assert spans(text, "MIL_UNIT") == [at(text, "Bordered White Banner", "MIL_UNIT"),
                                       at(text, "Eastern Route Army", "MIL_UNIT"), at(text, "Black Flag Army", "MIL_UNIT")]


def test_lettered_and_plan_named_naval_forces():
    text = "Force K and the Southern Force closed while Taffy 2 turned; the Air Force waited."
    assert spans(text, "MIL_UNIT") == [at(text, "Force K", "MIL_UNIT"), at(text, "Southern Force", "MIL_UNIT"),
                                       at(text, "Taffy 2", "MIL_UNIT")]


def test_columns_named_after_commanders_and_one_word_forces():
    text = "The Okabe Column joined Gilforce while the Japanese Column and the workforce waited."
    assert spans(text, "MIL_UNIT") == [at(text, "Okabe Column", "MIL_UNIT"), at(text, "Gilforce", "MIL_UNIT")]
