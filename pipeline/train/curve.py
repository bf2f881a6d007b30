"""train-curve: dev F1 at 25/50/75/100 % of the training data (like Prodigy's train-curve).

One fixed train/dev split (seed), then the same recipe on growing prefixes of
the shuffled training paragraphs. A curve still rising at 100 % says more
annotation will help.
"""

from __future__ import annotations

import random
import tempfile
from pathlib import Path
from typing import Callable

from pipeline.train.config import Recipe
from pipeline.train.docbin import record_spans
from pipeline.train.trainer import train, train_dev_pieces

FRACTIONS = (0.25, 0.5, 0.75, 1.0)


def train_curve(records: list[dict], *, recipe: Recipe = Recipe(), labels: list[str] | None = None,
                fractions=FRACTIONS, dev_records: list[dict] | None = None,
                dev_fraction: float = 0.2, log: Callable[[str], None] | None = None) -> list[dict]:
    """[{"fraction", "n_train", "f", "p", "r", "per_label"}] for each fraction."""
    train_pieces, dev_pieces = train_dev_pieces(records, dev_records, dev_fraction, recipe.seed)
    random.Random(recipe.seed).shuffle(train_pieces)
    if labels is None:
        labels = sorted({label for r in records for _, _, label in record_spans(r)})
    rows = []
    with tempfile.TemporaryDirectory(prefix="zhanji-curve-") as tmp:
        for frac in fractions:
            subset = train_pieces[:max(1, round(frac * len(train_pieces)))]
            block = train(subset, Path(tmp) / f"m{int(frac * 100)}", dev_records=dev_pieces,
                          recipe=recipe, labels=labels, log=log or (lambda m: None), quiet=True)
            micro = block["scores"]["micro"]
            rows.append({"fraction": frac, "n_train": len(subset), "f": micro["f"],
                         "p": micro["p"], "r": micro["r"],
                         "per_label": {k: v["f"] for k, v in block["scores"]["per_label"].items()}})
            if log:
                log(f"{frac:>4.0%}  {len(subset):>6} paragraphs  F1 {micro['f']:.3f}")
    return rows
