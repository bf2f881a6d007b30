"""Names that end in a number (session 12, helper auditen4).

- A battle named after a numbered hill, height, outpost or road keeps its number: `the Battle of Hill 881`, `the Battle
  of Height 611`, `the Battle of Route Coloniale 4` -> one EVENT (an EVENT read up to the head word is extended over
  the number; a year after a name, `Battle of Wuhan 1938`, is never taken: only these heads take a number).
- French Indochina's colonial and provincial roads: `Route Coloniale 4`, `Route Provinciale 41`, `RC4`, `RC 3`, `RP 41`
  and the English `Colonial Route 4` -> FAC (a route, like `Highway 4`), not a bare `Route 4` inside it.

Criteria: how the French colonial road network was numbered (routes coloniales, routes provinciales) and how battles are
named after numbered heights; written for zhanji from general military-history usage, not from any annotated set.
Cheap where it does not apply: tried only in a paragraph holding `Route`, `RC`, `RP` or an EVENT ending in a head word.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 58
_HEADS = ("Hill", "Hills", "Height", "Heights", "Route", "Highway", "Outpost", "Point", "Coloniale", "Provinciale",
          "Peak", "Bunker", "Firebase", "Position", "Blockhouse")
_NUMBER_AFTER_RE = re.compile(r"[ \t]+\d{1,4}(?:[A-Z]|-[A-Z][a-z]*)?(?![\w,.]\d|\w)")
_ROUTE_RE = re.compile(
    r"(?<![\w-])(?:Route[ \t]+(?:Coloniale|Provinciale)[ \t]+\d{1,3}|Colonial[ \t]+Route[ \t]+\d{1,3}|R[CP][ \t]?\d{1,3})"
    r"(?![\w-])")


def find_numbered_places(text: str, out: list) -> None:
    added = []
    for cand in out:
        if cand.label != "EVENT":
            continue
        name = text[cand.start:cand.end]
        if not name.endswith(_HEADS) or not name.startswith(("Battle", "battle", "Siege", "siege", "Assault", "Defence",
                                                              "Defense", "Capture")):
            continue
        m = _NUMBER_AFTER_RE.match(text, cand.end)
        if m:
            added.append(Candidate(cand.start, m.end(), "EVENT", cand.source + "+number", cand.priority, cand.norm))
    if "Route" in text or "RC" in text or "RP" in text:
        for m in _ROUTE_RE.finditer(text):
            added.append(Candidate(m.start(), m.end(), "FAC", "rule:en_colonial_route", PRIORITY, {"id": None}))
    out.extend(added)
