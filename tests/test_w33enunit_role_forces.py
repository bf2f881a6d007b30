"""A force or unit named by ordinary words for its role after the article (english_regiment_titles_route_armies
_role_forces, session 33 w33enunit). Sentences written for this test."""

from pipeline import extract_text


def _units(text):
    return [(text[e["start"]:e["end"]], e["norm"].get("echelon")) for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "MIL_UNIT"]


def test_role_named_force_and_unit():
    assert _units("By noon the Frontier Force had crossed the river.") == [("Frontier Force", "部队")]
    assert _units("He served in the Special Service Unit until the armistice.") == [("Special Service Unit", "部队")]
    assert _units("The Relief Force reached the mission on the third day.") == [("Relief Force", "部队")]


def test_negatives():
    # a body that is no armed force; a people's word before the head; no article before the name
    assert _units("The Police Force arrested the two clerks.") == []
    assert _units("At dawn the Japanese Force landed on the beach.") == []
    assert _units("Relief Force reached the mission.") == []
    assert _units("She worked in the Intensive Care Unit after the war.") == []
