"""Ordinals each with its own article before a plural echelon ('the 27th and the 40th armies') are each a
MIL_UNIT with that echelon; the last ordinal keeps its span with the echelon word."""

from pipeline import extract_text


def _units(text):
    return [(e["text"], e["norm"]["numbers"], e["norm"]["echelon"])
            for e in extract_text(text)["entities"] if e["label"] == "MIL_UNIT"]


def test_each_articled_ordinal_before_a_plural_echelon_is_a_unit():
    assert _units("By noon the 27th and the 40th armies had closed the gap.") == [
        ("27th", [27], "军"), ("40th armies", [40], "军")]
    assert _units("Then the 2nd, the 4th and the 6th Battalions moved up the valley.") == [
        ("2nd", [2], "营"), ("4th", [4], "营"), ("6th Battalions", [6], "营")]


def test_no_plural_echelon_no_unit():
    # a singular echelon after the last ordinal: the first ordinal is a date-like rank, not read as a unit
    assert _units("On the 3rd and the 5th Army attacked.") == [("5th Army", [5], "军")]
    assert _units("He came 3rd and the 5th runner was late.") == []
