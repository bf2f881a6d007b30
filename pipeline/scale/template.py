"""The workers of `--scheduler local` are forked from a warm template process.

Dask spawns a LocalCluster's workers by default: each is a fresh interpreter that
imports Dask, spaCy and the lexicons and then loads the pipeline (~3 CPU s, and on
a small machine the seconds the run is slower than `--processes`). Forking them
from the client instead (as `--processes` does) hung once: the client runs Dask's
threads, and a fork copies their locks mid-use.

So the client starts a multiprocessing *forkserver* first, before it needs its
workers: a fresh single-threaded interpreter that imports Dask and this module,
which loads the pipeline (`ZHANJI_TEMPLATE` names the options) and freezes it
out of the garbage collector's passes. It starts as the `zhanji` command does: the rules'
patterns from the regex cache when the client's command serves them from it
(`pipeline.regex_cache`; without it the template compiled all ~2,200 patterns again,
about 2.5 of its 4.5 CPU s, and the workers waited for it), no collection while the
pipeline loads, and the command's collector threshold, which the workers inherit as
`--processes` workers inherit their parent's. Every worker, and every worker a nanny
starts in place of a lost one, is then a fork of that template: it starts at
once with the pipeline loaded and shares its pages copy-on-write. The template
warms up while the client starts the scheduler. The workers' own warm-up (the
`WorkerPlugin`) still runs and finds everything loaded; a template that could not
warm up (a missing model) leaves the work, and the error, to it.
"""

from __future__ import annotations

import json
import os

ENV = "ZHANJI_TEMPLATE"
MODULE = __name__


def start(options) -> None:
    """Start the forkserver (if it is not running yet) with the pipeline for `options`
    loaded; Dask then forks the workers from it (multiprocessing-method: forkserver)."""
    _start(None if options is None else
           {"model": options.model, "rules_only": options.model is None, "tokens": options.tokens})


def start_early(model: str | None, rules_only: bool, tokens: bool) -> None:
    """`start` from the command's own options, before this process imports spaCy
    (`Options.default` runs in the template; what it refuses, the client reports)."""
    _start({"model": model, "rules_only": rules_only, "tokens": tokens})


def _start(spec: dict | None) -> None:
    import gc
    import multiprocessing
    from multiprocessing import forkserver

    from pipeline import regex_cache

    if spec is not None:
        # start as this process does: the regex cache if it serves this command, its collector threshold
        spec = dict(spec, regex_cache=regex_cache.is_installed(), gc_threshold=list(gc.get_threshold()))

    multiprocessing.get_context("forkserver").set_forkserver_preload(["distributed", MODULE])
    saved = os.environ.get(ENV)
    if spec is not None:
        os.environ[ENV] = json.dumps(spec)
    try:
        forkserver.ensure_running()  # the template inherits the environment now
    finally:
        if saved is None:
            os.environ.pop(ENV, None)
        else:
            os.environ[ENV] = saved
    try:
        import distributed.utils  # (after the start: the template imports Dask meanwhile)
    except ImportError:  # connect() says what is missing
        return
    # Dask sets its own preload list (Dask and its dependencies) the first time it needs
    # the forkserver, unless told it has; ours imports Dask too
    distributed.utils._forkserver_preload_set = True


def stop() -> None:
    """End the template once the cluster has closed (it holds a loaded pipeline): at once,
    without the interpreter's tidy exit of a large heap (SIGTERM: the template has no
    handler for it, and no worker left)."""
    import contextlib
    import signal
    from multiprocessing import forkserver

    server = forkserver._forkserver  # ForkServer has no public stop
    with contextlib.suppress(Exception):
        if server._forkserver_pid:
            os.kill(server._forkserver_pid, signal.SIGTERM)
        server._stop()


def _warm_template() -> None:
    spec = os.environ.get(ENV)
    if not spec:  # imported anywhere but in the template
        return
    import gc

    spec = json.loads(spec)
    threshold = spec.pop("gc_threshold", None)
    cached = spec.pop("regex_cache", False)
    gc.disable()  # start-up makes only objects that live as long as the process (hold_collector)
    try:
        if cached:
            from pipeline import regex_cache

            recording = regex_cache.install() == "recording"
        from pipeline.extract import Options
        from pipeline.scale.task import warm_up_worker

        warm_up_worker(Options.default(**spec))
        if cached and recording:  # the next run's template (and command) find the patterns
            regex_cache.save()
    except Exception:  # noqa: BLE001 - the forkserver must live; workers warm up and report
        pass
    finally:
        if threshold:
            gc.set_threshold(*threshold)
        gc.enable()


_warm_template()
