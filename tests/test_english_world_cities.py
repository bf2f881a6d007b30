"""The world's towns in English text (pipeline/rules/english_world_cities.py, en_places_cities.tsv, session 25)."""

from __future__ import annotations

import pytest

from pipeline.lexicons import read_rows
from pipeline.rules.english_world_cities import city_id, city_table, is_city_word
from tests.sentences import located


@pytest.mark.parametrize("text, places", [
    # a town of the table standing alone, in a list and in no frame of place
    ("Fighting spread to Algiers, Oran and Constantine, and later to Tunis and Casablanca.",
     ["Algiers", "Constantine", "Tunis", "Casablanca"]),
    ("Oran and Casablanca fell within a week.", ["Casablanca"]),
    # words of a sentence's start are set aside; particles inside a name are part of it
    ("From Casablanca the convoy went on to Dakar.", ["Casablanca", "Dakar"]),
    ("Alcalá de Henares was quiet that winter.", ["Alcalá de Henares"]),
    # a town that is also an everyday word: only in a frame of place
    ("Rebels held positions in Cork and in Limerick.", ["Cork", "Limerick"]),
    ("The column crossed from Natal into Zululand.", ["Natal", "Zululand"]),
])
def test_towns_are_places(text, places):
    assert [surface for _, _, surface in located(text, "GPE")] == places


@pytest.mark.parametrize("text, absent", [
    ("Cork the bottles and split the wood before Reading begins.", ["Cork", "Reading"]),   # everyday words, no frame
    ("Captain Geoffrey L. Weston commanded a cruiser.", ["Weston"]),                         # inside a person's name
    ("The Exeter sailed at dawn; the cruiser Exeter followed.", ["Exeter"]),                # a ship after 'the'
    ("She studied at Exeter College for two years.", ["Exeter"]),                          # inside a longer name
    ("The camp commander of Innoshima PW Camp was tried in 1947.", ["Innoshima"]),         # inside a longer name
    ("Mr Weston spoke first.", ["Weston"]),                                                # after a title
])
def test_towns_inside_other_names_or_words_are_not_places(text, absent):
    places = [surface for _, _, surface in located(text, "GPE")]
    for name in absent:
        assert name not in places, (text, places)


def test_a_persons_name_is_read_only_after_a_frame_that_does_not_lead_to_persons():
    assert is_city_word("Hamilton", weak=False) and not is_city_word("Hamilton", weak=True)
    assert is_city_word("Cork", weak=True)
    assert not is_city_word("Casablanca", weak=False)      # read anywhere by its own finder
    assert [s for _, _, s in located("The rebels captured Hamilton in May.", "GPE")] == ["Hamilton"]
    assert [s for _, _, s in located("He reported to Hamilton in May.", "GPE")] == []


def test_value_is_the_geonames_id_of_a_name_only_one_town_bears():
    text = "Oran and Casablanca fell within a week."
    record = [e for e in __import__("pipeline").extract_text(text, "t")["entities"] if e["label"] == "GPE"]
    assert [(e["text"], e["norm"]["id"]) for e in record] == [("Casablanca", city_id("Casablanca"))]
    assert city_id("Casablanca").startswith("geonames:")
    assert city_id("Victoria") is None                     # several towns bear it
    assert city_id("Xyzzyville") is None


def test_table_leaves_out_china_short_forms_and_calendar_words():
    rows = read_rows("en_places_cities.tsv")
    assert len(rows) > 15000
    assert {row[2] for row in rows} == {"city", "city-word", "city-person"}
    table = city_table()
    assert all(len(form) >= 4 for form in table)
    for name in ("Wuhan", "Taipei", "Kowloon", "May", "March", "Japanese"):
        assert name not in table or table[name][0] != "city", name


def test_linked_id_of_a_town_only_the_world_gazetteer_knows():
    from pipeline import extract_text
    from pipeline.link import assign_ids

    record = extract_text("Oran and Casablanca fell within a week; Pilar was taken later by the rebels.", "t")
    ids = {e["text"]: e["norm"]["id"] for e in assign_ids([record])[0]["entities"] if e["label"] == "GPE"}
    assert ids["Casablanca"] == city_id("Casablanca")
