"""Chinese MIL_UNIT runs: lists of bare designations, sub-units listed with their parent's parts, and designations
written after the force or the military district that owns them (first seen on session 21's unit audit, written as
classes in round 2, r21units).

`find_listed_bare_unit_runs(text)` (working text, Simplified) proposes, each at priority 68 (above the finders whose
parts it joins or whose counts it replaces, so the whole span wins):

MIL_UNIT
- a late-Qing list of New Army brigades or regiments by bare Chinese numerals before ONE 协/标
  (`五十一、五十二标`, `二十一、二十二、二十三协`): guideline 4, a list sharing one echelon word is one span (the
  finder of bare 协/标 read only the last member). Two- to four-character numerals above ten, no 第 or numeral
  before, and a New Army post or 镇 in the text (as bare_new_army_kind_units_zh's bare 协/标). Numbers expanded.
- a battalion, company or platoon by its bare number (`二营`, `3连`) standing in a list of designations: beside
  another member of the same echelon (`二营、三营`, `一连和二连`: each its own span, guideline 4), after its
  regiment's headquarters (`团部及二营`), or before a branch sub-unit (`二营、机枪连`, `一营和通信队`). Alone,
  `三营` stays a count (QUANTITY).
- a named force (named_units.tsv: 浙军, 湘军 …) directly before its New Army division `第N镇` and the brigades,
  regiments or battalions written after it (`湘军第二镇`, `浙军第一镇第二协`): guideline 3, a unit written with its
  parent is one span. The 镇 finder and the named-force finder read them apart.
- a military district or sub-district followed by a detachment or column named by its place
  (`冀南军区平原支队`, `八路军鲁南军区沂河支队第3团`, `华中军区淮海挺进纵队`): one span with the district (and the
  force before it) and the numbered units written after the detachment (guideline 3). The place is a known place
  name or two or three province abbreviations or directions; 支队长 (a post) stays out.
- a bare regiment or battalion after 第N次 at the head of a line or clause, before a colon or 组建/重建/成立/恢复
  (`第二次五团：`, `第三次八团组建于…`): the Nth incarnation of a unit is the unit (`五团`); 第N次 is an
  ordinal (guideline 9), never an ORG (the roster-line ORG finder read `第二次五团` as a society's name).

Examples above are written for this docstring. Cost: literal-gated scans (、+协/标, 营/连/排 with a list
separator, 镇, 军区 and 次 with a following designation).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.unit_grammar import ECHELON_TAIL_STOP, BRANCHES, named_units
from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.rules.new_army_chain_extents_zh import named_forces     # named_units.tsv names of 3+ characters, longest first
from pipeline.rules.bare_new_army_kind_units_zh import QING_CONTEXT
from pipeline.rules.unit_head_names import PROVINCE_ABBREVIATIONS, region_before
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-listed-bare-run", 68
_CN = "〇零一二三四五六七八九十百"
_NUM = _CN + "0-9"


def _unit(start: int, end: int, numbers: list[int], echelon: str, prefix: str = "") -> Candidate:
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY,
                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}})


# ---------------------------------------------------------------------------------------- late-Qing bare lists
_QING_LIST_RE = re.compile(
    "(?<![第〇零一二三四五六七八九十百两几数每各0-9])([一二三四五六七八九十百]{2,4}(?:、[一二三四五六七八九十百]{2,4}){1,8})"
    "(协|标)(?![议助调同会定商作力奏办理准志题记签兵语本价的号杆枪明注识榜语尺])")


def _qing_lists(text: str) -> list[Candidate]:
    if "、" not in text or ("协" not in text and "标" not in text) or not any(w in text for w in QING_CONTEXT):
        return []
    out = []
    for m in literal_finditer(_QING_LIST_RE, text):
        numbers = [parse_number(n) for n in m.group(1).split("、")]
        if all(n and n > 10 for n in numbers) and len(set(numbers)) == len(numbers):
            out.append(_unit(m.start(), m.end(), numbers, m.group(2)))
    return out


# ---------------------------------------------------------------------------------------- listed sub-units
_SMALL = "(?<![第〇零一二三四五六七八九十百两几数每各个0-9])([一二三四五六七八九]|[1-9](?![0-9]))"
# the grammar's guards against words in 营/连/排 (营业, 连续, 排队), and a post or headquarters (二营长, 三营部)
_ITEM = "{}(?:{})".format(_SMALL, "|".join(f"{e}{ECHELON_TAIL_STOP[e]}(?![长部])" for e in "营连排"))
_SEP = "[、和及与]"
_SUBUNIT_RE = re.compile(
    f"(?P<hq>(?:团部|营部|师部|旅部|司令部){_SEP})?(?P<n>{_ITEM})"
    f"(?=(?:(?P<sep>{_SEP})(?:(?P<m>{_ITEM})|(?P<branch>(?:{BRANCHES}|卫生|担架|迫炮|机炮)(?:连|营|排|队))))?)")
_SUBUNIT_ANCHOR = re.compile("[营连排]")


def _listed_subunits(text: str) -> list[Candidate]:
    if not any(s in text for s in "、和及与"):
        return []
    out = []
    for m in anchored_finditer(_SUBUNIT_RE, text, _SUBUNIT_ANCHOR, 7):
        start = m.start("n")
        item = m.group("n")
        number, echelon = parse_number(item[:-1]), item[-1]
        listed = bool(m.group("hq") or m.group("branch"))
        if m.group("m"):
            other = m.group("m")
            listed = other[-1] == echelon and parse_number(other[:-1]) != number
            if listed:   # the partner is a member too (一连、二连: the next match may start inside this one)
                at = m.end() + len(m.group("sep"))
                out.append(_unit(at, at + len(other), [parse_number(other[:-1])], echelon))
        if listed and number:
            out.append(_unit(start, m.end("n"), [number], echelon))
    return out


# ---------------------------------------------------------------------------------------- named force + 第N镇
_ZHEN_RE = re.compile(f"第([{_NUM}]{{1,3}})镇((?:第[{_NUM}]{{1,3}}(?:协|标|营))*)(?![长的上])")
_ZHEN_ITEM_RE = re.compile(f"第([{_NUM}]{{1,3}})(协|标|营)")


def _named_new_army(text: str) -> list[Candidate]:
    if "镇" not in text:
        return []
    names = named_units()
    out = []
    for m in literal_finditer(_ZHEN_RE, text):
        before = text[max(0, m.start() - 8):m.start()]
        name = next((before[-k:] for k in range(min(len(before), 6), 1, -1)
                     if before[-k:] in names and before[-k:].endswith("军")), None)
        if not name:
            continue
        numbers, echelon = [parse_number(m.group(1))], "镇"
        for im in _ZHEN_ITEM_RE.finditer(m.group(2)):
            numbers.append(parse_number(im.group(1)))
            echelon = im.group(2)
        if all(numbers):
            out.append(_unit(m.start() - len(name), m.end(), numbers, echelon))
    return out


# ---------------------------------------------------------------------------------------- district + place detachment
_DISTRICT_RE = re.compile(
    "(?P<d>军分区|军区)(?P<name>[\u4e00-\u9fff]{2,3}?)(?P<head>挺进纵队|挺进支队|独立支队|支队|纵队)"
    f"(?P<tail>(?:第?[{_NUM}]{{1,4}}(?:支队|大队|团|营|连)){{0,3}})(?![长员])")
_DIRECTIONS = frozenset("东西南北中")


def _place_name(name: str) -> bool:
    return name in place_lexicon() or all(ch in PROVINCE_ABBREVIATIONS or ch in _DIRECTIONS for ch in name)


_TAIL_ITEM_RE = re.compile(f"第?([{_NUM}]{{1,4}})(支队|大队|团|营|连)")


def _district_chains(text: str) -> list[Candidate]:
    if "军区" not in text and "军分区" not in text:
        return []
    out = []
    for m in literal_finditer(_DISTRICT_RE, text):
        if not _place_name(m.group("name")):
            continue
        start = region_before(text, m.start())
        if start is None:
            continue
        force = next((f for f in named_forces() if text.endswith(f, 0, start)), None)
        if force:
            start -= len(force)
        head = m.group("head")
        numbers, echelon, prefix = [], head[-2:], head[:2] if len(head) == 4 else ""
        for im in _TAIL_ITEM_RE.finditer(m.group("tail")):
            numbers.append(parse_number(im.group(1)))
            echelon, prefix = im.group(2), ""
        out.append(_unit(start, m.end(), numbers, echelon, prefix))
    return out


# ---------------------------------------------------------------------------------------- 第N次 + bare unit
_INCARNATION_RE = re.compile(
    f"(?:^|(?<=[\\n。；;，,：:]))[ \\t\\u3000]*第[{_NUM}]{{1,2}}次(?P<u>(?P<n>[一二三四五六七八九十]{{1,3}}|[0-9]{{1,3}})(?P<e>团|营|师|旅))"
    "(?=[：:]|组建|重建|成立|恢复)")


def _incarnations(text: str) -> list[Candidate]:
    if "次" not in text:
        return []
    out = []
    for m in literal_finditer(_INCARNATION_RE, text):
        number = parse_number(m.group("n"))
        if number:
            out.append(_unit(m.start("u"), m.end("u"), [number], m.group("e")))
    return out


def find_listed_bare_unit_runs(text: str) -> list[Candidate]:
    out = (_qing_lists(text) + _listed_subunits(text) + _named_new_army(text) + _district_chains(text)
           + _incarnations(text))
    return list({(c.start, c.end): c for c in out}.values())
