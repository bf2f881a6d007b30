"""A count after 各 ("each") is a QUANTITY, never a designation (guidelines rule 14: 5个师团 is a count).

`绥、巩军各4营`, `两翼各2个团`, `左右两路各三师`: 各 distributes a number over the forces named before it,
so the number with its echelon word counts formations; without this cue `4营` was read as the 4th
battalion (MIL_UNIT). Anchored on the literal 各; priority 62 outranks the unit rules (60).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_EACH_COUNT_RE = re.compile(
    "各(?:约|近)?((?:[0-9]{1,3}|[一二两三四五六七八九十]{1,3})(?:多|余)?个?"
    "(?:师团|旅团|联队|大队|中队|集团军|纵队|支队|营|团|师|旅|连|军))(?![长部区官属])"
)


def find_each_counts(text: str) -> list[Candidate]:
    """QUANTITY candidates for counts of formations after 各 in `text` (working text)."""
    if "各" not in text:
        return []
    return [Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-each", 62) for m in _EACH_COUNT_RE.finditer(text)]
