"""English events named by a head and the place or force they happened to (session 26, helper s26enunit; see
english_german_designations_armies_of for the audit).

- `Congress|Conference|Massacre|Charge|Storming|Bombardment|Evacuation|Burning|Retreat|Capitulation|Surrender`
  + `of` (+ `the`) + a name that another finder already read as a place or a force, nothing else inside: one
  EVENT over the whole (guideline 6, an unnamed happening is no EVENT, but these are the happenings' names, as
  `Battle of X`, `Siege of X`, `Relief of X` are in english_grammar): `the Congress of Berlin`, `the Conference of Algeciras`, `the Massacre of Glencoe`, `the
  Charge of the Light Brigade`, `the Storming of the Redan`, `the Bombardment of Alexandria`, `the Evacuation of
  Gallipoli`, `the Retreat of the Ten Thousand` (a force). The head capitalised: `the bombardment of Alexandria` names
  nothing; not a congress or conference of a party or a people (`Congress of Racial Equality`: no place or force
  after it), which ORG finders read.
Priority 62 (over the place or unit inside); cheap: gated on ` of ` and the heads' literal.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping

PRIORITY = 62

_HEAD_OF = re.compile(r"(?<![\w-])(?:Congress|Conference|Massacre|Charge|Storming|Bombardment|Evacuation|Burning"
                      r"|Retreat|Capitulation|Surrender)[ \t]+of[ \t]+(?:the[ \t]+)?")


def find_events_of_places(text: str, out: list) -> None:
    """Events named by a head and the place or force after `of` (see the module docstring)."""
    if " of " not in text or not any(h in text for h in ("Congress", "Conference", "Massacre", "Charge", "Storming",
                                                         "Bombardment", "Evacuation", "Burning", "Retreat", "Capitulation",
                                                         "Surrender")):
        return
    found = []
    for m in _HEAD_OF.finditer(text):
        after = [c for c in out if c.start == m.end() and c.label in ("GPE", "LOC", "MIL_UNIT", "FAC")]
        if not after:
            continue
        inner = max(after, key=lambda c: c.end)
        s, e = m.start(), inner.end
        if any(c.label in ("EVENT", "ORG") for c in overlapping(out, s, e)):
            continue
        out[:] = [c for c in out if c.end <= s or c.start >= e]
        found.append(Candidate(s, e, "EVENT", "rule:en_event_of_place", PRIORITY, {}))
    out.extend(found)
