"""Session 30 (s30zhorgfac): a martial-arts academy (国术馆) after its place or name is one ORG (org_patterns heads).
Sentences written for these tests."""

from pipeline import extract_text


def _spans(text):
    return {(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]}


def test_provincial_academy():
    text = "1929年,浙江省国术馆举办了第一届比赛。"
    assert ("浙江省国术馆", "ORG") in _spans(text)


def test_city_before_central_academy():
    text = "1928年3月,南京中央国术馆成立。"
    assert ("南京中央国术馆", "ORG") in _spans(text)


def test_bare_academy_is_no_name():
    text = "该县也成立了国术馆。"
    assert not any(label == "ORG" for _, label in _spans(text))
