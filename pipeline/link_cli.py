"""`zhanji entities CORPUS.jsonl -o entities.csv|.json`: linked entities across scripts and languages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_write_text
from pipeline.link import link_entities
from pipeline.record import iter_records
from pipeline.spans import LABELS

CSV_COLUMNS = ("id", "label", "zh-Hans", "zh-Hant", "en", "mentions", "documents", "note")


def entities_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([" | ".join(row[c]) if isinstance(row[c], list) else row[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


@click.command("entities")
@click.argument("corpus", nargs=-1, required=True,
                type=click.Path(dir_okay=False, readable=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, readable=False),
              help="entities.csv or entities.json (format from the suffix); stdout (CSV) if absent or -")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None,
              help="output format (default: from the output suffix, else csv)")
@click.option("--label", "labels", multiple=True,
              help=f"only these labels (repeatable; any case): {', '.join(LABELS)}")
def entities(corpus, output, fmt, labels):
    """List entities linked across Simplified, Traditional and English mentions.

    One row per entity: id, label, forms in zh-Hans, zh-Hant and English,
    mention count and documents.
    """
    wanted = {label.strip().upper() for label in labels}
    unknown = sorted(label for label in labels if label.strip().upper() not in LABELS)
    if unknown:
        raise ZhanjiError(f"unknown label {unknown[0]!r} (labels: {', '.join(LABELS)})",
                          path="--label")
    records = [record for path in corpus for record in iter_records(path)]
    rows = link_entities(records)
    if wanted:
        rows = [row for row in rows if row["label"] in wanted]
    fmt = fmt or ("json" if output and Path(output).suffix.lower() == ".json" else "csv")
    text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n" if fmt == "json" else entities_csv(rows)
    if output is None:
        click.echo(text, nl=False)
        return
    atomic_write_text(output, text)
    if output == "-":
        return
    cross = sum(1 for row in rows if row["en"] and (row["zh-Hans"] or row["zh-Hant"]))
    click.echo(f"{len(rows)} entities ({cross} linked across Chinese and English) -> {output}", err=True)
