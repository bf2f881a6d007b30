"""Document-level cross-validation of the learning loop on a real gold set (issue 9 §2).

    python -m pipeline.train.crossval [--gold ../shared/gold/real-dev.jsonl[,FILE...]] [--folds 5]
                                      [--group-by doc|set] [--zh-only] [--inner]
                                      [--max-steps 600] [--copies 3] [--public 1500]
                                      [--labels PERSON,ORG,GPE,LOC] [--width N] [--scratch TOKENIZER]
                                      [--arch spacy|stack] [--extra FILES] [--iterations N]
                                      [--noise P] [--extra-copies N] [--save DIR]
                                      [--spans FILE | --from-spans FILE | --oracle]

For each fold, the shipped model (models/zh-general) is fine-tuned (or, with
`--scratch`, a model is trained from nothing) on the OTHER documents of the gold
set (x `--copies`), the bundled article's gold and a sample of the public
paragraphs; the held-out documents are then tagged with rules + that model, and
the model's spans are scored by beam search. What the model may change of the
rules' entities is measured per permission (label x add / add-any / extend, at a
probability threshold; pipeline.train.permissions): each fold gets the
permissions that paid on the other folds (nested, so the figure is never chosen on
the documents it is measured on). Printed: rules alone, rules + shipped model,
rules + fold model with today's reconcile, rules + fold model with the nested
permissions, and each permission's gain. `--oracle` puts the gold spans in the
model's place: the most any tagger could gain through the permissions.
`--arch stack`: instead of a spaCy tagger, a CRF that reads the rules' own output
(pipeline.train.stack) is trained per fold on the other documents (x --copies)
plus the Chinese documents of --extra (real-dev2 and the article by default), and
its permissions are add / extend / replace / drop per label; `--oracle --arch
stack` is its ceiling (gold spans, and every rule entity overlapping no gold span
dropped). A figure, not a model: nothing trained here is kept (never ship a model trained
on the dev set).

`--gold` takes a comma-separated list of gold files (record ids become FILE-STEM/id).
`--group-by set` keeps each file whole in one fold (sets are written by different
annotators on different topics, like unseen text): the largest set first, each to the
fold with the fewest entities so far (`set_folds`); `--zh-only` keeps the Chinese
documents only. `--inner` (with `--arch stack`) chooses each fold's permissions
strictly on its training folds: a stacker per pair of folds (k, j), trained on the
others, tags both; fold k's permissions are those whose net gain over the folds j != k,
tagged by the (k, j) stackers, is positive (`inner_choice`). Printed per fold: rules
vs rules + stack micro F1 and each chosen permission's net gain on the held-out fold.
"""

from __future__ import annotations

import argparse
from collections import Counter
import json
import random
import sys
import tempfile
import time
from pathlib import Path

LABELS = ["PERSON", "ORG", "GPE", "LOC"]
_REPO = Path(__file__).resolve().parents[2]
STACK_EXTRA = (_REPO / "tests" / "heldout" / "real" / "real-dev2-zh.jsonl",
               _REPO / "tests" / "heldout" / "real" / "real-dev2-en.jsonl",
               _REPO.parent / "shared" / "gold" / "dev.jsonl")


def folds(records: list[dict], k: int) -> list[list[int]]:
    """Record indices of each fold: documents dealt round-robin in file order."""
    return [list(range(i, len(records), k)) for i in range(k)]


def read_sets(spec: str) -> tuple[list[dict], list[str]]:
    """The records of a comma-separated list of gold files, ids made unique as FILE-STEM/id,
    and each record's set (the file's stem)."""
    from pipeline.record import read_records

    records, sets = [], []
    for f in (f for f in spec.split(",") if f):
        name = Path(f).name.removesuffix(".jsonl")
        for r in read_records(f):
            records.append({**r, "id": f"{name}/{r.get('id')}"})
            sets.append(name)
    return records, sets


def set_folds(records: list[dict], sets: list[str], k: int) -> list[list[int]]:
    """Record indices of each fold with every set whole in one fold: sets by entity count,
    largest first (ties: first in file order), each to the fold with the fewest entities so
    far (ties: the lowest fold)."""
    size: dict[str, int] = {}
    for r, name in zip(records, sets):
        size[name] = size.get(name, 0) + len(r["entities"])
    load = [0] * k
    fold_of_set = {}
    for name in sorted(size, key=lambda n: -size[n]):
        f = min(range(k), key=lambda i: (load[i], i))
        fold_of_set[name] = f
        load[f] += size[name]
    return [[i for i, name in enumerate(sets) if fold_of_set[name] == f] for f in range(k)]


def chinese_only(records: list[dict], sets: list[str]) -> tuple[list[dict], list[str]]:
    """The records (and their sets) that are not English (the stacker reads Chinese only), by the language
    `zhanji evaluate --lang` gives them (meta.lang/script when stated, else detected)."""
    from pipeline.api import record_language

    keep = [i for i, r in enumerate(records) if record_language(r) != "en"]
    return [records[i] for i in keep], [sets[i] for i in keep]


def extract_all(records: list[dict], model: str | None) -> list[dict]:
    from pipeline.extract import Options, extract_text

    options = Options(model)
    return [extract_text(r["text"], str(r["id"]), source="gold", options=options) for r in records]


def headroom(gold: dict, rules: dict, model_spans: list[tuple[int, int, str]], labels=LABELS) -> dict:
    """What the model alone offers beyond the rules on one document: of the rules' misses in
    the model's labels, how many it finds exactly ("found"); of its spans that overlap no rule
    entity, how many are right ("right") and wrong ("wrong") if they were all taken."""
    wanted = {(e["start"], e["end"], e["label"]) for e in gold["entities"] if e["label"] in labels}
    have = {(e["start"], e["end"], e["label"]) for e in rules["entities"]}
    taken = [(e["start"], e["end"]) for e in rules["entities"]]
    missed = wanted - have
    free = {m for m in model_spans if not any(s < m[1] and m[0] < e for s, e in taken)}
    return {"missed": len(missed), "found": len(missed & set(model_spans)),
            "right": len(free & wanted), "wrong": len(free - wanted)}


def reading(text: str) -> str:
    """The text as the tagger reads it: in Simplified when the conversion keeps its length."""
    from pipeline.script import convert_text

    simplified = convert_text(text, "t2s")
    return simplified if len(simplified) == len(text) else text


def held_out_docs(gold: list[dict], rules_only: list[dict], scored: dict[int, list]) -> list[dict]:
    """What the permission measures need of each document: text (read in Simplified, as the
    tagger reads it, when the conversion keeps its length), gold, rule and model spans."""
    return [{"text": reading(g["text"]),
             "gold": {(e["start"], e["end"], e["label"]) for e in g["entities"]},
             "rules": [(e["start"], e["end"], e["label"]) for e in r["entities"]],
             "scored": [tuple(s) for s in scored.get(i, [])]}
            for i, (g, r) in enumerate(zip(gold, rules_only))]


def permission_report(docs: list[dict], fold_of: list[int], labels: list[str],
                      arch: str = "spacy", chosen: list[dict] | None = None) -> tuple[list[str], list[set]]:
    """Lines on each permission's gain (all folds) and the nested choice; the nested predictions.
    `arch` "stack": the stacked tagger's modes (add / extend / replace / drop, pipeline.train.stack).
    `chosen`: each fold's permissions chosen elsewhere (`inner_choice`) instead of on the other folds."""
    from pipeline.train import permissions as perms
    from pipeline.train.permissions import THRESHOLDS, counts, f1, net

    if arch == "stack":
        from pipeline.train import stack

        modes, apply_fn = stack.MODES, stack.apply_doc
    else:
        modes, apply_fn = perms.MODES, perms.apply_doc
    table = perms.measure(docs, fold_of, labels, modes, apply_fn)
    lines = ["permission (label x mode): net gain (tp - fp) on the held-out folds at threshold "
             + " / ".join(str(t) for t in THRESHOLDS) + "; per fold at the best threshold"]
    for (label, mode), by_t in table.items():
        totals = [sum(net(g) for g in per_fold) for per_fold in by_t.values()]
        if arch == "stack" and not any(g["tp"] or g["fp"] for per_fold in by_t.values() for g in per_fold):
            continue  # the stacker never proposed this change: one line less
        best = max(by_t, key=lambda t: sum(net(g) for g in by_t[t]))
        tp = sum(g["tp"] for g in by_t[best])
        fp = sum(g["fp"] for g in by_t[best])
        lines.append(f"  {label:<8} {mode:<7} " + " / ".join(f"{v:+d}" for v in totals)
                     + f"   best {best}: {tp:+d} tp, {fp:+d} fp, per fold "
                     + " ".join(f"{net(g):+d}" for g in by_t[best]))
    how = "on the other folds"
    if chosen is None:
        preds, chosen = perms.nested(docs, fold_of, table, apply_fn)
    else:
        preds = [apply_fn(d, chosen[f]) for d, f in zip(docs, fold_of)]
        how = "on its training folds (inner cross-validation)"
    every = {perm: min(THRESHOLDS) for perm in table}
    before, after = Counter(), Counter()
    for d in docs:
        before.update(counts(d["gold"], set(d["rules"])))
        after.update(counts(d["gold"], apply_fn(d, every)))
    lines.append(f"  every permission at {min(THRESHOLDS)} (no choice): micro F1 {f1(before):.3f} -> {f1(after):.3f}")
    for k, perms_k in enumerate(chosen):
        named = ", ".join(f"{label} {mode} >= {t}" for (label, mode), t in sorted(perms_k.items())) or "none"
        lines.append(f"  fold {k + 1}: permissions chosen {how}: {named}")
    lines += fold_lines(docs, fold_of, chosen, preds, table)
    return lines, preds


def fold_lines(docs: list[dict], fold_of: list[int], chosen: list[dict], preds: list[set],
               table: dict) -> list[str]:
    """Per fold: micro F1 of rules alone and with the chosen permissions, and each chosen
    permission's net gain (tp - fp) alone on that held-out fold at its chosen threshold."""
    from pipeline.train.permissions import counts, f1, net

    lines = ["per held-out fold: rules micro F1 -> rules + model (chosen permissions); "
             "net gain of each chosen permission alone on the fold"]
    for k, perms_k in enumerate(chosen):
        before, after = Counter(), Counter()
        for d, p, f in zip(docs, preds, fold_of):
            if f == k:
                before.update(counts(d["gold"], set(d["rules"])))
                after.update(counts(d["gold"], p))
        gains = ", ".join(f"{label} {mode} >= {t}: {net(table[label, mode][t][k]):+d}"
                          for (label, mode), t in sorted(perms_k.items())) or "none chosen"
        lines.append(f"  fold {k + 1}: {f1(before):.4f} -> {f1(after):.4f} ({f1(after) - f1(before):+.4f}; "
                     f"tp {after['tp'] - before['tp']:+d}, fp {after['fp'] - before['fp']:+d}); {gains}")
    return lines


def inner_choice(docs: list[dict], fold_of: list[int], inner: dict, labels: list[str]) -> list[dict]:
    """Each fold k's stack permissions chosen on its training folds only: the documents of
    every fold j != k as tagged by the stacker trained without k and j
    (`inner[k, j]` = {document index: (scored, drops)}), permissions with a positive net
    gain summed over those folds (permissions.choose)."""
    from pipeline.train import permissions as perms
    from pipeline.train import stack

    n = max(fold_of) + 1
    chosen = []
    for k in range(n):
        sub, sub_fold = [], []
        for i, (d, j) in enumerate(zip(docs, fold_of)):
            if j == k:
                continue
            scored, drops = inner[k, j].get(i, ([], []))
            sub.append({**d, "scored": [tuple(x) for x in scored], "drops": [tuple(x) for x in drops]})
            sub_fold.append(j if j < k else j - 1)
        chosen.append(perms.choose(perms.measure(sub, sub_fold, labels, stack.MODES, stack.apply_doc)))
    return chosen


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
    parser.add_argument("--gold", default=str(SHARED / "gold" / "real-dev.jsonl"),
                        help="gold file, or a comma-separated list of them")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--group-by", choices=["doc", "set"], default="doc",
                        help="doc: documents dealt round-robin; set: every gold file whole in one fold "
                             "(set_folds)")
    parser.add_argument("--zh-only", action="store_true", help="keep the Chinese documents only")
    parser.add_argument("--inner", action="store_true",
                        help="--arch stack: choose each fold's permissions by an inner cross-validation "
                             "of its training folds (a stacker per pair of folds; inner_choice)")
    parser.add_argument("--max-steps", type=int, default=600)
    parser.add_argument("--copies", type=int, default=3)
    parser.add_argument("--public", type=int, default=1500, help="public paragraphs mixed in")
    parser.add_argument("--labels", default=None,
                        help="labels the fold models learn (default PERSON,ORG,GPE,LOC; --arch stack: all)")
    parser.add_argument("--arch", choices=["spacy", "stack"], default="spacy",
                        help="stack: a CRF reading the rules' own output (pipeline.train.stack), "
                             "trained on the other documents x --copies plus --extra; its modes are "
                             "add / extend / replace / drop")
    parser.add_argument("--extra", default=None,
                        help="--arch stack: other reviewed gold files trained on in every fold "
                             "(their Chinese documents); default real-dev2 and the article, none "
                             "with --group-by set")
    parser.add_argument("--iterations", type=int, default=150, help="--arch stack: L-BFGS iterations")
    parser.add_argument("--noise", type=float, default=0.0,
                        help="--arch stack: rule-feature noise of the training copies after the first "
                             "(pipeline.train.stack.perturb)")
    parser.add_argument("--extra-copies", type=int, default=1, help="--arch stack: copies of --extra")
    parser.add_argument("--save", metavar="DIR",
                        help="--arch stack: then train a stacker on every document (x --copies) and --extra "
                             "and write it to DIR with the permissions chosen on all folds here (a model "
                             "for a set never trained on, e.g. `zhanji evaluate --model DIR`)")
    parser.add_argument("--width", type=int, default=None, help="tok2vec width (default: the base's)")
    parser.add_argument("--scratch", metavar="TOKENIZER", choices=["char+bigram", "char", "jieba"],
                        help="train each fold model from scratch with this tokeniser instead of "
                             "fine-tuning the shipped model")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--spans", help="write the fold models' scored spans (JSON) here")
    parser.add_argument("--from-spans", help="skip training: read the scored spans written by --spans")
    parser.add_argument("--oracle", action="store_true",
                        help="skip training: a perfect model (the gold spans of --labels, probability 1) "
                             "shows the most the permissions could gain")
    args = parser.parse_args(argv)

    if args.labels is None:
        from pipeline.spans import LABELS as ALL

        args.labels = ",".join(ALL if args.arch == "stack" else LABELS)
    labels = [x for x in args.labels.split(",") if x]
    if args.extra is None:
        args.extra = "" if args.group_by == "set" else ",".join(str(p) for p in STACK_EXTRA)
    if "," in args.gold or args.group_by == "set":
        gold, sets = read_sets(args.gold)
    else:
        gold = read_records(args.gold)
        sets = [Path(args.gold).name.removesuffix(".jsonl")] * len(gold)
    if args.zh_only:
        gold, sets = chinese_only(gold, sets)
    base = default_model_path()
    if base is None and args.arch == "spacy" and not args.oracle:
        print("error: models/zh-general is not built (make model)", file=sys.stderr)
        return 1
    fold_list = set_folds(gold, sets, args.folds) if args.group_by == "set" else folds(gold, args.folds)
    for k, held in enumerate(fold_list, 1):
        names = sorted({sets[i] for i in held}, key=lambda n: min(i for i in held if sets[i] == n))
        print(f"fold {k}: {len(held)} documents, {sum(len(gold[i]['entities']) for i in held)} entities: "
              + ", ".join(names))
    fold_of = [next(k for k, held in enumerate(fold_list) if i in held) for i in range(len(gold))]
    rules_only = extract_all(gold, None)
    started = time.time()
    runs = [("rules only", rules_only)]
    if args.arch == "spacy" and base is not None:
        runs.append(("rules + shipped model", extract_all(gold, str(base))))
    drops: dict[int, list] = {}
    inner: dict | None = None
    if args.oracle:
        scored = {i: [[e["start"], e["end"], e["label"], 1.0] for e in g["entities"] if e["label"] in labels]
                  for i, g in enumerate(gold)}
        if args.arch == "stack":  # a perfect stacker also drops every rule entity that overlaps no gold span
            drops = {i: [[e["start"], e["end"], e["label"], 1.0] for e in r["entities"]
                         if not any(e["start"] < g["end"] and g["start"] < e["end"] for g in gold[i]["entities"])]
                     for i, r in enumerate(rules_only)}
    elif args.from_spans:
        saved = json.loads(Path(args.from_spans).read_text())
        if args.arch == "stack":   # written by --arch stack --spans: {"scored": ..., "drops": ...[, "inner"]}
            inner = decode_inner(saved["inner"]) if args.inner and "inner" in saved else None
            saved, drops = saved["scored"], {int(k): v for k, v in saved["drops"].items()}
        scored = {int(k): v for k, v in saved.items()}
    elif args.arch == "stack":
        scored, drops, inner = cross_stack(args, gold, fold_list, rules_only)
        if args.spans:
            Path(args.spans).write_text(json.dumps({"scored": scored, "drops": drops,
                                                    **({"inner": encode_inner(inner)} if inner else {})},
                                                   ensure_ascii=False))
    else:
        scored = cross_train(args, gold, base, fold_list, labels, rules_only, runs, train,
                             Recipe, gold_records, public_records, paragraph_records)
        if args.spans:
            Path(args.spans).write_text(json.dumps(scored, ensure_ascii=False))
    docs = held_out_docs(gold, rules_only, scored)
    for i, d in enumerate(docs):
        d["drops"] = [tuple(x) for x in drops.get(i, [])]
    chosen = inner_choice(docs, fold_of, inner, labels) if inner is not None else None
    lines, preds = permission_report(docs, fold_of, labels, args.arch, chosen)
    runs.append(("rules + fold model, nested permissions",
                 [{"id": str(g["id"]), "entities": [{"start": s, "end": e, "label": lab} for s, e, lab in sorted(p)]}
                  for g, p in zip(gold, preds)]))
    result = {}
    for title, records in runs:
        scores = score(gold, records)
        result[title] = scores.as_dict()
        print(format_report(scores.as_dict(), f"{title} on {args.gold}"))
        print()
    for line in lines:
        print(line)
    base_labels = result["rules only"]["labels"]
    final = result["rules + fold model, nested permissions"]
    print("gain of rules + fold model (nested permissions) over rules only, F1 per label: "
          + ", ".join(f"{k} {final['labels'].get(k, {'f1': 0.0})['f1'] - v['f1']:+.3f}" for k, v in base_labels.items())
          + f"; micro {final['micro']['f1'] - result['rules only']['micro']['f1']:+.3f}")
    print(f"cross-validation took {time.time() - started:.0f} s", file=sys.stderr)
    if args.arch == "stack":
        every_fold = chosen_all(docs, fold_of, labels)
        print("permissions chosen on every fold of this set (what `zhanji train --arch stack` would store): "
              + (", ".join(f"{label} {mode} >= {t}" for (label, mode), t in sorted(every_fold.items()))
                 or "none"))
        if args.save:
            save_stack(args, gold, every_fold, result)
    print(json.dumps({t: r["micro"] for t, r in result.items()}, ensure_ascii=False)[:2000])
    return 0


def chosen_all(docs: list[dict], fold_of: list[int], labels: list[str]) -> dict:
    """The stack permissions whose net gain over ALL held-out folds is positive."""
    from pipeline.train import permissions as perms
    from pipeline.train import stack

    return perms.choose(perms.measure(docs, fold_of, labels, stack.MODES, stack.apply_doc))


def encode_inner(inner: dict) -> dict:
    return {f"{k},{j}": {str(i): v for i, v in by_doc.items()} for (k, j), by_doc in inner.items()}


def decode_inner(saved: dict) -> dict:
    return {tuple(int(x) for x in key.split(",")): {int(i): v for i, v in by_doc.items()}
            for key, by_doc in saved.items()}


def cross_stack(args, gold: list[dict], fold_list: list[list[int]],
                rules_only: list[dict]) -> tuple[dict, dict, dict | None]:
    """Train one stacked tagger per fold on the other documents (x --copies) and --extra; returns
    each held-out document's scored model spans and drops {index: [(start, end, label, p)]} in the
    original text's offsets, and with --inner the pair stackers' {(k, j): {index: (scored,
    drops)}} (see inner_choice), else None."""
    from pipeline.record import read_records
    from pipeline.train import stack

    started = time.time()
    own = stack.document_examples(gold, args.copies, args.noise, args.seed)
    for (view, ex), r in zip(own, rules_only):   # the rules seen here are the rules extraction gives
        if ex:
            assert sorted(view.to_src([(c.start, c.end, c.label) for c in view.rules])) == \
                sorted((e["start"], e["end"], e["label"]) for e in r["entities"]), r["id"]
    extra = [x for f in args.extra.split(",") if f
             for _, ex in stack.document_examples(read_records(f), args.extra_copies, args.noise, args.seed) for x in ex]
    print(f"stack: rule features of {len(own)} + {len(extra)} extra training sequences in "
          f"{time.time() - started:.0f} s", file=sys.stderr, flush=True)
    recipe = stack.StackRecipe(max_iterations=args.iterations)

    def train_and_tag(held: set[int]) -> tuple[dict, dict, dict]:
        train_ex = [x for i, (_, ex) in enumerate(own) if i not in held for x in ex] + extra
        scored: dict[int, list] = {}
        drops: dict[int, list] = {}
        with tempfile.TemporaryDirectory(prefix="zhanji-stack-") as tmp:
            meta = stack.train_stack(train_ex, tmp, recipe)
            tagger = stack.StackTagger(tmp)
            for i in sorted(held):
                view, ex = own[i]
                if not ex:
                    continue
                s, d = tagger.score(view.text, view.rules)
                scored[i] = [list(x) for x in view.to_src(s)]
                drops[i] = [list(x) for x in view.to_src(d)]
            tagger.close()
        return scored, drops, {**meta, "n_train": len(train_ex)}

    scored: dict[int, list] = {}
    drops: dict[int, list] = {}
    for n, held in enumerate(fold_list, 1):
        s, d, meta = train_and_tag(set(held))
        scored.update(s)
        drops.update(d)
        print(f"fold {n}/{len(fold_list)}: held out {len(held)} documents, trained on {meta['n_train']} "
              f"sequences in {meta['train_seconds']} s", file=sys.stderr, flush=True)
    if not args.inner:
        return scored, drops, None
    inner: dict = {}
    for k in range(len(fold_list)):
        for j in range(k + 1, len(fold_list)):
            s, d, meta = train_and_tag(set(fold_list[k]) | set(fold_list[j]))
            inner[k, j] = {i: (s[i], d[i]) for i in fold_list[j] if i in s}
            inner[j, k] = {i: (s[i], d[i]) for i in fold_list[k] if i in s}
            print(f"inner stacker without folds {k + 1} and {j + 1}: trained on {meta['n_train']} sequences "
                  f"in {meta['train_seconds']} s", file=sys.stderr, flush=True)
    return scored, drops, inner


def save_stack(args, gold: list[dict], permissions: dict, result: dict) -> None:
    """--save: a stacker trained on all of --gold (x --copies) and --extra, with `permissions`."""
    from pipeline.record import read_records
    from pipeline.train import stack
    from pipeline.train.stack_trainer import save_pipeline

    started = time.time()
    records = list(gold)
    examples = [x for _, ex in stack.document_examples(gold, args.copies, args.noise, args.seed) for x in ex]
    for f in (f for f in args.extra.split(",") if f):
        extra = read_records(f)
        records += extra
        examples += [x for _, ex in stack.document_examples(extra, args.extra_copies, args.noise, args.seed)
                     for x in ex]
    cv = {"folds": args.folds, "gold": str(args.gold),
          "rules_f1": round(result["rules only"]["micro"]["f1"], 4),
          "rules_stack_f1": round(result["rules + fold model, nested permissions"]["micro"]["f1"], 4)}
    save_pipeline(examples, args.save, stack.StackRecipe(max_iterations=args.iterations), permissions, cv,
                  records=records, dev_pieces=[], started=started, log=lambda m: print(m, file=sys.stderr),
                  fields={"training_data": [str(args.gold), *[f for f in args.extra.split(",") if f]],
                          "n_train_docs": len(records), "n_dev_docs": 0,
                          "dev": "none (permissions chosen by cross-validation on --gold)"})


def cross_train(args, gold, base, fold_list, labels, rules_only, runs, train, Recipe,
                gold_records, public_records, paragraph_records) -> dict[int, list]:
    """Train one model per fold on the other folds; returns each held-out document's
    scored model spans {index: [(start, end, label, probability)]} and appends the run
    "rules + fold model" (today's reconcile) to `runs`."""
    from pipeline.ner_model import load_ner, model_candidates
    from pipeline.review.order import model_scorer

    public = [p for r in public_records() for p in paragraph_records(r)]
    random.Random(args.seed).shuffle(public)
    public = public[:args.public]
    article = gold_records()
    extra = {"width": args.width} if args.width else {}
    if args.scratch:
        extra["tokenizer"] = args.scratch
    recipe = Recipe(base=None if args.scratch else str(base), max_steps=args.max_steps,
                    patience=args.max_steps, eval_frequency=max(50, args.max_steps // 6),
                    seed=args.seed, **extra)
    preds: dict[int, dict] = {}
    scored: dict[int, list] = {}
    room = {"missed": 0, "found": 0, "right": 0, "wrong": 0}
    for n, held in enumerate(fold_list, 1):
        train_docs = [r for i, r in enumerate(gold) if i not in held]
        in_domain = [{**r, "id": f"{r['id']}~{c}"} for c in range(args.copies) for r in train_docs]
        with tempfile.TemporaryDirectory(prefix="zhanji-cv-") as tmp:
            out = Path(tmp) / "model"
            block = train(in_domain + article + public, out, recipe=recipe, labels=labels,
                          dev_fraction=0.1, quiet=True, log=lambda m: None,
                          training_data=["cross-validation fold"])
            for i, rec in zip(held, extract_all([gold[i] for i in held], str(out))):
                preds[i] = rec
            nlp = load_ner(out)
            scorer = model_scorer(nlp)
            for i in held:
                scored[i] = [list(s) for s in scorer(reading(gold[i]["text"]))]
                cands = [(c.start, c.end, c.label) for c in model_candidates(nlp, reading(gold[i]["text"]))]
                for key, value in headroom(gold[i], rules_only[i], cands, labels).items():
                    room[key] += value
        print(f"fold {n}/{len(fold_list)}: held out {len(held)} documents, trained "
              f"{block['train_seconds']} s", file=sys.stderr, flush=True)
    how = f"{args.scratch} from scratch" if args.scratch else "fine-tuned"
    runs.append((f"rules + fold model ({len(fold_list)}-fold, {how} {args.max_steps} steps, "
                 "today's reconcile)", [preds[i] for i in range(len(gold))]))
    print(f"headroom (fold models alone, {'/'.join(labels)}): the rules miss {room['missed']} gold spans, "
          f"the models find {room['found']} of them exactly; of the model spans overlapping no rule "
          f"entity, {room['right']} are right and {room['wrong']} wrong")
    return scored


if __name__ == "__main__":
    sys.exit(main())
