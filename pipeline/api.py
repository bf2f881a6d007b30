"""Workflows behind the CLI, usable from Python: evaluate a corpus, convert files."""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.evaluate import score
from pipeline.record import read_records, write_records


def _extract_gold_texts(gold: list[dict], options) -> list[dict]:
    from pipeline.extract import extract_text

    return [extract_text(g["text"], str(g.get("id")), source="gold", options=options)
            for g in gold]


def evaluate_corpus(gold_path: str, *, pred: str | None = None, model: str | None = None,
                    rules_only: bool = False, compare: bool = False) -> list[dict]:
    """Score predictions (a file, or extraction run now) against a gold corpus.

    Returns one report per configuration: {"title", "result", "scores", "texts", "notes"}.
    With `compare`, rules alone, the model alone and both are scored.
    """
    from pipeline.extract import Options

    gold = read_records(gold_path)
    texts = {str(g.get("id")): g["text"] for g in gold}
    runs: list[tuple[str, list[dict], list[str]]] = []
    if pred:
        preds = read_records(pred)
        runs.append((f"predictions {pred}", preds, []))
    else:
        options = Options.default(model, rules_only)
        configs = [("rules + model" if options.model else "rules only", options)]
        if compare:
            if not options.model:
                raise ZhanjiError("--compare needs a model (--model DIR or the default model)")
            configs = [("rules only", Options(None)), ("rules + model", options),
                       ("model only", options)]
        for title, opts in configs:
            notes = _model_notes(opts.model, gold)
            if title == "model only":
                preds = _model_only(gold, opts.model)
            else:
                preds = _extract_gold_texts(gold, opts)
            runs.append((f"{title} on {gold_path}", preds, notes))
    reports = []
    for title, preds, notes in runs:
        scores = score(gold, preds)
        reports.append({"title": title, "result": scores.as_dict(), "scores": scores,
                        "texts": texts, "notes": notes})
    return reports


def _model_notes(model: str | None, gold: list[dict]) -> list[str]:
    if not model:
        return []
    from pipeline.ner_model import model_info, model_saw_text

    info = model_info(model)
    hits = [g.get("id") for g in gold if model_saw_text(info, g["text"])]
    notes = [f"model {model} ({info.get('name', '')} {info.get('version', '')})".strip()]
    if hits:
        notes.append(f"the model was trained on {len(hits)} of these gold document(s) "
                     f"({', '.join(map(str, hits))}): its scores here are optimistic; the model card gives "
                     "figures from the same recipe trained without them")
    return notes


def _model_only(gold: list[dict], model: str) -> list[dict]:
    from pipeline.ner_model import load_ner, model_candidates
    from pipeline.record import entity, make_record

    nlp = load_ner(model)
    out = []
    for g in gold:
        ents = [entity(c.start, c.end, c.label, g["text"], {}, c.source)
                for c in model_candidates(nlp, g["text"])]
        out.append(make_record(str(g.get("id")), g["text"], ents, {}))
    return out


def convert_file(source: str, output: str, config: str, encoding: str | None = None) -> int:
    """Convert a text file or a corpus JSONL; returns the number of records (0 for text)."""
    from pipeline.io import atomic_write_text, read_source
    from pipeline.script import convert_record, convert_text

    if Path(source).suffix == ".jsonl":
        records = [convert_record(r, config) for r in read_records(source)]
        return write_records(output, records)
    text = read_source(source, encoding).text
    atomic_write_text(output, convert_text(text, config))
    return 0


def write_docbin_file(path: str, records) -> str:
    """Write records as a spaCy DocBin (character tokens, so every span aligns), atomically.

    Returns the alignment summary (spans that could not be aligned are counted, never dropped
    silently).
    """
    from spacy.tokens import DocBin

    from pipeline.io import atomic_write_bytes
    from pipeline.train.docbin import blank_nlp, records_to_docs

    docs, report = records_to_docs(blank_nlp("char"), records)
    atomic_write_bytes(path, DocBin(docs=docs, store_user_data=False).to_bytes())
    return report.summary()
