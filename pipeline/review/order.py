"""Review order: the paragraphs where the machine is least sure go first (`push --order uncertain`).

A paragraph's uncertainty adds up signals. Strong signals count one point each:

  * place not located — a GPE or LOC the gazetteer could not place (a place pattern
                        guessed it, or two gazetteer places fit equally): the name, its
                        boundary or its label was guessed;
  * name word cut     — a word of two or more characters that jieba tags as a place,
                        person or organisation name (ns, nr, nt) and an entity edge cuts:
                        rules and segmenter disagree on where the name ends;
  * untagged name word — such a name word that no entity covers: a name the rules may
                        have missed (a third opinion, without the model).

Weak signals count a quarter point each (WEIGHTS): they say a reviewer should check a
guess, but predict errors less well (measured in docs/training.md):

  * model disagrees   — the statistical model (beam search) is confident of a name
                        (PERSON, ORG, GPE, LOC) that the rules tagged otherwise or not at all;
  * model unsure      — the model gives a name a probability between LOW and HIGH;
  * unit side unknown — a MIL_UNIT whose side the rules could not tell (no `side`, or an
                        id starting with `?/`): its army was guessed or left open;
  * name by rule only — a PERSON, ORG, GPE, LOC, FAC or EVENT that no lexicon lists: a
                        context rule (title, suffix, verb) proposed it.

Paragraphs are sorted by score (highest first), ties and unsignalled paragraphs in
document order. Each example's meta says its place and why (`order_rank`,
`order_reason`), so a reviewer sees why a paragraph came first. The model is
optional: without one only the rule signals count.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Callable, Iterable, Sequence

ORDERS = ("document", "uncertain")
MODEL_LABELS = ("PERSON", "ORG", "GPE", "LOC")
NAME_LABELS = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")
LOW, HIGH = 0.2, 0.8  # a model probability in [LOW, HIGH) is "unsure"; >= HIGH is "confident"
BEAM_WIDTH = 8
MODEL_CHARS = 2000  # the model reads long paragraphs in pieces of this size
STRONG_SIGNALS = ("place not located", "name word cut", "untagged name word")
WEAK_SIGNALS = ("model disagrees", "model unsure", "unit side unknown", "name by rule only")
SIGNALS = STRONG_SIGNALS + WEAK_SIGNALS
WEAK = 0.25  # the weight of a weak signal (a strong one counts 1)
WEIGHTS = {name: (WEAK if name in WEAK_SIGNALS else 1.0) for name in SIGNALS}
NAME_POS = frozenset({"ns", "nr", "nt", "nrt", "nrfg"})  # jieba's place, person and organisation tags
SHOWN = 3  # example strings named per signal in a reason
NO_SIGNAL = "no uncertainty signal"

# a model scorer: paragraph text -> [(start, end, label, probability)] (code-point offsets)
Scorer = Callable[[str], list[tuple[int, int, str, float]]]


def unit_side_unknown(entity: dict) -> bool:
    norm = entity.get("norm") or {}
    return not norm.get("side") or str(norm.get("id") or "").startswith("?/")


def place_not_located(entity: dict) -> bool:
    """A GPE/LOC whose norm says the gazetteer could not place it (id None)."""
    norm = entity.get("norm") or {}
    return entity["label"] in ("GPE", "LOC") and "id" in norm and not norm["id"]


def rule_signals(machine: Sequence[dict], text: str) -> "OrderedDict[str, list[str]]":
    """Signals from the machine entities alone: {signal: [entity texts]}."""
    found: OrderedDict[str, list[str]] = OrderedDict()
    for ent in machine:
        piece = text[ent["start"]:ent["end"]]
        if place_not_located(ent):
            found.setdefault("place not located", []).append(piece)
        if ent["label"] == "MIL_UNIT" and unit_side_unknown(ent):
            found.setdefault("unit side unknown", []).append(piece)
        elif ent["label"] in NAME_LABELS and str(ent.get("source", "")).startswith("rule:"):
            found.setdefault("name by rule only", []).append(piece)
    untagged, cut = name_words(text, machine)
    for word in cut:
        found.setdefault("name word cut", []).append(word)
    for word in untagged:
        found.setdefault("untagged name word", []).append(word)
    return found


def name_words(text: str, machine: Sequence[dict]) -> tuple[list[str], list[str]]:
    """Words jieba tags ns/nr/nt (two characters or more): (those that overlap no machine
    entity, those an entity edge cuts). Traditional text is read in Simplified when the
    conversion keeps its length."""
    from pipeline.script import convert_text
    from pipeline.segment import pos_tokens

    simplified = convert_text(text, "t2s")
    reading = simplified if len(simplified) == len(text) else text
    spans = [(e["start"], e["end"]) for e in machine]
    edges = {p for span in spans for p in span}
    untagged, cut = [], []
    for t in pos_tokens(reading):
        start, end = t["start"], t["end"]
        if t["pos"] not in NAME_POS or end - start < 2:
            continue
        if not any(s < end and start < e for s, e in spans):
            untagged.append(text[start:end])
        elif any(start < p < end for p in edges):
            cut.append(text[start:end])
    return untagged, cut


def untagged_name_words(text: str, machine: Sequence[dict]) -> list[str]:
    """Words jieba tags ns/nr/nt (two characters or more) that overlap no machine entity."""
    return name_words(text, machine)[0]


def model_signals(machine: Sequence[dict], text: str,
                  scored: Iterable[tuple[int, int, str, float]]) -> "OrderedDict[str, list[str]]":
    """Signals from the model's scored names against the machine entities."""
    rules = {(e["start"], e["end"], e["label"]) for e in machine}
    found: OrderedDict[str, list[str]] = OrderedDict()
    for start, end, label, prob in sorted(scored):
        if label not in MODEL_LABELS or prob < LOW:
            continue
        if prob >= HIGH:
            if (start, end, label) not in rules:
                found.setdefault("model disagrees", []).append(f"{text[start:end]}/{label}")
        else:
            found.setdefault("model unsure", []).append(f"{text[start:end]}/{label}")
    return found


def assess(text: str, machine: Sequence[dict], scorer: Scorer | None = None) -> tuple[float, str]:
    """(score, reason) of one paragraph; `machine` holds paragraph-relative entities."""
    found = rule_signals(machine, text)
    if scorer is not None:
        found.update(model_signals(machine, text, scorer(text)))
    parts, score = [], 0.0
    for name in SIGNALS:
        items = found.get(name)
        if not items:
            continue
        score += WEIGHTS[name] * len(items)
        shown = ", ".join(items[:SHOWN]) + (", …" if len(items) > SHOWN else "")
        parts.append(f"{name} ×{len(items)} ({shown})")
    return round(score, 2), "; ".join(parts) or NO_SIGNAL


def rank(items: Sequence[tuple[str, Sequence[dict]]], scorer: Scorer | None = None
         ) -> list[tuple[int, float, str]]:
    """Order (text, machine entities) paragraphs given in document order:
    [(index into items, score, reason)], most uncertain first, ties in document order."""
    assessed = [(i, *assess(text, machine, scorer)) for i, (text, machine) in enumerate(items)]
    return sorted(assessed, key=lambda t: (-t[1], t[0]))


def order_meta(position: int, reason: str) -> dict:
    """What a reviewer sees of the order (position counts from 1)."""
    return {"order_rank": position, "order_reason": reason}


def model_scorer(nlp, beam_width: int = BEAM_WIDTH) -> Scorer:
    """A Scorer from a zhanji-trained spaCy NER pipeline: entity probabilities by beam search."""
    from pipeline.ner_model import trim

    ner = nlp.get_pipe("ner")
    others = [name for name in nlp.pipe_names if name != "ner"]

    def score(text: str) -> list[tuple[int, int, str, float]]:
        out: list[tuple[int, int, str, float]] = []
        for offset in range(0, len(text), MODEL_CHARS):
            doc = nlp.make_doc(text[offset:offset + MODEL_CHARS])
            if not len(doc):
                continue
            for name in others:
                doc = nlp.get_pipe(name)(doc)
            [scores] = ner.scored_ents(ner.beam_parse([doc], beam_width=beam_width))
            for (start, end, label), prob in scores.items():
                span = doc[start:end]
                first, last = trim(doc.text, span.start_char, span.end_char)
                if first < last:
                    out.append((offset + first, offset + last, label, float(prob)))
        return out

    return score


def load_scorer(model: str | None) -> Scorer | None:
    """The scorer of `model` (a directory, or "default"); with None, the default model's
    if it is built, else None (rule signals only)."""
    from pipeline.extract import Options
    from pipeline.ner_model import default_model_path, load_ner

    if model is None:
        found = default_model_path()
        return model_scorer(load_ner(found)) if found else None
    return model_scorer(load_ner(Options.default(model).model))
