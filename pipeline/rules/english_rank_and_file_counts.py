"""Counts of other ranks as war diaries abbreviate them (session 26, helper s26enunit; see
english_german_designations_armies_of for the audit): a number before `R & F`, `R&F`, `O.R.`, `O.Rs`, `ORs`,
`rank and file` (`48 R & F`, `3 O.R. killed`, `250 rank and file`) -> one QUANTITY with the abbreviation as its unit,
as `1,877 other ranks` already is (docs/annotation-guidelines.md session 24). A bare `OR` (the word or) is no unit:
only the stopped, plural or ampersand forms.
Priority 50; cheap: gated on `R & F`, `R&F`, `O.R`, `ORs`, `rank and file`.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping

PRIORITY = 50

_COUNT = re.compile(r"(?<![\w.,-])(?P<n>\d{1,3}(?:,\d{3})*|\d+)[ \t]+(?P<u>R[ \t]?&[ \t]?F|O\.[ \t]?R(?:s|\.)|ORs"
                    r"|rank[ \t]+and[ \t]+file)(?![\w&])")


def find_rank_and_file_counts(text: str, out: list) -> None:
    """Counts of other ranks by their war-diary abbreviations (see the module docstring)."""
    if not ("R & F" in text or "R&F" in text or "O.R" in text or "O. R" in text or "ORs" in text
            or "rank and file" in text):
        return
    found = []
    for m in _COUNT.finditer(text):
        s, e = m.span()
        # a name read from the abbreviation's last letter on ('F. Casualties') is no name
        if any(c.label != "QUANTITY" and (c.start < s or c.end > e) and not (c.label == "PERSON" and c.start > s)
               for c in overlapping(out, s, e)):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end)]   # 'O.Rs' read as a name inside gives way
        found.append(Candidate(s, e, "QUANTITY", "rule:en_rank_and_file_count", PRIORITY,
                               {"value": int(m.group("n").replace(",", "")), "unit": m.group("u"), "approx": None}))
    out.extend(found)
