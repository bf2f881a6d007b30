"""Session 26 (s26speed), start-up costs: `zhanji extract` holds the garbage collector through start-up and turns it on
again once the first document's pipeline has settled, and after the command whatever happened
(pipeline.extract.hold_collector); jieba is not imported to find its dictionary or to quiet its logger."""

from __future__ import annotations

import gc
import json

from click.testing import CliRunner

from pipeline.cli import main


def test_extract_leaves_the_collector_on(tmp_path):
    one = tmp_path / "one.txt"
    one.write_text("1944年4月17日，日军第37师团强渡黄河。\n", encoding="utf-8")
    out = tmp_path / "one.jsonl"
    assert gc.isenabled()
    for _ in range(2):          # the second run in one process finds its pipeline settled already
        result = CliRunner().invoke(main, ["extract", str(one), "-o", str(out), "-q"])
        assert result.exit_code == 0, result.output
        assert gc.isenabled()
        record = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
        assert ("1944年4月17日", "DATE") in {(e["text"], e["label"]) for e in record["entities"]}


def test_collector_on_after_a_failed_extract(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "x.jsonl"), "-q"])
    assert result.exit_code != 0
    assert gc.isenabled()


def test_hold_collector_turns_on_at_once_when_settled():
    from pipeline.extract import extract_text, hold_collector

    extract_text("日军第37师团强渡黄河。")   # a pipeline settled in this process
    hold_collector()
    assert gc.isenabled()


def test_jieba_quiet_and_found_without_its_import():
    import subprocess
    import sys

    code = ("import logging, sys; from pipeline.segment import quiet_jieba, _jieba_dict_path; quiet_jieba(); "
            "path = _jieba_dict_path(); assert 'jieba' not in sys.modules; import jieba; "
            "from pathlib import Path; assert path == Path(jieba.__file__).resolve().parent / 'dict.txt'; "
            "records = []; h = logging.Handler(); h.emit = records.append; logging.getLogger('jieba').addHandler(h); "
            "jieba.default_logger.debug('Building prefix dict'); jieba.default_logger.warning('kept'); "
            "assert [r.getMessage() for r in records] == ['kept'], records")
    import os
    from pathlib import Path

    repo = Path(__file__).resolve().parent.parent
    subprocess.run([sys.executable, "-c", code], check=True, cwd=repo, env={**os.environ, "PYTHONPATH": str(repo)})


def test_towns_tables_kept_between_runs_are_the_built_ones():
    from pipeline.regex_cache import code_version
    from pipeline.rules.place_towns import built_tables, tables
    from pipeline.segment import cache_file

    assert cache_file("towns", code_version()).exists() or tables() is not None
    kept, built = tables(), built_tables()
    assert kept == built and all(list(a.items()) == list(b.items()) for a, b in zip(kept, built))
