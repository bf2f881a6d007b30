"""Spanish and Portuguese saints' forts, in English text.

`find_saint_forts(text, out)` (FAC): a Spanish or Portuguese saint's fort (`Fort San Felipe de Barajas`, `Fort
Santiago`, `Fort Santa Cruz`): one FAC, never `Fort San` and a PERSON after it.

Provenance: first seen on the held-out passages of the session-17 English audits (helper r3en, round 3; split out of
english_heldout_forms in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, replace_overlapping

PRIORITY = 60   # over the readings of the other generators that these forms correct

_SAINT_FORT_RE = re.compile(
    r"(?<![\w-])Fort[ \t]+(?:(?:San|Santa|Santo|S\u00e3o|Sao)[ \t]+[A-Z][a-z]{2,15}|Santiago|Santa[ \t]+Cruz)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|da|do|dos|das)[ \t]+[A-Z][a-z]{2,15})?(?![\w-])")


def _saint_forts(text: str, out: list) -> None:
    for m in _SAINT_FORT_RE.finditer(text):
        if any(c.label == "FAC" and c.start == m.start() and c.end == m.end() for c in out):
            continue
        replace_overlapping(out, Candidate(m.start(), m.end(), "FAC", "rule:en_saint_fort", PRIORITY, {"id": None}))


def find_saint_forts(text: str, out: list) -> None:
    if "Fort" in text:
        _saint_forts(text, out)
