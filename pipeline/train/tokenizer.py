"""Tokenisers for the trained taggers, registered with spaCy.

`zhanji.CharTokenizer.v1`: one token per character (so every entity boundary
is a token boundary and no span is ever misaligned). With `bigrams=true` each
token's NORM is the character followed by the next one, so the embedding layer
sees character bigrams (ORTH = the character itself, NORM = the bigram).
Importing this module registers the factory; `pipeline.ner_model` does that
before loading a model.
"""

from __future__ import annotations

import numpy
import srsly
from spacy.attrs import NORM
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

END = "</s>"


class CharTokenizer:
    def __init__(self, vocab, bigrams: bool = True):
        self.vocab = vocab
        self.bigrams = bigrams

    def __call__(self, text: str) -> Doc:
        words, spaces = get_words_and_spaces(list(text), text)
        if not self.bigrams:
            return Doc(self.vocab, words=words, spaces=spaces)
        doc = Doc(self.vocab, words=words, spaces=spaces)
        if words:
            lowered = [w.lower() for w in words]
            add = self.vocab.strings.add
            ids = numpy.fromiter((add(a + b) for a, b in zip(lowered, lowered[1:] + [END])),
                                 dtype="uint64", count=len(words)).reshape(-1, 1)
            doc.from_array([NORM], ids)
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    # serialisation: the settings live in the config; nothing else to store
    def to_bytes(self, **kwargs) -> bytes:
        return srsly.json_dumps({"bigrams": self.bigrams}).encode("utf-8")

    def from_bytes(self, data: bytes, **kwargs) -> "CharTokenizer":
        self.bigrams = srsly.json_loads(data).get("bigrams", self.bigrams)
        return self

    def to_disk(self, path, **kwargs) -> None:
        from pathlib import Path

        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_json(path / "cfg", {"bigrams": self.bigrams})

    def from_disk(self, path, **kwargs) -> "CharTokenizer":
        from pathlib import Path

        cfg = Path(path) / "cfg"
        if cfg.exists():
            self.bigrams = srsly.read_json(cfg).get("bigrams", self.bigrams)
        return self


@registry.tokenizers("zhanji.CharTokenizer.v1")
def create_char_tokenizer(bigrams: bool = True):
    def make(nlp):
        return CharTokenizer(nlp.vocab, bigrams=bigrams)

    return make
