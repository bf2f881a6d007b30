"""The first member of a list or range of months or days that writes its unit once, after the last member
(session 25, s25zhextent: Chinese DATE extents).

Chronicles, memoirs and local histories write two months or two days with one 月 or 日 at the end: `1944年5、6月间`,
`1938年5-12月`, `十月十二、十三两日`, `11月15、16日`, `3月29至4月2日`. Guideline 8 makes each end its own DATE, and the
development sets keep the year and month written before the first member inside it (`1947年2月20~23日` → DATE
`1947年2月20` + DATE `23日`; `1938年5-12月` → `1938年5` + `12月`), as span_edges_zh already reads a range of days
after a full Gregorian year and month. The finders read the pieces apart (`1944年` + `5` + `6月`, `11月` + `15` +
`16日`), or take the first day for a count (`3月29` + `至`: QUANTITY `29`; `十三两日` → QUANTITY `十三两`).

`find_shared_unit_date_members(text)` (working text, Simplified) proposes, where a year (four digits, four Chinese
digits, or 民国 + its ordinal, + 年) or a month (with its year or without) ends right before a bare number N1, then a mark of list or range (、 和 及 与 至 到 ~ ～ - － — –) and a second member:
- N1 a month (1-12) after a year, the second member a month with 月: DATE from the year to N1,
  read as N1 + 月 (`1944年5` = 1944-05);
- N1 a day (1-31) after a month, the second member a day with 日 or 号 (or a month and day, `4月2日`, or
  a day before a count of days, `十三两日`): DATE from the year or month to N1, read as N1 + 日 (`11月15` = the 15th);
  a second member bare before its count of days (`十二、十三两日`) is a DATE of its own (read with 日) and the count
  a QUANTITY (`两日`, as `初三、初四两日`, session 22).
The second member must come after the first (a range or list goes forward). Numbers in digits or Chinese numerals.
Priority 53: above the year, month and day pieces (51 and less) and a QUANTITY (40).

Examples written for this module: `1943年11至12月间，甲部北移`, `民国三十年五、六月间`, `7月3、4日两军对峙`,
`十月十二、十三两日敌机来袭`, `1946年3月29至4月2日召开会议`. Negatives: `1944年5、6万人` (no 月 after the second
member), `5月12、3日` (the list goes back), `1944年3至5日` (a day list needs a month before it), `第5、6月`
(no year before the first member).
Cost: one regex started at its marks (`scan.literal_finditer`); a look back of at most 12 characters per match.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-shared-unit-member", 53

_NUM = "(?:[0-9]{1,2}|[一二三四五六七八九十廿卅]{1,3})"
# N1, the mark, N2 and what follows N2: its unit (月 / 日 / 号), a month and day (4月2日), or a count of days (两日)
_MEMBERS_RE = re.compile(
    f"(?<![0-9])({_NUM})([、和及与至到~～\\-－—–])({_NUM})"
    "(?:(月)(?!份?[0-9一二三四五六七八九十廿卅初])|([日号])|月(" + _NUM + ")[日号]|(?=[两二三四五六]日|[两二三四五六]天))")
_YEAR = "(?:(?<![0-9])[12][0-9]{3}|(?<![〇零一二三四五六七八九])[〇零一二三四五六七八九]{4}|民[国國](?:元|[一二三四五六七八九十廿卅]{1,3}))年"
# the year before a first month, the (year and) month before a first day: read back from N1 ($ at its start)
_YEAR_BACK = re.compile(_YEAR + "$")
_MONTH_BACK = re.compile(f"(?:{_YEAR})?(?:(?<![0-9])(?:1[0-2]|0?[1-9])|(?<![一二三四五六七八九十])(?:十[一二]?|[一二三四五六七八九正冬腊]))月$")


def _number(token: str) -> int | None:
    if token.isdigit():
        return int(token)
    value = parse_number(token.replace("廿", "二十").replace("卅", "三十"))
    return int(value) if value is not None and value == int(value) else None


def find_shared_unit_date_members(text: str) -> list[Candidate]:
    """DATE candidates of the class in the module doc."""
    if not any(mark in text for mark in "、和及与至到~～-－—–"):
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_MEMBERS_RE, text):
        first_start = m.start(1)
        n1, n2 = _number(m.group(1)), _number(m.group(3))
        if n1 is None or n2 is None:
            continue
        month_list = m.group(4) is not None
        back, unit, top = (_YEAR_BACK, "月", 12) if month_list else (_MONTH_BACK, "日", 31)
        if not (1 <= n1 <= top and 1 <= n2 <= top):
            continue
        if m.group(6) is None and n2 <= n1:      # a cross-month range (29至4月2日) may go down in days
            continue
        head = back.search(text, max(0, first_start - 12), first_start)
        if head is None:
            continue
        out.append(Candidate(head.start(), m.end(1), "DATE", SOURCE, PRIORITY,
                             norm={"date_hint": {"read_as": text[head.start():m.end(1)] + unit}}))
        if m.group(4) is None and m.group(5) is None and m.group(6) is None:
            # 十二、十三两日: the second day bare before its count of days
            out.append(Candidate(m.start(3), m.end(3), "DATE", SOURCE, PRIORITY,
                                 norm={"date_hint": {"read_as": m.group(3) + "日"}}))
            out.append(Candidate(m.end(3), m.end(3) + 2, "QUANTITY", SOURCE, PRIORITY))
    return out
