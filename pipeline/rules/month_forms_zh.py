"""Months written as a pair or by reference to the last month named, in Chinese working text.

`find_month_pairs(text)` (DATE): two neighbouring months written together after a year (1946年三四月份 → the first
month, 1946-03).
`find_same_month_days(text)` (DATE): a day after 同月 (同月12日: a date in the month of the last date; 同月 itself
outside, as 同年).

Provenance: find_month_pairs first seen on real-dev6-zh (session 6, helper zh6; out of written_zh6 in session 24),
find_same_month_days on real-dev8-zh (session 6, helper zh8; out of written_zh8).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CN_DIGIT = {ch: i for i, ch in enumerate("一二三四五六七八九十", 1)}

_MONTH_PAIR_RE = re.compile("([0-9]{4})年([一二三四五六七八九])([二三四五六七八九十])月份?")
_MONTH_PAIR_ANCHOR = re.compile("月(?<=[一二三四五六七八九][二三四五六七八九十]月)")


def find_month_pairs(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_MONTH_PAIR_RE, text, _MONTH_PAIR_ANCHOR, 7):
        first, second = _CN_DIGIT[m.group(2)], _CN_DIGIT[m.group(3)]
        if second == first + 1:
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-month-pair", 52,
                                 norm={"date_hint": {"value": f"{m.group(1)}-{first:02d}"}}))
    return out


_SAME_MONTH_DAY_RE = re.compile(f"同月((?:[12][0-9]|3[01]|0?[1-9])|(?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))日")
_SAME_MONTH_ANCHOR = re.compile("同月")


def find_same_month_days(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(), "DATE", "rule:date-same-month-day", 53)
            for m in anchored_finditer(_SAME_MONTH_DAY_RE, text, _SAME_MONTH_ANCHOR, 0)]
