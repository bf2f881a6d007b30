"""Kinship terms and 群众 before a name (persons.ROLE_NOUNS)."""

from pipeline import extract_text


def _persons(text):
    return [(e["start"], e["end"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "PERSON"]


def test_niece_before_name():
    assert _persons("他的外甥女柴秋今来到村里。") == [(5, 8)]


def test_masses_before_name_with_place_inside():
    assert (9, 12) in _persons("而党员周秀永和群众周永福被捕。")


def test_masses_before_ordinary_words():
    assert _persons("群众大会在村里召开,群众运动蓬勃。") == []


def test_late_grandfather_before_name():
    text = "九月份,先祖父刘作全烈士所服务的部队开赴前线。"
    assert (7, 10) in _persons(text)


def test_clan_of_a_named_surname_is_no_person():
    text = "祖父辛文章、长兄辛朝显都曾从军。故村民以辛氏家族为主。"
    spans = _persons(text)
    assert (2, 5) in spans and not any(e - s == 1 for s, e in spans)
