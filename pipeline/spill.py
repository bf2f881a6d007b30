"""A record's entities kept on disk, for documents too long to hold them in memory.

A 7-million-character book yields several hundred thousand entities; as Python
dicts they take over a gigabyte. `extract_text` appends them, as they are
normalised piece by piece, to a `SpilledEntities`: one JSON line per entity in
a temporary file, with an index of line offsets. It is a read-only sequence
of entity dicts (read back one at a time), `labels()` views the same spans in
doccano's `[start, end, LABEL]` form, and `pipeline.record.write_record` streams
it into the JSONL output byte for byte as `dumps` would write a list.

JSON is written compact (no spaces after `,` and `:`) by orjson, which writes a
corpus record ten times faster than `json.dumps`; a value orjson refuses (an
integer past 64 bits, a string with a lone surrogate) falls back to `json.dumps`
with the same separators, so every value writes as before.

Pickled (to a parent process), it travels as its file name and the receiving
side becomes the owner that removes the file when it is garbage-collected.
"""

from __future__ import annotations

import json
import os

import orjson
import tempfile
from array import array
from collections.abc import Sequence
from typing import IO, Iterator

SEPARATORS = (",", ":")
_LONG_TEXT = 1 << 20  # what orjson writes; pipeline.record.write_record streams with them


def dumps(value) -> str:
    """Compact JSON text of `value`, as `json.dumps(value, ensure_ascii=False,
    separators=SEPARATORS)` writes it."""
    if isinstance(value, str) and len(value) > _LONG_TEXT:
        # a book's text: orjson's bytes and their decoded copy would both be held at once
        return json.dumps(value, ensure_ascii=False)
    try:
        return orjson.dumps(value).decode("utf-8")
    except (orjson.JSONEncodeError, TypeError):   # > 64-bit integers, lone surrogates, ...
        return json.dumps(value, ensure_ascii=False, separators=SEPARATORS)


class SpilledEntities(Sequence):
    """Entity dicts in a temporary JSON-lines file, in the order appended."""

    def __init__(self) -> None:
        fd, self.path = tempfile.mkstemp(prefix="zhanji-entities-", suffix=".jsonl")
        self._file: IO[bytes] | None = os.fdopen(fd, "w+b")
        self._offsets = array("q")
        self._size = 0
        self._owner = True

    # -- writing
    def append(self, ent: dict) -> None:
        line = (dumps(ent) + "\n").encode("utf-8")
        self._offsets.append(self._size)
        self._file.write(line)
        self._size += len(line)

    def extend(self, ents) -> None:
        for ent in ents:
            self.append(ent)

    # -- reading
    def _reader(self) -> IO[bytes]:
        if self._file is None:
            self._file = open(self.path, "r+b")
        self._file.flush()
        return self._file

    def json_lines(self) -> Iterator[str]:
        """Each entity as its JSON text (no newline), in order."""
        handle = self._reader()
        handle.seek(0)
        for _ in range(len(self._offsets)):
            yield handle.readline().decode("utf-8").rstrip("\n")
        handle.seek(0, os.SEEK_END)

    def __iter__(self) -> Iterator[dict]:
        return (json.loads(line) for line in self.json_lines())

    def __len__(self) -> int:
        return len(self._offsets)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        handle = self._reader()
        handle.seek(self._offsets[index])
        line = handle.readline()
        handle.seek(0, os.SEEK_END)
        return json.loads(line)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def labels(self) -> "SpilledLabels":
        return SpilledLabels(self)

    # -- lifetime
    def __getstate__(self) -> dict:
        if self._file is not None:
            self._file.flush()
        self._owner = False  # the unpickled copy owns the file from now on
        return {"path": self.path, "offsets": self._offsets, "size": self._size}

    def __setstate__(self, state: dict) -> None:
        self.path, self._offsets, self._size = state["path"], state["offsets"], state["size"]
        self._file, self._owner = None, True

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._owner:
            self._owner = False
            try:
                os.unlink(self.path)
            except FileNotFoundError:
                pass

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # interpreter shutdown
            pass


class SpilledLabels(Sequence):
    """The `label` view of spilled entities: `[start, end, LABEL]` each."""

    def __init__(self, entities: SpilledEntities) -> None:
        self.entities = entities

    def __iter__(self) -> Iterator[list]:
        return ([e["start"], e["end"], e["label"]] for e in self.entities)

    def __len__(self) -> int:
        return len(self.entities)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        e = self.entities[index]
        return [e["start"], e["end"], e["label"]]

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)
