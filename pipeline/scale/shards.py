"""The output directory of a cluster run: JSONL shards and a manifest.

    out/manifest.jsonl         a header line, then one line per input document, in input order
    out/shards/RUN-00001.jsonl  records, one JSON line each, in the order they were finished
    out/shards/RUN-doc0000042.jsonl   one long document's record, written by its worker

A document is done when the manifest says so: its line names the shard, the byte
offset and length of its record there, the sha256 of its text and the pipeline and
options that made it. Shards are written to a temporary name and renamed when
sealed; the manifest is then replaced whole (temporary file, fsync, rename). A run
that dies between the two leaves a shard no manifest line points at: the next run
removes it and does those documents again, so no record is lost or counted twice.
Shard names carry the run's id, so a new run never writes over an earlier run's
shards. A lock file keeps two runs out of one directory.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import os
import secrets
import time
from pathlib import Path
from typing import IO

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_writer

MANIFEST = "manifest.jsonl"
SHARDS = "shards"
LOCK = ".zhanji.lock"
FORMAT = "zhanji-shards/1"
SHARD_BYTES = 64 * 1024 * 1024  # seal a shard past this size
ENTRY_KEYS = ("index", "id", "source", "status", "sha256", "pipeline", "code", "model", "tokens",
              "shard", "offset", "length", "chars", "entities", "error")


def new_run_id() -> str:
    """Sortable and unique: UTC time, then random hex (never an earlier run's name)."""
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{stamp}-{secrets.token_hex(3)}"


def _dumps(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def read_manifest(directory: str | os.PathLike) -> tuple[dict, list[dict]]:
    """The header and the document entries of a shard directory's manifest."""
    directory = Path(directory)
    path = directory / MANIFEST
    if not directory.is_dir():
        raise ZhanjiError("not a directory (expected the -o directory of a cluster "
                          "`zhanji extract`)", path=str(directory))
    if not path.is_file():
        raise ZhanjiError(f"no {MANIFEST}: not the output directory of a cluster "
                          "`zhanji extract` (or that run has not finished a document yet)",
                          path=str(directory))
    header, entries = None, []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            try:
                item = json.loads(line)
            except json.JSONDecodeError:
                raise ZhanjiError("manifest line is not JSON", path=str(path), line=number) from None
            if number == 1:
                if not isinstance(item, dict) or item.get("format") != FORMAT:
                    raise ZhanjiError(f"not a zhanji manifest (expected format {FORMAT})",
                                      path=str(path), line=1)
                header = item
            elif not isinstance(item, dict) or not isinstance(item.get("source"), str):
                raise ZhanjiError("manifest line is not a document entry", path=str(path),
                                  line=number)
            else:
                entries.append(item)
    if header is None:
        raise ZhanjiError("empty manifest", path=str(path))
    return header, entries


def write_manifest(directory: str | os.PathLike, header: dict, entries: list[dict]) -> None:
    with atomic_writer(Path(directory) / MANIFEST) as handle:
        handle.write(_dumps(header) + "\n")
        for entry in entries:
            handle.write(_dumps({k: entry[k] for k in ENTRY_KEYS if k in entry}) + "\n")


class OutputDirectory:
    """A shard directory opened for a run: checked, locked, its manifest loaded."""

    def __init__(self, path: str | os.PathLike, *, force: bool = False) -> None:
        self.path = Path(path)
        self.shards = self.path / SHARDS
        name = str(path)
        if self.path.exists() and not self.path.is_dir():
            raise ZhanjiError("cannot write: Not a directory (a cluster run writes a "
                              "directory of shards; name a new or empty directory)", path=name)
        has_manifest = (self.path / MANIFEST).is_file()
        if self.path.is_dir() and not has_manifest and any(
                p.name not in (SHARDS, LOCK) for p in self.path.iterdir()):
            raise ZhanjiError("directory holds other files and no manifest: not a zhanji "
                              "shard directory (name a new or empty directory)", path=name)
        try:
            self.shards.mkdir(parents=True, exist_ok=True)
            self._lock = open(self.path / LOCK, "a+")
        except OSError as err:
            raise ZhanjiError(f"cannot write: {err.strerror or err}", path=name) from None
        import fcntl

        try:  # a POSIX lock: forked workers (--scheduler local) do not inherit it
            fcntl.lockf(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._lock.close()
            raise ZhanjiError("another `zhanji extract` is writing this directory", path=name) from None
        self.header, self.entries = read_manifest(self.path) if has_manifest else ({}, [])

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self._lock.close()

    def remove_unreferenced(self, entries: list[dict]) -> int:
        """Delete shard files (and temporary files) that no manifest entry points at."""
        keep = {e["shard"] for e in entries if e.get("status") == "done" and e.get("shard")}
        removed = 0
        for path in self.shards.iterdir():
            if path.is_file() and f"{SHARDS}/{path.name}" not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed += 1
        return removed


class ShardWriter:
    """Lines into shards of about SHARD_BYTES, each written under a temporary name and
    renamed when sealed. `add` returns where the line will be once its shard is sealed."""

    def __init__(self, shard_dir: Path, run_id: str, shard_bytes: int = SHARD_BYTES) -> None:
        self.dir, self.run_id, self.limit = Path(shard_dir), run_id, shard_bytes
        self.seq = 0
        self.handle: IO[bytes] | None = None
        self.name = ""
        self.size = 0

    def _open(self) -> None:
        self.seq += 1
        self.name = f"{self.run_id}-{self.seq:05d}.jsonl"
        self.handle = open(self.dir / f".{self.name}.tmp", "wb")
        self.size = 0

    def add(self, line: str) -> tuple[str, int, int]:
        if self.handle is None:
            self._open()
        data = line.encode("utf-8")
        self.handle.write(data)
        where = (f"{SHARDS}/{self.name}", self.size, len(data))
        self.size += len(data)
        return where

    @property
    def full(self) -> bool:
        return self.handle is not None and self.size >= self.limit

    @property
    def empty(self) -> bool:
        return self.handle is None

    def seal(self) -> None:
        """Make the current shard final (fsync, rename); the next line opens a new one."""
        if self.handle is None:
            return
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        self.handle = None
        os.replace(self.dir / f".{self.name}.tmp", self.dir / self.name)

    def discard(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None
            with contextlib.suppress(OSError):
                os.unlink(self.dir / f".{self.name}.tmp")


class Checkpoints:
    """When to seal the shard and rewrite the manifest: every `seconds` (at least 20×
    what the last manifest write took, so a huge manifest is not rewritten constantly)."""

    def __init__(self, seconds: float = 10.0) -> None:
        self.seconds = seconds
        self.last = time.monotonic()
        self.cost = 0.0

    def due(self) -> bool:
        return time.monotonic() - self.last >= max(self.seconds, 20 * self.cost)

    def done(self, started: float) -> None:
        now = time.monotonic()
        self.cost, self.last = now - started, now
