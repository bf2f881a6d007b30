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


# --- a bare 百里 / 千里 measuring a route, an extent or a march (colloquial_counts_zh)

def _q(text: str) -> list[tuple[str, int, int, dict]]:
    return _all(text, "QUANTITY")


def test_bare_thousand_li_after_a_word_of_route():
    assert _q("自海口至县城,水程千里,仅有炮船两只。")[0] == ("千里", 9, 11, {"value": 1000, "unit": "里", "approx": None})


def test_bare_li_after_extent_and_before_a_march():
    assert [(t, s, e) for t, s, e, _ in _q("边墙绵延千里,无兵可守。")] == [("千里", 4, 6)]
    [(t, s, e, norm)] = _q("该团百里奔袭,夺取渡口。")
    assert (t, s, e) == ("百里", 2, 4) and norm["value"] == 100 and norm["unit"] == "里"


def test_bare_li_before_a_front_traditional():
    assert [(t, s, e) for t, s, e, _ in _q("雙方在千里戰線上對峙。")] == [("千里", 3, 5)]


def test_bare_li_negatives():
    assert _q("他骑着一匹千里马。") == []
    assert _q("运筹帷幄,决胜千里。") == []
    assert _q("他与千里之外的家人通信。") == []
    assert _q("赵千里对着三连下达了命令。") == []
    assert [t for t, *_ in _q("双方在数千里战线上展开。")] == ["数千里"]


def test_bare_li_after_reaching():
    assert [(t, s, e) for t, s, e, _ in _q("这道防线长达千里。")] == [("千里", 6, 8)]
