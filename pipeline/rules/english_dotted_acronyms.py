"""Acronyms written with full stops between the letters, as older books, newspapers, despatches and OCR'd texts of
1840-1979 write them (`the K.K.E.`, `E.A.M.`, `the I.R.B.`, `the R.I.C.`, `S.O.E.`, `the F.F.I.`; session 27, helper
s27enunit).

A run of three to six capital letters each followed by a full stop, whose letters without the stops are an
organisation's or an armed force's acronym in the shared lexicons (organisations*.tsv, forces_en*.tsv: `KKE`, `EAM`,
`IRB`, `RIC`, `SOE`, `FFI`), takes the undotted form's label: one ORG or MIL_UNIT over the letters and their stops (a
final stop that also ends the sentence stays inside, as `I.R.A.` is listed). Places (`U.S.A.`) and two-letter
acronyms (`R.A.`, `U.N.`, also initials of a person) are left to the other finders; a span another finder read
over the letters is kept.

Written from the typography of those texts (the lexicons list the undotted forms), not from any annotated set or
audited page. Priority 55. Cheap: gated on the literal `.` between two capitals; one pattern that starts with a
capital and a stop.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 55

DOTTED_ACRONYM_RE = re.compile(r"(?<![\w.])(?:[A-Z]\.){3,6}(?![\w])")
_GATE = re.compile(r"[A-Z]\.[A-Z]\.[A-Z]\.")


def find_dotted_acronyms(text: str, out: list) -> None:
    """Dotted acronyms of listed organisations and forces: the undotted form's label (see the module docstring)."""
    if _GATE.search(text) is None:
        return
    from pipeline.normalize import english as norm_en
    from pipeline.rules.english_lexicon import NAMED_UNITS, english_names

    names = english_names()
    found = []
    for m in literal_finditer(DOTTED_ACRONYM_RE, text):
        start, end = m.span()
        letters = m.group().replace(".", "")
        if letters in NAMED_UNITS:
            label = "MIL_UNIT"
        else:
            label = names.get(letters, ("",))[0]
        if label not in ("ORG", "MIL_UNIT"):
            continue
        if any(c.start <= start and end <= c.end for c in out):
            continue                   # another finder read it (or a longer name holds it)
        for c in [c for c in out if c.start < end and start < c.end]:
            out.remove(c)
        norm = {"en_hint": norm_en.normalize_unit_en(letters, "")} if label == "MIL_UNIT" else {}
        found.append(Candidate(start, end, label, "rule:en_dotted_acronym", PRIORITY, norm))
    out.extend(found)
