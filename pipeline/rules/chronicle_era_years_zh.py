"""A year of the era last named, written bare at the head of a chronicle's clause: a DATE, no QUANTITY (session 31,
w31zhunit: read across development sets).

Biographies of the Qing histories, county gazetteers and Republican chronicles name a reign era or the Republic once
(`同治四年，…`, `民国二十二年…`) and then open each entry with the year alone: `五年，以某兵船…`, `二十四年，迁移某庙。`,
`十五年春，某某卒`; memoirs shorten the Republic to 民 (`民十三年，某某退职`). The quantity finder reads the bare
`N年` as a duration of N years; guideline 8 makes a year a DATE and durations QUANTITY, and the development sets of
different annotators read every such clause head as the year (six sets, none as a count).

`find_chronicle_era_years(text)` (working text, Simplified) proposes a DATE at priority 52 (above the QUANTITY `N年`
and the DATE finders' pieces) for
- a Chinese-numeral year (元, 一 … 九十九) + 年 with an optional season (春/夏/秋/冬) standing at the head of a clause
  (the text's start, after 。, ；, ： or a line break) and followed by a comma (`，` or `,`), where an era of
  lexicons/eras.tsv or 民国 is written with a year earlier in the text: value the nearest such era's year
  (`同治四年 … 五年，` → 1866; `民国十六年 … 十八年，` → 1929), season as the spec writes it (`1929-SP`);
- 民 + a Chinese-numeral year + 年 after a clause mark (`，民十三年，`): the Republic's year (1911 + N).
Not: a year after a numeral or 第 (the clause mark is required), a year before a word (`三年来`, `五年间`: durations
run on), a year without an era named before it (a bare `三年，` may count years).

Examples written for this module: `光绪二十年，某某调任。二十一年，某某病卒。` → `二十一年` 1895; `民国十年某校成立。
十二年春，迁入新址。` → `十二年春` 1923-SP. Negatives: `他在那里住了三年，后来离开。` (no clause head), `三年，` with no era
named before. Cost: nothing without 年; str.find of 年, and a numeral read back (at most 3 characters) at each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.dates import ERA_OFFSETS   # era → its first year − 1, from lexicons/eras.tsv (民国 included)
from pipeline.normalize.units import parse_number
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-chronicle-era-year", 52

_YEAR = "(?:元|[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
# read back from each 年 (a literal): the year's numeral right before it, and what stands before the numeral
_YEAR_BACK = re.compile(f"{_YEAR}$")
_CLAUSE_MARKS = set("。；;：:\n")
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}


# the modern Japanese eras, one line of succession (their first years are eras.tsv's, through ERA_OFFSETS)
_JAPANESE_ERAS = ("明治", "大正", "昭和", "平成", "令和")


@lru_cache(maxsize=None)
def _era_end(era: str) -> int | None:
    """The first year after `era` (the next era of its own line begins then), None where the era is open (民国): a
    bare year beyond it counts years (宣统元年 … 十年，: 宣统 had three; qing_annals_zh reads the Qing eras the same way)."""
    from pipeline.rules.qing_forms import era_first_years

    japanese = {name: ERA_OFFSETS[name] + 1 for name in _JAPANESE_ERAS}
    for line, open_end in ((era_first_years(), 1912), (japanese, None)):
        if era in line:
            later = [year for year in line.values() if year > line[era]]
            return min(later) if later else open_end
    return None


def _year_number(word: str) -> int | None:
    return 1 if word == "元" else parse_number(word)


def _years(text: str):
    """(numeral start, 年 position, numeral) of every Chinese-numeral year written before a 年."""
    at = text.find("年")
    while at != -1:
        m = _YEAR_BACK.search(text, max(0, at - 3), at)
        if m is not None:
            yield m.start(), at, m.group()
        at = text.find("年", at + 1)


def find_chronicle_era_years(text: str) -> list[Candidate]:
    """DATE candidates of the classes in the module doc."""
    if "年" not in text:
        return []
    eras, out, last_era = ERA_OFFSETS, [], None
    for start, at, numeral in _years(text):
        n = _year_number(numeral)
        # the longest era name written right before the numeral (同治四年, 民国十六年): the era of what follows
        era = next((text[start - k:start] for k in (2, 3, 4) if start >= k and text[start - k:start] in eras), None)
        if era is not None:
            last_era = era
            continue
        if not n:
            continue
        end = at + 1
        season = text[end] if end < len(text) and text[end] in _SEASONS else ""
        end += len(season)
        if end >= len(text) or text[end] not in "，,":
            continue
        before = start
        while before > 0 and text[before - 1] in " \u3000":
            before -= 1
        if before >= 1 and text[before - 1] == "民" and (before == 1 or text[before - 2] in "，,。；;：:\n"):
            out.append(Candidate(before - 1, end, "DATE", SOURCE, PRIORITY,
                                 norm={"date_hint": {"value": str(1911 + n) + (f"-{_SEASONS[season]}" if season else "")}}))
            continue              # 民十三年，: the Republic's year written short
        if last_era is None or not (before == 0 or text[before - 1] in _CLAUSE_MARKS):
            continue
        year = eras[last_era] + n
        end_year = _era_end(last_era)
        if end_year is not None and year >= end_year:
            continue              # beyond the era's last year: a count of years
        value = f"{year}-{_SEASONS[season]}" if season else str(year)
        out.append(Candidate(start, end, "DATE", SOURCE, PRIORITY, norm={"date_hint": {"value": value}}))
    return out
