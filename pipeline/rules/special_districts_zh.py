"""Administrative units written with their kind after a seat's name: X专区, X直隶州 are one GPE (prezh1, session 17
GPE precision audit).

From 1949 the provinces were divided into 专区 (prefectures, renamed 地区 in 1970), each named after the county or
city that was its seat: 江津专区, 涪陵专区, 汾阳专区, 兴县专区, 温江专区. County chronicles and campaign histories of
the land reform and bandit suppression write them with their suffix (划归四川省江津专区, 温江专区16个县), like a
county with 县: the name and the suffix are one GPE. Without this the seat alone was read (江津 + nothing) and, after a
county ending in 县, the bare suffix was read as a district of it (兴县 + 专区).

`find_special_districts(text)` (working text) proposes GPE at priority 34 (above the gazetteer's 30 and the address
chains) for a name the place lexicon knows as a county, prefecture or city, written right before 专区. The Qing
ranked some prefectures and subprefectures 直隶州/直隶厅 (directly under the province): 济宁直隶州, 赤峰直隶厅 are one
GPE the same way (the places matcher no longer reads the province 直隶 out of the rank), and so is a Ming or Qing
guard post named after its town (宁朔卫, 大同卫; 天津卫 and 威海卫 are in the lexicon already).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.place_name_scan import iter_names
from pipeline.spans import Candidate

SOURCE = "rule:special-district"
PRIORITY = 34
_SEAT_KINDS = frozenset({"county", "prefecture", "city", "district"})
# 卫: a Ming/Qing guard post named after its town (设有宁朔卫, 置大同卫), not 卫戍, 卫生, 卫兵, 卫队, 卫士, 卫国, 卫星, 卫视
_KIND_RE = re.compile("专区|直隶[州厅]|卫(?![戍生兵队士国星视])")


def find_special_districts(text: str) -> list[Candidate]:
    """GPE candidates of X专区 (see the module doc)."""
    out: list[Candidate] = []
    if "专区" not in text and "直隶" not in text and "卫" not in text:
        return out
    lexicon = place_lexicon()
    for start, end in iter_names(text):
        kind = _KIND_RE.match(text, end)
        if kind is None:
            continue
        entry = lexicon.get(text[start:end])
        if entry is not None and entry.label == "GPE" and entry.kind in _SEAT_KINDS:
            out.append(Candidate(start, kind.end(), "GPE", SOURCE, PRIORITY, {"id": None}))
    return out
