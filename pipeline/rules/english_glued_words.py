"""Words glued where a line break was lost, read again with the glue undone, in English text.

`find_glued_words(text, out)` (runs after the other generators): words glued where a line break was lost ('reported
that3,500 Chinese soldiers', 'lost 40mules', 'the KPA12th Regiment', 'held out untilAugust 9'), a word hyphenated
across a line break ('Regi-\nment') and the mojibake apostrophe: a window round the glue is read again by the other
generators with the glue undone (pipeline.normalize.english_ocr_glue_clock_values.glue_edits), and what they see at a glue point is
mapped back onto the text as written.

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import bisect

from pipeline.spans import Candidate
from pipeline.normalize.english_ocr_glue_clock_values import glue_edits as _glue_edits

WINDOW = 160          # characters of context read again on each side of a run of glue points
# the generators written with this reading (real-dev7-en's forms, one generator until session 24) read no window
# again: they read the text as written
UNGLUED_UNREAD = frozenset(("find_arm_regiments", "find_clock_ocr_dates", "find_embassy_press_orgs",
                            "find_peak_compass_places", "find_caps_rank_names", "find_lower_case_heads",
                            "find_glued_words"))


def find_glued_words(text: str, out: list) -> None:
    edits = _glue_edits(text)
    if not edits:
        return
    from pipeline.rules import english  # noqa: PLC0415  (english imports this module)

    generators = [g for g in english._GENERATORS if g.__name__ not in UNGLUED_UNREAD]
    groups: list[list] = []
    for edit in edits:                     # glue points closer than two windows are read together
        if groups and edit[0] - groups[-1][-1][1] < 2 * WINDOW:
            groups[-1].append(edit)
        else:
            groups.append([edit])
    for group in groups:
        lo, hi = max(0, group[0][0] - WINDOW), min(len(text), group[-1][1] + WINDOW)
        if lo > 0:                         # whole words only
            space = text.find(" ", lo, group[0][0])
            lo = space + 1 if space != -1 else lo
        if hi < len(text):
            space = text.rfind(" ", group[-1][1], hi)
            hi = space if space != -1 else hi
        _read_again(text, lo, hi, [(a - lo, b - lo, r) for a, b, r in group], generators, out)


def _read_again(text: str, lo: int, hi: int, edits: list, generators: list, out: list) -> None:
    """Run the other finders on text[lo:hi] with the edits applied; keep what they find at a glue point."""
    window = text[lo:hi]
    pieces, new_starts, old_starts, points = [], [], [], []
    old = new = 0
    for start, end, repl in edits:
        pieces += [window[old:start], repl]
        new_starts.append(new)
        old_starts.append(old)
        new += start - old
        points.append((new, new + len(repl)))
        new += len(repl)
        old = end
    pieces.append(window[old:])
    new_starts.append(new)
    old_starts.append(old)
    fixed = "".join(pieces)

    def to_old(pos: int) -> int:
        i = bisect.bisect_right(new_starts, pos) - 1
        offset = pos - new_starts[i]
        if i < len(edits) and offset >= edits[i][0] - old_starts[i]:
            return edits[i][0]             # inside an inserted space or a replacement
        return old_starts[i] + offset

    found: list[Candidate] = []
    for generate in generators:
        generate(fixed, found)
    for cand in found:
        if not any(cand.start - 1 <= b and cand.end + 1 >= a for a, b in points):
            continue
        start, end = lo + to_old(cand.start), lo + to_old(cand.end - 1) + 1
        if start >= end or text[start:end].strip() != text[start:end]:
            continue
        out.append(Candidate(start, end, cand.label, cand.source, cand.priority, cand.norm))
