"""Wade-Giles written with its diacritics: the circumflex of ê and the breve of ŭ (session 13, auditen6).

Scholarly Wade-Giles (Wade 1867, Giles 1892; the romanisation_wg.tsv table) writes the vowel of 曾, 陳, 鄭 as ê
("Tsêng Kuo-fan", "Ch'ên Yi", "Chêng Ch'êng-kung") and of 子 as ŭ ("Tz'ŭ-hsi"). Books of 1900-1960 and their
Wikisource transcriptions print them so; every name finder reads the plain forms ("Tseng Kuo-fan") and the
person lexicons list them, so the marked names were lost whole.

`wade_giles_marks(text)` gives the working text with those vowels plain (same length, offsets unchanged), only
in word-parts that ARE a Wade-Giles syllable with the mark where Wade-Giles puts it (the table's second column:
tsêng, ch'ên, jên, shêng ...) and only where the word is part of a Wade-Giles name shape:
- a hyphenated given name of syllables ("Kuo-fan", "Ch'êng-kung", "Tz'ŭ-hsi"), or
- a capitalised syllable before such a given name ("Tsêng" of "Tsêng Kuo-fan"), or carrying an aspirate
  apostrophe ("Ch'ên" of "Ch'ên Yi": Vietnamese has no apostrophe);
and then, in the same document, every other stand-alone occurrence of a capitalised word so read ("Tsêng wrote").
Vietnamese words share the letters (Nguyên, Tuyên, Lê, Yên): no part is touched within 40 characters of a letter
only Vietnamese uses (ơ, ư, đ, ă and the letters with a dot below or a hook above).

`aspiration_marks(text)`: Wade-Giles aspiration marks typed as a backtick, a turned comma or an opening quote inside a
word (`Tso Tsung-t`ang`, `T‘ai-p‘ing`) read as the apostrophe (one character for one: offsets are kept), so the
romanised names and places are found as when typed with `'`; first seen by auditing fresh English pages (session 10,
helper auditen1; moved here from english_audit_forms in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.english_lexicon import read_rows

_MARKED = "êÊŭŬ"
_PLAIN = str.maketrans("êÊŭŬ", "eEuU")
_PART = r"[A-Za-zêÊŭŬüÜ]{1,6}(?:['\u2019][a-zêŭü]{1,5})?"
# a name of syllables: a capitalised first part, hyphenated parts after it (no letters of other alphabets)
_COMPOUND_RE = re.compile(rf"(?<![\w'\u2019-])(?P<w>{_PART}(?:-{_PART}){{0,2}})(?![\w'\u2019-])")
_VIETNAMESE = re.compile("[ơƠưƯđĐăĂ\u1ea0-\u1ef9]")


@lru_cache(maxsize=1)
def _marked_syllables() -> frozenset:
    """The Wade-Giles syllables written with ê or ŭ (the table's second column), apostrophe as ', and the
    ŭ forms of the apical syllables the table prints plain (tzŭ, tz'ŭ, ssŭ, szŭ)."""
    out = {"tzŭ", "tz'ŭ", "ssŭ", "szŭ"}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3 and any(ch in row[1] for ch in _MARKED):
            out.add(row[1].replace("\u2019", "'"))
    return frozenset(out)


@lru_cache(maxsize=1)
def _syllables() -> frozenset:
    out = set()
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            out.add(row[2])
            out.add(row[1].replace("\u2019", "'").replace("ü", "u").translate(_PLAIN).replace("'", ""))
    return frozenset(out)


def _syllable(part: str) -> bool:
    plain = part.lower().replace("\u2019", "'")
    return plain.replace("'", "").replace("ü", "u").translate(_PLAIN) in _syllables()


def _marked(part: str) -> bool:
    return any(ch in part for ch in _MARKED) and part.lower().replace("\u2019", "'") in _marked_syllables()


_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyzêÊŭŬüÜ'\u2019-")
_MARKED_RE = re.compile(f"[{_MARKED}]")


def _marked_compounds(text: str):
    """The compounds (_COMPOUND_RE) around each marked letter: searched from the letters, not the whole text."""
    done = -1
    for hit in _MARKED_RE.finditer(text):
        if hit.start() < done:
            continue
        start = hit.start()
        while start > 0 and text[start - 1] in _TOKEN_CHARS:
            start -= 1
        end = hit.end()
        while end < len(text) and text[end] in _TOKEN_CHARS:
            end += 1
        done = end
        m = _COMPOUND_RE.match(text, start)
        if m and m.end() == end:
            yield m


def wade_giles_marks(text: str) -> str:
    """`text` with ê/ŭ of Wade-Giles names written plain (same length); unchanged where there are none."""
    if not any(ch in text for ch in _MARKED):
        return text
    chars = list(text)
    read_words: set[str] = set()
    for m in _marked_compounds(text):
        word = m.group("w")
        if _VIETNAMESE.search(text, max(0, m.start() - 40), m.end() + 40):
            continue
        parts = word.split("-")
        if len(parts) > 1:
            ok = all(_syllable(p) for p in parts) and any(_marked(p) for p in parts)
        else:
            ok = _marked(word) and word[0].isupper() and (
                "'" in word or "\u2019" in word or _given_after(text, m.end()))
        if not ok:
            continue
        for i in range(m.start(), m.end()):
            if text[i] in _MARKED:
                chars[i] = text[i].translate(_PLAIN)
        if len(parts) == 1:
            read_words.add(word)
    out = "".join(chars)
    for word in read_words:   # the same surname alone elsewhere ('Tsêng wrote to his brother')
        out = re.sub(rf"(?<![\w'\u2019-]){re.escape(word)}(?![\w-])", word.translate(_PLAIN), out)
    return out


_GIVEN_AFTER = re.compile(rf"[ \t]+(?P<g>(?=[A-Z]){_PART}-{_PART})(?![\w'\u2019-])")


def _given_after(text: str, end: int) -> bool:
    """A hyphenated given name of syllables right after `end` ('Tsêng| Kuo-fan')."""
    m = _GIVEN_AFTER.match(text, end)
    return bool(m) and all(_syllable(p) for p in m.group("g").split("-"))


_ASPIRATION_RE = re.compile("(?<=[A-Za-z])[`\u02bb\u2018](?=[a-z])")


def aspiration_marks(text: str) -> str:
    """`text` with the Wade-Giles aspiration marks ` and \u02bb (and \u2018 between letters) as '; same length."""
    if "\u02bc" in text:       # the modifier letter apostrophe is an apostrophe: `Riflesʼ`, `Divisionʼs`, `Chʼen` (r19en)
        text = text.replace("\u02bc", "\u2019")
    if "`" in text or "\u02bb" in text or "\u2018" in text:
        return _ASPIRATION_RE.sub("'", text)
    return text
