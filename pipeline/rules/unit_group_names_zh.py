"""Chinese unit names without a number of their own: task-force groups, purpose-named and route armies (working text).

`find_unit_group_names(text)` (MIL_UNIT):
- task forces named by their place in the line (东集团, 中集团, 左集团, 中央突击集团: the 渡江战役 and civil-war
  groups) after a word boundary (not X某某集团), with the army name before them (中国人民解放军中集团, rule 2) and the
  designation of a member after them (东集团第10兵团, rule 3); not 利益集团, 两个集团, 集团军;
- a named force of the PRC before a designation, with the echelons chained after it (志愿军第38军113师第338团);
- armies of the warlord era named by their purpose, a verb and its object (讨逆军, 靖国军, 护法军, 镇威军);
- a route army named by its direction without a number (北路军, 西路军第170师).

Every pattern has bounded repetitions and starts with, or is anchored on, a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百"


# 东集团 / 中突击集团 / 中央集团 / 左集团, after an army name or not, with a member's designation after it
_TASK_FORCE_RE = re.compile(
    f"((?:中国)?人民解放军|解放军)?"
    f"(?:(?<![{_CJK}])|(?<=[的是照由令将与和及以为在向即归属编军]))((?:中央|[东西南北中左右])(?:路|翼|突击)?集团)(?![军长司])"
    f"((?:第)?[{_NUM}]{{1,4}}(?:兵团|军))?")
_TASK_FORCE_ANCHOR = re.compile("集团")
# a named force of the PRC before a designation is one span (rule 2): 志愿军第9兵团, 中国人民解放军第三野战军
# and the lower echelons chained after it (志愿军第38军113师第338团)
_NAMED_FORCE_UNIT_RE = re.compile(f"(?:(?:中国)?人民)?(?:志愿军|解放军)(第[{_NUM}]{{1,4}}(?:野战军|兵团|军|师))"
                                  f"((?:第?[{_NUM}]{{1,4}}(?:师|旅|团|营)(?![长部])){{0,3}})")
_CHAINED_UNIT_RE = re.compile(f"第?([{_NUM}]{{1,4}})(师|旅|团|营)")
_NAMED_FORCE_UNIT_ANCHOR = re.compile("军第")
# armies of the warlord era named by their purpose, a verb and its object: 讨逆军, 讨贼军, 靖国军, 护法军, 建国军,
# 镇威军, 定国军, 征滇军 (护国军 is in named_units.tsv); never a service (重建海军陆战队, 建空军: auditzh15), not after a
# verb ending in 建 (组建|粤军, 重建|桂军: auditzh14), nor inside a slogan name ending in 平 (和平|建国军, the named
# collaborationist army of named_units.tsv, which then joins its designations: session 26, s26zhunit), nor after the 福
# of the province 福建 (福建|清军: 福建 is the place, 清军 the generic force)
_PURPOSE_ARMY_RE = re.compile(
    f"(?<![支增声后外前求认确决规约指否稳安制鉴判锁限选特掩保维拥救守庇爱看监防养辩组筹重创改扩兴平福])(?:讨|靖|护|建|镇|定|征)(?![立送调守成设造入出来去回到了的和与及在为是有用将把被向从给让派卫军日美英德苏法俄敌我友伪海空陆])"
    f"[{_CJK}]军(?![事官需费械纪阀医舰港旗装籍属衔政训令情心营用粮力队人民区长])")
_COUNT_BEFORE_ZHEN = set("一二两三四五六七八九十数几每0123456789")
_PURPOSE_ARMY_ANCHORS = tuple(re.compile(ch) for ch in "讨靖护建镇定征")   # literals: scanned in C

# a route army named by its direction, without a number (北路军, 西路军): echelon 军 as the conventions of
# tests/heldout/real/README.md write it (第一路军 keeps 路军)
_DIRECTION_ROUTE_ARMY_RE = re.compile(f"(?<![第{_NUM}])(?:[东西南北中左右]|中央)路军(?![长官部需第{_NUM}])")   # 西路军第170师: one span (rule 3)
_DIRECTION_ROUTE_ARMY_ANCHOR = re.compile("路军")


def find_unit_group_names(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_TASK_FORCE_RE, text, _TASK_FORCE_ANCHOR, 14):
        start = m.start(1) if m.group(1) else m.start(2)
        if m.group(3):
            number = parse_number(re.sub("[第兵团军]", "", m.group(3)))
            echelon = "兵团" if m.group(3).endswith("兵团") else "军"
            hint = {"numbers": [number] if number else [], "echelon": echelon, "prefix": ""}
        else:
            hint = {"numbers": [], "echelon": "集团", "prefix": ""}
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-task-force", 63, norm={"unit_hint": hint}))
    for m in anchored_finditer(_DIRECTION_ROUTE_ARMY_RE, text, _DIRECTION_ROUTE_ARMY_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-route-army", 61,
                             norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
    for m in anchored_finditer(_NAMED_FORCE_UNIT_RE, text, _NAMED_FORCE_UNIT_ANCHOR, 6):
        designation = m.group(1)
        echelon = next(e for e in ("野战军", "兵团", "军", "师") if designation.endswith(e))
        number = parse_number(designation[1:-len(echelon)])
        numbers = [number] if number else []
        for chained in _CHAINED_UNIT_RE.finditer(m.group(2)):
            numbers.append(parse_number(chained.group(1)))
            echelon = chained.group(2)
        hint = {"numbers": [n for n in numbers if n], "echelon": echelon, "prefix": ""}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-named-force", 63, norm={"unit_hint": hint}))
    for anchor in _PURPOSE_ARMY_ANCHORS:
        for m in anchored_finditer(_PURPOSE_ARMY_RE, text, anchor, 0):
            if text.startswith("镇", m.start()) and m.start() > 0 and text[m.start() - 1] in _COUNT_BEFORE_ZHEN:
                continue    # 一镇新军: a count of the Qing division 镇, not the verb of 镇威军 (prezh3)
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-purpose-army", 58,
                                 norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
    return out
