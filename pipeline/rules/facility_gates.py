"""City gates named in a siege: 从永某门拥入, 城西的普某门失守, 逼近了内城坤某门 (FAC).

Siege narratives name the gates of the walled city; place_frames reads a gate after a verb of attack
(攻破小南门). `find_gates(text)` also reads a gate of 2 + 门 after a word of the city's parts (内城, 外城,
城东的, 城西 …) or of movement toward it (从, 经, 逼近, 直逼, 围攻), when the stem holds no function,
numeral or direction character, the stem is no known place (徐州|西门 is the facility finder's) and the
gate is no ordinary word (城门, 大门, 后门) and no longer word follows (门外, 门口, 门楼, 门前).
Candidates are FAC at the facility rules' priority (45). Cost: nothing unless 门 is in the text.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.rules.place_frames import STOP
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:facility-gate"
PRIORITY = 45
_GATE_RE = re.compile(
    "(?:内城|外城|城[东西南北]的?|从|经|逼近了?|直逼|围攻|进攻)([\u4e00-\u9fff]{2}门)"
    "(?![\u4e00-\u9fff]?(?:外|内|前|口|楼|里|下|上|长|户|类|派|生|徒|槛|牌|票|路|房|诊|卫|岗|洞|框|板))")


def find_gates(text: str) -> list[Candidate]:
    """FAC candidates of city gates after a word of the city or of movement (see the module doc)."""
    if "门" not in text:
        return []
    out: list[Candidate] = []
    for match in literal_finditer(_GATE_RE, text):
        start, end = match.span(1)
        gate = match.group(1)
        stem = gate[:2]
        if any(ch in STOP or ch in "东西南北" for ch in stem) or stem in place_lexicon():
            continue
        entry = word_info().get(gate) or word_info().get(stem)
        if entry and entry[0] >= 20 and not entry[1].startswith(("ns", "nz")):
            continue
        out.append(Candidate(start, end, "FAC", SOURCE, PRIORITY))
    return out
