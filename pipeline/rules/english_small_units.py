"""Platoons and artillery units by number (session 12, helper auditen5, from an audit of Vietnam and Korean War memoirs and unit
histories): `3d Platoon`, `2nd Platoon`, `the 1st Platoon, Company A`, `3d Platoon of Company B`.

A numbered platoon is a designation like a numbered company (spec: a designation with its echelon is a MIL_UNIT);
written with its company after a comma or `of` it is one span (spec rule 3: a unit with its parent written
together). US Army and Marine Corps texts write the ordinals `2d` and `3d`. The head-word reading of an
organisation (`Platoon of Company`, an `X of Y` name) that such a form once gave is dropped.

US unit histories name an artillery unit by number and arm alone, as they name an infantry regiment (`the 38th
Infantry`): `the 503d Field Artillery`, `the 15th Armored Field Artillery` is one MIL_UNIT (no echelon word is
written; a following `Battalion`/`Group` is read by the unit grammar with it).
"""

from __future__ import annotations

import re

from pipeline.rules.english_prose import PHONETIC
from pipeline.spans import Candidate

SMALL_UNIT_PRIORITY = 52
PLATOON_RE = re.compile(
    rf"(?<![\w-])(?P<n>\d{{1,2}})(?:st|nd|rd|th|d)[ \t]+Platoon(?![\w-])"
    rf"(?:(?:,[ \t]*|[ \t]+of[ \t]+)(?:Company[ \t]+[A-Z]|(?:{PHONETIC}|[A-Z])[ \t]+Company)(?![\w'\u2019-]))?")
FIELD_ARTILLERY_RE = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3})(?:st|nd|rd|th|d)[ \t]+(?:Armou?red[ \t]+)?Field[ \t]+Artillery"
    r"(?![\w-]|[ \t]+(?:Battalion|Regiment|Group|Brigade|Battery|Bn|Observation)\b)")
_ECHELON_OF = re.compile(r"(?:Platoon|Company|Battalion|Regiment|Squad|Section|Troop|Battery)[ \t]+of[ \t]")


def find_small_units(text: str, out: list) -> None:
    """Append numbered platoons (with their company); drop `Platoon of Company` organisations."""
    if "Field Artillery" in text:
        out.extend(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_small_unit", SMALL_UNIT_PRIORITY,
                             {"numbers": [int(m.group("n"))], "echelon": "", "prefix": "炮兵", "side": None, "id": None})
                   for m in FIELD_ARTILLERY_RE.finditer(text))
    if "Platoon" not in text:
        return
    found = [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_small_unit", SMALL_UNIT_PRIORITY,
                       {"numbers": [int(m.group("n"))], "echelon": "排", "prefix": "", "side": None, "id": None})
             for m in PLATOON_RE.finditer(text)]
    if found:
        out[:] = [c for c in out if not (c.label == "ORG" and _ECHELON_OF.match(text, c.start))]
        out.extend(found)
