"""`zhanji entities CORPUS.jsonl -o entities.csv|.json`: linked entities across scripts and languages."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click

from pipeline.io import atomic_write_text
from pipeline.link import link_entities
from pipeline.record import iter_records

CSV_COLUMNS = ("id", "label", "zh-Hans", "zh-Hant", "en", "mentions", "documents", "note")


def entities_csv(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow([" | ".join(row[c]) if isinstance(row[c], list) else row[c] for c in CSV_COLUMNS])
    return buffer.getvalue()


@click.command("entities")
@click.argument("corpus", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="entities.csv or entities.json (format from the suffix); stdout (CSV) if absent")
@click.option("--format", "fmt", type=click.Choice(["csv", "json"]), default=None,
              help="output format (default: from the output suffix, else csv)")
@click.option("--label", "labels", multiple=True, help="only these labels (repeatable)")
def entities(corpus, output, fmt, labels):
    """List entities linked across Simplified, Traditional and English mentions.

    One row per entity: id, label, forms in zh-Hans, zh-Hant and English,
    mention count and documents.
    """
    records = [record for path in corpus for record in iter_records(path)]
    rows = link_entities(records)
    if labels:
        rows = [row for row in rows if row["label"] in set(labels)]
    fmt = fmt or ("json" if output and output.suffix.lower() == ".json" else "csv")
    text = json.dumps(rows, ensure_ascii=False, indent=1) + "\n" if fmt == "json" else entities_csv(rows)
    if output is None:
        click.echo(text, nl=False)
        return
    atomic_write_text(output, text)
    cross = sum(1 for row in rows if row["en"] and (row["zh-Hans"] or row["zh-Hant"]))
    click.echo(f"{len(rows)} entities ({cross} linked across Chinese and English) -> {output}", err=True)
