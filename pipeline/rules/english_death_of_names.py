"""Bare surnames after a noun of a man's death or burial, in English text.

`find_death_of_names(text, out)` (PERSON): a bare surname after a noun of death or burial with `of` (`the death of
Wexley`, `the funeral of Ormsby`): a city falls or is taken, it does not die; the word must be unknown to the lexicons
and no everyday word (english_person_clauses.unknown_name), as english_bare_surnames reads its frames; then
english_acronym_aliases' one-word pass reads its other mentions (`reported to Wexley`).

Provenance: first seen on session 18's held-out English passages (session 18 round 2, helper r18en; split out of
english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

DEATH_OF_RE = re.compile(r"(?<![\w-])(?:death|deaths|murder|assassination|execution|funeral|burial|wounding|grave"
                         r"|widow|killing)[ \t]+of[ \t]+(?P<w>(?:Mc|Mac)?[A-Z][a-z]{2,20})(?![\w'\u2019-]|[ \t]+[A-Z])")


def find_death_of_names(text: str, out: list) -> None:
    if " of " not in text:
        return
    from pipeline.rules.english_bare_surnames import SEATS  # noqa: PLC0415
    from pipeline.rules.english_person_clauses import unknown_name  # noqa: PLC0415

    for m in DEATH_OF_RE.finditer(text):
        if m.group("w") in SEATS or not unknown_name(m.group("w")):
            continue
        out.append(Candidate(m.start("w"), m.end("w"), "PERSON", "rule:en_death_of18", 33, {}))
