"""A brigade or regiment named after its commander, written after his superior's force: 某某部某某旅 (MIL_UNIT).

Warlord-era chronicles name the formations under a general by their own commanders: 黔军刘某部卢某旅从某县
直扑某地, 卢某旅第三团攻克某城. The superior is a person the finders know (刘某, followed by 部 "the force
of"); the name after 部 is an unknown commander's, read by the person finder's name reader, and his echelon
word ends it. `find_subordinate_commanders(text, written)` (working text, Simplified) proposes:

- a PERSON span of `written` followed by 部, then a Chinese name (surname + 1-2 given characters) and 旅, 团 or
  师 that starts no other word (旅长, 团部, 师生 …) → one MIL_UNIT, with the numbered subunits written right
  after it (卢某旅第三团: guidelines rule 3, a unit with its parent is one span);
- every other mention of that name + echelon in the document, with its subunits.

Candidates are MIL_UNIT at the leader-force priority (61). Cost: a look at the character after each found person.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.person_name_ends import chinese_name_end
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-subordinate-commander", 61
_NUM = "0-9一二三四五六七八九十百零〇"
_ECHELON = re.compile(f"(旅|团|师)(?![长部属级生队体结])((?:第?[{_NUM}]{{1,3}}(?:团|营|连)){{0,2}})")
_SUBUNIT = re.compile(f"第?([{_NUM}]{{1,3}})(团|营|连)")


def _unit_after(text: str, name_start: int) -> tuple[int, str, str] | None:
    end = chinese_name_end(text, name_start)
    if end < 0:
        return None
    m = _ECHELON.match(text, end)
    return (m.end(), text[name_start:end], m.group(1)) if m else None


def find_subordinate_commanders(text: str, written: list[Candidate]) -> list[Candidate]:
    """MIL_UNIT candidates of the class in the module doc."""
    from pipeline.rules.person_references import found_persons

    persons = found_persons(text, written)
    names: dict[str, str] = {}
    for _, end in set(persons):
        if text.startswith("部", end) and end + 1 < len(text):
            found = _unit_after(text, end + 1)
            if found:
                names[found[1]] = found[2]
    out: list[Candidate] = []
    for name, echelon in names.items():
        pos = text.find(name + echelon)
        while pos != -1:
            m = _ECHELON.match(text, pos + len(name))
            if m:
                parts = _SUBUNIT.findall(m.group(2))
                numbers = [parse_number(n) for n, _ in parts]
                hint = {"numbers": [] if not numbers or None in numbers else numbers,
                        "echelon": parts[-1][1] if parts else echelon, "prefix": ""}
                out.append(Candidate(pos, m.end(), "MIL_UNIT", SOURCE, PRIORITY, {"unit_hint": hint}))
            pos = text.find(name + echelon, pos + 1)
    return out
