"""Events and local bodies named by a village, township or district (EVENT, ORG). Grammar; no list of names.

Local histories, county party histories and memorials name what happened in a village after the village, and the
village's own bodies after it too. The village is written with its settlement generic (通名: 村 庄 屯 集 店 铺 堡 寨
营 峪 坪 沟 湾 坡 岭 洼 坨 哨 坝 岗 垴 圩 坎 塘 渠 口, or a two-character generic 河子 沟子 营子 堡子 屯子), which is how a
reader knows it is a place even where no gazetteer lists it. Two frames:

- EVENT: the village + an event head — 惨案, 血案, 暴动, 起义, 事变, 大捷, 战斗, 突围, or a battle kind (保卫战,
  伏击战, 阻击战, 突围战, 攻坚战, 歼灭战, 遭遇战) — is one EVENT (`甲家庄惨案`, `乙各庄血案`, `丙家河子暴动`,
  `丁门坎战斗`). The finders by a gazetteer place stop at the 家 of a family village or leave a village the lexicon
  lists to the event finder, which reads no settlement name; this frame reads both. After 在/于 a 战斗 or 突围 is
  the fighting there unless 中 follows (`在甲家庄战斗到天明` is a verb; `在甲家庄战斗中` the battle).
- ORG: the village, township (乡, 镇) or district (区) + a body head — 农民协会, 农会, 农协, 苏维埃政府, 苏维埃,
  维持会, 商会, 自治会, 公所, 党支部 — is one ORG (`甲家岭村农会`, `乙溪乡苏维埃政府`, `丙洋区苏维埃政府`), as the
  contract reads a committee named by its place (`柳亭维持会`) and a county's peasant association; so is a
  county or city the place lexicon knows + 教会 (`甲州教会派人传教`: the church body of the town; not before 堂, 所,
  学校 or 医院, which name an institution the other finders read; a country's church stays generic).

The name is the run of Han characters before the head read back to a clause boundary or a character that opens a
name (a preposition, 的, 了, 次 of 这次, a conjunction, 、), two to five characters; it holds no numeral, pronoun,
function or troop character and is no ordinary word; a county, province or city written before it
(甲县|乙家庄惨案) is its own GPE and outside; a numeral opens a name before 家, 里, 道 or 户 (`百家村`, `八里庄`), and 各 stands in X各庄 (农村, 全村, 山区, 阵地, 边区: jieba's frequent words that are no
place names).

A county, city or town written with its suffix right before the run (`甲县|乙丙惨案`, `丁市|戊己庚血案`) says that the
run is a place of it, so a massacre, rising or slaughter named there needs no settlement generic (session 28,
s28zhunit: county chronicles and memorial lists name villages without their generic — `某县某楼惨案`); the head is then
one of 惨案, 血案, 大屠杀, 暴动 and the name two to four characters with no numeral, function or troop character, no
word of the people who rose (民, 农, 工, 兵, 人, 众, 匪, 党, 郊: `甲县|工农暴动` is no village's rising) and no
ordinary word; the county is a place the lexicon knows (with or without its suffix). A county or city the lexicon
knows written without its suffix at the start of the run frames it so too, as memorial lists title their entries
(`甲乙丙丁戊惨案` = county 甲乙 + village 丙丁戊), never a province or a country. 大屠杀 is an event head after a
village as 惨案 is (`甲家峪大屠杀`).

A two-character verb opening a longer run is outside (`取得|甲家店大捷`), and so is a county or city the place
lexicon knows (`甲市|乙家村农会`: the place is its own GPE). A township or district name has a
stem of two characters at least (`该区`, `城区` are words). Priorities: EVENT 44 (above the gazetteer's 30, below
a lexicon event's 45, which keeps its canonical name on the same span), ORG 46. Cost: a literal scan of the heads; a read back of at
most five characters where one stands.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han, opened_name_start, verb_word, word_info
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE_EVENT, SOURCE_ORG = "rule:village-named-event", "rule:village-named-body"
# below a lexicon event (45), which keeps its canonical name on the same span; above the gazetteer (30)
EVENT_PRIORITY, ORG_PRIORITY = 44, 46

_EVENT_HEADS = ("惨案", "慘案", "血案", "大屠杀", "大屠殺", "暴动", "暴動", "起义", "起義", "事变", "事變", "大捷", "战斗", "戰鬥", "突围",
                "突圍", "保卫战", "保衛戰", "伏击战", "伏擊戰", "阻击战", "阻擊戰", "突围战", "突圍戰", "攻坚战", "攻堅戰",
                "歼灭战", "殲滅戰", "遭遇战", "遭遇戰")
_BODY_HEADS = ("农民协会", "農民協會", "农会", "農會", "农协", "農協", "苏维埃政府", "蘇維埃政府", "苏维埃", "蘇維埃",
               "维持会", "維持會", "商会", "商會", "自治会", "自治會", "公所", "党支部", "黨支部")
_EVENT_RE = re.compile("|".join(sorted(_EVENT_HEADS, key=len, reverse=True)))
_BODY_RE = re.compile("|".join(sorted(_BODY_HEADS, key=len, reverse=True)))
_VERB_USE = frozenset(("战斗", "戰鬥", "突围", "突圍"))
# heads a county-framed name takes without a settlement generic (甲县|乙丙惨案): a massacre, a rising, a slaughter
_COUNTY_FRAMED_HEADS = frozenset(("惨案", "慘案", "血案", "大屠杀", "大屠殺", "暴动", "暴動"))
_COUNTY_SUFFIXES = frozenset("县縣市镇鎮")
_COUNTY_KINDS = frozenset(("county", "prefecture", "city", "district"))
# the people who rose or the crowd, never a village's name (甲县|郊区农民暴动, 乙市|工农暴动)
_WHO_ROSE = frozenset("民农農工兵人众眾匪党黨郊")

VILLAGE_ENDS = frozenset("村庄莊屯集店铺鋪堡寨营營峪坪沟溝湾灣坡岭嶺洼窪坨哨坝壩岗崗垴圩坎塘渠口")
_VILLAGE_ENDS_2 = ("河子", "沟子", "溝子", "营子", "營子", "堡子", "屯子")
_BODY_PLACE_ENDS = VILLAGE_ENDS | frozenset("乡鄉镇鎮区區")
NAME_OPENERS = frozenset("在于到往进入了的和与及从由将把被向至经即是为称自次场起驻、县縣省市")   # a county before a village is its own GPE
_NOT_IN_NAME = frozenset("一二三四五六七八九十百千万两几这那哪该此各每其某我你他她它们么个的了着过是有无不没很更最也就又"
                         "全本原军敌匪师旅团连队部")
_WORD_FREQ = 5


def _ordinary(name: str) -> bool:
    entry = word_info().get(name)
    return bool(entry) and entry[0] >= _WORD_FREQ and not entry[1].startswith(("ns", "nr", "nz"))


def _after_verb(text: str, start: int, head: int) -> int:
    """The name's start past a two-character verb that opens the run (取得|甲店大捷, 参加|乙家庄战斗)."""
    if head - start >= 4 and verb_word(text[start:start + 2], 100):
        return start + 2
    return start


def _after_place(text: str, start: int, head: int) -> int:
    """The name's start past a known county or city that opens the run (甲市|乙家村农会): the place is its own GPE."""
    places = place_lexicon()
    for k in (3, 2):
        entry = places.get(text[start:start + k])
        if head - start - k >= 2 and entry is not None and entry.label == "GPE":
            return start + k
    return start


_NUMBERED_STEM = re.compile("[一二三四五六七八九十百千两]+[家里道户]")   # 百家村, 八里庄, 三道沟: a numeral inside the name


def village_name(name: str, ends) -> bool:
    numbered = _NUMBERED_STEM.match(name)
    stem = name[numbered.end() if numbered else 0:].replace("各庄", "庄").replace("各莊", "莊")   # 刘各庄: a village
    if any(ch in _NOT_IN_NAME for ch in stem) or _ordinary(name):
        return False
    if name[-1] in "乡鄉镇鎮区區" and len(name) < 3:
        return False                # 该区, 本乡, 城区: a one-character stem before a township or district word
    return name[-1] in ends or (ends is VILLAGE_ENDS and name.endswith(_VILLAGE_ENDS_2) and len(name) >= 3)


def _county_framed(text: str, start: int, head: int, head_word: str) -> bool:
    """A name of 2-4 characters right after a county, city or town written with its suffix (甲县|乙丙惨案) that the
    place lexicon knows, before a massacre or rising head: a village of that county, generic or none."""
    if head_word not in _COUNTY_FRAMED_HEADS or not 2 <= head - start <= 4 or start < 2:
        return False
    name = text[start:head]
    if any(ch in _NOT_IN_NAME or ch in _WHO_ROSE for ch in name) or _ordinary(name):
        return False
    places = place_lexicon()
    if text[start - 1] in _COUNTY_SUFFIXES:
        for k in (4, 3, 2):         # the county with its suffix, or its stem (甲乙县 / 甲乙)
            if start - k >= 0 and all(is_han(ch) for ch in text[start - k:start]):
                entry = places.get(text[start - k:start]) or places.get(text[start - k:start - 1])
                if entry is not None and entry.label == "GPE":
                    return True
        return False
    for k in (3, 2):                # a county or city without its suffix opening the name (甲乙|丙丁戊惨案)
        at = start - k
        entry = places.get(text[at:start]) if at >= 0 else None
        if entry is not None and entry.label == "GPE" and entry.kind in _COUNTY_KINDS \
                and (at == 0 or not is_han(text[at - 1]) or text[at - 1] in NAME_OPENERS):
            return True
    return False


def _county_opened_start(text: str, head: int) -> int:
    """The start of a village name of 3-5 characters ending in its settlement generic after a known county or city without its suffix that opens a run
    of six to eight characters (a memorial list's entry title `甲乙|丙丁戊村惨案`, the county its own GPE): -1 where
    no such county opens a run longer than the five characters the plain read-back takes (session 29, s29zhcount)."""
    start = opened_name_start(text, head, NAME_OPENERS, 8)
    if start < 0 or head - start <= 5:
        return -1
    named = _after_place(text, start, head)
    if named == start or not 3 <= head - named <= 5 or not village_name(text[named:head], VILLAGE_ENDS):
        return -1                   # 甲乙|展开血腥大屠杀: no settlement generic ends the run, no village
    return named


def _events(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_EVENT_RE, text):
        start = _county_opened_start(text, m.start())
        if start < 0:
            start = opened_name_start(text, m.start(), NAME_OPENERS, 5)
            start = _after_place(text, _after_verb(text, start, m.start()), m.start()) if start >= 0 else start
        if start < 0 or not (village_name(text[start:m.start()], VILLAGE_ENDS)
                             or _county_framed(text, start, m.start(), m.group())):
            continue
        if m.group() in _VERB_USE and start and text[start - 1] in "在于" and not text.startswith("中", m.end()):
            continue                # 在甲家庄战斗到天明: fighting there
        out.append(Candidate(start, m.end(), "EVENT", SOURCE_EVENT, EVENT_PRIORITY))
    return out


def _bodies(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_BODY_RE, text):
        start = opened_name_start(text, m.start(), NAME_OPENERS, 5)
        start = _after_place(text, _after_verb(text, start, m.start()), m.start()) if start >= 0 else start
        if start < 0 or not village_name(text[start:m.start()], _BODY_PLACE_ENDS):
            continue
        out.append(Candidate(start, m.end(), "ORG", SOURCE_ORG, ORG_PRIORITY))
    return out


# a church body named by its city or county (甲州教会 sends preachers): the place the lexicon knows + 教会
_CHURCH_RE = re.compile("([\u4e00-\u9fff]{2,3})(?:教会|教會)(?![堂所学學医醫])")
_CHURCH_PLACE_KINDS = frozenset(("county", "prefecture", "city", "district"))


def _church_bodies(text: str) -> list[Candidate]:
    if "教" not in text:
        return []
    places, out = place_lexicon(), []
    for m in literal_finditer(_CHURCH_RE, text):
        for k in (3, 2):            # the longest known place ending right before 教会
            start = m.end(1) - k
            entry = places.get(text[start:m.end(1)]) if start >= m.start(1) else None
            if entry is not None and entry.label == "GPE" and entry.kind in _CHURCH_PLACE_KINDS:
                out.append(Candidate(start, m.end(), "ORG", SOURCE_ORG, ORG_PRIORITY))
                break
    return out


def find_village_named_events_bodies(text: str) -> list[Candidate]:
    """EVENT and ORG candidates named by a village: 甲家庄惨案, 乙家岭村农会, 丙溪乡苏维埃政府."""
    return _events(text) + _bodies(text) + _church_bodies(text)
