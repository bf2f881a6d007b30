"""The second count of an establishment written as two counts of formations (session 22, s22zhext).

Histories and forum posts on army organisation write a division's or army's establishment as counts of two
echelons glued together: `每师2旅4团`, `两旅四团编制`, `改为三旅六团制`, `一军两师六团`. The count finders read the first
(`2旅`, `两旅`) as a QUANTITY and the second as a designation or nothing, since `4团` alone may name the 4th
regiment; after a count of the larger echelon it counts too (guideline 14: a counted formation is a QUANTITY).
Descending designations (`三军五师`, the 5th division of the 3rd army; readings of session 11) stay units: the
pair is read as counts only when the first is written with 两, or 每 + an echelon stands right before it, or
编制/制/编成 follows the pair.

`find_paired_formation_counts(text)` (working text, Simplified) proposes QUANTITY at priority 62 (above the bare
designations, 60) for each count of such a pair (smaller echelon after the larger: 军 > 师 > 旅 > 团 > 营 > 连),
value the number, unit the echelon.

Examples written for this module: `每军3师9团`, `全军为两师四团`, `一师三团编制`.
Cost: one regex started at the echelon characters 师/旅/团/营 (`scan.literal_finditer`), bounded windows around it.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-paired-formations", 62

_RANK = {"军": 6, "师": 5, "旅": 4, "团": 3, "营": 2, "连": 1}
_N = "(?:[一两二三四五六七八九十]{1,3}|[1-9][0-9]?)"
_PAIR_RE = re.compile(f"(?<![第〇零一二三四五六七八九十百0-9])(?P<a>{_N})(?P<e1>[军师旅团营])(?P<b>{_N})(?P<e2>[师旅团营连])"
                      "(?![长部属])")
_AFTER = ("编制", "制", "编成", "的编制")


def find_paired_formation_counts(text: str) -> list[Candidate]:
    """`每师2旅4团` → QUANTITY `2旅` and `4团` (see the module doc)."""
    out: list[Candidate] = []
    for m in literal_finditer(_PAIR_RE, text):
        if _RANK[m.group("e1")] <= _RANK[m.group("e2")]:
            continue
        a = m.group("a")
        before = text[max(0, m.start() - 2):m.start()]
        counted = (a.startswith("两") or (before[:1] == "每" and before[1:] in _RANK)
                   or text.startswith(_AFTER, m.end()))
        if not counted:
            continue
        out.append(Candidate(m.start("a"), m.end("e1"), "QUANTITY", SOURCE, PRIORITY))
        out.append(Candidate(m.start("b"), m.end("e2"), "QUANTITY", SOURCE, PRIORITY))
    return out
