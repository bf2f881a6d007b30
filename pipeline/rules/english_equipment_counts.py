"""Counts of weapons, vehicles and ships named by their model or class, and the part of a counted whole
(session 8, helper en13: pure misses of the English development and former measuring sets).

- a count whose noun carries a model designation or a class (`240 M1933 tanks`, `120 CV-33 tankettes`,
  `nearly 500 BT-5 and BT-7 tanks`, `six Type 97 tanks`, `four 4.2" mortars`, `12 75-mm guns`, `two more
  Kongo-class battleships`): one QUANTITY, the designation and the noun its unit. english_numbers reads a
  count only up to lower-case modifiers, so the designation broke the count;
- a count of an aircraft by its designation alone (`lost one P-40`, `three B-29s`): one QUANTITY, the
  designation its unit;
- `one` before a word for a warship or a heavy weapon in the singular (`one corvette`, `one destroyer`,
  `one howitzer`): one QUANTITY (english_numbers leaves `one` alone, often a pronoun; before a warship's
  or a weapon's name it counts);
- a count before a verb of surviving or arriving (`only 212 survived`, `only 406 actually arrived`, `3,000
  escaped`): a bare count (rule 9: unit ""), as english_numbers reads `2,000 died`;
- the part of a counted whole (`shot down nine of ten bombers`, `more than 100 of 300 police officers`,
  `12 out of 40 tanks`): the first number is a bare count of its own (rule 9: unit ""), the whole is read
  by english_numbers.

Cheap where nothing applies: the designations are searched by one pattern that starts with a capital or a
digit followed at once by a hyphen, a digit or a class word (re skips to its first character in C); the
singular warships by a guard on the literal `one `; the parts only from the QUANTITY candidates already read.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

COUNT_PRIORITY = 52       # above english_numbers' counts (50 and below): the longer span wins anyway

_WORD_NUM = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
             r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
             r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(?:one|two|three|four|five|six|seven"
             r"|eight|nine)|(?:half\s+)?a\s+dozen|dozens|several|hundreds)")
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d{{1,5}}|(?i:{_WORD_NUM}))"
_APPROX = (r"(?:[Nn]early|[Aa]lmost|[Aa]bout|[Aa]round|[Ss]ome|[Oo]ver|[Mm]ore\s+than|[Aa]t\s+least|[Uu]p\s+to"
           r"|[Aa]pproximately|[Rr]oughly|[Aa]n\s+estimated|[Ff]ewer\s+than|[Ll]ess\s+than|[Aa]s\s+many\s+as)")
# the count before a designation: 'nearly 500 ', 'two more ', 'another 12 '
_COUNT_BEFORE = re.compile(rf"(?<![\w.,$£¥/-])(?P<q>(?:{_APPROX}\s+)?{_NUM})(?P<more>\s+(?:more|additional|other|new|old|obsolete"
                           rf"|modern|light|heavy|medium|captured|Soviet-built|American-built|British-built))?\s+$")

# A model designation: letters and a number (M1933, CV-33, BT-5, P-40, Ki-43, A6M2, B-29s), a Type and its
# number (Type 97) or a calibre (4.2", 75-mm, 75 mm, 6-inch, 18-pounder); a class name (Kongo-class, Kronstadt
# class) is found from its literal. (No look-behind in front: re skips to a capital or a digit in C, and the
# possessive letters turn an ordinary word away at once; the character before is tested after.)
_MODEL = (r"(?:[A-Z][A-Za-z]{0,2}+-?\d{1,4}[A-Z]?\d?s?|Type\s\d{1,3}"
          r"|\d{1,3}(?:\.\d{1,2})?(?:\"|\u2033|''|-inch|\s?mm\b|-mm|-pounder|-pdr|cm\b|-cm))")
_CLASS = r"[A-Z][a-z]{2,15}[-\s][Cc]lass"
_DESIGNATION = rf"(?:{_MODEL}|{_CLASS})"
DESIGNATION_RE = re.compile(rf"{_MODEL}(?![\w\"\u2033'-])")
CLASS_BEFORE = re.compile(rf"(?<![\w-]){_CLASS}(?![\w-])")
_CLASS_LITERALS = ("-class", " class", "-Class", " Class")
# the noun after a designation: a weapon, a vehicle, a ship or an aircraft, lower case, at most two more words
# before it ('BT-5 light tanks', 'Kronstadt-class submarine chasers', '75-mm pack howitzers')
_COMPOUND_HEAD = (r"(?:aircraft\s+carriers?|submarine\s+chasers?|tank\s+destroyers?|torpedo\s+boats?|patrol\s+boats?"
                  r"|landing\s+ships?|seaplane\s+tenders?|anti-tank\s+guns?|machine\s+guns?|field\s+guns?)")
_HEAD = (rf"(?:{_COMPOUND_HEAD}|tanks?|tankettes?|guns?|howitzers?|mortars?|cannons?|rifles?|carbines?|pistols?|launchers?"
         r"|rockets?|missiles?|armou?red\s+cars?|cars?|trucks?|lorries|vehicles?|carriers?|halftracks?|half-tracks?"
         r"|aircraft|airplanes?|aeroplanes?|planes?|fighters?|bombers?|seaplanes?|flying\s+boats?|transports?"
         r"|ships?|warships?|vessels?|boats?|battleships?|battlecruisers?|cruisers?|destroyers?|frigates?"
         r"|corvettes?|sloops?|gunboats?|submarines?|chasers?|minesweepers?|minelayers?|torpedo\s+boats?"
         r"|monitors?|escorts?|landing\s+craft|craft|locomotives?|APCs?|AFVs?|IFVs?|MBTs?|SPGs?|LSTs?|LCTs?)")
# a count before a head of two words that english_numbers reads up to its first word ('40 aircraft carriers')
_COMPOUND_LITERALS = ("aircraft carrier", "submarine chaser", "tank destroyer", "torpedo boat", "patrol boat",
                      "landing ship", "seaplane tender")
_COMPOUND_AFTER = re.compile(rf"{_COMPOUND_HEAD}(?![\w-])")
_AFTER_DESIGNATION = re.compile(
    rf"(?:\s+(?:and|or)\s+{_DESIGNATION})?(?:\s+(?!(?:and|or|of|in|on|at|to|the|were|was)\b)[a-z][a-z-]{{1,14}}){{0,2}}?"
    rf"\s+{_HEAD}(?![\w-])")
# an aircraft by its designation alone: letters, a hyphen and a number ('P-40', 'B-29s')
_AIRCRAFT = re.compile(r"[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]?s?|[A-Z]\d[A-Z]\d?s?")
# ... before a stop or a word that is no noun of its own ('lost one P-40.', 'three B-29s were lost'; not 'one P-40 squadron')
_AFTER_AIRCRAFT = re.compile(r"\s*[.,;:)]|\s+(?:and|or|but|were|was|had|have|which|that|in|on|at|from|to|with|over"
                             r"|of|for|during|while|as|by|into|near|off)\b")

_NOT_IN_UNIT = frozenset({"more", "additional", "other"})   # 'two more X-class destroyers': unit 'X-class destroyers'


def _unit_start(before: re.Match, noun_start: int) -> int:
    """Where the unit starts: at an adjective between the count and the noun ('two captured T-34s'), else at the noun."""
    modifier = before.group("more")
    if modifier and modifier.strip() not in _NOT_IN_UNIT:
        return before.end("q") + 1
    return noun_start


# 'one' before a warship or a heavy weapon in the singular
_ONE_RE = re.compile(r"(?P<q>[Oo]ne\s+(?:more\s+|other\s+|additional\s+)?(?P<noun>(?:heavy\s+|light\s+)?"
                     r"(?:cruiser|battleship|battlecruiser|destroyer|frigate|corvette|sloop|gunboat|submarine"
                     r"|minesweeper|minelayer|torpedo\s+boat|aircraft\s+carrier|seaplane\s+tender|monitor|tanker"
                     r"|transport|troopship|howitzer|mortar|field\s+gun|machine\s+gun|tankette)))(?![\w-])")

# a day after its month ('on June 5 T-34 tanks attacked') or a reference ('page 12 of 300 pages') is no count
NOT_COUNT_BEFORE = re.compile(r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October|November"
                               r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|[Pp]ages?|[Cc]hapter|[Vv]olume"
                               r"|[Vv]ol|[Pp]p?|[Nn]o|[Nn]os|[Ss]ection|[Aa]rticle|[Pp]art|[Ff]igure|[Tt]able)\.?[ \t]+$")
# a count of the men left at the end, before a verb of surviving or arriving ('only 212 survived', 'only 406 actually
# arrived', '3,000 escaped'); english_numbers reads the verbs of dying and fleeing the same way
_SURVIVOR_VERBS = ("survived", "escaped", "remained", "returned", "arrived", "reached", "got through", "made it",
                   "were left", "lived")
_SURVIVOR_RE = re.compile("|".join(re.escape(v) for v in _SURVIVOR_VERBS))
_SURVIVOR_BEFORE = re.compile(rf"(?<![\w.,$£¥/-])(?P<q>(?:{_APPROX}\s+)?{_NUM})(?:\s+(?:of\s+them|men|soldiers|troops))?"
                              r"(?:\s+(?:actually|eventually|finally|ever|safely|still|alive))?\s+$")
_CAPITAL_WORD_BEFORE = re.compile(r"(?<![\w-])(?!(?:Only|Just|Barely|But|And|Some|About|Nearly|Almost|Over|Of|Only)\b)"
                                  r"[A-Z][\w.-]*[ \t]+$")
# the part of a counted whole: '<part> of <whole>' or '<part> out of <whole>', the whole read already
_PART_BEFORE = re.compile(rf"(?<![\w.,$£¥/-])(?P<q>(?:{_APPROX}\s+)?{_NUM})\s+(?:out\s+)?of\s+"
                          r"(?:(?:the|its|their|his|our)\s+)?$")
_ORDER_BEFORE = re.compile(r"(?<![\w-])(?:first|last|next)\s+$")
_WHOLE_AFTER_OF = re.compile(r"of\s+(?:(?:the|its|their|his|our)\s+)?$")


def find_equipment_counts(text: str, out: list) -> None:
    """Counts by model or class, 'one' before a warship, and the part of a counted whole (see the module doc)."""
    for start, end_designation in _designations(text):
        before = _COUNT_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            continue
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", before.group("q").split()[-1]) \
                or NOT_COUNT_BEFORE.search(text, max(0, before.start() - 12), before.start()):
            continue      # a year before a designation ('1944 M4 tanks' is no count)
        after = _AFTER_DESIGNATION.match(text, end_designation)
        if after is not None:
            end = after.end()
        elif _AIRCRAFT.fullmatch(text, start, end_designation) and _AFTER_AIRCRAFT.match(text, end_designation):
            end = end_designation
        else:
            continue
        unit_start = _unit_start(before, start)
        _add(text, before.start(), unit_start, end, out, before.end("q"))
    for literal in ("one ", "One "):
        for at in literal_positions(text, literal):
            if at and (text[at - 1].isalnum() or text[at - 1] == "-"):
                continue
            m = _ONE_RE.match(text, at)
            if m is not None:
                _add(text, at, m.start("noun"), m.end(), out)
    for literal in _COMPOUND_LITERALS:
        for at in literal_positions(text, literal):
            before = _COUNT_BEFORE.search(text, max(0, at - 40), at)
            after = _COMPOUND_AFTER.match(text, at)
            if before is not None and after is not None and not re.fullmatch(r"1[6-9]\d\d|20\d\d", before.group("q")):
                unit_start = _unit_start(before, at)
                _add(text, before.start(), unit_start, after.end(), out, before.end("q"))
    if " of " in text:
        _parts(text, out)
    for found in _SURVIVOR_RE.finditer(text):
        at, end = found.start() - 1, found.end()
        if at < 1 or text[at] != " " or end < len(text) and (text[end].isalnum() or text[end] == "-"):
            continue
        m = _SURVIVOR_BEFORE.search(text, max(0, at - 48), at + 1)
        if m is None or m.group("q").lower() == "one" or re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("q")) \
                or NOT_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or _CAPITAL_WORD_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue      # 'Hill 303 remained', 'in 1945 returned', 'May 4 arrived'
        norm = norm_en.normalize_quantity_en(m.group("q"))
        if norm["value"] is not None:
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_survivor_count",
                                 COUNT_PRIORITY - 4, {**norm, "unit": ""}))


def _designations(text: str) -> list[tuple[int, int]]:
    """(start, end) of the model designations and class names of `text`, in order."""
    found = [(m.start(), m.end()) for m in DESIGNATION_RE.finditer(text)
             if not (m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".-"))]
    for literal in _CLASS_LITERALS:
        for at in literal_positions(text, literal):
            m = CLASS_BEFORE.search(text, max(0, at - 16), at + 6)
            if m is not None and m.end() == at + 6:
                found.append((m.start(), m.end()))
    return sorted(found) if len(found) > 1 else found


def _add(text: str, start: int, unit_start: int, end: int, out: list, count_end: int | None = None) -> None:
    """A count from `start` to `end` whose unit starts at `unit_start`; with `count_end`, the words between
    the count and its unit ('two more X-class destroyers') are in neither (the unit is kept as the hint)."""
    if count_end is None or count_end + 1 >= unit_start:
        norm = norm_en.normalize_quantity_en(text[start:end], unit_start - start)
        hinted = False
    else:
        norm = norm_en.normalize_quantity_en(f"{text[start:count_end]} {text[unit_start:end]}", count_end - start + 1)
        hinted = True
    if norm["value"] is not None:
        out.append(Candidate(start, end, "QUANTITY", "rule:en_equipment_count", COUNT_PRIORITY,
                             {**norm, "en_hint": dict(norm)} if hinted else norm))


def _parts(text: str, out: list) -> None:
    wholes = [c.start for c in out if c.label == "QUANTITY"
              and _WHOLE_AFTER_OF.search(text, max(0, c.start - 10), c.start) is not None]
    for whole in wholes:
        before = _PART_BEFORE.search(text, max(0, whole - 40), whole)
        if before is None or before.group("q").lower() == "one" \
                or NOT_COUNT_BEFORE.search(text, max(0, before.start() - 12), before.start()) \
                or _ORDER_BEFORE.search(text, max(0, before.start() - 8), before.start()):
            continue            # (session 32) 'the first two of the three troopships': a place in an order
        norm = norm_en.normalize_quantity_en(before.group("q"))
        if norm["value"] is not None:
            out.append(Candidate(before.start("q"), before.end("q"), "QUANTITY", "rule:en_part_count",
                                 COUNT_PRIORITY, {**norm, "unit": ""}))
