"""Session 17 (auditzh52) QUANTITY and DATE classes: space-separated thousands, units of
weight, area, volumes and sets of equipment, N架起飞, midnight parts of day and a chronicle line's bare
season. Sentences written for these tests."""

import pytest

from pipeline import extract_text


def _entities(text, label):
    return [(e["text"], e["norm"]) for e in extract_text(text, rules_only=True)["entities"] if e["label"] == label]


def _quantities(text):
    return [(t, n["value"], n["unit"], n["approx"]) for t, n in _entities(text, "QUANTITY")]


@pytest.mark.parametrize("text, expected", [
    ("自襄阳至汉口约1 200里水路。", [("约1 200里", 1200, "里", "about")]),
    ("此役共俘2 350人。", [("2 350人", 2350, "人", None)]),
])
def test_space_separated_thousands(text, expected):
    assert _quantities(text) == expected


def test_space_before_year_is_no_thousands():
    assert _quantities("民国27 年冬，该团仅余300人。") == [("300人", 300, "人", None)]


@pytest.mark.parametrize("text, expected", [
    ("山东某县出土银锭一枚，重1500克。", [("一枚", 1, "枚", None), ("1500克", 1500, "克", None)]),
    ("全区面积约360平方千米。", [("约360平方千米", 360, "平方千米", "about")]),
    ("旧志凡八卷，另附图一册。", [("八卷", 8, "卷", None), ("一册", 1, "册", None)]),
    ("缴获无线电台三部，汽车九辆。", [("三部", 3, "部", None), ("九辆", 9, "辆", None)]),
    ("我机8架起飞拦截。", [("8架", 8, "架", None)]),
])
def test_units_of_weight_area_volumes_sets_and_takeoff(text, expected):
    assert _quantities(text) == expected


@pytest.mark.parametrize("text", [
    "敌军一部向西逃窜。",        # 一部: a part of the force
    "湘军三克县城。",            # 克 = took (a town), no gram
    "战士们在山头架起机枪。",    # 架起: set up, no count
])
def test_unit_negatives(text):
    assert [q for q in _quantities(text) if q[2] in ("部", "克", "架")] == []


def test_midnight_belongs_to_its_date():
    dates = _entities("1862年5月3日夜半，守军突围。", "DATE")
    assert dates == [("1862年5月3日夜半", {"value": "1862-05-03TNI"})]


def test_chronicle_line_season():
    text = "1938年\n2月，县抗日动员委员会成立。\n秋，日军飞机轰炸县城。\n"
    dates = [t for t, _ in _entities(text, "DATE")]
    assert dates == ["1938年", "2月", "秋"]
    assert _entities(text, "DATE")[2][1]["value"] == "1938-FA"


def test_season_inside_a_line_is_not_taken():
    assert [t for t, _ in _entities("他说春，是播种的季节。", "DATE")] == []
