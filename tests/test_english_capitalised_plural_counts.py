"""A count before a capitalised plural no lexicon holds (english_capitalised_plural_counts, session 33 w33enunit).
Sentences written for this test; the peoples' and corps' names are made up."""

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_figure_before_capitalised_plural():
    text = "The khan sent 300 Vorgans and his own guard against the fort."
    assert ("300 Vorgans", "QUANTITY", {"value": 300, "unit": "Vorgans", "approx": None}) in _ents(text)


def test_words_before_capitalised_plural_extend_a_bare_count():
    text = "A thousand Tessarines were made prisoners that night."
    assert ("A thousand Tessarines", "QUANTITY", {"value": 1000, "unit": "Tessarines", "approx": None}) in _ents(text)
    text = "Two hundred Brackmen crossed the ford."
    assert ("Two hundred Brackmen", "QUANTITY", {"value": 200, "unit": "Brackmen", "approx": None}) in _ents(text)


def test_table_row_capitalised_noun():
    text = "Losses\n12 Lorries destroyed\n3 Guns captured"
    got = [(s, l) for s, l, _ in _ents(text)]
    assert ("12 Lorries", "QUANTITY") in got


def test_negatives():
    # a year before a people; a street name (a second capitalised word); a reference number; a known battalion title
    assert not any(l == "QUANTITY" for _, l, _ in _ents("In 1943 Vorgans landed on the island."))
    assert not any(s.startswith("200") for s, _, _ in _ents("They lived at 200 Queens Road until the war."))
    assert not any(s.startswith("12") for s, _, _ in _ents("See page 12 Appendices."))
    assert ("2 Hants", "MIL_UNIT") in [(s, l) for s, l, _ in _ents("The 2 Hants attacked at dawn.")]
