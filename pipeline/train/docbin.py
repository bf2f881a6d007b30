"""Corpus records -> spaCy Docs / DocBin, with an alignment report.

spaCy silently drops entity spans whose offsets do not fall on token
boundaries (warning W030). Here every span is aligned explicitly with
`Doc.char_span(..., alignment_mode="strict")`; a span that does not align is
counted and listed in the report (its tokens are marked missing, never taught
as "no entity"). With the character tokenisers the count is always 0.

`paragraph_records` cuts long documents at line breaks that no span crosses,
so the trainer sees paragraph-sized docs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.util import filter_spans

from pipeline.train import tokenizer as _tokenizer  # noqa: F401  (registers zhanji.CharTokenizer.v1)


@dataclass
class AlignmentReport:
    spans: int = 0
    aligned: int = 0
    dropped_label: int = 0          # spans of labels not trained (marked missing)
    misaligned: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    docs: int = 0

    @property
    def n_misaligned(self) -> int:
        return len(self.misaligned)

    def add(self, other: "AlignmentReport") -> None:
        self.spans += other.spans
        self.aligned += other.aligned
        self.dropped_label += other.dropped_label
        self.misaligned.extend(other.misaligned)
        self.docs += other.docs

    def summary(self) -> str:
        line = (f"{self.docs} docs, {self.spans} spans: {self.aligned} aligned, "
                f"{self.n_misaligned} NOT aligned to tokens, {self.dropped_label} of untrained labels")
        if self.misaligned:
            shown = "; ".join(f"{d}[{s}:{e}] {lab} {txt!r}" for d, s, e, lab, txt in self.misaligned[:5])
            line += f" (e.g. {shown})"
        return line


def blank_nlp(tokenizer: str = "char+bigram") -> Language:
    """A blank Chinese pipeline with the tokeniser a recipe names."""
    from pipeline.train.config import tokenizer_block

    cfg = {"nlp": {"tokenizer": spacy.util.srsly.json_loads(tokenizer_block(tokenizer))}}
    return spacy.blank("zh", config=cfg)


def record_spans(record: dict) -> list[tuple[int, int, str]]:
    """[(start, end, label)] from a record's `entities` (preferred) or `label`."""
    if record.get("entities") is not None:
        return [(e["start"], e["end"], e["label"]) for e in record["entities"]]
    return [(s, e, lab) for s, e, lab in record.get("label") or []]


def split_points(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """[start, end) pieces of `text` cut after line breaks that no span crosses."""
    inside = bytearray(len(text) + 1)
    for s, e in spans:
        inside[s + 1:e] = b"\x01" * max(0, e - s - 1)
    pieces, start = [], 0
    pos = text.find("\n")
    while pos != -1:
        if not inside[pos + 1]:
            pieces.append((start, pos + 1))
            start = pos + 1
        pos = text.find("\n", pos + 1)
    if start < len(text):
        pieces.append((start, len(text)))
    return [(s, e) for s, e in pieces if text[s:e].strip()]


def paragraph_records(record: dict) -> list[dict]:
    """A record cut into paragraph records (at line breaks no span crosses).

    Each piece has `text`, `entities` (start/end/label/text), `missing` and
    `id` "<id>#<n>"; offsets are relative to the piece.
    """
    text = record["text"]
    spans = sorted(record_spans(record))
    missing = [tuple(m[:2]) for m in record.get("missing") or []]
    out = []
    for n, (p_start, p_end) in enumerate(split_points(text, [(s, e) for s, e, _ in spans] + missing)):
        piece = text[p_start:p_end]
        ents = [{"start": s - p_start, "end": e - p_start, "label": lab, "text": text[s:e]}
                for s, e, lab in spans if p_start <= s and e <= p_end]
        miss = [[s - p_start, e - p_start] for s, e in missing if p_start <= s and e <= p_end]
        out.append({"id": f"{record.get('id', '')}#{n}", "text": piece, "entities": ents,
                    "missing": miss, "meta": dict(record.get("meta") or {})})
    return out


def record_to_doc(nlp: Language, record: dict, labels: set[str] | None = None
                  ) -> tuple[Doc, AlignmentReport]:
    """One Doc with gold entities. Spans of labels outside `labels`, spans that
    do not align to tokens and the record's `missing` spans are marked missing."""
    text = record["text"]
    report = AlignmentReport(docs=1)
    doc_id = str(record.get("id", ""))
    doc = nlp.make_doc(text)
    ents, unknown = [], []
    for s, e, label in sorted(record_spans(record)):
        report.spans += 1
        if labels is not None and label not in labels:
            report.dropped_label += 1
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                unknown.append(span)
            continue
        span = doc.char_span(s, e, label=label, alignment_mode="strict")
        if span is None:
            report.misaligned.append((doc_id, s, e, label, text[s:e]))
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is not None:
                unknown.append(span)
            continue
        report.aligned += 1
        ents.append(span)
    for s, e in (m[:2] for m in record.get("missing") or []):
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            unknown.append(span)
    ents = filter_spans(ents)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    unknown = [u for u in filter_spans(unknown)
               if not any(i in taken for i in range(u.start, u.end))]
    doc.set_ents(ents, missing=unknown, default="outside")
    return doc, report


def records_to_docs(nlp: Language, records: Iterable[dict], labels: set[str] | None = None
                    ) -> tuple[list[Doc], AlignmentReport]:
    docs: list[Doc] = []
    report = AlignmentReport()
    for record in records:
        doc, rep = record_to_doc(nlp, record, labels)
        docs.append(doc)
        report.add(rep)
    return docs, report


def write_docbin(docs: Iterable[Doc], path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    DocBin(docs=docs, store_user_data=False).to_disk(path)
    return path
