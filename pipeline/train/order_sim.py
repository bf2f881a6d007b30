"""How much of the machine's error a reviewer sees on a budget (`make bench-train`).

    python -m pipeline.train.bench review-order [--gold ../shared/gold/real-dev.jsonl]

Extract the gold texts with the default pipeline (rules only), cut them into the
paragraphs `zhanji review push` would push, and count each paragraph's errors
against the gold: false spans plus missed spans (exact span and label). With a
budget of BUDGET of the paragraphs, how many of all errors does a reviewer see
when paragraphs come in `uncertain` order (pipeline.review.order, with the
default model's scores if it is built), in document order, and in random order
(averaged over seeds)?
"""

from __future__ import annotations

import random
from pathlib import Path

BUDGET = 0.30
SEEDS = tuple(range(20))
BUDGETS = (0.1, 0.2, 0.3, 0.4, 0.5)  # other paragraph budgets, to see how much one figure depends on its cut


def paragraph_errors(gold: dict, pred: dict) -> list[tuple[str, list[dict], int, int]]:
    """[(paragraph text, its machine entities, errors, characters)] in document order."""
    from pipeline.review.push import to_examples

    out = []
    for ex in to_examples(pred, str(pred["id"])):
        start = ex.record["offset"]
        end = start + len(ex.text)
        machine = ex.record["machine"]
        found = {(e["start"] + start, e["end"] + start, e["label"]) for e in machine}
        wanted = {(e["start"], e["end"], e["label"]) for e in gold["entities"]
                  if start <= e["start"] and e["end"] <= end}
        out.append((ex.text, machine, len(found ^ wanted), len(ex.text)))
    return out


def simulate(gold_records: list[dict], scorer=None, budget: float = BUDGET,
             seeds=SEEDS) -> dict:
    from pipeline.extract import Options, extract_text
    from pipeline.review.order import rank

    paragraphs = []
    for gold in gold_records:
        pred = extract_text(gold["text"], str(gold["id"]), source="gold", options=Options())
        paragraphs.extend(paragraph_errors(gold, pred))
    n = len(paragraphs)
    k = max(1, round(budget * n))
    total = sum(p[2] for p in paragraphs)

    chars = sum(p[3] for p in paragraphs)

    def seen(order: list[int]) -> tuple[int, int, int]:
        """(errors in the first k paragraphs, their characters, errors within BUDGET of the characters)"""
        chosen = order[:k]
        by_chars, used = 0, 0
        for i in order:
            if used + paragraphs[i][3] > budget * chars:
                continue  # too long for what is left of the budget: the next may fit
            used += paragraphs[i][3]
            by_chars += paragraphs[i][2]
        return (sum(paragraphs[i][2] for i in chosen), sum(paragraphs[i][3] for i in chosen), by_chars)

    uncertain = [i for i, _, _ in rank([(p[0], p[1]) for p in paragraphs], scorer)]
    rule_only = [i for i, _, _ in rank([(p[0], p[1]) for p in paragraphs], None)]

    def ratio(order: list[int], share: float) -> float:
        m = max(1, round(share * n))
        doc = sum(p[2] for p in paragraphs[:m]) or 1
        return sum(paragraphs[i][2] for i in order[:m]) / doc

    randoms = []
    for seed in seeds:
        order = list(range(n))
        random.Random(seed).shuffle(order)
        randoms.append(seen(order))
    return {
        "paragraphs": n, "budget": k, "errors": total, "chars": chars,
        "document": seen(list(range(n))),
        "uncertain": seen(uncertain),
        "uncertain_rules_only": seen(rule_only),
        "random": tuple(sum(r[j] for r in randoms) / len(randoms) for j in range(3)),
        "seeds": len(seeds),
        "by_budget": {share: (ratio(uncertain, share), ratio(rule_only, share)) for share in BUDGETS},
    }


def report(result: dict, model: str) -> list[str]:
    doc = result["document"][0] or 1
    lines = [f"review order on a budget of {result['budget']} of {result['paragraphs']} paragraphs "
             f"({BUDGET:.0%}); {result['errors']} machine errors (false + missed spans), "
             f"{result['chars']} characters in all"]
    rows = [("uncertain" + (f" (rules + {model})" if model else " (rules only)"), result["uncertain"])]
    if model:
        rows.append(("uncertain (rule signals only)", result["uncertain_rules_only"]))
    rows += [("document", result["document"]), (f"random (mean of {result['seeds']} seeds)", result["random"])]
    for name, (errors, chars, _) in rows:
        lines.append(f"  {name:<38} {errors:6.1f} errors ({errors / max(result['errors'], 1):.0%}), "
                     f"{errors / doc:.2f}x document order; {chars / max(result['chars'], 1):.0%} of the characters")
    lines.append("uncertain order / document order at paragraph budgets of "
                 + ", ".join(f"{share:.0%}" for share in result["by_budget"]) + ": "
                 + ", ".join(f"{u:.2f}x" for u, _ in result["by_budget"].values())
                 + (" (rule signals only: " + ", ".join(f"{r:.2f}x" for _, r in result["by_budget"].values()) + ")"
                    if model else ""))
    doc = result["document"][2] or 1
    lines.append(f"the same orders on a budget of {BUDGET:.0%} of the characters (whole paragraphs):")
    for name, (_, _, errors) in rows:
        lines.append(f"  {name:<38} {errors:6.1f} errors ({errors / max(result['errors'], 1):.0%}), "
                     f"{errors / doc:.2f}x document order")
    return lines


def main(gold_path: str) -> None:
    from pipeline.ner_model import default_model_path, load_ner
    from pipeline.record import read_records
    from pipeline.review.order import model_scorer

    path = default_model_path()
    scorer = model_scorer(load_ner(path)) if path else None
    result = simulate(read_records(gold_path), scorer)
    for line in report(result, Path(path).name if path else ""):
        print(line)
