"""Villages named by the generic words of Chinese settlement names that the other finders do not read (GPE, EVENT).

Chinese place names end in a generic element (通名) that says what kind of place they are. Besides the common
村/庄/屯/集/店/铺/堡/寨, North and South-West China name villages and market towns with 营 (a former garrison:
王官营), 哨 (a guard post: 韩家哨), 坨 (a mound in the Hai and Luan plains: 麻湾坨), 坝 (a flat in Sichuan and
Chongqing: 金铃坝), 峪 and 沟 (a valley), 洼 (a hollow), 窝, 岗, 垴, 坪, 塘, 湾, 圩 and 场 (a market). Encyclopedia and
local-history pages about the guerrilla war name these villages in two forms this module reads:

- a battle or massacre named after the village: X营惨案, X哨战斗, X坨伏击战 → one EVENT (like X庄战斗 of
  settlement_battle_names_zh, which knows the common generics only);
- a 、-list of names closed by 等村 / 等村庄 / 等庄 (the list says they are villages) or by 等地 / 一带 / 地区 when
  at least two of its names end in a settlement generic: every name → GPE.

A name holds no function, numeral, unit or ordinary-word character (a stop set like place_frames') and is no ordinary word
(军营, 前哨, 山沟, 水塘 are words, not villages). Cost: str.find of the event heads and the list closers; a read-back of
a few characters where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import ENCAMP_WORDS, is_common_word, verb_word, word_info
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE_EVENT, SOURCE_LIST = "rule:settlement-named-event", "rule:settlement-list"
# the generic words of settlement names (通名) the older finders leave out, and the common ones
_RARE_GENERICS = "营哨坨坝峪洼窝岗垴坪塘湾圩场沟"
_GENERICS = _RARE_GENERICS + "村庄屯集店铺堡寨"
_HILL_ENDS = frozenset("山岭峰坳垭崖")   # 岗 is a village's generic here (_RARE_GENERICS)
_EVENT_HEADS = ("惨案", "战斗", "伏击战", "阻击战", "保卫战", "攻坚战", "突围战", "大捷", "战役")
# ordinary words ending in a generic character that name no village (the unit 营, the guard 哨, a ditch …)
# (the words of encamping and the generic camps, 宿营 扎营 军营 …, are names_common.ENCAMP_WORDS)
_NOT_NAMES = ENCAMP_WORDS | frozenset(("阵营", "大营", "经营", "本营", "连营", "国营",
                        "民营", "夜营", "前哨", "岗哨", "放哨", "哨所", "山沟", "地沟", "壕沟", "河沟", "水沟", "山洼",
                        "水塘", "池塘", "山坪", "河湾", "港湾", "海湾", "战场", "广场", "市场", "机场", "现场", "刑场",
                        "农场", "牧场", "会场", "考场", "当场", "立场", "山岗", "土岗", "大坝", "堤坝", "水坝", "山峪"))
# the closers that name the members' kind (auditzh47): 等乡镇 / 等镇 / 等乡 (townships), 等地村民 (villagers of the
# places), 以及邻近乡村 (the listed places and the villages near them)
_KIND_CLOSERS = ("等乡镇", "等镇", "等乡", "等地村民", "等地的村民", "等村民", "以及邻近乡村", "以及附近乡村",
                 "以及邻近村庄", "以及附近村庄", "及附近村庄", "及邻近村庄", "及附近乡村", "及邻近乡村")
_LIST_CLOSERS = ("等村庄", "等村", "等庄") + _KIND_CLOSERS + ("等地", "一带", "地区")
_VILLAGE_CLOSERS = ("等村庄", "等村", "等庄") + _KIND_CLOSERS
_CJK_LOW, _CJK_HIGH = "\u4e00", "\u9fff"
# characters no village name holds: function words, numerals, pronouns, troop and time words (营, 上, 前, 里 may be
# part of one: 后营, 上庄, 前屯, 渠里)
_STOP = frozenset("的了是和与及等被把对向从由在于经沿到至往个这那哪何某其此该各每本一二三四五六七八九十百千万两几多少们"
                  "军敌我你他她它师团旅队日月年时机舰炮弹路线阵方面失有为")


_NUMERALS = frozenset("一二三四五六七八九十")
_COUNT_RE = re.compile("[一二三四五六七八九十百千万两几]+[个名余多处座户人]")


def _name_ok(name: str, listed: bool = False, villages: bool = False) -> bool:
    if name.startswith(("于家", "向家", "和家", "经家", "沿家")):
        name = name[1:]                                     # a surname that is also a function word (于家坨)
    if villages and _COUNT_RE.match(name):
        return False
    # a list the closer calls villages may hold numerals (四都, 下五家子, 三道沟 等村): not a count (auditzh47)
    return (all(_CJK_LOW <= ch <= _CJK_HIGH and (ch not in _STOP or villages and ch in _NUMERALS) for ch in name)
            and (name if listed else name[-2:]) not in _NOT_NAMES and not _ordinary_member(name, villages))


def _ordinary_member(name: str, villages: bool) -> bool:
    """A frequent ordinary word that names no village. Where the closer says the members are villages or townships
    (等村, 等乡), a word jieba knows as a place or other proper name (西山, 新华: ns, nz) or as a noun (龙口, 石门: n)
    is the village's name: villages are named so all over China, and the closer vouches for it (s29zhplace)."""
    if not villages:
        return is_common_word(name, 100)
    entry = word_info().get(name)
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("nr", "ns", "nz", "n"))


def _named_events(text: str) -> list[Candidate]:
    out = []
    for head in _EVENT_HEADS:
        if head not in text:
            continue
        for at in literal_positions(text, head):
            if at < 3 or text[at - 1] not in _RARE_GENERICS:
                continue
            start = at - 3                                  # most village names are three characters (王官营)
            if text[start] in _STOP or not _CJK_LOW <= text[start] <= _CJK_HIGH:
                start += 1                                  # 有|马家哨: a two-character name after a word
            name = text[start:at]
            if head == "战斗" and (start and text[start - 1] in "在于同与和跟" or text[at + 2:at + 3] in tuple("到了着至过")):
                continue                                    # 在马家洼战斗到天明: fighting at the village, a verb
            if len(name) >= 2 and _name_ok(name):
                out.append(Candidate(start, at + len(head), "EVENT", SOURCE_EVENT, 41))
    return out


# one-character verbs of movement and the heads of townships and counties: a list's first village starts after them
# (令其回甲乙、丙丁等乡; 某某乡甲乙、丙丁等村一带: the address chain from the larger to the smaller; s29zhplace)
_MOVE_OR_TOWNSHIP = "回去进攻占抵赴往入返来驻奔乡镇县区"


def _first_item(text: str, end: int) -> int | None:
    """Where the first name of a list starts (it ends at `end`): after a clause mark or a word."""
    for size in (3, 2):
        start = end - size
        if start < 1 or size == 3 and (text[start] in "今原旧的了" or text[start] in "在于" and text[start + 1] != "家"
                                       or text[start] in _MOVE_OR_TOWNSHIP or not _CJK_LOW <= text[start] <= _CJK_HIGH):
            continue                                        # 分属今鹤浦、…, 本县的石岭、…, 。甲家、…: no name starts so
        before = text[start - 1]                            # 回|甲乙、…: a verb of movement; 某乡|甲乙、…: the township
        if not _CJK_LOW <= before <= _CJK_HIGH or before in "在于至到经过及和与了的今" + _MOVE_OR_TOWNSHIP \
                or is_common_word(text[start - 2:start], 100) or size == 2 and verb_word(text[start - 2:start], 5):
            return start
    return None


def _settlement_lists(text: str) -> list[Candidate]:
    out = []
    seen: set[int] = set()
    for closer in _LIST_CLOSERS:
        if closer not in text:
            continue
        for at in literal_positions(text, closer):
            if at in seen or closer.startswith("及") and at and text[at - 1] == "以":
                continue
            seen.add(at)
            items: list[tuple[int, str]] = []
            end = at
            for _ in range(12):
                mark = text.rfind("、", max(0, end - 5), end)
                if mark < 0:
                    break
                items.append((mark + 1, text[mark + 1:end]))
                end = mark
            if not items:
                continue
            first = _first_item(text, end)
            if first is not None:
                items.append((first, text[first:end]))
            if not all(2 <= len(name) <= 4 and _name_ok(name, True, closer in _VILLAGE_CLOSERS) for _, name in items):
                continue
            if not closer in _VILLAGE_CLOSERS:
                known = place_lexicon()
                suffixed = sum(name[-1] in _GENERICS for _, name in items)
                if suffixed < 2 or any(name in known and known[name].label != "GPE" for _, name in items):
                    continue
            # a hill among the places of an area (等地, 一带) is the hill (docs: "hill endings LOC, the rest GPE";
            # s20zhlab); a list closed by a word of villages (等村, 乡村) names villages, whatever their ending
            hills = closer not in _VILLAGE_CLOSERS
            out.extend(Candidate(s, s + len(name), "LOC" if hills and name[-1] in _HILL_ENDS else "GPE", SOURCE_LIST, 33)
                       for s, name in items)
    return out


def find_settlement_names(text: str) -> list[Candidate]:
    """EVENT candidates of village-named battles and GPE candidates of listed villages (see the module doc)."""
    return _named_events(text) + _settlement_lists(text)
