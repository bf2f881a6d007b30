"""spaCy tokenizer that segments Chinese with the project's jieba (pipeline.segment)."""

import functools

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


def deferred_tokens(tokenizer, text: str) -> Doc:
    """An empty Doc carrying `text` for a spaCy Tokenizer (the English pipeline), its tokens
    not made yet: the finders read the text, and reconcile only counts the chosen span edges
    that cut a token (`tokens_cut`). Tokenising a whole document adds every new word to the
    vocabulary: on text not seen before about a tenth of English extraction."""
    doc = Doc(tokenizer.vocab)
    doc.user_data["zhanji_text"] = text
    doc.user_data["zhanji_tokens_deferred"] = tokenizer
    return doc


@functools.lru_cache(maxsize=8192)
def _token_starts(tokenizer, chunk: str) -> frozenset:
    """Where the tokens of one chunk start (a chunk is tokenised alone: the same every time)."""
    return frozenset(t.idx for t in tokenizer(chunk))


def tokens_cut(tokenizer, text: str, edges) -> set:
    """The positions among `edges` that fall inside a token of `tokenizer(text)`, tokenising
    only the whitespace-delimited chunks that hold one. spaCy's tokenizer splits the text at
    whitespace and tokenises each chunk on its own (its cache is keyed by the chunk); a run
    of whitespace after a chunk is a token without its first character when that is ' '."""
    n = len(text)
    cut = set()
    chunks: dict = {}
    for p in edges:
        if p <= 0 or p >= n:
            continue                    # the first token starts at 0; the end is a boundary
        space = text[p].isspace()
        if text[p - 1].isspace() != space:      # a chunk (or a run of whitespace) starts here
            if space and text[p] == " ":
                cut.add(p)              # ' ' after a chunk is that token's trailing space
            continue
        a = p - 1
        while a > 0 and text[a - 1].isspace() == space:
            a -= 1
        if space and a > 0 and text[a] == " ":
            a += 1                      # a run's token starts after its first ' '
        if p == a:
            continue
        starts = chunks.get(a)
        if starts is None:
            b = p + 1
            while b < n and text[b].isspace() == space:
                b += 1
            starts = chunks[a] = (a, _token_starts(tokenizer, text[a:b]))
        if p - a not in starts[1]:
            cut.add(p)
    return cut


@spacy.registry.tokenizers("zhanji.JiebaTokenizer.v1")
def create_jieba_tokenizer():
    def make(nlp):
        return JiebaTokenizer(nlp.vocab)

    return make
