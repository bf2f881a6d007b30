"""A company or platoon named by its weapon or arm right after its numbered parent (session 22, s22zhext).

Japanese and Chinese orders of battle, casualty rosters and unit histories write the support sub-units of a
battalion or regiment by their weapon: `第二大队机关枪中队`, `步兵第一大队步兵炮小队`, `第三营迫击炮连`,
`第15联队速射炮中队`, and the vanguard, assault, scout and guard companies of a division or regiment by their task:
`第31师先锋营`, `163团尖刀连`, `第5师侦察连`. Guideline 3 makes a unit written with its parent one span (`预十师28团`); the units finder
reads the numbered parent and stops before the weapon word, which it does not know as a qualifier after a number.

`find_unit_arm_tails(text)` (working text, Simplified) proposes MIL_UNIT at priority 67 (as bare_new_army_kind_units_zh's
kind-named tails `第9师补充团`, above the parent the finders read, so the whole span wins) for a numbered parent
(an optional arm 步兵/炮兵/骑兵/工兵/独立, one to three numbered echelons 联队/大队/中队/师/旅/团/营, each with or
without 第) followed at once by a weapon, arm or task word (机关枪, 重机枪, 机枪, 步兵炮, 速射炮, 迫击炮, 山炮, 野炮,
通信, 工兵, 辎重, 卫生; 先锋, 突击, 尖刀, 侦察, 搜索, 警卫, 特务; session 26, s26zhunit: 高射机枪, 高射炮, 机炮, 火箭炮,
战防炮, and the transport companies 汽车, 运输 of PLA memoirs and veterans' pages: `四团汽车连`, `某团高射机枪连`) and a
battalion- or company-sized echelon (中队, 小队, 分队, 营, 连, 排), a company or platoon optionally numbered within its
kind (`三团汽车一连`: numbers 3, 1). A tail of the same or a larger size than its parent (`第5营突击营`) is no sub-unit and is left. Numbers of the parent, echelon of the tail,
prefix the weapon word. Not before 长 (the post `…机关枪中队长` stays with its unit, the finders' reading of posts).

Examples written for this module: `第四大队机关枪中队`, `步兵第二大队步兵炮小队`, `第五团迫击炮连`, `第12师侦察营`,
`三团汽车一连`, `第五团高射机枪连`.
Cost: one regex started at the weapon literals (`scan.literal_finditer`); a text without them is not scanned.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import named_units, parse_number
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-arm-tails", 67

_NUM = "〇零一二三四五六七八九十百0-9"
_PARENT_ECH = "(?:联队|大队|中队|师|旅|团|营)"
_WEAPONS = ("(?:重机枪|机关枪|高射机枪|高射炮|机枪|机炮|步兵炮|速射炮|迫击炮|火箭炮|战防炮|山炮|野炮|通信|工兵|辎重|卫生"
            "|汽车|运输|先锋|突击|尖刀|侦察|搜索|警卫|特务)")
_TAIL_ECH = "(?:中队|小队|分队|营|连|排)"
_ARM_TAIL_RE = re.compile(
    f"(?<![{_NUM}第])(?P<parent>(?:步兵|炮兵|骑兵|工兵|独立)?(?:第?[{_NUM}]{{1,4}}{_PARENT_ECH}){{1,3}})"
    f"(?P<weapon>{_WEAPONS})(?P<tailnum>[一二三四五六七八九1-9](?=[连排]))?(?P<ech>{_TAIL_ECH})(?![长])")
_NUMS_RE = re.compile(f"[{_NUM}]{{1,4}}")
# a numbered unit or a qualifier written right before the match: the match is the tail of a longer chain
_CHAIN_BEFORE_RE = re.compile(f"(?:[{_NUM}](?:集团军|军团|纵队|军|纵|师|旅|团)|新编|暂编|预备|整编|[新暂预])$")
_SIZE = {"师": 6, "旅": 5, "联队": 4, "团": 4, "大队": 3, "营": 3, "中队": 2, "连": 2, "小队": 1, "分队": 1, "排": 1}
_LAST_ECH_RE = re.compile(f"{_PARENT_ECH}$")


def _last_echelon(parent: str) -> str:
    m = _LAST_ECH_RE.search(parent)
    return m.group() if m else ""


# the tails the chain finders do not read after a chain (their branch words hold 特务, 警卫, 炮兵 …, not these): the tail
# then takes the chain before it, numbered echelons back to a named force of named_units.tsv (session 26, s26zhunit)
_CHAIN_TAIL_WEAPONS = frozenset(("高射机枪", "机炮", "汽车", "运输"))
_CHAIN_BACK_RE = re.compile(f"(?:第?[{_NUM}]{{1,4}}(?:集团军|军团|纵队|军|师|旅|团|营))+$")


def _chain_start(text: str, at: int) -> int | None:
    """Start of the numbered chain (with a named force written right before it) that ends at `at`."""
    m = _CHAIN_BACK_RE.search(text, max(0, at - 24), at)
    if m is None:
        return None
    start = m.start()
    named = named_units()
    k = next((k for k in range(min(8, start), 1, -1) if text[start - k:start] in named), 0)
    return start - k


def find_unit_arm_tails(text: str) -> list[Candidate]:
    """`第二大队机关枪中队` → one MIL_UNIT (see the module doc)."""
    out: list[Candidate] = []
    for m in literal_finditer(_ARM_TAIL_RE, text):
        start = m.start()
        if _CHAIN_BEFORE_RE.search(text, max(0, m.start() - 8), m.start()):
            if m.group("weapon") not in _CHAIN_TAIL_WEAPONS:
                continue              # 54军|198师特务连: a longer chain starts before; the chain finders read it whole
            start = _chain_start(text, m.start())   # 某军|一六四师四九一团高射机枪连: the chain finders stop before the tail
            if start is None:
                continue
        if _SIZE.get(m.group("ech"), 0) >= _SIZE.get(_last_echelon(m.group("parent")), 9):
            continue
        numbers = [parse_number(n) for n in _NUMS_RE.findall(m.group("parent"))]
        if m.group("tailnum"):
            numbers.append(parse_number(m.group("tailnum")))   # 汽车一连: the kind's company numbered in its parent
        if not numbers or not all(numbers):
            continue
        hint = {"unit_hint": {"numbers": [int(n) for n in numbers], "echelon": m.group("ech"),
                              "prefix": m.group("weapon")}}
        if start < m.start():
            numbers = [parse_number(n) for n in _NUMS_RE.findall(text[start:m.start()])] + numbers
            hint["unit_hint"]["numbers"] = [int(n) for n in numbers if n]
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY + (2 if start < m.start() else 0), norm=hint))
    return out
