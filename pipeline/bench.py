"""`make bench`: throughput, memory and start-up of extraction (figures, not tests).

Builds a corpus of at least 10 MB by repeating the bundled texts (as many
documents), then measures on one core:
  * bare `jieba.lcut` over the same text (the reference; its import and dictionary load
    are not timed),
  * the default extraction (rules only; target >= 100 k chars/s on one core), with and
    without its start-up (timed apart on a one-line Chinese and English file): the ratio
    to jieba compares the two without their start-up (target >= 0.5), and
    extraction with the opt-in model (`--model default`) if one ships,
  * the same two by CPU time over the distinct real passages of the development sets, each read
    once in one process (every document new to the caches, unlike the repeated corpus),
  * start-up (a fresh `zhanji extract` on a one-line file, next to bare `import spacy`),
  * peak memory over the corpus and for one ~20 MB file,
  * hostile inputs (runs of numerals, endless lists) that must stay linear,
  * `--processes 2` and a 2-worker Dask LocalCluster against one process (chars/s, start-up
    apart from steady state, the cluster's `zhanji merge`, and how the CPU time splits
    between the parent and its workers).

`python -m pipeline.bench --scaling [--mb N] [--repeat R]` runs only the last part, on N MB,
R interleaved rounds (medians; the machine's load average is printed with them).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
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


def bench_jieba(paths: list[Path]) -> tuple[float, float]:
    """chars/s of bare `jieba.lcut` over the corpus: by wall time and by CPU time."""
    import jieba

    jieba.initialize()
    texts = [p.read_text(encoding="utf-8") for p in paths]
    t0, c0 = time.perf_counter(), time.process_time()
    for text in texts:
        jieba.lcut(text)
    chars = sum(map(len, texts))
    return chars / (time.perf_counter() - t0), chars / (time.process_time() - c0)


def _run(cmd: list[str]) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def bench_cli(paths: list[Path], folder: Path, *extra: str) -> tuple[float, float, float]:
    """chars/s, wall seconds and CPU seconds of one `zhanji extract` run (includes start-up)."""
    out = folder / "out.jsonl"
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", str(folder / "docs"), "-o", str(out),
           "-q", *extra]
    wall, cpu = _run(cmd)
    return _chars(paths) / wall, wall, cpu


def import_spacy_seconds() -> float:
    """A fresh interpreter that only imports spaCy: the floor under zhanji's start-up."""
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import spacy"], check=True, cwd=REPO)
    return time.perf_counter() - t0


def single_file_peak_mb(folder: Path, target_bytes: int = 20 * 1024 * 1024) -> tuple[float, float]:
    """Peak memory (MB) of rules-only extraction of ONE file of ~20 MB, and its size in MB."""
    text = (REPO / "corpus" / "yuxianggui-1944.zh-hans.txt").read_text(encoding="utf-8")
    big = folder / "one-big-file.txt"
    with open(big, "w", encoding="utf-8") as handle:
        size = 0
        while size < target_bytes:
            handle.write(text)
            size += len(text.encode("utf-8"))
    code = ("import resource,sys; from pipeline.cli import main; "
            "sys.argv=['zhanji','extract',sys.argv[1],'-o',sys.argv[2],'-q','--rules-only'];\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    out = subprocess.run([sys.executable, "-c", code, str(big), str(folder / "big.jsonl")],
                         check=True, cwd=REPO, capture_output=True, text=True).stdout.split()[-1]
    big.unlink()
    return int(out) / 1024, size / 1e6


PATHOLOGICAL = {
    "十 × 200,000": "十" * 200_000,
    "一二三四五六七八九〇 runs": "一二三四五六七八九〇" * 20_000,
    "第1、 × 50,000": "第1、" * 50_000,
    "第第第… × 200,000": "第" * 200_000,
    "digits and commas": "1,000," * 40_000,
    "年年年… × 200,000": "年" * 200_000,
}


def bench_pathological() -> list[tuple[str, int, float]]:
    """(case, chars, seconds) of rules-only extraction of hostile or OCR-garbled inputs."""
    from pipeline.extract import Options, extract_text, warm_up

    warm_up(Options())
    rows = []
    for name, text in PATHOLOGICAL.items():
        t0 = time.perf_counter()
        extract_text(text, "pathological", options=Options())
        rows.append((name, len(text), time.perf_counter() - t0))
    return rows


def bench_distinct() -> tuple[int, int, float, float]:
    """Documents, characters and CPU chars/s of bare `jieba.lcut` and of rules-only extraction over the
    distinct real passages of the development sets (tests/heldout/real/real-dev*.jsonl): every other passage
    warms the process up, the others are each read once. Unlike the repeated corpus above, every timed
    document is new to the caches, as in a historian's run over a folder of pages."""
    import json

    import jieba

    from pipeline import extract_text

    texts = [json.loads(line)["text"] for path in sorted((REPO / "tests" / "heldout" / "real").glob("real-dev*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    # every other passage warms up (the lexicons and tables a rule loads on first use), the rest is timed
    warm, texts = texts[1::2], texts[::2]
    for text in warm:
        jieba.lcut(text)
        extract_text(text, rules_only=True)
    chars = sum(map(len, texts))
    c0 = time.process_time()
    for text in texts:
        jieba.lcut(text)
    jieba_cpu = time.process_time() - c0
    c0 = time.process_time()
    for text in texts:
        extract_text(text, rules_only=True)
    ours_cpu = time.process_time() - c0
    return len(texts), chars, chars / jieba_cpu, chars / ours_cpu


def startup_seconds(folder: Path, english: bool = False, use_cpu: bool = False) -> float:
    """Wall (or with `use_cpu`, CPU) seconds of `zhanji extract` on a one-line Chinese file
    (with `english`, and a one-line English file too: both pipelines and their lexicons are loaded)."""
    one = folder / "one.txt"
    one.write_text("1944年4月17日，日军第37师团强渡黄河。\n", encoding="utf-8")
    files = [str(one)]
    if english:
        two = folder / "two.txt"
        two.write_text("On 19 April 1944 the Japanese 37th Division crossed the Yellow River.\n",
                       encoding="utf-8")
        files.append(str(two))
    cmd = [sys.executable, "-m", "pipeline.cli", "extract", *files, "-o",
           str(folder / "one.jsonl"), "-q", "--rules-only"]
    wall, cpu = _run(cmd)
    return cpu if use_cpu else wall


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
    """chars/s of each tagging stage on the bundled article, as rules-only extraction runs
    them: the working text, the doc (jieba words deferred), every component."""
    from pipeline import tag
    from pipeline.extract import Options, tagging_config, warm_up
    from pipeline.script import detect_script
    from pipeline.working import working_text

    warm_up(Options())
    text = (REPO / "corpus" / "yuxianggui-1944.zh-hans.txt").read_text(encoding="utf-8")
    nlp = tag.chinese_pipeline(None)
    config = {"zhanji_reconcile": {"set_ents": False, "count_splits": False},
              "zhanji_normalize": {"public": False}}
    spent = {"working text": 0.0, "doc": 0.0, **{name: 0.0 for name, _ in nlp.pipeline}}
    for _ in range(repeat):
        t0 = time.perf_counter()
        work = working_text(text, tagging_config(detect_script(text)))
        spent["working text"] += time.perf_counter() - t0
        t0 = time.perf_counter()
        doc = nlp.tokenizer.deferred(work.text)
        spent["doc"] += time.perf_counter() - t0
        for name, proc in nlp.pipeline:
            t0 = time.perf_counter()
            doc = proc(doc, **config.get(name, {}))
            spent[name] += time.perf_counter() - t0
    return [(name, repeat * len(text) / max(sec, 1e-9)) for name, sec in spent.items()]


_RUSAGE = ("import resource,sys,time; from pipeline.cli import main; "
           "sys.argv=['zhanji','extract']+sys.argv[1:];\n"
           "try:\n    main()\nexcept SystemExit:\n    pass\n"
           "s=resource.getrusage(resource.RUSAGE_SELF); c=resource.getrusage(resource.RUSAGE_CHILDREN)\n"
           "print(s.ru_utime+s.ru_stime, c.ru_utime+c.ru_stime)")

SCALING = (("1 process", ()), ("--processes 2", ("--processes", "2")),
           ("LocalCluster, 2 workers", ("--scheduler", "local", "--workers", "2")))


def _run_setting(docs: Path, folder: Path, extra: tuple) -> tuple[float, float, float, float]:
    """(wall s of `zhanji extract`, wall s of `zhanji merge` (a cluster run; else 0),
    CPU s of the parent process, CPU s of its workers) for one rules-only run over `docs`."""
    cluster = "--scheduler" in extra
    out = folder / ("scale-out" if cluster else "scale-out.jsonl")
    cmd = [sys.executable, "-c", _RUSAGE, str(docs), "-o", str(out), "-q", "--rules-only", *extra]
    t0 = time.perf_counter()
    line = subprocess.run(cmd, check=True, cwd=REPO, capture_output=True, text=True).stdout.split()
    wall = time.perf_counter() - t0
    merge = 0.0
    if cluster:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pipeline.cli", "merge", str(out), "-o",
                        str(folder / "scale-merged.jsonl"), "-q"], check=True, cwd=REPO)
        merge = time.perf_counter() - t0
        shutil.rmtree(out)
        (folder / "scale-merged.jsonl").unlink()
    else:
        out.unlink()
    return wall, merge, float(line[-2]), float(line[-1])


def bench_scaling(paths: list[Path], folder: Path, repeat: int = 1) -> list[dict]:
    """Per setting (one process, `--processes 2`, a 2-worker LocalCluster), the medians
    over `repeat` interleaved rounds of rules-only extraction of the corpus: wall s
    (start-up included), start-up s (the same command on two short files), the cluster's
    `zhanji merge` s, CPU s of the parent process and of its workers."""
    tiny = folder / "tiny"
    tiny.mkdir(exist_ok=True)
    for name in ("a.txt", "b.txt"):
        (tiny / name).write_text("1944年4月17日，日军第37师团强渡黄河。\n", encoding="utf-8")
    runs: dict[str, list] = {name: [] for name, _ in SCALING}
    for _ in range(repeat):
        for name, extra in SCALING:
            start = _run_setting(tiny, folder, extra)[0]
            runs[name].append((*_run_setting(folder / "docs", folder, extra), start))
    rows = []
    for name, _ in SCALING:
        wall, merge, parent, workers, start = (statistics.median(v) for v in zip(*runs[name]))
        rows.append({"name": name, "wall": wall, "merge": merge, "parent": parent,
                     "workers": workers, "startup": start,
                     "walls": [round(r[0], 1) for r in runs[name]]})
    return rows


def print_scaling(paths: list[Path], folder: Path, repeat: int = 1) -> None:
    cores = os.cpu_count() or 1
    chars = _chars(paths)
    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"scaling on {cores} core(s), rules only, {repeat} interleaved round(s), medians "
          f"(load average before: {load}):")
    rows = bench_scaling(paths, folder, repeat)
    base = chars / rows[0]["wall"]
    for row in rows:
        rate = chars / row["wall"]
        steady = chars / max(row["wall"] - row["startup"], 1e-9)
        print(f"  {row['name']:<24} {rate / 1e3:5.0f} k chars/s ({row['wall']:5.1f} s, "
              f"{rate / base:4.2f}x) = start-up {row['startup']:4.1f} s + {steady / 1e3:4.0f} k "
              f"chars/s; CPU parent {row['parent']:5.1f} s, workers {row['workers']:5.1f} s")
        if row["merge"]:
            merged = chars / (row["wall"] + row["merge"])
            print(f"  {'  + zhanji merge':<24} {merged / 1e3:5.0f} k chars/s "
                  f"({row['wall'] + row['merge']:5.1f} s, {merged / base:4.2f}x; merge "
                  f"{row['merge']:.1f} s)")
        if repeat > 1:
            print(f"  {'':<24} wall s of each round: {row['walls']}")
    one, two, dask = (row["wall"] for row in rows)
    merge = rows[2]["merge"]
    print(f"  --processes 2 / 1 process:           {one / two:4.2f}x (target >= 1.7x)")
    print(f"  LocalCluster / --processes 2:        {two / dask:4.2f} (target >= 0.85); "
          f"with zhanji merge {two / (dask + merge):4.2f}")
    print(f"  (load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())})")


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m pipeline.bench")
    parser.add_argument("--scaling", action="store_true",
                        help="only one process against --processes 2 and a LocalCluster")
    parser.add_argument("--repeat", type=int, default=1,
                        help="--scaling: interleaved rounds (medians are printed)")
    parser.add_argument("--mb", type=float, default=TARGET_BYTES / 1024 / 1024,
                        help="corpus size in MB (default 10)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="zhanji-bench-") as tmp:
        folder = Path(tmp)
        (folder / "docs").mkdir()
        paths, size = build_corpus(folder / "docs", int(args.mb * 1024 * 1024))
        if args.scaling:
            print(f"corpus: {len(paths)} documents, {size / 1e6:.1f} MB")
            print_scaling(paths, folder, args.repeat)
            return
        chars = _chars(paths)
        print(f"corpus: {len(paths)} documents, {size / 1e6:.1f} MB, {chars / 1e6:.2f} M chars")
        jieba_rate, jieba_cpu_rate = bench_jieba(paths)
        print(f"bare jieba.lcut:                 {jieba_rate / 1e3:8.0f} k chars/s")
        # one start first: a run of new code records the regex cache (pipeline.regex_cache), compiling
        # every pattern and noting each one it compiles; the start-up taken off below is a run with the cache
        startup_seconds(folder, english=True)
        rules_rate, wall, cpu = bench_cli(paths, folder)
        print(f"zhanji extract (default: rules): {rules_rate / 1e3:8.0f} k chars/s "
              f"({wall:.1f} s with start-up, target >= 100 k chars/s)")
        # jieba's figure leaves out its own start (import, dictionary load): so does this one
        started = min(startup_seconds(folder, english=True) for _ in range(3))
        steady = chars / max(wall - started, 1e-9)
        print(f"  without its start-up ({started:.2f} s): {steady / 1e3:8.0f} k chars/s; "
              f"ratio to bare jieba {steady / jieba_rate:.2f} (target >= 0.5; "
              f"{rules_rate / jieba_rate:.2f} with start-up)")
        # the same by CPU time: what other processes on the machine take is left out
        started_cpu = min(startup_seconds(folder, english=True, use_cpu=True) for _ in range(3))
        steady_cpu = chars / max(cpu - started_cpu, 1e-9)
        print(f"  by CPU time: jieba {jieba_cpu_rate / 1e3:.0f} k, zhanji {steady_cpu / 1e3:.0f} k chars/s "
              f"without its start-up ({started_cpu:.2f} CPU s); ratio {steady_cpu / jieba_cpu_rate:.2f}")
        docs, distinct_chars, jieba_distinct, ours_distinct = bench_distinct()
        print(f"  distinct real passages ({docs} documents, {distinct_chars / 1e3:.0f} k chars, each read once, CPU): "
              f"jieba {jieba_distinct / 1e3:.0f} k, zhanji {ours_distinct / 1e3:.0f} k chars/s; "
              f"ratio {ours_distinct / jieba_distinct:.2f}")
        from pipeline.ner_model import default_model_path

        if default_model_path():
            model_rate, wall, _ = bench_cli(paths, folder, "--model", "default")
            print(f"zhanji extract --model default:  {model_rate / 1e3:8.0f} k chars/s ({wall:.1f} s)")
        else:
            print("zhanji extract --model default:  no default model shipped")
        if (os.cpu_count() or 1) >= 2:
            print_scaling(paths, folder)
        print(f"start-up (one-line file):        {startup_seconds(folder):8.2f} s (target <= 2 s; "
              f"bare `import spacy` {import_spacy_seconds():.2f} s)")
        print(f"peak memory, rules only:         {peak_memory_mb(folder):8.0f} MB (target <= 500 MB)")
        peak, mb = single_file_peak_mb(folder)
        print(f"peak memory, one {mb:.0f} MB file:      {peak:8.0f} MB (target <= 500 MB)")
    print("pathological inputs, rules only (target: well under 1 s per 100 k chars):")
    for name, chars, sec in bench_pathological():
        print(f"  {name:<28} {chars / 1e3:6.0f} k chars {sec:7.2f} s ({sec * 1e5 / chars:.2f} s per 100 k)")
    print("per stage on the bundled article (chars/s; finders should each manage >= 1 M):")
    for name, rate in bench_finders():
        print(f"  {name:<24} {rate / 1e6:6.2f} M chars/s")


if __name__ == "__main__":
    main()
