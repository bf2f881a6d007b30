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
import hashlib
import itertools
import logging
import importlib.util
import marshal
import os
import re
from math import log
import tempfile
from pathlib import Path
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
    "places_foreign.tsv",
    "places_physical.tsv",
    "places_taiwan.tsv",
    "places_korea.tsv",
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


def cache_file(kind: str, *parts: str) -> Path:
    """A cache file in the temp dir, named by a hash of what it was built from."""
    digest = hashlib.sha1("\0".join(parts).encode("utf-8")).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"zhanji-{kind}-{digest}.marshal"


def _jieba_dict_path() -> Path:
    """jieba's dictionary file, found without importing jieba: its import (pkg_resources with it) costs about 0.1 s,
    and a rules-only run reads the dictionary from the caches below without ever segmenting."""
    spec = importlib.util.find_spec("jieba")
    if spec is None or spec.origin is None:
        import jieba    # raises the ImportError the import would

        return Path(jieba.__file__).resolve().parent / "dict.txt"
    return Path(spec.origin).resolve().parent / "dict.txt"


def cached(path: Path, build):
    """Load a marshalled value from `path`, or build it and store it atomically."""
    try:
        return marshal.loads(path.read_bytes())  # much faster than marshal.load(file)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            marshal.dump(value, handle)
        os.replace(tmp, path)
    except OSError:  # a read-only temp dir only costs the cache
        pass
    return value


def _below_warning(record: logging.LogRecord) -> bool:
    return record.levelno >= logging.WARNING


def quiet_jieba() -> None:
    """Silence jieba's own logger ("Building prefix dict ...", also from spaCy's jieba tokenizer), without importing
    jieba (see _jieba_dict_path): its logger's level is what jieba.setLogLevel sets, and a filter on it outlasts the
    DEBUG level jieba gives the logger when it is imported later."""
    logger = logging.getLogger("jieba")
    logger.setLevel(logging.WARNING)
    if _below_warning not in logger.filters:
        logger.addFilter(_below_warning)


@functools.lru_cache(maxsize=1)
def tokenizer():
    """The process-wide jieba tokenizer with the project's user dictionary.

    Its prefix dictionary (jieba's own plus the user dictionary) is cached in
    the temp dir, keyed by the user dictionary and jieba's version, which
    loads about three times faster than jieba's own cache.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    entries = userdict_entries()
    dict_path = _jieba_dict_path()
    key = (jieba.__version__, str(dict_path.stat().st_size), str(USER_FREQ),
           "\n".join(word for word, _ in entries))

    def build():
        tk = jieba.Tokenizer()
        tk.initialize()
        for word, _ in entries:
            tk.add_word(word, freq=max(USER_FREQ, tk.FREQ.get(word, 0) or 0))
        return tk.FREQ, tk.total

    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = cached(cache_file("jieba", *key), build)
    tk.initialized = True
    return tk


@functools.lru_cache(maxsize=1)
def word_info() -> dict:
    """jieba's dictionary as word → (frequency, part of speech), words of 2–4 characters.

    Rules use it to tell ordinary words (高度, 坚守) from name material.
    """
    dict_path = _jieba_dict_path()

    def build():
        info = {}
        with open(dict_path, encoding="utf-8") as handle:
            for line in handle:
                parts = line.split()
                if len(parts) >= 3 and 2 <= len(parts[0]) <= 4:
                    info[parts[0]] = (int(parts[1]), parts[2])
        return info

    return cached(cache_file("wordinfo", str(dict_path), str(dict_path.stat().st_size)), build)


def dictionary_table(kind: str, build):
    """`build()`, a table read from jieba's dictionary (word_info) and the pipeline's lexicons, kept in the temp dir
    between runs under the version of the code and lexicons (regex_cache.code_version) and the dictionary's path and
    size, as place_towns.tables is (session 34, w34speed): each such table read the dictionary's 350,000 words again at
    every run's start (20-80 ms each, a quarter of a second for the six of them). A value marshal can write
    (frozensets, tuples of them)."""
    from pipeline.regex_cache import code_version

    dict_path = _jieba_dict_path()
    return cached(cache_file(kind, code_version(), str(dict_path), str(dict_path.stat().st_size)), build)


@functools.lru_cache(maxsize=None)
def single_char_words(tags: tuple[str, ...], min_freq: int) -> frozenset[str]:
    """One-character words of jieba's dictionary with one of `tags` as part of speech and at
    least `min_freq` frequency (走, 攻, 由 for verbs and prepositions), cached like word_info."""
    dict_path = _jieba_dict_path()

    def build():
        chars = []
        with open(dict_path, encoding="utf-8") as handle:
            for line in handle:
                if line[1] == " ":  # one-character entries only
                    parts = line.split()
                    if len(parts) >= 3 and parts[2] in tags and int(parts[1]) >= min_freq:
                        chars.append(parts[0])
        return chars

    key = cache_file("chars", str(dict_path), str(dict_path.stat().st_size), ",".join(tags),
                      str(min_freq))
    return frozenset(cached(key, build))


# jieba's HMM glues unknown characters into new "words" (often a name plus the verb after
# it); tagging does not need them, and without them entity edges fall on token edges more
# often (46 → 13 split tokens on the bundled article) and segmentation is 25 % faster.
TAGGING_HMM = False


# jieba's own block and whitespace patterns (jieba.re_han_default, jieba.re_skip_default)
_RE_HAN = re.compile("([\u4E00-\u9FD5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)
_ASCII_ALNUM = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")


_PREFIX = object()   # a dictionary entry of frequency 0: only the prefix of longer words
_UNSEEN = object()
_KNOWN_MAX = 300_000  # strings looked up (words, prefixes, misses as None) kept at most
_LOG_SCORES: list = [None, None, {}]   # the freq dict and logtotal they are for, the scores


def _log_scores(freq: dict, logtotal: float) -> dict:
    """word -> log(freq) - logtotal (_PREFIX: frequency 0, None: not in `freq`) for the
    strings looked up so far."""
    if _LOG_SCORES[0] is not freq or _LOG_SCORES[1] != logtotal:
        _LOG_SCORES[:] = [freq, logtotal, {}]
    return _LOG_SCORES[2]


def _cut_block(block: str, freq: dict, logtotal: float, out: list) -> None:
    """jieba's exact DAG + max-probability route without HMM (Tokenizer.__cut_DAG_NO_HMM),
    with the DAG and the route computed in one loop and no per-character generators; each
    word's log(freq) - logtotal is computed once per process (the same floats)."""
    n = len(block)
    nexts = _route(block, freq, logtotal)
    x, buf = 0, ""
    while x < n:
        y = nexts[x] + 1
        word = block[x:y]
        if y - x == 1 and word in _ASCII_ALNUM:
            buf += word
        else:
            if buf:
                out.append(buf)
                buf = ""
            out.append(word)
        x = y
    if buf:
        out.append(buf)


def _route(block: str, freq: dict, logtotal: float) -> list[int]:
    """nexts[k]: where the word starting at k ends (inclusive) on the best route."""
    n = len(block)
    known = _log_scores(freq, logtotal)
    if len(known) > _KNOWN_MAX:
        known.clear()
    get, fget = known.get, freq.get
    scores = [0] * (n + 1)
    nexts = list(range(n + 1))
    unknown = log(1) - logtotal   # a character jieba does not know: a word of its own
    for k in range(n - 1, -1, -1):
        word = block[k]
        lp = get(word, _UNSEEN)
        if lp is _UNSEEN:
            f = fget(word)
            lp = known[word] = None if f is None else (log(f) - logtotal if f else _PREFIX)
        if lp is None:
            scores[k] = unknown + scores[k + 1]
            continue
        best = None if lp is _PREFIX else lp + scores[k + 1]
        best_x = k
        i = k + 1
        while i < n:
            word = block[k:i + 1]
            lp = get(word, _UNSEEN)
            if lp is _UNSEEN:
                f = fget(word)
                lp = known[word] = None if f is None else (log(f) - logtotal if f else _PREFIX)
            if lp is None:
                break
            if lp is not _PREFIX:
                score = lp + scores[i + 1]
                if best is None or score >= best:   # max((score, x)): a tie goes to the larger x
                    best, best_x = score, i
            i += 1
        if best is None:
            best = unknown + scores[k + 1]
        scores[k] = best
        nexts[k] = best_x
    return nexts


def _block_bounds(block: str, freq: dict, logtotal: float) -> set[int]:
    """Offsets in `block` where _cut_block's words start (runs of one-character ASCII
    letter/digit words are one word there)."""
    nexts = _route(block, freq, logtotal)
    bounds = set()
    n, x, ascii_run = len(block), 0, False
    while x < n:
        y = nexts[x] + 1
        single = y - x == 1 and block[x] in _ASCII_ALNUM
        if not (single and ascii_run):
            bounds.add(x)
        ascii_run = single
        x = y
    return bounds


def cut(text: str) -> list[str]:
    """jieba words of `text` for tagging (concatenating them gives back `text`).

    Without HMM this is jieba's own dictionary segmentation (Tokenizer.cut with
    HMM=False), recomputed by `_cut_block` about twice as fast; tests compare the two.
    """
    if TAGGING_HMM:
        return tokenizer().lcut(text, HMM=True)
    tk = tokenizer()
    freq, logtotal = tk.FREQ, log(tk.total)
    out: list[str] = []
    blocks = _RE_HAN.split(text)   # odd items are the matches of the capturing pattern
    for j, block in enumerate(blocks):
        if not block:
            continue
        if j & 1:
            _cut_block(block, freq, logtotal, out)
        elif len(block) == 1:     # one character: a word of its own, whitespace or not
            out.append(block)
        else:
            for piece in _RE_SKIP.split(block):
                if _RE_SKIP.match(piece):
                    out.append(piece)
                else:
                    out.extend(piece)
    return out


def inside_words(text: str, positions) -> set[int]:
    """The positions among `positions` that fall inside a word of `cut(text)` (not on a
    word boundary), segmenting only the blocks that hold one: what tagging needs to count
    split tokens without segmenting the whole text."""
    inner = sorted(p for p in set(positions) if 0 < p < len(text))
    out: set[int] = set()
    if TAGGING_HMM:
        return set(inner) - set(itertools.accumulate(map(len, cut(text)), initial=0))
    if not inner:
        return out
    tk = tokenizer()
    freq, logtotal = tk.FREQ, log(tk.total)
    i, n = 0, len(inner)
    for match in _RE_HAN.finditer(text):
        start, end = match.span()
        while i < n and inner[i] <= start:   # before this block (or on its edge)
            p = inner[i]
            if text[p - 1] == "\r" and text[p] == "\n":  # cut() keeps \r\n one token
                out.add(p)
            i += 1
        if i == n:
            break
        if inner[i] >= end:
            continue
        bounds = _block_bounds(match.group(), freq, logtotal)
        while i < n and inner[i] < end:
            if inner[i] - start not in bounds:
                out.add(inner[i])
            i += 1
    for p in inner[i:]:
        if text[p - 1] == "\r" and text[p] == "\n":
            out.add(p)
    return out


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
