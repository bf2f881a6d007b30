"""Reading source documents (encodings, BOM, binary detection) and atomic writing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Iterator

from pipeline.errors import ZhanjiError

# Encodings a user may name with --encoding; aliases are Python codec names.
ENCODING_ALIASES = {
    "utf8": "utf-8",
    "utf-8": "utf-8",
    "utf-8-sig": "utf-8-sig",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
    "utf-16": "utf-16",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
}


@dataclass(frozen=True)
class SourceText:
    """A decoded source file: the text exactly as decoded (BOM dropped, line endings kept)."""

    path: str
    text: str
    encoding: str


def _looks_binary(raw: bytes, encoding: str) -> bool:
    if encoding.startswith("utf-16"):
        return False
    sample = raw[:8192]
    if b"\x00" in sample:
        return True
    # control characters other than tab, newline, carriage return, form feed
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > max(4, len(sample) // 100)


def decode_bytes(raw: bytes, path: str, encoding: str | None = None) -> SourceText:
    """Decode raw bytes; raise ZhanjiError with a clear message when they are not text."""
    if not raw.strip():
        raise ZhanjiError("empty file (no text to process)", path=path)
    codec = "utf-8"
    if encoding:
        codec = ENCODING_ALIASES.get(encoding.lower().replace("_", "-"), encoding)
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        codec = "utf-16"
    if _looks_binary(raw, codec):
        raise ZhanjiError("binary file, not text (contains NUL or control bytes)", path=path)
    if codec == "utf-8" and raw.startswith(b"\xef\xbb\xbf"):
        codec = "utf-8-sig"
    try:
        text = raw.decode(codec)
    except LookupError:
        raise ZhanjiError(f"unknown encoding {encoding!r}", path=path) from None
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        hint = "" if encoding else " (try --encoding gb18030, big5 or utf-16)"
        raise ZhanjiError(
            f"cannot decode as {codec} at byte {err.start}{hint}", path=path, line=line
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ZhanjiError("empty file (no text to process)", path=path)
    return SourceText(path=path, text=text, encoding=codec)


def read_source(path: str | os.PathLike, encoding: str | None = None) -> SourceText:
    """Read one source file. Line endings are kept exactly as in the file."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ZhanjiError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise ZhanjiError("is a directory", path=str(path)) from None
    except OSError as err:
        raise ZhanjiError(f"cannot read: {err.strerror}", path=str(path)) from None
    return decode_bytes(raw, str(path), encoding)


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "w", **kwargs) -> Iterator[IO]:
    """Open a temporary file beside `path`; on success it replaces `path` atomically.

    On any exception the temporary file is removed and `path` is left untouched.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        if "b" not in mode:
            kwargs.setdefault("encoding", "utf-8")
            kwargs.setdefault("newline", "")
        with os.fdopen(fd, mode, **kwargs) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_writer(path, "wb") as handle:
        handle.write(data)
