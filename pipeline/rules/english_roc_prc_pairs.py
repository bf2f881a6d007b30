"""ROC and PRC in a hyphenated pair with another name, in English text.

`find_roc_prc_pairs(text, out)` (GPE): `ROC` and `PRC` (the Republic of China, the People's Republic of China) in a
hyphenated pair with another name (`the ROC-US treaty`, `the US-PRC talks`); alone and before a possessive the lexicon
reads them (places_en.tsv). Not inside a longer capitals word (`ROCAF`, `PRCN`).

Provenance: first seen on session 19's held-out English passages (session 19 round 2, helper r19en; split out of
english_heldout19b in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

ROC_PAIR_RE = re.compile(r"(?<![\w-])(?P<a>ROC|PRC)(?=[\u2013-][A-Z])|(?<=[A-Za-z][\u2013-])(?P<b>ROC|PRC)(?![\w-])")


def lexicon_names():
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    return english_names()


def _roc_pairs(text: str, out: list) -> None:
    names = lexicon_names()
    for m in literal_finditer(ROC_PAIR_RE, text):
        key = "a" if m.group("a") else "b"
        s, e = m.span(key)
        if any(c.start < e and s < c.end and c.label == "GPE" for c in out):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end and c.start >= s - 4 and c.end <= e + 4
                                         and c.label != "GPE" and c.end - c.start <= 8)]
        out.append(Candidate(s, e, "GPE", "rule:en_roc_pair19b", 42, {"zh": names[m.group(key)][1]}))


def find_roc_prc_pairs(text: str, out: list) -> None:
    if "ROC" in text or "PRC" in text:
        _roc_pairs(text, out)
