"""Counts, dates and place rows of the session-16 round-2 label audit of English QUANTITY/DATE/GPE (auditen20).
Every sentence is written for the test (no page text)."""

from pipeline import extract_text


def _ents(text, label=None):
    return [(e["text"], e["label"], e["norm"]) for e in extract_text(text)["entities"]
            if label is None or e["label"] == label]


def _one(text, span, label="QUANTITY"):
    found = [e for e in extract_text(text)["entities"] if e["text"] == span and e["label"] == label]
    assert found, (span, _ents(text))
    return found[0]["norm"]


def test_digit_one_before_a_singular_warship():
    text = "The squadron counted 1 armoured cruiser and 1 gunboat; Air: 1 seaplane tender 4 destroyers"
    assert _one(text, "1 armoured cruiser") == {"value": 1, "unit": "armoured cruiser", "approx": None}
    assert _one(text, "1 gunboat")["unit"] == "gunboat"
    assert _one(text, "1 seaplane tender")["value"] == 1


def test_word_one_before_a_modified_warship():
    assert _one("Raeder sent one unprotected cruiser north.", "one unprotected cruiser")["unit"] == "unprotected cruiser"


def test_digit_one_after_a_designation_word_is_no_count():
    assert not _ents("No. 1 gun was silenced at noon.", "QUANTITY")
    assert not _ents("Convoy 1 destroyer escorts sailed.", "QUANTITY")


def test_count_before_a_people_and_a_noun_for_men_in_arms():
    text = "Li raised 4,200 Hakka braves and lost 310 Cantonese sailors and 75 Dutch crew."
    assert _one(text, "4,200 Hakka braves") == {"value": 4200, "unit": "Hakka braves", "approx": None}
    assert _one(text, "310 Cantonese sailors")["unit"] == "Cantonese sailors"
    assert _one(text, "75 Dutch crew")["value"] == 75


def test_year_or_month_before_a_people_is_no_count():
    ents = _ents("In 1862 Hunan braves stormed the wall on 3 March.", "QUANTITY")
    assert not ents


def test_count_before_a_plural_abbreviation():
    text = "The flotilla lost 6 LCTs and 2 APCs near the beach."
    assert _one(text, "6 LCTs") == {"value": 6, "unit": "LCTs", "approx": None}
    assert _one(text, "2 APCs")["unit"] == "APCs"
    assert not _ents("In 1944 RAFs of both wings flew.", "QUANTITY")


def test_count_before_a_calibre_in_pounds():
    text = "The battery had three 40 pounder guns and Six 12pounder field pieces."
    assert _one(text, "three 40 pounder guns") == {"value": 3, "unit": "40 pounder guns", "approx": None}
    assert _one(text, "Six 12pounder field pieces")["value"] == 6


def test_figure_alone_on_its_line_takes_no_unit_from_the_next():
    text = "Casualties and losses\n8,450[4]\nKorean sources:\n2,100 wounded"
    assert _one(text, "8,450") == {"value": 8450, "unit": "", "approx": None}
    assert not [e for e in _ents(text, "QUANTITY") if "Korean" in e[0]]


def test_count_wrapped_inside_a_sentence_keeps_its_unit():
    text = "the column lost 35\nmules on the pass"
    assert _one(text, "35\nmules")["unit"] == "mules"


def test_approximator_wrapped_at_a_line_end():
    text = "The garrison lost not more\nthan 45 men, and about\n300 coolies fled."
    assert _one(text, "not more\nthan 45 men") == {"value": 45, "unit": "men", "approx": "under"}
    assert _one(text, "about\n300 coolies")["approx"] == "about"


def test_place_row_water_head_is_loc():
    text = "LocationHwacheon Reservoir, Gangwon Province"
    assert _one(text, "Hwacheon Reservoir", "LOC") is not None
    assert not [e for e in _ents(text, "GPE") if e[0] == "Hwacheon Reservoir"]
    assert _one("Location: Tangshan, Hebei", "Tangshan", "GPE") is not None


def test_glued_infobox_date_range_start():
    text = "Date3–19 October 1937\nLocation"
    assert _one(text, "3", "DATE") == {"value": "1937-10-03"}
    assert _one(text, "19 October 1937", "DATE") == {"value": "1937-10-19"}


def test_area_with_abbreviated_square():
    text = "The ceasefire left 1,240 Sq. Miles in Indian hands and 95 sq. km more."
    assert _one(text, "1,240 Sq. Miles") == {"value": 1240, "unit": "Sq. Miles", "approx": None}
    assert _one(text, "95 sq. km")["unit"] == "sq. km"


def test_plus_figure_before_a_noun_phrase():
    assert _one("Losses\n35,000+ non-combat deaths", "35,000+ non-combat deaths") == {
        "value": 35000, "unit": "non-combat deaths", "approx": "over"}


def test_arm_count_before_the_next_figure_of_a_glued_row():
    text = "Land: 8,200 cavalry 40 field guns"
    assert _one(text, "8,200 cavalry") == {"value": 8200, "unit": "cavalry", "approx": None}
    assert not _ents("In 1937 cavalry 3 regiments", "QUANTITY") or all(
        e[0] != "1937 cavalry" for e in _ents("In 1937 cavalry 3 regiments", "QUANTITY"))


def test_money_named_by_its_country():
    text = "The treaty cost 4 million Straits dollars and 250,000 Hong Kong dollars."
    assert _one(text, "4 million Straits dollars") == {"value": 4000000, "unit": "Straits dollars", "approx": None}
    assert _one(text, "250,000 Hong Kong dollars")["unit"] == "Hong Kong dollars"
    assert not [e for e in _ents(text, "GPE") if e[0] == "Hong Kong"]


def test_odd_count_before_any_plural_noun():
    assert _one("Gordon's steamers sank 120-odd war junks.", "120-odd war junks") == {
        "value": 120, "unit": "war junks", "approx": "over"}
    assert not _ents("The 1850s odd jobs", "QUANTITY")
