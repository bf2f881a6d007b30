"""Roads and railways named after their two end towns by one character each (德星路 = 德安–星子, 瑞武线 =
瑞昌–武宁), where the towns are not in the fixed list of route abbreviations (FAC).

`lexicons/place_abbreviations.tsv` (its route column) holds the provinces and the cities of the well-known trunk lines
(平汉, 粤汉, 浙赣); campaign pages name local roads after any two county towns. `find_routes(text)`
(working text, Simplified) proposes FAC for two characters + 路 / 线 / 公路 / 铁路 when:

- each character starts the name of a county, city or province the place lexicons know (德 of 德安,
  星 of 星子县 in places_historical …), and neither is a function word, numeral or direction of a
  position (一线, 前线, 北线 have one character or are ordinary words);
- neither the pair nor the pair + head is an ordinary word jieba knows (退路, 战线, 电线, 沿线);
- the words around say a route is meant: before it a verb of movement, cutting or holding (沿, 切断,
  破坏, 控制, 经, 在 …) or another route of a 、-list, and after it no character that makes it a
  longer word (路线, 线路, 路口) — a direction of movement or a side (南下, 两侧, 沿线) is fine.

Scanned from the literal heads 路 and 线 (re skips to them in C); each hit reads a few characters.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE = "rule:route-pair"
PRIORITY = 45       # the facility rules'
_CUES = frozenset(
    "沿 沿着 顺 顺着 经 在 向 从 至 到 由 切断 截断 破坏 控制 占领 打通 修复 炸毁 破击 攻占 夺取 封锁 守备 扼守 "
    "警戒 保护 掩护 威胁 进占 进入 越过 跨过 穿过 、 和 及 与 奔袭 调集 攻".split())   # 奔袭, 调集, 西攻: zh13
# after the head: movement along it or a side of it, not a longer word (路线, 路口, 线路)
_AFTER_OK = re.compile("[东西南北](?:下|上|进|犯|段|侧|面|撤|援|窜)|两侧|沿线|一线|一带|以[东西南北]|[，。、；：！？）)和及与与上]|$")
_STOP = set("的了是和与及等被把对向从由在于经沿到至往个这那其此各每本一二三四五六七八九十百千万两几多少上下"
            "前后左右中内外东西南北大小新老第全半")


@lru_cache(maxsize=1)
def _town_initials() -> frozenset[str]:
    """First characters of the counties, cities and provinces the place lexicons know."""
    return frozenset(name[0] for name, entry in place_lexicon().items()
                     if entry.label == "GPE" and len(name) >= 2
                     and entry.kind in ("county", "prefecture", "province", "city", "district"))


def _ordinary(word: str, freq: int = 5) -> bool:
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= freq and not entry[1].startswith(("ns", "nz"))


def _pair_ok(text: str, start: int, name_end: int) -> bool:
    pair = text[start:start + 2]
    initials = _town_initials()
    if any(ch not in initials for ch in pair) or pair[1] in _STOP or pair[0] in _STOP and pair[0] not in "东西南北":
        return False    # a direction may stand for its town first (北宁路: 北平–辽宁), never second
    if _ordinary(pair) or _ordinary(text[start:name_end]) or _ordinary(text[start + 1:name_end]):
        return False    # 退路, 战线, 电线, 交通线
    if pair in place_lexicon():
        return False    # 芜湖线: the front at a town (the facility finder reads known places + 路)
    return not (start and _ordinary(text[start - 1:start + 1], 20))     # the pair's first character ends a word


# after the route: 沿线, or another route of a pair or list (德星路、南浔路, 东潞路和京汉路) (zh13)
_ROUTE_AFTER = re.compile("沿线|[、和及与][\u4e00-\u9fff]{2,3}?(?:铁路|公路|路|线)")


def _cue_before(text: str, start: int) -> bool:
    if start and text[start - 1] == "了":
        start -= 1      # 切断了X路
    for size in (2, 1):
        if start >= size and text[start - size:start] in _CUES:
            return size == 2 or not (start >= 2 and _ordinary(text[start - 2:start], 20))
    return False


def _head_positions(text: str) -> list[int]:
    """Where 路 and 线 stand (str.find: faster than a character class scanned by re)."""
    found = []
    for char in "路线":
        pos = text.find(char)
        while pos != -1:
            found.append(pos)
            pos = text.find(char, pos + 1)
    found.sort()
    return found


def find_routes(text: str) -> list[Candidate]:
    """FAC candidates of the class in the module doc."""
    out: list[Candidate] = []
    initials = _town_initials()
    for head in _head_positions(text):
        name_end = head + 1
        pair_end = head - 1 if text[head - 1:head] in ("铁", "公") and text[head] == "路" else head
        start = pair_end - 2
        if start < 0 or text[start] not in initials or text[start + 1] not in initials:
            continue    # the cheap test first: each character starts a town's name
        if _ordinary(text[head:head + 2], 20) and not _AFTER_OK.match(text, name_end):
            continue    # 路线, 路口, 线路: the head starts a longer word (路南下, 路两侧 are fine)
        if not _pair_ok(text, start, name_end) or not (_cue_before(text, start) or _ROUTE_AFTER.match(text, name_end)):
            continue
        out.append(Candidate(start, name_end, "FAC", SOURCE, PRIORITY))
    return out
