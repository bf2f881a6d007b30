"""Columns named by their mission or direction of advance: 东进纵队, 挺进支队, 决死纵队, 南下支队 (MIL_UNIT).

The guerrilla armies of 1937-1949 named many of their columns and detachments by what they were sent to do
(挺进, 决死, 游击, 敢死) or where they went (东进, 西进, 南下, 北上), not by a number. Written with their parent
army before (八路军东进纵队, 新四军挺进纵队) and their numbered subunits after (决死纵队第59团, 东进纵队二团), the
whole is one unit (guidelines rule 3). `find_named_columns(text)` (working text, Simplified) proposes:

- a mission or direction word, then 纵队, 支队, 总队 or 大队;
- with the parent army and its numbered formation written right before it (八路军, 新四军, 红军, 抗联,
  东北抗日联军, 山西新军, 游击队 …; 三五九旅);
- with numbered subunits right after it (第59团, 二团, 1营: 1-3 of them);
- 挺进, 游击 and 敢死 name a kind of column too (the Nationalists' 挺进纵队 were numbered): alone they need the
  parent or subunits; the direction names and 决死 stand alone;
- not before 长 (挺进支队长, 游击大队长: a post, read by the person finder); 司令员 and 部 may follow.

Candidates are MIL_UNIT at priority 60 (under the function-named units' 62), with numbers of the subunits and
the last echelon. Cost: one regex anchored on its first characters (scan.anchored_finditer).
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-named-column", 60
_NUM = "0-9一二三四五六七八九十百零〇"
_MISSION = "东进|西进|南进|北进|南下|北上|挺进|决死|敢死|游击"
# mission words that name a kind of column as well as one column: only with a parent or subunits
_PARENT_NEEDED = frozenset(("挺进", "游击", "敢死"))
_PARENT = "八路军|新四军|红军|工农红军|东北抗联|抗联|东北抗日联军|山西新军|新军|游击队|华南游击队|琼崖纵队"
_SUBUNITS = f"(?:第?[{_NUM}]{{1,3}}(?:旅|团|营|连|大队|中队))"
# a column may carry a direction and its cause before its mission (东进抗日挺进纵队, 抗日挺进支队; auditzh22): up to two
# mission words or 抗日 before the last one
_COLUMN_RE = re.compile(
    f"(?:{_PARENT})?(?:第?([{_NUM}]{{1,4}})(?:师|旅|团))?(?P<mission>(?:{_MISSION}|抗日){{0,2}}(?:{_MISSION}))"
    f"(纵队|支队|总队|大队)((?:{_SUBUNITS}){{0,3}})(?![长])")
# every match holds a mission word and its column word, at most 12 characters after its start (a parent of
# up to 6 characters, 第 and a designation of up to 6): only the starts before such a pair are tried
_ANCHOR = re.compile(f"(?:{_MISSION})(?:纵队|支队|总队|大队)")
_REACH = 16
_SUBUNIT_RE = re.compile(f"第?([{_NUM}]{{1,3}})(旅|团|营|连|大队|中队)")


def find_named_columns(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of the class in the module doc."""
    out: list[Candidate] = []
    for m in anchored_finditer(_COLUMN_RE, text, _ANCHOR, _REACH):
        mission = m.group("mission")
        if m.start("mission") == m.start() and m.group(4) == "" and \
                all(mission[k:k + 2] in _PARENT_NEEDED or mission[k:k + 2] == "抗日" for k in range(0, len(mission), 2)):
            continue    # 挺进纵队, 抗日游击大队 alone: a kind of column (the Nationalists' were numbered), not a name
        parts = _SUBUNIT_RE.findall(m.group(4))
        numbers = ([parse_number(m.group(1))] if m.group(1) else []) + [parse_number(n) for n, _ in parts]
        if all(numbers):
            echelon = parts[-1][1] if parts else m.group(3)
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}}))
    return out
