"""The compiled code of the pipeline's regular expressions, kept between runs.

The rule finders compile about 2,200 regular expressions (grammars, tries over the lexicons)
when a run starts, and `re` compiles in Python: that was ~0.85 s of the ~2.2 s a one-line
`zhanji extract` took. `re.compile` parses a pattern and turns it into a list of opcodes
that `_sre.compile` makes a Pattern from; the opcodes of a given pattern and flags are always
the same for one Python version. So the first run records them, and later runs put the
Patterns straight into `re`'s own cache, where `re.compile` finds them without parsing.

- A cached Pattern is only ever returned for the exact (type, pattern, flags) it was made
  from, and it is checked equal to what `re` makes when it is recorded (Pattern equality
  compares the flags, the pattern and the compiled code), so a cache can never change what
  a pattern matches; a pattern missing from it is compiled by `re` as usual.
- `re` keeps at most `re._MAXCACHE` (512) patterns and drops its oldest one for each new one beyond
  that: the limit is raised to the prefilled count + 512, so patterns missing from the cache never push
  out the prefilled ones a run is about to use.
- The cache file sits in the temp dir (as segment's jieba caches do), named by the Python
  version, `_sre`'s magic number and the size and modification time of every module and
  lexicon of the pipeline: when the code changes, the next run records a new one.
- A run that loads a file but compiles at least ADD_AT_LEAST patterns it lacks (the file was recorded by
  a run that stopped at bad input or read one language only) writes it again with them, so that the next
  runs start fast too (session 15: a one-line run took 3.0 s from such a file, 1.7 s from a whole one).
- Only the `zhanji` command installs it (`install()` in its group callback): importing
  `pipeline` as a library leaves `re` alone.
- `ZHANJI_REGEX_CACHE=0` turns it off; a Python other than 3.11 or a missing internal
  leaves `re` alone too.
"""

from __future__ import annotations

import atexit
import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
SUPPORTED = (3, 11)
# a loaded file is written again with the patterns a run compiled beyond it when there are at least this many (a
# file recorded by a run that read only part of what the finders compile); fewer are one-character probes
# (pattern_facts) and patterns of rare paths, not worth a rewrite. Patterns built from sets are the same string in
# every run (lexicons.longest_first: until session 16 a dozen were new in each run, whatever the cache held)
ADD_AT_LEAST = 64
KEEP = 6   # cache files kept in the temp dir (other versions of the code, other checkouts)   # the layout of re._cache and _sre.compile's arguments this module knows

_recorded: dict[tuple, tuple] = {}
_installed = False


def install() -> str:
    """Serve the pipeline's patterns from the cache, or record them for the next run.
    Returns what it did: "loaded N", "recording" or "off"."""
    global _installed
    if _installed:
        return "installed"
    if os.environ.get("ZHANJI_REGEX_CACHE", "1") == "0" or not _internals_known():
        return "off"
    _installed = True
    path = cache_path()
    entries = _read(path)
    if entries is not None:
        filled = _prefill(entries)
        try:    # used now: the newest file, so that runs of other checkouts or versions prune the unused ones first
            os.utime(path)
        except OSError:
            pass
        # a file recorded by a run that compiled only part of the patterns (a run that stopped at bad input,
        # an English-only file) would leave every later run compiling the rest: those are recorded too, and
        # the file is written again with them when the run ends
        _start_recording(path, entries)
        return f"loaded {filled}"
    _start_recording(path)
    return "recording"


def is_installed() -> bool:
    """Whether this process serves the pipeline's patterns from the cache (`install` ran)."""
    return _installed


def save() -> None:
    """Write the patterns recorded so far now (a process that ends without running its exit handlers,
    as the Dask workers' template does, records for the next run this way)."""
    path = cache_path()
    loaded = _read(path)
    _write(path, loaded if loaded is not None else [])


def cache_path() -> Path:
    """The cache file for this Python and this version of the pipeline's code and lexicons."""
    import _sre

    # patterns compiled with or without re_tuning.install_start_classes have other code (the same matches)
    parts = [sys.version, str(_sre.MAGIC), os.environ.get("ZHANJI_START_CLASSES", "1"), *_code_parts(PACKAGE)]
    digest = hashlib.sha1("\0".join(parts).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"zhanji-regex-{digest}.marshal"


def _code_parts(package: Path) -> list[str]:
    """Name, size and modification time of every code and lexicon file of `package`."""
    parts = []
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".tsv", ".txt") and "__pycache__" not in path.parts:
            stat = path.stat()
            parts.append(f"{path.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return parts


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of this Python and of the pipeline's code and lexicon files as this process found them: the key of
    tables built from the lexicons and kept in the temp dir between runs (see place_towns.tables)."""
    return hashlib.sha1("\0".join([sys.version, *_code_parts(PACKAGE)]).encode("utf-8")).hexdigest()[:16]


def _internals_known() -> bool:
    if sys.version_info[:2] != SUPPORTED:
        return False
    try:
        import _sre
        from re import _compiler, _parser  # noqa: F401
    except ImportError:
        return False
    return isinstance(getattr(re, "_cache", None), dict) and hasattr(_sre, "compile") \
        and hasattr(_compiler, "_code") and callable(getattr(re, "_compile", None))


def _read(path: Path) -> list | None:
    try:
        entries = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return entries if isinstance(entries, list) else None


def _prefill(entries: list) -> int:
    """Put a Pattern made from each entry's code into re's cache, under the key re looks up."""
    import _sre

    filled = 0
    for entry in entries:
        try:
            flags, parts = entry
            key = (type(parts[0]), parts[0], flags)   # (type, pattern, flags) as re._compile looks it up
            if key not in re._cache:
                re._cache[key] = _sre.compile(*parts)
                filled += 1
        except (TypeError, ValueError, RuntimeError):
            continue   # an entry this Python cannot take is compiled by re as usual
    # re drops its oldest entry for every pattern it compiles once the cache holds _MAXCACHE: without
    # room, each pattern missing from the file (a library's, compiled before install) would drop the
    # next prefilled one a run needs, and that one the next, down the whole list
    re._MAXCACHE = max(re._MAXCACHE, len(re._cache) + 512)
    return filled


def _compile_parts(pattern, flags: int) -> tuple:
    """What re._compiler.compile hands to _sre.compile, for a str or bytes pattern."""
    from re import _compiler, _parser

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]   # opcodes are int subclasses
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, flags | parsed.state.flags, code, parsed.state.groups - 1,
            groupindex, tuple(indexgroup))


def _start_recording(path: Path, loaded: list | None = None) -> None:
    """Wrap re._compile for the rest of this run, noting the code of every pattern it compiles
    (a str or bytes pattern, without DEBUG) that is not among the `loaded` entries, and write them
    (after the loaded ones) to `path` when the run ends, if there are any."""
    import _sre

    original = re._compile
    known = set()
    for entry in loaded or ():
        try:
            flags, parts = entry
            known.add((type(parts[0]), parts[0], flags))
        except (TypeError, ValueError, IndexError):
            continue

    def recording_compile(pattern, flags):
        result = original(pattern, flags)
        if isinstance(flags, re.RegexFlag):
            flags = flags.value
        key = (type(pattern), pattern, flags)
        if key in known:
            return result
        if isinstance(pattern, (str, bytes)) and not flags & re.DEBUG and key not in _recorded:
            try:
                parts = _compile_parts(pattern, flags)
                if _sre.compile(*parts) == result:   # same flags, pattern and code
                    _recorded[key] = parts
            except Exception:   # noqa: BLE001 - recording must never break a run
                pass
        return result

    re._compile = recording_compile
    atexit.register(_write, path, loaded or [])


def _write(path: Path, loaded: list | None = None) -> None:
    entries = [(flags, parts) for (_, _, flags), parts in _recorded.items()]
    if not entries or loaded and len(entries) < ADD_AT_LEAST:
        return      # nothing (or a few patterns built in another order each run) beyond the file's own: kept as it is
    entries = list(loaded or ()) + entries
    try:
        data = marshal.dumps(entries)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except (OSError, ValueError):   # a read-only temp dir only costs the cache
        return
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    _prune(path.parent)


def _prune(folder: Path) -> None:
    """Remove all but the KEEP newest cache files (each version of the code writes its own; a run that loads a file
    makes it the newest, so the files pruned are those no run used last)."""
    try:
        files = sorted(folder.glob("zhanji-regex-*.marshal"), key=lambda p: p.stat().st_mtime_ns)
        for old in files[:-KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass
