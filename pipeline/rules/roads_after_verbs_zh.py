"""Roads and railways named by an unfamiliar place, framed by a verb of building, cutting or destroying: one FAC.

Class (session 28, s28zhorg, Chinese FAC audit of county histories and local newspapers of 1937-1949):

- A verb that takes a route as its object — 破坏, 切断, 截断, 炸毁, 拆毁, 修筑, 修建, 修造, 修通, 抢修, 修复, 封锁, 控制 — and then a
  stem of two to four characters and 公路, 铁路 or 大道 is one FAC over the stem and the head (`破坏石门坳公路`,
  `修复某某岭铁路`), where the stem is a name the lexicons do not know (a village, a pass, a hamlet). Criterion: the
  routes county histories name by a place on them in the sabotage and road-building of the war years.
- Not a kind of road (`修筑简易公路`, `破坏敌人公路`, `修筑战备公路`: an ordinary word, a side or a quality before the
  head), nor a stem holding a particle, a count, a conjunction or a word of position (`的`, `两条`, `和`, `沿线`),
  nor a stem that is an ordinary word (`乡村`), nor a route the other finders read already (they win by length).

Examples written for this module: `村民破坏石门坳公路`, `民工抢修白沙冲铁路`; negatives: `日军修筑简易公路`,
`破坏敌人公路`, `修筑两条公路`.

Priority 45. Cost: one str.find per head word, a look back of at most six characters.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_VERBS = ("破坏", "切断", "截断", "炸毁", "拆毁", "修筑", "修建", "修造", "修通", "抢修", "修复", "封锁", "控制")
_HEADS = ("公路", "铁路", "大道")
_NOT_IN = frozenset("的了和与及或等个条段座一两二三四五六七八九十几数各该这那其此本沿线上下里内外敌我")


def find_roads_after_verbs(text: str) -> list[Candidate]:
    if not any(h in text for h in _HEADS):
        return []
    out = []
    for head in _HEADS:
        for at in literal_positions(text, head):
            for size in (2, 3, 4):
                start = at - size
                if start < 2:
                    break
                stem = text[start:at]
                if any(ch in _NOT_IN or not ("\u4e00" <= ch <= "\u9fff") for ch in stem):
                    break
                if not any(text.endswith(v, 0, start) for v in _VERBS):
                    continue
                if is_common_word(stem) or is_common_word(stem[-2:]):
                    break                              # 简易公路, 乡村公路, 战备公路: a kind of road
                out.append(Candidate(start, at + 2, "FAC", "rule:road-after-verb", 45))
                break
    return out
