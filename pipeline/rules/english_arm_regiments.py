"""US Army regiments named by their arm alone, in English text.

`find_arm_regiments(text, out)` (MIL_UNIT, echelon 团): 'the 7th Cavalry', 'the Fifth Infantry' (values through
pipeline.normalize.english_ocr_glue_clock_values.arm_regiment); not before a word that makes the arm a branch or a bracket
(session 32, w32en2: a bracket of what the regiment lacks or holds is no such bracket, `the 9th Infantry (less two
companies)`).

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).

`find_arm_divisions(text, out)` (MIL_UNIT, echelon 师; session 32, helper w32en2, from the cross-set reading of the
English misses on wars outside Asia): a division of the Second World War named by its number and its arm or kind with
the head word dropped, as histories, diaries and war blogs write it after the first mention: `the 21st Panzer
attacks`, `15th Panzer attacked Gabr Saleh`, `82nd Airborne penetrated enemy airspace`, `the 7th Armoured`, `the
12th SS`, `the 1st SS Panzer`, `the 90th Light`, `the 10th Mountain`, `the 51st Highland`, `the 1st Marine`. Not
before a capitalised word or an echelon or arm noun (the longer name is the designation finders': `21st Panzer
Division`, `5th Panzer Regiment`, `4th Light Dragoons`), nor before a list that closes on a plural echelon (`21st
Armored and 23rd Mechanized Divisions`), nor before a bracket; below the designation finders' priority.
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
    r"[\w-]|[ \t\n]*(?:\((?![ \t]*(?:less|minus|reinforced)\b)|Divisions?|Regiments?|Brigades?|Battalions?|Corps|Groups?|Compan(?:y|ies)|Squadrons?"
    r"|Troops?|Platoons?|Regt|Rgt|Bn|Div|Bde|Combat|Tank|Mixed|Reconnaissance|Fighting|Training|School"
    r"|(?:and|&)[ \t]+[A-Z][a-z]+[ \t]+(?:Divisions?|Regiments?|Brigades?))")
ARM_PREFIX = {"Cavalry": "骑兵", "Infantry": "步兵"}


# ----------------------------------------------------------------------------- divisions by their arm, head dropped
DIV_ARM_RE = re.compile(r"(?:SS[ \t]+)?(?P<a>Panzergrenadier|Volksgrenadier|Panzer|Airborne|Armou?red|Mountain"
                        r"|Highland|Marine|Light|Mechani[sz]ed|Motori[sz]ed)(?![\w-])|SS(?![\w-])")
DIV_NUMBER_BEFORE = re.compile(rf"(?<![\w./-])(?P<n>\d{{1,3}}(?:st|nd|rd|th)|\d{{0,2}}[23]d|{_WORD_ORDS})\.?[ \t]+$")
DIV_NOT_AFTER = re.compile(
    r"[\w'\u2019-](?![sS]\b)|[ \t]+SS\b|[ \t]*\(|[ \t\n]+(?:[A-Z]|(?:divisions?|regiments?|brigades?|battalions?|corps|groups?"
    r"|compan(?:y|ies)|squadrons?|troops?|platoons?|regt|bn|div|bde|infantry|cavalry|artillery|dragoons|hussars|lancers"
    r"|horse|tanks?|armou?r|guns?|units?|forces?|troopers?|rifles?|grenadiers?|infantrymen|paratroopers?|men|of)\b)"
    r"|[ \t\n]*(?:,|and|or|&)[^.;:]{0,60}?\b(?:Divisions|Brigades|Regiments|divisions|brigades|regiments)\b")
DIV_PREFIX = {"panzer": "装甲", "armored": "装甲", "armoured": "装甲", "airborne": "空降", "mountain": "山地",
              "marine": "陆战", "mechanized": "机械化", "mechanised": "机械化", "motorized": "摩托化", "motorised": "摩托化",
              "panzergrenadier": "装甲掷弹兵", "volksgrenadier": "国民掷弹兵", "light": "轻"}


def find_arm_divisions(text: str, out: list) -> None:
    """Divisions by number and arm with the head dropped (see the module docstring)."""
    if "Panzer" not in text and "SS" not in text and not any(w in text for w in (
            "Airborne", "Armored", "Armoured", "Mountain", "Highland", "Marine", "Light", "Mechani", "Motori")):
        return
    for arm in DIV_ARM_RE.finditer(text):
        if arm.start() and (text[arm.start() - 1].isalnum() or text[arm.start() - 1] in "_-"):
            continue                      # inside a word (`ESS`, `Non-Marine`)
        m = DIV_NUMBER_BEFORE.search(text, max(0, arm.start() - 24), arm.start())
        if not m or DIV_NOT_AFTER.match(text, arm.end()):
            continue
        word = m.group("n")
        number = norm_en.WORD_ORDINALS.get(word.lower()) or int(re.match(r"\d+", word).group())
        kind = (arm.group("a") or "").lower()
        out.append(Candidate(m.start(), arm.end(), "MIL_UNIT", "rule:en_arm_division", 45,
                             {"numbers": [number], "echelon": "师", "prefix": DIV_PREFIX.get(kind),
                              "side": None, "id": None}))


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
    find_arm_divisions(text, out)
