"""Exact-span scoring (start, end, label) per label and micro-averaged."""

from __future__ import annotations

from collections import Counter
from typing import Iterable


def prf(tp: int, n_pred: int, n_gold: int) -> dict:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(p, 4), "r": round(r, 4), "f": round(f, 4), "gold": n_gold, "pred": n_pred}


def score_spans(gold: Iterable[Iterable[tuple]], pred: Iterable[Iterable[tuple]],
                labels: set[str] | None = None) -> dict:
    """gold/pred: per document, iterables of (start, end, label). Returns
    {"micro": {...}, "per_label": {label: {...}}}; `labels` restricts both sides."""
    tp, n_pred, n_gold = Counter(), Counter(), Counter()
    for g_doc, p_doc in zip(gold, pred):
        g = {tuple(x) for x in g_doc if labels is None or x[2] in labels}
        p = {tuple(x) for x in p_doc if labels is None or x[2] in labels}
        for x in g:
            n_gold[x[2]] += 1
        for x in p:
            n_pred[x[2]] += 1
        for x in g & p:
            tp[x[2]] += 1
    per_label = {lab: prf(tp[lab], n_pred[lab], n_gold[lab]) for lab in sorted(set(n_gold) | set(n_pred))}
    micro = prf(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return {"micro": micro, "per_label": per_label}


def predict_spans(nlp, texts: list[str], batch_size: int = 64) -> list[list[tuple]]:
    return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
            for doc in nlp.pipe(texts, batch_size=batch_size)]
