"""Precision guards of the Chinese MIL_UNIT rules (session 17, round 2, prezh3): readings the unit rules
proposed the same wrong way on many sites, each narrowed by a class, not by strings.

- A bare unit named by its function (教导大队, 特务团, 先遣纵队, 特务营: no parent, no number) is a generic
  reference (guideline 5: no designation) unless the text names it: the same word elsewhere written with its
  parent (新四军先遣支队 … 先遣支队, 抗联教导旅 … 教导旅) or as the parent of a designated unit (教导总队第三旅),
  its commander's post right after it (特务旅旅长某), or a designated sibling right before it in a list
  (新编第4旅、教导旅). A corps (总队) named by its function is one formation (教导总队) and stays.
- A bare number with its echelon in a series of counts is a count, not a designation: another count follows
  (8军16个师, 10营、5000人) or the item before it in the list is a count (两旅团、四步兵联队).
- A quoted word whose 军 is the object of a verb (“大正裁军”, “扩军”, “建军”) names no force.
- A direction before 支那 belongs to the Japanese army's name (北支那派遣军, 中支那派遣军): one span
  (guideline 15, a full official name is one span).
Wired elsewhere with the same aim: a list of sub-districts after their region is one span (淮北军区1、3分区,
unit_qualifier_runs_zh.py); a numeral before 镇 counts the Qing division, no purpose army (一镇新军,
unit_group_names_zh.py).
"""

from __future__ import annotations

import re

from pipeline.normalize.units import NUM, parse_number

# the heads a parent ends on right before a function unit (新四军先遣支队, 抗联教导旅, 115师教导大队)
_PARENT_TAIL = set("军師师旅团團队隊联聯")
# the commander's post of the unit's own echelon right after it (特务旅旅长, 先遣支队支队长, 教导团团长)
_POST_AFTER = ("长", "長", "司令", "政委")
# a designated sub-unit right after it (教导总队第三旅, 特务团第2营)
_SUBUNIT_AFTER = re.compile(r"第[0-9０-９一二三四五六七八九十百]{1,4}[旅团團营營连連大中支]")
_LIST_ITEM_END = set("，。、；：！？（）()「」“”《》 \n\t,;:!?")


def _previous_item(text: str, start: int) -> str:
    """The list item right before a 、 that ends at start - 1 ('' if none)."""
    if start < 1 or text[start - 1] not in "、,":
        return ""
    k = start - 1
    while k > 0 and text[k - 1] not in _LIST_ITEM_END and start - 1 - k < 16:
        k -= 1
    return text[k:start - 1]


_DESIGNATED_ITEM = re.compile(r"第?[0-9０-９一二三四五六七八九十百零〇]{1,4}[军軍师師旅团團营營]$|[支纵縱]队$|[支縱]隊$")


def bare_function_named(text: str, start: int, end: int, echelon: str) -> bool:
    """True if the bare function unit text[start:end] (no parent, no number) is named by the text."""
    if echelon == "总队":
        return True              # a corps named by its function is one formation (教导总队), not a team
    word = text[start:end]
    if _SUBUNIT_AFTER.match(text, end) or re.search(re.escape(word) + _SUBUNIT_AFTER.pattern, text):
        return True              # 教导总队第三旅: written as the parent of a designated unit, it is named
    pos = 0
    while True:
        k = text.find(word, pos)
        if k < 0:
            break
        if k != start and k > 0 and text[k - 1] in _PARENT_TAIL:
            return True          # the same unit written with its parent elsewhere: the short form names it
        pos = k + 1
    rest = text[end:end + 4]
    if rest.startswith(echelon) and rest[len(echelon):].startswith(_POST_AFTER):
        return True              # 特务旅旅长某: a unit followed by its commander's post (guideline 3)
    prev = _previous_item(text, start)
    return bool(prev) and _DESIGNATED_ITEM.search(prev) is not None


_COUNT_UNITS_NEXT = re.compile(rf"、?({NUM})(?:个|個)")
_COUNT_MEN_NEXT = re.compile(rf"、(?:{NUM})(?:余|餘|多)?[人名]")
# the previous item ends on a count: 两 or a number with 个 before at most four non-numeral characters (两旅团)
_COUNT_ITEM = re.compile(rf"(?:两|兩|(?:{NUM})(?:个|個))[^、，,0-9０-９一二三四五六七八九十百千万两兩]{{1,4}}$")


def counted_series(text: str, start: int, end: int) -> bool:
    """True if the bare designation text[start:end] sits in a series of counts: a count follows (a count of
    sub-units at least as large, 8军16个师; men after a comma of the list, 10营、5000人), or, for a one-character numeral, the list item before it is a count (两旅团、四步兵联队)."""
    if _COUNT_MEN_NEXT.match(text, end):
        return True
    nxt = _COUNT_UNITS_NEXT.match(text, end)
    if nxt:
        # a strength total counts more sub-units than units (8军16个师); 38军3个师 is the 38th's three divisions
        own, sub = parse_number(re.match(f"(?:{NUM})", text[start:end]).group()), parse_number(nxt.group(1))
        return bool(own and sub and sub >= own)
    if text[start] not in "一二三四五六七八九十两兩" or text[start + 1] in "0123456789一二三四五六七八九十百":
        return False    # only a one-character numeral is ambiguous after a count (两个师团、十一师团一部 is a unit)
    prev = _previous_item(text, start)
    return bool(prev) and _COUNT_ITEM.search(prev) is not None


# verbs whose object is 军 (disarm, expand, build, reorganise, march, enlist, withdraw, advance, reward the troops)
_VERB_ARMY = ("裁军", "扩军", "建军", "整军", "治军", "行军", "从军", "参军", "撤军", "进军", "劳军", "犒军",
              "裁軍", "擴軍", "建軍", "整軍", "治軍", "行軍", "從軍", "參軍", "撤軍", "進軍", "勞軍", "犒軍")


def verb_object_army(name: str) -> bool:
    """True if a quoted name ends on a verb + 军 compound (“大正裁军”): no force."""
    return name.endswith(_VERB_ARMY)


def shina_direction(text: str, start: int, place: str) -> int:
    """Characters to add before a unit that starts with 支那: the direction of 北支那/中支那/南支那."""
    if place == "支那" and start > 0 and text[start - 1] in "北中南":
        return 1
    return 0
