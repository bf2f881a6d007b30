"""Wade-Giles and Postal spellings of Chinese place names, generated from the Chinese gazetteers.

Wartime English writes Chinese places in Wade-Giles (`Heng-yang`, `I-ch'ang`, printed plain as
`Hengyang`, `Ichang`, or with the apostrophe moved: `I'chang`) or in the Postal romanisation
(`Hengchow`, `Kiukiang`). `generated_places()` spells every prefecture, county and historical name
of the Chinese gazetteers (gazetteer_cn.tsv, places_historical.tsv) that way: pypinyin gives the
pinyin syllables, romanisation_wg.tsv the Wade-Giles ones; the Postal system's regular endings are
applied (州 -chow, 江 -kiang); the pinyin spelling is added too. `syllable_variants(form)` gives the hyphen and apostrophe spellings of a
two-syllable form (`Ichang` -> `I-chang`, `I'chang`). No spelling shorter than six letters is
generated (five with the pinyin apostrophe: `Lu'an`), nor one listed in COMMON_WORDS (spellings that are also
English words or names). Polyphonic characters take their place-name reading (PLACE_READINGS: 宁都 `Ningdu`).
The forms of places_en.tsv come first: a generated spelling never overrides them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows

# Postal endings that follow from the character (Chinese Postal Map Romanisation, 1906).
POSTAL_CHARS = {"州": "chow", "江": "kiang"}
GAZETTEER_KINDS = {"prefecture", "county"}
HISTORICAL_KINDS = {"city", "county", "town", "prefecture"}
# Generated spellings that are English words or common Western names.
COMMON_WORDS = frozenset("""Changing Hanging Singing Sinking Linking Lingering Chinchin Panama Tanning Penning
Pinning Sunning Hunting Ranking Banking Boxing Jingle Xinhua Sinning Chinning""".split())
ADMIN_SUFFIXES = set("市县区省旗盟")
# Readings of polyphonic characters in place names where pypinyin's default reading is another word's (auditen7):
# 都 is du in every place name (宁都 Ningdu, 于都 Yudu, 都匀 Duyun; pypinyin: dou, the adverb), 长 is chang
# (长治 Changzhi, 长葛 Changge, 子长 Zichang; pypinyin: zhang, "to grow") except in 长子 Zhangzi, 朝 is chao
# (朝阳 Chaoyang; pypinyin: zhao, "morning"), 佛 is fo (佛冈 Fogang, 佛坪 Foping; pypinyin: fu).
PLACE_READINGS = {"都": "du", "长": "chang", "朝": "chao", "佛": "fo"}
PLACE_READING_EXCEPTIONS = ("长子",)
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,3}$")


@lru_cache(maxsize=1)
def _wg_table() -> dict[str, str]:
    """pinyin syllable (ü as v) -> plain Wade-Giles syllable."""
    table = {}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            table[row[0].replace("ü", "v")] = row[2]
    return table


@lru_cache(maxsize=1)
def romanised_syllables() -> frozenset[str]:
    table = _wg_table()
    return frozenset(table) | frozenset(table.values()) | frozenset(s.replace("v", "u") for s in table)


def wade_giles_forms(zh: str) -> set[str]:
    """Wade-Giles (plain, hyphenated) and Postal spellings of a Chinese name, capitalised."""
    from pypinyin import Style, lazy_pinyin

    readings = lazy_pinyin(zh, style=Style.NORMAL, v_to_u=False, errors="ignore")
    if len(readings) == len(zh) and not zh.startswith(PLACE_READING_EXCEPTIONS):
        readings = [PLACE_READINGS.get(char, reading) for char, reading in zip(zh, readings)]
    table = _wg_table()
    if len(readings) != len(zh) or not all(r in table for r in readings):
        return set()
    wg = [table[r] for r in readings]
    postal = [POSTAL_CHARS.get(char, syl) for char, syl in zip(zh, wg)]
    pinyin = [r.replace("v", "u") for r in readings]
    forms = {"".join(wg).capitalize(), "-".join(wg).capitalize(), "".join(postal).capitalize(),
             "".join(pinyin).capitalize(), "".join(map(_postal_syllable, postal)).capitalize()}
    if any(r[0] in "aoe" for r in pinyin[1:]):       # the pinyin apostrophe: Huai'an, Tai'erzhuang
        for mark in ("'", "\u2019"):
            forms.add((pinyin[0] + "".join(mark + r if r[0] in "aoe" else r for r in pinyin[1:])).capitalize())
    # a pinyin spelling with its apostrophe is no English word: five letters are enough (Ji'an 吉安, Lu'an 六安)
    return {f for f in forms if (len(f.replace("-", "")) >= 6 or ("'" in f or "\u2019" in f) and len(f) >= 5)
            and f not in COMMON_WORDS}


# The Postal system's regular spellings of Wade-Giles finals and initials (Chinese Postal Map Romanisation, 1906):
# -ou as -ow (包头 Paotow, 营口 Yingkow), u as w after k and h before a vowel (潼关 Tungkwan, 归化 Kweihwa, 广 Kwang),
# hs as s (西宁 Sining, 湘 Siang).
_POSTAL_FINALS = ((re.compile(r"ou$"), "ow"), (re.compile(r"^([kh])u(?=[aei])"), r"\1w"), (re.compile(r"^hs"), "s"))


def _postal_syllable(syllable: str) -> str:
    for pattern, replacement in _POSTAL_FINALS:
        syllable = pattern.sub(replacement, syllable)
    return syllable


def syllable_variants(form: str) -> set[str]:
    """`Ichang` -> {`I-chang`, `I'chang`, `I’chang`} when the form splits into two syllables one way only."""
    if not re.fullmatch(r"[A-Z][a-z]{3,11}", form):
        return set()
    syllables = romanised_syllables()
    lower = form.lower()
    splits = [i for i in range(1, len(lower)) if lower[:i] in syllables and lower[i:] in syllables]
    if len(splits) != 1:
        return set()
    head, tail = form[: splits[0]], form[splits[0]:]
    return {f"{head}-{tail}", f"{head}'{tail}", f"{head}\u2019{tail}"}


@lru_cache(maxsize=1)
def pinyin_syllables() -> frozenset[str]:
    return frozenset(s.replace("v", "u") for s in _wg_table())


def pinyin_apostrophe_forms(form: str) -> set[str]:
    """`Taierzhuang` -> {`Tai'erzhuang`, `Tai’erzhuang`}: the pinyin apostrophe before a syllable that
    begins with a, o or e (Hanyu Pinyin orthography), when the form splits into syllables one way only."""
    if not re.fullmatch(r"[A-Z][a-z]{4,17}", form):
        return set()
    syllables = pinyin_syllables()
    lower = form.lower()
    # best[i] = (fewest syllables for lower[:i], how many segmentations reach that, one of them);
    # the fewest-syllable reading is the one the pinyin spelling means (Xian is xian, not xi'an)
    inf = len(lower) + 1
    best: list[tuple[int, int, list[int]]] = [(0, 1, [])] + [(inf, 0, [])] * len(lower)
    for end in range(1, len(lower) + 1):
        for start in range(max(0, end - 6), end):
            if best[start][1] and lower[start:end] in syllables:
                size, count, cuts = best[start][0] + 1, best[start][1], best[start][2] + [start]
                if size < best[end][0]:
                    best[end] = (size, count, cuts)
                elif size == best[end][0]:
                    best[end] = (size, min(2, best[end][1] + count), best[end][2])
    _, count, cuts = best[len(lower)]
    cuts = [c for c in cuts if c > 0 and lower[c] in "aoe"]
    if count != 1 or not cuts:
        return set()
    out = set()
    for mark in ("'", "\u2019"):
        spelled = form
        for cut in reversed(cuts):
            spelled = spelled[:cut] + mark + spelled[cut:]
        out.add(spelled)
    return out


@lru_cache(maxsize=1)
def generated_places() -> dict[str, tuple[str, str]]:
    """Generated English spelling -> (label, Chinese name) for Chinese prefectures, counties and
    historical places."""
    names: list[tuple[str, str]] = []
    prefectures: set[str] = set()
    for row in read_rows("gazetteer_cn.tsv"):
        if len(row) >= 4 and row[3] in GAZETTEER_KINDS and _CJK.match(row[0]) and row[0][-1] not in ADMIN_SUFFIXES:
            names.append((row[0], row[1]))
            if row[3] == "prefecture":
                prefectures.add(row[0])
    for row in read_rows("places_historical.tsv"):
        if len(row) >= 4 and row[3] in HISTORICAL_KINDS and _CJK.match(row[0]):
            names.append((row[0], row[1]))
    # a spelling two places share names the prefecture before the county (Huai'an 淮安, not Hebei's county 怀安;
    # auditen7): the prefectures are spelled first, the rest in the gazetteers' order
    names.sort(key=lambda name: name[0] not in prefectures)
    table: dict[str, tuple[str, str]] = {}
    for zh, label in names:
        for form in wade_giles_forms(zh):
            table.setdefault(form, (label, zh))
            if zh in prefectures and "-" not in form and "'" not in form and "\u2019" not in form:
                table.setdefault(form + "fu", (label, zh))     # the seat of a Qing prefecture: Paotingfu 保定府
    return table
