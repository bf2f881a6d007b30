"""s26enunit (session 26): German designations, armies named by a place, formations named by a compass point,
Ottoman honorifics (english_german_designations_armies_of); the named forces of the wars outside Asia
(forces_en_outside_asia.tsv); a list of numbered batteries with their corps after them (english_designations).
Sentences written for these tests; the names are made up or other than the audited pages'."""

from sentences import has_span as _has, labelled as _ents, labelled_norm as _norm


# --- German designations

def test_number_with_stop_before_german_compound_is_one_unit():
    text = "In June 1944 the 77. Infanterie-Division held the coast; the 12. Armee stood further south."
    assert _has(text, "77. Infanterie-Division", "MIL_UNIT")
    assert _norm(text, "77. Infanterie-Division", "MIL_UNIT")["numbers"] == [77]
    assert _has(text, "12. Armee", "MIL_UNIT")
    assert _norm(text, "12. Armee", "MIL_UNIT")["numbers"] == [12]


def test_roman_number_and_glued_german_heads():
    text = "The LVI. Panzerkorps fell back behind the 5. Panzerarmee."
    assert _has(text, "LVI. Panzerkorps", "MIL_UNIT")
    assert _has(text, "5. Panzerarmee", "MIL_UNIT")


def test_german_head_before_its_number_is_one_unit():
    text = ("The division received Grenadier-Regiment 1057, schwere Panzer-Abteilung 508 and "
            "Artillerie-Ersatz- und Ausbildungs-Abteilung 27; Kampfgeschwader 26 flew cover.")
    assert _has(text, "Grenadier-Regiment 1057", "MIL_UNIT")
    assert _norm(text, "Grenadier-Regiment 1057", "MIL_UNIT")["numbers"] == [1057]
    assert _has(text, "schwere Panzer-Abteilung 508", "MIL_UNIT")
    assert _has(text, "Artillerie-Ersatz- und Ausbildungs-Abteilung 27", "MIL_UNIT")
    assert _has(text, "Kampfgeschwader 26", "MIL_UNIT")


def test_german_commands_by_letter_or_name():
    text = "Heeresgruppe Nord withdrew while Kampfgruppe Hartmann and Panzergruppe Hoth covered it. The Kampfgruppe was small."
    assert _has(text, "Heeresgruppe Nord", "MIL_UNIT")
    assert _has(text, "Kampfgruppe Hartmann", "MIL_UNIT")
    assert _has(text, "Panzergruppe Hoth", "MIL_UNIT")
    assert not _has(text, "Kampfgruppe", "MIL_UNIT")


def test_english_words_after_a_sentence_number_are_no_german_unit():
    text = "The war ended in 1918. Division staffs were cut. See Table 4. Armies of the period were small."
    assert not any(label == "MIL_UNIT" for _, label, _n in _ents(text))


def test_named_services_of_the_european_armies():
    text = "The Kriegsmarine and the Regia Marina lost ships; the Volkssturm and a Luftwaffe field unit held the town."
    for name in ("Kriegsmarine", "Regia Marina", "Volkssturm", "Luftwaffe"):
        assert _has(text, name, "MIL_UNIT")


# --- armies named by a place, formations by a compass point

def test_army_named_by_region_or_river_is_one_unit():
    text = "The Army of the Tennessee joined the Army of Western Kentucky near the Ohio."
    assert _has(text, "Army of the Tennessee", "MIL_UNIT")
    assert _has(text, "Army of Western Kentucky", "MIL_UNIT")
    assert not _has(text, "Western Kentucky", "GPE")


def test_formation_named_by_compass_point():
    text = "Obregon's Corps of the Northwest met the Division of the South at the river."
    assert _has(text, "Corps of the Northwest", "MIL_UNIT")
    assert _has(text, "Division of the South", "MIL_UNIT")


def test_not_armies_of_months_societies_or_persons():
    text = "The Grand Army of the Republic met in the Army of May parade."
    assert not _has(text, "Army of the Republic", "MIL_UNIT")
    assert not _has(text, "Army of May", "MIL_UNIT")


# --- Ottoman honorifics

def test_honorific_after_name_stays_outside_person():
    text = "Rauf Pasha and General Nazim Pasha met Kara Bey and Hasan Effendi at the fort."
    for name in ("Rauf", "Nazim", "Kara", "Hasan"):
        assert _has(text, name, "PERSON")
    assert not _has(text, "Rauf Pasha", "PERSON")
    assert not _has(text, "General Nazim", "PERSON")


def test_pasha_without_name_is_nothing():
    text = "The Pasha of the province sent troops."
    assert not any(label == "PERSON" for _, label, _n in _ents(text))


# --- numbered batteries listed before their corps

def test_batteries_listed_before_their_corps_are_one_unit():
    text = "The column took the 14th and 66th Batteries Royal Field Artillery and the 3rd Battery Royal Garrison Artillery."
    assert _has(text, "14th and 66th Batteries Royal Field Artillery", "MIL_UNIT")
    assert _norm(text, "14th and 66th Batteries Royal Field Artillery", "MIL_UNIT")["numbers"] == [14, 66]
    assert _has(text, "3rd Battery Royal Garrison Artillery", "MIL_UNIT")
    assert not _has(text, "Royal Field", "FAC")


# --- named formations without a number (forces_en_outside_asia.tsv)

def test_light_division_and_brigades_are_units():
    text = "At Inkerman the Light Division held the ridge while the Heavy Brigade stood behind it."
    assert _has(text, "Light Division", "MIL_UNIT")
    assert _has(text, "Heavy Brigade", "MIL_UNIT")


# --- a state regiment by its ordinal and state alone (english_state_regiments_schools)

def test_state_regiment_without_arm_after_the():
    text = "The 11th Vermont held the wall while the 6th Wisconsin and the Ninth Georgia regiment crossed."
    assert _has(text, "11th Vermont", "MIL_UNIT")
    assert _has(text, "6th Wisconsin", "MIL_UNIT")
    assert _has(text, "Ninth Georgia regiment", "MIL_UNIT")
    assert not _has(text, "Vermont", "GPE")
    assert _norm(text, "6th Wisconsin", "MIL_UNIT")["numbers"] == [6]


def test_ordinals_listed_before_one_state_are_one_regiment_span():
    text = "Law's brigade held the 3rd, 12th and 19th Iowa in check."
    assert _has(text, "3rd, 12th and 19th Iowa", "MIL_UNIT")
    assert _norm(text, "3rd, 12th and 19th Iowa", "MIL_UNIT")["numbers"] == [3, 12, 19]


def test_state_ordinal_before_a_civil_noun_or_longer_name_is_no_bare_regiment():
    text = "He won the 4th Iowa district; the 3rd Ohio Volunteer Infantry marched."
    assert not _has(text, "4th Iowa", "MIL_UNIT")
    assert not _has(text, "3rd Ohio", "MIL_UNIT")


# --- numbered Dragoon Guards (english_units), corps named by a nation, named arms

def test_numbered_dragoon_guards_is_a_cavalry_regiment():
    text = "The 3rd Dragoon Guards and the 7th Dragoon Guards rode past the 6th Dragoons."
    assert _has(text, "3rd Dragoon Guards", "MIL_UNIT")
    norm = _norm(text, "7th Dragoon Guards", "MIL_UNIT")
    assert norm["numbers"] == [7] and norm["echelon"] == "团" and norm.get("side") != "JP"


def test_corps_named_by_a_nation_is_a_unit():
    text = "The Canadian Corps relieved the Portuguese Corps; the Indian Corps Commander and the Signal Corps stayed."
    assert _has(text, "Canadian Corps", "MIL_UNIT")
    assert _has(text, "Portuguese Corps", "MIL_UNIT")
    assert not _has(text, "Indian Corps", "MIL_UNIT")


def test_named_arms_of_italian_and_french_armies():
    text = "The Alpini held the pass while the Chasseurs Alpins and the Arditi attacked."
    for name in ("Alpini", "Chasseurs Alpins", "Arditi"):
        assert _has(text, name, "MIL_UNIT")
