"""What may the model change of the rules' entities? Permissions measured on held-out folds.

A permission is (label, mode, threshold):

  * add    — a model span of `label` with probability >= threshold that overlaps no rule
             entity and whose form confirms its label (reconcile.plausible_model_span) is
             added;
  * add-any — the same without the form check (a name with no suffix that jieba knows as
             an ordinary word may pass: only a high threshold protects it);
  * extend — a model span of `label` with probability >= threshold that strictly contains
             rule entities of that same label only replaces them (the rules found the
             name, the model says it is longer).

The cross-validation (pipeline/train/crossval.py) scores the model's spans (beam
probabilities) on each held-out fold; `measure` says what each permission alone changes
(true positives gained, false positives gained, per fold), and `nested` picks, for each
fold, the permissions that paid on the OTHER folds and applies them to it, so the figure
reported is never chosen on the documents it is measured on.
"""

from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

MODES = ("add", "add-any", "extend")
THRESHOLDS = (0.5, 0.7, 0.9, 0.99)

Span = tuple[int, int, str]
Scored = tuple[int, int, str, float]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def apply(text: str, rules: Sequence[Span], scored: Iterable[Scored],
          permissions: dict[tuple[str, str], float]) -> set[Span]:
    """The entities after the model's permitted changes: {(start, end, label)}."""
    from pipeline.components.reconcile import plausible_model_span
    from pipeline.spans import Candidate

    out = set(rules)
    by_prob = sorted(scored, key=lambda s: (-s[3], -(s[1] - s[0]), s[0]))
    for start, end, label, prob in by_prob:
        if prob < permissions.get((label, "extend"), 2.0):
            continue
        inside = [r for r in out if _overlaps(r[:2], (start, end))]
        if (inside and all(r[2] == label and start <= r[0] and r[1] <= end for r in inside)
                and (start, end, label) not in inside):
            out.difference_update(inside)
            out.add((start, end, label))
    for start, end, label, prob in by_prob:
        checked = prob >= permissions.get((label, "add"), 2.0)
        if not checked and prob < permissions.get((label, "add-any"), 2.0):
            continue
        if any(_overlaps(r[:2], (start, end)) for r in out):
            continue
        if (prob >= permissions.get((label, "add-any"), 2.0)
                or plausible_model_span(text, Candidate(start, end, label, "model", 10))):
            out.add((start, end, label))
    return out


def counts(gold: set[Span], pred: set[Span]) -> Counter:
    return Counter(tp=len(gold & pred), fp=len(pred - gold), fn=len(gold - pred))


def f1(c: Counter) -> float:
    return 2 * c["tp"] / max(1, 2 * c["tp"] + c["fp"] + c["fn"])


def apply_doc(doc: dict, permissions: dict[tuple[str, str], float]) -> set[Span]:
    """`apply` on one document of the measures ({"text", "rules", "scored"})."""
    return apply(doc["text"], doc["rules"], doc["scored"], permissions)


def gain(docs: Sequence[dict], permissions: dict[tuple[str, str], float], apply_fn=apply_doc) -> Counter:
    """Change in (tp, fp, fn) against rules alone over `docs`
    (each {"text", "gold", "rules", "scored"} with span tuples); `apply_fn(doc,
    permissions)` gives a document's entities (pipeline.train.stack.apply_doc for the
    stacked tagger's modes)."""
    total = Counter()
    for d in docs:
        before = counts(d["gold"], set(d["rules"]))
        after = counts(d["gold"], apply_fn(d, permissions))
        total.update({k: after[k] - before[k] for k in ("tp", "fp", "fn")})
    return total


def candidates(labels: Iterable[str], modes: Sequence[str] = MODES) -> list[tuple[str, str]]:
    return [(label, mode) for label in labels for mode in modes]


def measure(docs: Sequence[dict], fold_of: Sequence[int], labels: Iterable[str],
            modes: Sequence[str] = MODES, apply_fn=apply_doc) -> dict:
    """{(label, mode): {threshold: [gain per fold (tp - fp)...], ...}} plus totals."""
    n = max(fold_of) + 1
    out = {}
    for perm in candidates(labels, modes):
        out[perm] = {}
        for t in THRESHOLDS:
            per_fold = []
            for k in range(n):
                g = gain([d for d, f in zip(docs, fold_of) if f == k], {perm: t}, apply_fn)
                per_fold.append(g)
            out[perm][t] = per_fold
    return out


def net(g: Counter) -> int:
    """What a change is worth: true positives gained minus false positives gained."""
    return g["tp"] - g["fp"]


def choose(table: dict, exclude: int | None = None) -> dict[tuple[str, str], float]:
    """Permissions (with their best threshold) whose net gain is positive on the folds
    other than `exclude`."""
    chosen = {}
    for perm, by_t in table.items():
        best = None
        for t, per_fold in by_t.items():
            value = sum(net(g) for k, g in enumerate(per_fold) if k != exclude)
            if value > 0 and (best is None or value > best[1]):
                best = (t, value)
        if best:
            chosen[perm] = best[0]
    return chosen


def nested(docs: Sequence[dict], fold_of: Sequence[int], table: dict,
           apply_fn=apply_doc) -> tuple[list[set[Span]], list[dict]]:
    """Each document's entities with the permissions chosen on the other folds;
    and the permissions chosen for each fold."""
    n = max(fold_of) + 1
    chosen = [choose(table, exclude=k) for k in range(n)]
    preds = [apply_fn(d, chosen[f]) for d, f in zip(docs, fold_of)]
    return preds, chosen
