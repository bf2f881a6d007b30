"""Local and provincial forces named by their place with a generic head the other finders do not read.

County gazetteers, party histories and Republican-era narratives name the forces of every side by the province,
county, district or region that raised them and a generic head: a province's defence army and a revolution's
people's army (`某省防军`, `某省民军`, `某地民军`), a province's railway guards (`某省护路军`), a town's merchants'
corps (`某城商团`), a county's national-service corps and its anti-communist guards of the 1930s (`某县国民兵团`,
`某县靖卫团`), a district's small and middle squads (`某某区小队`, `某某区中队`), and a region written as
province characters + a direction with a guerrilla or brigade head (`吉东游击队`, `豫西大队`, `鲁南支队`). The project
readings keep the place that raised a force inside its name when the head is generic (`直鲁联军`, `东北民众自卫军`,
`X县保安大队`, `X县民团`); the finders cut these to the place (GPE/LOC) and leave the head untagged.

`find_place_force_heads(text)` (working text, Simplified) proposes MIL_UNIT at priority 61 (the level of the other
local-force finders, above the place, below the joins that add a parent or numbered sub-units: `某省民军第一路第四支队`
is then read by `unit_joins_zh`) for
- a region (`unit_forms_zh.region_start`: a known place, province characters with direction tails, 边区, with an
  optional 省/县/区) + 防军, 民军, 商团, 国民兵团, 护路军, 靖卫团 or 靖卫大队; 区小队 / 区中队 / 区大队 after a
  place + 区;
- provincial armies listed by their one-character names sharing 军 (`川、黔军`, `滇、黔、桂军`; guideline 4), each
  name X军 a named force of lexicons/named_units.tsv (so never `日、伪军`), at priority 63 (above each name's lexicon
  reading);
- province characters + one or two directions (`[冀晋鲁豫…][东西南北中]{1,2}`, or a direction + 满) + (抗日)游击队,
  游击大队, 游击支队, 大队 or 支队;
not before 长/员/部 (the post and the staff; 部队 is fine), not after a count (两, 个, 几, 各, 每, 该), not before a
word that makes the head a crowd (`大队人马`, `大队伍`, `大队日军`) or an event (`商团事变`, `商团叛乱`). Echelon the
head's (`军`, `团`, `小队` …), no numbers.

Examples written for this module: `奉天省防军开到`, `贵州民军攻城`, `某城商团缴械`, `宁远县国民兵团成立`, `青阳区小队`,
`吉东游击队`, `豫西大队`. Negatives: `苏北大队人马`, `广州商团事变` (the event's name), `两支民军`, `区小队长`.
Cost: one regex started at its literals (`scan.literal_finditer`: 防军/民军/商团/兵团/队); each hit checks the region
before it (at most 8 characters).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name
from pipeline.normalize.units import named_units
from pipeline.rules.scan import literal_finditer
from pipeline.rules.unit_forms_zh import region_start
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-place-force-head", 61

_PROVINCE = "冀晋鲁豫苏皖浙闽赣鄂湘粤桂川黔滇陕甘宁青辽吉黑热察绥蒙"
_AFTER = "(?![长员]|部(?!队)|人马|伍|日军|伪军|敌|事变|事件|叛乱|之变|之乱|案)"
_PLACE_HEAD_RE = re.compile(f"(?P<head>省?防军|民军|商团|国民兵团|护路军|靖卫(?:团|大队)|(?<=区)(?:小队|中队|大队)){_AFTER}")
_REGION_HEAD_RE = re.compile(f"(?P<region>[{_PROVINCE}][东西南北中]{{1,2}}|[东西南北]满)"
                             f"(?P<head>(?:抗日)?游击(?:大队|支队|队)|大队|支队){_AFTER}")
_COUNTED = set("两个几数各每该")
# provincial armies listed by their one-character names sharing 军 (川、黔军; 滇、黔、桂军): guideline 4
_ARMY_LIST_RE = re.compile(f"(?P<first>[{_PROVINCE}京直奉])(?:、[{_PROVINCE}京直奉])+军(?![长官民人政部区队])")
_STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等这那其入军师团队旅营连部线力，。、；：（）()“”《》 \n")
_ECHELON = {"防军": "军", "省防军": "军", "民军": "军", "商团": "团", "国民兵团": "团", "护路军": "军", "靖卫团": "团",
            "靖卫大队": "大队"}


def _hint(head: str) -> dict:
    echelon = _ECHELON.get(head) or ("支队" if head.endswith("支队") else "大队" if head.endswith("大队")
                                     else head if head in ("小队", "中队") else "队")
    return {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": "游击" if "游击" in head else ""}}


def county_start(text: str, at: int) -> int | None:
    """Start of a county written with 县 right before `at` that the place lexicon knows (with or without 县):
    `某某县` + a force head, where the units finder's place set leaves out names that are also words (兴国, 于都)."""
    if at < 3 or text[at - 1] != "县":
        return None
    return next((at - k for k in (4, 3) if at >= k and (is_gpe_name(text[at - k:at]) or is_gpe_name(text[at - k:at - 1]))),
                at - 2 if is_gpe_name(text[at - 2:at]) else None)


def find_place_force_heads(text: str) -> list[Candidate]:
    out = []
    if not any(w in text for w in ("防军", "民军", "商团", "兵团", "护路军", "靖卫", "队", "、")):
        return out
    for m in literal_finditer(_PLACE_HEAD_RE, text):
        start = region_start(text, m.start())    # 奉天 + 省防军, 青阳区 + 小队
        if start is None:
            start = county_start(text, m.start())
        if start is None or (start > 0 and text[start - 1] in _COUNTED):
            continue
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=_hint(m.group("head").lstrip("省"))))
    if "、" in text and "军" in text:
        named = named_units()
        for m in literal_finditer(_ARMY_LIST_RE, text):
            s = m.start()
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP:
                continue                          # inside a longer word
            if all(ch + "军" in named for ch in m.group(0)[:-1:2]):
                out.append(Candidate(s, m.end(), "MIL_UNIT", SOURCE, PRIORITY + 2, norm=_hint("民军")))
    if "队" in text:
        for m in literal_finditer(_REGION_HEAD_RE, text):
            s = m.start()
            if s > 0 and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP:
                continue                          # inside a longer word: 华东|北大队, 江苏北|…
            out.append(Candidate(s, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=_hint(m.group("head"))))
    return out
