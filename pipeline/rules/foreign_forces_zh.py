"""Fleets, flotillas, front groups and fronts named by a sea, a river or a region (session 11 audit, auditzh6:
pages on the Russo-Japanese war, the Soviet-Japanese war of 1945, the Korean war and the PLA Navy, written in
Chinese).

Navies and the Soviet army named their formations after the water or the region they held: the Black Sea Fleet
(黑海舰队), the Amur flotilla (阿穆尔河区舰队), the three fleets of the PLA Navy (北海舰队, 东海舰队, 南海舰队), the
Primorsky group (滨海集群), the 2nd and 3rd Pacific squadrons of 1904-1905 (第二太平洋舰队), the fronts of the
Red Army written place first (白俄罗斯第1方面军, 远东第一方面军: Chinese writes the region before the number,
as the Russian name does after it). The lexicons knew a few such names whole; the place alone was read as GPE
or LOC. `find_foreign_forces(text)` proposes one MIL_UNIT (priority 61, above the unit finder's 60 so the
ordinal or the region joins the name) for:

- a place of the gazetteer (any kind but a country: 日本舰队, 俄国舰队 are generic, guideline 5) written right
  before 舰队, 区舰队, 分舰队 or 集群: the whole name (黑海舰队, 阿穆尔河区舰队, 滨海集群);
- an ordinal 第N written right before such a fleet or a fleet of the named-unit lexicon (第二太平洋舰队);
- a Soviet front named by its region before its number: 白俄罗斯, 乌克兰, 远东, 波罗的海沿岸 + 第N + 方面军
  (the four series of numbered fronts of 1943-1945; the complete list).

Anchored on the literals 舰队, 集群 and 方面军 (str.find); each hit reads at most eight characters back.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import named_units, parse_number
from pipeline.rules.names_common import known_countries, known_places
from pipeline.spans import Candidate

SOURCE = "rule:unit-foreign-force"
PRIORITY = 61
_HEADS = ("区舰队", "分舰队", "舰队", "集群")
_ORDINAL_RE = re.compile("第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})$")
# the four series of numbered Soviet fronts (1943-1945), written region first in Chinese
_FRONT_RE = re.compile("(白俄罗斯|乌克兰|远东|波罗的海沿岸)第([一二三四]|[1-4])方面军")


def find_foreign_forces(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "舰队" in text or "集群" in text:
        out += _place_fleets(text)
    if "方面军" in text:
        for at in _finds(text, "方面军"):
            start = max(0, at - 9)
            m = _FRONT_RE.search(text, start, at + 3)
            if m is not None and m.end() == at + 3:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     {"numbers": [parse_number(m.group(2))], "echelon": "方面军",
                                      "prefix": m.group(1), "side": "USSR"}))
    return out


def _finds(text: str, word: str) -> list[int]:
    found, at = [], text.find(word)
    while at != -1:
        found.append(at)
        at = text.find(word, at + len(word))
    return found


def _place_fleets(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places, countries, named = known_places(), known_countries(), named_units()
    seen: set[int] = set()
    for head in _HEADS:
        for at in _finds(text, head):
            end = at + len(head)
            if end in seen:
                continue                     # 区舰队 read before 舰队
            seen.add(end)
            start = _place_before(text, at, places, countries)
            if start is None and head.endswith("舰队"):
                start = _named_fleet_before(text, end, named)
                if start is None:
                    continue
                ordinal = _ORDINAL_RE.search(text, max(0, start - 4), start)
                if ordinal is None:
                    continue                 # the lexicon's fleet alone is the unit finder's
                out.append(Candidate(ordinal.start(), end, "MIL_UNIT", SOURCE, PRIORITY))
                continue
            if start is None:
                continue
            ordinal = _ORDINAL_RE.search(text, max(0, start - 4), start)
            out.append(Candidate(ordinal.start() if ordinal else start, end, "MIL_UNIT", SOURCE, PRIORITY))
    return out


def _place_before(text: str, at: int, places: frozenset[str], countries: frozenset[str]) -> int | None:
    """The start of the longest known place (2-7 characters, not a country) ending at `at`."""
    for width in range(7, 1, -1):
        start = at - width
        if start < 0:
            continue
        name = text[start:at]
        if name in places and name not in countries and name[-1] not in "国朝":
            return start
    return None


def _named_fleet_before(text: str, end: int, named: dict) -> int | None:
    for width in range(8, 2, -1):
        start = end - width
        if start >= 0 and text[start:end] in named and named[text[start:end]]["echelon"] == "舰队":
            return start
    return None

