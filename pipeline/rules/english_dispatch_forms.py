"""Forms of cabled news and old dispatches (session 22, helper s22en2: label audit of English DATE, QUANTITY,
EVENT and PERSON on scanned newspapers of 1840-1950 and books of the same age about China, Korea and Burma).

- A wire agency named in a dispatch is an ORG: `Reuter` (also `Reuters`, without the possessive: `Reuter's
  correspondent states` -> ORG `Reuter`; `Reuter's Agency` -> `Reuter`, as possessive owners are read in
  english_span_names), `the Havas Agency` one span. Criterion: the news agencies that cabled most of the
  foreign news of the period (Reuter's, founded 1851; Havas, 1835). Not the possessive of another word.
- A two-word romanised name read as a person's name (english_names' Chinese-name shape) right after `at` or
  `near` is a place (`the fighting at Hung Lo`, `camped near Sin Ho`): GPE. Not before a possessive (`at Li
  Fang's house` is the man's), not after a verb of looking, aiming or laughing (`fired at Wu Tai`).
  (session 25, s25en) Also a name of three syllables, spaced or with a hyphenated last part, read as a Chinese or
  Korean person's shape (`landed at Pai Ling-ho`, `the fighting at Tung Sha Kou`, `camped near Mao Chia-tun`),
  after `between` and after the `and` that closes it (`the line between Hsi Ho Tan and Pei Kou Wan`), and after
  `from` following a verb of movement (`advanced from Shih Li-pu`, not `a letter from Li Wen-ping`).

Made-up examples above. Priority: the agency 46 (over the single-word ORG reading of `Agency`), the place 45
(over the person shape, 34). Cheap: the agency is gated on the literals `Reuter`/`Havas`, the place only reads
the PERSON candidates already made.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

AGENCY_PRIORITY = 46
PLACE_PRIORITY = 45

_REUTER = re.compile(r"(?<![\w-])Reuter(?P<s>s(?![\w'\u2019])|['\u2019]s)?(?![\w-])")
_HAVAS = re.compile(r"Havas[ \t]+(?:News[ \t]+)?Agency(?![\w-])")
_AT_BEFORE = re.compile(r"(?<![\w-])(?:at|near|between|(?:advanced|retreated|withdrew|withdrawn|marched|moved|arrived"
                        r"|returned|fled|driven|landed|sailed|started|came|went|retired)[ \t]+from)[ \t]+$")
_PLACE_SHAPES = frozenset({"rule:en_chinese_name", "rule:en_chinese_name3", "rule:en_korean_name"})
_LOOK_BEFORE = re.compile(r"(?i)(?:look|looked|looking|glanced|stared|aimed|fired|shot|laughed|smiled|pointed|waved"
                          r"|shouted|angry|angered|surprised)[ \t]+(?:at|near)[ \t]+$")
_TWO_WORDS = re.compile(r"[A-Z][a-z]{1,6}(?:[ \t][A-Z][a-z]{1,6}){1,2}(?:-[A-Za-z][a-z]{1,6})?$")
_BETWEEN_AND = re.compile(r"(?<![\w-])and[ \t]+$")


def _agencies(text: str, out: list) -> None:
    for m in literal_finditer(_REUTER, text):
        end = m.start() + 6 + (1 if m.group("s") == "s" else 0)     # the possessive and a head stay outside
        out.append(Candidate(m.start(), end, "ORG", "rule:en_wire_agency", AGENCY_PRIORITY, {}))
    if "Havas" in text:
        for m in _HAVAS.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_wire_agency", AGENCY_PRIORITY, {}))


def _places_after_at(text: str, out: list) -> None:
    extra = []
    for c in sorted(out, key=lambda c: c.start):
        if c.label != "PERSON" or c.source not in _PLACE_SHAPES:
            continue
        if not _TWO_WORDS.match(text, c.start, c.end):
            continue
        if text[c.end:c.end + 2] in ("'s", "\u2019s"):
            continue
        lead = text[max(0, c.start - 24):c.start]
        after_between = any(text[e.end:c.start].strip() == "and" and _BETWEEN_AND.search(text, e.end, c.start)
                            and re.search(r"(?<![\w-])between[ \t]+$", text[max(0, e.start - 10):e.start])
                            for e in extra)
        if not after_between and (_AT_BEFORE.search(lead) is None or _LOOK_BEFORE.search(lead) is not None):
            continue
        extra.append(Candidate(c.start, c.end, "GPE", "rule:en_place_after_at", PLACE_PRIORITY, {}))
    out.extend(extra)


def find_dispatch_forms(text: str, out: list) -> None:
    """Wire agencies and romanised two-word places after `at`/`near` (module doc)."""
    if "Reuter" in text or "Havas" in text:
        _agencies(text, out)
    if "at " in text or "near " in text or "between " in text or "from " in text:
        _places_after_at(text, out)
