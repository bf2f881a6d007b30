"""A company's or society's force after its possessive, in English text.

`find_company_forces(text, out)`: a company's force after its possessive is its own MIL_UNIT (`the Levant Company's
Army` -> ORG + MIL_UNIT `Army`), run where `Company` or `Society` is written.

Provenance: first seen on session 18's held-out English passages (session 18 round 2, helper r18en; split out of
english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

ORG_FORCE_AFTER_RE = re.compile(r"['\u2019]s[ \t]+(?P<f>Army|Navy|Fleet|Marine|Marines|Militia)(?![\w'\u2019-]|[ \t]+[A-Z])")


def _org_forces(text: str, out: list) -> None:
    """A company's or a body's own force after its possessive: ORG + MIL_UNIT (`the Levant Company's Army` ->
    ORG `Levant Company` + MIL_UNIT `Army`), as a force's possessive before a unit is its own span and an
    organisation's owner in the possessive is outside it (guideline readings of session 8)."""
    for c in [c for c in out if c.label == "ORG"]:
        m = ORG_FORCE_AFTER_RE.match(text, c.end)
        if m is None:
            continue
        out[:] = [x for x in out if x is c or not (x.start < m.end() and x.end > c.start
                                                   and (x.start < c.start or x.end > c.end or x.start >= c.end))]
        out.append(Candidate(m.start("f"), m.end("f"), "MIL_UNIT", "rule:en_org_force18", 61,
                             norm_en.normalize_unit_en(m.group("f"), "")))


def find_company_forces(text: str, out: list) -> None:
    if "Company" in text or "Society" in text:
        _org_forces(text, out)
