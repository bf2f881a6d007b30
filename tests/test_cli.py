"""The zhanji command: bad input, output guards, evaluation of prediction files, convert."""

import json

from click.testing import CliRunner

from pipeline.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args])


def test_help_on_every_subcommand():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("extract", "evaluate", "convert", "segment"):
        sub = run(command, "--help")
        assert sub.exit_code == 0, command
        assert "Usage: main " + command in sub.output or "Usage:" in sub.output


def test_empty_binary_and_undecodable_files_fail_with_one_line(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "pic.txt"
    binary.write_bytes(b"\x00\x01\x02\x03PNG\x00")
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("衡阳会战".encode("gb18030"))
    for path, message in [(empty, "empty file"), (binary, "binary file"),
                          (gbk, "cannot decode as utf-8")]:
        out = tmp_path / "out.jsonl"
        result = run("extract", path, "-o", out, "--rules-only", "-q")
        assert result.exit_code == 1
        lines = result.output.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: {path}")
        assert message in lines[0]
        assert not out.exists()


def test_encoding_option_reads_gb18030(tmp_path):
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("1944年4月17日，日军进攻。".encode("gb18030"))
    out = tmp_path / "out.jsonl"
    result = run("extract", gbk, "-o", out, "--rules-only", "--encoding", "gb18030", "-q")
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["text"] == "1944年4月17日，日军进攻。"
    assert record["id"] == "gbk"
    assert [0, 10, "DATE"] in record["label"]


def test_keep_going_processes_other_files(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("1944年4月17日，日军进攻。", encoding="utf-8")
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    out = tmp_path / "out.jsonl"
    result = run("extract", good, bad, "-o", out, "--rules-only", "--keep-going", "-q")
    assert result.exit_code == 1
    assert f"error: {bad}: empty file" in result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["a"]
    # without --keep-going the good file is not written either
    out.unlink()
    result = run("extract", good, bad, "-o", out, "--rules-only", "-q")
    assert result.exit_code == 1
    assert not out.exists()


def test_reviewed_output_is_never_overwritten(tmp_path):
    good = tmp_path / "a.txt"
    good.write_text("衡阳会战", encoding="utf-8")
    reviewed = tmp_path / "reviewed.jsonl"
    line = json.dumps({"id": "a", "text": "衡阳会战", "label": [[0, 4, "EVENT"]],
                       "entities": [{"start": 0, "end": 4, "label": "EVENT", "text": "衡阳会战",
                                     "norm": {}, "source": "human", "review": "added"}]},
                      ensure_ascii=False)
    reviewed.write_text(line + "\n", encoding="utf-8")
    result = run("extract", good, "-o", reviewed, "--rules-only", "-q")
    assert result.exit_code == 1
    assert "holds reviewed annotations" in result.output
    assert reviewed.read_text(encoding="utf-8") == line + "\n"


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_evaluate_prediction_file(tmp_path):
    text = "1944年4月17日，日军第37师团攻击衡阳，约40万人。"
    gold = {"id": "d", "text": text, "entities": [
        {"start": 0, "end": 10, "label": "DATE", "text": "1944年4月17日", "norm": {"value": "1944-04-17"}},
        {"start": 13, "end": 18, "label": "MIL_UNIT", "text": "第37师团",
         "norm": {"numbers": [37], "echelon": "师团", "prefix": ""}},
        {"start": 20, "end": 22, "label": "GPE", "text": "衡阳", "norm": {}},
        {"start": 23, "end": 28, "label": "QUANTITY", "text": "约40万人",
         "norm": {"value": 400000, "unit": "人", "approx": "about"}}]}
    pred = {"id": "d", "text": text, "label": [[0, 10, "DATE"], [13, 18, "MIL_UNIT"],
                                               [20, 22, "LOC"], [24, 28, "QUANTITY"]],
            "entities": [
        {"start": 0, "end": 10, "label": "DATE", "text": "1944年4月17日", "norm": {"value": "1944-04-17"}},
        {"start": 13, "end": 18, "label": "MIL_UNIT", "text": "第37师团",
         "norm": {"numbers": [37], "echelon": "师", "prefix": ""}},
        {"start": 20, "end": 22, "label": "LOC", "text": "衡阳", "norm": {}},
        {"start": 24, "end": 28, "label": "QUANTITY", "text": "40万人", "norm": {}}]}
    _write(tmp_path / "gold.jsonl", [gold])
    _write(tmp_path / "pred.jsonl", [pred])
    result = run("evaluate", "--gold", tmp_path / "gold.jsonl", "--pred", tmp_path / "pred.jsonl",
                 "--json")
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)[0]["result"]
    assert report["micro"]["tp"] == 2 and report["micro"]["fp"] == 2 and report["micro"]["fn"] == 2
    assert report["labels"]["DATE"]["f1"] == 1.0
    assert report["labels"]["GPE"]["recall"] == 0.0
    assert report["normalisation"]["correct"] == 1 and report["normalisation"]["total"] == 2


def test_evaluate_bad_gold_names_line(tmp_path):
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"id": "a", "text": "衡阳", "label": [[0, 2, "CITY"]]}\n', encoding="utf-8")
    result = run("evaluate", "--gold", gold, "--pred", gold)
    assert result.exit_code == 1
    assert result.output.strip() == (f"error: {gold}:1: unknown label 'CITY' in span [0, 2] "
                                     "(labels: PERSON, MIL_UNIT, ORG, GPE, LOC, FAC, EVENT, "
                                     "DATE, QUANTITY)")


def test_convert_text_and_corpus(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("第十军守衡阳\n", encoding="utf-8")
    out = tmp_path / "a.hant.txt"
    assert run("convert", src, "-o", out, "--config", "s2t").exit_code == 0
    assert out.read_text(encoding="utf-8") == "第十軍守衡陽\n"
    corpus = tmp_path / "c.jsonl"
    _write(corpus, [{"id": "a", "text": "内存里的第十军", "label": [[4, 7, "MIL_UNIT"]]}])
    conv = tmp_path / "c.tw.jsonl"
    result = run("convert", corpus, "-o", conv, "--config", "s2twp")
    assert result.exit_code == 0, result.output
    rec = json.loads(conv.read_text(encoding="utf-8"))
    assert rec["text"] == "記憶體裡的第十軍"
    assert rec["label"] == [[5, 8, "MIL_UNIT"]]
    assert rec["entities"][0]["text"] == "第十軍"


def test_extract_to_docbin(tmp_path):
    import spacy
    from spacy.tokens import DocBin

    src = tmp_path / "a.txt"
    src.write_text("1944年4月17日，日军第37师团强渡黄河。", encoding="utf-8")
    out = tmp_path / "a.spacy"
    result = run("extract", src, "-o", out, "--rules-only")
    assert result.exit_code == 0, result.output
    assert "0 NOT aligned to tokens" in result.output
    docs = list(DocBin().from_disk(out).get_docs(spacy.blank("zh").vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [
        ("1944年4月17日", "DATE"), ("第37师团", "MIL_UNIT"), ("黄河", "LOC")]


def test_segment_shows_the_words_tagging_uses_as_the_line_writes_them(tmp_path):
    src = tmp_path / "hant.txt"
    src.write_text("民國 33 年，日軍攻陷長沙。\n\n", encoding="utf-8")
    result = run("segment", src)
    assert result.exit_code == 0
    assert result.output == "民國/n 33/m 年/m ，/x 日軍/n 攻陷/v 長沙/ns 。/x\n"
