"""Session 34 (w34zhloc): a hill written right after the place it stands in (located_places_zh._hills_after_places)."""

import pytest

from pipeline import extract_text


def _spans(text):
    return [(text[e["start"]:e["end"]], e["label"]) for e in extract_text(text, rules_only=True)["entities"]]


@pytest.mark.parametrize("text, hill", [
    ("新四军一部依托江宁甲牛山顽强抗击，激战终日。", "甲牛山"),      # a county the gazetteer knows + hill
    ("1941年1月，他于泾县乙林地区赤丙山被叛徒杀害。", "赤丙山"),     # X地区 + hill
    ("是年在仙游县城丁石山创办学校。", "丁石山"),                   # X县城 + hill
    ("游击队从江门五戊山出发，向西挺进。", "五戊山"),               # a numeral opens a hill of three characters
])
def test_hill_after_place(text, hill):
    spans = _spans(text)
    assert (hill, "LOC") in spans
    start = text.index(hill)
    ents = [e for e in extract_text(text, rules_only=True)["entities"] if e["label"] == "LOC"]
    assert any(e["start"] == start and e["end"] == start + len(hill) for e in ents)


@pytest.mark.parametrize("text, bad", [
    ("部队开到河北唐山。", ("唐山", "LOC")),            # a known city after its province stays the city
    ("他转战江苏、河北山东各地。", ("河北山", "LOC")),   # 山东 is a province
    ("长沙王甲山同志说，部队要转移。", ("甲山", "LOC")),  # a person named 某山 before a word of persons
    ("长沙王甲山同志说，部队要转移。", ("王甲山", "LOC")),
    ("湖南两座山之间有一条河。", ("两座山", "LOC")),     # a count of hills, no name
    ("敌人占据仙游县城北山上的碉堡。", ("城北山", "LOC")),  # the seat and a bearing, no hill named 城北
    ("大好河山，锦绣江山。", ("江山", "LOC")),            # ordinary words
    ("部队进入江西井冈山区。", ("井冈山区", "LOC")),     # a name going on (山区) is left to the region rules
])
def test_not_a_hill(text, bad):
    assert bad not in _spans(text)


def test_bank_hillside_no_hill():
    text = "该地在怒江東岸山腰間的一個小壩子。"     # 東岸|山腰: a bank and a hillside
    assert not any(label == "LOC" and name.endswith("山") for name, label in _spans(text))
