"""The paragraph machinery of the English finder (pipeline.rules.english `find_english`): every generator run
paragraph by paragraph (`paragraph_candidates`), a closing quote put outside a name, overlapping candidates
resolved (`_resolve`), and the values read from the whole document (units' sides, DATE values)."""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate


def resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest, then highest-priority candidate; drop anything overlapping it."""
    chosen: list[Candidate] = []
    taken = bytearray()
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if len(taken) < cand.end:
            taken.extend(b"\0" * (cand.end - len(taken)))
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\1" * (cand.end - cand.start)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


def sides_from_document(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Units written without a side take it from the document (norm_en.document_sides)."""
    units = [c for c in cands if c.label == "MIL_UNIT"]
    if not any(c.norm.get("numbers") and c.norm.get("side") is None for c in units):
        return cands
    completed = norm_en.document_sides(text, [(c.start, c.end, c.norm) for c in units])
    by_start = {c.start: norm for c, norm in zip(units, completed)}
    return [Candidate(c.start, c.end, c.label, c.source, c.priority, by_start[c.start])
            if c.label == "MIL_UNIT" else c for c in cands]


def add_date_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Fill DATE values with document context (see normalize_dates_en)."""
    dates = [c for c in cands if c.label == "DATE"]
    values = dict(zip((c.start for c in dates),
                      norm_en.normalize_dates_en(text, [(c.start, c.end) for c in dates],
                                                 [c.norm for c in dates])))
    return [Candidate(c.start, c.end, c.label, c.source, c.priority, values[c.start]) if c.label == "DATE" else c
            for c in cands]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\r?\n")


def paragraph_candidates(text: str, generators) -> list[Candidate]:
    """Candidates of every generator (`generate(piece, local)`), paragraph by paragraph: no span crosses a
    blank line (a single line break inside hard-wrapped text may be crossed)."""
    cands: list[Candidate] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        piece = text[start:end]
        if piece.strip():
            local: list[Candidate] = []
            for generate in generators:
                generate(piece, local)
            cands.extend(c if not start else Candidate(c.start + start, c.end + start, c.label, c.source,
                                                       c.priority, c.norm)
                         for c in local)
        start = brk.end() if brk else end
    return [_without_closing_quote(text, c) for c in cands]


def _without_closing_quote(text: str, cand: Candidate) -> Candidate:
    """A name read up to the single quote that closes it ('Battle of Guadalcanal'): the quote is outside
    the span (rule 13). An apostrophe inside a name (Xi'an) or of a plural possessive ('the Marines'')
    is kept where no opening quote stands before the span."""
    if cand.end - cand.start > 2 and text[cand.end - 1] in "'\u2019" and text[cand.end - 2].isalpha() \
            and cand.start > 0 and text[cand.start - 1] in "'\u2018":
        return Candidate(cand.start, cand.end - 1, cand.label, cand.source, cand.priority, cand.norm)
    return cand
