"""Private works named by their house name (session 30, s30zhorgfac: Chinese ORG/FAC/EVENT audit of strike, arsenal
and industry histories). Grammar; no list of names.

A works of 1860-1949 written as a house name of two to four characters right before its trade head (机器厂,
机器造船厂, 造船厂, 铁厂, 铁工厂, 织布厂, 面粉厂, 火柴厂, 丝厂, 缫丝厂, 纱厂, 织造厂, 染织厂, 榨油厂, 碾米厂) is one FAC
(the project's reading of works as structures, `X面粉厂`, `X兵工厂`): `求新机器厂、锐利机器厂`, `兴发荣机器造船厂`,
`信通织布厂`, `英商|祥生铁厂`, `巧明火柴厂`. The house name opens after a clause boundary or list mark, a quotation
mark, a merchant's nationality (`英商`, `日商`, `华商`: outside the name, as `英商|X洋行`) or a verb of founding or
naming (`创办了`, `原名叫`). It is no kind or size of works (`大型机器厂`, `一家铁厂`, `各面粉厂`: a function, counting
or kind word), no country (`日本纱厂`: whose mills, no name) and no place (`上海机器厂` is the factory-by-place
finder's, enclosing_names_zh). An arsenal of 1861-1911 by its place or region of two characters and its official head
(机器制造总局, 机器制造局, 制造总局, 制造局, 机器局, 制炮局, 洋炮局) is one FAC on the same terms, the place or region
inside it: `江南制造局`, `亦称|江南机器制造总局`, `苏州制炮局` (the ORG patterns read X制造局 as a bureau; the project
reads the arsenals as works since session 22, audit28 `金陵制造局`).

Priority 50: above the facility finder's free-name walk (45), which stops at a verb-like house name (求新) or takes
the merchant word into the name (英商祥生铁厂).
Cost: str.find of 厂 before one regex over the heads.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import known_places
from pipeline.rules.scan import literal_finditer
from pipeline.segment import word_info
from pipeline.spans import Candidate

_HEADS = ("机器造船厂", "机器厂", "造船厂", "铁工厂", "铁厂", "织布厂", "面粉厂", "火柴厂", "缫丝厂", "丝厂", "纱厂",
          "织造厂", "染织厂", "榨油厂", "碾米厂")
# the arsenals of 1861-1911 by their place or region and their official head (江南制造局, 江南机器制造总局): works
# too, where the ORG patterns read 某某制造局 and the factory-by-place finder knows no region (江南)
_ARSENAL_HEADS = ("机器制造总局", "机器制造局", "制造总局", "制造局", "机器局", "制炮局", "洋炮局")
_HEAD_RE = re.compile("|".join(sorted(_HEADS + _ARSENAL_HEADS, key=len, reverse=True)))
_EDGE = frozenset("，。、；：！？,.;:!?（）()“”\"'「」『』《》 \n\t\u3000—-")
_MERCHANTS = ("英商", "美商", "日商", "法商", "德商", "俄商", "华商", "洋商", "比商", "意商", "荷商", "丹商", "瑞商", "侨商")
_OPENERS = ("创办了", "创立了", "开办了", "开设了", "接办了", "收买了", "购买了", "创办", "创立", "开办", "开设", "接办",
            "收买", "兴办", "原名叫", "原名", "名叫", "改名为", "更名为", "称", "和", "与", "及")
# characters no house name holds: function, counting and demonstrative characters
_NO_NAME = frozenset("的之了是在于为与及等个家所各该这那此某其本一两几数每诸总分座间那些")
# kinds, sizes and owners of works, not house names
_KINDS = frozenset("大型 小型 中型 新式 旧式 官办 商办 民办 民营 私营 国营 公营 外国 外资 华资 日资 英资 美资 本国 本地 当地 "
                   "新建 新设 原有 现有 近代 现代 新兴 各地 全国 全部 所有 手工 机器 机械 电力".split())
_WORD_POS_NOT_NAME = ("r", "p", "c", "u", "m", "q", "f", "d")


def _opens(text: str, at: int) -> bool:
    if at == 0 or text[at - 1] in _EDGE:
        return True
    return any(text.endswith(w, 0, at) for w in _MERCHANTS + _OPENERS)


def _is_name(name: str, arsenal: bool = False) -> bool:
    if not all("\u4e00" <= ch <= "\u9fff" for ch in name) or any(ch in _NO_NAME for ch in name):
        return False
    if name in _KINDS or name[-2:] in _KINDS or name[-1] == "商":
        return False           # 日商|纱厂码头: whose mills, no house name
    entry = word_info().get(name)
    if entry is not None and entry[1][:1] in _WORD_POS_NOT_NAME:
        return False
    place = place_lexicon().get(name)
    if place is not None and place.kind in ("country", "continent"):
        return False           # 日本纱厂: whose mills, no name
    return arsenal or name not in known_places()   # 上海机器厂: the factory by its place (enclosing_names_zh)


def find_house_name_works(text: str) -> list[Candidate]:
    """FAC candidates of the class above."""
    if "厂" not in text and "局" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_HEAD_RE, text):
        head = m.start()
        if head >= 2 and text[head - 2:head] in ("机器", "造船") and m.group() in ("造船厂", "铁厂"):
            continue   # …机器|造船厂 is read with the longer head
        arsenal = m.group() in _ARSENAL_HEADS
        for size in ((2,) if arsenal else (2, 3, 4)):
            at = head - size
            if at < 0:
                break
            if not _opens(text, at):
                continue
            name = text[at:head]
            if _is_name(name, arsenal):
                out.append(Candidate(at, m.end(), "FAC", "rule:fac-house-works", 50))
            break
    return out
