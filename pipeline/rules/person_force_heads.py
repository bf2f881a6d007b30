"""The commander named right before his numbered force, without 的: 唐某某第三军、高某某第十七军 (PERSON).

Orders of battle list the forces of a command by their commanders, the name glued to the force's number:
曾某某第五集团军所辖唐某某第三军、高某某第十七军; 以王某某第九师守城. `find_force_heads(text)` (working text,
Simplified) proposes the three characters right before a numbered force (第 + numeral + 军 / 师 / 旅 / 团 /
纵队 / 兵团 / 集团军 / 路军 / 支队) when:

- they are a single surname and two given characters, by person_unit_owners' name test (no ordinary word, no
  known place, no function, pronoun or echelon character among the given ones: 革命军第…, 胡宗南部第… are not);
- before them: a clause boundary or a list mark (、，), a word that takes a person (person_actions' left test:
  由, 令, 派 …), or a word of command over forces (辖, 属, 所辖, 所属, 下辖, 指挥, 以).

Only three-character names: two characters before a force are as often a place or an abbreviation (晋绥, 苏北).
Every other mention of a name read here is the same person (person_unit_owners.with_other_mentions).
Candidates are PERSON at the person heuristics' priority (20). Cost: one regex scan that starts at the literal 第
(in C); Python work only at numbered forces.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames
from pipeline.rules.person_actions import left_ok
from pipeline.rules.person_unit_owners import name_ok, with_other_mentions
from pipeline.spans import Candidate

SOURCE = "rule:person-force-head"
PRIORITY = 20
_NUM = "0-9〇○零一二三四五六七八九十百"
_FORCE_RE = re.compile(f"第[{_NUM}]{{1,5}}(?:集团军|路军|纵队|兵团|支队|军|师|旅|团)(?![长部])")
_COMMAND_LEFT = ("所辖", "所属", "下辖", "指挥", "辖", "属", "以")


def find_force_heads(text: str) -> list[Candidate]:
    """PERSON candidates of commanders named right before their numbered force (see the module doc)."""
    if "第" not in text:
        return []
    single = surnames()[0]
    out: list[Candidate] = []
    for match in _FORCE_RE.finditer(text, 3):     # the regex starts at the literal 第: re skips the rest in C
        pos = match.start()
        start = pos - 3
        if text[start] in single and name_ok(text, start, pos) \
                and (left_ok(text, start) or text[start - 1 : start] == "、"
                     or any(text[max(0, start - len(word)) : start] == word for word in _COMMAND_LEFT)):
            out.append(Candidate(start, pos, "PERSON", SOURCE, PRIORITY))
    return with_other_mentions(text, out) if out else []
