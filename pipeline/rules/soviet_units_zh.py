"""Red Army formations as Chinese pages on the Eastern Front and the 1945 Manchurian campaign write them
(session 12 audit, auditzh12).

- Guards designations with the number first: `第6近卫集团军`, `第67近卫步兵师`, `第5近卫坦克集团军`, `第2近卫机械化军`,
  and lists sharing the echelon (`第52、67近卫步兵师`, guideline 4). The unit finder reads an echelon after the
  number and so cut these (`卫坦克集团军`) or missed them. Grammar: 第 + numbers + 近卫 + an arm (步兵, 坦克,
  机械化, 骑兵, 空降, 炮兵, 步枪) + an echelon (集团军, 军, 师, 旅, 团, 营). Norm: the numbers, the echelon, prefix
  `近卫` + the arm.
- The named fronts of the Red Army (`沃罗涅日方面军`, `草原方面军`, `加里宁方面军`): the complete list of the
  named fronts is in lexicons/forces_en.tsv (side USSR, echelon 方面军), read here for Chinese text; the
  nationality before it stays outside (苏|沃罗涅日方面军, guideline 2).

- The Red Army's numbered fortified regions (укрепрайон), an echelon of their own: `第7筑垒地域`, `第105、106筑垒地域`
  (numbers expanded, guideline 4), as the English finder reads `the 7th Fortified Region` (english_reference_units).

`find_soviet_units(text)` (working text) proposes MIL_UNIT, priority 62 (above the unit finder). Anchored on the
literals 近卫 and 方面军 (str.find).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.normalize.numbers import parse_number
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-soviet", 62
_NUMBER_CHARS = set("第0123456789０１２３４５６７８９一二三四五六七八九十")
_NUM = "[0-9０-９一二三四五六七八九十百]{1,5}"
_GUARDS_RE = re.compile(f"第({_NUM}(?:[、和及]第?{_NUM}){{0,8}})近卫(步兵|坦克|机械化|骑兵|空降|炮兵|步枪|摩托化)?"
                        "(集团军|军|师|旅|团|营)(?![长部属])")


@lru_cache(maxsize=1)
def _fronts() -> tuple[str, ...]:
    names = {row[1].strip() for row in read_rows("forces_en.tsv")
             if len(row) > 3 and row[2].strip() == "USSR" and row[3].strip() == "方面军" and row[1].strip()}
    names |= {name.replace("后贝加尔", "外贝加尔") for name in names}     # both renderings of Transbaikal
    return tuple(sorted(names, key=longest_first))


def _guards(text: str) -> list[Candidate]:
    out = []
    at = text.find("近卫")
    while at != -1:
        start = text.rfind("第", max(0, at - 40), at)
        if start != -1:
            m = _GUARDS_RE.match(text, start)
            if m and m.end() > at:
                numbers = [parse_number(n) for n in re.split("[、和及]第?", m.group(1))]
                if all(isinstance(n, int) for n in numbers):
                    hint = {"numbers": numbers, "echelon": m.group(3), "prefix": "近卫" + (m.group(2) or "")}
                    out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, {"unit_hint": hint}))
        at = text.find("近卫", at + 2)
    return out


def _named_fronts(text: str) -> list[Candidate]:
    out = []
    at = text.find("方面军")
    while at != -1:
        for name in _fronts():
            start = at + 3 - len(name)
            if start >= 0 and text.startswith(name, start):
                if text.endswith("红军", 0, start):
                    break                  # 苏联红军斯大林格勒方面军: the army's name stays inside (guideline 2)
                if start > 0 and text[start - 1] in _NUMBER_CHARS:
                    break                  # 第二远东方面军: a numbered front, left to the unit finder
                hint = {"numbers": [], "echelon": "方面军", "prefix": ""}
                out.append(Candidate(start, at + 3, "MIL_UNIT", SOURCE, PRIORITY, {"unit_hint": hint}))
                break
        at = text.find("方面军", at + 3)
    return out


_FORTIFIED_RE = re.compile(f"第?({_NUM}(?:[、和及]第?{_NUM}){{0,8}})筑垒地域")


def _fortified_regions(text: str) -> list[Candidate]:
    out = []
    at = text.find("筑垒地域")
    while at != -1:
        m = _FORTIFIED_RE.search(text, max(0, at - 40), at + 4)
        while m and m.end() < at + 4:
            m = _FORTIFIED_RE.search(text, m.end(), at + 4)
        if m and m.end() == at + 4 and not (m.group(0)[0] != "第" and m.start() > 0 and text[m.start() - 1] in _NUMBER_CHARS):
            numbers = [parse_number(n) for n in re.split("[、和及]第?", m.group(1))]
            if all(isinstance(n, int) for n in numbers):
                hint = {"numbers": numbers, "echelon": "筑垒地域", "prefix": ""}
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, {"unit_hint": hint}))
        at = text.find("筑垒地域", at + 4)
    return out


def find_soviet_units(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "近卫" in text:
        out += _guards(text)
    if "方面军" in text:
        out += _named_fronts(text)
    if "筑垒地域" in text:
        out += _fortified_regions(text)
    return out
