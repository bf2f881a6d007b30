"""Build name_chars.tsv: how often each character is the surname, the given character of a two-character
name, or the first / second given character of a three-character name of a Chinese PERSON span, against how
often it occurs outside person names, in the public NER datasets of ../shared/data (read there, never copied
into the project): People's Daily 1998 (example.dev + example.test, PER), MSRA NER (SIGHAN 2006 test, PER),
Resume NER (train/dev/test, NAME), Weibo NER 2nd version (train/dev/test, PER.NAM), CLUENER2020 (train +
official dev, name).

A PERSON span counts as a Chinese name when it is 2-3 Chinese characters starting with a single surname of
surnames_cn.txt, or 3-4 starting with a compound one (the compound surname's two characters count as one
surname row, `欧阳`). Every other character of the corpora counts as `other` (characters inside
non-Chinese person spans, e.g. transliterations, count nowhere). Counts only: no sentence is kept.

    python -m pipeline.lexicons.build_name_chars [DATA_DIR [EXCLUDE OUT]]   (default ../shared/data)

EXCLUDE (msra or peoples_daily_1998) leaves one dataset out, for a held-out check of the scorer on it.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE / "name_chars.tsv"


# characters of transliterated foreign names that Chinese given names do not use: a span of transliteration
# characters with one of them is a foreign name that happens to start with a surname (詹姆斯, 乔丹·布莱克)
FOREIGN_ONLY = set("姆斯尔特夫基娜茨恩奥蒂丝莎妮卡坦耶拉塔")


def _cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _bio_sentences(path: Path, sep: str | None, person: str, digit_suffix: bool = False):
    """(text, [(start, end)]) of a char-per-line BIO/BMES file; `person` is the label's type."""
    chars: list[str] = []
    tags: list[str] = []

    def flush():
        text = "".join(chars)
        spans = []
        start = None
        for i, tag in enumerate(tags + ["O"]):
            head, _, kind = tag.partition("-")
            is_person = kind == person
            if start is not None and (not is_person or head in ("B", "S")):
                spans.append((start, i))
                start = None
            if is_person and (head in ("B", "S") or start is None):
                start = i
            if is_person and head in ("E", "S"):
                spans.append((start, i + 1))
                start = None
        chars.clear()
        tags.clear()
        return text, spans

    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split(sep) if sep else line.split()
        if len(parts) < 2:
            if chars:
                yield flush()
            continue
        char = parts[0][:1] if digit_suffix else parts[0]
        chars.append(char[:1])
        tags.append(parts[-1].strip())
    if chars:
        yield flush()


def _cluener(path: Path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        spans = []
        for positions in (row.get("label") or {}).get("name", {}).values():
            spans.extend((start, end + 1) for start, end in positions)
        yield row["text"], spans


def sentences(data: Path, exclude: str = ""):
    pd = data / "peoples_daily_1998"
    if exclude != "peoples_daily_1998":
        for name in ("example.dev", "example.test"):
            yield from _bio_sentences(pd / name, None, "PER")
    if exclude != "msra":
        yield from _bio_sentences(data / "msra" / "msra_test_bio.txt", None, "PER")
    for name in ("train.char.bmes", "dev.char.bmes", "test.char.bmes"):
        yield from _bio_sentences(data / "resume" / name, None, "NAME")
    for name in ("weiboNER_2nd_conll.train", "weiboNER_2nd_conll.dev", "weiboNER_2nd_conll.test"):
        yield from _bio_sentences(data / "weibo" / name, None, "PER.NAM", digit_suffix=True)
    for name in ("train.json", "test_is_dev.json"):
        yield from _cluener(data / "cluener2020" / name)


def _surnames() -> tuple[set[str], set[str]]:
    names = [line.split("\t")[0].strip() for line in (HERE / "surnames_cn.txt").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.startswith("#")]
    return {n for n in names if len(n) == 1}, {n for n in names if len(n) == 2}


def count(data: Path, exclude: str = "") -> tuple[dict[str, Counter], dict[str, int]]:
    single, compound = _surnames()
    kinds = ("surname", "given_only", "given1", "given2", "other")
    counts = {kind: Counter() for kind in kinds}
    totals = Counter()
    seen: set[str] = set()
    for text, spans in sentences(data, exclude):
        in_person = [False] * len(text)
        for start, end in spans:
            for i in range(start, min(end, len(text))):
                in_person[i] = True
            name = text[start:end]
            if not all(_cjk(ch) for ch in name):
                continue
            slen = 2 if name[:2] in compound and 3 <= len(name) <= 4 else (1 if name[0] in single else 0)
            given = name[slen:]
            if not slen or not 1 <= len(given) <= 2:
                continue
            if any(ch in FOREIGN_ONLY for ch in given) or (text[end:end + 1] or "x") in "·•．" \
                    or (text[start - 1:start] or "x") in "·•．":
                continue
            if name in seen:
                continue        # each distinct name once: a few leaders fill the news corpora
            seen.add(name)
            counts["surname"][name[:slen]] += 1
            totals["names"] += 1
            if len(given) == 1:
                counts["given_only"][given] += 1
            else:
                counts["given1"][given[0]] += 1
                counts["given2"][given[1]] += 1
        for ch, inside in zip(text, in_person):
            if _cjk(ch) and not inside:
                counts["other"][ch] += 1
                totals["other"] += 1
    for kind in kinds[:-1]:
        totals[kind] = sum(counts[kind].values())
    return counts, dict(totals)


def main(argv: list[str]) -> None:
    data = Path(argv[1]) if len(argv) > 1 else HERE.parents[1] / ".." / "shared" / "data"
    exclude = argv[2] if len(argv) > 2 else ""      # a held-out check: leave one dataset out of the table
    out = Path(argv[3]) if len(argv) > 3 else OUT
    counts, totals = count(data.resolve(), exclude)
    keys = sorted(set().union(*(c.keys() for c in counts.values())),
                  key=lambda k: (-sum(counts[kind][k] for kind in counts if kind != "other"), -counts["other"][k], k))
    lines = [
        "# Chinese name-likeness counts per character (derived counts only; written by pipeline/lexicons/build_name_chars.py).",
        "# Sources (read from ../shared/data, not in the project; research-use releases): People's Daily 1998 NER",
        "# (example.dev+example.test, PER), MSRA NER SIGHAN 2006 (test, PER), Resume NER (train/dev/test, NAME),",
        "# Weibo NER 2nd (train/dev/test, PER.NAM), CLUENER2020 (train + official dev, name).",
        "# A Chinese name: 2-3 Chinese characters starting with a single surname of surnames_cn.txt, or 3-4 with a compound one,",
        "# not next to a · and without a transliteration-only character (FOREIGN_ONLY: 姆斯尔特夫基…).",
        "# Name columns count each distinct name once (a few leaders fill the news corpora); `other` counts occurrences.",
        "# columns: char (or compound surname) | surname | given_only (given name of a 2-char name) | given1 | given2 |",
        "#          other (occurrences outside any person span)",
        "# totals: " + " ".join(f"{k}={v}" for k, v in sorted(totals.items())),
    ]
    for key in keys:
        row = [counts[kind][key] for kind in ("surname", "given_only", "given1", "given2", "other")]
        lines.append("\t".join([key] + [str(v) for v in row]))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(out, len(keys), totals)


if __name__ == "__main__":
    main(sys.argv)
