"""Rolls of names grouped by place (PERSON): 他们是甲省的A、B和C，乙省的D，丙县的E、F。

Biographies, society histories and gazetteers list members, delegates or martyrs by province or county: a run of
groups `<place>的<names>` separated by ，/；, each group's names joined by 、/和/及. The person readers find the
common names of such a roll and lose the rest: a name after 的 opens no frame of theirs, a rare surname or given
character scores low, and a given name that holds a place (马|祖全, 张|克东) is read as the place.

`find_place_rolls(text)` (working text, Simplified) proposes every item of a run of at least two groups in which
every item is a whole name: a single (or compound) surname and one or two given characters, no ordinary word
(is_common_word), no known place, nothing but CJK characters; the place before 的 is a known place. Three
characters whose first is no listed surname (保|廷梁, a rare surname) pass when no two of them are ordinary words
and at least two thirds of the roll's items (and two) have a listed surname. One group
alone, or a group holding anything that is no name (湖南的长沙、衡阳), proposes nothing. Priority 36 (the place
collision reading's, name_collisions_zh): inside the roll the item is the person, not the place in its given name.
Cost: one regex over the text, anchored on 的.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-place-roll", 36

_GROUP_RE = re.compile(r"([\u4e00-\u9fff]{2,4})的([\u4e00-\u9fff、]{2,40}?)(?=[，,；;。])")
_JOINERS = re.compile("[、和及]")


def _place_before(word: str) -> bool:
    """The place ends the characters before 的 (四川, 在直隶 → no: the whole 2-4 characters or a suffix of them
    after a comma-like opener is checked by the caller)."""
    return any(word[i:] in known_places() for i in range(0, len(word) - 1))


def _items(names: str, offset: int) -> list[tuple[int, int]] | None:
    single, compound = surnames()
    out, pos = [], 0
    for piece in _JOINERS.split(names):
        start = offset + pos
        pos += len(piece) + 1
        if not piece:
            return None
        slen = 2 if piece[:2] in compound else 1 if piece[0] in single else 0
        if piece in known_places() or is_common_word(piece, 30) or not 2 <= len(piece) <= 4:
            return None
        if slen and 1 <= len(piece) - slen <= 2:
            out.append((start, start + len(piece), True))
        elif len(piece) == 3 and not is_common_word(piece[:2], 30) and not is_common_word(piece[1:], 30):
            out.append((start, start + len(piece), False))   # 保|廷梁: a surname outside the list, in a roll of names
        else:
            return None
    return out


def find_place_rolls(text: str) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    if "的" not in text:
        return []
    runs: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    groups = 0
    last_end = -2
    for match in _GROUP_RE.finditer(text):
        items = _items(match.group(2), match.start(2)) if _place_before(match.group(1)) else None
        joined = match.start() == last_end + 1 and text[last_end:last_end + 1] in "，,；;"
        if items is None:
            if groups >= 2:
                runs.append(run)
            run, groups, last_end = [], 0, -2
            continue
        # the group's place must open it: the characters before the place are a clause mark or a roll opener
        if joined:
            run += items
            groups += 1
        else:
            if groups >= 2:
                runs.append(run)
            run, groups = list(items), 1
        last_end = match.end()
    if groups >= 2:
        runs.append(run)
    out = []
    for items in runs:
        strong = sum(1 for item in items if item[2])
        if strong >= 2 * (len(items) - strong) and strong >= 2:
            out += [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e, _ in items]
    return out
