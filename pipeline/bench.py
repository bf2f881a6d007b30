"""`make bench`: throughput, memory and start-up of extraction (figures, not tests).

Builds a corpus of at least 10 MB by repeating the bundled texts (as many
documents), then measures on one core:
  * bare `jieba.lcut` over the same text (the reference),
  * rules-only extraction, and extraction with the default model if one ships,
  * start-up (a fresh `zhanji extract` on a one-line file) and peak memory,
  * `--processes 2` against one process.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
TARGET_BYTES = 10 * 1024 * 1024


def build_corpus(folder: Path, target_bytes: int = TARGET_BYTES) -> tuple[list[Path], int]:
    sources = sorted((REPO / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    paths, size, i = [], 0, 0
    while size < target_bytes:
        text = texts[i % len(texts)]
        path = folder / f"doc{i:05d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
        size += len(text.encode("utf-8"))
        i += 1
    return paths, size


def _chars(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8")) for p in paths)


def bench_jieba(paths: list[Path]) -> float:
    import jieba

    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    t0 = time.perf_counter()
    for text in texts:
        jieba.lcut(text)
    return sum(map(len, texts)) / (time.perf_counter() - t0)


def bench_cli(paths: list[Path], folder: Path, *extra: str) -> tuple[float, float]:
    """chars/s and wall seconds of one `zhanji extract` run (includes start-up)."""
    out = folder / "out.jsonl"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(folder / "docs"), "-o", str(out),
           "-q", *extra]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    wall = time.perf_counter() - t0
    return _chars(paths) / wall, wall


def startup_seconds(folder: Path) -> float:
    one = folder / "one.txt"
    one.write_text("1944年4月17日，日军第37师团强渡黄河。\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(one), "-o",
           str(folder / "one.jsonl"), "-q", "--rules-only"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    return time.perf_counter() - t0


def peak_memory_mb(folder: Path) -> float:
    code = ("import resource,sys; from pipeline.cli import main; "
            "sys.argv=['zhanji','extract',sys.argv[1],'-o',sys.argv[2],'-q','--rules-only'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(folder / "docs"),
                          str(folder / "mem.jsonl")], check=True, cwd=REPO,
                         capture_output=True, text=True).stdout.split()[-1]
    return int(out) / 1024


def bench_finders(repeat: int = 20) -> list[tuple[str, float]]:
    """chars/s of each tagging stage on the bundled article (tokenizer, every component)."""
    from pipeline import tag
    from pipeline.extract import Options, warm_up

    warm_up(Options())
    text = (REPO / "corpus" / "yuxianggui-1944.zh-hans.txt").read_text(encoding="utf-8")
    nlp = tag.chinese_pipeline(None)
    nlp(text)
    spent = {"tokenizer": 0.0, **{name: 0.0 for name, _ in nlp.pipeline}}
    for _ in range(repeat):
        t0 = time.perf_counter()
        doc = nlp.make_doc(text)
        spent["tokenizer"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc)
            spent[name] += time.perf_counter() - t0
    return [(name, repeat * len(text) / max(sec, 1e-9)) for name, sec in spent.items()]


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="zhanji-bench-") as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths, size = build_corpus(folder / "docs")
        chars = _chars(paths)
        print(f"corpus: {len(paths)} documents, {size / 1e6:.1f} MB, {chars / 1e6:.2f} M chars")
        jieba_rate = bench_jieba(paths)
        print(f"bare jieba.lcut:                 {jieba_rate / 1e3:8.0f} k chars/s")
        rules_rate, wall = bench_cli(paths, folder, "--rules-only")
        print(f"zhanji extract --rules-only:     {rules_rate / 1e3:8.0f} k chars/s "
              f"({wall:.1f} s, ratio to jieba {rules_rate / jieba_rate:.2f}, target >= 0.5)")
        from pipeline.ner_model import default_model_path

        if default_model_path():
            model_rate, wall = bench_cli(paths, folder)
            print(f"zhanji extract (default model): {model_rate / 1e3:8.0f} k chars/s ({wall:.1f} s)")
        else:
            print("zhanji extract (default model): no default model shipped")
        cores = os.cpu_count() or 1
        if cores >= 2:
            par_rate, wall = bench_cli(paths, folder, "--rules-only", "--processes", "2")
            print(f"--rules-only --processes 2:      {par_rate / 1e3:8.0f} k chars/s "
                  f"({wall:.1f} s, scaling {par_rate / rules_rate:.2f}x, target >= 1.7x)")
        print(f"start-up (one-line file):        {startup_seconds(folder):8.2f} s (target <= 2 s)")
        print(f"peak memory, rules only:         {peak_memory_mb(folder):8.0f} MB (target <= 500 MB)")
    print("per stage on the bundled article (chars/s; finders should each manage >= 1 M):")
    for name, rate in bench_finders():
        print(f"  {name:<24} {rate / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
