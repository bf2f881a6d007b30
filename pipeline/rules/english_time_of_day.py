"""A clock time written next to its date (session 8, helper en13): `12:18, June 10, 2021`, `08:45 on 3 May 1942`,
`14:05 UTC, 2 March 1951` (a news page's time stamp, a log's entry) is a DATE of its own (spec: a time of day attached
to a date is a DATE); its value takes the day written after it (pipeline.normalize.english_dev7.clock_days). A clock
time with no date next to it is left to english_dev6_figures (`at 21:30`).

Found from each colon between digits (str.find), the date looked for in the 40 characters after it.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
           r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tue|Wed|Thu|Fri|Sat|Sun)\.?,?[ \t]+"
CLOCK_BEFORE_DATE = re.compile(
    r"(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d(?:[ \t]?(?:[ap]\.m\.|[AaPp]M\b|[ap]m\b))?)(?![\d:])"
    r"(?:[ \t]+(?:UTC|GMT|JST|CST|EST|local\s+time|hrs|hours)\b)?,?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?"
    rf"(?:{_WEEKDAY})?(?:{_MONTHS}[ \t]+\d{{1,2}}\b|\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?{_MONTHS}(?![\w]))")


def find_time_of_day(text: str, out: list) -> None:
    """Clock times written before their date (see the module doc)."""
    for at in literal_positions(text, ":"):
        if not (0 < at < len(text) - 2 and text[at - 1].isdigit() and text[at + 1].isdigit()):
            continue
        start = at - 2 if at >= 2 and text[at - 2].isdigit() else at - 1
        if start and (text[start - 1].isalnum() or text[start - 1] in ":."):
            continue
        m = CLOCK_BEFORE_DATE.match(text, start, min(len(text), at + 60))
        if m is not None:
            out.append(Candidate(m.start("t"), m.end("t"), "DATE", "rule:en_clock_date", 52))
