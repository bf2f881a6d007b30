"""Dates that name an event (auditen20). Sentences written for the test."""

from pipeline import extract_text


def _ents(text):
    return [(e["text"], e["label"]) for e in extract_text(text)["entities"]]


def test_month_day_before_a_lower_case_event_head():
    ents = _ents("Students marched after the March 18 massacre and the June 23 incident of 1925.")
    assert ("March 18 massacre", "EVENT") in ents and ("June 23 incident", "EVENT") in ents
    assert ("1925", "DATE") in ents
    assert not [e for e in ents if e[1] == "DATE" and e[0].startswith(("March", "June"))]


def test_date_after_a_preposition_stays_a_date():
    ents = _ents("On April 12 uprising leaders met in secret.")
    assert ("April 12", "DATE") in ents


def test_season_coordinated_before_a_season_of_a_year():
    ents = [(e["text"], e["label"], e["norm"]) for e in extract_text(
        "Raids went on through the autumn and winter of 1943 and the spring or summer 1944.")["entities"]]
    assert ("autumn", "DATE", {"value": "1943-FA"}) in ents
    assert ("spring", "DATE", {"value": "1944-SP"}) in ents
    assert not [e for e in _ents("The spring and summer rains came.") if e[1] == "DATE"]
