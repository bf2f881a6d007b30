"""Risings named by a county or prefecture and the village they broke out in (session 18, s18zhqty; EVENT audit).

`惠州七女湖起义`, `潮州黄岗起义`: a known county or prefecture, then a two- or three-character settlement or landform
name (ending in a settlement or landform character: 村, 寨, 岗, 湖, 山, 坪 …), then 起义/暴动, is one EVENT, as the
event finder reads `潮州黄冈起义` where it knows the village. The settlement name must hold no verb, particle or digit
(`广州发动起义`, `惠州的起义`, `广州三次起义` are no names). A province before the village only modifies the name
(`云南|河口起义`, guideline 6) and is left alone.

Session 26 (s26zhorg): a rising named by its place and who rose or when (`某县农民暴动`, `某地工人暴动`,
`某县年关暴动`, `某岛总起义`, `某地四大暴动`; the development sets read `陕甘回民起义` whole): a place the lexicons know
(a GPE or LOC of 2-4 characters, with or without 县/市/省; not a country: `中国农民起义` is a kind of history), then
one or two words of who rose or of the occasion — criterion: the participants and occasions by which the party
histories and county gazetteers of 1840-1979 name local risings (农民 工人 工农 士兵 兵士 农军 盐民 矿工 渔民 学生
回民 苗民 瑶民 饥民 会党 年关 秋收 春荒 总 and a count of great ones, 四大; not 武装: `某县农民武装暴动` tells how a
county rose, audit24-zh reads the county alone) — then 起义/暴动/起事/兵暴. Not after a
determiner or count (各县, 该县, 两县). Examples written for this module: `浏阳农民起义`, `某县工人暴动`,
`某岛总起义`; negatives: `领导农民起义`, `各县农民暴动`, `中国农民起义`.

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


# not 武装: `某县农民武装暴动` tells how a county's peasants rose, no name (audit24-zh reads the county alone)
_WHO_ROSE = ("农民 工人 工农 士兵 兵士 农军 盐民 矿工 渔民 学生 回民 苗民 瑶民 饥民 会党 年关 秋收 春荒 总 "
             "两大 三大 四大 五大").split()
_WHO_ROSE_RE = re.compile("(?:" + "|".join(sorted(_WHO_ROSE, key=len, reverse=True)) + "){1,2}(?:起义|暴动|起事|兵暴)")
NOT_BEFORE_PLACE = frozenset("各该两几数诸每全本")


def _risings_by_who_rose(text: str) -> list[Candidate]:
    """某县农民暴动, 某岛总起义: a known place + who rose or when + the rising (s26zhorg)."""
    from pipeline.normalize.places import place_lexicon

    out = []
    places = place_lexicon()
    for m in _WHO_ROSE_RE.finditer(text):
        start = named_place_start(text, m.start(), places)
        if start is not None:
            out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
    return out


def named_place_start(text: str, at: int, places) -> int | None:
    """Start of the longest place that ends at `at` (2-5 characters; a GPE or LOC of the gazetteer `places`, not a
    country or continent; a name ending in 省/市/县 also by its stem), or None; None too where a determiner or a count
    stands right before it (`各县`, `两省`: no one place). Shared by the events named by their place (risings here,
    disasters and attacks in place_disaster_attack_events_zh)."""
    for size in (5, 4, 3, 2):
        if at - size < 0:
            continue
        name = text[at - size:at]
        entry = places.get(name) or (places.get(name[:-1]) if name[-1] in "县市省" and size >= 3 else None)
        if entry is None or entry.label not in ("GPE", "LOC") or entry.kind in ("country", "continent"):
            continue
        if at - size > 0 and text[at - size - 1] in NOT_BEFORE_PLACE:
            return None
        return at - size
    return None


def find_settlement_risings(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "起义" not in text and "暴动" not in text and "起事" not in text and "兵暴" not in text:
        return out
    out += _risings_by_who_rose(text)
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
