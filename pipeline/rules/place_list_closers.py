"""Unknown members of a list of places closed by an area word: A、B、C一带 / 地区 / 等地 / 一线 (GPE).

Battle narratives name the ground a force holds or reaches as a 、-list of towns closed by a word that makes
the whole list an area: 进占甲、乙、丙一带, 退至甲、乙地区, 集结于甲、乙、丙等地, 展开于甲、乙一线. When the
gazetteer knows at least two members as GPE, the other members of the same list are settlements too — most often
a market town or village no lexicon lists. `find_list_closer_members(text)` (working text, Simplified) proposes
GPE for such a member when:

- the list has 2-7 members of 2-3 characters joined by 、 and ends right before 一带, 地区, 等地, 等县, 等城,
  等镇, 一线 or 之间;
- at least two members are GPE in the place lexicon (the first member counts by its longest known tail,
  since the list's left edge is found by reading back and may hold the verb's last character);
- the member is not the first one (its left edge is unsure), is no known place, holds no function, pronoun,
  numeral or unit character (a leading direction or 中 is allowed: 中坝, 东关), and is no word jieba knows
  that is no place name.

Candidates are GPE at priority 29 (every lexicon and framed place wins). The scan starts at the literal
closers (str.find) and reads back at most 40 characters.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.rules.names_common import known_places, word_info
from pipeline.rules.place_frames import unknown_place_name
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-list-closer", 29
_CJK = "\u4e00-\u9fff"
_CLOSERS = ("一带", "地区", "等地", "等县", "等城", "等镇", "一线", "之间",
            "之线")   # 驻甲、乙、丙之线: the line of (military prose, auditzh31)
_LIST_RE = re.compile(f"((?:[{_CJK}]{{2,3}}、){{1,6}})([{_CJK}]{{2,3}})$")
# place_frames.STOP without 中前后左右边旁: a member may open with 中 or a direction (中坝)
_STOP = set(
    "的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少上下里内外"
    "全部军敌我你他她它们师团旅营连队长官兵日月年时天机舰炮弹路线阵地区县省市方面失")


# the heads of a village's or market town's name (…庄, …集, …屯, …桥); 营 and 堡 are left out (units, forts)
_SETTLEMENT_HEADS = set("庄村集屯店铺寨楼桥坨圩坊湾洼垛")


def _is_place(name: str) -> bool:
    return name in known_places()


def _settlement_name(name: str, plain: bool = False) -> bool:
    """A village's name by its head (王各庄, 陈楼, 胜芳集): a settlement character last, 各庄 allowed (the 各 of
    Hebei's 王各庄 is no pronoun). `plain`: only the head and no stop character (a name jieba knows as a word
    inside, like 大桥, still reads as a village when its list holds a place)."""
    if name[-1] not in _SETTLEMENT_HEADS or name in place_lexicon():
        return False
    body = name[:-2] if name.endswith("各庄") else name[:-1]
    if any(ch in _STOP for ch in body):
        return False
    if plain:
        entry = word_info().get(name)
        return not (entry and entry[0] >= 20 and not entry[1].startswith("ns"))   # 大楼, 大桥: ordinary words
    return name.endswith("各庄") and len(name) == 3


def find_list_closer_members(text: str) -> list[Candidate]:
    """GPE candidates of the class in the module doc."""
    if "、" not in text:
        return []
    out: list[Candidate] = []
    seen: set[int] = set()
    for closer in _CLOSERS:
        at = text.find(closer)
        while at != -1:
            left = max(0, at - 40)
            m = _LIST_RE.search(text, left, at)
            if m and at not in seen:
                seen.add(at)
                base = m.start()
                items, pos = [], base
                for item in m.group(1)[:-1].split("、") + [m.group(2)]:
                    items.append((pos, item))
                    pos += len(item) + 1
                first = items[0][1]
                known = sum(_is_gpe(item) for _, item in items[1:]) + any(_is_gpe(first[k:]) for k in range(len(first) - 1))
                if known >= 2:
                    for start, item in items[1:]:
                        if unknown_place_name(item, _STOP) or _settlement_name(item):
                            out.append(Candidate(start, start + len(item), "GPE", SOURCE, PRIORITY, {"id": None}))
                elif known or any(_is_place(first[k:]) for k in range(len(first) - 1)) or any(
                        _is_place(item) for _, item in items[1:]):
                    # one known place: the members named like a settlement (…庄, …集, …桥) are settlements too
                    for start, item in items[1:]:
                        if _settlement_name(item, True):
                            out.append(Candidate(start, start + len(item), "GPE", SOURCE, PRIORITY, {"id": None}))
            at = text.find(closer, at + 1)
    return out
