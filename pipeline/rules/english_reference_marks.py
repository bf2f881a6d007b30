"""Marks of flattened reference pages around names (session 12, helper auditen4).

- Wikipedia infoboxes mark a commander killed in action with a superscript `KIA` (or `†`); copied as text, the mark
  is glued to the surname: `Maj. Gen. Nasir AhmedKIA`, `Brig. A. R. ShamiKIA`. The PERSON is the name without the
  mark (`Nasir Ahmed`, `A. R. Shami`); a reading cut before the glued word (`Nasir`) is replaced.
- Tanks named after generals are no persons: a one-word PERSON reading right after a model code (`M48 Patton`,
  `M4 Sherman`, `M24 Chaffee`, `M26 Pershing`) or right before `tank`/`tanks` (`the Patton tanks`) is dropped.

Criteria: the infobox mark as Wikipedia's templates write it, and the US tank models' naming after generals; written
for zhanji from how the form is typed, not taken from any annotated set. Cheap where it does not apply: each form is
tried only in a paragraph holding `KIA`, or ` tank` / a PERSON after a model code.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

PRIORITY = 39
_GLUED_KIA_RE = re.compile(
    r"(?<![\w.])(?P<name>(?:[A-Z]\.[ \t]?){0,3}(?:[A-Z][a-z]+(?:-[a-z]+)?[ \t]+){0,2}[A-Z][a-z]+)KIA(?![\w])")
_RANK_WORDS = frozenset("Lt Lieut Maj Gen Col Brig Capt Cdr Adm General Colonel Major Captain Brigadier Lieutenant "
                        "Admiral Commander Marshal Field".split())
_MODEL_BEFORE_RE = re.compile(r"(?<![\w-])[A-Z]{1,2}\d{1,3}(?:A\d)?(?:E\d)?[ \t]+$")
_TANK_AFTER_RE = re.compile(r"[ \t]+tanks?(?![\w-])")


def _glued_marks(text: str, out: list) -> None:
    for m in _GLUED_KIA_RE.finditer(text):
        start, end = m.start("name"), m.end("name")
        words = text[start:end].split()
        while words and words[0] in _RANK_WORDS:
            start = text.index(words[1], start + len(words[0])) if len(words) > 1 else end
            words.pop(0)
        if start >= end:
            continue
        out[:] = [c for c in out if not (c.label == "PERSON" and c.start < end + 3 and c.end > start)]
        out.append(Candidate(start, end, "PERSON", "rule:en_glued_kia", PRIORITY, {}))


def _tank_models(text: str, out: list) -> None:
    keep = []
    for c in out:
        if c.label == "PERSON" and " " not in text[c.start:c.end] and (
                _MODEL_BEFORE_RE.search(text, max(0, c.start - 8), c.start) or _TANK_AFTER_RE.match(text, c.end)):
            continue
        keep.append(c)
    if len(keep) != len(out):
        out[:] = keep


def find_reference_marks(text: str, out: list) -> None:
    if "KIA" in text:
        _glued_marks(text, out)
    if " tank" in text or any(c.label == "PERSON" and c.start >= 2 and text[c.start - 2].isdigit() for c in out):
        _tank_models(text, out)
