"""The corpus record and its codecs (JSONL, CSV), with validation.

A record is one JSON object per document:

    {"id": ..., "text": ..., "label": [[start, end, LABEL], ...],
     "entities": [{"start", "end", "label", "text", "norm", "source"}, ...],
     "meta": {"source", "script", "lang", "sha256", "pipeline"}}

`label` is doccano's sequence-labelling import format; `entities` carries the
same spans with their text, normalised values and provenance. They always agree.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
from typing import IO, Iterable, Iterator

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_writer
from pipeline.spans import LABELS
from pipeline.spill import SEPARATORS, SpilledEntities, dumps

ENTITY_KEYS = ("start", "end", "label", "text", "norm", "source")


def sha256_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def entity(start: int, end: int, label: str, text: str, norm: dict | None = None,
           source: str = "", **extra) -> dict:
    """One entity dict in the record's key order."""
    ent = {"start": start, "end": end, "label": label, "text": text[start:end],
           "norm": norm or {}, "source": source}
    ent.update(extra)
    return ent


def make_record(doc_id: str, text: str, entities: Iterable[dict], meta: dict | None = None) -> dict:
    """Build a record; `label` is derived from `entities` so the two always agree.

    Entities spilled to disk (pipeline.spill, for very long documents) are already in
    order and stay on disk; `label` is then a view of them.
    """
    if isinstance(entities, SpilledEntities):
        ents, labels = entities, entities.labels()
    else:
        ents = sorted(entities, key=lambda e: (e["start"], e["end"]))
        labels = [[e["start"], e["end"], e["label"]] for e in ents]
    return {
        "id": doc_id,
        "text": text,
        "label": labels,
        "entities": ents,
        "meta": dict(meta or {}),
    }


def _spans_of(record: dict) -> list[tuple[int, int, str]]:
    if "entities" in record and record["entities"] is not None:
        return [(e.get("start"), e.get("end"), e.get("label")) for e in record["entities"]]
    return [tuple(x) if isinstance(x, (list, tuple)) else (None, None, None)
            for x in record.get("label") or []]


def _json_type(value: object) -> str:
    return {dict: "an object", list: "a list", str: "a string", bool: "true/false",
            type(None): "null"}.get(type(value), "a number")


def _check_types(record: dict, where: str) -> None:
    """The JSON types of the record's containers (before any of them is used)."""
    for key in ("label", "entities"):
        value = record.get(key)
        if value is not None and not isinstance(value, list):
            raise ZhanjiError(f"{where}: {key!r} must be a list, not {_json_type(value)}")
    for i, span in enumerate(record.get("label") or [], 1):
        if not isinstance(span, list):
            raise ZhanjiError(f"{where}: 'label' item {i} must be a list [start, end, LABEL], "
                              f"not {_json_type(span)}")
    for i, ent in enumerate(record.get("entities") or [], 1):
        if not isinstance(ent, dict):
            raise ZhanjiError(f"{where}: entity {i} must be a JSON object, not {_json_type(ent)}")
        norm = ent.get("norm")
        if norm is not None and not isinstance(norm, dict):
            raise ZhanjiError(f"{where}: entity {i}: 'norm' must be a JSON object, "
                              f"not {_json_type(norm)}")
        for key in ("text", "source"):
            if key in ent and not isinstance(ent[key], str):
                raise ZhanjiError(f"{where}: entity {i}: {key!r} must be a string, "
                                  f"not {_json_type(ent[key])}")
    meta = record.get("meta")
    if meta is not None and not isinstance(meta, dict):
        raise ZhanjiError(f"{where}: 'meta' must be a JSON object, not {_json_type(meta)}")


def validate_record(record: object, where: str = "<record>") -> dict:
    """Check a record; return it with `label` and `entities` both present and agreeing.

    Raises ZhanjiError("<where>: ...") naming the first problem found.
    """
    if not isinstance(record, dict):
        raise ZhanjiError(f"{where}: a record must be a JSON object")
    text = record.get("text")
    if not isinstance(text, str) or not text:
        raise ZhanjiError(f"{where}: record has no text")
    doc_id = record.get("id", "")
    if not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise ZhanjiError(f"{where}: record id must be a string")
    _check_types(record, where)
    spans = _spans_of(record)
    for span in spans:
        if len(span) != 3:
            raise ZhanjiError(f"{where}: span {list(span)} is not [start, end, label]")
        start, end, label = span
        if not isinstance(start, int) or not isinstance(end, int) or isinstance(start, bool):
            raise ZhanjiError(f"{where}: span {list(span)} has non-integer offsets")
        if label not in LABELS:
            raise ZhanjiError(f"{where}: unknown label {label!r} in span [{start}, {end}] "
                              f"(labels: {', '.join(LABELS)})")
        if not 0 <= start < end:
            raise ZhanjiError(f"{where}: empty or negative span [{start}, {end}, {label}]")
        if end > len(text):
            raise ZhanjiError(f"{where}: span [{start}, {end}, {label}] runs past the end "
                              f"of the text ({len(text)} characters)")
    ordered = sorted(spans)
    for (s1, e1, l1), (s2, e2, l2) in zip(ordered, ordered[1:]):
        if s2 < e1:
            raise ZhanjiError(f"{where}: overlapping spans [{s1}, {e1}, {l1}] and [{s2}, {e2}, {l2}]")
    if "entities" in record and record["entities"] is not None:
        for ent in record["entities"]:
            if "text" in ent and ent["text"] != text[ent["start"]:ent["end"]]:
                raise ZhanjiError(
                    f"{where}: entity [{ent['start']}, {ent['end']}] says {ent['text']!r} "
                    f"but the text there is {text[ent['start']:ent['end']]!r}")
        if record.get("label") is not None:
            labels = sorted(tuple(x) for x in record["label"])
            if labels != ordered:
                raise ZhanjiError(f"{where}: 'label' and 'entities' disagree")
    out = dict(record)
    if record.get("entities") is None:
        out["entities"] = [entity(s, e, l, text) for s, e, l in ordered]
    else:
        out["entities"] = sorted(
            ({**ent, "text": text[ent["start"]:ent["end"]], "norm": ent.get("norm") or {}}
             for ent in record["entities"]), key=lambda e: (e["start"], e["end"]))
    out["label"] = [[e["start"], e["end"], e["label"]] for e in out["entities"]]
    out.setdefault("id", "")
    out.setdefault("meta", {})
    return out


def iter_records(path: str | os.PathLike) -> Iterator[dict]:
    """Read and validate a JSONL corpus lazily; errors name the file and line."""
    path = str(path)
    try:
        handle = open(path, encoding="utf-8-sig", newline="")
    except FileNotFoundError:
        raise ZhanjiError("no such file", path=path) from None
    except IsADirectoryError:
        raise ZhanjiError("is a directory", path=path) from None
    except OSError as err:
        raise ZhanjiError(f"cannot read: {err.strerror or err}", path=path) from None
    with handle:
        seen_any = False
        try:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as err:
                    raise ZhanjiError(f"malformed JSON ({err.msg} at column {err.colno})",
                                      path=path, line=lineno) from None
                seen_any = True
                yield validate_record(obj, f"{path}:{lineno}")
        except UnicodeDecodeError:
            raise ZhanjiError("not UTF-8 text (a corpus must be UTF-8 JSONL)", path=path) from None
        if not seen_any:
            raise ZhanjiError("empty corpus (no records)", path=path)


def is_reviewed(record: object) -> bool:
    """Whether a record carries review provenance as `review pull` writes it.

    `meta.review` (project, reviewers), a `review` block on an entity
    (accepted/relabelled/resized/added) or the `removed` list of machine spans.
    """
    if not isinstance(record, dict):
        return False
    meta = record.get("meta")
    if isinstance(meta, dict) and "review" in meta:
        return True
    if isinstance(record.get("removed"), list):
        return True
    entities = record.get("entities")
    return isinstance(entities, list) and any(isinstance(e, dict) and "review" in e
                                              for e in entities)


_PROVENANCE_KEYS = (b'"review', b'"removed')


def _mentions_provenance(path: str | os.PathLike, chunk: int = 1 << 20) -> bool:
    """Whether the bytes of `path` contain a review provenance key (read in chunks)."""
    keep = max(map(len, _PROVENANCE_KEYS)) - 1
    try:
        with open(path, "rb") as handle:
            tail = b""
            while True:
                block = handle.read(chunk)
                if not block:
                    return False
                window = tail + block
                if any(key in window for key in _PROVENANCE_KEYS):
                    return True
                tail = window[-keep:]
    except OSError:
        return False


def holds_reviewed(path: str | os.PathLike) -> bool:
    """Whether a file (any name) holds reviewed records: JSONL, or one JSON list or object.

    Decided by the records' provenance fields, not by the file name or by text
    that merely mentions the word. A file without the provenance keys anywhere
    (machine output) is told apart by a streaming scan, without parsing a record.
    """
    if not _mentions_provenance(path):
        return False
    try:
        with open(path, "rb") as handle:
            first = handle.readline()
            try:  # JSONL: every line one record
                json.loads(first.decode("utf-8-sig"))
                jsonl = True
            except (UnicodeDecodeError, json.JSONDecodeError):
                jsonl = False
            handle.seek(0)
            if not jsonl and first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"[", b"{")):
                try:  # one JSON document over several lines: a list of records, or one record
                    data = json.loads(handle.read().decode("utf-8-sig"))
                except (UnicodeDecodeError, json.JSONDecodeError):
                    return False
                return any(is_reviewed(r) for r in (data if isinstance(data, list) else [data]))
            for raw in handle:
                if b'"review' not in raw and b'"removed' not in raw:
                    continue
                try:
                    data = json.loads(raw.decode("utf-8-sig"))
                    if any(is_reviewed(r) for r in (data if isinstance(data, list) else [data])):
                        return True
                except (UnicodeDecodeError, json.JSONDecodeError):
                    continue
    except OSError:
        return False
    return False


def read_records(path: str | os.PathLike) -> list[dict]:
    return list(iter_records(path))


def dumps_record(record: dict) -> str:
    if isinstance(record.get("entities"), SpilledEntities):
        out = io.StringIO()
        write_record(out, record)
        return out.getvalue()[:-1]
    return dumps(record)


def write_record(handle: IO[str], record: dict) -> None:
    """One JSONL line; spilled entities are streamed from disk, never held in memory."""
    ents = record.get("entities")
    if not isinstance(ents, SpilledEntities):
        handle.write(dumps(record) + "\n")
        return
    handle.write("{")
    for n, (key, value) in enumerate(record.items()):
        handle.write((SEPARATORS[0] if n else "") + dumps(key) + SEPARATORS[1])
        if key == "entities":
            _write_list(handle, ents.json_lines())
        elif key == "label":
            _write_list(handle, (dumps(x) for x in value))
        else:
            handle.write(dumps(value))
    handle.write("}\n")


def _write_list(handle: IO[str], items: Iterable[str]) -> None:
    handle.write("[")
    for n, item in enumerate(items):
        handle.write((SEPARATORS[0] if n else "") + item)
    handle.write("]")


def write_records(path: str | os.PathLike, records: Iterable[dict]) -> int:
    """Write JSONL atomically; returns the number of records written."""
    count = 0
    with atomic_writer(path) as handle:
        for record in records:
            write_record(handle, record)
            count += 1
    return count


CSV_COLUMNS = ("doc_id", "start", "end", "label", "text", "source", "value", "unit", "approx",
               "mod", "numbers", "echelon", "prefix", "side", "modern", "id", "lat", "lon",
               "context")


def entity_rows(records: Iterable[dict], context_chars: int = 12) -> Iterator[dict]:
    """One flat row per entity, normalised fields spread into columns, for spreadsheets."""
    for record in records:
        text = record["text"]
        for ent in record["entities"]:
            norm = ent.get("norm") or {}
            row = {k: "" for k in CSV_COLUMNS}
            row.update(doc_id=record.get("id", ""), start=ent["start"], end=ent["end"],
                       label=ent["label"], text=ent["text"], source=ent.get("source", ""))
            for key in CSV_COLUMNS[6:-1]:
                value = norm.get(key)
                if value is None:
                    continue
                row[key] = ";".join(map(str, value)) if isinstance(value, list) else value
            left = text[max(0, ent["start"] - context_chars):ent["start"]]
            right = text[ent["end"]:ent["end"] + context_chars]
            row["context"] = f"{left}[{ent['text']}]{right}".replace("\r", " ").replace("\n", " ")
            yield row


def write_csv(path: str | os.PathLike, records: Iterable[dict]) -> int:
    """Write entity rows as CSV (UTF-8 with BOM so spreadsheet programs detect it)."""
    count = 0
    with atomic_writer(path, encoding="utf-8-sig") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for row in entity_rows(records):
            writer.writerow(row)
            count += 1
    return count


def csv_stream(handle: IO[str]):
    """A function writing each record's entity rows to an open text stream (header first)."""
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    return lambda record: writer.writerows(entity_rows([record]))
