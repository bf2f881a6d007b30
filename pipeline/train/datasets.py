"""Readers for the public Chinese NER datasets in ../shared/data, as records.

Each reader returns records ``{"id", "text", "label": [[start, end, LABEL]]}``
with the dataset's *native* labels (benchmarks score those). `to_project_labels`
maps them to the project's labels for training the default model:

| dataset            | native                    | project                       |
|--------------------|---------------------------|-------------------------------|
| People's Daily, MSRA | PER / ORG / LOC         | PERSON / ORG / GPE-or-LOC     |
| Weibo              | PER.NAM / ORG.NAM / GPE.NAM / LOC.NAM | PERSON / ORG / GPE / LOC (NOM mentions dropped) |
| CLUENER2020        | name / government / organization / company / address | PERSON / ORG / ORG / ORG / dropped (addresses are often street-level) |
| Resume             | NAME / ORG / LOC          | PERSON / ORG / GPE-or-LOC     |

"GPE-or-LOC" is decided by `split_loc` (see loc_split.txt): a name in the
GPE list (cities and provinces that end like a landform: 上海, 浙江, 青岛...)
is GPE; a name ending in a landform suffix (山, 河, 江, 湖, 海, 岛, 平原...) or
in the region list (华北, 中原, 东南亚...) is LOC; everything else is GPE.
ORG names that are military formations (八路军, 南京军区, 北海舰队: MIL_UNIT in
our guidelines, owned by the rules) are not taught as ORG but marked missing.
The data files themselves are never copied into the project.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path

# ../shared next to the repository, or $ZHANJI_SHARED (the Makefile passes SHARED)
SHARED = Path(os.environ.get("ZHANJI_SHARED") or Path(__file__).resolve().parents[3] / "shared")
SHARED_DATA = SHARED / "data"

# name -> split -> relative path
DATASETS: dict[str, dict[str, str]] = {
    "resume": {"train": "resume/train.char.bmes", "dev": "resume/dev.char.bmes",
               "test": "resume/test.char.bmes"},
    "weibo": {"train": "weibo/weiboNER_2nd_conll.train", "dev": "weibo/weiboNER_2nd_conll.dev",
              "test": "weibo/weiboNER_2nd_conll.test"},
    "cluener": {"train": "cluener2020/train.json", "dev": "cluener2020/test_is_dev.json"},
    "peoples_daily": {"dev": "peoples_daily_1998/example.dev",
                      "test": "peoples_daily_1998/example.test"},
    "msra": {"test": "msra/msra_test_bio.txt"},
}


def dataset_path(name: str, split: str, root: Path | None = None) -> Path:
    try:
        rel = DATASETS[name][split]
    except KeyError:
        raise KeyError(f"no split {split!r} of dataset {name!r} "
                       f"(known: {', '.join(f'{n}:{s}' for n in DATASETS for s in DATASETS[n])})") from None
    return (root or SHARED_DATA) / rel


def tags_to_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """BIO / BIOES / BMES tags (one per char) -> [start, end) spans.

    An I-/M-/E- tag that does not continue a span of the same type starts one
    (Weibo has 14 entities that start with I-).
    """
    spans: list[tuple[int, int, str]] = []
    start, label = None, None
    for i, tag in enumerate(tags + ["O"]):
        prefix, _, typ = tag.partition("-")
        if tag == "O" or not typ:
            if start is not None:
                spans.append((start, i, label))
            start, label = None, None
            continue
        continues = start is not None and typ == label and prefix in ("I", "M", "E")
        if not continues:
            if start is not None:
                spans.append((start, i, label))
            start, label = i, typ
        if prefix in ("E", "S"):
            spans.append((start, i + 1, label))
            start, label = None, None
    return spans


def read_char_tagged(path: Path, *, strip_digit: bool = False, name: str = "") -> list[dict]:
    """One `char<sep>TAG` per line, blank line between sentences."""
    records: list[dict] = []
    chars: list[str] = []
    tags: list[str] = []

    def flush() -> None:
        if chars:
            text = "".join(chars)
            records.append({"id": f"{name}-{len(records)}", "text": text,
                            "label": [list(s) for s in tags_to_spans(tags)],
                            "meta": {"dataset": name}})
        chars.clear()
        tags.clear()

    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\r\n")
            if not line.strip():
                flush()
                continue
            if "\t" in line:
                char, tag = line.split("\t", 1)
            else:
                char, _, tag = line.rpartition(" ")
            if strip_digit and char[-1:].isdigit() and len(char) > 1:
                char = char[:-1]
            if len(char) != 1:  # the char column holds exactly one character
                char = char[:1] or " "
            chars.append(char)
            tags.append(tag.strip() or "O")
    flush()
    return records


def read_cluener(path: Path, name: str = "cluener") -> list[dict]:
    """CLUENER2020 JSON lines; end offsets there are inclusive."""
    records = []
    with open(path, encoding="utf-8") as handle:
        for i, line in enumerate(handle):
            if not line.strip():
                continue
            obj = json.loads(line)
            spans = []
            for typ, mentions in (obj.get("label") or {}).items():
                for positions in mentions.values():
                    for start, end in positions:
                        spans.append([start, end + 1, typ])
            records.append({"id": f"{name}-{i}", "text": obj["text"], "label": sorted(spans),
                            "meta": {"dataset": name}})
    return records


def read_dataset(name: str, split: str, root: Path | None = None) -> list[dict]:
    """Records with native labels for one split of a public dataset."""
    path = dataset_path(name, split, root)
    tag = f"{name}-{split}"
    if name == "cluener":
        return read_cluener(path, tag)
    return read_char_tagged(path, strip_digit=(name == "weibo"), name=tag)


# ---------------------------------------------------------------- label mapping

@lru_cache(maxsize=1)
def _loc_split() -> tuple[frozenset, frozenset, tuple[str, ...], tuple[str, ...]]:
    """(GPE names, LOC region names, LOC suffixes, FAC suffixes) from loc_split.txt."""
    gpe, region, suffixes, fac = set(), set(), [], []
    path = Path(__file__).with_name("loc_split.txt")
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, _, value = line.partition("\t")
        value = value.strip()
        if kind == "gpe":
            gpe.add(value)
        elif kind == "region":
            region.add(value)
        elif kind == "suffix":
            suffixes.append(value)
        elif kind == "fac":
            fac.append(value)
    return frozenset(gpe), frozenset(region), tuple(suffixes), tuple(fac)


def split_loc(name: str) -> str | None:
    """GPE, LOC or None (a building/route: FAC, not trained) for a dataset's LOC name."""
    gpe, region, suffixes, fac = _loc_split()
    if name in gpe:
        return "GPE"
    if name in region:
        return "LOC"
    if any(name.endswith(s) and len(name) > len(s) for s in fac):
        return None
    if any(name.endswith(s) and len(name) > len(s) for s in suffixes):
        return "LOC"
    return "GPE"


# dataset -> native label -> project label ("LOC?" = decide with split_loc; None = drop)
LABEL_MAPS: dict[str, dict[str, str | None]] = {
    "peoples_daily": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC?"},
    "msra": {"PER": "PERSON", "ORG": "ORG", "LOC": "LOC?"},
    "resume": {"NAME": "PERSON", "ORG": "ORG", "LOC": "LOC?"},
    "weibo": {"PER.NAM": "PERSON", "ORG.NAM": "ORG", "GPE.NAM": "GPE", "LOC.NAM": "LOC"},
    "cluener": {"name": "PERSON", "government": "ORG", "organization": "ORG", "company": "ORG"},
}


# ORG names that are military formations or named armed forces (MIL_UNIT in our
# guidelines: 八路军, 关东军, 南京军区, 北海舰队, 红11师): not taught as ORG, marked missing.
MILITARY_ORG = re.compile(r"(军|部队|军区|舰队|兵团|战区|师团|联队|纵队|支队|游击队|航空队"
                          r"|[0-9一二三四五六七八九十百]+[师旅团营连])$")


def to_project_labels(records: list[dict], dataset: str) -> list[dict]:
    """Map native labels to the project's.

    A span whose label has no project counterpart is not taught as "no entity":
    it goes to the record's `missing` list, whose tokens the DocBin marks unknown.
    """
    mapping = LABEL_MAPS[dataset]
    out = []
    for rec in records:
        text = rec["text"]
        spans, missing = [], list(rec.get("missing", []))
        for start, end, label in rec["label"]:
            target = mapping.get(label)
            if target == "LOC?":
                target = split_loc(text[start:end])
            elif target == "ORG" and MILITARY_ORG.search(text[start:end]):
                target = None
            if target:
                spans.append([start, end, target])
            else:
                missing.append([start, end])
        out.append({**rec, "label": spans, "missing": missing})
    return out
