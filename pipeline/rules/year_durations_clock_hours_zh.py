"""Durations counted in years, and clock hours listed after a clock time (session 21, s21zhqty).

Proposes:
- QUANTITY: a count of years before 历史 or after 距今/迄今/至今, the time a place or thing has lasted, not a year
  of the calendar (guideline 8: durations are QUANTITY): `这座古镇已有800年历史` → `800年`, `距今已1200余年` →
  `1200余年`, `迄今约六百年` → `约六百年` (an approximator directly before it belongs to the span, rule 9). Gazetteers,
  local histories and site descriptions open with these. The date finder reads `800年` as the year 800; this
  reading wins by priority (55 > 50), as `local_history_zh`'s month durations do.
  The count must follow a word of having or reaching (有 已 达 了 约 近 逾 将近 超过) before 历史, or follow 距今/迄今/至今
  (optionally with 已/已有/已经/有/约/近/达) — `1949年历史的转折` is no duration.
- DATE: clock hours listed after a clock time of one date, `下午2点、4点、6点` → DATE `4点` and `6点` (guideline:
  time of day attached to a date; each of a list is its own span, rule 8). The bare `4点` is otherwise read as a
  count; the part of day written before the first hour applies to the others (value through `read_as`).

Examples written for this module: `城墙已有600年历史`, `距今已1300余年`, `上午9点、11点、13点三次空袭`.
`find_within_counts(text)`: QUANTITY a duration in Chinese numerals before 之内/以内/之间 (一月之内, 三日之内), not a
date; first seen on real-dev9-zh (session 7, helper zh9; moved here from written_zh9 in session 24).
Cost: two regexes started at the literals 年 and 点 (`scan.literal_finditer`); nothing runs without them.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate
from pipeline.normalize.units import parse_number

_NUM = "(?:[0-9０-９]{2,4}|[一二三四五六七八九十百千两〇零]{1,6})"
_APPROX = "(?:约|近|逾|将近|超过)"
_YEARS_BEFORE_HISTORY = re.compile(
    f"(?:有|已|达|了|(?=约|近|逾|将近|超过))(?P<q>{_APPROX}?{_NUM}(?:余|多)?年)(?:的|之)?(?:悠久)?历史")
_YEARS_SINCE = re.compile(
    f"(?:距今|迄今|至今)(?:已有|已经|已|有|达)?(?P<q>{_APPROX}?{_NUM}(?:余|多)?年)(?![代份级度])")
SOURCE_YEARS, PRIORITY_YEARS = "rule:quantity-year-duration", 55

_HOUR = "(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})"
_PART_OF_DAY = "(?:上午|下午|凌晨|早上|早晨|晚上|傍晚|中午|夜间|夜里)"
_HOUR_LIST = re.compile(f"(?P<pod>{_PART_OF_DAY})?{_HOUR}[点點](?:[、和][ ]?{_HOUR}[点點](?![钟鐘半多]?[0-9０-９]))+")
_LISTED_HOUR = re.compile(f"[、和][ ]?(?P<h>{_HOUR}[点點])")
SOURCE_HOURS, PRIORITY_HOURS = "rule:date-listed-clock-hours", 55


def find_year_durations(text: str) -> list[Candidate]:
    """`800年历史`, `距今1200余年`: QUANTITY of years (see the module doc)."""
    if "年" not in text:
        return []
    out: list[Candidate] = []
    for pattern in (_YEARS_BEFORE_HISTORY, _YEARS_SINCE):
        for m in literal_finditer(pattern, text):
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", SOURCE_YEARS, PRIORITY_YEARS))
    return out


def find_listed_clock_hours(text: str) -> list[Candidate]:
    """`上午8点、10点、12点`: the hours after the first are DATEs (see the module doc)."""
    if "点" not in text and "點" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_HOUR_LIST, text):
        pod = m.group("pod") or ""
        first_end = text.find("点", m.start(), m.end())
        if first_end < 0:
            first_end = text.find("點", m.start(), m.end())
        for h in _LISTED_HOUR.finditer(text, first_end + 1, m.end()):
            norm = {"date_hint": {"read_as": pod + h.group("h")}} if pod else None
            out.append(Candidate(h.start("h"), h.end("h"), "DATE", SOURCE_HOURS, PRIORITY_HOURS, norm=norm))
    return out


def find_time_counts(text: str) -> list[Candidate]:
    return find_year_durations(text) + find_listed_clock_hours(text)


_ZH_DIGIT = "一二三四五六七八九十"

# a duration in Chinese numerals before 之内/以内 (一月之内, 三日之内): a quantity, not a date
_WITHIN_RE = re.compile(f"(?<![{_ZH_DIGIT}第初])([{_ZH_DIGIT}两]{{1,2}}个?(?:月|日|天|年|周|昼夜))$")
_WITHIN_ANCHOR = re.compile("之内|以内|之间")
_WITHIN_UNIT = re.compile("个?(?:月|日|天|年|周|昼夜)$")


def find_within_counts(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_WITHIN_ANCHOR, text):
        m = _WITHIN_RE.search(text, max(0, m.start() - 5), m.start())
        if m is not None:
            number = m.group(1)
            unit = _WITHIN_UNIT.search(number).group()
            value = parse_number(number[:len(number) - len(unit)].replace("两", "二"))
            if value:
                out.append(Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-within", 51,
                                     {"value": value, "unit": unit, "approx": None}))
    return out
