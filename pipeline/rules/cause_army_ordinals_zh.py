"""The numbered armies of the early Republic's cause-named forces written without 军 after the cause:
`护国第一军`, `靖国第二军`, `建国第三军` (session 24, s24zhunit).

The armies of 1911-1928 took their name from their cause (护国军 1915-16, 护法军 and 靖国军 1917-22, 建国军 1923-25,
讨逆军 1917, 定国军 1920, 镇威军 1922-24), and their numbered armies are written both `护国军第一军` and, as often,
`护国第一军` (the cause, then the number: `中华民国护国第一军总司令`). The finders read the first form as one unit (the
named force before its designation, guideline 2), but in the second only `第一军`, leaving the cause outside.
Guideline 2: an army name that is part of the designation stays inside the span.

`find_cause_army_ordinals(text)` (working text, Simplified) proposes MIL_UNIT at priority 66 (above the numbered unit
alone) for a cause word (护国, 护法, 靖国, 建国, 讨逆, 讨袁, 讨贼, 定国, 镇威) + 第 + a number + an echelon (军, 路, 梯团,
支队, 师, 混成旅, 旅, 团), not before 长 or 部 (a post, the staff) nor after 军 (`护国军第一军` is the finders' reading)
nor when the cause word ends a longer word (`保护国第一` is no cause). Numbers the designation's, echelon the head,
no prefix (as the finders' `护国军第一军`: the force's name is no qualifier).

Examples written for this module: `靖国第二军进至某城`, `建国第三军军长`. Negatives: `护国军第一军` (the finders'
reading, unchanged), `保护国第一次` (no echelon; a longer word).
Cost: one regex started at 第 (`scan.literal_finditer`) on texts that hold one of the cause words.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:cause-army-ordinal", 66

_CAUSES = ("护国", "护法", "靖国", "建国", "讨逆", "讨袁", "讨贼", "定国", "镇威")
_ARMY_RE = re.compile(
    f"(?P<cause>{'|'.join(_CAUSES)})第(?P<num>[〇零一二三四五六七八九十百0-9]{{1,4}})"
    "(?P<ech>混成旅|梯团|支队|军|路|师|旅|团)(?![长部员])")


def find_cause_army_ordinals(text: str) -> list[Candidate]:
    """`护国第一军` → one MIL_UNIT (see the module doc)."""
    if not any(cause in text for cause in _CAUSES):
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_ARMY_RE, text):
        start = m.start()
        if start > 0 and text[start - 1] in "保拥卫爱":   # 保护国, 拥护国, 爱国: a longer word
            continue
        number = parse_number(m.group("num"))
        hint = {"unit_hint": {"numbers": [number] if number else [], "echelon": m.group("ech"),
                              "prefix": ""}}
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    return out
