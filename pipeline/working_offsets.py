"""The working text's offset maps (for working.py): DeletionMap between a text and the same text with
some characters deleted, and WorkingMap, the one map from an original text through its OpenCC
conversion (script.OffsetMap, often the identity) and the deletions to the working text, both ways.
"""

from __future__ import annotations

import bisect
import itertools

from pipeline.script import OffsetMap


class DeletionMap:
    """Offsets between a text and the same text with some characters deleted."""

    def __init__(self, deleted: list[tuple[int, int]], src_len: int):
        """`deleted`: sorted, disjoint (start, end) spans of the source."""
        self.src_len = src_len
        ends = [0] + [b for _, b in deleted]
        starts = [a for a, _ in deleted] + [src_len]
        runs = [(e, s - e) for e, s in zip(ends, starts) if s > e]
        self._src = [e for e, _ in runs] or [0]
        self._len = [n for _, n in runs] or [0]
        self._dst = [0, *itertools.accumulate(self._len)]
        self.dst_len = self._dst.pop()
        self.identity = self.dst_len == src_len

    def to_src(self, pos: int) -> int:
        """The original position of working character `pos` (dst_len → src_len)."""
        if self.identity:
            return pos
        if pos >= self.dst_len:
            return self.src_len
        i = bisect.bisect_right(self._dst, pos) - 1
        return self._src[i] + pos - self._dst[i]

    def to_dst(self, pos: int) -> int:
        """How many kept characters come before original position `pos`."""
        if self.identity:
            return pos
        i = bisect.bisect_right(self._src, pos) - 1
        if i < 0:
            return 0
        return self._dst[i] + min(pos - self._src[i], self._len[i])

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        if end <= start:
            a = self.to_src(start)
            return a, a
        return self.to_src(start), self.to_src(end - 1) + 1

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        return self.to_dst(start), self.to_dst(end)

    def spans_to_src(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """[span_to_src(start, end) for each span], computed in one pass (a document's entities)."""
        if self.identity:
            return [(start, end) if end > start else (start, start) for start, end in spans]
        src, dst, dst_len, src_len = self._src, self._dst, self.dst_len, self.src_len
        bisect_right = bisect.bisect_right
        out = []
        for start, end in spans:
            if start >= dst_len:
                a = src_len
            else:
                i = bisect_right(dst, start) - 1
                a = src[i] + start - dst[i]
            if end <= start:
                out.append((a, a))
                continue
            last = end - 1
            if last >= dst_len:
                b = src_len + 1
            else:
                i = bisect_right(dst, last) - 1
                b = src[i] + last - dst[i] + 1
            out.append((a, b))
        return out


class WorkingMap:
    """The one offset map between an original text and its working text, both ways:
    script conversion (OpenCC OffsetMap, often the identity) then deletions."""

    def __init__(self, conversion: OffsetMap | None, deletions: DeletionMap):
        self._conv = None if conversion is None or conversion.identity else conversion
        self._del = deletions
        self.identity = self._conv is None and deletions.identity
        self.src_len = conversion.src_len if self._conv else deletions.src_len
        self.dst_len = deletions.dst_len

    def to_src(self, pos: int) -> int:
        pos = self._del.to_src(pos)
        return self._conv.to_src(pos) if self._conv else pos

    def to_dst(self, pos: int) -> int:
        if self._conv:
            pos = self._conv.to_dst(pos)
        return self._del.to_dst(pos)

    def span_to_src(self, start: int, end: int) -> tuple[int, int]:
        a, b = self._del.span_to_src(start, end)
        return self._conv.span_to_src(a, b) if self._conv else (a, b)

    def span_to_dst(self, start: int, end: int) -> tuple[int, int]:
        if self._conv:
            start, end = self._conv.span_to_dst(start, end)
        return self._del.span_to_dst(start, end)

    def spans_to_src(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """[span_to_src(start, end) for each span] (the deletions' part in one pass)."""
        found = self._del.spans_to_src(spans)
        if self._conv:
            conv = self._conv.span_to_src
            return [conv(a, b) for a, b in found]
        return found
