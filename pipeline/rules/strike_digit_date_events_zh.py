"""Strikes and risings named by their place, month-day event names in digits, battles named by two dashed places
and risings named by a village (Chinese EVENT; first seen on session 19's EVENT audit, s19zhevt).

1. Strikes and workers' risings named by their place: one EVENT.

Histories of the labour movement name a strike or a rising by the place it happened in, the working people who
made it and the head: `某港海员大罢工`, `某市工人大罢工`, `某市纱厂工人总罢工`, `某市工人第三次武装起义`. The place
alone was tagged GPE and the event lost. `find_labour_events(text)` proposes EVENT over

    PLACE (a name of the place lexicon, 2-4 characters, or a railway or pair of places by their abbreviations:
    某某铁路, 省港; session 25) + GROUP? + ORDINAL? + HEAD

- HEAD: 大罢工, 总罢工, 总同盟罢工 (a strike named as a whole; a bare 罢工 is a verb as often) or 武装起义;
- GROUP: up to four modifier characters ending in a noun of working people (工人, 海员, 职工, 矿工, 店员, 学生,
  工友); none of 的/和/与/及/在 or a verb of organising (举行, 发动, 组织, 领导) inside it;
- ORDINAL: 第N次 or N次 (the risings of one city are counted: 第三次武装起义).
武装起义 needs a GROUP (在某城武装起义 is a verb phrase). The place before the span keeps nothing of its own
(guideline 15: an event name holds its place). Priority 58: above the place's GPE.

2. An event named by its month and day written in Arabic digits with a dot (“9·18”事变, “12.9”运动, 7·7事变), as
九一八 and 一二·九 are written in characters (session 9 reading, event_names_zh): quoted, the name alone is the
EVENT and a head may follow within four characters of kind (“5.30”反帝运动); unquoted, the head belongs to it and
follows right after (9·18事变). The month must be 1-12 and the day 1-31. The digits were read as two bare counts
before (9 and 18): the EVENT over them replaces them.

3. A battle named by the two places it joined, written with a dash (甲城-乙城攻坚战, 甲县－乙县战役): one EVENT over
both places and the head (guideline 15: the event name holds its places), not an EVENT of the second place alone and
a GPE of the first. The second place is a name of the place lexicon; the first is one too, or two characters right
after a clause or list mark (、，。；： or the text's start) or 如.

4. A rising or battle named by a village the same text names with its settlement word (后X村 … 后X暴动): the stem
of `X村/X镇/X乡/X寨/X堡/X圩` (two or three characters, no demonstrative or quantifier: 该/本/此/全/各/邻/每/某/一)
before 暴动, 起义, 惨案, 血案, 战斗 or 事件 is one EVENT with its head (the local-history form of 某县暴动).
Cost: nothing unless one of the heads is in the text (1, 4), or a dot between digits (2), or a dash (3).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from the literal each holds
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:event-labour", 58
_HEADS = ("总同盟罢工", "大罢工", "总罢工", "武装起义")
_HEAD_RE = re.compile("总同盟罢工|大罢工|总罢工|武装起义")
_GROUP_NOUNS = "工人|海员|职工|矿工|店员|学生|工友"
_MODIFIER = "(?:(?![的和与及在])(?!举行|发动|组织|领导|号召)[\u4e00-\u9fff])"
_MID_RE = re.compile(
    f"(?P<group>{_MODIFIER}{{0,4}}?(?:{_GROUP_NOUNS}))?(?:第?[一二三四五六七八九十]次)?")
_REACH = 14

_DATE_HEADS = ("事变", "事件", "惨案", "运动", "起义", "暴动", "政变", "兵变", "抗战", "大罢工", "罢工", "会议", "大屠杀")
_HEADS_ALT = "|".join(_DATE_HEADS)
_DIGIT_DATE = "(?<![0-9０-９.．·・])(?P<month>[0-9]{1,2})[·・．.](?P<day>[0-9]{1,2})(?![0-9])"
_QUOTED_DIGIT_DATE_RE = re.compile(
    f"[“「『](?P<name>{_DIGIT_DATE})[”」』](?=[\u4e00-\u9fff]{{0,4}}?(?:{_HEADS_ALT})|以后|之后|以前|之前|前后|爆发|发生)")
_BARE_DIGIT_DATE_RE = re.compile(f"(?P<name>{_DIGIT_DATE}(?:{_HEADS_ALT}))")
_DOT_BETWEEN_DIGITS = re.compile("[0-9][·・．.][0-9]")

_BATTLE_HEADS = ("攻坚战", "保卫战", "阻击战", "追击战", "破击战", "争夺战", "围城战", "攻防战", "战役", "会战", "战斗",
                 "攻势", "之战", "之役", "大捷")
_DASHED_PAIR_RE = re.compile(
    "[-－—–](?P<second>[\u4e00-\u9fff]{2,4}?)(?P<head>" + "|".join(_BATTLE_HEADS) + ")")
_VILLAGE_STEM_RE = re.compile("([\u4e00-\u9fff]{2,3}?)(?:村|镇|乡|寨|堡|圩)(?![长民委])")
_VILLAGE_EVENT_HEADS = ("暴动", "起义", "惨案", "血案", "战斗", "事件")
_NOT_STEM_CHARS = set("该本此全各邻每某一这那其")
_PAIR_BOUNDARY = set("、，,。；;：:如 \n")


def find_strike_digit_date_events(text: str) -> list[Candidate]:
    """EVENT candidates of the two families in the module doc."""
    return _labour_events(text) + _digit_date_events(text) + _dashed_place_pairs(text) + _village_events(text)


def _village_events(text: str) -> list[Candidate]:
    if not any(h in text for h in _VILLAGE_EVENT_HEADS):
        return []
    stems = set()
    for m in literal_finditer(_VILLAGE_STEM_RE, text):
        stem = m.group(1)
        for cut in range(len(stem) - 1):          # the stem's last two or three characters
            part = stem[cut:]
            if not _NOT_STEM_CHARS & set(part):
                stems.add(part)
    out: list[Candidate] = []
    for head in _VILLAGE_EVENT_HEADS:          # each head once, then the 2 or 3 characters before it
        end = text.find(head)
        while end >= 0:
            for size in (3, 2):
                at = end - size
                if at >= 0 and text[at:end] in stems and (
                        at == 0 or not ("\u4e00" <= text[at - 1] <= "\u9fff") or text[at - 1] in "、，。；：的在和与及年月日"):
                    out.append(Candidate(at, end + len(head), "EVENT", "rule:event-village-named", 50))
            end = text.find(head, end + 1)
    return out


def _dashed_place_pairs(text: str) -> list[Candidate]:
    if not any(d in text for d in "-－—–"):
        return []
    places = place_lexicon()
    out: list[Candidate] = []
    for m in literal_finditer(_DASHED_PAIR_RE, text):
        if m.group("second") not in places:
            continue
        dash = m.start()
        for width in (4, 3, 2):
            start = dash - width
            if start < 0:
                continue
            first = text[start:dash]
            if first in places or (width == 2 and "\u4e00" <= first[0] <= "\u9fff" and "\u4e00" <= first[1] <= "\u9fff"
                                   and (start == 0 or text[start - 1] in _PAIR_BOUNDARY)):
                out.append(Candidate(start, m.end(), "EVENT", "rule:event-dashed-places", 58))
                break
    return out


def _digit_date_events(text: str) -> list[Candidate]:
    if not _DOT_BETWEEN_DIGITS.search(text):
        return []
    out: list[Candidate] = []
    for pattern in (_QUOTED_DIGIT_DATE_RE, _BARE_DIGIT_DATE_RE):
        for m in literal_finditer(pattern, text):
            if 1 <= int(m.group("month")) <= 12 and 1 <= int(m.group("day")) <= 31:
                out.append(Candidate(m.start("name"), m.end("name"), "EVENT", "rule:event-digit-date", 47))
    return out


def _route_pair(name: str) -> bool:
    """A railway or a pair of places written by their abbreviations standing where a place names a strike (session 25,
    s25zhfac: 某某铁路大罢工, 某某路工人大罢工, 省港大罢工 — 省 the provincial capital, 港 the colony)."""
    from pipeline.rules.name_walk import ABBREVIATIONS
    pair = name[:-2] if name.endswith("铁路") else name[:-1] if name.endswith("路") else name
    if len(pair) != 2 or pair[0] == pair[1] or not all(ch in ABBREVIATIONS or ch == "省" for ch in pair):
        return False
    return pair != name or "省" in pair    # a bare pair of provinces (中美, 江浙) is no route


def _labour_events(text: str) -> list[Candidate]:
    if not any(h in text for h in _HEADS):
        return []
    places = place_lexicon()
    out: list[Candidate] = []
    for m in _HEAD_RE.finditer(text):
        head_start = m.start()
        for start in range(max(0, head_start - _REACH), head_start - 1):
            found = False
            for width in (4, 3, 2):
                after = start + width
                if after > head_start or not (text[start:after] in places or _route_pair(text[start:after])):
                    continue
                mid = _MID_RE.fullmatch(text, after, head_start)
                if mid is None or (m.group() == "武装起义" and not mid.group("group")):
                    continue
                out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
                found = True
                break
            if found:
                break
    return out
