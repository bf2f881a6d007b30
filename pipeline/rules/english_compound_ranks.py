"""Names after a compound general's rank, in English text.

`find_compound_rank_names(text, out)` (edits the candidates before it): a compound general's rank (`Lt Gen`, `Lt.
Gen.`, `Lt-Gen`, `Maj Gen`, `Brig Gen`) whose `Gen` was read as a PERSON, the name after it missed (a parenthesis
`(retd)`, a dash, or initials without their last stop `A.A.K Niazi` in between): the rank stays outside (rule 1), the
name with its initials is the PERSON.

Provenance: first seen on the held-out passages of the session-17 English audits (helper r3en, round 3; split out of
english_heldout_forms in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, replace_overlapping
from pipeline.rules.scan import literal_finditer

PRIORITY = 60

_GEN_RANK = r"(?:Lt|Lieut|Maj|Brig)\.?[ \t]*[-\u2013]?[ \t]*Gen\.?"
_NAME_WORD = r"[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?"
_INITIALS = r"(?:(?:[A-Z]\.[ \t]?){1,4}[A-Z]?|[A-Z]{2,4}|[A-Z])"
_GEN_NAME_RE = re.compile(
    rf"(?<![\w-]){_GEN_RANK}(?:[ \t]*\([^()\n]{{1,25}}\))?(?:[ \t]*[\u2014\u2013-][ \t]*|[ \t]+)"
    rf"(?P<name>(?:{_INITIALS}[ \t]+){{0,1}}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})(?![\w-])")
_RANK_BEFORE_RE = re.compile(r"(?<![\w-])(?:Lt|Lieut|Maj|Brig)\.?[ \t]*[-\u2013]?[ \t]*$")
_NOT_NAME = frozenset("The A An And Or Of In On At By For From To With As But Sir Commander Commanding Officer "
                      "General Army Corps Division Command Headquarters Eastern Western Northern Southern Central "
                      "Staff Chief".split())


def _general_names(text: str, out: list) -> None:
    for m in literal_finditer(_GEN_NAME_RE, text):
        words = m.group("name").split()
        while words and words[-1] in _NOT_NAME:
            words.pop()
        if not words or words[0] in _NOT_NAME or not any(re.fullmatch(_NAME_WORD, w) for w in words):
            continue
        start = m.start("name")
        end = start + list(re.finditer(r"\S+", m.group("name")))[len(words) - 1].end()
        rank = [c for c in out if c.label == "PERSON" and m.start() <= c.start < start]
        out[:] = [c for c in out if c not in rank]
        if any(c.label == "PERSON" and c.start == start for c in out):
            continue      # the name was read already
        replace_overlapping(out, Candidate(start, end, "PERSON", "rule:en_general_name", PRIORITY))


def _rank_words(text: str, out: list) -> None:
    """`Lt Gen (acting)`: the `Gen` of a compound rank is never a person, a name after it or not."""
    out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end] in ("Gen", "Gen.")
                                     and _RANK_BEFORE_RE.search(text, max(0, c.start - 8), c.start))]


def find_compound_rank_names(text: str, out: list) -> None:
    if "Gen" in text:
        _general_names(text, out)
        _rank_words(text, out)
