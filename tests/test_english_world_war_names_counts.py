"""Persons and counts of the wars outside Asia, 1840-1979, as English memoirs, rolls, obituaries and newspapers
write them (session 26, s26enper): the given names of those wars (given_names_en.txt, accented surnames in
english_persons), the plural ranks of every army and navy before a list of names (english_romanised_forms),
nicknames in single quotes (english_persons), alternative counts `N or M`, the sides and nations of those wars
before a counted noun, vague magnitudes with `of` before a plural of persons (english_numbers), half a unit
(english_numbers, normalize/english_quantities) and an age after one part of a named person (english_prose).
All sentences are written for these tests."""

from __future__ import annotations

import pytest

from tests.sentences import ents, ent, located


# --------------------------------------------------------------------------- given names of the wars outside Asia

@pytest.mark.parametrize("text, names", [
    ("In 1913 the rebels under Venustiano Ortega opposed Victoriano Salas at the crossing.",
     ["Venustiano Ortega", "Victoriano Salas"]),
    ("He rode with Pablo Ybáñez out front and Álvaro Benítez behind.", ["Pablo Ybáñez", "Álvaro Benítez"]),
    ("The troops of Ahmed Nasrallah met those of Mustafa Hilmi near the canal.", ["Ahmed Nasrallah", "Mustafa Hilmi"]),
    ("He served with Piet Vermaak and Koos van der Merwe in the Free State.", ["Piet Vermaak", "Koos van der Merwe"]),
    ("Eleftherios Kanellos and Josip Horvat signed; Draža Petrović did not.",
     ["Eleftherios Kanellos", "Josip Horvat", "Draža Petrović"]),
])
def test_given_names_of_wars_outside_asia(text, names):
    assert [surface for _, _, surface in located(text, "PERSON")] == names


@pytest.mark.parametrize("text, absent", [
    ("At dawn Enver Pasha left the city.", "Enver Pasha"),      # a title after the name, not a surname
    ("They sailed from Concepción to Valparaiso.", "Concepción"),            # a city, no given name
    ("Ali Pasha held the fortress for a month.", "Ali Pasha"),
])
def test_titles_and_places_are_no_given_name_persons(text, absent):
    assert absent not in [surface for _, _, surface in located(text, "PERSON")]


# --------------------------------------------------------------------------- plural ranks before a list of names

@pytest.mark.parametrize("text, names", [
    ("He set out accompanied by Adjutants Vorster, Malan, and Steyn for the laager.", ["Vorster", "Malan", "Steyn"]),
    ("Troopers Dent, Moss and Hale were captured, with Sergeants Lowe and Pike.",
     ["Dent", "Moss", "Hale", "Lowe", "Pike"]),
    ("They were joined by Commandants Louw and Brink at the drift.", ["Louw", "Brink"]),
    ("Among the wounded were Lieuts. Walter Penn and James R. Doyle.", ["Walter Penn", "James R. Doyle"]),
])
def test_plural_ranks_before_names(text, names):
    assert [surface for _, _, surface in located(text, "PERSON")] == names


def test_plural_ranks_without_names_are_no_persons():
    assert located("The Sergeants and Corporals of the company drilled the men.", "PERSON") == []
    assert located("Privates and Troopers of the Staff and Army were mustered.", "PERSON") == []


# --------------------------------------------------------------------------- nicknames in single quotes

@pytest.mark.parametrize("text, name", [
    ("Private Thomas 'Nobby' Clarke was killed near the farm.", "Thomas 'Nobby' Clarke"),
    ("We buried Frederick \u2018Tich\u2019 Barlow at dawn.", "Frederick \u2018Tich\u2019 Barlow"),
    ("Obituaries appeared today for Walter 'Smudger' Smith of Leeds.", "Walter 'Smudger' Smith"),
])
def test_single_quoted_nicknames_inside_the_name(text, name):
    assert name in [surface for _, _, surface in located(text, "PERSON")]


def test_a_quoted_title_is_no_nickname():
    assert located("He read Tennyson 'In Memoriam' Aloud.", "PERSON") == []


# --------------------------------------------------------------------------- counts

@pytest.mark.parametrize("text, span, value, unit, approx", [
    ("We lost two or three men at the ford.", "two or three men", 2, "men", None),
    ("Major Hale burned four or five supply carts.", "four or five supply carts", 4, "supply carts", None),
    ("They burned some ten or twelve huts.", "some ten or twelve huts", 10, "huts", "some"),
    ("The garrison of about two thousand Federal troops held out.", "about two thousand Federal troops", 2000,
     "Federal troops", "about"),
    ("Some 300 Confederate prisoners crossed at dawn.", "Some 300 Confederate prisoners", 300,
     "Confederate prisoners", "some"),
    ("He had 50 Boer horsemen with him.", "50 Boer horsemen", 50, "Boer horsemen", None),
    ("He was among tens of thousands of volunteers who came.", "tens of thousands of volunteers", 10000, "volunteers",
     "some"),
    ("Many thousands of Boer prisoners were sent away.", "Many thousands of Boer prisoners", 1000,
     "Boer prisoners", "some"),
    ("The column halted for nearly half-an-hour.", "nearly half-an-hour", 0.5, "hour", "nearly"),
    ("They were half a mile from the river.", "half a mile", 0.5, "mile", None),
])
def test_counts(text, span, value, unit, approx):
    e = ent(text, span)
    assert e["label"] == "QUANTITY"
    assert (e["norm"]["value"], e["norm"]["unit"], e["norm"]["approx"]) == (value, unit, approx)


def test_counts_that_are_not_one_span():
    found = ents("In 1914 or 1915 he was wounded. There were hundreds of deserters and thousands of farmers.")
    assert ("1914", "DATE") in found and ("1915", "DATE") in found
    assert ("hundreds of deserters", "QUANTITY") in found and ("thousands of farmers", "QUANTITY") in found
    # things and distances keep the bare magnitude reading of QUANTITY_RE's nouns only
    assert [s for s, label in ents("Flags were taken hundreds of yards away.") if label == "QUANTITY"] == []
    assert [s for s, label in ents("He ate half a loaf of bread.") if label == "QUANTITY"] == []


# --------------------------------------------------------------------------- ages

def test_age_after_one_part_of_a_named_person():
    text = "John Hale of Leeds fought at Ypres. \"It was hell,\" said John, 96, sitting by the fire."
    assert ("96", "QUANTITY") in ents(text)
    assert ("12", "QUANTITY") not in ents("London, 12, was the count of the day.")
