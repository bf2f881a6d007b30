"""One name, one reading per document: the other mentions of a place found once (GPE, LOC, FAC).

A narrative names a village, pass or fort once where a frame makes it plain (攻占X, 在X一带, X附近) and
then again bare: X守敌突围, X的百姓, 向X进发 with a rarer verb. The finders read each mention on its own,
so the bare mentions are missed although the document has already said what the name is ("one sense
per discourse"). `repeated_mentions(text, chosen)` (working text, Simplified; `chosen` the spans the
reconcile stage kept) proposes the other occurrences of every chosen GPE, LOC or FAC name of Chinese
characters — three or more, or two when no place lexicon lists it (the lexicon finders already read every
mention of a known name, and decline some on purpose: 日本鬼子) — with the label it was chosen with, where:

- no chosen span overlaps the occurrence;
- the name was chosen with one label only in the document;
- the occurrence is not inside a 《title》 (guideline 11);
- it does not run on into a longer place name (a place suffix after it: 村, 镇, 山 …), a demonym (X人) or
  an event name (X战役, X作战 …), and it is not glued into an ordinary word jieba knows across its start
  (or, for a two-character name, across its end).

A village chosen with its suffix (北赵庄, X村, X镇, X集 …) is also read without it (扫荡北赵), when the
stem has two or more characters, is no word jieba knows and no name the place lexicons list.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

PROPAGATED_LABELS = frozenset(("GPE", "LOC", "FAC"))
MIN_CHARS = 2
SOURCE = "rule:discourse-repeat"
# a character after the name that makes it part of a longer place or facility name
_RUNS_ON = frozenset("村镇乡县市省区州庄寨堡屯集圩铺店坪岭山峰岗河江湖溪港湾岛桥关口城台街路寺庙洞场站")


# a demonym (北朝鲜人) or the name of an event or map the finders chose not to tag is no mention of the place
_SETTLEMENT_SUFFIX = frozenset("村镇乡庄寨堡屯集圩")
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_NOT_AFTER = re.compile("人|战役|作战|会战|战斗|之战|一役|保卫战|事变|起义|暴动|惨案|地图")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def repeated_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    known = place_lexicon()
    labels: dict[str, set[str]] = {}
    for cand in chosen:
        if cand.label in PROPAGATED_LABELS and cand.end - cand.start >= MIN_CHARS:
            name = text[cand.start:cand.end]
            if all(_cjk(ch) for ch in name) and (len(name) > 2 or name not in known):
                labels.setdefault(name, set()).add(cand.label)
    names = {name: next(iter(found)) for name, found in labels.items() if len(found) == 1}
    for name, label in list(names.items()):   # 北疃村 … 扫荡北疃: the village's name without its suffix
        stem = name[:-1]
        if (label == "GPE" and name[-1] in _SETTLEMENT_SUFFIX and len(stem) >= 2 and stem not in names
                and stem not in known and not is_common_word(stem, 1)):
            names[stem] = label
    if not names:
        return []
    taken = bytearray(len(text) + 1)
    if "《" in text:   # nothing inside a title is tagged (guideline 11)
        for title in _TITLE.finditer(text):
            taken[title.start():title.end()] = b"\x01" * (title.end() - title.start())
    for cand in chosen:
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    found: list[Candidate] = []
    for match in re.finditer(trie_regex(set(names)), text):
        start, end = match.span()
        if taken.find(1, start, end) != -1:
            continue
        if end < len(text) and text[end] in _RUNS_ON:
            continue
        if start > 0 and _cjk(text[start - 1]) and is_common_word(text[start - 1:start + 1], 100):
            continue
        if end - start == 2 and end < len(text) and _cjk(text[end]) and is_common_word(text[end - 1:end + 1], 100):
            continue
        if _NOT_AFTER.match(text, end):
            continue
        found.append(Candidate(start, end, names[match.group()], SOURCE))
    return found
