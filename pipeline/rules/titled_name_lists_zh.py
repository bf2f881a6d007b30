"""Lists of names each written after a one-character noble title X王, as pages on the Taiping and Nian wars
list their leaders (session 12 audit, auditzh12).

`首领为遵王赖文光、梁王张宗禹、鲁王任柱、卫王李蕴泰等人`: the Taiping kingdom gave some 2,700 such titles (遵王,
梁王, 鲁王, 卫王, 沃王 …), too many to list, and the 、-list rule read the rarer ones into the name (鲁王任柱). The
grammar: a title of one character and 王 right after a list mark (、 ， ： or 为), then a Chinese name of two or
three characters (a single-character surname first) closed by a list mark, 等 or the end of the clause; where two
or more such items stand within a few characters of each other, each name is a PERSON and the title is outside
(guideline 1). `find_titled_list_names(text)` (working text) proposes PERSON, priority 34 (above the list rule).
Anchored on the literal 王 (str.find).
"""

from __future__ import annotations

from pipeline.rules.names_common import surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-titled-list", 34
_BEFORE = set("、，,：:为\n")
_AFTER = set("、，,。；;等）)")
_NOT_IN_NAME = set("的了在是和与及等于被把对向从由王")
_GAP = 10     # at most this many characters between two titled items of one list


def find_titled_list_names(text: str) -> list[Candidate]:
    if "王" not in text:
        return []
    single = surnames()[0]
    items: list[tuple[int, int]] = []
    at = text.find("王")
    while at != -1:
        if at >= 2 and text[at - 2] in _BEFORE and "\u4e00" <= text[at - 1] <= "\u9fff":
            for size in (3, 2):
                end = at + 1 + size
                name = text[at + 1:end]
                if end < len(text) and text[end] in _AFTER and len(name) == size and name[0] in single \
                        and not any(ch in _NOT_IN_NAME or not "\u4e00" <= ch <= "\u9fff" for ch in name):
                    items.append((at + 1, end))
                    break
        at = text.find("王", at + 1)
    out: list[Candidate] = []
    for k, (start, end) in enumerate(items):
        near_before = k > 0 and start - items[k - 1][1] <= _GAP
        near_after = k + 1 < len(items) and items[k + 1][0] - end <= _GAP
        if near_before or near_after:
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out
