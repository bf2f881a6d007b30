"""Choose non-overlapping entities among all candidates and align tokens to them.

Priorities (highest first; ties go to the longer span, then the earlier one):

| source | priority | why |
|---|---|---|
| MIL_UNIT rules / named units | 60 | designations contain numbers and places that are not entities of their own |
| English finder | 38–60 | one finder, its own label order (units 60 … persons 38), already non-overlapping |
| DATE rules | 50 | dates contain numbers that are not quantities |
| EVENT / FAC rules and lexicon | 45 | 柳州飞机场, 长衡会战: a place inside a longer name belongs to it |
| QUANTITY rules | 40 | |
| PERSON / ORG lexicons, ORG patterns | 35 | 国防部史政编译局, 中国航空公司: an organisation outranks the place in its name |
| PERSON framed by a post and a rank | 32 | 守将川端武平少将: outranks the place 武平 inside the name |
| place gazetteer and place patterns (GPE / LOC) | 30 | |
| PERSON heuristics | 20 | context patterns, weaker than any lexicon |
| unfamiliar place whose name starts with a surname | 18 | person rules win there |
| bare-surname references | 15 | 汤本人: only after the full name appeared |
| statistical model | 10 | adds only the labels in `model_labels`, only where no rule span overlaps |

Spans that start or end with whitespace or punctuation are dropped (guideline 13).
Where a chosen span cuts a jieba token, the token is split so that doc.ents
carries exactly the chosen offsets; `doc.user_data["zhanji_token_splits"]`
counts those splits.
"""


import itertools
import unicodedata

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.components.finders import doc_text
from pipeline.spans import Candidate

if not Doc.has_extension("zhanji_candidates"):
    Doc.set_extension("zhanji_candidates", default=None)
if not Doc.has_extension("zhanji_entities"):
    Doc.set_extension("zhanji_entities", default=None)

MODEL_LABELS = ("PERSON", "ORG", "GPE", "LOC")


def _edge_ok(ch: str) -> bool:
    if ch.isspace():
        return False
    return not unicodedata.category(ch).startswith(("P", "Z", "C"))


def choose(text: str, candidates: list[Candidate],
           model_labels: tuple[str, ...] = MODEL_LABELS) -> list[Candidate]:
    """Greedy selection by (priority, length); returns non-overlapping spans in text order."""
    usable = [c for c in candidates
              if c.end <= len(text) and _edge_ok(text[c.start]) and _edge_ok(text[c.end - 1])
              and (c.source != "model" or c.label in model_labels)]
    usable.sort(key=lambda c: (-c.priority, -(c.end - c.start), c.start))
    taken = bytearray(len(text))
    chosen = []
    for cand in usable:
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\x01" * (cand.end - cand.start)
        chosen.append(cand)
    chosen.sort(key=lambda c: c.start)
    return chosen


def align_doc(doc: Doc, chosen: list[Candidate]) -> Doc:
    """A doc whose tokens have a boundary at every chosen span edge, with ents set."""
    text = doc_text(doc)
    lengths = doc.user_data.get("zhanji_word_lengths")
    if lengths is not None:  # our jieba tokenizer: words cover the text, no trailing spaces
        boundaries = set(itertools.accumulate(lengths, initial=0))
    else:
        boundaries = {t.idx for t in doc} | {len(text)}
    cuts = {p for c in chosen for p in (c.start, c.end)} - boundaries
    if cuts:
        edges = sorted(boundaries | cuts)
        words = [text[a:b] for a, b in zip(edges, edges[1:]) if b > a]
        new = Doc(doc.vocab, words=words, spaces=[False] * len(words))
        new.user_data.update(doc.user_data)
        new.user_data["zhanji_word_lengths"] = [len(w) for w in words]
        new._.zhanji_candidates = doc._.zhanji_candidates
        doc = new
    doc.user_data["zhanji_token_splits"] = len(cuts)
    spans = [doc.char_span(c.start, c.end, label=c.label) for c in chosen]
    doc.ents = [s for s in spans if s is not None]
    doc._.zhanji_entities = chosen
    return doc


class Reconcile:
    def __init__(self, model_labels: tuple[str, ...]):
        self.model_labels = tuple(model_labels)

    def __call__(self, doc: Doc) -> Doc:
        candidates = doc._.zhanji_candidates or []
        return align_doc(doc, choose(doc_text(doc), candidates, self.model_labels))


@Language.factory("zhanji_reconcile", default_config={"model_labels": list(MODEL_LABELS)})
def make_reconcile(nlp: Language, name: str, model_labels: list[str]) -> Reconcile:
    return Reconcile(tuple(model_labels))
