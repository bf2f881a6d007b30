"""Hotels, inns and lodging houses named by their house name (FAC). Grammar; no list of names.

A named hotel is a building (FAC, as the development sets read a harbour hotel `某某半岛酒店`): memoirs, local
histories and news features of 1900-1949 put meetings, arrests and lodgings in them (`我住在甲乙饭店`, `在丙丁旅社召开`,
`戊己大饭店内`). The head is a lodging word — 饭店, 大饭店, 酒店, 大酒店, 旅社, 大旅社, 旅馆, 大旅馆, 宾馆, 饭庄,
酒楼, 客栈 (and the Traditional forms) — and the name is the run of Han characters right before it, read back to a
clause boundary or a word that opens a name (a preposition of place or movement, 的, 了, a conjunction or 、):

- the name holds two to four characters, no numeral, pronoun or function character, and no lodging head itself
  (`饭店宾馆中`: two kinds, no name);
- the name is no word of kind or size (新式, 大型, 高级, 豪华, 当地, 附近, 外国 …) and does not end in a counter of
  houses (`这家`, `一间`: no name);
- the head is no trade word (`饭店业`, `旅馆业`), no part of a longer word (`酒店式`) and not followed by another
  lodging word (`甲地旅馆饭店业`: the kinds of house of a town).

A place name inside the name stays inside (guideline 6: `甲市乙丙饭店` → one FAC over the place and the house).
Priority 46 (above the gazetteer's GPE 30 and the place frames' 45). Cost: a literal scan of the heads; a read back
of at most six characters where one stands.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import opened_name_start
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:lodging-house-name"
PRIORITY = 46

_HEADS = ("大饭店", "饭店", "大酒店", "酒店", "大旅社", "旅社", "大旅馆", "旅馆", "宾馆", "饭庄", "酒楼", "客栈",
          "大飯店", "飯店", "旅館", "大旅館", "賓館", "飯莊", "酒樓", "客棧")
_HEAD_RE = re.compile("(?:" + "|".join(sorted(_HEADS, key=len, reverse=True)) + ")(?![业業式饭飯酒旅宾賓客])")   # 旅馆饭店业: kinds
# characters that open a name: the name starts right after one (在|甲乙饭店, 住进了|甲乙饭店, 和|甲乙旅社)
_OPENERS = frozenset("在于到往进住入了的和与及从由将把被向至经即是为称自回去来返抵离至、")
# characters no house name of this kind holds (numerals, pronouns, function words, counters)
_NOT_IN_NAME = frozenset("一二三四五六七八九十百千万两几这那哪该此各每其某我你他她它们么个家间所座栋处店馆社楼栈庄"
                         "的了着过是有无不没很更最也就又")
# words of kind, size or place that stand before a lodging word without naming one
_KIND_WORDS = frozenset(("新式", "旧式", "老式", "大型", "中型", "小型", "高级", "高等", "豪华", "普通", "一般", "简陋",
                         "当地", "附近", "本地", "外地", "外国", "西式", "中式", "洋式", "日式", "私营", "国营", "民营",
                         "老牌", "著名", "有名", "小小", "破旧", "廉价", "星级", "涉外", "大小", "城里", "城内",
                         "城外", "街上", "路边", "对面", "隔壁", "商务", "临时", "地下", "同一", "所住", "住的"))


def find_lodging_houses(text: str) -> list[Candidate]:
    """FAC candidates: a house name + a lodging head (甲乙饭店, 丙丁旅社)."""
    if not any(h in text for h in ("店", "旅", "馆", "館", "庄", "莊", "楼", "樓", "栈", "棧")):
        return []
    out = []
    for m in literal_finditer(_HEAD_RE, text):
        start = opened_name_start(text, m.start(), _OPENERS, 4)
        if start < 0:
            continue
        name = text[start:m.start()]
        if any(ch in _NOT_IN_NAME for ch in name) or name in _KIND_WORDS or name[-2:] in _KIND_WORDS:
            continue
        out.append(Candidate(start, m.end(), "FAC", SOURCE, PRIORITY))
    return out
