"""Air groups and the named branches of a nation's services, written in Chinese (session 12 audit: pages on the
air war over China in 1937-1945).

- A nation's service with its branch is one named force (guideline 5's named forces): 日本海军陆战队, 美国海军陆战队,
  日本陆军航空队, 日本海军航空兵. The service finder (span_edges_zh) stops before 陆战/航空 on purpose, and
  without this the country and the sea in 日本海军 were read as the Sea of Japan (日本海).
- Japanese naval air groups (航空队, kōkūtai) were named by their home base or numbered: 鹿屋航空队, 木更津航空队,
  高雄航空队, 第十二航空队, 第一联合航空队. One MIL_UNIT for a gazetteer place (any kind but a country) or an
  ordinal right before 航空队 / 联合航空队, and for an unknown two- or three-character name when the aircraft
  it flew follow (攻击机, 战斗机, 轰炸机, 舰攻, 陆攻: 木更津航空队攻击机20架).

Priority 61, above the unit finder's 60 and the gazetteer, so the base joins the group's name. Anchored on the
literals 航空队, 航空兵 and 陆战队 (str.find); each hit reads at most six characters back.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_countries, known_places
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:unit-air-group"
PRIORITY = 61
_BRANCHES = ("陆战队", "航空队", "航空兵")
_SERVICE_BRANCH_RE = re.compile("(?:海军|陆军)(?:陆战队|航空队|航空兵)$")
_ORDINAL_RE = re.compile("第(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})(?:联合)?$")
_AIRCRAFT_AFTER = re.compile("的?(?:攻击机|战斗机|轰炸机|驱逐机|侦察机|舰攻|舰爆|舰战|陆攻|飞机|机群)")
# a designation after the group or branch: the unit finder's chain takes the whole (美国海军陆战队第1师)
_DESIGNATION_AFTER = re.compile("第|[0-9０-９一二三四五六七八九十]{1,3}[师团旅营连队]")
_NAME_RE = re.compile("[\u4e00-\u9fff]{2,3}$")
# characters no base name holds: function words, numerals, verbs of the narrative around it
_STOP = frozenset("的了是和与及等被把对向从由在于到至往个这那其此该各每本一二三四五六七八九十百千万两几们"
                  "我敌军机队空海陆击炸派出自其")


def find_air_groups(text: str) -> list[Candidate]:
    if "航空" not in text and "陆战队" not in text:
        return []
    out: list[Candidate] = []
    countries = known_countries()
    places = known_places()
    for branch in _BRANCHES:
        for at in literal_positions(text, branch):
            end = at + len(branch)
            start = _service_start(text, at, end, countries)
            if start is None and branch == "航空队":
                start = _base_start(text, at, end, places, countries)
            if start is not None and not _DESIGNATION_AFTER.match(text, end):
                out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=_group_values(text, start, at)
                                     if branch == "航空队" else {}))
    return out


_ORDINAL_VALUE_RE = re.compile("第([一二三四五六七八九十]{1,3}|[0-9]{1,3})(联合)?$")


def _group_values(text: str, start: int, at: int) -> dict:
    """A naval air group's values: echelon 航空队, its number, 联合 its qualifier (auditzh42: 鹿屋航空队 had none)."""
    if text[start:at].endswith(("陆军", "海军")):
        return {}                 # 日本陆军航空队: the service's air arm, a named force
    m = _ORDINAL_VALUE_RE.search(text, start, at)
    if m:
        from pipeline.normalize.numbers import parse_number
        return {"unit_hint": {"numbers": [int(parse_number(m.group(1)))], "echelon": "航空队", "prefix": m.group(2) or ""}}
    return {"unit_hint": {"numbers": [], "echelon": "航空队", "prefix": ""}}


def _service_start(text: str, at: int, end: int, countries: frozenset[str]) -> int | None:
    """Start of 日本 in 日本海军陆战队: a country right before the service and its branch."""
    if at < 2 or not _SERVICE_BRANCH_RE.search(text, at - 2, end):
        return None
    service = at - 2
    return next((service - k for k in (4, 3, 2) if service >= k and text[service - k:service] in countries), None)


def _base_start(text: str, at: int, end: int, places: frozenset[str], countries: frozenset[str]) -> int | None:
    """Start of the base or ordinal naming a naval air group (鹿屋航空队, 第十二航空队)."""
    ordinal = _ORDINAL_RE.search(text, max(0, at - 6), at)
    if ordinal:
        return ordinal.start()
    core = at - 2 if text.endswith("联合", 0, at) else at
    for k in (3, 2):
        name = text[core - k:core] if core >= k else ""
        if name in places and name not in countries:
            return core - k
    m = _NAME_RE.search(text, max(0, core - 3), core)
    if m and _AIRCRAFT_AFTER.match(text, end):
        name = m.group()
        while name and name[0] in _STOP:
            name = name[1:]
        if len(name) >= 2 and not any(ch in _STOP for ch in name):
            return core - len(name)
    return None
