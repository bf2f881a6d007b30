"""Two settings of Python 3.11's `re` that make the finders' patterns faster, the same matches.

`install_start_classes` lets `re` skip in C to the characters a match can start with (read by
pipeline.rules.pattern_facts); `keep_compiled_patterns` lets its cache hold the patterns used at
every document. Both are switched on once, where the finders are loaded.
"""

from __future__ import annotations

import re
from re import _compiler, _constants

from pipeline.rules.pattern_facts import RE_CHARSET_PREFIX, RE_LITERAL_PREFIX, start_class_items


_installed_prefix = False


def install_start_classes() -> bool:
    """Let `re` skip, in C, to the characters a match can start with, for every pattern compiled from now on.

    `re` compiles a pattern that opens with a literal or a class so that its search jumps from one
    place where that character stands to the next; a pattern that opens with a look-around (a
    first-character guard, `guarded`), an alternation of words without a shared first character
    or a group is tried at every position instead, tens of nanoseconds each. The characters a
    match of such a pattern can start with (`_first_class`: behind its look-arounds, over its
    alternatives) are given to `re` as that class, so that its search skips the others: the same
    matches (a match always starts with one of them; a pattern that may match the empty string
    gets no class), found faster. Patterns that read case-insensitively, bytes patterns and
    classes of more than _PREFIX_MOST characters are compiled as before. Python 3.11's `re` only
    (its compiler's internals; another version compiles as before); `ZHANJI_START_CLASSES=0`
    turns it off. Returns whether it is in force."""
    global _installed_prefix
    import os
    import sys

    if _installed_prefix:
        return True
    if os.environ.get("ZHANJI_START_CLASSES", "1") == "0" or sys.version_info[:2] != (3, 11) or not all(
            callable(getattr(_compiler, name, None)) for name in ("_get_charset_prefix", "_get_literal_prefix",
                                                                   "_compile_info")):
        return False
    original = RE_CHARSET_PREFIX
    original_literal = RE_LITERAL_PREFIX

    def charset_prefix(pattern, flags):
        found = original(pattern, flags)
        if found is None:
            found = start_class_items(pattern)
        return found

    def literal_prefix(pattern, flags):
        # a match that can only start with one character: re's literal search (a tight loop) finds its places,
        # and the whole pattern is tried there (prefix_skip 0: the character is read again)
        found = original_literal(pattern, flags)
        if not found[0] and sys._getframe(1).f_code is _compiler._compile_info.__code__:   # the whole pattern's
            items = start_class_items(pattern)
            if items is not None and len(items) == 1 and items[0][0] is _constants.LITERAL:
                return [items[0][1]], 0, False
        return found

    _compiler._get_charset_prefix = charset_prefix
    _compiler._get_literal_prefix = literal_prefix
    _installed_prefix = True
    return True


# re's cache of compiled patterns (its module functions re.search(str, …) and re.compile read it): the finders
# compile a few patterns for each document (a class of the surnames found, a trie of the names read) and use
# a few hundred literal patterns through re's functions at every document; past re's 512 the oldest are
# dropped first, so each document pushed out and compiled again the same hundreds (~10 % of a run's CPU)
_KEEP_COMPILED = 8192


def keep_compiled_patterns(most: int = _KEEP_COMPILED) -> bool:
    """Let `re` keep up to `most` compiled patterns (re._MAXCACHE, 512 in Python 3.11; never lowered): a
    pattern used at every document stays compiled, however many a document compiles for itself. The same
    matches; Python 3.11's `re` only (another version keeps its own cache). Returns whether it is in force."""
    import sys

    if sys.version_info[:2] != (3, 11) or not isinstance(getattr(re, "_MAXCACHE", None), int) \
            or not isinstance(getattr(re, "_cache", None), dict):
        return False
    re._MAXCACHE = max(re._MAXCACHE, most)
    return True
