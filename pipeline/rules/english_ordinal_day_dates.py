"""`the 24th day of October, 1943` (session 12, helper auditen5): the formal and translated-English way of writing a
date (translations from Chinese render 十月二十四日 so; treaties and proclamations write `the 8th day of May`). The
whole `24th day of October, 1943` is one DATE (spec rule 16: an English date written with a comma is one DATE; the
article stays outside); its value is the day, with the written year or else the last year written before it in
the text (`XXXX` if none).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_MONTHS = ("January February March April May June July August September October November December").split()
ORDINAL_DAY_RE = re.compile(
    r"(?<![\w-])(?P<d>[1-9]|[12]\d|3[01])(?:st|nd|rd|th)[ \t]+day[ \t]+of[ \t]+(?P<m>" + "|".join(_MONTHS) + r")"
    r"(?:[ \t]*,?[ \t]+(?P<y>1[5-9]\d\d|20\d\d)(?!\d))?")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def find_ordinal_day_dates(text: str, out: list) -> None:
    """Append `Nth day of Month[, Year]` DATEs with their values."""
    if " day of " not in text:
        return
    for m in ORDINAL_DAY_RE.finditer(text):
        year = m.group("y")
        if year is None:
            years = _YEAR.findall(text, max(0, m.start() - 3000), m.start())
            year = years[-1] if years else "XXXX"
        value = f"{year}-{_MONTHS.index(m.group('m')) + 1:02d}-{int(m.group('d')):02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_ordinal_day", 55, {"value": value}))
