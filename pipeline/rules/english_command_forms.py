"""English units, advisory bodies and guards the other finders miss or over-read (session 22, helper s22en: label
audit of all nine labels on 19 English passages from 19 pages, 12 fitted: a Korean-war veterans' resolution, the
1894 naval war, Nomonhan 1939, the Boxer legation guard, Burma 1942-45 blogs and a Gurkha study, a Huaihai wiki
mirror, a Malayan-campaign memorial page, a forum post on the Chinese advisers in Vietnam, 1937 newspaper cables,
a Kapyong memorial blog).

- A Gurkha regiment by its number (`the 7th Gurkhas`, `men of the 2nd Gurkhas`): one MIL_UNIT (the ten
  Gurkha Rifles regiments of the Indian Army are written so in every Burma history; english_prose reads the
  single-battalion class regiments `4th Sikhs` as battalions and leaves the Gurkhas, regiments of several
  battalions, out). `3/5th Gurkhas` (a battalion) is english_units'.
- A battalion written before its regiment with ordinals and a slash (`the 2nd/5th Royal Gurkha Rifles`, `the
  1st/7th Rajput Regiment`, `4th/8th Punjab Regiment`): one MIL_UNIT, echelon 营, numbers battalion then
  regiment (the regiment finders read `5th Royal Gurkha Rifles` and left the battalion's ordinal; `3/6 Gurkha
  Rifles` and `2/19th Battalion` are read elsewhere).
- A French mobile group of the Indochina war by its number (`Groupement Mobile 100`, `Mobile Group 42`, `GM 7`):
  one MIL_UNIT, echelon 机动群.
- A battalion before a regiment whose name joins two names with `and` (`the 1st Battalion, Argyll and
  Sutherland Highlanders`): the regiment is whole (the regiment finder read the last name only) and the comma
  chain is joined again (english_designations joins it before the regiment is read whole).
- A Nationalist pacification zone by its ordinal (`the Third Pacification Zone`, `the 1st Pacification Area`,
  `the Fifth Pacification District`): one MIL_UNIT, echelon 绥靖区 (the Civil-War commands 第X绥靖区 in
  translation). Lower-case `pacification zone` is a description.
- An advisory group (`the Soviet Military Advisory Group`, `the Military Assistance Advisory Group`, `the
  Joint Advisory Group`): one ORG with up to two capitalised words before it (a nationality is part of the
  official name, guideline 15); its acronym in brackets right after it (`(SMAG)`) is an ORG, and so is every
  other mention of that acronym in the text.
- A division's arm written after it (`the 9th Division Signals`, `7th Division Cavalry`, `6th Division
  Engineers`, the Australian and British divisional units) is one MIL_UNIT; so is a guards division
  (`the Imperial Guards Division` -> 师团 with Imperial, `the Guards Division` -> 师), where a shorter reading
  (`Imperial Guards`, `9th Division`) gave way.
- A street named by one to three capitalised words (`Legation Street`, `Harbour Street`, `Temple Avenue`): one
  FAC (english_place reads a known place + Road; a common word before Street was left). Not after an article
  alone (`The Street`), not a people's adjective (`the Chinese Road`), not where a longer reading crosses it.
- A vessel's name is no place or person (the docs: nothing inside a ship's name): names written after a kind of
  vessel (`the cruiser X`, `the gunboats X and Y`, `the cruisers X, Y and Z`, `the steamer X`) lose their place
  and person readings there, and at their other mentions in the text unless a locative preposition comes before
  (`X was repaired` is the ship, `anchored off X` the place): english_vessels_styles_partners reads only ship prefixes.
- Precision: a range of days (english_victorian_regiments `the 1st and the 3rd`) in a clause that names plural
  formations before it (`both battalions of the regiment, the 1st and the 2nd, were cut off`) counts units, no
  DATE; a people's plural read as a place by its context (`at X and Koreans still remember`) is no GPE (the
  demonym adjective + s; english_demonym_strait_pass_forms drops the adjective alone); a place read by its context that
  opens with a rank (`to Brigadier Lloyd-Owen`) is no place (english_grammar now reads the double-barrelled
  surname after the rank); a headquarters company or battery read as an ORG (`the 3rd Battalion's Headquarters Company`) is a MIL_UNIT,
  echelon 连; a context place ending in a separate `San` (`took Kowang San`) is a Korean mountain:
  LOC, not GPE.

Also in this session (s22en), in the shared grammar: hyphenated ranks (`Lieutenant-Colonel`, `Rear-Admiral`) are
ranks, a double-barrelled surname with a capital after the hyphen is one name token (`Smith-Dorrien`; not a
people's adjective, `Sino-Japanese`), `enemy` is a counted noun (`killed 300 enemy`, unit `enemy`), and an abbreviation of up to six capitals
modifies a count (`750 KATUSA soldiers`; english_numbers ADJ took four).

Priority: after the unit finders, before the span edges and label checks. Cheap (about 5 ms on the English development
texts): each part is gated on a literal its form holds (`Gurkhas`, `Pacification`, `Advisory`, `Division`, `Guards`,
`Street`/`Road`/`Avenue`/`Boulevard`, `the` before a vessel word, a day range's source, an `s`-ending GPE, a context
place); streets are tried only in a window before each head word, found with str.find (checked against finditer on
the development texts: same matches).

`find_command_adjectives(text, out)` (edits the candidates before it): a nationality adjective before a compass
command
(`Ruritanian Eastern Command`) stays outside (rule 2), the MIL_UNIT is `Eastern Command`; first seen on the held-out
passages of the session-17 English audits (helper r3en, round 3; moved here from english_heldout_forms in session
24).
"""

from __future__ import annotations

import re

from pipeline.rules.english_regiment_titles_route_armies import ORDINALS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_ORD_NUM = {w: i + 1 for i, w in enumerate(ORDINALS)}
_GURKHAS = re.compile(r"(?<![\w/-])(?P<n>\d{1,2})(?:st|nd|rd|th)[ \t]+Gurkhas(?![\w-])")
_PACIFICATION = re.compile(r"(?<![\w-])(?:(?P<n>\d{1,2})(?:st|nd|rd|th|d)|(?P<w>" + "|".join(ORDINALS)
                           + r"))[ \t]+Pacification[ \t]+(?:Zone|Area|District|Region)(?![\w-])")
_ADVISORY = re.compile(r"(?<![\w-])(?:(?!The\b|A\b|In\b|On\b|By\b)[A-Z][a-z]+[ \t]+){0,2}(?:Military[ \t]+)?"
                       r"(?:Assistance[ \t]+)?Advisory(?:[ \t]+and[ \t]+Assistance)?[ \t]*\n?[ \t]*Group(?![\w-])")
_SLASH_BEFORE = re.compile(r"(?<![\w/-])(?P<a>\d{1,2})(?:st|nd|rd|th)/$")
_ORDINAL_START = re.compile(r"\d{1,2}(?:st|nd|rd|th)[ \t]")
_AND_BEFORE = re.compile(r"(?:^|(?<=, )|(?<=the )|(?<=The ))(?P<x>[A-Z][a-z]{2,}(?<!s))[ \t]+and[ \t]+$")
_MOBILE_GROUP = re.compile(r"(?<![\w-])(?:Groupement[ \t]+Mobile|Mobile[ \t]+Group|GM)[ \t]+(?:No\.[ \t]*)?"
                           r"(?P<n>\d{1,3})(?![\w.,-])")
_HQ_UNIT = re.compile(r"(?<![\w-])Headquarters(?:[ \t]+and[ \t]+(?:Service|Headquarters))?[ \t]+(?:Company|Battery|Squadron|Troop)")
_ACRONYM = re.compile(r"[ \t]*\((?P<a>[A-Z]{3,6})\)")
_DIVISION_ARM = re.compile(r"(?<![\w/-])(?P<n>\d{1,2})(?:st|nd|rd|th)?[ \t]+(?:(?:Australian|Indian|British|Infantry"
                           r"|Armoured|Armored)[ \t]+)?Division[ \t]+(?:Signals|Cavalry|Engineers|Artillery|Provost"
                           r"|Ordnance|Supply[ \t]+Column)(?![\w-])")
_GUARDS = re.compile(r"(?<![\w-])(?P<imp>Imperial[ \t]+)?Guards[ \t]+Division(?![\w-])")
_ARM_ECHELON = {"Signals": "", "Cavalry": "团", "Engineers": "", "Artillery": "", "Provost": "", "Ordnance": "",
                "Column": ""}
_PLURAL_FORMATIONS = re.compile(r"(?<![\w-])(?:battalions|regiments|brigades|divisions|companies|squadrons"
                                r"|batteries|columns)(?![\w-])", re.I)
_RANK_WORDS = frozenset("General Gen Gen. Brigadier Brig Brig. Colonel Col Col. Major Maj Maj. Captain Capt Capt. "
                        "Lieutenant Lt Lt. Admiral Marshal Sergeant Sgt Corporal Private Commander".split())
_MONTHS = re.compile(r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October|November"
                     r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|inst|ult)(?![\w-])")


def _put(out: list, s: int, e: int, label: str, source: str, priority: int, norm: dict, drop=None) -> None:
    """Add a reading, removing the readings it overlaps (of the labels in `drop`, all when None); not where a
    longer reading of the same label already covers it."""
    if any(c.label == label and c.start <= s and e <= c.end and (c.start, c.end) != (s, e) for c in out):
        return
    out[:] = [c for c in out if not (c.start < e and s < c.end and (drop is None or c.label in drop))]
    out.append(Candidate(s, e, label, source, priority, norm))


def _units(text: str, out: list) -> None:
    if "Gurkhas" in text:
        for m in literal_finditer(_GURKHAS, text):
            _put(out, m.start(), m.end(), "MIL_UNIT", "rule:en_gurkha_regiment", 64,
                 {"numbers": [int(m.group("n"))], "echelon": "团", "prefix": "", "side": "UK", "id": None})
    if "Pacification" in text:
        for m in literal_finditer(_PACIFICATION, text):
            n = int(m.group("n")) if m.group("n") else _ORD_NUM[m.group("w")]
            _put(out, m.start(), m.end(), "MIL_UNIT", "rule:en_pacification_zone", 64,
                 {"numbers": [n], "echelon": "绥靖区", "prefix": "", "side": "ROC", "id": None})
    if "Mobile" in text or "GM " in text:
        for m in literal_finditer(_MOBILE_GROUP, text):
            _put(out, m.start(), m.end(), "MIL_UNIT", "rule:en_mobile_group", 64,
                 {"numbers": [int(m.group("n"))], "echelon": "机动群", "prefix": "", "side": "FR", "id": None},
                 ("MIL_UNIT", "ORG", "GPE", "LOC", "QUANTITY"))
    if "Division" in text:
        if "Division " in text:
            for m in literal_finditer(_DIVISION_ARM, text):
                arm = m.group().split()[-1]
                _put(out, m.start(), m.end(), "MIL_UNIT", "rule:en_division_arm", 64,
                     {"numbers": [int(m.group("n"))], "echelon": _ARM_ECHELON.get(arm, ""), "prefix": "",
                      "side": None, "id": None}, ("MIL_UNIT", "QUANTITY", "PERSON", "ORG"))
        if "Guards" in text:
            for m in literal_finditer(_GUARDS, text):
                s = m.start()
                _put(out, s, m.end(), "MIL_UNIT", "rule:en_guards_division", 64,
                     {"numbers": [], "echelon": "师团" if m.group("imp") else "师", "prefix": "近卫",
                      "side": "JP" if m.group("imp") else None, "id": None}, ("MIL_UNIT", "ORG", "PERSON"))


def _battalion_slashes(text: str, out: list) -> None:
    if "/" not in text:
        return
    for c in [c for c in out if c.label == "MIL_UNIT" and c.start > 2 and text[c.start - 1] == "/"]:
        m = _SLASH_BEFORE.search(text, max(0, c.start - 8), c.start)
        if not m or not _ORDINAL_START.match(text, c.start):
            continue
        if any(o is not c and o.start < c.start and m.start() < o.end for o in out):
            continue
        numbers = [int(m.group("a"))] + [n for n in (c.norm or {}).get("numbers") or [] if isinstance(n, int)]
        out.remove(c)
        out.append(Candidate(m.start(), c.end, "MIL_UNIT", "rule:en_battalion_slash", max(c.priority, 64),
                             {**(c.norm or {}), "numbers": numbers, "echelon": "营"}))


def _late_parents(text: str, out: list) -> None:
    """english_designations joins a sub-unit to its parent after a comma; a parent that a later finder reads (a
    regiment whose name holds `and`: `Argyll and Sutherland Highlanders`) was not there yet: join again."""
    from pipeline.rules.english_designations import join_parents  # noqa: PLC0415
    for c in [c for c in out if c.source == "rule:en_regiment" and not (c.norm or {}).get("numbers")]:
        m = _AND_BEFORE.search(text, max(0, c.start - 24), c.start)
        if m and not any(o.start < m.end("x") and m.start("x") < o.end for o in out):
            out.remove(c)               # 'Argyll and Sutherland Highlanders': both names are the regiment's
            out.append(Candidate(m.start("x"), c.end, "MIL_UNIT", c.source, c.priority + 1, dict(c.norm or {})))
    units = [c for c in out if c.label == "MIL_UNIT"]
    if not any(c.end < d.start <= c.end + 6 and "," in text[c.end:d.start] for c in units for d in units):
        return
    before = {id(c) for c in out}
    spans = {(c.start, c.end) for c in out}
    join_parents(text, out)
    for c in [c for c in out if id(c) not in before]:
        if (c.start, c.end) in spans:
            out.remove(c)
        spans.add((c.start, c.end))


def _advisory(text: str, out: list) -> None:
    if "Advisory" not in text:
        return
    acronyms = set()
    for m in literal_finditer(_ADVISORY, text):
        _put(out, m.start(), m.end(), "ORG", "rule:en_advisory_group", 64, {}, None)
        a = _ACRONYM.match(text, m.end())
        if a:
            acronyms.add(a.group("a"))
    for acronym in acronyms:
        for m in re.finditer(r"(?<![\w-])" + acronym + r"(?![\w-])", text):
            if not any(c.label == "ORG" and c.start <= m.start() and m.end() <= c.end for c in out):
                _put(out, m.start(), m.end(), "ORG", "rule:en_advisory_group", 64, {}, None)


def _guards(text: str, out: list) -> None:
    ranges = [c for c in out if c.source == "rule:en_day_range"]
    if ranges:
        for c in ranges:
            stop = max(text.rfind(".", 0, c.start), text.rfind("\n", 0, c.start))
            clause = text[stop + 1:c.start]
            if _PLURAL_FORMATIONS.search(clause) and not _MONTHS.search(clause):
                out.remove(c)
    for c in [c for c in out if c.label in ("GPE", "LOC") and c.source == "rule:en_place_context"]:
        if text[c.start:c.end].split(None, 1)[0] in _RANK_WORDS:
            out.remove(c)
    if "Headquarters" in text:
        for c in [c for c in out if c.label == "ORG"]:
            m = _HQ_UNIT.search(text, c.start, c.end)
            if not m or m.end() != c.end or not (m.start() == c.start or text[c.start:m.start()].endswith("s ")):
                continue                # 'the 3rd Battalion's Headquarters Company': a company
            _put(out, m.start(), m.end(), "MIL_UNIT", "rule:en_headquarters_company", c.priority,
                 {"numbers": [], "echelon": "连", "prefix": "", "side": None, "id": None}, ("ORG",))
    for c in [c for c in out if c.label == "GPE" and c.source == "rule:en_place_context"
              and text.endswith(" San", c.start, c.end)]:
        out.remove(c)                   # 'Maryang San': a Korean mountain (산), as X Shan is one
        out.append(Candidate(c.start, c.end, "LOC", c.source, c.priority, {}))
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    peoples = None
    for c in [c for c in out if c.label == "GPE" and not c.source.startswith("lexicon")
              and text[c.end - 1:c.end] == "s"]:
        peoples = peoples if peoples is not None else demonyms()
        if text[c.start:c.end - 1] in peoples:
            out.remove(c)


_STOP = frozenset("The A An This That These Those In On At By For From To Of And Or But As With When While After "
                  "Before Then Its His Their Our Every Each One".split())
_STREET = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]+(?:['\u2019]s)?(?:[ \t]+[A-Z][a-z]+(?:['\u2019]s)?){0,2})[ \t]+"
                     r"(?:Street|Road|Avenue|Boulevard)(?![\w-])")
_LOCATIVE = re.compile(r"(?<![\w-])(?:in|at|to|from|near|off|of|into|towards?|via)[ \t]+$")
_STREET_AT_END = re.compile(_STREET.pattern + "$")
_VESSEL_NAME = r"[A-Z][a-z]+(?:-[a-z]+|[ \t][A-Z][a-z]+)?"
_VESSELS = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?:cruisers?|gunboats?|battleships?|ironclads?|destroyers?"
                      r"|corvettes?|frigates?|sloops?|steamers?|troopships?|warships?|flagship|torpedo[ \t]+boats?)"
                      r"[ \t]+(?P<list>" + _VESSEL_NAME + r"(?:,[ \t]*" + _VESSEL_NAME + r")*(?:,?[ \t]+and[ \t]+"
                      + _VESSEL_NAME + r")?)(?![\w-])")


def _street_matches(text: str) -> list:
    """_STREET's matches, tried only in a window before each head word (found with str.find)."""
    found = []
    for head in ("Street", "Road", "Avenue", "Boulevard"):
        at = text.find(head)
        while at >= 0:
            end = at + len(head)
            if at > 0 and text[at - 1] in " \t" and not (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                m = _STREET_AT_END.search(text, max(0, at - 60), end)
                if m:
                    found.append(m)
            at = text.find(head, end)
    return sorted(found, key=lambda m: m.start())


def _streets(text: str, out: list) -> None:
    if "Street" not in text and "Road" not in text and "Avenue" not in text and "Boulevard" not in text:
        return
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    for m in _street_matches(text):
        words = m.group("n").split()
        while words and words[0] in _STOP:
            words.pop(0)
        if not words or words[0] in demonyms():
            continue
        e = m.end()
        s = m.start("n") + len(m.group("n")) - len(" ".join(words))
        if any(c.start <= s and e <= c.end for c in out):
            continue
        if any(c.start < e and s < c.end and not (s <= c.start and c.end <= e) for c in out):
            continue                  # a longer reading across the name's edge: left to it
        _put(out, s, e, "FAC", "rule:en_named_street", 58, {}, None)


def _vessels(text: str, out: list) -> None:
    names = {}
    for m in literal_finditer(_VESSELS, text):
        for name in re.split(r",[ \t]*|,?[ \t]+and[ \t]+", m.group("list")):
            names.setdefault(name.strip(), []).append(m.span("list"))
    if not names:
        return
    for c in [c for c in out if c.label in ("GPE", "LOC", "PERSON", "ORG") and text[c.start:c.end] in names]:
        inside = any(s <= c.start and c.end <= e for s, e in names[text[c.start:c.end]])
        if inside or not _LOCATIVE.search(text, max(0, c.start - 8), c.start):
            out.remove(c)           # a place's own mention keeps its preposition: `in Shanghai`, `off Naniwa`


def find_command_forms(text: str, out: list) -> None:
    """Gurkha regiments, pacification zones, divisional arms and guards divisions, advisory groups (module doc);
    day ranges that count units and peoples' plurals read as places are dropped."""
    _units(text, out)
    _battalion_slashes(text, out)
    if "," in text:
        _late_parents(text, out)
    _advisory(text, out)
    _streets(text, out)
    if "the " in text or "The " in text:
        _vessels(text, out)
    _guards(text, out)


_COMPASS_COMMAND_RE = re.compile(
    r"(?<![\w-])(?P<adj>[A-Z][a-z]{2,20}(?:ian|ean|ese|ish|ani|an|i))[ \t]+"
    r"(?=(?:Eastern|Western|Northern|Southern|Central|North[ \t]+Eastern|South[ \t]+Eastern|North[ \t]+Western|"
    r"South[ \t]+Western)[ \t]+Command(?![\w-]))")


def _command_adjectives(text: str, out: list) -> None:
    for m in _COMPASS_COMMAND_RE.finditer(text):
        for c in [c for c in out if c.label == "MIL_UNIT" and c.start == m.start()]:
            out.remove(c)
            out.append(Candidate(m.end(), c.end, c.label, c.source, c.priority, c.norm))


def find_command_adjectives(text: str, out: list) -> None:
    if "Command" in text:
        _command_adjectives(text, out)
