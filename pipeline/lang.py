"""Language detection per document and per paragraph ("zh", "en", "mixed", "other").

Counts letters by script with precompiled regexes: CJK ideographs count as Chinese,
ASCII/Latin letters as English. A text is mixed when the minority script holds a
real share of the letters (Chinese characters carry ~2.5x the information of a Latin
letter, so they are weighted). Other scripts (kana alone, Cyrillic, ...) are "other".
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?![ \t]*\r?\n)[^\n]*)*")   # lines up to a blank line

CJK_WEIGHT = 2.5          # one ideograph ~ one short English word's worth of letters
MINORITY_SHARE = 0.2      # below this share the minority language is quoted material


_COUNTED: list = [None, {}]
NUMPY_COUNT_FROM = 512
NUMPY_CHUNK = 1 << 20


def char_counts(text: str) -> dict[str, int]:
    """How often each character occurs in `text` (the counts of `Counter(text)`), kept for the
    last text counted (a document's script and its language are read from the same counts);
    not to be modified.

    A long text is counted by numpy over its code points (a Counter makes a string object per
    character); a short one (a paragraph) by a Counter, cheaper below ~500 characters."""
    if _COUNTED[0] is not text:
        if len(text) < NUMPY_COUNT_FROM:
            counted = Counter(text)
        else:   # a chunk at a time: a book's code points at 4 bytes each would hold tens of MB at once
            counted = Counter()
            for at in range(0, len(text), NUMPY_CHUNK):
                codes, counts = np.unique(np.frombuffer(
                    text[at:at + NUMPY_CHUNK].encode("utf-32-le", "surrogatepass"), dtype="<u4"),
                    return_counts=True)
                distinct = codes.astype("<u4").tobytes().decode("utf-32-le", "surrogatepass")
                counted.update(dict(zip(distinct, counts.tolist())))
        _COUNTED[0], _COUNTED[1] = text, counted
    return _COUNTED[1]


def _weights(text: str) -> tuple[float, float, float]:
    # count each distinct character once, then classify the distinct ones:
    # findall over a whole book would build a list of millions of one-character strings
    counts = char_counts(text)
    distinct = "".join(counts)
    zh = sum(map(counts.__getitem__, _CJK.findall(distinct))) * CJK_WEIGHT
    en = float(sum(map(counts.__getitem__, _LATIN.findall(distinct))))
    other = float(sum(map(counts.__getitem__, _OTHER_LETTER.findall(distinct))))
    return zh, en, other


def detect_language(text: str) -> str:
    """Return "zh", "en", "mixed" or "other" for a document or paragraph."""
    zh, en, other = _weights(text)
    total = zh + en + other
    if total == 0:
        return "other"
    if other > zh + en:
        return "other"
    if zh == 0:
        return "en" if en else "other"
    if en == 0:
        return "zh"
    minority = min(zh, en) / (zh + en)
    if minority < MINORITY_SHARE:
        return "zh" if zh > en else "en"
    return "mixed"


# A sentence ends after 。！？； (or their ASCII forms followed by a space or a Chinese character)
# or at a line break; sentences are only cut out of paragraphs that hold both scripts.
# (a stop after a lone capital, a name's initial, ends no sentence: Robert H. Soule — session 21, r21names)
_SENTENCE = re.compile(
    r"[^\n。！？；]*?(?:[。！？；]+[”」』）)]?|(?<![\s·.][A-Z])[.!?;]+[\"'”’)]?(?=\s|[\u3400-\u9fff])|\n|$)"
)
_MIN_RUN_LETTERS = 2


def split_language_runs(text: str) -> list[tuple[int, int, str]]:
    """Split text into language runs: (start, end, lang) in text order.

    Paragraphs (blank-line separated) are labelled as a whole; a paragraph holding both
    Chinese characters and Latin words is cut into sentences, each labelled on its own, so an
    English sentence inside a Chinese paragraph is an "en" run (issue 11). Adjacent runs of
    the same language are merged. A sentence that is itself mixed (`The Battle of Hengyang
    (衡阳保卫战) lasted 47 days`) stays "mixed": callers run the English finder on it too.
    """
    runs: list[tuple[int, int, str]] = []

    def add(start: int, end: int, lang: str) -> None:
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], end, lang)
        else:
            runs.append((start, end, lang))

    for match in PARAGRAPH_RE.finditer(text):
        paragraph = match.group()
        if not paragraph.strip():
            continue
        if not (_CJK.search(paragraph) and _LATIN_WORD.search(paragraph)):
            add(match.start(), match.end(), detect_language(paragraph))
            continue
        for start, end, lang in _sentence_runs(paragraph):
            add(match.start() + start, match.start() + end, lang)
    return runs


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


# An English phrase of two words or more inside a Chinese sentence (美军第14航空队（Fourteenth Air
# Force）): its own "en" run, so the English finder sees it.
_LATIN_PHRASE = re.compile(r"[A-Za-z][A-Za-z0-9'\u2019.&-]{0,40}(?:[ \t]+[A-Za-z0-9][A-Za-z0-9'\u2019.&-]{0,40}){1,30}")


def _english_inside(piece: str, offset: int) -> list[tuple[int, int, str]]:
    """A Chinese sentence cut around the English phrases it holds: [(start, end, lang)]."""
    out, last = [], 0
    for m in _LATIN_PHRASE.finditer(piece):
        end = m.end()
        while end > m.start() and piece[end - 1] in ".,-'\u2019":
            end -= 1
        if m.start() > last:
            out.append((offset + last, offset + m.start(), "zh"))
        out.append((offset + m.start(), offset + end, "en"))
        last = end
    if last < len(piece):
        out.append((offset + last, offset + len(piece), "zh"))
    return out


def _sentence_runs(paragraph: str) -> list[tuple[int, int, str]]:
    """(start, end, lang) of the sentences of one paragraph; a piece without letters joins the
    run before it (or the one after it, at the start)."""
    pieces: list[tuple[int, int, str | None]] = []
    for match in _SENTENCE.finditer(paragraph):
        if match.end() == match.start():
            continue
        piece = match.group()
        zh, en, other = _weights(piece)
        lang = detect_language(piece) if zh + en + other >= _MIN_RUN_LETTERS else None
        if lang == "zh" and en:
            pieces.extend(_english_inside(piece, match.start()))
            continue
        pieces.append((match.start(), match.end(), lang))
    runs: list[tuple[int, int, str]] = []
    pending = None
    for start, end, lang in pieces:
        if lang is None:
            if runs:
                runs[-1] = (runs[-1][0], end, runs[-1][2])
            elif pending is None:
                pending = start
            continue
        if pending is not None:
            start, pending = pending, None
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], end, lang)
        else:
            runs.append((start, end, lang))
    if pending is not None:
        runs.append((pending, len(paragraph), detect_language(paragraph)))
    # trailing spaces and line breaks stay outside a run that is followed by another one
    trimmed = []
    for i, (start, end, lang) in enumerate(runs):
        while end > start and paragraph[end - 1].isspace():
            end -= 1
        nxt = runs[i + 1][0] if i + 1 < len(runs) else None
        while nxt is not None and nxt < len(paragraph) and paragraph[nxt].isspace():
            nxt += 1
        if nxt is not None:
            runs[i + 1] = (nxt, runs[i + 1][1], runs[i + 1][2])
        trimmed.append((start, end, lang))
    return trimmed


_CJK_RUN = re.compile(
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff"
    r"\u3000-\u303f\uff00-\uffef0-9０-９]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
    r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff\u3000-\u303f\uff00-\uffef0-9０-９]*"
)


def cjk_runs(text: str) -> list[tuple[int, int]]:
    """Stretches of Chinese (ideographs with CJK punctuation and digits) inside any text.

    For English text quoting Chinese (`the 10th Army (第十军)`): run the Chinese
    finders on these stretches and shift their offsets by `start`.
    """
    return [(m.start(), m.end()) for m in _CJK_RUN.finditer(text)]


def quotes_traditional(text: str) -> bool:
    """True when the Chinese characters of a (mostly non-Chinese) text include Traditional-only ones
    (`the Defence of Hengyang (衡陽保衛戰)`): the text is then tagged through a t2s working copy."""
    chars = "".join({c for start, end in cjk_runs(text) for c in text[start:end] if _CJK.match(c)})
    if not chars:
        return False
    from pipeline.script import convert_text

    return convert_text(chars, "t2s") != chars
