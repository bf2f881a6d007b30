"""spaCy tokenizer that segments Chinese with the project's jieba (pipeline.segment)."""

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

from pipeline import segment


class JiebaTokenizer:
    """Text → Doc of jieba words; whitespace runs are tokens of their own."""

    def __init__(self, vocab: Vocab):
        self.vocab = vocab

    def __call__(self, text: str) -> Doc:
        words = segment.cut(text)
        doc = Doc(self.vocab, words=words, spaces=[False] * len(words))
        # Doc.text and token iteration are slow on long docs: keep what components need
        doc.user_data["zhanji_text"] = text
        doc.user_data["zhanji_word_lengths"] = list(map(len, words))
        return doc

    def deferred(self, text: str) -> Doc:
        """An empty Doc carrying `text`, its words not cut yet: for `zhanji extract`, whose
        finders read the text and whose reconcile step only counts the chosen span edges
        that cut a word (segmenting just the blocks holding one, pipeline.segment.inside_words).
        Reconcile cuts the whole text when asked to set doc.ents."""
        doc = Doc(self.vocab)
        doc.user_data["zhanji_text"] = text
        doc.user_data["zhanji_words_deferred"] = True
        return doc

    # serialisation hooks spaCy expects of a tokenizer; there is no state to save
    def to_bytes(self, **kwargs) -> bytes:
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "JiebaTokenizer":
        return self

    def to_disk(self, path, **kwargs) -> None:
        return None

    def from_disk(self, path, **kwargs) -> "JiebaTokenizer":
        return self


@spacy.registry.tokenizers("zhanji.JiebaTokenizer.v1")
def create_jieba_tokenizer():
    def make(nlp):
        return JiebaTokenizer(nlp.vocab)

    return make
