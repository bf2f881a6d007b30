"""glued_verb_names_zh and local_record_names_zh's name before a post (session 23, s23zhname). Sentences written for
the test (made-up names); exact spans, labels, and what must stay untagged."""

from tests.sentences import located


def _spans(text, label="PERSON"):
    return located(text, label)


# a two-character name glued to a one-character verb, named alone elsewhere on the page
def test_name_before_glued_verb():
    text = "村里有个后生赵川偷牛被抓,后来赵川深夜逃走。"
    assert _spans(text) == [(6, 8, "赵川"), (15, 17, "赵川")]


def test_three_character_name_kept_without_evidence():
    text = "村里有个后生赵川生,为人老实。"
    assert (6, 9, "赵川生") in _spans(text)


# a surname + two characters before 县长 is the magistrate's name, no county inside it
def test_name_before_county_post():
    text = "王平林县长在任三年,颇有政声。"
    assert _spans(text) == [(0, 3, "王平林")]
    assert _spans(text, "GPE") == []
