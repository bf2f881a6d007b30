"""`zhanji report CORPUS.jsonl -o report.html`: one self-contained HTML report."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("report")
@click.argument("corpus", nargs=-1, required=True,
                type=click.Path(dir_okay=False, readable=False, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, readable=False),
              help="the HTML file to write (self-contained: opens offline)")
@click.option("--title", default=None, help="title shown in the page (default: the corpus file names)")
def report(corpus, output, title):
    """Write an HTML report: documents with highlighted entities, a map of the
    places, a timeline of the dates, the unit - place - date chronicle and
    summary tables."""
    from pipeline.record import iter_records
    from pipeline.report.render import write_report

    records = [record for path in corpus for record in iter_records(path)]
    data = write_report(records, output, title or ", ".join(p.name for p in corpus))
    click.echo(f"{len(data['docs'])} document(s), {len(data['places'])} located places, "
               f"{len(data['timeline'])} dates, {len(data['chronicle'])} chronicle rows -> {output}", err=True)
