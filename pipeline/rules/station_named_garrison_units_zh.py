"""Japanese garrison units named by the country or city they were stationed in (session 26, s26zhunit).

The Japanese army and navy named their standing garrisons in China by the station: the China Garrison Army and its
units (`支那驻屯军`, `中国驻屯步兵第一联队`, `支那驻屯混成旅团`, `支那驻屯兵团`, `中国驻屯步兵旅团`), a city's garrison
infantry (`北平驻屯步兵队`) and a city's naval landing force (`汉口驻屯海军陆战队`). Chinese memoirs, Japanese veterans'
memoirs in translation and wiki mirrors write these names in full; the finders already read `X驻屯军` and its children
(`华北驻屯军`, `中国驻屯军步兵旅团第一联队`), but cut a unit written with 驻屯 and no 军 to the place (GPE) and a bare
`步兵第一联队`. Guideline 15 keeps a full official name one span, and the project reads the place that names a force
inside it (`上海海军特别陆战队`).

Class: a place (a region or place the units finder knows, `unit_forms_zh.region_start`, or one of the old names of
China written in these names: 中国, 支那, 清国, 北支, 中支, 南支) + 驻屯 + an optional arm (步兵, 骑兵, 炮兵,
野炮兵, 山炮兵, 工兵, 辎重兵, 战车, 海军) + an optional 混成 / 独立 + an optional ordinal (第 + number) + a head
(旅团, 兵团, 联队, 大队, 中队, 步兵队, 陆战队, 守备队, 宪兵队), not before 部. The span runs from the place to the head;
a post after it stays outside (`…第一联队长` → the unit, as the finders read `步兵第一联队长`); `X驻屯军…` is left to the
finders that read it.

Examples written for this module: `他调任中国驻屯步兵第一联队大队长`, `支那驻屯混成旅团奉命集结`, `北平驻屯步兵队出动`.
Negatives: `驻屯步兵第一联队` (no place: left to the other finders), `中国驻屯军` (read elsewhere), `在天津驻屯` (no
head), `驻屯部队` (no place, no head).
The norm carries the ordinal's number (numbers), with the head's echelon, the arm and kind as
prefix, side JP and no id (the garrison regiment is not the home regiment of that number).
Priority 62, above the place and the bare numbered unit inside. Cost: a str.find gate on 驻屯; each hit checks at
most 8 characters before it.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.rules.unit_forms_zh import region_start
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-station-garrison", 62

_CHINA_NAMES = ("中国", "支那", "清国", "北支", "中支", "南支")
_NUM = "[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3}"
_GARRISON_TAIL_RE = re.compile(
    "驻屯(?P<arm>步兵|骑兵|野炮兵|山炮兵|炮兵|工兵|辎重兵|战车|海军)?(?P<kind>混成|独立)?"
    f"(?:第(?P<num>{_NUM}))?(?P<head>旅团|兵团|联队|大队|中队|步兵队|陆战队|守备队|宪兵队)(?!部)")
_ECHELON = {"步兵队": "队", "陆战队": "队", "守备队": "队", "宪兵队": "队"}


def _place_start(text: str, at: int) -> int | None:
    for name in _CHINA_NAMES:
        if text.startswith(name, at - len(name)):
            return at - len(name)
    return region_start(text, at)


def find_station_named_garrison_units(text: str) -> list[Candidate]:
    """`中国驻屯步兵第一联队`, `支那驻屯混成旅团` → one MIL_UNIT each (see the module doc)."""
    out: list[Candidate] = []
    at = text.find("驻屯")
    while at != -1:
        m = _GARRISON_TAIL_RE.match(text, at)
        if m:
            start = _place_start(text, at)
            if start is not None:
                head = m.group("head")
                number = parse_number(m.group("num")) if m.group("num") else None
                norm = {"unit_hint": {"numbers": [int(number)] if number else [], "echelon": _ECHELON.get(head, head), "side": "JP", "id": None,
                                      "prefix": (m.group("arm") or "") + (m.group("kind") or "")}}
                out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=norm))
        at = text.find("驻屯", at + 2)
    return out
