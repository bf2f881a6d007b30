"""A railway's own bodies (session 30, s30zhorgfac: Chinese ORG/FAC audit of strike and railway histories). Grammar;
no list of names.

A railway named by its end points (the route abbreviations of lexicons/route_abbreviations.tsv: 京汉, 胶济, 陇海,
沪宁杭甬) or by a place the gazetteer knows (广州, 台湾), written with 铁路, 铁道 or 路 and one of the heads of its
administration, police or unions (管理局, 管理委员会, 局, 总局, 警察署, 警察局, 警务处, 总工会, 工人总工会, 工会, 分工会,
工人俱乐部, 俱乐部), is one ORG, and so is a department of its administration written right after it (`某某铁路管理局
机务处`: a known body + one of its organs, as `国联理事会`): `京汉铁路总工会`, `陇海铁路总工会`, `胶济铁路管理局机务处`,
`广州铁路局`. The route alone stays the structure finder's FAC (facilities.py), which stops before 管理/工人.
Not a bare railway (`铁路管理委员会`, `铁路局`: no route named) and not a route written after a demonstrative or
counting word (`该路工会`, `各路工会`: no name, the route characters are checked against the abbreviations).

Priority 50 (above the route's FAC at 45 and the ORG head patterns at 37-44 that read a piece of it).
Cost: str.find of 路 before one regex anchored on the heads.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.name_walk import ABBREVIATIONS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_BODY_RE = re.compile("(?:铁路|铁道|路)(?:管理委员会|管理局|总局|局|警察署|警察局|警务处|工人总工会|总工会|分工会|工会|"
                      "工人俱乐部|俱乐部)(?:[机车工总警材]务处)?")


def _route_start(text: str, end: int) -> int:
    """Start of the route's name ending at `end` (2-4 abbreviation characters, or a gazetteer GPE of 2-3), else -1."""
    at = end
    while at > 0 and end - at < 4 and text[at - 1] in ABBREVIATIONS:
        at -= 1
    if end - at >= 2 and not (at > 0 and text[at - 1] in ABBREVIATIONS):
        return at
    places = place_lexicon()
    for size in (3, 2):
        entry = places.get(text[end - size:end]) if end - size >= 0 else None
        if entry is not None and entry.label == "GPE" and entry.kind not in ("country", "continent"):
            return end - size
    return -1


def find_railway_bodies(text: str) -> list[Candidate]:
    """ORG candidates of the class above."""
    if "路" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_BODY_RE, text):
        if m.group().startswith("路") and m.start() >= 1 and text[m.start() - 1] in "铁公马道":
            continue   # …铁|路局 is read from 铁路; 公路局, 马路工会: no railway
        start = _route_start(text, m.start())
        if start < 0:
            continue
        out.append(Candidate(start, m.end(), "ORG", "rule:org-railway-body", 50))
    return out
