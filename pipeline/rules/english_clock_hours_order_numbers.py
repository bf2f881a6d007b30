"""Military clock times in `hours` and the years of order numbers in English (session 24, helper s24enaudit: audit of
all nine labels on 14 unseen passages: war-crimes trial records, commission papers, 1900 cablegrams, squadron and
battalion histories; each class recurs on at least three other pages of the stored corpus).

- A clock time in the military four-digit form with `hours` is a DATE (the spec's DATE holds a time of day; the
  project reads a clock time before its date as a DATE of its own, `09:45 on 3 May`), never a count of hours:
  `at 0030 hours on 8th December 1941`, `At 0330 hours 6 Hudsons departed`, `At approximately 1000 hours`. The
  four digits are a valid time (00-23, 00-59), written after `at`, `by`, `until`, `till`, `from`, `was`, `about`,
  `after`, `before`, `to` (an approximator between them allowed) or before `on` + a day. A duration is left a
  count (`he flew 1200 hours`, `for 1200 hours`). Its value is the clock time of the nearest day
  (normalize_dates_en's clock times).
- A year written after an order's or a document's number and a slash is part of the number, no DATE: `Army Order
  81/1945`, `A. O. 81/1945`, `Instruction No. 1/1946`. The DATE another finder read there is dropped; a year range
  (`1941/42`) and a day's date (`2/6/44`) stay dates.

Written from the form of British and Commonwealth war diaries, official histories and Army Orders, not from any
annotated set. Priority 53 (over the count read on the same span). Cost: one str.find for ` hours` and for `/`;
the clock pattern tried from its literal (scan.literal_finditer); the order test reads only the DATE candidates
already found.
"""

from __future__ import annotations

import re

from pipeline.rules.english_numbers import DAY
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 53
# a military clock time: 0030 hours
_CLOCK_RE = re.compile(r"(?<![\w,.])(?P<t>(?:[01]\d|2[0-3])[0-5]\d[ \t]+hours)(?![\w-])")
_CLOCK_BEFORE = re.compile(r"\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|was|[Aa]bout|[Aa]fter|[Bb]efore|to)"
                           r"(?:[ \t]+(?:approximately|about|around|exactly|precisely))?[ \t]+$")
_ON_DATE = re.compile(rf"[ \t]+on[ \t]+(?:the[ \t]+)?{DAY}")
# an order's or a document's number with its year (`Army Order 81/1945`, `A. O. 81/1945`, `Instruction No. 1/1946`)
_ORDER_NUMBER_BEFORE = re.compile(r"(?:\b(?:Army[ \t]+Orders?|Orders?|Instructions?|Directives?|Regulations?|Resolutions?"
                                  r"|Circulars?|Ordinances?|Proclamations?|Decrees?|Memorand(?:um|a))(?:[ \t]+No\.?)?"
                                  r"|\bA\.[ \t]?O\.|\bNo\.)[ \t]*\d{1,4}/$")


def _order_number_years(text: str, out: list) -> None:
    drop = set()
    for c in out:
        if c.label == "DATE" and c.end - c.start in (2, 4) and text[c.start:c.end].isdigit() \
                and _ORDER_NUMBER_BEFORE.search(text, max(0, c.start - 30), c.start):
            drop.add(id(c))
    if drop:
        out[:] = [c for c in out if id(c) not in drop]


def find_clock_hours_order_numbers(text: str, out: list) -> None:
    """Military clock times in `hours` (DATE); no DATE inside an order's number (see the module doc)."""
    if "/" in text:
        _order_number_years(text, out)
    if " hours" in text:
        for m in literal_finditer(_CLOCK_RE, text):
            if _CLOCK_BEFORE.search(text, max(0, m.start() - 24), m.start()) or _ON_DATE.match(text, m.end()):
                out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_clock_hours", PRIORITY))
