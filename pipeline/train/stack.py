"""A stacked correction tagger: the CRF character tagger reading the rules' own output.

The rules (the Chinese finders + reconcile) tag a text; this CRF
(pipeline/train/crf.py's features plus the rule entities as features) is
trained on reviewed text to predict the gold spans, so it can learn systematic
corrections of the rules — a boundary, a label, a span to drop — that the
`add` / `extend` permissions of a plain tagger cannot make.

Per character, on top of `crf.featurize`:

* the BIOES tag (with label) of the rule entity covering it and of its
  neighbours at -2..+2 (`r0=B-GPE`, `r-1=O`, ...);
* the covering entity's label and its finder (`Candidate.source`, e.g.
  `lexicon:gazetteer`), its length (capped at 8), whether the character
  starts or ends it;
* the rule tag crossed with the character and with its neighbours (`r0c0`,
  `r0c-1`, `r0c1`): where a rule entity tends to stop too early or too late.

What the stacker may change is decided per permission (label x mode x
threshold, measured on held-out folds; see `apply` and
pipeline/train/crossval.py `--arch stack`):

* add     — a model span that overlaps no rule entity is added;
* extend  — a model span that strictly contains rule entities of its own label
            only replaces them;
* replace — any other model span overlapping rule entities (another boundary,
            another label) replaces them;
* drop    — a rule entity (its label) whose characters the model all tags O is
            removed.

A span's probability is the smallest marginal probability, over its characters,
of the tag the model gave it (drop: of O). `train_stack` writes `stack.crfsuite`
+ `stack.json` (recipe, labels, permissions) into a directory; `StackTagger`
loads it. `rule_view` runs the rules exactly as extraction does (working text,
Chinese pipeline, rules only) and returns the chosen candidates, in working
offsets.
"""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Iterable, Sequence

from pipeline.train.crf import ALL_GROUPS, featurize, spans_to_tags
from pipeline.train.datasets import tags_to_spans

MODEL_FILE = "stack.crfsuite"
META_FILE = "stack.json"
MODES = ("add", "extend", "replace", "drop")
THRESHOLDS = (0.5, 0.7, 0.9, 0.99)
MODEL_SOURCE = "model:stack"
MODEL_PRIORITY = 10

Span = tuple[int, int, str]
Scored = tuple[int, int, str, float]


# --------------------------------------------------------------------------- rules as features

def _finder(source: str) -> str:
    """A candidate's finder, without per-entry detail (`lexicon:gazetteer`, `rule:unit`)."""
    return ":".join(source.split(":")[:2])[:40]


def rule_tags(n: int, rules: Iterable) -> tuple[list[str], list[tuple | None]]:
    """BIOES tags of the rule entities over n characters, and the entity covering each
    character ((start, end, label, source) or None). `rules`: Candidates or tuples
    (start, end, label[, source])."""
    spans = []
    for r in rules:
        if hasattr(r, "start"):
            spans.append((r.start, r.end, r.label, r.source))
        else:
            spans.append((r[0], r[1], r[2], r[3] if len(r) > 3 else ""))
    tags = spans_to_tags(n, [s[:3] for s in spans])
    cover: list[tuple | None] = [None] * n
    for s in spans:
        for i in range(max(0, s[0]), min(n, s[1])):
            if cover[i] is None:
                cover[i] = s
    return tags, cover


def stack_features(text: str, rules: Iterable, groups: Sequence[str] = ALL_GROUPS) -> list[list[str]]:
    """crf.featurize(text) plus the rules' entities (see the module doc) per character."""
    n = len(text)
    feats = featurize(text, groups)
    if not n:
        return feats
    tags, cover = rule_tags(n, rules)
    padded = ["<", "<"] + tags + [">", ">"]
    chars = "\x02" + text + "\x03"
    for i in range(n):
        k = i + 2
        tag = tags[i]
        f = feats[i]
        f += [f"r0={tag}", f"r-1={padded[k - 1]}", f"r1={padded[k + 1]}",
              f"r-2={padded[k - 2]}", f"r2={padded[k + 2]}",
              f"r-1r0={padded[k - 1]}|{tag}", f"r0r1={tag}|{padded[k + 1]}",
              f"r0c0={tag}|{chars[i + 1]}", f"r0c-1={tag}|{chars[i]}", f"r0c1={tag}|{chars[i + 2]}"]
        ent = cover[i]
        if ent is not None:
            start, end, label, source = ent
            f += [f"rl={label}", f"rs={_finder(source)}", f"rn={min(end - start, 8)}",
                  f"rls={label}|{_finder(source)}"]
            if i == start:
                f.append("rB")
            if i == end - 1:
                f.append("rE")
    return feats


# --------------------------------------------------------------------------- the rules, as extraction runs them

@dataclass(frozen=True)
class RuleView:
    """A document as the Chinese rules see it: working text, offset map, chosen candidates."""

    lang: str
    text: str                 # the working text
    offsets: object           # pipeline.working.WorkingMap
    rules: list               # chosen Candidates, working offsets

    def to_src(self, spans: Iterable[tuple]) -> list[tuple]:
        """Spans (start, end, label, ...) of the working text in the original's offsets."""
        out = []
        for s in spans:
            a, b = self.offsets.span_to_src(s[0], s[1])
            out.append((a, b, *s[2:]))
        return out

    def to_dst(self, spans: Iterable[tuple]) -> list[tuple]:
        out = []
        for s in spans:
            a, b = self.offsets.span_to_dst(s[0], s[1])
            if a < b:
                out.append((a, b, *s[2:]))
        return out


def rule_view(text: str) -> RuleView:
    """Run the rules (no model) on `text` as `extract_text` does; `lang` "en" documents
    go through the English pipeline, which a stack model does not touch."""
    from pipeline.extract import Options, detect_lang, quotes_traditional, tag_pieces
    from pipeline.script import detect_script, tagging_config
    from pipeline.working import working_text

    script = detect_script(text)
    lang = detect_lang(text)
    config = tagging_config(script)
    if config is None and script == "none" and quotes_traditional(text):
        config = "t2s"
    work = working_text(text, config)
    rules = [c for chosen in tag_pieces(work.text, lang, Options(None), {}) for _, _, c in chosen]
    return RuleView(lang, work.text, work.offsets, rules)


# --------------------------------------------------------------------------- training and tagging

@dataclass(frozen=True)
class StackRecipe:
    c1: float = 0.05
    c2: float = 0.01
    max_iterations: int = 150
    groups: tuple[str, ...] = ALL_GROUPS

    def as_dict(self) -> dict:
        d = asdict(self)
        d["groups"] = list(self.groups)
        d["arch"] = "stack"
        return d


def example(text: str, rules: Iterable, gold: Iterable[Span], groups=ALL_GROUPS) -> tuple[list, list[str]]:
    """One training sequence: (features, BIOES gold tags)."""
    return stack_features(text, rules, groups), spans_to_tags(len(text), [tuple(g[:3]) for g in gold])


def perturb(text: str, rules: Sequence, rate: float, rng) -> list[tuple]:
    """The rule entities with noise, for training copies: each entity is, with probability
    rate/2, left out; rate/4, given one boundary one character off (in or out, within the
    text); rate/4, given another label. The rules are fitted to the reviewed text they are
    trained on, so their features there are near-perfect; noise makes the stacker read the
    text too instead of copying the rules."""
    from pipeline.spans import LABELS

    out = []
    for r in rules:
        start, end, label, source = (r.start, r.end, r.label, r.source) if hasattr(r, "start") else \
            (r[0], r[1], r[2], r[3] if len(r) > 3 else "")
        x = rng.random()
        if x < rate / 2:
            continue
        if x < rate * 3 / 4:
            if rng.random() < 0.5:
                start = min(max(0, start + rng.choice((-1, 1))), end - 1)
            else:
                end = max(min(len(text), end + rng.choice((-1, 1))), start + 1)
        elif x < rate:
            label = rng.choice([lab for lab in LABELS if lab != label])
        out.append((start, end, label, source))
    return out


def document_examples(records: list[dict], copies: int = 1, noise: float = 0.0, seed: int = 0) -> list[tuple]:
    """(RuleView, [training examples]) of each Chinese document of `records` (gold spans in
    working offsets): the first with the rules as they are, the other `copies - 1` with
    `noise` (perturb); English documents ([]) are left to the English rules."""
    import random

    out = []
    for n, r in enumerate(records):
        view = rule_view(r["text"])
        if view.lang == "en":
            out.append((view, []))
            continue
        gold = view.to_dst([(e["start"], e["end"], e["label"]) for e in r["entities"]])
        examples = [example(view.text, view.rules, gold)]
        rng = random.Random(f"{seed}/{n}")
        for _ in range(copies - 1):
            rules = perturb(view.text, view.rules, noise, rng) if noise else view.rules
            examples.append(example(view.text, rules, gold))
        out.append((view, examples))
    return out


def train_stack(examples: Sequence[tuple[list, list[str]]], output_dir: str | Path,
                recipe: StackRecipe = StackRecipe(), *, permissions: dict | None = None,
                extra_meta: dict | None = None) -> dict:
    """Train on (features, tags) examples (see `example`); writes stack.crfsuite + stack.json."""
    import pycrfsuite

    out = Path(output_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    trainer = pycrfsuite.Trainer(verbose=False)
    labels: set[str] = set()
    for xseq, yseq in examples:
        if xseq:
            trainer.append(xseq, yseq)
            labels.update(t[2:] for t in yseq if t != "O")
    trainer.set_params({"c1": recipe.c1, "c2": recipe.c2, "max_iterations": recipe.max_iterations,
                        "feature.possible_transitions": True})
    trainer.train(str(out / MODEL_FILE))
    meta = {"arch": "stack", "recipe": recipe.as_dict(), "labels": sorted(labels),
            "train_seconds": round(time.time() - started, 1), "sequences": len(examples),
            "permissions": encode_permissions(permissions or {}), **(extra_meta or {})}
    (out / META_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2), encoding="utf-8")
    return meta


def encode_permissions(permissions: dict[tuple[str, str], float]) -> list[list]:
    return [[label, mode, t] for (label, mode), t in sorted(permissions.items())]


def decode_permissions(rows: Iterable) -> dict[tuple[str, str], float]:
    return {(label, mode): float(t) for label, mode, t in rows}


class StackTagger:
    """A trained stack directory -> the model's spans and drops, given the rules' entities."""

    def __init__(self, model_dir: str | Path):
        import pycrfsuite

        model_dir = Path(model_dir)
        self.dir = model_dir
        self.meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
        self.groups = tuple(self.meta["recipe"]["groups"])
        self.permissions = decode_permissions(self.meta.get("permissions", []))
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model_dir / MODEL_FILE))

    def score(self, text: str, rules: Sequence) -> tuple[list[Scored], list[Scored]]:
        """(model spans with probability, rule entities the model tags all O with the
        probability of O) over `text`; `rules` as in `rule_tags`."""
        if not text:
            return [], []
        tags = self.tagger.tag(stack_features(text, rules, self.groups))
        marginal = self.tagger.marginal
        scored = [(s, e, label, min(marginal(tags[i], i) for i in range(s, e)))
                  for s, e, label in tags_to_spans(tags)]
        drops = []
        for r in rules:
            s, e, label = (r.start, r.end, r.label) if hasattr(r, "start") else tuple(r[:3])
            if e <= len(tags) and all(t == "O" for t in tags[s:e]):
                drops.append((s, e, label, min(marginal("O", i) for i in range(s, e))))
        return scored, drops

    def revise(self, text: str, chosen: list) -> list:
        """reconcile's chosen Candidates after the stored permissions: kept rule candidates
        and new model candidates (source "model:stack"), in text order."""
        from pipeline.spans import LABELS, Candidate

        if not self.permissions or not chosen and not any(m == "add" for _, m in self.permissions):
            return chosen
        scored, drops = self.score(text, chosen)
        scored = [s for s in scored if s[2] in LABELS]
        rules = [(c.start, c.end, c.label) for c in chosen]
        final = apply(rules, scored, drops, self.permissions)
        by_span = {(c.start, c.end, c.label): c for c in chosen}
        out = [by_span.get(s) or Candidate(s[0], s[1], s[2], MODEL_SOURCE, MODEL_PRIORITY) for s in final]
        return sorted(out, key=lambda c: c.start)

    def close(self) -> None:
        self.tagger.close()


# --------------------------------------------------------------------------- permissions

def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def mode_of(span: Span, rules: Iterable[Span]) -> str | None:
    """How a model span would change the rule entities: add, extend, replace, or None
    (it is one of them)."""
    inside = [r for r in rules if _overlaps(r, span)]
    if not inside:
        return "add"
    if tuple(span) in inside:
        return None
    if all(r[2] == span[2] and span[0] <= r[0] and r[1] <= span[1] for r in inside):
        return "extend"
    return "replace"


def apply(rules: Sequence[Span], scored: Iterable[Scored], drops: Iterable[Scored],
          permissions: dict[tuple[str, str], float]) -> set[Span]:
    """The entities after the permitted changes: model spans that extend or replace rule
    entities first (most probable first), then drops, then additions."""
    out = set(tuple(r[:3]) for r in rules)
    by_prob = sorted(scored, key=lambda s: (-s[3], -(s[1] - s[0]), s[0]))
    for start, end, label, prob in by_prob:
        span = (start, end, label)
        mode = mode_of(span, out)
        if mode in ("extend", "replace") and prob >= permissions.get((label, mode), 2.0):
            out.difference_update([r for r in out if _overlaps(r, span)])
            out.add(span)
    for start, end, label, prob in drops:
        if (start, end, label) in out and prob >= permissions.get((label, "drop"), 2.0):
            out.discard((start, end, label))
    for start, end, label, prob in by_prob:
        if prob >= permissions.get((label, "add"), 2.0) and mode_of((start, end, label), out) == "add":
            out.add((start, end, label))
    return out


def apply_doc(doc: dict, permissions: dict) -> set[Span]:
    """`apply` on a document of the permission measures ({"rules", "scored", "drops"})."""
    return apply(doc["rules"], doc["scored"], doc.get("drops", []), permissions)
