"""Dates that name an event (session 16, round 2, helper auditen20: label audit of English DATE).

- a month and a day before a lower-case `incident`, `massacre`, `movement`, `uprising` or `affair` (`the January 28
  incident`, `the May 30 movement`, `the May 4th movement`): the name of an event (guideline 10, like `the July 7
  Incident` and `the Shanghai incident`), one EVENT over the date and its head, no DATE. A year after the head stays
  a DATE of its own (`the May 30 incident of 1925`). A meeting named by its date takes a capitalised `Conference` or
  `Meeting` (`the August 7 Conference`; session 19, s19enevt).

- a season coordinated before another season of a year (`the spring and summer of 1938`, `autumn or winter 1944`):
  a DATE of its own (guideline 8: each end its own span), its year the partner's (english_numbers reads only the
  season with the year).

Not after a preposition of time (`on March 1 uprising plans were laid`: a date). Cheap: the pattern is tried only where one of the head words is in the text.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

PRIORITY = 56

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_HEADS = ("incident", "massacre", "movement", "uprising", "affair", "Incident", "Massacre", "Movement", "Uprising",
          "Affair",
          "Conference", "Meeting")   # session 19 (s19enevt): a meeting named by its date, `the August 7 Conference`
_DATE_EVENT_RE = re.compile(rf"(?<![\w-]){_MONTH}[ \t](?:[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?[ \t]"
                            rf"(?:{'|'.join(_HEADS)})(?![\w-])")

_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince|[Ff]rom|[Aa]fter|[Bb]efore|[Tt]ill)[ \t]+$")


_SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
_SEASON_PAIR_RE = re.compile(rf"(?<![\w-])(?P<first>{_SEASON})[ \t]+(?:and|or|to|through)[ \t]+(?:the[ \t]+|early[ \t]+)?"
                             rf"{_SEASON}(?:[ \t]+of)?[ \t]+(?P<year>1[89]\d\d)(?![\w-])")
_SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def find_month_day_events(text: str, out: list) -> None:
    """A month and day before an event's head word: one EVENT; a season coordinated before another of a year (module doc)."""
    for m in literal_finditer(_SEASON_PAIR_RE, text):
        value = f"{m.group('year')}-{_SEASON_CODE[m.group('first').lower()]}"
        out.append(Candidate(m.start("first"), m.end("first"), "DATE", "rule:en_season_pair", PRIORITY, {"value": value}))
    if not any(head in text for head in _HEADS):
        return
    for m in _DATE_EVENT_RE.finditer(text):
        if _PREPOSITION_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue        # 'on March 1 uprising plans were laid': a date
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_date_event", PRIORITY, {}))
