"""Scanning long texts faster than `pattern.finditer` when matches are rare, same matches.

`re` tries a pattern at every position of the text. When every match of a pattern
holds a character that is rare in the text (a space or line break after a post, say),
`anchored_finditer` only tries the starts within reach of such a character and yields
exactly what `pattern.finditer(text)` yields.
"""

from __future__ import annotations

import re
from typing import Iterator


def anchored_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int,
                      words_before: frozenset[str] | None = None) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern that never matches the empty
    string and whose every match holds a character matched by `anchor` (one character,
    e.g. "[ \\n]") at most `reach` characters after the match's start.

    Starts are tried in order, each once, from the end of the last match (as finditer
    does); `pattern.match(text, start)` sees the whole text, so look-behinds and
    look-aheads behave as in finditer.

    With `words_before`, a match starting before the anchor character it holds first
    starts with one of these words ending right at that character (a post before the
    space that follows it): other starts are not tried.
    """
    end = 0     # where the last match ended: no match starts before it
    tried = 0   # starts before this one have been tried
    for hit in anchor.finditer(text):
        at = hit.start()
        start = max(tried, end, at - reach)
        while start <= at:
            if words_before is not None and start < at and text[start:at] not in words_before:
                start += 1
                continue
            match = pattern.match(text, start)
            if match is not None:
                yield match
                end = match.end()
                start = max(start + 1, end)
            else:
                start += 1
        tried = max(tried, start)
