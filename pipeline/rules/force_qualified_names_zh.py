"""Local armed forces named by their place and a qualifier (session 12 audit of encyclopedia pages, auditzh9).

The guerrilla and volunteer forces of 1927–1945 are named place + qualifier(s) + head: 珠河东北反日游击队,
磐石工农反日游击队, 海龙人民抗日义勇军, 汤原反日游击队. The place alone before 游击队 is read elsewhere
(巴彦游击队); with a qualifier between, the place was read as a GPE and the force lost. `find_qualified_forces(text)`
(working text, Simplified) proposes one MIL_UNIT for place (a name the gazetteers know, or a county's name without 县, 2-3 characters) +
1-3 qualifiers (东北 北满 南满 东满 吉东 工农 人民 农民 民众 反日 抗日 救国) + a force head (游击队 游击支队
游击大队 义勇军 自卫军 救国军). Without a place before the qualifiers the words are generic (反日游击队) and
nothing is proposed.

Candidates are MIL_UNIT at 60 (the unit finder's priority; the longer span wins over the place inside).
Cost: str.find of 游击 and 军 heads; a short regex where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import known_places
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

SOURCE = "rule:unit-qualified-force"
PRIORITY = 60
_FORCE_RE = re.compile(
    "(?:东北|北满|南满|东满|吉东|工农|人民|农民|民众|反日|抗日|救国){1,3}"
    "(?:游击支队|游击大队|游击队|义勇军|自卫军|救国军)")
_HEADS = ("游击", "义勇军", "自卫军", "救国军")
# every match holds a head at most six characters (three qualifiers) after its start: only the starts before one
# are tried (scan.anchored_finditer), not every character of the text
_HEAD_ANCHOR = re.compile("|".join(_HEADS))
_HEAD_REACH = 6


def find_qualified_forces(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of the form in the module doc."""
    if not any(head in text for head in _HEADS):
        return []
    places, lexicon = known_places(), place_lexicon()
    out: list[Candidate] = []
    for m in anchored_finditer(_FORCE_RE, text, _HEAD_ANCHOR, _HEAD_REACH):
        start = m.start()
        for size in (3, 2):
            stem = text[start - size:start] if start >= size else ""
            if stem and (stem in places or stem in lexicon or stem + "县" in places or stem + "县" in lexicon):
                out.append(Candidate(start - size, m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     {"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
                break
    return out
