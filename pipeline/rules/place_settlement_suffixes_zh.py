"""Villages and market towns named with their settlement word (session 12 audit of encyclopedia pages, auditzh9).

Campaign pages name the villages and market towns fought over with the settlement word that is part of the name
(guideline 6: a place suffix written with the name stays inside). `find_settlement_suffixes(text)` (working text,
Simplified) proposes GPE for:

- a place the lexicons know (2-3 characters; a town's short form: 顺河 of 顺河镇) written with a market-town word right after it: 顺河集, 南田铺,
  半塔集, 大柳店, 石门寨 — 集 铺 圩 店 寨 — when the word does not go on into an ordinary word (集中, 集结,
  铺设, 店员, 寨子: jieba's dictionary decides);
- a family village, a single-character surname + 家 + a settlement or landform word: 张家洼, 杨家坊, 李家湾,
  王家坪 (with a 村 after it: 刘家坪村) — the form of most North-China village names (X家庄, X家村, X家堡 are left to the
  village finders). Not when 家 + the next character is an ordinary word
  (家庭, 家属, 家乡 are no village heads: 洼 坊 湾 集 店 铺 寨 岗 坪 沟 窝 峪 坡 沱 are).

Candidates are GPE at 31: above the gazetteer (30), which read only the place before the settlement word; below
every unit, person and organisation rule. Cost: str.find of the five market-town words and of 家; a dictionary
look-up where one is found.
"""

from __future__ import annotations

from pipeline.rules.names_common import known_places, surnames, word_info
from pipeline.rules.place_towns import tables as _town_tables
from pipeline.spans import Candidate

SOURCE = "rule:place-settlement-suffix"
PRIORITY = 31
_TOWN_WORDS = "集铺圩店寨"
# X家庄/村/堡 are read by the village finders; 巷 浜 埭 桥 墩 name the family villages of the Jiangnan water country
# (瞿家巷, 陈家浜, 沈家埭, 周家桥, 李家墩; auditzh21: county annals and the New Fourth Army's local histories)
_VILLAGE_HEADS = set("洼坊湾集店铺寨岗坪沟窝峪坡沱巷浜埭桥墩宅角行")   # 宅角行: 顾家宅, 陈家角, 刘家行 (Shanghai county, s20zhlab)


# a preposition, verb of place or mark that opens a place name right after it
_OPENERS = frozenset("经至到在于从由向往抵占攻克守驻过进入出、，,。；;：:（(\n 和与及")


def _goes_on(text: str, at: int) -> bool:
    """The character at `at` starts an ordinary word with the next one (集中, 铺设, 庄稼, 村民)."""
    entry = word_info().get(text[at:at + 2])
    return bool(entry) and entry[0] >= 20 and not entry[1].startswith("ns")


def _ordinary(word: str) -> bool:
    """A word of jieba's dictionary that is no place name."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 3 and not entry[1].startswith("ns")


def _town_names(text: str, out: list[Candidate]) -> None:
    places, towns = known_places(), _town_tables()[2]     # the gazetteers' names; the towns' short forms
    for word in _TOWN_WORDS:
        at = text.find(word, 2)
        while at != -1:
            if not _goes_on(text, at):
                for size in (3, 2):
                    stem = text[at - size:at] if at >= size else ""
                    if (stem in places or stem in towns and word_info().get(stem, (0,))[0] < 20) and all("\u4e00" <= ch <= "\u9fff" for ch in stem) \
                            and not _ordinary(text[at - size:at + 1]):
                        start = at - size
                        if stem[0] in "和与及" and (text[start + 1:at + 1] in places or text[start + 1:at + 2] in places):
                            break     # 甲村和新店镇: the conjunction joins the next known town, no town 和新 (s23zhname)
                        if size == 2 and start >= 2 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                                and text[start - 1] not in _OPENERS and text[start - 2] in _OPENERS \
                                and word_info().get(text[start - 2:start], (0,))[0] < 20:
                            start -= 1    # 经甲河铺寨: a known place inside a longer name the opener bounds (r18zhplace)
                        out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY, {"id": None}))
                        break
            at = text.find(word, at + 1)


def _family_villages(text: str, out: list[Candidate]) -> None:
    single, _ = surnames()
    at = text.find("家", 1)
    while at != -1:
        manchu = text[at + 1:at + 3] in ("窝堡", "窝棚")     # 韩家窝堡, 李家窝棚: the Manchurian village words (auditzh39)
        if at + 1 < len(text) and text[at + 1] in _VILLAGE_HEADS and text[at - 1] in single \
                and (text[at + 1] == "宅" or not _goes_on(text, at)) and (manchu or not _goes_on(text, at + 1)) \
                and not _ordinary(text[at - 2:at]) and not _ordinary(text[at - 1:at + 2]):
            end = at + 3 if text[at + 2:at + 3] == "村" and not _goes_on(text, at + 2) else at + 2   # 刘家坪村
            if manchu:
                end = at + 3
            out.append(Candidate(at - 1, end, "GPE", SOURCE, PRIORITY, {"id": None}))
        at = text.find("家", at + 1)


def find_settlement_suffixes(text: str) -> list[Candidate]:
    """GPE candidates of the two forms in the module doc."""
    out: list[Candidate] = []
    if any(word in text for word in _TOWN_WORDS):
        _town_names(text, out)
    if "家" in text:
        _family_villages(text, out)
    return out
