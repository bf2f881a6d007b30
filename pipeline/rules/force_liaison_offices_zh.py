"""Offices a force or party kept in a city (ORG). Grammar over a short list of the forces that kept them.

During the united front of 1937-1946 the Eighth Route and New Fourth Armies and the party centre kept offices,
liaison and supply posts in the cities of the Nationalist area (八路军驻某办事处, 新四军驻某通讯处); party histories,
memorial pages and memoirs name them with the force, 驻 and the city's one-character abbreviation or name, or
with the city alone. The force, 驻 + the place (one to three characters) or a city the place lexicon knows, and an
office head (办事处, 通讯处, 联络处, 采购处, 交通站, 留守处, 转运站, 兵站) are one ORG (`八路军驻甲办事处`,
`新四军乙丙办事处`), as the contract reads a body's office with its place (`资源委员会某地办事处`, one ORG); the
force alone stays a MIL_UNIT where no office follows. Not before 旧址, 遗址, 纪念馆 (the site of the office is a FAC,
read by the site finders).

Priority 62 (above a force's lexicon unit, 60, which it contains). Cost: str.find of 驻 and the heads; one regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:force-liaison-office"
PRIORITY = 62

# the forces and party bodies that kept such offices (Simplified and Traditional)
_FORCES = ("第十八集团军", "十八集团军", "第十八集團軍", "十八集團軍", "八路军", "八路軍", "新四军", "新四軍", "红军", "紅軍",
           "中共中央", "中共")
_HEADS = ("办事处", "辦事處", "通讯处", "通訊處", "联络处", "聯絡處", "采购处", "採購處", "交通站", "留守处", "留守處",
          "转运站", "轉運站", "兵站")
_OFFICE_RE = re.compile(f"(?:{'|'.join(_FORCES)})(驻|駐)?([\u4e00-\u9fff]{{1,3}}?)(?:{'|'.join(_HEADS)})"
                        "(?!旧址|舊址|遗址|遺址|纪念馆|紀念館)")
_NOT_IN_PLACE = frozenset("的了在于和与及是为有总後后前各这那该某")


def find_force_liaison_offices(text: str) -> list[Candidate]:
    """ORG candidates: 八路军驻甲办事处, 新四军乙丙通讯处."""
    if not any(h[:2] in text for h in _HEADS):
        return []
    out = []
    for m in literal_finditer(_OFFICE_RE, text):
        place = m.group(2)
        if any(ch in _NOT_IN_PLACE for ch in place):
            continue
        if not m.group(1):          # no 驻: the place must be one the lexicon knows as a GPE
            entry = place_lexicon().get(place)
            if entry is None or entry.label != "GPE":
                continue
        out.append(Candidate(m.start(), m.end(), "ORG", SOURCE, PRIORITY))
    return out
