"""w34enqty (session 34): a day of the month written alone as an ordinal in three more frames read across development
sets (english_bare_days.find_framed_days): in brackets after a word of time, and after a sentence-opening `On the`
before a small-letter word; and `half a dozen` as one count of six. Sentences written for these tests; names
and places are made up."""

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


def test_bracketed_day_after_time_word():
    text = "In March 1821 the column halted at Dornvale. The colonel ordered next morning (the 3d) an advance on the ridge."
    norm = _has(text, "3d", "DATE")
    assert norm.get("value") == "1821-03-03", norm
    _has("Orders came two days ago (the 23rd), that the brigade should march.", "23rd", "DATE")
    _has("The division will move out to-morrow (the 19th instant) by the river road.", "19th", "DATE")


def test_bracketed_number_after_a_name_is_no_day():
    _none_over("The Dornvale Highlanders (the 12th) charged the guns.", "12th", "DATE")


def test_sentence_opening_on_the_day_before_small_word():
    text = "In May 1866 the mission was shut. On the 15th missionary Harlow left the town."
    norm = _has(text, "15th", "DATE")
    assert norm.get("value") == "1866-05-15", norm


def test_on_the_ordinal_before_counted_noun_is_no_day():
    _none_over("On the 3rd day the fort at Kelmor fell.", "3rd", "DATE")
    _none_over("On the 5th floor the clerks kept the rolls.", "5th", "DATE")


def test_regiment_that_passed_is_no_day():
    _none_over("The 22nd passed through Oster at noon.", "22nd", "DATE")


def test_half_a_dozen_is_six():
    norm = _has("Half a dozen riders of the Kelmor troop were hit.", "Half a dozen riders", "QUANTITY")
    assert norm.get("value") == 6 and norm.get("unit") == "riders", norm
    norm = _has("The scouts caught half a dozen of them near the ford.", "half a dozen", "QUANTITY")
    assert norm.get("value") == 6, norm


def test_half_a_measure_stays_half():
    norm = _has("The column halted for half an hour at Oster.", "half an hour", "QUANTITY")
    assert norm.get("value") == 0.5, norm
    _none_over("Three of them fled to Oster.", "Three", "QUANTITY")
