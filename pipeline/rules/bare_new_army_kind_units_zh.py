"""Chinese MIL_UNIT forms: units written without 第 and units named by their kind after their parent (first seen on
session 21's unit audit, s21zhunit).

`find_bare_new_army_kind_units(text)` (working text, Simplified) proposes, each at priority 67 (above the finders whose
parts it joins or whose counts it replaces, so the whole span wins):

MIL_UNIT
- a late-Qing New Army brigade or regiment numbered in Chinese numerals without 第 (`六十三标统带`, `四十一协统领`):
  the annals and memoirs of the New Army name a 协 or 标 by its bare number before the post of its commander or
  its stations (the finders read only `第N标`). Two to four numerals, no 第 or numeral before; the 协/标 must
  not start a common word (协议, 协助, 标准, 标志 …), and the text must name a New Army post or a 镇 (统带, 统领,
  管带, 协统, 标统, 统制, 镇) so that other bare counts stay apart. Numbers as written, echelon 协/标.
- a unit named by its kind right after its numbered parent (guideline 3, a unit with its parent is one span):
  `第9师补充团`, `第12军教导旅`, `第5旅警卫团`, `新四军独立旅`, and a detachment named by its region
  (`第7师皖南支队`, `第2旅冀东独立支队`; the two characters of province abbreviations and directions), with the
  numbered battalions and companies written after it (`第3师补充团第二营`). The finders read the parent and the tail apart (or the tail
  not at all). Numbers of the numbered members, echelon of the last, prefix the kind (补充, 独立 …).
- a list of bare numbers typed with commas before one echelon word (`31,32,33团`, guideline 4 like
  `第3,13,116师团`): at least three numbers of one to three digits, strictly rising (a thousands separator
  never rises: `1,000,000`), so that a count is never read as a list.

- a Red Army corps (军团) or a column (纵队) with its headquarters word 部 (guideline 15, an HQ written with its
  formation is part of it: `红五军团部`, `第七纵队部`, `新四军第二纵队部`; the finders joined 军部/师部/旅部/团部/兵团部
  but left 军团部 and 纵队部 at the unit). Only with 红 or 第 or a named force before the number; 部分, 部队, 部长,
  部下 after it are other words.
- a late-Qing New Army regiment named by its arm, `炮标`/`马标`/`骑标`, right before its commander's post (统带, 标统,
  管带) or its first battalions, in a text that names such posts: echelon 标, prefix 炮兵/骑兵.

- a detachment named by its region (two or three province abbreviations or directions) right after a preposition
  (`由冀鲁支队接防`, `归皖北支队指挥`): the region and 支队 only (the detachment finder, which reads a surname or a
  name before 支队 from the clause boundary, took the preposition in: `由冀鲁支队`).

Examples above are written for this docstring. Cost: literal-gated scans (协/标, the kind words, commas, 军团部/纵队部).
"""

from __future__ import annotations

import re
from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.rules.new_army_chain_extents_zh import named_forces     # named_units.tsv names of 3+ characters, longest first
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-bare-new-army", 67
_NUM = "〇零一二三四五六七八九十百0-9"
_CJK = "\u4e00-\u9fff"

# ---------------------------------------------------------------------------------------- bare 协/标
QING_CONTEXT = ("统带", "统领", "管带", "协统", "标统", "统制", "镇")
_BARE_NA_RE = re.compile(
    "(?<![第〇零一二三四五六七八九十百两几数每各0-9])([一二三四五六七八九十百]{2,4})(协|标)"
    "(?![议助调同会定商作力奏办理准志题记签兵语本价的号杆枪明注识榜语尺])")
_BARE_NA_ANCHOR = re.compile("[协标]")


def _bare_new_army(text: str) -> list[Candidate]:
    if ("协" not in text and "标" not in text) or not any(w in text for w in QING_CONTEXT):
        return []
    out = []
    for m in anchored_finditer(_BARE_NA_RE, text, _BARE_NA_ANCHOR, 4):
        number = parse_number(m.group(1))
        if number and number > 10:          # 十标 … stay out: two-character numerals only
            out.append(_unit(m.start(), m.end(), [number], m.group(2)))
    return out


# ---------------------------------------------------------------------------------------- kind-named tails
_KINDS = "补充|独立|教导|警卫|特务"
_REGION = "冀鲁豫晋陕甘宁苏皖浙赣湘鄂粤桂川滇黔辽吉黑热察绥蒙闽琼东西南北中"
_NUMBERED = f"第?[{_NUM}]{{1,4}}(?:集团军|军团|纵队|军|师|旅)"
_TAIL = f"(?P<kind>{_KINDS})(?P<ech>旅|团|师)|(?P<region>[{_REGION}]{{2}})(?:独立)?支队"
_SUBS = f"(?P<subs>(?:第?[{_NUM}]{{1,3}}(?:营|连)){{0,2}})"
_KIND_TAIL_RE = re.compile(f"(?P<parent>(?:{_NUMBERED}){{1,3}})(?:{_TAIL}){_SUBS}(?![长部员])")
_KIND_ANCHOR = re.compile(f"[补独教警特{_REGION}]")
_NUMS_RE = re.compile(f"[{_NUM}]{{1,4}}")


_NAMED_TAIL_RE = re.compile(f"(?P<kind>独立|教导|补充)(?P<ech>旅|师|团)(?![长部员])")


def _force_around(text: str, at: int) -> int | None:
    """The end of a named force whose name runs across `at` (新四|军五师: 新四军 ends after 军), or None."""
    window = text[max(0, at - 8):at + 8]
    for f in named_forces():
        i = window.find(f)
        if i >= 0 and max(0, at - 8) + i < at < max(0, at - 8) + i + len(f):
            return max(0, at - 8) + i + len(f)
    return None


def _kind_tails(text: str) -> list[Candidate]:
    if not any(w in text for w in ("补充", "独立", "教导", "警卫", "特务", "支队")):
        return []
    out = []
    for m in anchored_finditer(_KIND_TAIL_RE, text, _KIND_ANCHOR, 24):
        inside = _force_around(text, m.start())        # 新四军五师…: the parent starts after the force's name
        if inside is not None:
            m = _KIND_TAIL_RE.match(text, inside)
            if m is None:
                continue
        numbers = [parse_number(n) for n in _NUMS_RE.findall(m.group("parent"))]
        subs = m.group("subs")
        numbers += [parse_number(n) for n in _NUMS_RE.findall(subs)]
        if not all(numbers):
            continue
        echelon = subs[-1] if subs else (m.group("ech") or "支队")
        before = text[max(0, m.start() - 12):m.start()]
        name = next((f for f in named_forces() if before.endswith(f)), "")     # 八路军115师补充团: the force too
        out.append(_unit(m.start() - len(name), m.end(), numbers, echelon, m.group("kind") or ""))
    if "独立" in text or "教导" in text or "补充" in text:     # a named force before its kind-named unit
        for m in literal_finditer(_NAMED_TAIL_RE, text):
            before = text[max(0, m.start() - 8):m.start()]
            name = next((f for f in named_forces() if before.endswith(f)), None)
            if name:
                out.append(_unit(m.start() - len(name), m.end(), [], m.group("ech"), m.group("kind")))
    return out


# ---------------------------------------------------------------------------------------- 红一军团部, 马标统带
_LEGION_HQ_RE = re.compile(f"(?<![{_NUM}])(红|第)?([{_NUM}]{{1,3}})(军团|纵队)部(?![长下队分属落门署位族件])")
_LEGION_HQ_ANCHOR = re.compile("部")
_ARM_BIAO_RE = re.compile("(?:(?<![\u4e00-\u9fff])|(?<=[与和及为由任]))(马|骑|炮|砲)标(?=统带|标统|管带|第[一二三]营)")
_ARM_PREFIX = {"马": "骑兵", "骑": "骑兵", "炮": "炮兵", "砲": "炮兵"}


def _legion_hqs(text: str) -> list[Candidate]:
    if "军团部" not in text and "纵队部" not in text:
        return []
    out = []
    for m in anchored_finditer(_LEGION_HQ_RE, text, _LEGION_HQ_ANCHOR, 8):
        number = parse_number(m.group(2))
        if not number or (not m.group(1) and _force_around(text, m.start()) is None
                          and not any(text[:m.start()].endswith(f) for f in named_forces())):
            continue                  # a bare 三纵队部 without 红/第 or a force before it stays the finders' reading
        before = text[max(0, m.start() - 12):m.start()]
        name = next((f for f in named_forces() if before.endswith(f)), "")
        out.append(_unit(m.start() - len(name), m.end(), [number], m.group(3), "红" if m.group(1) == "红" else ""))
    return out


def _arm_biao(text: str) -> list[Candidate]:
    if "标" not in text or not any(w in text for w in QING_CONTEXT):
        return []
    out = []
    for m in _ARM_BIAO_RE.finditer(text):
        arm = m.group(1)
        out.append(_unit(m.start(), m.end(), [], "标", _ARM_PREFIX[arm]))
    return out


# ---------------------------------------------------------------------------------------- 由苏鲁支队
_REGION_DETACHMENT_RE = re.compile(f"(?<=[由从被把将对给受归经])([{_REGION}]{{2,3}})支队(?![长部员])")


def _region_detachments(text: str) -> list[Candidate]:
    if "支队" not in text:
        return []
    return [_unit(m.start(), m.end(), [], "支队") for m in literal_finditer(_REGION_DETACHMENT_RE, text)]


# ---------------------------------------------------------------------------------------- 31,32,33团
_COMMA_LIST_RE = re.compile(f"(?<![0-9.,，第])([1-9][0-9]{{0,2}}(?:[,，][1-9][0-9]{{0,2}}){{2,}})(师团|联队|旅团|团|旅|师|营)")


def _comma_lists(text: str) -> list[Candidate]:
    if "," not in text and "，" not in text:
        return []
    out = []
    for m in _COMMA_LIST_RE.finditer(text):
        numbers = [int(n) for n in re.split("[,，]", m.group(1))]
        if all(a < b for a, b in zip(numbers, numbers[1:])):
            out.append(_unit(m.start(), m.end(), numbers, m.group(2)))
    return out


def _unit(start: int, end: int, numbers: list[int], echelon: str, prefix: str = "") -> Candidate:
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY,
                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}})


def find_bare_new_army_kind_units(text: str) -> list[Candidate]:
    return (_bare_new_army(text) + _kind_tails(text) + _comma_lists(text) + _legion_hqs(text)
            + _arm_biao(text) + _region_detachments(text))
