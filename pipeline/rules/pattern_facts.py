"""What a compiled pattern's parse tree says about its matches, read once per pattern.

The characters a match can start with (behind its look-behinds, over its alternatives): the
first-character guards (`guarded`, `alternative_guard`), the start classes `re` is taught to skip
to (`_start_class_items`, installed by pipeline.rules.re_tuning) and the facts the scans of
pipeline.rules.scan read at every call (`_facts`). The literal strings every match holds
(`literal_plan`, which literal_finditer finds with str.find) are read in pattern_literals.py.
Nothing here reads a text.
"""

from __future__ import annotations

import functools
import re
from re import _compiler, _constants, _parser


@functools.lru_cache(maxsize=4096)
def parsed_tree(source: str, flags: int):
    """`re`'s parse tree of a pattern source, parsed once: the facts below each read the tree of the same
    pattern (five or six reads a pattern at start-up, a third of them for distinct sources). The readers only
    read it (its width, cached in the tree by `getwidth`, is the same for every reader)."""
    return _parser.parse(source, flags)


# --------------------------------------------------------------------------- first-character guards

_CATEGORY_CLASS = {
    _constants.CATEGORY_DIGIT: r"\d", _constants.CATEGORY_WORD: r"\w", _constants.CATEGORY_SPACE: r"\s",
}


class _Anything(Exception):
    """A match may start with any character: no guard helps."""


def _first_of(items, flags: int, sensitive: set, folded: set) -> bool:
    """Adds the class items a match of the parse items can start with to `sensitive` (matched as
    written) or `folded` (matched ignoring case); returns whether the items can match empty."""
    for op, av in items:
        if not _first_of_item(op, av, flags, sensitive, folded):
            return False
    return True


def _first_of_item(op, av, flags: int, sensitive: set, folded: set) -> bool:
    c = _constants
    into = folded if flags & re.IGNORECASE else sensitive
    if op is c.LITERAL:
        into.add(re.escape(chr(av)))
        return False
    if op is c.IN:
        for item_op, item in av:
            if item_op is c.LITERAL:
                into.add(re.escape(chr(item)))
            elif item_op is c.RANGE:
                into.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
            elif item_op is c.CATEGORY and item in _CATEGORY_CLASS:
                into.add(_CATEGORY_CLASS[item])
            else:           # a negated class, \D, \W, \S, ...
                raise _Anything
        return False
    if op is c.BRANCH:
        empty = False
        for alternative in av[1]:
            empty |= _first_of(alternative.data, flags, sensitive, folded)
        return empty
    if op is c.SUBPATTERN:
        _group, add, remove, sub = av
        return _first_of(sub.data, (flags | add) & ~remove, sensitive, folded)
    if op is c.ATOMIC_GROUP:
        return _first_of(av.data, flags, sensitive, folded)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, high, sub = av
        if high == 0:
            return True
        return _first_of(sub.data, flags, sensitive, folded) or low == 0
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):     # zero width: the next item starts the match
        return True
    raise _Anything     # ., [^x], a back-reference: any character


def _first_sets(tree) -> tuple[set[str], set[str]] | None:
    """(class items matched as written, class items matched ignoring case) a match of the parsed pattern can start
    with; None when a match may start with anything or be empty."""
    sensitive: set[str] = set()
    folded: set[str] = set()
    try:
        if _first_of(tree.data, tree.state.flags, sensitive, folded):
            return None
    except _Anything:
        return None
    return sensitive, folded


def _first_class(tree) -> str | None:
    """The class (or classes) of characters a match can start with, as a regex."""
    found = _first_sets(tree)
    if found is None:
        return None
    sensitive, folded = found
    parts = []
    if sensitive:
        parts.append("[" + "".join(sorted(sensitive)) + "]")
    if folded:
        parts.append("(?i:[" + "".join(sorted(folded)) + "])")
    return "|".join(parts)


def _re_skips(tree) -> bool:
    """Whether `re` compiles this parsed pattern with a literal or class prefix, which
    its search skips to in C."""
    flags = tree.state.flags
    return bool(RE_LITERAL_PREFIX(tree, flags)[0] or RE_CHARSET_PREFIX(tree, flags))


def per_pattern(compute):
    """`compute(pattern)` remembered per pattern object, keyed by its identity: hashing a
    compiled pattern hashes its whole compiled code (tens of microseconds for a large one),
    and these are asked at every scan. The cache holds the pattern, so its id stays its own."""
    cache: dict[int, tuple[re.Pattern, object]] = {}

    def remembered(pattern: re.Pattern):
        entry = cache.get(id(pattern))
        if entry is not None and entry[0] is pattern:
            return entry[1]
        value = compute(pattern)
        cache[id(pattern)] = (pattern, value)
        return value

    remembered.__doc__ = compute.__doc__
    return remembered


# What the scans ask of a pattern (or an anchor) at every call, read with one look-up:
# (pattern, _skips_by_itself, _first_characters, _one_character, the search of _start_class, _char_class)
_FACTS: dict[int, tuple] = {}


def facts_of(pattern: re.Pattern) -> tuple:
    entry = _FACTS.get(id(pattern))
    if entry is not None and entry[0] is pattern:
        return entry
    firsts = _first_characters(pattern)
    starts = _start_class(pattern)
    entry = (pattern, _skips_by_itself(pattern), firsts, firsts is not None and _one_character(pattern),
             starts.search if starts is not None else None, _char_class(pattern))
    _FACTS[id(pattern)] = entry
    return entry


@per_pattern
def _skips_by_itself(pattern: re.Pattern) -> bool:
    """Whether `re` jumps to a match's possible first characters itself (the pattern starts
    with a literal or a character class); remembered per pattern."""
    if isinstance(pattern.pattern, str):
        return _re_skips(parsed_tree(pattern.pattern, pattern.flags))
    return False


@per_pattern
def _start_class(pattern: re.Pattern) -> re.Pattern | None:
    """A one-character pattern of the characters `pattern`'s matches can start with, behind
    the look-behinds the pattern opens with (None: any character, or an empty match);
    remembered per pattern."""
    if not isinstance(pattern.pattern, str):
        return None
    tree = parsed_tree(pattern.pattern, pattern.flags)
    found = _first_class(tree)
    if not found:
        return None
    flags = pattern.flags & ~re.VERBOSE
    # (?<=[，。])[一-鿿]: most characters that could start a match are turned away by what stands
    # before them. Look-behinds only read characters before the start, so `search(text, pos, endpos)`
    # sees them as the pattern does; the class keeps the pattern's flags (a wider class is still right).
    behind = _opening_lookbehinds(tree)
    if behind:
        start = _parser.parse(found, flags)
        start.data[0:0] = behind
        return _compiler.compile(start, flags)
    alternatives = _alternatives_behind(tree, flags)
    if alternatives:    # (?<=[被在])(甲|乙)…|(?<=[由向])(丙)…: each alternative behind its own look-behinds
        start = _parser.parse(found, flags)
        start.data = [(_constants.BRANCH, (None, alternatives))]
        return _compiler.compile(start, flags)
    return re.compile(found)


def _alternatives_behind(tree, flags: int) -> list | None:
    """For a pattern made of alternatives that open with look-behinds, each alternative's first
    class behind its look-behinds (parse trees); None for any other pattern."""
    if len(tree.data) != 1 or tree.data[0][0] is not _constants.BRANCH:
        return None
    starts = []
    for alternative in tree.data[0][1][1]:
        found = _first_class(alternative)
        behind = _opening_lookbehinds(alternative)
        if not found or not behind:
            return None
        start = _parser.parse(found, flags)
        start.data[0:0] = behind
        starts.append(start)
    return starts


def _opening_lookbehinds(tree) -> list:
    """The look-behinds (or a group of alternative look-behinds) a parsed pattern opens with: every
    match passes them at its start."""
    c = _constants
    behind = []
    for op, av in tree.data:
        if _is_lookbehind(op, av) or op is c.BRANCH and all(
                alternative.data and all(_is_lookbehind(*item) for item in alternative.data)
                for alternative in av[1]):
            behind.append((op, av))
        else:
            break
    return behind


def _is_lookbehind(op, av) -> bool:
    """A look-behind (positive or negative) without groups."""
    return op in (_constants.ASSERT, _constants.ASSERT_NOT) and av[0] == -1 and "SUBPATTERN" not in str(av[1]) \
        and "GROUPREF" not in str(av[1])


# an anchor that opens with more characters than these is left to `re`
_MOST_FIRST_CHARACTERS = 32


@per_pattern
def _first_characters(anchor: re.Pattern) -> frozenset[str] | None:
    """The characters a match of `anchor` can start with, when they are a few literal characters
    and `re` has no literal prefix of the anchor to skip to by itself (None otherwise: the anchor
    is scanned by `re`); remembered per pattern."""
    if not isinstance(anchor.pattern, str) or anchor.flags & re.IGNORECASE:
        return None
    tree = parsed_tree(anchor.pattern, anchor.flags)
    if RE_LITERAL_PREFIX(tree, anchor.flags)[0]:
        return None     # re finds a literal prefix fast by itself
    chars: set[str] = set()
    try:
        if _first_literals(tree.data, chars):
            return None     # may match the empty string
    except _Anything:
        return None
    return frozenset(chars) if 0 < len(chars) <= _MOST_FIRST_CHARACTERS else None


def _first_literals(items, chars: set) -> bool:
    """Adds the literal characters a match of the parse items can start with to `chars`; returns
    whether the items can match empty. Raises _Anything for anything but literal characters."""
    c = _constants
    for op, av in items:
        if op is c.LITERAL:
            chars.add(chr(av))
            return False
        if op is c.IN:
            for item_op, item in av:
                if item_op is not c.LITERAL:
                    raise _Anything    # a range, a category, a negated class
                chars.add(chr(item))
            return False
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                empty |= _first_literals(alternative.data, chars)
            if not empty:
                return False
        elif op is c.SUBPATTERN:
            _group, add, _remove, sub = av
            if add & re.IGNORECASE:
                raise _Anything
            if not _first_literals(sub.data, chars):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, high, sub = av
            if high and not _first_literals(sub.data, chars) and low:
                return False
        elif op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue    # zero width: the next item starts the match
        else:
            raise _Anything
    return True


@per_pattern
def _char_class(anchor: re.Pattern) -> frozenset[str] | None:
    """The characters of an anchor that is one of at most _MOST_FIRST_CHARACTERS listed characters
    ([长令], 日: every match is one of them, nothing around it to check), else None; remembered per pattern."""
    if not isinstance(anchor.pattern, str) or anchor.flags & re.IGNORECASE:
        return None
    tree = parsed_tree(anchor.pattern, anchor.flags)
    if len(tree.data) != 1:
        return None
    op, av = tree.data[0]
    if op is _constants.LITERAL:
        return frozenset(chr(av))
    if op is _constants.IN and all(item_op is _constants.LITERAL for item_op, _ in av) \
            and len(av) <= _MOST_FIRST_CHARACTERS:
        return frozenset(chr(item) for _, item in av)
    return None


@per_pattern
def _one_character(anchor: re.Pattern) -> bool:
    """Whether every match of `anchor` is exactly one of its first characters (a class of literal
    characters, nothing around it to check); remembered per pattern."""
    tree = parsed_tree(anchor.pattern, anchor.flags)
    return len(tree.data) == 1 and tree.data[0][0] in (_constants.LITERAL, _constants.IN)


def first_char_guard(pattern: re.Pattern) -> str | None:
    """A look-ahead every match of `pattern` passes at its start: a class of the characters
    a match can start with. None when a match may start with anything or be empty, or when
    `re` already knows the possible starts (a literal or a class first)."""
    if not isinstance(pattern.pattern, str):
        return None
    tree = parsed_tree(pattern.pattern, pattern.flags)
    if _re_skips(tree):
        return None     # re skips to the possible starts by itself
    found = _first_class(tree)
    return None if found is None else f"(?={found})"


def alternative_guard(source: str, flags: int = 0) -> str:
    """A first-character look-ahead for one alternative of a larger pattern ("" when a match
    of it may start with anything): `re` walks every alternative at each position it tries,
    and an alternative that opens with look-behinds runs them all before reading a character;
    the guard turns it away in one test."""
    found = _first_class(_parser.parse(source, flags))
    return f"(?={found})" if found else ""


_GLOBAL_FLAGS = re.compile(r"\A\(\?[aiLmsux]+\)")


def guarded(pattern: re.Pattern) -> re.Pattern:
    """`pattern` with a first-character look-ahead in front: the same matches, found faster.

    `re` tries a pattern at every position of the text; a pattern that starts with a
    look-behind or a long alternation gets no first-character skip from `re` itself, and
    each try walks every alternative. The guard turns most positions away in one test.
    A pattern whose matches may start with any character (or be empty) is returned as it is.
    """
    guard = first_char_guard(pattern)
    if guard is None:
        return pattern
    body = _GLOBAL_FLAGS.sub("", pattern.pattern)   # its flags come with pattern.flags
    newline = "\n" if pattern.flags & re.VERBOSE else ""    # a trailing comment must not eat ')'
    return re.compile(f"{guard}(?:{body}{newline})", pattern.flags)


# --------------------------------------------------------------------------- re skipping to a match's first characters

# A class of more characters than this (a CJK range, \w) is left as it is: testing it at each position before
# trying the pattern costs about what trying it does.
_PREFIX_MOST = 2000
RE_CHARSET_PREFIX = _compiler._get_charset_prefix     # re's own (what it skips to without install_start_classes)
RE_LITERAL_PREFIX = _compiler._get_literal_prefix


# \d and \s in a start class: few of a text's characters are digits (a pattern that reads a number
# after its look-behinds, 'No. 5 Squadron', was tried at every position) or spaces. They are given
# to `re` as their members (str.isdecimal and str.isspace: what `re` tests for \d and \s) in the
# Basic Multilingual Plane and one range of all astral characters (a class may hold more than the
# matches can start with, not fewer), so that the whole class is a bitmap lookup rather than a test
# of each category at every position; counted as their ASCII members. \w (most characters) is left out.
_NARROW_CATEGORIES = {_constants.CATEGORY_DIGIT: 10, _constants.CATEGORY_SPACE: 6}


@functools.lru_cache(maxsize=None)
def _category_members(category) -> tuple:
    """Class items holding every character of `category` (\\d or \\s) in a Unicode pattern (and more)."""
    test = str.isdecimal if category is _constants.CATEGORY_DIGIT else str.isspace
    runs: list[list[int]] = []
    for code in range(0x10000):
        if test(chr(code)):
            if runs and runs[-1][1] == code - 1:
                runs[-1][1] = code
            else:
                runs.append([code, code])
    items = [(_constants.LITERAL, low) if low == high else (_constants.RANGE, (low, high)) for low, high in runs]
    return (*items, (_constants.RANGE, (0x10000, 0x10FFFF)))


# the characters `(?i)` matches for an ASCII character beyond its two cases (İ ı for i, ſ for s, K for k;
# checked over every code point: there are no others)
_FOLD_EXTRAS = "\u0130\u0131\u017f\u212a"


def _written_out_class(tree) -> str | None:
    """`_first_class(tree)` as one class of characters matched as written: a first character read
    case-insensitively ((?i) words: 'about', 'Losses') is written out in each character `(?i)`
    matches it by, so that `re`, which gives a case-insensitive class no start class, skips to it
    too. None where it is not known, or a case-insensitive one is not ASCII."""
    found = _first_sets(tree)
    if found is None:
        return None
    sensitive, folded = found
    for part in folded:            # an escaped character, a range 'a-z' or \d, \s, \w
        parsed = _parser.parse(f"[{part}]", 0).data
        members = parsed[0][1] if parsed[0][0] is _constants.IN else [parsed[0]]
        for op, av in members:
            if op is _constants.CATEGORY:
                sensitive.add(part)
                continue
            low, high = (av, av) if op is _constants.LITERAL else av if op is _constants.RANGE else (-1, -1)
            if not 0 <= low <= high < 128:
                return None
            for code in range(low, high + 1):
                char = chr(code)
                for same in {char, char.lower(), char.upper(), *_FOLD_EXTRAS}:
                    if re.fullmatch(f"(?i:{re.escape(char)})", same):
                        sensitive.add(re.escape(same))
    return "[" + "".join(sorted(sensitive)) + "]" if sensitive else None


def start_class_items(tree) -> list | None:
    """The parse items of the class of characters a match of the parsed pattern can start with
    (as `_compiler._get_charset_prefix` gives them), or None."""
    if not isinstance(getattr(tree.state, "str", None), str):
        return None
    try:
        found = _written_out_class(tree)
    except RecursionError:
        return None
    if not found:
        return None
    items: list = []
    size = 0
    stack = list(_parser.parse(found, 0).data)
    while stack:
        op, av = stack.pop()
        if op is _constants.LITERAL:
            items.append((op, av))
            size += 1
        elif op is _constants.IN:
            for item in av:
                if item[0] is _constants.LITERAL:
                    size += 1
                elif item[0] is _constants.RANGE:
                    size += item[1][1] - item[1][0] + 1
                elif item[0] is _constants.CATEGORY and item[1] in _NARROW_CATEGORIES:
                    size += _NARROW_CATEGORIES[item[1]]
                    items.extend(_category_members(item[1]))
                    continue
                else:
                    return None     # \w: a wide class
                items.append(item)
        elif op is _constants.BRANCH:
            for alternative in av[1]:
                stack.extend(alternative.data)
        else:
            return None
    return items if 0 < size <= _PREFIX_MOST else None
