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


class PairDispatchTrie:
    """The matches of `re.compile(guarded_trie_regex(words)).finditer(text)` (leftmost, the longest word at
    each start, not overlapping; real `re.Match` objects), found by dispatching on a match's first two
    characters instead.

    `re` walks a trie's first-level alternatives one by one at every position its pair guard lets through:
    for a lexicon of a thousand names and more (the person and organisation lexicons) that is hundreds of
    alternatives at each of a Chinese text's common surname characters. Here `re` only finds the positions
    whose two characters may start a word (one class and a look-ahead, skipped to in C); the words starting
    there are looked up longest first, by the lengths the words of that pair have. Words of one character
    (no pair to dispatch on) leave the whole trie to `re`."""

    def __init__(self, words: Iterable[str]):
        words = {word for word in words if word}
        self._regex = None
        if not words or min(map(len, words)) < 2:
            self._regex = re.compile(trie_regex(words))
            return
        self._words = frozenset(words)
        lengths: dict[str, set[int]] = {}
        for word in words:
            lengths.setdefault(word[:2], set()).add(len(word))
        self._lengths = {pair: tuple(sorted(sizes, reverse=True)) for pair, sizes in lengths.items()}
        firsts = "".join(sorted({re.escape(pair[0]) for pair in lengths}))
        seconds = "".join(sorted({re.escape(pair[1]) for pair in lengths}))
        self._starts = re.compile(f"[{firsts}](?=[{seconds}])")
        # a Match over the n characters at a position (the word found there)
        self._spans = {n: re.compile("(?s).{%d}" % n) for n in {n for sizes in lengths.values() for n in sizes}}

    def finditer(self, text: str) -> list[re.Match]:
        if self._regex is not None:
            return list(self._regex.finditer(text))
        words, lengths, spans = self._words, self._lengths, self._spans
        found: list[re.Match] = []
        end = 0
        for match in self._starts.finditer(text):
            at = match.start()
            if at < end:
                continue
            sizes = lengths.get(text[at:at + 2])
            if sizes is None:
                continue
            for size in sizes:
                if text[at:at + size] in words:
                    found.append(spans[size].match(text, at))
                    end = at + size
                    break
        return found
