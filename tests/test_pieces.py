"""Long texts are tagged in overlapping pieces: nothing near a cut is lost or doubled."""

import sys

from pipeline.extract import CHUNK_CHARS, Options, extract_text
from pipeline.pieces import OVERLAP, Piece, keep, pieces


def _spans(record):
    return [(e["start"], e["end"], e["label"], e["text"]) for e in record["entities"]]


def test_pieces_cover_the_text_once_and_read_context():
    text = "他" * 250 + "。" + "她" * 250 + "\n" + "它" * 600
    parts = list(pieces(text, 300, overlap=50))
    assert [(p.keep_start, p.keep_end) for p in parts] == [(0, 251), (251, 502), (502, 802), (802, 1102)]
    assert parts[1] == Piece(201, 552, 251, 502)        # context on both sides
    assert parts[-1].read_end == len(text)


def test_keep_takes_a_crossing_span_once():
    first, second = Piece(0, 150, 0, 100), Piece(50, 250, 100, 200)
    kept, end = keep(first, [(10, 12, "a"), (98, 104, "b"), (120, 125, "c")], 0)
    assert kept == [(10, 12, "a"), (98, 104, "b")] and end == 104
    kept, end = keep(second, [(98, 104, "b"), (102, 104, "b2"), (120, 125, "c")], end)
    assert kept == [(120, 125, "c")] and end == 125


def test_no_entity_lost_at_a_cut_in_a_text_without_line_breaks():
    # the cut falls inside the sentence: everything in it is found once, whole
    filler = "他" * (CHUNK_CHARS - 2)
    text = filler + "第九战区薛岳指挥。"
    record = extract_text(text, "long", options=Options())
    assert _spans(record) == [(CHUNK_CHARS - 2, CHUNK_CHARS + 2, "MIL_UNIT", "第九战区"),
                              (CHUNK_CHARS + 2, CHUNK_CHARS + 4, "PERSON", "薛岳")]


def test_dates_whole_at_every_cut_of_a_long_line():
    sentence = "1944年8月，第10军守衡阳。"
    text = sentence * (3 * CHUNK_CHARS // len(sentence) + 3)   # one line, several pieces
    record = extract_text(text, "long", options=Options())
    dates = [e for e in record["entities"] if e["label"] == "DATE"]
    assert len(dates) == text.count("1944年8月")
    assert {e["text"] for e in dates} == {"1944年8月"}
    assert {e["text"] for e in record["entities"] if e["label"] == "MIL_UNIT"} == {"第10军"}
    starts = [e["start"] for e in record["entities"]]
    assert starts == sorted(set(starts))                # none twice


def test_one_piece_needs_no_context():
    assert list(pieces("短文。", 100)) == [Piece(0, 3, 0, 3)]
    assert OVERLAP >= 200


def test_spilled_record_is_written_byte_for_byte_as_in_memory(tmp_path, monkeypatch):
    import gc
    import os
    import pickle

    extract_module = sys.modules["pipeline.extract"]
    from pipeline.record import dumps_record, read_records, write_records
    from pipeline.spill import SpilledEntities

    text = ("1944年4月，日军第37师团进攻衡阳。\n\nOn 19 April 1944 the 10th Army held Hengyang.\n"
            "5月3日，第九战区薛岳指挥约2万人。\n") * 3
    in_memory = extract_text(text, "doc", options=Options())
    monkeypatch.setattr(extract_module, "SPILL_CHARS", 10)
    spilled = extract_text(text, "doc", options=Options())
    assert isinstance(spilled["entities"], SpilledEntities)
    assert len(spilled["entities"]) == len(in_memory["entities"]) > 10
    assert spilled["entities"][3] == in_memory["entities"][3]
    assert list(spilled["label"]) == in_memory["label"]
    assert dumps_record(spilled) == dumps_record(in_memory)
    write_records(tmp_path / "a.jsonl", [in_memory])
    moved = pickle.loads(pickle.dumps(spilled))         # as a worker process hands it over
    write_records(tmp_path / "b.jsonl", [moved])
    assert (tmp_path / "a.jsonl").read_bytes() == (tmp_path / "b.jsonl").read_bytes()
    assert read_records(tmp_path / "b.jsonl")[0]["entities"] == in_memory["entities"]
    path = moved["entities"].path
    assert moved["label"].entities is moved["entities"]
    del moved
    gc.collect()
    assert not os.path.exists(path)                     # the receiving side removed the file


def test_date_context_carries_across_pieces(monkeypatch):
    extract_module = sys.modules["pipeline.extract"]

    text = "1943年5月，第18军进攻。" + "他" * 3000 + "。6月3日，该军撤退。"
    whole = extract_text(text, "doc", options=Options())
    monkeypatch.setattr(extract_module, "CHUNK_CHARS", 1000)
    cut = extract_text(text, "doc", options=Options())
    assert cut["entities"] == whole["entities"]
    assert [e["norm"].get("value") for e in cut["entities"] if e["label"] == "DATE"] == \
        ["1943-05", "1943-06-03"]


def test_the_api_function_survives_importing_its_module():
    import importlib

    import pipeline

    module = importlib.import_module("pipeline.extract")
    assert callable(pipeline.extract) and not isinstance(pipeline.extract, type(module))
    assert module.extract_text is not None and module is sys.modules["pipeline.extract"]


def test_records_are_written_as_compact_json_for_every_value():
    import json

    from pipeline.spill import dumps

    values = ["第9战区\n\t\x00\x7f\u2028\"\\/é𠀀", 1.5, 1e16, -0.0, 148000, 2 ** 70, "\ud800",
              [1, (2, 3)], {"a": None, "b": True, "c": {"unit": "万人"}}]
    for value in values:  # 2 ** 70 and the lone surrogate are refused by orjson: json writes them
        assert dumps(value) == json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    assert dumps({"start": 0, "norm": {"numbers": [37]}}) == '{"start":0,"norm":{"numbers":[37]}}'
    book = "第九战区\n\"长沙\"" * 200_000          # a book's text is written by json.dumps: the same text
    assert dumps(book) == json.dumps(book, ensure_ascii=False, separators=(",", ":"))
