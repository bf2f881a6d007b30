"""Forms of the warlord era and the Northern Expedition, 1916-1930 (session 14 audit, auditzh25: encyclopedia pages,
history blogs and book excerpts on the 护法/粤桂/直奉/蒋桂 wars and the 北伐).

- `X政治分会` (the regional branch councils of the Kuomintang's Central Political Council, 1928-29: 武汉政治分会,
  广州政治分会, 北平政治分会, 开封政治分会, 太原政治分会) is one ORG with its seat inside (guideline 6: a place inside a
  longer name belongs to it; guideline 15: a full official name is one span). X is a GPE the place lexicons know,
  2-3 characters, Simplified or Traditional (`政治分會`). ORG at priority 46 (above the gazetteer's 30).
- `二次北伐`, `三次东征`: an ordinal written without 第 before an expedition or war keeps it (guideline 10: EVENT
  names keep their ordinal) → one EVENT over the whole, not QUANTITY `二次` + EVENT. The heads are a closed list of
  the era's named campaigns that were numbered this way: 北伐, 东征, 西征, 南征, 护法 (+ 战争/运动/战役), 直奉战争/
  直奉大战, 粤桂战争. `两次北伐` (a count) and `第二次北伐` (left to the event finder) are not read. Priority 62.
- `兵临X`: the place starts after 临 (`兵临武汉` is 武汉, not the county 临武). X is the longest 3- or 2-character
  name of the place lexicons right after 兵临; GPE/LOC as the lexicon says, priority 32 (above the gazetteer's 30,
  which would take 临武).
- `天险X桥`: 天险 ("natural barrier") is a descriptor, outside the FAC: `天险汀泗桥` → FAC `汀泗桥` (X 2-3
  characters). Priority 46 (above rule:fac's 45).
- `出兵45营`, `派兵三团`: a number and an echelon word without 第 right after a verb of sending troops counts
  battalions/regiments (QUANTITY, unit as written, guideline 14), not a designation. Verbs: 出兵 派兵 发兵 增兵
  调兵 (and Traditional forms); echelons 营 团 旅 师 with optional 个. Priority 61 (above the unit finder's 60).
- `南昌漳江门外`: a named gate of a walled city written right after the city and before 外/内/下/附近 is a FAC
  (the guidelines' gate) with the city its own GPE; the gate's two-character stem is not read as a city of the
  gazetteer (`漳江门` is no 江门). The city is a GPE of the place lexicons (2-3 characters); the stem does not start
  with 城 (城南门 is the city's south gate, no name). FAC at priority 46 (above the gazetteer's 30).
- `后方芦沟桥`: 方 of 后方/前方/对方/双方/敌方/我方 is outside a bridge's name that follows (`方芦沟桥` is no FAC):
  FAC over the 2-3 characters and 桥 after 方, priority 46 (above rule:fac's 45).
- `原魏部`: 原 ("former") before a one-character surname and 部 is the commander's old force; the PERSON is the
  surname alone (guideline 1), not `原魏`. The surname is one of the single surnames; `原X` no ordinary word and no
  Japanese surname (原田部 is Harada's). PERSON at priority 33 (above rule:person's 20-32).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, japanese_surnames, surnames
from pipeline.normalize.units import parse_number
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_COUNCIL_RE = re.compile("([\u4e00-\u9fff]{2,3}?)政治分[会會]")
_ORDINAL_EVENT_RE = re.compile(
    "(?<![第0-9一二三四五六七八九十两兩这這那每])([二三四])次"
    "(?:(?:北伐|东征|東征|西征|南征|护法|護法)(?:战争|戰爭|运动|運動|战役|戰役)?"
    "|直奉(?:战争|戰爭|大战|大戰)|粤桂战争|粵桂戰爭)")
_BINGLIN_RE = re.compile("兵[临臨]")
_BARRIER_BRIDGE_RE = re.compile("天[险險]([\u4e00-\u9fff]{2,3}[桥橋])")
_SEND_COUNT_RE = re.compile(
    "(?:出兵|派兵|发兵|發兵|增兵|调兵|調兵)([0-9]{1,3}|[一二两兩三四五六七八九十]{1,3})([个個]?[营營团團旅师師])"
    "(?![长長部属屬级級])")

_CITY_GATE_RE = re.compile("([\u4e00-\u9fff]{2}[门門])(?=外|内|內|下|附近)")
_SIDE_BRIDGE_RE = re.compile("[后後前对對双雙敌敵我]方([\u4e00-\u9fff]{2,3}[桥橋])")
_FORMER_FORCE_RE = re.compile("原([\u4e00-\u9fff])部")


def _simplified(name: str) -> str:
    from pipeline.link import to_simplified
    return to_simplified(name)


def _place(name: str):
    places = place_lexicon()
    return places.get(name) or places.get(_simplified(name))


def find_warlord_forms(text: str) -> list[Candidate]:
    """政治分会 ORG, 二次北伐 EVENT, 兵临X place, 天险X桥 FAC, 出兵N营 QUANTITY, city gates and 方X桥 FAC, 原X部 PERSON (see the module doc)."""
    out: list[Candidate] = []
    if "政治分" in text:
        for m in literal_finditer(_COUNCIL_RE, text):
            start = m.start(1)
            for k in range(len(m.group(1)) - 1):      # the seat may follow other characters: 以武汉政治分会
                entry = _place(text[start + k:m.end(1)])
                if entry is not None and entry.label == "GPE":
                    out.append(Candidate(start + k, m.end(), "ORG", "rule:org-political-branch", 46))
                    break
    if "次" in text:
        for m in literal_finditer(_ORDINAL_EVENT_RE, text):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-ordinal-without-di", 62))
    if "兵" in text:
        for m in _BINGLIN_RE.finditer(text):
            for size in (3, 2):
                name = text[m.end():m.end() + size]
                entry = _place(name) if len(name) == size else None
                if entry is not None and entry.label in ("GPE", "LOC"):
                    out.append(Candidate(m.end(), m.end() + size, entry.label, "rule:place-after-binglin", 32))
                    break
    if "天" in text:
        for m in _BARRIER_BRIDGE_RE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "FAC", "rule:fac-after-barrier-word", 46))
    if "兵" in text:
        for m in literal_finditer(_SEND_COUNT_RE, text):
            value = parse_number(m.group(1))
            if value:
                out.append(Candidate(m.start(1), m.end(), "QUANTITY", "rule:quantity-troops-sent", 61,
                                     {"value": value, "unit": m.group(2), "approx": None}))
    if "门" in text or "門" in text:
        for m in literal_finditer(_CITY_GATE_RE, text):
            if m.group(1)[0] == "城":
                continue
            for size in (3, 2):
                city = text[max(0, m.start() - size):m.start()]
                entry = _place(city) if len(city) == size else None
                if entry is not None and entry.label == "GPE":
                    out.append(Candidate(m.start(), m.end(), "FAC", "rule:fac-city-gate", 46))
                    break
    if "方" in text:
        for m in literal_finditer(_SIDE_BRIDGE_RE, text):
            out.append(Candidate(m.start(1), m.end(1), "FAC", "rule:fac-after-side-word", 46))
    if "原" in text:
        single, _compound = surnames()
        for m in _FORMER_FORCE_RE.finditer(text):
            word = "原" + m.group(1)
            if m.group(1) in single and not is_common_word(word, 1) and word not in japanese_surnames():
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-former-force", 33))
    return out
