"""A real doccano 1.8.4 server for the review tests, on 127.0.0.1 in a temp dir.

The server runs from .venv-doccano (made by `zhanji review setup`; created here
when missing). The tests skip, with the reason, only if that environment cannot
be created. Upload/export celery tasks run eagerly (no worker).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import ZhanjiError
from pipeline.review import server

ADMIN, ADMIN_PASSWORD = "admin", "zhanji-test-admin"
REVIEWER, REVIEWER_PASSWORD = "reviewer1", "zhanji-test-reviewer"
ARTICLE = Path(__file__).resolve().parents[1] / "corpus" / "yuxianggui-1944.zh-hans.txt"
GOLD = Path(__file__).resolve().parents[2] / "shared" / "gold" / "dev.jsonl"
OUTSIDE_BMP = "\U00020BB7"  # 𠮷, two UTF-16 units


_shared: dict = {}  # one server per test session, whichever test module asks first


@pytest.fixture(scope="session")
def doccano_server(tmp_path_factory):
    if "server" not in _shared:
        try:
            server.setup(echo=lambda msg: None)
        except ZhanjiError as err:
            pytest.skip(f"doccano environment (.venv-doccano) cannot be created: {err}")
        data_dir = tmp_path_factory.mktemp("doccano")
        server.init_data_dir(data_dir)
        server.set_user(data_dir, ADMIN, ADMIN_PASSWORD, admin=True)
        server.set_user(data_dir, REVIEWER, REVIEWER_PASSWORD)
        doccano = server.DoccanoServer(data_dir, port=server.free_port(), eager=True, workers=2)
        doccano.start(timeout=60)
        _shared["server"] = doccano
    doccano = _shared["server"]
    with pytest.MonkeyPatch.context() as patch:  # push and pull keep their records in the server's data dir
        patch.setenv("ZHANJI_DOCCANO_HOME", str(doccano.data_dir))
        yield doccano
    doccano.stop()  # at the end of the session (stopping twice is harmless)


def with_outside_bmp(text: str, entities: list[dict]) -> tuple[str, list[dict]]:
    """Put 𠮷 at the start of every non-blank line (so every paragraph has it before
    its spans) and append a line whose first entity contains 𠮷."""
    lines = text.split("\n")
    out, shift, pos, new_pos = [], [], 0, 0
    for line in lines:
        add = 1 if line.strip() else 0
        shift.append((pos, pos + len(line), new_pos + add - pos))
        out.append(OUTSIDE_BMP * add + line)
        pos += len(line) + 1
        new_pos += len(line) + add + 1
    new_text = "\n".join(out)

    def moved(offset: int) -> int:
        for start, end, delta in shift:
            if start <= offset <= end:
                return offset + delta
        raise AssertionError(offset)

    ents = [{**e, "start": moved(e["start"]), "end": moved(e["end"] - 1) + 1} for e in entities]
    tail_start = len(new_text) + 2
    new_text += "\n\n" + OUTSIDE_BMP + "林市的第37师团。\n"
    ents.append({"start": tail_start, "end": tail_start + 3, "label": "GPE", "text": "", "norm": {},
                 "source": "test"})
    ents.append({"start": tail_start + 4, "end": tail_start + 9, "label": "MIL_UNIT", "text": "",
                 "norm": {"numbers": [37], "echelon": "师团", "prefix": ""}, "source": "test"})
    for e in ents:
        e["text"] = new_text[e["start"]:e["end"]]
    return new_text, ents


def machine_record() -> tuple[dict, str]:
    """The bundled article's extraction (gold spans when the extractor is unavailable), with 𠮷."""
    from pipeline.record import make_record, validate_record

    text = ARTICLE.read_text(encoding="utf-8") if ARTICLE.exists() else None
    try:
        from pipeline.extract import extract_text

        record = extract_text(text, "yuxianggui-1944", source=str(ARTICLE))
        entities, origin = record["entities"], "extractor"
        meta = record["meta"]
    except Exception:  # extractor not ready: the gold spans have the same shape
        gold = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
        text = gold["text"]
        entities = [{**e, "source": "gold"} for e in gold["entities"]]
        meta, origin = {"source": "gold/dev.jsonl", "pipeline": "zhanji test"}, "gold"
    new_text, ents = with_outside_bmp(text, entities)
    record = make_record("yuxianggui-1944", new_text, ents, meta)
    return validate_record(record, "test record"), origin
