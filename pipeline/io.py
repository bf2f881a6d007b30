"""Reading source documents (encodings, BOM, binary detection) and writing outputs.

Outputs: `-` is standard output; a regular file (or a new one) is replaced atomically
(temporary file beside it, then rename) and keeps its mode, a new file gets the umask's;
a symlink is followed to its target; anything else (a FIFO, a character device) is
written through. OS errors become one-line ZhanjiErrors naming the output.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import shutil
import signal
import stat
import sys
import tempfile
import threading
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


UTF16_SAMPLE = 1 << 16


def _plausible(text: str) -> float:
    """Share of characters that ordinary Chinese or English text is made of."""
    if not text:
        return 0.0
    good = 0
    for ch in text:
        cp = ord(ch)
        if (0x20 <= cp < 0x7F or ch in "\t\n\r" or 0x4E00 <= cp <= 0x9FFF or 0x3000 <= cp <= 0x303F
                or 0xFF00 <= cp <= 0xFFEF or 0x2000 <= cp <= 0x206F or 0x3400 <= cp <= 0x4DBF
                or 0xA0 <= cp <= 0x24F):
            good += 1
    return good / len(text)


def utf16_byte_order(raw: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for BOM-less UTF-16 whose byte order is clear, else None.

    Evidence: NUL bytes (ASCII and line breaks) fall on odd offsets in little-endian
    text and on even offsets in big-endian text; without them, the byte order whose
    decoding reads as ordinary Chinese or English text, by a clear margin.
    """
    sample = raw[:UTF16_SAMPLE]
    if len(sample) < 2 or len(sample) % 2 and len(raw) <= UTF16_SAMPLE:
        return None
    sample = sample[: len(sample) // 2 * 2]
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    scores = {}
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            scores[codec] = _plausible(sample.decode(codec))
        except UnicodeDecodeError as err:  # a lone surrogate, or a cut at the sample's end
            if err.start < len(sample) - 4:
                scores[codec] = 0.0
            else:
                scores[codec] = _plausible(sample[: err.start].decode(codec))
    if odd and not even and scores["utf-16-le"] >= 0.9:
        return "utf-16-le"
    if even and not odd and scores["utf-16-be"] >= 0.9:
        return "utf-16-be"
    if even or odd:
        return None
    best = max(scores, key=scores.get)
    other = scores["utf-16-be" if best == "utf-16-le" else "utf-16-le"]
    if scores[best] >= 0.95 and other <= scores[best] - 0.3:
        return best
    return None


def _flag(codec: str) -> str:
    return codec.replace("utf-16-", "utf-16")


def decode_bytes(raw: bytes, path: str, encoding: str | None = None) -> SourceText:
    """Decode raw bytes; raise ZhanjiError with a clear message when they are not text."""
    if not raw.strip():
        raise ZhanjiError("empty file (no text to process)", path=path)
    codec = "utf-8"
    has_bom = raw.startswith((b"\xff\xfe", b"\xfe\xff"))
    if encoding:
        codec = ENCODING_ALIASES.get(encoding.lower().replace("_", "-"), encoding)
    elif has_bom:
        codec = "utf-16"
    if codec == "utf-16" and not has_bom:
        # Python's utf-16 codec reads BOM-less text as little-endian: never guess silently
        codec = utf16_byte_order(raw) or ""
        if not codec:
            raise ZhanjiError("UTF-16 without a byte-order mark, and its byte order is unclear: "
                              "name it with --encoding utf-16le or --encoding utf-16be", path=path)
    if not encoding and not has_bom and not _utf8_ok(raw):
        order = utf16_byte_order(raw)
        if order:
            raise ZhanjiError(f"looks like UTF-16 ({'little' if order.endswith('le') else 'big'}"
                              f"-endian) without a byte-order mark: pass --encoding {_flag(order)}",
                              path=path)
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
        hint = "" if encoding else " (try --encoding gb18030, big5, utf-16le or utf-16be)"
        raise ZhanjiError(
            f"cannot decode as {codec} at byte {err.start}{hint}", path=path, line=line
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise ZhanjiError("empty file (no text to process)", path=path)
    return SourceText(path=path, text=text, encoding=codec)


def _utf8_ok(raw: bytes) -> bool:
    """Valid UTF-8 without NUL bytes (the start of the file; a cut character at the end is fine)."""
    sample = raw[:UTF16_SAMPLE]
    if b"\x00" in sample:
        return False
    try:
        sample.decode("utf-8")
    except UnicodeDecodeError as err:
        return len(raw) > UTF16_SAMPLE and err.start >= len(sample) - 3
    return True


def read_source(path: str | os.PathLike, encoding: str | None = None) -> SourceText:
    """Read one source file. Line endings are kept exactly as in the file."""
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except FileNotFoundError:
        raise ZhanjiError("no such file", path=str(path)) from None
    except IsADirectoryError:
        raise ZhanjiError("is a directory", path=str(path)) from None
    except OSError as err:
        raise ZhanjiError(f"cannot read: {err.strerror}", path=str(path)) from None
    return decode_bytes(raw, str(path), encoding)


STDOUT = "-"

# errors of a write itself (not of the caller's other work) that the body of a writer may raise
WRITE_ERRNOS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS, errno.EPIPE}


def write_error(path: str, err: OSError) -> ZhanjiError:
    return ZhanjiError(f"cannot write: {err.strerror or err}", path=str(path))


def current_umask() -> int:
    """The process umask, read without changing it where the system tells (Linux)."""
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextlib.contextmanager
def terminate_as_exit() -> Iterator[None]:
    """While inside, SIGTERM raises SystemExit (so cleanup runs as on Ctrl-C).

    Only in the main thread and only when nobody else handles SIGTERM; a forked
    worker process that inherits the handler still dies the usual way.
    """
    if (threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL):
        yield
        return
    pid = os.getpid()

    def handler(signum, frame):
        if os.getpid() != pid:
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise SystemExit(128 + signum)

    previous = signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _stat(path: str | os.PathLike, name: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except FileNotFoundError:
        return None
    except OSError as err:  # e.g. a parent that is a file: "Not a directory"
        raise write_error(name, err) from None


def output_target(path: str | os.PathLike) -> Path:
    """Where writing `path` lands: a symlink's resolved target, else the path itself."""
    return Path(os.path.realpath(path)) if os.path.islink(path) else Path(path)


def _through_proc(path: str | os.PathLike) -> bool:
    """Whether `path` leads through /proc or /dev/fd (/dev/stdout → /proc/self/fd/1): an
    open file of this process, written where it is, never replaced."""
    current = os.path.abspath(path)
    for _ in range(40):
        if current.startswith(("/proc/", "/dev/fd/")):
            return True
        if not os.path.islink(current):
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), os.readlink(current)))
    return False


@contextlib.contextmanager
def _stdout(mode: str, kwargs: dict) -> Iterator[IO]:
    sys.stdout.flush()
    if "b" in mode:
        stream = sys.stdout.buffer
        yield stream
        stream.flush()
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        yield sys.stdout
        return
    encoding = kwargs.get("encoding", "utf-8")
    wrapper = io.TextIOWrapper(buffer, encoding="utf-8" if encoding == "utf-8-sig" else encoding,
                               newline=kwargs.get("newline"))
    try:
        yield wrapper
        wrapper.flush()
    finally:
        wrapper.detach()


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike, mode: str = "w", **kwargs) -> Iterator[IO]:
    """Open an output for writing (see the module docstring for the kinds of output).

    A regular file is written to a temporary file beside it that replaces it on
    success; on any exception (also SIGINT, SIGTERM) the temporary file is removed
    and `path` is left untouched. OS errors raise ZhanjiError("<path>: cannot write: ...").
    """
    name = str(path)
    if "b" not in mode:
        kwargs.setdefault("encoding", "utf-8")
        kwargs.setdefault("newline", "")
    if name == STDOUT:
        with _stdout(mode, kwargs) as handle:
            yield handle
        return
    st = _stat(path, name)  # through symlinks, also /proc's
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise ZhanjiError("cannot write: Is a directory", path=name)
    in_body = False
    if st is not None and (not stat.S_ISREG(st.st_mode) or _through_proc(path)):
        # a FIFO, a device, /dev/stdout: write through (appending, as a shell's >> would
        # keep what is there; > has emptied it already), never replace it
        try:
            with open(path, mode.replace("w", "a"), **kwargs) as handle:
                in_body = True
                yield handle
                in_body = False
        except OSError as err:
            if in_body and err.errno not in WRITE_ERRNOS:
                raise
            raise write_error(name, err) from None
        return
    target = output_target(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as err:
        raise write_error(name, err) from None
    try:
        with terminate_as_exit():
            if st is not None:
                os.fchmod(fd, stat.S_IMODE(st.st_mode))
                if (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
                    with contextlib.suppress(OSError):
                        os.fchown(fd, st.st_uid, st.st_gid)
            else:
                os.fchmod(fd, 0o666 & ~current_umask())
            with os.fdopen(fd, mode, **kwargs) as handle:
                in_body = True
                yield handle
                in_body = False
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, target)
    except BaseException as exc:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        if isinstance(exc, OSError) and not (in_body and exc.errno not in WRITE_ERRNOS):
            raise write_error(name, exc) from None
        raise


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_writer(path) as handle:
        handle.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_writer(path, "wb") as handle:
        handle.write(data)


@contextlib.contextmanager
def directory_output(path: str | os.PathLike, *, force: bool = False) -> Iterator[Path]:
    """A new, empty directory to fill; on success it takes the place of `path` whole.

    Checked at once: `path` must not be a file, nor a non-empty directory unless
    `force`; its parent must be writable (the staging directory is made beside
    it). The directory yielded has the same name as `path`, inside a hidden
    staging directory; on failure or SIGTERM the staging directory is removed and
    `path` is left as it was, so old and new files never mix.
    """
    name = str(path)
    target = Path(os.path.abspath(output_target(path)))
    st = _stat(target, name)
    if st is not None and not stat.S_ISDIR(st.st_mode):
        raise ZhanjiError("cannot write: Not a directory (a file is in the way)", path=name)
    if st is not None and not force and any(target.iterdir()):
        raise ZhanjiError("directory exists and is not empty (pass --force to replace it)",
                          path=name)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp",
                                        dir=target.parent))
    except OSError as err:
        raise write_error(name, err) from None
    fresh = staging / target.name
    in_body = False
    try:
        with terminate_as_exit():
            fresh.mkdir()
            in_body = True
            yield fresh
            in_body = False
            if st is None:
                os.rename(fresh, target)
            else:
                old = staging / ".old"
                os.rename(target, old)
                try:
                    os.rename(fresh, target)
                except OSError:
                    os.rename(old, target)
                    raise
    except OSError as err:
        if in_body:
            raise
        raise write_error(name, err) from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)
