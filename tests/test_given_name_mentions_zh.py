"""Session 25 (s25mine): a person named in full once and then by the given name alone (given_name_mentions_zh).
All sentences are made up; the names are invented."""

from tests.sentences import ents, located


def _persons(text):
    return [(s, e, surface) for s, e, surface in located(text, "PERSON")]


def test_given_name_after_a_verb_and_before_a_predicate():
    text = "知县钱继荪率众守城。乡人推继荪为首,老三即继荪。"
    spans = _persons(text)
    assert (2, 5, "钱继荪") in spans
    assert (text.index("继荪为首"), text.index("继荪为首") + 2, "继荪") in spans
    assert (text.rindex("继荪"), text.rindex("继荪") + 2, "继荪") in spans


def test_traditional_script():
    text = "知縣錢繼蓀率眾守城。鄉人推繼蓀為首。"
    assert ("繼蓀", "PERSON") in ents(text)


def test_full_name_itself_is_not_split():
    text = "知县钱继荪率众守城,知县钱继荪旋死。"
    assert [surface for _, _, surface in _persons(text)] == ["钱继荪", "钱继荪"]


def test_given_name_shared_by_two_persons_is_left():
    text = "知县钱继荪与孔继荪同时守城,推继荪为首。"
    assert ("继荪", "PERSON") not in ents(text)


def test_given_name_that_is_a_word_or_inside_a_title_is_left():
    assert ("建设", "PERSON") not in ents("知县钱建设率众守城,推建设为首。")
    assert ("继荪", "PERSON") not in ents("知县钱继荪率众守城。后人著《继荪传》。")


def test_temple_named_after_a_person_gives_no_given_name():
    assert ("继荪", "PERSON") not in ents("宿于钱继荪庙,得继荪文集四卷。")
