"""Era years as chronologies write them: a Gregorian gloss in brackets, and a range of era years.

- 民国十七年(1928), 光绪二十年（1894）, 十二至十七年(1923~1928): the bracketed Gregorian year(s) are DATEs.
- 光绪二十八年(1902)入学，二十九年(1903)毕业: a bare era year whose era was written before (a chronology goes on
  year by year) and which its gloss confirms (some era's year N is the bracketed year) is a DATE of the bracketed
  year, not a duration (session 13 audit, auditzh14); a duration glossed by its range (三十年(1904-1934)) stays one.
- 民国十二至十七年, 光绪二十至二十一年, 民国三十五年至三十八年, 民国三十四年起到三十八年: a range of years of one era written once — each end is its own DATE
  (rule 8): `民国十二` (1923) and `十七年` (1928), the values read here (the second end has no era of its own).

Local gazetteers (县志), chronologies and biographies gloss a reign or Republican year with its Gregorian
year in brackets, often without 年. The DATE finder reads `(1928年)`; a bare `(1928)` is a year only by
this position: right after 年 closing a written year (a numeral or 元 before 年). Each year in the
bracket is one DATE (rule 8: each end of a range is its own span); the bracket is outside.
Session 14 audit (auditzh23, pages on the Ming–Qing wars): a year before 1600 glosses a Ming year
(嘉靖三十一年(1552), 正统四年(1439)) and is taken where the era written before 年 gives that year; a Gregorian year
closing a bracket after another calendar's era year (万历四十六年(天命三年, 1618)) is a DATE where that era year gives
it; a year glossing a relative year (次年(1624), 同年(1683)) is a DATE (the relative word stays outside, rule 8).
Session 15 (auditzh31, gazetteer pages copied without 年): 民国4(1915) — the era year the gloss confirms, and the gloss.
Session 25 (s25zhextent): the bare era year may be written in digits (`14年(1925)` after the Republic was named).
`find_era_year_glosses(text)` runs on the working text (brackets full-width there); the scan starts at
the literal 年（ / 年(.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import ERA, ERA_NUM, ERA_OFFSETS
from pipeline.normalize.numbers import parse_number
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE, PRIORITY = "rule:date-era-gloss", 50
_YEAR = "(?:1[6-9][0-9]{2}|20[0-4][0-9])"
_GLOSS = re.compile(
    f"[（(][ \u3000]?(?P<a>{_YEAR})(?:[ \u3000]?(?:[~～—–\\-－至到]{{1,2}}|、)[ \u3000]?(?P<b>{_YEAR}))?[ \u3000]?[）)]")
# a written year before 年: a numeral, 元 (元年) or 初/末 is not one — 民国元年, 光绪二十年, 十七年, 1928年 (no gloss)
_YEAR_END = set("〇零一二三四五六七八九十百元廿卅0123456789")


# the hyphen stands last: inside a character class `–-－` was a range (U+2013..U+FF0D) that took 十 for a range mark
# (直到民國六十七年 read as 民國六 + 七年; session 21, s21zhqty)
_RANGE_MARKS = "至到~～—–－-"
# 民国三十四年起到三十八年间: 起 after the first year's 年 opens the range (Taiwanese pages; auditzh27)
_ERA_RANGE_BACK = re.compile(f"(?P<era>{ERA})(?P<a>{ERA_NUM})(?:(?P<nian>[ 　]?年)(?:起)?)?[ 　]?[{_RANGE_MARKS}][ 　]?(?P<b>{ERA_NUM})[ 　]?$")


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


# a bare era year in Chinese numerals or in digits (gazetteers typeset in digits: 驻军14年(1925); session 25, s25zhextent)
_BARE_NUM = set("一二三四五六七八九十廿卅元0123456789")
_ERA_BEFORE = re.compile(f"{ERA}$")


def _bare_era_year(text: str, at: int, m: re.Match) -> Candidate | None:
    """二十九年(1903): the bare numeral year before 年 at `at`, read as the era year its gloss names."""
    start = at
    while start > 0 and at - start < 3 and text[start - 1] in _BARE_NUM:
        start -= 1
    if start == at or (start > 0 and (text[start - 1] in _YEAR_END or text[start - 1] in "第初"
                                      or _ERA_BEFORE.search(text, max(0, start - 4), start))):
        return None
    num = text[start:at]
    n = 1 if num == "元" else parse_number(num)
    gloss = int(m.group("a"))
    if not n or m.group("b") and int(m.group("b")) - gloss == int(n):
        return None                                # 三十年(1904-1934): a duration glossed by its range
    if not any(offset + int(n) == gloss for offset in ERA_OFFSETS.values()):
        return None
    return Candidate(start, at + 1, "DATE", SOURCE, PRIORITY, norm={"date_hint": {"value": str(gloss)}})


_EARLY_GLOSS = re.compile(
    f"[（(][ \u3000]?(?P<a>1[3-5][0-9]{{2}})[ \u3000]?[）)]")
_ERA_YEAR_BEFORE = re.compile(f"(?P<era>{ERA})[ \u3000]?(?P<n>{ERA_NUM})$")
# 万历四十六年(天命三年, 1618): the Gregorian year closing the bracket after another era's year
_INNER_GLOSS = re.compile(f"(?P<era>{ERA})[ \u3000]?(?P<n>{ERA_NUM})年[ \u3000]?[,，、;；][ \u3000]?"
                          "(?P<a>1[3-9][0-9]{2})(?:年)?[ \u3000]?[）)]")
_RELATIVE_GLOSS = re.compile(f"(?:次|同|是|翌|明|前|去|当|當)年[（(][ \u3000]?(?P<a>{_YEAR}|1[3-5][0-9]{{2}})[ \u3000]?[）)]")


def _validated_early(text: str, at: int) -> Candidate | None:
    """嘉靖三十一年(1552): a year before 1600 in brackets after 年 at `at`, where the era year before it gives it."""
    m = _EARLY_GLOSS.match(text, at + 1)
    e = _ERA_YEAR_BEFORE.search(text, max(0, at - 8), at)
    if m is None or e is None:
        return None
    if _era_year(e.group("era"), e.group("n")) != int(m.group("a")):
        return None
    return Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY)


def _other_glosses(text: str) -> list[Candidate]:
    out = []
    if "," in text or "，" in text or "、" in text or ";" in text or "；" in text:
        for m in literal_finditer(_INNER_GLOSS, text):
            if _era_year(m.group("era"), m.group("n")) == int(m.group("a")):
                out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY))
    for m in literal_finditer(_RELATIVE_GLOSS, text):
        out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY))
    return out


def _yearless_glosses(text: str) -> list[Candidate]:
    """民国4(1915), 民国2(1913)5月: an era year whose 年 the page dropped (stripped OCR, web copies of gazetteers)
    and whose bracketed gloss confirms it (the era's year N is the bracketed year): the era year is a DATE of
    the gloss's year and the gloss another (auditzh31, book and gazetteer excerpts)."""
    out = []
    for opener in ("（", "("):
        for at in literal_positions(text, opener):
            if at < 3 or text[at - 1] not in _YEAR_END:
                continue
            m = _GLOSS.match(text, at)
            e = _ERA_YEAR_BEFORE.search(text, max(0, at - 8), at) if m is not None and not m.group("b") else None
            if e is None or _era_year(e.group("era"), e.group("n")) != int(m.group("a")):
                continue
            hint = {"date_hint": {"value": m.group("a")}}
            out.append(Candidate(e.start("era"), e.end("n"), "DATE", SOURCE, PRIORITY, norm=hint))
            out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY))
    return out


def find_era_year_glosses(text: str) -> list[Candidate]:
    """DATE candidates of era-year glosses and ranges (see the module doc)."""
    out: list[Candidate] = _era_ranges(text) if "年" in text else []
    if "（" in text or "(" in text:
        out += _yearless_glosses(text)
    if "年" in text:
        out += _other_glosses(text)
    for opener in ("年（", "年("):
        for at in literal_positions(text, opener):
            if at == 0 or text[at - 1] not in _YEAR_END:
                continue
            m = _GLOSS.match(text, at + 1)
            if m is None:
                early = _validated_early(text, at)
                if early is not None:
                    out.append(early)
                continue
            out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE, PRIORITY))
            bare = _bare_era_year(text, at, m)
            if bare is not None:
                out.append(bare)
            if m.group("b") and int(m.group("a")) < int(m.group("b")):
                out.append(Candidate(m.start("b"), m.end("b"), "DATE", SOURCE, PRIORITY))
    return out
