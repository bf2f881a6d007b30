"""A day of the month before a capitalised noun is the date's (pipeline/rules/english_numbers.py, session 7)."""

from pipeline.rules.english import find_english


def labelled(text):
    return [(text[c.start:c.end], c.label) for c in find_english(text) if c.label in ("DATE", "QUANTITY")]


def test_day_before_a_demonym_is_a_date():
    assert labelled("On August 14 Soviet tanks crossed the river.") == [("August 14", "DATE")]
    assert labelled("By Oct. 9 British units had withdrawn.") == [("Oct. 9", "DATE")]


def test_count_after_a_month_read_as_a_time_stays():
    assert labelled("In April 14 battalions arrived.") == [("14 battalions", "QUANTITY")]
