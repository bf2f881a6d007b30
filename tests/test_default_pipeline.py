"""The default pipeline is rules only; the statistical model is opt-in (issue 9 §3)."""

import pytest

from pipeline.errors import ZhanjiError
from pipeline.extract import Options
from pipeline.ner_model import DEFAULT_MODEL, default_model_path


def test_default_options_are_rules_only():
    assert Options.default() == Options(None, False)
    assert Options.default(None, False, True) == Options(None, True)


def test_rules_only_wins_over_a_model(tmp_path):
    assert Options.default(str(tmp_path), True) == Options(None, False)
    assert Options.default("default", True) == Options(None, False)


def test_model_directory_and_default_name(tmp_path):
    assert Options.default(str(tmp_path)) == Options(str(tmp_path), False)
    with pytest.raises(ZhanjiError, match="model directory not found"):
        Options.default(str(tmp_path / "absent"))
    if default_model_path() is None:
        with pytest.raises(ZhanjiError, match="default model is not built"):
            Options.default("default")
    else:
        assert Options.default("default") == Options(str(DEFAULT_MODEL), False)


def test_api_and_cli_extract_without_model_use_no_model(tmp_path):
    from click.testing import CliRunner

    from pipeline import extract_text
    from pipeline.cli import main

    text = "1944年5月3日，王振华率第八团进驻石门镇。"
    record = extract_text(text, "t")
    assert record["meta"]["model"] is None
    assert [(e["start"], e["end"], e["label"]) for e in record["entities"]][:1] == [(0, 9, "DATE")]
    src = tmp_path / "a.txt"
    src.write_text(text, encoding="utf-8")
    out = tmp_path / "a.jsonl"
    assert CliRunner().invoke(main, ["extract", str(src), "-o", str(out), "-q"]).exit_code == 0
    import json

    assert json.loads(out.read_text(encoding="utf-8"))["meta"]["model"] is None
    if default_model_path() is not None:
        assert extract_text(text, "t", model="default")["meta"]["model"] == str(DEFAULT_MODEL)
