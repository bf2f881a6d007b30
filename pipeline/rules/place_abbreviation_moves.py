"""One-character abbreviations of provinces and countries read from a verb of movement (GPE).

places.py reads lists of abbreviations (豫、湘、桂) and one after 入/赴/援/驻/侵 before a clause end or
a word of fighting. Narratives also write: 由鄂入湘 (from Hubei into Hunan: both ends), 云南入川的要道
(入X before 的), 率军进疆 (疆 = Xinjiang), 赴苏向共产国际汇报 (赴X + 向/考察/留学), 逃入俄境 (X + 境).
`find_abbreviation_moves(text)` proposes GPE for them, with the full name's norm.
Cost: nothing unless one of the literal verbs 入, 赴, 进 is in the text; then scans led by the verbs
(found with str.find: scan.rare_finditer; the verb is read, not looked behind at: a province or
country character is never a verb, so the matches are the same).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import normalize_place
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.places import ABBREVIATIONS
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:place-abbreviation-move"
PRIORITY = 30
_PROVINCES = province_abbreviations(plus="陇", without="新台港澳")
_COUNTRIES = "苏俄美英法德日"
# 由鄂入湘: both ends of a move between provinces (auditzh49: also 自闽回赣, 从赣入湘, 离湘入黔)
_FROM_TO_RE = re.compile(f"[由自从离]([{_PROVINCES}])[入进返回]([{_PROVINCES}])(?=[，。、；,;]|后|时|以|之|的|途)")
# 入川的, 进疆, 入滇后: a province entered, before 的 or a clause end or a time word (not 入京, 进沪: the
# capital or a city entered, which the sets leave untagged)
_INTO_RE = re.compile(f"[入进]([{_PROVINCES[3:]}疆])(?=的|[，。；,;]|后|时|不久|以后|途中|作战|境)")
# 赴苏向…, 逃入俄境, 赴美考察: a country visited or fled to
_ABROAD_RE = re.compile(f"[赴入]([{_COUNTRIES}])(?=境|向|考察|留学|访问|学习|求援|谈判|[，。；,;])")
_FULL = {"疆": "新疆", "苏": "苏联", "俄": "俄国"}


def _candidate(text: str, start: int, country: bool = False) -> Candidate:
    char = text[start]
    full = (_FULL.get(char) if country or char == "疆" else None) or (ABBREVIATIONS.get(char, (None, None))[0]) or char
    return Candidate(start, start + 1, "GPE", SOURCE, PRIORITY, normalize_place(full, ""))


def find_abbreviation_moves(text: str) -> list[Candidate]:
    """GPE candidates of abbreviations after a verb of movement (see the module doc)."""
    if "入" not in text and "赴" not in text and "进" not in text:
        return []
    out: list[Candidate] = []
    for match in rare_finditer(_FROM_TO_RE, text):
        out += [_candidate(text, match.start(1)), _candidate(text, match.start(2))]
    for match in rare_finditer(_INTO_RE, text):
        if match.start() >= 1 and text[match.start() - 1] in "深出加收投列进引输" and not (
                text[match.start() - 1] == "进" and text[match.end():match.end() + 1] == "境"):
            continue    # 深入, 出入, 加入, 收入, 投入: 入 ends another word (but 进入鄂境: the province entered; auditzh49)
        out.append(_candidate(text, match.start(1)))
    for match in rare_finditer(_ABROAD_RE, text):
        if match.start() >= 1 and text[match.start() - 1] in "深出加收投列进引输":
            continue
        out = [c for c in out if c.start != match.start(1)]    # 逃入苏境: the country, not 江苏
        out.append(_candidate(text, match.start(1), country=True))
    seen: set[int] = set()
    return [c for c in out if not (c.start in seen or seen.add(c.start))]
