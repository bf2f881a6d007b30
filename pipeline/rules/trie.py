"""Regular expressions built from word lists as character tries.

Python's `re` tries alternatives one by one; a trie-shaped pattern shares
prefixes, so a lexicon of thousands of names matches at C speed. At every
position the longest word wins (a word's continuation is tried before the
word's end).
"""

from __future__ import annotations

import re
from typing import Iterable


def trie_regex(words: Iterable[str], *, dashes: str = "") -> str:
    """A regex source matching any of `words`, longest first; "(?!)" (never) for none.

    With `dashes`, a hyphen in a word also matches any of those characters
    (Canton–Hankow Railway written with an en dash).
    """
    trie: dict = {}
    for word in words:
        if not word:
            continue
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True
    dash_atom = f"[{re.escape(dashes)}]" if dashes else None

    def render(node: dict) -> str:
        branches = [(dash_atom if char == "-" and dash_atom else re.escape(char)) + render(child)
                    for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return render(trie) or "(?!)"


def pair_guard(words: Iterable[str]) -> str:
    """A look-ahead every match of `trie_regex(words)` passes at its start: a possible first
    character followed by a possible second one ("" when some word is a single character).

    `re` walks a trie's first-level alternatives one by one at every position that holds a
    possible first character; for a lexicon of hundreds of names that is most of a Chinese
    text. Two class tests turn away most of those positions (same matches, found faster)."""
    words = [word for word in words if word]
    if not words or min(map(len, words)) < 2:
        return ""
    firsts = "".join(sorted({re.escape(word[0]) for word in words}))
    seconds = "".join(sorted({re.escape(word[1]) for word in words}))
    return f"(?=[{firsts}][{seconds}])"


def guarded_trie_regex(words: Iterable[str]) -> str:
    """`trie_regex(words)` behind its pair_guard: the same matches."""
    words = list(words)
    guard = pair_guard(words)
    source = trie_regex(words)
    return f"{guard}(?:{source})" if guard else source
