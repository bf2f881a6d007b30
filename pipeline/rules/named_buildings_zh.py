"""Buildings named by their county, owner or kind (FAC), split out of enclosing_names_zh in session 31 (its readings of
sessions 22-30, unchanged; `find_enclosing_names` calls them in the order it always had). Examples are written for
this docstring.

- A temple written right after its county (`衡山县|青云寺`, read `县青云寺`) is one FAC and leaves the county its suffix
  (`county_temples`, priority 46).
- A pavilion X阁 after a word of place or a list mark (`在奎星阁`, `、玉皇阁`; not 内阁, 组阁, 阁下, nor a person
  `团长方某阁`) and a family's hall (`陈家祠堂`, `欧阳氏宗祠`, `王家宗祠`) are FAC (`pavilions_and_halls`, 46).
- Structures listed each with its own head (`甲江门、乙山码头`) are one FAC each, never one span across 、
  (`listed_structures`, 46).
- A works named by the force or office that ran it (`国民革命军第某军子弹厂`, `某县救国军兵工厂`) is one FAC, the force
  inside it (guideline 6; `owned_works`, 68).
- A residence named by its owner's full name (`某某某公馆`, `某某故居`, `某某旧居`) is one FAC (the person found before
  the head opens it); not after 的, and not a post's residence (`委员长官邸`) (`named_residences`, 46).

Cost: str.find of 县, 阁, 祠, 、, the works heads and the residence heads before any regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.enclosing_names_zh import NOT_IN_STEM, PLACE_EDGE, known_place_before
from pipeline.rules.facilities import KIND_OF_FORT
from pipeline.rules.names_common import is_common_word, is_han, person_forms, surnames, verb_word
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"


_COUNTY_TEMPLE_RE = re.compile(f"[{_CJK}]{{2,3}}?(?:寺|庙|祠|庵|宫|观)")


def county_temples(text: str) -> list[Candidate]:
    """某某县|三清寺: a temple written right after its county, the county's suffix outside the temple."""
    if "县" not in text:
        return []
    places = place_lexicon()
    out = []
    for at in literal_positions(text, "县"):
        m = _COUNTY_TEMPLE_RE.match(text, at + 1)
        if m is None or any(ch in NOT_IN_STEM for ch in m.group()):
            continue
        if known_place_before(text, at + 1, places, 3) is None and known_place_before(text, at, places) is None:
            continue                                   # 某某县 or 某某 known to the gazetteer
        out.append(Candidate(at + 1, m.end(), "FAC", "rule:county-temple", 46))
    return out


# --- pavilions and family halls -----------------------------------------------------------------------------------
_NOT_AFTER_PAVILION = frozenset("下员僚老揆臣楼")
_PAVILION_BEFORE = frozenset("在于到进入至驻住往向从经、")
_NOT_PAVILION_STEM_END = frozenset("内组楼亭台殿入倒")


def pavilions_and_halls(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "阁"):
        if text[at + 1:at + 2] in _NOT_AFTER_PAVILION:
            continue                                   # 阁下, 阁员, 阁老: no building
        for size in (2, 3):                            # after a word of place: 在|文昌阁, 、|玉皇阁 (not 团长|方某阁)
            start = at - size
            if start < 1 or text[start - 1] not in _PAVILION_BEFORE:
                continue
            stem = text[start:at]
            if not all(is_han(ch) for ch in stem) or any(ch in NOT_IN_STEM for ch in stem) \
                    or stem[-1] in _NOT_PAVILION_STEM_END:
                break
            out.append(Candidate(start, at + 1, "FAC", "rule:pavilion", 46))
            break
    if "祠" in text:
        single, compound = surnames()
        for marker in literal_positions(text, "家") + literal_positions(text, "氏"):
            head = next((h for h in ("祠堂", "宗祠", "家祠", "祠") if text.startswith(h, marker + 1)), None)
            if head is None:
                continue
            for size in (1, 2):                        # 李家祠堂, 欧阳氏宗祠: a family's hall
                start = marker - size
                if start < 0 or text[start:marker] not in (single if size == 1 else compound):
                    continue
                if start > 0 and text[start - 1] not in PLACE_EDGE:
                    continue
                out.append(Candidate(start, marker + 1 + len(head), "FAC", "rule:family-hall", 46))
                break
    return out


# --- structures listed each with its own head ----------------------------------------------------------------------
_STRUCTURE_HEADS = ("码头", "炮台", "车站", "机场", "电厂", "会馆", "公馆", "医院", "兵营", "营房", "仓库", "碉堡", "大楼",
                    "门", "桥", "寺", "庙", "阁", "塔", "楼", "祠", "庵", "宫")
# a list item ending with a landform or settlement word is a place of its own, not a name sharing the next item's head
_NAMED_PLACE_ENDS = frozenset("河江湖山岭峡矶洲岛村镇乡县市街路港湾滩")
_LIST_EDGE = frozenset("、，。；：！？,;:!?（）()“”\"' \n的在有是了和与及等即为到于如像例共计含括")


def _structure_item(item: str) -> bool:
    return (3 <= len(item) <= 6 and item.endswith(_STRUCTURE_HEADS) and all(is_han(ch) for ch in item)
            and not any(ch in NOT_IN_STEM for ch in item) and len(item) - (2 if item.endswith(_STRUCTURE_HEADS[:13]) else 1) >= 2
            and not (item.endswith("炮台") and KIND_OF_FORT.search(item[:-2])))   # 山顶主炮台: a kind (s23zhfac)


def listed_structures(text: str) -> list[Candidate]:
    """甲江门、乙山码头: structures listed each with its own head are one FAC each (docs), never one span across 、."""
    out = []
    for at in literal_positions(text, "、"):
        start = at
        while start > 0 and at - start < 7 and text[start - 1] not in _LIST_EDGE:
            start -= 1
        end = at + 1
        while end < len(text) and end - at <= 7 and text[end] not in _LIST_EDGE:
            end += 1
        if start > 0 and text[start - 1] not in _LIST_EDGE:
            continue                                   # no word edge within reach: where the item starts is unknown
        if at - start >= 5 and verb_word(text[start:start + 2], 100):
            start += 2                                 # 攻破|甲阳门、乙远门: the verb before the list
        while end > at + 4 and not text[at + 1:end].endswith(_STRUCTURE_HEADS):
            end -= 1                                   # 乙龙码头|旁: a locative after the last item
        left, right = text[start:at], text[at + 1:end]
        if not _structure_item(right):
            continue
        if _structure_item(left):
            out.append(Candidate(start, at, "FAC", "rule:listed-structure", 46))
            out.append(Candidate(at + 1, end, "FAC", "rule:listed-structure", 46))
        elif len(left) >= 2 and left[-1] in _NAMED_PLACE_ENDS:
            out.append(Candidate(at + 1, end, "FAC", "rule:listed-structure", 46))   # 甲新河、乙中门: no shared head
    return out


# --- a force's or an office's own works ------------------------------------------------------------------------------
_WORKS_HEADS = ("兵工厂", "子弹厂", "修械所", "修械厂", "被服厂", "军工厂", "炸弹厂", "手榴弹厂")
_OWNER_TAILS = ("方面军", "军团", "军区", "分区", "纵队", "支队", "总部", "军部", "公署", "军", "师", "旅", "团", "署")
_WORKS_EDGE = frozenset("、，。；：！？,;:!?（）()“”\"' \n的在有是了和与及即为到于由从将把被向")
_GENERIC_FORCES = frozenset("日军 敌军 我军 国军 守军 伪军 友军 美军 苏军 英军 该军 全军 各军 本军 该师 各师 本师 该团".split())


def owned_works(text: str) -> list[Candidate]:
    """国民革命军第某军子弹厂, 某县救国军兵工厂, 某某公署子弹厂: a works named by the force or office that ran it is one
    FAC (the force or office inside it, guideline 6)."""
    out = []
    for head in _WORKS_HEADS:
        for at in literal_positions(text, head):
            start = at
            while start > 0 and at - start < 14 and text[start - 1] not in _WORKS_EDGE \
                    and (is_han(text[start - 1]) or text[start - 1].isdigit()):
                start -= 1
            owner = text[start:at]
            if len(owner) < 2 or not owner.endswith(_OWNER_TAILS) or owner in _GENERIC_FORCES:
                continue
            if owner[0] in "该各本每这那其此":
                continue
            out.append(Candidate(start, at + len(head), "FAC", "rule:owned-works", 68))
    return out


# --- residences named by their owner --------------------------------------------------------------------------------
_RESIDENCE_HEADS = ("公馆", "故居", "旧居", "官邸")


def named_residences(text: str, found) -> list[Candidate]:
    """A residence named by its owner's full name (`某某某公馆`, `某某故居`, `某某旧居`, `某某某官邸`) is one FAC, as a
    place inside a longer FAC name belongs to it (guideline 6). The owner: a person found right before the head, a name
    of the person lexicons ending there, or, opening a clause, a surname + one or two characters. Not after 的
    (`某某的公馆`: the person's house, no name), and not a post's residence (`委员长官邸`: no person)."""
    if not any(head in text for head in _RESIDENCE_HEADS):
        return []
    persons_before = {c.end: c.start for c in found if c.label == "PERSON" and 2 <= c.end - c.start <= 4}
    lexicon = person_forms()
    single, compound = surnames()
    out = []
    for head in _RESIDENCE_HEADS:
        at = text.find(head)
        while at != -1:
            start = persons_before.get(at)
            if start is None:
                start = next((at - n for n in (4, 3, 2) if at - n >= 0 and text[at - n:at] in lexicon), None)
            if start is None:
                for n in (3, 2):
                    name, before = text[at - n:at], text[at - n - 1:at - n]
                    if (at - n >= 0 and (not before or not is_han(before)) and all(is_han(ch) for ch in name)
                            and (name[0] in single or name[:2] in compound) and not is_common_word(name)):
                        start = at - n
                        break
            if start is not None and text[start - 1:start] != "的":
                out.append(Candidate(start, at + 2, "FAC", "rule:owner-residence", 46))
            at = text.find(head, at + 2)
    return out

