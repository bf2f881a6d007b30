"""Unit designations with an abbreviation between the number and the echelon (session 8, helper en13): `the 22nd
and 27th A.I.F. Brigades`, `the 8th AIF Division`, `11th U.S. Airborne Division`, `the 2nd N.Z.E.F. Division`,
`3rd R.A.F. Squadron`: one MIL_UNIT, the abbreviation of the army or nation inside it (it stands inside the
designation); its norm is that of the designation without it, the side read from it where it names one
(english normalisers' side words).

A unit by its number after `No.` (`No. 221 Group`, `No. 3 Commando`, `Provisional Composite No. 1 Air Commando`):
one MIL_UNIT, its qualifiers before `No.` inside it.

Found by patterns that start with a digit, or with `No` in a text that holds it (re skips in C).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

_ORD = r"\d{1,4}(?:st|nd|rd|th|d)"
_ECHELON = (r"(?:Divisions?|Brigades?|Battalions?|Regiments?|Corps|Army|Armies|Squadrons?|Groups?|Wings?|Fleets?"
            r"|Flotillas?|Companies|Company|Batteries|Battery)")
ABBREVIATED_UNIT_RE = re.compile(
    rf"(?P<ord>{_ORD}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_ORD}){{0,4}})[ \t]+"
    r"(?P<abbr>(?:[A-Z]\.){2,5}|[A-Z]{2,5}(?![\w.]))[ \t]+"
    rf"(?P<rest>(?:[A-Z][a-z]{{2,15}}[ \t]+){{0,2}}{_ECHELON})(?![\w-])")
# a unit by its number after 'No.' (British and Commonwealth usage: `No. 221 Group`, `No. 3 Commando`, `No. 1 Air
# Commando Group`, `Provisional Composite No. 1 Air Commando`), its qualifiers before 'No.' inside it
NUMBERED_UNIT_RE = re.compile(
    r"No\.?[ \t]?(?P<n>\d{1,4})[ \t]+(?P<rest>(?:[A-Z][a-z]{2,15}[ \t]+){0,3}"
    r"(?:Group|Squadron|Wing|Commando|Brigade|Flight|Flotilla|Troop|Battalion|Company|Regiment|Division|Unit"
    r"|Force|Column|Detachment))(?![\w-])")
_QUALIFIERS_BEFORE = re.compile(r"(?<![\w-])(?:(?:Provisional|Composite|Special|Independent|Temporary|Reserve)[ \t]+){1,2}$")
# abbreviations that are themselves an echelon or a unit's name: left to the unit finders
_NOT_QUALIFIER = frozenset("BN BDE DIV REGT RGT COY HQ CO AM PM".split())


def find_abbreviated_units(text: str, out: list) -> None:
    """Designations with an army's or a nation's abbreviation inside, units by 'No.' (see the module doc)."""
    if "No" in text:
        for m in NUMBERED_UNIT_RE.finditer(text):
            start = m.start()
            if start and (text[start - 1].isalnum() or text[start - 1] in "-"):
                continue
            norm = norm_en.normalize_unit_en(m.group(), text[max(0, start - 40):start])
            qualifiers = _QUALIFIERS_BEFORE.search(text, max(0, start - 40), start)
            if qualifiers:       # 'Provisional Composite No. 1 Air Commando': the qualifiers are the name's
                start = qualifiers.start()
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_numbered_unit", 64, norm))
    for m in ABBREVIATED_UNIT_RE.finditer(text):
        start = m.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "/-."):
            continue
        if m.group("abbr").replace(".", "") in _NOT_QUALIFIER:
            continue
        bare = f"{m.group('ord')} {m.group('rest')}"
        norm = norm_en.normalize_unit_en(bare, text[max(0, start - 40):start] + m.group("abbr").replace(".", "") + " ")
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_abbreviated_unit", 64, norm))
