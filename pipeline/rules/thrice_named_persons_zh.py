"""A three-character name that a page writes three times or more, closed on both sides (PERSON): session 31
(w31zhper), a class read across the development sets (the subject of a local history, a memorial or a rising named
again and again with no title, and below the name-likeness reading: audit24, 28, 29 and 30).

person_repeated_names reads a surname + two characters written twice at a middling name-likeness (>= 4.0); a name
whose surname or given characters are rare in names (甘, 包, 柏 …) never reaches it, however often the page
repeats it. Here a single surname + two characters is PERSON at every mention where
- the page writes it three times or more, each mention closed: on the left a clause mark, the text's start, or a
  character that makes no dictionary word with the surname; on the right a mark, a function character
  (person_likeness.RIGHT_FUNCTION) or a dictionary word of two to four characters (X心中有气, X兵临城下, X自立);
- and it is no name-like word: the three characters are no dictionary word (person names aside), the surname and
  the first given character make none (成本, 方面), the two given characters no common one (排长, frequency >= 20),
  no place of the gazetteer; no given character a function, time, number or force character; the last none of a
  place, a route or a building (person_likeness.PLACE_ENDS, 沟, 路, 厅 …); the surname no preposition or
  adverb (向, 于, 区, 曾); no run of transliteration characters continuing it, and not the same character glued
  after (or before) every mention (马阿卜|都: part of a longer name).
Priority 11, below every other reading (the repeated-name reading is 12): a unit, an event, a facility or a
longer name over the same characters wins.
Cost: one regex pass (a surname class before two CJK characters, counted by collections.Counter) and a
str.find pass for each string written three times; about 0.2 s per 200,000 characters.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from pipeline.rules.names_common import is_han, known_places, surnames, translit_chars, word_frequency, word_info
from pipeline.rules.person_likeness import PLACE_ENDS, RIGHT_FUNCTION
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-thrice-named", 11
_MIN_MENTIONS = 3
_MARKS = set("，。、；：！？,.;:!?（）()「」『』“”‘’【】《》〈〉—…\n 　\t")
_NOT_GIVEN = set("的了是在有不也这那之其而于以为所和与及等被把对向从由率年月日时后前内外间处说称个们"
                 "一二三四五六七八九十百千万两部军师团旅营连排班队兵")
_THING_ENDS = set("路线道桥站馆院楼堂厂所局校场营口关门台塔亭阁殿寺庙祠陵墓碑洋海湾岛峡礁村庄镇乡县市省区"
                  "山河江湖岭沟渡厅州坪坡堡寨屯集铺店城")
_NOT_SURNAME = set("向于在从往到对将把被区曾班排")


def _word_like(name: str) -> bool:
    info = word_info().get(name)
    if info and not info[1].startswith("nr"):
        return True
    head = word_info().get(name[:2])
    if head and head[0] >= 20 and not head[1].startswith("nr"):
        return True         # 成本|华, 方面: the surname opens a word
    return word_frequency(name[1:]) >= 20 or name in known_places()


def _closed_right(text: str, end: int) -> bool:
    if word_frequency(text[end - 1:end + 1]) >= 20:
        return False        # 平汉铁|路, 陈某平|和: the last character opens a word
    after = text[end:end + 1]
    if not after or after in _MARKS or after in RIGHT_FUNCTION:
        return True
    return any(len(text[end:end + n]) == n and word_frequency(text[end:end + n]) >= 20 for n in (4, 3, 2))


def _closed_left(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _MARKS or word_frequency(text[start - 1:start + 1]) == 0


def _transliterated(text: str, start: int, end: int) -> bool:
    """The given characters and a neighbour are transliteration characters: part of a longer foreign name."""
    chars = translit_chars()
    return all(ch in chars for ch in text[start + 1:end]) and any(
        ch in chars for ch in (text[start - 1:start], text[end:end + 1]) if ch)


def _always_extended(text: str, starts: list[int]) -> bool:
    """Every mention has the same character glued after it, or the same before it (马阿卜|都, 马|阿卜都): the
    three characters are part of a longer name or word."""
    after = {text[at + 3:at + 4] for at in starts}
    before = {text[at - 1:at] for at in starts}
    return any(len(chars) == 1 and is_han(next(iter(chars)))
               for chars in (after, before))


@lru_cache(maxsize=1)
def _surname_re() -> re.Pattern:
    chars = "".join(sorted(ch for ch in surnames()[0] if ch not in _NOT_SURNAME and is_han(ch)))
    return re.compile("(?=([%s][\u4e00-\u9fff]{2}))" % re.escape(chars))


def find_thrice_named_persons(text: str) -> list[Candidate]:
    counts = Counter(_surname_re().findall(text))     # every surname + two characters, counted in C
    out: list[Candidate] = []
    for name, count in counts.items():
        if count < _MIN_MENTIONS or len(name) < 3 or not all(is_han(ch) for ch in name):
            continue
        if any(ch in _NOT_GIVEN for ch in name[1:]) or name[2] in _THING_ENDS or name[2] in PLACE_ENDS \
                or name[1] == "家" or _word_like(name):
            continue
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        kept = [at for at in starts if _closed_left(text, at) and _closed_right(text, at + 3)
                and not _transliterated(text, at, at + 3)]
        if len(kept) >= _MIN_MENTIONS and not _always_extended(text, kept):
            out.extend(Candidate(at, at + 3, "PERSON", SOURCE, PRIORITY) for at in kept)
    return out
