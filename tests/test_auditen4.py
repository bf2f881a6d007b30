"""Forms found by auditing fresh English reference pages on Asian wars (session 12, helper auditen4).
Own sentences; exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    r = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in r["entities"] if label is None or e["label"] == label]


def _one(text, span, label):
    r = extract_text(text, rules_only=True)
    hits = [e for e in r["entities"] if text[e["start"]:e["end"]] == span and e["label"] == label]
    assert hits, (span, label, _ents(text))
    return hits[0]


# ---- ranks and initials without full stops (english_unstopped_ranks) ----
def test_unstopped_rank_with_unstopped_initials():
    text = "The post was inspected by Maj Gen RK Verma and Lt Col PS Bhalla before the attack."
    assert _ents(text, "PERSON") == [("RK Verma", "PERSON"), ("PS Bhalla", "PERSON")]


def test_unstopped_rank_with_single_initial_and_spaced_initials():
    text = "Lt Gen B Mehta met Second Lieutenant K L Grewal at the bridge."
    assert _ents(text, "PERSON") == [("B Mehta", "PERSON"), ("K L Grewal", "PERSON")]


def test_unstopped_rank_before_south_asian_name_stays_outside():
    text = "Maj Ranjit Singh and Brig Iqbal Khan held the ridge while Capt Mohan Lal waited."
    assert _ents(text, "PERSON") == [("Ranjit Singh", "PERSON"), ("Iqbal Khan", "PERSON"), ("Mohan Lal", "PERSON")]


def test_unstopped_rank_after_stopped_one():
    text = "Commander2: Maj. Gen Tariq Khan, Brig. Aslam Khan"
    names = _ents(text, "PERSON")
    assert ("Tariq Khan", "PERSON") in names and ("Aslam Khan", "PERSON") in names


def test_unstopped_rank_before_unit_word_is_no_person():
    text = "Captain A Company moved up. Gen Staff orders followed."
    assert _ents(text, "PERSON") == []


# ---- unit and force forms (english_reference_units) ----
def test_state_before_service_word_is_the_force():
    text = "The Bangladesh Army and the Pakistan Air Force moved while the Japan Army waited."
    assert _ents(text) == [("Bangladesh Army", "MIL_UNIT"), ("Pakistan Air Force", "MIL_UNIT"), ("Japan", "GPE")]


def test_state_service_before_post_is_left():
    text = "He reached the Pakistan Army Headquarters at dawn."
    assert ("Pakistan Army Headquarters", "MIL_UNIT") not in _ents(text)
    assert ("Pakistan Army", "MIL_UNIT") not in _ents(text)


def test_horse_and_light_cavalry_regiments():
    text = "The 7th Horse, the 2nd Skinner's Horse and the 16th Light Cavalry crossed; the 3rd Horse Artillery stayed."
    units = _ents(text, "MIL_UNIT")
    # the numbered horse artillery is a regiment of its own (session 19), never cut to "3rd Horse"
    assert units == [("7th Horse", "MIL_UNIT"), ("2nd Skinner's Horse", "MIL_UNIT"), ("16th Light Cavalry", "MIL_UNIT"),
                     ("3rd Horse Artillery", "MIL_UNIT")]
    e = _one(text, "7th Horse", "MIL_UNIT")
    assert e["norm"]["numbers"] == [7] and e["norm"]["echelon"] == "团" and e["norm"]["prefix"] == "骑兵"


def test_cavalry_before_equipment_note():
    text = "Units: 11th Cavalry (Shermans), 1st Cavalry (Airmobile)"
    units = _ents(text, "MIL_UNIT")
    assert ("11th Cavalry", "MIL_UNIT") in units and ("1st Cavalry", "MIL_UNIT") not in units


def test_fortified_regions():
    text = "The army held the 101st and 102nd Fortified Regions and the 7th Fortified Region."
    assert _ents(text) == [("101st and 102nd Fortified Regions", "MIL_UNIT"), ("7th Fortified Region", "MIL_UNIT")]
    e = _one(text, "101st and 102nd Fortified Regions", "MIL_UNIT")
    assert e["norm"]["numbers"] == [101, 102]


# ---- counts of personnel (english_numbers NOUNS) ----
def test_personnel_is_the_counted_noun():
    text = "The district sent some 45,000 personnel and 800 naval personnel east."
    e = _one(text, "some 45,000 personnel", "QUANTITY")
    assert e["norm"]["value"] == 45000 and e["norm"]["unit"] == "personnel" and e["norm"]["approx"] == "some"
    assert _one(text, "800 naval personnel", "QUANTITY")["norm"]["value"] == 800


# ---- 19th-century spellings (en_places_book.tsv list 6) ----
def test_old_spellings_of_asian_countries():
    text = "Troops left Corea for Burmah, then sailed past Yezo."
    assert _ents(text) == [("Corea", "GPE"), ("Burmah", "GPE"), ("Yezo", "LOC")]


# ---- marks of flattened pages (english_reference_marks) ----
def test_glued_kia_mark_is_outside_the_name():
    text = "Commander2: Maj. Gen. Farid HassanKIA, Brig. S. T. QadirKIA"
    assert _ents(text, "PERSON") == [("Farid Hassan", "PERSON"), ("S. T. Qadir", "PERSON")]


def test_tanks_named_after_generals_are_no_persons():
    text = "The squadron lost six M47 Patton tanks and two M4 Sherman tanks near the canal."
    assert _ents(text, "PERSON") == []


# ---- names ending in a number (english_numbered_places) ----
def test_battle_of_numbered_hill_keeps_its_number():
    text = "The Battle of Hill 875 followed the Battle of Hue 1968."
    assert _ents(text) == [("Battle of Hill 875", "EVENT"), ("Battle of Hue", "EVENT"), ("1968", "DATE")]


def test_french_colonial_routes():
    text = "Convoys used Route Coloniale 6 (RC6) and Colonial Route 19 to reach Lang Son."
    ents = _ents(text, "FAC")
    assert ents == [("Route Coloniale 6", "FAC"), ("RC6", "FAC"), ("Colonial Route 19", "FAC")]


# ---- Pinyin with tone marks (english_tone_marks) ----
def test_tone_marked_pinyin_places():
    text = "Location: Chángshā, Húnán; later Héféi fell."
    assert _ents(text) == [("Chángshā", "GPE"), ("Húnán", "GPE"), ("Héféi", "GPE")]
    assert _one(text, "Chángshā", "GPE")["norm"]["zh"] == "长沙"
