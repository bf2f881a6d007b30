"""Places of the old romanisations written in hyphenated syllables, in English text.

`find_syllable_places(text, out)` (GPE): a place written in hyphenated syllables ('from Feng-hwang-cheng', 'at
Tsi-nan-fu', 'Niu-chwang'), every part a Wade-Giles, pinyin or Postal syllable, after a preposition of place or ending
in a syllable that names a town (-cheng 城, -fu 府, -chow 州, -hsien 县 …); not after a capitalised word (the given
name of 'Li Hung-chang').

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.spans import Candidate

# a place of the old romanisations written in hyphenated syllables ('from Feng-hwang-cheng', 'at Tsi-nan-fu',
# 'Niu-chwang'): every part a Wade-Giles, pinyin or Postal syllable, after a preposition of place or ending in a
# syllable that names a town (-cheng 城, -fu 府, -chow 州, -hsien 县, -kou 口, -chwang/-chuang 庄 ...); not after a
# capitalised word (the given name of 'Li Hung-chang')
WG_PLACE_RE = re.compile(r"(?<![\w'\u2019.-])(?P<p>[A-Z][a-z]{0,5}(?:-[a-z]{1,6}){1,3})(?![\w'\u2019-])")
WG_ANCHOR = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,6}-|(?:at|to|from|near|in|of|towards|toward|via|reached|took|occupied)"
                       r"[ \t]+[A-Z][a-z]{0,5}-[a-z]")
POSTAL_SYLLABLES = frozenset("hwang chwang kwang shwang chow kiang kien kin tsin tsi kiu kia kiao kiung hien sze tze tsze "
                             "chwan kwan kwei kwo hwa hwai hwei shui yeh yung tsing tsung tsao tsai tsan tsang tseng tso "
                             "tsu tsui tsun kai kan kang kao ki kiang keng ku kuo ngan ngao nganhwei".split())
PLACE_FINALS = frozenset("cheng fu chow chou hsien hsian kou tun chwang chuang chen shan kiang ho wei tze chi ning "
                         "yang ping an tai pu tien".split())
PLACE_PREPS = frozenset("at to from near in of towards toward via reached took occupied entered captured".split())


@lru_cache(maxsize=1)
def _romanised_syllables() -> frozenset:
    from pipeline.rules.english_romanise import romanised_syllables  # noqa: PLC0415
    return frozenset(romanised_syllables()) | POSTAL_SYLLABLES


def find_syllable_places(text: str, out: list) -> None:
    if "-" not in text or not WG_ANCHOR.search(text):
        return
    syllables = _romanised_syllables()
    for m in WG_PLACE_RE.finditer(text):
        parts = m.group("p").lower().split("-")
        if not all(p in syllables for p in parts):
            continue
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, m.start() - 16):m.start()])
        if before and before.group(1)[0].isupper() and before.group(1) not in ("At", "To", "From", "Near", "In", "Of", "Via"):
            continue                        # 'Li Hung-chang', 'Chiang Kai-shek'
        prep = before is not None and before.group(1).lower() in PLACE_PREPS
        if prep or (parts[-1] in PLACE_FINALS and len(parts) >= 3):
            out.append(Candidate(m.start("p"), m.end("p"), "GPE", "rule:en_romanised_place", 38))
