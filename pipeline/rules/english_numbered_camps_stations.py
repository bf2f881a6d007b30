"""English camps by their number and towns' stations as war diaries write them (session 26, helper s26enunit; see
english_german_designations_armies_of for the audit).

- A camp named by its number, with its kind and its town after it (`No 4 Camp Etaples`, `No. 2 Rest Camp Boulogne`,
  `Number 7 Camp`): one FAC from `No` (a named outpost or camp is a FAC, docs/annotation-guidelines.md session 15);
  the town inside gives way (guideline 6). A bare `No 4` before another noun is untouched.
- A town's railway station in lower case (`Poperinghe station`, `Albert railway station`): one FAC with the town
  (as `郑州站` is, docs/annotation-guidelines.md), where another finder already read the town as a GPE (or the town
  and `railway` as a FAC); a word
  before `station` that is no town (`police station`, `the Naval station`) is untouched.
Priority 46 (as english_war_diary_places' routes); cheap: gated on `Camp` and ` station`.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 46

_CAMP = re.compile(r"(?<![\w-])(?:No\.?|Number)[ \t]+\d{1,3}[ \t]+(?:(?:Rest|Base|Reinforcement|Convalescent|Transit"
                   r"|Training|Infantry|Details|Depot|Stationary)[ \t]+)?Camp(?:[ \t]+(?!at\b|in\b|near\b)[A-Z][a-z]+"
                   r"(?:-[a-z]+-[A-Z][a-z]+)?)?(?![\w-])")
_STATION = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+[ \t-]){0,2}[A-Z][a-z]+[ \t]+(?:railway[ \t]+)?station(?![\w-])")


def find_numbered_camps_stations(text: str, out: list) -> None:
    """Numbered camps and towns' stations (see the module docstring)."""
    found = []
    if "Camp" in text:
        for m in literal_finditer(_CAMP, text):
            s, e = m.span()
            out[:] = [c for c in out if c.end <= s or c.start >= e or c.label not in ("FAC", "GPE", "LOC", "PERSON")]
            found.append(Candidate(s, e, "FAC", "rule:en_numbered_camp", PRIORITY, {}))
    if " station" in text:
        for m in literal_finditer(_STATION, text):
            s, e = m.span()
            town = [c for c in out if s <= c.start and text.startswith(" ", c.end)
                    and (c.label == "GPE" and re.match(r"[ \t]+(?:railway[ \t]+)?station$", text[c.end:e])
                         or c.label == "FAC" and text[c.start:c.end].endswith(" railway")
                         and text[c.end:e] == " station")]
            if not town:
                continue
            t = town[0]
            if any(c is not t and c.start < e and t.start < c.end and c.label in ("FAC", "MIL_UNIT", "ORG") for c in out):
                continue
            out[:] = [c for c in out if c is not t]
            found.append(Candidate(t.start, e, "FAC", "rule:en_town_station", PRIORITY, {}))
    out.extend(found)
