"""Workflows behind the CLI, usable from Python: evaluate a corpus, convert files."""

from __future__ import annotations

import json
from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.evaluate import score
from pipeline.record import read_records, write_records


def _extract_gold_texts(gold: list[dict], options) -> list[dict]:
    from pipeline.extract import extract_text

    return [extract_text(g["text"], str(g.get("id")), source="gold", options=options)
            for g in gold]


def record_language(record: dict) -> str:
    """"en" or "zh" for a gold record: its meta.script/lang when given, else detected."""
    meta = record.get("meta") or {}
    stated = meta.get("lang") or meta.get("script")
    if stated:
        return "en" if str(stated).startswith("en") else "zh"
    from pipeline.lang import detect_language

    return "en" if detect_language(record["text"]) == "en" else "zh"


def evaluate_corpus(gold_path: str, *, pred: str | None = None, model: str | None = None,
                    rules_only: bool = False, compare: bool = False,
                    lang: str | None = None) -> list[dict]:
    """Score predictions (a file, or extraction run now) against a gold corpus.

    Returns one report per configuration: {"title", "result", "scores", "texts", "notes"}.
    With `compare`, rules alone, the model alone and both are scored. With `lang`
    ("zh" or "en") only the gold documents in that language are scored.
    """
    from pipeline.evaluate import check_pairing, unique_ids
    from pipeline.extract import DEFAULT_MODEL_NAME, Options

    gold = read_records(gold_path)
    unique_ids(gold, gold_path)
    if lang:
        gold = [g for g in gold if record_language(g) == lang]
        if not gold:
            raise ZhanjiError(f"no gold document in language {lang!r}", path=gold_path)
    texts = {str(g.get("id")): g["text"] for g in gold}
    runs: list[tuple[str, list[dict], list[str]]] = []
    if pred:
        preds = read_records(pred)
        if lang:
            preds = [p for p in preds if str(p.get("id")) in texts]
        check_pairing(gold, preds, pred)
        runs.append((f"predictions {pred}", preds, []))
    else:
        if compare and model is None and not rules_only:
            model = DEFAULT_MODEL_NAME  # --compare alone: the shipped model against the rules
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
            runs.append((f"{title} on {gold_path}" + (f" ({lang})" if lang else ""), preds, notes))
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


def source_format(source: str) -> str:
    """"corpus" or "text" for a convert SOURCE: by content, with the name as a cross-check.

    A name ending in .jsonl (any case) is a corpus. Otherwise a file that looks like
    JSON (its first line a JSON object, or a .json name) is ambiguous and refused:
    converting a corpus as plain text would move every offset.
    """
    suffix = Path(source).suffix.lower()
    if suffix == ".jsonl":
        return "corpus"
    try:
        with open(source, "rb") as handle:
            head = handle.read(1 << 16)
    except OSError:
        return "text"  # read_source names the problem
    first = head.decode("utf-8-sig", errors="replace").lstrip().split("\n", 1)[0].strip()
    looks_json = suffix == ".json" or (first.startswith("{") and first.endswith("}"))
    if looks_json:
        raise ZhanjiError("looks like JSON but is not named .jsonl: is it a corpus or a text? "
                          "say so with --input-format corpus or --input-format text "
                          "(or rename a corpus to .jsonl)", path=source)
    return "text"


def convert_file(source: str, output: str, config: str, encoding: str | None = None,
                 input_format: str | None = None) -> int:
    """Convert a text file or a corpus JSONL; returns the number of records (0 for text)."""
    from pipeline.io import atomic_write_text, read_source
    from pipeline.script import convert_record, convert_text

    if (input_format or source_format(source)) == "corpus":
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
