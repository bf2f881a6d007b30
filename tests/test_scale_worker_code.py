"""A Dask worker must run the client's zhanji code (pipeline.version.code_fingerprint).

A worker that imports another install (another commit, an edited lexicon, another
checkout first on its PYTHONPATH) would write other entities without a word; the run
stops with one error line instead. A document done by other code is extracted again.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.version import code_fingerprint

distributed = pytest.importorskip("distributed")

REPO = Path(__file__).resolve().parent.parent
SENTENCE = "1950年10月，志愿军第38军在清川江一带与美军第2师交战。\n"  # our own sentence


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def fingerprint_of(package_parent: Path) -> str:
    out = subprocess.run([sys.executable, "-c", "from pipeline.version import code_fingerprint; "
                          "print(code_fingerprint())"], cwd=package_parent, check=True,
                         capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(package_parent)})
    return out.stdout.strip()


def copy_package(target: Path) -> Path:
    shutil.copytree(REPO / "pipeline", target / "pipeline",
                    ignore=shutil.ignore_patterns("__pycache__"))
    return target / "pipeline"


def test_the_fingerprint_is_the_code_not_the_place(tmp_path):
    copy = copy_package(tmp_path / "same")
    assert fingerprint_of(tmp_path / "same") == code_fingerprint()  # same bytes elsewhere
    with open(copy / "lexicons" / "README.md", "a", encoding="utf-8") as handle:
        handle.write("\nnot code\n")  # documentation is not what a run depends on
    assert fingerprint_of(tmp_path / "same") == code_fingerprint()
    lexicon = sorted((copy / "lexicons").glob("*.tsv"))[0]
    with open(lexicon, "a", encoding="utf-8") as handle:
        handle.write("\n")  # one more line in a lexicon is other code
    assert fingerprint_of(tmp_path / "same") != code_fingerprint()


def test_a_worker_with_other_code_stops_the_run(tmp_path, monkeypatch):
    from distributed import Client, LocalCluster

    other = tmp_path / "other"
    copy = copy_package(other)
    with open(copy / "rules" / "__init__.py", "a", encoding="utf-8") as handle:
        handle.write("\n# edited on this worker only\n")
    monkeypatch.chdir(tmp_path)
    Path("one.txt").write_text(SENTENCE, encoding="utf-8")
    with LocalCluster(n_workers=0, processes=True, host="127.0.0.1", dashboard_address=":0",
                      silence_logs=50) as cluster:
        # a worker as a user starts one on another machine: its own interpreter, whose
        # PYTHONPATH finds the edited copy first
        worker = subprocess.Popen(
            [sys.executable, "-m", "distributed.cli.dask_worker", cluster.scheduler_address,
             "--nthreads", "1", "--no-nanny", "--no-dashboard", "--host", "127.0.0.1"],
            cwd=other, env={**os.environ, "PYTHONPATH": str(other)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            with Client(cluster) as client:
                client.wait_for_workers(1, timeout=120)
            result = run("extract", "one.txt", "-o", "out", "--scheduler",
                         cluster.scheduler_address, "--rules-only", "-q")
        finally:
            worker.terminate()
            worker.wait(timeout=60)
    assert result.exit_code != 0
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and \
        "1 of 1 Dask worker(s) run other zhanji code than this client" in lines[0] and \
        f"here {code_fingerprint()}" in lines[0] and "install the same commit on every worker" in lines[0]
    # nothing was extracted by it: the document waits for a rerun on the right workers
    entries = [json.loads(line) for line in Path("out/manifest.jsonl").read_text("utf-8").splitlines()]
    assert entries[0]["code"] == code_fingerprint()
    assert [e["status"] for e in entries[1:]] == ["pending"]


def test_a_late_worker_with_other_code_fails_its_documents(tmp_path):
    from pipeline.extract import Options
    from pipeline.scale.task import FileJob, extract_job

    (tmp_path / "one.txt").write_text(SENTENCE, encoding="utf-8")
    job = FileJob(index=0, path=str(tmp_path / "one.txt"), source="one.txt", doc_id="one",
                  encoding=None, options=Options(), shard_dir=str(tmp_path), big_name="x.jsonl",
                  code="0123456789abcdef")
    assert extract_job(job) == {
        "index": 0, "id": "one", "source": "one.txt", "status": "error",
        "error": f"one.txt: not extracted: this Dask worker runs other zhanji code "
                 f"(code {code_fingerprint()}; the client's 0123456789abcdef)"}
    same = extract_job(FileJob(**{**job.__dict__, "code": code_fingerprint()}))
    assert same["status"] == "done" and same["entities"] > 0


def test_documents_done_by_other_code_are_extracted_again(tmp_path, monkeypatch):
    from distributed import LocalCluster

    monkeypatch.chdir(tmp_path)
    Path("docs").mkdir()
    Path("docs/a.txt").write_text(SENTENCE, encoding="utf-8")
    Path("docs/b.txt").write_text("1937年8月，第九集团军在罗店一线阻击日军。\n", encoding="utf-8")
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=":0", silence_logs=50) as cluster:
        address = cluster.scheduler_address
        assert run("extract", "docs", "-o", "out", "--scheduler", address, "--rules-only",
                   "-q").exit_code == 0
        path = Path("out/manifest.jsonl")
        header, *entries = [json.loads(line) for line in path.read_text("utf-8").splitlines()]
        assert header["code"] == code_fingerprint()
        assert [e["code"] for e in entries] == [code_fingerprint()] * 2
        entries[0]["code"] = "0123456789abcdef"  # as an earlier commit would have written it
        path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n"
                                for x in [header, *entries]), encoding="utf-8")
        again = run("extract", "docs", "-o", "out", "--scheduler", address, "--rules-only")
    assert again.exit_code == 0, again.output
    assert "1 extracted" in again.output and "1 already done" in again.output
    entries = [json.loads(line) for line in path.read_text("utf-8").splitlines()][1:]
    assert [e["code"] for e in entries] == [code_fingerprint()] * 2
