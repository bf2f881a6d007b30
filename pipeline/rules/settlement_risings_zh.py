"""Risings named by a county or prefecture and the village they broke out in (session 18, s18zhqty; EVENT audit).

`惠州七女湖起义`, `潮州黄岗起义`: a known county or prefecture, then a two- or three-character settlement or landform
name (ending in a settlement or landform character: 村, 寨, 岗, 湖, 山, 坪 …), then 起义/暴动, is one EVENT, as the
event finder reads `潮州黄冈起义` where it knows the village. The settlement name must hold no verb, particle or digit
(`广州发动起义`, `惠州的起义`, `广州三次起义` are no names). A province before the village only modifies the name
(`云南|河口起义`, guideline 6) and is left alone.

`find_settlement_risings(text)` proposes EVENT, priority 50.
"""

from __future__ import annotations

import re

from pipeline.rules.late_qing_wars_zh import PROVINCES
from pipeline.rules.name_walk import PLACE_SUFFIXES
from pipeline.rules.names import known_places
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:event-settlement-rising", 50
_ENDINGS = PLACE_SUFFIXES | set("湖山河冈塘坪桥圩墟溪坑")
_NOT_IN_NAME = set("的了和与及在从向于发动举行爆等地之是为被将把次场个")
_PROVINCE_SET = frozenset(PROVINCES)   # 云南|河口起义: a province only modifies the name (guideline 6)
_RISING_RE = re.compile("(?=([\u4e00-\u9fff]{2,3}?)(起义|暴动))")


def find_settlement_risings(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "起义" not in text and "暴动" not in text:
        return out
    places = known_places()
    for m in _RISING_RE.finditer(text):
        name_start, name = m.start(1), m.group(1)
        if name[-1] not in _ENDINGS or any(ch in _NOT_IN_NAME for ch in name) or name in places:
            continue
        for k in (3, 2):
            before = text[name_start - k:name_start]
            if name_start >= k and before in places and before not in _PROVINCE_SET:
                out.append(Candidate(name_start - k, m.end(2), "EVENT", SOURCE, PRIORITY))
                break
    return out
