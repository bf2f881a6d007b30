"""Risings named after their leader, with the province or county written before the name (session 24, s24zhunit).

Histories of the Qing and the early Republic name peasant, sect and minority risings by their leader: `某某起义`,
`某某暴动`, `某某之乱`, most often after the place they broke out in (`山东某某某起义`, `湖北崇阳某某某起义`). The project
reads such a rising as one EVENT (docs/annotation-guidelines.md: a rising named after its leader is one EVENT), and a
place that only modifies the next name is its own span (guideline 6). The finders read the EVENT where the name
stands at a clause start, but after a place the person reading wins (PERSON + nothing), a county's name inside the
person's given name cuts the event short (`李|文成起义`: 文成 is a county), and two places before the name hide it.

`find_leader_named_risings(text)` (working text, Simplified) proposes EVENT at priority 50 (above the event grammar,
46, and the person readings, 20-40) for a Chinese name before 起义, 暴动, 起事 or 之乱: a single surname and two given
characters, or a single surname and one (the three-character reading first), that passes person_unit_owners' name
test (no ordinary word, no known place, no function or echelon character), holds no character of a group of people
(民, 军, 兵, 众, 匪, 翼, 党, 族, 教 …: 苗民起义, 左翼暴动) and whose surname does not end a known place (桂平|金田起义);
not before 军 or 者 (`某某起义军`: the rising's army). Places before the name stay their own spans.

Examples written for this module: `山东宋某某起义` read as `山东` + `宋某某起义`, `湖北崇阳钟某某起义`, `李文某起义`
(not `文某起义`). Negatives: `南昌起义` (a place: the event grammar), `秋收起义` (a word), `农民起义` (a word),
`该部起义` (a function character).
Cost: one regex started at the heads (`scan.literal_finditer`); each hit checks at most two names.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_places, surnames
from pipeline.rules.person_unit_owners import name_ok
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:leader-named-rising", 50

_HEAD_RE = re.compile("(?<=[\u4e00-\u9fff]{2})(?:起义|暴动|起事|之乱)(?![军者])")
_NUMERALS = set("〇○零二三四五六七八九十百千万两几数")   # 一 stands in names (朱一某)
# given characters that make the pair a group of people or a side, not a name (苗民, 左翼, 士兵, 会党)
_NOT_GIVEN = set("民军兵众匪翼部队党族教会工农")


def _leader_start(text: str, at: int) -> int | None:
    """Start of a person's name ending at `at` (three characters first, then two), or None."""
    single, _compound = surnames()
    for size in (3, 2):
        start = at - size
        if start < 0:
            continue
        name = text[start:at]
        if name[0] not in single or set(name) & _NUMERALS or set(name[1:]) & _NOT_GIVEN:
            continue
        if any(text[max(0, start - k):start + 1] in known_places() for k in (1, 2, 3)):
            continue    # 桂平|金田: the surname ends a place's name
        if name_ok(text, start, at):
            return start
    return None


def find_leader_named_risings(text: str) -> list[Candidate]:
    """`山东某某某起义` → EVENT `某某某起义` (see the module doc)."""
    out: list[Candidate] = []
    for m in literal_finditer(_HEAD_RE, text):
        start = _leader_start(text, m.start())
        if start is not None:
            out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
    return out
