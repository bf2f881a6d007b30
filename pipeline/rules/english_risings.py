"""Risings, revolts and insurrections named by their place or people (session 17, helper auditen22, from an audit
of English history pages on the late Qing, the Republic and the Communist risings of 1927).

British and older English history names a revolt with `Rising`, `Revolt` or `Insurrection` where later prose
writes `Uprising` or `Rebellion` (english_grammar's event heads): `the Boxer Rising`, `the Nanchang Rising`,
`the Autumn Harvest Rising`, `the Canton Revolt`, `the Ili Insurrection`. One to three capitalised words before
such a capitalised head are one EVENT (spec: a named historical event; rule 6 and the session-9 reading: the
place inside the name belongs to the event, so a place read there gives way). The words before the head are no
article, pronoun, preposition or side adjective (english_grammar.NOT_NAME_START), and the head is not followed
by a noun it qualifies (`the Rising Sun`).

Criteria: the heads are the English nouns of an armed revolt not in english_grammar's list (Rising, Revolt,
Insurrection, Insurgency, Putsch, and their plurals); written for zhanji, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import NOT_NAME_START
from pipeline.spans import Candidate

PRIORITY = 56

_WORD = r"[A-Z][a-z\u2019'-]{1,15}"
RISING_RE = re.compile(rf"(?<![\w'\u2019-])(?P<name>{_WORD}(?:[ \t]{_WORD}){{0,2}})[ \t]"
                       r"(?:Risings?|Revolts?|Insurrections?|Insurgency|Putsch)(?![\w-]|[ \t]+Sun\b)")


def find_risings(text: str, out: list) -> None:
    """EVENT `<Name> Rising|Revolt|Insurrection` (see the module doc)."""
    if "Rising" not in text and "Revolt" not in text and "Insurr" not in text and "Putsch" not in text:
        return
    for m in RISING_RE.finditer(text):
        words = m.group("name").split()
        while words and words[0] in NOT_NAME_START:
            words.pop(0)
        if not words:
            continue
        start = m.end("name") - len(" ".join(words))
        end = m.end()
        over = [c for c in out if c.start < end and start < c.end]
        if any(c.label == "EVENT" and c.start <= start and c.end >= end for c in over):
            continue
        if any(c.start < start or c.end > end for c in over):
            continue        # part of a longer name read already
        out[:] = [c for c in out if c not in over]
        out.append(Candidate(start, end, "EVENT", "rule:en_rising", PRIORITY, {}))
