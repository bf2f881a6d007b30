"""Session 31 (w31zhqty): Chinese DATE and QUANTITY classes read across development sets. Every sentence is made
up for this file; places and eras are real, persons and events invented."""

from pipeline import extract_text


def _all(text: str, label: str) -> list[tuple[str, int, int, dict]]:
    return [(e["text"], e["start"], e["end"], e.get("norm") or {})
            for e in extract_text(text, "t", rules_only=True)["entities"] if e["label"] == label]


def _spans(text: str, label: str) -> list[str]:
    return [text[s:e] for _, s, e, _ in _all(text, label)]


# --- a word of the same year before a season or a part of the year (dates.py): no DATE

def test_same_year_season_is_no_date():
    text = "1939年3月,王德顺到了晋西。同年秋,他加入游击队。"
    assert _spans(text, "DATE") == ["1939年3月"]


def test_same_year_end_and_season_day_are_no_date():
    text = "1942年5月,日军进犯县城。是年底,县大队撤往山区;当年冬天,又返回平原。"
    assert _spans(text, "DATE") == ["1942年5月"]


def test_same_year_traditional_script():
    text = "1938年2月,周振華調任縣長。該年冬,縣政府遷往山中。"
    assert _spans(text, "DATE") == ["1938年2月"]


def test_shifted_year_season_keeps_its_date_and_value():
    text = "1939年3月,王德顺到了晋西。次年秋,他回到故乡。"
    dates = _all(text, "DATE")
    assert [(t, s, e) for t, s, e, _ in dates] == [("1939年3月", 0, 7), ("次年秋", 16, 19)]
    assert dates[1][3]["value"] == "1940-FA"


def test_same_year_before_a_month_leaves_the_month():
    text = "1939年3月,王德顺到了晋西。同年8月,他加入游击队。"
    dates = _all(text, "DATE")
    assert [(t, s, e) for t, s, e, _ in dates] == [("1939年3月", 0, 7), ("8月", 18, 20)]
    assert dates[1][3]["value"] == "1939-08"
