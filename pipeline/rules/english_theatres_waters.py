"""Theatres, fronts, rivers written 'River X', shared plural heads and islands in English text.

`find_theatres_waters(text, out)` (one paragraph at a time):
- LOC: theatres of war named by capitalised words ('the South-East Asian theatre', 'the China Burma India Theater')
  and fronts named by a compass word ('the Southern Front of the campaign');
- LOC: rivers written 'River X' (British usage: 'the River Chindwin'); coordinated names sharing one plural head
  ('the Chindwin and Salween Rivers', 'North and South Twin Lakes': one span, rule 4/10 by analogy; provinces,
  counties and formations sharing a head take their own label); the place after 'the island of'.

`find_plural_straits(text, out)`: LOC straits in the plural ('Makassar Straits'), the words before the name
outside; first seen on real-dev8-en (session 6, helper en8; here since session 24).

Anchored on rare literals (' theat', 'Front', 'River', the plural heads, 'island of').
Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_figure_forms import heads_in
from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

STRAITS_RE = re.compile(r"(?<![\w-])(?P<l>(?:[A-Z][a-z]+[ \t]+){1,2}Straits)(?![\w-])")

STRAITS_STOP = frozenset("The In At Of From To".split())

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

LOC_PRIORITY = 62            # above the unit reading of 'China Burma India Theater' (a command in named_units)

# ----------------------------------------------------------------------------- theatres and fronts
THEATRE_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+$")
THEATRE_HEAD = re.compile(r"[Tt]heat(?:re|er)(?![\w-])")
NOT_THEATRE_WORD = frozenset("The A An This That In Of On At For Its His Their Our Whole Entire Each".split())
FRONT_RE = re.compile(r"(?<![\w-])(?P<f>(?:Northern|Southern|Eastern|Western|Central|North-?(?:eastern|western|East|West)"
                      r"|South-?(?:eastern|western|East|West))[ \t]+Front)(?![\w-])")


def _theatres(text: str, out: list) -> None:
    for at in _finds(text, "heat"):
        head = THEATRE_HEAD.match(text, at - 1)
        if not head:
            continue
        before = THEATRE_BEFORE.search(text, max(0, at - 90), at - 1)
        if not before:
            continue
        words = before.group("n").split()
        while words and words[0] in NOT_THEATRE_WORD:
            words.pop(0)
        if not words:
            continue
        if text[head.start()] == "t" and (len(words) < 2 or text.startswith(" of war", head.end())):
            continue          # lower case: a name of two words or more ('the South-East Asian theatre'), not
            #                   'the Chinese theater' nor 'the China-Burma-India theater of war'
        if not any(_regional_word(w) for w in words):
            continue          # a playhouse ('the Royal Theatre', 'the Imperial Theatre'), not a theatre of war
        start = before.end("n") - len(" ".join(words)) if len(words) == len(before.group("n").split()) else \
            text.find(words[0], before.start("n"))
        out.append(Candidate(start, head.end(), "LOC", "rule:en_theatre", LOC_PRIORITY))


COMPASS_PARTS = frozenset("North South East West Northern Southern Eastern Western Central North-East South-East "
                          "North-West South-West Northeast Southeast Northwest Southwest Far Middle".split())


def _regional_word(word: str) -> bool:
    """A word that names a region: a compass word, a known place, or a place adjective ('Asian', 'Pacific', 'Burmese')."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    if word in COMPASS_PARTS or any(part in COMPASS_PARTS for part in word.split("-")):
        return True
    if word.endswith(("an", "ese", "ic", "ish")) and word not in ("Royal", "Grand", "Roman"):
        return True
    return any(english_names().get(part, (None,))[0] in ("GPE", "LOC") for part in [word, *word.split("-")])


def _fronts(text: str, out: list) -> None:
    for at in _finds(text, " Front"):
        m = FRONT_RE.search(text, max(0, at - 16), at + 7)
        if not m or m.end("f") != at + 6:
            continue
        before = text[max(0, m.start("f") - 12):m.start("f")]
        if re.search(r"(?:\d(?:st|nd|rd|th)|Far)[ \t]+$", before):
            continue          # the Red Army's numbered fronts are formations ('1st Far Eastern Front')
        out.append(Candidate(m.start("f"), m.end("f"), "LOC", "rule:en_front", LOC_PRIORITY))


# ----------------------------------------------------------------------------- rivers, shared heads, islands
_NAME_BEFORE = re.compile(rf"{_CAP}[ \t]+$")
_THE_BEFORE = re.compile(r"(?:the|The)[ \t]+$")
RIVER_X = re.compile(rf"River[ \t]+(?P<n>{_CAP})(?![\w-])")
NOT_RIVER_NAME = frozenset("The A An And Or Of In On At To By For Valley Bank Crossing Force Line Road Plate".split())
SHARED_HEAD_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+and[ \t]+{_CAP}"
                                rf"(?:[ \t]+{_CAP}){{0,2}})[ \t]+$")
# coordinated names sharing one plural head: places (the administrative ones GPE) and named formations
GPE_SHARED_HEADS = ("Provinces", "Prefectures", "Counties", "Districts", "States")
UNIT_SHARED_HEADS = ("Field Armies", "Brigades", "Divisions", "Regiments", "Battalions")
SHARED_HEADS = ("Rivers", "Lakes", "Islands", "Mountains", "Hills", "Ranges", "Straits") + GPE_SHARED_HEADS \
    + UNIT_SHARED_HEADS
NOT_SHARED_FIRST = frozenset("The A An In On At Of To By For From With Between Both".split())
ISLAND_OF = re.compile(rf"[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})")


def _water_and_islands(text: str, out: list) -> None:
    if "River " in text:
        for at in _finds(text, "River "):
            if at and (text[at - 1].isalnum()):
                continue
            before = text[max(0, at - 12):at]
            if _NAME_BEFORE.search(before) and not _THE_BEFORE.search(before):
                continue          # 'Pearl River Delta', 'Yellow River' ('X River' is the other finders')
            m = RIVER_X.match(text, at)
            if m and m.group("n") not in NOT_RIVER_NAME:
                out.append(Candidate(at, m.end("n"), "LOC", "rule:en_river_x", 45))
    for at, end in heads_in(text, SHARED_HEADS):
        m = SHARED_HEAD_BEFORE.search(text, max(0, at - 90), at + 1)
        if not m:
            continue
        words = m.group("n").split()
        while words and words[0] in NOT_SHARED_FIRST:
            words.pop(0)
        if len(words) < 3 or words[0] == "and":
            continue
        start = m.end("n") - len(" ".join(words)) if " ".join(words) == m.group("n") else m.end("n") - len(
            m.group("n")) + m.group("n").find(words[0])
        head = text[at + 1:end]
        if head in UNIT_SHARED_HEADS:
            if words[0].lower() in norm_en.SIDE_WORDS or words[0].endswith(("ese", "ian", "ish")):
                continue          # 'the British and Indian Divisions': sides, no names
            echelon = norm_en.echelon_for(norm_en.singular_echelon(head), None)[0]
            out.append(Candidate(start, end, "MIL_UNIT", "rule:en_shared_head_unit", 61,
                                 {"numbers": [], "echelon": echelon, "prefix": "", "side": None, "id": None}))
        else:
            out.append(Candidate(start, end, "GPE" if head in GPE_SHARED_HEADS else "LOC", "rule:en_shared_head", 46))
    for literal in (("island of", "Island of", "islands of") if "sland" in text else ()):
        for at in _finds(text, literal):
            m = ISLAND_OF.match(text, at + len(literal))
            if not m:
                continue
            words = m.group("n").split()
            while words and words[-1] in ("The", "In", "On", "And"):
                words.pop()
            if not words:
                continue
            out.append(Candidate(m.start("n"), m.start("n") + len(" ".join(words)), "LOC", "rule:en_island_of", 41))


def find_theatres_waters(text: str, out: list) -> None:
    if "heat" in text:
        _theatres(text, out)
    if " Front" in text:
        _fronts(text, out)
    _water_and_islands(text, out)


def find_plural_straits(text: str, out: list) -> None:
    if "Straits" in text:
        for m in STRAITS_RE.finditer(text):
            start, words = m.start("l"), m.group("l").split()
            while len(words) > 1 and words[0] in STRAITS_STOP:
                start += len(words.pop(0)) + 1
            if len(words) > 1:
                out.append(Candidate(start, m.end("l"), "LOC", "rule:en_straits", 58))
