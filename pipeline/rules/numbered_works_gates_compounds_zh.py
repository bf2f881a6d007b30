"""Numbered works, city gates named like a county, and family compounds (FAC). Grammar; no list of names.

- A numbered works: 第 + a numeral + 工厂 / 兵工厂 / 分厂 / 修械所 / 被服厂 is one FAC (`第二十一工厂`, `第五十兵工厂`),
  as the contract's readings take a numbered arsenal (the Ordnance Department renumbered its arsenals in 1938, and
  factory and local histories name them so); the office before it (`兵工署第一工厂`) is read by the office-arsenal
  rule, and a works written right after an office (署, 局, 部, 司, 处, 会) is left to it.
- A city gate named like a county: many gates carry an auspicious two-character name that is also a county's
  (永宁, 定远, 朝阳 …), so the gazetteer reads the place and leaves 门. After a word of passing, entering,
  attacking or holding (从, 由, 经, 出, 进, 入, 攻, 占, 破, 守, 至, 到, 过, 向 …, or 了), a two-character place the
  lexicon knows + 门 is one FAC (`从甲乙门突围`, `攻破丙丁门`), unless X门 is itself a place (江门, 荆门) or a
  longer word runs on (门下, 门生, 门户, 门外汉; a settlement or district word after it).
- A family compound: a surname + 家 + 大院 / 大屋 / 老宅 / 祖屋 / 庄园 is one FAC (`某家大院`), as the contract reads
  a family hall (`李氏祠堂`) and a residence by its owner.

Priority 46 (above the gazetteer's 30 and the place frames' 45). Cost: str.find of 工厂/修械所/被服厂, 门 and
大院/大屋/老宅/祖屋/庄园 gates the scans; a read back of two characters at each hit.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import surnames
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:numbered-works-gate-compound"
PRIORITY = 46

_NUMERAL = "[一二三四五六七八九十百零〇0-9０-９]{1,4}"
_WORKS_RE = re.compile(f"第{_NUMERAL}(?:兵工厂|兵工廠|工厂|工廠|分厂|分廠|修械所|被服厂|被服廠)")
# the last character of an office written right before the works (兵工署|第一工厂): the office-arsenal rule reads both
_OFFICE_ENDS = frozenset("署局部司处處会會")
_GATE_RE = re.compile("(?<=[从由经出进入攻占破守至到过向往抵克夺了從經進過嚮奪])([\u4e00-\u9fff]{2})门"
                      "(?![下生户徒外内楼洞口前后里县市镇村区乡人派第诊卫岗槛牌票类])")
_GATE_KINDS = frozenset(("county", "prefecture", "city", "district"))
_COMPOUND_RE = re.compile("([\u4e00-\u9fff])家(?:大院|大屋|老宅|祖屋|庄园|莊園)")


def _works(text: str) -> list[Candidate]:
    if "第" not in text:
        return []
    return [Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY) for m in literal_finditer(_WORKS_RE, text)
            if not (m.start() and text[m.start() - 1] in _OFFICE_ENDS)]


def _gates(text: str) -> list[Candidate]:
    if "门" not in text:
        return []
    places = place_lexicon()
    out = []
    for m in _GATE_RE.finditer(text):
        entry = places.get(m.group(1))
        if entry is None or entry.label != "GPE" or entry.kind not in _GATE_KINDS:
            continue
        if any(text[m.end() - k:m.end()] in places for k in (2, 3)):
            continue                # 江门, 荆门, 石龙门: the place itself ends in 门
        out.append(Candidate(m.start(1), m.end(), "FAC", SOURCE, PRIORITY))
    return out


def _compounds(text: str) -> list[Candidate]:
    if "家" not in text:
        return []
    single = surnames()[0]
    return [Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY)
            for m in literal_finditer(_COMPOUND_RE, text) if m.group(1) in single]


def find_numbered_works_gates_compounds(text: str) -> list[Candidate]:
    """FAC candidates: 第二十一工厂, 从甲乙门 (a gate named like a county), 某家大院."""
    return _works(text) + _gates(text) + _compounds(text)
