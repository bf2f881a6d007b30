"""Russian and Soviet city names formed with -grad (格勒), as Chinese pages on the world wars write them
(session 12 audit, auditzh12).

`实际防守斯大林格勒的是第62集团军`, `列宁格勒被围`, `伏罗希洛夫格勒`: a run of transliteration characters
(lexicons/transliteration_chars.txt and 大, 伏, Xinhua conventions) followed by 格勒, the Xinhua rendering of -grad. Many such
cities are named after a person (Stalin, Lenin, Kalinin, Voroshilov, Kirov), and the person lexicon matched the
person inside the city's name (斯大林|格勒). `find_grad_cities(text)` (working text) proposes GPE for the run
(2-6 characters) with 格勒, priority 36 (above the person lexicon; the longer EVENT and MIL_UNIT names that hold
the city, 斯大林格勒战役 and 斯大林格勒方面军, outrank it). Anchored on the literal 格勒 (str.find).
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.rules.names_common import translit_chars
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-grad-city", 36
# 大 of 斯大林 (Stalin) and 伏 of 伏罗希洛夫 (Voroshilov) are transliteration characters of the Xinhua tables the shared list leaves out
_EXTRA_CHARS = "大伏"


@lru_cache(maxsize=1)
def _chars() -> frozenset[str]:
    return translit_chars() | frozenset(_EXTRA_CHARS)


def find_grad_cities(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("格勒")
    if at == -1:
        return out
    chars = _chars()
    while at != -1:
        start = at
        while start > 0 and at - start < 6 and text[start - 1] in chars:
            start -= 1
        if at - start > 2 and text[start] == "达" and start > 0 and text[start - 1] in "抵到":
            start += 1                     # 抵达|斯大林格勒: the verb's last character
        if at - start >= 2:
            out.append(Candidate(start, at + 2, "GPE", SOURCE, PRIORITY, {"id": None}))
        at = text.find("格勒", at + 2)
    return out
