"""Unit designations without 第 where the words around them show a unit, county forces and Red Army double qualifiers,
in Chinese working text.

`find_bare_designation_units(text)` (MIL_UNIT):
- a designation of one Chinese numeral without 第 (二师, 三营, 六支队, 四分区) after a verb of command (命令二团,
  通知三分区, 派七连; not 率三师, a count as often), after 与/同 and before 会合/汇合/合编 (与三营会合), after another
  designation and 和/与/及/、 (七一五团和二团);
- not before a body of troops (`派出一大队日军`, `一大队人马`: a large troop, no designation; session 28, s28zhunit);
- units named after their county (X县大队, X县独立营, X县独立旅: the county's own forces of the resistance); a known
  county of one character outranks a longer name guessed from the clause before it (他率|萧县独立团; session 30,
  s30zhunit: seen on 115.28.85.62 《萧县独立旅始末》, lwxs88.com 萧县抗敌总队 and wphoto.net 睢宁县独立大队);
- Red Army units with two qualifiers (红新12军).

Every pattern is bounded and anchored on a rare literal (scan.anchored_finditer) or starts with one.
Provenance: first seen on real-dev8-zh (session 6, helper zh8: biographies, forum posts and local histories of
1927-1949; split out of written_zh8 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.chronicle_forms_zh import qualified_before
from pipeline.spans import Candidate
from pipeline.rules.place_gloss_frames_zh import NOT_IN_PLACE, NOT_PLACE_START

_DIGIT1 = "一二三四五六七八九十"


_BARE_ECHELONS = "军分区|分区|支队|纵队|大队|中队|师|旅|团|营|连"
_BARE_UNIT_RE = re.compile(f"(?<![{_DIGIT1}〇零第百千个])([{_DIGIT1}])({_BARE_ECHELONS})"
                           f"(?!长|部(?!队)|[属级以之众多余兵制]|人马|日军|敌|伪军|鬼子)")
# the words before a bare designation that show a unit is meant
# (not 率/率领: 率三师 counts the divisions led as often as it names one)
_COMMAND_BEFORE = ("命令", "令", "派", "调", "通知", "指挥", "电令", "命", "派出")
_MEET_BEFORE = ("与", "同", "和")
_COUNT_MARKS = set("共计凡约另增分各")
_MEET_AFTER = re.compile("(?:[^，,。；;]{0,6}?)(?:会合|汇合|合编|联系|协同|配合)")
_UNIT_END = set("师旅团营连队区军")
_COUNTY_UNIT_ANCHOR = re.compile("县(独立大队|大队|独立营|独立团|独立旅|基干队)")   # 独立大队: session 29 (s29zhlong);
#   独立旅: session 30 (s30zhunit), a county force raised to a brigade (萧县独立旅, from its 独立团)
# 红新12军, 红独立第3师: the Red Army's qualifier before another
_RED_DOUBLE_RE = re.compile(f"红(?:新|独立)第?([0-9]{{1,3}}|[{_DIGIT1}]{{1,3}})(军团|军|师|团)")
_RED_DOUBLE_ANCHOR = re.compile("红(?=新|独立)")

CLAUSE_START = set("，,。；;：:！？!?“”「」\n \u3000")

_NAME_BEFORE_COUNTY = set("的在了任和与及由是到至从向经率")   # 率: a verb of leading before the county's force (session 30)
# one-character county stems that are as often a word before 县 (任县委 "to serve as", 新县委, 全县, 本县): no county
_NOT_ONE_CHARACTER_COUNTY = _NAME_BEFORE_COUNTY | set("新全本该每各此原旧大小上下前后邻某其我敌伪")
# a preposition before 县委 ends the clause's subject, not a county's name (韩某向|县委建议: auditzh24)
_PREPOSITION_END = set("向对给把被跟同朝替率")   # 率: 他率|县大队, the leader and his verb (session 30, s30zhunit)


def _bare_unit_strength(text: str, start: int, end: int) -> int:
    """How surely the words around a bare designation show a unit: 0 not, 1 a verb of command before it,
    2 a sign of the unit itself (its own post or troops after it, met by another unit, after a designation)."""
    left = text[max(0, start - 2):start]
    if start > 0 and (text[start - 1] in _UNIT_END or text[start - 1] == "纵"):
        return 0                    # 红三军团四师: a sub-unit chained to its parent (the unit finders take the chain)
    if qualified_before(text, start):
        return 0                    # 警备|二旅, 整|五师: the unit finders read the qualified designation (auditzh13)
    if text[start:end].endswith(("分区", "支队", "纵队", "大队")) and (start == 0 or text[start - 1] in "，,。；;：:\n"):
        return 2                    # ，九分区还派来: a two-character echelon at a clause start
    echelon = text[end - 1]
    # 吕司令的三分区部队; 二师师长, 三团团长, 五营营长: the unit's own post after it
    if text.startswith(("部队", echelon + "长", "政委", "司令员", "参谋长"), end):
        return 2
    if left[-1:] in _MEET_BEFORE and _MEET_AFTER.match(text, end):
        return 2
    if left[-1:] in "和与及、" and start >= 2 and text[start - 2] in _UNIT_END:
        return 2
    if left.endswith(_COMMAND_BEFORE) and not text[max(0, start - 3):start].endswith(("调集", "派遣了")):
        verb = next(v for v in _COMMAND_BEFORE if left.endswith(v))
        if text[max(0, start - len(verb) - 1):start - len(verb)] not in _COUNT_MARKS:   # 共派七营: a count
            return 1
    return 0


def _function_word(name: str) -> bool:
    """A word jieba knows as an adjective, adverb, verb, conjunction, preposition or pronoun (单靠, 仅靠): no
    county's name, however rare the word (单靠|县大队 and 区乡民兵; auditzh13)."""
    entry = word_info().get(name)
    return bool(entry) and entry[1][:1] in ("a", "d", "v", "c", "p", "r")


def county_start(text: str, at: int) -> int | None:
    """Where the county name ending at `at` (the position of 县) starts: a known county (one to three characters
    before 县, or a name the lexicon knows without it), or two or three characters after a word that ends before a
    name (由X县大队, 的X县委)."""
    for size in (3, 2):
        start = at - size
        if start >= 0 and (_is_gpe(text[start:at + 1]) or _is_gpe(text[start:at])):
            return start
    if at >= 1 and _is_gpe(text[at - 1:at + 1]) and text[at - 1] not in _NOT_ONE_CHARACTER_COUNTY \
            and (at == 1 or text[at - 2] in CLAUSE_START or text[at - 2] in _NAME_BEFORE_COUNTY):
        return at - 1     # a county of one character with its 县 after a clause mark or a word before a name
        #                   (，邳县独立营, 由沛县大队: session 29, s29zhlong); not 任县委 (to serve as), 新县委, 决定县大队
    for size in (2, 3):
        start = at - size
        name = text[start:at] if start >= 0 else ""
        if (name and name[0] not in NOT_PLACE_START and not any(ch in NOT_IN_PLACE or ch in "几数每支" for ch in name)
                and name[-1] not in _PREPOSITION_END
                and not name.startswith("第") and name[-1] != "任"    # 第一任县委书记: an office's ordinal (s18zhper)
                and not is_common_word(name, 300) and not _function_word(name)
                and (start == 0 or text[start - 1] in CLAUSE_START
                                                        or text[start - 1] in _NAME_BEFORE_COUNTY)):
            return start
    return None


# the Chinese armies' two-character qualifiers of a bare numbered unit (警备二旅, 独立三旅, 教导一旅)
_BARE_QUALIFIERS = ("警备", "独立", "教导", "暂编", "新编", "预备", "骑兵", "炮兵", "特务", "警卫", "游击", "挺进", "保安")


def find_bare_designation_units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_BARE_UNIT_RE, text, re.compile(f"[{_DIGIT1}](?:{_BARE_ECHELONS})"), 0):
        num, echelon = m.group(1), m.group(2)
        if num == "一" and echelon in ("团", "连", "师"):
            continue                    # 一团 / 一连 / 一师: words and articles as often as designations
        if echelon == "支队" and text.startswith("伍", m.end()):
            continue                    # 派出一支队伍: 支 + 队伍, a count of troops (session 25, s25zhforce)
        strength = _bare_unit_strength(text, m.start(), m.end())
        if not strength:
            continue
        echelon = "军分区" if echelon == "分区" else echelon
        # 任警备二旅旅长, 独立三旅参谋长: the unit's own qualifier written before it stays inside (auditzh16)
        qualifier = next((q for q in _BARE_QUALIFIERS if text.startswith(q, m.start() - len(q))), "")
        # a sign of the unit itself outranks the readings as a count of battalions (八营) or formations
        out.append(Candidate(m.start() - len(qualifier), m.end(), "MIL_UNIT", "rule:unit-bare-in-context",
                             50 if strength == 1 else 62,
                             norm={"unit_hint": {"numbers": [parse_number(num)], "echelon": echelon, "prefix": qualifier}}))
    for m in _COUNTY_UNIT_ANCHOR.finditer(text):
        start = county_start(text, m.start())
        if start is None:
            continue
        at = m.start()
        if (start < at - 1 and _is_gpe(text[at - 1:at + 1]) and text[at - 1] not in _NOT_ONE_CHARACTER_COUNTY
                and not _is_gpe(text[start:at]) and not _is_gpe(text[start:at + 1])):
            start = at - 1      # 他率|萧县独立团: a known county of one character outranks a longer name guessed
            #                     from the clause before it (session 30, s30zhunit)
        kind = m.group(1)
        echelon = "大队" if kind in ("大队", "独立大队", "基干队") else kind[-1]
        prefix = "独立" if kind.startswith("独立") else ""
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-county", 55,
                             norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": prefix}}))
    for m in anchored_finditer(_RED_DOUBLE_RE, text, _RED_DOUBLE_ANCHOR, 0):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-red-qualified", 64,
                             norm={"unit_hint": {"numbers": [parse_number(m.group(1))], "echelon": m.group(2),
                                                 "prefix": "红"}}))
    return out
