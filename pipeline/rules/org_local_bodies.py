"""Local bodies named by their place (ORG): a party's provincial/city/county headquarters and the local
committees set up under occupation.

- 国民党湖南省党部, 中国国民党上海特别市党部, 长沙县党部: [party] + place + [省|市|县|特别市] + 党部; the place is
  required (a bare 党部 or 县党部 is a kind, not a name); the party written before the place belongs to the name, and
  so do 直属/中央直属 before the place (a branch answering to the centre, `直属某省党部`) and 筹备处/筹备委员会 after
  党部 (the office preparing it, `国民党某地党部筹备处`; session 17, auditzh54).
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
        start = place_start(text, pos - len(level))
        if start < 0:
            continue
        # 中央直属台湾党部, 直属某市党部: the party's own word for a branch answering to the centre is in the name
        start -= next((len(q) for q in _DIRECT if text.endswith(q, 0, start)), 0)
        party = next((p for p in _PARTIES if text.endswith(p, 0, start)), "")
        # 某某党部筹备处: the office preparing the branch is a body of it (one ORG, guideline 15)
        end = pos + 2 + next((len(b) for b in _PREPARING if text.startswith(b, pos + 2)), 0)
        out.append(Candidate(start - len(party), end, "ORG", SOURCE, PRIORITY))
    for literal in ("维持会", "自治委员会") + _GOVERNOR_OFFICES:
        for pos in _occurrences(text, literal):
            head = pos
            if literal == "维持会":
                head -= next((len(q) for q in ("治安", "地方") if text.endswith(q, 0, pos)), 0)
            start = place_start(text, head)
            if start >= 0:
                out.append(Candidate(start, pos + len(literal), "ORG", SOURCE, PRIORITY))
    return out
