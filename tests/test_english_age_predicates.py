"""Ages said of a person in a predicate, after `now` and after a speech verb's name (english_age_predicates,
session 33 w33enunit). Sentences written for this test; the names are made up."""

from pipeline import extract_text


def _ents(text):
    return [(text[e["start"]:e["end"]], e["label"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"]]


def _qty(text):
    return [(s, n) for s, label, n in _ents(text) if label == "QUANTITY"]


def test_predicate_age_before_when():
    text = "Born on a farm near the river, he was 19 when he enlisted in the infantry."
    assert _qty(text) == [("19", {"value": 19, "unit": "", "approx": None})]


def test_predicate_age_with_approximator_keeps_it():
    text = "I was about 24 when I was called up for the navy."
    assert _qty(text) == [("about 24", {"value": 24, "unit": "", "approx": "about"})]


def test_predicate_age_in_words_after_a_name():
    text = "Tarrick was twenty, and he had been commissioned into the artillery that spring."
    assert ("twenty", {"value": 20, "unit": "", "approx": None}) in _qty(text)


def test_contracted_pronoun_age():
    text = "My aunt still lives down the road. She's 91."
    assert _qty(text) == [("91", {"value": 91, "unit": "", "approx": None})]


def test_now_age_opening_a_sentence_and_in_apposition():
    text = "He was decorated twice. Now 84, the old gunner still visits the memorial."
    assert _qty(text) == [("84", {"value": 84, "unit": "", "approx": None})]
    text = "Morwen Tallis, now 87, recalls the crossing."
    assert ("87", {"value": 87, "unit": "", "approx": None}) in _qty(text)


def test_age_after_speech_verb_and_a_name():
    text = '"Nobody paid us," said Orrin, 71, standing by the old trench.'
    assert ("71", {"value": 71, "unit": "", "approx": None}) in _qty(text)


def test_negatives():
    # a lower-case subject counts something else; a measure after the number; a place as subject; 'It was'
    assert _qty("The bridge was 60, perhaps more, and the guns were silent.") == []
    assert _qty("Varnel was twenty miles from the coast.") == [("twenty miles", {"value": 20, "unit": "miles",
                                                                                  "approx": None})]
    assert not any(s == "ten" for s, _ in _qty("Nanking was ten, and the rest of the ships lay off Wusung."))
    assert _qty("It was 10, and the guns opened.") == []
    # 'Now' before a plain clause with a lower-case word: no age
    assert _qty("Now 30, we moved on.") == []


def test_turned_and_who_was():
    text = "He turned 88 in March and still walks to the harbour."
    assert ("88", {"value": 88, "unit": "", "approx": None}) in _qty(text)
    text = "The old corporal, who was 21 on D-Day, laid the wreath."
    assert ("21", {"value": 21, "unit": "", "approx": None}) in _qty(text)
    # 'turned' before a measure; 'who was' before a bare comma (no age frame)
    assert not any(s == "90" for s, _ in _qty("The column turned 90 degrees to the north."))
    assert not any(s == "12" for s, _ in _qty("The sergeant, who was 12, 000 yards off, signalled."))
