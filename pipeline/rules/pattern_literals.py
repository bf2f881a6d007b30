"""The literal strings every match of a compiled pattern holds, read once per pattern from its parse tree (moved out
of pattern_facts.py, session 32).

`literal_plan`: one of a few literals every match holds, at most so many characters after its start (the longest
such literals, then the fewest); `literal_plans` and `literal_windows` give every plan known and how near and how
far from a match's start its literal stands. scan.literal_finditer finds them with str.find. Nothing here reads a
text.
"""

from __future__ import annotations

import re
from re import _constants, _parser

from pipeline.rules.pattern_facts import RE_LITERAL_PREFIX, _Anything, parsed_tree, per_pattern, start_class_items

# a literal read further than this after a match's start is not used
_LITERAL_REACH = 24
# a requirement of more alternatives than this is not used (each is a str.find pass over the text)
_MOST_LITERALS = 6
# (characters alone: their places are read from the text's shared character index)
_MOST_CHARACTERS = 16
# plans kept per pattern (literal_finditer counts each one's literals in the text to choose the rarest)
_MOST_PLANS = 4


def literal_plan(pattern: re.Pattern) -> tuple[tuple[str, ...], int] | None:
    """(literals, reach): every match of `pattern` holds one of `literals` starting at most `reach`
    characters after the match's start, read from the parse tree (the longest such literals, then the
    fewest); None when none is known (a pattern that may match empty, reads case-insensitively, opens
    with an unbounded part, …). Remembered per pattern."""
    plans = literal_plans(pattern)
    return None if plans is None else plans[0]


@per_pattern
def literal_plans(pattern: re.Pattern) -> tuple[tuple[tuple[str, ...], int], ...] | None:
    """Every plan (literals, reach) of `pattern` known, each enough by itself (literal_plan's first,
    then the others best first, at most _MOST_PLANS): literal_finditer plans from the one rarest in
    the text. None when none is known."""
    windows = literal_windows(pattern)
    return None if windows is None else tuple(window[:2] for window in windows)


@per_pattern
def literal_windows(pattern: re.Pattern) -> tuple[tuple[tuple[str, ...], int, int], ...] | None:
    """literal_plans with the nearest place of each plan's literal: (literals, reach, nearest), every match
    holding one of `literals` starting at least `nearest` and at most `reach` characters after its start
    (what the parse tree holds before the literal at least and at most). literal_finditer tries only the
    starts in that window before each place of a literal: [的]{2}军's 军 has one start, two characters
    before it, where reach alone would try three."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    try:
        tree = parsed_tree(pattern.pattern, pattern.flags)
        if tree.getwidth()[0] < 1 or RE_LITERAL_PREFIX(tree, pattern.flags)[0]:
            return None     # may match empty; or re finds a literal prefix fast by itself
        items = start_class_items(tree)
        if items is not None and len(items) == 1 and items[0][0] is _constants.LITERAL:
            return None     # one first character: re's literal search (install_start_classes)
        return _plan(tree)
    except (_Anything, RecursionError):
        return None


def _plan(tree) -> tuple[tuple[tuple[str, ...], int, int], ...] | None:
    c = _constants
    best = None
    plans: dict[frozenset, tuple] = {}     # every plan considered, by its literals: (key, reach, nearest)
    offset = 0          # the most characters a match can hold before the current item
    low = 0             # the fewest
    run: list[str] = []
    run_offset = run_low = 0

    def consider(literals, reach: int, nearest: int) -> None:
        nonlocal best
        if not literals or reach > _LITERAL_REACH:
            return
        literals = _minimal(literals)
        if len(literals) > (_MOST_CHARACTERS if max(map(len, literals)) == 1 else _MOST_LITERALS):
            return
        key = (min(map(len, literals)), -len(literals), -reach)
        if literals not in plans or key > plans[literals][0]:
            plans[literals] = (key, reach, nearest)
        if best is None or key > best[0]:
            best = (key, literals, reach, nearest)

    for op, av in tree.data:
        if op is c.LITERAL:
            if not run:
                run_offset, run_low = offset, low
            run.append(chr(av))
            offset += 1
            low += 1
            continue
        if run:
            consider(frozenset(("".join(run),)), run_offset, run_low)
            run = []
        if offset > _LITERAL_REACH:
            break
        if op is c.ASSERT and av[0] == 1:       # a look-ahead: what it reads starts here
            found = _required(av[1].data)
            if found:
                consider(found, offset + av[1].getwidth()[1] - min(map(len, found)), low)
            continue
        found = _required_item(op, av)
        fewest, width = _parser.SubPattern(tree.state, [(op, av)]).getwidth()
        if found:
            consider(found, offset + width - min(map(len, found)), low)
        offset += width
        low += fewest
    if run:
        consider(frozenset(("".join(run),)), run_offset, run_low)
    if best is None:
        return None
    _key, literals, reach, nearest = best
    first = (tuple(sorted(literals, key=lambda literal: (-len(literal), literal))), reach, min(nearest, reach))
    others = sorted(((key, tuple(sorted(found, key=lambda literal: (-len(literal), literal))), far, near)
                     for found, (key, far, near) in plans.items() if found != literals), reverse=True)
    return (first,) + tuple((found, far, min(near, far)) for _key, found, far, near in others[:_MOST_PLANS - 1])


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
