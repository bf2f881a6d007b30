"""Rebellions, buildings and the Great Wall written with a lower-case head, in English text.

`find_lower_case_heads(text, out)`: EVENT a rebellion named with a lower-case head ('the Nian rebellion', 'the X
rising'); FAC '<Name> building' and the Great Wall written in lower case. `NATIONALITY_WORDS` (also read by
english_chambers_pacts_movements): the words before such a head that make it no name.
`find_border_crises(text, out)`: EVENT border conflicts with a lower-case head ('the Sino-Soviet border crisis');
first seen on real-dev8-en (session 6, helper en8; here since session 24).

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.english_embassy_press_orgs import NATIONALITY
from pipeline.rules.scan import literal_finditer

BORDER_RE = re.compile(r"(?<![\w-])(?P<e>(?:Sino|Russo|Indo|Soviet|Chinese|Korean|Thai|Franco|Japanese)-[A-Z][a-z]+[ \t]+border"
                       r"[ \t]+(?:conflict|crisis|clash|clashes|war|dispute|incident|skirmishes))(?![\w-])")

# ----------------------------------------------------------------------------- events and structures
REBELLION_RE = re.compile(r"(?<=[Tt]he[ \t])(?P<e>[A-Z][a-z]{2,14}(?:[- ][A-Z][a-z]{2,14})?[ \t]+(?:rebellion|revolt"
                          r"|insurrection|mutiny|uprising|coup|rising))(?![\w-])")   # 'the Boxer rising' (s23en)
BUILDING_RE = re.compile(r"(?<![\w-])(?P<f>[A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15}){0,2})[ \t]+building(?![\w-])")
GREAT_WALL_RE = re.compile(r"(?<![\w-])(?:[Gg]reat[ \t]+[Ww]all)(?:[ \t]+of[ \t]+China)?(?![\w-])")
_RISING_NOT_EVENT = frozenset("River Lake Sea Creek Canal Water Waters Sun Moon Tide Flood Star".split())
NATIONALITY_WORDS = frozenset(NATIONALITY.split("|")) | frozenset("The A An This That Government Office Army".split())


def find_lower_case_heads(text: str, out: list) -> None:
    if "rebellion" in text or "revolt" in text or "mutiny" in text or "insurrection" in text or "uprising" in text \
            or "coup" in text or " rising" in text:
        for m in REBELLION_RE.finditer(text):
            words = m.group("e").split()
            if words[-1] == "rising" and words[-2] in _RISING_NOT_EVENT:
                continue          # 'the Yellow River rising', 'the Sun rising': water and the sun rise
            if words[0] not in NATIONALITY_WORDS:
                out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_rebellion", 56, {}))
    if " building" in text:
        for m in BUILDING_RE.finditer(text):
            words = m.group("f").split()
            while words and words[0] in NATIONALITY_WORDS:
                words.pop(0)
            if words:
                start = m.end("f") - len(" ".join(words)) if " ".join(words) == text[m.end("f") - len(" ".join(words)):m.end("f")] else m.start("f")
                out.append(Candidate(start, m.end(), "FAC", "rule:en_building", 43, {}))
    if "reat wall" in text or "reat Wall" in text:
        for m in literal_finditer(GREAT_WALL_RE, text):
            out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_great_wall", 43, {"zh": "长城"}))


def find_border_crises(text: str, out: list) -> None:
    if " border " in text:
        for m in BORDER_RE.finditer(text):
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_border_conflict", 58))
