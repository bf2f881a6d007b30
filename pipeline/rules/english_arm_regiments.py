"""US Army regiments named by their arm alone, in English text.

`find_arm_regiments(text, out)` (MIL_UNIT, echelon 团): 'the 7th Cavalry', 'the Fifth Infantry' (values through
pipeline.normalize.english_ocr_glue_clock_values.arm_regiment); not before a word that makes the arm a branch or a bracket.

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first
from pipeline.rules.scan import literal_finditer

# ----------------------------------------------------------------------------- US regiments by their arm
_WORD_ORDS = "|".join(sorted((w.capitalize() for w in norm_en.WORD_ORDINALS if "-" not in w), key=longest_first))
ARM_RE = re.compile(r"Cavalry|Infantry")
ARM_NUMBER_BEFORE = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}(?:st|nd|rd|th)|\d{{0,2}}[23]d|{_WORD_ORDS})[ \t]+$")
ARM_NOT_AFTER = re.compile(
    r"[\w-]|[ \t\n]*(?:\(|Divisions?|Regiments?|Brigades?|Battalions?|Corps|Groups?|Compan(?:y|ies)|Squadrons?"
    r"|Troops?|Platoons?|Regt|Rgt|Bn|Div|Bde|Combat|Tank|Mixed|Reconnaissance|Fighting|Training|School"
    r"|(?:and|&)[ \t]+[A-Z][a-z]+[ \t]+(?:Divisions?|Regiments?|Brigades?))")
ARM_PREFIX = {"Cavalry": "骑兵", "Infantry": "步兵"}


def find_arm_regiments(text: str, out: list) -> None:
    for arm in literal_finditer(ARM_RE, text):
        m = ARM_NUMBER_BEFORE.search(text, max(0, arm.start() - 24), arm.start())
        if not m or ARM_NOT_AFTER.match(text, arm.end()):
            continue
        word = m.group("n")
        number = norm_en.WORD_ORDINALS.get(word.lower()) or int(re.match(r"\d+", word).group())
        out.append(Candidate(m.start(), arm.end(), "MIL_UNIT", "rule:en_arm_regiment", 59,
                             {"numbers": [number], "echelon": "团", "prefix": ARM_PREFIX[arm.group()],
                              "side": None, "id": None}))
