"""Ordinals sharing one qualified echelon, counts of formations by their arm and provincial divisions, in English text.

`find_designation_lists(text, out)`:
- MIL_UNIT: ordinals sharing one echelon after a qualifier of capitalised words ('the 45th and 57th Filipino Scout
  Regiments': one span, rule 4); ordinals each with its own arm word sharing one plural head ('the 4th Armored, 6th
  Mechanized, 7th Infantry, and 19th Infantry Divisions', session 28 s28enunit); the members of a count of formations named after it by their ordinals alone ('two
  tank battalions, the 192nd and the 194th'); Japanese divisions of 1888-1905 as English writers named them ('the 5th
  Provincial Division': 师团);
- QUANTITY: a count of formations with one word of their arm before the echelon ('two tank battalions').

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

# a count of formations with one word of their arm before the echelon ('two tank battalions', '3 engineer regiments')
ECHELON_COUNT_RE = re.compile(
    r"(?<![\w.,-])(?P<q>(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?P<u>[a-z]{3,12}[ \t]+"
    r"(?:battalions|divisions|regiments|brigades|companies|squadrons|platoons|batteries|flotillas|fleets)))(?![\w-])")

# Japanese divisions of 1888-1905 as English writers named them ('the 5th Provincial Division'): 师团
PROVINCIAL_RE = re.compile(r"(?<![\w-])(?P<u>(?P<n>\d{1,2})(?:st|nd|rd|th|d)[ \t]+Provincial[ \t]+Division)(?![\w-])")

# ordinals sharing one echelon after a qualifier of capitalised words ('the 45th and 57th Filipino Scout Regiments'):
# one MIL_UNIT (rule 4)
ORD = r"\d{1,3}(?:st|nd|rd|th|d)"

SHARED_QUALIFIED_RE = re.compile(
    rf"(?<![\w-])(?P<u>{ORD}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+|[ \t]*&[ \t]*){ORD}){{1,6}}[ \t]+(?P<q>(?:[A-Z][a-z]+[ \t]+){{1,3}})"
    r"(?P<e>Regiments|Divisions|Brigades|Battalions|Companies|Armies|Corps|Fleets|Squadrons))(?![\w-])")

# ordinals each with its own arm word sharing one plural head ('the 4th Armored, 6th Mechanized, 7th Infantry, and 19th
# Infantry Divisions', 'the 2nd, 16th, and 18th Infantry and 21st Armored Divisions'): one MIL_UNIT (rule 4), numbers
# of all, the head's echelon (session 28, s28enunit); two arm words at least, each of an arm's vocabulary
ARMS = ("Infantry|Armored|Armoured|Mechanized|Mechanised|Motorized|Motorised|Motor|Cavalry|Panzer|Rifle|Tank|Mountain"
        "|Airborne|Guards|Light|Marine|Parachute|Artillery|Grenadier|Volksgrenadier|Jäger|Jaeger|Reserve|Territorial"
        "|Colonial|Commando|Alpine|Assault|Fortress|Security|Field|Luftwaffe|Cossack|Shock|Mixed|Provisional")
MIXED_ARMS_RE = re.compile(
    rf"(?<![\w-])(?P<u>{ORD}(?:[ \t]+(?:{ARMS}))?(?:(?:,[ \t]+(?:and[ \t]+)?|[ \t]+and[ \t]+|[ \t]*&[ \t]*){ORD}"
    rf"(?:[ \t]+(?:{ARMS}))?){{1,9}}[ \t]+(?P<e>Divisions|Brigades|Regiments|Battalions|Armies|Corps))(?![\w-])")

SHARED_HEADS = re.compile(r"Regiments|Divisions|Brigades|Battalions|Companies|Armies|Corps|Fleets|Squadrons")

SINGULAR = {"Regiments": "Regiment", "Divisions": "Division", "Brigades": "Brigade", "Battalions": "Battalion",
            "Companies": "Company", "Armies": "Army", "Corps": "Corps", "Fleets": "Fleet", "Squadrons": "Squadron"}

# the members of a count of formations named after it by their ordinals alone ('two tank battalions, the 192nd and
# the 194th'): a MIL_UNIT each, of the counted echelon
BARE_ORDINALS_AFTER = re.compile(rf"[ \t]*(?:\u2014|\u2013|-|:|,|\()[ \t]*(?:the[ \t]+)?(?P<a>{ORD})"
                                 rf"(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)(?:the[ \t]+)?(?P<b>{ORD}))?(?![\w-]|[ \t]+[A-Z])")


def find_designation_lists(text: str, out: list) -> None:
    if SHARED_HEADS.search(text) and SHARED_QUALIFIED_RE.search(text):
        for m in SHARED_QUALIFIED_RE.finditer(text):
            qualifier = m.group("q").split()
            if len(qualifier) == 1 and qualifier[0] in ("Infantry", "Cavalry", "Artillery", "Marine", "Tank", "Armored",
                                                        "Armoured", "Mixed", "Independent", "Provisional", "Reserve"):
                continue            # the designation finders read these with their prefix
            numbers = [int(re.match(r"\d+", n).group()) for n in re.findall(ORD, m.group("u")[:m.start("q") - m.start("u")])]
            one = norm_en.normalize_unit_en(f"{numbers[0]}th {' '.join(qualifier)} {SINGULAR[m.group('e')]}",
                                            text[max(0, m.start() - 40):m.start()])
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_shared_qualified", 64,
                                 {"en_hint": {"numbers": numbers, "echelon": one.get("echelon", ""),
                                              "prefix": one.get("prefix", "")}}))
    if SHARED_HEADS.search(text):
        for m in MIXED_ARMS_RE.finditer(text):
            arms = re.findall(rf"{ORD}[ \t]+({ARMS})(?![\w-])", m.group("u"))
            if len(arms) < 2 or len(set(arms)) < 2 and len(arms) < 3:
                continue            # one arm word: SHARED_QUALIFIED_RE's or the designation finders' form
            numbers = [int(re.match(r"\d+", n).group()) for n in re.findall(ORD, m.group("u"))]
            echelon, _ = norm_en.echelon_for(SINGULAR[m.group("e")], None)
            for c in [c for c in out if c.label == "MIL_UNIT" and m.start("u") <= c.start and c.end <= m.end("u")]:
                out.remove(c)
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_mixed_arms_list", 65,
                                 {"en_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}}))
    if "battalions" in text or "divisions" in text or "regiments" in text or "brigades" in text or "companies" in text \
            or "squadrons" in text or "batteries" in text or "fleets" in text or "platoons" in text or "flotillas" in text:
        for m in ECHELON_COUNT_RE.finditer(text):
            n = m.group("n")
            value = int(n) if n.isdigit() else norm_en.WORD_NUMBERS.get(n)
            if value is not None:
                out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_echelon_count", 55,
                                     {"en_hint": {"value": value, "unit": re.sub(r"\s+", " ", m.group("u")), "approx": None}}))
                after = BARE_ORDINALS_AFTER.match(text, m.end())
                if after and value >= 2:
                    plural = m.group("u").split()[-1].capitalize()
                    echelon, _ = norm_en.echelon_for(SINGULAR.get(plural, plural), None)
                    for g in ("a", "b"):
                        if after.group(g):
                            out.append(Candidate(after.start(g), after.end(g), "MIL_UNIT", "rule:en_bare_ordinal_member", 56,
                                                 {"en_hint": {"numbers": [int(re.match(r"\d+", after.group(g)).group())],
                                                              "echelon": echelon, "prefix": ""}}))
    if "Provincial" in text:
        for m in PROVINCIAL_RE.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_provincial_division", 64,
                                 {"en_hint": {"numbers": [int(m.group("n"))], "echelon": "师团", "prefix": ""}}))
