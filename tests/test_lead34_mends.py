"""The lead's mends of session 34, each a class with sentences written for it."""
from pipeline import extract_text
from pipeline.rules.english_place_context import common_word


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


def test_es_is_a_plural_ending_only_after_a_hiss_or_an_o():
    # a name in -es whose stem is an everyday word ('fork', 'band', 'angel') is no everyday word
    for name in ("Forkes", "Bandes", "Angeles", "Barnes"):
        assert not common_word(name), name
    # real plurals and third persons in -es still are
    for word in ("Marches", "Boxes", "Heroes", "Churches", "Wishes", "Taxes", "Lines", "Gates"):
        assert common_word(word), word


def test_a_town_in_es_is_read_after_from():
    text = "The column broke out from Forkes along the river road."
    assert ("Forkes", "GPE") in _spans(text)
    # an everyday plural in the same frame is still no town
    assert not any(label == "GPE" for _, label in _spans("The column broke out from Marches along the river road."))


def test_a_states_regiment_is_normalised_as_a_regiment():
    # a state's name after an ordinal is no unit head: `20th Kansas` had the echelon 'Kansa'
    text = "The 20th Kansas held the line while the 1st Montana, 10th Pennsylvania and 51st Iowa came up."
    units = {text[e["start"]:e["end"]]: e["norm"] for e in extract_text(text, rules_only=True)["entities"]
             if e["label"] == "MIL_UNIT"}
    assert set(units) == {"20th Kansas", "1st Montana", "10th Pennsylvania", "51st Iowa"}
    for name, number in (("20th Kansas", 20), ("1st Montana", 1), ("10th Pennsylvania", 10), ("51st Iowa", 51)):
        assert (units[name]["numbers"], units[name]["echelon"], units[name]["side"]) == ([number], "团", "US"), name
    # a cavalry regiment by its arm keeps its own reading
    hussars = [e["norm"] for e in extract_text("The 4th Hussars charged.", rules_only=True)["entities"]]
    assert hussars[0]["echelon"] == "团" and hussars[0]["numbers"] == [4]
