"""The client side of a cluster run: Dask tasks of a batch of input files, results into shards.

The client only hands out paths and writes what comes back (short JSON lines; a
long document's worker writes its own record and sends its name). It keeps a
bounded number of tasks in flight, so a corpus of millions of files never sits
on the scheduler at once. Re-running the same command resumes: a document done
before with the same id, pipeline, code and options is checked by its worker (sha256
of the text) and skipped when unchanged. Every worker must run the client's code
(`pipeline.version.code_fingerprint`): a worker with another install would write
other entities without a word, so the run stops before it starts, and a worker that
joins later fails its documents instead of extracting them.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from pipeline.errors import ZhanjiError
from pipeline.scale.shards import (SHARDS, Checkpoints, OutputDirectory, ShardWriter, new_run_id,
                                   write_manifest, FORMAT)
from pipeline.scale.task import INLINE_CHARS, FileJob, extract_batch, warm_up_worker
from pipeline.version import PIPELINE, code_fingerprint

LOCAL = "local"
# a LocalCluster's Dask: workers forked from a warm template (pipeline.scale.template), and
# fewer wake-ups of each process's event loop (the statistical profiler every 10 ms, health
# ticks every 20 ms, memory checks every 100 ms): each wake-up takes the GIL from the
# extraction thread, together 5-10 % of a worker's CPU
LOCAL_CONFIG = {
    "distributed.worker.multiprocessing-method": "forkserver",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "1s",
    "distributed.admin.system-monitor.interval": "2s",
}
# files go to the workers in batches of up to this many bytes (about 0.5 s of rules-only
# extraction) and files, and at least 8 batches per worker thread (an even end)
BATCH_BYTES = 256 * 1024
BATCH_FILES = 64


@dataclass
class RunReport:
    documents: int = 0          # inputs of this run
    extracted: int = 0          # extracted in this run
    skipped: int = 0            # done before, text unchanged
    chars: int = 0              # characters extracted in this run
    seconds: float = 0.0
    failures: list = field(default_factory=list)  # (source, message)
    dashboard: str = ""


def _plugin(options):
    from distributed.diagnostics.plugin import WorkerPlugin

    class WarmUp(WorkerPlugin):
        """Each worker loads the pipelines once when it starts (a replacement worker too)."""

        name = "zhanji-warm-up"

        def __init__(self, options) -> None:
            self.options = options

        def setup(self, worker) -> None:
            warm_up_worker(self.options)

    return WarmUp(options)


def check_worker_code(client) -> None:
    """Stop (one error line) when a worker runs other zhanji code than this client: another
    commit, an edited rule or lexicon, or another checkout found first on its sys.path."""
    mine = code_fingerprint()
    theirs = client.run(code_fingerprint)  # {worker address: its fingerprint}
    other = sorted(address for address, code in theirs.items() if code != mine)
    if other:
        raise ZhanjiError(f"{len(other)} of {len(theirs)} Dask worker(s) run other zhanji code than "
                          f"this client (first: {other[0]}, code {theirs[other[0]]}; here {mine}): "
                          "install the same commit on every worker")


def has_bokeh() -> bool:
    try:
        import bokeh  # noqa: F401
    except ImportError:
        return False
    return True


@contextlib.contextmanager
def connect(scheduler: str, workers: int | None, options=None):
    """A distributed.Client: on a new LocalCluster (`local`) or an existing scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise ZhanjiError("--scheduler needs Dask: pip install 'dask[distributed]'") from None
    if scheduler == LOCAL:
        import dask

        from pipeline.scale import template

        template.start(options)  # if run() has not: workers fork from a warm template
        try:
            with dask.config.set(LOCAL_CONFIG):
                cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                       threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=":8787" if has_bokeh() else ":0",
                                       silence_logs=logging.ERROR)
                try:
                    # results straight from the workers: no hop through the scheduler,
                    # which shares this process
                    with Client(cluster, direct_to_workers=True) as client:
                        yield client
                finally:
                    cluster.close()
        finally:
            template.stop()
        return
    if workers:
        raise ZhanjiError("--workers goes with --scheduler local (an existing cluster has the "
                          "workers its dask-worker commands started)")
    try:
        client = Client(scheduler, timeout="20s")
    except (OSError, TimeoutError, ValueError) as err:
        raise ZhanjiError(f"cannot reach the Dask scheduler at {scheduler}: {err}") from None
    with client:
        yield client


def dashboard_note(client) -> str:
    """Where the Dask dashboard is, or why there is none. (The scheduler's HTTP server
    runs either way; its dashboard pages need bokeh on the scheduler's machine.)"""
    services = client.scheduler_info().get("services", {})
    try:
        # a lambda travels by value: the scheduler need not have zhanji installed
        bokeh = client.run_on_scheduler(
            lambda: __import__("importlib.util").util.find_spec("bokeh") is not None)
    except Exception:
        bokeh = False
    if "dashboard" in services and bokeh:
        return f"Dask dashboard: {client.dashboard_link}"
    return ("Dask dashboard: none (bokeh is not installed where the scheduler runs; "
            "pip install 'bokeh>=3.1' there to get one)")


def run(paths: list[Path], ids: list[str], output: str | os.PathLike, *, options, encoding=None,
        scheduler: str = LOCAL, workers: int | None = None, force: bool = False,
        inputs: list[str] | None = None, summary=None, progress: bool = True,
        say: Callable[[str], None] = lambda s: None, client=None,
        on_result: Callable[[dict], None] | None = None, checkpoint_seconds: float = 10.0,
        shard_bytes: int | None = None, inline_chars: int = INLINE_CHARS) -> RunReport:
    """Extract `paths` (record ids `ids`) on a Dask cluster into the shard directory `output`."""
    own_cluster = client is None and scheduler == LOCAL
    if own_cluster:
        from pipeline.scale import template

        template.start(options)  # the workers' template warms up while we get ready
    try:
        return _run(paths, ids, output, options=options, encoding=encoding, scheduler=scheduler,
                    workers=workers, force=force, inputs=inputs, summary=summary,
                    progress=progress, say=say, client=client, on_result=on_result,
                    checkpoint_seconds=checkpoint_seconds, shard_bytes=shard_bytes,
                    inline_chars=inline_chars)
    finally:
        if own_cluster:
            template.stop()


def _run(paths, ids, output, *, options, encoding, scheduler, workers, force, inputs, summary,
         progress, say, client, on_result, checkpoint_seconds, shard_bytes, inline_chars):
    out = OutputDirectory(output, force=force)
    try:
        entries, jobs = _plan(out, paths, ids, options, encoding, force)
        run_id = new_run_id()
        header = {"format": FORMAT, "pipeline": PIPELINE, "code": code_fingerprint(),
                  "model": options.model,
                  "tokens": options.tokens, "inputs": list(inputs or map(str, paths)),
                  "documents": len(entries), "run": run_id}
        write_manifest(out.path, header, entries)
        out.remove_unreferenced(entries)
        jobs = [FileJob(index=i, path=os.path.abspath(p), source=str(p), doc_id=ids[i],
                        encoding=encoding, options=options, shard_dir=str(out.shards.resolve()),
                        big_name=f"{run_id}-doc{i:07d}.jsonl", known_sha256=known,
                        inline_chars=inline_chars, code=header["code"])
                for i, p, known in jobs]
        writer = ShardWriter(out.shards, run_id, **({"shard_bytes": shard_bytes} if shard_bytes else {}))
        collect = _Collector(out, header, entries, writer, checkpoint_seconds)
        report = RunReport(documents=len(entries))
        if client is not None:
            _submit_all(client, jobs, collect, report, options, summary, progress, say, on_result)
        else:
            with connect(scheduler, workers, options) as own:
                _submit_all(own, jobs, collect, report, options, summary, progress, say, on_result)
        out.remove_unreferenced(entries)
        return report
    finally:
        out.close()


def _plan(out: OutputDirectory, paths, ids, options, encoding, force):
    """Manifest entries for this run's inputs (in input order), and the jobs to submit:
    (index, path, sha256 of the text when a done record may be reused)."""
    sources = [str(p) for p in paths]
    wanted = set(sources)
    dropped = [e["source"] for e in out.entries if e["source"] not in wanted]
    if dropped and not force:
        raise ZhanjiError(f"its manifest holds {len(dropped)} document(s) that are not among "
                          f"these inputs (first: {dropped[0]}); name the same inputs to resume, "
                          "another -o, or pass --force to drop them", path=str(out.path))
    before = {e["source"]: e for e in out.entries}
    entries, jobs = [], []
    for i, (source, doc_id) in enumerate(zip(sources, ids)):
        old = before.get(source)
        reusable = (old is not None and old.get("status") == "done" and old.get("id") == doc_id
                    and old.get("pipeline") == PIPELINE and old.get("code") == code_fingerprint()
                    and old.get("model") == options.model
                    and old.get("tokens") == options.tokens)
        entry = dict(old) if reusable else {"id": doc_id, "source": source, "status": "pending"}
        entry["index"] = i
        entries.append(entry)
        jobs.append((i, paths[i], old["sha256"] if reusable else None))
    return entries, jobs


class _Collector:
    """Results into shards; the manifest rewritten at checkpoints, after the shard is sealed."""

    def __init__(self, out, header, entries, writer, seconds) -> None:
        self.out, self.header, self.entries, self.writer = out, header, entries, writer
        self.updates: list[tuple[int, dict]] = []
        self.checkpoints = Checkpoints(seconds)

    def add(self, result: dict, options) -> None:
        if result["status"] == "skipped":  # done before, text unchanged: its entry stands
            return
        update = {"status": result["status"], "id": result["id"], "source": result["source"]}
        if result["status"] == "error":
            update["error"] = result["error"]
            for key in ("sha256", "chars"):
                if key in result:
                    update[key] = result[key]
        else:
            if "line" in result:
                shard, offset, length = self.writer.add(result["line"])
            else:
                shard, offset, length = f"{SHARDS}/{result['file']}", 0, result["length"]
            update.update(sha256=result["sha256"], pipeline=PIPELINE, code=code_fingerprint(),
                          model=options.model,
                          tokens=options.tokens, shard=shard, offset=offset, length=length,
                          chars=result["chars"], entities=result["entities"])
        self.updates.append((result["index"], update))
        if self.writer.full or self.checkpoints.due():
            self.commit()

    def commit(self) -> None:
        started = time.monotonic()
        self.writer.seal()
        for index, update in self.updates:
            entry = self.entries[index]
            for key in ("error", "shard", "offset", "length", "entities"):
                entry.pop(key, None)
            entry.update(update)
        self.updates.clear()
        write_manifest(self.out.path, self.header, self.entries)
        self.checkpoints.done(started)


def _error_result(job: FileJob, message: str) -> dict:
    return {"index": job.index, "id": job.doc_id, "source": job.source, "status": "error",
            "error": f"{job.source}: {message}"}


def _submit_all(client, jobs, collect, report, options, summary, progress, say, on_result):
    from distributed import as_completed
    from tqdm import tqdm

    try:
        client.register_plugin(_plugin(options), name="zhanji-warm-up")
    except Exception as err:  # a worker without the project, or without the model
        raise ZhanjiError(f"a Dask worker could not load the pipeline: {type(err).__name__}: "
                          f"{err}") from None
    check_worker_code(client)
    report.dashboard = dashboard_note(client)
    say(report.dashboard)
    threads = sum(client.nthreads().values()) or 1
    window = max(16, 4 * threads)
    bar = tqdm(total=len(jobs), desc="extract", unit="doc", file=sys.stderr,
               disable=not progress or None)
    started = time.monotonic()
    pending = batches(jobs, threads)
    running: dict = {}  # key -> (batch of jobs, future)
    done = as_completed()

    def submit(batch: list[FileJob]) -> None:
        key = f"zhanji-extract-{batch[0].big_name[:-6]}-{len(batch)}"
        future = client.submit(extract_batch, batch, key=key, pure=False)
        running[future.key] = (batch, future)
        done.add(future)

    def submit_next() -> None:
        batch = next(pending, None)
        if batch is not None:
            submit(batch)

    try:
        for _ in range(window):
            submit_next()
        for future in done:
            batch, _ = running.pop(future.key)
            try:
                results = future.result()
            except Exception as err:
                if len(batch) > 1 and not isinstance(err, (OSError, TimeoutError)):
                    for job in batch:  # again one by one: only the document at fault fails
                        submit([job])
                    continue
                results = [_task_failure(batch[0], err)]
            finally:
                future.release()
            for result in results:
                collect.add(result, options)
                _count(result, report, summary)
                if on_result is not None:
                    on_result(result)
                bar.update(1)
            rate = report.chars / max(time.monotonic() - started, 1e-9)
            bar.set_postfix_str(f"{rate / 1e3:.0f} k chars/s", refresh=False)
            submit_next()
    finally:
        bar.close()
        report.seconds = time.monotonic() - started
        for _, future in running.values():  # stopped early: nothing more is wanted
            future.cancel()
        collect.commit()


def batches(jobs: list[FileJob], threads: int, *, batch_bytes: int = BATCH_BYTES,
            batch_files: int = BATCH_FILES):
    """The jobs in input order, in batches of about `batch_bytes` (file sizes) and at most
    `batch_files` files; smaller batches on a small corpus (8 or more per worker thread).
    A file over the limit is a batch of its own."""
    sizes = [_size(job.path) for job in jobs]
    limit = max(1, min(batch_bytes, sum(sizes) // (8 * max(threads, 1))))
    batch, size = [], 0
    for job, bytes_ in zip(jobs, sizes):
        if batch and (size + bytes_ > limit or len(batch) >= batch_files):
            yield batch
            batch, size = [], 0
        batch.append(job)
        size += bytes_
    if batch:
        yield batch


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:  # the worker reports it
        return 0


def _task_failure(job: FileJob, err: BaseException) -> dict:
    from distributed import KilledWorker

    if isinstance(err, KilledWorker):
        return _error_result(job, "the workers running this document died each time "
                                  "(out of memory?); see the worker logs")
    if isinstance(err, (OSError, TimeoutError)):  # the scheduler is gone: stop, keep what is done
        raise ZhanjiError(f"lost the Dask scheduler: {err}") from None
    return _error_result(job, f"task failed: {type(err).__name__}: {err}")


def _count(result: dict, report: RunReport, summary) -> None:
    status = result["status"]
    if status == "skipped":
        report.skipped += 1
    elif status == "error":
        report.failures.append((result["source"], result["error"]))
    else:
        report.extracted += 1
        report.chars += result["chars"]
        if summary is not None:
            summary.add_counts(result["counts"])
