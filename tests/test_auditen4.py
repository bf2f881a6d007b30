"""Forms found by auditing fresh English reference pages on Asian wars (session 12, helper auditen4).
Own sentences; exact spans, labels and values."""

from pipeline import extract_text


def _ents(text, label=None):
    r = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], e["label"]) for e in r["entities"] if label is None or e["label"] == label]


def _one(text, span, label):
    r = extract_text(text, rules_only=True)
    hits = [e for e in r["entities"] if text[e["start"]:e["end"]] == span and e["label"] == label]
    assert hits, (span, label, _ents(text))
    return hits[0]


# ---- ranks and initials without full stops (english_unstopped_ranks) ----
def test_unstopped_rank_with_unstopped_initials():
    text = "The post was inspected by Maj Gen RK Verma and Lt Col PS Bhalla before the attack."
    assert _ents(text, "PERSON") == [("RK Verma", "PERSON"), ("PS Bhalla", "PERSON")]


def test_unstopped_rank_with_single_initial_and_spaced_initials():
    text = "Lt Gen B Mehta met Second Lieutenant K L Grewal at the bridge."
    assert _ents(text, "PERSON") == [("B Mehta", "PERSON"), ("K L Grewal", "PERSON")]


def test_unstopped_rank_before_south_asian_name_stays_outside():
    text = "Maj Ranjit Singh and Brig Iqbal Khan held the ridge while Capt Mohan Lal waited."
    assert _ents(text, "PERSON") == [("Ranjit Singh", "PERSON"), ("Iqbal Khan", "PERSON"), ("Mohan Lal", "PERSON")]


def test_unstopped_rank_after_stopped_one():
    text = "Commander2: Maj. Gen Tariq Khan, Brig. Aslam Khan"
    names = _ents(text, "PERSON")
    assert ("Tariq Khan", "PERSON") in names and ("Aslam Khan", "PERSON") in names


def test_unstopped_rank_before_unit_word_is_no_person():
    text = "Captain A Company moved up. Gen Staff orders followed."
    assert _ents(text, "PERSON") == []
