"""Villages, passes and hills no gazetteer lists, read from a word of area after them (GPE / LOC).

Battle narratives place fighting at small places named once: 于X地区, 从城南X地区开始, 通过X一线, 阻在X、Y一带,
向X、Y附近攻击. `find_area_places(text)` (working text, Simplified) proposes a name of 2-3 characters right
before a word of area (一带, 附近, 一线, 地区, 以东/以西/以南/以北) where:

- before the name (or before the first member of its 、/跟/和-list) stands a preposition of place (驻 too, auditzh26) or
  a clause boundary (在, 于, 向, 从, 至, 到, 经, 通过, 进至 …; a direction after 城/县: 城南X地区);
- the name is no ordinary word jieba knows (广大, 沿海, 交界), holds no function, pronoun or unit
  character (这, 其, 敌, 个, 师 …; a numeral only as its first character: 五马), and is no known
  place (those are the lexicons' own);
- the label is LOC when the name ends in a landform character (山, 岭, 峰, 河 …), else GPE.

Candidates have the gazetteer's priority (30): lexicon spans, units and persons win where they overlap.
Cost: one guarded scan for the area words; a few dictionary look-ups per hit.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import word_info
from pipeline.rules.place_frames import STOP, lexicon
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:place-area"
PRIORITY = 30
_AREA_RE = guarded(re.compile("一带|附近|一线|地区|以[东西南北]"))
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"
_NUMERALS = set("一二三四五六七八九十")
_LANDFORM_END = set("山岭峰岗河江湖水")
_FACILITY_END = set("门楼堂院馆站场厂库所部处局署段线路")     # a structure (FAC) or a stretch of a line
_LIST_MARKS = "、跟和与及"
_LEFT_CHARS = set("在于向从至到经抵驻，。；：（(\n")   # 驻: 驻X以西五里 (auditzh26)
_LEFT_WORDS = ("通过", "进至", "进到", "进抵", "退至", "退到", "转移到", "集结于", "位于", "阻在", "逼近", "直趋", "到达", "抵达")


def _name_ok(name: str) -> bool:
    if not all(_CJK_LO <= ch <= _CJK_HI for ch in name) or name in lexicon():
        return False
    if any(ch in STOP for ch in name[1:]) or name[0] in STOP and name[0] not in _NUMERALS:
        return False
    if name[0] in _NUMERALS and name[1] in _NUMERALS or name[-1] in _FACILITY_END:
        return False
    if name[-1] == "或":
        return False    # 国家或|地区 (an infobox label, auditzh15): a word and the conjunction, no name
    if len(name) == 3 and (name[:2] in lexicon() or name[1:] in lexicon()):
        return False    # 信阳段, 达仪封: a known place with a character of the words around it
    entry = word_info().get(name)
    if entry and entry[0] >= 5 and not entry[1].startswith("ns"):
        return False
    for k in range(len(name) - 1):
        entry = word_info().get(name[k:k + 2])
        if entry and entry[0] >= 100 and entry[1][:1] in "vdpcrmqtfa":
            return False    # a verb, adverb or position word inside
    return True


def _left_ok(text: str, start: int) -> bool:
    if start == 0:
        return True
    before = text[start - 1]
    if before in _LEFT_CHARS:
        entry = word_info().get(text[start - 2:start]) if start >= 2 else None
        if entry and entry[0] >= 20 and before not in "，。；：（(\n":
            return any(text.endswith(word, 0, start) for word in _LEFT_WORDS)   # 现在, 由于: no preposition
        return True
    if before in "东西南北" and start >= 2 and text[start - 2] in "城县镇村":
        return True     # 城南X地区
    return any(text.endswith(word, 0, start) for word in _LEFT_WORDS)


def _member_before(text: str, end: int) -> tuple[int, int, bool | None] | None:
    """The name of 3 or 2 characters ending at `end` whose left side is a frame (True) or a list mark
    (False), the longer first; or a known place after a frame or list mark (None)."""
    for size in (4, 3, 2):
        start = end - size
        if start >= 0 and text[start:end] in lexicon() and (start == 0 or text[start - 1] in _LEFT_CHARS
                                                             or text[start - 1] in _LIST_MARKS):
            return start, end, None     # a known place anchors the list (武宁、X附近)
    for size in (3, 2):
        start = end - size
        if start < 0 or not _name_ok(text[start:end]):
            continue
        glued = word_info().get(text[start - 1:start + 1]) if start else None
        if glued and glued[0] >= 20:
            continue    # 到达|仪封: the first character ends a word before it
        if _left_ok(text, start):
            return start, end, True
        if start >= 1 and text[start - 1] in _LIST_MARKS:
            return start, end, False
    return None


def find_area_places(text: str) -> list[Candidate]:
    """GPE / LOC candidates of names before a word of area (see the module doc)."""
    out: list[Candidate] = []
    for match in literal_finditer(_AREA_RE, text):
        members: list[tuple[int, int]] = []
        end = match.start()
        for _ in range(4):
            member = _member_before(text, end)
            if member is None:
                break
            if member[2] is None:
                member = (0, 0, True)     # the known place is the lexicons' own; its list is anchored
            else:
                members.append(member[:2])
            if member[2]:
                for start, stop in members:
                    label = "LOC" if text[stop - 1] in _LANDFORM_END else "GPE"
                    out.append(Candidate(start, stop, label, SOURCE, PRIORITY))
                break
            end = member[0] - 1     # another member of the list before it
    return out
