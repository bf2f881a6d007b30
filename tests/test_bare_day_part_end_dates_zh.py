"""A day of two or more numerals written without 日 after its month (六月十五, 九月二十三, 七月廿八) and the end
of a season or of a part of a month (夏末, 秋末, 中旬末) are inside the DATE (pipeline.rules.dates, session 27, s27mine).
Sentences written for this test; the names and places are made up."""

from __future__ import annotations

from pipeline import extract_text


def spans(text: str) -> list[tuple[str, str, object]]:
    return [(e["text"], e["label"], (e.get("norm") or {}).get("value")) for e in extract_text(text, "t")["entities"]]


def dates(text: str) -> list[str]:
    return [t for t, label, _ in spans(text) if label == "DATE"]


def test_month_with_bare_day():
    assert dates("匪众于六月十八围攻石桥寨，乡团死守。") == ["六月十八"]
    assert dates("延至九月二十三，援兵始到。") == ["九月二十三"]
    assert dates("七月廿八夜，土匪再犯。") == ["七月廿八夜"]


def test_year_month_bare_day_one_span():
    assert ("咸丰九年十月二十一", "DATE", "1859-10-21") in spans("咸丰九年十月二十一，贼陷县城。")
    assert dates("1927年三月十二晚，农军入城。") == ["1927年三月十二晚"]


def test_bare_day_not_before_count_or_unit():
    # a count after a month is no day: 九月|十五人, 三月|二十万人, 五月|十二个县
    assert dates("九月十五人赴会。") == ["九月"]
    assert dates("三月二十万人集会。") == ["三月"]
    assert dates("五月十二个县受灾。") == ["五月"]
    # a single numeral after the month stays out (五月三: no such reading here)
    assert dates("五月三处失守。") == ["五月"]


def test_written_day_unchanged():
    assert dates("十月十二日，部队出发。") == ["十月十二日"]
    assert dates("农历八月十六，敌军来犯。") == ["八月十六"]


def test_season_and_part_end():
    assert ("1942年秋末", "DATE", "1942-FA") in spans("1942年秋末，独立团转移到山区。")
    assert dates("1937年夏末，学校迁往后方。") == ["1937年夏末"]
    assert dates("到11月下旬末，战事平息。") == ["11月下旬末"]


def test_part_end_not_other_words():
    # 末期 and 末日 are words of their own: the season keeps its reading without them
    assert dates("1944年秋末期间") == ["1944年秋"]
    assert "1944年夏" in dates("1944年夏末日将至")
