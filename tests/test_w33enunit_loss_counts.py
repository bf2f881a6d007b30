"""Bare counts after 'losing' (and 'lost only') and after a side's 'loss was' (english_numbers BARE_COUNT_RE,
session 33 w33enunit). Sentences written for this test."""

from pipeline import extract_text


def _qty(text):
    return [(text[e["start"]:e["end"]], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "QUANTITY"]


def test_losing_a_bare_count():
    text = "The sortie was beaten off with a loss of 300 men, the garrison only losing nine."
    assert ("nine", {"value": 9, "unit": "", "approx": None}) in _qty(text)


def test_lost_only_a_bare_count():
    assert _qty("In the skirmish the rearguard lost only twelve.") == [("twelve", {"value": 12, "unit": "",
                                                                                  "approx": None})]


def test_loss_was_a_bare_count():
    text = "The Russian loss was 240; the Turks lost more."
    assert ("240", {"value": 240, "unit": "", "approx": None}) in _qty(text)


def test_negatives():
    # 'the loss of' + a count with its noun left to the counted-noun grammar; 'sank' is not read (held-out false span)
    assert not any(s == "two" for s, _ in _qty("The loss of two more ships followed in May."))
    assert _qty("The cruiser sank two and the rest fled.") == []
    assert not any(s == "one" for s, _ in _qty("The enemy, losing one of its tanks, withdrew."))
