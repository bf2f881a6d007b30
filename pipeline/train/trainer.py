"""Train a spaCy NER tagger from corpus records (spacy.cli.train underneath).

Steps: cut records into paragraphs -> split train/dev with a fixed seed (or
use the given dev records) -> with scripts="both" add Traditional (s2t) copies
with projected spans -> DocBins with an alignment report -> generated
config.cfg -> spaCy training with early stopping -> the best model copied to
the output directory, scored per label on the dev paragraphs, with meta.json
extended ("zhanji" key) and a model card README.md.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import json
import os
import random
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

from pipeline.errors import ZhanjiError
from pipeline.record import sha256_text
from pipeline.train.config import Recipe, make_config
from pipeline.train.datasets import SHARED
from pipeline.train.docbin import blank_nlp, paragraph_records, records_to_docs, write_docbin
from pipeline.train.scoring import predict_spans, score_spans
from pipeline.version import PIPELINE

SCRIPTS = ("simplified", "both")
REPO = Path(__file__).resolve().parents[2]
# The bundled article: its text hashes tell whether a model saw the development set.
DEV_ARTICLE_FILES = (REPO / "corpus" / "yuxianggui-1944.zh-hans.txt",
                     SHARED / "corpus" / "yuxianggui-1944.zh-hans.txt")
DEV_GOLD_FILES = (SHARED / "gold" / "dev.jsonl",)


def dev_article_hashes() -> set[str]:
    """sha256 of the bundled article's text (Simplified and s2t copies), where the files exist."""
    texts = []
    for path in DEV_ARTICLE_FILES:
        if path.exists():
            texts.append(path.read_text(encoding="utf-8-sig"))
    for path in DEV_GOLD_FILES:
        if path.exists():
            texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    hashes = set()
    for text in texts:
        hashes.add(sha256_text(text))
        try:
            from pipeline.script import convert_text

            hashes.add(sha256_text(convert_text(text, "s2t")))
        except Exception:  # noqa: BLE001 - conversion is optional here
            pass
    return hashes


def split_train_dev(pieces: list[dict], fraction: float, seed: int) -> tuple[list[dict], list[dict]]:
    """Shuffle with `seed` and hold out `fraction` (at least one) as dev."""
    if len(pieces) < 2:
        raise ZhanjiError("need at least two paragraphs to hold one out as dev data "
                          "(or give --dev)")
    order = list(range(len(pieces)))
    random.Random(seed).shuffle(order)
    n_dev = min(len(pieces) - 1, max(1, round(fraction * len(pieces))))
    dev_idx = set(order[:n_dev])
    return ([p for i, p in enumerate(pieces) if i not in dev_idx],
            [p for i, p in enumerate(pieces) if i in dev_idx])


def train_dev_pieces(records: list[dict], dev_records: list[dict] | None, dev_fraction: float,
                     seed: int) -> tuple[list[dict], list[dict]]:
    """Paragraph pieces for training and dev: `dev_records` if given, else a held-out share."""
    pieces = [p for r in records for p in paragraph_records(r)]
    if dev_records:
        return pieces, [p for r in dev_records for p in paragraph_records(r)]
    return split_train_dev(pieces, dev_fraction, seed)


def check_training_input(records: list[dict], scripts: str) -> None:
    """One error line for what no trainer can start from."""
    if scripts not in SCRIPTS:
        raise ZhanjiError(f"unknown --scripts {scripts!r} (one of: {', '.join(SCRIPTS)})")
    if not records:
        raise ZhanjiError("no training records")


def training_pieces(records: list[dict], dev_records: list[dict] | None, dev_fraction: float,
                    seed: int, scripts: str, labels: list[str] | None
                    ) -> tuple[list[dict], list[dict], list[str]]:
    """Train and dev paragraph pieces (with their other-script copies for `--scripts both`)
    and the labels to train: as given, else every label of the training pieces."""
    train_pieces, dev_pieces = train_dev_pieces(records, dev_records, dev_fraction, seed)
    if scripts == "both":
        train_pieces = add_other_script(train_pieces)
        dev_pieces = add_other_script(dev_pieces)
    if labels is None:
        labels = sorted({e["label"] for p in train_pieces for e in p["entities"]})
    if not labels:
        raise ZhanjiError("the training records contain no entities")
    return train_pieces, dev_pieces, labels


def add_other_script(pieces: list[dict], config: str = "s2t") -> list[dict]:
    """The pieces plus their converted copies (spans and missing spans projected)."""
    from pipeline.script import convert_record, convert_with_map

    out = list(pieces)
    for piece in pieces:
        conv = convert_record(piece, config)
        if conv["text"] == piece["text"]:
            continue  # nothing to convert (no script-specific characters)
        missing = piece.get("missing") or []
        if missing:
            offsets = convert_with_map(piece["text"], config).offsets
            missing = [list(offsets.span_to_dst(s, e)) for s, e in missing]
        out.append({**conv, "id": f"{piece['id']}@{config}", "missing": missing})
    return out


def _copy_model(src: Path, dst: Path) -> None:
    dst.mkdir(parents=True, exist_ok=True)
    for item in src.iterdir():
        target = dst / item.name
        if target.is_dir():
            shutil.rmtree(target)
        if item.is_dir():
            shutil.copytree(item, target)
        else:
            shutil.copy2(item, target)


def base_tokenizer(base: str | Path) -> str:
    """The tokeniser name (see config.TOKENIZERS) a model directory was trained with."""
    from spacy.util import load_config

    try:
        tok = load_config(Path(base) / "config.cfg", interpolate=False)["nlp"]["tokenizer"]
    except (OSError, KeyError) as err:
        raise ZhanjiError(f"not a spaCy model directory ({err})", path=str(base)) from None
    if tok.get("@tokenizers") == "zhanji.CharTokenizer.v1":
        return "char+bigram" if tok.get("bigrams", True) else "char"
    return tok.get("segmenter", "char")


def _forget_temp_paths(config_path: Path) -> None:
    """The saved config names the temporary DocBins; they are gone, so say null."""
    text = config_path.read_text(encoding="utf-8")
    text = re.sub(r'(?m)^(train|dev) = "[^"\n]*zhanji-train-[^"\n]*"$', r"\1 = null", text)
    config_path.write_text(text, encoding="utf-8")


def dir_size_mb(path: Path) -> float:
    return round(sum(f.stat().st_size for f in Path(path).rglob("*") if f.is_file()) / 1e6, 2)


def _score_model(nlp, dev_pieces: list[dict], label_set) -> dict:
    """Exact-span scores of a trained pipeline on the dev pieces."""
    gold = [[(e["start"], e["end"], e["label"]) for e in p["entities"]] for p in dev_pieces]
    return score_spans(gold, predict_spans(nlp, [p["text"] for p in dev_pieces]), label_set)


def _trained_text_hashes(records: list[dict], scripts: str) -> list[str]:
    """sha256 of every user text trained on (public datasets left out), also in Traditional with both scripts."""
    own = [r["text"] for r in records if "dataset" not in (r.get("meta") or {})]
    seen = {sha256_text(text) for text in own}
    if scripts == "both":
        from pipeline.script import convert_text

        seen |= {sha256_text(convert_text(text, "s2t")) for text in own}
    return sorted(seen)


def finish_model(output_dir: Path, fields: dict, *, records: list[dict], dev_pieces: list[dict], label_set,
                 seconds: float, log: Callable[[str], None], description: str | None = None) -> dict:
    """What every trainer does once its pipeline is on disk: score it on the dev pieces, record what it was
    trained on, write meta.json's zhanji block (the trainer's own `fields` in the middle) and the model card."""
    import spacy

    from pipeline.train import tokenizer as _tok  # noqa: F401  registers zhanji.CharTokenizer.v1

    scores = _score_model(spacy.load(output_dir), dev_pieces, label_set)
    seen = _trained_text_hashes(records, fields["scripts"])
    block = {
        "pipeline": PIPELINE,
        "created": _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        **fields,
        "scores": scores,
        "train_seconds": seconds,
        "trained_text_sha256": seen,
        "seen_dev_article": bool(set(seen) & dev_article_hashes()),
    }
    write_meta(output_dir, block, description=description)
    from pipeline.train.card import write_card

    write_card(output_dir)
    log(f"model written to {output_dir} ({dir_size_mb(output_dir)} MB, {seconds} s); "
        f"dev micro F1 {scores['micro']['f']:.3f}")
    return block


def train(records: list[dict], output_dir: str | Path, *, dev_records: list[dict] | None = None,
          recipe: Recipe = Recipe(), labels: list[str] | None = None, scripts: str = "simplified",
          dev_fraction: float = 0.1, training_data: list[str] | None = None,
          log: Callable[[str], None] | None = None, quiet: bool = False) -> dict:
    """Train and write a model to `output_dir`; returns its "zhanji" meta block."""
    log = log or (lambda msg: print(msg, file=sys.stderr))
    check_training_input(records, scripts)
    if recipe.base:  # a fine-tuned model must tokenise like its base
        recipe = Recipe(**{**recipe.as_dict(), "base": str(Path(recipe.base).resolve()),
                           "tokenizer": base_tokenizer(recipe.base)})
    train_pieces, dev_pieces, labels = training_pieces(records, dev_records, dev_fraction,
                                                       recipe.seed, scripts, labels)
    label_set = set(labels)

    nlp = blank_nlp(recipe.tokenizer)
    train_docs, train_report = records_to_docs(nlp, train_pieces, label_set)
    dev_docs, dev_report = records_to_docs(nlp, dev_pieces, label_set)
    log(f"train: {train_report.summary()}")
    log(f"dev:   {dev_report.summary()}")
    if train_report.n_misaligned or dev_report.n_misaligned:
        log(f"WARNING: {train_report.n_misaligned + dev_report.n_misaligned} spans do not fall on "
            f"token boundaries of the {recipe.tokenizer!r} tokeniser; they are marked missing "
            "(not trained). Use the char tokeniser to align every span.")

    output_dir = Path(output_dir)
    started = time.time()
    with tempfile.TemporaryDirectory(prefix="zhanji-train-") as tmp:
        tmp = Path(tmp)
        write_docbin(train_docs, tmp / "train.spacy")
        write_docbin(dev_docs, tmp / "dev.spacy")
        config_path = tmp / "config.cfg"
        config_path.write_text(make_config(recipe), encoding="utf-8")
        from spacy.cli.train import train as spacy_train

        overrides = {"paths.train": str(tmp / "train.spacy"), "paths.dev": str(tmp / "dev.spacy")}
        sink = open(os.devnull, "w") if quiet else sys.stderr  # spaCy's log goes to stderr
        with sink if quiet else contextlib.nullcontext(), contextlib.redirect_stdout(sink):
            spacy_train(config_path, tmp / "out", use_gpu=-1, overrides=overrides)
        _copy_model(tmp / "out" / "model-best", output_dir)
        _forget_temp_paths(output_dir / "config.cfg")
    seconds = round(time.time() - started, 1)

    return finish_model(output_dir, {
        "labels": labels,
        "scripts": scripts,
        "recipe": recipe.as_dict(),
        "training_data": training_data or ["user corpus"],
        "n_train_docs": len(train_docs),
        "n_dev_docs": len(dev_docs),
        "dev": "given dev records" if dev_records else f"{dev_fraction:.0%} of the paragraphs held out (seed {recipe.seed})",
        "alignment": {"train_spans": train_report.spans, "train_misaligned": train_report.n_misaligned,
                      "dev_spans": dev_report.spans, "dev_misaligned": dev_report.n_misaligned},
    }, records=records, dev_pieces=dev_pieces, label_set=label_set, seconds=seconds, log=log)


def write_meta(model_dir: Path, block: dict, name: str | None = None, description: str | None = None) -> None:
    meta_path = Path(model_dir) / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    name = name or meta.get("name")
    if not name or name == "pipeline":  # spaCy's placeholder
        name = Path(model_dir).name.replace("-", "_") or "zhanji_ner"
    meta.update({"name": name, "version": "0.1.0",
                 "description": description or "zhanji NER tagger (spaCy tok2vec + ner, CPU)",
                 "author": "zhanji", "license": "model: MIT; training data: see README.md"})
    meta["zhanji"] = {**meta.get("zhanji", {}), **block}
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
