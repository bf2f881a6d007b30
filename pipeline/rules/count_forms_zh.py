"""Spaced counts and chronicle dates the main QUANTITY and DATE finders do not read (session 17 audit of battle
reports, county chronicles and gazetteers, auditzh52), read from how those texts are written.

`find_count_forms(text)` (working text) proposes:

- QUANTITY: a number whose thousands a typeset or PDF copy separates with a space (`约1 800里`, `共2 400人`):
  one to three digits, a space, exactly three digits, then a measure word (the main finder read `约1` and
  `800里`). Priority 62 outranks the main finder's pieces.
- DATE: a bare season opening a chronicle line (`春，皖西支队…`, `冬,雷再浩起义`): a 大事记 writes each entry
  as `date, event` under its year's heading, so the season is that year's season, like `3 月,` on the line
  before. Only at a line's start and before a comma.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

# measure words of people and things (guideline 9's units), never time units
_THING_UNITS = "名人架辆艘门挺支枚颗处座具部匹头只"

_SPACED_THOUSANDS_RE = re.compile(
    "(?:(?<=[约近逾共计达有])|(?<![0-9０-９., \u3000]))[1-9][0-9]{0,2} [0-9]{3}(?![0-9０-９])"
    f"(?=[余多]?(?:[{_THING_UNITS}]|里|公里|米|吨|元|华里|平方公里))")

_CHRONICLE_SEASON_RE = re.compile("(?:^|(?<=\n))[ \u3000]*([春夏秋冬])(?=[,，])")


def find_count_forms(text: str) -> list[Candidate]:
    """QUANTITY and DATE candidates of the forms above in `text` (working text)."""
    found: list[Candidate] = []
    if " " in text:
        for m in literal_finditer(_SPACED_THOUSANDS_RE, text):
            start = m.start()
            if start and text[start - 1] in "约近逾":
                start -= 1
            end = m.end()
            unit = re.match(f"[余多]?(?:平方公里|华里|公里|[{_THING_UNITS}里米吨元])", text[end:])
            end += unit.end() if unit else 0
            found.append(Candidate(start, end, "QUANTITY", "rule:quantity-spaced", 62))
    if "\n" in text:
        for m in rare_finditer(_CHRONICLE_SEASON_RE, text):
            found.append(Candidate(m.start(1), m.end(1), "DATE", "rule:date-chronicle-season", 55))
    return found
