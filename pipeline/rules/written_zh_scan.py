"""Shared pieces of the written-Chinese finders (pipeline.rules.written_zh_*): character classes, the
anchored scanner each finder module builds from its patterns' anchors, and the 、-lists of a text scanned once
for the person and the place rules."""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer, list_finditer

CJK = "\u4e00-\u9fff"
NUM = "0-9〇零一二三四五六七八九十百千两"
BOUNDARY = "，。、；：！？（）「」“”,;:!?()\n\t 　"

# --------------------------------------------------------------------------- scanning
# Every match of each pattern in a finder module's `_ANCHORS` holds a rarer character (its anchor) at most
# `reach` characters after the match's start (in the match or right after it, in its look-ahead): the
# scanner only tries the starts near such a character and gives exactly `finditer`'s matches.
# (Patterns whose anchor is frequent, as 第 or the comma, are faster with finditer and not anchored.)


def anchored_scanner(anchors: dict[re.Pattern, tuple[re.Pattern, int]]):
    """A `finditer(rx, text)` for the patterns of `anchors` (pattern → (anchor, reach)): `rx.finditer(text)`,
    trying only the starts near the pattern's anchor."""
    # by the pattern's identity: hashing a compiled pattern hashes its whole code (scan.per_pattern)
    by_id = {id(rx): anchor_reach for rx, anchor_reach in anchors.items()}

    def finditer(rx: re.Pattern, text: str):
        anchor, reach = by_id[id(rx)]
        return anchored_finditer(rx, text, anchor, reach)
    return finditer


# --------------------------------------------------------------------------- 、-lists
_LIST_CHAR = f"(?:(?!等)[{CJK}])"
_LIST_ITEM_MAX = 12
_LIST_RUN_RE = re.compile(f"{_LIST_CHAR}{{1,{_LIST_ITEM_MAX}}}(?:、{_LIST_CHAR}{{2,12}}){{1,12}}")
_LIST_ITEM_CHAR = re.compile(_LIST_CHAR)


_list_runs_memo: tuple[str, list[re.Match]] | None = None


def list_runs(text: str) -> list[re.Match]:
    """The 、-lists of `text` (`_LIST_RUN_RE`), scanned once for the person and the place rules."""
    global _list_runs_memo
    memo = _list_runs_memo
    if memo is not None and memo[0] is text:
        return memo[1]
    runs = _list_run_matches(text) if "、" in text else []
    _list_runs_memo = (text, runs)
    return runs


def _list_run_matches(text: str) -> list[re.Match]:
    """`_LIST_RUN_RE.finditer(text)`, one start tried per 、 (scan.list_finditer)."""
    return list(list_finditer(_LIST_RUN_RE, text, "、", _LIST_ITEM_CHAR, 1, _LIST_ITEM_MAX))
