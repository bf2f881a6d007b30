"""`zhanji merge`: the shards of a cluster run as one corpus file.

Records come out in the manifest's order, which is the run's input order (what a
local `zhanji extract` over the same inputs writes), each copied byte for byte
from its shard (a long record in pieces, never whole in memory).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from pipeline.errors import ZhanjiError
from pipeline.io import atomic_writer
from pipeline.scale.shards import read_manifest

COPY_BYTES = 1 << 20


@dataclass
class MergeReport:
    records: int = 0
    failed: list = field(default_factory=list)   # (source, error) of documents that failed
    pending: list = field(default_factory=list)  # sources not extracted yet


def merge(directory: str | os.PathLike, output: str | os.PathLike, *,
          partial: bool = False) -> MergeReport:
    """Write the records of the shard directory into `output` (a file, or - for stdout).

    Documents not extracted yet stop it (a run is unfinished: run the same
    `zhanji extract` again) unless `partial`; documents that failed are left out
    and reported."""
    directory = Path(directory)
    _, entries = read_manifest(directory)
    report = MergeReport()
    report.pending = [e["source"] for e in entries if e.get("status") not in ("done", "error")]
    report.failed = [(e["source"], e.get("error", "")) for e in entries if e.get("status") == "error"]
    if report.pending and not partial:
        raise ZhanjiError(f"{len(report.pending)} document(s) not extracted yet (first: "
                          f"{report.pending[0]}): run the same `zhanji extract` again to finish, "
                          "or pass --partial", path=str(directory))
    done = [e for e in entries if e.get("status") == "done"]
    for entry in done:  # check every shard before writing anything
        shard = directory / entry["shard"]
        if not shard.is_file() or shard.stat().st_size < entry["offset"] + entry["length"]:
            raise ZhanjiError(f"shard {entry['shard']} is missing or short (the record of "
                              f"{entry['source']}); run the same `zhanji extract` again",
                              path=str(directory))
    handles: dict[str, object] = {}
    try:
        with atomic_writer(output, "wb") as sink:
            for entry in done:
                source = handles.get(entry["shard"])
                if source is None:
                    if len(handles) >= 64:
                        handles.pop(next(iter(handles))).close()
                    source = handles[entry["shard"]] = open(directory / entry["shard"], "rb")
                _copy(source, sink, entry, directory)
                report.records += 1
    finally:
        for handle in handles.values():
            handle.close()
    return report


def _copy(source, sink, entry: dict, directory: Path) -> None:
    source.seek(entry["offset"])
    left = entry["length"]
    first = True
    last = b""
    while left:
        chunk = source.read(min(COPY_BYTES, left))
        if not chunk or (first and not chunk.startswith(b"{")):
            raise ZhanjiError(f"shard {entry['shard']} does not hold the record of "
                              f"{entry['source']} where the manifest says", path=str(directory))
        first = False
        sink.write(chunk)
        left -= len(chunk)
        last = chunk
    if not last.endswith(b"\n"):
        raise ZhanjiError(f"shard {entry['shard']}: the record of {entry['source']} is cut short",
                          path=str(directory))
