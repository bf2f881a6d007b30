"""Lists of railways or roads named by one-character abbreviations, in Chinese working text.

`find_railway_abbreviation_lists(text)` (FAC): a list of railways or roads named by one-character abbreviations
(the route view of place_abbreviations.tsv) sharing one head (平汉、正太、石德铁路: one FAC, as guideline 10 writes shared heads).

Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.place_abbreviations import ROUTE_CHARS
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"

_ROUTE_LIST_RE = re.compile(f"((?:[{_CJK}]{{2}}、){{1,5}})([{_CJK}]{{2}})(铁路|公路)")
_ROUTE_LIST_ANCHOR = re.compile(f"、[{_CJK}]{{2}}(?:铁路|公路)")   # the last 、 of the list


def find_railway_abbreviation_lists(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_ROUTE_LIST_RE, text, _ROUTE_LIST_ANCHOR, 15):
        items = m.group(1).split("、")[:-1]
        if all(item[0] in ROUTE_CHARS and item[1] in ROUTE_CHARS for item in items):
            out.append(Candidate(m.start(), m.end(), "FAC", "rule:fac-route-list", 46))
    return out
