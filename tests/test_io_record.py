"""Reading sources, atomic writing, and the corpus record's validation."""

import json

import pytest

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_write_text, atomic_writer, read_source
from pipeline.record import make_record, read_records, validate_record, write_csv, write_records


def test_utf8_bom_dropped_and_line_endings_kept(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeff衡阳\r\n长沙\n".encode("utf-8"))
    src = read_source(p)
    assert src.text == "衡阳\r\n长沙\n"


@pytest.mark.parametrize("encoding,codec", [("gb18030", "gb18030"), ("big5", "big5"),
                                            ("utf-16", "utf-16")])
def test_other_encodings(tmp_path, encoding, codec):
    p = tmp_path / "a.txt"
    text = "衡陽會戰" if codec == "big5" else "衡阳会战"
    p.write_bytes(text.encode(codec))
    assert read_source(p, encoding).text == text


def test_utf16_with_bom_detected_without_flag(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("长沙会战".encode("utf-16"))
    assert read_source(p).text == "长沙会战"


def test_undecodable_names_file_and_line(tmp_path):
    p = tmp_path / "gbk.txt"
    p.write_bytes("第一行\n".encode("utf-8") + "衡阳".encode("gb18030"))
    with pytest.raises(ZhanjiError) as err:
        read_source(p)
    assert str(err.value).startswith(f"{p}:2: cannot decode as utf-8")
    assert "--encoding" in str(err.value)


def test_binary_and_empty_files(tmp_path):
    binary = tmp_path / "x.bin"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(ZhanjiError, match="binary file"):
        read_source(binary)
    empty = tmp_path / "e.txt"
    empty.write_bytes(b"  \n")
    with pytest.raises(ZhanjiError, match="empty file"):
        read_source(empty)


def test_atomic_writer_keeps_old_file_on_error(tmp_path):
    p = tmp_path / "out.jsonl"
    atomic_write_text(p, "old\n")
    with pytest.raises(RuntimeError):
        with atomic_writer(p) as handle:
            handle.write("new")
            raise RuntimeError("boom")
    assert p.read_text() == "old\n"
    assert [q.name for q in tmp_path.iterdir()] == ["out.jsonl"]


def _rec(**kw):
    base = {"id": "d", "text": "日军第37师团攻击衡阳", "label": [[2, 7, "MIL_UNIT"], [9, 11, "GPE"]]}
    base.update(kw)
    return base


def test_validate_fills_entities_from_label():
    rec = validate_record(_rec())
    assert [(e["start"], e["end"], e["label"], e["text"]) for e in rec["entities"]] == [
        (2, 7, "MIL_UNIT", "第37师团"), (9, 11, "GPE", "衡阳")]


@pytest.mark.parametrize("label,message", [
    ([[2, 7, "UNIT"]], "unknown label 'UNIT'"),
    ([[2, 70, "GPE"]], "runs past the end of the text (11 characters)"),
    ([[2, 7, "MIL_UNIT"], [5, 9, "GPE"]], "overlapping spans [2, 7, MIL_UNIT] and [5, 9, GPE]"),
    ([[5, 5, "GPE"]], "empty or negative span"),
])
def test_validate_rejects_bad_spans(label, message):
    with pytest.raises(ZhanjiError) as err:
        validate_record(_rec(label=label), "c.jsonl:3")
    assert str(err.value).startswith("c.jsonl:3: ")
    assert message in str(err.value)


def test_read_records_names_file_and_line(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text(json.dumps(_rec(), ensure_ascii=False) + "\n{not json\n", encoding="utf-8")
    with pytest.raises(ZhanjiError) as err:
        read_records(p)
    assert str(err.value).startswith(f"{p}:2: malformed JSON")
    p.write_text("\n", encoding="utf-8")
    with pytest.raises(ZhanjiError, match="empty corpus"):
        read_records(p)


def test_write_and_read_round_trip_and_csv(tmp_path):
    text = "1944年4月17日，日军第37师团攻击𠮷衡阳"
    ents = [{"start": 0, "end": 10, "label": "DATE", "text": "1944年4月17日",
             "norm": {"value": "1944-04-17"}, "source": "rule:date"},
            {"start": 21, "end": 23, "label": "GPE", "text": "衡阳", "norm": {}, "source": "x"}]
    rec = make_record("d1", text, ents, {"pipeline": "t"})
    assert rec["label"] == [[0, 10, "DATE"], [21, 23, "GPE"]]
    out = tmp_path / "c.jsonl"
    assert write_records(out, [rec]) == 1
    assert read_records(out)[0]["entities"] == rec["entities"]
    csv_path = tmp_path / "c.csv"
    assert write_csv(csv_path, [rec]) == 2
    rows = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert rows[0].startswith("doc_id,start,end,label,text,source,value")
    assert rows[1].startswith("d1,0,10,DATE,1944年4月17日,rule:date,1944-04-17")
