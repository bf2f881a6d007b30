"""Numbered security forces written with the province or county that raised them (session 26, s26zhorg).

Republican-era narratives, county gazetteers and party histories name a province's or county's peace-preservation
troops by the place, the kind 保安 and a numbered echelon: `某省保安第三团`, `某省保安二团`, `某县保安第一大队`.
The development sets read the place inside such a name (`某省保安四团` is one MIL_UNIT in audit24-zh, as
`某省保安队` is in real-dev and `X县保安大队` in the project readings; guideline 15, a full name is one span), where
the unit finders cut the place off as a GPE and keep `保安四团`.

`find_place_security_units(text)` (working text, Simplified) proposes one MIL_UNIT from the place to the echelon for
- a place the gazetteer reads as a GPE (2-4 characters, with or without 省/县/市: `known_place_before`) right before
- 保安 + an optional 第 + a number of one to three digits or Chinese numerals + an echelon of the security forces
  (团, 旅, 师, 总队, 大队, 中队, 支队, 纵队);
not before a post, a member or a body's word (`…团长`, `…团部`, `…大队员`), not after a count or determiner before
the place (各, 每, 两, 该). The finder gives the designation's number, its echelon and the prefix 保安 (unit_hint).

Examples written for this module: `甲乙省保安第三团开到`, `江西省保安二团攻入县城`, `某县保安第一大队`; negatives:
`江西省保安二团团长` keeps the unit but `江西省保安团长` is no unit (no number), `各省保安团` (no number).
Priority 62 (above the unit rule's 60 and the place-kind forces' 61, below the joins that add a parent).
Cost: one regex started at the literal 保安 (scan.literal_finditer); a gazetteer look-up per hit.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.unit_parse import parse_number
from pipeline.rules.enclosing_names_zh import known_place_before
from pipeline.rules.scan import literal_finditer
from pipeline.rules.settlement_risings_zh import NOT_BEFORE_PLACE
from pipeline.spans import Candidate

SOURCE = "rule:place-security-unit"
_SECURITY_RE = re.compile("保安第?([一二三四五六七八九十百]{1,3}|[0-9０-９]{1,3})(总队|大队|中队|支队|纵队|团|旅|师)"
                          "(?![长员部丁兵属])")


def find_place_security_units(text: str) -> list[Candidate]:
    """Place + 保安 + numbered echelon: one MIL_UNIT each (see the module doc)."""
    if "保安" not in text:
        return []
    places = place_lexicon()
    out = []
    for m in literal_finditer(_SECURITY_RE, text):
        at = m.start()
        if text.startswith("省", at - 1):
            start = known_place_before(text, at - 1, places)
        else:
            start = known_place_before(text, at, places)
        if start is None or (start > 0 and text[start - 1] in NOT_BEFORE_PLACE):
            continue
        number = parse_number(m.group(1))
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, 62, norm={"unit_hint": {
            "numbers": [number] if number is not None else [], "echelon": m.group(2), "prefix": "保安"}}))
    return out
