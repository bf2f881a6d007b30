"""Villages named in a list that the text counts (session 11 audit of Traditional-script pages, auditzh4).

Local histories, Taiwanese pages on the uprisings of the Japanese era and county chronicles list the
villages of a fight and count them: `沙仔田、芒仔芒、竹圍、三埔(以上四村位於今台南縣玉井鄉)`,
`甲村、乙莊、丙寮等五村`, and the districts a county creates (`增设甲河、乙关、丙河3个区`). The names are mostly too small for any gazetteer (Hokkien 仔-names, X寮, X崎,
X厝), but the count says what they are. `find_counted_villages(text)` (working text) reads the note
`以上N村` (村, 庄, 社, 乡, 镇, 堡, 寨, 屯, 里, 街) and the tail `等N村`, takes the 、-separated items back to
the clause boundary (a punctuation mark, 包括, 计有, 有), and, when there are exactly N items of two to five
Chinese characters, proposes each as a GPE (a settlement, guideline table) at priority 35 (above the
gazetteer's guesses inside them, below units, dates and the lexicons of persons and organisations).
The note may also be a bare count after the last item (`南勢、北勢二村`); a first item longer than a name is cut
after a particle or verb (`焚燬了頂厝、…`), and so is a later item that holds another counted list and its head
(`甲、乙两省的丙、丁、戊、己四县`: the four counties open after 的; session 25). The last two items may be joined by
和/及/与 (`甲庄、乙赵和丙赵三个村庄`, `甲庄和乙庄两村`; s29zhplace). Cost: one str.find scan per settlement word on texts holding 、.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-counted-villages", 35
_KINDS = "村庄社乡镇堡寨屯里街区县州府城省"   # 区: the districts a county chronicle lists and counts (auditzh13)
# 县 州 府 城: the counties, prefectures and walled towns a narrative counts (宁海、临海两县, 黔江、彭水、武隆三县,
# 甲、乙二州; auditzh39: county annals and campaign pages); 省: the provinces of a neighbour country (甲、乙两省, s25zhgpe)
_COUNT = re.compile(f"([一二两三四五六七八九十0-9]{{1,3}})[个個]?[{_KINDS}]")
_BOUNDARY = set("，,：:；;。（(）)\n「」“”\"")
_OPENERS = ("包括", "计有", "包含", "有")
_ITEM = re.compile("[\u4e00-\u9fff]{2,5}")


_JOINERS = "和及与"


def _split_last_joined(parts: list[str]) -> list[str]:
    """The last two members joined by 和/及/与 (`甲、乙和丙三村`, `…的甲庄和乙村两村`): one joiner, a name of two
    characters at least on each side (s29zhplace: county annals and massacre records count the villages so)."""
    last = parts[-1]
    joins = [k for k, ch in enumerate(last) if ch in _JOINERS]
    if len(joins) != 1 or joins[0] < 2 or len(last) - joins[0] - 1 < 2 or len(last) - joins[0] - 1 > 5:
        return parts
    return parts[:-1] + [last[:joins[0]], last[joins[0] + 1:]]


def _items_before(text: str, end: int) -> tuple[int, list[tuple[int, int]]] | None:
    """The 、-separated items that end at `end`, back to the clause boundary (at most 80 characters)."""
    start = end
    floor = max(0, end - 80)
    while start > floor and text[start - 1] not in _BOUNDARY:
        start -= 1
    for opener in _OPENERS:
        k = text.find(opener, start, end)
        if k != -1 and "、" not in text[start:k]:
            start = k + len(opener)
            break
    parts = _split_last_joined(text[start:end].split("、"))
    if len(parts) < 2:
        return None
    # a list read back from its count stops at a part that holds more than a name (老街、乙两省的|甲、丙、丁四县: the
    # counted list before it and its head): the list opens after that part's last particle or verb (s25zhgpe)
    for i in range(len(parts) - 1, 0, -1):
        part = parts[i]
        if _ITEM.fullmatch(part) and "的" not in part:
            continue
        cut = max((k + 1 for k, ch in enumerate(part) if ch in _CUT), default=0)
        if not cut or not _ITEM.fullmatch(part[cut:]) or len(parts) - i < 2:
            return None
        start += sum(len(x) + 1 for x in parts[:i]) + cut
        parts = [part[cut:]] + parts[i + 1:]
        break
    first = parts[0]
    # the last particle or verb (北郊的|于庄: a 于 that would leave one character is the family's, s29zhplace)
    cut = max((i + 1 for i, ch in enumerate(first) if ch in _CUT and not (ch == "于" and i + 3 > len(first))), default=0)
    if len(first) > 5 or cut:
        start += cut
        parts[0] = first[cut:]
    for size in (4, 3, 2):    # 泸县|包耳、兴隆两乡: the county the listed townships belong to is its own GPE (auditzh21)
        head = parts[0][:size]
        entry = place_lexicon().get(head) if len(parts[0]) - size >= 2 else None
        if entry is not None and (head[-1] in "县市省" or entry.kind in ("province", "prefecture")):   # 山西省|繁峙、灵丘两县
            start += size
            parts[0] = parts[0][size:]
            break
    items = []
    pos = start
    for part in parts:
        if not _ITEM.fullmatch(part):
            return None
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    return start, items


_COUNT_BACK = re.compile("(以上|等)?([一二两三四五六七八九十0-9]{1,3})[个個]?$")
# where a first item longer than a name is cut: after a particle, a verb of attack or a preposition
_CUT = set("了的在于到至攻占领打烧毁焚及与和经过向从由将把被对是为有战驻抵入往陷克袭击围据守设辖")   # 领: 占领X、Y三县   # 增设|X、Y两区


def find_counted_villages(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "、" not in text and not any(ch in text for ch in _JOINERS):
        return out
    for kind in _KINDS:
        at = text.find(kind)
        while at != -1:
            m = _COUNT_BACK.search(text, max(0, at - 6), at)
            at_next = text.find(kind, at + 1)
            if m is not None:
                n = parse_number(m.group(2))
                end = m.start()
                if m.group(1) == "以上":
                    end = end - 1 if end > 0 and text[end - 1] in "（(" else -1   # the bracketed note only
                if n and n >= 2 and end > 0 and text[end - 1:end] not in ("、", ""):
                    found = _items_before(text, end)
                    if found is not None and len(found[1]) == n:
                        lexicon = place_lexicon()   # a county the gazetteer knows keeps its code (扬中、镇江、江阴三县)
                        items = found[1]
                        s0, e0 = items[0]
                        if kind in "县州府城省" and text[s0:e0] not in lexicon:
                            # 收复|扬中、江阴二县: the verb before the first county is no part of it
                            tail = next((k for k in (3, 2) if e0 - s0 > k and text[e0 - k:e0] in lexicon
                                         and lexicon[text[e0 - k:e0]].label == "GPE"), None)
                            if tail:
                                items = [(e0 - tail, e0)] + items[1:]
                        out += [Candidate(s, e, "GPE", SOURCE, PRIORITY, *([normalize_place(text[s:e])] if text[s:e] in lexicon else []))
                                for s, e in items]
            at = at_next
    return out
