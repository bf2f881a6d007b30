"""Sides of English MIL_UNIT spans from the whole document (pipeline.normalize.english `document_sides`): the
one side the document gives the same designation elsewhere, the side of the parent written with it, of a unit
coordinated with it, of a Japanese-named commander before or after it (`japanese_shaped`), the NRA's army groups
in a text about China, the Chinese Red Army in a text about the soviets."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_unit_values import normalize_unit_en
from pipeline.rules.english_lexicon import read_rows

# Between a parent and its subordinate: "the Eleventh Army's 58th Division" (parent first) or
# "the 58th Division of the (Japanese) Eleventh Army" (parent after).
_POSSESSIVE_GAP = re.compile(r"^['\u2019]s\s+$")
_OF_GAP = re.compile(r"^,?\s+(?:of|under)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")


def _member_keys(norm: dict) -> list[tuple]:
    key = (norm.get("echelon_key"), norm.get("prefix"))
    return [key + (n,) for n in norm.get("numbers") or ()]


# The Chinese Red Army's world (1927-1937) named in a document: its soviets, its base, its leaders, its march
# (auditen7). 'Red Army' alone there is the Chinese Workers' and Peasants' Red Army, not the Soviet one, unless the
# document names the Soviet Union's army or state too.
_CHINESE_RED_CONTEXT = re.compile(
    r"\b(?:Jiangxi|Kiangsi|Chinese|Central|Hubei-Henan-Anhui|Oyuwan)\s+Soviets?\b|\bLong\s+March\b"
    r"|\bEncirclement\s+Campaign|\bMao\s+(?:Zedong|Tse-tung|Tse-Tung)\b|\b(?:Zhu\s+De|Chu\s+Teh)\b")
_SOVIET_CONTEXT = re.compile(r"\bSoviet\s+(?:Union|Red\s+Army|Army|troops|forces)\b|\bUSSR\b|\bU\.S\.S\.R\b"
                             r"|\bWehrmacht\b|\bStalin\b|\bRussians?\b|\bKwantung\s+Army\b")


def _chinese_red_army(text: str, units: list[tuple[int, int, dict]], norms: list[dict]) -> None:
    """'Red Army' in a document about the Chinese soviets and none about the Soviet Union's army: 中国工农红军."""
    if "Red Army" not in text or not _CHINESE_RED_CONTEXT.search(text) or _SOVIET_CONTEXT.search(text):
        return
    for i, (start, end, _) in enumerate(units):
        if text[start:end] == "Red Army" and norms[i].get("name") == "苏联红军":
            norms[i] = {**norms[i], "side": "CCP", "name": "中国工农红军", "id": "CCP/named/中国工农红军",
                        "side_from": "document"}


# The Japanese name glossed in brackets right after an English designation, as order-of-battle pages write it:
# '31st Division (第31師団 Dai-sanjūichi Shidan)', '58th Infantry Regiment (歩兵第58聯隊)', '(Shidan)': a Japanese
# echelon word in kanji, Simplified or romaji among the gloss's first words makes the unit the IJA's (session 31).
_JAPANESE_GLOSS = re.compile(r"[ \t]*[(（][^()（）\n]{0,16}?(?:師団|师团|旅団|旅团|聯隊|联队|連隊|飛行戦隊"
                             r"|\b(?:Shidan|Ryodan|Ryōdan|Rentai|Hikō Sentai)\b)")


_JP_NAMED_UNIT = re.compile(r"([A-Z][a-z]{3,14})[ \t]+(?:Battalion|Detachment|Unit|Column)")


def _japanese_named(text: str, units: list[tuple[int, int, dict]], norms: list[dict]) -> None:
    """A formation named after a commander whose name is of Japanese shape ('the Takeshita Battalion'): the IJA's,
    with its echelon (大队, 支队) (auditen15)."""
    for i, (start, end, _) in enumerate(units):
        norm = norms[i]
        if norm.get("side") or norm.get("numbers"):
            continue
        found = _JP_NAMED_UNIT.fullmatch(text, start, end)
        if found and japanese_shaped(found.group(1)):
            norms[i] = {**normalize_unit_en(text[start:end], "", side="JP"), "numbers": [], "side": "JP",
                        "id": None, "side_from": "commander"}


def document_sides(text: str, units: list[tuple[int, int, dict]]) -> list[dict]:
    """Norms of English MIL_UNIT spans (in text order) with sides completed from the document.

    A unit written without a side takes (1) the one side the document gives the same
    designation elsewhere ('the Japanese 68th and 116th Divisions ... the 116th Division' -> JP,
    echelon 师团; norm side_from "document"), else (2) the side of the parent written with it
    ("the Eleventh Army's 58th Division", "the 58th Division of the 11th Army"; side_from
    "parent"). With two different sides for a designation the side stays None.
    """
    norms = [dict(n) for _, _, n in units]
    _chinese_red_army(text, units, norms)
    _japanese_named(text, units, norms)
    if not any(n.get("numbers") and n.get("side") is None for n in norms):
        return norms
    from pipeline.rules.english_sides_and_chains import written_sides  # noqa: PLC0415

    norms = written_sides(text, units, norms, normalize_unit_en)
    def side_keys(i: int) -> list[tuple]:
        # a unit with a side is keyed as read with it and as read without one: a side can change the echelon
        # (an ROC 'Corps' is a 军, echelon key army), and a mention without a side keeps the side-less key
        # ('the National Revolutionary Army's 29th Corps ... the 29th Corps')
        start, end, _ = units[i]
        return _member_keys(norms[i]) + _member_keys(normalize_unit_en(text[start:end]))

    sides: dict[tuple, set] = {}
    for i, norm in enumerate(norms):
        if norm.get("side") and not norm.get("side_from"):
            for key in side_keys(i):
                sides.setdefault(key, set()).add(norm["side"])

    def resolve(i: int, side: str, source: str) -> None:
        start, end, _ = units[i]
        norms[i] = {**normalize_unit_en(text[start:end], "", side=side), "side_from": source}

    for i, norm in enumerate(norms):
        if norm.get("numbers") and norm.get("side") is None:
            found = set().union(*(sides.get(k, set()) for k in _member_keys(norm)))
            if len(found) == 1:
                resolve(i, found.pop(), "document")
    def parents() -> None:
        for i, norm in enumerate(norms):
            if not norm.get("numbers") or norm.get("side") is not None:
                continue
            start, end, _ = units[i]
            if i > 0 and norms[i - 1].get("side") and _POSSESSIVE_GAP.match(text[units[i - 1][1]:start]):
                resolve(i, norms[i - 1]["side"], "parent")
            elif i + 1 < len(norms) and norms[i + 1].get("side") and _OF_GAP.match(text[end:units[i + 1][0]]):
                resolve(i, norms[i + 1]["side"], "parent")

    parents()
    for i, norm in enumerate(norms):
        if not norm.get("numbers") or norm.get("side") is not None:
            continue
        start, end, _ = units[i]
        previous = norms[i - 1] if i else None
        if previous and previous.get("side") and not previous.get("side_from") \
                and previous.get("echelon_key") == norm.get("echelon_key") \
                and _AND_GAP.match(text[units[i - 1][1]:start]):
            resolve(i, previous["side"], "coordinated")   # 'the Japanese 68th Division and the 116th Division'
        elif _JAPANESE_GLOSS.match(text, end):
            resolve(i, "JP", "gloss")                     # '31st Division (第31師団 Dai-sanjūichi Shidan)'
        elif _japanese_commander(text, end) or _japanese_commander_before(text, start):
            resolve(i, "JP", "commander")                 # 'the 21st Brigade under Major General Masao Nakamura'
        elif _chinese_commander(text, start, end):
            resolve(i, "ROC", "commander")                # "Fang Xianjue's 10th Corps", 'the 44th Corps under Liu Ruiqing'
    army_groups = [i for i, n in enumerate(norms) if n.get("echelon_key") == "army_group" and n.get("side") is None
                   and n.get("numbers")]
    chinese_units = any(n.get("side") in ("ROC", "CCP") for n in norms)
    if army_groups and (chinese_units or _CHINA_CUE.search(text)) and not _WESTERN_ARMY_GROUP_CUE.search(text):
        for i in army_groups:                             # the NRA's numbered 集团军 ('the XXth Army Group')
            resolve(i, "ROC", "document")
    _spread_found_sides(norms, resolve, side_keys)
    if any(n.get("numbers") and n.get("side") is None for n in norms):
        parents()       # once more: a parent's side found by its commander or as an army group ('of the 21st Army
        #                 under Lieutenant General Furusho Motoo', 'the 4th Army of the 27th Army Group')
    return norms


def _spread_found_sides(norms: list[dict], resolve, side_keys) -> None:
    """A side found for one mention by its parent or its commander ('the 3rd Tank Division of the IJA') is the side
    of the other mentions of the same designation without one ('The 3rd Tank Division began to attack'), when the
    document gives that designation no other side (auditen15)."""
    found: dict[tuple, set] = {}
    for i, norm in enumerate(norms):
        if norm.get("side"):
            for key in side_keys(i):
                found.setdefault(key, set()).add(norm["side"])
    for i, norm in enumerate(norms):
        if norm.get("numbers") and norm.get("side") is None:
            sides = set().union(*(found.get(k, set()) for k in _member_keys(norm)))
            if len(sides) == 1:
                resolve(i, sides.pop(), "document")


# A numbered army group written without a side is the NRA's 集团军 in a text about China, unless the text is
# about the Western Allies or Germany, whose army groups (集团军群) were numbered or lettered too.
# (plain alternations of capitalised words: scanned fast, no word bounds needed for these forms)
_CHINA_CUE = re.compile(r"Chinese|China|Nationalist|Kuomintang|KMT|NRA|National\s+Revolutionary\s+Army")
_WESTERN_ARMY_GROUP_CUE = re.compile(r"Allied|Allies|American|U\.S\.|German|Wehrmacht|Europe|SEAC|"
                                     r"Montgomery|Bradley|Eisenhower|Slim\b|Giffard")


# An infobox commander with his formation in brackets: 'Rensuke Isogai (10th Division)'.
_COMMANDER_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]*\($")


def _japanese_commander_before(text: str, start: int) -> bool:
    found = _COMMANDER_BEFORE.search(text, max(0, start - 40), start)
    if bool(found) and japanese_shaped(found.group(1)) and japanese_shaped(found.group(2)):
        return True
    owner = _OWNER_BEFORE.search(text, max(0, start - 30), start)   # "Yamauchi's 15th Division"
    return bool(owner) and japanese_shaped(owner.group(1)) and owner.group(1) not in _western_surnames()


_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,14})['\u2019]s[ \t]+(?:own[ \t]+)?$")


@lru_cache(maxsize=1)
def _western_surnames() -> frozenset:
    """Last words of the non-Japanese two-word names of persons.tsv ('Orde Wingate' -> Wingate): a Japanese-shaped
    word that is a known Western surname is no Japanese commander."""
    found = set()
    for row in read_rows("persons.tsv"):
        for form in (row[2].split(",") if len(row) >= 3 else []):
            parts = form.split()
            if len(parts) >= 2 and not all(japanese_shaped(p) for p in parts):
                found.add(parts[-1])
    return frozenset(found)


_AND_GAP = re.compile(r"^,?\s+(?:and|&)\s+(?:the\s+)?$")
_COMMANDER = re.compile(
    r",?\s+(?:under|of|commanded\s+by|led\s+by)\s+(?:(?:Lieutenant|Major|Brigadier)[\s-]+General\s+|General\s+"
    r"|Lt\.\s*Gen\.\s+|Maj\.\s*Gen\.\s+|Colonel\s+|Col\.\s+)?([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])")
# A romanised Japanese name word (Hepburn syllables: consonant(s), vowel, optional n): Anami,
# Korechika, Shunroku, Yokoyama; not Bruce, Scott, Stilwell, nor pinyin words with x, q, zh or -ng.
# (a doubled consonant inside the word: Tesshu, Hattori, Ikki, Seppuku)
JAPANESE_WORD = re.compile(r"(?:(?:(?<=[aiueon])(?:ssh|tch|kk|tt|pp)|ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyrw])?[aiueo][aiueoō]?n?"
                            r"(?![aiueo])){2,6}", re.I)


def japanese_shaped(word: str) -> bool:
    """True for a word of four letters or more made of romanised Japanese syllables."""
    return len(word) > 3 and JAPANESE_WORD.fullmatch(word) is not None


def _japanese_commander(text: str, end: int) -> bool:
    """A unit followed by its commander's name in Japanese form ('under Major General Masao Nakamura')."""
    found = _COMMANDER.match(text, end)
    return bool(found) and japanese_shaped(found.group(1)) and japanese_shaped(found.group(2))


# A unit owned or led by a commander with a romanised Chinese name (surname + one or two syllables): the NRA's, in
# a text about the war with Japan (auditen15: "Fang Xianjue's 10th Corps" = 第10军, not a 兵团). The owner before
# ("Wang Kaiming's 85th Corps") or the commander after ('the 44th Corps under General Liu Ruiqing'); a name of
# Japanese shape is none, nor a text about the Communists' armies (their side is not the NRA's).
_CHINESE_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{0,5})[ \t]+([A-Z][a-z]{1,11}(?:-[a-z]{1,6})?)['\u2019]s[ \t]+(?:own[ \t]+)?$")
_COMMUNIST_CUE = re.compile(r"Communist|Eighth Route|New Fourth|Red Army|PLA\b|CCP\b|Peng Dehuai|Lin Biao|Zhu De|Mao Ze|Mao Tse")


def _chinese_name(surname: str, given: str) -> bool:
    from pipeline.rules.english_syllables import romanised_given, romanised_syllables  # noqa: PLC0415

    surnames, syllables = romanised_syllables()
    if surname not in surnames or not romanised_given(given, syllables):
        return False
    return not (japanese_shaped(surname) and japanese_shaped(given.replace("-", "")))


def _chinese_commander(text: str, start: int, end: int) -> bool:
    owner = _CHINESE_OWNER_BEFORE.search(text, max(0, start - 32), start)
    found = (owner and _chinese_name(owner.group(1), owner.group(2))) or (
        (after := _COMMANDER.match(text, end)) and _chinese_name(after.group(1), after.group(2)))
    return bool(found) and not _COMMUNIST_CUE.search(text)
