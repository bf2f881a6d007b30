"""Forms of county chronicles, 大事记, 文史资料 and wartime newspaper reports (session 13 audit of fresh
third-party pages, auditzh13), read from how those texts are written, not from any set's misses.

`find_chronicle_forms(text)` (working text, Simplified) proposes:

- MIL_UNIT: a garrison brigade, regiment or division named by its region, written with or without 第
  (`华东警备四旅`, `山东警备第二旅`, `北海守备三团`): the CCP's and the NRA's regional garrison formations were
  numbered inside their region, so the region is part of the name (like `太行第三军分区`, rule 2's "an army
  name that is part of the designation"). The region is a known place of two to four characters standing
  right before 警备/守备, after a clause mark or a function character (not inside a longer word).
- MIL_UNIT: a recruiting district named by the first characters of two counties (`怀太师管区` = 怀宁 + 太湖,
  `X团管区`) after a clause mark or the party or word that owns it (`国民党怀太师管区`): the units finder knows
  師管區 only after a place of the gazetteer.
- DATE: a month and day whose 日 a PDF copy lost at the end of a line (`于8月22\n\n占领该镇`, `7月27\n,`):
  the day can be nothing but a date there (a count would carry its measure word); read as `M月D日`.
- DATE: a year and month glued where the copy lost 年 (`从194910月至19525月`): `1949-10`, `1952-05`.
- DATE: a month's middle written `X月中` before a clause mark or a subject (`九月中我军…`, `10月中,`) is the
  mid-month (value with `mod` MID, read as 中旬), not the month alone.
- DATE: the classical thirds of a month, `九月中浣`, `3月下浣` (上浣/中浣/下浣 = 上旬/中旬/下旬; mod START/MID/END).
- DATE: a year of the Republic written with 廿 or 卅 after the era was named (`民國二十一年…到廿二年一月底`,
  `廿五年秋`, `卅年三月`): the year `1911 + N` (廿二 = 22 → 1933), with its month, day, part of the month or
  season. The DATE finders read neither 廿 nor 卅 as a tens digit of a year (the year came out as `二年`
  = 1913, or a count of 廿五年); the era written right before belongs to the DATE (`民國卅三年`).
- GPE: a province of the Soviet republic named by two or three provinces' one-character names (`闽赣省`, `湘鄂赣省`,
  `川陕省`), after a clause mark or a function character.
- ORG: the occupation's local committee named by its place (`朱亭维持会`, `宛平县治安维持会`): a named body
  (the place reads as a person otherwise); a known place, or two characters after a clause mark or a verb.

`qualified_before(text, start)` tells the frame rules that read bare designations (`四旅`, `五师`) that a
unit qualifier stands right before (`警备四旅`, `整五师`, `保安二旅`): the unit finders read the whole.

Cost: str.find of 警备/守备, 月中, 廿/卅 and the line breaks after a digit; short regexes where one is found.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.numbers import parse_number
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

SOURCE_UNIT, SOURCE_DATE = "rule:chronicle-garrison-unit", "rule:chronicle-date"

# ----------------------------------------------------------------------------------- qualifiers


@lru_cache(maxsize=1)
def _qualifiers() -> tuple[str, ...]:
    """The qualifiers written before a unit's number (unit_prefixes.tsv, position pre/both, two characters
    or more), and 整 (整五师 = 整编第五师), longest first."""
    from pipeline.lexicons import read_rows
    words = {row[0].strip() for row in read_rows("unit_prefixes.tsv")
             if len(row) > 3 and row[3].strip() in ("pre", "both") and len(row[0].strip()) >= 2}
    return tuple(sorted(words | {"整"}, key=longest_first))


def qualified_before(text: str, start: int) -> bool:
    """True when a unit qualifier ends right before `start` (警备|四旅, 整|五师, 保安|二旅)."""
    return text.endswith(_qualifiers(), max(0, start - 6), start)


# ----------------------------------------------------------------------------------- MIL_UNIT

_CN = "一二三四五六七八九十"
_GARRISON_RE = re.compile(f"(?:警备|守备)(?:第)?(?:[{_CN}]{{1,3}}|[0-9]{{1,3}})(旅|团|师)(?![长部属级])")
# characters after which a region's name may start (a clause mark, a conjunction, a verb of movement)
_REGION_LEFT = set("，,。；;：:、（(“\" \n和与及同并由将把是为到至在入驻令调派编成")


@lru_cache(maxsize=1)
def _places() -> frozenset[str]:
    from pipeline.normalize.places import place_lexicon
    return frozenset(name for name in place_lexicon() if 2 <= len(name) <= 4)


def _garrison_units(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = _places()
    for m in literal_finditer(_GARRISON_RE, text):
        at = m.start()
        for size in (4, 3, 2):
            start = at - size
            if start < 0 or text[start:at] not in places:
                continue
            if start > 0 and text[start - 1] not in _REGION_LEFT:
                continue
            number = parse_number(re.sub("[^0-9" + _CN + "]", "", m.group(0)))
            hint = {"numbers": [int(number)] if number else [], "echelon": m.group(1), "prefix": m.group(0)[:2]}
            out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE_UNIT, 63, norm={"unit_hint": hint}))
            break
    return out


# 怀太师管区, 桐庐团管区: the NRA's recruiting districts named by two places' first characters (怀宁 + 太湖)
_RECRUIT_RE = re.compile("(?<![\u4e00-\u9fff])([\u4e00-\u9fff]{2})(师管区|团管区)|(?<=党|的|在|任|军)([\u4e00-\u9fff]{2})(师管区|团管区)")
_NOT_IN_DISTRICT = set("的了在是和与及等该各本此这那某个一二三四五六七八九十")


def _recruiting_districts(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word
    out: list[Candidate] = []
    for m in literal_finditer(_RECRUIT_RE, text):
        name = m.group(1) or m.group(3)
        start = m.start(1) if m.group(1) else m.start(3)
        if any(ch in _NOT_IN_DISTRICT for ch in name) or is_common_word(name, 50):
            continue
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE_UNIT, 61,
                             norm={"unit_hint": {"numbers": [], "echelon": m.group(2) or m.group(4), "prefix": ""}}))
    return out


# ----------------------------------------------------------------------------------- DATE

# 8月22 at a line's end (the 日 lost by the copy): month 1-12, day 1-31, nothing but spaces before the break
_LOST_DAY_RE = re.compile("(?<![0-9.．/])(1[0-2]|0?[1-9])月([12][0-9]|3[01]|0?[1-9])(?=[ \t]*\n)")
# 九月中我军…, 10月中,: the middle of the month before a clause mark, a subject or 以后/前后
_MID_MONTH_RE = re.compile(f"(?<![0-9{_CN}])(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月中"
                           "(?=[，,。；;、）)\n]|[我敌]|以[后前]|前后)")
# 廿二年一月底, 廿五年秋, 卅年三月: a year of the Republic with 廿/卅 and what follows it
_ERA_TENS_RE = re.compile(
    "(?<![0-9〇零一二三四五六七八九十百廿卅第])(?P<y>[廿卅][一二三四五六七八九]?)年"
    "(?:(?P<m>十[一二]?|[正元一二三四五六七八九])月"
    "(?:(?P<d>[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|[廿卅][一二三四五六七八九]?)[日号])?"
    "(?P<mod>上旬|中旬|下旬|初|底|末)?"
    "|(?P<s>[春夏秋冬])(?:季|天)?)?")
_MODS = {"上旬": "START", "初": "START", "中旬": "MID", "下旬": "END", "底": "END", "末": "END"}
_SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
# words after N年 that make a duration, not a year (廿年来, 卅年间)
_NOT_AFTER_YEAR = set("来间后之以多余左前内中里代级度份龄次头半许有满整长届")


# 194910月, 19525月: a year and its month whose 年 a copy lost (the same font loss as the 日 above); six digits are a
# year and a month of 10-12, five a year and a month of 1-9, the year 1850-2029
_LOST_YEAR_RE = re.compile("(?<![0-9.．/])(18[5-9][0-9]|19[0-9]{2}|20[0-2][0-9])(1[0-2]|[1-9])月")


# the first end of a range of two such, its 月 written once at the second (19335-19355月): year and month too
_LOST_YEAR_START_RE = re.compile("(?<![0-9.．/])(18[5-9][0-9]|19[0-9]{2}|20[0-2][0-9])(1[0-2]|[1-9])"
                                 "(?=[-－~～—至到](?:18[5-9][0-9]|19[0-9]{2}|20[0-2][0-9])(?:1[0-2]|[1-9])月)")


def _lost_years(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", SOURCE_DATE, 53,
                      norm={"date_hint": {"value": f"{m.group(1)}-{int(m.group(2)):02d}"}})
            for rx in (_LOST_YEAR_RE, _LOST_YEAR_START_RE) for m in literal_finditer(rx, text)]


def _lost_days(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", SOURCE_DATE, 53,
                      norm={"date_hint": {"read_as": f"{int(m.group(1))}月{int(m.group(2))}日"}})
            for m in literal_finditer(_LOST_DAY_RE, text)]


# 九月中浣, 3月下浣: the classical names of a month's thirds (上浣/中浣/下浣 = 上旬/中旬/下旬), with the year before
_WASH_RE = re.compile(f"(?:(?:1[89][0-9]{{2}}|[一二三四五六七八九〇○零]{{4}})年)?(?:1[0-2]|0?[1-9]|十[一二]?|[正一二三四五六七八九])月"
                      "[上中下]浣")


def _month_thirds(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", SOURCE_DATE, 53,
                      norm={"date_hint": {"read_as": m.group()[:-1] + "旬"}})
            for m in literal_finditer(_WASH_RE, text)]


def _mid_months(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "DATE", SOURCE_DATE, 53, norm={"date_hint": {"read_as": m.group() + "旬"}})
            for m in literal_finditer(_MID_MONTH_RE, text)]


def _era_tens(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    era = text.find("民国")
    if era < 0:
        return out
    for m in _ERA_TENS_RE.finditer(text, era):
        year = parse_number(m.group("y"))
        if not year or year > 39:
            continue
        if not (m.group("m") or m.group("s")) and (m.end() < len(text) and text[m.end()] in _NOT_AFTER_YEAR):
            continue
        value = str(1911 + int(year))
        norm: dict = {}
        if m.group("m"):
            month = 1 if m.group("m") in "正元" else parse_number(m.group("m"))
            if not month or not 1 <= month <= 12:
                continue
            value += f"-{int(month):02d}"
            if m.group("d"):
                day = parse_number(m.group("d"))
                if not day or not 1 <= day <= 31:
                    continue
                value += f"-{int(day):02d}"
            elif m.group("mod"):
                norm["mod"] = _MODS[m.group("mod")]
        elif m.group("s"):
            value += "-" + _SEASONS[m.group("s")]
        norm["value"] = value
        start = m.start()
        era_at = text.rfind("民国", max(0, start - 3), start)
        if era_at >= 0 and not text[era_at + 2:start].strip(" \u3000"):
            start = era_at - 2 if text[max(0, era_at - 2):era_at] == "中华" else era_at   # 民國卅三年: one DATE
        out.append(Candidate(start, m.end(), "DATE", SOURCE_DATE, 53, norm={"date_hint": norm}))
    return out


# ----------------------------------------------------------------------------------- GPE

# the provinces of the Soviet republic named by two or three provinces' one-character names (闽赣省, 粤赣省, 湘鄂赣省,
# 闽浙赣省, 川陕省, 湘赣省; 1931-1935): a government's territory, GPE; no gazetteer of today lists them
_ABBREVIATIONS = province_abbreviations(plus="云", without="台港澳")
_SOVIET_PROVINCE_RE = re.compile(f"(?<![\u4e00-\u9fff])([{_ABBREVIATIONS}]{{2,3}})省"
                                 f"|(?<=[在的和与及、为是立入到至])([{_ABBREVIATIONS}]{{2,3}})省")


def _soviet_provinces(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_SOVIET_PROVINCE_RE, text):
        name = m.group(1) or m.group(2)
        if len(set(name)) == len(name):
            start = m.start(1) if m.group(1) else m.start(2)
            out.append(Candidate(start, m.end(), "GPE", "rule:chronicle-soviet-province", 31, norm={"id": None}))
    return out


# ----------------------------------------------------------------------------------- ORG

# the occupation's local committee named by its place: 朱亭维持会, 宛平县治安维持会, 北平地方维持会
_KEEPER_RE = re.compile("(?:县|镇|乡|村|城|市)?(?:治安|地方)?维持会")
_KEEPER_LEFT = set("，,。；;：:、（(“\" \n入在到的了和与及由是为任")


def _keeping_committees(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word
    out: list[Candidate] = []
    places = _places()
    at = text.find("维持会")
    while at != -1:
        m = None
        for head in range(max(0, at - 3), at + 1):
            m = _KEEPER_RE.match(text, head)
            if m and m.end() == at + 3:
                break
            m = None
        if m is not None:
            end_name = m.start()
            for size in (4, 3, 2):
                start = end_name - size
                if start < 0:
                    continue
                name = text[start:end_name]
                left_ok = start == 0 or text[start - 1] in _KEEPER_LEFT
                if name in places or (size == 2 and left_ok and not is_common_word(name, 50)
                                      and not any(ch in "的了在是和与及等该各本此这那某" for ch in name)):
                    out.append(Candidate(start, m.end(), "ORG", "rule:chronicle-keeping-committee", 40))
                    break
        at = text.find("维持会", at + 3)
    return out


def find_chronicle_forms(text: str) -> list[Candidate]:
    """Candidates of the forms in the module doc."""
    out: list[Candidate] = []
    if "警备" in text or "守备" in text:
        out += _garrison_units(text)
    if "月" in text and "\n" in text:
        out += _lost_days(text)
    if "月" in text:
        out += _lost_years(text)
    if "月中" in text:
        out += _mid_months(text)
    if "浣" in text:
        out += _month_thirds(text)
    if "廿" in text or "卅" in text:
        out += _era_tens(text)
    if "省" in text:
        out += _soviet_provinces(text)
    if "管区" in text:
        out += _recruiting_districts(text)
    if "维持会" in text:
        out += _keeping_committees(text)
    return out
