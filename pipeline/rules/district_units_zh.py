"""Numbered district forces of the base areas (MIL_UNIT): 三区区小队, 二区区中队, 5区武工队, 武乡县三区区小队.

In the anti-Japanese and civil-war base areas every county was divided into numbered districts (一区, 二区 …), each
with its own armed squad: 区小队, 区中队, 区队, 区游击队, 区武工队. Written with the district's number the squad
is a designation (a number and an echelon, like 寿阳县大队), so one MIL_UNIT; a county written right before it
(武乡县三区区小队) is its parent and part of the span (rule 3: a unit with its parents is one span). A bare 区小队
(no number) is generic and stays out.
Cost: str.find of 区 + the five heads; a regex read back ≤ 6 characters where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-district-force", 61
_HEADS = ("区区小队", "区区中队", "区小队", "区中队", "区区队", "区游击队", "区武工队", "区队")   # 四区队 (auditzh5)
_NUMBER_BACK = re.compile("(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})$")


def find_district_units(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of numbered district squads (see the module doc)."""
    out: list[Candidate] = []
    if "区" not in text or "队" not in text:
        return out
    seen: set[int] = set()
    for head in _HEADS:
        for at in literal_positions(text, head):
            if at in seen or text[at + len(head):at + len(head) + 1] in ("长", "员"):
                continue
            seen.add(at)
            m = _NUMBER_BACK.search(text, max(0, at - 3), at)
            if m is None or (m.start() > 0 and text[m.start() - 1] in "个两几数各每该"):
                continue
            start = m.start() - 1 if m.start() > 0 and text[m.start() - 1] == "第" else m.start()   # 第三区区小队
            for size in (4, 3, 2):      # the county right before: 武乡县 + 三区区小队
                county = text[start - size:start]
                if start - size >= 0 and county.endswith("县") and county in place_lexicon():
                    start -= size
                    break
            echelon = "中队" if "中队" in head else ("小队" if "小队" in head else "队")
            out.append(Candidate(start, at + len(head), "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    return out
