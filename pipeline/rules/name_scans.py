"""Scans of a text for names it has shown already, without compiling a pattern per document.

A finder that looks for the document's own names again (山本 after 山本五十六, 汤部 after 汤恩伯) used
to compile a pattern of those names for every text: `re` compiles in Python, and every new document
brings new names, so the compile cost is paid per document (`re`'s cache only helps a repeated text).
These give exactly the matches those patterns gave, found with str.find and one fixed pattern.
"""

from __future__ import annotations

import re
from typing import Iterable


def longest_occurrences(text: str, names: Iterable[str]) -> list[tuple[int, int]]:
    """The spans `re.finditer(trie_regex(names), text)` yields: from left to right, the longest of the
    names that starts at each position, matches not overlapping (a trie pattern prefers the longest)."""
    longest_at: dict[int, int] = {}
    for name in names:
        size = len(name)
        if not size:
            continue
        at = text.find(name)
        while at != -1:
            if size > longest_at.get(at, 0):
                longest_at[at] = size
            at = text.find(name, at + 1)
    out: list[tuple[int, int]] = []
    floor = 0
    for at in sorted(longest_at):
        if at >= floor:
            floor = at + longest_at[at]
            out.append((at, floor))
    return out


def char_then_matches(text: str, chars: Iterable[str], after: re.Pattern) -> list[tuple[int, int]]:
    """The spans `re.finditer("([chars])(?:" + after.pattern + ")", text)` yields: one of `chars` (single
    characters) followed by a match of `after`, from left to right, not overlapping."""
    starts: list[int] = []
    for char in chars:
        at = text.find(char)
        while at != -1:
            starts.append(at)
            at = text.find(char, at + 1)
    starts.sort()
    out: list[tuple[int, int]] = []
    floor = 0
    match_after = after.match
    for at in starts:
        if at >= floor:
            found = match_after(text, at + 1)
            if found is not None:
                floor = found.end()
                out.append((at, floor))
    return out
