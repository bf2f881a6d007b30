"""Chinese dates written in pieces that the date finders leave apart (session 22, s22zhext).

`find_date_piece_joins(text)` (working text, Simplified) proposes DATE candidates at priority 56 (above the date
finders, 50, and the bare-count finders whose pieces they replace, so the whole span wins):

- a day of any calendar written with its clock time, `民国廿七年三月五日下午三时左右`, `廿六年十月九日晚八时许`,
  `光绪二十年八月十八日午后二时`: the contract makes a time of day attached to a date part of the DATE
  (`8月8日凌晨四时`), and the Gregorian finder already joins it (`1938年3月5日下午三时左右`), but the era and
  Chinese-numeral days (民国/廿/卅/reign years) end at 日 and leave the clock time untagged. The day must end in
  日/号 and an hour in 时/点 must follow at once, with an optional part of day before it and minutes, 半 and
  the approximators 许/左右/前后 after it (value through the date normaliser: `…T15:00`, mod APPROX).
- a year, month and day joined by the enumeration comma in rosters and casualty lists,
  `1941、5、9山西某村` (tables of fallen officers, chronicles copied from spreadsheets): one DATE of that day
  (`1941-05-09`), and a year with its month alone (`1941、5`) where the roster writes no day, in a text that
  writes whole days so, before a place (a Han character, no counted noun). The count finders otherwise read the month
  and day as two bare counts. The year must lie in 1840-1979 and the month in 1-12, the day in 1-31, each
  without a digit, dot or 、 after it; `1937、1938年` (a list of years) has a four-digit second member and
  never matches.
- a month with two parts of it, `1944年3月中下旬`, `五月上中旬`, and a year with a pair of seasons, `1943年春夏之交`,
  `民国二十七年秋冬之际`, `1937年秋冬间`: one DATE each (guideline: part of a month, season); the finders stopped at
  the month (the first 旬 is not followed by its own 旬) and at the first season, and read `夏之交` as a name.
  A relative year before it stays outside (`同年3月中下旬` → `3月中下旬`).
- first days of a lunar month listed before the count of days, `初三、初四两日`, `初七、初八日` (Qing
  annals, memoirs that write the lunar calendar): each 初N is a DATE (days joined by 、 are DATEs), the count
  after them a QUANTITY (`两日`, as `四、五两期` → `两期`). Only 初一…初十 with 、 or 和 between, then 日 or a
  count of days: `初一、初二学生` (school grades) has no 日 after it.

Examples written for this module: `民国三十年五月二日上午十时许，敌机七架`, `某某少将，某师师长 1942、6、3湖南某地`,
`初五、初六两日，两军相持`.
Cost: each class starts from its literal (时/点/時/點, 、 after four digits, 初) found with str.find /
`scan.literal_finditer`; a window of at most 40 characters before each hour is searched.
"""

from __future__ import annotations

import re

from pipeline.rules.place_reading_checks import reign_eras   # the era names of lexicons/eras.tsv
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-piece-joins", 56

_NUMS = "〇零一二三四五六七八九十廿卅0-9"
_PART_OF_DAY = ("(?:凌晨|拂晓|黎明|清晨|早晨|早上|上午|中午|正午|午后|下午|傍晚|黄昏|晚上|晚间|夜间|深夜|半夜|午夜|夜晚"
                "|晨|早|午|晚|夜)")
_HOUR = "(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3}|[两二]十[一二三四]?)"
_CLOCK = f"{_PART_OF_DAY}?{_HOUR}[时点](?:[0-9]{{1,2}}分|[一二三四五六七八九十]{{1,3}}分|半)?(?:许|左右|前后)?"
_DAY = (f"(?:(?P<era>民国|中华民国|(?:(?![{_NUMS}])[\u4e00-\u9fff]){{2}})?(?P<year>[元{_NUMS}]{{1,4}}年))?"
        f"(?:[正元{_NUMS}]{{1,3}}月)?(?:初|[{_NUMS}])[{_NUMS}]{{0,2}}[日号]")
_DAY_CLOCK_RE = re.compile(f"(?<![{_NUMS}])(?P<day>{_DAY}){_CLOCK}")
_ERA_WORDS = ("民国", "中华民国")
_YEAR = f"(?:(?P<era>民国|中华民国|(?:(?![{_NUMS}])[\u4e00-\u9fff]){{2}})?(?P<year>[元{_NUMS}]{{1,4}}年))"
_MONTH_PARTS_RE = re.compile(f"(?<![{_NUMS}]){_YEAR}?[正元{_NUMS}]{{1,3}}月(?:上中|中下|上下)旬")
_SEASON_PAIRS = ("春夏", "夏秋", "秋冬", "冬春")
_SEASON_PAIR_RE = re.compile(f"(?<![{_NUMS}])(?:{_YEAR}[的]?)(?:春夏|夏秋|秋冬|冬春)(?:之交|之际|间)?")

_LISTED_YMD_RE = re.compile(
    "(?<![0-9.．、/])(?P<y>1[89][0-9]{2})、(?P<m>1[0-2]|0?[1-9])(?:、(?P<d>3[01]|[12][0-9]|0?[1-9]))?"
    "(?![0-9.．、%％])")
_COUNTED = set("人名个位架门辆艘匹次件间栋处发枚具支挺元吨岁年月日号时点分秒米里尺丈斤两万千百亿多余")

_FIRST_DAYS_RE = re.compile(
    "初(?:十|[一二三四五六七八九])(?:[、和]初(?:十|[一二三四五六七八九]))+"
    "(?P<count>[两二三四五六七八九十]日|日)")
_ONE_FIRST_DAY_RE = re.compile("初(?:十|[一二三四五六七八九])")


def _start(m: re.Match) -> int:
    """The start of a date match: an unknown two-character word before its year stays outside (该团37年…)."""
    era = m.group("era")
    if era and era not in _ERA_WORDS and era not in reign_eras():
        return m.start("year")
    return m.start()


def _day_clocks(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[int] = set()
    for hour_char in ("时", "点"):
        i = text.find(hour_char)
        while i >= 0:
            for m in _DAY_CLOCK_RE.finditer(text, max(0, i - 40), min(len(text), i + 8)):
                if m.start() <= i < m.end() and m.start() not in seen:
                    seen.add(m.start())
                    out.append(Candidate(_start(m), m.end(), "DATE", SOURCE, PRIORITY))
            i = text.find(hour_char, i + 1)
    return out


def _month_parts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "旬" in text:
        out += [Candidate(_start(m), m.end(), "DATE", SOURCE, PRIORITY)
                for m in literal_finditer(_MONTH_PARTS_RE, text)]
    if any(pair in text for pair in _SEASON_PAIRS):
        out += [Candidate(_start(m), m.end(), "DATE", SOURCE, PRIORITY)
                for m in literal_finditer(_SEASON_PAIR_RE, text)]
    return out


def _listed_dates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "、" not in text:
        return out
    months: list[tuple[re.Match, str]] = []
    for m in literal_finditer(_LISTED_YMD_RE, text):
        after = text[m.end():m.end() + 1]
        if after and after in _COUNTED:
            continue
        y, mo, d = m.group("y"), int(m.group("m")), m.group("d")
        if not 1840 <= int(y) <= 1979:
            continue
        if d is None:
            if after and "\u4e00" <= after <= "\u9fff":
                months.append((m, f"{y}年{mo}月"))
            continue
        out.append(Candidate(m.start(), m.end(), "DATE", SOURCE, PRIORITY,
                             norm={"date_hint": {"read_as": f"{y}年{mo}月{int(d)}日"}}))
    if out:     # a roster that writes whole days writes a month alone where the day is unknown
        out += [Candidate(m.start(), m.end(), "DATE", SOURCE, PRIORITY, norm={"date_hint": {"read_as": read}})
                for m, read in months]
    return out


def _first_days(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "初" not in text:
        return out
    for m in literal_finditer(_FIRST_DAYS_RE, text):
        count = m.group("count")
        for d in _ONE_FIRST_DAY_RE.finditer(text, m.start(), m.start("count")):
            out.append(Candidate(d.start(), d.end(), "DATE", SOURCE, PRIORITY))
        if len(count) == 2:
            out.append(Candidate(m.start("count"), m.end("count"), "QUANTITY", SOURCE, PRIORITY))
    return out


def find_date_piece_joins(text: str) -> list[Candidate]:
    """Era days with their clock time, 、-joined roster dates, listed first days of a lunar month (module doc)."""
    return _day_clocks(text) + _month_parts(text) + _listed_dates(text) + _first_days(text)
