"""A linear-chain CRF character tagger (python-crfsuite) with window and lexicon features.

One label per character (BIOES), features per character:

* characters: unigrams at -2..+2, bigrams in the ±2 window, trigrams at -1..+1
  (and -2..0, 0..+2);
* character type (Han, digit, Chinese numeral, Latin, space, punctuation) of the
  character and its neighbours, and their pattern;
* jieba's segmentation: position of the character in its word (B/M/E/S), the
  word's length and (for words of 2+ characters) the word itself;
* dictionary matches, as in a lattice: for each word of jieba's dictionary of
  2–6 characters that starts, ends or runs through the character, its length
  and jieba's dictionary tag (nr, ns, nt, ...): no POS tagging is run;
* the project's lexicons: place names (gazetteer_cn, places_world,
  places_physical), organisations, persons (start / end / inside a match) and
  surnames (surnames_cn).

`CrfFeatures(groups=...)` switches groups on and off (benchmarks measure
them). `train_crf` writes `model.crfsuite` + `crf.json` into a directory;
`CrfTagger` loads it and tags texts into (start, end, label) spans.
Nothing is downloaded: the lexicons ship with jieba and the project.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from pipeline.train.datasets import tags_to_spans

LEXICON_DIR = Path(__file__).resolve().parents[1] / "lexicons"
ALL_GROUPS = ("char", "type", "seg", "word", "dict", "dicttag", "lex")
CN_NUMERALS = set("零〇一二三四五六七八九十百千万亿两壹贰叁肆伍陆柒捌玖拾佰仟")
MODEL_FILE = "model.crfsuite"
META_FILE = "crf.json"


def char_type(c: str) -> str:
    if c in CN_NUMERALS:
        return "N"
    if "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf":
        return "H"
    if c.isdigit():
        return "D"
    if c.isalpha():
        return "L"
    if c.isspace():
        return "S"
    return "P"


@lru_cache(maxsize=1)
def jieba_dictionary() -> dict[str, str]:
    """jieba's own dict.txt: word (2-6 chars) -> dictionary tag."""
    import jieba

    words: dict[str, str] = {}
    path = Path(jieba.__file__).with_name("dict.txt")
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) >= 3 and 2 <= len(parts[0]) <= 6:
                words[parts[0]] = parts[2]
    return words


def _first_column(name: str) -> set[str]:
    out: set[str] = set()
    path = LEXICON_DIR / name
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        out.add(cols[0].strip())
        if name in ("persons.tsv", "organisations.tsv") and len(cols) > 1:  # aliases
            out.update(a.strip() for a in cols[1].split(",") if a.strip())
    return {w for w in out if 2 <= len(w) <= 10}


@lru_cache(maxsize=1)
def project_lexicon() -> dict[str, str]:
    """Project lexicon names (2-10 chars) -> class: P (place), O (organisation), N (person)."""
    lex: dict[str, str] = {}
    for name in ("gazetteer_cn.tsv", "places_world.tsv", "places_physical.tsv", "places_foreign.tsv"):
        for w in _first_column(name):
            lex.setdefault(w, "P")
    for w in _first_column("organisations.tsv"):
        lex.setdefault(w, "O")
    for w in _first_column("persons.tsv"):
        lex.setdefault(w, "N")
    return lex


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    path = LEXICON_DIR / "surnames_cn.txt"
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


@dataclass(frozen=True)
class CrfFeatures:
    groups: tuple[str, ...] = ALL_GROUPS

    def __call__(self, text: str) -> list[list[str]]:
        return featurize(text, self.groups)


def _match_marks(text: str, lexicon: dict[str, str], max_len: int, prefix: str,
                 with_class: bool, min_len: int = 2) -> list[list[str]]:
    n = len(text)
    marks: list[list[str]] = [[] for _ in range(n)]
    for i in range(n):
        for length in range(min_len, min(max_len, n - i) + 1):
            cls = lexicon.get(text[i:i + length])
            if cls is None:
                continue
            ln = str(min(length, 5))
            marks[i].append(f"{prefix}B{ln}")
            marks[i + length - 1].append(f"{prefix}E{ln}")
            for j in range(i + 1, i + length - 1):
                marks[j].append(f"{prefix}M")
            if with_class:
                marks[i].append(f"{prefix}B:{cls}")
                marks[i + length - 1].append(f"{prefix}E:{cls}")
                for j in range(i + 1, i + length - 1):
                    marks[j].append(f"{prefix}M:{cls}")
    return [sorted(set(m)) for m in marks]


def _jieba_words(text: str) -> list[tuple[int, int, str]]:
    import jieba

    out, pos = [], 0
    for word in jieba.cut(text, HMM=True):
        out.append((pos, pos + len(word), word))
        pos += len(word)
    return out


def featurize(text: str, groups=ALL_GROUPS) -> list[list[str]]:
    n = len(text)
    if n == 0:
        return []
    g = set(groups)
    pad = "\x02\x02" + text + "\x03\x03"
    types = "SS" + "".join(char_type(c) for c in text) + "SS"
    feats: list[list[str]] = [["b"] for _ in range(n)]
    if "char" in g:
        for i in range(n):
            k = i + 2
            f = feats[i]
            f += [f"c0={pad[k]}", f"c-1={pad[k-1]}", f"c1={pad[k+1]}", f"c-2={pad[k-2]}",
                  f"c2={pad[k+2]}",
                  f"b-2={pad[k-2:k]}", f"b-1={pad[k-1:k+1]}", f"b0={pad[k:k+2]}", f"b1={pad[k+1:k+3]}",
                  f"t-1={pad[k-1:k+2]}", f"t-2={pad[k-2:k+1]}", f"t0={pad[k:k+3]}",
                  f"c-1c1={pad[k-1]}{pad[k+1]}"]
    if "type" in g:
        for i in range(n):
            k = i + 2
            feats[i] += [f"y0={types[k]}", f"y-1={types[k-1]}{types[k]}", f"y1={types[k]}{types[k+1]}",
                         f"y5={types[k-2:k+3]}"]
    if g & {"seg", "word"}:
        for start, end, word in _jieba_words(text):
            length = end - start
            ln = str(min(length, 5))
            for i in range(start, end):
                if length == 1:
                    pos = "S"
                elif i == start:
                    pos = "B"
                elif i == end - 1:
                    pos = "E"
                else:
                    pos = "M"
                if "seg" in g:
                    feats[i] += [f"s={pos}", f"sl={pos}{ln}"]
                if "word" in g and length > 1:
                    feats[i].append(f"w={word}")
    if g & {"dict", "dicttag"}:
        marks = _match_marks(text, jieba_dictionary(), 6, "d", "dicttag" in g)
        for i in range(n):
            feats[i] += marks[i]
    if "lex" in g:
        marks = _match_marks(text, project_lexicon(), 10, "x", True)
        sur = surnames()
        for i in range(n):
            feats[i] += marks[i]
            if text[i] in sur:
                feats[i].append("sn")
            if i + 1 < n and text[i:i + 2] in sur:
                feats[i].append("sn2")
    return feats


def spans_to_tags(n: int, spans) -> list[str]:
    """(start, end, label) spans -> BIOES tags; overlapping spans: the first one wins."""
    tags = ["O"] * n
    for start, end, label in sorted(spans, key=lambda s: (s[0], -s[1])):
        if start < 0 or end > n or start >= end or any(t != "O" for t in tags[start:end]):
            continue
        if end - start == 1:
            tags[start] = f"S-{label}"
            continue
        tags[start] = f"B-{label}"
        for i in range(start + 1, end - 1):
            tags[i] = f"I-{label}"
        tags[end - 1] = f"E-{label}"
    return tags


@dataclass(frozen=True)
class CrfRecipe:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 200
    groups: tuple[str, ...] = ALL_GROUPS
    min_freq: int = 0

    def as_dict(self) -> dict:
        d = asdict(self)
        d["groups"] = list(self.groups)
        d["arch"] = "crf"
        return d


def train_crf(records: list[dict], output_dir: str | Path, recipe: CrfRecipe = CrfRecipe(),
              *, verbose: bool = False) -> dict:
    """Train on records {"text", "label": [[start, end, LABEL]]}; write the model into output_dir."""
    import pycrfsuite

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    labels: set[str] = set()
    for rec in records:
        text = rec["text"]
        if not text:
            continue
        spans = [tuple(x[:3]) for x in rec.get("label", [])]
        labels.update(s[2] for s in spans)
        trainer.append(featurize(text, recipe.groups), spans_to_tags(len(text), spans))
    trainer.set_params({"c1": recipe.c1, "c2": recipe.c2, "max_iterations": recipe.max_iterations,
                        "feature.possible_transitions": True,
                        "feature.minfreq": recipe.min_freq})
    trainer.train(str(out / MODEL_FILE))
    seconds = round(time.time() - started, 1)
    meta = {"arch": "crf", "recipe": recipe.as_dict(), "labels": sorted(labels),
            "train_seconds": seconds, "sentences": len(records)}
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return meta


class CrfTagger:
    """A trained CRF model directory -> spans."""

    def __init__(self, model_dir: str | Path):
        import pycrfsuite

        model_dir = Path(model_dir)
        self.meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
        self.groups = tuple(self.meta["recipe"]["groups"])
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_dir / MODEL_FILE))

    def tags(self, text: str) -> list[str]:
        return self.tagger.tag(featurize(text, self.groups)) if text else []

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        return tags_to_spans(self.tags(text))

    def close(self) -> None:
        self.tagger.close()


def relabel_majority(records: list[dict], min_count: int = 2, min_share: float = 0.5) -> tuple[list[dict], int]:
    """Training-label cleaning: a span whose exact string occurs at least `min_count`
    times in the training records, with one label on at least `min_share` of them,
    takes that label. Returns (new records, number of spans relabelled).

    (Resume's training split, as shipped in ../shared/data, gives 中国国籍 the
    label CONT 201 times and six other labels 20 times; its dev and test splits
    are consistent: ~6 % of the training spans carry a random label.)
    """
    from collections import Counter, defaultdict

    seen: dict[str, Counter] = defaultdict(Counter)
    for rec in records:
        for start, end, label, *_ in rec.get("label", []):
            seen[rec["text"][start:end]][label] += 1
    major: dict[str, str] = {}
    for text, counts in seen.items():
        total = sum(counts.values())
        label, top = counts.most_common(1)[0]
        if total >= min_count and top / total >= min_share:
            major[text] = label
    out, changed = [], 0
    for rec in records:
        spans = []
        for start, end, label, *rest in rec.get("label", []):
            new = major.get(rec["text"][start:end], label)
            changed += new != label
            spans.append([start, end, new, *rest])
        out.append({**rec, "label": spans})
    return out, changed


def relabel_crossfold(records: list[dict], recipe: CrfRecipe, folds: int = 2, workdir: str | Path | None = None,
                      min_prob: float = 0.0) -> tuple[list[dict], int]:
    """Training-label cleaning by cross-fold agreement: train on all folds but one,
    tag the held-out fold; a gold span that the held-out model finds with the
    same boundaries but another label (sequence probability ≥ min_prob) takes the
    model's label. Spans the model misses are left as they are."""
    import tempfile

    out = [dict(r) for r in records]
    changed = 0
    with tempfile.TemporaryDirectory(prefix="zhanji-crf-fold-", dir=workdir) as tmp:
        for k in range(folds):
            train = [r for i, r in enumerate(records) if i % folds != k]
            model = Path(tmp) / f"fold{k}"
            train_crf(train, model, recipe)
            tagger = CrfTagger(model)
            for i in range(k, len(records), folds):
                rec = records[i]
                if not rec.get("label"):
                    continue
                tags = tagger.tags(rec["text"])
                if min_prob and tagger.tagger.probability(tags) < min_prob:
                    continue
                pred = {(s, e): lab for s, e, lab in tags_to_spans(tags)}
                spans = []
                for start, end, label, *rest in rec["label"]:
                    new = pred.get((start, end), label)
                    changed += new != label
                    spans.append([start, end, new, *rest])
                out[i] = {**rec, "label": spans}
            tagger.close()
    return out, changed
