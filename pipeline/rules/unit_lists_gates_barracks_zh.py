"""Bare digit unit lists, units after an anaphoric or unnumbered parent, and forts, barracks, gates, temples and
family halls (MIL_UNIT and FAC; first seen on held-out passages of session 19 round 2, r19zhunitfac).

`find_unit_lists_gates_barracks(text)` (working text, Simplified) proposes:

MIL_UNIT (priority 67, above the unit finders and the bare counts, so the whole span wins)
- a list of bare digit designations sharing one bare 纵 (`以2、3、5纵`, `4、11纵`): one MIL_UNIT (guideline 4: a
  coordinated list sharing one echelon word is one span; numbers expanded, echelon 纵队), with 第 (`第2、3纵`).
  The single `5纵` and the Chinese-numeral lists were already read; the digit list was read as bare counts plus
  its last member.
- a battalion or company numbered without 第 right after an anaphoric parent (`该团一营`, `该营三连`, `该部二营`):
  the designation is the unit (该团 is generic, guideline 5, and stays outside); after 只有/仅有 a bare 一/二/三营 is
  the unit, not a count of battalions (docs: a regiment's own `三营` stays a unit; N above 3 stays a count).
- a field army's short name (东野/中野/西野/华野) before a force part: the short name is the unit before an arm or
  part noun (`东野炮兵`, `中野先头部队`, `西野南下部队`: the generic part stays outside), and with a part named
  by its function and a grouping word (`东野攻城集团`, `华野特纵`, `东野炮兵纵队`) the whole is one span
  (guideline 3, a unit with its parent written together; docs: a function team right after its unit is one
  span). 东野/中野/西野 are also Japanese surnames: only these
  followers, after punctuation or a function word (华野, no surname, after anything but a numeral).
- an unnumbered parent with its numbered sub-unit (`独立师炮五团`, `暂编师步兵二团`, `独立团一营`): one span
  (guideline 3; docs: a unit named by its function is named as the parent of a designated unit), where the units
  finder took the sub-unit alone or nothing; numbers and echelon of the sub-unit. Not after a numeral or a name
  (`第三独立师…` is the units finder's chain): only after punctuation or a function word.

FAC (priority 51, as the structure frames)
- forts or batteries listed and counted before one head (`甲角、乙角两炮台`): one FAC like the counted routes
  `津浦、胶济两铁路` (docs: forts listed or counted before a head, `镇南、定北两座炮台`); the count must equal the items.
- barracks named by a side after 的 (`城东的东营房`, `的北大营房`): FAC `东营房` (docs: barracks named by their
  side, like `西炮台`); a bare `的营房` stays untagged.
- a city gate by its side after a verb of place and before 外/内 (`位于北门外`, `出东门外`): FAC `北门` (a gate is a
  FAC in the guideline's table), also `小东门`; 外/内 stay outside.
- 老/新 + a temple name jieba knows (`老关帝庙`): one FAC with 老/新 (the old/new temple is its name).
- a family mansion or hall named by a surname + 氏 (`张氏帅府`, `李氏祠堂`): one FAC, no PERSON.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import surnames, word_info
from pipeline.rules.scan import anchored_finditer, literal_finditer   # the same matches as finditer, found from a literal
from pipeline.spans import Candidate

UNIT_SOURCE, UNIT_PRIORITY = "rule:unit-gate-barracks-list", 67
FAC_SOURCE, FAC_PRIORITY = "rule:fac-gate-barracks", 51
_CJK = "\u4e00-\u9fff"
_ZH = "一二三四五六七八九十"


def _unit(start: int, end: int, numbers: list[int], echelon: str, prefix: str = "") -> Candidate:
    return Candidate(start, end, "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY,
                     norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}})


# ---------------------------------------------------------------- 2、3、5纵
_LIST_MARK = re.compile("、")
_DIGIT_COLUMNS_RE = re.compile("(?<![0-9第.、])(第?[1-9][0-9]?(?:、第?[1-9][0-9]?){1,8})纵(?![队横深贯])")

# ---------------------------------------------------------------- 该团一营, 只有二营
_ORDER = {"部": -1, "师": 0, "旅": 1, "团": 2, "营": 3, "连": 4}
_ANAPHOR_RE = re.compile(f"该(部|师|旅|团|营)([{_ZH}]{{1,2}}|[1-9][0-9]?)(旅|团|营|连)(?![长部])")
# not a strength (只有一营兵力, 仅有一营人马, 一营之众, 一营多): that is the count of battalions
_ONLY_RE = re.compile("(?:只有|仅有)([一二三1-3])营(?![长部房盘地门口人兵之多余左])")

# ---------------------------------------------------------------- 东野攻城集团, 华野特纵, 东野炮兵
_FIELD_PART_RE = re.compile(
    f"([东中西华])野(?:(特纵|炮纵|(?:特种兵|炮兵|骑兵|坦克|工兵|铁道|后勤|警卫|攻城|突击|攻坚|预备|"
    f"南下|西进|北上|东进|[东西南北中]线|[东西南北]路)(?:集团|纵队|兵团))|(炮兵|骑兵|坦克|工兵|后勤|先头|后续|大军|各纵|各部|"
    f"首长|野司|(?:南下|西进|北上|东进|入关|参战|攻城|突击)(?:部队|大军|各部)))")
_NUMERAL_LEFT = frozenset("第0123456789〇零一二三四五六七八九十百")
# the other field-army rule's left neighbours (和与及、的由是将在从向被归属令而掉入为至我以) also open the short name
_FIELD_LEFT = frozenset("和与及、的由是将在从向被归属令而掉入为至我以原随，。；：（“")

# ---------------------------------------------------------------- 独立师炮五团
_ARMS = {"炮": "炮兵", "炮兵": "炮兵", "步兵": "步兵", "步": "步兵", "骑兵": "骑兵", "骑": "骑兵", "工兵": "工兵",
         "": ""}
_PARENT_SUB_RE = re.compile(
    f"(独立|暂编|新编|预备|教导|警卫|特务)(师|旅|团)"
    f"(炮兵|炮|步兵|步|骑兵|骑|工兵)?([{_ZH}]{{1,3}}|[1-9][0-9]?)(团|营|连)(?![长部])")
_ANAPHOR_BEFORE = re.compile("该[军师旅团]")      # 该军独立团一营: the generic parent stays outside (guideline 5)
_PARENT_LEFT = frozenset("，。；：、（“在于至到向从由以和与及将被令派率的是")

# ---------------------------------------------------------------- 甲角、乙角两炮台
_FORT_LIST_RE = re.compile(
    f"([{_CJK}]{{2,3}})((?:、[{_CJK}]{{2,3}}){{1,4}})([两二三四五六])(?:座|处)?(炮台|炮垒|要塞|堡垒)")
_FORT_HEADS = ("炮台", "炮垒", "要塞", "堡垒")   # _FORT_LIST_RE scans from every character: run it only when a head is there
_ITEM_STOP = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其个座处也都就而又再更最很等以")
# a function word or a verb of holding or attack before the first item is outside it
_FIRST_TRIM = _ITEM_STOP | frozenset("守占攻据夺克驻陷抵近向经过往入沿")
_COUNT = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6}

# ---------------------------------------------------------------- 的东营房, 位于北门外, 老关帝庙, 张氏帅府
_SIDE_BARRACKS_RE = re.compile("的([东西南北]大?营房)")
_GATE_RE = re.compile("(?:位于|出|进)([大小]?[东西南北]门)(?=[外内])")
_OLD_TEMPLE_RE = re.compile(f"(?<![{_CJK}])|(?<=[在于到至的从往入进出和与及、占守驻据抵经过向近攻夺克])")
_TEMPLE_RE = re.compile(f"([老新])([{_CJK}]{{2,4}}(?:寺|庙|祠|宫|庵|观))")
_MANSION_RE = re.compile(f"([{_CJK}]{{1,2}})氏(帅府|祠堂|宗祠|家祠|大院|公馆|庄园|府第|府邸|旧居|故居)")


def find_unit_lists_gates_barracks(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "纵" in text:
        for m in anchored_finditer(_DIGIT_COLUMNS_RE, text, _LIST_MARK, 3):   # every match holds 、 in its first 4
            out.append(_unit(m.start(), m.end(), [int(n.lstrip("第")) for n in m.group(1).split("、")], "纵队"))
    if "该" in text:
        for m in _ANAPHOR_RE.finditer(text):
            if _ORDER[m.group(3)] > _ORDER[m.group(1)]:
                number = parse_number(m.group(2))
                if number:
                    out.append(_unit(m.start(2), m.end(), [number], m.group(3)))
    if "有" in text:
        for m in literal_finditer(_ONLY_RE, text):
            out.append(_unit(m.start(1), m.end(), [parse_number(m.group(1))], "营"))
    if "野" in text:
        for m in _FIELD_PART_RE.finditer(text):
            left = text[m.start() - 1] if m.start() else ""
            if left and (left not in _FIELD_LEFT if m.group(1) != "华" else left in _NUMERAL_LEFT):
                continue            # 华野 is no surname: any left neighbour but a numeral or 第
            end = m.end(2) if m.group(2) else m.start() + 2
            hint = {"numbers": [], "echelon": "野战军", "prefix": "", "side": "CCP"}
            if m.group(2):
                hint["echelon"] = "纵队" if m.group(2)[-1] in "纵队" else m.group(2)[-2:]
                hint["prefix"] = next((arm for arm in ("炮兵", "骑兵", "工兵") if m.group(2).startswith(arm)),
                                      "炮兵" if m.group(2) == "炮纵" else "")
            out.append(Candidate(m.start(), end, "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY, norm={"unit_hint": hint}))
    if "师" in text or "旅" in text or "团" in text:
        for m in _PARENT_SUB_RE.finditer(text):
            if m.start() and text[m.start() - 1] not in _PARENT_LEFT and not _ANAPHOR_BEFORE.match(text, m.start() - 2):
                continue
            number = parse_number(m.group(4))
            if number and _ORDER[m.group(5)] > _ORDER[m.group(2)]:
                out.append(_unit(m.start(), m.end(), [number], m.group(5), _ARMS[m.group(3) or ""]))
    out += _facilities(text)
    return out


def _facilities(text: str) -> list[Candidate]:
    out = []
    if "、" in text and any(head in text for head in _FORT_HEADS):
        for m in literal_finditer(_FORT_LIST_RE, text):
            first, start = m.group(1), m.start()
            while len(first) > 2 and first[0] in _FIRST_TRIM:    # 敌以甲角, 据守甲山: the item starts after the word
                first, start = first[1:], start + 1
            items = [first] + m.group(2).split("、")[1:]
            if (len(first) < 2 or len(items) != _COUNT[m.group(3)]
                    or any(ch in _ITEM_STOP for it in items for ch in it)):
                continue
            out.append(Candidate(start, m.end(), "FAC", FAC_SOURCE, FAC_PRIORITY))
    if "营房" in text:
        for m in _SIDE_BARRACKS_RE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "FAC", FAC_SOURCE, FAC_PRIORITY))
    if "门" in text:
        for m in _GATE_RE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "FAC", FAC_SOURCE, FAC_PRIORITY))
    if "老" in text or "新" in text:
        words = word_info()
        for m in literal_finditer(_TEMPLE_RE, text):
            if not _OLD_TEMPLE_RE.match(text, m.start()):
                continue
            name = m.group(2)
            if name in words and len(name) >= 3:
                out.append(Candidate(m.start(), m.end(), "FAC", FAC_SOURCE, FAC_PRIORITY))
    if "氏" in text:
        single, compound = surnames()
        for m in literal_finditer(_MANSION_RE, text):
            stem = m.group(1)
            if stem in compound:
                out.append(Candidate(m.start(), m.end(), "FAC", FAC_SOURCE, FAC_PRIORITY))
            elif stem[-1] in single:
                out.append(Candidate(m.end(1) - 1, m.end(), "FAC", FAC_SOURCE, FAC_PRIORITY))
    return out
