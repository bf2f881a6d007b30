"""Push records: what `pull` needs to rebuild a document, kept out of the reviewers' sight.

doccano shows every key of an example's meta in its metadata panel, so the meta
holds only what helps a reviewer (document, "paragraph n of N", offset,
pipeline). Everything else — the text between paragraphs, the machine entities
with their norms and sources, the ids of the pushed spans, the record's meta,
fingerprints — goes to one JSON file per paragraph in the data directory:

    DATA_DIR/zhanji-review/project-<id>/<document key>/<paragraph>.json

A push writes the file before it creates the example (example_id null), again
when the example exists, and a last time with `complete: true` once every span
is in; so an interrupted push leaves records that say what to clean up.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
from pathlib import Path

from pipeline.errors import ZhanjiError

SCHEMA = 2
ROOT = "zhanji-review"
_PARAGRAPH = re.compile(r"^(\d+) of (\d+)$")


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def display_meta(doc_id: str, paragraph: int, paragraphs: int, offset: int, pipeline: str) -> dict:
    """The meta a reviewer sees beside the text (paragraph numbers count from 1)."""
    return {"document": doc_id, "paragraph": f"{paragraph + 1} of {paragraphs}", "offset": offset,
            "pipeline": pipeline}


def example_key(meta: dict | None) -> tuple[str, int] | None:
    """(doc_id, paragraph index) of an example pushed by zhanji, None for any other example."""
    if not isinstance(meta, dict) or "document" not in meta:
        return None
    found = _PARAGRAPH.match(str(meta.get("paragraph", "")))
    if not found:
        return None
    return str(meta["document"]), int(found.group(1)) - 1


def legacy_record(example: dict) -> tuple[tuple[str, int], dict] | None:
    """An example pushed by zhanji before push records (its meta holds a `zhanji` block).

    Such projects still pull and re-push; the block becomes the push record. The
    pushed span ids were not kept, so `review.by` of a change is the span's user.
    """
    meta = example.get("meta")
    if not isinstance(meta, dict) or not isinstance(meta.get("zhanji"), dict) or "doc_id" not in meta:
        return None
    block = meta["zhanji"]
    record = {k: v for k, v in block.items() if k != "v"}
    record.update({"doc_id": str(meta["doc_id"]), "paragraph": meta["paragraph"], "paragraphs": meta["paragraphs"],
                   "offset": meta["offset"], "text_sha": text_hash(example["text"]), "example_id": example["id"],
                   "spans": {}, "pushed_by_id": None, "legacy": True})
    return (record["doc_id"], record["paragraph"]), record


def pushed_examples(examples, records: dict):
    """(example, key, push record or None) for each example pushed by zhanji.

    `records` are the store's push records by key; an example pushed before push
    records (a legacy `zhanji` meta block) brings its own, added to `records`.
    Examples zhanji did not push are skipped.
    """
    for ex in examples:
        key = example_key(ex.get("meta"))
        if key is None:
            legacy = legacy_record(ex)
            if legacy is None:
                continue
            key, rec = legacy
            records[key] = rec
        yield ex, key, records.get(key)


class PushStore:
    """The push records of one doccano project, under a data directory."""

    def __init__(self, data_dir: str | os.PathLike, project_id: int):
        self.dir = Path(data_dir).expanduser() / ROOT / f"project-{project_id}"

    def _doc_dir(self, doc_id: str) -> Path:
        safe = re.sub(r"[^0-9A-Za-z_.-]", "_", doc_id)[:40]
        return self.dir / f"{safe}-{hashlib.sha1(doc_id.encode('utf-8')).hexdigest()[:10]}"

    def write(self, record: dict) -> None:
        folder = self._doc_dir(record["doc_id"])
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{record['paragraph']}.json"
            tmp = path.with_suffix(".json.tmp")
            tmp.write_text(json.dumps({"v": SCHEMA, **record}, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, path)
        except OSError as err:
            raise ZhanjiError(f"cannot write the push record in {folder}: {err.strerror or err}") from None

    def read_all(self) -> dict[tuple[str, int], dict]:
        out: dict[tuple[str, int], dict] = {}
        if not self.dir.is_dir():
            return out
        for path in sorted(self.dir.glob("*/*.json")):
            try:
                record = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as err:
                raise ZhanjiError(f"{path}: unreadable push record ({err})") from None
            out[(record["doc_id"], record["paragraph"])] = record
        return out

    def delete_document(self, doc_id: str) -> None:
        shutil.rmtree(self._doc_dir(doc_id), ignore_errors=True)
