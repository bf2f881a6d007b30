"""Build the shipped default model models/zh-general (`make model`).

    python -m pipeline.train.build_default [--out models/zh-general] [--max-steps N]

1. A development model is trained on the public data only (People's Daily
   example.dev + example.test, MSRA test; PER/ORG/LOC mapped to PERSON/ORG/GPE/LOC,
   see pipeline/train/datasets.py) and scored on the bundled article's gold
   (../shared/gold/dev.jsonl) for PERSON/ORG/GPE/LOC: these are the development
   figures, from a model that never saw the article.
2. The shipped model is trained the same way plus the article's gold (its
   paragraphs repeated `--article-copies` times, the only in-domain text), with
   PERSON/ORG/GPE/LOC only: the rules own MIL_UNIT/EVENT/FAC/DATE/QUANTITY and the
   reconcile stage lets the model only add PERSON/ORG/GPE/LOC the rules missed.
   Spans of the other labels in the article are marked missing, not "no entity".
   Its meta says seen_dev_article = true, and its card carries the figures of step 1.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from pipeline.train.config import DEFAULT_MODEL_TOKENIZER, TOKENIZERS, Recipe
from pipeline.train.datasets import SHARED, read_dataset, to_project_labels
from pipeline.train.scoring import predict_spans, score_spans
from pipeline.train.docbin import paragraph_records
from pipeline.train.trainer import REPO, split_train_dev, train, write_meta

LABELS = ["PERSON", "ORG", "GPE", "LOC"]
PUBLIC = [("peoples_daily", "dev"), ("peoples_daily", "test"), ("msra", "test")]
GOLD = SHARED / "gold" / "dev.jsonl"
NOTES = """\
Trained for PERSON, ORG, GPE and LOC only. The public sets carry only PER/ORG/LOC;
their LOC is split into GPE (places with a government) and LOC (landforms, regions) by
the suffix and name lists in pipeline/train/loc_split.txt; LOC names that end like a
building or route (馆, 大厦, 路, 桥, 机场...) are FAC in zhanji's guidelines and are
left out of training (marked missing), and so are ORG names of military formations
(八路军, 南京军区, 北海舰队: MIL_UNIT in zhanji). The article's MIL_UNIT/EVENT/FAC/DATE/QUANTITY
spans are marked missing too: the rules own those labels.
"""


def public_records() -> list[dict]:
    records = []
    for name, split in PUBLIC:
        records += to_project_labels(read_dataset(name, split), name)
    return records


def gold_records() -> list[dict]:
    from pipeline.record import read_records

    return read_records(GOLD)


def score_on_gold(model_dir: Path, gold: list[dict]) -> dict:
    import spacy

    nlp = spacy.load(model_dir)
    golds = [[(e["start"], e["end"], e["label"]) for e in r["entities"]] for r in gold]
    preds = predict_spans(nlp, [r["text"] for r in gold])
    return score_spans(golds, preds, set(LABELS))


def fmt_scores(scores: dict) -> str:
    rows = ["| label | P | R | F1 | gold |", "|---|---|---|---|---|"]
    for label, s in scores["per_label"].items():
        rows.append(f"| {label} | {s['p']:.3f} | {s['r']:.3f} | {s['f']:.3f} | {s['gold']} |")
    m = scores["micro"]
    rows.append(f"| **micro** | {m['p']:.3f} | {m['r']:.3f} | {m['f']:.3f} | {m['gold']} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train.build_default",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", default=str(REPO / "models" / "zh-general"))
    parser.add_argument("--max-steps", type=int, default=6000)
    parser.add_argument("--patience", type=int, default=1500)
    parser.add_argument("--article-copies", type=int, default=3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--tokenizer", default=DEFAULT_MODEL_TOKENIZER, choices=TOKENIZERS)
    parser.add_argument("--skip-dev-model", action="store_true",
                        help="do not train the development model; read its figures from --dev-figures")
    # By default the development model trains in a second process (2 cores), the
    # shipped model in this one; on one core they run one after the other.
    parser.add_argument("--dev-figures", default=None,
                        help="where the development figures JSON lives (default: --out/dev_figures.json)")
    parser.add_argument("--dev-model-only", action="store_true",
                        help="only train the development model and write --out/dev_figures.json "
                             "(and exit)")
    args = parser.parse_args(argv)
    recipe = Recipe(max_steps=args.max_steps, patience=args.patience, seed=args.seed,
                    eval_frequency=300, tokenizer=args.tokenizer)
    public = public_records()
    gold = gold_records()
    out = Path(args.out)
    figures_path = Path(args.dev_figures) if args.dev_figures else out / "dev_figures.json"
    data_names = ["People's Daily 1998 (example.dev + example.test)", "MSRA/SIGHAN 2006 (test)"]

    dev_figures = None
    helper = None
    if not args.skip_dev_model and not args.dev_model_only and (os.cpu_count() or 1) >= 2:
        # train the development model in a second process, alongside the shipped one
        figures_path = Path(tempfile.mkdtemp(prefix="zhanji-devfig-")) / "dev_figures.json"
        helper = subprocess.Popen([sys.executable, "-m", "pipeline.train.build_default",
                                   "--dev-model-only", "--dev-figures", str(figures_path),
                                   "--max-steps", str(args.max_steps), "--patience",
                                   str(args.patience), "--seed", str(args.seed),
                                   "--tokenizer", args.tokenizer])
    elif not args.skip_dev_model:
        with tempfile.TemporaryDirectory(prefix="zhanji-devmodel-") as tmp:
            block = train(public, Path(tmp) / "dev-model", recipe=recipe, labels=LABELS,
                          dev_fraction=0.05, training_data=data_names)
            assert not block["seen_dev_article"]
            dev_figures = {"model": "same recipe, trained without the article",
                           "train_seconds": block["train_seconds"],
                           "scores": score_on_gold(Path(tmp) / "dev-model", gold)}
        print("development figures (model without the article, on its gold):\n"
              + fmt_scores(dev_figures["scores"]), file=sys.stderr)
        if args.dev_model_only:
            figures_path.parent.mkdir(parents=True, exist_ok=True)
            figures_path.write_text(json.dumps(dev_figures, ensure_ascii=False, indent=2) + "\n",
                                    encoding="utf-8")
            return 0

    article = []
    for copy in range(args.article_copies):
        article += [{**r, "id": f"{r['id']}~{copy}"} for r in gold]
    # the same public dev paragraphs as the development model; article copies only in train
    pieces = [p for r in public for p in paragraph_records(r)]
    public_train, public_dev = split_train_dev(pieces, 0.05, recipe.seed)
    with tempfile.TemporaryDirectory(prefix="zhanji-default-") as tmp:
        block = train(public_train + article, Path(tmp) / "model", recipe=recipe, labels=LABELS,
                      dev_records=public_dev,
                      training_data=data_names + [f"the bundled article's gold ({GOLD.name}, "
                                                  f"x{args.article_copies})"])
        if out.exists():
            shutil.rmtree(out)
        shutil.copytree(Path(tmp) / "model", out)
    if helper is not None and helper.wait() != 0:
        print("error: the development model failed", file=sys.stderr)
        return 1
    if dev_figures is None:  # trained elsewhere (in parallel, with --dev-model-only)
        if not figures_path.exists():
            print(f"error: {figures_path} not found (run with --dev-model-only)", file=sys.stderr)
            return 1
        dev_figures = json.loads(figures_path.read_text(encoding="utf-8"))
    block["dev_article_figures"] = dev_figures
    block["card_notes"] = (NOTES + "\n### Development figures on the bundled article\n\n"
                           "From a model with the same recipe trained WITHOUT the article "
                           f"({dev_figures['train_seconds']} s), scored on its gold for the four "
                           "labels (exact spans). The shipped model itself saw the article, so "
                           "`evaluate` on it is not a development figure.\n\n"
                           + fmt_scores(dev_figures["scores"]))
    write_meta(out, block, name=out.name.replace("-", "_"))
    (out / "dev_figures.json").write_text(json.dumps(dev_figures, ensure_ascii=False, indent=2)
                                          + "\n", encoding="utf-8")
    from pipeline.train.card import write_card

    write_card(out)
    print(f"default model written to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
