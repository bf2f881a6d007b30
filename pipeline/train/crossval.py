"""Document-level cross-validation of the learning loop on a real gold set (issue 9 §2).

    python -m pipeline.train.crossval [--gold ../shared/gold/real-dev.jsonl] [--folds 5]
                                      [--max-steps 600] [--copies 3] [--public 1500]

For each fold, the shipped model (models/zh-general) is fine-tuned on the OTHER
documents of the gold set (x `--copies`), the bundled article's gold and a sample
of the public paragraphs (so it does not forget them); the held-out documents are
then tagged with rules + that model. The predictions of all folds are scored
together against the gold, next to rules alone and rules + the shipped model.
A figure, not a model: nothing trained here is kept (never ship a model trained
on the dev set).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

LABELS = ["PERSON", "ORG", "GPE", "LOC"]


def folds(records: list[dict], k: int) -> list[list[int]]:
    """Record indices of each fold: documents dealt round-robin in file order."""
    return [list(range(i, len(records), k)) for i in range(k)]


def extract_all(records: list[dict], model: str | None) -> list[dict]:
    from pipeline.extract import Options, extract_text

    options = Options(model)
    return [extract_text(r["text"], str(r["id"]), source="gold", options=options) for r in records]


def headroom(gold: dict, rules: dict, model_spans: list[tuple[int, int, str]]) -> dict:
    """What the model alone offers beyond the rules on one document: of the rules' misses in
    the model's labels, how many it finds exactly ("found"); of its spans that overlap no rule
    entity, how many are right ("right") and wrong ("wrong") if they were all taken."""
    wanted = {(e["start"], e["end"], e["label"]) for e in gold["entities"] if e["label"] in LABELS}
    have = {(e["start"], e["end"], e["label"]) for e in rules["entities"]}
    taken = [(e["start"], e["end"]) for e in rules["entities"]]
    missed = wanted - have
    free = {m for m in model_spans if not any(s < m[1] and m[0] < e for s, e in taken)}
    return {"missed": len(missed), "found": len(missed & set(model_spans)),
            "right": len(free & wanted), "wrong": len(free - wanted)}


def main(argv: list[str] | None = None) -> int:
    from pipeline.evaluate import format_report, score
    from pipeline.ner_model import default_model_path
    from pipeline.record import read_records
    from pipeline.train.build_default import gold_records, public_records
    from pipeline.train.config import Recipe
    from pipeline.train.docbin import paragraph_records
    from pipeline.train.datasets import SHARED
    from pipeline.train.trainer import train

    parser = argparse.ArgumentParser(prog="python -m pipeline.train.crossval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", default=str(SHARED / "gold" / "real-dev.jsonl"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--max-steps", type=int, default=600)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--public", type=int, default=1500, help="public paragraphs mixed in")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    gold = read_records(args.gold)
    base = default_model_path()
    if base is None:
        print("error: models/zh-general is not built (make model)", file=sys.stderr)
        return 1
    public = [p for r in public_records() for p in paragraph_records(r)]
    random.Random(args.seed).shuffle(public)
    public = public[:args.public]
    article = gold_records()
    recipe = Recipe(base=str(base), max_steps=args.max_steps, patience=args.max_steps,
                    eval_frequency=max(50, args.max_steps // 6), seed=args.seed)
    preds: dict[int, dict] = {}
    rules_only = extract_all(gold, None)
    room = {"missed": 0, "found": 0, "right": 0, "wrong": 0}
    started = time.time()
    for n, held in enumerate(folds(gold, args.folds), 1):
        train_docs = [r for i, r in enumerate(gold) if i not in held]
        in_domain = [{**r, "id": f"{r['id']}~{c}"} for c in range(args.copies) for r in train_docs]
        with tempfile.TemporaryDirectory(prefix="zhanji-cv-") as tmp:
            out = Path(tmp) / "model"
            block = train(in_domain + article + public, out, recipe=recipe, labels=LABELS,
                          dev_fraction=0.1, quiet=True, log=lambda m: None,
                          training_data=["cross-validation fold"])
            for i, rec in zip(held, extract_all([gold[i] for i in held], str(out))):
                preds[i] = rec
            from pipeline.ner_model import load_ner, model_candidates

            nlp = load_ner(out)
            for i in held:
                cands = [(c.start, c.end, c.label) for c in model_candidates(nlp, gold[i]["text"])]
                for key, value in headroom(gold[i], rules_only[i], cands).items():
                    room[key] += value
        print(f"fold {n}/{args.folds}: held out {len(held)} documents, trained "
              f"{block['train_seconds']} s", file=sys.stderr, flush=True)
    cv = [preds[i] for i in range(len(gold))]
    runs = [("rules only", rules_only),
            ("rules + shipped model", extract_all(gold, str(base))),
            (f"rules + fold model ({args.folds}-fold, fine-tuned {args.max_steps} steps)", cv)]
    result = {}
    for title, records in runs:
        scores = score(gold, records)
        result[title] = scores.as_dict()
        print(format_report(scores.as_dict(), f"{title} on {args.gold}"))
        print()
    from pipeline.ner_model import load_ner, model_candidates

    shipped = load_ner(base)
    room0 = {"missed": 0, "found": 0, "right": 0, "wrong": 0}
    for g, r in zip(gold, rules_only):
        cands = [(c.start, c.end, c.label) for c in model_candidates(shipped, g["text"])]
        for key, value in headroom(g, r, cands).items():
            room0[key] += value
    print(f"headroom (shipped model alone): finds {room0['found']} of the {room0['missed']} missed spans; "
          f"spans overlapping no rule entity: {room0['right']} right, {room0['wrong']} wrong")
    print(f"headroom (fold models alone, {'/'.join(LABELS)}): the rules miss {room['missed']} gold spans, "
          f"the models find {room['found']} of them exactly; of the model spans overlapping no rule "
          f"entity, {room['right']} are right and {room['wrong']} wrong")
    print(f"cross-validation took {time.time() - started:.0f} s", file=sys.stderr)
    print(json.dumps({t: r["micro"] if "micro" in r else r for t, r in result.items()},
                     ensure_ascii=False)[:2000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
