"""Memorials and museums named by what they remember, for facilities.find_facilities (moved out of facilities.py,
session 32).

A place, structure, event or person, then memorial words (抗战, 遇难同胞, 烈士 …), then a memorial head (纪念馆, 博物馆,
陵园, 纪念碑 …): 四行仓库抗战纪念馆, 台儿庄大战纪念馆, 南京大屠杀遇难同胞纪念馆, 卢沟桥纪念馆, 刘公岛甲午战争纪念地.
"""

from __future__ import annotations

import re

from pipeline.rules.event_name_starts import event_name_start, structure_name_start
from pipeline.rules.events import event_regexes
from pipeline.rules.fixed_facilities import FIXED_FACILITIES, RULE_FAC
from pipeline.rules.name_walk import free_name_start, looks_like_person, name_start
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

MEMORIAL_HEADS = ("纪念馆", "博物馆", "陵园", "纪念碑", "纪念堂", "纪念园", "纪念地", "公墓", "纪念坊", "纪念亭", "陈列馆", "展览馆")
# 纪念地: a memorial site (s19zhfac); 纪念坊, 纪念亭, 陈列馆, 展览馆: a memorial arch, pavilion or exhibition hall (s23zhfac)
_MEMORIAL_HEAD_RE = re.compile("纪念馆|博物馆|陵园|纪念碑|纪念堂|纪念园|纪念地|公墓|纪念坊|纪念亭|陈列馆|展览馆")
# words that may stand between a memorial's subject and its head (they alone make no name)
_MEMORIAL_WORDS = ("中国人民抗日战争", "抗日战争", "阵亡将士", "遇难同胞", "抗战", "抗日", "烈士", "革命", "胜利", "纪念", "人民", "英雄", "将士", "遗址",
                   "受降", "旧址")   # 受降, 旧址: 某地受降纪念坊, 某某旧址陈列馆 (s23zhfac)


def memorials(text: str) -> list[Candidate]:
    """四行仓库抗战纪念馆, 台儿庄大战纪念馆: a place, structure, event or person, then memorial words, then the head."""
    if not any(head[-1] in text for head in ("馆", "园", "碑", "堂", "墓", "地", "坊", "亭")):
        return []
    out = []
    for match in rare_finditer(_MEMORIAL_HEAD_RE, text):
        head_start = match.start()
        pos = head_start
        named = False
        floor = max(0, head_start - 14)
        while pos > floor:
            word = next((w for w in _MEMORIAL_WORDS if text.startswith(w, pos - len(w)) and pos - len(w) >= floor), None)
            if word:
                pos -= len(word)
                continue
            fixed = next((n for n in FIXED_FACILITIES if text.startswith(n, pos - len(n)) and pos - len(n) >= floor), None)
            if fixed:  # 卢沟桥纪念馆
                pos, named = pos - len(fixed), True
                continue
            fac = _FAC_HEAD_BEFORE.search(text, max(floor, pos - 4), pos)
            if fac and fac.end() == pos:
                begin = structure_name_start(text, pos)
                if begin < 0 and fac.group() in _MINE_HEADS:   # 某某煤矿博物馆: a mine's museum (s23zhfac)
                    free = free_name_start(text, fac.start(), fac.group(), pos)
                    begin = min(name_start(text, fac.start()), pos if free is None else free)
                    begin = begin if fac.start() - begin >= 2 else -1
                if begin >= floor:
                    pos, named = begin, True
                    continue
            known = event_regexes()[1]
            lexicon_event = next((m for m in (known.match(text, k) for k in range(max(floor, pos - 8), pos - 1)) if m and m.end() == pos), None)
            if lexicon_event:  # 南京大屠杀遇难同胞纪念馆
                pos, named = lexicon_event.start(), True
                continue
            event = _EVENT_HEAD_BEFORE.search(text, max(floor, pos - 4), pos)
            if event and event.end() == pos:
                begin = event_name_start(text, event.group(), event.start())
                if begin >= floor:
                    pos, named = begin, True
                    continue
            begin = name_start(text, pos, max_len=pos - floor)
            if begin < pos:
                pos, named = begin, True
                continue
            landform = _landform_before(text, pos, floor) if named else None
            if landform is not None:
                pos = landform   # 刘公岛|甲午战争纪念地: the island or hill where the event was (s19zhfac)
                continue
            free = free_name_start(text, pos, "纪念馆", pos)
            if free is not None and looks_like_person(text[free:pos]):
                pos, named = free, True
            break
        if named and head_start - pos >= 2:
            out.append(Candidate(pos, match.end(), "FAC", *RULE_FAC))
    return out


_MINE_HEADS = frozenset(("煤矿", "铁矿", "金矿", "战俘营", "集中营"))
_FAC_HEAD_BEFORE = re.compile("(?:仓库|大楼|车站|机场|要塞|炮台|大桥|铁桥|桥|高地|兵工厂|煤矿|铁矿|金矿|战俘营|集中营)")   # mines, camps: s23zhfac
# an island or hill named before a memorial's event (X岛甲午战争纪念地), after an edge: punctuation or a verb's end
_LANDFORM_EDGE = frozenset("，。、；：（）“”\n 布在于至到的和与及即是为称")


def _landform_before(text: str, pos: int, floor: int) -> int | None:
    """The start of a 2-4 character island or hill name ending at `pos` (X岛, X山) with an edge before it."""
    if pos < 2 or text[pos - 1] not in "岛山":
        return None
    for size in (2, 3, 4):
        start = pos - size
        if start < floor or not all("\u4e00" <= ch <= "\u9fff" for ch in text[start:pos]):
            return None
        if start == 0 or text[start - 1] in _LANDFORM_EDGE:
            return start
    return None
_EVENT_HEAD_BEFORE = re.compile("(?:会战|战役|大捷|保卫战|大战|事变|惨案|起义)")
