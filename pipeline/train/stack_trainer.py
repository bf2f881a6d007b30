"""`zhanji train --arch stack`: the stacked correction tagger (pipeline/train/stack.py) as a model.

1. The reviewed documents (Chinese ones: the English rules take no model) are run
   through the rules as extraction runs them; each gives a training sequence with
   the rules' entities as features (+ `copies - 1` copies with rule noise).
2. Document-level k-fold cross-validation on them: a stacker per fold tags the
   held-out documents, and each permission (label x add / extend / replace /
   drop x threshold) is measured against rules alone; the permissions whose net
   gain (true positives gained - false positives gained) over the held-out folds
   is positive are kept. None may be kept: the model then changes nothing.
3. The final stacker is trained on every document and written, with those
   permissions, into a blank pipeline with the `zhanji_stack_ner` component;
   `zhanji extract --model DIR` applies them (and only them) to the rules' choice.

Dev scores (meta.json) are those of rules + stack on the --dev records, or on a
held-out 10 % of the documents (at least one).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from pipeline.errors import ZhanjiError
from pipeline.train.datasets import tags_to_spans
from pipeline.train.docbin import blank_nlp, paragraph_records
from pipeline.train.stack import (MODES, StackRecipe, StackTagger, apply_doc, document_examples,
                                  train_stack)
from pipeline.train.trainer import finish_model, split_train_dev


def cross_permissions(own: list[tuple], folds: int, recipe: StackRecipe, gold: list[set],
                      log: Callable[[str], None]) -> tuple[dict, float, float]:
    """Permissions chosen by document-level cross-validation over `own` ((view, examples) of the
    Chinese documents, `gold` their span sets in working offsets): (permissions, micro F1 of rules
    alone on the held-out folds, micro F1 of rules + stack with the chosen permissions)."""
    from collections import Counter

    from pipeline.train import permissions as perms

    k = min(folds, len(own))
    fold_of = [i % k for i in range(len(own))]
    docs = []
    for fold in range(k):
        train_ex = [x for i, (_, ex) in enumerate(own) if fold_of[i] != fold for x in ex]
        with tempfile.TemporaryDirectory(prefix="zhanji-stack-cv-") as tmp:
            train_stack(train_ex, tmp, recipe)
            tagger = StackTagger(tmp)
            for i, (view, _) in enumerate(own):
                if fold_of[i] == fold:
                    scored, drops = tagger.score(view.text, view.rules)
                    docs.append((i, {"gold": gold[i], "rules": [(c.start, c.end, c.label) for c in view.rules],
                                     "scored": scored, "drops": drops}))
            tagger.close()
        log(f"stack cross-validation: fold {fold + 1}/{k} done")
    docs = [d for _, d in sorted(docs, key=lambda x: x[0])]
    labels = sorted({s[2] for d in docs for s in d["gold"]} | {s[2] for d in docs for s in d["rules"]})
    table = perms.measure(docs, fold_of, labels, MODES, apply_doc)
    chosen = perms.choose(table)
    before, after = Counter(), Counter()
    for d in docs:
        before.update(perms.counts(d["gold"], set(d["rules"])))
        after.update(perms.counts(d["gold"], apply_doc(d, chosen)))
    return chosen, perms.f1(before), perms.f1(after)


def train_stack_pipeline(records: list[dict], output_dir: str | Path, *, dev_records: list[dict] | None = None,
                         recipe: StackRecipe = StackRecipe(), folds: int = 5, copies: int = 1,
                         noise: float = 0.0, seed: int = 0, training_data: list[str] | None = None,
                         log: Callable[[str], None] | None = None) -> dict:
    """Train the stack pipeline into `output_dir`; returns its "zhanji" meta block."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    if not records:
        raise ZhanjiError("no training records")
    if dev_records:
        train_recs, dev_recs = records, dev_records
    else:
        train_recs, dev_recs = split_train_dev(records, 0.1, seed)
    started = time.time()
    own = [(view, ex) for view, ex in document_examples(train_recs, copies, noise, seed) if ex]
    if len(own) < 2:
        raise ZhanjiError("--arch stack needs at least two Chinese training documents (its "
                          "permissions are chosen by cross-validation over documents)")
    gold = [set(tags_to_spans(ex[0][1])) for _, ex in own]   # the gold spans of each, working offsets
    log(f"train: {len(own)} Chinese documents ({len(train_recs) - len(own)} English left to the rules), "
        f"{copies} copies, rule noise {noise}")
    chosen, before, after = cross_permissions(own, folds, recipe, gold, log)
    named = ", ".join(f"{label} {mode} >= {t}" for (label, mode), t in sorted(chosen.items())) or "none"
    log(f"permissions chosen by cross-validation: {named} (held-out micro F1 rules {before:.3f}, "
        f"rules + stack {after:.3f}; the choice is made on these folds)")

    dev_pieces = [p for r in dev_recs for p in paragraph_records(r)]
    return save_pipeline([x for _, ex in own for x in ex], output_dir, recipe, chosen,
                         {"folds": min(folds, len(own)), "rules_f1": round(before, 4),
                          "rules_stack_f1": round(after, 4)},
                         records=train_recs, dev_pieces=dev_pieces, started=started, log=log, fields={
        "recipe": {**recipe.as_dict(), "tokenizer": "char+bigram", "seed": seed, "copies": copies,
                   "noise": noise, "folds": folds},
        "training_data": training_data or ["user corpus"],
        "n_train_docs": len(train_recs),
        "n_dev_docs": len(dev_recs),
        "dev": "given dev records" if dev_records else f"10% of the documents held out (seed {seed})",
    })


def save_pipeline(examples: list, output_dir: str | Path, recipe: StackRecipe, permissions: dict, cv: dict, *,
                  records: list[dict], dev_pieces: list[dict], started: float, log: Callable[[str], None],
                  fields: dict) -> dict:
    """Train the final stacker on `examples` and write it, with `permissions`, as a model directory
    (blank pipeline + `zhanji_stack_ner`, meta.json, model card); returns the "zhanji" meta block."""
    from pipeline.train.stack_component import FACTORY

    output_dir = Path(output_dir)
    nlp = blank_nlp("char+bigram")
    with tempfile.TemporaryDirectory(prefix="zhanji-stack-") as tmp:
        meta = train_stack(examples, tmp, recipe, permissions=permissions, extra_meta={"cv": cv})
        nlp.add_pipe(FACTORY, name="ner").load_model(tmp)
        nlp.to_disk(output_dir)
    seconds = round(time.time() - started, 1)
    labels = meta["labels"]
    return finish_model(output_dir, {
        "labels": labels,
        "scripts": "simplified",
        "recipe": recipe.as_dict(),
        "permissions": [list(p) + [t] for p, t in sorted(permissions.items())],
        **fields,
        "cv": cv,
    }, records=records, dev_pieces=dev_pieces, label_set=set(labels), seconds=seconds, log=log,
        description="zhanji stacked correction tagger (CRF over characters reading the rules' output; "
                    "python-crfsuite, CPU)")
