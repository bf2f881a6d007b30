"""Settlements with a landform's head listed next to a village or town written with its suffix (session 33,
w33zhlocfac: cross-set reading of the LOC/GPE confusions of the development sets' fitted passages).

Chinese villages and market towns are named after the hill, stream, pass, ridge or creek they stand by far more often
than by a name of their own (`甲山`, `乙河`, `丙关`, `丁口`, `戊梁`, `己浜`: 《中国地名通名》 lists 山/河/关/口/梁/浜/川
as natural-feature heads that also name settlements), and local histories, memoirs and battle narratives list them
with villages and towns that carry their settlement suffix: `进攻甲山、乙丙镇一线`, `居甲县城、乙口、乙河、丙丁镇之间`,
`坝头一带，甲乙梁、丙丁沟、戊己沟`, `迁到沙坪坝、甲乙关`, `分数路向甲口、乙村、丙城等乡`. The landform finders read the bare
head (LOC) or nothing; the list says what the name is: a member joined by 、 right beside a village or town written
with its suffix is a settlement too (GPE; contract: a village or town is a GPE), as the development sets read such
members in five sets (a landform head beside 镇/村/庄/沟/坝/店 listed so was LOC in none of them).

`find_mixed_settlement_lists(text)` (working text, Simplified): for each 、 between two members, one member a name
of 2-4 characters ending in a landform head (山 河 关 口 梁 浜 川 岭) and the other a name of 2-4 characters ending in a
settlement suffix (镇 村 庄 沟 集 寨 铺 店 屯 乡 坝; not 堡 or 城, which also name forts and walled towns, nor 县,
whose neighbours are as often the passes and hills of the county), the landform member is a GPE:

- each member is bounded: on its outer side by a clause mark, another 、, a cue character of place or motion (在 向
  至 到 经 攻 占 驻 …) or a closing word (等, 一线, 一带, 之间, 地区, 附近, 据点, 以[东西南北] …), so that no verb or
  longer word is cut;
- neither stem holds a function character, numeral, pronoun or measure; neither member is an ordinary word jieba
  knows (河口, 山村, 城镇, 农村 …);
- the landform member is no LOC the place lexicons know (伏牛山, 长江, 平型关 stay LOC), and never a known mountain
  range or river listed with towns.

Priority 33 (the settlement frames': above the landform finders' 30-32, below units, dates and events).
Cost: one str.find loop over 、; each hit reads a few characters on either side.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-mixed-settlement-list", 33
_LAND_HEADS = frozenset("关口梁浜川")
_SETTLEMENT_HEADS = frozenset("镇村庄沟集寨铺店屯乡坝")
_MARKS = frozenset("，,。；;：:、（）()“”\"「」『』\n 　！？!?")
# the last character of a verb or preposition of place right before the first member
_CUE_CHARS = frozenset("在于至到向从经往抵驻住绕过越占克攻奔入进逼围守达陷据及和与了")   # 了: 烧了|甲庄
_CLOSERS = ("等", "一线", "一带", "之间", "间", "地区", "附近", "据点", "以东", "以西", "以南", "以北", "一线", "诸",
            "各", "两", "三", "四", "之线", "方向", "境内", "交界")
_STOP = frozenset("的了是和与及同或并即在于到至向从由经沿往对把被将为有这那每各本该全邻此其某个两一二三四五六七八九十百千万"
                  "几多数第等军师团旅营连排队部兵敌我你他她它们上下里内中外座条片处群支股批些")


def _stem_ok(stem: str) -> bool:
    return bool(stem) and all(is_han(ch) and ch not in _STOP for ch in stem)


def _name_ok(name: str) -> bool:
    return not is_common_word(name, 20, proper=("ns", "nr", "nz")) and not (
        len(name) >= 3 and is_common_word(name[-2:], 100, proper=("ns", "nr", "nz")) and name[-2:] not in place_lexicon())


def _left_open(text: str, at: int) -> bool:
    return at == 0 or text[at - 1] in _MARKS or text[at - 1] in _CUE_CHARS


def _right_closed(text: str, end: int) -> bool:
    return end >= len(text) or text[end] in _MARKS or text.startswith(_CLOSERS, end)


def _member_before(text: str, sep: int) -> tuple[int, int] | None:
    """A member ending at the 、 at `sep`: the shortest name of 2-4 characters opened on its left."""
    for size in (2, 3, 4):
        start = sep - size
        if start < 0:
            return None
        if _left_open(text, start) and _stem_ok(text[start:sep - 1]):
            return start, sep
    return None


def _member_after(text: str, sep: int) -> tuple[int, int] | None:
    """A member starting after the 、 at `sep`: the shortest name of 2-4 characters closed on its right."""
    for size in (2, 3, 4):
        end = sep + 1 + size
        if end > len(text):
            return None
        if _right_closed(text, end) and _stem_ok(text[sep + 1:end - 1]):
            return sep + 1, end
    return None


def find_mixed_settlement_lists(text: str) -> list[Candidate]:
    if "、" not in text:
        return []
    lexicon = place_lexicon()
    out: dict[tuple[int, int], None] = {}
    sep = text.find("、")
    while sep != -1:
        left, right = _member_before(text, sep), _member_after(text, sep)
        if left and right:
            for land, other in ((left, right), (right, left)):
                name, neighbour = text[land[0]:land[1]], text[other[0]:other[1]]
                if name[-1] not in _LAND_HEADS or neighbour[-1] not in _SETTLEMENT_HEADS:
                    continue
                entry = lexicon.get(name)
                if entry is not None and entry.label != "GPE":
                    continue    # 伏牛山, 平型关: a landform the lexicons know stays one
                if not (_name_ok(name) and _name_ok(neighbour)):
                    continue
                out[land] = None
        sep = text.find("、", sep + 1)
    return [Candidate(s, e, "GPE", SOURCE, PRIORITY) for s, e in out]
