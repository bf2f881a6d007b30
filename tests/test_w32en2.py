"""Session 32, helper w32en2: lower-case particle surnames (english_particle_surnames) and divisions named by
number and arm with the head dropped (english_arm_regiments.find_arm_divisions). Sentences written for the tests."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def _spans(text: str, label: str) -> list[tuple[str, dict]]:
    return [(text[e["start"]:e["end"]], e.get("norm") or {}) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == label]


def _texts(text: str, label: str) -> list[str]:
    return [t for t, _ in _spans(text, label)]


# ----------------------------------------------------------------------------- particle surnames in lower case
@pytest.mark.parametrize("text, name", [
    ("The retreat of von Haldern's Second Army began at dawn.", "von Haldern"),
    ("On 9 October von Haldern turned his columns east.", "von Haldern"),
    ("Nobody had warned de Vauclain of the ambush.", "de Vauclain"),
    ("After the drift fell, de Wendt escaped with forty burghers.", "de Wendt"),
    ("Later that week van der Brugge rode into the laager.", "van der Brugge"),
    ("Admiral von Strelow's squadron left the harbour.", "von Strelow"),
    ("The staff of von Lettberg-Rahn moved to the coast.", "von Lettberg-Rahn"),
])
def test_lower_case_particle_surname_is_one_person(text, name):
    assert name in _texts(text, "PERSON")
    # no shorter or longer reading of the same name
    assert not [t for t in _texts(text, "PERSON") if t != name and (t in name or name in t)]


def test_two_particle_surnames_in_a_list():
    text = "Both von Haldern and von Brück doubted the plan."
    assert _texts(text, "PERSON") == ["von Haldern", "von Brück"]


@pytest.mark.parametrize("text", [
    "He flew a de Havilland Mosquito over the coast.",       # a maker before its aircraft
    "They walked along the rue de Vaucelles at noon.",        # a street word in lower case
    "The fiesta of 5 de Mayo was cancelled.",                 # a date of Spanish
    "In the van Marshal Ostrow's cavalry led the march.",     # `the van` of an army
    "A strong esprit de Corps kept the battalion together.",  # a French phrase with a capital
    "He was made aide de Camp to the general in May.",
])
def test_particle_runs_that_are_no_bare_surname(text):
    assert not [t for t in _texts(text, "PERSON") if t.split()[0] in ("de", "van", "von")]


# ----------------------------------------------------------------------------- divisions by their arm, head dropped
@pytest.mark.parametrize("text, unit, number, prefix", [
    ("At noon the 21st Panzer attacked the ridge.", "21st Panzer", 21, "装甲"),
    ("The 101st Airborne held the crossroads for a week.", "101st Airborne", 101, "空降"),
    ("By evening 7th Armoured had reached the coast road.", "7th Armoured", 7, "装甲"),
    ("The 12th SS fought hard north of the town.", "12th SS", 12, None),
    ("Then the 1st SS Panzer swung south.", "1st SS Panzer", 1, "装甲"),
    ("The 10th Mountain relieved the rangers.", "10th Mountain", 10, "山地"),
    ("Rommel kept the 90th Light in reserve.", "90th Light", 90, "轻"),
])
def test_division_with_dropped_head(text, unit, number, prefix):
    found = dict(_spans(text, "MIL_UNIT"))
    assert unit in found
    assert found[unit].get("numbers") == [number]
    assert found[unit].get("echelon") == "师"
    assert found[unit].get("prefix") == prefix


def test_two_dropped_head_divisions_in_a_sentence():
    text = "Neither the 2nd Armored nor the 3rd Armored could cross."
    assert _texts(text, "MIL_UNIT") == ["2nd Armored", "3rd Armored"]


@pytest.mark.parametrize("text, unit", [
    ("The 4th Light Dragoons charged the guns.", "4th Light Dragoons"),        # a longer name after the arm
    ("The 15th Panzer Division lost forty tanks.", "15th Panzer Division"),
])
def test_longer_name_after_the_arm_is_kept(text, unit):
    assert _texts(text, "MIL_UNIT") == [unit]


@pytest.mark.parametrize("text", [
    "The 4th Armored tanks rolled into the square.",     # an arm noun after the number and arm: not the head dropped
    "We left on the 2nd Light of dawn.",                # no arm word of a division
])
def test_no_dropped_head_division(text):
    assert not [t for t in _texts(text, "MIL_UNIT") if t.endswith(("Armored", "Light"))]


def test_regiment_with_a_bracket_of_what_it_lacks():
    text = "The detachment consisted of the 9th Infantry (less two companies) and a battery."
    assert "9th Infantry" in _texts(text, "MIL_UNIT")


# ----------------------------------------------------------------------------- bare surnames by a predicate of a man
@pytest.mark.parametrize("text, name", [
    ("The police were already there. Harrop was sitting in the lorry.", "Harrop"),
    ("Meanwhile Halloran was well informed of these moves.", "Halloran"),
    ("By the spring Abd-el-Haddou was in control of the valley.", "Abd-el-Haddou"),
    ("In 1902 Oskarsen was promoted to colonel.", "Oskarsen"),
    ("Tremlow was twenty, and had been commissioned a year.", "Tremlow"),
])
def test_bare_surname_by_state_posture_promotion_or_age(text, name):
    assert name in _texts(text, "PERSON")


@pytest.mark.parametrize("text, word", [
    ("Verdun was twenty miles away.", "Verdun"),                  # a distance, no age
    ("Nobody was aware of the danger.", "Nobody"),               # an everyday word
    ("Intelligence was convinced of the threat.", "Intelligence"),
])
def test_no_bare_surname_without_a_man(text, word):
    assert word not in _texts(text, "PERSON")
