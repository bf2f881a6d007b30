"""Long texts in overlapping pieces, so that nothing found near a cut is lost.

Taggers see a long document one piece at a time (the rule pipeline ~100,000
characters, the statistical model ~4,000). A piece ends at a line break where
one falls in the second half of its window, else after a sentence end, else
anywhere; in every case the tagger reads OVERLAP characters of context past
both ends of the piece. A span is kept by the piece whose own stretch
`[keep_start, keep_end)` holds its start, and is dropped when it overlaps a
span kept earlier; so a span crossing a cut is found whole (it lies inside the
context) and kept once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Iterator, TypeVar

OVERLAP = 400  # characters of context on each side: longer than any entity the finders allow
_SENTENCE_END = re.compile(r"[。！？；!?;…](?![。！？；!?;…”’」』）)])")


@dataclass(frozen=True)
class Piece:
    """`text[read_start:read_end]` is what the tagger reads; it keeps spans starting in
    `[keep_start, keep_end)`."""

    read_start: int
    read_end: int
    keep_start: int
    keep_end: int


def _cut(text: str, start: int, size: int) -> int:
    """Where the piece starting at `start` ends: after a line break, a sentence end, or hard."""
    end = start + size
    if end >= len(text):
        return len(text)
    half = start + size // 2
    cut = text.rfind("\n", half, end)
    if cut != -1:
        return cut + 1
    last = None
    for last in _SENTENCE_END.finditer(text, half, end):
        pass
    return last.end() if last is not None else end


def pieces(text: str, size: int, overlap: int = OVERLAP) -> Iterator[Piece]:
    """The pieces of `text`; one piece (no context needed) when it fits in `size`."""
    if len(text) <= size:
        yield Piece(0, len(text), 0, len(text))
        return
    start = 0
    while start < len(text):
        end = _cut(text, start, size)
        yield Piece(max(0, start - overlap), min(len(text), end + overlap), start, end)
        start = end


T = TypeVar("T")


def keep(piece: Piece, found: Iterable[tuple[int, int, T]], kept_end: int) -> tuple[list[tuple[int, int, T]], int]:
    """Spans of one piece (document offsets, sorted by start) that this piece keeps.

    `kept_end` is where the spans kept so far end; returns the kept spans and the new end.
    """
    out = []
    for start, end, item in found:
        if piece.keep_start <= start < piece.keep_end and start >= kept_end:
            out.append((start, end, item))
            kept_end = max(kept_end, end)
    return out, kept_end
