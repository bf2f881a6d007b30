"""The matches of an alternation of literal words, found without compiling a pattern per text.

Rules that look for the names one document has already given (its persons' surnames, its
acronyms) used to build `re.compile("A|B|C")` from them: a new pattern for every document,
whose compilation costs more than the scan (and pushes the pipeline's own patterns out of
`re`'s cache of 512). `literal_matches` finds the same matches with `str.find`.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

Test = Callable[[str, int], bool]
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def word_start(text: str, at: int) -> bool:
    r"""`(?<![\w-])` at `at`: no word character or hyphen before it."""
    return at == 0 or _WORD_OR_HYPHEN.match(text, at - 1) is None


def word_end(text: str, end: int) -> bool:
    r"""`(?![\w-])` at `end`: no word character or hyphen after it."""
    return _WORD_OR_HYPHEN.match(text, end) is None


def literal_matches(text: str, words: Iterable[str], before: Test | None = None,
                    after: Test | None = None) -> list[tuple[int, int]]:
    """(start, end) of what `re.finditer("(?:w1|w2|…)", text)` matches, `words` given in the
    alternation's order (the first word that fits at a place wins; longest first for a trie).

    `before(text, start)` and `after(text, end)` stand for the pattern's look-behind and
    look-ahead (None: none). Like finditer, the scan goes on from the end of each match."""
    hits = []
    for rank, word in enumerate(words):
        if not word:
            continue
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if (before is None or before(text, at)) and (after is None or after(text, end)):
                hits.append((at, rank, end))
            at = text.find(word, at + 1)
    hits.sort()
    out = []
    floor = 0
    for at, _, end in hits:
        if at >= floor:      # the first word in order at the leftmost free place, as re tries them
            out.append((at, end))
            floor = end
    return out
