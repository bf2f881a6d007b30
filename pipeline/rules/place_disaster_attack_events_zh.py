"""Disasters and air and germ attacks named by their place, in Chinese working text (session 26, s26zhorg).

Local histories, news features and memoirs name the great earthquakes, floods and fires of 1840-1979 and the
Japanese bombing and germ-warfare attacks on Chinese towns by the place and the kind of blow (`某城大轰炸`,
`某地细菌战`, `某地大地震`, `某江大水灾`); the event lexicon holds the famous few (重庆大轰炸, 长沙大火), the rest
reach the gazetteer only as the place. The contract's EVENT table names famines and other historical events; an
unnamed happening written with 的 (`河南的大饥荒`) stays the place.

`find_place_disaster_attack_events(text)` (working text, Simplified) proposes one EVENT for a place the gazetteer
reads as a GPE or LOC (2-4 characters, with or without 省/市/县) written RIGHT before one of the heads (criterion:
the words by which Chinese histories name such a blow: 大地震 大水灾 大洪水 大火灾 大火 大轰炸 细菌战 毒气战 细菌攻击
大空袭) — not after 的, not after a determiner or count before the place (各, 该, 每, 两), not a country (`日本大地震`
is a foreign quake the gazetteer reads as a country; left alone). Priority 34: above the gazetteer's 30, below the
organisation finders (35+), so that a body named after the event keeps its name (`某地细菌战受害者协会`).

Examples written for this module: `甲乙细菌战`, `丙丁大地震`, `戊己大轰炸`; negatives: `河南的大饥荒`, `各地大火`,
`一场大火`.
Cost: str.find of the heads' rare characters (震 水 火 轰 菌 毒 袭) before one regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.settlement_risings_zh import named_place_start
from pipeline.spans import Candidate

SOURCE = "rule:event-place-disaster-attack"
PRIORITY = 34
_HEAD_RE = re.compile("大地震|大水灾|大洪水|大火灾|大火(?![车炮力箭])|大轰炸|细菌战|毒气战|细菌攻击|大空袭")


def find_place_disaster_attack_events(text: str) -> list[Candidate]:
    """Known place + a disaster's or attack's head: one EVENT (see the module doc)."""
    if not any(ch in text for ch in "震水火轰菌毒袭"):
        return []
    places = None
    out = []
    for m in _HEAD_RE.finditer(text):
        if places is None:
            places = place_lexicon()
        start = named_place_start(text, m.start(), places)
        if start is not None:
            out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
    return out
