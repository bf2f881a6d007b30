"""The `zhanji` command: thin subcommands over the Python API in `pipeline`."""

from __future__ import annotations

import gc
import json
import sys
from collections import Counter
from pathlib import Path

import click

from pipeline.errors import ZhanjiError
from pipeline.version import PIPELINE

GC_YOUNG_THRESHOLD = 20_000


class ZhanjiGroup(click.Group):
    """Turns ZhanjiError into one `error:` line and exit status 1."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except ZhanjiError as err:
            click.echo(f"error: {err}", err=True)
            sys.exit(1)


@click.group(cls=ZhanjiGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(PIPELINE, prog_name="zhanji", message="%(version)s")
def main() -> None:
    """战记 zhanji: entities from historical and military text in Chinese and English."""
    from pipeline import regex_cache

    ctx = click.get_current_context()
    if ctx.invoked_subcommand == "extract" and gc.isenabled():
        gc.disable()   # no collection while start-up loads the pipelines (see pipeline.extract.hold_collector)
        ctx.call_on_close(gc.enable)   # on again after the command, whatever happened to its documents
    regex_cache.install()   # the rules' compiled patterns from the last run (see regex_cache)


class Summary:
    """Running counts for the stderr summary (records are not kept in memory)."""

    def __init__(self) -> None:
        self.documents = 0
        self.labels: Counter = Counter()
        self.units: Counter = Counter()
        self.places: Counter = Counter()

    def add(self, record: dict) -> None:
        from pipeline.scale.task import record_counts

        self.add_counts(record_counts(record))

    def add_counts(self, counts: dict) -> None:
        """One document's counts (pipeline.scale.task.record_counts, made by a worker)."""
        self.documents += 1
        self.labels.update(counts["labels"])
        self.units.update(counts["units"])
        self.places.update(counts["places"])

    def text(self, top: int = 8) -> str:
        lines = [f"{self.documents} document(s), {sum(self.labels.values())} entities: "
                 + ", ".join(f"{k} {v}" for k, v in self.labels.most_common())]
        if self.units:
            lines.append("top units: " + ", ".join(f"{k} ×{v}" for k, v in self.units.most_common(top)))
        if self.places:
            lines.append("top places: " + ", ".join(f"{k} ×{v}" for k, v in self.places.most_common(top)))
        return "\n".join(lines)


def _guard_reviewed(path: Path, force: bool) -> None:
    """Refuse to overwrite a file that holds reviewed annotations (see pipeline.record.holds_reviewed)."""
    from pipeline.io import output_target
    from pipeline.record import holds_reviewed

    if force or str(path) == "-" or not output_target(path).is_file():
        return
    if holds_reviewed(output_target(path)):
        raise ZhanjiError("holds reviewed annotations; machine output never overwrites "
                          "them (choose another -o or pass --force)", path=str(path))


def _work(args):
    """One extraction job (top level so it can run in a worker process).

    With `fmt` (jsonl, csv) the worker renders the record itself and returns its
    text, or the name of a temporary file in `spill_dir` for a long document, with
    the summary counts: the parent only copies text. Without, the record itself."""
    path, doc_id, encoding, options, fmt, spill_dir = args
    from pipeline.extract import extract_file
    from pipeline.scale.task import record_counts, rendered

    try:
        record = extract_file(path, encoding=encoding, options=options, doc_id=doc_id)
    except ZhanjiError as err:
        return {"error": str(err)}
    if fmt is None:
        return {"record": record}
    return {"counts": record_counts(record), **rendered(record, fmt, spill_dir)}


def pool_context():
    """How `--processes` starts its workers.

    By fork when this process runs one thread: the workers share the pipelines loaded
    once by `warm_up`, copy-on-write. By spawn when other threads run (a program that
    calls the CLI from a thread pool, a test's servers): a fork copies the locks those
    threads hold but not the threads that would release them, so a worker could wait
    forever. Spawned workers load the pipelines themselves and start in the parent's
    working directory, so relative input names mean what they meant."""
    import multiprocessing
    import threading

    return multiprocessing.get_context("fork" if threading.active_count() == 1 else "spawn")


def _emit(handle, outcome: dict, fmt: str) -> None:
    """Write one job's output (rendered text, a worker's file, or a record) to `handle`."""
    import shutil

    from pipeline.scale.task import render

    if "text" in outcome:
        handle.write(outcome["text"])
    elif "file" in outcome:
        try:
            with open(outcome["file"], encoding="utf-8", newline="") as part:
                shutil.copyfileobj(part, handle, 1 << 20)
        finally:
            Path(outcome["file"]).unlink(missing_ok=True)
    else:
        render(handle, outcome["record"], fmt)


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False))
@click.option("-o", "--output", type=click.Path(readable=False),
              help="Output file (default, or -: stdout); with --scheduler, a directory of shards.")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "spacy", "tei", "geojson"]),
              default=None, help="jsonl (default; doccano-ready records), csv (one row per entity), "
              "spacy (DocBin), tei (TEI P5 XML), geojson (linked places).")
@click.option("--model", type=click.Path(file_okay=False),
              help="Add a trained NER model: a directory, or 'default' for models/zh-general "
              "(default: rules and lexicons only).")
@click.option("--rules-only", is_flag=True, help="Rules and lexicons only (the default; kept for "
              "compatibility, wins over --model).")
@click.option("--tokens", is_flag=True, help="Add the jieba word layer with POS tags to each record.")
@click.option("--encoding", help="Source encoding: utf-8 (default, BOM allowed), gb18030, big5, "
              "utf-16le, utf-16be (utf-16: with a BOM, or a byte order that is clear).")
@click.option("--keep-going", is_flag=True, help="Report bad files and go on with the others.")
@click.option("--processes", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Worker processes.")
@click.option("--scheduler", metavar="ADDRESS|local",
              help="Run on Dask: a scheduler address (tcp://HOST:8786) or `local` (a "
                   "LocalCluster here). -o is then a directory of shards plus a manifest; "
                   "re-running resumes. Join the shards with `zhanji merge`.")
@click.option("--workers", type=click.IntRange(1, 1024),
              help="Worker processes of --scheduler local (default: one per core).")
@click.option("--force", is_flag=True, help="Overwrite an output file that holds reviewed "
              "annotations; with --scheduler, drop manifest entries of inputs not named now.")
@click.option("-q", "--quiet", is_flag=True, help="No summary on stderr.")
def extract(inputs, output, fmt, model, rules_only, tokens, encoding, keep_going, processes,
            scheduler, workers, force, quiet):
    """Extract entities from text files (or directories of .txt files) into a corpus.

    Each input document becomes one record with exact character offsets,
    labels, normalised values and provenance.
    """
    from tqdm import tqdm

    from pipeline.record import CSV_COLUMNS

    # no tqdm monitor thread: --processes forks, and a fork should copy one thread only
    tqdm.monitor_interval = 0
    # a batch run allocates many short-lived objects and almost no cyclic garbage: the
    # garbage collector's young generation is collected less often (about 3 % of the time)
    gc.set_threshold(GC_YOUNG_THRESHOLD, *gc.get_threshold()[1:])

    if quiet:
        from pipeline.segment import quiet_jieba

        quiet_jieba()
    if scheduler is None and workers is not None:
        raise ZhanjiError("--workers goes with --scheduler local (use --processes here)")
    if scheduler is not None:
        _check_cluster_options(output, fmt, processes)
        gc.enable()   # a cluster's template and workers collect as they always did
    if scheduler == "local":  # its workers' template loads the pipeline while we get ready
        from pipeline.scale.template import start_early

        start_early(model, rules_only, tokens)
    from pipeline.inputs import Options, document_ids, expand_inputs   # (a cluster's client loads no rules)

    if scheduler is None and not gc.isenabled():
        from pipeline.extract import hold_collector

        hold_collector()

    paths = expand_inputs(inputs)
    if not paths:
        raise ZhanjiError("no input files found")
    ids = document_ids(paths)
    if scheduler is not None:
        options = Options.default(model, rules_only, tokens)
        return _extract_on_cluster(paths, ids, inputs, output, options, encoding, scheduler,
                                   workers, force, quiet)
    suffix = Path(output).suffix.lower() if output else ""
    if fmt is None:
        fmt = EXPORT_SUFFIXES.get(suffix, "jsonl")
    if fmt == "spacy" and not output:
        raise ZhanjiError("--format spacy needs -o FILE.spacy (or -o - for stdout)")
    if output:
        _guard_reviewed(Path(output), force)
    options = Options.default(model, rules_only, tokens)
    parallel = processes > 1 and len(paths) > 1
    # pool workers render jsonl and csv themselves; a DocBin is built from records
    render = fmt if parallel and fmt in ("jsonl", "csv") else None
    bar = tqdm(total=len(paths), desc="extract", unit="doc", file=sys.stderr,
               disable=True if quiet or len(paths) < 2 else None)
    summary, failures = Summary(), []

    def outcomes(spill_dir=None):
        """Each job's outcome in input order; failures reported (or raised) as they come."""
        jobs = [(str(p), doc_id, encoding, options, render, spill_dir)
                for p, doc_id in zip(paths, ids)]
        if parallel:
            context = pool_context()
            if context.get_start_method() == "fork":
                from pipeline.extract import warm_up

                warm_up(options)  # load pipelines and lexicons once; forked workers share them
            pool = context.Pool(processes)
            results = pool.imap(_work, jobs, chunksize=max(1, min(16, len(jobs) // (processes * 4))))
        else:
            pool, results = None, map(_work, jobs)
        finished = False
        try:
            for outcome in results:
                bar.update(1)
                if "error" in outcome:
                    if not keep_going:
                        raise ZhanjiError(outcome["error"])
                    click.echo(f"error: {outcome['error']}", err=True)
                    failures.append(outcome["error"])
                    continue
                if "record" in outcome:
                    summary.add(outcome["record"])
                else:
                    summary.add_counts(outcome["counts"])
                yield outcome
            finished = True
        finally:
            if pool is not None:
                if finished:
                    # every job done: the workers take the pool's end-of-work mark and exit. terminate() here raced
                    # with the pool's own thread, which can start a new worker for one it has just killed; nobody
                    # stops the new one, and the run waited for it forever (seen once in `make bench`, session 15)
                    pool.close()
                    pool.join()
                else:
                    pool.terminate()   # an error or an interrupt: stop the workers now
            bar.close()

    def write_all(handle) -> None:
        import contextlib
        import tempfile

        if fmt == "csv":
            import csv

            csv.DictWriter(handle, fieldnames=CSV_COLUMNS).writeheader()
        with tempfile.TemporaryDirectory(prefix="zhanji-parts-") as spill_dir, \
                contextlib.closing(outcomes(spill_dir)) as results:  # the pool ends first
            for outcome in results:
                _emit(handle, outcome, fmt)

    if fmt == "spacy":
        from pipeline.api import write_docbin_file

        report = write_docbin_file(output, (o["record"] for o in outcomes()))
        if not quiet:
            click.echo(f"DocBin: {report}", err=True)
    elif fmt in ("tei", "geojson"):
        from pipeline.export import write_geojson, write_tei

        (write_tei if fmt == "tei" else write_geojson)(output or "-", (o["record"] for o in outcomes()))
    elif output:
        from pipeline.io import atomic_writer

        with atomic_writer(output, encoding="utf-8-sig" if fmt == "csv" else "utf-8") as handle:
            write_all(handle)
    else:
        write_all(sys.stdout)
    if not quiet:
        click.echo(summary.text(), err=True)
        if output and output != "-" and summary.documents:
            click.echo(f"wrote {output}", err=True)
    if failures:
        click.echo(f"{len(failures)} file(s) failed", err=True)
        sys.exit(1)


EXPORT_SUFFIXES = {".csv": "csv", ".spacy": "spacy", ".xml": "tei", ".tei": "tei",
                   ".geojson": "geojson"}


@main.command()
@click.argument("corpus", type=click.Path(dir_okay=False, readable=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, readable=False),
              help="Output file (- for stdout).")
@click.option("--format", "fmt", type=click.Choice(["tei", "geojson", "csv"]), default=None,
              help="tei (TEI P5 XML), geojson (linked places), csv (one row per entity); "
              "default from the output suffix (.xml, .geojson, .csv).")
def export(corpus, output, fmt):
    """Export a corpus (extracted or reviewed JSONL) as TEI, GeoJSON or CSV."""
    from pipeline.export import write_geojson, write_tei
    from pipeline.record import iter_records, write_csv

    fmt = fmt or EXPORT_SUFFIXES.get(Path(output).suffix.lower())
    if fmt not in ("tei", "geojson", "csv"):
        raise ZhanjiError("say --format tei|geojson|csv (or use a .xml, .geojson or .csv output)",
                          path=output)
    writer = {"tei": write_tei, "geojson": write_geojson, "csv": write_csv}[fmt]
    count = writer(output, iter_records(corpus))
    if output != "-":
        click.echo(f"wrote {output} ({count} {dict(tei='documents', geojson='places', csv='rows')[fmt]})", err=True)


def _check_cluster_options(output, fmt, processes) -> None:
    if not output or output == "-":
        raise ZhanjiError("--scheduler writes a directory of shards: name it with -o DIRECTORY "
                          "(then `zhanji merge DIRECTORY -o FILE`)")
    if fmt not in (None, "jsonl"):
        raise ZhanjiError("--scheduler writes JSONL shards; convert the merged corpus instead "
                          "of --format " + fmt)
    if processes > 1:
        raise ZhanjiError("--processes is for a local run; with --scheduler the cluster's "
                          "workers do the work (--workers N for --scheduler local)")


def _extract_on_cluster(paths, ids, inputs, output, options, encoding, scheduler, workers,
                        force, quiet) -> None:
    from pipeline.scale.runner import run

    summary = Summary()
    say = (lambda text: None) if quiet else (lambda text: click.echo(text, err=True))
    report = run(paths, ids, output, options=options, encoding=encoding, scheduler=scheduler,
                 workers=workers, force=force, inputs=list(inputs), summary=summary,
                 progress=not quiet, say=say)
    for _, message in report.failures:
        click.echo(f"error: {message}", err=True)
    if not quiet:
        if summary.documents:
            click.echo(summary.text(), err=True)
        rate = report.chars / report.seconds if report.seconds else 0.0
        click.echo(f"{report.extracted} extracted ({rate / 1e3:.0f} k chars/s), "
                   f"{report.skipped} already done, {len(report.failures)} failed, "
                   f"of {report.documents} document(s)", err=True)
        click.echo(f"wrote {output} (one corpus file: zhanji merge {output} -o FILE.jsonl)",
                   err=True)
    if report.failures:
        click.echo(f"{len(report.failures)} file(s) failed (listed in {output}/manifest.jsonl)",
                   err=True)
        sys.exit(1)


@main.command()
@click.argument("directory", type=click.Path(readable=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, readable=False),
              help="Output file (- for stdout).")
@click.option("--partial", is_flag=True,
              help="Merge what is done even if the run has documents still to extract.")
@click.option("--force", is_flag=True, help="Overwrite an output file that holds reviewed annotations.")
@click.option("-q", "--quiet", is_flag=True, help="No report on stderr.")
def merge(directory, output, partial, force, quiet):
    """Join the shards of `zhanji extract --scheduler` into one corpus file.

    Records come in input order, byte for byte as a local `zhanji extract` of the
    same inputs writes them. Documents that failed are left out (and listed).
    """
    from pipeline.scale.merge import merge as merge_shards

    _guard_reviewed(Path(output), force)
    report = merge_shards(directory, output, partial=partial)
    for source, message in report.failed:
        click.echo(f"error: {message or source}", err=True)
    if not quiet:
        if report.pending:
            click.echo(f"{len(report.pending)} document(s) not extracted yet, left out", err=True)
        if output != "-":
            click.echo(f"wrote {output} ({report.records} record(s))", err=True)
    if report.failed:
        click.echo(f"{len(report.failed)} document(s) failed in extraction, left out", err=True)
        sys.exit(1)


@main.command()
@click.option("--gold", required=True, type=click.Path(dir_okay=False, readable=False),
              help="Gold corpus JSONL.")
@click.option("--pred", type=click.Path(dir_okay=False, readable=False),
              help="Prediction JSONL to score (default: run extraction on the gold texts).")
@click.option("--model", type=click.Path(file_okay=False),
              help="Score rules + a trained NER model: a directory, or 'default' (models/zh-general).")
@click.option("--rules-only", is_flag=True, help="Score rules and lexicons alone (the default).")
@click.option("--compare", is_flag=True, help="Score rules alone, model alone and both "
              "(with --model, else the default model).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--errors", is_flag=True, help="List every false positive, miss and wrong value.")
@click.option("--error-types", is_flag=True, help="Count the misses and false spans by label and type (nothing "
              "found, wrong extent, another label) without showing any text: for sets whose strings must not be read.")
@click.option("--lang", type=click.Choice(["zh", "en"]),
              help="Score only the gold documents in this language (meta.script, else detected).")
def evaluate(gold, pred, model, rules_only, compare, as_json, errors, error_types, lang):
    """Score extraction against gold annotations (exact span and label; normalised values)."""
    from pipeline.api import evaluate_corpus

    reports = evaluate_corpus(gold, pred=pred, model=model, rules_only=rules_only,
                              compare=compare, lang=lang)
    if as_json:
        click.echo(json.dumps([{k: v for k, v in r.items() if k != "scores"} for r in reports],
                              ensure_ascii=False, indent=2))
        return
    from pipeline.evaluate import format_error_types, format_errors, format_report

    for report in reports:
        for note in report.get("notes", []):
            click.echo(f"note: {note}")
        click.echo(format_report(report["result"], report["title"]))
        if error_types:
            click.echo(format_error_types(report["result"]))
        if errors:
            click.echo(format_errors(report["scores"], report["texts"]))
        click.echo("")


@main.command()
@click.argument("source", type=click.Path(dir_okay=False, readable=False))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False, readable=False),
              help="Output file (- for stdout).")
@click.option("--config", "config", required=True,
              help="OpenCC config: s2t, t2s, s2tw, tw2s, s2twp, tw2sp, s2hk, hk2s, t2tw, ...")
@click.option("--encoding", help="Encoding of a text SOURCE (default utf-8).")
@click.option("--input-format", type=click.Choice(["text", "corpus"]), default=None,
              help="What SOURCE is (default: a corpus if named .jsonl in any case; JSON "
                   "content under another name must be declared).")
def convert(source, output, config, encoding, input_format):
    """Convert a text file or a corpus JSONL between scripts, projecting every span.

    Phrase configs (s2twp, tw2sp) rewrite words (内存 → 記憶體) and spans follow;
    tag on char-level configs only.
    """
    from pipeline.api import convert_file

    count = convert_file(source, output, config, encoding=encoding, input_format=input_format)
    if output != "-":
        click.echo(f"wrote {output} ({count} record(s))" if count else f"wrote {output}", err=True)


@main.command()
@click.argument("source", type=click.Path(dir_okay=False))
@click.option("--encoding", help="Source encoding (default utf-8).")
def segment(source, encoding):
    """Print the jieba word layer (word/POS) that tagging uses, one line per input line:
    words of the normalised working text (Simplified, spaces inside names skipped),
    each shown as the line writes it."""
    from pipeline.extract import token_layer
    from pipeline.io import read_source
    from pipeline.script import detect_script, tagging_config
    from pipeline.working import working_text

    text = read_source(source, encoding).text
    config = tagging_config(detect_script(text))
    for line in text.splitlines():
        if line.strip():
            tokens = token_layer(working_text(line, config))
            click.echo(" ".join(f"{t['text']}/{t['pos']}" for t in tokens if t["text"].strip()))


def _register_commands() -> None:
    """Subcommands that live with their workflows (review/, train/, link)."""
    from pipeline.link_cli import entities
    from pipeline.report.cli import report
    from pipeline.review.cli import review
    from pipeline.train.cli import train_cmd, train_curve_cmd

    for command in (review, train_cmd, train_curve_cmd, entities, report):
        main.add_command(command)


_register_commands()

if __name__ == "__main__":
    main()
