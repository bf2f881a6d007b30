"""Reading an unfamiliar place stem back from its head (岛, 码头, 阵地, 顶, 子 …) in Chinese working text.

Shared by island_battle_names_zh, numeral_list_units_zh, wharf_airfield_names_zh, settlement_frames_zh,
hill_positions_zh and unfamiliar_landforms_zh:
- `_read_stem(text, at, places, longest)`: where a stem of up to `longest` characters before `at` opens — after a
  clause mark, a preposition or verb of place, or a known place (以X岛为核心, 入侵X岛, 上X岛, 的X岛) — or None;
- `_stem_ok(stem)`: no function, echelon, count or place-kind character, no ordinary word;
- `_opens_name(text, start, places)`: the character before `start` lets a name start there;
- `_cjk_stems(text, at, sizes)`: the CJK stems of the given sizes before `at`.
Provenance: first seen on real-dev9-zh (session 7, helper zh9: coastal, border and late-Qing war narratives; split out of written_zh9 in session 24).
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, plain_word as _plain, word_info

_ZH_DIGIT = "一二三四五六七八九十"

# characters a place stem never holds: function words, verbs of place, units and counting words
NOT_IN_NAME = set("的了是在和与及等为以各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人"
                   "登入到至向往赴占攻守侵近个从由经对将把被据驻抵夺取克即于之其或并而也都又就岛有")
# characters after which a place name may start (clause marks and the last character of the
# prepositions and verbs of place: 以, 在, 入侵, 上, 登, 接近, 赴, 解放 …)
CUE_BEFORE = set("，。、；：！？（）「」“”,;:!?()\n\t 　"
                  "以是在于到至向往赴占攻守侵近上登入从由经和与及了的对将把被据驻抵夺取克为即离绕围过放负犯援我敌")
NOT_STEM_START = set("该本全主这那此各每诸群半海孤荒小大")


def stem_ok(stem: str) -> bool:
    if len(stem) < 2 or any(ch in NOT_IN_NAME for ch in stem) or stem[-1] in "上下出回":
        return False                                   # 巡逻组上|岛: a verb of going before the head
    entry = word_info().get(stem)
    if entry and entry[1].startswith("v") and entry[0] >= 100:
        return False                                   # 流落|岛上: a verb, not a name
    if stem[0] in NOT_STEM_START and not (stem[0] in "大小" and len(stem) >= 2 and stem[1] not in "岛山"):
        return False
    return not stem[-1] in _ZH_DIGIT and not _plain(stem, 1000)


def opens_name(text: str, start: int, places: frozenset[str]) -> bool:
    """A name may start at `start`: after a cue character, a common word or a known place."""
    if start == 0 or text[start - 1] in CUE_BEFORE:
        return True
    if is_common_word(text[max(0, start - 2):start], 100):
        return True
    if text[start - 1] == "日" and start >= 2 and text[start - 2] in "0123456789一二三四五六七八九十":
        return True                                # 10月25日|甲乙头战争: a dated name (session 21, r21dates)
    if text[start - 1] in "湾江河湖山岭峡港" and any(text[max(0, start - 1 - k):start - 1] in places for k in (2, 3)):
        return True                                # 荣成湾|龙须岛: a place and its landform head before (zh11)
    return any(text[max(0, start - k):start] in places for k in (2, 3))


def cjk_stems(text: str, at: int, sizes):
    """(size, start, stem) for each size in order whose stem ending at `at` lies in the text and is all CJK."""
    for size in sizes:
        start = at - size
        if start >= 0 and all("\u4e00" <= ch <= "\u9fff" for ch in text[start:at]):
            yield size, start, text[start:at]


# conjunctions and adverbs that open a clause and never a place name
_CLAUSE_OPENERS = frozenset("但而却亦又也且乃则")


def read_stem(text: str, at: int, places: frozenset[str], longest: int = 3) -> int | None:
    """Start of the longest acceptable stem ending at `at` (2..longest characters), or None."""
    for size, start, stem in cjk_stems(text, at, range(longest, 1, -1)):
        if size >= 3 and _plain(stem[:2], 300):
            continue                               # 外围|东矶列岛: an ordinary word opens the run
        if stem[0] in _CLAUSE_OPENERS:
            continue                               # 但|大房身机场, 亦作|岛尾: a conjunction or adverb opens the clause (s20zhlab)
        if stem[0] in "上下" and text[start - 1:start] != "的":
            continue                               # 上|珍宝岛 (a verb), but 的上横档岛 (a name)
        if stem[0] in "湾江河湖山岭峡港口" and any(text[max(0, start - k):start] in places for k in (2, 3)):
            continue                               # 荣成湾|龙须岛: the first character closes the place before (zh11)
        if stem_ok(stem) and opens_name(text, start, places) \
                and not is_common_word(text[start - 1:start + 1], 100):
            return start
    return None
