"""What reviewers changed, per label, and how much reviewers agree.

Only paragraphs a reviewer confirmed count: there a machine span left alone is
`accepted`. Machine spans in paragraphs nobody confirmed are `unreviewed` (a
column of their own), and changes made there (`review.confirmed: false`) are
counted apart, not as machine errors. Machine precision is the share of machine
spans in confirmed paragraphs that reviewers accepted unchanged; machine recall
the share of final spans there that the machine had exactly. Agreement compares
reviewed files of the same documents pairwise: span-exact F1 and Cohen's kappa
over characters (each non-blank character tagged with its span's label or O).
"""

from __future__ import annotations

from collections import Counter
from itertools import combinations

from pipeline.spans import LABELS

MACHINE_FATES = ("accepted", "relabelled", "resized", "removed")
COUNTS = (*MACHINE_FATES, "added", "unreviewed", "unconfirmed_changes", "machine", "final")


def _confirmed(review: dict) -> bool:
    return review.get("confirmed", True) is not False


def label_stats(records: list[dict]) -> dict[str, dict]:
    counts = {label: Counter() for label in LABELS}
    for record in records:
        for ent in record.get("entities", []):
            review = ent.get("review")
            if not review:
                continue
            status = review["status"]
            machine_label = review.get("machine", {}).get("label", ent["label"])
            if status == "unreviewed":
                counts[ent["label"]]["unreviewed"] += 1
                continue
            if not _confirmed(review):
                counts[ent["label"]]["unconfirmed_changes"] += 1
                continue
            if status == "added":
                counts[ent["label"]]["added"] += 1
            else:
                counts[machine_label][status] += 1
            counts[ent["label"]]["final"] += 1
        for ent in record.get("removed", []):
            if _confirmed(ent.get("review") or {}):
                counts[ent["label"]]["removed"] += 1
            else:
                counts[ent["label"]]["unconfirmed_changes"] += 1
    table = {}
    for label, c in counts.items():
        machine = sum(c[f] for f in MACHINE_FATES)
        table[label] = {
            **{f: c[f] for f in MACHINE_FATES},
            "added": c["added"],
            "unreviewed": c["unreviewed"],
            "unconfirmed_changes": c["unconfirmed_changes"],
            "machine": machine,
            "final": c["final"],
            "precision": c["accepted"] / machine if machine else None,
            "recall": c["accepted"] / c["final"] if c["final"] else None,
        }
    total = {k: sum(row[k] for row in table.values()) for k in COUNTS}
    total["precision"] = total["accepted"] / total["machine"] if total["machine"] else None
    total["recall"] = total["accepted"] / total["final"] if total["final"] else None
    table["ALL"] = total
    return table


def paragraph_counts(records: list[dict]) -> dict[str, int]:
    """Paragraphs pulled, and how many of them a reviewer confirmed."""
    logs = [p for r in records for p in (r.get("meta", {}).get("review") or {}).get("paragraphs", [])]
    return {"confirmed": sum(bool(p.get("confirmed_by")) for p in logs), "total": len(logs)}


def reviewed_spans(record: dict) -> set[tuple[int, int, str]]:
    """Spans a reviewer stands behind: in confirmed paragraphs only."""
    return {(e["start"], e["end"], e["label"]) for e in record.get("entities", [])
            if e.get("review") and e["review"]["status"] != "unreviewed" and _confirmed(e["review"])}


def span_f1(a: set, b: set) -> float | None:
    if not a and not b:
        return None
    return 2 * len(a & b) / (len(a) + len(b))


def char_tags(text: str, spans: set[tuple[int, int, str]]) -> list[str]:
    tags = ["O"] * len(text)
    for s, e, label in spans:
        tags[s:e] = [label] * (e - s)
    return [tag for tag, ch in zip(tags, text) if not ch.isspace()]


def cohen_kappa(tags_a: list[str], tags_b: list[str]) -> float | None:
    n = len(tags_a)
    if n == 0 or n != len(tags_b):
        return None
    observed = sum(x == y for x, y in zip(tags_a, tags_b)) / n
    count_a, count_b = Counter(tags_a), Counter(tags_b)
    expected = sum(count_a[t] * count_b[t] for t in count_a) / (n * n)
    if expected == 1:
        return 1.0 if observed == 1 else None
    return (observed - expected) / (1 - expected)


def agreement(a: list[dict], b: list[dict]) -> dict:
    """Pairwise agreement on the documents both files hold with the same text."""
    by_id = {r["id"]: r for r in b}
    spans_a, spans_b, tags_a, tags_b, docs = set(), set(), [], [], 0
    for rec in a:
        other = by_id.get(rec["id"])
        if other is None or other["text"] != rec["text"]:
            continue
        docs += 1
        sa, sb = reviewed_spans(rec), reviewed_spans(other)
        spans_a |= {(rec["id"], *s) for s in sa}
        spans_b |= {(rec["id"], *s) for s in sb}
        tags_a += char_tags(rec["text"], sa)
        tags_b += char_tags(rec["text"], sb)
    return {"documents": docs, "span_f1": span_f1(spans_a, spans_b), "kappa": cohen_kappa(tags_a, tags_b)}


def pairwise(named: dict[str, list[dict]]) -> list[dict]:
    return [{"a": x, "b": y, **agreement(named[x], named[y])} for x, y in combinations(named, 2)]


def _fmt(value) -> str:
    return "-" if value is None else f"{value:.3f}"


def format_table(table: dict[str, dict], paragraphs: dict[str, int] | None = None) -> str:
    rows = []
    if paragraphs is not None:
        rows.append(f"reviewed (confirmed) paragraphs: {paragraphs['confirmed']} of {paragraphs['total']}; "
                    "machine precision and recall are computed on these only")
        other = table["ALL"]["unconfirmed_changes"]
        if other:
            rows.append(f"{other} change(s) in unconfirmed paragraphs are not counted")
        rows.append("")
    rows.append(f"{'label':<9} {'accepted':>8} {'relabel':>8} {'resized':>8} {'removed':>8} {'added':>6} "
                f"{'unreviewed':>10} {'precision':>9} {'recall':>7}")
    for label, row in table.items():
        if label != "ALL" and not row["machine"] and not row["final"] and not row["unreviewed"]:
            continue
        rows.append(f"{label:<9} {row['accepted']:>8} {row['relabelled']:>8} {row['resized']:>8} "
                    f"{row['removed']:>8} {row['added']:>6} {row['unreviewed']:>10} "
                    f"{_fmt(row['precision']):>9} {_fmt(row['recall']):>7}")
    return "\n".join(rows)


def format_agreement(pairs: list[dict]) -> str:
    lines = [f"{'reviewer A':<20} {'reviewer B':<20} {'docs':>5} {'span F1':>8} {'kappa':>7}"]
    for p in pairs:
        lines.append(f"{p['a']:<20} {p['b']:<20} {p['documents']:>5} {_fmt(p['span_f1']):>8} {_fmt(p['kappa']):>7}")
    return "\n".join(lines)
