"""One-character abbreviations of provinces and cities as the goal or start of a journey or a stay (GPE), in Chinese
working text (session 29, s29zhabbr). Grammar over a general lexicon (lexicons/place_abbreviations.tsv: the
PRC standard provincial abbreviations and the well-known city ones, 渝 蓉 筑 邕 榕 穗 沪 宁 汉 …).

Diaries, memoirs, telegrams and chronicles of 1900-1949 write a place they travel to or from by its abbreviation
alone: `某某赴渝出席会议`, `次日抵蓉`, `五日飞筑`, `月底返沪后`, `七月离汉南下`, `部队由徐北上`, `在柳停留两日`,
`某某回湘主持省政`. Such an abbreviation standing alone as a verb's goal is a GPE (the contract's bound forms,
guideline 12, are the ones glued to another word: 中美, 日、伪军, 川军); the development sets tag it so (由X返Y,
来X, 抵X, 在X). The value is the full name's (沪 → 上海, 汉 → 汉口 with its modern 武汉); 京 and 桂 get none.

The frame (all of it is needed):
- right before the abbreviation, a verb of travel or stationing (赴 抵 飞 返 离 回 来 去 到 至 由 自 从 往 迁 驻 转)
  that ends no other word (想到, 看来, 过去, 甚至, 距离, 理由, 大抵, 以往, 收回, 变迁, 服从, 辗转, 好转), and not 回
  before 汉 or 藏 (回汉: the Hui and the Han); or 在 with a word of staying after it (`在柳停留`, `在汉期间`);
- right after it, a clause mark, 后/前/时 (not 后方, 前线, 时间, 时期), 途中, 之后, 以后, 不久, 期间, another verb
  of travel (`由渝返筑`, `由汉飞渝`), 转 or 开 before one or before another abbreviation (`飞邕转榕`, `由甲开乙车`), a
  compass word + a verb of moving (`北上`, `南撤`), a word of setting out (出发, 启程, 动身, 起飞, 乘船, 拔赴 …), or a word
  of what one did there (出席, 述职, 视察, 就医, 主持 …) — the last not after 由/自/从 (a start needs a move) nor
  for an abbreviation that is also a surname (`由徐主持`, `轮到柳发言` are persons);
- the abbreviation opens no longer place name the lexicon knows (`到长沙`, `回湘西`, `抵汉口`), and a dynasty's name
  (汉 晋 蜀 鲁) is no goal of 至 nor before 至/到/时 (`自秦至汉`, `由汉到唐`, `到晋时`).
Not: `由于`, `回来`, `到达`, `长期`, `宁可`, `在于`, `至今` (no abbreviation in the frame), `在沪兵力` (在 without a word of
staying is left to other finders).

Priority 30 (as the other abbreviation finders: place_abbreviation_moves). Cost: nothing unless one of the
abbreviation characters stands in the text (scan.char_positions); then a look at the character before each and one
anchored regex match after it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.rules.names_common import surnames
from pipeline.rules.place_abbreviations import TRAVEL_READINGS
from pipeline.rules.scan import char_positions
from pipeline.spans import Candidate

SOURCE = "rule:travel-place-abbreviation"
PRIORITY = 30

_TRAVEL_VERBS = "赴抵飞返离回来去到至由自从往迁转驻"
_FROM_VERBS = "由自从"    # a start needs a move after it (由徐南撤, 自汉飞滇), not a deed (由徐主持)
# the character before a verb that makes it the end of another word (想到, 看来, 过去, 甚至, 距离, 理由, 大抵, 以往)
_NOT_BEFORE_VERB = {
    "到": "想见找遇提得受感谈说听看碰轮做达", "来": "原本从未历以近看起出带将", "去": "过失除死上下进出",
    "至": "甚乃以", "离": "距分脱隔远偏背", "由": "自理缘", "自": "各亲独擅私暗来", "从": "服听跟随自", "抵": "大",
    "往": "以来交已", "回": "收挽夺取找赎追买拿换召", "迁": "变", "转": "辗旋扭运好逆反周流婉",
}
_STAY_RE = re.compile("停留|逗留|小住|暂住|盘桓|休养|养病|就医|期间")
# the cities and provinces a 转/开 may lead on to (转昆, 开杭车): the lexicon's, less 京 台 长 宁 汉 (common words)
_ON_TO = "津沪渝蓉筑邕榕穗昆柳衡杭甬汴洛徐湘鄂豫皖赣闽粤川黔滇陕"
# what may follow the abbreviation of a journey's goal or start
_MOVE_AFTER_RE = re.compile(
    "[，。、；：！？）”,.;:!?\\s]|后(?![方勤援备者代裔])|前(?![线方])|时(?![间期代候刻节分局事势光])|途中|途经|之后"
    f"|以后|不久|期间|转(?=[赴抵飞返回往至道车乘船机{_ON_TO}])|开(?=[往赴抵拔进来到{_ON_TO}])"
    "|[赴抵飞返回往至入经来去到]|再[赴飞往转返回]|[东西南北][上下进撤返行归]"
    "|出发|启程|起程|动身|起飞|登轮|登机|乘[车船机轮飞]|搭[车船机轮乘]|拔(?=[赴往抵])"
)
_DOING_AFTER_RE = re.compile(
    "述职|视察|开会|出席|参加|主持|就医|养病|治病|疗养|休养|工作|任职|就职|履新|定居|小住|暂住|停留|逗留|盘桓|探亲|省亲"
    "|公干|接洽|请示|谒见|晋见|面谒|会晤|商谈|洽谈|筹备|讲学|演讲|求学|就读|避难|督战|坐镇"
)
_DYNASTIES = "汉晋蜀鲁"


@lru_cache(maxsize=1)
def travel_abbreviations() -> dict[str, str]:
    """char -> the place it stands for ("" where none is given): the travel view of lexicons/place_abbreviations.tsv."""
    return TRAVEL_READINGS


@lru_cache(maxsize=1)
def _abbreviation_chars() -> frozenset[str]:
    return frozenset(travel_abbreviations())


def _norm(full: str) -> dict:
    if not full:
        return {"id": None}
    norm = dict(normalize_place(full))
    norm["modern"] = norm.get("modern") or full
    return norm


def _opens_place(text: str, at: int, places) -> bool:
    """The abbreviation is the first character of a longer place the lexicon knows (长沙, 湘西, 汉口, 台北)."""
    return any(text[at:at + size] in places for size in (2, 3) if at + size <= len(text))


def find_travel_place_abbreviations(text: str) -> list[Candidate]:
    """GPE candidates of one-character abbreviations as a journey's goal or start (see the module doc)."""
    table = travel_abbreviations()
    positions = [at for at in char_positions(text, _abbreviation_chars())
                 if at >= 1 and text[at - 1] in _TRAVEL_VERBS + "在"]
    if not positions:
        return []
    places = place_lexicon()
    single_surnames = surnames()[0]
    out = []
    for at in positions:
        char, verb = text[at], text[at - 1]
        before = text[at - 2:at - 1]
        if before and before in _NOT_BEFORE_VERB.get(verb, ""):
            continue
        if _opens_place(text, at, places):
            continue
        after = text[at + 1:at + 5]
        if verb == "在":
            if not _STAY_RE.match(after):
                continue
        else:
            if verb == "回" and char in "汉藏" or char in "汉藏" and after[:1] == "回":
                continue    # 回汉, 汉回: the Hui and the Han
            moving = _MOVE_AFTER_RE.match(after)
            if not moving and (verb in _FROM_VERBS or char in single_surnames or not _DOING_AFTER_RE.match(after)):
                continue
            if char in _DYNASTIES and (verb == "至" or after[:1] in "至到迄时"):
                continue    # 自秦至汉, 由汉到唐, 到晋时: a dynasty
            if char == "台" and after[:1] == "前":
                continue    # 走到台前: the front of a stage
        out.append(Candidate(at, at + 1, "GPE", SOURCE, PRIORITY, _norm(table[char])))
    return out
