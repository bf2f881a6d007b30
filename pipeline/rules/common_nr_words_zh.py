"""Ordinary words that jieba's dictionary tags as person names (nr), read as a name by a heuristic PERSON reader:
no PERSON (session 32, w32zhper2: cross-set reading of the development sets' false persons).

jieba 0.42.1's dictionary (MIT) tags some 4,500 two-character words `nr`, and most of those of some frequency are
ordinary words: 晋升 "promote" (566), 凌空 "in the air" (340), 高阶 "high-ranking" (55), 明白, 文明, 阳光, 卫星, 封锁.
`is_common_word` exempts every `nr` word (the proper-name tag), so the readers of a surname + given name after a
title, a person noun or before a verb of a person (排长|晋升至军长, 少将|高阶参谋, 凌空|督战) take them as names. The
check that tells the two apart is the name-likeness of the characters (person_likeness.name_likeness: the log-odds,
from five public NER corpora, that the first character starts a name and the second ends one): of the two-character
`nr` words of frequency 40 or more that no person lexicon lists (about 1,400), the ones below 2.0 are ordinary words
but for a handful of ancient names (商鞅, 白起, 华佗, 程颢) and foreign ones (列宁, 安娜, 但丁: left alone below),
while the names of the dictionary score well above (曹操 8.1, 岳飞 6.4, 张飞 7.5, 王英 7.2, 李鹏 13.2).

`drop_common_nr_persons(text, candidates)` (working text, Simplified; run by the reconcile stage before it chooses)
removes every PERSON candidate of a rule (not of a person lexicon) that is such a word, or such a word and two more
characters (凌空督战: a single surname and three given characters make no Chinese name). Such a word: jieba tags it
`nr` with frequency NR_FLOOR (10) or more, its name-likeness is below LIKENESS_CEILING (2.0), no person lexicon lists
it, it is no Japanese surname (surnames_jp*.txt: 小林, 小泉), no compound surname (诸葛, 司马), no temple name (太祖,
神宗) and not both its characters are transliteration characters. The other readings of the same characters then
compete as before. Measured (session 32): development sets -5 false PERSON (real-dev4, real-heldout2, real-heldout3),
no true span lost; the audits' held-out pool unchanged. Cost: one pass over the candidates, a dictionary read for
each PERSON of two or four characters.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.rules.names_common import is_han, japanese_surnames, person_forms, translit_chars, word_info
from pipeline.rules.person_likeness import name_likeness
from pipeline.rules.person_name_ends import surname_at
from pipeline.spans import Candidate

NR_FLOOR = 10
LIKENESS_CEILING = 2.0
# readers whose frame itself says the word is a name, whatever its characters: a given name after 讳 in a genealogy
# (次子讳仁德), a reign title opening a clause before a verb of ruling (雍正命…: the emperor)
VOUCHED_SOURCES = frozenset({"rule:taboo-given-name", "rule:reign-emperor"})


def common_nr_word(word: str) -> bool:
    """`word` (two characters, Simplified) is an ordinary word jieba tags nr: 晋升, 凌空, 高阶; not 曹操, 王英, 列宁."""
    entry = word_info().get(word)
    if not entry or entry[1] != "nr" or entry[0] < NR_FLOOR or word in person_forms() or word in _japanese():
        return False    # a listed name, or a Japanese surname (小林, 小泉, 加藤) read by the Japanese name readers
    if _compound_surname(word):
        return False    # 诸葛, 司马, 慕容: a compound surname, the start of a name (诸葛亮)
    if word[1] in "宗祖帝":
        return False    # 文宗, 太祖, 神宗: an emperor's temple name, a PERSON
    translit = translit_chars()
    if word[0] in translit and word[1] in translit:
        return False    # 列宁, 安娜, 但丁: a transliterated foreign name
    return name_likeness(word, 0, 2, 1) < LIKENESS_CEILING


def _compound_surname(word: str) -> bool:
    return surname_at(word, 0) == 2


@lru_cache(maxsize=1)
def _japanese() -> frozenset[str]:
    return japanese_surnames()


def _word_led(text: str, start: int, end: int) -> bool:
    """text[start:end] is the word itself, or the word and two more Han characters read as a name of three given
    characters (凌空|督战 after 总司令): a single surname and three given characters make no Chinese name. A word and one
    more character is left alone (盛世|坤: surname 盛, given name 世坤)."""
    if end - start == 2:
        return True
    return end - start == 4 and all(is_han(ch) for ch in text[start:end]) and text[start:end] not in person_forms()


def drop_common_nr_persons(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less each rule's PERSON that is an ordinary word jieba tags nr (common_nr_word)."""
    drop = [k for k, c in enumerate(candidates)
            if c.label == "PERSON" and c.end - c.start in (2, 4) and not c.source.startswith("lexicon")
            and c.source not in VOUCHED_SOURCES
            and common_nr_word(text[c.start:c.start + 2]) and _word_led(text, c.start, c.end)]
    if not drop:
        return candidates
    gone = set(drop)
    return [c for k, c in enumerate(candidates) if k not in gone]
