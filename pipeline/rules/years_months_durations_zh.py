"""A duration of years and months written as one measure (`1年零3个月`, `两年又六个月`): one QUANTITY (session 25,
s25zhextent: Chinese QUANTITY extents).

Memoirs, unit histories and local records count a campaign or a service in years and months joined by 零 or 又
(`剿匪1年零3个月`, `在朝鲜征战了一年零六个月`). Guideline 9 makes a number with its unit one QUANTITY and durations
are QUANTITY (guideline 8); the finders read the years and the months apart (`一年` + `零三个月`), as if two
durations. `find_years_months_durations(text)` (working text, Simplified) proposes the whole as one QUANTITY: a
number of years (1-2 digits or Chinese numerals), 年, 零 or 又, a number of months below twelve and 个月, with 约/近/
将近 before it; not after a digit, a numeral, 第 or the last character of a reign era (民国三年 is a year, no count).
The normaliser reads it in years (normalize/quantities.py: `1年零3个月` → 1.25, unit 年).

Examples written for this module: `部队在山区坚持了两年零五个月`, `前后历时约1年又6个月`. Negatives: `1944年零3个月`
(a calendar year), `民国三年又三个月` (an era year).
Priority 45: above the pieces (QUANTITY 40), below dates (51). Cost: str.find of 个月, then one regex started at 年.

Half a month written without 个 (`半月来`, `达半月之久`, `半月之内`): a duration (guideline 8: 半年 is one) that the
quantity finder leaves, 月 alone being no measure word there (session 33, w33zhqtymil: read across development sets;
audit23, audit28 and real-heldout4 tag it, each by a different annotator). Only where a word of duration follows it
(来, 之久, 之内, 以来, 后, 内, 有余, 余, 多, 左右, 之间, 时间, 光景) and no 上/下/前/后 stands before it (上半月 is a part of a
month, a DATE); never inside a word (半月形, 半月刊, 半月湾 have no such word after them). Cost: str.find of 半月.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:years-months-duration", 45

_NUM = "(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})"
# the last characters of the reign eras and the Republic (民国三年, 光绪二年): an era's year is no count
_ERA_ENDS = "国治绪统熙正隆庆光丰德靖历启祯嘉道咸同元和化弘乾雍顺宣"
_DURATION_RE = re.compile(
    f"(?<![0-9〇零一二三四五六七八九十百两第{_ERA_ENDS}])(?:约|将近|近)?{_NUM}年[零又](?:1[01]|[1-9]|十一?|[一二三四五六七八九两])个月")


def find_years_months_durations(text: str) -> list[Candidate]:
    """QUANTITY candidates of the class in the module doc."""
    if "个月" not in text:
        return []
    return [Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY) for m in literal_finditer(_DURATION_RE, text)]


_HALF_MONTH_RE = re.compile("(?<![上下前后上个個0-9〇零一二三四五六七八九十两大])半月"
                            "(?=来|之久|之内|以来|后(?![方面路])|内|有余|余|多|左右|之间|时间|的时间|光景)")


def find_half_months(text: str) -> list[Candidate]:
    """`半月` as a duration (the class in the module doc), value 0.5 unit 月."""
    if "半月" not in text:
        return []
    return [Candidate(m.start(), m.end(), "QUANTITY", "rule:half-month-duration", PRIORITY)
            for m in literal_finditer(_HALF_MONTH_RE, text)]
