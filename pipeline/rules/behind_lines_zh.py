"""Forms of the pages on the war behind Japanese lines, 1937-45 (敌后战场: 八路军, 新四军, 华南游击队; session 15
audit, auditzh38).

- The numbered military sub-districts written short (`第八分区`, `八分区`): the bare-designation finder reads `N分区`
  only after a sign of a unit (its post, 部队, a clause start) and never after 第. A page that speaks of base areas,
  military regions or the Communist armies means by a numbered 分区 the military sub-district (as `三分区` in
  real-dev8 and `冀中第九分区`, docs/annotation-guidelines.md): MIL_UNIT, echelon 军分区. Not after a digit, 个 or a
  measure (`划为八个分区`), not before 长/划/内 … of a district's reading (`分区划分`).
- The Japanese navy's and garrison army's numbered forces in occupied China (`第8特别陆战队`, `第15警备队`,
  `第3守备队`, `第5独立守备大队`): the echelon words 特别陆战队, 警备队, 守备队, 守备大队 are no echelon of the unit finder,
  which missed them. Listed numbers share the head (`第4、第8特别陆战队`, guideline 4). A quantity (`两个警备队`) has
  no 第 and stays a count.

- A roster of posts and names (`司令员X、政委Y、参谋长Z、政治部主任W`): every item of a list of two or more post + name
  items is a PERSON, also where the name is a county's (`政治部主任江华`) or makes a place with the post's last
  character (`参谋长江华` is no `长江`). Posts: the command and staff posts of the armies and parties of the time;
  a name of two or three characters with a surname, between list marks.

- A road or railway named by its two ends' first characters, each glossed in brackets (`海(口)嘉(积)公路`,
  `翁(田)龙(马)公路`, `太(原)汾(阳)铁路`), as the party histories write them: one FAC over both glosses (the
  facility finder read only the last end, `中(税)公路`).

`find_behind_lines_forms(text)` (working text) proposes MIL_UNIT, PERSON and FAC; anchored on the literals 分区, 陆战队,
警备队, 守备 and the roster's list marks.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.rules.scan import char_positions, literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

SOURCE = "rule:unit-behind-lines"
_NUM = "[0-9０-９一二三四五六七八九十]{1,3}"

# a page of the Communist-led war: any of these words makes a numbered 分区 a military sub-district
_WAR_PAGE_WORDS = ("军分区", "军区", "八路军", "新四军", "根据地", "游击队", "抗日", "扫荡")
_SUBDISTRICT_RE = re.compile(f"(?<![0-9０-９一二三四五六七八九十百千万个第])(第?)({_NUM})分区(?![长划内间域制])")

_JP_FORCE_RE = re.compile(f"第({_NUM}(?:[、和及]第?{_NUM}){{0,6}})"
                          "(特别陆战队|警备队|独立守备大队|守备大队|独立守备队|守备队)(?![长员])")


def _subdistricts(text: str) -> list[Candidate]:
    if "分区" not in text or not any(word in text for word in _WAR_PAGE_WORDS):
        return []
    out = []
    for m in literal_finditer(_SUBDISTRICT_RE, text):
        number = parse_number(m.group(2))
        if not isinstance(number, int) or not 0 < number < 40:
            continue
        if m.start() > 0 and text[m.start() - 1] in "军专":
            continue                    # 第四军分区 / 专分区: other finders' forms
        hint = {"numbers": [number], "echelon": "军分区", "prefix": ""}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, 48, {"unit_hint": hint}))
    return out


def _japanese_forces(text: str) -> list[Candidate]:
    if "陆战队" not in text and "警备队" not in text and "守备" not in text:
        return []
    out = []
    for m in _JP_FORCE_RE.finditer(text):
        numbers = [parse_number(n) for n in re.split("[、和及]第?", m.group(1))]
        if not all(isinstance(n, int) for n in numbers):
            continue
        head = m.group(2)
        if head == "特别陆战队" and len(numbers) < 2:
            continue    # one numbered landing force is landing_forces_zh's, with its naval district (舞鹤第二特别陆战队)
        prefix = "独立" if head.startswith("独立") else ""
        hint = {"numbers": numbers, "echelon": head[len(prefix):], "prefix": prefix}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, 62, {"unit_hint": hint}))
    return out


_POSTS = ("司令员", "副司令员", "司令", "政治委员", "政委", "副政委", "参谋长", "副参谋长", "政治部主任", "主任", "副主任",
          "部长", "书记", "副书记", "指挥", "副指挥", "总队长", "大队长", "支队长", "队长", "团长", "旅长", "师长", "军长")
_POST_ALT = "|".join(sorted(_POSTS, key=longest_first))
_ROSTER_ITEM_RE = re.compile(f"(?:[^、，,。；;：:\n]{{0,6}}?)({_POST_ALT})([\u4e00-\u9fff]{{2,3}})")


_CLAUSE_RE = re.compile("[^，,。；;：:\n（）()]+")
_CLAUSE_MARKS = frozenset("，,。；;：:\n（）()")


def _listed_clauses(text: str):
    """The matches of _CLAUSE_RE.finditer(text) that hold a 、 (the only ones a roster reads), found from each 、."""
    end = 0
    for at in char_positions(text, "、"):
        if at >= end:
            start = at
            while start > end and text[start - 1] not in _CLAUSE_MARKS:
                start -= 1
            clause = _CLAUSE_RE.match(text, start)
            end = clause.end()
            yield clause


def _roster_names(text: str) -> list[Candidate]:
    if "、" not in text:
        return []
    single, compound = surnames()
    out = []
    for clause in _listed_clauses(text):
        items = clause.group().split("、")
        if len(items) < 2:
            continue
        found, pos = [], clause.start()
        for item in items:
            m = _ROSTER_ITEM_RE.fullmatch(item)
            if m:
                name = m.group(2)
                if (name[0] in single or name[:2] in compound) and not is_common_word(name, 300):
                    found.append((pos + m.start(2), pos + m.end(2)))
            pos += len(item) + 1
        if len(found) >= 2 and len(found) == len(items):
            places = known_places()
            # only where a place would take the name (江华, 参谋长|江华 → 长江): elsewhere the person finders read it
            out += [Candidate(start, end, "PERSON", "rule:person-roster", 38) for start, end in found
                    if text[start:end] in places or any(text[start - 1:start - 1 + k] in places for k in (2, 3))]
    return out


_GLOSS = "[\u4e00-\u9fff][(（][\u4e00-\u9fff]{1,3}[)）]"
_GLOSSED_ROUTE_RE = re.compile(f"{_GLOSS}{_GLOSS}(?:公路|铁路|大道|路)(?![线段])")


def _glossed_routes(text: str) -> list[Candidate]:
    if "(" not in text and "（" not in text:
        return []
    return [Candidate(m.start(), m.end(), "FAC", "rule:fac-glossed-route", 50)
            for m in literal_finditer(_GLOSSED_ROUTE_RE, text)]


def find_behind_lines_forms(text: str) -> list[Candidate]:
    return _subdistricts(text) + _japanese_forces(text) + _roster_names(text) + _glossed_routes(text)
