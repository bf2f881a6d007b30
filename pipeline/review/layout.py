"""Documents as doccano examples: paragraph cutting and UTF-16 offsets.

doccano stores whatever offsets it is given, but its browser front end counts in
JavaScript string units (UTF-16 code units) unless a project uses grapheme mode.
zhanji's records count code points (Python `str` indices). Pushed projects keep
grapheme mode off, and spans cross the wire in UTF-16 units, so a character
outside the BMP (𠮷, U+20BB7) counts 2 in doccano and 1 in the record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import accumulate

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def utf16_prefix(text: str) -> list[int]:
    """prefix[i] = UTF-16 length of text[:i] (len(text) + 1 entries)."""
    return [0, *accumulate(2 if ord(ch) > 0xFFFF else 1 for ch in text)]


def to_utf16(text: str, offset: int) -> int:
    return offset + sum(1 for ch in text[:offset] if ord(ch) > 0xFFFF)


def from_utf16(text: str, unit_offset: int) -> int | None:
    """Code-point offset for a UTF-16 offset; None if it splits a surrogate pair or is out of range."""
    prefix = utf16_prefix(text)
    lo, hi = 0, len(prefix) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if prefix[mid] == unit_offset:
            return mid
        if prefix[mid] < unit_offset:
            lo = mid + 1
        else:
            hi = mid - 1
    return None


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int  # code-point offset of the paragraph in the document
    end: int
    after: str  # the text between this paragraph and the next one (line breaks, blank lines)


def cut_paragraphs(text: str, spans: list[tuple[int, int, str]] = ()) -> tuple[str, list[Paragraph]]:
    """Split at line breaks; drop blank lines; never cut through a span.

    Returns (text before the first paragraph, paragraphs). Joining `before`,
    then each paragraph's text and `after`, gives back `text` exactly.
    """
    pieces: list[list[int]] = []  # [start, end] of non-blank lines
    pos = 0
    for match in _LINE_BREAK.finditer(text + "\n"):
        line_end = min(match.start(), len(text))
        line = text[pos:line_end]
        if line.strip():  # doccano trims white space around an example's text: keep it outside
            pieces.append([pos + len(line) - len(line.lstrip()), line_end - len(line) + len(line.rstrip())])
        pos = match.end()
    # a span crossing a line break glues the lines it touches into one paragraph
    merged: list[list[int]] = []
    ordered = sorted(spans)
    next_span, max_end = 0, -1
    for piece in pieces:
        while next_span < len(ordered) and ordered[next_span][0] < piece[0]:
            max_end = max(max_end, ordered[next_span][1])
            next_span += 1
        if merged and max_end > merged[-1][1]:
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    # spans lying entirely in dropped blank stretches (whitespace-only spans are invalid anyway)
    for s, e, _ in ordered:
        if not any(p[0] <= s and e <= p[1] for p in merged):
            raise ValueError(f"span [{s}, {e}] does not lie inside one paragraph")
    if not merged:
        return text, []
    before = text[: merged[0][0]]
    paragraphs = []
    for i, (start, end) in enumerate(merged):
        next_start = merged[i + 1][0] if i + 1 < len(merged) else len(text)
        paragraphs.append(Paragraph(i, start, end, text[end:next_start]))
    return before, paragraphs
