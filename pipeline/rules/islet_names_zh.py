"""Islets named by the head 屿 (session 20 label audit of GPE/LOC/FAC, s20zhlab).

Coastal defence records and gazetteers of Fujian and Guangdong name the islets of a harbour mouth with the head
屿 (islet): `X屿`, `XY屿`. No gazetteer lists most of them, and the island finder reads only 岛. An islet is a
place without a government: LOC (guideline table: island). `find_islets(text)` (working text, Simplified)
proposes a name of one or two Han characters and 屿 as LOC (priority 31, above the gazetteer's 30) where

- the character before the name is no Han character, or a preposition, list word or verb of naming that opens
  a name (于X屿, 与X屿, 曰X屿, 、X屿, 为X屿);
- the name holds no function, numeral or measure character and is no ordinary word (岛屿, 小屿 as a kind);
- the name is no place the lexicons know (鼓浪屿 is theirs).

Negative: 岛屿 (a kind), 诸屿, 各屿, 两屿 (counts or groups). Cost: one str.find of 屿 per text.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:islet-head", 31
_ISLET_RE = re.compile("屿(?![链])")
# characters that open a name when they stand right before it
_OPENERS = frozenset("于与和及曰为在至到从由抵、近距临对称名叫作即")
# no islet name holds one: function words, numerals, measures, groups and kinds
_STOP = frozenset("的了是与和及等被把对向从由在于经沿到至往个这那其此该各每诸本一二三四五六七八九十百千万两几多少"
                  "座个群岛屿海洋上下里内外中前后左右边旁大小")


def _name_ok(stem: str) -> bool:
    if any(ch in _STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in stem):
        return False
    entry = word_info().get(stem + "屿")
    return not (entry and entry[0] >= 3)


def find_islets(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "屿" not in text:
        return out
    lexicon = place_lexicon()
    for m in _ISLET_RE.finditer(text):
        end = m.end()
        for size in (1, 2):
            start = m.start() - size
            if start < 0:
                break
            stem = text[start:m.start()]
            if not _name_ok(stem):
                break
            before = text[start - 1] if start else ""
            if not before or not ("\u4e00" <= before <= "\u9fff") or before in _OPENERS:
                if stem + "屿" not in lexicon:
                    out.append(Candidate(start, end, "LOC", SOURCE, PRIORITY, {"id": None}))
                break
    return out
