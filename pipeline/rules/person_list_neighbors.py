"""Names listed with 、 next to a name read by name-likeness (PERSON): 甲、乙、丙 where only some items score high.

persons._list_members carries a list from a name the lexicons or a titled/framed reading found to the items
beside it (孙某、池某部); the names that only person_likeness finds (an uncommon given name, no title: memoirs'
rolls of veterans, of martyrs, of relatives) are found after it and seed no list. Here every PERSON candidate
found so far, those of person_likeness included, seeds its neighbours: the item right after a 、 (or right before
one) is a name when it reads as a whole Chinese name by person_name_ends._chinese_name_end, ends at a list mark,
等 or a clause mark, and is no ordinary word (is_common_word), no known place and no title. The seed is one item of
the SAME run: at most the three characters of an item lie between two 、, so a name in the next clause seeds
nothing. Found items seed in turn (the queue), so a whole roll is read from one name at either end.
Priority 12 (the likeness reading's): any other reading of the same characters (a place, a unit) wins.
Cost: nothing without a 、; one look at the characters beside each PERSON candidate.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.person_name_ends import _chinese_name_end
from pipeline.rules.person_rolls_zh import stop_given_end
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-list-neighbor", 12
# what may end an item: the next list mark, 和/与/及, 等, a clause mark, or a word of doing things together
_ITEM_END = re.compile("[、，。；：！？…—）)」”与和及]|等|一起|一同|一道|二人|两人|三人|同志|$")
# what may stand before the first item of a run: a clause mark or a word that takes a person list
_FIRST_OK = set("，。；：！？（(「“ \n\t、和与及同跟有")


def _item_ok(text: str, start: int, end: int, covered: bytearray) -> bool:
    name = text[start:end]
    if not 2 <= end - start <= 4 or any(covered[start:end]) or not _ITEM_END.match(text, end):
        return False
    if name in known_places() or is_common_word(name, 30):
        return False
    from pipeline.rules.persons import _TITLE_RE
    return not _TITLE_RE.match(text, start)


def find_list_neighbors(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    if "、" not in text:
        return []
    covered = bytearray(len(text) + 1)
    queue: list[tuple[int, int]] = []
    for cand in found:
        if cand.label == "PERSON":
            covered[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
            if 2 <= cand.end - cand.start <= 4:
                queue.append((cand.start, cand.end))
    if not queue:
        return []
    out: list[Candidate] = []
    while queue:
        start, end = queue.pop()
        spans = []
        if text[end:end + 1] == "、":          # the item after
            pos = end + 1
            item_end = _chinese_name_end(text, pos)
            if item_end < 0:
                item_end = stop_given_end(text, pos)   # 甲、谈乃成等: a stop character inside a closed name
            if item_end > 0:
                spans.append((pos, item_end))
        if start >= 3 and text[start - 1] == "、":   # the item before
            for length in (3, 2):
                pos = start - 1 - length
                if pos < 0 or (pos > 0 and text[pos - 1] not in _FIRST_OK):
                    continue
                if _chinese_name_end(text, pos) == start - 1:
                    spans.append((pos, start - 1))
                    break
        for s, e in spans:
            if _item_ok(text, s, e, covered):
                covered[s:e] = b"\x01" * (e - s)
                out.append(Candidate(s, e, "PERSON", SOURCE, PRIORITY))
                queue.append((s, e))
    return out
