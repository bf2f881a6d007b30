"""Collaborationist armies, forces named after a compass region, garrisons and IJA groups in English text.

`find_region_garrison_forces(text, out)` (MIL_UNIT): collaborationist armies ('the Puppet East Hebei Army'), forces
named after a compass region ('West Hebei Army'), garrisons named after a place ('North Borneo Garrison'), the IJA's
cavalry and other groups ('IJA Cavalry Group').

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

# ----------------------------------------------------------------------------- forces
PUPPET_ARMY = re.compile(rf"(?P<u>[Pp]uppet[ \t]+(?:{_CAP}[ \t]+){{1,3}}Army)(?![\w-])")
COMPASS_PLACE_FORCE = re.compile(r"(?<![\w-])(?P<u>(?:West|East|North|South|Western|Eastern|Northern|Southern)[ \t]+"
                                 rf"{_CAP}[ \t]+(?P<h>Army|Garrison))(?![\w-])")
SERVICE_GROUP = re.compile(r"(?<![\w-])(?P<u>(?:IJA|IJN)[ \t]+(?P<arm>Cavalry|Tank|Artillery|Air|Infantry|Engineer)"
                           r"[ \t]+(?P<h>Group|Brigade|Regiment|Division))(?![\w-])")
_ARM_PREFIX = {"Cavalry": "骑兵", "Tank": "战车", "Artillery": "炮兵", "Air": "飞行", "Infantry": "步兵", "Engineer": "工兵"}
_GROUP_ECHELON = {"Group": "集团", "Brigade": "旅团", "Regiment": "联队", "Division": "师团"}


def find_region_garrison_forces(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    if "uppet " in text:
        for at in _finds(text, "uppet "):
            m = PUPPET_ARMY.match(text, at - 1)
            if m:
                out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_puppet_army", 62,
                                     {"numbers": [], "echelon": "军", "echelon_key": "army", "prefix": "",
                                      "side": None, "id": None}))
    for literal in (" Army", " Garrison"):
        for at in _finds(text, literal):
            m = COMPASS_PLACE_FORCE.search(text, max(0, at - 40), at + len(literal))
            while m and m.end("h") < at + len(literal):
                m = COMPASS_PLACE_FORCE.search(text, m.end("h"), at + len(literal))
            if not m or m.end("h") != at + len(literal):
                continue
            place = m.group("u").split()[1]
            if english_names().get(place, (None,))[0] not in ("GPE", "LOC"):
                continue          # 'West Suiyuan Army', not 'West Point Army'
            garrison = m.group("h") == "Garrison"
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_region_force", 61,
                                 {"numbers": [], "echelon": "" if garrison else "军",
                                  "echelon_key": "garrison" if garrison else "army",
                                  "prefix": "警备" if garrison else "", "side": None, "id": None}))
    for literal in ("IJA ", "IJN "):
        for at in _finds(text, literal):
            m = SERVICE_GROUP.match(text, at)
            if m:
                out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_service_group", 62,
                                     {"numbers": [], "echelon": _GROUP_ECHELON[m.group("h")],
                                      "echelon_key": m.group("h").lower(), "prefix": _ARM_PREFIX[m.group("arm")],
                                      "side": "JP", "id": None}))
