"""Years named by the sexagenary cycle without a reign era (session 20, s20zhqty).

Proposes:
- DATE: a stem-branch year name written with 年 and no reign era before it (丁未年, 庚子年八月, 甲午年(1894) or
  `1907年(光绪三十三年,丁未年)`), with a month and day after it where written (庚子年八月十五日), or a season (庚子年夏, 辛亥年深秋: session 29). A year named
  by the cycle is an explicit calendar year (guidelines, DATE); a reign era before it is qing_forms' reading
  (光绪甲午年) and wins there by length.
- Value: the year of that name nearest to the nearest explicit four-digit year of the text (before it first,
  else after it); in a text without one, the year of that name in 1864–1923 (the sixty years in which modern
  histories name years by the cycle most: 甲申 1884, 甲午 1894, 戊戌 1898, 庚子 1900, 辛亥 1911), the guideline's
  20th-century reading of bare years. After a word naming the lunar calendar (农历癸丑年腊月) the month is a lunar
  one: it is valued as the Gregorian month it mostly falls in, one later (the lunar year opens between 21 January
  and 20 February), so 腊月 of 癸丑 (1973) is 1974-01; without that word the month is kept as written, as
  qing_forms keeps a reign date's.

Only a valid pair (stem and branch of the same parity) is read, and never inside a longer run of cycle
characters. One pass of a regex whose first character is a stem, gated on 年 being in the text.

`find_glossed_cycle_years(text)`: a year written alone before its cyclical name (1895，岁次乙未: both DATE), anchored
on 岁次. First seen on real-dev7-zh (session 6, helper zh7; moved here from written_zh7 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import LUNAR_MARKERS, SEASON_MODS, SEASONS
from pipeline.rules.scan import literal_finditer, anchored_finditer
from pipeline.spans import Candidate

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"
MONTH = "(正|冬|腊|十[一二]?|[一二三四五六七八九])月"
DAY = "(?:(三十一?|二?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|[一二三四五六七八九])日|初([一二三四五六七八九十])日?)"
# a season written after the year (甲午年冬, 光绪甲午年春末, 辛亥年深秋) belongs to its DATE as after a numbered year
# (光绪二十年冬; session 29, s29zhcount); 冬月 is the eleventh month, no winter
SEASON_AFTER_YEAR = "([初早仲盛晚深暮残]?[春夏秋冬])(?:季|天)?(?:([末初])(?![步期级日年月尾]))?(?!月)"
_CYCLE_YEAR = re.compile(f"(?<![{_STEMS}{_BRANCHES}])([{_STEMS}])([{_BRANCHES}])年(?:{MONTH}{DAY}?|{SEASON_AFTER_YEAR})?")


def season_hint(year: int, season: str, part: str | None) -> dict:
    """The date hint of a year and its season (冬 → 1894-WI; 初/早 START, 仲/盛 MID, 晚/深/暮/残 and 末 END)."""
    hint = {"value": f"{year}-{SEASONS[season[-1]]}"}
    mod = SEASON_MODS.get(season[0]) if len(season) > 1 else None
    mod = mod or {"初": "START", "末": "END"}.get(part or "")
    if mod:
        hint["mod"] = mod
    return hint
_FOUR_DIGIT_YEAR = re.compile("(?<![0-9])(1[6-9][0-9]{2})(?![0-9])(?=[ ]?年|[)）,，、])")
_SMALL = {ch: i for i, ch in enumerate("〇一二三四五六七八九")}
_DEFAULT_FROM = 1864     # a 甲子 year: the window 1864–1923 holds each name once


def small(s: str) -> int:
    """一..三十一 (with 廿) as an int."""
    s = s.replace("廿", "二十")
    if "十" in s:
        tens, _, units = s.partition("十")
        return (_SMALL[tens] if tens else 1) * 10 + (_SMALL[units] if units else 0)
    return _SMALL[s]


def nearest_year(index: int, anchor: int | None) -> int:
    """The year whose cycle index is `index` (0 = 甲子) nearest to `anchor`, or in 1864–1923."""
    if anchor is None:
        return _DEFAULT_FROM + index
    base = anchor - (anchor - 4 - index) % 60     # the year of that name at or before the anchor
    return base if anchor - base <= 30 else base + 60


def find_cycle_years(text: str) -> list[Candidate]:
    if "年" not in text:
        return []
    out: list[Candidate] = []
    years = None
    for m in literal_finditer(_CYCLE_YEAR, text):
        stem, branch = _STEMS.index(m.group(1)), _BRANCHES.index(m.group(2))
        if stem % 2 != branch % 2:
            continue
        if years is None:
            years = [(y.start(), int(y.group(1))) for y in _FOUR_DIGIT_YEAR.finditer(text)]
        before = [y for at, y in years if at < m.start()]
        after = [y for at, y in years if at > m.start()]
        anchor = before[-1] if before else (after[0] if after else None)
        index = next(i for i in range(60) if i % 10 == stem and i % 12 == branch)
        year = nearest_year(index, anchor)
        value = str(year)
        if m.group(6):
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:cycle-year", 65,
                                 norm={"date_hint": season_hint(year, m.group(6), m.group(7))}))
            continue
        if m.group(3):
            month = {"正": 1, "冬": 11, "腊": 12}.get(m.group(3)) or small(m.group(3))
            day = m.group(4) or m.group(5)
            if any(text.endswith(w, 0, m.start()) for w in LUNAR_MARKERS):
                year, month = (year + 1, 1) if month == 12 else (year, month + 1)
                value = f"{year}-{month:02d}"          # a lunar day has no Gregorian day of its own here
            else:
                value += f"-{month:02d}" + (f"-{small(day):02d}" if day else "")
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:cycle-year", 65,
                             norm={"date_hint": {"value": value}}))
    return out


_CYCLE_RE = re.compile(f"(?<![0-9])(1[0-9]{{3}})[,，]?岁次([{_STEMS}][{_BRANCHES}])")
_CYCLE_ANCHOR = re.compile("岁次")


def find_glossed_cycle_years(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_CYCLE_RE, text, _CYCLE_ANCHOR, 6):
        out.append(Candidate(m.start(1), m.end(1), "DATE", "rule:date-year-cycle", 58))
        out.append(Candidate(m.start(2), m.end(2), "DATE", "rule:date-year-cycle", 58))
    return out
