"""Ordinal lists joined by 'or', royal possessive regiments and colonial volunteer units, in English text.

`find_royal_colonial_units(text, out)` (MIL_UNIT):
- ordinals listed before one plural echelon joined by `or` are one MIL_UNIT like those joined by `and` (`the 3d, 19th,
  or 8th Divisions`), and so are ordinals listed before `batteries` (`the 31st and 58th batteries`): guideline reading
  4;
- a regiment's royal possessive is part of its name, straight or curly apostrophe (`the King’s Royal Rifles`, `the
  Queen's Own Highlanders`, `the Prince of Wales's Own Regiment`); the patron is no PERSON;
- colonial volunteer units by their head (`X Light Horse`, `X Mounted Rifles`, `X Carbineers`, `X Naval Volunteers`,
  `X Volunteers`, not after a people's adjective), and a commander's possessive before `Horse`, `Light Horse`,
  `Mounted
  Infantry`, `Scouts`, `Guides` (`Lumsden's Horse`, `Roberts' Horse`; session 27): one MIL_UNIT each, not a cape or a person.
`_drop_inside(out, start, end, labels)` (also used by the other modules split out of english_heldout18 and
english_heldout19b): drops the shorter candidates inside a span.

`find_numbered_volunteers(text, out)` (edits the candidates before it): a numbered volunteer unit named by a place
(`3rd Ruritania Volunteers`, `2nd Oregon Volunteer Infantry`): one MIL_UNIT (its numbers, side unknown), the place
inside it no GPE (rule 15); first seen on the held-out passages of the session-17 English audits (helper r3en, round
3; moved here from english_heldout_forms in session 24).

Provenance: first seen on session 18's held-out English passages (session 18 round 2, helper r18en; split out of
english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_grammar import INNER_QUAL, ORD
from pipeline.spans import Candidate, replace_overlapping
from pipeline.normalize.english_unit_values import parse_ordinal

PRIORITY = 60   # over the readings of the other generators that these forms correct

_PLURAL_ECHELON = r"(?:[Aa]rmies|[Cc]orps|[Dd]ivisions|[Bb]rigades|[Rr]egiments|[Bb]attalions|[Cc]ompanies|[Ss]quadrons" \
                  r"|[Bb]atteries|[Ff]leets|[Cc]olumns|[Dd]etachments|[Ww]ings|Marines)"
ORDINAL_LIST_RE = re.compile(
    rf"(?<![\w-])(?P<u>{ORD}(?:[ \t]*,[ \t]*{ORD}){{0,8}},?[ \t]+(?P<j>and|or|&)[ \t]+{ORD}[ \t]+"
    rf"(?:{INNER_QUAL}[ \t]+)?(?P<e>{_PLURAL_ECHELON}))(?![\w-])")

_ROYAL = r"(?:King|Queen|Prince|Princess|Empress|Prince[ \t]+of[ \t]+Wales|Princess[ \t]+of[ \t]+Wales" \
         r"|Duke[ \t]+of[ \t]+[A-Z][a-z]{2,14}|Duchess[ \t]+of[ \t]+[A-Z][a-z]{2,14})['\u2019]s[ \t]+"
ROYAL_BEFORE_RE = re.compile(rf"(?<![\w'\u2019-])(?P<r>{_ROYAL})\Z")
# an ordinal before the royal possessive (compiled once: ORD is long, and re's own cache of patterns given as strings
# is often emptied by the patterns the finders build per paragraph, so it was compiled again, about 7 ms a time)
_ORDINAL_BEFORE_RE = re.compile(rf"(?<![\w-]){ORD}[ \t]+\Z")

_CAPW = r"[A-Z][a-z]{2,14}"
COLONIAL_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>(?:{_CAPW}[ \t]+){{0,2}}{_CAPW})[ \t]+(?P<h>Light[ \t]+Horse|Mounted[ \t]+Rifles"
    rf"|Mounted[ \t]+Riflemen|Mounted[ \t]+Infantry|Carbineers|Carabiniers|Naval[ \t]+Volunteers"
    rf"|Volunteer[ \t]+Rifles|Volunteers)(?![\w-])")
POSSESSIVE_FORCE_RE = re.compile(
    # a name in -s takes the bare apostrophe (`Roberts' Horse`); `Guides` is the head of the colonial scouting corps
    # (`Rimington's Guides`; session 27 s27enunit)
    rf"(?<![\w'\u2019-])(?P<n>{_CAPW})(?:['\u2019]s|(?<=s)['\u2019])[ \t]+(?:Light[ \t]+Horse|Horse|Mounted[ \t]+Infantry|Scouts"
    rf"|Mounted[ \t]+Rifles|Guides)(?![\w-])")
_NOT_UNIT_START = frozenset("The A An And Or Of In On At To By For From With His Her Their Its Our Some Many Most "
                            "All Both Two Three Four Five Several These Those This That When While After Before".split())


def nationality_words() -> frozenset:
    from pipeline.rules.english_prose import NATIONALITIES  # noqa: PLC0415

    return NATIONALITIES


def _regiment_norm() -> dict:
    """A named colonial corps is a regiment (团), as english_units reads `X Rifles` (norm text `X Regiment`)."""
    return norm_en.normalize_unit_en("Natal Regiment", "")


def drop_inside(out: list, start: int, end: int, labels=None) -> None:
    out[:] = [c for c in out if not (c.start >= start and c.end <= end and (c.end - c.start) < (end - start)
                                     and (labels is None or c.label in labels))]


# Each pattern above opens with a look-behind, so re would try it at every place of the paragraph; each match holds
# one of a few words (the plural echelon, the colonial head) that a paragraph seldom holds, found by str.find in C:
# without them there is no match. The word parts every match holds (`Rifle` of `Rifles`, `Riflemen`):
_ECHELON_PARTS = ("rmies", "orps", "ivisions", "rigades", "egiments", "attalions", "ompanies", "quadrons", "atteries",
                  "leets", "olumns", "etachments", "Wings", "wings", "Marines")
_COLONIAL_PARTS = ("Horse", "Rifle", "Infantry", "Carbineers", "Carabiniers", "Volunteers")
_POSSESSIVE_FORCE_PARTS = ("Horse", "Infantry", "Scouts", "Rifles", "Guides")


def ordinal_list_finditer(text: str):
    """`ORDINAL_LIST_RE.finditer(text)`, none where no plural echelon stands."""
    return ORDINAL_LIST_RE.finditer(text) if any(part in text for part in _ECHELON_PARTS) else iter(())


def colonial_finditer(text: str):
    """`COLONIAL_RE.finditer(text)`, none where no colonial head stands."""
    return COLONIAL_RE.finditer(text) if any(part in text for part in _COLONIAL_PARTS) else iter(())


def possessive_force_finditer(text: str):
    """`POSSESSIVE_FORCE_RE.finditer(text)`, none where none of its heads stands."""
    return POSSESSIVE_FORCE_RE.finditer(text) if any(part in text for part in _POSSESSIVE_FORCE_PARTS) else iter(())


def find_royal_colonial_units(text: str, out: list) -> None:
    for m in ordinal_list_finditer(text):
        if m.group("j") != "or" and not m.group("e").lower().startswith("batter"):
            continue          # lists with `and` before the other echelons are UNIT_RE's
        span = m.group("u")
        drop_inside(out, m.start("u"), m.end("u"), ("MIL_UNIT",))
        out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_ordinal_list18", 61,
                             norm_en.normalize_unit_en(span, text[max(0, m.start() - 40):m.start()])))
    if "'s" in text or "\u2019s" in text:
        for c in [c for c in out if c.label == "MIL_UNIT"]:
            r = ROYAL_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
            if r is None:
                continue
            start = r.start("r")
            o = _ORDINAL_BEFORE_RE.search(text[max(0, start - 12):start])
            if o:
                start -= len(o.group())
            drop_inside(out, start, c.end)
            out.append(Candidate(start, c.end, "MIL_UNIT", "rule:en_royal_regiment18", 61,
                                 norm_en.normalize_unit_en(text[start:c.end], text[max(0, start - 40):start])))
    for m in colonial_finditer(text):
        words = m.group("n").split()
        while words and words[0] in _NOT_UNIT_START:
            words.pop(0)
        if not words:
            continue
        start = m.end("n") - len(" ".join(words))
        if text[start:m.end("n")] != " ".join(words):
            continue
        if words[0] in nationality_words():
            continue          # `Indian Volunteers`, `British Mounted Infantry`: a people's, no corps' name
        drop_inside(out, start, m.end())
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_colonial_unit18", 61, _regiment_norm()))
    for m in possessive_force_finditer(text):
        if m.group("n") in _NOT_UNIT_START:
            continue
        drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_colonial_unit18", 61, _regiment_norm()))


_ORD = r"(?:\d{1,3}(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
_VOLUNTEERS_RE = re.compile(
    rf"(?<![\w/.-])(?P<num>{_ORD})[ \t]+(?P<place>[A-Z][a-z]{{2,15}}(?:[ \t]+[A-Z][a-z]{{2,15}})?)[ \t]+"
    r"(?:Volunteer[ \t]+(?:Infantry|Cavalry|Artillery|Regiment|Rifles|Engineers)|Volunteers)(?![\w-])")

NOT_EVENT_START = frozenset("The A An And Or Of In On At By For From To With As But During After Before Since "
                             "Until Then This That Its His Her Their".split())


def _volunteers(text: str, out: list) -> None:
    for m in _VOLUNTEERS_RE.finditer(text):
        if m.group("place").split()[0] in NOT_EVENT_START:
            continue
        norm = {"numbers": [parse_ordinal(m.group("num"))], "echelon": "团", "prefix": "", "side": None, "id": None,
                "echelon_key": "regiment"}
        replace_overlapping(out, Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_volunteer_unit", PRIORITY, norm))


def find_numbered_volunteers(text: str, out: list) -> None:
    if "Volunteer" in text:
        _volunteers(text, out)
