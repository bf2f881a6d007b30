"""Extraction on Dask (pipeline.scale): the same bytes as a local run, resume, faults, merge.

One LocalCluster of two worker processes on 127.0.0.1 serves the module (no dashboard
pages; its HTTP port is a free one); tests that kill a worker leave its nanny to restart it.
"""

import json
import os
import shutil
import signal
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parent.parent

OWN = {  # our own sentences (not from any gold file)
    "a.txt": "1950年10月，志愿军第38军在清川江一带与美军第2师交战，歼敌约3000人。\n",
    "sub/a.txt": "1937年8月，第九集团军在上海北郊的罗店一线阻击日军第11师团。\n",
    "trad.zh-hant.txt": "民國三十三年六月，第十軍奉命固守衡陽，與日軍第68師團對峙四十七日。\n",
    "notes.en.txt": "In May 1942 the 5th Army withdrew from Burma through the Hukawng Valley.\n",
}


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def cluster():
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=50) as local:
        yield local


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    """A small corpus, named relative to the working directory (as users type it)."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "corpus"
    for name, text in OWN.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    for src in sorted((REPO / "corpus").glob("*.txt")):
        shutil.copy(src, root / src.name)
    return Path("corpus")


def local_run(inputs, out="local.jsonl", *extra):
    result = run("extract", *inputs, "-o", out, "--rules-only", "-q", *extra)
    assert result.exit_code in (0, 1), result.output
    return Path(out).read_bytes()


def manifest(directory):
    lines = (Path(directory) / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0]), [json.loads(line) for line in lines[1:]]


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_processes_write_what_one_process_writes(corpus, monkeypatch, fmt):
    # first in the module: fork before the cluster fixture starts threads in this process
    import pipeline.scale.task as task

    monkeypatch.setattr(task, "INLINE_CHARS", 2000)  # the long article goes through a file
    one = local_run([corpus], f"one.{fmt}")
    two = local_run([corpus], f"two.{fmt}", "--processes", "2")
    assert one == two and len(one) > 1000
    assert not list(Path(os.environ.get("TMPDIR", "/tmp")).glob("zhanji-parts-*/zhanji-part-*"))


def test_processes_end_by_closing_the_pool_not_terminating_it(corpus, monkeypatch):
    # pool.terminate() after the last job raced with the pool's own thread, which may start a new worker for one it
    # has just killed and leave it waiting forever on the task queue: a finished run closes and joins the pool instead
    import multiprocessing.pool

    calls = []
    original = multiprocessing.pool.Pool.terminate
    monkeypatch.setattr(multiprocessing.pool.Pool, "terminate",
                        lambda self: calls.append("terminate") or original(self))
    two = local_run([corpus], "two.jsonl", "--processes", "2")
    assert calls == [] and len(two) > 1000


def test_processes_spawn_while_other_threads_run(corpus):
    # a thread holding a lock at fork time would leave a forked worker waiting on it forever
    import threading

    from pipeline.cli import pool_context

    assert pool_context().get_start_method() == "fork"
    held, release = threading.Lock(), threading.Event()

    def hold():
        with held:
            release.wait(60)

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    try:
        assert pool_context().get_start_method() == "spawn"
        two = local_run([corpus], "two.jsonl", "--processes", "2")
    finally:
        release.set()
        thread.join()
    assert pool_context().get_start_method() == "fork"
    assert two == local_run([corpus], "one.jsonl") and len(two) > 1000


def test_cluster_run_merges_to_the_bytes_of_a_local_run(cluster, corpus):
    result = run("extract", corpus, "-o", "out", "--scheduler", cluster.scheduler_address,
                 "--rules-only")
    assert result.exit_code == 0, result.output
    assert "Dask dashboard: none (bokeh is not installed" in result.output or \
        "Dask dashboard: http" in result.output
    assert "6 extracted" in result.output and "0 failed, of 6 document(s)" in result.output
    header, entries = manifest("out")
    assert header["format"] == "zhanji-shards/1" and header["documents"] == 6
    # ids as a local run gives them: a.txt and sub/a.txt collide and take their relative path
    assert [e["id"] for e in entries] == ["a", "ichigo-1944", "notes", "sub/a", "trad",
                                          "yuxianggui-1944"]
    assert all(e["status"] == "done" and len(e["sha256"]) == 64 for e in entries)
    merged = run("merge", "out", "-o", "merged.jsonl")
    assert merged.exit_code == 0, merged.output
    assert "wrote merged.jsonl (6 record(s))" in merged.output
    assert Path("merged.jsonl").read_bytes() == local_run([corpus])
    records = [json.loads(line) for line in Path("merged.jsonl").read_text("utf-8").splitlines()]
    assert [r["meta"]["sha256"] for r in records] == [e["sha256"] for e in entries]


def test_rerun_skips_what_is_done_and_redoes_what_changed(cluster, corpus):
    address = cluster.scheduler_address
    assert run("extract", corpus, "-o", "out", "--scheduler", address, "--rules-only",
               "-q").exit_code == 0
    _, first = manifest("out")
    shards = sorted(os.listdir("out/shards"))
    again = run("extract", corpus, "-o", "out", "--scheduler", address, "--rules-only")
    assert again.exit_code == 0, again.output
    assert "0 extracted" in again.output and "6 already done" in again.output
    assert manifest("out")[1] == first and sorted(os.listdir("out/shards")) == shards
    changed = corpus / "a.txt"
    changed.write_text("1951年1月，志愿军第50军在汉江南岸坚守阵地。\n", encoding="utf-8")
    third = run("extract", corpus, "-o", "out", "--scheduler", address, "--rules-only")
    assert "1 extracted" in third.output and "5 already done" in third.output
    _, entries = manifest("out")
    assert entries[0]["shard"] != first[0]["shard"] and entries[1:] == first[1:]
    # other options are another extraction: nothing is reused
    tokens = run("extract", corpus, "-o", "out", "--scheduler", address, "--rules-only",
                 "--tokens", "-q")
    assert tokens.exit_code == 0, tokens.output
    assert all(e["tokens"] is True for e in manifest("out")[1])
    assert run("merge", "out", "-o", "merged.jsonl").exit_code == 0
    assert Path("merged.jsonl").read_bytes() == local_run([corpus], "local.jsonl", "--tokens")
    # shards no manifest line points at any more are gone
    referenced = {e["shard"].split("/")[1] for e in manifest("out")[1]}
    assert set(os.listdir("out/shards")) == referenced


def test_interrupted_run_resumes_without_loss_or_duplicates(cluster, corpus):
    from distributed import Client

    from pipeline.extract import Options, document_ids, expand_inputs
    from pipeline.scale.runner import run as run_cluster

    paths = expand_inputs([corpus])
    ids = document_ids(paths)
    seen = []

    def stop_after_two(result):
        seen.append(result["source"])
        if len(seen) == 2:
            raise KeyboardInterrupt

    with Client(cluster) as client:
        with pytest.raises(KeyboardInterrupt):
            run_cluster(paths, ids, "out", options=Options(), client=client, progress=False,
                        on_result=stop_after_two)
    _, entries = manifest("out")
    assert sorted(e["source"] for e in entries if e["status"] == "done") == sorted(seen)
    assert sum(e["status"] == "pending" for e in entries) == 4
    refused = run("merge", "out", "-o", "merged.jsonl")
    assert refused.exit_code == 1
    assert refused.output.splitlines() == [
        "error: out: 4 document(s) not extracted yet (first: " + next(
            e["source"] for e in entries if e["status"] == "pending")
        + "): run the same `zhanji extract` again to finish, or pass --partial"]
    assert not Path("merged.jsonl").exists()
    partial = run("merge", "out", "-o", "partial.jsonl", "--partial")
    assert partial.exit_code == 0 and len(Path("partial.jsonl").read_bytes().splitlines()) == 2
    resumed = run("extract", corpus, "-o", "out", "--scheduler", cluster.scheduler_address,
                  "--rules-only")
    assert "4 extracted" in resumed.output and "2 already done" in resumed.output
    assert run("merge", "out", "-o", "merged.jsonl").exit_code == 0
    assert Path("merged.jsonl").read_bytes() == local_run([corpus])


def test_a_killed_worker_loses_nothing(cluster, tmp_path, monkeypatch):
    from distributed import Client

    from pipeline.extract import Options, document_ids, expand_inputs
    from pipeline.scale.runner import run as run_cluster

    monkeypatch.chdir(tmp_path)
    text = (REPO / "corpus" / "yuxianggui-1944.zh-hans.txt").read_text(encoding="utf-8")
    Path("many").mkdir()
    for i in range(10):  # documents that each take a while, so tasks are running at the kill
        Path(f"many/part{i:02d}.txt").write_text(f"第{i + 1}卷\n\n" + text * 2, encoding="utf-8")
    paths = expand_inputs(["many"])
    ids = document_ids(paths)
    killed = []

    with Client(cluster) as client:
        client.wait_for_workers(2, timeout=120)

        def kill_a_busy_worker(result):
            if killed:
                return
            busy = [w for w, keys in client.processing().items() if keys]
            if busy:
                pid = client.run(os.getpid, workers=[busy[0]])[busy[0]]
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)

        report = run_cluster(paths, ids, "out", options=Options(), client=client,
                             progress=False, on_result=kill_a_busy_worker)
        client.wait_for_workers(2, timeout=120)  # its nanny starts a new one
    assert killed and report.extracted == 10 and not report.failures
    _, entries = manifest("out")
    assert [e["source"] for e in entries] == [str(p) for p in paths]
    assert all(e["status"] == "done" for e in entries)
    assert run("merge", "out", "-o", "merged.jsonl").exit_code == 0
    lines = Path("merged.jsonl").read_bytes().splitlines(keepends=True)
    assert [json.loads(line)["id"] for line in lines] == ids  # each document exactly once
    assert b"".join(lines) == local_run(["many"])


def test_bad_files_are_errors_of_their_own_documents(cluster, corpus):
    Path(corpus / "empty.txt").write_bytes(b"")
    Path(corpus / "picture.txt").write_bytes(b"\x89PNG\x00\x00\x01\x02")
    result = run("extract", corpus, "-o", "out", "--scheduler", cluster.scheduler_address,
                 "--rules-only")
    assert result.exit_code == 1
    assert "error: corpus/empty.txt: empty file (no text to process)" in result.output
    assert "error: corpus/picture.txt: binary file" in result.output
    assert "6 extracted" in result.output and "2 failed, of 8 document(s)" in result.output
    _, entries = manifest("out")
    errors = {e["source"]: e["error"] for e in entries if e["status"] == "error"}
    assert errors == {"corpus/empty.txt": "corpus/empty.txt: empty file (no text to process)",
                      "corpus/picture.txt": "corpus/picture.txt: binary file, not text "
                                            "(contains NUL or control bytes)"}
    merged = run("merge", "out", "-o", "merged.jsonl")
    assert merged.exit_code == 1 and "2 document(s) failed in extraction, left out" in merged.output
    assert Path("merged.jsonl").read_bytes() == local_run([corpus], "local.jsonl", "--keep-going")


def test_long_documents_are_written_by_their_worker(cluster, corpus):
    from distributed import Client

    from pipeline.extract import Options, document_ids, expand_inputs
    from pipeline.scale.runner import run as run_cluster

    paths = expand_inputs([corpus])
    with Client(cluster) as client:
        report = run_cluster(paths, document_ids(paths), "out", options=Options(),
                             client=client, progress=False, inline_chars=2000)
    assert report.extracted == 6
    _, entries = manifest("out")
    own_files = [e for e in entries if e["shard"].endswith(f"-doc{e['index']:07d}.jsonl")]
    assert sorted(e["id"] for e in own_files) == ["yuxianggui-1944"]  # the one over 2000 chars
    assert own_files[0]["offset"] == 0
    assert run("merge", "out", "-o", "merged.jsonl").exit_code == 0
    assert Path("merged.jsonl").read_bytes() == local_run([corpus])


def test_a_local_cluster_from_the_command_line(tmp_path, monkeypatch):
    from multiprocessing import forkserver

    monkeypatch.chdir(tmp_path)
    Path("one.txt").write_text(OWN["a.txt"], encoding="utf-8")
    result = run("extract", "one.txt", "-o", "out", "--scheduler", "local", "--workers", "1",
                 "--rules-only")
    assert result.exit_code == 0, result.output
    assert "Dask dashboard:" in result.output and "1 extracted" in result.output
    assert run("merge", "out", "-o", "-").output.encode("utf-8") == local_run(["one.txt"])
    # the workers' template (a forkserver with the pipeline loaded) ends with the run
    assert forkserver._forkserver._forkserver_pid is None


def test_a_local_cluster_of_forked_workers_writes_the_bytes_of_a_local_run(corpus):
    result = run("extract", corpus, "-o", "out", "--scheduler", "local", "--workers", "2",
                 "--rules-only", "-q")
    assert result.exit_code == 0, result.output
    assert run("merge", "out", "-o", "merged.jsonl", "-q").exit_code == 0
    assert Path("merged.jsonl").read_bytes() == local_run([corpus])


def test_merge_refuses_a_directory_without_a_manifest(tmp_path):
    (tmp_path / "shards").mkdir()
    (tmp_path / "shards" / "x.jsonl").write_text("{}\n")
    result = run("merge", tmp_path, "-o", tmp_path / "m.jsonl")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {tmp_path}: no manifest.jsonl: not the output directory of a cluster "
        "`zhanji extract` (or that run has not finished a document yet)"]


@pytest.mark.parametrize("args, message", [
    (["--scheduler", "local"], "--scheduler writes a directory of shards: name it with -o"),
    (["--scheduler", "local", "-o", "-"], "--scheduler writes a directory of shards"),
    (["--scheduler", "local", "-o", "d", "--format", "csv"], "--scheduler writes JSONL shards"),
    (["--scheduler", "local", "-o", "d", "--processes", "2"], "--processes is for a local run"),
    (["-o", "x.jsonl", "--workers", "2"], "--workers goes with --scheduler local"),
    (["--scheduler", "tcp://127.0.0.1:1", "-o", "d", "--workers", "2"],
     "--workers goes with --scheduler local"),
])
def test_cluster_options_that_do_not_fit(tmp_path, monkeypatch, args, message):
    monkeypatch.chdir(tmp_path)
    Path("one.txt").write_text(OWN["a.txt"], encoding="utf-8")
    result = run("extract", "one.txt", "--rules-only", *args)
    assert result.exit_code == 1
    assert result.output.startswith(f"error: {message}") and len(result.output.splitlines()) == 1


def test_a_foreign_directory_or_other_inputs_are_refused(cluster, corpus):
    Path("mine").mkdir()
    Path("mine/notes.txt").write_text("keep me")
    result = run("extract", corpus, "-o", "mine", "--scheduler", cluster.scheduler_address,
                 "--rules-only")
    assert result.exit_code == 1 and "holds other files and no manifest" in result.output
    assert run("extract", corpus / "a.txt", "-o", "out", "--scheduler",
               cluster.scheduler_address, "--rules-only", "-q").exit_code == 0
    other = run("extract", corpus / "trad.zh-hant.txt", "-o", "out", "--scheduler",
                cluster.scheduler_address, "--rules-only", "-q")
    assert other.exit_code == 1
    assert "holds 1 document(s) that are not among these inputs (first: corpus/a.txt)" in other.output
    forced = run("extract", corpus / "trad.zh-hant.txt", "-o", "out", "--scheduler",
                 cluster.scheduler_address, "--rules-only", "-q", "--force")
    assert forced.exit_code == 0
    assert [e["source"] for e in manifest("out")[1]] == ["corpus/trad.zh-hant.txt"]


def test_short_files_travel_in_batches_in_input_order(tmp_path):
    from pipeline.scale.runner import batches
    from pipeline.scale.task import FileJob

    sizes = [100, 100, 100, 900, 50, 50, 2000, 10]
    jobs = []
    for i, size in enumerate(sizes):
        path = tmp_path / f"f{i}.txt"
        path.write_bytes(b"x" * size)
        jobs.append(FileJob(index=i, path=str(path), source=path.name, doc_id=f"f{i}",
                            encoding=None, options=None, shard_dir=str(tmp_path),
                            big_name=f"r-doc{i:07d}.jsonl"))
    jobs.append(FileJob(index=8, path=str(tmp_path / "missing.txt"), source="missing.txt",
                        doc_id="m", encoding=None, options=None, shard_dir=str(tmp_path),
                        big_name="r-doc0000008.jsonl"))

    def indexes(**limits):
        return [[job.index for job in batch] for batch in batches(jobs, 1, **limits)]

    # up to 300 bytes a batch; a bigger file alone; a missing file counts 0 (its worker
    # reports it)
    assert indexes(batch_bytes=300) == [[0, 1, 2], [3], [4, 5], [6], [7, 8]]
    assert indexes(batch_bytes=300, batch_files=2) == [[0, 1], [2], [3], [4, 5], [6], [7, 8]]
    # a small corpus: at least 8 batches per worker thread (3310 bytes // 8 = 413)
    assert indexes() == [[0, 1, 2], [3], [4, 5], [6], [7, 8]]
    assert [job.index for batch in batches(jobs, 4) for job in batch] == list(range(9))
    assert all(len(batch) == 1 for batch in batches(jobs, 100))
