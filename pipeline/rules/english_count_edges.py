"""Edges of English counts found by the session-12 audit of memoirs, diaries and old books (helper auditen5).

- `one day` / `one night` / `one morning` told as a story's opener (`One day in May a messenger came`, `At last,
  one day in February, ...`, `and one night the guns opened`) names no duration: no QUANTITY. A duration is kept
  where a word that governs one stands before it (`for one day`, `within one day`, `lasted one day`, `only one
  day`) or a word of relative time after it (`one day later`).
- A reflexive or distributive word after a counted noun is outside the count (`two mandarins themselves came`,
  `three sentries alone`, `four guns apiece`): the unit is the noun (`mandarins`).
- A number before `of them` / `of those` / `of whom` / `of these` counts the people or things named before it
  (`two hundred of those on board drowned`, `300 of them reached the shore`): a bare count (spec rule 9, unit
  `""`), from ten up (`one of them`, `three of whom` read as pronouns more than as counts) or `half a dozen`;
  not a year.
"""

from __future__ import annotations

import re

from pipeline.normalize.english import normalize_quantity_en
from pipeline.rules.english_numbers import APPROX, NUM
from pipeline.spans import Candidate

_STORY_UNITS = frozenset("day night morning evening afternoon".split())
_DURATION_BEFORE = re.compile(
    r"(?i:\b(?:for|in|within|after|than|only|just|lasted|last|took|take|takes|spent|spend|every|per|about|some"
    r"|over|under|nearly|almost|least|full|whole|single|barely|mere|to|of|by|each|first|another|more)[ \t]+)$")
_RELATIVE_AFTER = re.compile(r"[ \t]+(?:later|after|before|earlier|long|old|ahead|behind|late|early|'s|\u2019s)\b")
_OF_PRONOUN = re.compile(r" of (?:them|those|whom|these)\b")
_NUMBER_BACK = re.compile(rf"(?<![\w.,$£¥/-])(?:(?:{APPROX})\s+)?(?:{NUM})$")
_TRAILING = re.compile(r"[ \t]+(?:themselves|himself|herself|itself|alone|apiece|each|together)$")


def _counts_of_pronouns(text: str, out: list) -> None:
    for of in _OF_PRONOUN.finditer(text):
        m = _NUMBER_BACK.search(text, max(0, of.start() - 40), of.start())
        if m is None or re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group()):
            continue
        norm = normalize_quantity_en(m.group())
        # `half a dozen of them` is a count whatever its size, never a pronoun (session 34, w34enqty)
        if norm.get("value") is not None and (norm["value"] >= 10 or m.group().lower().endswith("dozen")):
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_bare_count", 40, {**norm, "unit": ""}))


def find_count_edges(text: str, out: list) -> None:
    """Drop story-opener counts and trim reflexive words from count units; counts before `of them`
    (see the module doc)."""
    if " of th" in text or " of whom" in text:
        _counts_of_pronouns(text, out)
    if "one " not in text and "One " not in text and "selves" not in text and "apiece" not in text \
            and "alone" not in text:
        return
    for i, cand in enumerate(out):
        if cand.label != "QUANTITY":
            continue
        written = text[cand.start:cand.end]
        words = written.split()
        if len(words) == 2 and words[0] in ("one", "One") and words[1] in _STORY_UNITS:
            if _DURATION_BEFORE.search(text, max(0, cand.start - 12), cand.start) \
                    or _RELATIVE_AFTER.match(text, cand.end):
                continue
            out[i] = None
            continue
        m = _TRAILING.search(written)
        if m is not None and len(words) > 2:
            norm = dict(cand.norm or {})
            unit = norm.get("unit")
            if isinstance(unit, str) and unit.endswith(written[m.start():].strip()):
                norm["unit"] = unit[:-len(written[m.start():].strip())].rstrip()
            out[i] = Candidate(cand.start, cand.start + m.start(), cand.label, cand.source, cand.priority, norm)
    out[:] = [c for c in out if c is not None]
