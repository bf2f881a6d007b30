"""老山, the height of the 1984-1989 Sino-Vietnamese border fighting, read in its war frame (session 14 audit,
auditzh29).

`收复老山、者阴山`, `老山地区的防御`, `主攻老山的118团`, `重返老山前线`: 老山 is also an ordinary phrase (老山羊,
老山参, 老山林, 老山东), so no lexicon lists it alone (pipeline/lexicons/places_foreign_zh.tsv lists 者阴山, 扣林山 …).
It is a LOC (a mountain, guideline table) when written beside its partner height (、者阴山, 和者阴山, 与者阴山),
before a word of the front (地区, 前线, 主峰, 方向, 战场, 防区, 一线, 地域, 阵地) or after a verb of taking or
holding it (收复, 攻克, 攻占, 主攻, 拔除, 坚守, 保卫, 重返, 奔赴, 鏖战, 登上). Names it begins are left to the event
and facility finders (老山战役, 老山作战, 老山轮战, 老山英雄: not proposed before 战/作战/英雄/烈士陵园).
`find_border_war_places(text)` (working text, Simplified) proposes LOC, priority 46 (over the GPE of the
place-before-area rule). Anchored on the literal 老山 (str.find).
"""

from __future__ import annotations

from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-border-war-height", 46
_NAME = "老山"
_PARTNER = ("、者阴山", "和者阴山", "与者阴山", "及者阴山", "、者阴")
_FRONT = ("地区", "前线", "主峰", "方向", "战场", "防区", "一线", "地域", "阵地")
_VERBS = ("收复", "攻克", "攻占", "主攻", "拔除", "坚守", "保卫", "重返", "奔赴", "鏖战", "登上")
# 老山战役, 老山作战, 老山轮战, 老山英雄, 老山烈士陵园: names of events and structures keep their 老山
_NOT_BEFORE = ("战", "作战", "英雄", "烈士", "精神")


def find_border_war_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find(_NAME)
    while at != -1:
        end = at + len(_NAME)
        framed = (text.startswith(_PARTNER, end) or text.startswith(_FRONT, end)
                  or text.endswith(_VERBS, 0, at))
        if framed and not text.startswith(_NOT_BEFORE, end):
            out.append(Candidate(at, end, "LOC", SOURCE, PRIORITY, {"id": None}))
        at = text.find(_NAME, end)
    return out
