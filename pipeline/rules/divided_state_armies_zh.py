"""The armies of a divided state by its short name, in Chinese working text.

`find_divided_state_armies(text)`: GPE the divided state's short name before the generic 军 (南朝鲜军 → 南朝鲜, as
美军), not the Japanese Korea Army 朝鲜军; MIL_UNIT the designation written after it (南朝鲜军第1军团第6师).

Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

# 南朝鲜军: the divided state's short name before 军 (starts with 南/北 + a literal: scanned in C)
_DIVIDED_STATE_ARMY_RE = re.compile("[南北](?:朝鲜|韩)军")


def find_divided_state_armies(text: str) -> list[Candidate]:
    """南朝鲜军 / 北韩军: the country before the generic 军 (as 美军), not the Japanese Korea Army 朝鲜军."""
    if "朝鲜军" not in text and "韩军" not in text:
        return []
    from pipeline.rules.units import find_units

    out = []
    for m in literal_finditer(_DIVIDED_STATE_ARMY_RE, text):
        out.append(Candidate(m.start(), m.end() - 1, "GPE", "rule:place-divided-state", 61))
        if text.startswith("第", m.end()):   # 南朝鲜军第1军团第6师: the designation after the generic 军
            for unit in find_units(text[m.end():m.end() + 40]):
                if unit.start == 0 and unit.label == "MIL_UNIT":
                    out.append(Candidate(m.end(), m.end() + unit.end, "MIL_UNIT", unit.source, unit.priority,
                                         unit.norm))
                    break
    return out
