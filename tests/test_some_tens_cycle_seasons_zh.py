"""A magnitude with 数 and a smaller magnitude (百数十人), and a season after a cyclical year (session 29,
s29zhcount; sentences written for this test, exact spans and values)."""

import pytest

from pipeline import extract_text


def _entities(text, label):
    record = extract_text(text, rules_only=True)
    return [(text[e["start"]:e["end"]], {k: v for k, v in e["norm"].items() if k in ("value", "unit", "approx", "mod")})
            for e in record["entities"] if e["label"] == label]


@pytest.mark.parametrize("text, span, value, unit", [
    ("村中仅余壮丁百数十人。", "百数十人", 100, "人"),
    ("是役伤亡千数百名。", "千数百名", 1000, "名"),
    ("来犯之敌二万数千人。", "二万数千人", 20000, "人"),
])
def test_a_magnitude_and_some_of_a_smaller_one_is_one_count(text, span, value, unit):
    assert _entities(text, "QUANTITY") == [(span, {"value": value, "unit": unit, "approx": "over"})]


@pytest.mark.parametrize("text, span, value, mod", [
    ("光绪甲午年冬，某军渡江。", "光绪甲午年冬", "1894-WI", None),
    ("辛亥年秋，某地光复。", "辛亥年秋", "1911-FA", None),
    ("咸丰辛酉年春末，某军至。", "咸丰辛酉年春末", "1861-SP", "END"),
    ("庚子年夏天大旱。", "庚子年夏天", "1900-SU", None),
])
def test_a_season_after_a_cyclical_year_belongs_to_it(text, span, value, mod):
    expected = {"value": value, **({"mod": mod} if mod else {})}
    assert _entities(text, "DATE") == [(span, expected)]


def test_dongyue_after_a_cyclical_year_stays_the_eleventh_month():
    assert [s for s, _ in _entities("丁丑年冬月，大雪。", "DATE")] == ["丁丑年冬月"]
