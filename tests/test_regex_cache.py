"""The compiled-pattern cache of the `zhanji` command (pipeline.regex_cache)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import regex_cache

REPO = Path(__file__).resolve().parents[1]

PATTERNS = [
    (r"第(?P<num>[一二三四五六七八九十]{1,4})(?P<echelon>集团军|军|师)", 0),
    (r"(?<![A-Za-z])(?:Lt\.|Gen\.)\s+(?P<name>[A-Z][a-z]{1,12})", 0),
    (r"(?i)operation\s+[a-z]{2,10}", 0),
    (r"""\b(?:north|south)ern   # a direction
         \s+(\w+)""", re.IGNORECASE | re.VERBOSE),
    (r"[\u4e00-\u9fff]{2,4}(?=县|州)", 0),
    (rb"\x00[\x01-\x7f]+", 0),
    (r"(a)|b(?(1)c|d)", 0),
]


@pytest.mark.skipif(sys.version_info[:2] != regex_cache.SUPPORTED, reason="needs the known re internals")
@pytest.mark.parametrize("pattern,flags", PATTERNS)
def test_recorded_parts_make_the_same_pattern(pattern, flags):
    import _sre

    made = _sre.compile(*regex_cache._compile_parts(pattern, int(flags)))
    assert made == re.compile(pattern, flags)
    assert made.groupindex == re.compile(pattern, flags).groupindex


@pytest.mark.skipif(sys.version_info[:2] != regex_cache.SUPPORTED, reason="needs the known re internals")
def test_prefilled_patterns_are_what_re_compile_returns():
    pattern = "第(?P<n>[0-9]{1,3})师团(?!长)"
    flags = re.ASCII
    entries = [(int(flags), regex_cache._compile_parts(pattern, int(flags)))]
    key = (str, pattern, int(flags))
    re._cache.pop(key, None)
    try:
        assert regex_cache._prefill(entries) == 1
        cached = re._cache[key]
        assert re.compile(pattern, flags) is cached   # found in re's cache, not compiled again
        assert cached.match("第37师团").group("n") == "37"
        assert cached.match("第37师团长") is None
    finally:
        re._cache.pop(key, None)


def _extract(tmp_path: Path, tmpdir: Path, out: str, cache: str) -> tuple[str, str]:
    env = dict(os.environ, TMPDIR=str(tmpdir), ZHANJI_REGEX_CACHE=cache)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    run = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "extract", str(tmp_path / "zh.txt"), str(tmp_path / "en.txt"),
         "-o", str(tmp_path / out), "-q"],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    return (tmp_path / out).read_text(encoding="utf-8"), run.stderr


@pytest.mark.skipif(sys.version_info[:2] != regex_cache.SUPPORTED, reason="needs the known re internals")
def test_cli_records_then_loads_with_identical_entities(tmp_path):
    (tmp_path / "zh.txt").write_text("1944年4月17日，日军第37师团约2万人强渡黄河，进攻郑县。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("On 19 April 1944 the Japanese 37th Division crossed the Yellow River.\n",
                                     encoding="utf-8")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    plain, _ = _extract(tmp_path, tmpdir, "plain.jsonl", "0")
    assert list(tmpdir.glob("zhanji-regex-*")) == []   # switched off: nothing written

    recorded, _ = _extract(tmp_path, tmpdir, "recorded.jsonl", "1")
    caches = list(tmpdir.glob("zhanji-regex-*.marshal"))
    assert len(caches) == 1 and caches[0].stat().st_size > 100_000
    assert list(tmpdir.glob("zhanji-regex-*.tmp")) == []

    os.utime(caches[0], ns=(10**9, 10**9))      # as if written long ago: loading it makes it the newest again
    loaded, _ = _extract(tmp_path, tmpdir, "loaded.jsonl", "1")
    assert plain == recorded == loaded
    assert caches[0].stat().st_mtime_ns > 10**9
    assert '[13,18,"MIL_UNIT"]' in loaded   # 第37师团


def test_cache_is_named_by_the_code(monkeypatch, tmp_path):
    first = regex_cache.cache_path()
    assert first.name.startswith("zhanji-regex-") and first.suffix == ".marshal"
    assert regex_cache.cache_path() == first   # same code, same file
    monkeypatch.setattr(regex_cache, "PACKAGE", tmp_path)
    (tmp_path / "x.py").write_text("A = 1\n")
    other = regex_cache.cache_path()
    (tmp_path / "x.py").write_text("A = 22\n")
    assert regex_cache.cache_path() not in (first, other)


def test_prune_keeps_the_newest(tmp_path):
    for i in range(regex_cache.KEEP + 3):
        path = tmp_path / f"zhanji-regex-{i:016x}.marshal"
        path.write_bytes(b"x")
        os.utime(path, ns=(i * 10**9, i * 10**9))
    regex_cache._prune(tmp_path)
    left = sorted(p.name for p in tmp_path.glob("zhanji-regex-*.marshal"))
    assert left == [f"zhanji-regex-{i:016x}.marshal" for i in range(3, regex_cache.KEEP + 3)]


@pytest.mark.skipif(sys.version_info[:2] != regex_cache.SUPPORTED, reason="needs the known re internals")
def test_patterns_missing_from_the_cache_do_not_push_out_prefilled_ones():
    saved_cache, saved_max = dict(re._cache), re._MAXCACHE
    try:
        re._cache.clear()
        entries = [(0, regex_cache._compile_parts(f"第{i}师(?!长)", 0)) for i in range(600)]
        assert regex_cache._prefill(entries) == 600
        for i in range(50):                 # patterns the cache does not hold, compiled by re
            re.compile(f"新编第{i}军")
        first = (str, "第0师(?!长)", 0)
        assert first in re._cache           # still there: re.compile finds it without compiling
        assert re.compile("第0师(?!长)") is re._cache[first]
    finally:
        re._cache.clear()
        re._cache.update(saved_cache)
        re._MAXCACHE = saved_max


@pytest.mark.skipif(sys.version_info[:2] != regex_cache.SUPPORTED, reason="needs the known re internals")
def test_a_partly_recorded_cache_takes_the_patterns_later_runs_compile(tmp_path):
    # the first run after a change of the code read one short Chinese line; a run on English text then compiles
    # patterns the file lacks: they are added, so later runs do not compile them again (session 15)
    (tmp_path / "zh.txt").write_text("1944年4月17日，日军第37师团强渡黄河。\n", encoding="utf-8")
    (tmp_path / "en.txt").write_text("On 19 April 1944 the Japanese 37th Division crossed the Yellow River.\n",
                                     encoding="utf-8")
    tmpdir = tmp_path / "tmp"
    tmpdir.mkdir()
    env = {**os.environ, "TMPDIR": str(tmpdir), "ZHANJI_REGEX_CACHE": "1", "PYTHONPATH": str(REPO)}

    def run(*names: str) -> str:
        out = tmp_path / "out.jsonl"
        done = subprocess.run([sys.executable, "-m", "pipeline.cli", "extract",
                               *[str(tmp_path / name) for name in names], "-o", str(out), "-q"],
                              cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        return out.read_text(encoding="utf-8")

    run("zh.txt")
    [cache] = tmpdir.glob("zhanji-regex-*.marshal")
    first = len(regex_cache._read(cache))
    both = run("zh.txt", "en.txt")
    second = len(regex_cache._read(cache))
    assert second > first       # the English patterns were added to the Chinese run's file
    stamp = cache.stat().st_ino     # a rewrite replaces the file (a new inode); loading it only marks it used
    assert run("zh.txt", "en.txt") == both
    assert cache.stat().st_ino == stamp and len(regex_cache._read(cache)) == second   # nothing new: not rewritten


_PATTERNS_OF_A_RUN = """
import json, re, sys
compiled = set()
original = re._compile
def recording(pattern, flags):
    if isinstance(pattern, str):
        compiled.add(pattern)
    return original(pattern, flags)
re._compile = recording
from pipeline import extract_text
extract_text("1944年4月17日，日军第37师团强渡黄河，进攻郑县，第十二军退守许昌、禹县一线。", rules_only=True)
extract_text("On 19 April 1944 the Japanese 37th Division crossed the Yellow River near Chengchow.", rules_only=True)
json.dump(sorted(compiled), sys.stdout, ensure_ascii=False)
"""


def test_patterns_are_the_same_strings_whatever_the_hash_seed():
    # alternatives built from sets are sorted longest first, then by code point (lexicons.longest_first): with
    # `key=len` alone, words of one length came in set order, which changes with the hash seed, so a dozen
    # patterns were new strings in every run and missed the compiled-pattern cache (session 16)
    runs = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO), "ZHANJI_REGEX_CACHE": "0"}
        done = subprocess.run([sys.executable, "-c", _PATTERNS_OF_A_RUN], cwd=REPO, env=env,
                              capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        runs.append(set(json.loads(done.stdout)))
    # pattern_facts probes case folding one character at a time, `(?i:c)`, and stops at the first member of a
    # class it cannot fold: which probes a run makes is not a pattern the finders use
    probes = re.compile(r"\(\?i:\\?.\)")
    differing = {pattern for pattern in runs[0] ^ runs[1] if not probes.fullmatch(pattern)}
    assert len(runs[0]) > 1000
    assert differing == set()
