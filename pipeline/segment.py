"""Word segmentation with jieba. The only owner of jieba state.

A private `jieba.Tokenizer` (never jieba's global one) is loaded once per
process with a user dictionary generated from the project's lexicons (echelon
words, unit prefixes, named units, places, people, organisations, events), so
that lexicon entries come out as whole tokens and entity boundaries fall on
token boundaries. Where a rule span still cuts a token, the tag stage splits
that token (and counts it), so entity offsets are always exact.
"""

from __future__ import annotations

import functools
import logging
import re
from typing import Iterator

from pipeline.lexicons import read_rows

# Lexicon files whose first column is a name that should be one jieba token.
USERDICT_SOURCES = (
    "echelons.tsv",
    "unit_prefixes.tsv",
    "named_units.tsv",
    "unit_code_names.tsv",
    "gazetteer_cn.tsv",
    "places_historical.tsv",
    "places_world.tsv",
    "places_physical.tsv",
    "persons.tsv",
    "organisations.tsv",
    "events.tsv",
)
_HEADER_WORDS = {"name", "zh", "word", "prefix", "code"}
_CJK_WORD = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff·]{2,16}$")
USER_FREQ = 2000


def userdict_entries() -> list[tuple[str, str]]:
    """(word, source file) pairs for the user dictionary, deduplicated, in file order."""
    seen: dict[str, str] = {}
    for source in USERDICT_SOURCES:
        for row in read_rows(source):
            word = row[0].strip()
            if word in _HEADER_WORDS or word in seen or not _CJK_WORD.match(word):
                continue
            seen[word] = source
    return list(seen.items())


def userdict_text() -> str:
    """The generated user dictionary in jieba's "word freq" format."""
    return "".join(f"{word} {USER_FREQ}\n" for word, _ in userdict_entries())


@functools.lru_cache(maxsize=1)
def tokenizer():
    """The process-wide jieba tokenizer with the project's user dictionary."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.initialize()
    for word, _ in userdict_entries():
        tk.add_word(word, freq=max(USER_FREQ, tk.FREQ.get(word, 0) or 0))
    return tk


def cut(text: str) -> list[str]:
    """jieba words of `text` (concatenating them gives back `text`)."""
    return tokenizer().lcut(text, HMM=True)


def token_offsets(text: str) -> Iterator[tuple[int, int, str]]:
    start = 0
    for word in cut(text):
        yield start, start + len(word), word
        start += len(word)


@functools.lru_cache(maxsize=1)
def _pos_tokenizer():
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


def pos_tokens(text: str) -> list[dict]:
    """The word layer with jieba POS tags: [{"start", "end", "text", "pos"}]."""
    out = []
    start = 0
    for pair in _pos_tokenizer().lcut(text, HMM=True):
        word, flag = pair.word, pair.flag
        out.append({"start": start, "end": start + len(word), "text": word, "pos": flag})
        start += len(word)
    return out
