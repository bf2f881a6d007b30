"""click commands `train` and `train-curve` (registered in pipeline/cli.py)."""

from __future__ import annotations

import json
import sys

import click

from pipeline.errors import ZhanjiError
from pipeline.spans import LABELS
from pipeline.train.config import DEFAULT_TOKENIZER, TOKENIZERS, Recipe


def _read(path: str) -> list[dict]:
    from pipeline.record import read_records

    return read_records(path)


def _labels(value: str | None) -> list[str] | None:
    if not value:
        return None
    labels = [x.strip().upper() for x in value.replace(",", " ").split() if x.strip()]
    unknown = [x for x in labels if x not in LABELS]
    if unknown:
        raise ZhanjiError(f"unknown label(s) {', '.join(unknown)} (labels: {', '.join(LABELS)})",
                          path="--labels")
    return labels


def _recipe(max_steps: int, seed: int, tokenizer: str, base: str | None) -> Recipe:
    return Recipe(max_steps=max_steps, seed=seed, tokenizer=tokenizer, base=base,
                  patience=max(400, min(1600, max_steps // 3)),
                  eval_frequency=max(20, min(200, max_steps // 10)))


def _check_steps(max_steps: int) -> None:
    if max_steps < 1:
        raise ZhanjiError(f"must be at least 1 (got {max_steps})", path="--max-steps")


def _fail(err: Exception) -> None:
    click.echo(f"error: {err}", err=True)
    sys.exit(1)


@click.command("train")
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("-o", "--output", "output", required=True, type=click.Path(file_okay=False, readable=False),
              help="directory to write the model to (a new or empty one; see --force)")
@click.option("--force", is_flag=True, help="replace a directory that is not empty (as a whole, "
              "after training succeeded)")
@click.option("--dev", type=click.Path(dir_okay=False), default=None,
              help="dev corpus JSONL (default: hold out 10% of the paragraphs)")
@click.option("--base", type=click.Path(file_okay=False, exists=True), default=None,
              help="start from this model's tok2vec + ner (e.g. models/zh-general)")
@click.option("--scripts", type=click.Choice(["simplified", "both"]), default="simplified",
              show_default=True, help="both: add Traditional (s2t) copies with projected spans")
@click.option("--labels", default=None, help="labels to train, comma-separated (default: all in the corpus)")
@click.option("--max-steps", type=int, default=5000, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--tokenizer", type=click.Choice(TOKENIZERS), default=DEFAULT_TOKENIZER, show_default=True)
@click.option("--arch", type=click.Choice(["spacy", "crf", "stack"]), default="spacy", show_default=True,
              help="spacy: tok2vec + ner; crf: a CRF over characters with window and lexicon features "
              "(needs python-crfsuite; --max-steps, --tokenizer and --base do not apply); stack: a CRF "
              "reading the rules' output, correcting them only where cross-validation on the corpus "
              "says it pays (docs/training.md)")
@click.option("--crf-iterations", type=int, default=200, show_default=True, help="--arch crf/stack: L-BFGS iterations")
@click.option("--stack-folds", type=int, default=5, show_default=True,
              help="--arch stack: folds (documents) of the cross-validation that chooses its permissions")
def train_cmd(corpus, output, force, dev, base, scripts, labels, max_steps, seed, tokenizer, arch, crf_iterations,
              stack_folds):
    """Train a spaCy NER tagger on a reviewed corpus JSONL.

    The model is trained into a new directory beside OUTPUT that takes OUTPUT's
    place only when training succeeded: old and new files never mix.
    """
    from pipeline.io import directory_output
    from pipeline.train import trainer

    try:
        _check_steps(max_steps)
        wanted = _labels(labels)
        if arch in ("crf", "stack"):
            if base:
                raise ZhanjiError("--base is for the spacy architecture", path="--base")
            if crf_iterations < 1:
                raise ZhanjiError(f"must be at least 1 (got {crf_iterations})", path="--crf-iterations")
            try:
                import pycrfsuite  # noqa: F401
            except ImportError:
                raise ZhanjiError("--arch crf needs python-crfsuite (pip install 'zhanji[train]')") from None
        with directory_output(output, force=force) as fresh:
            records = _read(corpus)
            dev_records = _read(dev) if dev else None
            if arch == "stack":
                from pipeline.train.stack import StackRecipe
                from pipeline.train.stack_trainer import train_stack_pipeline

                if labels or scripts != "simplified":
                    raise ZhanjiError("--arch stack learns every label of the corpus, in the script "
                                      "extraction reads (--labels and --scripts do not apply)")
                block = train_stack_pipeline(
                    records, fresh, dev_records=dev_records, recipe=StackRecipe(max_iterations=crf_iterations),
                    folds=max(2, stack_folds), seed=seed, training_data=[corpus],
                    log=lambda msg: click.echo(msg.replace(str(fresh), str(output)), err=True))
            elif arch == "crf":
                from pipeline.train.crf import CrfRecipe
                from pipeline.train.crf_trainer import train_crf_pipeline

                block = train_crf_pipeline(
                    records, fresh, dev_records=dev_records, recipe=CrfRecipe(max_iterations=crf_iterations),
                    labels=wanted, scripts=scripts, seed=seed, training_data=[corpus],
                    log=lambda msg: click.echo(msg.replace(str(fresh), str(output)), err=True))
            else:
                block = trainer.train(
                    records, fresh, dev_records=dev_records,
                    recipe=_recipe(max_steps, seed, tokenizer, base), labels=wanted,
                    scripts=scripts, training_data=[corpus],
                    log=lambda msg: click.echo(msg.replace(str(fresh), str(output)), err=True))
    except ZhanjiError as err:
        _fail(err)
    micro = block["scores"]["micro"]
    click.echo(f"{output}: dev P {micro['p']:.3f} R {micro['r']:.3f} F1 {micro['f']:.3f}")


@click.command("train-curve")
@click.argument("corpus", type=click.Path(dir_okay=False))
@click.option("--dev", type=click.Path(dir_okay=False), default=None)
@click.option("--labels", default=None)
@click.option("--max-steps", type=int, default=2000, show_default=True)
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--tokenizer", type=click.Choice(TOKENIZERS), default=DEFAULT_TOKENIZER, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="print the curve as JSON")
def train_curve_cmd(corpus, dev, labels, max_steps, seed, tokenizer, as_json):
    """Dev F1 at 25/50/75/100 % of the training data."""
    from pipeline.train.curve import train_curve

    try:
        _check_steps(max_steps)
        rows = train_curve(_read(corpus), recipe=_recipe(max_steps, seed, tokenizer, None),
                           labels=_labels(labels), dev_records=_read(dev) if dev else None,
                           log=lambda m: click.echo(m, err=True))
    except ZhanjiError as err:
        _fail(err)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False))
        return
    click.echo("data   paragraphs  P      R      F1")
    for row in rows:
        click.echo(f"{row['fraction']:>4.0%}   {row['n_train']:>10}  {row['p']:.3f}  {row['r']:.3f}  {row['f']:.3f}")
