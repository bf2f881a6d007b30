"""Region names that a city took after 1949 (prezh1, session 17 precision audit of GPE): LOC, not the city.

Two prefecture-level cities of Anhui were named after the old regions around them: 淮南 (淮南矿区 → 淮南市,
1950-52) and 淮北 (濉溪市 renamed 淮北市, 1971). The gazetteer lists them as cities (GPE), but in the texts of
1840-1979 the names stand for the lands south and north of the Huai: 撤出淮北, 淮南抗日根据地, 苏北、苏中、淮南
三块根据地 (real-dev8 gold: LOC), like 苏北, 皖南, 鲁南 (LOC in the physical lexicon).

`find_region_names(text)` (working text) proposes LOC at priority 31 (the gazetteer's GPE has 30) for these
names, except where the city is meant: 淮南市, 淮北市, an address after a province (安徽省淮北), or the start of
a longer name (淮南煤矿, 淮南路 are the places matcher's business, as for every city).
"""

from __future__ import annotations

import re

from pipeline.rules.places import NAME_CONTINUES_RE
from pipeline.spans import Candidate

SOURCE = "rule:region-name"
PRIORITY = 31
# the cities named after a region after 1949 (Anhui's gazetteer: 淮南 1950-52, 淮北 1971)
_REGION_RE = re.compile("淮[南北](?![市县区])")


def find_region_names(text: str) -> list[Candidate]:
    """LOC candidates of 淮南 / 淮北 as regions (see the module doc)."""
    out: list[Candidate] = []
    if "淮" not in text:
        return out
    for m in _REGION_RE.finditer(text):
        start, end = m.span()
        if start and text[start - 1] == "省" or NAME_CONTINUES_RE.match(text, end):
            continue   # 安徽省淮北: the city in an address; 淮南煤矿, 淮南路: a longer name
        out.append(Candidate(start, end, "LOC", SOURCE, PRIORITY, {"id": None}))
    return out
