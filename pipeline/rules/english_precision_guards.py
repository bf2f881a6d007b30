"""Precision guards of the session-17 round-2 English audit (helper preen1: encyclopedia mirrors, books, blogs,
memoirs and unit lists on the wars of Asia 1840-1979). Each class narrows what other generators over-read:

- a PERSON read after a rank whose last word is the head of a body (`the General Front Committee`, `the General
  Staff Office`): no person ends in Committee/Commission/Council/Bureau/Office/Staff/Department/...; the PERSON is
  dropped, and where the capitalised `General` stands before it the whole name is one ORG (guideline table: ORG
  councils and headquarters bodies; rule 15: a full official name is one span);
- a spelled cardinal before an echelon read as a unit (`One Infantry Regiment and One Artillery Company`): a
  cardinal counts formations, it designates none (rule 5; the reading `2 Tank Regiments, 1 Artillery Brigade` stay
  counts): one QUANTITY with the rest as its unit. Ordinals (`First`, `Twenty Third`) keep the unit;
  and a bare-numbered unit listed right after such a count is one too (`2 Tank Regiments, 1 Artillery Brigade`);
- an abbreviated English given name with its stop (`Lt-Col. Wm. Case`, `Chas. Gordon`): the conventional
  abbreviations of 18th-19th-century English records (Wm, Thos, Chas, Jas, Geo, Robt, Richd, Jno, Jos, Saml, Benj,
  Edwd, Fredk, Alexr, Danl, Nathl, Hy, Andw, Abm: the complete list of contracted given names of the genealogists'
  abbreviation tables) is the given name, so the PERSON runs on through the surname, not stopping at `Wm` (rule 1);
- an organisation or force whose bracketed acronym spells one or two capitalised words before it (`the British
  Military Administration (BMA)`, `the Japan Communist Party (JCP)`): those words are part of the official name
  (rule 15); a nationality written before a name without such an acronym stays outside (rule 2);
- a height named by its metres (`174 Metre Hill`, `203-Metre Hill`, `the 180-meter hill`): one LOC with its
  number, as `Hill 203` (never a count and a separate `Metre Hill`).

Cheap: each class reads only the candidates of its label or starts from a literal (`Metre`/`Meter`, ` (`).
"""

from __future__ import annotations

import re

from pipeline.rules.english_literal_gates import literal_gate
from pipeline.spans import Candidate, replace_overlapping

PRIORITY = 60

# heads of bodies: a person's name never ends in one of these words
_BODY_HEADS = frozenset("""Committee Commission Council Bureau Office Staff Department Ministry Assembly Board
Secretariat Directorate Headquarters Conference Congress Government Party League Society Association Academy
Palace""".split())
_ORG_AFTER_GENERAL = frozenset("""Committee Commission Council Bureau Office Staff Department Assembly Board
Secretariat Directorate Headquarters""".split())

_CARDINALS = {w: i for i, w in enumerate(
    "One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve".split(), start=1)}
_ORDINAL_TOKEN_RE = re.compile(r"(?:\d+(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|"
                               r"Tenth|Eleventh|Twelfth|\w+teenth|\w+tieth)$", re.I)

_FORMATION_COUNT_SOURCES = frozenset({"rule:en_capital_count", "rule:en_cardinal_formations"})
_BARE_NUMBER_UNIT_RE = re.compile(r"(\d{1,2})[ \t]+([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)$")

_GIVEN_ABBREVIATIONS = ("Wm", "Thos", "Chas", "Jas", "Geo", "Robt", "Richd", "Jno", "Jos", "Saml", "Benj", "Edwd",
                        "Fredk", "Alexr", "Danl", "Nathl", "Hy", "Andw", "Abm")
_GIVEN_ABBREVIATION_GATE = literal_gate(_GIVEN_ABBREVIATIONS)
_NOT_SURNAME = frozenset("The A An And Or Of In On At To By For From With As But Street Road".split())
_ABBREVIATED_NAME_RE = re.compile(
    r"(?<![\w.])(?:" + "|".join(_GIVEN_ABBREVIATIONS) + r")\.?[ \t]+(?:[A-Z]\.[ \t]*)?"
    r"(?P<surname>(?:Mc|Mac|O')?[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?)(?![\w-])")

_METRE_HILL_RE = re.compile(r"(?<![\w.,-])\d{2,4}(?:[ \t]*-[ \t]*|[ \t]+)(?:[Mm]etre|[Mm]eter)[ \t]+[Hh]ill(?![\w-])")

_ACRONYM_AFTER_RE = re.compile(r"[ \t]*\((?P<acr>[A-Z]{2,7})\)")
_CAP_WORD_BEFORE_RE = re.compile(r"(?:^|(?<=[\s(]))(?P<word>[A-Z][A-Za-z]{1,20})[ \t]+$")
_SMALL_WORDS = frozenset("of and the for in on to de".split())
_NOT_NAME_WORDS = frozenset("The A An In On At By For From To Of And Or But As With When While After Before Then This "
                            "That These Those Its His Her Their Our".split())


def find_precision_guards(text: str, out: list) -> None:
    """Drop or narrow the over-reads of the module doc, in place."""
    _body_heads(text, out)
    _cardinal_units(text, out)
    _listed_counts(text, out)
    _abbreviated_given_names(text, out)
    if " (" in text:
        _acronym_words(text, out)
    if "etre" in text or "eter" in text:
        _metre_hills(text, out)


def _body_heads(text: str, out: list) -> None:
    bad = [c for c in out if c.label == "PERSON" and text[c.start:c.end].rsplit(None, 1)[-1] in _BODY_HEADS]
    for c in bad:
        out.remove(c)
        head = text[c.start:c.end].rsplit(None, 1)[-1]
        before = text[max(0, c.start - 8):c.start]
        if head in _ORG_AFTER_GENERAL and re.search(r"(?<![\w-])General[ \t]+$", before):
            start = c.start - len(before) + re.search(r"General[ \t]+$", before).start()
            replace_overlapping(out, Candidate(start, c.end, "ORG", "rule:en_general_body", PRIORITY))


def _cardinal_units(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "MIL_UNIT"]:
        words = text[c.start:c.end].split()
        value = _CARDINALS.get(words[0].capitalize()) if len(words) >= 2 else None
        if value is None or any(_ORDINAL_TOKEN_RE.match(w) for w in words[1:]):
            continue
        if "-" in words[0] or words[1][:1].islower() and words[1] in ("hundred", "thousand"):
            continue
        unit = " ".join(words[1:])
        replace_overlapping(out, Candidate(c.start, c.end, "QUANTITY", "rule:en_cardinal_formations", PRIORITY,
                                {"value": value, "unit": unit, "approx": None}))


def _listed_counts(text: str, out: list) -> None:
    """`2 Tank Regiments, 1 Artillery Brigade`: a bare-numbered unit listed right after a count of formations is a
    count too (reading of session 10: counted units in a list stay counts)."""
    counts = {c.end: c for c in out if c.label == "QUANTITY" and c.source in _FORMATION_COUNT_SOURCES}
    if not counts:
        return
    for c in [c for c in out if c.label == "MIL_UNIT"]:
        m = _BARE_NUMBER_UNIT_RE.match(text[c.start:c.end])
        if not m:
            continue
        sep = re.search(r"(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*)$", text[max(0, c.start - 6):c.start])
        if sep and (c.start - len(sep.group(0))) in counts:
            replace_overlapping(out, Candidate(c.start, c.end, "QUANTITY", "rule:en_listed_formations", PRIORITY,
                                    {"value": int(m.group(1)), "unit": m.group(2), "approx": None}))


def _abbreviated_given_names(text: str, out: list) -> None:
    if not _GIVEN_ABBREVIATION_GATE.search(text):     # any(a in text for a in _GIVEN_ABBREVIATIONS)
        return
    for m in _ABBREVIATED_NAME_RE.finditer(text):
        if m.group("surname") in _NOT_SURNAME:
            continue
        replace_overlapping(out, Candidate(m.start(), m.end(), "PERSON", "rule:en_abbreviated_given", PRIORITY))


def _initials(words: list[str]) -> str:
    return "".join(w[0] for w in words if w.lower() not in _SMALL_WORDS)


def _acronym_words(text: str, out: list) -> None:
    for c in [c for c in out if c.label in ("ORG", "MIL_UNIT")]:
        m = _ACRONYM_AFTER_RE.match(text, c.end)
        if not m:
            continue
        acr = m.group("acr")
        words = re.split(r"[\s-]+", text[c.start:c.end])
        if _initials(words) == acr or not acr.endswith(_initials(words)):
            continue
        start, added = c.start, []
        while len(added) < 2:
            w = _CAP_WORD_BEFORE_RE.search(text, max(0, start - 30), start)
            if not w or w.group("word") in _NOT_NAME_WORDS:
                break
            start = w.start("word")
            added.insert(0, w.group("word"))
            if _initials(added + words) == acr:
                replace_overlapping(out, Candidate(start, c.end, c.label, c.source + "+acronym", PRIORITY, c.norm))
                break


def _metre_hills(text: str, out: list) -> None:
    for m in _METRE_HILL_RE.finditer(text):
        replace_overlapping(out, Candidate(m.start(), m.end(), "LOC", "rule:en_metre_hill", PRIORITY, {"id": None}))
