"""Years of the Republic written without 民國, as Taiwanese pages and ROC military histories write them
(session 11 audit of Traditional-script pages, auditzh4).

The Republic's calendar (民國N年 = 1911+N) is the calendar of every 國軍/國防部 history, of Taiwanese
newspapers, veterans' magazines and blogs; after the era is named once, the page writes the years bare:
`民國三十八年…三十九年六月…四十一年正式接受美援`, `民國(以下同)38年10月24日…39年7月初`. Read as
Gregorian, the bare forms go wrong: `三十九年` becomes a QUANTITY of 39 years (and the month after it
takes the year of the era's last mention), `38年10月24日` a date of 1938 (the two-digit-year reading
of guideline "44年 is 1944", which holds for Gregorian texts only).

Where the document names the era with a year (`民國三十八年`, `民國39年`; working text `民国…`), this
finder proposes a DATE with its value (hint) for each later:

- Chinese-numeral year with a month: `三十九年六月`, `四十一年十月十一日`, `三十九年七月中旬`
  (years 39–115; up to 38 the older reading in span_edges_zh does it for mainland gazetteers too);
- Chinese-numeral year standing alone, 26–115 (民國26年 = 1937 onward): `四十三年全部接受…` — not before
  a word that makes it a duration (`三十年来`, `四十年间`, `三十年后`, `三十年代`, `四十年之久`, …) nor after
  a numeral, 第, an approximator or a verb of lasting (`前后四十三年`, `长达三十年`);
- Arabic year of one to three digits with or without a month, only where the document writes the era with
  Arabic digits (`民國39年`, or `民國(以下同)`): `38年10月24日` → 1949-10-24, `39年7月初` → 1950-07 START;
  a bare Arabic year only from 26 on, as above.

The era's own forms the DATE finder misses are read here too: the Gregorian gloss before 年
(`民國三十九(一九五○)年五月`, `中華民國三十八(一九四九)年`: one DATE, the era's value) and 元月 for January
(`民國三十八年元月`). A year inside a Gregorian gloss, after 公元/西元, or glued to more digits is left alone. Values: year,
month,
day as written; 上旬/初 → START, 中旬 → MID, 下旬/底/末 → END (the spec's mods). Priority 52 (above the
DATE finders and the QUANTITY `N年`). Cost: nothing without 民国; then one str.find scan for 年.

`find_roc_bare_years(text)`: a year of the Republic written without 民国 before a month and a day, with no era
named in the text (三十三年七月九日 → 1944-07-09; Taiwanese usage, years 20-39 only, where a bare number + 年 + 月 is
never a duration); priority 56. First seen on real-dev7-zh (session 6, helper zh7; moved here from written_zh7 in
session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.rules.scan import literal_positions, anchored_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-roc-year", 52
_CN = "〇零一二三四五六七八九十百"
_ERA_CN = re.compile(f"民国[ 　]?[{_CN}]{{1,5}}[ 　]?年")
_ERA_AR = re.compile("民国[ 　]?[（(]?[ 　]?(?:[0-9]{1,3}[ 　]?年|以下同)")
# (the years from 100 on are also written digit by digit: 一〇二年, 一一〇年; auditzh15)
_YEAR_CN_BACK = re.compile(f"(?<![{_CN}0-9第民国元])((?:一[〇零][〇一二三四五六七八九]|一一[〇一二三四五]"
                           f"|一百(?:一十|零|〇)?[一二三四五六七八九]?|一百一十[一二三四五]?"
                           f"|[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九]))$")
_YEAR_AR_BACK = re.compile("(?<![0-9０-９.,．第])([0-9]{1,3})$")
_MONTH_DAY = re.compile(
    f"[ 　]?(?P<m>十[一二]?|[正一二三四五六七八九元]|1[0-2]|0?[1-9])[ 　]?月"
    f"(?:[ 　]?(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|3[01]|[12][0-9]|0?[1-9])[ 　]?[日号])?"
    "(?P<mod>上旬|中旬|下旬|初|底|末)?")
# words after N年 that make a duration or a decade, not a year
_NOT_AFTER = set("来间后之以多余左前内中里代级度份龄次头半许有满整长届")
# characters before N年 that make it a count: approximators, verbs of lasting, numerals
_NOT_BEFORE = set("约近逾余数几每达满历经过了这那该各前后共计总长第公西")
_MODS = {"上旬": "START", "初": "START", "中旬": "MID", "下旬": "END", "底": "END", "末": "END"}


def _month(s: str) -> int | None:
    if s in ("正", "元"):
        return 1
    n = parse_number(s)
    return int(n) if n and 1 <= n <= 12 else None


def _day(s: str | None) -> int | None:
    if not s:
        return None
    n = parse_number(s)
    return int(n) if n and 1 <= n <= 31 else None


# the era year with its Gregorian gloss before 年, as Taiwanese histories write it: 民國三十九(一九五○)年五月
_GLOSSED_ERA = re.compile(f"(?:中华)?民国[ 　]?(?P<n>[{_CN}]{{1,5}}|[0-9]{{1,3}})[ 　]?[（(][ 　]?"
                          "(?P<g>[一二三四五六七八九〇○零0-9]{4})[ 　]?[）)][ 　]?年")
# the era year before 元月 (January), a month the DATE finder does not read: 民國三十八年元月
_ERA_JANUARY = re.compile(f"(?:中华)?民国[ 　]?(?P<n>[{_CN}]{{1,5}}|[0-9]{{1,3}})[ 　]?年(?=元月)")


def _era_forms(text: str, era: int) -> list[Candidate]:
    out: list[Candidate] = []
    for rx in (_GLOSSED_ERA, _ERA_JANUARY):
        for m in rx.finditer(text, max(0, era - 2)):
            year = parse_number(m.group("n"))
            if not year or year > 115:
                continue
            value = str(1911 + int(year))
            end = m.end()
            md = _MONTH_DAY.match(text, end)
            if md:
                month, day = _month(md.group("m")), _day(md.group("d"))
                if month is None or (md.group("d") and day is None):
                    md = None
                else:
                    value += f"-{month:02d}" + (f"-{day:02d}" if day else "")
                    end = md.end()
            norm = {"value": value}
            if md and md.group("mod") and not md.group("d"):
                norm["mod"] = _MODS[md.group("mod")]
            out.append(Candidate(m.start(), end, "DATE", SOURCE, PRIORITY + 1, norm={"date_hint": norm}))
    return out


def find_roc_years(text: str) -> list[Candidate]:
    """DATE candidates with values for bare years of the Republic (see the module doc)."""
    out: list[Candidate] = []
    era = text.find("民国")
    if era < 0:
        return out
    out += _era_forms(text, era)
    cn = _ERA_CN.search(text, era)
    ar = _ERA_AR.search(text, era)
    if cn is None and ar is None:
        return out
    first = min(m.start() for m in (cn, ar) if m is not None)
    ar_from = ar.start() if ar is not None else len(text)
    for at in literal_positions(text, "年"):
        if at <= first + 2 or text[at - 3:at - 1] == "民国" or "民国" in text[max(0, at - 8):at - 1]:
            continue     # the era's own mention: other finders read it
        prev = text[at - 1]
        if prev in _CN:
            m = _YEAR_CN_BACK.search(text, max(0, at - 6), at)
            arabic = False
        elif "0" <= prev <= "9" and at > ar_from:
            m = _YEAR_AR_BACK.search(text, max(0, at - 4), at)
            arabic = True
        else:
            continue
        if m is None:
            continue
        year = parse_number(m.group(1))
        if not year or year > 115:
            continue
        before = text[m.start() - 1:m.start()]
        md = _MONTH_DAY.match(text, at + 1)
        month = _month(md.group("m")) if md else None
        if month is not None:
            if not arabic and year <= 38:
                continue     # span_edges_zh._era_years reads these (mainland gazetteers too)
            day = _day(md.group("d"))
            if md.group("d") and day is None:
                continue
            value = f"{1911 + int(year)}-{month:02d}" + (f"-{day:02d}" if day else "")
            norm = {"value": value}
            if md.group("mod") and not day:
                norm["mod"] = _MODS[md.group("mod")]
            out.append(Candidate(m.start(1), md.end(), "DATE", SOURCE, PRIORITY, norm={"date_hint": norm}))
            continue
        if year < 26 or before in _NOT_BEFORE or text[at + 1:at + 2] in _NOT_AFTER:
            continue
        out.append(Candidate(m.start(1), at + 1, "DATE", SOURCE, PRIORITY,
                             norm={"date_hint": {"value": str(1911 + int(year))}}))
    return out


_CJK = "\u4e00-\u9fff"

_ROC_DATE_RE = re.compile(
    f"(?<![{_CJK}0-9])|(?<=[于始终至到在自从及和与是])")
_ROC_BODY_RE = re.compile("([二三]十[一二三四五六七八九]?)年(正|十[一二]?|[一二三四五六七八九])月"
                          "(三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九])日")
_ROC_ANCHOR = re.compile("年")
_ZH_DIGITS = {ch: i for i, ch in enumerate("零一二三四五六七八九")}


def _zh_int(s: str) -> int:
    if s == "正":
        return 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (_ZH_DIGITS.get(tens, 1) if tens else 1) * 10 + (_ZH_DIGITS.get(ones, 0) if ones else 0)
    return _ZH_DIGITS[s]


def find_roc_bare_years(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_ROC_BODY_RE, text, _ROC_ANCHOR, 4):
        if not _ROC_DATE_RE.match(text, m.start()):
            continue
        year = 1911 + _zh_int(m.group(1))
        value = f"{year}-{_zh_int(m.group(2)):02d}-{_zh_int(m.group(3)):02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-roc-bare-year", 56, norm={"value": value}))
    return out
