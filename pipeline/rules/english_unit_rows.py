"""Formations in infobox 'Units' rows, order-of-battle lists and appositions, and places before '-based' or
'Perimeter', in English text.

`find_unit_rows(text, out)` (one paragraph at a time):
- MIL_UNIT: ordinals in apposition after a count of formations ('two Divisions – the 15th and the 33rd –'), each its
  own formation with the echelon of the noun; each item of an infobox 'Units' row ('Units2: Fifteenth Army, Subhas
  Brigade'); the lines of an order-of-battle list that end with an echelon word ('- Garrison Brigade');
- the place before '-based' ('Imphal-based') and a perimeter named by its place ('the Admin Box Perimeter').

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

# ----------------------------------------------------------------------------- '-based', perimeters
BASED_BEFORE = re.compile(rf"(?<![\w-])(?P<n>[A-Z][\w'\u2019]{{1,20}}(?:[ \t]+[A-Z][\w'\u2019]{{1,20}}){{0,2}})$")
PERIMETER = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,1}})[ \t]+[Pp]erimeter(?![\w-])")


def _based_and_perimeters(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    for at in _finds(text, "-based"):
        m = BASED_BEFORE.search(text, max(0, at - 40), at)
        if m:
            words = m.group("n").split()
            for k in range(len(words)):          # the longest known place ending at the hyphen
                name = " ".join(words[k:])
                known = english_names().get(name, (None,))[0]
                if known in ("GPE", "LOC"):
                    out.append(Candidate(at - len(name), at, known, "rule:en_based", 41))
                    break
    for at in _finds(text, "erimeter"):
        m = PERIMETER.search(text, max(0, at - 40), at + 9)
        if m and m.end() == at + 8 and m.group("n") not in ("The", "A", "Its", "This"):
            out.append(Candidate(m.start("n"), m.end(), "FAC", "rule:en_perimeter", 45))


# ----------------------------------------------------------------------------- infobox Units rows, order of battle lists
UNITS_ROW = re.compile(r"^[-*•]?[ \t]*Units[12]?[ \t]*:(?P<v>[^\n]*)$", re.M)
ROW_ITEM = re.compile(rf"[ \t]*(?:\*[ \t]*)?(?P<u>{_CAP}(?:[ \t]+{_CAP}){{0,5}})[ \t]*$")
ECHELON_HEADS = ("Army", "Corps", "Division", "Brigade", "Regiment", "Battalion", "Group", "Force", "Detachment",
                 "Column", "Unit", "Fleet", "Flotilla", "Squadron", "Wing", "Garrison")
NOT_UNIT_ITEM = frozenset("Unknown None Various Several Elements Unclear Unspecified See Total Approximately About Some "
                          "Multiple Many Other Others".split())
OOB_LINE = re.compile(rf"^[ \t]*[-*•][ \t]+(?P<u>(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th|d))(?:[ \t]+{_CAP}){{0,4}})(?=[ \t]*(?:$|under[ \t]|\(|,|:))", re.M)


def _unit_rows(text: str, out: list) -> None:
    """Each item of an infobox 'Units' row is a formation ('Units2: Fifteenth Army, Subhas Brigade, Bahadur
    Group'); each list line under an order-of-battle heading that ends with an echelon word ('- Garrison
    Brigade', '- Guerrilla Force') is one too."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for row in UNITS_ROW.finditer(text):
        at = row.start("v")
        for item in row.group("v").split(","):
            m = ROW_ITEM.fullmatch(item)
            if m and names.get(m.group("u"), (None,))[0] not in ("GPE", "LOC", "PERSON") \
                    and m.group("u").split()[0] not in NOT_UNIT_ITEM:
                start, name = at + m.start("u"), m.group("u")
                first = name.split()[0]
                if first.lower() in norm_en.SIDE_WORDS and " " in name:    # 'Japanese Fifteenth Army': side outside
                    start, name = start + len(first) + 1, name[len(first) + 1:]
                out.append(Candidate(start, start + len(name), "MIL_UNIT", "rule:en_units_row", 48,
                                     {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))
            at += len(item) + 1


def _oob_lines(text: str, out: list) -> None:
    """A list whose lines mostly start with a formation (an order of battle): its other lines that end with an
    echelon word are formations too ('- Garrison Brigade', '- Guerrilla Force')."""
    lines = list(OOB_LINE.finditer(text))
    if len(lines) < 3:
        return
    unit_starts = {c.start for c in out if c.label == "MIL_UNIT"}
    if sum(m.start("u") in unit_starts for m in lines) * 2 < len(lines):
        return
    for m in lines:
        if m.start("u") not in unit_starts and m.group("u").split()[-1] in ECHELON_HEADS:
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_oob_line", 48,
                                 {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))


# ----------------------------------------------------------------------------- ordinals in apposition
# 'two Divisions – the 15th and the 33rd –', 'a third brigade, the 77th,': each ordinal names a formation of the
# counted kind (MIL_UNIT), its echelon from the noun
APPOSITION = re.compile(r"[,\u2013\u2014-][ \t]+the[ \t]+(?P<list>\d{1,3}(?:st|nd|rd|th)(?:(?:,|[ \t]+and|[ \t]+or)[ \t]+"
                        r"(?:the[ \t]+)?\d{1,3}(?:st|nd|rd|th)){0,3})(?![\w-])(?![ \t]+[A-Z])")
GENERIC_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a|an|one|another"
                                 r"|first|second|third|fourth|fifth)[ \t]+(?:[a-z]{3,14}[ \t]+)?(?P<noun>divisions?|brigades?"
                                 r"|regiments?|battalions?|corps|armies|army)[ \t]*$")
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
SIDE_WORD = re.compile(r"(?<![\w-])(?:Japanese|Chinese|Nationalist|Communist|British|Indian|American|Soviet|Russian)(?![\w-])")


def _apposition_ordinals(text: str, out: list) -> None:
    for m in APPOSITION.finditer(text):
        noun = GENERIC_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not noun:
            continue
        word = noun.group("noun").lower()
        singular = {"armies": "Army", "corps": "Corps"}.get(word, word.rstrip("s").capitalize())
        # the side the sentence names before the count ('On the Japanese side were two divisions, ...'), if one
        low = max(0, noun.start() - 400)     # the sentence read back at most 400 characters
        sentence = text[max(text.rfind(". ", low, noun.start()) + 1, text.rfind("\n", low, noun.start()) + 1, low):
                        noun.start()]
        sides = {norm_en.SIDE_WORDS.get(w.lower()) for w in SIDE_WORD.findall(sentence)} - {None}
        side = sides.pop() if len(sides) == 1 else None
        for o in ORDINAL.finditer(text, m.start("list"), m.end("list")):
            norm = norm_en.normalize_unit_en(f"{o.group()} {singular}", text[max(0, noun.start() - 40):noun.start()],
                                             side=side)
            out.append(Candidate(o.start(), o.end(), "MIL_UNIT", "rule:en_apposition_ordinal", 47,
                                 {k: v for k, v in norm.items() if k != "id"}))


def find_unit_rows(text: str, out: list) -> None:
    if " the " in text:
        _apposition_ordinals(text, out)
    if "-based" in text or "erimeter" in text:
        _based_and_perimeters(text, out)
    if "Units" in text:
        _unit_rows(text, out)
    if text.count("\n") >= 2 and ("\n-" in text or "\n  -" in text or "\n*" in text):
        _oob_lines(text, out)
