"""Designations written as a capitalised head word and a number after it (session 10, helper en14).

English histories name many formations, places and routes by a head word and the number that follows it:
`Force 136`, `Detachment 101`, `Column 16`, `Task Group 38.3`, `Task Unit 77.4.3`, `Unit 731`, `Carrier Division 2`,
`Hill 303`, `Route 1`, `Highway 4`. The number there is a designation, never a count (spec rule 9: "designations
inside unit names ... are never QUANTITY"), so

- a count candidate that starts at such a number (`2 lost both carriers` of `Carrier Division 2 lost both
  carriers`, read by the plural-count grammar over a verb) is dropped, whoever found the name;
- the forms no other finder reads are added: `Force N`, `Detachment N`, `Column N`, `Task Group/Unit N(.N)`
  (MIL_UNIT), the lettered sub-units of the artillery and the armour, `B Battery`, `Battery C`, `C Squadron`,
  `A Troop` (the lettered companies are english_units'), and the numbered roads `Route 1`, `Highway 4`,
  `National Highway 320` (FAC: rule of the spec's FAC row, a road).

Written from how the designations are formed, not from any annotated set. Found from the literals of the head
words (str.find via scan.literal_positions); nothing is scanned where they do not stand.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

PRIORITY = 61
# Capitalised head words after which a number is a designation (units, naval and air commands, numbered places
# and routes, plans and models): a count never starts right after one of them.
_HEADS = ("Division", "Squadron", "Wing", "Group", "Flotilla", "Force", "Unit", "Detachment", "Column", "Company",
          "Battalion", "Regiment", "Brigade", "Corps", "Army", "Fleet", "Hill", "Height", "Heights", "Point", "Route",
          "Highway", "Camp", "Station", "Sector", "Zone", "Block", "Gate", "Pier", "Plan", "Type", "Model", "Mark",
          "Flight", "Convoy", "Phase", "Project", "Mission", "Lot", "Grid", "Box", "Site", "Base", "Airfield",
          "Strip", "Trail", "Road", "Outpost", "Position", "Bunker", "Fort", "Battery", "Troop", "Platoon", "Section",
          "Order", "Directive", "Article", "Resolution", "Chapter", "Volume", "Table", "Figure", "Appendix", "Annex")
_SHORT_NUMBER = re.compile(r"\d{1,3}(?![\d,])")
_HEAD_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(_HEADS) + r")[ \t]$")
_NUMBER = r"\d{1,4}(?:\.\d{1,2}){0,2}"
_FORCE_RE = re.compile(
    rf"(?<![\w-])(?P<head>Task[ \t]+(?:Group|Unit)|Force|Detachment|Column)[ \t]+(?P<n>{_NUMBER})(?![\w-]|[.,]\d)")
_LETTERED_RE = re.compile(
    r"(?<![\w'\u2019-])(?:(?P<l>[A-HK-Z]|Able|Baker|Charlie|Dog|Easy|Fox|George|How|Item|King|Love|Mike|Nan|Oboe"
    r"|Peter|Queen|Roger|Sugar|Tare|Uncle|Victor|William|Yoke|Zebra|Alpha|Bravo|Delta|Echo|Golf|Hotel|Kilo|Lima"
    r"|Oscar|Papa|Romeo|Sierra|Tango)[ \t]+(?P<h>Battery|Squadron|Troop)"
    r"|(?P<h2>Battery|Troop)[ \t]+(?P<l2>[A-HK-Z]))(?![\w'\u2019-])")
_ROAD_RE = re.compile(r"(?<![\w-])(?:(?:National|State|Provincial|Imperial)[ \t]+)?(?:Route|Highway)[ \t]+"
                      r"(?P<n>\d{1,4}|[A-Z]\d{1,3})(?![\w-]|[.,]\d)")
# echelons abbreviated with a full stop ('38th Div.', '5th Inf. Div.', '2d Regt.', 'Co. A', 'Btry. B'); the last full
# stop stays outside (rule 13: a span never ends with punctuation)
_ABBR_RE = re.compile(r"(?<![\w-])(?P<o>\d{1,3}(?:st|nd|rd|th|d))[ \t]+(?:(?:Inf|Cav|Armd|Mtn|Arty|Mar|Abn|Ind|Indep"
                      r"|Mech|Tk|Engr|Sig|Med|Fd|Mixed)\.[ \t]+){0,2}(?P<h>Div|Divs|Bde|Regt|Rgt|Btry|Sqn|Sqdn|Inf|Cav)"
                      r"(?=\.)|(?<![\w-])(?P<h2>Co|Btry)\.[ \t]+(?P<l>[A-HK-Z])(?![\w'\u2019-])")
_ABBR_ECHELON = {"div": "师", "divs": "师", "bde": "旅", "regt": "团", "rgt": "团", "btry": "连", "sqn": "连", "sqdn": "连",
                 "inf": "团", "cav": "团", "co": "连"}
# a force by a letter after its head ('Force Z', 'Force H': the Royal Navy's usage; with a code number after a
# hyphen, 'Force Z-419' of the PLA in 1962: session 29 s29enunit), a naval force by its place in the
# plan ('Center Force', 'Northern Force', 'Mobile Force' of the Japanese and US fleets), the escort-carrier task
# units by their call signs ('Taffy 3')
_FORCE_NAME_RE = re.compile(r"(?<![\w-])(?:Force[ \t]+[A-Z](?:-\d{1,4})?(?![\w'\u2019-])|(?:Northern|Southern|Eastern|Western|Center"
                            r"|Centre|Mobile|Striking|Main)[ \t]+Force(?![\w-])|Taffy[ \t]+[1-3](?![\w-]))")
# a column named after its commander ('the Sakurai Column', 'Miyazaki Column') and the British ad hoc forces written as
# one word with 'force' ('Dalforce', 'Kayforce')
_NAMED_COLUMN_RE = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,14})[ \t]+Column(?![\w-])")
_ONE_WORD_FORCE_RE = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{1,12})force(?![\w-])")
_NOT_COLUMN_NAME = frozenset("The This That Each Every Another Chinese Japanese British American Allied Soviet Russian "
                             "Korean Indian Burmese Nationalist Communist Enemy Relief Supply Flying Mobile Main Fifth "
                             "January February March April May June July August September October November December "
                             "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Newspaper Editorial Opinion".split())
_NOT_ONE_WORD_FORCE = frozenset({"Air", "Work", "Task", "Labour", "Labor", "Police", "Tour", "Rein"})
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201c]\s*|\n\s*)$")
_ECHELON = {"force": "部队", "detachment": "支队", "column": "纵队", "task group": "部队", "task unit": "部队",
            "battery": "连", "squadron": "连", "troop": "排"}


def _unit_norm(head: str, numbers: list[int]) -> dict:
    return {"numbers": numbers, "echelon": _ECHELON.get(re.sub(r"\s+", " ", head.lower()), ""), "prefix": "",
            "side": None, "id": None}


def _drop_counts(text: str, out: list) -> None:
    """A count that starts at the number right after a designation head ('Division 2 lost both carriers')."""
    drop = []
    for i, cand in enumerate(out):
        if cand.label != "QUANTITY" or cand.start < 3 or not text[cand.start].isdigit() \
                or text[cand.start - 1] != " " or not text[cand.start - 2].isalpha():
            continue                             # cheap tests first: a digit right after a word and a space
        if _SHORT_NUMBER.match(text, cand.start) is None:
            continue                             # 'Infantry Brigade 1500 men', 'Army 8,500': a strength in a table
        if _HEAD_BEFORE.search(text, max(0, cand.start - 14), cand.start):
            drop.append(i)
    for i in reversed(drop):
        del out[i]


def find_designations(text: str, out: list) -> None:
    """Designations by head word and number (see the module doc)."""
    found: list[Candidate] = []
    tried: set[int] = set()
    for literal in ("Force ", "Detachment ", "Column ", "Task "):
        for at in literal_positions(text, literal):
            if at in tried:
                continue
            m = _FORCE_RE.match(text, at)
            if m is None:
                continue
            tried.add(at)
            if m.group("head").startswith("Force") and at >= 4 and text[at - 5:at] in ("Task ", " Air ", "\nAir "):
                continue                         # 'Task Force 58': english_units'; 'Air Force 2' is none
            numbers = [int(m.group("n").split(".")[0])]
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                   _unit_norm(m.group("head"), numbers)))
    if "Force" in text or "Taffy" in text:
        for literal in ("Force", "Taffy"):
            for at in literal_positions(text, literal):
                for m in _FORCE_NAME_RE.finditer(text, max(0, at - 9), min(len(text), at + len(literal) + 9)):
                    if m.start() <= at < m.end() and m.start() not in tried:
                        tried.add(m.start())
                        found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                               _unit_norm("force", [])))
    for at in literal_positions(text, " Column"):
        m = _NAMED_COLUMN_RE.search(text, max(0, at - 16), at + 7)
        if m and m.end() == at + 7 and m.group("n") not in _NOT_COLUMN_NAME and m.start() not in tried:
            tried.add(m.start())
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                   _unit_norm("column", [])))
    for at in literal_positions(text, "force"):
        m = _ONE_WORD_FORCE_RE.search(text, max(0, at - 14), at + 5)
        if m and m.end() == at + 5 and m.group("n") not in _NOT_ONE_WORD_FORCE:
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                   _unit_norm("force", [])))
    for literal in ("Battery", "Squadron", "Troop"):
        for at in literal_positions(text, literal):
            window = max(0, at - 8)
            for m in _LETTERED_RE.finditer(text, window, min(len(text), at + len(literal) + 4)):
                if not (m.start() <= at < m.end()) or m.start() in tried:
                    continue
                tried.add(m.start())
                if m.group("l") in ("A", "I") and _SENTENCE_START.search(text, max(0, m.start() - 3), m.start()):
                    continue                     # 'A Troop of cavalry' opening a sentence: the article
                found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                       _unit_norm(m.group("h") or m.group("h2"), [])))
    if "." in text:
        for literal in ("Div.", "Divs.", "Bde.", "Regt.", "Rgt.", "Btry.", "Sqn.", "Sqdn.", "Inf.", "Cav.", "Co. "):
            for at in literal_positions(text, literal):
                window = max(0, at - 24)
                for m in _ABBR_RE.finditer(text, window, min(len(text), at + len(literal) + 3)):
                    if not (m.start() <= at < m.end()) or m.start() in tried:
                        continue
                    tried.add(m.start())
                    head = (m.group("h") or m.group("h2")).lower()
                    numbers = [int(re.match(r"\d+", m.group("o")).group())] if m.group("o") else []
                    found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_designation", PRIORITY,
                                           {"numbers": numbers, "echelon": _ABBR_ECHELON.get(head, ""), "prefix": "",
                                            "side": None, "id": None}))
    for literal in ("Route ", "Highway "):
        for at in literal_positions(text, literal):
            prefix = re.search(r"(?:National|State|Provincial|Imperial)[ \t]+$", text[max(0, at - 12):at])
            m = _ROAD_RE.match(text, at - len(prefix.group()) if prefix else at)
            if m is None or m.start() in tried:
                continue
            tried.add(m.start())
            head_end = m.start("n") - 1          # 'Then National Highway' read as a name without its number
            out[:] = [c for c in out if not (c.label == "FAC" and c.end == head_end and c.start < m.end())]
            found.append(Candidate(m.start(), m.end(), "FAC", "rule:en_designation", PRIORITY, {}))
    if found or any(c.label == "QUANTITY" for c in out):
        _drop_counts(text, out)
    out.extend(found)
    if "Royal " in text:
        _corps_suffixes(text, out)
    if "," in text or " The " in text:
        join_parents(text, out)


_CHILD_END = re.compile(r"(?:Company|Coy|Battery|Squadron|Troop|Platoon|Battalion|Bn|BN|BATTALION|[Rr]egiment|Regt|Co\.?[ \t]+[A-Z]"
                        r"|(?:Company|Battery|Troop)[ \t]+[A-Z]"     # 'Company E, 2nd Battalion' (auditen13)
                        # a US regiment by its arm before its division: 'K Company, 32d Infantry, 7th Infantry Division'
                        r"|\d(?:st|nd|rd|th|d)[ \t]+(?:Infantry|Marines|Cavalry)"
                        r"|Btry\.?(?:[ \t]+[A-Z])?)$")
# the gap between a sub-unit and its parent: a comma, a space before 'Royal', or (the British Army's full title of a
# battalion, auditen9) a space and a capital 'The' before the regiment's name: '1st Battalion The Royal Ulster Rifles'
_PARENT_GAP = re.compile(r"\.?,[ \t]*(?:\n[ \t]*)?(?P<the>(?:the|The|THE)[ \t]+)?|(?P<space>[ \t])(?=Royal[ \t])"
                         r"|(?P<titled>[ \t]+The[ \t]+)")
_CARDINAL = re.compile(r"\d{1,3}[ \t]")
_RANK_WORDS = (("Compan", 1), ("Coy", 1), ("Batter", 1), ("Squadron", 1), ("Troop", 1), ("Platoon", 0),
               ("Battalion", 2), ("Bn", 2), ("BN", 2), ("BATTALION", 2), ("Regiment", 3), ("regiment", 3),
               ("Brigade", 4), ("Division", 5), ("Regt", 3), ("Rgt", 3), ("Bde", 4), ("Div", 5),
               # the US Army's and Marine Corps' regiments by their arm ('35th Infantry', '7th Marines'), Britain's by name
               ("Marines", 3), ("Infantry", 3), ("Cavalry", 3), ("Rifles", 3), ("Fusiliers", 3), ("Highlanders", 3),
               ("Borderers", 3), ("Guards", 3), ("Gurkhas", 3), ("Punjabis", 3), ("Rajputs", 3))


def _rank(span: str, cand: Candidate) -> int:
    if span.startswith(("Co. ", "Btry. ", "Company ", "Battery ", "Troop ")):
        return 1                                 # 'Co. A', 'Company K'
    last = span.split()[-1] if span.split() else ""
    for word, rank in _RANK_WORDS:
        if last.startswith(word):
            return rank
    if not (cand.norm or {}).get("numbers"):
        return 3                                 # a regiment or corps by its name ('Royal Scots', 'Royal Engineers')
    return 0


# one number or (session 26, s26enunit) a list of them before one plural head: '9th and 62nd Batteries Royal Field
# Artillery' (guideline 4: a list sharing one echelon word is one span)
_CHILD_BEFORE = re.compile(r"(?<![\w-])(?P<n>\d{1,3})(?:st|nd|rd|th|d)"
                           r"(?P<more>(?:(?:,|[ \t]+and|[ \t]+&|,[ \t]+and)[ \t]+\d{1,3}(?:st|nd|rd|th|d))*)[ \t]+"
                           r"(?:[A-Z][A-Za-z-]{1,15}[ \t]+){0,3}"
                           r"(?:[Rr]egiments?|Batter(?:y|ies)|Battalions?)[ \t]+$")


def _corps_suffixes(text: str, out: list) -> None:
    """'45th Field regiment Royal Artillery': a numbered regiment or battery with its corps after it is one
    MIL_UNIT (the reading of the English sets), also where the regiment alone was not read (lower case)."""
    for cand in [c for c in out if c.label == "MIL_UNIT" and text.startswith("Royal ", c.start)
                 and not (c.norm or {}).get("numbers")]:
        m = _CHILD_BEFORE.search(text, max(0, cand.start - 60), cand.start)
        if m is None:
            continue
        child = m.group()
        corps = text[cand.start:cand.end]
        prefix = ("高射炮兵" if "Anti-Aircraft" in child or "Anti-aircraft" in child else "炮兵") \
            if "Artillery" in corps else "工兵" if "Engineers" in corps else "通信兵" if "Signals" in corps else ""
        echelon = "营" if "Battalion" in child else "连" if "Batter" in child else "团"
        numbers = [int(m.group("n"))] + [int(n) for n in re.findall(r"\d{1,3}", m.group("more") or "")]
        norm = {"numbers": numbers, "echelon": echelon, "prefix": prefix, "side": "UK", "id": None}
        out.append(Candidate(m.start(), cand.end, "MIL_UNIT", "rule:en_designation_parent", PRIORITY + 2, norm))


def join_parents(text: str, out: list) -> None:
    """'Baker Company, 1st Battalion', 'C Battery, 99th Field Artillery Battalion', '2nd Battalion, the Royal
    Scots': a sub-unit with its parent after a comma is one MIL_UNIT (spec rule 3, the majority reading of the
    English sets); the parent must be of a higher echelon (a list of equals is no chain)."""
    units = [c for c in out if c.label == "MIL_UNIT"]
    by_start: dict[int, Candidate] = {}
    for cand in units:
        if cand.start not in by_start or cand.end > by_start[cand.start].end:
            by_start[cand.start] = cand
    for child in sorted(units, key=lambda c: -c.start):      # right to left: a parent is joined to its own first
        span = text[child.start:child.end]
        if "," in span or not _CHILD_END.search(span) or _CARDINAL.match(span):
            continue                             # '1 Cavalry Regiment, 1 Artillery Brigade': counted units
        gap = _PARENT_GAP.match(text, child.end)
        if gap is None or gap.end() not in by_start:
            continue
        parent = by_start[gap.end()]
        pspan = text[parent.start:parent.end]
        first = pspan.split(",")[0]            # a parent that is itself a chain ('2nd Battalion, 19th Regiment')
        if _CARDINAL.match(pspan) or _rank(first, parent) <= _rank(span, child):
            continue
        numbered = bool((parent.norm or {}).get("numbers"))
        if numbered and (gap.group("the") or gap.group("space")):
            continue            # 'the 1st Battalion, the 150th Regiment of …': an apposition, two units
        if gap.group("space") and not span.endswith(("Regiment", "regiment", "Battery", "Battalion")):
            continue
        if gap.group("titled") and (numbered or not span.endswith(("Battalion", "Bn", "Company", "Battery", "Squadron"))):
            continue            # 'the 2nd Battalion The Royal Scots'; not 'the Battalion The 5th Regiment …'
        
        norm = dict(child.norm or {})
        own = list(norm.get("numbers") or []) if span[:1].isdigit() or span[:1] in "FSTN" and " " in span else []
        norm["numbers"] = own + list((parent.norm or {}).get("numbers") or [])
        norm["id"] = None
        if span.endswith("Platoon") and norm.get("side") is None:
            norm["side"] = (parent.norm or {}).get("side") or ""   # read no further: the chain's own numbers stay
        joined = Candidate(child.start, parent.end, "MIL_UNIT", "rule:en_designation_parent", PRIORITY + 2, norm)
        out.append(joined)
        if joined.end > by_start[child.start].end:
            by_start[child.start] = joined
