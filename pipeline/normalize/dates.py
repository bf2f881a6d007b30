"""Normalise Chinese DATE spans to TIMEX3-style values (guidelines, "Normalised values").

`normalize_dates(text, spans)` walks the document's DATE spans in order and fills
what a span leaves out from the nearest preceding explicit date: a year for
`4月18日`, a month for `23日`, a day for a time-only `凌晨四时`.
`normalize_date(span_text, year, month, day)` does one span with given context.
Values: 1944, 1944-04, 1944-04-17, 1944-SP, 1944-H2, 1944-08-08T04:00,
1944-06-18TAF, decade 193 (1930年代), century 19 (20世纪); mod START|MID|END|APPROX.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.normalize.numbers import parse_number

D = "[0-9０-９]"
CN_DIGIT = "〇零○一二三四五六七八九"
SP = "[ \u3000]?"
# Regnal / republican eras (lexicons/eras.tsv): first year of the era minus one.
ERA_OFFSETS = {row[0]: int(row[1]) - 1 for row in read_rows("eras.tsv") if len(row) > 1}
ERA = "(?:" + "|".join(sorted(ERA_OFFSETS, key=longest_first)) + ")"
ERA_NUM = f"(?:元|1[01]{D}|{D}{{1,2}}|[一二三四五六七八九十廿卅]{{1,3}})"   # 民國100年 (2011; auditzh44)
# 正月/腊月: the first and last month of the lunar year (正 not ending a word: 真正月薪)
# 正 also after 历 of a lunar-calendar word (农历正月, 古历正月十八日); 冬月 (the eleventh lunar month) only with a day
# after it (冬月十五日, 冬月初三: not 入冬月余); 正 also after a copula or a word of reaching a time (分别为正月、…, 时值正月,
# 逢正月, 过正月) and after the village or town whose account it dates (全村正月共征…: session 29, s29zhcount)
CN_MONTH = ("(?:十[一二]?|[一二三四五六七八九]|(?:(?<![\u4e00-\u9fff])|(?<=[年于在至到自从翌次去今明历为是即逢届过村乡镇屯寨庄]))正|腊|(?<=年)元"   # 1945年元月 (auditzh5)
            "|冬(?=月[ \u3000]?(?:初[一二三四五六七八九十]|[二三]?十|廿|[一二三四五六七八九][日号]?)))")
AR_MONTH = "(?:1[0-2]|0?[1-9]|１[０-２]|０?[１-９])"
CN_DAY = "(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|初[一二三四五六七八九十]|[一二三四五六七八九])"
# a day of two numerals written without 日 after its month (七月十一, 九月二十三, 七月廿四): rules.dates BARE_DAY
CN_BARE_DAY = "(?:[二三]十[一二三四五六七八九]?|十[一二三四五六七八九]|廿[一二三四五六七八九]?|卅一?)"
AR_DAY = "(?:3[01]|[12][0-9]|0?[1-9]|３[０１]|[１２][０-９]|０?[１-９])"
CN_HOUR = "(?:二十[一二三四]?|十[一二三四五六七八九]?|[零一二三四五六七八九两])"
AR_HOUR = "(?:[01]?[0-9]|2[0-4]|[０１]?[０-９]|２[０-４])"
CN_MINUTE = "(?:[一二三四五]?十[一二三四五六七八九]?|[一二三四五六七八九]|零[一二三四五六七八九])"

# Parts of day: word → TIMEX3 part-of-day code (longest words first when matching).
PARTS_OF_DAY = {
    "凌晨": "MO", "拂晓": "MO", "黎明": "MO", "清晨": "MO", "早晨": "MO", "早上": "MO",
    "上午": "MO", "一大早": "MO", "大清早": "MO", "晨": "MO", "早": "MO",
    # 午前 = 上午 (the morning), beside 午后: ROC army reports and memoirs write 午前八时三十分 (auditzh27)
    "午前": "MO",
    "中午": "AF", "正午": "AF", "午后": "AF", "下午": "AF",
    "傍晚": "EV", "黄昏": "EV", "薄暮": "EV",
    "晚上": "NI", "晚间": "NI", "夜间": "NI", "夜晚": "NI", "深夜": "NI", "午夜": "NI",
    # 夜半 / 子夜 (midnight) as 半夜; 破晓 (daybreak) as 拂晓 (auditzh52)
    "夜半": "NI", "子夜": "NI", "破晓": "MO",
    "半夜": "NI", "夜里": "NI", "入夜": "NI", "夜深": "NI", "晚": "NI", "夜": "NI",
}
SEASONS = {"春": "SP", "夏": "SU", "秋": "FA", "冬": "WI"}
SEASON_MODS = {"初": "START", "早": "START", "仲": "MID", "盛": "MID",
               "晚": "END", "深": "END", "暮": "END", "残": "END"}
PART_MODS = {"上旬": "START", "上半月": "START", "初": "START", "中旬": "MID", "下旬": "END", "下半月": "END", "底": "END",
             "末": "END", "中叶": "MID", "前后": "APPROX", "左右": "APPROX", "许": "APPROX",
             "年初": "START", "岁初": "START", "年底": "END", "年末": "END", "年终": "END",
             "岁末": "END", "岁尾": "END",
             # the halves and stages of a century or decade (18世纪后半期, 六十年代初期; session 25)
             "上半叶": "START", "前半叶": "START", "前半期": "START", "初叶": "START", "初期": "START", "前期": "START",
             "中期": "MID", "下半叶": "END", "后半叶": "END", "后半期": "END", "末叶": "END", "末期": "END", "后期": "END"}

# A one-character part of day is not the start of another word (早已, 晚些, 夜袭 stays 夜).
POD_NOT_BEFORE = {"早": "已就些先期年日点有在是于晨上班餐饭稻", "晚": "些年期清辈节餐饭点上间"}
POD = "(?:" + "|".join(
    w + (f"(?![{POD_NOT_BEFORE[w]}])" if w in POD_NOT_BEFORE else "")
    for w in sorted(PARTS_OF_DAY, key=longest_first)) + ")"
SEASON = "(?:[初早仲盛晚深暮残]?[春夏秋冬](?:季|天)?|隆冬|严冬|寒冬)"

_YEAR = re.compile(
    f"(?:(?P<era>{ERA}){SP}(?P<era_num>{ERA_NUM})"
    # a year of the Republic written without 民国 before a month (三十三年七月: Taiwanese usage, years 20-39)
    f"|(?P<roc>[二三]十[一二三四五六七八九]?)(?={SP}年{SP}(?:正|[一二三四五六七八九十]{{1,2}}){SP}月)"
    f"|(?P<num>{D}{{4}}|{D}{{2}}|[{CN_DIGIT}]{{4}}|[{CN_DIGIT}]{{2}}|[一二三四五六七八九]十))"
    f"{SP}年(?P<decade>代)?")
_CENTURY = re.compile(f"(?P<num>{D}{{1,2}}|[一二]?十[一二三四五六七八九]?|[一二三四五六七八九]){SP}世纪")
_MONTH = re.compile(f"(?P<num>{AR_MONTH}|{CN_MONTH}){SP}月份?")
_LUNAR_MONTHS = {"正": 1, "腊": 12, "元": 1, "冬": 11}
# a year's New Year's Day (1947年元旦) and the feasts of the lunar year after a year (1948年春节: the year only)
_NEW_YEAR_DAY = re.compile("元旦")
_LUNAR_FEAST_END = re.compile("(?:春节|除夕|元宵节?|端午节?|中秋节?)$")
# 初二 without 日 after a month (正月初二): a lunar day (zh11)
# ...and a day of two numerals without 日 after a month (七月十一半夜, 九月十二: rules.dates BARE_DAY; session 27)
_DAY = re.compile(f"(?P<num>{AR_DAY}|{CN_DAY}){SP}[日号]|(?P<lunar>初[一二三四五六七八九十])(?![日号])"
                  f"|(?P<bare>{CN_BARE_DAY})(?![日号])")
_TIME = re.compile(
    f"(?P<hour>{AR_HOUR}|{CN_HOUR})(?:{SP}[时点](?:{SP}(?P<minute>{D}{{1,2}}|{CN_MINUTE}){SP}分|(?P<half>半))?"
    f"|[:：](?P<clock_minute>{D}{{2}})(?:[:：]{D}{{2}})?)")
_POD = re.compile(POD)
_SEASON = re.compile(SEASON)
_HALF_YEAR = re.compile("[上下]半年")
_PART = re.compile("上旬|中旬|下旬|上半月|下半月|[上下前后]半叶|[前后]半期|[初中末]叶|[初中末前后]期|[年岁][初底末终尾]|初|底|末")
_APPROX = re.compile("前后|左右|许")
_BARE_NUMBER = re.compile(f"(?:{D}{{1,8}}|[{CN_DIGIT}十]{{1,8}})")
_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９：．", "0123456789:.")
_NUMERIC = re.compile(r"(?P<year>[0-9]{4})[-/.．](?P<month>[0-9]{1,2})[-/.．](?P<day>[0-9]{1,2})"
                      r"(?:[ T]{1,2}(?P<hour>[0-9]{1,2})[:：](?P<minute>[0-9]{2})(?:[:：][0-9]{2})?)?")
# a year and a dotted month (1939.6, life dates of biographies: rules/memoir_forms_zh)
_YEAR_DOT_MONTH = re.compile(r"(?P<year>1[6-9][0-9]{2}|20[0-9]{2})[.．](?P<month>1[0-2]|0?[1-9])")


@dataclass(frozen=True)
class DateParts:
    """What one DATE span says explicitly (None = not written)."""

    year: int | None = None
    century: int | None = None
    decade: int | None = None
    month: int | None = None
    day: int | None = None
    season: str | None = None
    half: str | None = None
    part_of_day: str | None = None
    hour: int | None = None
    minute: int | None = None
    mod: str | None = None


def _year_value(m: re.Match) -> tuple[int | None, bool]:
    """(year, is_decade) from a _YEAR match; two-digit years are 19xx."""
    if m.group("era"):
        n = 1 if m.group("era_num") == "元" else parse_number(m.group("era_num"))
        return (ERA_OFFSETS[m.group("era")] + int(n) if n else None), False
    if m.group("roc"):
        n = parse_number(m.group("roc"))
        return (1911 + int(n) if n else None), False
    n = parse_number(m.group("num"))
    if n is None:
        return None, False
    n = int(n)
    if m.group("decade"):
        return (n if n >= 100 else 1900 + n), True
    return (1900 + n if n < 100 else n), False


@lru_cache(maxsize=1)
def telegraph_codes() -> dict[str, tuple[int, bool]]:
    """韵目代日: code character -> (day of the month, needs a telegram context)."""
    from pipeline.lexicons import read_rows

    return {row[0]: (int(row[1]), len(row) > 2 and row[2] in ("ambiguous", "alternative"))
            for row in read_rows("telegraph_days.tsv") if len(row) >= 2 and row[0]}


def telegraph_day(span_text: str) -> int | None:
    """The day a telegraph day code stands for (铣日 → 16), else None."""
    if len(span_text) == 2 and span_text[1] == "日" and span_text[0] in telegraph_codes():
        return telegraph_codes()[span_text[0]][0]
    return None


@lru_cache(maxsize=4096)
def parse_date(span_text: str, bare: str = "year") -> DateParts:
    """Parse one DATE span; `bare` says what a lone number is (year|month|day).

    Cached: the parts are a frozen dataclass and date strings repeat (4月18日)."""
    s = span_text.strip()
    pos = 0
    parts: dict = {}

    def take(rx: re.Pattern) -> re.Match | None:
        nonlocal pos
        while pos < len(s) and s[pos] in " \u3000":
            pos += 1
        m = rx.match(s, pos)
        if m:
            pos = m.end()
        return m

    telegraph = telegraph_day(s)
    if telegraph is not None:                # 铣日: the 16th (韵目代日)
        return DateParts(day=telegraph)
    m = _NUMERIC.fullmatch(s.translate(_FULLWIDTH_DIGITS))
    if m:
        return DateParts(**{k: int(v) for k, v in m.groupdict().items() if v is not None})
    feast = _LUNAR_FEAST_END.search(s)
    if feast and feast.start() > 0:
        s = s[:feast.start()]
    m = _YEAR_DOT_MONTH.fullmatch(s.translate(_FULLWIDTH_DIGITS))
    if m:
        return DateParts(year=int(m.group("year")), month=int(m.group("month")))
    if _BARE_NUMBER.fullmatch(s):
        n = parse_number(s)
        if n is not None:
            key = bare if bare in ("month", "day") else "year"
            parts[key] = int(n)
        return DateParts(**parts)
    m = take(_CENTURY)
    if m:
        parts["century"] = int(parse_number(m.group("num")))
    m = take(_YEAR)
    if m:
        value, is_decade = _year_value(m)
        if is_decade and "century" in parts and value is not None and value % 100 == int(parse_number(m.group("num")) or -1):
            value = (parts["century"] - 1) * 100 + value % 100
        parts["decade" if is_decade else "year"] = value
    m = take(_MONTH)
    lunar_named = bool(m) and m.group("num") in _LUNAR_MONTHS
    if m:
        parts["month"] = _LUNAR_MONTHS.get(m.group("num")) or int(parse_number(m.group("num")))
    elif take(_NEW_YEAR_DAY):
        parts["month"], parts["day"] = 1, 1
    m = take(_DAY)
    if m and m.group("bare") and lunar_named:
        m = None     # 腊月二十六: a month only the lunar calendar has keeps its month value (tests/test_cycle_years_zh)
    if m:
        parts["day"] = int(parse_number((m.group("num") or m.group("lunar") or m.group("bare")).lstrip("初")))     # 初三日: the third day of a lunar month
    m = take(_HALF_YEAR)
    if m:
        parts["half"] = "H1" if m.group().startswith("上") else "H2"
    m = take(_SEASON)
    if m:
        word = m.group()
        season_char = next(ch for ch in word if ch in SEASONS)
        parts["season"] = SEASONS[season_char]
        if word[0] in SEASON_MODS:
            parts["mod"] = SEASON_MODS[word[0]]
    m = take(_PART)
    if m:
        parts["mod"] = PART_MODS[m.group()]
    m = take(_POD)
    if m:
        parts["part_of_day"] = PARTS_OF_DAY[m.group()]
        if m.group() == "正午":     # noon is a clock time (README conventions: 15日正午 → T12:00)
            parts["hour"] = 12
    m = take(_TIME)
    if m:
        hour = int(parse_number(m.group("hour")))
        pod = parts.get("part_of_day")
        if pod in ("AF", "EV", "NI") and hour < 12 and not (pod == "NI" and hour <= 4):
            hour += 12
        parts["hour"] = hour
        if m.group("minute") or m.group("clock_minute"):
            parts["minute"] = int(parse_number(m.group("minute") or m.group("clock_minute")))
        elif m.group("half"):
            parts["minute"] = 30
    m = take(_APPROX)
    if m:
        parts.setdefault("mod", PART_MODS[m.group()])
    return DateParts(**parts)


def _fmt(n: int | None, width: int) -> str:
    return "X" * width if n is None else f"{n:0{width}d}"


def format_value(p: DateParts) -> dict:
    """The norm dict {"value", "mod"?} of complete-as-possible parts."""
    if p.decade is not None and p.month is None:
        value = str(p.decade)[:3]
    elif p.century is not None and p.year is None:
        value = f"{p.century - 1:02d}"
    else:
        value = _fmt(p.year, 4)
        has_time = p.hour is not None or p.part_of_day is not None
        if p.month is not None or p.day is not None or has_time:
            value += "-" + _fmt(p.month, 2)
            if p.day is not None or has_time:
                value += "-" + _fmt(p.day, 2)
        elif p.season:
            value += "-" + p.season
        elif p.half:
            value += "-" + p.half
        if p.hour is not None:
            value += f"T{p.hour:02d}:{(p.minute or 0):02d}"
        elif p.part_of_day:
            value += "T" + p.part_of_day
    norm = {"value": value}
    if p.mod:
        norm["mod"] = p.mod
    return norm


def _fill(p: DateParts, year: int | None, month: int | None, day: int | None) -> DateParts:
    """Complete the parts a span leaves out from context, coarsest written part down."""
    if p.year is not None or p.decade is not None or p.century is not None:
        return p
    has_time = p.hour is not None or p.part_of_day is not None
    if p.month is None and p.day is None and has_time:
        return replace(p, year=year, month=month, day=day)
    if p.month is None and p.day is not None:
        return replace(p, year=year, month=month)
    return replace(p, year=year)


def normalize_date(span_text: str, year: int | None = None, month: int | None = None,
                   day: int | None = None, bare: str = "year") -> dict:
    """Norm of one DATE span; year/month/day fill what the span does not say."""
    return format_value(_fill(parse_date(span_text, bare), year, month, day))


_BARE_KIND_AFTER = re.compile(f"{SP}[、和及与至到~～—–\\-]{{1,2}}{SP}(?:{D}{{1,8}}|[{CN_DIGIT}十]{{1,8}}){SP}(?P<kind>[年月日号])")


def _bare_kind(text: str, end: int) -> str:
    m = _BARE_KIND_AFTER.match(text, end)
    return {"年": "year", "月": "month", "日": "day", "号": "day"}[m.group("kind")] if m else "year"


@lru_cache(maxsize=4096)
def _filled_value(parts: DateParts, year: int | None, month: int | None,
                  day: int | None) -> tuple[DateParts, dict]:
    filled = _fill(parts, year, month, day)
    return filled, format_value(filled)


# A year written relative to the last one, right before a span without a year (次年秋, 翌年3月).
RELATIVE_YEARS = {"次年": 1, "翌年": 1, "第二年": 1, "隔年": 1, "同年": 0, "是年": 0, "当年": 0,
                  "该年": 0, "前一年": -1}
RELATIVE_YEAR = "(?:" + "|".join(sorted(RELATIVE_YEARS, key=longest_first)) + ")"
_RELATIVE_YEAR_START = re.compile(RELATIVE_YEAR)
# Years relative to the time of writing (去年七月 in a report of 1948 is 1947-07): only before a span
# without a year, and never part of the DATE span (the finder does not read them), the last date
# standing in for the writer's present.
SPEAKER_RELATIVE_YEARS = {"去年": -1, "前年": -2, "今年": 0, "明年": 1}
_BEFORE_SPAN_YEARS = {**RELATIVE_YEARS, **SPEAKER_RELATIVE_YEARS}
_RELATIVE_YEAR = re.compile("(?:" + "|".join(sorted(_BEFORE_SPAN_YEARS, key=longest_first)) + f"){SP}$")


def _relative_year(text: str, start: int) -> int | None:
    m = _RELATIVE_YEAR.search(text[max(0, start - 4):start])
    return _BEFORE_SPAN_YEARS[m.group().strip()] if m else None


# A day written relative to the last date, between it and a time without a date:
# 次日凌晨3时 is the day after; 第三天…上午9时 is a day the text does not give.
RELATIVE_DAYS = ("次日", "翌日", "第二天", "第二日", "隔日")
_RELATIVE_DAY = re.compile("(?P<next>" + "|".join(RELATIVE_DAYS) + ")"
                           "|(?P<unknown>第[0-9０-９一二三四五六七八九十]{1,3}[天日])")
RELATIVE_DAY_WINDOW = 200


def _relative_day(text: str, last_end: int, start: int) -> str | None:
    """"next", "unknown" or None: the last relative-day word between two DATE spans."""
    found = None
    for m in _RELATIVE_DAY.finditer(text, max(last_end, start - RELATIVE_DAY_WINDOW), start):
        found = m.lastgroup
    return found


def _next_day(year: int | None, month: int | None, day: int) -> tuple[int | None, int | None, int]:
    if year is not None and month is not None:
        try:
            d = date(year, month, day) + timedelta(days=1)
            return d.year, d.month, d.day
        except ValueError:
            return year, month, day
    return year, month, (day + 1 if day < 28 else day)


# a publication year (解放军出版社1987年版, 1983年出版, 1990年印行): it dates a book, not the events
_BIBLIOGRAPHIC_AFTER = re.compile("[ \u3000]?(?:版|出版|印行|刊行|初版|再版|印刷|第[0-9一二三四五六七八九十]{1,2}版)")


# the first date of a range whose second date has its own year (12月至1949年1月, 11月25日到1949年1月3日):
# a range never runs backwards, so a first date the carried year would put after the second one takes
# the second one's year, or the year before when its month comes later (12月 before 1949年1月 is 1948-12)
_RANGE_TO = re.compile(f"{SP}(?:至|到|~|～|—{{1,2}}|–|-){SP}")


def _range_end(text: str, spans: list[tuple[int, int]], k: int) -> tuple[int, int] | None:
    """(year, month) of the next DATE span when it closes a range opened by span k and says both."""
    if k + 1 >= len(spans):
        return None
    end, (start, stop) = spans[k][1], spans[k + 1]
    if not 0 < start - end <= 4 or not _RANGE_TO.fullmatch(text, end, start):
        return None
    closing = parse_date(text[start:stop])
    if closing.year is None or closing.month is None:
        return None
    return closing.year, closing.month


# the words that say a date is of the lunar calendar (the finder reads the day without 日 after them too)
# 夏历 and 古历 are other names of the same calendar (Xiandai Hanyu Cidian)
LUNAR_MARKERS = ("农历", "阴历", "旧历", "夏历", "古历")
_LUNAR_BEFORE = re.compile("(?:" + "|".join(LUNAR_MARKERS) + ")[(（]?$")
_HINT_VALUE = re.compile(r"(?P<year>[0-9]{4})(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")


def normalize_dates(text: str, spans: list[tuple[int, int]], state: dict | None = None,
                    hints: list[dict | None] | None = None) -> list[dict]:
    """One norm dict per DATE span of `text`, in order, using document context.

    `state` carries the date context (last year, month, day, end of the last span) from
    one call to the next, for a document normalised piece by piece. `hints` (one per span or
    None) are values a finder read itself (十五年十月 after 民国 → 1926-10): such a span keeps its
    value and, like any explicit date, sets the context for the dates after it; a hint `read_as` gives
    the words the span is read as in context instead (8月22 whose 日 was lost → 8月22日)."""
    state = {} if state is None else state
    year, month, day = state.get("year"), state.get("month"), state.get("day")
    last_end = state.get("last_end", 0)
    lunar_last = None           # the end of the last span read as a lunar date
    norms = []
    for k, (start, end) in enumerate(spans):
        span_text = text[start:end]
        hint = hints[k] if hints else None
        if hint and hint.get("value"):
            norms.append(dict(hint))
            last_end = end
            m = _HINT_VALUE.match(hint["value"])
            if m:
                year = int(m.group("year"))
                month = int(m.group("month")) if m.group("month") else None
                day = int(m.group("day")) if m.group("day") else None
            continue
        if hint and hint.get("read_as"):
            span_text = hint["read_as"]   # 8月22 whose 日 a copy lost, 九月中 = 九月中旬 (chronicle_forms_zh)
        # session 21 (r21dates): the second end of a lunar range (农历八月初三至十五日, 阴历三月初一到四月初九) is a
        # lunar date too: it has no lunar word of its own, but its partner's calendar (guideline 8: each end its own span)
        lunar_end = (lunar_last is not None and k > 0 and spans[k - 1][1] == lunar_last
                     and 0 < start - lunar_last <= 4 and _RANGE_TO.fullmatch(text, lunar_last, start) is not None)
        if lunar_end or _LUNAR_BEFORE.search(text, max(0, start - 3), start):
            lunar_last = end
            # 九月十二日(农历八月初八): a day of the lunar calendar is no day of the Gregorian one; it is valued by
            # its year alone and leaves the month and day the text carries as they were
            own = parse_date(span_text)
            norms.append(dict(_filled_value(DateParts(year=own.year), own.year or year, None, None)[1]))
            last_end = end
            if own.year is not None:
                year = own.year
            continue
        bare = _bare_kind(text, end) if _BARE_NUMBER.fullmatch(span_text.strip()) else "year"
        rel = _RELATIVE_YEAR_START.match(span_text)
        if rel:                                  # 次年秋: the relative word is inside the span
            parts, shift = parse_date(span_text[rel.end():]), RELATIVE_YEARS[rel.group()]
        else:
            parts, shift = parse_date(span_text, bare), _relative_year(text, start)
        if shift is not None and year is not None and parts.year is None and parts.decade is None \
                and parts.century is None and (parts.month is not None or parts.season or parts.half or parts.mod):
            year, month, day = year + shift, None, None     # 次年11月: the year after the last one
        if parts.year is None and parts.decade is None and parts.century is None and parts.month is not None:
            closing = _range_end(text, spans, k)
            if closing and (year is None or (year, parts.month) > closing):
                year = closing[0] - (1 if parts.month > closing[1] else 0)
        if (parts.year is None and parts.month is None and parts.day is None and day is not None
                and (parts.hour is not None or parts.part_of_day)):
            relative = _relative_day(text, last_end, start)
            if relative == "next":
                year, month, day = _next_day(year, month, day)  # 次日凌晨3时: the day after the last one
            elif relative == "unknown":
                day = None                                      # 第三天…上午9时: which day is not said
        last_end = end
        filled, value = _filled_value(parts, year, month, day)
        norms.append(dict(value))
        if parts.month is None and parts.day is None and _BIBLIOGRAPHIC_AFTER.match(text, end):
            continue                  # 1987年版: a book's year is no year of the narrative
        if parts.year is not None:
            year, month, day = parts.year, filled.month, filled.day
        elif filled.month is not None:
            month, day = filled.month, filled.day
        elif filled.day is not None:
            day = filled.day
    state.update(year=year, month=month, day=day, last_end=last_end)
    return norms
