"""Find DATE spans in Simplified Chinese text (guidelines: DATE, rules 8 and 13).

Explicit calendar expressions only: 1944年4月17日, 4月18日, 5月中旬, 1944年春,
44年12月, 6月18日下午, 凌晨四时, 夏季, 民国三十三年. Each end of a range is its own
span; relative words (同日, 当夜, 战后) are not dates; durations (三周, 守城4日后,
3年) are left to the QUANTITY finder. Spans never contain punctuation or commas; a part of
day standing alone after a dated day and a comma (10月29日，清晨，…) is its own DATE.
Nothing inside a 《title》 is a date (rule 11; `title_spans` is shared with the QUANTITY finder).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from pipeline.normalize.dates import (
    AR_DAY, AR_HOUR, AR_MONTH, CN_BARE_DAY, CN_DAY, CN_DIGIT, CN_HOUR, CN_MINUTE, CN_MONTH, D, ERA, ERA_NUM,
    ERA_OFFSETS, LUNAR_MARKERS, PARTS_OF_DAY, POD, RELATIVE_YEARS, SP,
)
from pipeline.rules.scan import alternative_guard, anchored_finditer
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

LABEL, SOURCE, PRIORITY = "DATE", "rule:date", 50

# Not inside a longer number (13.5, 1,944); after a comma that follows a word (，1944年) is fine.
NOT_DIGIT_BEFORE = "(?<![0-9０-９.．])(?<![0-9０-９],)"
CN_NUMERAL_CHARS = CN_DIGIT + "十百千万亿两廿卅"
# an hour of a twelve-hour clock, in figures or numerals (十点左右, 9点过后; not 一点: "a little")
CN_HOUR_12 = "(?:1[0-2]|[1-9]|１[０-２]|[１-９]|十[一二]?|[二三四五六七八九两])"
MONTH = f"(?:{NOT_DIGIT_BEFORE}{AR_MONTH}|(?<![{CN_NUMERAL_CHARS}]){CN_MONTH}){SP}月(?:份)?"
DAY = f"(?:{AR_DAY}{SP}[日号]|{CN_DAY}日)"
# A clock time written with a colon (9:30) only after a date or a part of day: alone it may be a score.
CLOCK = f"{AR_HOUR}[:：][0-5０-５]{D}(?:[:：][0-5０-５]{D})?(?!{D}|[:：]{D})"
TIME = (f"(?:(?:{AR_HOUR}|{CN_HOUR}){SP}[时点](?:{SP}(?:{D}{{1,2}}|{CN_MINUTE}){SP}分|半|(?<=点)钟)?(?:许)?|{CLOCK})")
# the end (or start) of a part of a month or of a season written after it belongs to the DATE: 10月中旬末, 1944年夏末,
# 1943年秋初 (guideline 8's 初/末; session 27, s27mine and s27zhprec: audit22-26 gold reads them whole; value: the part
# or season, END/START)
_PART_END = "(?:末(?![期日年月尾]))?"
MONTH_PART = f"(?:(?:上旬|中旬|下旬){_PART_END}|上半月|下半月|初(?![步期级一二三四五六七八九十])|底|末(?!期))"
YEAR_PART = ("(?:[上下]半年|年(?:初|底|末|终)|岁(?:末|尾|初)|[初早仲盛晚深暮残]?[春夏秋冬](?:季|天)?(?:[末初](?![步期级日年月尾]))?"
             "|初(?![步期级])|底|末(?!期))")
APPROX = "(?:前后|左右)"
DAY_TAIL = f"(?:{SP}{POD})?(?:{SP}{TIME})?"
# 正月初二, 七月初九: a day of the lunar calendar written without 日 after its month (zh11)
# ...and a day in numerals with the spoken 号 after its month (六月十号: prezh4; alone, 三号 is a number)
# ...and a day of two or more numerals without 日 after its month, as local histories, annals, mission case files and
# oral histories write it (六月十五清庙大会, 七月十一半夜, 延至九月十二, 七月廿四, 光绪七年十二月二十五夜; session 27, s27mine and
# s27zhprec, 5 development sets): not before 日/号/年/月, another numeral, a measure word, an echelon, a count's tail or an
# event word (九月十五人, 三月二十万, 五月十二个, 三月十五军, 九月十八事变)
BARE_DAY = (f"{CN_BARE_DAY}(?![日号號年月周週届期次回余餘来多几点时分秒岁歲天个個人名位军师团旅营连排班路纵队部只支架门辆匹艘万千百事"
            f"{CN_NUMERAL_CHARS}])")
MONTH_TAIL = (f"(?:{SP}(?:{DAY}|{CN_DAY}号(?![码召令称楼院房])){DAY_TAIL}|{SP}初[一二三四五六七八九十](?![日号]){DAY_TAIL}"
              f"|{SP}{BARE_DAY}{DAY_TAIL}|{SP}{MONTH_PART})?")
# A year after a figure and an ASCII comma is no thousands group (one takes three digits): 档案893.22/50,1943年
# (half-width punctuation in a citation; session 13 audit, auditzh20).
YEAR4 = (f"(?:{ERA}{SP}{ERA_NUM}|(?<![0-9０-９.．])(?:[1１][0-9０-９]{{3}}|[2２][0０][0-9０-９]{{2}})|"
         f"(?<![{CN_NUMERAL_CHARS}])[{CN_DIGIT}]{{4}}){SP}年(?![代级龄纪轻])")
YEAR2 = (f"(?:{NOT_DIGIT_BEFORE}[1-9１-９][0-9０-９]{SP}年(?=(?:{SP}{MONTH}|{SP}{YEAR_PART}))"
         f"|(?<![{CN_NUMERAL_CHARS}第])[一二三四五六七八九][{CN_DIGIT}]{SP}年(?={SP}{MONTH}|{SP}{YEAR_PART}))")
# the part of a century written with it belongs to the DATE (guideline 8's 初/末 of a month; the development sets read
# `18世纪后半期`, `14世纪初` whole): 初/末/中叶 and the half and stage words (session 25, s25zhextent). A bare decade
# keeps its reading without its part (三十年代|初期, test_dates_quantities).
PERIOD_PART = "(?:上半叶|下半叶|前半叶|后半叶|前半期|后半期|初叶|末叶|中叶|初期|中期|末期|前期|后期|初|末)"
DECADE = f"(?:{NOT_DIGIT_BEFORE}(?:[1１][0-9０-９]{{3}}|[0-9０-９][0０])|(?<![{CN_NUMERAL_CHARS}])[二三四五六七八九]十){SP}年代"
CENTURY = (f"(?:{NOT_DIGIT_BEFORE}{D}{{1,2}}|(?<![{CN_NUMERAL_CHARS}])(?:[一二]?十[一二三四五六七八九]?|[一二三四五六七八九])){SP}世纪"
           f"(?:{SP}(?:[0-9]0|[二三四五六七八九]十){SP}年代)?(?:{PERIOD_PART}(?![年月日]))?")
RANGE_NEXT = f"(?={SP}[、和及与至到~～—–\\-]{{1,2}}{SP}"  # a lookahead, closed by the caller
STANDALONE_SEASON = "(?:[初早仲盛晚深暮残][春夏秋冬](?:季|天)?|[春夏秋冬][季天]|隆冬|严冬|寒冬)"
# session 31 (w31zhqty): a word of the same year (同年, 是年, 当年, 该年) before a season or a part of the year is a
# relative word without a number or a name (guideline 8): `同年秋`, `是年底`, `同年冬天` are no DATE (audit22-25, 27, 29
# leave all ten), while a year counted on from the last one keeps its DATE (`次年秋`, `翌年春`: real-dev).
_SHIFTED_YEAR = "(?:" + "|".join(sorted((w for w, shift in RELATIVE_YEARS.items() if shift), key=longest_first)) + ")"
_SAME_YEAR_BEFORE = "".join(f"(?<!{w})" for w, shift in RELATIVE_YEARS.items() if not shift)

# Characters a date can start with; checked first so most positions fail fast.
FIRST_CHARS = "0-9０-９" + CN_DIGIT + "十两廿卅初早仲盛晚深暮残春夏秋冬隆严寒正腊" + "".join(
    sorted({w[0] for w in PARTS_OF_DAY} | {e[0] for e in ERA_OFFSETS} | {w[0] for w in RELATIVE_YEARS}))
YEAR_NUM = "(?:[1１][0-9０-９]{3}|[2２][0０][0-9０-９]{2})"
# A page's numeric date: 1904.6.14, 2019-03-13, 2019/03/13, with a clock time 2019-03-13 09:10.
NUMERIC_DATE = (f"{NOT_DIGIT_BEFORE}{YEAR_NUM}(?P<sep>[-/.．]){AR_MONTH}(?P=sep){AR_DAY}"
                f"(?!{D})(?!(?P=sep){D})(?:[ T]{{1,2}}{CLOCK})?")
# Each alternative carries its own first-character guard (scan.alternative_guard): `re` walks every
# alternative at each position that passes the shared guard, and most fail on their first character.
_DATE_ALTERNATIVES = (
    ("numeric", NUMERIC_DATE),
    ("century", CENTURY),
    ("decade", DECADE),
    # a lunar month and day after 农历/阴历/旧历, the day written without 日 (农历七月十八, 阴历八月初二)
    ("lunar", f"(?<={'|'.join(LUNAR_MARKERS)}){CN_MONTH}月{SP}(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|初[一二三四五六七八九十])"
              f"(?![日号年月{CN_NUMERAL_CHARS}])"),
    # a named lunar month (正月, 冬月, 腊月: months only the lunar calendar has) and a day of two or more numerals
    # without 日, as after 农历 (腊月二十三, 正月十五: s20zhqty)
    ("named_lunar", f"(?:(?<![\u4e00-\u9fff])|(?<=[年于在至到自从翌次去今明历]))[正冬腊]月{SP}(?:[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?)"
                    f"(?![日号年月个{CN_NUMERAL_CHARS}])"),
    ("year", f"(?:{YEAR4}|{YEAR2})(?:{SP}{MONTH}{MONTH_TAIL}|{SP}{YEAR_PART})?(?:{APPROX})?"),
    ("month", f"{MONTH}{MONTH_TAIL}(?:{APPROX})?"),
    ("day", f"(?<![{CN_NUMERAL_CHARS}0-9０-９.]){DAY}{DAY_TAIL}(?:{APPROX})?"),
    ("time", f"(?:{POD}{SP}{TIME}"
             f"|(?<![0-9０-９.小]){AR_HOUR}{SP}时(?:{SP}{D}{{1,2}}{SP}分)?(?:许)?"
             # a clock hour without a part of day where what follows makes it a time (十点左右, 九点过后, 3点钟; and an hour in
             # figures before 前/后 closing its clause, 12点后，…: prezh4)
             f"|(?<![{CN_NUMERAL_CHARS}0-9０-９.第数几多每]){CN_HOUR_12}{SP}点(?:钟|(?=左右|前后|过后|以后|整)|(?<=[0-9０-９]点)(?=[前后][，,。；;、])))(?:{APPROX})?"),
    ("season", f"(?<![每今去明次翌前后该个]){_SAME_YEAR_BEFORE}{STANDALONE_SEASON}"),
    ("relative", f"{_SHIFTED_YEAR}{YEAR_PART}"),
    ("range_year", f"{NOT_DIGIT_BEFORE}(?:[1１][0-9０-９]{{3}}|[2２][0０][0-9０-９]{{2}}){RANGE_NEXT}{D}{{2,4}}{SP}年)"),
    # the two ends of a range are written alike (五、六月, 5、6月; not the list mark 四、5月)
    ("range_month", f"{NOT_DIGIT_BEFORE}{AR_MONTH}{RANGE_NEXT}{AR_MONTH}{SP}月)"
                    f"|(?<![{CN_NUMERAL_CHARS}]){CN_MONTH}{RANGE_NEXT}{CN_MONTH}{SP}月)"),
    ("range_day", f"{NOT_DIGIT_BEFORE}{AR_DAY}{RANGE_NEXT}{AR_DAY}{SP}[日号])"
                  f"|(?<![{CN_NUMERAL_CHARS}]){CN_DAY}{RANGE_NEXT}{CN_DAY}{SP}[日号])"),
)
# Every alternative that may start with a digit refuses a digit or a point right before it (NOT_DIGIT_BEFORE,
# the day's and the clock's look-behinds): the inner digits of 5000人 are turned away once, not per alternative.
DATE_RE = re.compile(f"(?=[{FIRST_CHARS}])(?!(?<=[0-9０-９.])[0-9０-９])(?:" + "|".join(
    f"(?P<{name}>{alternative_guard(source)}{source})" for name, source in _DATE_ALTERNATIVES) + ")")

# Every match holds one of these characters at most DATE_REACH characters after its start, or has one
# there in its look-ahead (the year of a range: 1937 —— 1945 年, 年 at 13), so only the starts within
# reach before one are tried (scan.anchored_finditer; the same matches as DATE_RE.finditer): 年 of a
# year (an era's year: 中华民国 三十三 年, at 9), a decade or a relative year, 月 of a month, 日/号 of a day,
# 时/点 or a clock's colon of a time (一大早 二十四 时, at 8), 世 of a century, the season, the separator of a
# numeric date (1944-06-14, at 4).
DATE_ANCHOR = (re.compile("[年月日号时点世春夏秋冬:：/.．-]"), 13)

# A lone day (23日) is a date only where a date can stand: after these characters or a clause start.
DAY_ALONE_AFTER = set("于至到在自从迄、及和与或~～—–-，。；：！？,;:!?（(「『\"“\n\t ")
# ...and not when what follows makes it a duration (4日后, 3日内) or the 日 is Japan (3日军).
DAY_ALONE_NOT_BEFORE = set("后内之来间以余多左上军本方伪寇机舰籍侨俄美英语文元")


# ...and a day of 廿/卅 one or two characters after these is a duration too (围城廿日, 历时廿日, 凡卅日, 约廿日)
_DURATION_BEFORE_TENS_DAY = set("共凡历经达计阅约围守困攻战延逾过满近数每隔")


# ...but a foreign side's troops, ships or planes after the day leave it a date (23日英军登陆, 18日美机轰炸):
# 日英/日美 is no pair of sides before them (prezh4 precision audit: the day was read as a bare count).
_SIDE_AFTER_DAY = re.compile("[俄美英][军舰机兵方]")


# 上月/本月/下月/同月/是月/当月/该月 before a day: the day of a month the text names by pointing at it
_MONTH_DEICTICS = frozenset("上本下同是当该")


def _keep(m: re.Match, text: str) -> bool:
    kind = m.lastgroup
    if kind == "day":
        start, end = m.span()
        prev = text[start - 1] if start else "\n"
        span = m.group()
        if prev not in DAY_ALONE_AFTER and not (prev == "月" and text[start - 2:start - 1] in _MONTH_DEICTICS) \
                and not (span[:1] in "廿卅" and not _DURATION_BEFORE_TENS_DAY & set(text[max(0, start - 2):start])
                         and not text.startswith("之", end)):
            return False          # 守城4日, 激战3日: a duration (QUANTITY); not 上月二十日 (last month's 20th), nor a
                                  # day of 廿/卅, which letters and diaries write for the calendar's 20th-31st
                                  # (余廿日须赴会, 仅廿四日一天; not 围城廿日, 凡卅日, 廿日之久: session 29, s29zhcount)
        if span.rstrip("日号 \u3000") == "一":       # 一日 = "one day", not the 1st
            return False
        if (span.endswith("日") and end < len(text) and text[end] in DAY_ALONE_NOT_BEFORE
                and not _SIDE_AFTER_DAY.match(text, end)):
            return False
        if span.endswith("号"):
            return False
    elif kind == "season":
        start = m.start()
        if start and text[start - 1] == "年" and text[max(0, start - 2):start] not in ("同年", "是年", "当年"):
            return False
        if _season_as_attribute(text, start, m.end()):
            return False
    return True


def _season_as_attribute(text: str, start: int, end: int) -> bool:
    """A season word without a year that describes weather or things, not a time (zh11 precision audit):
    before 的 or a noun (深秋的空气, 早春的寒风, 冬季服装) or after 的 (五十年不遇的严冬)."""
    if text.startswith("的", end) or (start and text[start - 1] == "的"):
        return True
    from pipeline.segment import word_info

    info = word_info().get(text[end:end + 2])
    return bool(info) and info[0] >= 100 and info[1][:1] == "n" or bool(info) and info[0] >= 100 and info[1] == "vn"


# A part of day standing alone right after a date with a day and a comma (10月29日，清晨，…):
# its own DATE (rule 13's split), valued from the date before it. Single-character words
# (晨, 晚, 夜) only when a comma or stop follows (not 夜袭).
_MULTI_POD = "|".join(sorted((w for w in PARTS_OF_DAY if len(w) > 1), key=longest_first))
_SINGLE_POD = "".join(w for w in PARTS_OF_DAY if len(w) == 1)
POD_AFTER_DATE_RE = re.compile(
    f"[，,、 \u3000]((?:{_MULTI_POD})(?![0-9０-９{CN_NUMERAL_CHARS}])|[{_SINGLE_POD}](?=[，,。；;]))")
# A life span or a span of years written with bare years (1896—1972, 1896-1972, 1937至1945年):
# each end its own DATE. The second year is later and within a lifetime of the first, and no
# measure word follows it (1500-1600人 is a quantity).
YEAR_RANGE_RE = re.compile(
    f"(?=[12１２])(?<![0-9０-９.．#/:\\-])(?<![0-9０-９],)(?P<a>{YEAR_NUM})(?:{SP}年)?{SP}(?:[―—–\\-－~～]{{1,2}}|至|到){SP}"
    f"(?P<b>{YEAR_NUM})(?![0-9０-９])(?![.．/:\\-][0-9])")
# the range mark after the first year: at most 4 digits, a space, 年 and a space after the start
YEAR_RANGE_ANCHOR = (re.compile("[―—–\\-－~～至到]"), 7)
YEAR_SPAN_MAX = 120
_DAY_END = re.compile(f"[日号](?:{POD})?$")
_TITLE_RE = re.compile("《[^《》\n]{0,80}》")


def title_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every 《title》: nothing inside one is tagged (guidelines rule 11)."""
    return [m.span() for m in _TITLE_RE.finditer(text)] if "《" in text else []


def inside_title(titles: list[tuple[int, int]], start: int, end: int) -> bool:
    """True if [start, end) overlaps one of `titles` (sorted, non-overlapping)."""
    i = bisect_right(titles, (start, 1 << 62)) - 1
    if i >= 0 and titles[i][1] > start:
        return True
    return i + 1 < len(titles) and titles[i + 1][0] < end


# The last text and its dates, kept for one more call: the QUANTITY finder asks for the
# dates of the text the DATE finder has just read.
_LAST: list = [None, []]


def find_dates(text: str) -> list[Candidate]:
    """DATE candidates in `text` (working text), in order."""
    if _LAST[0] is not None and _LAST[0] == text:
        kept = _LAST[1]
        _LAST[0], _LAST[1] = None, []
        return list(kept)
    kept = _find_dates(text)
    _LAST[0], _LAST[1] = text, kept
    return list(kept)


def _unit_follows(text: str, end: int) -> bool:
    """A measure word (人, 名, 公里, …) right after `end`: the number counts, it is no year."""
    from pipeline.normalize.quantities import measure_words

    rest = text[end:end + 6].lstrip(" \u3000")
    if rest.startswith("年"):
        return False
    if rest[:1] in "万亿千百十余多":
        return True               # 2010至2011万: a magnitude, so a count
    return any(rest.startswith(w) for w in measure_words().units)


def _find_dates(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    titles = title_spans(text)
    for m in anchored_finditer(YEAR_RANGE_RE, text, *YEAR_RANGE_ANCHOR):
        a, b = int(m.group("a")), int(m.group("b"))
        if not a < b <= a + YEAR_SPAN_MAX or _unit_follows(text, m.end()):
            continue
        out.append(Candidate(m.start("a"), m.end("a"), LABEL, SOURCE, PRIORITY))
        out.append(Candidate(m.start("b"), m.end("b"), LABEL, SOURCE, PRIORITY))
    for m in anchored_finditer(DATE_RE, text, *DATE_ANCHOR):
        if not _keep(m, text):
            continue
        out.append(Candidate(m.start(), m.end(), LABEL, SOURCE, PRIORITY))
        if m.lastgroup in ("year", "month", "day") and _DAY_END.search(m.group()):
            pod = POD_AFTER_DATE_RE.match(text, m.end())
            if pod:
                out.append(Candidate(pod.start(1), pod.end(1), LABEL, SOURCE, PRIORITY))
    if titles:
        out = [c for c in out if not inside_title(titles, c.start, c.end)]
    # a part of day already found by the main pattern (凌晨四时) is not added twice
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for cand in out:
        if kept and cand.start < kept[-1].end:
            continue
        kept.append(cand)
    return kept
