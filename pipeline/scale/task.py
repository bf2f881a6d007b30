"""One input file on a worker: extract it and hand back its output, small.

Used by Dask tasks (`pipeline.scale.runner`) and by `zhanji extract --processes`
workers alike. A worker renders the record itself (JSON line or CSV rows), so
the parent process only copies text: it never unpickles nor serialises records.
A long document's output goes to a file (never gigabytes through a pipe or a
Dask scheduler); what comes back is a small dict.
"""

from __future__ import annotations

import contextlib
import csv
import io
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import ZhanjiError

# a document longer than this (characters) has its output written to a file by the worker
INLINE_CHARS = 1_000_000


def record_counts(record: dict) -> dict:
    """What the summary needs from one record: label, unit and place counts."""
    labels, units, places = Counter(), Counter(), Counter()
    for ent in record["entities"]:
        labels[ent["label"]] += 1
        if ent["label"] == "MIL_UNIT":
            units[ent["text"]] += 1
        elif ent["label"] in ("GPE", "LOC"):
            places[ent["text"]] += 1
    return {"labels": dict(labels), "units": dict(units), "places": dict(places)}


def render(handle, record: dict, fmt: str) -> None:
    """Write one record as the output format has it: a JSONL line, or CSV rows (no header)."""
    from pipeline.record import CSV_COLUMNS, entity_rows, write_record

    if fmt == "jsonl":
        write_record(handle, record)
    elif fmt == "csv":
        csv.DictWriter(handle, fieldnames=CSV_COLUMNS).writerows(entity_rows([record]))
    else:
        raise ValueError(f"cannot render {fmt!r}")


def rendered(record: dict, fmt: str, spill_dir: str | None) -> dict:
    """{"text": ...} for an ordinary record; {"file": path} (a temporary file in
    `spill_dir` that the receiver copies and removes) for a long one."""
    if spill_dir is not None and len(record["text"]) > INLINE_CHARS:
        fd, name = tempfile.mkstemp(prefix="zhanji-part-", suffix=".txt", dir=spill_dir)
        try:
            with open(fd, "w", encoding="utf-8", newline="") as handle:
                render(handle, record, fmt)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(name)
            raise
        return {"file": name}
    buffer = io.StringIO(newline="")
    render(buffer, record, fmt)
    return {"text": buffer.getvalue()}


@dataclass(frozen=True)
class FileJob:
    """One input file for a Dask task.

    `path` is what the worker opens (absolute, so a worker's own working directory
    does not matter); `source` is the path as the user named it, which the record
    keeps (as a local run does). `known_sha256`: the text's hash when this document
    was done before with the same id, pipeline and options; the task then skips it.
    `big_name`: where (inside `shard_dir`) the line of a document longer than
    `inline_chars` is written by the worker. `code`: the client's code fingerprint; a
    worker whose own differs fails the document rather than extract it otherwise.
    """

    index: int
    path: str
    source: str
    doc_id: str
    encoding: str | None
    options: object
    shard_dir: str
    big_name: str
    known_sha256: str | None = None
    inline_chars: int = INLINE_CHARS
    code: str | None = None


def _message(err: BaseException, job: FileJob) -> str:
    text = str(err) if isinstance(err, ZhanjiError) else f"internal error: {type(err).__name__}: {err}"
    if not isinstance(err, ZhanjiError):
        text = f"{job.source}: {text}"
    return text.replace(job.path, job.source, 1) if job.path != job.source else text


def extract_job(job: FileJob) -> dict:
    """A Dask task: extract one file; returns a small summary (and the JSON line when
    the document is short). Never raises for a bad document: its error comes back."""
    from pipeline.extract import extract_text
    from pipeline.io import read_source
    from pipeline.record import sha256_text, write_record

    from pipeline.version import code_fingerprint

    out = {"index": job.index, "id": job.doc_id, "source": job.source}
    if job.code is not None and job.code != code_fingerprint():
        out.update(status="error", error=f"{job.source}: not extracted: this Dask worker runs other "
                   f"zhanji code (code {code_fingerprint()}; the client's {job.code})")
        return out
    try:
        text = read_source(job.path, job.encoding).text
        sha = sha256_text(text)
        out.update(sha256=sha, chars=len(text))
        if job.known_sha256 == sha:
            out["status"] = "skipped"
            return out
        record = extract_text(text, job.doc_id, source=job.source, options=job.options)
        out["counts"] = record_counts(record)
        out["entities"] = len(record["entities"])
        if len(text) > job.inline_chars:
            target = Path(job.shard_dir) / job.big_name
            out["file"], out["length"] = job.big_name, write_atomically(target, record)
        else:
            buffer = io.StringIO(newline="")
            write_record(buffer, record)
            out["line"] = buffer.getvalue()
        out["status"] = "done"
    except Exception as err:  # a bad document is a per-document error, never a lost run
        out.update(status="error", error=_message(err, job))
    return out


def extract_batch(jobs: list[FileJob]) -> list[dict]:
    """A Dask task of several files (short ones travel together: Dask's cost per task,
    a few ms of scheduler, client and worker time, is then paid once for all of them)."""
    return [extract_job(job) for job in jobs]


def write_atomically(target: Path, record: dict) -> int:
    """The record's JSON line as a file of its own (temporary file, fsync, rename);
    returns its size in bytes. A task run twice writes the same bytes to the same name."""
    from pipeline.record import write_record

    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with open(fd, "w", encoding="utf-8", newline="") as handle:
            write_record(handle, record)
            handle.flush()
            os.fsync(handle.fileno())
        size = os.path.getsize(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return size


def warm_up_worker(options) -> None:
    """Load the pipelines and lexicons once per worker process (pipeline.extract.warm_up)."""
    from pipeline.extract import warm_up
    from pipeline.segment import quiet_jieba

    quiet_jieba()
    warm_up(options)
