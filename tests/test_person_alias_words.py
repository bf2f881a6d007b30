"""Alias words: 曾用名/原名/又名 introduce a name and are none themselves (persons.py cues, person_dictionary)."""

from pipeline import extract_text


def _persons(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_former_name_word_is_no_person():
    text = "赵海川（曾用名赵忠山），山西人。"
    spans = _persons(text)
    assert (4, 7) not in spans and (7, 10) in spans


def test_alias_after_you_ming():
    text = "谭启秀，又名谭秀峰，湖南人。"
    assert (6, 9) in _persons(text)
