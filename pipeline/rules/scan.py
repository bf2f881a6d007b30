"""Scanning long texts faster than `pattern.finditer` when matches are rare, same matches.

`re` tries a pattern at every position of the text. When every match of a pattern
holds a character that is rare in the text (a space or line break after a post, say),
`anchored_finditer` only tries the starts within reach of such a character and yields
exactly what `pattern.finditer(text)` yields. `guarded` (pipeline.rules.pattern_facts, where what
a pattern's parse tree says is read) puts a first-character look-ahead in front of a pattern, so
`re` turns most positions away in one test.

`re` tests every character of a text against a class of CJK characters ([厅局处署]) one
by one, several nanoseconds a character: the rare characters an anchor (or a pattern,
`rare_finditer`) opens with are found with str.find instead, where they prove rare (the places
of characters and literals kept for the last texts are in char_places.py).
"""


from __future__ import annotations

import functools
import re
from typing import Iterator

from pipeline.rules.char_places import (   # the finders import literal_positions and char_positions from here too
    INDEX_LENGTH, char_positions, literal_positions, positions_at_most, positions_of_char,
)
from pipeline.rules.pattern_facts import (  # noqa: F401  (the scans' public helpers, used as scan.X)
    facts_of, alternative_guard, first_char_guard, guarded, per_pattern,
)
from pipeline.rules.pattern_literals import literal_windows


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
        return tried_at(pattern, text, hits)
    return _tried_from(pattern, text, hits, reach, words_before, plan[4])


# what anchored_finditer reads of a pattern and its anchor at every call, with one look-up:
# (pattern, anchor, whether re skips to the pattern's starts by itself (reach 0 only), the anchor's _facts,
# the search of the pattern's start class); held, so the ids stay their own
_ANCHORED_PLANS: dict[tuple, tuple] = {}


def _anchored_plan(pattern: re.Pattern, anchor: re.Pattern, reach: int, no_words: bool) -> tuple:
    facts = facts_of(pattern)
    return pattern, anchor, reach == 0 and no_words and facts[1], facts_of(anchor), facts[4]


def tried_at(pattern: re.Pattern, text: str, hits) -> Iterator[re.Match]:
    """anchored_finditer's matches when a match starts at the anchor's own place: tried there (a start class
    would only say what the try does), in order, from the end of the last match. Also `pattern.finditer(text)`
    itself for a pattern that never matches empty and whose every match starts at one of `hits` (sorted)."""
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
    return _tried_from(pattern, text, hits, reach, words_before, facts_of(pattern)[4])


def _tried_from(pattern: re.Pattern, text: str, hits, reach: int, words_before: frozenset[str] | None,
                next_start, nearest: int = 0) -> Iterator[re.Match]:
    """_tried_before, `next_start` the search of the pattern's start class (None: any character); with
    `nearest`, the character or literal stands at least that many characters after a match's start, so the
    starts tried before each place end there (literal_windows)."""
    match_at = pattern.match
    floor = 0   # no match starts before it: the last match's end, and every start tried so far
    for at in hits:
        start = at - reach
        if start < floor:
            start = floor
        last = at - nearest     # the last start within reach of this place
        while start <= last:
            if next_start is not None:   # jump to the next possible start, the anchor's own place included
                found = next_start(text, start, last + 1)
                if found is None:
                    start = last + 1
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
        return iter(scanned_starts(anchor, text))
    return iter(starts)


def scanned_starts(anchor: re.Pattern, text: str) -> list[int]:
    """Where the matches of `anchor.finditer(text)` start, for an anchor whose characters are common
    in the text: an anchor that is one character of a few ([长令], 日) reads the places of its characters
    found for the text before (_char_positions), others are scanned by `re`."""
    return _scanned_starts_of(facts_of(anchor), text)


def _scanned_starts_of(facts: tuple, text: str) -> list[int]:
    """scanned_starts of the anchor whose _facts are `facts`."""
    chars = facts[5]
    if chars is None:
        return [hit.start() for hit in facts[0].finditer(text)]
    if len(chars) == 1:
        for char in chars:
            return positions_of_char(text, char)
    return positions_at_most(text, chars, len(text))


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
    facts = facts_of(anchor)
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
    positions = positions_at_most(text, firsts, len(text) // cost)
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
    facts = facts_of(pattern)
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


def run_back_finditer(pattern: re.Pattern, text: str, literal: str, run_chars: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern whose every match holds the character `literal`
    with only characters of `run_chars` (never `literal`) before it (a number before its counter: `50余家`):
    a match starts in the run of `run_chars` right before a place of `literal`, or there. Each place's
    run is read back and its starts tried in order, each once, from the end of the last match (as finditer
    does), instead of `re` trying every character of the text (an unbounded number reaches too far back
    for literal_finditer)."""
    match_at = pattern.match
    end = 0
    for at in positions_of_char(text, literal):
        if at < end:
            continue
        start = at
        while start > end and text[start - 1] in run_chars:
            start -= 1
        while start <= at:
            match = match_at(text, start)
            if match is not None:
                yield match
                end = match.end()
                break
            start += 1


@functools.lru_cache(maxsize=None)
def _item_run(item_chars: re.Pattern, longest: int) -> re.Pattern:
    return re.compile(f"(?:{item_chars.pattern}){{1,{longest}}}$", item_chars.flags)


# a place found with str.find costs about as much as re's scan of this many characters of a text for
# a class of CJK characters, and a place tried with anchor.match this many
_FOUND_COST = 20
_TRY_COST = 100
# anchors whose first characters proved common in a text this long (the same matches either way)
_COMMON_FIRSTS: dict[tuple[int, int], re.Pattern] = {}
_LEARNT_LENGTH = 2000


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
# a plan whose literals stand at most this many times in the text is used without counting the others
_FEW_HITS = 2


def literal_finditer(pattern: re.Pattern, text: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, found from the places of the literal strings every match
    holds (one of them, at most _LITERAL_REACH characters after its start: `literal_plan`), when they are
    rare in the text: the starts before each place are tried as anchored_finditer tries them, instead of
    `re` testing every character of the text for a possible start. Where no such literal is known or
    they are common, `re` scans. A text that holds none of them has no match at all."""
    plans = literal_windows(pattern)
    if plans is None:
        return pattern.finditer(text)
    plan = plans[0]
    most = len(text) // _LITERAL_COST
    hits = _literal_hits(text, plan[0], most)
    if len(plans) > 1 and (hits is None or len(hits) > _FEW_HITS):
        plan = _rarest_plan(text, plans)
        hits = _literal_hits(text, plan[0], most) if plan is not plans[0] else hits
    if hits is None:
        return pattern.finditer(text)
    if not hits:
        return iter(())
    return _tried_from(pattern, text, hits, plan[1], None, facts_of(pattern)[4], plan[2])


def _rarest_plan(text: str, plans) -> tuple[tuple[str, ...], int]:
    """The plan whose literals stand fewest times in `text` (the first of them on a tie): a pattern's
    best literal by its parse tree may be common in a text (军 in an army's history) where another
    it holds is rare. Characters are counted from the text's kept places, longer literals by str.count."""
    best = plans[0]
    fewest = -1
    for plan in plans:
        count = 0
        for literal in plan[0]:
            count += len(positions_of_char(text, literal)) if len(literal) == 1 else text.count(literal)
        if fewest < 0 or count < fewest:
            best, fewest = plan, count
    return best


def _literal_hits(text: str, literals: tuple[str, ...], most: int) -> list[int] | None:
    """Every place one of `literals` starts in `text`, in order; None when there are more than `most`."""
    hits: list[int] = []
    for literal in literals:
        if len(literal) == 1 or len(text) >= INDEX_LENGTH:
            found = literal_positions(text, literal)   # the kept places of its (rarest) character
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


# --------------------------------------------------------------------------- values kept for the last text

def per_last_text(compute):
    """`compute(text)` kept for the last text it was asked for, by that text's identity: the finders
    that run on one document's text read the same scan (the matches of a lexicon, of the titles), and
    the text is held with its value so its id stays its own. The value is shared: not to be modified."""
    last: list = [None, None]

    @functools.wraps(compute)
    def kept(text: str):
        if last[0] is not text:
            value = compute(text)
            last[0], last[1] = text, value
        return last[1]

    return kept


# --------------------------------------------------------------------------- scans from clause starts

def clause_start_finditer(pattern: re.Pattern, text: str, marks: str) -> Iterator[re.Match]:
    """The matches of `pattern.finditer(text)`, for a pattern whose every match starts at the text's start
    or right after one of `marks` (`(?:^|(?<=[。\\n]))…` with `marks` "。\\n"; with re.M, "\\n" must be
    among them): only those places are tried, each with `pattern.match` from the end of the last match
    (its look-behinds see the whole text), instead of `re` trying every character of the text."""
    starts = [at + 1 for at in char_positions(text, marks)]
    if not starts or starts[0] != 0:
        starts.insert(0, 0)
    return _tried_once(pattern, text, starts)
