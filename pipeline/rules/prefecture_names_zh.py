"""A prefecture named X国府 is no 国府 (session 17 audit of missed GPE, auditzh49).

The organisation lexicon reads `国府` (the Nationalist Government, 国民政府) at priority 35, above the place lexicons (30),
so a Qing prefecture whose name ends in 国 + 府 loses its first character and becomes an ORG: `攻克宁国府` gave ORG
`国府`. `find_prefecture_names(text)` (working text, Simplified) proposes the whole name as a GPE at priority 36 where
the one or two characters before 国府 make, with it, a GPE the place lexicons know (宁国府, the Qing prefecture of
Anhui; any other such name in the lexicons), with a 城 written after it (宁国府城). `国府` alone (国府迁都重庆) is left to the organisation lexicon.
Cost: str.find of 国府.
"""

from __future__ import annotations

from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-prefecture-name", 36


def find_prefecture_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("国府")
    if at == -1:
        return out
    lexicon = place_lexicon()
    while at != -1:
        for size in (2, 1):
            start = at - size
            entry = lexicon.get(text[start:at + 2]) if start >= 0 else None
            if entry is not None and entry.label == "GPE":
                end = at + 3 if text[at + 2:at + 3] == "城" else at + 2   # 宁国府城: the walled seat keeps 城
                out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, normalize_place(text[start:at + 2])))
                break
        at = text.find("国府", at + 2)
    return out
