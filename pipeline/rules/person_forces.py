"""A force named after its commander: a found person's name or bare surname before an echelon (MIL_UNIT).

Warlord-era and civil-war narratives name divisions and brigades by their commanders: 胡宗铎师集中武穴,
夏威师附杨腾辉旅, 区寿年兵团, 王英军, and by the surname alone once the commander is known: 夏师的X旅,
阎军兵力部署为…. Every independent development set tags name + echelon as one MIL_UNIT (and the name
alone before a post: X师长 is a person). person_bare_surnames_zh reads forces after names of the person lexicon
and 军 / 旅; this module reads them after every person the finders found in the text:

- a PERSON span (2-4 characters) directly followed by 师, 旅, 军, 兵团, 军团 or 师团 that starts no other
  word (师长, 旅部, 军队, 军事, 军官 …) → MIL_UNIT from the name's start to the echelon's end;
- a bare surname of such a person (its first character, the name of 2-3 characters) before 军 or 师, where the
  character before forms no word with it and the surname is not 蒋 (蒋军 is the Nationalist army at large).

Candidates are MIL_UNIT at the leader-force priority (61), above the person spans they contain.
Cost: one str.find per found person.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, surnames
from pipeline.spans import Candidate

SOURCE = "rule:unit-person-force"
PRIORITY = 61
# the echelon after the name, not the start of another word (师长, 旅部, 军队, 军事, 兵团长; 军马, 军刀, 军帽: a
# soldier's kit, auditzh13: 山田军马居中)
_ECHELON_RE = re.compile(
    "(?:兵团|军团|师团)(?![长部])|师(?![长部团级属座生父傅范兄弟徒爷母道资表从出事承])|旅(?![长部团店途行游社馆])|"
    "军(?![长官事人区衔阀需械火舰队团政令部医校装用力费民属旗纪法情港营粮饷心威容歌服训马刀帽鞋毯务])")   # 务: 佐X军务 (auditzh22)
_SURNAME_ECHELON_RE = re.compile("[军师](?![长官事人区衔阀需械火舰队团政令部医校装用力费民属旗纪法情港营粮饷心威容歌服训马刀帽鞋毯级座生父傅范兄弟徒爷母道资表从承务])")
_ECHELON_FIRSTS = frozenset("军师")   # what _SURNAME_ECHELON_RE opens with
_GENERIC = {"蒋"}
# a word before that starts a person's name rather than a force (工作人员吴军 is a man called 吴军)
_PERSON_BEFORE = set("员者志生师长")
_CJK_LO, _CJK_HI = "\u4e00", "\u9fff"


def _hint(echelon: str) -> dict:
    return {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}


def person_forces(text: str, persons: list[tuple[int, int]]) -> list[tuple[int, int, str]]:
    """(start, end, echelon) of forces named after a found person or its bare surname (module doc)."""
    if "军" not in text and "师" not in text and "旅" not in text:
        return []
    single, _ = surnames()
    covered = bytearray(len(text) + 1)
    for start, end in persons:
        covered[start:end] = b"\x01" * (end - start)
    found: dict[int, tuple[int, int, str]] = {}
    chars: set[str] = set()
    for start, end in persons:
        name = text[start:end]
        if not 2 <= end - start <= 4 or not all(_CJK_LO <= ch <= _CJK_HI for ch in name) or name[0] in _GENERIC:
            continue
        if end - start <= 3 and name[0] in single:
            chars.add(name[0])
        if _japanese_after_chang(text, start):
            continue
        match = _ECHELON_RE.match(text, end)
        if match:
            found[start] = (start, match.end(), match.group())
    for char in chars:
        pos = text.find(char)
        while pos != -1:
            # the pattern opens with 军 or 师: the regex only where one follows
            match = _SURNAME_ECHELON_RE.match(text, pos + 1) if text[pos + 1:pos + 2] in _ECHELON_FIRSTS else None
            if match and not covered[pos] and pos not in found and not (
                    pos and is_common_word(text[pos - 1:pos + 1], 5)) and not is_common_word(text[pos:pos + 2], 5) \
                    and text[pos - 1:pos] not in _PERSON_BEFORE:
                found[pos] = (pos, match.end(), match.group())
            pos = text.find(char, pos + 1)
    return sorted(found.values())


def _japanese_after_chang(text: str, start: int) -> bool:
    """日军长谷某师团: 军长 is no post here, 长 opens a Japanese surname (长谷, 长野, 长冈, 长濑 of surnames_jp) and the
    force is the units finder's (长谷某师团), not a force of a person named from the second character (r3zhunits)."""
    if start < 2 or text[start - 2:start] != "军长":
        return False
    from pipeline.rules.names_common import japanese_surnames

    jp = japanese_surnames()
    return any(text[start - 1:start - 1 + k] in jp for k in (2, 3))


def find_person_forces(text: str, written: list[Candidate]) -> list[Candidate]:
    """MIL_UNIT candidates (priority 61) of forces named after the persons in `written` and those the
    person finder found in this text (person_references remembers them)."""
    from pipeline.rules.person_references import found_persons

    persons = found_persons(text, written)
    if not persons:
        return []
    return [Candidate(s, e, "MIL_UNIT", SOURCE, PRIORITY, _hint(echelon))
            for s, e, echelon in person_forces(text, sorted(set(persons)))]
