"""Unfamiliar places found as bare names and list members (GPE, LOC), for pipeline.rules.places: a cue before a
bare name and 一带/一线/附近/等地/以北 (进抵X一带), or before a list of bare names and 一带 (进抵X、Y、Z一带); a
bracketed location note (双虹桥（X东）); an unfamiliar member of a list of places (平南、X和桂平). Split from
local_places (session 17), whose cues, stops and checks they share.
"""

from __future__ import annotations

import re

from pipeline.lexicons import longest_first
from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import (
    BARE_AFTER_RE,
    BARE_CUES,
    BARE_STOP,
    CJK,
    JIEBA_NAME_POS,
    LANDFORM_SUFFIXES,
    LIST_CUES,
    NAME_FIRST_OK,
    NAME_STOP,
    PLACE_CUES,
    POSSESSIVE_CUES,
    PRIORITY,
    SOURCE,
    jieba_words,
    overlapping_found,
)
from pipeline.rules.scan import guarded, literal_finditer, rare_finditer
from pipeline.spans import Candidate


def bare_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    out = []
    words = jieba_words()
    lexicon = place_lexicon()
    starts = [c.start for c in taken]
    place_ends = {c.end for c in taken}
    for hit in literal_finditer(BARE_AFTER_RE, text):
        end = hit.start()
        for width in (3, 2):
            start = end - width
            if start < 1:
                continue
            name = text[start:end]
            if text[start - 1:start + 1] in ("到达", "抵达", "直达", "进达", "驰达", "下达", "传达", "转达"):
                continue  # 到达仪封附近: 达 ends the verb, the name starts after it
            if text[start - 1:start + 1] in PLACE_CUES:
                continue  # 占据|马群附近, 占领马群附近: the name's first character ends the cue (auditzh15)
            listed = text[start - 1] == "、" and start - 1 in place_ends  # 大王庄、X一带
            if not listed and not any(text[max(0, start - k) : start] in BARE_CUES for k in (1, 2, 3)):
                continue
            inner = name[1:] if width == 3 and name[0] in NAME_FIRST_OK else name  # 大市聚
            if name in lexicon or any(ch in BARE_STOP or not "\u4e00" <= ch <= "\u9fff" for ch in inner):
                continue
            if overlapping_found(taken, starts, start, end):
                break
            info = words.get(name)
            if info and info[0] >= 50:
                break  # 阵地附近, 山顶一带: an ordinary word
            if any(
                (piece := words.get(name[i : i + 2])) and piece[1] not in ("ns", "nr", "nrt", "nrfg", "nz", "j") and piece[0] >= 300
                for i in range(len(name) - 1)
            ):
                continue
            label = "LOC" if name[-1] in LANDFORM_SUFFIXES else "GPE"
            out.append(Candidate(start, end, label, SOURCE, PRIORITY, {"id": None}))
            break
        if text[max(0, end - 4) : end].count("、"):
            out += _bare_list(text, end, taken, starts, out)
    return out


# 退守黄花、白石、青松一线: a cue, then a list of two to six short names, then 一线/一带/附近/等地
# (or, after clause punctuation, a list with a known place in it: ，X、Y、郑州一线)
BARE_LIST_RE = re.compile(
    "(?:(" + "|".join(sorted(PLACE_CUES - set(LIST_CUES) - set(POSSESSIVE_CUES), key=longest_first)) + rf")|[，。；：！？\n])((?:[{CJK}]{{2,3}}、){{1,5}}[{CJK}]{{2,3}})$"
)


def _bare_name_ok(name: str) -> bool:
    """A short name without a suffix: no function character, not an ordinary word or made of one."""
    words = jieba_words()
    inner = name[1:] if len(name) == 3 and name[0] in NAME_FIRST_OK else name
    if any(ch in BARE_STOP for ch in inner):
        return False
    info = words.get(name)
    if info and info[1] not in JIEBA_NAME_POS and info[0] >= 50:
        return False  # 训练, 生产: an ordinary word
    return not any(
        (piece := words.get(name[i : i + 2])) and piece[1] not in (*JIEBA_NAME_POS, "nrfg", "j") and piece[0] >= 300
        for i in range(len(name) - 1)
    )


def _bare_list(text: str, end: int, taken: list[Candidate], starts: list[int], found: list[Candidate]) -> list[Candidate]:
    match = BARE_LIST_RE.search(text, max(0, end - 30), end)
    if match is None or match.end() != end:
        return []
    lexicon = place_lexicon()
    items, pos = [], match.start(2)
    for name in match.group(2).split("、"):
        items.append((pos, pos + len(name), name))
        pos += len(name) + 1
    fresh = []
    known = 0
    for start, stop, name in items:
        if name in lexicon or overlapping_found(taken, starts, start, stop) or any(c.start == start for c in found):
            known += 1
            continue  # a known place of the list
        if not _bare_name_ok(name):
            return []  # one ordinary word means this is no list of places
        fresh.append(Candidate(start, stop, "LOC" if name[-1] in LANDFORM_SUFFIXES else "GPE", SOURCE, PRIORITY, {"id": None}))
    if match.group(1) is None and not known:
        return []  # no cue before the list: one of its members must be a known place
    return fresh


# a location note in brackets: 双虹桥（大塘子东）, （在泸水南）: the name before the direction is a place
PAREN_LOCATION_RE = re.compile(rf"[（(](?:在|位于)?([{CJK}]{{2,4}}?)(?:[东西南北]{{1,2}}|附近|境内)[）)]")


def paren_location_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    out = []
    lexicon = place_lexicon()
    starts = [c.start for c in taken]
    words = jieba_words()
    for match in rare_finditer(PAREN_LOCATION_RE, text):
        start, end = match.span(1)
        name = match.group(1)
        if name in lexicon or overlapping_found(taken, starts, start, end):
            continue
        inner = name[1:] if len(name) >= 3 and name[0] in NAME_FIRST_OK else name
        if any(ch in BARE_STOP for ch in inner) or (info := words.get(name)) and info[1] != "ns" and info[0] >= 20:
            continue
        label = "LOC" if name[-1] in LANDFORM_SUFFIXES else "GPE"
        out.append(Candidate(start, end, label, SOURCE, PRIORITY, {"id": None}))
    return out


LIST_JOINERS = "、和及与"


def list_member_candidates(text: str, found: list[Candidate]) -> list[Candidate]:
    """平南、丹竹和桂平: an unfamiliar 2–3 character name between two known places of one label
    in a coordinated list is a place of that label."""
    out = []
    by_start = {c.start: c for c in found}
    starts = [c.start for c in found]
    words = jieba_words()
    lexicon = place_lexicon()
    for left in found:
        if left.end >= len(text) or text[left.end] != "、":
            continue
        begin = left.end + 1
        for width in (2, 3):
            end = begin + width
            right = by_start.get(end + 1)
            if end >= len(text) or text[end] not in LIST_JOINERS or right is None or right.label != left.label:
                continue
            name = text[begin:end]
            if name in lexicon or any(ch in NAME_STOP or not "\u4e00" <= ch <= "\u9fff" for ch in name):
                break
            info = words.get(name)
            if info and info[1] != "ns" and info[0] >= 20 or overlapping_found(found, starts, begin, end):
                break
            out.append(Candidate(begin, end, left.label, SOURCE, PRIORITY, {"id": None}))
            break
    return out


# a first-character guard (pipeline.rules.scan.guarded): the same matches, fewer tries
BARE_LIST_RE = guarded(BARE_LIST_RE)
