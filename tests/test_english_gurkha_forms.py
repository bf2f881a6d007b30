"""English forms of Commonwealth units and post-war emergencies (session 12 audit; sentences written for this
test, exact spans and values)."""

import pytest

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"], e["norm"].get("numbers")) for e in
            extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, expected", [
    # battalion/regiment written with a slash before a regiment's abbreviation
    ("He was posted from 2/6 GR to 1/10 GR in 1951.",
     [("2/6 GR", "MIL_UNIT", [2, 6]), ("1/10 GR", "MIL_UNIT", [1, 10]), ("1951", "DATE", None)]),
    ("Later he commanded 10 GR.", [("10 GR", "MIL_UNIT", [10])]),
    # ordinals listed before a named regiment share its name (guideline 4)
    ("Only the 1st and 9th Gurkha Rifles stayed.", [("1st and 9th Gurkha Rifles", "MIL_UNIT", [1, 9])]),
    ("The 3rd, 4th & 8th Gurkha Rifles went to India.",
     [("3rd, 4th & 8th Gurkha Rifles", "MIL_UNIT", [3, 4, 8]), ("India", "GPE", None)]),
    # a brigade named by a people, its determiner before a participle or two
    ("They lived in tents: the newly formed Gurkha Brigade had no barracks.", [("Gurkha Brigade", "MIL_UNIT", [])]),
    # a named emergency or confrontation is an event
    ("Patrols went on throughout the Malayan Emergency.", [("Malayan Emergency", "EVENT", None)]),
    ("The battalion later served in the Indonesian Confrontation.", [("Indonesian Confrontation", "EVENT", None)]),
])
def test_forms(text, expected):
    assert _ents(text) == expected


def test_dates_listed_before_a_month_stay_dates():
    text = "On 3rd and 4th June the 5th Division attacked."
    assert [e for e in _ents(text) if e[1] == "MIL_UNIT"] == [("5th Division", "MIL_UNIT", [5])]


@pytest.mark.parametrize("text, expected", [
    # an operation's code name: three words before its number, or quoted after a lower-case 'operation'
    ("Operation Tran Hung Dao II opened in March.", [("Operation Tran Hung Dao II", "EVENT", None), ("March", "DATE", None)]),
    ("Their operation 'Hoang Hoa Tham' failed.", [("Hoang Hoa Tham", "EVENT", None)]),
])
def test_operation_code_names(text, expected):
    assert _ents(text) == expected


def test_a_man_in_apposition_after_a_place_is_no_place():
    text = "The commander of the post at Lao Cai, Dufour, was told to hold on."
    assert [e for e in _ents(text) if e[0] == "Dufour"] == []


@pytest.mark.parametrize("text, expected", [
    # a name before a lower-case head of an event: coup, expedition, treaty, war, convention, landing
    ("The Kapsin coup lasted three days.", [("Kapsin coup", "EVENT", None), ("three days", "QUANTITY", None)]),
    ("After the Formosa expedition of 1874 the treaty was signed.",
     [("Formosa expedition", "EVENT", None), ("1874", "DATE", None)]),
    ("Both sides accepted the Chefoo convention.", [("Chefoo convention", "EVENT", None)]),
])
def test_lower_case_event_heads(text, expected):
    assert _ents(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The then 61-year-old colonel retired.", [("61-year-old", "QUANTITY", None)]),
    ("He was nineteen years old when he enlisted.", [("nineteen years old", "QUANTITY", None)]),
    ("The 88 year old Wang Dezhong was there.", [("88 year old", "QUANTITY", None), ("Wang Dezhong", "PERSON", None)]),
])
def test_ages_are_whole_quantities(text, expected):
    assert _ents(text) == expected
    age = next(e for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "QUANTITY")
    assert age["norm"]["value"] == (int(expected[0][0][:2]) if expected[0][0][:2].isdigit() else 19)


def test_party_and_alliance_short_forms():
    # CPC is the party's own English abbreviation (Communist Party of China), the Axis the alliance (guideline 12)
    assert _ents("Tokyo joined the Axis; the CPC Central Committee met in Yan'an.")[:3] == [
        ("Tokyo", "GPE", None), ("Axis", "ORG", None), ("CPC Central Committee", "ORG", None)]
    assert _ents("along the axis of advance") == []
