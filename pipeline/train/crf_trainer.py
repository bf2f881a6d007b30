"""`zhanji train --arch crf`: a spaCy pipeline whose `ner` is the CRF character tagger.

Same steps as `trainer.train` (paragraphs, train/dev split, `--scripts both`,
labels, exact-span dev scores, meta.json with the zhanji block, model card),
but the model is `pipeline/train/crf.py` trained with L-BFGS (no early stopping:
the dev split only scores it) inside a blank pipeline with
`zhanji.CharTokenizer.v1` and the `zhanji_crf_ner` component. A CRF has no
"unknown" label, so a paragraph that holds a span marked missing (an
untrained label) is left out of the CRF's training data rather than taught
that its entity is no entity; the log says how many.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from pipeline.errors import ZhanjiError
from pipeline.train.crf import CrfRecipe, relabel_majority, train_crf
from pipeline.train.docbin import blank_nlp
from pipeline.train.trainer import (PIPELINE, SCRIPTS, add_other_script, dev_article_hashes, dir_size_mb,
                                    score_model, train_dev_pieces, trained_text_hashes, write_meta)


def _piece_record(piece: dict, labels: set[str]) -> dict | None:
    """A paragraph piece as a CRF record; None when it holds a missing span or an untrained label."""
    if piece.get("missing"):
        return None
    spans = [[e["start"], e["end"], e["label"]] for e in piece.get("entities", [])]
    if any(s[2] not in labels for s in spans):
        return None
    return {"text": piece["text"], "label": spans}


def train_crf_pipeline(records: list[dict], output_dir: str | Path, *, dev_records: list[dict] | None = None,
                       recipe: CrfRecipe = CrfRecipe(), labels: list[str] | None = None,
                       scripts: str = "simplified", dev_fraction: float = 0.1, seed: int = 0,
                       denoise: bool = False, training_data: list[str] | None = None,
                       log: Callable[[str], None] | None = None) -> dict:
    """Train the CRF pipeline into `output_dir`; returns its "zhanji" meta block."""
    import datetime as _dt

    from pipeline.train.crf_component import FACTORY

    log = log or (lambda msg: print(msg, file=sys.stderr))
    if scripts not in SCRIPTS:
        raise ZhanjiError(f"unknown --scripts {scripts!r} (one of: {', '.join(SCRIPTS)})")
    if not records:
        raise ZhanjiError("no training records")
    train_pieces, dev_pieces = train_dev_pieces(records, dev_records, dev_fraction, seed)
    if scripts == "both":
        train_pieces = add_other_script(train_pieces)
        dev_pieces = add_other_script(dev_pieces)
    if labels is None:
        labels = sorted({e["label"] for p in train_pieces for e in p["entities"]})
    if not labels:
        raise ZhanjiError("the training records contain no entities")
    label_set = set(labels)
    train_recs = [r for r in (_piece_record(p, label_set) for p in train_pieces) if r is not None]
    left_out = len(train_pieces) - len(train_recs)
    if not any(r["label"] for r in train_recs):
        raise ZhanjiError("no training paragraph holds an entity of the labels to train")
    log(f"train: {len(train_recs)} paragraphs"
        + (f" ({left_out} left out: they hold spans of labels not trained)" if left_out else ""))
    relabelled = 0
    if denoise:
        train_recs, relabelled = relabel_majority(train_recs)
        log(f"label cleaning: {relabelled} training spans take the majority label of their string")

    output_dir = Path(output_dir)
    started = time.time()
    nlp = blank_nlp("char+bigram")
    with tempfile.TemporaryDirectory(prefix="zhanji-crf-") as tmp:
        train_crf(train_recs, tmp, recipe)
        nlp.add_pipe(FACTORY, name="ner").load_model(tmp)
        nlp.to_disk(output_dir)
    seconds = round(time.time() - started, 1)

    import spacy

    from pipeline.train import tokenizer as _tok  # noqa: F401  registers zhanji.CharTokenizer.v1

    scores = score_model(spacy.load(output_dir), dev_pieces, label_set)
    seen = trained_text_hashes(records, scripts)
    block = {
        "pipeline": PIPELINE,
        "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "labels": labels,
        "scripts": scripts,
        "recipe": {**recipe.as_dict(), "tokenizer": "char+bigram", "seed": seed, "denoise": denoise},
        "training_data": training_data or ["user corpus"],
        "n_train_docs": len(train_recs),
        "n_dev_docs": len(dev_pieces),
        "dev": "given dev records" if dev_records else f"{dev_fraction:.0%} of the paragraphs held out (seed {seed})",
        "alignment": {"train_spans": sum(len(r["label"]) for r in train_recs), "train_misaligned": 0,
                      "dev_spans": sum(len(p["entities"]) for p in dev_pieces), "dev_misaligned": 0},
        "left_out_paragraphs": left_out,
        "relabelled_train_spans": relabelled,
        "scores": scores,
        "train_seconds": seconds,
        "trained_text_sha256": seen,
        "seen_dev_article": bool(set(seen) & dev_article_hashes()),
    }
    write_meta(output_dir, block)
    meta_path = output_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["description"] = "zhanji NER tagger (linear-chain CRF over characters, python-crfsuite, CPU)"
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    from pipeline.train.card import write_card

    write_card(output_dir)
    log(f"model written to {output_dir} ({dir_size_mb(output_dir)} MB, {seconds} s); "
        f"dev micro F1 {scores['micro']['f']:.3f}")
    return block
