"""Unfamiliar members of an English list of known places (session 27, helper s27enper: English persons and places of
memoirs, letter blogs, regimental and local histories and OCR'd newspapers of the wars 1840-1979).

A list of names joined by commas and a last `and` lists things of one kind. Where two or more of its members are
places the lexicons or the other finders know, all of one label, a member no finder reads is a place of that label
too: `the same round, of Somme, Marne, and Hallue` (two known rivers: `Hallue` LOC), `Varna, Burgas, Shumla and
Sistova` (GPE), `Kumasi, Bekwai and Esumeja`. Each member is a run of one to three capitalised words; the unknown
one must pass english_place_context.place_name (no everyday word, given name, surname of the persons lexicon, month
or nationality; no town the world-cities table reads only in a frame because it is also a person's name, as `Oran`),
and no finder may have read any of its words. Not a list whose known members disagree (a person
and a place, a country and a river), nor one with fewer than three members.

Two places joined by `and` (session 30, helper w2en: the shape recurs in five development sets) are of one kind as
well: where one of the pair is a place the lexicons or the other finders read as exactly that span, an unfamiliar
other one of one or two capitalised words is a place of that label (`regained Kharkov and Kiev`, `from the Athens
and Salonika areas`, `In the Unsan and Onjong area`). The unknown one must pass the same tests as a list member
(place_name in its weak form, so no given name or surname of the persons lexicon; no city that is also a person's
name), be four letters or more and no nationality (`Thrace and Serbian armies`), and no finder may have read any of
its words. A pair that opens or closes a longer run of capitalised words, or follows a comma (a list the rule above
owns), or qualifies a plural noun other than one of places (`the X and Y factions`, `the X and Y airfields`; not
`the X and Y areas`), or follows a verb of fighting (`fought at the Somme and X`: battles), is left.

Priority 29, the place-context finders' (every other reading of the same words wins). Cheap: scanned from the
literal ` and ` (scan.literal_finditer).
"""

from __future__ import annotations

import re

from pipeline.rules.english_place_context import LATIN1_UPPER, NAME, PLACE_CONTEXT_PRIORITY, place_name
from pipeline.rules.english_world_cities import city_table
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, overlapping

LIST_RE = re.compile(rf"(?<![\w'\u2019.-])(?P<l>{NAME}(?:,[ \t]+{NAME})+,?[ \t]+and[ \t]+{NAME})"
                     rf"(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}])")
_ITEM = re.compile(NAME)
PAIR_RE = re.compile(rf"(?<![\w'\u2019.,&-])(?P<a>{NAME})[ \t]+and[ \t]+(?P<b>{NAME})"
                     rf"(?![\w'\u2019-]|[ \t]+[{LATIN1_UPPER}])")
_PLACE_LABELS = ("GPE", "LOC")


def _known_label(text: str, start: int, end: int, out: list, names: dict) -> str | None:
    """The label the lexicons or a finder give exactly this member; '' where something else covers part of it."""
    for c in overlapping(out, start, end):
        if c.start == start and c.end == end:
            return c.label
        return ""
    return names.get(text[start:end], (None,))[0]


def find_place_list_members(text: str, out: list) -> None:
    """Append GPE/LOC candidates for unknown members of lists of known places (see the module docstring)."""
    if " and " not in text:
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in literal_finditer(LIST_RE, text):
        base = m.start("l")
        items = [(base + i.start(), base + i.end()) for i in _ITEM.finditer(m.group("l"))]
        if len(items) < 3:
            continue
        labels = [_known_label(text, s, e, out, names) for s, e in items]
        known = {lab for lab in labels if lab is not None}
        if len(known) != 1 or not known <= set(_PLACE_LABELS) or sum(lab is not None for lab in labels) < 2:
            continue
        label = known.pop()
        for (s, e), lab in zip(items, labels):
            if lab is None and place_name(text[s:e], True) and city_table().get(text[s:e], ("",))[0] != "city-person":
                out.append(Candidate(s, e, label, "rule:en_place_list_member", PLACE_CONTEXT_PRIORITY, {}))
    _pair_members(text, out, names)

_PAIR_NOT_AFTER = re.compile(rf"(?:,|[{LATIN1_UPPER}][\w'\u2019-]*)[ \t]*$")
# after a verb of fighting the two name battles ('fought at the Somme and Passchendaele': EVENTs, as the sets read them)
_BATTLE_BEFORE = re.compile(r"\b(?:fought|fighting|fight|battles?|actions?)[ \t]+(?:at|in|on|of)[ \t]+(?:the[ \t]+)?$")
# a plural noun after the pair names what the two words qualify ('the Magdalo and Magdiwang factions', 'the Palam and
# Srinagar airfields', 'Thrace and Serbian armies'): no pair of places, unless the noun is one of places
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<n>[a-z]{3,}s)\b")
_PLACE_PLURALS = frozenset("areas regions districts sectors provinces prefectures counties towns cities villages "
                           "fronts valleys plains hills islands coasts ports harbours".split())


def _pair_members(text: str, out: list, names: dict) -> None:
    """`A and B`: one a known place, the other an unfamiliar name of one or two words (see the module docstring)."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    for m in literal_finditer(PAIR_RE, text):
        if _PAIR_NOT_AFTER.search(text, max(0, m.start() - 24), m.start()):
            continue                    # a list's last pair (the list rule's job), or the tail of a longer name
        if _BATTLE_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue
        plural = _PLURAL_AFTER.match(text, m.end())
        if plural and plural.group("n") not in _PLACE_PLURALS:
            continue
        (a0, a1), (b0, b1) = m.span("a"), m.span("b")
        la, lb = _known_label(text, a0, a1, out, names), _known_label(text, b0, b1, out, names)
        for (s, e), lab, other in (((a0, a1), la, lb), ((b0, b1), lb, la)):
            if lab is not None or other not in _PLACE_LABELS:
                continue
            name = text[s:e]
            if len(name) < 4 or name.count(" ") > 1 or name in demonyms() or not place_name(name, True) \
                    or city_table().get(name, ("",))[0] == "city-person":
                continue
            out.append(Candidate(s, e, other, "rule:en_place_pair_member", PLACE_CONTEXT_PRIORITY, {}))
