"""Korean peaks and Chinese provinces with a compass word, in English text.

`find_peak_compass_places(text, out)` (LOC): a Korean peak after a preposition ('on Paektu-san'); a Chinese province
with a capitalised compass word ('Northern Kiangsu').

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.spans import Candidate

# ----------------------------------------------------------------------------- places
# a Korean mountain or peak named with its suffix after a preposition ('on Paektu-san', 'toward Kaya-san', 'atop
# Sobaek-bong'); not a Japanese honorific ('Tanaka-san said'), which follows no preposition
KOREAN_PEAK_RE = re.compile(r"(?<![\w-])(?:on|of|to|toward|towards|near|atop|from|at|up|below|above|around|beyond)[ \t]+"
                            r"(?P<p>[A-Z][a-z]{1,12}-(?:san|bong|sanmaek))(?![\w-])")
# a province of China with a capitalised compass word ('Northern Kiangsu', 'West Hunan'): a region (LOC)
COMPASS_PROVINCE_RE = re.compile(r"(?<![\w-])(?P<r>(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)"
                                 r"[ \t]+(?P<p>[A-Z][a-z]{2,12}(?:-[a-z]{2,8})?))(?![\w-])")
COMPASS_ANCHOR = re.compile(r"(?:North|South|East|West|Central)(?:ern)?[ \t]+[A-Z]")


@lru_cache(maxsize=1)
def _province_forms() -> frozenset:
    from pipeline.rules.english_lexicon import read_rows  # noqa: PLC0415

    return frozenset(form for row in read_rows("places_en.tsv") if len(row) >= 4 and row[2] == "province"
                     for form in row[3].split("|"))


def find_peak_compass_places(text: str, out: list) -> None:
    if "-san" in text or "-bong" in text:
        for m in KOREAN_PEAK_RE.finditer(text):
            out.append(Candidate(m.start("p"), m.end("p"), "LOC", "rule:en_korean_peak", 41, {}))
    for anchor in COMPASS_ANCHOR.finditer(text):
        m = COMPASS_PROVINCE_RE.match(text, anchor.start())
        if m and m.group("p") in _province_forms():
            out.append(Candidate(m.start("r"), m.end("r"), "LOC", "rule:en_compass_province", 41, {}))
