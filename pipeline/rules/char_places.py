"""Where characters and literals stand in a text, found with str.find and kept for the last texts (moved out
of scan.py, session 32).

The finders read one document's text in turn, and their anchors and gates share characters (第, 、, 为, 令 …):
the places of each character asked for are kept for the last texts (positions_of_char), a long text's places of
all its characters are sorted out at once in C (_char_index), a literal of two characters or more is read from
the places of its rarest character (literal_positions), and IndexedText answers `word in text` from them. The
scans of scan.py (anchored_finditer, rare_finditer, literal_finditer) find their anchors' places here.
"""

from __future__ import annotations


def char_positions(text: str, chars) -> list[int]:
    """Every position of one of `chars` (characters) in `text`, in order: what
    `re.finditer("[" + chars + "]", text)` finds, without compiling a class made for one document
    (re's cache of compiled patterns is soon full of them) nor testing each character against it."""
    return positions_at_most(text, chars, len(text))


def positions_at_most(text: str, chars: frozenset[str], most: int) -> list[int] | None:
    """Every position of one of `chars` in `text`, in order; None when there are more than `most`."""
    entry = _CHAR_PLACES
    if entry[0] is not text:
        entry = _places_of(text)
    if len(text) < INDEX_LENGTH and isinstance(chars, frozenset):
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
        found += hit if hit is not None else positions_of_char(text, char)
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
_CHAR_PLACES: list = [None, {}, None, None, {}]
_KEPT_PLACES: list[list] = []
_KEPT_TEXTS = 4
_INDEX_AFTER = 32
INDEX_LENGTH = 2000


def positions_of_char(text: str, char: str) -> list[int]:
    """Every position of `char` (one character) in `text`, in order; kept for the text. Not to be modified."""
    entry = _CHAR_PLACES
    if entry[0] is not text:
        entry = _places_of(text)
    places = entry[1]
    found = places.get(char)
    if found is None:
        index = entry[2]
        if index is None and len(places) >= _INDEX_AFTER and len(text) >= INDEX_LENGTH:
            index = entry[2] = _char_index(text)
        if index is not None:
            bounds, order = index
            span = bounds.get(char)
            found = places[char] = order[span[0]:span[1]].tolist() if span is not None else []
            return found
        found = places[char] = []
        if len(text) < INDEX_LENGTH:
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
    """The kept entry [text, places, index, characters, words] of `text` (a new one if it has none), made the
    current one; `words`: IndexedText's answers, literal → whether it stands in the text."""
    global _CHAR_PLACES
    kept = _KEPT_PLACES
    for i, entry in enumerate(kept):
        if entry[0] is text:
            del kept[i]
            break
    else:
        entry = [text, {}, None, None, {}]
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
        return positions_of_char(text, literal)
    if len(text) >= INDEX_LENGTH:
        return _string_places(text, literal)
    return _found_places(text, literal)


def _found_places(text: str, literal: str) -> list[int]:
    """Every position where `literal` starts in `text`, overlapping ones included, by str.find."""
    at = text.find(literal)
    if at == -1:
        return []
    found = []
    while at != -1:
        found.append(at)
        at = text.find(literal, at + 1)
    return found


def _string_places(text: str, literal: str) -> list[int]:
    """Every position where `literal` (two characters or more) starts in a long `text`, overlapping ones
    included, in order: read from the kept places of its rarest character (_char_positions), each tried with
    str.startswith. str.find reads a long Chinese text at several microseconds a literal even when the literal
    is absent (most are); the kept places say at once that a character of it is absent or rare. Where even
    its rarest character is common, str.find."""
    best, shift = _rarest_places(text, literal)
    if not best:
        return []
    if len(best) > _MANY_PLACES:
        return _found_places(text, literal)
    starts = text.startswith
    return [at - shift for at in best if at >= shift and starts(literal, at - shift)]


def _rarest_places(text: str, literal: str) -> tuple[list[int], int]:
    """The kept places of the rarest character of `literal` in `text` (the first at most _FEW_PLACES times
    stops the search; an absent one gives []) and that character's offset in `literal`."""
    best: list[int] = []
    shift = -1
    for i, char in enumerate(literal):
        places = positions_of_char(text, char)
        if not places:
            return places, i
        if shift < 0 or len(places) < len(best):
            best, shift = places, i
            if len(places) <= _FEW_PLACES:
                break
    return best, shift


# _string_places: a character standing at most _FEW_PLACES times is rare enough (no rarer one is looked for);
# past _MANY_PLACES places of its rarest character, str.find reads the text instead
_FEW_PLACES = 8
_MANY_PLACES = 60


class IndexedText(str):
    """A long text whose `literal in text` reads the kept places of its characters (_char_positions) instead of
    str.find's pass over the whole text: the finders gate on dozens of words each (hundreds a document, most of
    them absent), and str.find reads a Chinese text of 10,000 characters at 3-10 microseconds a word where the
    kept places of its rarest character say at once. The same answers as a plain str's; everything else is
    str's own (a slice is a plain str). extract.tag_pieces hands the finders one of these for each piece."""

    __slots__ = ()

    def __contains__(self, part) -> bool:
        entry = _CHAR_PLACES
        if entry[0] is not self:
            entry = _places_of(self)
        known = entry[4]
        found = known.get(part)
        if found is None:
            found = known[part] = _stands_in(self, part)
        return found


def _stands_in(text: str, part) -> bool:
    """`part in text`, read from the kept places of the rarest character of `part` (IndexedText)."""
    if type(part) is not str or len(part) < 2 or len(text) < INDEX_LENGTH:
        return str.__contains__(text, part)
    best, shift = _rarest_places(text, part)
    if not best:
        return False
    if len(best) > _MANY_PLACES:
        return str.__contains__(text, part)
    starts = text.startswith
    for at in best:
        if at >= shift and starts(part, at - shift):
            return True
    return False
