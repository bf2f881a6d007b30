"""Places no lexicon holds, written in English text (issue 8, real-dev3-en): villages and small towns.

- a capitalised word made of two to four romanised Chinese syllables (pinyin or plain Wade-Giles), one of
  them spelt as only Chinese spells (x, q, zh, ao, ou, ie, uo, ..., a final -ng), right
  after a word of place (`at Nanpingji`, `near Sudong`, `south of Gaojiazhuang`) or in a list after one
  (`at Guanghan, Qionglai, Pengshan, and Xinjin`), or Wade-Giles syllables joined by hyphens (`near
  Tsao-chia-tien`): GPE. Not a word followed by another capitalised word
  (`in Nazi Germany`, `at Chen Cheng's headquarters` belong to other rules), nor a possessive;
- Korean villages and towns named with the suffixes -ri / -ni / -dong (`Hagaru-ri`, `Yudam-ni`): GPE;
- hills and heights named by their height (`Hill 312`, `Point 5120`): LOC;
- Malay villages named with the word for village before the name (`Kampong Slim`, `Kampung Baru`; auditen9): GPE,
  stronger than a surname or a place read inside it (`Slim` is no person there).

Weaker than every lexicon and rule name (priority 30): a word any other finder tags keeps its label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

VILLAGE_PRIORITY = 30
# A word of place before the name; the name run may be a list ('at A, B, and C').
_PLACE_WORD = r"(?:at|near|in|from|to|towards?|around|outside|into|via|through|of|beyond|reached|captured|took)"
_WORD = r"[A-Z][a-z]{1,16}(?:-[a-z]{1,8}){0,2}"      # Nanpingji, and Wade-Giles Pai-shih-chieh
VILLAGE_RUN_RE = re.compile(
    rf"[ \t\n(]{_PLACE_WORD}[ \t]+(?P<run>{_WORD}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+){_WORD}){{0,6}})"
    rf"(?![\w'\u2019-]|[ \t]+[A-Z])")
# (a structure named after the village is the structure's: 'Kampong Bahru Road', 'Kampong Slim Station' are none)
_STRUCTURE = r"(?:Road|Station|Bridge|Estate|Camp|Airfield|Aerodrome|Jetty|Ferry|Track|Line|Railway|Mosque|School|Hospital)"
MALAY_VILLAGE_RE = re.compile(rf"(?<![\w-])Kamp[ou]ng[ \t]+(?!{_STRUCTURE}\b)[A-Z][a-z]{{1,15}}"
                              rf"(?:[ \t]+(?!{_STRUCTURE}\b)[A-Z][a-z]{{1,15}})?(?![\w'\u2019-]|[ \t]+{_STRUCTURE}\b)")
HILL_NUMBER_RE = re.compile(r"(?<![\w-])(?:Hill|Point)[ \t]+(?:No\.[ \t]?)?\d{2,4}[A-Z]?(?![\w-])")  # Hill 58A, Hill No. 180
KOREAN_VILLAGE_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{1,12}-(?:ri|ni|dong)(?![\w-])")


# A syllable only Chinese spells this way (English words made of syllables like 'chi-ne-se', 'hu-man',
# 'chan-ge' hold none): x, q, zh, a diphthong of pinyin or a final -ng.
_MARKED = re.compile(r"x|q|zh|ao|ou|iu|uo|ie|ia|ua|ng$")


def _pinyin_shaped(word: str, syllables: frozenset) -> bool:
    """True for a word that splits into 2-4 known syllables (each of two letters or more), one of them
    marked as Chinese."""
    word = word.lower()

    def split(rest: str, parts: int, marked: bool) -> bool:
        if not rest:
            return parts >= 2 and marked
        if parts == 4:
            return False
        return any(rest[:i] in syllables and split(rest[i:], parts + 1, marked or bool(_MARKED.search(rest[:i])))
                   for i in range(min(6, len(rest)), 1, -1))

    return split(word, 0, False)


@lru_cache(maxsize=4096)
def village_word(name: str) -> bool:
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415  (english imports this module)

    surnames, syllables = romanised_syllables()
    if "-" in name:                   # Wade-Giles syllables joined by hyphens: each one a syllable
        return all(part in syllables for part in name.lower().split("-"))
    return len(name) >= 4 and name not in surnames and _pinyin_shaped(name, syllables)


def find_villages(text: str, out: list) -> None:
    for m in VILLAGE_RUN_RE.finditer(text):
        for word in re.finditer(_WORD, m.group("run")):
            name = word.group()
            if not village_word(name):
                continue
            start = m.start("run") + word.start()
            out.append(Candidate(start, start + len(name), "GPE", "rule:en_village", VILLAGE_PRIORITY, {}))
    if "-ri" in text or "-ni" in text or "-dong" in text:
        for m in KOREAN_VILLAGE_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_village", VILLAGE_PRIORITY, {}))
    if "Hill " in text or "Point " in text:
        for m in literal_finditer(HILL_NUMBER_RE, text):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_hill", VILLAGE_PRIORITY + 10, {}))
    if "Kampong" in text or "Kampung" in text:
        for m in MALAY_VILLAGE_RE.finditer(text):
            out[:] = [c for c in out if not (m.start() <= c.start and c.end <= m.end())]
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_malay_village", VILLAGE_PRIORITY + 30, {}))
