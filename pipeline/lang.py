"""Language detection per document and per paragraph ("zh", "en", "mixed", "other").

Counts letters by script with precompiled regexes: CJK ideographs count as Chinese,
ASCII/Latin letters as English. A text is mixed when the minority script holds a
real share of the letters (Chinese characters carry ~2.5x the information of a Latin
letter, so they are weighted). Other scripts (kana alone, Cyrillic, ...) are "other".
"""

from __future__ import annotations

import re
from collections import Counter

_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_OTHER_LETTER = re.compile(r"[^\W\d_A-Za-z\u00c0-\u024f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\r?\n)[^\n]*)*")

CJK_WEIGHT = 2.5          # one ideograph ~ one short English word's worth of letters
MINORITY_SHARE = 0.2      # below this share the minority language is quoted material


def _weights(text: str) -> tuple[float, float, float]:
    # count each distinct character once (C-speed Counter), then classify the distinct ones:
    # findall over a whole book would build a list of millions of one-character strings
    counts = Counter(text)
    distinct = "".join(counts)
    zh = sum(counts[c] for c in _CJK.findall(distinct)) * CJK_WEIGHT
    en = float(sum(counts[c] for c in _LATIN.findall(distinct)))
    other = float(sum(counts[c] for c in _OTHER_LETTER.findall(distinct)))
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


def split_language_runs(text: str) -> list[tuple[int, int, str]]:
    """Split text into paragraphs (blank-line separated) and label each.

    Returns (start, end, lang) covering every paragraph; adjacent paragraphs of the
    same language are merged. A paragraph that is itself mixed stays "mixed": the
    caller runs both finders on it (English finder on the whole run, Chinese
    finders on its CJK stretches).
    """
    runs: list[tuple[int, int, str]] = []
    for match in _PARAGRAPH.finditer(text):
        if not match.group().strip():
            continue
        lang = detect_language(match.group())
        if runs and runs[-1][2] == lang:
            runs[-1] = (runs[-1][0], match.end(), lang)
        else:
            runs.append((match.start(), match.end(), lang))
    return runs


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
