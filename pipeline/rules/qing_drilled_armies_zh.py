"""The drilled armies and battalions of the Qing provinces and their counts, in Chinese working text.

`find_qing_drilled_armies(text)`:
- MIL_UNIT: the drilled armies of the Qing provinces (奉天练军, 奉天吉林练军) and a battalion named by its character
  after them (奉天练军盛字营, rule 3) or alone (盛字营); a column written with a digit (3纵); a named force of the Qing
  before its strength (楚军十营: the force, and the count);
- QUANTITY: battalions counted without a measure word (十余营, 八营, 32营, 马步六营: the Qing army's unit of
  account), not a designation (一团三营, 的一营, 三营长, 一营、二营).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev7-zh (session 6, helper zh7: Traditional-script pages and books on the late Qing
wars and 1937-1945; split out of written_zh7 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "一二三四五六七八九十百两"

_DRILLED_RE = re.compile(f"((?:[{_CJK}]{{2}}){{1,2}})练军([{_CJK}]字营)?")
_DRILLED_ANCHOR = re.compile("练军")
_GENERIC_HEADS = frozenset(("练军", "新军", "防军", "巡防军", "常备军", "续备军"))   # docs: 黑龙江练军, 湖北新军
_CHARACTER_BATTALION_RE = re.compile(f"(?<![{_CJK}])([{_CJK}]字营)|(?<=[的和与及、率派])([{_CJK}]字营)")
_CHARACTER_BATTALION_ANCHOR = re.compile("字营")
_DIGIT_COLUMN_RE = re.compile("(?<![0-9第.])([1-9][0-9]?)纵(?![队横深向贯])")
_DIGIT_COLUMN_ANCHOR = re.compile("纵")
# battalions counted: 十余营, 八营, 32营 (not 第三营, 一团三营, 的一营, 三营长, 一营、二营)
_BATTALIONS_RE = re.compile(
    f"(?<![第团师旅的之{_ZH_NUM}0-9、.])(?:[0-9]{{1,3}}|[{_ZH_NUM}]{{1,4}})[余多]?营(?![长部区房盘地门口造]|、[{_ZH_NUM}0-9第])")
_BATTALIONS_ANCHOR = re.compile("营")
# a year of the Republic without 民国 before a month and day: 三十三年七月九日
# a named force of the Qing and its strength: 楚军十营 is the force and a count, not a parent and its unit
_FORCE_COUNT_RE = re.compile(f"([{_CJK}]{{1,3}}军)((?:[0-9]{{1,3}}|[{_ZH_NUM}]{{1,4}})[余多]?营)(?![长部])")


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """Two-character GPE names (provinces and cities: 奉天, 吉林, 直隶)."""
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE" and len(name) == 2)


def find_qing_drilled_armies(text: str) -> list[Candidate]:
    out = []
    provinces = _provinces()
    for m in anchored_finditer(_DRILLED_RE, text, _DRILLED_ANCHOR, 4):
        places = m.group(1)
        start = m.start(1)
        if places[-2:] not in provinces:
            continue
        if len(places) == 4 and places[:2] not in provinces:
            start += 2
        battalion = bool(m.group(2))
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-drilled-army", 60,
                             norm={"unit_hint": {"numbers": [], "echelon": "营" if battalion else "军", "prefix": ""}}))
    for m in anchored_finditer(_CHARACTER_BATTALION_RE, text, _CHARACTER_BATTALION_ANCHOR, 1):
        start, end = m.span(1) if m.group(1) else m.span(2)
        out.append(Candidate(start, end, "MIL_UNIT", "rule:unit-character-battalion", 55,
                             norm={"unit_hint": {"numbers": [], "echelon": "营", "prefix": ""}}))
    for m in anchored_finditer(_DIGIT_COLUMN_RE, text, _DIGIT_COLUMN_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-digit-column", 55,
                             norm={"unit_hint": {"numbers": [int(m.group(1))], "echelon": "纵队", "prefix": ""}}))
    for m in anchored_finditer(_BATTALIONS_RE, text, _BATTALIONS_ANCHOR, 6):
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-battalions", 56))
    forces = named_units()
    for m in anchored_finditer(_FORCE_COUNT_RE, text, _BATTALIONS_ANCHOR, 9):
        for k in range(len(m.group(1)) - 1):
            force = m.group(1)[k:]
            if force in forces and force.endswith("军"):
                if force in _GENERIC_HEADS and k >= 2 and m.group(1)[k - 2:k] in provinces:
                    k -= 2                # 直隶练军四营: a generic provincial head keeps its province (s20zhunit)
                out.append(Candidate(m.start(1) + k, m.end(1), "MIL_UNIT", "rule:unit-qing-force", 66,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
                out.append(Candidate(m.start(2), m.end(2), "QUANTITY", "rule:quantity-battalions", 66))
                break
    return out
