"""British and Indian sub-units written with a cardinal and their arm (session 13, auditen6).

The British and Indian armies of 1939-1953 wrote their supporting units with a bare number and the arm before the
unit word, without an ordinal suffix: '15 Mountain Battery', '50 Medium Machine Gun Company', '582 Jungle Mortar
Battery', '80 Para Field Ambulance', '23 Field Company', '2 Field Regiment'. english.UNIT_RE reads a cardinal only
right before the echelon or after one listed qualifier ('152 Battalion', '17 Division'), so these were lost, and
'Para Field' of the field ambulance was read as a place.

Proposed: a number of 1-3 digits, one to four capitalised words of the arms' vocabulary (below), and a SINGULAR unit
word (a singular after a number above one is a designation, never a count: '3 Batteries' is a count). A Field
Ambulance (the medical unit of a brigade or division) is a unit word here. A division with its arms (`17 Indian Light Division`,
`5 Indian Infantry Division`: session 22, s22en; UNIT_RE reads `17 Division` and `17 Indian Division` only) is one. Not after a currency sign, a decimal
point, a comma-grouped figure or a slash ('4/5 Mahratta' is read elsewhere).

Lower-case arms (session 29, s29enunit: the Indian and Pakistani war writing of 1947-1971, magazines, memoirs and
news features, writes `7 infantry brigade`, `9 mountain division`, `105 adhoc Brigade`, `23 Azad Kashmir battalion`):
the same grammar in any case, the improvised formation's `ad hoc`/`adhoc` among the qualifiers, and before a
lower-case head any capitalised qualifier (a region or a people: `23 Azad Kashmir battalion`), for a number above
one before a singular brigade, division, battalion, regiment, battery, squadron or company; with a number of one
it stays a count (`1 infantry division` in a strength list), and `corps` (singular and plural alike) is not read.
The count grammar read these as QUANTITY (`7 infantry brigade`) or not at all (`105 adhoc Brigade`).
"""

from __future__ import annotations

import re

from pipeline.normalize.english import normalize_unit_en
from pipeline.spans import Candidate

PRIORITY = 61     # above english.UNIT_RE's 60: the longer reading of the same designation

# the arms and qualifiers of the British, Indian and Commonwealth orders of battle
_ARM = (r"(?:Medium|Heavy|Light|Machine[ \t]+Gun|Mountain|Jungle|Mortar|Field|Para|Parachute|Airborne|Anti-Tank"
        r"|Anti-Aircraft|Indian|Gurkha|Engineer|Signal|Signals|Medical|Survey|Searchlight|Armoured|Tank|Commando"
        r"|Independent|Infantry|Artillery|Reconnaissance|Recce|Assault|Pioneer|Transport|Park|Bridging|Ordnance"
        r"|Workshop|Dental|Casualty|Clearing|Support|Defence|Defense|Garrison|Mule|Animal|Rocket|Air[ \t]+Landing"
        r"|Glider|Composite|Cavalry|Air"   # '1 Air Brigade', '4 Cavalry Brigade' (auditen12)
        # the Fleet Air Arm's, the RAF's and the Royal Marines' numbered units ('815 Naval Air Squadron', '249 Fighter
        # Squadron', '40 Royal Marine Commando'; session 27 s27enunit)
        r"|Naval|Fighter|Bomber|Royal[ \t]+Marine|Marine|Coastal"
        # the nations of the Commonwealth formations of 1939-53 (auditen9): '27 British Commonwealth Brigade',
        # '28 Commonwealth Infantry Brigade', '25 Canadian Infantry Brigade', '3 West African Brigade'
        r"|British|Commonwealth|Canadian|Australian|New[ \t]+Zealand|East[ \t]+African|West[ \t]+African|African"
        r"|Burma"
        # the German and Italian divisions as British histories of the desert and of Italy write them, and the
        # Guards' and Highland formations ('21 Panzer Division', '15 Panzer Grenadier Regiment', '201 Guards
        # Brigade', '51 Highland Division'; session 34 w34enunit, from stored pages on Alamein and Tunisia)
        r"|Panzer|Panzergrenadier|Panzer[ \t]+Grenadier|Guards|Highland|SS|Motori[sz]ed|Lorried)")
_HEAD = r"(?:Field[ \t]+Ambulance|Company|Battery|Troop|Squadron|Regiment|Battalion|Brigade|Commando|Division)"
CARDINAL_UNIT_RE = re.compile(
    rf"(?<![\w,.$£¥/-])(?P<n>\d{{1,3}})[ \t]+(?P<arms>(?:{_ARM}[ \t]+){{1,4}})?(?P<head>{_HEAD})(?![\w-])")


_LOWER_HEAD = r"(?:brigade|division|battalion|regiment|battery|squadron|company)"
LOWER_CARDINAL_UNIT_RE = re.compile(
    rf"(?<![\w,.$£¥/-])(?P<n>\d{{1,3}})[ \t]+(?P<arms>(?:(?:{_ARM}|ad[ \t-]?hoc|(?-i:[A-Z][a-z]{{2,15}}))[ \t]+){{1,4}})"
    rf"(?P<head>{_LOWER_HEAD})(?![\w-])",
    re.IGNORECASE)


def _lower_case_units(text: str, out: list) -> None:
    """`7 infantry brigade`, `105 adhoc Brigade`: a number above one, arms in any case, a singular head."""
    lowered = text.lower()
    if not any(word in lowered for word in ("brigade", "division", "battalion", "regiment", "battery", "squadron",
                                            "company")):
        return
    for m in LOWER_CARDINAL_UNIT_RE.finditer(text):
        if int(m.group("n")) < 2 or (m.group("arms")[0].isupper() and m.group("head")[0].isupper()
                                     and "hoc" not in m.group("arms").lower()):
            continue     # a count of one; the capitalised form is CARDINAL_UNIT_RE's
        if text.endswith(("No. ", "No.", "No "), 0, m.start()):
            continue
        norm = normalize_unit_en(m.group(), text[max(0, m.start() - 40):m.start()])
        for c in [c for c in out if c.start < m.end() and m.start() < c.end
                  and (c.label in ("FAC", "GPE", "LOC", "QUANTITY") or (c.start, c.end) == (m.start(), m.end()))]:
            out.remove(c)      # the count or the place read over it
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_cardinal_unit", PRIORITY, norm))


# cardinals in a list sharing one plural head with its arm (rule 4: '15 and 21 Panzer Divisions', '7, 8 and 22
# Armoured Brigades'; session 34 w34enunit): one MIL_UNIT; not a range ('between 2 and 3 ...')
_PLURAL_HEAD = r"(?:Companies|Batteries|Squadrons|Regiments|Battalions|Brigades|Commandos|Divisions)"
CARDINAL_LIST_UNIT_RE = re.compile(
    rf"(?<![\w,.$£¥/-])(?P<n>\d{{1,3}})(?:[ \t]*,[ \t]*\d{{1,3}})*,?[ \t]+(?:and|&)[ \t]+\d{{1,3}}[ \t]+"
    rf"(?P<arms>(?:{_ARM}[ \t]+){{1,4}})(?P<head>{_PLURAL_HEAD})(?![\w-])")
_RANGE_BEFORE = re.compile(r"(?:between|from|some|about|over|nearly|around)[ \t]+$", re.IGNORECASE)


_PLURAL_HEAD_RE = re.compile(_PLURAL_HEAD)
_CAVALRY_HEAD_RE = re.compile(r"Cav(?:alry)?\b|Lancers|Hussars|Dragoons")


def _near_heads(pattern: re.Pattern, heads: re.Pattern, text: str, before: int):
    """The matches of `pattern` ending at a head word, searched only in a window before each head (the pattern
    opens with a look-behind and a digit: never run over the whole text)."""
    last = -1
    for h in heads.finditer(text):
        m = pattern.search(text, max(last, h.start() - before), min(len(text), h.end() + 30))
        if m is not None and m.start() >= last:
            last = m.end()
            yield m


def _cardinal_lists(text: str, out: list) -> None:
    if " and " not in text and "&" not in text:
        return
    for m in _near_heads(CARDINAL_LIST_UNIT_RE, _PLURAL_HEAD_RE, text, 120):
        if _RANGE_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        norm = normalize_unit_en(m.group(), text[max(0, m.start() - 40):m.start()])
        for c in [c for c in out if c.start < m.end() and m.start() < c.end]:
            out.remove(c)      # the counts or the single designation read inside the list
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_cardinal_unit_list", PRIORITY, norm))


# an armoured or cavalry regiment by a cardinal and its arm alone, as the Indian and Pakistani armies and British war
# writing name them ('45 Cavalry', '63 Cav', '16 Light Cavalry', '2 Lancers', '9 Hussars'; session 34 w34enunit, from
# stored pages on the wars of 1947-1971): a number of two figures at most above one (a count of horsemen is larger or
# lower-case: '300 Lancers', '500 cavalry'), not before an echelon (`1 Cavalry Regiment` is another reading), not after
# an approximator
CARDINAL_CAVALRY_RE = re.compile(
    r"(?<![\w,.$£¥/-])(?P<n>\d{1,2})[ \t]+(?P<h>(?:Light[ \t]+)?Cavalry|Cav|Lancers|Hussars|Dragoons)(?![\w-])"
    r"(?![ \t]+(?:Regiments?|Brigades?|Divisions?|Squadrons?|Corps|Groups?|Troops?|Armies|Army))")
_COUNT_BEFORE = re.compile(r"(?:about|some|over|nearly|around|almost|only|approximately|another)[ \t]+$", re.IGNORECASE)


def _cardinal_cavalry(text: str, out: list) -> None:
    for m in _near_heads(CARDINAL_CAVALRY_RE, _CAVALRY_HEAD_RE, text, 16):
        n = int(m.group("n"))
        if n < 2 or _COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue
        if any(c.label == "MIL_UNIT" and c.start <= m.start() and m.end() <= c.end for c in out):
            continue
        for c in [c for c in out if c.start < m.end() and m.start() < c.end]:
            out.remove(c)      # the count read over it ('2 Lancers')
        prefix = "骑兵" if "Cav" in m.group("h") else ""
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_cardinal_cavalry34", PRIORITY,
                             {"numbers": [n], "echelon": "团", "echelon_key": "regiment", "prefix": prefix,
                              "side": None, "id": None}))


def find_cardinal_units(text: str, out: list) -> None:
    """Cardinal designations with their arm: '15 Mountain Battery', '80 Para Field Ambulance'."""
    _lower_case_units(text, out)
    if any(word in text for word in ("Cav", "Lancers", "Hussars", "Dragoons")):
        _cardinal_cavalry(text, out)
    if any(word in text for word in ("Divisions", "Brigades", "Regiments", "Battalions", "Squadrons", "Batteries",
                                     "Companies", "Commandos")):
        _cardinal_lists(text, out)
    if not any(word in text for word in ("Company", "Battery", "Troop", "Squadron", "Ambulance", "Regiment",
                                          "Battalion", "Brigade", "Commando", "Division")):
        return
    for m in CARDINAL_UNIT_RE.finditer(text):
        if not m.group("arms") and m.group("head") not in ("Battery", "Troop", "Field Ambulance", "Commando"):
            continue     # '152 Battalion', '4 Corps': english.UNIT_RE's reading
        if text.endswith(("No. ", "No.", "No "), 0, m.start()):
            continue     # 'No. 3 Commando': english_abbreviated_units' reading
        norm = normalize_unit_en(m.group(), text[max(0, m.start() - 40):m.start()])
        if m.group("head") == "Field Ambulance":    # a medical unit: 救护队 (the tables have no English form)
            norm = {**norm, "echelon": "救护队", "echelon_key": "field_ambulance"}
        for c in [c for c in out if m.start() <= c.start < m.end() and c.label in ("FAC", "GPE", "LOC")]:
            out.remove(c)      # 'Para Field' read as a place
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_cardinal_unit", PRIORITY, norm))
