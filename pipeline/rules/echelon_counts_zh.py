"""Counts of formations written without 个 (session 13, lead; a Japanese operation order translated into Chinese):
`约4大队`, `共6中队`, `每1大队定员约千人`, `编为2联队`.

A numeral and an echelon word with no 第 is read by the unit finder as a bare designation (`1大队`), which it is
after a side word or a parent (`步兵第一三三旅团1大队`); after a word of counting it is a number of formations, a
QUANTITY with the echelon as its unit (guideline 14: `5个师团` counts formations). The cue words: an approximator,
which belongs to the span (guideline 9: `约4大队`), or a word of totalling, distributing or forming, which stays
outside (`共|6中队`, `每|1大队`, `编为|2联队`).

`find_echelon_counts(text)` (working text) proposes QUANTITY, priority 64 (above the unit finder's bare designations).
Anchored on the echelon words' last characters (str.find on 队 and 团).
"""

from __future__ import annotations

import re

from pipeline.normalize.quantities import normalize_quantity
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE, PRIORITY = "rule:quantity-echelon-count", 64
_NUM = "(?:[0-9]{1,2}|[一二三四五六七八九十两]{1,3})"
_ECHELONS = "(?:师团|旅团|联队|大队|中队|小队)"
_COUNT_RE = re.compile(f"(?:(?P<approx>约|近|将近|不足|不到|超过)|(?<=共|计|每|各|仅|只)|(?<=编为|编成|组成|合计|总计))"
                       f"(?P<num>{_NUM}){_ECHELONS}(?![长部本])")


def find_echelon_counts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "队" not in text and "团" not in text:
        return out
    for m in literal_finditer(_COUNT_RE, text):
        start = m.start("approx") if m.group("approx") else m.start("num")
        if start > 0 and text[start - 1] == "第":
            continue
        norm = normalize_quantity(text[start:m.end()])
        if isinstance(norm.get("value"), (int, float)):
            out.append(Candidate(start, m.end(), "QUANTITY", SOURCE, PRIORITY, norm))
    return out
