"""Romanised Chinese surnames and syllables for the English finder: `_syllables()` (capitalised surnames and
syllables in pinyin and Wade-Giles, the surnames read once with pypinyin and cached on disk) and
`_romanised_given` (a given name of one or two romanised syllables)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.rules.english_lexicon import read_rows


@lru_cache(maxsize=1)
def romanised_syllables() -> tuple[frozenset, frozenset]:
    """(capitalised romanised surnames, romanised syllables) in pinyin and Wade-Giles (plain)."""
    from pipeline.rules.english_lexicon import table_sources
    from pipeline.segment import cache_file, cached

    syllables = set()
    wg = {}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            pinyin = row[0].replace("ü", "v")
            syllables.update({pinyin, row[0].replace("ü", "u"), row[2]})
            wg[pinyin] = row[2]
    # reading every surname with pypinyin (and importing it) takes a fifth of a second: cached
    here = Path(__file__).resolve()
    key = [*table_sources(), f"{here}:{here.stat().st_size}:{here.stat().st_mtime_ns}"]
    surnames = set(cached(cache_file("english-surnames", *key), lambda: _romanised_surnames(wg)))
    # common postal/Cantonese spellings of surnames
    surnames.update({"Chiang", "Soong", "Tsai", "Hsueh", "Sun", "Yeh", "Kuo", "Teng", "Tu", "Wei", "Yen"})
    # the surname readings of characters pypinyin reads otherwise by default (曾 Zeng, 查 Zha, 朴 Piao, 翟 Zhai, 种 Chong)
    surnames.update({"Zeng", "Zha", "Piao", "Zhai", "Chong"})
    return frozenset(surnames), frozenset(syllables)


def _romanised_surnames(wg: dict[str, str]) -> list[str]:
    """Every Chinese surname of surnames_cn.txt in pinyin and in Wade-Giles, capitalised."""
    from pypinyin import Style, lazy_pinyin

    surnames = set()
    for row in read_rows("surnames_cn.txt"):
        surname = row[0].strip()
        if not surname:
            continue
        readings = lazy_pinyin(surname, style=Style.NORMAL, v_to_u=False)
        for joined in ("".join(readings), "".join(wg.get(r, r) for r in readings)):
            surnames.add(joined.replace("v", "u").capitalize())
    return sorted(surnames)


def romanised_given(given: str, syllables: frozenset) -> bool:
    """True when `given` is 1-2 romanised syllables ('Yue', 'Xianjue', 'Hsien-chueh')."""
    parts = re.split(r"-", re.sub(r"[\u2019']", "", given.lower()).replace("ü", "u"))
    if len(parts) > 2:
        return False
    if len(parts) == 2:
        return all(p in syllables for p in parts)
    word = parts[0]
    if word in syllables:
        return True
    # a joined pinyin name writes an apostrophe before a syllable opening with a vowel (Xi'an): 'Hoa' is no
    # ho + a (auditen6: the Vietnamese 'Hung Hoa' read as a Chinese name)
    return any(word[:i] in syllables and word[i:] in syllables and word[i] not in "aeo" for i in range(1, len(word)))
