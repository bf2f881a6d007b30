"""English place forms: demonyms read as places by their context, straits and gulfs named `of` a place, passes
with a lower-case head (first seen on the session-16 round-2 label audit of English GPE, helper auditen20: wiki
mirrors, news chronologies, blogs and books on the wars of 1840-1979).

- a people's adjective read as a place by its context (`crossed into Pakistani territory`, `the Afghani border`,
  `Iraqi villages`): demonyms are never tagged (guideline 12), so a GPE candidate whose whole text is a word of
  demonyms_en.tsv (not the place's own name) read by context, not by the lexicon, is dropped;
- a strait, gulf, bay, sea or channel named `of` a place (`the Straits of Korea`, `the Strait of Shimonoseki`, `the
  Gulf of Pechili`): one LOC over the whole name, not a GPE for the place after `of`;
- a pass written with a lower-case `pass` after its name (`Haji Pir pass`, `the Nathu La pass`): one LOC with its
  head, as `Tang valley` is read (a verb `pass` takes an object or an adverb after it: `the Chinese pass through`,
  and the name before it is no people's adjective).

Cheap: the demonym check reads only the GPE candidates already found; the patterns start from the literals ` of `
after a water word and ` pass`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.english_lexicon import read_rows
from pipeline.spans import Candidate

PRIORITY = 48

_CAP = r"[A-Z][a-z'\u2019-]{1,20}"
_WATER_OF_RE = re.compile(rf"(?<![\w-])(?:Straits?|Gulf|Bay|Sea|Channel|Sound|Bight)\s+of\s+(?:the\s+)?{_CAP}"
                          rf"(?:[ -]{_CAP})?(?![\w-])")
_PASS_RE = re.compile(rf"(?<![\w-])(?P<name>{_CAP}(?:[ \t]{_CAP}){{0,2}})[ \t]+pass(?![\w-])"
                      r"(?![ \t]+(?:through|over|by|into|along|across|the|a|an|on|out|down|up|away|around|between)\b)")
_NOT_NAME_START = frozenset("The A An In On At By For From To Of And Or But As With When While After Before Then This That".split())


@lru_cache(maxsize=1)
def _demonyms() -> frozenset:
    """The adjectives of demonyms_en.tsv that are not the place's own name ('Manchukuo troops' names the state)."""
    return frozenset(row[0].strip() for row in read_rows("demonyms_en.tsv")
                     if row and row[0].strip() and (len(row) < 2 or row[0].strip() != row[1].strip()))


def find_demonym_strait_pass_forms(text: str, out: list) -> None:
    """Drop demonyms read as places; straits and gulfs `of` a place; passes with a lower-case head (module doc)."""
    demonyms = _demonyms()
    if any(c.label == "GPE" and text[c.start:c.end] in demonyms for c in out):
        out[:] = [c for c in out if not (c.label == "GPE" and text[c.start:c.end] in demonyms
                                         and not c.source.startswith("lexicon"))]
    if " of " in text:
        for m in _WATER_OF_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_water_of", PRIORITY, {"id": None}))
    if " pass" in text:
        for m in _PASS_RE.finditer(text):
            words = m.group("name").split()
            while words and words[0] in _NOT_NAME_START:
                words.pop(0)
            if not words or words[0] in demonyms or words[-1] in demonyms:
                continue
            start = m.end("name") - len(" ".join(words))
            out.append(Candidate(start, m.end(), "LOC", "rule:en_lower_pass", PRIORITY, {"id": None}))
