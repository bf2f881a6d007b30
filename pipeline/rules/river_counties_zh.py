"""Rivers written like the counties named after them, in Chinese working text.

`find_river_counties(text)` (LOC):
- a county named after its river read as the river once (渡过修水) is the river everywhere in the text;
- a river before 防线 is the river (新墙河防线 → 新墙河, the line word outside; 邙山头防线 stays FAC).

Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"

# a county named after its river (修水, 涟水) read as the river in one place of the text
# (渡过修水, 修水两岸: local_places.river_context) is the river everywhere in it
_RIVER_COUNTY_RE = re.compile(f"[{_CJK}]{{1,2}}[江河水]")
_RIVER_COUNTY_ANCHOR = re.compile("[江河水]")
# a line named by its river: 新墙河防线 → LOC 新墙河 (the line word outside); 邙山头防线 stays one FAC
_RIVER_LINE_RE = re.compile(f"([{_CJK}]{{2,4}})防线")
_RIVER_LINE_ANCHOR = re.compile("防")


def find_river_counties(text: str) -> list[Candidate]:
    from pipeline.rules.local_places import river_context

    out = []
    places = place_lexicon()
    rivers = set()
    for m in anchored_finditer(_RIVER_COUNTY_RE, text, _RIVER_COUNTY_ANCHOR, 2):
        for start in (m.start(), m.end() - 2):       # 修水 in 渡过修水 / 过修水
            name = text[start:m.end()]
            entry = places.get(name)
            if len(name) >= 2 and entry is not None and entry.label == "GPE" and river_context(text, start, m.end()):
                rivers.add(name)
    for name in rivers:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] not in ("县", "城", "市", "镇") and not any(
                    getattr(places.get(text[m.start() - k:m.end()]), "label", "") == "LOC" for k in (1, 2) if m.start() >= k):
                end = m.end() + 1 if name[-1] == "水" and text[m.end():m.end() + 1] == "河" else m.end()   # 赤水河 (auditzh9)
                out.append(Candidate(m.start(), end, "LOC", "rule:river-county", 31))   # not 大|同江 (大同江)
    for m in anchored_finditer(_RIVER_LINE_RE, text, _RIVER_LINE_ANCHOR, 4):
        stem = m.group(1)
        for k in range(len(stem) - 1):
            name = stem[k:]
            entry = places.get(name)
            if name in rivers or (entry is not None and entry.label == "LOC" and entry.kind == "river"):
                out.append(Candidate(m.start(1) + k, m.end(1), "LOC", "rule:river-line", 46))
                break
    return out
