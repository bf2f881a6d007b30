"""Short forms of English given names begin a person's name as the full forms do (session 16: `Matt Ridgway`
was read as `Ridgway` alone, the nickname left out; lexicons/given_names_en.txt). Sentences written for this test."""

from pipeline import extract_text


def persons(text):
    return [e["text"] for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_a_short_given_name_starts_the_name():
    assert persons("Then Matt Kessler took command of the division.") == ["Matt Kessler"]
    assert persons("Bill Hardwick and Bob Ellery were wounded on the ridge.") == ["Bill Hardwick", "Bob Ellery"]


def test_ordinary_words_are_still_no_given_names():
    assert persons("The kit was issued at dawn and the bill was paid.") == []
    assert persons("Kit bags were stacked by the road.") == []
