"""The commander named before 的 + a numbered or quoted force: 王某某的六十七军, X的一〇五师, X的“某某军” (PERSON).

Orders of battle name each force by its commander: 调东北军主力王某某的六十七军、刘某某的一〇五师; 除了X的“某卫军”.
`find_unit_owners(text)` (working text, Simplified) proposes the name of 2-3 characters right before 的 when a
numbered force (六十七军, 第一〇五师, 118旅, 第3纵队) or a quoted force name (“…军”, “…部队”) follows, and:

- the name is a surname and one or two given characters (no ordinary word, no known place, no function,
  pronoun or echelon character among the given ones);
- before it: a clause boundary, a list mark or a word taking a person (person_actions' left test), or, for a
  three-character name, a noun of troops in apposition (主力部队X的…, 所属X的…).

Candidates are PERSON at the person heuristics' priority (20). Cost: the scan starts at the literal 的.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, surnames, word_info
from pipeline.rules.person_actions import left_ok
from pipeline.spans import Candidate

SOURCE = "rule:person-unit-owner"
PRIORITY = 20
_NUM = "0-9〇○零一二三四五六七八九十百"
_OWNED_RE = re.compile(
    f"的(?:第?[{_NUM}]{{1,5}}(?:军|师|旅|团|纵队|兵团|支队)(?![长部])|“[\u4e00-\u9fff]{{1,6}}(?:军|部队|队)”)")
_APPOSITION_END = set("队部军师了")
# characters that are never part of a given name here (a shorter list than person_actions': 以, 多, 东 are)
NOT_GIVEN = set("的了在是和与及跟等被把对向从由其此该这那各每们个部军敌我他她你着过说要会能可没不无未将为"
                 "师团旅营连长官兵队省市县区乡镇村方面")


def name_ok(text: str, start: int, end: int) -> bool:
    """A surname and one or two given characters, no word or known place, the surname ending no word."""
    name = text[start:end]
    if any(ch in NOT_GIVEN or not ("\u4e00" <= ch <= "\u9fff") for ch in name[1:]):
        return False
    if name in known_places() or is_common_word(name, 20) or is_common_word(name[:2], 50):
        return False
    entry = word_info().get(name[1:]) if len(name) == 3 else None
    if entry and entry[0] >= 300 and not entry[1].startswith("nr"):
        return False    # 王|胜利的部队: an ordinary word after a surname
    return not (start and is_common_word(text[start - 1:start + 1], 50))


def with_other_mentions(text: str, found: list[Candidate], min_size: int = 3) -> list[Candidate]:
    """`found` and every other occurrence of a found name of 3+ characters (王某某的六十七军 … 王某某率部):
    a name read once from a strong frame is the same person wherever it stands again."""
    out = list(found)
    seen = {(c.start, c.end) for c in found}
    for name in {text[c.start:c.end] for c in found if c.end - c.start >= min_size}:
        pos = text.find(name)
        while pos != -1:
            if (pos, pos + len(name)) not in seen:
                seen.add((pos, pos + len(name)))
                out.append(Candidate(pos, pos + len(name), "PERSON", found[0].source, found[0].priority))
            pos = text.find(name, pos + 1)
    return out


def find_unit_owners(text: str) -> list[Candidate]:
    """PERSON candidates of commanders named before 的 + a force (see the module doc)."""
    if "的" not in text:
        return []
    single, compound = surnames()
    out: list[Candidate] = []
    for match in _OWNED_RE.finditer(text):
        end = match.start()
        for size in (3, 2):
            start = end - size
            if start < 0 or (text[start] not in single and text[start:start + 2] not in compound):
                continue
            if not name_ok(text, start, end):
                continue
            if left_ok(text, start) or size == 3 and text[start - 1] in _APPOSITION_END:
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
    return with_other_mentions(text, out)
