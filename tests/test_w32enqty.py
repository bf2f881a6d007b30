"""w32enqty (session 32): English DATE classes read across development sets: clock times with their minutes and am/pm
in either case wherever they stand (english_figure_forms, the stop of `a.m.` kept by the reconciler), and a day of
the month written alone as an ordinal after `about`, `until`, a part of the day (english_bare_days). Sentences
written for these tests; names and places are made up."""

from pipeline import extract_text


def _ents(text: str) -> list[tuple[str, str, int, int, dict]]:
    return [(text[e["start"]:e["end"]], e["label"], e["start"], e["end"], e.get("norm") or {})
            for e in extract_text(text, rules_only=True)["entities"]]


def _has(text: str, span: str, label: str, nth: int = 0) -> dict:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    for surface, lab, s, e, norm in _ents(text):
        if (s, e, lab) == (start, start + len(span), label):
            return norm
    raise AssertionError(f"{span!r} {label} not found in {[(x[0], x[1]) for x in _ents(text)]}")


def _none_over(text: str, span: str, label: str | None = None) -> None:
    start = text.index(span)
    end = start + len(span)
    hits = [x for x in _ents(text) if x[2] < end and start < x[3] and (label is None or x[1] == label)]
    assert not hits, hits


# ----------------------------------------------------------------------------- clock times with minutes
def test_clock_with_stopped_am_is_kept_whole():
    text = "The signal reached Dunmore camp at 8.55 a.m. and the column moved off."
    assert _has(text, "8.55 a.m.", "DATE")["value"].endswith("T08:55")


def test_clock_with_capital_pm_after_colon():
    text = "At 3:00 P.M. the Harlow brigade crossed the ford."
    assert _has(text, "3:00 P.M.", "DATE")["value"].endswith("T15:00")


def test_clock_with_minutes_needs_no_preposition():
    text = "It was 4:30 am in the little hill town of Carrowen."
    assert _has(text, "4:30 am", "DATE")["value"].endswith("T04:30")


def test_clock_capital_am_without_stops():
    text = "The barrage lifted at 5:45 AM on the ridge."
    assert _has(text, "5:45 AM", "DATE")["value"].endswith("T05:45")


def test_decimal_before_am_verb_is_no_time():
    text = "The ratio stood at 4.30 and I am sure of it."
    _none_over(text, "4.30", "DATE")


def test_hour_without_minutes_is_left():
    text = "They reached the village at 2am and halted."
    _none_over(text, "2am", "DATE")


# ----------------------------------------------------------------------------- lone ordinal days
def test_day_of_that_month():
    text = "In June 1900 the drilling spread. On the 13th of that month the mission at Kelby was burned."
    assert _has(text, "13th", "DATE")["value"] == "1900-06-13"


def test_about_the_day_or_the_next():
    text = "In June 1900 the envoys waited. About the 25th or 26th of June an edict was issued."
    assert _has(text, "25th", "DATE")["value"] == "1900-06-25"
    _has(text, "26th of June", "DATE")


def test_part_of_day_before_lone_day_leaves_the_day_alone():
    text = "The town was relieved on the night of the 15th. The garrison marched out."
    _has(text, "15th", "DATE")   # the ordinal day only (letter-style days)
    _none_over(text, "night of the", "DATE")


def test_until_the_day_before_a_comma():
    text = "The pickets held the ford until the 9th, when the relief came up."
    _has(text, "9th", "DATE")


def test_regiment_after_until_is_no_day():
    text = "The pickets held the ford until the 42nd came up from the coast."
    _none_over(text, "42nd", "DATE")


def test_regiment_named_after_about_is_no_day():
    text = "About the 23rd Fusiliers little is known."
    _none_over(text, "23rd", "DATE")


def test_night_across_two_days_is_two_dates():
    text = "The raid on Corley was made on the night of the 14th-15th and again later."
    _has(text, "14th", "DATE")
    _has(text, "15th", "DATE")


def test_unit_named_after_part_of_day_is_no_day():
    text = "On the night of the 4th Hussars rode out of Welby."
    _none_over(text, "4th", "DATE")


def test_range_of_units_is_no_day():
    text = "On the 3rd-4th Division boundary the fire was heavy."
    _none_over(text, "3rd", "DATE")


def test_time_after_at_with_its_half_of_the_day_keeps_it():
    # the at-clock reader leaves a time followed by a.m./p.m. to the am/pm reader: 17:30, not 05:30 without its p.m.
    text = "The relief column arrived at about 5:30 p.m. that day."
    assert _has(text, "5:30 p.m.", "DATE")["value"] == "XXXX-XX-XXT17:30"
    _none_over(text, "about", "DATE")
    text = "Firing stopped at 9:05 and began again at 9:40."
    assert _has(text, "9:05", "DATE")["value"] == "XXXX-XX-XXT09:05"
    assert _has(text, "9:40", "DATE")["value"] == "XXXX-XX-XXT09:40"


def test_colon_clock_with_military_hours_is_one_time_not_a_count():
    # `at 14:30 hours` is the time 14:30 with the military `hours` (as `at 0530 hours`), never a count of 30 hours
    text = "The second wave went in at 14:30 hours on 3 June, after a barrage of 30 hours."
    assert _has(text, "14:30 hours", "DATE")["value"] == "XXXX-06-03T14:30"
    assert _has(text, "30 hours", "QUANTITY", nth=1)["value"] == 30     # the duration at the end stays a count
    assert [e for e in extract_text(text, rules_only=True)["entities"]
            if e["label"] == "QUANTITY" and e["start"] < text.index("on 3 June")] == []
    text = "On 5 May 1944 at approximately 06:45 hours the tanks moved off."
    norm = _has(text, "approximately 06:45 hours", "DATE")
    assert norm == {"value": "1944-05-05T06:45", "mod": "APPROX"}
    text = "They marched for 14 hours without rest."
    assert _has(text, "14 hours", "QUANTITY")["value"] == 14
