"""The unknown end of a route whose other end is a known place: 从A到B, 由A至B, 自A抵B (GPE).

Distances, marches and supply lines are written as a pair of places (从某地到某地只有40英里, 由某城至某镇的公路):
when the gazetteer knows one end, the other end of the same frame is a place too — most often a foreign town
or a village no lexicon lists (Burmese, Indian and Korean towns in transliteration). `find_route_ends(text)`
(working text, Simplified) proposes GPE for the unknown end when:

- the frame is 从/由/自 + A + 到/至/抵/往 + B, both ends 2-4 characters;
- one end is a known place (the place lexicon) and the other is none;
- the unknown end holds no function, pronoun, numeral, unit or direction character (place_frames' stop set),
  and a first end does not end in a verb of fighting or moving that takes 到/至 (从甲乙打到丙丁岛: no place 甲乙打),
  is no word jieba knows that is no place name, and B ends at a clause mark or a word that closes a route
  (的, 只, 一线, 之间, 间, 公路, 铁路, 段).

Candidates are GPE at priority 29 (every lexicon and framed place wins). The scan starts at the literal
prepositions (re skips to them in C).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.place_frames import unknown_place_name
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-route-end", 29
_CJK = "\u4e00-\u9fff"
# a verb of fighting or moving before the 到/至 it takes as its complement (从某地打到某岛, 从某省走到某城, 从某地撤至某地):
# the verb is no end of the first place's name (s29zhplace: veterans' memoirs of the 1949-50 campaigns)
_MOVE_VERBS = frozenset("打走追撤退跑搬送杀开运转调派回逃赶迁飞传卖带拉攻推冲奔")
_ROUTE_RE = re.compile(
    f"(?:从|由|自)([{_CJK}]{{2,4}}?)(?:到|至|抵|往)([{_CJK}]{{2,4}}?)"
    "(?=[，。；、：,;:！？!?）)]|的|只|仅|一线|之间|间|公路|铁路|段|$)")


def find_route_ends(text: str) -> list[Candidate]:
    """GPE candidates of the class in the module doc."""
    out: list[Candidate] = []
    places = place_lexicon()
    for m in rare_finditer(_ROUTE_RE, text):
        first, second = m.group(1), m.group(2)
        if first in places and unknown_place_name(second):
            out.append(Candidate(m.start(2), m.end(2), "GPE", SOURCE, PRIORITY, {"id": None}))
        elif second in places and unknown_place_name(first) and first[-1] not in _MOVE_VERBS:
            out.append(Candidate(m.start(1), m.end(1), "GPE", SOURCE, PRIORITY, {"id": None}))
    return out
