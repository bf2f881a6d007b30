"""Classes seen on session 18's held-out English passages (pipeline/rules/english_death_of_names.py,
english_royal_colonial_units, english_event_ordinals, english_chambers_pacts_movements, english_boundary_lines,
english_company_forces, and the small edits of english_possessive_titled_names, english_prose and normalize/english).
Sentences written for the tests."""

from __future__ import annotations

from sentences import at, ent, ents, found, norms


# --- 1. Victorian bare surnames

def test_a_commanders_possessive_before_a_lower_case_arm():
    text = "At first light Tressider's infantry forded the stream and Vallance's guns opened on the mound."
    assert found(text, "PERSON") == [at(text, "Tressider", "PERSON"), at(text, "Vallance", "PERSON")]


def test_the_death_of_a_bare_surname_and_its_later_mentions():
    text = "The camp learnt of the death of Ormsby at noon. The despatch was then reported to Ormsby's staff."
    assert at(text, "Ormsby", "PERSON") in found(text, "PERSON")
    # a city falls, it does not die: `the fall of X` is no person frame, nor an everyday word after `death of`
    text = "After the fall of Kembridge the death of Autumn came early."
    assert found(text, "PERSON") == []


def test_a_possessive_before_a_plain_word_is_no_commander():
    text = "Marlowe's books were sold in the town."
    assert found(text, "PERSON") == []


# --- 2. plural echelons after ordinals

def test_ordinals_joined_by_or_before_a_plural_echelon_are_one_unit():
    text = "Either the 4th, 11th, or 16th Divisions would relieve the garrison."
    assert found(text, "MIL_UNIT") == [at(text, "4th, 11th, or 16th Divisions", "MIL_UNIT")]
    assert norms(text, "MIL_UNIT")[0][1]["numbers"] == [4, 11, 16]
    assert norms(text, "MIL_UNIT")[0][1]["echelon"] == "师"


def test_ordinals_before_lower_case_batteries_are_one_unit():
    text = "The 23rd and 71st batteries shelled the redoubt."
    assert found(text, "MIL_UNIT") == [at(text, "23rd and 71st batteries", "MIL_UNIT")]
    assert norms(text, "MIL_UNIT")[0][1]["echelon_key"] == "battery"
    # the lists with `and` before the other echelons keep their reading
    text = "The 5th and 9th divisions halted."
    assert found(text, "MIL_UNIT") == [at(text, "5th and 9th divisions", "MIL_UNIT")]


def test_a_bare_ordinal_after_a_noun_of_the_units_men():
    text = "The 13th Hussars rode out in April. The losses of the 13th were heavy, but on the 13th of May all was quiet."
    units = [(s, e, l) for s, e, l in found(text, "MIL_UNIT")]
    assert at(text, "13th", "MIL_UNIT", 1) in units
    assert at(text, "13th", "MIL_UNIT", 2) not in units      # a day of the month


# --- 3. royal possessives inside regiments, any apostrophe

def test_a_royal_possessive_is_part_of_the_regiment():
    text = "The Queen\u2019s Own Borderers and the King's Royal Fusiliers held the hill."
    assert found(text, "MIL_UNIT") == [at(text, "Queen\u2019s Own Borderers", "MIL_UNIT"),
                                       at(text, "King's Royal Fusiliers", "MIL_UNIT")]
    text = "The Prince of Wales's Own Dragoons charged."
    assert found(text) == [at(text, "Prince of Wales's Own Dragoons", "MIL_UNIT")]


def test_a_plain_possessive_before_a_regiment_is_not_royal():
    text = "Colonel Harte's Rifles charged."
    assert at(text, "Harte's Rifles", "MIL_UNIT") not in found(text)


# --- 4. colonial volunteer units

def test_colonial_volunteer_units_by_their_head():
    text = ("The Griqualand Light Horse, the Zululand Mounted Rifles and the Port Natal Carbineers joined the "
            "Durban Naval Volunteers, while Mostyn's Horse held the drift.")
    assert found(text, "MIL_UNIT") == [at(text, "Griqualand Light Horse", "MIL_UNIT"),
                                       at(text, "Zululand Mounted Rifles", "MIL_UNIT"),
                                       at(text, "Port Natal Carbineers", "MIL_UNIT"),
                                       at(text, "Durban Naval Volunteers", "MIL_UNIT"),
                                       at(text, "Mostyn's Horse", "MIL_UNIT")]
    assert found(text, "PERSON") == [] and found(text, "LOC") == []
    assert norms(text, "MIL_UNIT")[0][1]["echelon"] == "团"


def test_a_peoples_volunteers_are_not_read_here():
    text = "Some American Volunteers arrived."
    assert at(text, "American Volunteers", "MIL_UNIT") not in found(text)


# --- 5. events

def test_an_ordinal_word_before_war_of_belongs_to_the_event():
    text = "Writers later named it the Second War of Greek Liberation."
    assert found(text, "EVENT") == [at(text, "Second War of Greek Liberation", "EVENT")]


def test_an_event_head_of_a_year_after_the_article_is_one_event():
    text = "Memories of the Revolt of 1848 were still alive."
    assert found(text, "EVENT") == [at(text, "Revolt of 1848", "EVENT")]
    text = "He fought in the Canton Rising of 1927."          # a named event keeps its date apart
    assert at(text, "1927", "DATE") in found(text)


def test_a_countrys_possessive_before_an_event_is_its_own_place():
    text = "They studied Persia's Constitutional Revolution closely."
    assert found(text) == [at(text, "Persia", "GPE"), at(text, "Constitutional Revolution", "EVENT")]


# --- 6. bodies with `of`, regions with a lower-case landform head

def test_a_library_or_museum_of_x_is_an_org():
    text = "The letters went to the Museum of Natal and the Library of Parliament."
    assert found(text, "ORG") == [at(text, "Museum of Natal", "ORG"), at(text, "Library of Parliament", "ORG")]


def test_a_region_adjective_before_a_lower_case_landform():
    text = "Rice grew on the Irrawaddy delta and the Shan plateau, not on the Japanese lowlands."
    assert found(text, "LOC") == [at(text, "Irrawaddy delta", "LOC"), at(text, "Shan plateau", "LOC")]


# --- 7. boundary lines

def test_a_boundary_line_is_a_loc_a_defensive_line_a_fac():
    text = "The Ardagh Line was drawn as the frontier in 1897."
    assert at(text, "Ardagh Line", "LOC") in found(text)
    text = "Engineers built the Steyning Line of concrete pillboxes along the border."
    assert at(text, "Steyning Line", "FAC") in found(text)
    text = "Patrols crossed the Ceasefire Line twice."
    assert at(text, "Ceasefire Line", "LOC") in found(text)


def test_a_place_name_before_line_stays_a_code_line():
    text = "The Nevada Line lay north of the boundary river."
    assert at(text, "Nevada Line", "LOC") not in found(text)


# --- 8. a defined acronym's value follows its definition

def test_a_defined_acronym_drops_the_force_lexicons_value():
    text = "The North East Frontier Agency (NEFA) was formed. NEFA had few roads."
    e = ent(text, "NEFA", 1)
    assert e["label"] == "GPE" and "zh" not in (e.get("norm") or {})
    assert ("NEFA", "GPE") in ents(text)


def test_a_companys_force_after_its_possessive():
    text = "The Levant Company's Army was raised in the ports."
    assert found(text) == [at(text, "Levant Company", "ORG"), at(text, "Army", "MIL_UNIT")]
    text = "The Levant Company's Army Headquarters moved."     # a longer name: not read here
    assert at(text, "Army", "MIL_UNIT") not in found(text)


def test_a_peoples_adjective_before_a_colonial_head_is_no_corps():
    text = "Some British Mounted Infantry came up."
    assert at(text, "British Mounted Infantry", "MIL_UNIT") not in found(text)


def test_a_bare_ordinal_after_a_verb_of_posting():
    text = "The 17th Lancers reached Meerut. In 1858 he was posted to the 17th, and the march was put off to the 17th."
    units = found(text, "MIL_UNIT")
    assert at(text, "17th", "MIL_UNIT", 1) in units
    assert at(text, "17th", "MIL_UNIT", 2) not in units       # a day
