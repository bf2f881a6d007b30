"""Counts of ships, weapons and men that the English number readers miss (session 16, round 2, helper auditen20:
a label audit of QUANTITY on English war pages of 1840-1979 — infoboxes, narratives, newspapers, books).

- the digit `1` before a singular warship, weapon, vehicle or aircraft in running text, with up to two lower-case
  modifiers (`Sea: 1 seaplane carrier 3 battleships`, `the fleet had 1 protected cruiser`): one QUANTITY, the
  noun phrase its unit (english_numbers leaves a bare `1` alone; infobox rows were read, prose was not); so is
  `one` before a modified warship (`one protected cruiser`, `one armoured cruiser`);
- a count before a people's or a movement's name and a noun for people in arms (`324 Hungarian crew`, `16,000
  Taiping warriors`, `5,000 Manchu bannermen`): one QUANTITY, unit the two words (as `40 Chinese coolies` is read);
- a count before a plural abbreviation in capitals (`8 MTBs`, `3 LSTs`, `12 APCs`): one QUANTITY, the
  abbreviation its unit;
- a count before a calibre in pounds and a weapon (`two 60 pounder howitzers`, `four 9-pounder guns`, `Twelve
  25pounder siege guns`): one QUANTITY from the count (the calibre is no count);
- money named by its country or people (`20 million United States dollars`, `300,000 Hong Kong dollars`): one QUANTITY,
  the place inside its unit (no GPE of its own);
- a count with `-odd` before any plural noun (`200-odd junks`, approx over);
- an area with an abbreviated `square` (`710 Sq. Miles`), a figure with `+` before a noun phrase (`20,000+ non-battle
  casualties`) and a troop arm counted in a glued infobox row before the next figure (`Land: 24,500 infantry 142
  artillery pieces`): one QUANTITY each, the words after the number its unit;
- a flattened infobox figure alone on its line (`13,900[10]` / `Chinese sources:`) is a bare count: the next line's
  capitalised words are no unit of it (the candidate read across the line break is cut back).

Cheap: each pattern starts from a literal or a digit anchor that is rare in prose (`1 `, `one `, a capitalised word
after a number, `pounder`; the figure lines only where a candidate crosses a line break).
"""

from __future__ import annotations

import re

from pipeline.normalize.english import normalize_quantity_en
from pipeline.spans import Candidate

PRIORITY = 52

_SINGULAR_HEAD = (r"(?:aircraft\s+carrier|seaplane\s+(?:carrier|tender)|submarine\s+chaser|torpedo\s+boat|patrol\s+boat"
                  r"|landing\s+ship|battleship|battlecruiser|cruiser|destroyer|frigate|corvette|sloop|gunboat|submarine"
                  r"|minesweeper|minelayer|monitor|tanker|transport|troopship|hospital\s+ship|ship|warship|vessel"
                  r"|tank|tankette|armou?red\s+car|howitzer|mortar|field\s+gun|machine\s+gun|gun|aircraft|airplane"
                  r"|aeroplane|plane|seaplane|fighter|bomber|flying\s+boat)")
_MODIFIER = r"(?!(?:and|or|of|in|on|at|to|the|was|were|had|has)\b)[a-z][a-z-]{1,14}"
_ONE_DIGIT_RE = re.compile(rf"(?<![\w.,/$£-])1[ \t]+(?P<unit>(?:{_MODIFIER}[ \t]+){{0,2}}{_SINGULAR_HEAD})(?![\w-])")
_ONE_WORD_RE = re.compile(rf"(?<![\w-])[Oo]ne[ \t]+(?P<unit>(?:protected|unprotected|armou?red|armed|light|heavy|old"
                          rf"|coast-defence|coastal|auxiliary|escort|fast|small|large)[ \t]+{_SINGULAR_HEAD})(?![\w-])")
# the word before a count that makes it a designation, a day or a reference ('June 1 destroyer', 'No. 1 gun')
_NOT_COUNT_BEFORE = re.compile(r"(?:\b(?!(?:The|A|An|Some|About|Only|Over|Nearly|Almost|And|But|With|Of|In|On|At|By|For"
                               r"|From|To|All|Another|Just|Around|Approximately|Roughly|Then|When|While|After|Before)\b)"
                               r"[A-Z][A-Za-z]*\.?|\b(?:No|no|Nos|nos|pp?|vol)\.?|[#\u2116])[ \t]+$")

_NUMBER = r"\d{1,3}(?:,\d{3})+|\d{1,5}"
_PEOPLE_NOUN = (r"(?:warriors|bannermen|braves|crew|crews|sailors|seamen|marines|soldiers|troops|men|militia|militiamen"
                r"|irregulars|regulars|levies|coolies|labou?rers|porters|prisoners|civilians|refugees|rebels|insurgents"
                r"|guerrillas|partisans|volunteers|recruits|conscripts|mercenaries|tribesmen|auxiliaries|sepoys|sowars"
                r"|lascars|pirates|gunners|riflemen|cavalrymen|infantrymen|horsemen|policemen|gendarmes|followers"
                r"|defenders|settlers|residents|inhabitants|converts|Christians|officers|cadets|students|workers)")
_PEOPLE_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER})[ \t]+(?P<unit>[A-Z][a-z]{{2,15}}(?:[ \t-][A-Z][a-z]{{2,15}})?"
                        rf"[ \t]+{_PEOPLE_NOUN})(?![\w-])")
_MONTHS = frozenset("January February March April May June July August September October November December".split())

_ABBREVIATION_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER})[ \t]+(?P<unit>[A-Z]{{2,5}}s)(?![\w-])")

_WORD_NUMBER = (r"(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve"
                r"|[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty)")
_CALIBRE_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER}|{_WORD_NUMBER})[ \t]+(?P<unit>\d{{1,3}}(?:\.\d)?[ \t-]?"
                         r"(?:pounder|pdr|pr)s?(?:[ \t]+(?!(?:and|or|of|in|on|at|to|the|were|was)\b)[a-z][a-z-]{1,14}){0,2}"
                         r"[ \t]+(?:guns?|howitzers?|cannons?|carronades?|mortars?|field\s+pieces|pieces|rifles))(?![\w-])")

_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
# money named by its country or people ('20 million United States dollars', '300,000 Hong Kong dollars', '21 million
# Spanish dollars', '2 million U.S. dollars'): the place is part of the unit, not a GPE of its own
_CURRENCY_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>(?:{_NUMBER})(?:\.\d{{1,2}})?(?:[ \t]+(?:thousand|million|billion))?)[ \t]+"
                          r"(?P<unit>(?:U\.S\.|U\.K\.|[A-Z][a-z]{1,15})(?:[ \t][A-Z][a-z]{1,15}){0,2}[ \t]+"
                          r"(?:dollars|pounds|yen|francs|rupees|taels|marks|roubles|rubles|yuan|pesos|guilders|piastres|sterling))(?![\w-])")
# a count with '-odd' before any plural noun ('200-odd junks'; english_numbers reads '-odd' only before its own nouns)
_ODD_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER})-odd[ \t]+(?P<unit>(?:[a-z][a-z-]{{1,15}}[ \t]+){{0,2}}[a-z]{{2,15}}s)(?![\w-])")
# an area with an abbreviated 'square' ('710 Sq. Miles', '300 sq. km')
_AREA_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER})[ \t]+(?P<unit>[Ss]q\.[ \t]?(?:[Mm]iles|[Kk]m|[Kk]ilomet(?:re|er)s|[Mm]i\.?|[Yy]ards|[Yy]ds\.?))(?![\w])")
# an infobox figure with '+' before a noun phrase ('20,000+ non-battle casualties')
_PLUS_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}})\+[ \t]+(?P<unit>(?:[a-z][a-z-]{{1,15}}[ \t]+){{0,2}}"
                      r"[a-z]{2,15}s)(?![\w-])")
# a troop arm counted in a glued infobox row, the next figure right after ('Land: 24,500 infantry 142 artillery pieces')
_ARM_BEFORE_FIGURE_RE = re.compile(rf"(?<![\w.,/$£-])(?P<n>{_NUMBER})[ \t]+(?P<unit>infantry|cavalry|artillery)(?=[ \t]+\d)")
# a figure that fills its line in a flattened infobox (footnote marks are gone from the working text)
_FIGURE = re.compile(r"~?[ \t]?(?:\d{1,3}(?:,\d{3})+|\d{2,7})\+?")


def _add(out: list, text: str, start: int, unit_start: int, end: int) -> None:
    norm = normalize_quantity_en(text[start:end], unit_start - start)
    if norm.get("value") is not None:
        out.append(Candidate(start, end, "QUANTITY", "rule:en_count_forms20", PRIORITY,
                             {**norm, "unit": text[unit_start:end]}))


def _figure_line_units(text: str, out: list) -> None:
    """A figure alone on its line read into the next line's capitalised words: cut back to the bare figure."""
    for i, cand in enumerate(out):
        if cand is None or cand.label != "QUANTITY":
            continue
        brk = text.find("\n", cand.start, cand.end)
        if brk < 0 or not text[brk + 1:brk + 2].isupper():
            continue
        line_start = text.rfind("\n", 0, cand.start) + 1
        head = text[cand.start:brk].rstrip()
        if text[line_start:cand.start].strip(" \t\u2022*-~") or not _FIGURE.fullmatch(head):
            continue
        norm = normalize_quantity_en(head)
        if norm.get("value") is None:
            continue
        out[i] = Candidate(cand.start, cand.start + len(head), "QUANTITY", cand.source, cand.priority,
                           {**norm, "unit": ""})


def find_ship_crew_money_counts(text: str, out: list) -> None:
    """Counts of singular warships, of people named by a people, of abbreviations and of calibred guns (module doc)."""
    if "1 " in text or "1\t" in text:
        for m in _ONE_DIGIT_RE.finditer(text):
            if _NOT_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            _add(out, text, m.start(), m.start("unit"), m.end())
    if "one " in text or "One " in text:
        for m in _ONE_WORD_RE.finditer(text):
            _add(out, text, m.start(), m.start("unit"), m.end())
    for m in _PEOPLE_RE.finditer(text):
        if m.group("unit").split()[0] in _MONTHS or (_YEAR.fullmatch(m.group("n"))) \
                or _NOT_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        _add(out, text, m.start(), m.start("unit"), m.end())
    for m in _ABBREVIATION_RE.finditer(text):
        if _YEAR.fullmatch(m.group("n")) or _NOT_COUNT_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        _add(out, text, m.start(), m.start("unit"), m.end())
    if "pounder" in text or "pdr" in text or "pr " in text:
        for m in _CALIBRE_RE.finditer(text):
            if _YEAR.fullmatch(m.group("n")):
                continue
            _add(out, text, m.start(), m.start("unit"), m.end())
    for pattern, literal in ((_ODD_RE, "-odd "), (_CURRENCY_RE, " "), (_AREA_RE, "q."), (_PLUS_RE, "+ "), (_ARM_BEFORE_FIGURE_RE, "ry ")):
        if literal in text:
            for m in pattern.finditer(text):
                if not _YEAR.fullmatch(m.group("n")):
                    _add(out, text, m.start(), m.start("unit"), m.end())
    if "\n" in text:
        _figure_line_units(text, out)
