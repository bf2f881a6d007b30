"""Japanese special naval landing forces named by their naval district or station (session 14 audit, auditzh28:
popular retellings of the 1937-1945 front-line battles, 淞沪会战 and the 桂南 landings).

The Imperial Japanese Navy raised its special naval landing forces (特别陆战队, rikusentai) in its four naval
districts (镇守府: 横须贺, 吴, 佐世保, 舞鹤) and kept one at Shanghai (上海特别陆战队). Chinese narratives name each
force by that base, with or without its number and the word 特别: 佐世保陆战队, 吴第五特别陆战队, 横须贺镇守府第一特别陆战队,
上海特别陆战队. Like a naval air group named by its base (鹿屋航空队, guidelines session 12), such a force is one
MIL_UNIT from the base to 陆战队, side JP; without this the gazetteer read the base alone as a GPE (佐世保) and the
force was lost. The bases are a complete list by that criterion (the four 镇守府 and the Shanghai force). The
one-character 吴 (also a surname) counts only before 镇守府 or a number, 上海 only before 特别 or a number (驻上海陆战队 is
a posting). 海军/日军 before the base stay outside, as 我/敌 do.

Priority 61 (above the unit finder and the gazetteer, as air_groups_zh), with a unit_hint (numbers, echelon 陆战队,
prefix 特别, side JP). Anchored on the literal 陆战队 (str.find); each hit reads at most eleven characters back.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

SOURCE = "rule:unit-landing-force"
PRIORITY = 61
_NUMERALS = "一二三四五六七八九十"
_FORCE_RE = re.compile(
    "(?:(?P<district>横须贺|佐世保|舞鹤)(?:镇守府)?|吴镇守府|(?P<wu>吴)(?=第)|上海(?=特别|第))"
    f"(?:第(?P<num>[{_NUMERALS}]{{1,3}}|[0-9]{{1,2}}))?(?P<special>特别)?陆战队$")
_REACH = 11     # 横须贺镇守府第十一特别 before 陆战队


def _number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = 0
    if "十" in text:
        tens, _, units = text.partition("十")
        value = (_NUMERALS.index(tens) + 1 if tens else 1) * 10
        text = units
    return value + (_NUMERALS.index(text) + 1 if text else 0)


def find_landing_forces(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of the class in the module doc."""
    if "陆战队" not in text:
        return []
    out: list[Candidate] = []
    at = text.find("陆战队")
    while at >= 0:
        end = at + 3
        for start in range(max(0, end - _REACH - 3), end - 4):
            m = _FORCE_RE.match(text, start, end)
            if m:
                hint = {"numbers": [_number(m.group("num"))] if m.group("num") else [], "echelon": "陆战队",
                        "prefix": "特别" if m.group("special") else "", "side": "JP"}
                out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm={"unit_hint": hint}))
                break
        at = text.find("陆战队", end)
    return out
