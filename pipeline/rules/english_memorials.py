"""Memorials, cemeteries and museums in English text.

`find_memorials(text, out)` (FAC): a memorial, cemetery or museum named by its place or people ('the Kohima War
Cemetery', 'the Yasukuni War Memorial'), run where 'Memorial' or 'Cemetery' is written.

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

_CAP = r"[A-Z][\w'\u2019-]{1,20}"

# ----------------------------------------------------------------------------- facilities and events
MEMORIAL_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+$")
MEMORIAL_HEADS = ("War Memorial", "War Cemetery", "Memorial Hall", "Memorial Museum", "Peace Memorial", "Cemetery",
                  "Memorial")
NOT_MEMORIAL_FIRST = frozenset("The A An This That In At On Of To".split())


def _memorials(text: str, out: list) -> None:
    done = set()
    for head in MEMORIAL_HEADS:
        for at in _finds(text, head):
            end = at + len(head)
            if end < len(text) and text[end].isalnum() or at in done:
                continue
            m = MEMORIAL_BEFORE.search(text, max(0, at - 60), at)
            start = at
            if m:
                words = m.group("n").split()
                while words and words[0] in NOT_MEMORIAL_FIRST:
                    words.pop(0)
                if words:
                    start = m.end("n") - len(" ".join(words)) if " ".join(words) == m.group("n") else text.find(
                        words[0], m.start("n"))
            if start == at or head == "Memorial" and text[start:at].strip().endswith("War"):
                if start == at:
                    continue
            done.update(range(start, end))
            out.append(Candidate(start, end, "FAC", "rule:en_memorial", 56))


def find_memorials(text: str, out: list) -> None:
    if "Memorial" in text or "Cemetery" in text:
        _memorials(text, out)
