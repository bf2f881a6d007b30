"""Forms of memoirs, county chronicles and martyr biographies (session 11 audit of fresh third-party pages:
烈士传略, 回忆录, 县志大事记, 人物简介), read from how those texts are written, not from any set's misses.

`find_memoir_forms(text)` (working text, Simplified) proposes:

- DATE: both ends of a span of years written with a dotted month (`（1915~1939.6）`, `1942.3—1945.8`, `1938.10-1949`),
  the way biographical dictionaries and 烈士名录 give life dates and tenures: each end is its own DATE
  (guideline 8), `1939.6` is June 1939 (value `1939-06`; pipeline.normalize.dates reads it). One end must
  carry a month, the later year is not before the earlier one and within a lifetime of it (≤ 120 years), and
  no digit or dot touches either end (1939.6.5 is a full date, read elsewhere).
- MIL_UNIT: a bare numbered designation (no 第) written right before one of its own posts (`八团政治部主任`,
  `三支队政治委员`, `六营教导员`, `二团副团长`): the post says a unit is meant, not a count (三支队伍, 六营 as
  six battalions). The designations written one after the other from larger to smaller (`三军五师`,
  `一旅二团`, `二团三营`) are one MIL_UNIT (rule 3) wherever they stand: the descending chain is the sign.
  Session 32 (w32zhmil, cross-set reading): the chain runs down to the platoon and squad (`二营五连一排`, `1连3排9班`;
  排/班 after a larger unit only), a chain ending in a platoon or squad keeps its post outside (`…一排长`), and a
  chain down to a battalion, company, platoon or squad outranks the bare pieces the list and count finders read in
  it (`三营二连与三连`: not the count 三营 and the company 二连).
- DATE: a year with its New Year's Day or a feast of the lunar year (`1947年元旦` = 1947-01-01, `1948年春节`,
  `1946年除夕`): one DATE, the feast inside (not the season 春 of 春节). The year may be written in Chinese numerals
  (`一九三八年春节`) or as an era year of the Republic or a reign of eras.tsv (`民国三十年中秋`, `光绪二十年端午`;
  session 23: memoirs write all three), and the feasts include 清明, 重阳, 七夕 and 腊八 (pipeline.normalize.dates
  values the span by its year, 元旦 by its day).
- DATE: a day in the month just named, written with 当月/本月/是月/该月 (`当月23日`, like 同月: month_forms_zh), and the
  day of a newspaper dateline (`【本报太行十日电】`, `新华社延安二十日电`): a date, not a count of days.
- MIL_UNIT: a battalion or company written as directly under its parent (`X军分区直属二营`, `直属一连`): a designation;
  the parent of another finder right before it is part of the span (rule 3).
- PERSON: the men a chronicle appoints to the posts of a local force or office, `X任分队长，Y任指导员，Z、W任班长`
  (a name of two or three characters, surname first, after a clause mark, 由 or a list mark, before 任 and a
  post); and the subject of a biography's first line, `王某某，1924年出生` / `王某某(1915~1939)` at the start
  of a line (the form of 人物简介 and 烈士传略): a person, also where a county shares the given name.
- EVENT: the aspect mark 过 of 参加过/经历过/打过 is no part of the battle after it (`参加过X战斗` → `X战斗`).
- EVENT: a party congress's plenary session by its ordinals (`六届六中全会`, `七届二中全会`, `十一届三中全会`):
  a named conference (the party before it, 中共, stays its own ORG).

Cost: str.find of the dot, of the post words and of 中全会; the echelon characters' positions (cached per
text by scan) where a digit follows one; regexes read back ≤ 16 characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE_DATE, SOURCE_UNIT, SOURCE_EVENT = "rule:memoir-dotted-years", "rule:memoir-unit-post", "rule:memoir-plenum"
SOURCE_DAY = "rule:memoir-month-day"
SOURCE_PERSON = "rule:memoir-person"

# ----------------------------------------------------------------------------------- DATE

_YEAR = r"(?:1[6-9][0-9]{2}|20[0-2][0-9])"
_MONTH = r"(?:1[0-2]|0?[1-9])"
_DOTTED_RANGE_RE = re.compile(
    rf"(?<![0-9０-９.．])(?P<a>{_YEAR}(?:[.．]{_MONTH})?)年?[ \u3000]?(?:[~～—–\-－]{{1,2}}|至)[ \u3000]?"
    rf"(?P<b>{_YEAR}(?:[.．]{_MONTH})?)(?![0-9０-９]|[.．][0-9])")
_YEAR_SPAN_MAX = 120


def _dotted_ranges(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[int] = set()
    for dot in ".．":
        if dot not in text:
            continue
        for at in literal_positions(text, dot):
            for m in _DOTTED_RANGE_RE.finditer(text, max(0, at - 16), min(len(text), at + 16)):
                if m.start() in seen or not m.start() <= at < m.end():
                    continue
                a, b = m.group("a"), m.group("b")
                if not (a[4:] or b[4:]) or not int(a[:4]) <= int(b[:4]) <= int(a[:4]) + _YEAR_SPAN_MAX:
                    continue
                seen.add(m.start())
                out.append(Candidate(m.start("a"), m.end("a"), "DATE", SOURCE_DATE, 52))
                out.append(Candidate(m.start("b"), m.end("b"), "DATE", SOURCE_DATE, 52))
    return out


# ----------------------------------------------------------------------------------- MIL_UNIT

_DIGITS = "一二三四五六七八九十"
_ECHELON_RANK = {"军": 1, "纵队": 1, "纵": 1, "师": 2, "分区": 2, "旅": 3, "支队": 3, "团": 4, "大队": 4,
                 "营": 5, "中队": 5, "连": 6, "排": 7, "班": 8}   # 排/班: session 32 (w32zhmil), 二营五连一排
_ECHELONS = "纵队|支队|大队|中队|分区|纵(?!队)|军|师|旅|团|营|连|排|班"     # 3纵7师: 纵 for 纵队 before a smaller unit
_NUMERAL = rf"(?:[{_DIGITS}][{_DIGITS}〇零]{{0,2}}|[0-9]{{1,3}})"          # 一零一团: a regiment numbered digit by digit
_DESIGNATION = rf"{_NUMERAL}(?:{_ECHELONS})"
_CHAIN_BACK_RE = re.compile(rf"(?:{_DESIGNATION}){{1,4}}$")
_PART_RE = re.compile(rf"({_NUMERAL})({_ECHELONS})")
_NOT_BEFORE = set(_DIGITS + "0123456789〇零百千第个两几数各每该全本其这那哪某新")   # 新四军, 新1军: a named force
# the posts of a unit's own staff written right after it (its commander's 团长 is person_clause_frames_zh's)
_POSTS = ("政治委员", "政委", "政治部", "政治处", "教导员", "指导员", "参谋长", "司令员", "供给处", "卫生队",
          "副政委", "副政治委员", "副司令员", "副参谋长", "副教导员", "副指导员",
          "副军长", "副师长", "副旅长", "副团长", "副营长", "副连长", "副支队长", "副大队长", "副中队长",
          "副纵队司令")
# the second designation of a chain: a digit right after an echelon character
_CHAIN_ECHELON_END = "军师旅团营连队区纵排"


def _chain(text: str, end: int) -> tuple[int, list[tuple[str, str]]] | None:
    """The designations written right before `end` (at most four, read back ≤ 16 characters) and where they start."""
    m = _CHAIN_BACK_RE.search(text[max(0, end - 16):end])
    if m is None:
        return None
    start = end - (m.end() - m.start())
    parts = _PART_RE.findall(m.group())
    # the read-back may begin inside a longer numeral or after 第 (第十二团): drop leading parts until the left is clear
    while parts and start > 0 and text[start - 1] in _NOT_BEFORE:
        number, echelon = parts.pop(0)
        start += len(number) + len(echelon)
    return (start, parts) if parts else None


def _descending(parts: list[tuple[str, str]]) -> bool:
    ranks = [_ECHELON_RANK[e] for _, e in parts]
    return all(a < b for a, b in zip(ranks, ranks[1:]))


def _longer_designation(text: str, start: int, end: int) -> bool:
    """The units finder reads a longer designation over [start, end) (八路军115师4团1营3连): it keeps it."""
    from pipeline.rules.units import find_units

    lo = max(0, start - 24)
    return any(c.start + lo <= start and end <= c.end + lo and c.end - c.start > end - start
               for c in find_units(text[lo:min(len(text), end + 8)]))


def _unit(start: int, end: int, parts: list[tuple[str, str]], priority: int, text: str = "") -> Candidate | None:
    numbers = [parse_number(n.replace("零", "〇")) if len(n) > 1 and ("零" in n or "〇" in n) and "十" not in n
               else parse_number(n) for n, _ in parts]
    if not all(numbers):
        return None
    if text:       # above the units finder's pieces (3纵 + 7师), unless it reads a longer designation here
        if _longer_designation(text, start, end):
            return None
        priority = 61
    echelon = {"分区": "军分区", "纵": "纵队"}.get(parts[-1][1], parts[-1][1])
    return Candidate(start, end, "MIL_UNIT", SOURCE_UNIT, priority,
                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}})


def _units_before_posts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for post in _POSTS:
        if post not in text:
            continue
        for at in literal_positions(text, post):
            found = _chain(text, at)
            if found is None:
                continue
            start, parts = found
            if len(parts) > 1 and not _descending(parts):
                parts, start = parts[-1:], at - len("".join(parts[-1]))
            cand = _unit(start, at, parts, 59, text)
            if cand is not None:
                out.append(cand)
    return out


def _chains(text: str) -> list[Candidate]:
    """Two to four bare designations from larger to smaller written together (三军五师, 一旅二团三营)."""
    out: list[Candidate] = []
    ends: set[int] = set()
    for ch in _CHAIN_ECHELON_END:
        if ch not in text:
            continue
        for at in literal_positions(text, ch):
            nxt = text[at + 1:at + 2]
            if not nxt or (nxt not in _DIGITS and not nxt.isdigit()):
                continue
            tail = _PART_RE.match(text, at + 1)
            if tail is None:
                continue
            end = tail.end()
            while True:        # further designations after it (一旅二团三营)
                more = _PART_RE.match(text, end)
                if more is None:
                    break
                end = more.end()
            if end in ends:
                continue
            found = _chain(text, end)
            if found is None:
                continue
            start, parts = found
            if len(parts) < 2 or not _descending(parts) or (text[end:end + 1] == "长" and parts[-1][1] not in "排班"):
                continue          # 二营五连一排长: the platoon is the unit, 长 its post (session 32, w32zhmil)
            if parts[-1][1] == "连" and text[end:end + 1] in _DIGITS:
                continue
            cand = _unit(start, end, parts, 59, text)
            if cand is not None and parts[-1][1] in ("营", "连", "排", "班") and not (
                    start and (text[start - 1] in _CHAIN_ECHELON_END or text[start - 1] in _NOT_BEFORE)) \
                    and "军区" not in text[max(0, start - 8):start]:   # 冀中军区保定|7团2营1连: the region's join reads it
                # a chain down to a battalion, company, platoon or squad outranks the bare pieces the list and
                # count finders read in it (三营二连与三连: 二连 at 68, 三营 a count) (session 32, w32zhmil); not
                # where it is the tail of a longer chain a join reads (64团 + 2营5连3排2班, 某军分区 + 二团三连)
                cand = Candidate(cand.start, cand.end, cand.label, cand.source, 69, norm=cand.norm)
            if cand is not None:
                ends.add(end)
                out.append(cand)
    return out


# ----------------------------------------------------------------------------------- DATE: days

_DAY = r"(?:[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九])日"
_MONTH_WORD_DAY_RE = re.compile(rf"(?:当|本|是|该)月({_DAY})")
_DATELINE_RE = re.compile(rf"(?<![0-9一二三四五六七八九十〇零月第])({_DAY})(?:电|讯)")


_FEASTS = ("元旦", "春节", "除夕", "元宵", "端午", "中秋", "清明", "重阳", "七夕", "腊八")
_CHINESE_DIGITS = "〇○零一二三四五六七八九"


@lru_cache(maxsize=1)
def _feast_re() -> re.Pattern:
    """A year (digits, four Chinese digits, or an era of the Republic or of eras.tsv with its ordinal) and a feast."""
    from pipeline.rules.place_reading_checks import reign_eras   # the era names of lexicons/eras.tsv

    eras = "|".join(sorted(set(reign_eras()) | {"民国", "中华民国"}, key=lambda e: (-len(e), e)))
    year = (f"(?:1[6-9][0-9]{{2}}|20[0-2][0-9]|[一二][{_CHINESE_DIGITS}]{{3}}"
            f"|(?:{eras})(?:元|[一二三四五六七八九十]{{1,3}}))")
    return re.compile(f"(?<![0-9０-９{_CHINESE_DIGITS}十]){year}年[ \u3000]?"
                      "(?:元旦|春节|除夕|元宵节?|端午节?|中秋节?|清明节?|重阳节?|七夕|腊八节?)")


def _feast_dates(text: str) -> list[Candidate]:
    out = []
    for feast in _FEASTS:
        for at in literal_positions(text, feast) if feast in text else ():
            m = _feast_re().search(text, max(0, at - 12), at + 3)
            if m and m.start() < at < m.end():
                out.append(Candidate(m.start(), m.end(), "DATE", SOURCE_DAY, 52))
    return out


def _month_word_days(text: str) -> list[Candidate]:
    out = []
    for word in ("当月", "本月", "是月", "该月"):
        for at in literal_positions(text, word) if word in text else ():
            m = _MONTH_WORD_DAY_RE.match(text, at)
            if m:
                out.append(Candidate(m.start(1), m.end(1), "DATE", SOURCE_DAY, 53))
    return out


def _datelines(text: str) -> list[Candidate]:
    out = []
    for mark in ("日电", "日讯"):
        for at in literal_positions(text, mark) if mark in text else ():
            m = _DATELINE_RE.search(text, max(0, at - 3), at + 2)
            if m and m.end() == at + 2:
                out.append(Candidate(m.start(1), m.end(1), "DATE", SOURCE_DAY, 53))
    return out


# ----------------------------------------------------------------------------------- MIL_UNIT: 直属

_DIRECT_RE = re.compile(rf"直属([{_DIGITS}]{{1,3}}|[0-9]{{1,3}})(营|连|大队|中队)(?![长部员])")


def _direct_units(text: str, found: list[Candidate]) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "直属"):
        m = _DIRECT_RE.match(text, at)
        if m is None:
            continue
        number = parse_number(m.group(1))
        if not number:
            continue
        hint = {"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": ""}}
        parents = [c for c in found if c.label == "MIL_UNIT" and c.end == at]
        start = min((c.start for c in parents), default=at)
        priority = max((c.priority for c in parents), default=58) + 1
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE_UNIT, priority, norm=hint if start == at else {}))
    return out


# ----------------------------------------------------------------------------------- PERSON

_CJK = "\u4e00-\u9fff"
_LOCAL_POSTS = ("分队长|中队长|小队长|大队长|支队长|队长|指导员|教导员|班长|排长|连长|营长|团长|区长|乡长|村长|组长|"
                "书记|政委|政治委员|主任|指挥员|参谋|文书|司务长|特派员|委员")
_APPOINTED_RE = re.compile(rf"((?:[{_CJK}]{{2,3}}、){{0,3}}[{_CJK}]{{2,3}})任(?:副)?(?:{_LOCAL_POSTS})")
_APPOINT_BEFORE = set("由，,；;。\n：:")
_NOT_IN_NAME = set("的了是在和与及也都就被把将向由从对为以于而并或等所其该此这那率部军师旅团营连队兵官令之个得取后先又再曾现时均各")
_BIO_LEAD_RE = re.compile(rf"(?:^|(?<=\n))[ \u3000]{{0,4}}([{_CJK}]{{2,3}})(?=[，,][ ]?(?:1[6-9][0-9]{{2}}|20[0-2][0-9])年[^，,。]{{0,6}}?生"
                          rf"|[（(](?:1[6-9][0-9]{{2}}|20[0-2][0-9])[ ]?[~～—–\-－至年])")


def _person_name(name: str) -> bool:
    single, compound = surnames()
    return (2 <= len(name) <= 3 and (name[0] in single or name[:2] in compound)
            and not any(ch in _NOT_IN_NAME for ch in name) and not is_common_word(name, 50)
            and name not in place_lexicon())


def _appointed(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "任"):
        m = _APPOINTED_RE.search(text, max(0, at - 16), at + 8)
        while m is not None and m.end(1) != at:
            m = _APPOINTED_RE.search(text, m.start() + 1, at + 8)
        if m is None:
            continue
        start = m.start(1)
        names = m.group(1).split("、")
        if len(names[-1]) == 3 and is_common_word(text[at - 1:at + 1], 30):
            # 柴山担任大队长: the last character and 任 make a verb (担任, 兼任, 调任, 出任); the name ends before it
            # (s20zhper)
            names[-1] = names[-1][:2]
            if not _person_name(names[-1]):
                continue
        # the read-back may start inside the word before the first name: keep the names a clause mark or 由 opens
        first = names[0]
        for k in range(len(first) - 1):
            if (start + k == 0 or text[start + k - 1] in _APPOINT_BEFORE) and _person_name(first[k:]):
                names[0], start = first[k:], start + k
                break
        else:
            continue
        if not all(_person_name(name) for name in names):
            continue
        for name in names:
            out.append(Candidate(start, start + len(name), "PERSON", SOURCE_PERSON, 34))
            start += len(name) + 1
    return out


def _bio_leads(text: str):
    """`literal_finditer(_BIO_LEAD_RE, text)`: a match starts at the text's start or right after a line break (and holds
    none), so only those starts are tried, not every character."""
    for at in (0, *(pos + 1 for pos in literal_positions(text, "\n"))):
        m = _BIO_LEAD_RE.match(text, at)
        if m is not None:
            yield m


def _biography_leads(text: str) -> list[Candidate]:
    out = []
    for m in _bio_leads(text) if ("年" in text or "(" in text or "（" in text) else ():
        if _person_name(m.group(1)):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE_PERSON, 34))
    return out


# ----------------------------------------------------------------------------------- EVENT

_PLENUM_BACK_RE = re.compile(rf"[{_DIGITS}]{{1,3}}届[{_DIGITS}]{{1,2}}$")


def _plenums(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "中全会"):
        m = _PLENUM_BACK_RE.search(text[max(0, at - 6):at])
        if m is None:
            continue
        start = at - (m.end() - m.start())
        if start > 0 and text[start - 1] in _DIGITS:
            continue
        out.append(Candidate(start, at + 3, "EVENT", SOURCE_EVENT, 45))
    return out


def _with_parents(text: str, units: list[Candidate], found: list[Candidate]) -> list[Candidate]:
    """A unit of another finder that ends where one of ours starts, or on the edge of one of its designations
    (八路军山东纵队一旅 + 一旅二团), is its parent (rule 3): one span from the parent's start, above both."""
    out = list(units)
    parents = [c for c in found if c.label == "MIL_UNIT"]
    for unit in units:
        joins = [c for c in parents if c.start < unit.start <= c.end < unit.end and c.end in _edges(text, unit)]
        if joins:
            first = min(joins, key=lambda c: c.start)     # the longest parent reading (八路军山东纵队一旅)
            out.append(Candidate(first.start, unit.end, "MIL_UNIT", SOURCE_UNIT,
                                 max(max(c.priority for c in joins), unit.priority) + 1))
    return out


def _edges(text: str, unit: Candidate) -> set[int]:
    """Where the designations of one of our units start (its own start included)."""
    return {m.start() for m in _PART_RE.finditer(text, unit.start, unit.end)} | {unit.start}


_EXPERIENCE_VERBS = ("参加", "经历", "打", "参与", "指挥", "亲历")


def _experienced_events(text: str, found: list[Candidate]) -> list[Candidate]:
    return [Candidate(c.start + 1, c.end, "EVENT", "rule:memoir-event-edge", c.priority + 1)
            for c in found if c.label == "EVENT" and text[c.start] == "过" and c.end - c.start > 3
            and text[max(0, c.start - 2):c.start].endswith(_EXPERIENCE_VERBS)]


def find_memoir_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates of the forms above (see the module doc); `found` are the other written-text candidates
    (a unit of theirs right before one of ours is its parent)."""
    out: list[Candidate] = []
    if "." in text or "．" in text:
        out += _dotted_ranges(text)
    if "月" in text:
        out += _month_word_days(text)
    if "年" in text:
        out += _feast_dates(text)
    if "日电" in text or "日讯" in text:
        out += _datelines(text)
    if "直属" in text:
        out += _direct_units(text, found)
    if "任" in text:
        out += _appointed(text)
    if "过" in text:
        out += _experienced_events(text, found)
    out += _biography_leads(text)
    units = _units_before_posts(text) + _chains(text)
    if units:
        out += _with_parents(text, units, found)
    if "中全会" in text:
        out += _plenums(text)
    return out
