"""Local bodies named by their place (ORG): a party's provincial/city/county headquarters and the local
committees set up under occupation.

- 国民党湖南省党部, 中国国民党上海特别市党部, 长沙县党部: [party] + place + [省|市|县|特别市] + 党部; the place is
  required (a bare 党部 or 县党部 is a kind, not a name); the party written before the place belongs to the name, and
  so do 直属/中央直属 before the place (a branch answering to the centre, `直属某省党部`) and 筹备处/筹备委员会 after
  党部 (the office preparing it, `国民党某地党部筹备处`; session 17, auditzh54).
- Session 26 (s26zhorg; county gazetteers and party histories of 1924-1949): the same branch written with its
  place chain and a temporary office (`中国国民党某省某县党部`, `国民党某县临时县党部`), and the Nationalist party's
  other local organs after their place — criterion: the organs the party's constitutions of 1924-1945 set up in a
  county or province before or instead of a 党部 (党务指导委员会, 党务整理委员会, 党务委员会, 党务指导员办事处,
  党务特派员办事处) — with or without the party written before; the party's committees of a generic name (执行委员会,
  监察委员会, 整理委员会, 指导委员会, 改组委员会, 清党委员会, 筹备委员会) only with the party written before the place
  (`国民党某县执行委员会`; `某县执行委员会` alone is left to the head finders). The place chain is one to three gazetteer
  places, each optionally with 省/市/县 and 直属 before a lower one (`某省直属某县`). Examples written for this module:
  `中国国民党甲省乙县党务指导委员会`, `国民党乙县临时县党部`, `国民党乙县整理委员会`; negative: `县党务指导委员会` (no place).
- 北平治安维持会, 南京自治委员会, 天津地方维持会: place + [治安|地方] + 维持会, place + 自治委员会 — the
  collaborationist local bodies of 1931–45, named so in every Chinese history of the occupation.
- 江苏督军署, 湖北都督府, 浙江省长公署, 直鲁豫巡阅使署: place + the office of a provincial or regional governor of
  1911–28 (督军署, 督军公署, 都督府, 省长公署, 镇守使署, 巡阅使署, 护军使署, 督办公署).

The place is a name of the gazetteer (known_places) of two to four characters, optionally with 省/市/县, written
right before, or a run of two or three provinces' one-character abbreviations (直鲁豫, with 直 and 奉 of 1911–28). Candidates are ORG at the organisation lexicon's priority (35). Cost: the scan starts at the rare
literals 党部 / 维持会 / 自治委员会 / the offices' names (str.find), nothing is read elsewhere.
"""

from __future__ import annotations

from pipeline.rules.org_name_anchors import PROVINCE_ABBR
from pipeline.spans import Candidate

SOURCE = "rule:org-local-body"
PRIORITY = 35
_PARTIES = ("中国国民党", "国民党")
_LEVELS = ("特别市", "省", "市", "县")
_DIRECT = ("中央直属", "直属")
_PREPARING = ("筹备处", "筹备委员会")
_ABBREVIATIONS = frozenset(PROVINCE_ABBR + "直奉")   # 直隶 and 奉天, the provinces of 1911-28
# the Nationalist party's local organs after a place (s26zhorg): the party's own, and generic committees after the party
_PARTY_ORGANS = ("党务指导员办事处", "党务特派员办事处", "党务指导委员会", "党务整理委员会", "党务委员会")
_PARTY_COMMITTEES = ("执行委员会", "监察委员会", "整理委员会", "指导委员会", "改组委员会", "清党委员会", "筹备委员会")
_GOVERNOR_OFFICES = ("督军署", "督军公署", "都督府", "省长公署", "镇守使署", "巡阅使署", "护军使署", "督办公署")


def place_start(text: str, end: int) -> int:
    """Start of a gazetteer place (2-4 characters, optionally + 省/市/县) ending at `end`, else -1."""
    from pipeline.rules.names_common import known_places

    places = known_places()
    for level in ("",) + _LEVELS:
        if level and not text.endswith(level, 0, end):
            continue
        stem_end = end - len(level)
        for size in (4, 3, 2):
            begin = stem_end - size
            if begin >= 0 and text[begin:stem_end] in places:
                return begin
    for size in (3, 2):   # 直鲁豫巡阅使署: a run of provinces' one-character abbreviations
        if end - size >= 0 and all(ch in _ABBREVIATIONS for ch in text[end - size : end]):
            return end - size
    return -1


def _occurrences(text: str, literal: str):
    pos = text.find(literal)
    while pos >= 0:
        yield pos
        pos = text.find(literal, pos + 1)


def find_local_bodies(text: str) -> list[Candidate]:
    """ORG candidates of the local bodies above (see the module doc)."""
    out: list[Candidate] = []
    for pos in _occurrences(text, "党部"):
        level = next((lv for lv in _LEVELS if text.endswith(lv, 0, pos)), "")
        temporary = 2 if text.endswith("临时", 0, pos - len(level)) else 0   # 某县临时县党部, 某县临时党部 (s26zhorg)
        start = place_start(text, pos - len(level) - temporary)
        if start < 0 and temporary:
            start = place_start(text, pos - len(level))
        if start < 0:
            continue
        start = _chain_start(text, start)
        # 中央直属台湾党部, 直属某市党部: the party's own word for a branch answering to the centre is in the name
        start -= next((len(q) for q in _DIRECT if text.endswith(q, 0, start)), 0)
        party = next((p for p in _PARTIES if text.endswith(p, 0, start)), "")
        # 某某党部筹备处: the office preparing the branch is a body of it (one ORG, guideline 15)
        end = pos + 2 + next((len(b) for b in _PREPARING if text.startswith(b, pos + 2)), 0)
        out.append(Candidate(start - len(party), end, "ORG", SOURCE, PRIORITY))
    if "委员会" in text or "办事处" in text:
        out += _party_organs(text)
    for literal in ("维持会", "自治委员会") + _GOVERNOR_OFFICES:
        for pos in _occurrences(text, literal):
            head = pos
            if literal == "维持会":
                head -= next((len(q) for q in ("治安", "地方") if text.endswith(q, 0, pos)), 0)
            start = place_start(text, head)
            if start >= 0:
                out.append(Candidate(start, pos + len(literal), "ORG", SOURCE, PRIORITY))
    return out


def _gazetteer_place_start(text: str, end: int) -> int:
    """`place_start`, else a GPE of the place lexicon (2-4 characters, with 县/市, or 省) ending at `end`; -1 if none."""
    start = place_start(text, end)
    if start >= 0:
        return start
    from pipeline.normalize.places import place_lexicon
    from pipeline.rules.enclosing_names_zh import known_place_before

    found = known_place_before(text, end - 1 if text.endswith("省", 0, end) else end, place_lexicon())
    return -1 if found is None else found


def _chain_start(text: str, start: int) -> int:
    """The start of the place chain ending at `start`'s place: higher places (with 省/市/县 and 直属) written before it."""
    for _ in range(2):
        at = start - (2 if text.endswith("直属", 0, start) else 0)
        higher = _gazetteer_place_start(text, at)
        if higher < 0 or higher == at:
            break
        start = higher
    return start


def _party_organs(text: str) -> list[Candidate]:
    """国民党某县党务指导委员会, 中国国民党某省某县执行委员会: a place (chain) + one of the party's local organs (s26zhorg)."""
    out = []
    for heads, party_needed in ((_PARTY_ORGANS, False), (_PARTY_COMMITTEES, True)):
        for head in heads:
            for pos in _occurrences(text, head):
                if heads is _PARTY_COMMITTEES and text.endswith("党务", 0, pos):
                    continue                       # 党务|整理委员会 is the organ read above
                start = _gazetteer_place_start(text, pos)
                if start < 0:
                    continue
                start = _chain_start(text, start)
                party = next((p for p in _PARTIES if text.endswith(p, 0, start)), "")
                if party_needed and not party:
                    continue
                end = pos + len(head)
                out.append(Candidate(start - len(party), end, "ORG", SOURCE, PRIORITY + 1))
    return out
