"""Descending unit chains opened by an abbreviated or uncommon echelon, in Chinese working text (MIL_UNIT).

`find_abbreviated_echelon_chains(text)` finds one unit (rules 2 and 3 of the contract: a unit with its parents is one
span) where the chain's first echelon is one the other chain finders do not read as a parent:
- a column or field army written short with a digit (`2纵独4旅第10团`, `3纵7旅`, `2野5兵团`), with the people's
  army's name before it when it stands there (`中国人民解放军2野5兵团`); the members after it descend (纵 > 旅 > 团 >
  营 > 连; 野 > 兵团 > 军 > 师), each a number with an optional 独/新/保/警 before it; a chain needs one member at least
  (a bare `2纵` is another finder's);
- a group (集团, not 集团军) of the Japanese area armies or of the North China puppet army after its parent
  (`华北方面军第二集团第十师团`, `治安军第一集团`): the parent, the group and the designations after it.

From session 34's cross-set reading (helper w34zhmil): the golds of audit22, audit26, audit27 and audit30 write these
chains whole where the rules split them or dropped the abbreviated parent. Every scan starts from the literal 纵, 野
or 集团 and returns at once on texts without it.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.spans import Candidate

_NUM = "0-9一二三四五六七八九十"
_RANK = {"野": 0, "兵团": 1, "纵": 2, "纵队": 2, "军": 2, "师": 3, "旅": 4, "团": 5, "营": 6, "连": 7}
# 2纵独4旅第10团 / 中国人民解放军2野5兵团: an abbreviated column or field army (a digit: the Chinese-numeral forms
# 一野/华野/三纵 are read by field_army_short_names_zh and unit_short_forms_zh) and one to four descending members
_SHORT_HEAD_CHAIN_RE = re.compile(
    f"((?:中国)?(?:人民)?解放军)?(?<![0-9第.、])([1-9][0-9]?)(纵|野)(?![队横深贯外战])"
    f"((?:[独新保警]?第?[{_NUM}]{{1,4}}(?:兵团|军|师|旅|团|营|连)(?![长部属级委])){{1,4}})")
_MEMBER_RE = re.compile(f"[独新保警]?第?([{_NUM}]{{1,4}})(兵团|军|师|旅|团|营|连)")
# 华北方面军第二集团第十师团 / 治安军第一集团: a group after its parent (not 集团军, 集团部)
_GROUP_CHAIN_RE = re.compile(
    f"([\u4e00-\u9fff]{{2}}方面军|(?:华北)?治安军)第([{_NUM}]{{1,4}})集团(?![军部长])"
    f"((?:第[{_NUM}]{{1,4}}(?:师团|旅团|联队|大队|团))(?![长部属级]))?")


def _descending(ranks: list[int]) -> bool:
    return all(a < b for a, b in zip(ranks, ranks[1:]))


def find_abbreviated_echelon_chains(text: str) -> list[Candidate]:
    """MIL_UNIT candidates: descending chains under an abbreviated column / field army or a group (集团)."""
    out: list[Candidate] = []
    if "纵" in text or "野" in text:
        for m in _SHORT_HEAD_CHAIN_RE.finditer(text):
            members = _MEMBER_RE.findall(m.group(4))
            ranks = [_RANK[m.group(3)]] + [_RANK[e] for _, e in members]
            numbers = [parse_number(m.group(2))] + [parse_number(n) for n, _ in members]
            if not all(numbers) or not _descending(ranks):
                continue
            echelon = members[-1][1]
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-abbreviated-echelon-chain", 65,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}}))
    if "集团" in text:
        for m in _GROUP_CHAIN_RE.finditer(text):
            numbers = [parse_number(m.group(2))]
            echelon = "集团"
            if m.group(3):
                sub = re.match(f"第([{_NUM}]{{1,4}})(师团|旅团|联队|大队|团)", m.group(3))
                numbers.append(parse_number(sub.group(1)))
                echelon = sub.group(2)
            if all(numbers):
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-group-chain", 65,
                                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}}))
    return out
