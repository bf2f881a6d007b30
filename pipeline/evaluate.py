"""Scoring predictions against gold: exact span + label, and normalisation accuracy.

Precision, recall and F1 per label and micro-averaged count a predicted entity
as correct only when start, end and label all equal a gold entity's.
Normalisation accuracy is measured on correctly found DATE, QUANTITY and
MIL_UNIT entities: every field the guidelines define for the label
(DATE value/mod, QUANTITY value/unit/approx, MIL_UNIT numbers/echelon/prefix)
must equal the gold value.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.errors import ZhanjiError
from pipeline.spans import LABELS

NORM_FIELDS = {
    "DATE": ("value", "mod"),
    "QUANTITY": ("value", "unit", "approx"),
    "MIL_UNIT": ("numbers", "echelon", "prefix"),
}


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    norm_ok: Counter = field(default_factory=Counter)
    norm_total: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)
    kinds: Counter = field(default_factory=Counter)      # (label, error type) -> count, see ERROR_TYPES

    @staticmethod
    def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f

    def as_dict(self) -> dict:
        labels = {}
        for label in LABELS:
            tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
            if tp + fp + fn == 0:
                continue
            p, r, f = self.prf(tp, fp, fn)
            labels[label] = {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn,
                             "gold": tp + fn, "predicted": tp + fp}
        tp, fp, fn = (sum(c.values()) for c in (self.tp, self.fp, self.fn))
        p, r, f = self.prf(tp, fp, fn)
        norm = {label: {"correct": self.norm_ok[label], "total": self.norm_total[label],
                        "accuracy": self.norm_ok[label] / self.norm_total[label]}
                for label in NORM_FIELDS if self.norm_total[label]}
        total = sum(self.norm_total.values())
        kinds = {label: {kind: self.kinds[label, kind] for kind in ERROR_TYPES}
                 for label in LABELS if any(self.kinds[label, kind] for kind in ERROR_TYPES)}
        return {"micro": {"precision": p, "recall": r, "f1": f, "tp": tp, "fp": fp, "fn": fn},
                "labels": labels, "error_types": kinds,
                "normalisation": {"accuracy": sum(self.norm_ok.values()) / total if total else 0.0,
                                  "correct": sum(self.norm_ok.values()), "total": total,
                                  "labels": norm}}


_EMPTY = (None, "", [])


def _same(a, b) -> bool:
    """One normalised field equal in gold and prediction. "No value" is one value however it is
    written: null, "" and [] agree (a named force's `prefix` null in one annotation, "" in another)."""
    if a in _EMPTY and b in _EMPTY:
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(b)))
    return a == b


def _has_values(label: str, gold_entity: dict) -> bool:
    """The gold entity was annotated with normalised values: its norm holds at least one of its label's fields
    (an empty value counts: a named force's `numbers` []). A record given by spans alone (`label` lists, as
    doccano exports them) holds none, and its values are not scored."""
    norm = gold_entity.get("norm") or {}
    return any(key in norm for key in NORM_FIELDS.get(label, ()))


def norm_matches(label: str, gold: dict, pred: dict) -> bool:
    return all(_same(pred.get(key), gold.get(key)) for key in NORM_FIELDS.get(label, ()))


def unique_ids(records: list[dict], path: str) -> None:
    """Every record id occurs once (records are matched by id)."""
    seen: set[str] = set()
    for record in records:
        doc_id = str(record.get("id"))
        if doc_id in seen:
            raise ZhanjiError(f"record id {doc_id!r} occurs twice (records are matched by id)",
                              path=path)
        seen.add(doc_id)


def check_pairing(gold: list[dict], preds: list[dict], pred_path: str) -> None:
    """Predictions must be for exactly the gold documents, by id, with the same text.

    Scoring another document's predictions (or none) would print a meaningless
    score with exit status 0; this says what does not match instead.
    """
    unique_ids(preds, pred_path)
    by_id = {str(p.get("id")): p for p in preds}
    gold_ids = [str(g.get("id")) for g in gold]
    missing = [i for i in gold_ids if i not in by_id]
    extra = sorted(set(by_id) - set(gold_ids))

    def some(ids: list[str]) -> str:
        return ", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else "")

    if missing or extra:
        parts = [f"no prediction for gold document(s) {some(missing)}"] if missing else []
        if extra:
            parts.append(f"predictions for document(s) not in the gold: {some(extra)}")
        raise ZhanjiError("; ".join(parts) + " (ids must match the gold's)", path=pred_path)
    for doc_id, g in zip(gold_ids, gold):
        text = by_id[doc_id]["text"]
        if text != g["text"]:
            at = next((i for i, (a, b) in enumerate(zip(text, g["text"])) if a != b),
                      min(len(text), len(g["text"])))
            raise ZhanjiError(f"prediction {doc_id!r} has another text than the gold document "
                              f"(they differ at character {at}); offsets would not compare",
                              path=pred_path)


def score(gold_records: list[dict], pred_records: list[dict], scores: Scores | None = None) -> Scores:
    """Compare records matched by id (missing predictions count as all misses)."""
    scores = scores or Scores()
    preds = {str(r.get("id")): r for r in pred_records}
    for gold in gold_records:
        pred = preds.get(str(gold.get("id")), {"entities": []})
        g = {(e["start"], e["end"], e["label"]): e for e in gold["entities"]}
        p = {(e["start"], e["end"], e["label"]): e for e in pred["entities"]}
        for key, ent in p.items():
            if key in g:
                scores.tp[key[2]] += 1
                if key[2] in NORM_FIELDS and _has_values(key[2], g[key]):
                    scores.norm_total[key[2]] += 1
                    if norm_matches(key[2], g[key].get("norm") or {}, ent.get("norm") or {}):
                        scores.norm_ok[key[2]] += 1
                    else:
                        scores.errors.append(("norm", gold.get("id"), ent, g[key]))
            else:
                scores.fp[key[2]] += 1
                scores.kinds[key[2], _false_kind(key, g)] += 1
                scores.errors.append(("fp", gold.get("id"), ent, None))
        for key, ent in g.items():
            if key not in p:
                scores.fn[key[2]] += 1
                scores.kinds[key[2], _missed_kind(key, p)] += 1
                scores.errors.append(("fn", gold.get("id"), None, ent))
    return scores


# What went wrong with each miss and each false span, told by the spans it overlaps on the other side: counts
# that say where the errors are (names nothing found, extents, labels) without showing any string.
ERROR_TYPES = ("missed: nothing found", "missed: wrong extent", "missed: other label",
               "missed: other label and extent", "false: overlaps nothing", "false: wrong extent",
               "false: on another label's entity")


def _overlapping(key: tuple, spans) -> list[tuple]:
    return [other for other in spans if other[0] < key[1] and key[0] < other[1]]


def _missed_kind(key: tuple, predicted) -> str:
    near = _overlapping(key, predicted)
    if not near:
        return ERROR_TYPES[0]
    if any(other[2] == key[2] for other in near):
        return ERROR_TYPES[1]
    if any(other[:2] == key[:2] for other in near):
        return ERROR_TYPES[2]
    return ERROR_TYPES[3]


def _false_kind(key: tuple, gold) -> str:
    near = _overlapping(key, gold)
    if not near:
        return ERROR_TYPES[4]
    if any(other[2] == key[2] for other in near):
        return ERROR_TYPES[5]
    return ERROR_TYPES[6]


def format_report(result: dict, title: str = "") -> str:
    lines = [title] if title else []
    lines.append(f"{'label':<10} {'prec':>6} {'rec':>6} {'f1':>6} {'gold':>6} {'pred':>6}")
    for label, row in result["labels"].items():
        lines.append(f"{label:<10} {row['precision']:6.3f} {row['recall']:6.3f} {row['f1']:6.3f} "
                     f"{row['gold']:6d} {row['predicted']:6d}")
    m = result["micro"]
    lines.append(f"{'micro':<10} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
                 f"{m['tp'] + m['fn']:6d} {m['tp'] + m['fp']:6d}")
    n = result["normalisation"]
    if not n["total"]:
        lines.append("normalisation: the gold holds no normalised values (spans and labels only)")
        return "\n".join(lines)
    per = ", ".join(f"{k} {v['accuracy']:.3f} ({v['correct']}/{v['total']})"
                    for k, v in n["labels"].items())
    lines.append(f"normalisation accuracy {n['accuracy']:.3f} ({n['correct']}/{n['total']}): {per}")
    return "\n".join(lines)


def format_errors(scores: Scores, gold_texts: dict[str, str], limit: int = 200) -> str:
    out = []
    for kind, doc_id, pred, gold in scores.errors[:limit]:
        ent = pred or gold
        text = gold_texts.get(str(doc_id), "")
        ctx = text[max(0, ent["start"] - 8):ent["start"]] + "[" + ent["text"] + "]" + \
            text[ent["end"]:ent["end"] + 8]
        ctx = ctx.replace("\n", " ")
        if kind == "norm":
            out.append(f"norm {ent['label']:<9} {ctx}  pred={pred.get('norm')} gold={gold.get('norm')}")
        else:
            out.append(f"{kind:<4} {ent['label']:<9} {ctx}")
    return "\n".join(out)


def format_error_types(result: dict) -> str:
    """The error types per label as a table of counts (no text shown)."""
    kinds = result.get("error_types", {})
    short = ("miss:none", "miss:extent", "miss:label", "miss:both", "false:none", "false:extent", "false:label")
    lines = ["error types: miss = a gold entity not predicted, false = a predicted span not in gold;",
             "  none: overlaps nothing on the other side, extent: the same label with another extent,",
             "  label: another label's span (miss:both = another label and another extent)",
             f"{'label':<10} " + " ".join(f"{name:>12}" for name in short)]
    for label, row in kinds.items():
        lines.append(f"{label:<10} " + " ".join(f"{row[kind]:12d}" for kind in ERROR_TYPES))
    totals = [sum(row[kind] for row in kinds.values()) for kind in ERROR_TYPES]
    lines.append(f"{'all':<10} " + " ".join(f"{n:12d}" for n in totals))
    return "\n".join(lines)
