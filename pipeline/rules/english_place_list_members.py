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
