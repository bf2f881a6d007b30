"""Training benchmarks (`make bench-train`; not run by the tests).

    python -m pipeline.train.bench                 # Resume, Weibo, CLUENER2020 with the default recipe
    python -m pipeline.train.bench datasets resume # one dataset
    python -m pipeline.train.bench datasets --arch crf   # the CRF recipe (pipeline/train/crf.py)
    python -m pipeline.train.bench tokenizers      # char vs char+bigram vs jieba on People's Daily
    python -m pipeline.train.bench review-order    # errors a reviewer sees on a budget, by push order

Each dataset is trained on its train split (early stopping on its dev split;
CLUENER2020 holds 10 % of train out, since its dev set is the test stand-in)
and scored on the test split with exact spans and native labels. F1 is
printed next to the published figures with training time and model size.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path

from pipeline.train.config import TOKENIZERS, Recipe
from pipeline.train.datasets import read_dataset, to_project_labels
from pipeline.train.scoring import predict_spans, score_spans
from pipeline.train.trainer import dir_size_mb, train

PUBLISHED = {
    "resume": {"BiLSTM": 94.41, "Lattice LSTM": 94.46, "BERT": 95.53},
    "weibo": {"BiLSTM": 56.75, "Lattice LSTM": 58.79, "BERT": 68.20},
    "cluener": {"BiLSTM-CRF (test)": 70.00, "BERT-base (test)": 78.82},
}
SPLITS = {"resume": ("train", "dev", "test"), "weibo": ("train", "dev", "test"),
          "cluener": ("train", None, "dev")}


def evaluate_model(model_dir: Path, records: list[dict]) -> dict:
    import spacy

    nlp = spacy.load(model_dir)
    gold = [[tuple(x) for x in r["label"]] for r in records]
    started = time.time()
    pred = predict_spans(nlp, [r["text"] for r in records])
    scores = score_spans(gold, pred)
    chars = sum(len(r["text"]) for r in records)
    scores["chars_per_s"] = round(chars / max(1e-9, time.time() - started))
    return scores


def bench_dataset(name: str, recipe: Recipe, out_root: Path) -> dict:
    train_split, dev_split, test_split = SPLITS[name]
    train_recs = read_dataset(name, train_split)
    dev_recs = read_dataset(name, dev_split) if dev_split else None
    test_recs = read_dataset(name, test_split)
    out = out_root / name
    block = train(train_recs, out, dev_records=dev_recs, recipe=recipe,
                  training_data=[f"{name}:{train_split}"])
    scores = evaluate_model(out, test_recs)
    return {"dataset": name, "test_split": test_split, "f1": round(100 * scores["micro"]["f"], 2),
            "p": round(100 * scores["micro"]["p"], 2), "r": round(100 * scores["micro"]["r"], 2),
            "train_seconds": block["train_seconds"], "size_mb": dir_size_mb(out),
            "tag_chars_per_s": scores["chars_per_s"], "published": PUBLISHED[name],
            "recipe": recipe.as_dict()}


def bench_dataset_crf(name: str, recipe, out_root: Path, denoise: str = "majority+crossfold") -> dict:
    """The CRF recipe: train split (training labels cleaned by `denoise`) -> test split.
    The CRF needs no early stopping (L-BFGS to `max_iterations`), so the dev split is
    unused and CLUENER2020 trains on its whole train split."""
    from pipeline.train.crf import CrfTagger, relabel_crossfold, relabel_majority, train_crf

    train_split, _dev, test_split = SPLITS[name]
    train_recs = read_dataset(name, train_split)
    started = time.time()
    relabelled = 0
    if "majority" in denoise:
        train_recs, n = relabel_majority(train_recs)
        relabelled += n
    if "crossfold" in denoise:
        fold_recipe = dataclasses.replace(recipe, max_iterations=min(100, recipe.max_iterations))
        train_recs, n = relabel_crossfold(train_recs, fold_recipe, folds=2)
        relabelled += n
    test_recs = read_dataset(name, test_split)
    out = out_root / f"crf-{name}"
    meta = train_crf(train_recs, out, recipe)
    total_seconds = round(time.time() - started, 1)   # label cleaning included
    tagger = CrfTagger(out)
    started = time.time()
    pred = [tagger.spans(r["text"]) for r in test_recs]
    seconds = max(1e-9, time.time() - started)
    scores = score_spans([[tuple(x) for x in r["label"]] for r in test_recs], pred)
    return {"dataset": name, "test_split": test_split, "f1": round(100 * scores["micro"]["f"], 2),
            "p": round(100 * scores["micro"]["p"], 2), "r": round(100 * scores["micro"]["r"], 2),
            "per_label": {k: round(100 * v["f"], 2) for k, v in scores["per_label"].items()},
            "train_seconds": total_seconds, "final_train_seconds": meta["train_seconds"],
            "size_mb": dir_size_mb(out), "tag_chars_per_s": round(sum(len(r["text"]) for r in test_recs) / seconds),
            "relabelled_train_spans": relabelled, "denoise": denoise,
            "published": PUBLISHED[name], "recipe": recipe.as_dict()}


def bench_tokenizers(recipe: Recipe, out_root: Path, tokenizers=TOKENIZERS,
                     n_test: int = 1500) -> list[dict]:
    """Same small setup per tokeniser: People's Daily example.dev (project labels)
    -> first `n_test` sentences of example.test, exact char spans."""
    train_recs = to_project_labels(read_dataset("peoples_daily", "dev"), "peoples_daily")
    test_recs = to_project_labels(read_dataset("peoples_daily", "test")[:n_test], "peoples_daily")
    dev_recs, test_recs = test_recs[:300], test_recs[300:]
    rows = []
    for tok in tokenizers:
        r = Recipe(**{**recipe.as_dict(), "tokenizer": tok})
        out = out_root / f"tok-{tok}"
        block = train(train_recs, out, dev_records=dev_recs, recipe=r,
                      training_data=["peoples_daily:dev"])
        scores = evaluate_model(out, test_recs)
        rows.append({"tokenizer": tok, "f1": round(100 * scores["micro"]["f"], 2),
                     "per_label": {k: round(100 * v["f"], 2) for k, v in scores["per_label"].items()},
                     "train_misaligned": block["alignment"]["train_misaligned"],
                     "train_seconds": block["train_seconds"], "size_mb": dir_size_mb(out),
                     "tag_chars_per_s": scores["chars_per_s"]})
        print(json.dumps(rows[-1], ensure_ascii=False), flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.train.bench", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("what", nargs="?", default="datasets", choices=("datasets", "tokenizers", "review-order"))
    parser.add_argument("names", nargs="*", default=["resume", "weibo", "cluener"])
    parser.add_argument("--gold", default=None, help="review-order: gold corpus "
                        "(default $ZHANJI_SHARED/gold/real-dev.jsonl)")
    parser.add_argument("--out", default=None, help="keep the models here (default: a temp dir)")
    parser.add_argument("--max-steps", type=int, default=4000)
    parser.add_argument("--tokenizer", default=Recipe.tokenizer, choices=TOKENIZERS)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch-start", type=int, default=Recipe.batch_start)
    parser.add_argument("--batch-stop", type=int, default=Recipe.batch_stop)
    parser.add_argument("--arch", default="spacy", choices=("spacy", "crf"),
                        help="spacy: tok2vec + ner (the zhanji train recipe); crf: pipeline/train/crf.py")
    parser.add_argument("--c1", type=float, default=None, help="crf: L1 weight")
    parser.add_argument("--c2", type=float, default=None, help="crf: L2 weight")
    parser.add_argument("--crf-iterations", type=int, default=None, help="crf: L-BFGS iterations")
    parser.add_argument("--denoise", default="majority+crossfold", choices=("none", "majority", "crossfold", "majority+crossfold"),
                        help="crf: clean training labels (see crf.relabel_majority / relabel_crossfold)")
    args = parser.parse_args(argv)
    if args.what == "review-order":
        import os

        from pipeline.train.order_sim import main as order_main

        shared = Path(os.environ.get("ZHANJI_SHARED", "../shared"))
        order_main(args.gold or str(shared / "gold" / "real-dev.jsonl"))
        return 0
    recipe = Recipe(max_steps=args.max_steps, tokenizer=args.tokenizer, seed=args.seed,
                    batch_start=args.batch_start, batch_stop=args.batch_stop)
    with tempfile.TemporaryDirectory(prefix="zhanji-bench-") as tmp:
        out_root = Path(args.out or tmp)
        if args.what == "tokenizers":
            bench_tokenizers(recipe, out_root, tokenizers=args.names if args.names != parser.get_default("names") else TOKENIZERS)
            return 0
        rows = []
        crf_recipe = None
        if args.arch == "crf":
            from pipeline.train.crf import CrfRecipe

            given = {"c1": args.c1, "c2": args.c2, "max_iterations": args.crf_iterations}
            crf_recipe = CrfRecipe(**{k: v for k, v in given.items() if v is not None})
        for name in args.names:
            if crf_recipe is not None:
                row = bench_dataset_crf(name, crf_recipe, out_root, args.denoise)
            else:
                row = bench_dataset(name, recipe, out_root)
            rows.append(row)
            print(json.dumps(row, ensure_ascii=False), flush=True)
        print("\n| dataset | F1 (zhanji CPU) | P / R | published | train time | size |", file=sys.stdout)
        print("|---|---|---|---|---|---|")
        for row in rows:
            pub = ", ".join(f"{k} {v}" for k, v in row["published"].items())
            print(f"| {row['dataset']} ({row['test_split']}) | {row['f1']} | {row['p']} / {row['r']} | {pub} | "
                  f"{row['train_seconds'] / 60:.1f} min | {row['size_mb']} MB |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
