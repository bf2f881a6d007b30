"""Civil posts before a name (pipeline/rules/english.py RANK, session 7). Sentences written for these tests."""

from pipeline.rules.english import find_english


def persons(text):
    return [text[c.start:c.end] for c in find_english(text) if c.label == "PERSON"]


def test_civil_posts_before_names():
    text = "Governor Wen Shouli and Viceroy Halbrook met Consul Derrington and Secretary of State Mervin Oakes."
    assert persons(text) == ["Wen Shouli", "Halbrook", "Derrington", "Mervin Oakes"]


def test_private_first_class_is_a_rank():
    assert persons("Private First Class Arlo Benning was hit.") == ["Arlo Benning"]
