"""Era years as chronologies write them: a Gregorian gloss in brackets, and a range of era years.

- 民国十七年(1928), 光绪二十年（1894）, 十二至十七年(1923~1928): the bracketed Gregorian year(s) are DATEs.
- 民国十二至十七年, 光绪二十至二十一年, 民国三十五年至三十八年: a range of years of one era written once — each end is its own DATE
  (rule 8): `民国十二` (1923) and `十七年` (1928), the values read here (the second end has no era of its own).

Local gazetteers (县志), chronologies and biographies gloss a reign or Republican year with its Gregorian
year in brackets, often without 年. The DATE finder reads `(1928年)`; a bare `(1928)` is a year only by
this position: right after 年 closing a written year (a numeral or 元 before 年). Each year in the
bracket is one DATE (rule 8: each end of a range is its own span); the bracket is outside.
`find_era_year_glosses(text)` runs on the working text (brackets full-width there); the scan starts at
the literal 年（ / 年(.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import ERA, ERA_NUM, ERA_OFFSETS
from pipeline.normalize.numbers import parse_number
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-era-gloss", 50
_YEAR = "(?:1[6-9][0-9]{2}|20[0-4][0-9])"
_GLOSS = re.compile(
    f"[（(][ \u3000]?(?P<a>{_YEAR})(?:[ \u3000]?(?:[~～—–\\-－至到]{{1,2}}|、)[ \u3000]?(?P<b>{_YEAR}))?[ \u3000]?[）)]")
# a written year before 年: a numeral, 元 (元年) or 初/末 is not one — 民国元年, 光绪二十年, 十七年, 1928年 (no gloss)
_YEAR_END = set("〇零一二三四五六七八九十百元廿卅0123456789")


_RANGE_MARKS = "至到~～—–-－"
_ERA_RANGE_BACK = re.compile(f"(?P<era>{ERA})(?P<a>{ERA_NUM})(?P<nian>[ 　]?年)?[ 　]?[{_RANGE_MARKS}][ 　]?(?P<b>{ERA_NUM})[ 　]?$")


def _era_year(era: str, num: str) -> int | None:
    n = 1 if num == "元" else parse_number(num)
    return ERA_OFFSETS[era] + int(n) if n else None


def _era_ranges(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "年"):
        if at < 4 or text[at - 1] not in _YEAR_END or not any(ch in _RANGE_MARKS for ch in text[max(0, at - 6):at]):
            continue
        m = _ERA_RANGE_BACK.search(text, max(0, at - 16), at)
        if m is None:
            continue
        first, last = _era_year(m.group("era"), m.group("a")), _era_year(m.group("era"), m.group("b"))
        if first is None or last is None or not first < last <= first + 60:
            continue
        out.append(Candidate(m.start("era"), m.end("nian") if m.group("nian") else m.end("a"), "DATE", SOURCE, PRIORITY + 2,
                             norm={"date_hint": {"value": str(first)}}))
        out.append(Candidate(m.start("b"), at + 1, "DATE", SOURCE, PRIORITY + 2,
                             norm={"date_hint": {"value": str(last)}}))
    return out


def find_era_year_glosses(text: str) -> list[Candidate]:
    """DATE candidates of era-year glosses and ranges (see the module doc)."""
    out: list[Candidate] = _era_ranges(text) if "年" in text else []
    for opener in ("年（", "年("):
        for at in literal_positions(text, opener):
            if at == 0 or text[at - 1] not in _YEAR_END:
                continue
            m = _GLOSS.match(text, at + 1)
            if m is None:
                continue
            out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY))
            if m.group("b") and int(m.group("a")) < int(m.group("b")):
                out.append(Candidate(m.start("b"), m.end("b"), "DATE", SOURCE, PRIORITY))
    return out
