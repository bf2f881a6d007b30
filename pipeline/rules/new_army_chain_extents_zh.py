"""Chinese MIL_UNIT extents, where a unit span starts and ends: New Army chains, headquarters guards, code
designations, district chains, Japanese detachments by commander, and counts of battalions (first seen on session
20's unit audit, s20zhunit).

`find_new_army_chain_extents(text)` (working text, Simplified) proposes, each at priority 67 (above the finders whose
parts it joins, so the whole span wins):

MIL_UNIT
- a New Army division or brigade with its parent force and its sub-units, written together (guideline 3: a unit
  written with its parent is one span): a province's standing or new army before its numbered 镇/协
  (`江西常备军第二镇`, as `江苏新军第九镇`), and a 镇/协 with the 协/标/营/队 below it, an arm word before the
  sub-unit's number included (`陆军第十镇工兵第十营`, `第九镇炮队第九标第一营`). The chain must run from the
  larger echelon to the smaller (镇 > 协 > 标 > 营 > 队); a bare `混成协` before an arm's numbered battalion is
  its parent too (`混成协炮兵第十一营`, docs: an unnumbered parent + a sub-unit is one span). Numbers of every
  member, echelon of the last. The finders read the parts apart (`江西常备军` + `第二镇`, `陆军第十镇` +
  `工兵第十营`).
- a formation's headquarters followed by its own guard, special-duty or signal unit (`第六纵队司令部警卫营`,
  `东北民主联军总部特务团`): one span (guideline 15, an HQ written with its formation is part of it; docs: a
  function team right after its unit is one span). The parent is a named force (named_units.tsv) or a numbered
  designation.
- a PLA code designation by province character, `字` and number (`川字八一部队`-like forms with digits:
  `藏字318部队`): the province character and 字 belong to the name (the units finder read `318部队` alone).
- a military district with its regiment and company numbered without 第 (`某某军分区三团二连`): one span, the
  district starting at a known place or a run of province abbreviations, as the region chains do.
- a Chinese division's regiment commander written `N师团长` (`后任十一师团长`): the division `N师` is the unit, 团长
  the post (the units finder read a Japanese division `十一师团`), where the text writes the same number as a
  division elsewhere (`在十一师任营长`), no 第 stands before it and no Japanese side word in the eight characters
  before; `第十一师团长` and a number never written as a bare 师 stay the Japanese division.
- a Japanese detachment named by its commander's surname (docs: a surname before 支队 names his unit), where the
  surname is one no list holds: after a Japanese side word (`日军某崎支队`) or after 的 in a clause that names a
  Japanese division, brigade or regiment in the twenty characters before (`第五师团分遣出来的某崎支队`). The two
  characters must not be a kind of unit (游击, 先遣, 独立 …), a numeral or a demonstrative.

QUANTITY
- a count of battalions before the troops' arm or strength (`带领2营骑兵`, `率三营步兵`, `两营兵力`): `N营` counts
  battalions (the units finder read `2营` as a designation). Only with no 第 before and an arm or strength word
  right after.
- (session 31, w31zhmil, from the cross-set reading of the development sets) one battalion or company counted
  after its arm (`率领炮兵一连`, `随伴步兵一营`, `辖步兵两团，炮兵一营`): `一营`/`一连` is a QUANTITY, the arm
  outside, where a verb of leading, holding or accompanying stands right before the arm, or the arm follows a
  comma after another count of formations. Not after 第, nor before 长/部 or a second echelon (炮兵一营营长).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-chain-extent", 67
_NUM = "〇零一二三四五六七八九十百0-9"
_CJK = "\u4e00-\u9fff"

# ---------------------------------------------------------------------------------------- New Army chains
_PROVINCES = ("黑龙江|察哈尔|直隶|奉天|吉林|山东|山西|河南|江苏|安徽|江西|浙江|福建|湖北|湖南|广东|广西|四川|云南|"
              "贵州|陕西|甘肃|新疆|热河|绥远|江南|江北")
_ARM = "步队|马队|炮队|工程|辎重|炮兵|工兵|骑兵|步兵|马兵|宪兵"
_NA_RANK = {"镇": 5, "协": 4, "标": 3, "营": 2, "队": 1}
_NEW_ARMY_RE = re.compile(
    f"(?P<head>(?:{_PROVINCES})(?:常备军|续备军|新军)|常备军|陆军|新军)?"
    f"(?P<main>第[{_NUM}]{{1,4}}(?:混成)?(?:镇|协))"
    f"(?P<subs>(?:(?:{_ARM})?第[{_NUM}]{{1,4}}(?:混成)?(?:协|标|营|队)){{0,3}})"
    f"(?![长部官内中里统带])")
_NEW_ARMY_ANCHOR = re.compile("[镇协]")
_BARE_HEADS = ("陆军", "新军")   # a bare 陆军/新军 joins a chain (新军第七镇辎重第三营), never a 镇 alone
_NA_SUB_RE = re.compile(f"(?:{_ARM})?第([{_NUM}]{{1,4}})(?:混成)?(协|标|营|队)")
_BARE_MIXED_RE = re.compile(f"(?<![{_CJK}{_NUM}])混成协(?:{_ARM})?第([{_NUM}]{{1,4}})(营|队)(?![长部官])")


def _new_army_chains(text: str) -> list[Candidate]:
    out = []
    if "第" not in text or ("镇" not in text and "协" not in text):
        return out
    for m in anchored_finditer(_NEW_ARMY_RE, text, _NEW_ARMY_ANCHOR, 16):   # 镇/协 within 16 of the start
        head, subs = m.group("head") or "", m.group("subs")
        if not subs and not (head and head not in _BARE_HEADS):
            continue                     # 第八镇, 陆军第八镇, 新军第八镇 alone: the finders' reading
        main = m.group("main")
        numbers = [parse_number(main[1:-1].replace("混成", ""))]
        rank, echelon, end = _NA_RANK[main[-1]], main[-1], m.end("main")
        for s in _NA_SUB_RE.finditer(subs):
            if _NA_RANK[s.group(2)] >= rank:
                break                    # siblings (第八镇第九镇) or a larger unit stay apart
            numbers.append(parse_number(s.group(1)))
            rank, echelon, end = _NA_RANK[s.group(2)], s.group(2), m.start("subs") + s.end()
        if not all(numbers) or (end == m.end("main") and not (head and head not in _BARE_HEADS)):
            continue
        out.append(_unit(m.start(), end, numbers, echelon))
    if "混成协" in text:
        for m in _BARE_MIXED_RE.finditer(text):
            number = parse_number(m.group(1))
            if number:
                out.append(_unit(m.start(), m.end(), [number], m.group(2)))
    return out


# ---------------------------------------------------------------------------------------- HQ + its guard unit
_HQS = "总部|司令部|指挥部|军部|师部|旅部|纵队部"
_FUNCTION_UNIT = "(?:警卫|特务|通信|侦察|教导)(?:团|营|连)"
_FUNCTION_WORDS = ("警卫", "特务", "通信", "侦察", "教导")
_HQ_ANCHOR = re.compile("部")
_HQ_GUARD_TAIL_RE = re.compile(f"(?:{_HQS})(?P<f>{_FUNCTION_UNIT})(?![长部员])")
# the regional field armies of 1946-1949 (东北, 华东, 中原, 西北, 华北, 晋察冀, 晋冀鲁豫野战军), not all in named_units.tsv
_NUMBERED_PARENT_RE = re.compile(f"(?:第[{_NUM}]{{1,4}}(?:集团军|兵团|纵队|军|师|旅)|(?:东北|华东|中原|西北|华北|晋察冀|晋冀鲁豫)野战军)$")


@lru_cache(maxsize=1)
def named_forces() -> tuple[str, ...]:
    from pipeline.normalize.units import named_units
    from pipeline.lexicons import longest_first
    return tuple(sorted((n for n in named_units() if len(n) >= 3), key=longest_first))


def _hq_guards(text: str) -> list[Candidate]:
    out = []
    if "部" not in text or not any(word in text for word in _FUNCTION_WORDS):
        return out
    for m in anchored_finditer(_HQ_GUARD_TAIL_RE, text, _HQ_ANCHOR, 2):    # 部 within 2 of the start
        before = text[max(0, m.start() - 10):m.start()]
        start, numbers = None, []
        n = _NUMBERED_PARENT_RE.search(before)
        if n:
            start = m.start() - (len(before) - n.start())
            number = re.match(f"第([{_NUM}]{{1,4}})", n.group())
            numbers = [parse_number(number.group(1))] if number else []
        else:
            name = next((f for f in named_forces() if before.endswith(f)), None)
            if name:
                start = m.start() - len(name)
        if start is None:
            continue
        f = m.group("f")
        out.append(_unit(start, m.end(), numbers, f[-1], f[:2]))     # as 第六军军部特务营: [6], 营, 特务
    return out


# ---------------------------------------------------------------------------------------- 藏字318部队
_CODE_RE = re.compile("(?<![\u4e00-\u9fff])|(?<=[的和与及、为是由在将])")
_CODE_ANCHOR = re.compile("字")
_CODE_NAME_RE = re.compile("([藏新青川滇黔桂粤闽浙苏皖鲁豫冀晋陕甘宁蒙辽吉黑湘鄂赣沪渝琼总])字第?([0-9]{2,5})部队")


def _code_designations(text: str) -> list[Candidate]:
    out = []
    if "字" not in text or "部队" not in text:
        return out
    for m in anchored_finditer(_CODE_NAME_RE, text, _CODE_ANCHOR, 1):
        if m.start() and not _CODE_RE.match(text, m.start()):
            continue                     # 文字318部队…: the character ends a longer word
        out.append(_unit(m.start(), m.end(), [int(m.group(2))], "部队"))
    return out


# ---------------------------------------------------------------------------------------- 某军分区三团二连
_DISTRICT_CHAIN_RE = re.compile(
    f"([{_CJK}]{{2,4}})军分区([一二三四五六七八九十]{{1,2}}|[1-9][0-9]?)团([一二三四五六七八九十]{{1,2}}|[1-9][0-9]?)"
    f"(营|连)(?:([一二三四五六七八九十]{{1,2}}|[1-9][0-9]?)连)?(?![长部])")


def _district_chains(text: str) -> list[Candidate]:
    out = []
    if "军分区" not in text:
        return out
    from pipeline.rules.unit_qualifier_runs_zh import ABBR
    from pipeline.rules.names_common import known_places
    places = known_places()
    for m in literal_finditer(_DISTRICT_CHAIN_RE, text):
        region = m.group(1)
        cut = next((k for k in range(len(region) - 1) if region[k:] in places
                    or all(ch in ABBR for ch in region[k:])), None)
        if cut is None:
            continue
        numbers = [parse_number(g) for g in (m.group(2), m.group(3), m.group(5)) if g]
        if all(numbers):
            out.append(_unit(m.start(1) + cut, m.end(), numbers, "连" if m.group(5) else m.group(4)))
    return out


# ---------------------------------------------------------------------------------------- 2营骑兵
_BATTALION_ANCHOR = re.compile("营")
_BATTALION_COUNT_RE = re.compile(
    "(?<![第0-9〇零一二三四五六七八九十百])([1-9]|[一二两三四五六七八九十])营(?=骑兵|步兵|炮兵|马队|步队|兵力|人马|之众|官兵)")


def _battalion_counts(text: str) -> list[Candidate]:
    if "营" not in text:
        return []
    return [Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-new-army-chain", 68)
            for m in anchored_finditer(_BATTALION_COUNT_RE, text, _BATTALION_ANCHOR, 1)]


# ---------------------------------------------------------------------------------------- 率领炮兵一连
_ARM_COUNT_ANCHOR = re.compile("兵")
_ARM_COUNT_RE = re.compile("(?:步兵|炮兵|骑兵|工兵|辎重兵|宪兵)(一[营连])(?![长部营连排班])")
_ARM_COUNT_VERBS = ("率领", "带领", "统领", "率", "带", "下辖", "辖", "随伴", "伴随", "随同", "配属", "附", "派出", "派",
                    "抽调", "调", "增派", "有")
_FORMATION_COUNT_RE = re.compile("[一二两三四五六七八九十]{1,2}个?(?:师|旅|团|营|连)")


def _arm_counts(text: str) -> list[Candidate]:
    """`一营`/`一连` counted after its arm (率领炮兵一连, 辖步兵两团，炮兵一营): a QUANTITY (session 31)."""
    if "兵一" not in text:
        return []
    out = []
    for m in anchored_finditer(_ARM_COUNT_RE, text, _ARM_COUNT_ANCHOR, 1):
        before = text[max(0, m.start() - 12):m.start()]
        if before.endswith(_ARM_COUNT_VERBS) or (
                before[-1:] in ("，", ",", "、") and _FORMATION_COUNT_RE.search(before[:-1])):
            out.append(Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-arm-count", 68))
    return out


# ---------------------------------------------------------------------------------------- 十一师团长 (regiment)
_REGIMENT_POST_RE = re.compile(f"(?<![第{_NUM}])([{_NUM}]{{1,4}})师团长")
_JP_SIDE = ("日", "倭", "敌")


def _regiment_posts(text: str) -> list[Candidate]:
    out = []
    if "师团长" not in text:
        return out
    for m in literal_finditer(_REGIMENT_POST_RE, text):
        number = m.group(1)
        if any(side in text[max(0, m.start() - 8):m.start()] for side in _JP_SIDE):
            continue
        bare = re.compile(f"(?<![第{_NUM}]){number}师(?!团)")
        if not bare.search(text) or not parse_number(number):
            continue                     # the number is never written as a bare division: the Japanese reading
        out.append(_unit(m.start(), m.start() + len(number) + 1, [parse_number(number)], "师"))
    return out


# ---------------------------------------------------------------------------------------- 第五师团…的某崎支队
_JP_DETACHMENT_RE = re.compile(f"(日军|日本|敌军|敌|的)([{_CJK}]{{2}})支队(?![长部员])")
_JP_FORMATION_RE = re.compile("师团|旅团|联队")
_NOT_A_NAME = frozenset(("游击", "挺进", "先遣", "独立", "骑兵", "步兵", "炮兵", "混成", "特务", "警卫", "教导", "补充",
                         "守备", "机动", "追击", "派遣", "工兵", "侦察", "支援", "掩护", "突击", "纵队", "抗日", "人民",
                         "地方", "武装", "主力", "所属", "部分", "两个", "几个", "一个", "各个"))
_NOT_FIRST = frozenset("该各这那其本此每全两一二三四五六七八九十几数某原新")


def _jp_detachments(text: str) -> list[Candidate]:
    out = []
    if "支队" not in text:
        return out
    for m in literal_finditer(_JP_DETACHMENT_RE, text):
        name = m.group(2)
        if name in _NOT_A_NAME or name[0] in _NOT_FIRST:
            continue
        if m.group(1) == "的":
            clause = text[max(0, m.start() - 20):m.start()]
            clause = clause[max(clause.rfind("。"), clause.rfind("，"), clause.rfind("；")) + 1:]
            if not _JP_FORMATION_RE.search(clause):
                continue                 # 的 + a name with no Japanese formation before it in the clause
        out.append(_unit(m.start(2), m.end(), [], "支队"))
    return out


def _unit(start: int, end: int, numbers: list[int], echelon: str, prefix: str = "") -> Candidate:
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY,
                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}})


def find_new_army_chain_extents(text: str) -> list[Candidate]:
    return (_new_army_chains(text) + _hq_guards(text) + _code_designations(text) + _district_chains(text)
            + _battalion_counts(text) + _arm_counts(text) + _regiment_posts(text)
            + _jp_detachments(text))
