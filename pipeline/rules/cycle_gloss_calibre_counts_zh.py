"""Cyclical-year glosses, calibres and counts the other finders leave out (session 21 round 2, r21dates: classes
round 1's DATE/QUANTITY auditors saw on real pages; grammar, no list of names).

- DATE: a stem-branch year written in brackets after a year (`宣统元年（己酉）`, `民国十七年(戊辰年)`, `1909年(己酉)`)
  is its own DATE (the year alone is a DATE by the cycle, docs/annotation-guidelines.md; like the bracketed modern name
  of guideline 7, the gloss is its own span, the brackets outside). Value: the year of that name nearest to the year
  before the brackets (the same year where the two agree, as they should); not tagged where the year before cannot be
  read alone (a bare `十七年` whose era lies further back). Priority 66 (above cycle_years20's 65 for `X年` inside).
- QUANTITY: a gun's calibre written with two Chinese digits read one by one before a unit of length
  (`七五毫米`, `三七公厘` → 75, 37; three digits, `一五五公厘`, the quantity finder reads itself with the units
  公厘/公釐/公分 of measure_words.tsv). Priority 40.
- QUANTITY: `N个` before a quoted name and a word of a body or post (`一个“某某”指挥部`, `两个「模范」据点`) is
  the count `N个` (guideline 14; the quantity finder reads 一个 as an article elsewhere). Priority 40.
- QUANTITY: a count of settlements, a number + 堡/寨/村/庄/屯 after a word of totalling, holding or destroying
  (`全县共三十六寨`, `焚毁二十余村`, `下辖四十八堡`) or listed after such a count (`、一百二十村`), is one QUANTITY with
  the settlement word as unit (guideline 9: the measure word belongs to the span). Not a known place, not before a
  character that continues a word (村民, 寨主, 堡垒, 庄园). Priority 40.

Cost: str.find of （/( + 年, of 毫米/公厘/公釐/厘米/公分, of 个 + a quote, and of the settlement characters, before any
regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.dates import parse_date
from pipeline.normalize.places import is_gpe_name
from pipeline.normalize.quantities import normalize_quantity
from pipeline.rules.cycle_years_zh import nearest_year
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_STEMS = "甲乙丙丁戊己庚辛壬癸"
_BRANCHES = "子丑寅卯辰巳午未申酉戌亥"

# --- a cyclical year in brackets after a year ----------------------------------------------------------------------
_GLOSS_RE = re.compile(f"年[(（]([{_STEMS}])([{_BRANCHES}])(年)?[)）]")


def _year_before(text: str, end: int) -> int | None:
    """The year of the longest date expression ending at `end` (with its 年) that parses to a year alone."""
    for size in range(10, 1, -1):
        start = end - size
        if start < 0:
            continue
        parts = parse_date(text[start:end])
        if parts.year is not None and parts.month is None and parts.day is None:
            return parts.year
    return None


def _cycle_glosses(text: str) -> list[Candidate]:
    out = []
    for m in _GLOSS_RE.finditer(text):
        stem, branch = _STEMS.index(m.group(1)), _BRANCHES.index(m.group(2))
        if stem % 2 != branch % 2:
            continue
        year = _year_before(text, m.start() + 1)
        if year is None:
            continue
        index = next(i for i in range(60) if i % 10 == stem and i % 12 == branch)
        out.append(Candidate(m.start(1), m.end(3) if m.group(3) else m.end(2), "DATE", "rule:cycle-gloss", 66,
                             norm={"date_hint": {"value": str(nearest_year(index, year))}}))
    return out


# --- calibres of two Chinese digits ---------------------------------------------------------------------------------
_DIGITS = "〇零一二三四五六七八九"
_DIGIT_VALUE = {"〇": 0, "零": 0, **{ch: i + 1 for i, ch in enumerate("一二三四五六七八九")}}
_CALIBRE_RE = re.compile(f"(?<![{_DIGITS}十百千万两0-9])([一二三四五六七八九])([{_DIGITS}])(毫米|公厘|公釐|厘米|公分)")


def _calibres(text: str) -> list[Candidate]:
    out = []
    for m in _CALIBRE_RE.finditer(text):
        value = _DIGIT_VALUE[m.group(1)] * 10 + _DIGIT_VALUE[m.group(2)]
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:calibre-digits", 40,
                             norm={"value": value, "unit": m.group(3), "approx": None}))
    return out


# --- N个 before a quoted name of a body ------------------------------------------------------------------------------
_BODY_WORDS = ("总部|司令部|指挥部|指挥所|据点|兵团部|军部|师部|团部|机关|组织|政府|政权|部队|基地|委员会|团体|中心|"
               "兵团|纵队")
_QUOTED_BODY_RE = re.compile(f"([一两二三四五六七八九十]+)个(?=[“「『\"][^”」』\"，。\n]{{1,8}}[”」』\"](?:{_BODY_WORDS}))")


def _quoted_bodies(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "QUANTITY", "rule:count-quoted-body", 40,
                      norm=normalize_quantity(m.group()))
            for m in literal_finditer(_QUOTED_BODY_RE, text)]


# --- counts of settlements -------------------------------------------------------------------------------------------
_SETTLEMENT_RE = re.compile(
    "(?:(?<=[计共凡有辖领达分为破毁焚烧连])|(?<=[堡寨村庄屯]、))"
    "((?:约|近|逾|将近|不下)?[一二三四五六七八九十百千两0-9]+(?:余|多)?)([堡寨村庄屯])"
    "(?![子民长主落园庄户委垒兵门墙里内镇堡寨村屯])")


def _settlement_counts(text: str) -> list[Candidate]:
    out = []
    for m in _SETTLEMENT_RE.finditer(text):
        number = m.group(1)
        if text[m.start() - 1] == "、" and not re.search(
                "[一二三四五六七八九十百千0-9](?:余|多)?[堡寨村庄屯]$", text[max(0, m.start() - 12):m.start() - 1]):
            continue                                   # 、 continues a list of counts only
        if is_gpe_name(m.group()):
            continue                                   # a village named by its number
        norm = normalize_quantity(m.group())
        if not isinstance(norm.get("value"), (int, float)) or norm["value"] < 2:
            continue
        norm["unit"] = m.group(2)
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:settlement-count", 40, norm=norm))
    return out


def find_cycle_gloss_calibre_counts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if ("(" in text or "（" in text) and "年" in text:
        out += _cycle_glosses(text)
    if "米" in text or "公" in text:
        out += _calibres(text)
    if "个" in text:
        out += _quoted_bodies(text)
    if any(ch in text for ch in "堡寨村庄屯"):
        out += _settlement_counts(text)
    return out
