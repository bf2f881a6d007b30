"""Schools, academies and hospitals named by a proper stem no lexicon holds (ORG), in Chinese working text (session 33,
w33zhorgev: cross-set reading of the ORG misses of audit22-30 and real-dev*). Grammar; no names.

- A stem of two to four Han characters that is no word jieba knows (a house name, a founder's or donor's name, an old
  place name: `某某医院`, `鹤龄英华中学`-like names) + a head of a school or hospital (医院, 中学, 小学, 大学, 书院, 学堂)
  is one ORG, the stem opened by a clause edge or bracket, a function character (的, 在, 由 …), 旧 (the old X) or a
  verb word (`机场对面的某某医院`, `(某某医院住院部地址)`, `附设旧某某书院`). The golds of audit23, audit26, audit27
  and audit28 read such names whole; the head finders need a known place, prefix or listed name before the head.
- Not: a stem holding a function or counting character, a numeral or any ordinary two-character word (`教会医院`,
  `野战医院`, `陆军医院`, `附近中学`: kinds, no names), a stem a place opens (the place-led finders read those), a level or
  founder word alone (`县立中学`, `私立小学`), a head inside a longer word (`大学生`, `中学部`), a stem a person's name
  or another name covers.

Priority 38 (above the gazetteer's places; below the head finders, persons and units).
Cost: one literal scan for the heads; most texts have none.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han, known_places, verb_word
from pipeline.spans import Candidate

_HEAD_RE = re.compile("医院|中学|小学|大学|书院|学堂")
_STOP = set("的了在是和与及或至到于从向自经由将把被对为也都即今原属辖设等各该本全其此这那每我你他她之而并有无以"
            "个些名第所座家间"
            "入进赴往考读任")          # 入|某某大学, 并入|县医院: a verb of entering opens no name
_NUMERALS = set("一二三四五六七八九十百两0123456789")
_LEVEL_WORDS = frozenset("县立 省立 市立 区立 乡立 镇立 公立 私立 国立 官立 教会 女子 男子 师范 陆军 海军 空军 西医 中医".split())
_AFTER_HEAD = set("生长士部校区")           # 大学生, 中学部, 医院长: the head is part of a longer word
_OPENING = set("旧")                        # 附设旧|某某书院: the old X
_LABELS_COVERING = frozenset(("PERSON", "ORG", "MIL_UNIT", "EVENT", "FAC", "GPE"))


def _clean(stem: str) -> bool:
    if any(ch in _STOP or not is_han(ch) for ch in stem) or stem[0] in _NUMERALS:
        return False
    if stem in _LEVEL_WORDS or stem[:2] in _LEVEL_WORDS:
        return False
    if any(stem[:size] in known_places() for size in (2, 3)):
        return False            # 北平|某某大学: a place opens it, the place-led finders read it
    return not any(is_common_word(stem[k:k + 2], 50, ("nr", "ns")) for k in range(len(stem) - 1))


def _opened(text: str, at: int) -> bool:
    if at == 0:
        return True
    before = text[at - 1]
    return not is_han(before) or before in _STOP or before in _OPENING or verb_word(text[at - 2:at], 300)


def find_proper_institution_names(text: str, found) -> list[Candidate]:
    """ORG candidates of the class above (`found`: the candidates of the finders run before)."""
    if not any(ch in text for ch in "院学堂"):
        return []
    out: list[Candidate] = []
    for m in _HEAD_RE.finditer(text):
        h, end = m.start(), m.end()
        if text[end:end + 1] in _AFTER_HEAD:
            continue
        start = -1
        for size in (2, 3, 4):
            at = h - size
            if at < 0:
                break
            if _clean(text[at:h]) and _opened(text, at):
                start = at
                break
        if start < 0:
            continue
        if any(c.label in _LABELS_COVERING and c.start < end and c.end > start and not (c.start >= start and c.end <= h
               and c.label != "PERSON") for c in found):
            continue            # a person's name in the stem, or a name another finder read over the head
        out.append(Candidate(start, end, "ORG", "rule:org-proper-institution", 38))
    return out
