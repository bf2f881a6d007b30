"""One name, one reading per document: the other mentions of a name found once (GPE, LOC, FAC,
PERSON, MIL_UNIT).

A narrative names a village, pass, commander or company once where a frame makes it plain (攻占X,
在X一带, X附近, 军长X, 三营营长) and then again bare: X守敌突围, X的百姓, 被X言中, 七连左翼. The finders
read each mention on its own, so the bare mentions are missed although the document has already said
what the name is ("one sense per discourse"). `repeated_mentions(text, chosen)` (working text,
Simplified; `chosen` the spans the reconcile stage kept) proposes the other occurrences of every chosen
name of those labels made of two or more Chinese characters, with the label it was chosen with, where:

- the name was chosen with one label only in the document; a two-character place name only when no
  place lexicon lists it (the lexicon finders already read every mention of a known name, and decline
  some on purpose: 日本鬼子);
- no chosen span overlaps the occurrence, and it is not inside a 《title》 (guideline 11);
- it is not glued into an ordinary word jieba knows across its start (or, for a two-character name,
  across its end);
- a place does not run on into a longer place name (a place suffix after it: 村, 镇, 山 …), a demonym
  (X人) or an event name (X战役, X作战 …);
- a person is not the commander's name of a force (夏某师 is one MIL_UNIT), and a two-character name
  is not the head of a longer name chosen in the document or known to jieba as a name (王明 in 王明远).

A village chosen with its suffix (北赵庄, X村, X镇, X集 …) is also read without it (扫荡北赵), when the
stem has two or more characters, is no word jieba knows and no name the place lexicons list.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han as _cjk, surnames, word_info
from pipeline.rules.places import TITLE_RE
from pipeline.rules.scan import positions_of_char
from pipeline.spans import Candidate

PLACE_LABELS = frozenset(("GPE", "LOC", "FAC"))
PROPAGATED_LABELS = PLACE_LABELS | {"PERSON", "MIL_UNIT"}
SOURCE = "rule:discourse-repeat"
# a character after a place name that makes it part of a longer place or facility name
PLACE_RUNS_ON = frozenset("村镇乡县市省区州庄寨堡屯集圩铺店坪岭山峰岗河江湖溪港湾岛桥关口城台街路寺庙洞场站")
_SETTLEMENT_SUFFIX = frozenset("村镇乡庄寨堡屯集圩")
# a demonym (北朝鲜人) or the name of an event or map the finders chose not to tag is no mention of the place
# … and a place before the kind and head of a local force the unit finders left untagged (甲乡自卫队第三分队: the
# place is inside the force's name, guideline 15; s27zhname)
_NOT_AFTER_PLACE = re.compile("人|战役|作战|会战|战斗|之战|一役|保卫战|事变|起义|暴动|惨案|地图"
                              "|自卫[队团军]|游击[队大支纵]|保安[队团大]|靖卫[队团大]|团练")
_FORCE_AFTER_PERSON = frozenset("师旅团军营")
# a two-character emperor's name followed by a year of his reign is the era, a date (光绪二十年, 同治元年; s21zhper)
_ERA_YEAR_AFTER = re.compile("元年|初年|末年|年间|[一二三四五六七八九十廿]{1,4}年")


_CJK_NAME = re.compile("[\u4e00-\u9fff]+")   # every character a CJK ideograph (what _cjk tests)


def _names(text: str, chosen: list[Candidate], known) -> dict[str, str]:
    """name → label of the chosen names to look for again."""
    labels: dict[str, set[str]] = {}
    for cand in chosen:
        if cand.label in PROPAGATED_LABELS and cand.end - cand.start >= 2:
            name = text[cand.start:cand.end]
            if _CJK_NAME.fullmatch(name) and (len(name) > 2 or cand.label not in PLACE_LABELS
                                                 or name not in known):
                labels.setdefault(name, set()).add(cand.label)
    names = {name: next(iter(found)) for name, found in labels.items() if len(found) == 1}
    for name, label in list(names.items()):   # 北疃村 … 扫荡北疃: the village's name without its suffix
        stem = name[:-1]
        if (label == "GPE" and name[-1] in _SETTLEMENT_SUFFIX and len(stem) >= 2 and stem not in names
                and stem not in known and not is_common_word(stem, 1)
                and not (len(stem) == 2 and stem[1] == "家" and stem[0] in surnames()[0])):
            names[stem] = label   # not 李家圩 … 把李家连根拔起: surname + 家 alone is the family (session 21)
    return names


def _mention_ok(text: str, start: int, end: int, label: str, names: dict[str, str]) -> bool:
    if start > 0 and _cjk(text[start - 1]) and is_common_word(text[start - 1:start + 1], 100):
        return False
    if end - start == 2 and end < len(text) and _cjk(text[end]) and is_common_word(text[end - 1:end + 1], 100):
        return False
    if label == "MIL_UNIT" and start > 0 and text[start - 1:end] in word_info():
        return False    # 老红军: a word holding the force's name (auditzh24)
    if label in PLACE_LABELS:
        return not (end < len(text) and text[end] in PLACE_RUNS_ON) and not _NOT_AFTER_PLACE.match(text, end)
    if label == "PERSON":
        if end < len(text) and text[end] in _FORCE_AFTER_PERSON:
            return False
        if end - start == 2 and _ERA_YEAR_AFTER.match(text, end):
            return False
        if end - start == 2 and end < len(text):   # 王明 must not be the head of 王明远
            longer = text[start:end + 1]
            entry = word_info().get(longer)
            return longer not in names and not (entry and entry[1].startswith("nr"))
        return True
    return True


def repeated_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    names = _names(text, chosen, place_lexicon())
    if not names:
        return []
    taken = bytearray(len(text) + 1)
    if "《" in text:   # nothing inside a title is tagged (guideline 11)
        for title in TITLE_RE.finditer(text):
            taken[title.start():title.end()] = b"\x01" * (title.end() - title.start())
    for cand in chosen:
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
    # a force's reading travels with its name: the finder's unit_hint of the mention chosen (四野 read as the
    # 4th Field Army where a frame showed it is that army at its other mentions too, auditzh30)
    hints = {text[c.start:c.end]: c.norm["unit_hint"] for c in chosen
             if c.label == "MIL_UNIT" and c.norm and "unit_hint" in c.norm}
    found: list[Candidate] = []
    for start, end in _occurrences(text, names):
        name = text[start:end]
        label = names[name]
        if taken.find(1, start, end) == -1 and _mention_ok(text, start, end, label, names):
            hint = hints.get(name) if label == "MIL_UNIT" else None
            found.append(Candidate(start, end, label, SOURCE, norm={"unit_hint": dict(hint)} if hint else {}))
    return found


def whole_village_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with every other mention of a village chosen with its suffix (X村, X庄 …, three or more
    characters) read whole where a shorter place inside it was chosen instead (auditzh24: 文山后村 … 偷袭文山|后村,
    高平村 … 高平|村民兵中队, where the gazetteer's 文山 or 高平 or the word 村民 cut the village): the place
    spans inside the mention give way to it. The mention must pass the checks of the other repeats."""
    villages = {text[c.start:c.end] for c in chosen
                if c.label == "GPE" and c.end - c.start >= 3 and text[c.end - 1] in _SETTLEMENT_SUFFIX}
    villages -= {text[c.start:c.end] for c in chosen if c.label != "GPE"}   # chosen with another label too: left alone
    names = {name: "GPE" for name in villages if _CJK_NAME.fullmatch(name)}
    if not names:
        return chosen
    drop: set[int] = set()
    added: list[Candidate] = []
    for start, end in _occurrences(text, names):
        inside = [i for i, c in enumerate(chosen) if c.start < end and c.end > start]
        if not inside or any(chosen[i].label not in ("GPE", "LOC") or chosen[i].start < start or chosen[i].end > end
                             or chosen[i].end - chosen[i].start >= end - start for i in inside):
            continue
        if _mention_ok(text, start, end, "GPE", names):
            drop.update(inside)
            added.append(Candidate(start, end, "GPE", SOURCE))
    if not added:
        return chosen
    return sorted([c for i, c in enumerate(chosen) if i not in drop] + added, key=lambda c: c.start)


def _occurrences(text: str, names: dict[str, str]) -> list[tuple[int, int]]:
    """The mentions of `names` in `text`, leftmost and then longest first, none overlapping the one
    before (what one alternation of the names would match), found by str.find: a document's names
    are few, and a pattern of them compiled per document would cost more than the scan."""
    # every place one of the names starts: the places of their first characters (str.find, shared
    # with the finders' scans of the text: scan.positions_of_char), each name tried where its first two
    # characters stand (a str.find loop per name read the whole text once per name)
    by_prefix: dict[str, list[str]] = {}
    for name in names:
        by_prefix.setdefault(name[:2], []).append(name)
    hits = []
    for first in {prefix[0] for prefix in by_prefix}:
        for at in positions_of_char(text, first):
            group = by_prefix.get(text[at:at + 2])
            if group is not None:
                for name in group:
                    if text.startswith(name, at):
                        hits.append((at, -len(name)))
    hits.sort()
    out, pos = [], 0
    for start, minus_len in hits:
        if start >= pos:
            out.append((start, start - minus_len))
            pos = start - minus_len
    return out
