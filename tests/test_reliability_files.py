"""Files and faults: output modes and kinds, one-line errors, corpus identity, formats by
content, the reviewed-data guard and the model directory of `train -o`."""

from __future__ import annotations

import errno
import json
import os
import signal
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.errors import ZhanjiError
from pipeline.io import read_source

REPO = Path(__file__).resolve().parents[1]
TEXT = "1944年5月3日，日军第40师团进攻长沙。"


def run(*args, **kwargs):
    return CliRunner().invoke(main, [str(a) for a in args], **kwargs)


def one_error_line(result, start: str) -> str:
    """The run failed with exactly one `error:` line beginning with `start`."""
    assert result.exit_code == 1, result.output
    assert not isinstance(result.exception, Exception) or isinstance(result.exception, SystemExit), \
        repr(result.exception)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, lines
    assert lines[0].startswith(f"error: {start}"), lines[0]
    return lines[0]


def corpus_line(doc_id="d", text="第九战区司令长官薛岳守长沙", **extra) -> str:
    record = {"id": doc_id, "text": text, "label": [[11, 13, "GPE"]], **extra}
    return json.dumps(record, ensure_ascii=False) + "\n"


@pytest.fixture
def umask022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# ------------------------------------------------------------------ 7. permissions


def test_new_outputs_get_the_umask_mode(tmp_path, umask022):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    outputs = {
        "extract": (["extract", src, "--rules-only", "-q", "-o"], tmp_path / "x.jsonl"),
        "extract csv": (["extract", src, "--rules-only", "-q", "-o"], tmp_path / "x.csv"),
        "convert": (["convert", src, "--config", "s2t", "-o"], tmp_path / "x.hant.txt"),
        "convert corpus": (["convert", corpus, "--config", "s2t", "-o"], tmp_path / "y.jsonl"),
        "entities": (["entities", corpus, "-o"], tmp_path / "e.csv"),
    }
    for name, (args, out) in outputs.items():
        result = run(*args, out)
        assert result.exit_code == 0, (name, result.output)
        assert _mode(out) == 0o644, name
    os.umask(0o027)
    out = tmp_path / "z.jsonl"
    assert run("extract", src, "--rules-only", "-q", "-o", out).exit_code == 0
    assert _mode(out) == 0o640


def test_review_pull_writer_gets_the_umask_mode(tmp_path, umask022):
    from pipeline.record import write_records

    out = tmp_path / "reviewed.jsonl"
    write_records(out, [json.loads(corpus_line())])
    assert _mode(out) == 0o644


def test_review_pull_to_stdout_keeps_its_report_apart(tmp_path, monkeypatch, umask022):
    import pipeline.review.cli
    import pipeline.review.pull
    from pipeline.review.pull import PullReport

    record = json.loads(_pulled_line())
    monkeypatch.setattr(pipeline.review.cli, "_connect", lambda *args: None)
    monkeypatch.setattr(pipeline.review.pull, "pull",
                        lambda dc, project, only_confirmed=False, data_dir=None:
                        ([record], PullReport(documents=1)))
    result = run("review", "pull", "--project", "p", "-o", "-")
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["d"]
    assert result.stderr.startswith("pulled 1 document(s)")
    out = tmp_path / "reviewed.jsonl"
    assert run("review", "pull", "--project", "p", "-o", out).exit_code == 0
    assert _mode(out) == 0o644


def test_replacing_an_output_keeps_its_mode_and_is_still_a_rename(tmp_path, umask022):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    for mode in (0o664, 0o600, 0o640):
        out = tmp_path / f"out{mode:o}.jsonl"
        out.write_text("old\n")
        os.chmod(out, mode)
        inode = os.stat(out).st_ino
        assert run("extract", src, "--rules-only", "-q", "-o", out).exit_code == 0
        assert _mode(out) == mode
        assert os.stat(out).st_ino != inode  # a new file renamed into place
        assert json.loads(out.read_text(encoding="utf-8"))["id"] == "a"


# ------------------------------------------------------------------ 11. outputs that are not files


def test_dash_means_standard_output(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    result = run("extract", src, "--rules-only", "-q", "-o", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["id"] == "a"
    result = run("extract", src, "--rules-only", "-q", "--format", "csv", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout.lstrip("\ufeff").startswith("doc_id,start,end,label")
    result = run("convert", src, "--config", "s2t", "-o", "-")
    assert result.exit_code == 0, result.output
    assert result.stdout == "1944年5月3日，日軍第40師團進攻長沙。"
    result = run("convert", corpus, "--config", "s2t", "-o", "-")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["text"] == "第九戰區司令長官薛嶽守長沙"
    result = run("entities", corpus, "-o", "-", "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)[0]["zh-Hans"] == ["长沙"]
    assert not (tmp_path / "-").exists()


def test_symlink_output_writes_its_target(tmp_path, umask022):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    target = tmp_path / "real" / "out.jsonl"
    target.parent.mkdir()
    target.write_text("old\n")
    os.chmod(target, 0o640)
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    result = run("extract", src, "--rules-only", "-q", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "a"
    assert _mode(target) == 0o640
    assert sorted(p.name for p in target.parent.iterdir()) == ["out.jsonl"]
    # a dangling link: the target is created
    dangling = tmp_path / "dangling.txt"
    dangling.symlink_to(tmp_path / "real" / "new.txt")
    assert run("convert", src, "--config", "s2t", "-o", dangling).exit_code == 0
    assert dangling.is_symlink()
    assert (tmp_path / "real" / "new.txt").read_text(encoding="utf-8").startswith("1944年")


def test_fifo_output_is_written_through(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []

    def reader():
        with open(fifo, "rb") as handle:
            received.append(handle.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    result = run("extract", src, "--rules-only", "-q", "-o", fifo)
    if not received:  # the writer never opened the FIFO: unblock the reader
        with open(fifo, "wb"):
            pass
    thread.join(10)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert json.loads(received[0].decode("utf-8"))["id"] == "a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "pipe"]


def test_character_device_behind_a_link_is_written_through(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    link = tmp_path / "null.jsonl"
    link.symlink_to("/dev/null")
    result = run("extract", src, "--rules-only", "-q", "-o", link)
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "null.jsonl"]


def test_an_open_file_of_the_process_is_written_where_it_is(tmp_path):
    """`-o /dev/stdout` (here its target /proc/self/fd/1): never replaced by a regular file."""
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "pipeline.cli", "convert", str(src), "--config", "s2t",
               "-o", "/proc/self/fd/1"]
    piped = subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == "1944年5月3日，日軍第40師團進攻長沙。"
    out = tmp_path / "out.txt"
    out.write_text("prev\n", encoding="utf-8")
    inode = os.stat(out).st_ino
    with open(out, "a", encoding="utf-8") as handle:  # as a shell's >> gives it
        done = subprocess.run(command, env=env, stdout=handle, stderr=subprocess.PIPE,
                              text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert out.read_text(encoding="utf-8") == "prev\n1944年5月3日，日軍第40師團進攻長沙。"
    assert os.stat(out).st_ino == inode
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.txt"]


SIGTERM_SCRIPT = """
import sys, time
from pipeline.io import atomic_writer
with atomic_writer(sys.argv[1]) as handle:
    handle.write("partial")
    handle.flush()
    print("ready", flush=True)
    time.sleep(60)
"""


def test_sigterm_removes_the_temporary_file(tmp_path):
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", SIGTERM_SCRIPT, str(out)], env=env,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        assert len(list(tmp_path.iterdir())) == 1  # the temporary file
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode != 0
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ 12. errors on outputs


def test_disk_full_on_a_device_is_one_line(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    full = tmp_path / "full.jsonl"
    full.symlink_to("/dev/full")
    result = run("extract", src, "--rules-only", "-q", "-o", full)
    line = one_error_line(result, f"{full}: ")
    assert "No space left on device" in line
    assert full.is_symlink()


def test_disk_full_on_a_file_keeps_the_old_file(tmp_path, monkeypatch):
    import pipeline.io

    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    out.write_text("old\n")

    def full(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(pipeline.io.os, "fsync", full)
    line = one_error_line(run("extract", src, "--rules-only", "-q", "-o", out), f"{out}: ")
    assert "No space left on device" in line
    assert out.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out.jsonl"]


def test_read_only_directory_and_file_as_parent(tmp_path, monkeypatch):
    import pipeline.io

    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    below_file = tmp_path / "a.txt" / "out.jsonl"
    for command in (["extract", src, "--rules-only", "-q"], ["convert", src, "--config", "s2t"]):
        line = one_error_line(run(*command, "-o", below_file), f"{below_file}: ")
        assert "Not a directory" in line

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(pipeline.io.tempfile, "mkstemp", denied)
    out = tmp_path / "ro" / "out.jsonl"
    (tmp_path / "ro").mkdir()
    line = one_error_line(run("extract", src, "--rules-only", "-q", "-o", out), f"{out}: ")
    assert "Permission denied" in line


# ------------------------------------------------------------------ 12. wrong JSON types


BAD_RECORDS = {
    "entities a string": ('{"id": "a", "text": "衡阳", "entities": "oops"}', "'entities' must be a list"),
    "entities [null]": ('{"id": "a", "text": "衡阳", "entities": [null]}', "entity 1 must be a JSON object"),
    "entity as a list": ('{"id": "a", "text": "衡阳", "entities": [[0, 2, "GPE"]]}',
                         "entity 1 must be a JSON object"),
    "entities an object": ('{"id": "a", "text": "衡阳", "entities": {"start": 0}}',
                           "'entities' must be a list"),
    "norm a string": ('{"id": "a", "text": "衡阳", "entities": [{"start": 0, "end": 2, '
                      '"label": "GPE", "norm": "x"}]}', "'norm' must be a JSON object"),
    "label a string": ('{"id": "a", "text": "衡阳", "label": "GPE"}', "'label' must be a list"),
    "meta a string": ('{"id": "a", "text": "衡阳", "label": [[0, 2, "GPE"]], "meta": "x"}',
                      "'meta' must be a JSON object"),
    "a list": ('[{"id": "a", "text": "衡阳"}]', "a record must be a JSON object"),
}


@pytest.mark.parametrize("case", sorted(BAD_RECORDS))
def test_wrong_json_types_give_one_line_in_every_command(tmp_path, case):
    from pipeline.train.cli import train_cmd

    line, message = BAD_RECORDS[case]
    bad = tmp_path / "bad.jsonl"
    bad.write_text(line + "\n", encoding="utf-8")
    for args in (["evaluate", "--gold", bad, "--pred", bad],
                 ["convert", bad, "-o", tmp_path / "o.jsonl", "--config", "s2t"],
                 ["entities", bad]):
        got = one_error_line(run(*args), f"{bad}:1: ")
        assert message in got, (args, got)
    result = CliRunner().invoke(train_cmd, [str(bad), "-o", str(tmp_path / "m")])
    assert message in one_error_line(result, f"{bad}:1: ")
    assert not (tmp_path / "m").exists()


# ------------------------------------------------------------------ 12. UTF-16 without a BOM


UTF16_TEXT = "1944年，衡阳会战。\nHengyang\n"


@pytest.mark.parametrize("codec,flag", [("utf-16-le", "utf-16le"), ("utf-16-be", "utf-16be")])
def test_utf16_without_bom_names_its_byte_order(tmp_path, codec, flag):
    p = tmp_path / "u.txt"
    p.write_bytes(UTF16_TEXT.encode(codec))
    with pytest.raises(ZhanjiError) as err:
        read_source(p)
    assert str(err.value).startswith(f"{p}: ")
    assert f"--encoding {flag}" in str(err.value)
    assert read_source(p, flag).text == UTF16_TEXT
    line = one_error_line(run("extract", p, "--rules-only", "-q", "-o", tmp_path / "o.jsonl"),
                          f"{p}: ")
    assert f"--encoding {flag}" in line


@pytest.mark.parametrize("text", [UTF16_TEXT, "衡阳会战长沙会战", "第十军守衡阳四十七天。"])
def test_utf16_never_reads_big_endian_as_little_endian(tmp_path, text):
    p = tmp_path / "be.txt"
    p.write_bytes(text.encode("utf-16-be"))
    try:
        assert read_source(p, "utf-16").text == text
    except ZhanjiError as err:
        assert "utf-16be" in str(err)
    p.write_bytes(text.encode("utf-16-le"))
    try:
        assert read_source(p, "utf-16").text == text
    except ZhanjiError as err:
        assert "utf-16le" in str(err)
    p.write_bytes(text.encode("utf-16"))  # with a BOM: no doubt
    assert read_source(p, "utf-16").text == text


# ------------------------------------------------------------------ 12. unreadable input with --keep-going


def test_keep_going_skips_an_unreadable_file(tmp_path, monkeypatch):
    import builtins

    good = tmp_path / "a.txt"
    good.write_text(TEXT, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(TEXT, encoding="utf-8")
    real_access, real_open = os.access, builtins.open

    def access(path, mode, *args, **kwargs):
        if str(path) == str(locked):
            return False
        return real_access(path, mode, *args, **kwargs)

    def fake_open(path, *args, **kwargs):
        if str(path) == str(locked):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(builtins, "open", fake_open)
    out = tmp_path / "out.jsonl"
    result = run("extract", locked, good, "--rules-only", "--keep-going", "-q", "-o", out)
    assert result.exit_code == 1, result.output
    assert f"error: {locked}: cannot read: Permission denied" in result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a"]


# ------------------------------------------------------------------ 12. entities --label, train --max-steps


def test_entities_label_any_case_or_a_clear_error(tmp_path):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    for label in ("GPE", "gpe", "Gpe"):
        result = run("entities", corpus, "--label", label, "--format", "json")
        assert result.exit_code == 0, result.output
        assert [row["label"] for row in json.loads(result.stdout)] == ["GPE"]
    line = one_error_line(run("entities", corpus, "--label", "CITY"), "--label: ")
    assert "unknown label 'CITY'" in line


@pytest.mark.parametrize("steps", ["0", "-5"])
def test_train_max_steps_must_be_positive(tmp_path, steps, monkeypatch):
    import pipeline.train.trainer

    monkeypatch.setattr(pipeline.train.trainer, "train", lambda *a, **k: pytest.fail("trained"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    result = run("train", corpus, "-o", tmp_path / "m", "--max-steps", steps)
    assert "at least 1" in one_error_line(result, "--max-steps: ")
    assert not (tmp_path / "m").exists()


def test_train_unknown_label_is_one_line(tmp_path, monkeypatch):
    import pipeline.train.curve  # noqa: F401  (binds the real trainer before it is patched)
    import pipeline.train.trainer

    monkeypatch.setattr(pipeline.train.trainer, "train", lambda *a, **k: pytest.fail("trained"))
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    for command in ("train", "train-curve"):
        extra = ["-o", tmp_path / "m"] if command == "train" else []
        line = one_error_line(run(command, corpus, *extra, "--labels", "gpe,city"), "--labels: ")
        assert "unknown label(s) CITY" in line
    assert not (tmp_path / "m").exists()


# ------------------------------------------------------------------ 13. corpus identity


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()]


def test_same_file_names_get_ids_from_their_relative_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "sub/a.txt", "battle.en.txt", "battle.zh-hans.txt", "solo.txt"):
        (tmp_path / name).write_text("On 3 May 1944 the Japanese attacked." if ".en." in name
                                     else TEXT, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = run("extract", "a.txt", "sub/a.txt", "battle.en.txt", "battle.zh-hans.txt", "solo.txt",
                 "--rules-only", "-q", "-o", out)
    assert result.exit_code == 0, result.output
    assert _ids(out) == ["a", "sub/a", "battle.en", "battle.zh-hans", "solo"]
    # directories: ids relative to the directory named
    (tmp_path / "d" / "x").mkdir(parents=True)
    (tmp_path / "d" / "y").mkdir()
    for name in ("d/x/a.txt", "d/y/a.txt", "d/b.txt"):
        (tmp_path / name).write_text(TEXT, encoding="utf-8")
    assert run("extract", "d", "--rules-only", "-q", "-o", out).exit_code == 0
    assert _ids(out) == ["b", "x/a", "y/a"]
    from pipeline.extract import extract

    assert [r["id"] for r in extract(["d"], rules_only=True)] == ["b", "x/a", "y/a"]


def test_the_same_file_twice_is_an_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    out = tmp_path / "out.jsonl"
    line = one_error_line(run("extract", "a.txt", "sub/../a.txt", "--rules-only", "-q", "-o", out),
                          "sub/../a.txt: ")
    assert "named twice (also as a.txt)" in line
    assert not out.exists()


def _corpus(path, *records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_evaluate_refuses_predictions_for_other_documents(tmp_path):
    gold = tmp_path / "gold.jsonl"
    rec = {"id": "a", "text": "薛岳守长沙", "label": [[3, 5, "GPE"]]}
    _corpus(gold, rec, {**rec, "id": "b", "text": "方先觉守衡阳"})
    cases = {
        "other ids": ([{**rec, "id": "x"}, {**rec, "id": "b", "text": "方先觉守衡阳"}],
                      "no prediction for gold document(s) a"),
        "other text": ([rec, {**rec, "id": "b", "text": "方先觉守衡陽"}],
                       "prediction 'b' has another text than the gold document"),
        "duplicate": ([rec, rec, {**rec, "id": "b", "text": "方先觉守衡阳"}],
                      "id 'a' occurs twice"),
    }
    for name, (records, message) in cases.items():
        pred = tmp_path / f"{name}.jsonl"
        _corpus(pred, *records)
        line = one_error_line(run("evaluate", "--gold", gold, "--pred", pred), f"{pred}: ")
        assert message in line, (name, line)
    dup = tmp_path / "dupgold.jsonl"
    _corpus(dup, rec, rec)
    assert "id 'a' occurs twice" in one_error_line(
        run("evaluate", "--gold", dup, "--rules-only"), f"{dup}: ")


# ------------------------------------------------------------------ 14. formats by content


def test_convert_upper_case_jsonl_is_a_corpus(tmp_path):
    corpus = tmp_path / "base.JSONL"
    corpus.write_text(json.dumps({"id": "a", "text": "内存里的第十军", "label": [[4, 7, "MIL_UNIT"]]},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    out = tmp_path / "tw.jsonl"
    result = run("convert", corpus, "-o", out, "--config", "s2twp")
    assert result.exit_code == 0, result.output
    rec = json.loads(out.read_text(encoding="utf-8"))
    assert rec["text"] == "記憶體裡的第十軍" and rec["label"] == [[5, 8, "MIL_UNIT"]]


def test_convert_refuses_a_corpus_named_as_text(tmp_path):
    for name in ("corpus.txt", "corpus.json", "corpus"):
        src = tmp_path / name
        src.write_text(corpus_line(), encoding="utf-8")
        out = tmp_path / "o.txt"
        line = one_error_line(run("convert", src, "-o", out, "--config", "s2t"), f"{src}: ")
        assert "--input-format" in line
        assert not out.exists()
    result = run("convert", src, "-o", out, "--config", "s2t", "--input-format", "corpus")
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text(encoding="utf-8"))["text"] == "第九戰區司令長官薛嶽守長沙"
    result = run("convert", src, "-o", out, "--config", "s2t", "--input-format", "text")
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith('{"id": "d", "text": "第九戰區')


def test_extract_format_from_any_case_of_suffix(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "OUT.CSV"
    assert run("extract", src, "--rules-only", "-q", "-o", out).exit_code == 0
    assert out.read_text(encoding="utf-8-sig").startswith("doc_id,start,end,label")


# ------------------------------------------------------------------ 15. reviewed data


def _pulled_line() -> str:
    """A record as `review pull` writes it: review provenance on entities and meta."""
    return json.dumps({
        "id": "d", "text": "薛岳守长沙", "label": [[3, 5, "GPE"]],
        "entities": [{"start": 3, "end": 5, "label": "GPE", "text": "长沙", "norm": {},
                      "source": "rule", "review": {"status": "accepted"}}],
        "meta": {"review": {"project": "p", "reviewers": ["r"], "only_confirmed": False,
                            "paragraphs": []}},
        "removed": []}, ensure_ascii=False) + "\n"


def test_reviewed_data_is_recognised_by_its_provenance(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    record = json.loads(_pulled_line())
    contents = {"reviewed.JSONL": _pulled_line(), "reviewed.json": _pulled_line(),
                "reviewed": _pulled_line(), "list.json": json.dumps([record], ensure_ascii=False),
                "pretty.json": json.dumps([record], ensure_ascii=False, indent=2)}
    for name, content in contents.items():
        out = tmp_path / name
        out.write_text(content, encoding="utf-8")
        line = one_error_line(run("extract", src, "--rules-only", "-q", "-o", out), f"{out}: ")
        assert "holds reviewed annotations" in line
        assert out.read_text(encoding="utf-8") == content
        assert run("extract", src, "--rules-only", "-q", "-o", out, "--force").exit_code == 0
    # a machine corpus whose text quotes "review" is not reviewed data
    quoted = tmp_path / "quoted.jsonl"
    quoted.write_text(corpus_line(text='他写了"review"一词，长沙'), encoding="utf-8")
    result = run("extract", src, "--rules-only", "-q", "-o", quoted)
    assert result.exit_code == 0, result.output
    assert _ids(quoted) == ["a"]


# ------------------------------------------------------------------ 16. train -o DIR


@pytest.fixture
def fake_train(monkeypatch):
    """Replace the trainer: writes a tiny 'model' (or fails) and records its calls."""
    import pipeline.train.trainer

    calls = []

    def train(records, output_dir, **kwargs):
        calls.append(Path(output_dir))
        if getattr(train, "fail", False):
            (Path(output_dir) / "half.bin").parent.mkdir(parents=True, exist_ok=True)
            (Path(output_dir) / "half.bin").write_text("x")
            raise ZhanjiError("training failed")
        Path(output_dir).mkdir(parents=True, exist_ok=True)
        (Path(output_dir) / "meta.json").write_text('{"name": "%s"}' % Path(output_dir).name)
        return {"scores": {"micro": {"p": 1.0, "r": 1.0, "f": 1.0}}}

    monkeypatch.setattr(pipeline.train.trainer, "train", train)
    train.calls = calls
    return train


def test_train_refuses_a_non_empty_directory_without_force(tmp_path, fake_train):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    model = tmp_path / "m"
    model.mkdir()
    (model / "old.bin").write_text("old")
    line = one_error_line(run("train", corpus, "-o", model), f"{model}: ")
    assert "--force" in line
    assert fake_train.calls == []
    result = run("train", corpus, "-o", model, "--force")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in model.iterdir()) == ["meta.json"]  # nothing old mixed in
    assert json.loads((model / "meta.json").read_text())["name"] == "m"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "m"]
    # an empty directory, or none, needs no --force
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run("train", corpus, "-o", empty).exit_code == 0
    assert run("train", corpus, "-o", tmp_path / "new").exit_code == 0
    assert (tmp_path / "new" / "meta.json").exists()


def test_train_output_problems_stop_it_at_once(tmp_path, fake_train, monkeypatch):
    import tempfile

    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    line = one_error_line(run("train", corpus, "-o", corpus / "m"), f"{corpus / 'm'}: ")
    assert "Not a directory" in line

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkdtemp", denied)
    line = one_error_line(run("train", corpus, "-o", tmp_path / "ro" / "m"), f"{tmp_path / 'ro' / 'm'}: ")
    assert "Permission denied" in line
    assert fake_train.calls == []


def test_failed_training_leaves_the_old_model_alone(tmp_path, fake_train):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(corpus_line(), encoding="utf-8")
    model = tmp_path / "m"
    model.mkdir()
    (model / "old.bin").write_text("old")
    fake_train.fail = True
    one_error_line(run("train", corpus, "-o", model, "--force"), "training failed")
    assert sorted(p.name for p in model.iterdir()) == ["old.bin"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.jsonl", "m"]


# ------------------------------------------------------------------ -q and jieba


def test_quiet_silences_jieba(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text(TEXT, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract", str(src), "-q",
                           "-o", str(tmp_path / "o.jsonl")], env=env, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""


def test_the_reviewed_guard_scans_machine_output_without_parsing_it(tmp_path, monkeypatch):
    import pipeline.record as record_module

    big = tmp_path / "machine.jsonl"
    line = json.dumps({"id": "a", "text": "衡阳" * 200_000, "entities": [], "meta": {}}, ensure_ascii=False)
    big.write_text(line + "\n", encoding="utf-8")

    def no_parsing(*args, **kwargs):
        raise AssertionError("a machine-output file was parsed")

    monkeypatch.setattr(record_module.json, "loads", no_parsing)
    assert record_module.holds_reviewed(big) is False
    monkeypatch.undo()
    reviewed = tmp_path / "reviewed.jsonl"
    reviewed.write_text(json.dumps({"id": "a", "text": "x" * 300_000, "entities": [],
                                    "meta": {"review": {"project": "p"}}}) + "\n", encoding="utf-8")
    assert record_module.holds_reviewed(reviewed) is True
