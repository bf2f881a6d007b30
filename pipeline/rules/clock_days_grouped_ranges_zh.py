"""Days with a part of day and an hour, and ranges of comma-grouped numbers, in Chinese working text.

`find_clock_days_grouped_ranges(text)`:
- DATE: a day with a part of day and an hour (31日清晨5时: one date, guideline 13 keeps it whole).
- QUANTITY: both ends of a range of comma-grouped numbers (14,800-21,000人 → 14,800 + 21,000人, the first with its
  partner's unit; 70,000-100,000 in an infobox); N面 before 合围/包围/夹击.
`find_month_day_clocks(text)` (DATE): a date with its month, a part of day and a clock time is one date
(4月21日傍晚7时30分), above a finder's day-only clock candidate.

Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in
session 24); find_month_day_clocks on real-dev5-zh (session 5, helper zh5; out of written_zh5).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import LazyPattern as _lazy, anchored_finditer
from pipeline.spans import Candidate

_DAY_PART_CLOCK_RE = _lazy(
    "(?<![0-9.第前后今明昨翌次每数几])(?:[1-9]|[12][0-9]|3[01])日"
    "(?:拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间|午后)"
    "(?:[0-2]?[0-9]|[一二]?十[一二]?|[一二三四五六七八九])[时点](?:(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分)?(?![0-9钟])(?:许|左右|前后)?")
_DAY_PARTS = "拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间|午后"
_DAY_PART_ANCHOR = _lazy(_DAY_PARTS)     # the part of day, at most 3 characters after the start (31日)

_NUM_RANGE_RE = _lazy(
    "(?<![0-9.,])([0-9]{1,3}(?:,[0-9]{3}){1,3})[-–~～至到]([0-9]{1,3}(?:,[0-9]{3}){1,3})(?![0-9,.])")
_NUM_RANGE_ANCHOR = _lazy("[-–~～至到]")
_RANGE_APPROX = ("将近", "大约", "超过", "约", "近", "逾")
_SIDES_RE = _lazy("(?<![0-9第])([两二三四])面(?=合围|包围|夹击|围攻|围歼)")
_SIDES_ANCHOR = _lazy("合围|包围|夹击|围攻|围歼")    # the verb, 2 characters after the start


def find_clock_days_grouped_ranges(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in anchored_finditer(_DAY_PART_CLOCK_RE, text, _DAY_PART_ANCHOR, 3):
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-day-part-clock", 51))
    if "," in text:
        from pipeline.normalize.quantities import normalize_quantity
        from pipeline.rules.quantities import patterns

        for m in anchored_finditer(_NUM_RANGE_RE, text, _NUM_RANGE_ANCHOR, 12):
            # each end of a range is its own span, the first takes its partner's unit (real-dev 二至三個軍)
            second = patterns()[0].match(text, m.start(2))
            if second is None or second.end() < m.end():
                continue
            norm2 = normalize_quantity(text[m.start(2):second.end()])
            # an approximator before the first end belongs to it (rule 9: 约8,000至9,000人 → 约8,000)
            start1 = m.start(1) - next((len(w) for w in _RANGE_APPROX if text.endswith(w, 0, m.start(1))), 0)
            norm1 = {**normalize_quantity(text[start1:m.end(1)]), "unit": norm2.get("unit", "")}
            out.append(Candidate(start1, m.end(1), "QUANTITY", "rule:quantity-grouped-range", 41, norm=norm1))
            out.append(Candidate(m.start(2), second.end(), "QUANTITY", "rule:quantity-grouped-range", 41, norm=norm2))
    for m in anchored_finditer(_SIDES_RE, text, _SIDES_ANCHOR, 2):
        out.append(Candidate(m.start(1), m.end(), "QUANTITY", "rule:quantity-sides", 41))
    return out


# a date with its month, a part of day and a clock time is one DATE (4月21日傍晚7时30分), also where a finder
# proposes the day alone with the clock (priority above it)
_MONTH_DAY_CLOCK_RE = re.compile(
    "(?<![0-9])(?:[0-9]{4}年)?(?:1[0-2]|0?[1-9])月(?:[12][0-9]|3[01]|0?[1-9])日"
    f"(?:{_DAY_PARTS})(?:[0-2]?[0-9]|[一二]?十[一二]?|[一二三四五六七八九])[时点](?:(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分|半|(?<=点)钟)?(?![0-9钟])(?:许|左右|前后)?")
_MONTH_DAY_CLOCK_ANCHOR = re.compile(f"日(?:{_DAY_PARTS})")


def find_month_day_clocks(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", "rule:date-month-day-clock", 52)
            for m in anchored_finditer(_MONTH_DAY_CLOCK_RE, text, _MONTH_DAY_CLOCK_ANCHOR, 11)]
