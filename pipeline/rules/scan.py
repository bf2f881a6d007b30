"""Scanning long texts faster than `pattern.finditer` when matches are rare, same matches.

`re` tries a pattern at every position of the text. When every match of a pattern
holds a character that is rare in the text (a space or line break after a post, say),
`anchored_finditer` only tries the starts within reach of such a character and yields
exactly what `pattern.finditer(text)` yields. `guarded` puts a first-character
look-ahead in front of a pattern, so `re` turns most positions away in one test.

`re` tests every character of a text against a class of CJK characters ([厅局处署]) one
by one, several nanoseconds a character: the rare characters an anchor (or a pattern,
`rare_finditer`) opens with are found with str.find instead, where they prove rare.
"""

from __future__ import annotations

import functools
import re
from re import _compiler, _constants, _parser
from typing import Iterator


def anchored_finditer(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int,
                      words_before: frozenset[str] | None = None) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern that never matches the empty
    string and whose every match holds a character matched by `anchor` (one character,
    e.g. "[ \\n]") at most `reach` characters after the match's start.

    Starts are tried in order, each once, from the end of the last match (as finditer
    does); `pattern.match(text, start)` sees the whole text, so look-behinds and
    look-aheads behave as in finditer.

    With `reach` 0 the anchor marks the match's first character: a pattern that starts
    with a literal or a class is then scanned by `finditer` itself (re skips in C), unless
    the anchor's characters are rare and found faster with str.find (anchor_starts).

    With `words_before`, a match starting before the anchor character it holds first
    starts with one of these words ending right at that character (a post before the
    space that follows it): other starts are not tried.
    """
    key = (id(pattern), id(anchor), reach, words_before is None)
    plan = _ANCHORED_PLANS.get(key)
    if plan is None or plan[0] is not pattern or plan[1] is not anchor:
        plan = _ANCHORED_PLANS[key] = _anchored_plan(pattern, anchor, reach, words_before is None)
    by_itself, anchor_facts = plan[2], plan[3]
    hits = _planned_starts(anchor_facts, text, _TRY_COST if by_itself else 0) if anchor_facts[2] is not None else None
    if hits is None:
        if by_itself:
            # the anchor can only mark the match's first character, which `re` skips to in C
            # (or, rarer, a literal every match holds: literal_finditer)
            return literal_finditer(pattern, text)
        if anchor_facts[5] is None and anchor.search(text) is None:
            return iter(())     # the anchor is absent (most calls): no list of its places is made
        hits = _scanned_starts_of(anchor_facts, text)
    if not hits:
        return iter(())     # no anchor, no match (most calls: the places are found now, the matches on demand)
    if reach == 0 and words_before is None:
        return _tried_at(pattern, text, hits)
    return _tried_from(pattern, text, hits, reach, words_before, plan[4])


# what anchored_finditer reads of a pattern and its anchor at every call, with one look-up:
# (pattern, anchor, whether re skips to the pattern's starts by itself (reach 0 only), the anchor's _facts,
# the search of the pattern's start class); held, so the ids stay their own
_ANCHORED_PLANS: dict[tuple, tuple] = {}


def _anchored_plan(pattern: re.Pattern, anchor: re.Pattern, reach: int, no_words: bool) -> tuple:
    facts = _facts(pattern)
    return pattern, anchor, reach == 0 and no_words and facts[1], _facts(anchor), facts[4]


def _tried_at(pattern: re.Pattern, text: str, hits) -> Iterator[re.Match]:
    """anchored_finditer's matches when a match starts at the anchor's own place: tried there (a start class
    would only say what the try does), in order, from the end of the last match."""
    match_at = pattern.match
    floor = 0
    for at in hits:
        if at >= floor:
            match = match_at(text, at)
            if match is not None:
                yield match
                end = match.end()
                floor = end if end > at else at + 1
            else:
                floor = at + 1


def _tried_before(pattern: re.Pattern, text: str, hits, reach: int,
                  words_before: frozenset[str] | None = None) -> Iterator[re.Match]:
    """anchored_finditer's matches from the places `hits` (in order) of the character or literal every
    match holds at most `reach` characters after its start: the starts within reach before each place
    are tried in order, each once, from the end of the last match (as finditer does)."""
    return _tried_from(pattern, text, hits, reach, words_before, _facts(pattern)[4])


def _tried_from(pattern: re.Pattern, text: str, hits, reach: int, words_before: frozenset[str] | None,
                next_start) -> Iterator[re.Match]:
    """_tried_before, `next_start` the search of the pattern's start class (None: any character)."""
    match_at = pattern.match
    floor = 0   # no match starts before it: the last match's end, and every start tried so far
    for at in hits:
        start = at - reach
        if start < floor:
            start = floor
        while start <= at:
            if next_start is not None:   # jump to the next possible start, the anchor's own place included
                found = next_start(text, start, at + 1)
                if found is None:
                    start = at + 1
                    break
                start = found.start()
            if words_before is not None and start < at and text[start:at] not in words_before:
                start += 1
                continue
            match = match_at(text, start)
            if match is not None:
                yield match
                end = match.end()
                start = end if end > start else start + 1
            else:
                start += 1
        if start > floor:
            floor = start


def anchor_starts(anchor: re.Pattern, text: str) -> Iterator[int]:
    """Where the matches of `anchor.finditer(text)` start (see _rare_starts)."""
    starts = _rare_starts(anchor, text)
    if starts is None:
        return iter(_scanned_starts(anchor, text))
    return iter(starts)


def _scanned_starts(anchor: re.Pattern, text: str) -> list[int]:
    """Where the matches of `anchor.finditer(text)` start, for an anchor whose characters are common
    in the text: an anchor that is one character of a few ([长令], 日) reads the places of its characters
    found for the text before (_char_positions), others are scanned by `re`."""
    return _scanned_starts_of(_facts(anchor), text)


def _scanned_starts_of(facts: tuple, text: str) -> list[int]:
    """_scanned_starts of the anchor whose _facts are `facts`."""
    chars = facts[5]
    if chars is None:
        return [hit.start() for hit in facts[0].finditer(text)]
    if len(chars) == 1:
        for char in chars:
            return _char_positions(text, char)
    return _positions(text, chars, len(text))


def _rare_starts(anchor: re.Pattern, text: str, cost: int = 0, starts_only: bool = False) -> list[int] | None:
    """Where the matches of `anchor.finditer(text)` start, when its first characters are rare;
    None when `re` should scan.

    `re` reads a text for a class of CJK characters ([厅局处署]) or for alternatives without a
    shared first character (学校|大学) by testing every character against each of them, several
    nanoseconds a character, tens of microseconds a scan. An anchor is rare: the places where
    one of its first characters stands are found with str.find (C speed, a fraction of a
    nanosecond a character) and tried with `anchor.match` there (an anchor of one character
    needs no try). Where they are common (军长|师长, a space in English), `re` scans, and keeps
    scanning that anchor in longer texts from then on. `cost`: what a place found costs (in
    characters of re's scan), when not the anchor's own; `starts_only`: the places where a match
    may start, not yet tried."""
    facts = _facts(anchor)
    if facts[2] is None:
        return None
    return _planned_starts(facts, text, cost, starts_only)


def _planned_starts(facts: tuple, text: str, cost: int = 0, starts_only: bool = False) -> list[int] | None:
    """_rare_starts of the anchor whose _facts are `facts` (its first characters known)."""
    anchor, _skips, firsts, one_character = facts[:4]
    cost = cost or (_FOUND_COST if one_character else _TRY_COST)
    common = _COMMON_FIRSTS.get((id(anchor), cost))
    if common is anchor and len(text) >= _LEARNT_LENGTH:
        return None
    positions = _positions(text, firsts, len(text) // cost)
    if positions is None:
        if len(text) >= _LEARNT_LENGTH:
            _COMMON_FIRSTS[(id(anchor), cost)] = anchor
        return None
    if one_character or starts_only:
        return positions
    match_at = anchor.match
    starts = []
    end = 0
    for at in positions:
        if at >= end:
            match = match_at(text, at)
            if match is not None:
                starts.append(at)
                end = match.end()
    return starts


def rare_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern that opens with one of a few rare
    characters ([（(]…, [寨堡]…): each place one of them stands (str.find) is tried with
    `pattern.match`, instead of `re` testing every character of the text against the class.
    Where they prove common, `re` scans (as for an anchor: _rare_starts)."""
    facts = _facts(pattern)
    positions = _planned_starts(facts, text, _TRY_COST, True) if facts[2] is not None else None
    if positions is None:
        return literal_finditer(pattern, text)   # or from a rarer literal every match holds
    if not positions:
        return iter(())
    return _tried_once(pattern, text, positions)


def _tried_once(pattern: re.Pattern, text: str, positions) -> Iterator[re.Match]:
    """rare_finditer's matches: each place tried with `pattern.match`, from the end of the last match."""
    match_at = pattern.match
    end = 0
    for at in positions:
        if at >= end:
            match = match_at(text, at)
            if match is not None:
                yield match
                end = match.end()


def char_positions(text: str, chars) -> list[int]:
    """Every position of one of `chars` (characters) in `text`, in order: what
    `re.finditer("[" + chars + "]", text)` finds, without compiling a class made for one document
    (re's cache of compiled patterns is soon full of them) nor testing each character against it."""
    return _positions(text, chars, len(text))


def _positions(text: str, chars: frozenset[str], most: int) -> list[int] | None:
    """Every position of one of `chars` in `text`, in order; None when there are more than `most`."""
    entry = _CHAR_PLACES
    if entry[0] is not text:
        entry = _places_of(text)
    if len(text) < _INDEX_LENGTH and isinstance(chars, frozenset):
        # a short text: only the characters it holds (most anchors' characters are absent)
        present = entry[3]
        if present is None:
            present = entry[3] = frozenset(text)
        chars = chars & present
        if not chars:
            return []
    places = entry[1]
    found: list[int] = []
    for char in chars:
        hit = places.get(char)
        found += hit if hit is not None else _char_positions(text, char)
        if len(found) > most:
            return None
    found.sort()
    return found


# The places of each character asked for in the last texts (held, so their ids stay their own): the finders
# read one document's text in turn, and their anchors share characters (第, 、, 为, 令 …). A str.find pass
# per character reads the whole text each time: once a long text has been asked for _INDEX_AFTER characters
# (a Chinese document is asked for hundreds), the places of all its characters are sorted out at once
# (_char_index) and the later characters read there. A finder that reads a few characters around a place
# (a window of the text cut out) must not make the document's own places be found again: the last
# _KEPT_TEXTS texts keep theirs, the one read most recently first.
_CHAR_PLACES: list = [None, {}, None, None]
_KEPT_PLACES: list[list] = []
_KEPT_TEXTS = 4
_INDEX_AFTER = 32
_INDEX_LENGTH = 2000


def _char_positions(text: str, char: str) -> list[int]:
    """Every position of `char` (one character) in `text`, in order; kept for the text. Not to be modified."""
    entry = _CHAR_PLACES
    if entry[0] is not text:
        entry = _places_of(text)
    places = entry[1]
    found = places.get(char)
    if found is None:
        index = entry[2]
        if index is None and len(places) >= _INDEX_AFTER and len(text) >= _INDEX_LENGTH:
            index = entry[2] = _char_index(text)
        if index is not None:
            bounds, order = index
            span = bounds.get(char)
            found = places[char] = order[span[0]:span[1]].tolist() if span is not None else []
            return found
        found = places[char] = []
        if len(text) < _INDEX_LENGTH:
            # most characters asked for are absent from a short text: its set of characters says so at once
            chars = entry[3]
            if chars is None:
                chars = entry[3] = frozenset(text)
            if char not in chars:
                return found
        at = text.find(char)
        while at != -1:
            found.append(at)
            at = text.find(char, at + 1)
    return found


def _places_of(text: str) -> list:
    """The kept entry [text, places, index] of `text` (a new one if it has none), made the current one."""
    global _CHAR_PLACES
    kept = _KEPT_PLACES
    for i, entry in enumerate(kept):
        if entry[0] is text:
            del kept[i]
            break
    else:
        entry = [text, {}, None, None]
        if len(kept) >= _KEPT_TEXTS:
            kept.pop()
    kept.insert(0, entry)
    _CHAR_PLACES = entry
    return entry


def _char_index(text: str) -> tuple[dict, object]:
    """The positions of every character of `text` in one array, in order of character and then of
    position (a stable sort), and each character's slice of it: one sort in C instead of a pass per
    character."""
    import numpy as np

    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4")
    order = np.argsort(codes, kind="stable")
    ordered = codes[order]
    starts = np.flatnonzero(np.diff(ordered)) + 1
    firsts = [0] + starts.tolist()
    ends = firsts[1:] + [len(ordered)]
    chars = ordered[firsts].astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
    return dict(zip(chars, zip(firsts, ends))), order


def literal_positions(text: str, literal: str) -> list[int]:
    """Every position where `literal` starts in `text`, overlapping ones included (str.find in C), in
    order; a list, not a generator: the English finders ask for dozens of literals a paragraph, most
    of them absent (one str.find, no generator to make and run). Not to be changed by the caller."""
    if len(literal) == 1:
        return _char_positions(text, literal)
    at = text.find(literal)
    if at == -1:
        return []
    found = []
    while at != -1:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def list_finditer(pattern: re.Pattern, text: str, mark: str, item_chars: re.Pattern,
                  shortest: int, longest: int) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)` for a list pattern: a first item of `shortest`
    to `longest` characters matched by `item_chars` (one character, never `mark`), then `mark`
    and the rest. Its possible starts before a mark are the run of item characters right
    before it, and from each of them the first item ends at that mark and the rest reads the
    same: only the earliest start (within `longest`, after the last match) is tried."""
    run = _item_run(item_chars, longest)
    end = 0
    at = text.find(mark)
    while at != -1:
        if at >= end:
            # the earliest start of the run of item characters ending at the mark (endpos: $ is there)
            before = run.search(text, max(end, at - longest), at)
            if before is not None and at - before.start() >= shortest:
                match = pattern.match(text, before.start())
                if match is not None:
                    yield match
                    end = match.end()
        at = text.find(mark, at + 1)


def read_back_finditer(pattern: re.Pattern, text: str, first: int | str = 1) -> Iterator[re.Match]:
    """The matches of a pattern that `re` scans from a literal in the middle of what it names (the
    connective of 甲和乙, the 、 of a list), the part before the literal read back in a fixed-width
    look-behind group `first`: the matches `finditer` of the whole form would give. A match whose
    read-back part starts inside the last match is skipped, as a scan from that part would not start
    there, and the scan goes on right after its literal (the skipped match may hold the next one);
    `m.start(first)` is where the form starts."""
    end = pos = 0
    while (m := pattern.search(text, pos)) is not None:
        if m.start(first) >= end:
            end = pos = max(m.end(), m.start() + 1)
            yield m
        else:
            pos = m.start() + 1


@functools.lru_cache(maxsize=None)
def _item_run(item_chars: re.Pattern, longest: int) -> re.Pattern:
    return re.compile(f"(?:{item_chars.pattern}){{1,{longest}}}$", item_chars.flags)


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


def _first_class(tree) -> str | None:
    """The class (or classes) of characters a match can start with, as a regex."""
    sensitive: set[str] = set()
    folded: set[str] = set()
    try:
        if _first_of(tree.data, tree.state.flags, sensitive, folded):
            return None
    except _Anything:
        return None
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
    return bool(_RE_LITERAL_PREFIX(tree, flags)[0] or _RE_CHARSET_PREFIX(tree, flags))


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


def _facts(pattern: re.Pattern) -> tuple:
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
        return _re_skips(_parser.parse(pattern.pattern, pattern.flags))
    return False


@per_pattern
def _start_class(pattern: re.Pattern) -> re.Pattern | None:
    """A one-character pattern of the characters `pattern`'s matches can start with, behind
    the look-behinds the pattern opens with (None: any character, or an empty match);
    remembered per pattern."""
    if not isinstance(pattern.pattern, str):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
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
# a place found with str.find costs about as much as re's scan of this many characters of a text for
# a class of CJK characters, and a place tried with anchor.match this many
_FOUND_COST = 20
_TRY_COST = 100
# anchors whose first characters proved common in a text this long (the same matches either way)
_COMMON_FIRSTS: dict[tuple[int, int], re.Pattern] = {}
_LEARNT_LENGTH = 2000


@per_pattern
def _first_characters(anchor: re.Pattern) -> frozenset[str] | None:
    """The characters a match of `anchor` can start with, when they are a few literal characters
    and `re` has no literal prefix of the anchor to skip to by itself (None otherwise: the anchor
    is scanned by `re`); remembered per pattern."""
    if not isinstance(anchor.pattern, str) or anchor.flags & re.IGNORECASE:
        return None
    tree = _parser.parse(anchor.pattern, anchor.flags)
    if _RE_LITERAL_PREFIX(tree, anchor.flags)[0]:
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
    tree = _parser.parse(anchor.pattern, anchor.flags)
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
    tree = _parser.parse(anchor.pattern, anchor.flags)
    return len(tree.data) == 1 and tree.data[0][0] in (_constants.LITERAL, _constants.IN)


def first_char_guard(pattern: re.Pattern) -> str | None:
    """A look-ahead every match of `pattern` passes at its start: a class of the characters
    a match can start with. None when a match may start with anything or be empty, or when
    `re` already knows the possible starts (a literal or a class first)."""
    if not isinstance(pattern.pattern, str):
        return None
    tree = _parser.parse(pattern.pattern, pattern.flags)
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
_installed_prefix = False
_RE_CHARSET_PREFIX = _compiler._get_charset_prefix     # re's own (what it skips to without install_start_classes)
_RE_LITERAL_PREFIX = _compiler._get_literal_prefix


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
    original = _RE_CHARSET_PREFIX
    original_literal = _RE_LITERAL_PREFIX

    def charset_prefix(pattern, flags):
        found = original(pattern, flags)
        if found is None:
            found = _start_class_items(pattern)
        return found

    def literal_prefix(pattern, flags):
        # a match that can only start with one character: re's literal search (a tight loop) finds its places,
        # and the whole pattern is tried there (prefix_skip 0: the character is read again)
        found = original_literal(pattern, flags)
        if not found[0] and sys._getframe(1).f_code is _compiler._compile_info.__code__:   # the whole pattern's
            items = _start_class_items(pattern)
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
    sensitive: set[str] = set()
    folded: set[str] = set()
    try:
        if _first_of(tree.data, tree.state.flags, sensitive, folded):
            return None
    except _Anything:
        return None
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


def _start_class_items(tree) -> list | None:
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


# --------------------------------------------------------------------------- patterns compiled on first use

class LazyPattern:
    """A pattern compiled on first use: most of these classes never meet their rare literal, and
    compiling them all at import would cost every run."""

    def __init__(self, *args):
        self._args = args

    def __getattr__(self, name):          # only called for attributes not yet copied
        rx = self.__dict__.get("_rx")
        if rx is None:
            rx = self.__dict__["_rx"] = re.compile(*self._args)
        value = getattr(rx, name)
        self.__dict__[name] = value        # later uses find it directly (no call of this method)
        return value


# --------------------------------------------------------------------------- scans from a required literal

# a literal found more often than once in this many characters is left to re's own scan
_LITERAL_COST = 100
# a literal read further than this after a match's start is not used
_LITERAL_REACH = 24
# a requirement of more alternatives than this is not used (each is a str.find pass over the text)
_MOST_LITERALS = 6
# (characters alone: their places are read from the text's shared character index)
_MOST_CHARACTERS = 16


def literal_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, found from the places of the literal strings every match
    holds (one of them, at most _LITERAL_REACH characters after its start: `literal_plan`), when they are
    rare in the text: the starts before each place are tried as anchored_finditer tries them, instead of
    `re` testing every character of the text for a possible start. Where no such literal is known or
    they are common, `re` scans. A text that holds none of them has no match at all."""
    plan = literal_plan(pattern)
    hits = None if plan is None else _literal_hits(text, plan[0], len(text) // _LITERAL_COST)
    if hits is None:
        return pattern.finditer(text)
    if not hits:
        return iter(())
    return _tried_from(pattern, text, hits, plan[1], None, _facts(pattern)[4])


def _literal_hits(text: str, literals: tuple[str, ...], most: int) -> list[int] | None:
    """Every place one of `literals` starts in `text`, in order; None when there are more than `most`."""
    hits: list[int] = []
    for literal in literals:
        if len(literal) == 1:
            found = _char_positions(text, literal)
            if len(hits) + len(found) > most:
                return None
            hits += found
            continue
        at = text.find(literal)
        while at != -1:
            if len(hits) >= most:
                return None
            hits.append(at)
            at = text.find(literal, at + 1)
    if len(literals) > 1:
        hits.sort()
    return hits


@per_pattern
def literal_plan(pattern: re.Pattern) -> tuple[tuple[str, ...], int] | None:
    """(literals, reach): every match of `pattern` holds one of `literals` starting at most `reach`
    characters after the match's start, read from the parse tree (the longest such literals, then the
    fewest); None when none is known (a pattern that may match empty, reads case-insensitively, opens
    with an unbounded part, …). Remembered per pattern."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] < 1 or _RE_LITERAL_PREFIX(tree, pattern.flags)[0]:
            return None     # may match empty; or re finds a literal prefix fast by itself
        items = _start_class_items(tree)
        if items is not None and len(items) == 1 and items[0][0] is _constants.LITERAL:
            return None     # one first character: re's literal search (install_start_classes)
        return _plan(tree)
    except (_Anything, RecursionError):
        return None


def _plan(tree) -> tuple[tuple[str, ...], int] | None:
    c = _constants
    best = None
    offset = 0          # the most characters a match can hold before the current item
    run: list[str] = []
    run_offset = 0

    def consider(literals, reach: int) -> None:
        nonlocal best
        if not literals or reach > _LITERAL_REACH:
            return
        literals = _minimal(literals)
        if len(literals) > (_MOST_CHARACTERS if max(map(len, literals)) == 1 else _MOST_LITERALS):
            return
        key = (min(map(len, literals)), -len(literals), -reach)
        if best is None or key > best[0]:
            best = (key, literals, reach)

    for op, av in tree.data:
        if op is c.LITERAL:
            if not run:
                run_offset = offset
            run.append(chr(av))
            offset += 1
            continue
        if run:
            consider(frozenset(("".join(run),)), run_offset)
            run = []
        if offset > _LITERAL_REACH:
            break
        if op is c.ASSERT and av[0] == 1:       # a look-ahead: what it reads starts here
            found = _required(av[1].data)
            if found:
                consider(found, offset + av[1].getwidth()[1] - min(map(len, found)))
            continue
        found = _required_item(op, av)
        width = _parser.SubPattern(tree.state, [(op, av)]).getwidth()[1]
        if found:
            consider(found, offset + width - min(map(len, found)))
        offset += width
    if run:
        consider(frozenset(("".join(run),)), run_offset)
    if best is None:
        return None
    _key, literals, reach = best
    return tuple(sorted(literals, key=lambda literal: (-len(literal), literal))), reach


def _minimal(literals) -> frozenset[str]:
    """The literals without those that hold a shorter one of them (present only where it is)."""
    return frozenset(literal for literal in literals
                     if not any(other != literal and other in literal for other in literals))


def _required(items) -> frozenset[str] | None:
    """Literals of which every match of the parse items holds one (or reads one in a positive
    look-around), the longest such set found item by item; None when none is known."""
    c = _constants
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(found) -> None:
        nonlocal best
        if found and len(found) <= (_MOST_CHARACTERS if max(map(len, found)) == 1 else _MOST_LITERALS) and (
                best is None or (min(map(len, found)), -len(found)) > (min(map(len, best)), -len(best))):
            best = found

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if run:
            consider(frozenset(("".join(run),)))
            run = []
        consider(_required_item(op, av))
    if run:
        consider(frozenset(("".join(run),)))
    return best


def _required_item(op, av) -> frozenset[str] | None:
    c = _constants
    if op is c.IN:
        if all(item_op is c.LITERAL for item_op, _ in av):
            return frozenset(chr(item) for _, item in av)
        return None
    if op is c.BRANCH:
        found: set[str] = set()
        for alternative in av[1]:
            part = _required(alternative.data)
            if part is None:
                return None
            found |= part
        return _minimal(found)
    if op is c.SUBPATTERN:
        _group, add, _remove, sub = av
        if add & re.IGNORECASE:
            raise _Anything
        return _required(sub.data)
    if op is c.ATOMIC_GROUP:
        return _required(av.data)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        low, _high, sub = av
        return _required(sub.data) if low >= 1 else None
    return None     # a look-around (read where it stands), a position, a category, any character, …
