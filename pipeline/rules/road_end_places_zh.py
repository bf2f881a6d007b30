"""The two towns a road, a line or a stretch is named by (GPE), in Chinese working text (session 27 audit of county
histories, occupation-era memoirs and Hong Kong village features). Grammar; no list of names.

County histories and memoirs say which road the occupiers forced the villagers to build, and where a line of works ran,
by its two ends: 修筑甲乙至丙丁的公路, 铺甲乙至丙丁的柏油马路, 由甲乙到丙丁的大道, 甲乙至丙丁一线, 甲乙至丙丁之间. The
ends are settlements (a road or a line runs from town to town); the finders read a known one and leave an unfamiliar
one untagged or read it as a landform (甲坝 as a dam).

- X 至/到 Y + 的 + a road word (公路 马路 大道 大路 道路 铁路 汽车路 路段 沿线), X 至/到 Y + 一线 / 之间 / 沿线, or a
  stretch of road by its ends and its length in Arabic figures (续建甲乙至丙丁12.7公里, 甲乙至丙丁段24公里: the roads
  sections of county gazetteers' 交通 chapters): X and Y are
  GPE, each 2-3 Chinese characters (X of two where two can open there); X opens after a clause mark, a preposition or verb of place, a road-building verb
  or a known place (place_stems_zh.opens_name); neither holds a function, unit or count character
  (place_stems_zh.NOT_IN_NAME), is an ordinary word, or ends in a character of a height or water (山 岭 峰 河 江 湖 海
  溪: left to the landform finders).

Priority 35: above the gazetteer (30), the settlement readings (31-34) and the dam/landform readings of an end, below
dates, counts and units. Cost: str.find of 至 and 到 (and the closing words), one regex match where found.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han, known_places
from pipeline.rules.place_stems_zh import NOT_IN_NAME, opens_name
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:road-end-place", 35
_CJK = "\u4e00-\u9fff"
_AFTER_RE = re.compile(f"([{_CJK}]{{2,3}}?)(?:的(?:柏油)?(?:公路|马路|大道|大路|道路|铁路|汽车路|路段)|一线|之间|沿线"
                       "|(?:段|线)?[0-9][0-9.]*(?:公里|华里|千米))")
_NOT_END = set("山岭峰河江湖海溪")


def _end_ok(name: str) -> bool:
    return not (any(ch in NOT_IN_NAME for ch in name) or name[-1] in _NOT_END or is_common_word(name, 100))


def find_road_end_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = None
    for word in ("至", "到"):
        for at in literal_positions(text, word):
            m = _AFTER_RE.match(text, at + 1)
            if m is None or not _end_ok(m.group(1)):
                continue
            places = places if places is not None else known_places()
            start = None
            for size in (2, 3):             # most names have two characters: 修筑|甲乙, 被逼铺|甲乙 (not 铺甲乙)
                s = at - size
                if s >= 0 and all(map(is_han, text[s:at])) and _end_ok(text[s:at]) \
                        and not is_common_word(text[s - 1:s + 1], 100) and opens_name(text, s, places):
                    start = s
                    break
            if start is None:
                continue
            out.append(Candidate(start, at, "GPE", SOURCE, PRIORITY))
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY))
    return out
