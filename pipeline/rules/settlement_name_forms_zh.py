"""Settlements named by the shape of the record around them (session 24 label audit, s24zhper: county and
prefecture gazetteers, village-name records, Qing and Republican local histories). Grammar; no list of names.

- Paired villages by bearing. A North-China village that split in two keeps its old name behind a bearing
  (`东甲乙固` / `西甲乙固`, `前丙庄` / `后丙庄`, `南丁洼` / `北丁洼`): the village-name records of the plain
  (地名由来, 村名志) and the gazetteers' 村庄 lists write both halves. Where a name of 2-4 characters stands after a
  bearing character (东 西 南 北 前 后 上 下) and after ANOTHER bearing character elsewhere in the text, and the text
  shows it as a settlement (it ends in a village word 村 庄 屯 集 堡 寨 铺 店 坊 洼 圩 坪 湾, or is written with 村 after
  it somewhere), the bearing belongs to each name (GPE `东甲乙固`, not `甲乙固` after a stray 东; a 村 right after is
  kept: `西甲乙固村`). Not where the bearing character closes a known place or an ordinary word with the character
  before it (`河南|乙城` is no village `南乙城`), not for a known county or city (`江西|南昌`), not for a name ending in
  a seat word (县 州 府 市 省: `西旧县` is a bearing from a county's old seat), not for one-character names.
- A settlement glossed by its present jurisdiction: `甲乙埠（今属丙县丁镇）`, `甲乙村(现归丙县管辖)`: the
  gloss `（今属` / `（今归` / `（现属` / `（现归` / `（今隶` / `（原属` says the name before it is a place. The name
  runs back from the bracket over 2-4 characters to the end of a place the finders read, a preposition or
  verb of place (从 自 在 于 到 至 往 赴 经 由 之 的), a list mark, a clause mark, or a known place opening a longer
  run (`衢州|甲乙口（今属…`); an area word (地区, 一带) is no name. A name ending in a
  landform or water character (山 河 江 岭 湖 …) is left to the landform finders; one holding a function or
  number character is no name.
- A county read into a person: the surnames 向 and 于 are also the prepositions of direction and place; before a
  known county written with its suffix (`向甲县投递书函`, `于乙县设卡`) the suffix shows the place: GPE over the
  county, which outranks the name reader's `向甲县`. Given names do not end in 县. The longest known name counts with
  or without its suffix (`于醴陵县`, not the county `陵县` inside it; session 26). Not before 城/长/委/志/河/镇/区/政/立
  (the county's seat, head, committee, record … keep their own readings: `于X县城`).

PERSON is never proposed here. Priorities: GPE 34 (over the village and gazetteer readings at 30-33), the
county after 向/于 40 (over the framed name readers' 32).
Cost: one regex pass over the bearing characters, str.find of the paired names; str.find of the gloss words; a
regex over the text only where 向 or 于 is in it.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name, place_lexicon
from pipeline.rules.names_common import is_common_word, is_han
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:settlement-name-forms"
_CJK = "\u4e00-\u9fff"
_BEARINGS = "东西南北前后上下"
_VILLAGE_ENDS = frozenset("村庄屯集堡寨铺店坊洼圩坪湾")
_SEAT_ENDS = frozenset("县市州府省盟旗")


_BEARING_RE = re.compile(f"[{_BEARINGS}](?=[{_CJK}]{{2}})")


def _paired_bearings(text: str) -> list[Candidate]:
    stems: dict[str, set[str]] = {}
    for m in _BEARING_RE.finditer(text):
        at = m.start()
        for size in (4, 3, 2):
            stem = text[at + 1:at + 1 + size]
            if len(stem) == size and all(map(is_han, stem)):
                stems.setdefault(stem, set()).add(text[at])
    paired = {stem for stem, bearings in stems.items() if len(bearings) > 1 and _village_stem(text, stem)}
    if not paired:
        return []
    out: list[Candidate] = []
    places = place_lexicon()
    for stem in sorted(paired, key=len, reverse=True):
        at = text.find(stem)
        while at != -1:
            start, end = at - 1, at + len(stem)
            if start >= 0 and text[start] in _BEARINGS and not any(c.start <= start < c.end for c in out):
                pair = text[start - 1:start + 1] if start else ""
                if not (pair and (pair in places or is_common_word(pair, 50))):
                    if text[end:end + 1] == "村" and stem[-1] != "村":
                        end += 1
                    out.append(Candidate(start, end, "GPE", SOURCE, 34))
            at = text.find(stem, at + 1)
    return out


def _village_stem(text: str, stem: str) -> bool:
    """A stem the text shows as a settlement: it ends in a village word, or is written with 村/庄 after it."""
    if any(ch in _NOT_IN_NAME for ch in stem) or stem[-1] in _SEAT_ENDS \
            or stem in place_lexicon() and stem[-1] not in _VILLAGE_ENDS:
        return False
    return stem[-1] in _VILLAGE_ENDS or stem + "村" in text


_GLOSS_RE = re.compile(f"([{_CJK}]{{2,8}})(?=[（(](?:今属|今归|现属|现归|今隶|原属))")
_STOP_BEFORE = frozenset("从自在于到至往赴经由之的、，。；：及和与")
_LANDFORM_ENDS = frozenset("山河江岭湖海溪峰岛水川泉洞关")
_NOT_IN_NAME = frozenset("的了是在和与及等为以年月日人一二三四五六七八九十百千万第个这那其该我他")


def _glossed_settlements(text: str, found: list[Candidate]) -> list[Candidate]:
    if "今" not in text and "现" not in text and "原属" not in text:
        return []
    out: list[Candidate] = []
    ends = {c.end for c in found if c.label in ("GPE", "LOC")}
    for m in literal_finditer(_GLOSS_RE, text):
        end = m.end(1)
        start = end
        while start > m.start(1) and text[start - 1] not in _STOP_BEFORE and start not in ends:
            start -= 1
        if end - start > 4:
            start = _after_known_place(text, start, end)
        name = text[start:end]
        if not 2 <= len(name) <= 4 or name[-1] in _LANDFORM_ENDS or any(ch in _NOT_IN_NAME for ch in name) \
                or is_common_word(name, 50):        # 甲乙边|地区（今属…: an area word, not the name
            continue
        if start == m.start(1) and start > 0 and is_han(text[start - 1]) \
                and text[start - 1] not in _STOP_BEFORE and start not in ends:
            continue            # the run goes on further back than a name: no edge found
        out.append(Candidate(start, end, "GPE", SOURCE, 34))
    return out


def _after_known_place(text: str, start: int, end: int) -> int:
    """The start of the name after the longest known place that opens the run (衢州|甲乙口)."""
    places = place_lexicon()
    for cut in range(end - 2, start + 1, -1):
        if text[start:cut] in places:
            return cut
    return start


_PREP_COUNTY_RE = re.compile(f"[向于]([{_CJK}]{{1,3}}县)(?![城长委志河镇区政立])")   # 县立: a county's school (s26zhorg)


def _counties_after_prepositions(text: str) -> list[Candidate]:
    if "向" not in text and "于" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_PREP_COUNTY_RE, text):
        for start in range(m.start(1), m.end(1) - 1):       # the longest known name ending at the suffix
            stem = text[start:m.end(1) - 1]
            if is_gpe_name(text[start:m.end(1)]) or stem[-1] not in "区市省州镇乡" and is_gpe_name(stem):   # 醴陵|县, not 陵县 (s26zhorg)
                out.append(Candidate(start, m.end(1), "GPE", SOURCE, 40))
                break
    return out


def find_settlement_name_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    """Villages paired by bearing, settlements glossed by their jurisdiction, counties after 向/于 (working text)."""
    return _paired_bearings(text) + _glossed_settlements(text, found) + _counties_after_prepositions(text)
