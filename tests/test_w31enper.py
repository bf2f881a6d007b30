"""Session 31 (w31enper): commanders run together in an infobox row, a bare surname before a verb of command or
movement, units named by a spelled ordinal alone. Sentences written for these tests (made-up names)."""

from __future__ import annotations

import pytest

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str]]:
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def _ent(text: str, span: str) -> dict | None:
    for e in extract_text(text, rules_only=True)["entities"]:
        if text[e["start"]:e["end"]] == span:
            return e
    return None


# ---------------------------------------------------------------- infobox rows holding two commanders
@pytest.mark.parametrize("text, names", [
    ("Commanders and leaders\nUnited Kingdom Halbert Quennell Empire of Japan Toshiro Kanemaki\nStrength\n900 men",
     ["Halbert Quennell", "Toshiro Kanemaki"]),
    ("Commander1: | Dorvel Tsering Ngabu[1] Lokpa Nyima Tashar[2] |\nStrength1: | 8,000 |",
     ["Dorvel Tsering Ngabu", "Lokpa Nyima Tashar"]),
    ("Commanders and leaders\nEdmund R. Faircloth Park Sung Dol\nUnits involved\n9th Infantry Regiment\n",
     ["Edmund R. Faircloth", "Park Sung Dol"]),
    ("Commanders and leaders\nUnited Kingdom Sir Alden Brome Empire of Japan Kenji Moriwake\nStrength\n1 unit",
     ["Alden Brome", "Kenji Moriwake"]),
])
def test_commanders_run_together(text, names):
    found = _ents(text)
    for name in names:
        assert (name, "PERSON") in found


def test_one_commander_with_a_state_word_is_not_split():
    text = "Commanders and leaders\nGeorge Washington\nStrength\n5,000 men"
    assert ("George Washington", "PERSON") in _ents(text)
    assert ("George", "PERSON") not in _ents(text)


# ---------------------------------------------------------------- a bare surname before a verb of command or movement
@pytest.mark.parametrize("text, name", [
    ("In the face of these problems Quarrendo ordered an all-or-nothing attack on the fort.", "Quarrendo"),
    ("From Malvena, where Tsukaroda had moved his headquarters in January, the army pressed on.", "Tsukaroda"),
    ("The rebels fell back to the hills, where Bayar Tumendel engaged them in a running fight.", "Bayar Tumendel"),
    ("The escort came in at dusk. Pellingham returned last night from the river crossing.", "Pellingham"),
])
def test_command_verb_subjects(text, name):
    assert (name, "PERSON") in _ents(text)


@pytest.mark.parametrize("text, word", [
    ("The band of men from Volsk commanded by a deserter held the ford.", "Volsk"),
    ("The seizure of the fort at Varnok led to the capture of the pass.", "Varnok"),
    ("At last the 23rd\nFusiliers arrived on the field.", "Fusiliers"),
    ("Britain ordered a general retreat from the river.", "Britain"),
])
def test_command_verb_near_misses(text, word):
    assert (word, "PERSON") not in _ents(text)


# ---------------------------------------------------------------- units named by a spelled ordinal alone
def test_coordinated_spelled_ordinals_are_one_unit():
    text = "At the proper place the Fortieth and Forty-seventh were halted, and the line went on."
    ent = _ent(text, "Fortieth and Forty-seventh")
    assert ent is not None and ent["label"] == "MIL_UNIT"
    assert ent["norm"]["numbers"] == [40, 47]


def test_numeric_and_spelled_pair():
    text = "The front committed two divisions to the operation: the 163d and Forty-fourth."
    ent = _ent(text, "163d and Forty-fourth")
    assert ent is not None and ent["label"] == "MIL_UNIT" and ent["norm"]["numbers"] == [163, 44]


def test_single_spelled_ordinal_after_the():
    text = "A platoon from the Fifty-fourth, striking from the ridge, took the village."
    ent = _ent(text, "Fifty-fourth")
    assert ent is not None and ent["label"] == "MIL_UNIT" and ent["norm"]["numbers"] == [54]


@pytest.mark.parametrize("text, span", [
    ("They kept the Fortieth anniversary of the landing.", "Fortieth"),
    ("On the Twenty-first of May the column left.", "Twenty-first"),
    ("The Twentieth Century brought new weapons.", "Twentieth"),
    ("He was Fortieth in the list.", "Fortieth"),
])
def test_spelled_ordinal_near_misses(text, span):
    assert (span, "MIL_UNIT") not in _ents(text)


# ---------------------------------------------------------------- accented surnames (Spanish, French names)
def test_accented_surname_and_his():
    text = "Retreat was no choice.\n\nMondréjar and his infantry were soon making their way down the pass."
    assert ("Mondréjar", "PERSON") in _ents(text)


def test_accented_word_after_an_article_is_no_surname():
    text = "He rode out of the Estancia and his men followed him."
    assert ("Estancia", "PERSON") not in _ents(text)
    text = "He rode out of the Hacienda Señorío and his men followed him."
    assert ("Señorío", "PERSON") not in _ents(text)


# ---------------------------------------------------------------- a force `under` a commander named by the surname
@pytest.mark.parametrize("text, name", [
    ("In May he was forced to surrender to a French army under Varenne, and was exiled.", "Varenne"),
    ("The regiment that led the assault under Brodowsky lost 700 killed.", "Brodowsky"),
])
def test_force_under_surname(text, name):
    assert (name, "PERSON") in _ents(text)


@pytest.mark.parametrize("text", [
    "The province was under Japanese control for three years.",
    "The men under Article 5 were freed at once.",
    "The town lay under Mount Corvash all winter.",
])
def test_under_near_misses(text):
    assert not any(label == "PERSON" for _, label in _ents(text))


def test_ranked_name_before_a_command_verb_is_left_whole():
    text = "At dawn Brigadier Hallowell ordered the last reserves forward."
    assert ("Brigadier Hallowell", "PERSON") not in _ents(text)
