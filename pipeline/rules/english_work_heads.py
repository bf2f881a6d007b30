"""Works named by a head word english_structures and english.PLACE_SUFFIX_RE do not read (session 10, helper en14):
`the Sembawang Naval Base`, `the Malinta Tunnel`, and the lower-case heads English writes after a proper name for
a dike, a dam or an airport (`the Huayuankou dike`, `Kai Tak airport`, `the Fengman dam`): one FAC (spec: a
man-made structure or route), the place name inside it (rule 6); a lower-case head belongs to the name as a
capitalised one does (`Henderson Field`): `Kai Tak airport` is one FAC.

Written from how English names works, not from any annotated set. Found from the head words in one scan (re skips
to each space in C); the name before the head is read back at most 50 characters.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 43
_HEAD_RE = re.compile(r" (?:Naval[ \t]+Base|Naval[ \t]+Station|Tunnel|Tunnels|airport|dike|dyke|dam|aerodrome)(?![\w'-])")
_WORD = r"(?:[A-Z][a-z]{1,15}(?:-[A-Za-z][a-z]{1,15})?)"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]*$")
_STOP = frozenset("The A An This That These Those Its His Her Their Our In At On By For From To Of And Or But When "
                  "After Before While Near Japanese Chinese British American Allied Soviet Russian Korean Indian "
                  "Burmese Nationalist Communist North South East West Old New Main Army Navy Naval Air Military "
                  "Imperial Royal US U.S.".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*)$")


def find_work_heads(text: str, out: list) -> None:
    """Naval bases, tunnels and the lower-case dikes, dams and airports after a name (see the module doc)."""
    for hit in _HEAD_RE.finditer(text):
        before = text[max(0, hit.start() - 50):hit.start()].split()
        if not before or not before[-1][:1].isupper():
            continue
        m = _NAME_BEFORE.search(text, max(0, hit.start() - 50), hit.start())
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("n")))
        while words and words[0].group() in _STOP:
            words.pop(0)
        if not words:
            continue
        start = m.start("n") + words[0].start()
        if len(words) == 1 and _SENTENCE_START.search(text, max(0, start - 3), start):
            continue
        out.append(Candidate(start, hit.end(), "FAC", "rule:en_work_head", PRIORITY, {}))
