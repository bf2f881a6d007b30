"""Forms of the career lists in military biographies (session 14 audit, auditzh22: encyclopedia and chronicle pages of
Qing, Beiyang, Nationalist and Communist officers: 生平, 人物志, 悼词).

A biography lists schools, bodies and formations in a row (历任X、Y、Z); these forms were missed or mislabelled:

- ORG: an academy or school of an arm of service (`装甲兵学院`, `炮兵技术学院`, `高级步兵学校`, `第一高级步兵学校`,
  `防化兵学院`): the arm (a closed list: the arms of the PLA and the National Revolutionary Army, below), an ordinal,
  a level (高级/中级/初级) and a subject word (技术/指挥/工程) before 学院/学校; a place right before it belongs to the
  name (`南京步兵学校`). Not after a word of counting or reference (`一所炮兵学校`, `各步兵学校`). The lexicon knows the
  NRA's service schools by name (炮兵学校, 工兵学校); this reads the others of the same form.
- ORG: the Japanese army's war college by its own name, `陆军大学校` (Rikugun Daigakkō), with its 校, where 校长 does
  not follow (`陆军大学|校长` is the college's head: the lexicon's 陆军大学 reads it).
- ORG: a provincial army-training office of the New Army (`北洋陆军督练公所`, `湖北督练公所`, `江南督练处`): a
  province, 北洋/南洋 or a known place, optionally 陆军, before 督练公所/督练处 (the offices each province set up in
  1904-1911 to raise its New Army).
- MIL_UNIT: a province's mixed brigade written without a number (`安徽混成协`, `江苏混成旅`), as a province's
  练军 or 新军 (the late-Qing reading: a province before a generic provincial head is one unit).
- MIL_UNIT: a flotilla named by its force or its waters (`湘军水师`, `淮扬水师`, `太湖水师`), as `北洋水师`,
  `广东水师` in the development sets; a named force ending in 军 or a known place (2-3 characters) before 水师.
  A named force's land arm too (`湘军陆师`, `淮军陆师`; session 22, s22zhext).
- MIL_UNIT: a region's military district or field army with a column numbered without 第 written right after it
  (`华东军区一纵队`, `西北野战军二纵队`): one unit with its parent (rule 3), as `华东军区第一纵队`; the join of
  unit_joins_zh reads only the written finders' parents, and the units finder's region commands were left alone
  before a bare numeral.
- GPE: a river that names a province (`黑龙江`, the lexicon's 黑龙江省 without 省) before a provincial post or body
  (`署黑龙江巡抚`, `黑龙江将军`, `黑龙江督军`): the province, not the river.

Anchored on the literals 学院/学校, 督练, 混成, 水师 and the province-naming rivers (str.find); each hit reads a few
characters back. Candidates: ORG 62 (the service bodies' priority, above a named force inside), MIL_UNIT 61, GPE 33
(above the gazetteer's LOC).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units, parse_number
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

# the arms of service of the PLA and the NRA whose schools bear the arm's name (装甲兵学院, 炮兵学校)
_ARMS = ("高射炮兵", "装甲兵", "坦克兵", "通信兵", "工程兵", "防化兵", "铁道兵", "辎重兵", "航空兵", "炮兵", "工兵",
         "步兵", "骑兵", "坦克", "防空", "海军", "空军", "后勤")
_ARM_SCHOOL_RE = re.compile(
    "(?P<ord>第[一二三四五六七八九十]{1,2})?(?P<level>高级|中级|初级)?(?P<arm>" + "|".join(_ARMS) + ")"
    "(?P<subject>技术|指挥|工程|军官|预备|军事)?(?P<head>学院|学校)")
_NOT_BEFORE_SCHOOL = set("所些类个各该这那每诸")
_PREFIX_PLACE_SIZES = (4, 3, 2)

_TRAINING_OFFICES = ("督练公所", "督练处")
_TRAINING_OWNERS = ("北洋", "南洋")

_MIXED_HEADS = ("混成协", "混成旅", "混成镇")

_FLOTILLA = "水师"
_LAND_ARM = "陆师"
_NOT_SEATS = frozenset({"country", "puppet state", "colony", "territory", "region"})

_PROVINCE_POSTS = re.compile(
    "巡抚|将军|督军|督办|省长|总督|布政使|按察使|提学使|提督|都督|副都统|都统|省政府|省主席|主席|镇守使|交涉使|边防|道尹")


@lru_cache(maxsize=1)
def _provinces() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items()
                     if entry.label == "GPE" and entry.kind == "province" and 2 <= len(name) <= 3)


@lru_cache(maxsize=1)
def _province_rivers() -> tuple[str, ...]:
    """Rivers whose name is a province's without 省 (黑龙江: 黑龙江省)."""
    lex = place_lexicon()
    return tuple(sorted(name for name, entry in lex.items() if entry.label == "LOC" and entry.kind == "river"
                        and (lex.get(name + "省") is not None and lex[name + "省"].label == "GPE")))


@lru_cache(maxsize=1)
def _named_forces() -> tuple[str, ...]:
    return tuple(sorted((n for n in named_units() if n.endswith("军") and len(n) >= 2), key=longest_first))


def _place_before(text: str, pos: int, labels: tuple[str, ...] = ("GPE",), not_kinds: frozenset[str] | None = None) -> int:
    """Start of a known place (2-4 characters) ending at pos, or pos; a country or dynasty is no seat or
    waters of a school, office or flotilla (清朝|水师: the Qing's navy at large)."""
    lex = place_lexicon()
    for size in _PREFIX_PLACE_SIZES:
        if pos >= size:
            entry = lex.get(text[pos - size:pos])
            if entry is not None and entry.label in labels and entry.kind not in (
                    _NOT_SEATS if not_kinds is None else not_kinds):
                return pos - size
    return pos


def _arm_schools(text: str) -> list[Candidate]:
    out = []
    for head in ("学院", "学校"):
        for at in literal_positions(text, head):
            m = None
            for back in range(2, 12):
                if at - back < 0:
                    break
                cand = _ARM_SCHOOL_RE.match(text, at - back)
                if cand and cand.end() == at + 2:
                    m = cand                      # the longest reading ending at this head
            if m is None:
                continue
            start = m.start()
            if start and text[start - 1] in _NOT_BEFORE_SCHOOL:
                continue                          # 一所炮兵学校, 各步兵学校: a kind of school, no name
            if m.group("arm") in ("海军", "空军", "后勤", "防空") and not (m.group("subject") or m.group("level")
                                                                     or m.group("ord")):
                continue                          # 海军学校, 空军学院: the service schools' finder and lexicon read these
            if not (m.group("ord") or m.group("level") or m.group("subject")) and m.group("head") == "学校":
                continue                          # 炮兵学校, 骑兵学校: the lexicon's NRA schools (or a kind of school)
            start = _place_before(text, start)
            out.append(Candidate(start, m.end(), "ORG", "rule:org-arm-school", 62))
    return out


def _war_colleges(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "大学校"):
        if at >= 2 and text[at - 2:at] == "陆军" and text[at + 3:at + 4] != "长":
            out.append(Candidate(at - 2, at + 3, "ORG", "rule:org-war-college", 62))
    return out


def _training_offices(text: str) -> list[Candidate]:
    out = []
    if "督练" not in text:
        return out
    for office in _TRAINING_OFFICES:
        for at in literal_positions(text, office):
            pos = at - 2 if text.startswith("陆军", at - 2) else at
            owner = next((o for o in _TRAINING_OWNERS if text.startswith(o, pos - 2)), None)
            start = pos - 2 if owner else _place_before(text, pos)
            if start == pos:
                continue                          # 督练公所 alone: no owner named
            if owner:
                start = _place_before(text, start)   # 保定北洋陆军督练公所: the seat belongs to the name
            out.append(Candidate(start, at + len(office), "ORG", "rule:org-training-office", 62))
    return out


def _mixed_brigades(text: str) -> list[Candidate]:
    out = []
    if "混成" not in text:
        return out
    provinces = _provinces()
    for head in _MIXED_HEADS:
        for at in literal_positions(text, head):
            name = next((text[at - k:at] for k in (3, 2) if at >= k and text[at - k:at] in provinces), None)
            if name is None and head != "混成旅":
                # the Qing New Army's mixed brigades and divisions were also named by a prefecture or a frontier
                # seat (a place of the gazetteer, no country: X混成协 as 湖北混成协; r3zhunits)
                start = _place_before(text, at)
                name = text[start:at] if start < at else None
            if name is None or text.startswith("团", at + len(head)):
                continue                          # 台湾混成旅团: the Japanese mixed brigade is the units finder's
            hint = {"unit_hint": {"numbers": [], "echelon": head[-1], "prefix": "混成"}}   # as 第二混成旅, 混成第三协
            out.append(Candidate(at - len(name), at + len(head), "MIL_UNIT", "rule:unit-province-mixed", 61, norm=hint))
    return out


def _flotillas(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, _FLOTILLA):
        force = next((n for n in _named_forces() if text.startswith(n, at - len(n))), None)
        start = at - len(force) if force else _place_before(text, at, ("GPE", "LOC"))
        if start == at:
            continue
        out.append(Candidate(start, at + 2, "MIL_UNIT", "rule:unit-flotilla", 61))
    # a named force's land arm, as its flotilla: 湘军陆师, 淮军陆师 (session 22, s22zhext; guideline 2/3, the force
    # with its branch is one unit as 湘军水师; only after a named force, a place's 陆师 stays as it was)
    for at in literal_positions(text, _LAND_ARM):
        force = next((n for n in _named_forces() if text.startswith(n, at - len(n))), None)
        if force:
            out.append(Candidate(at - len(force), at + 2, "MIL_UNIT", "rule:unit-flotilla", 61))
    return out


_COLUMN_NUMERAL_RE = re.compile("[一二三四五六七八九十0-9]{1,2}$")
_REGION_COMMANDS = ("军区", "野战军")
_NOT_REGIONS = frozenset({"country"})     # 华东, 西北 (regions) and provinces name military regions; a country does not


def _region_columns(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "纵队"):
        numeral = _COLUMN_NUMERAL_RE.search(text, max(0, at - 2), at)
        if numeral is None or text[at:at + 3] == "纵队长":
            continue
        head_end = numeral.start()
        command = next((c for c in _REGION_COMMANDS if text.startswith(c, head_end - len(c))), None)
        if command is None:
            continue
        region_end = head_end - len(command)
        start = _place_before(text, region_end, ("GPE", "LOC"), _NOT_REGIONS)
        if start == region_end:
            continue
        number = parse_number(numeral.group())
        if not number:
            continue
        hint = {"unit_hint": {"numbers": [number], "echelon": "纵队", "prefix": ""}}
        out.append(Candidate(start, at + 2, "MIL_UNIT", "rule:unit-region-column", 61, norm=hint))
    return out


def _province_rivers_as_provinces(text: str) -> list[Candidate]:
    out = []
    for river in _province_rivers():
        for at in literal_positions(text, river):
            end = at + len(river)
            if _PROVINCE_POSTS.match(text, end) and not text.startswith("省", end):
                out.append(Candidate(at, end, "GPE", "rule:place-province-post", 33))
    return out


def find_career_forms(text: str) -> list[Candidate]:
    """Candidates of the career-list forms above in `text` (working text)."""
    out: list[Candidate] = []
    if "学院" in text or "学校" in text:
        out += _arm_schools(text)
        if "大学校" in text:
            out += _war_colleges(text)
    out += _training_offices(text)
    out += _mixed_brigades(text)
    if _FLOTILLA in text or _LAND_ARM in text:
        out += _flotillas(text)
    out += _province_rivers_as_provinces(text)
    if "纵队" in text:
        out += _region_columns(text)
    return out
