"""One-scan gates `any(word in text for word in WORDS)` for the English generators (a speed module: no rule).

A generator that runs only where one of a dozen or more literal words stands in the paragraph tested them one
`in` (one scan of the paragraph) each; `literal_gate(WORDS)` compiles the words into one trie regex
(english_lexicon.trie_regex), whose `search` finds whether any of them stands anywhere, in one scan: the same
truth value (a regex of alternative literals, unanchored, matches where one of them occurs). Worth it from about
ten words on (measured on the distinct passages; below that the `in` tests are as fast).
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import trie_regex


def literal_gate(words) -> re.Pattern:
    """A pattern whose `search(text)` is truthy exactly when one of `words` (non-empty strings) is in `text`."""
    words = sorted(set(words))
    if not words or not all(words):
        raise ValueError("literal_gate needs non-empty words")
    return re.compile(trie_regex(words))
