"""A name-like string the document repeats (PERSON): 甲某 read twice or more at a middling name-likeness score.

person_likeness reads a surname + two given characters as a name at THRESHOLD (7.5), each mention on its own.
Memorial pages, obituaries and memoirs name a veteran, a martyr or a relative several times with no title (X回忆说,
我和X看您来了, 的X手拍着): every mention may fall short of the threshold for its context, yet an ordinary stretch
of text seldom repeats the same three characters starting with a surname unless they are a name (words jieba
knows, places of the gazetteer and village/force endings are already out by the likeness reading's own tests;
routes, seas and buildings, 石太路, 白犬洋 and 史迹馆, by THING_ENDS here; a reading before a village head,
乔家窝|堡, or with 家 as its middle character, 王家X, which names a village more often than a person).
So a three-character reading (a single surname + two given characters; or a compound surname + one or two)
that reaches FLOOR at two or more places of the text, no other candidate over any of them, is PERSON at every
one of them. Two-character readings are left out: a surname + one character repeats as a word far more often.
FLOOR 4.0: the likeness score with its context and word tests, in the same units as THRESHOLD.
Priority 12 (the likeness reading's): any other reading of the same characters wins.
Cost: one more pass of person_likeness.scored_names at a lower floor (its cheap tests bound most positions).
"""

from __future__ import annotations

from pipeline.rules.person_likeness import PLACE_ENDS as _PLACE_HEADS   # village/landform heads: 乔家窝|堡
from pipeline.rules.person_likeness import THRESHOLD, scored_names
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-repeated", 12
FLOOR = 4.0
# heads of routes, buildings and works that a repeated name-like string ends with (石太路, 史迹馆): no given name's
# last character in a repeated string (a name read once at the likeness threshold may still end so: 周道)
THING_ENDS = set("路线道桥站馆院楼堂厂所局校场营口关门台塔亭阁殿寺庙祠陵墓碑洋海湾岛峡礁")


def find_repeated_names(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of the class in the module doc."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for value, start, end in scored_names(text, found, FLOOR, repeated=True):
        if FLOOR <= value < THRESHOLD and end - start >= 3 and text[end - 1] not in THING_ENDS \
                and text[end:end + 1] not in _PLACE_HEADS and text[end - 2] != "家":   # 王家X: a village more often
            seen.setdefault(text[start:end], []).append((start, end))
    out: list[Candidate] = []
    for name, spans in seen.items():
        if len(spans) >= 2:
            out.extend(Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in spans)
    return out
