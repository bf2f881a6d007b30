"""Named positions in Chinese working text.

`find_hill_positions(text)` (FAC): a hill or known place with 阵地 (X山阵地) is one position.
`find_named_positions(text)` (FAC): an unfamiliar place stem with 阵地 after a word that opens a name or a verb of
reaching or holding (我X顶阵地, 赶到X阵地), the stem ending in a word of terrain or settlement; not a kind of position
(主阵地, 前沿阵地, 河防阵地); first seen on real-dev9-zh (session 7, helper zh9; moved here from written_zh9 in session 24).

Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate
from pipeline.rules.names_common import known_places, plain_word as _plain
from pipeline.rules.place_stems_zh import read_stem

_CJK = "\u4e00-\u9fff"

# a named position: a hill or known place with 阵地 (凤凰山阵地) is one FAC (real-dev 南林坡阵地)
_POSITION_HEAD_RE = re.compile("阵地")
_POSITION_STOP = set("的在守退和与向于对等了是从由到至其该各我敌前后主副核心既设预第一二三四五六七八九十外内占攻克夺地向线道")


def find_hill_positions(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for head in _POSITION_HEAD_RE.finditer(text):
        for size in (3, 2, 4):
            start = head.start() - size
            stem = text[max(0, start):head.start()]
            if start < 0 or any(ch in _POSITION_STOP for ch in stem) or not re.fullmatch(f"[{_CJK}]+", stem):
                continue
            if stem[-1] in "山岭坡台岗峰垭坳岩崖寨" or stem in places:
                out.append(Candidate(start, head.end(), "FAC", "rule:fac-position", 46))
                break
    return out


_ZH_DIGIT = "一二三四五六七八九十"

# a named position: an unfamiliar place stem with 阵地 (X阵地, 我X顶阵地: FAC, as 南林坡阵地); not 主阵地, 前沿阵地
_POSITION_RE = re.compile("阵地")
# a named position takes its name from the ground or a settlement: the stem ends in a word of terrain or place
_POSITION_VERBS = frozenset("赶到 到达 进入 退守 固守 坚守 据守 扼守 死守 占领 攻占 夺取 夺回 突破 冲入 撤至 退至 进至 增援 支援".split())
_POSITION_STEM_END = set("山岭岗坡顶峰岩崖口河桥庄村镇寨集店屯堡湾洲岛台垭坳梁塬峁林沟洼坝寺庙房铺墩嘴")   # 房铺墩嘴: s21zhlab (X间房, 十里铺)


def _positions(text: str, places: frozenset[str]) -> list[Candidate]:
    out = []
    for m in _POSITION_RE.finditer(text):
        start = read_stem(text, m.start(), places, 3)
        if start is None and m.start() >= 5 and text[m.start() - 5:m.start() - 3] in _POSITION_VERBS:
            start = m.start() - 3                  # 赶到|三间房阵地, 退守|八角墩阵地: after a verb of reaching or holding
            #                                        the three characters are the name even where an ordinary word
            #                                        opens them (三间, 八角; s21zhlab)
        if start is None or _plain(text[start:m.start()], 100) or text[m.start() - 1] in "新旧主副":
            continue
        stem = text[start:m.start()]
        if stem[-1] not in _POSITION_STEM_END and stem not in places:
            continue                               # 河防阵地, 既设阵地, 阻援阵地: a kind of position, not a name
        out.append(Candidate(start, m.end(), "FAC", "rule:facility-position", 46))
    return out


def find_named_positions(text: str) -> list[Candidate]:
    return _positions(text, known_places()) if "阵地" in text else []
