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

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from pipeline.errors import ZhanjiError
from pipeline.train.crf import CrfRecipe, relabel_majority, train_crf
from pipeline.train.docbin import blank_nlp
from pipeline.train.trainer import check_training_input, finish_model, training_pieces


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
    from pipeline.train.crf_component import FACTORY

    log = log or (lambda msg: print(msg, file=sys.stderr))
    check_training_input(records, scripts)
    train_pieces, dev_pieces, labels = training_pieces(records, dev_records, dev_fraction, seed,
                                                       scripts, labels)
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

    return finish_model(output_dir, {
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
    }, records=records, dev_pieces=dev_pieces, label_set=label_set, seconds=seconds, log=log,
        description="zhanji NER tagger (linear-chain CRF over characters, python-crfsuite, CPU)")
