"""Settlements read from the words around them (session 20 round 2, r20zhplace: classes seen on round 1's held-out
passages). Grammar; no list of names.

- A county seat written X县城 keeps 城 (guideline 6: place suffixes written with the name stay inside; `衡阳城`; the
  development sets read `咸宁县城` as one GPE): a county the place lexicon knows (2-3 characters + 县) and 城 are one
  GPE, and so is an unfamiliar two-character name + 县城 right after a two-character verb of taking or reaching
  (`占有甲乙县城`, `收复甲乙县城`). Not before 市/墙/门/区/里/外/内/郊/关 (城市, 城墙, 城门 …).
- A township's short form is the township (one reading per document): where X乡/X镇 is written as a settlement
  (after a county, a preposition of place, or before a village X乡Y村), a bare X elsewhere in the text is the same
  GPE (not a LOC), unless a settlement or landform word follows (X村, X山 …) or X is an ordinary word; before a
  word only a height takes (脚下, 山顶, 主峰, 麓) a short form ending in 山/岭/峰 is the mountain (LOC, session 22).
- A place between a verb of being stationed (驻在, 驻扎在, 驻扎于, 驻于) and 的 + a unit (`驻在甲乙山的独立第2师`) is
  the town where the unit lies: GPE, even when it is named like a mountain.
- A list of two to six short names closed by 等地 or 等处 after a verb of place or a clause boundary
  (`转战于甲乙、丙丁、七里等地`): each member is a place (GPE), also a numeral + 里 (no distance inside a list of
  places). Members are 2-3 characters, no ordinary word, no numeral run of a count, no landform or water word.

- The provincial capital named after 省城 (`甲省省城乙州`, `攻入省城丙丁。`): the province and the city are separate
  GPE; the city is a name of 1-2 characters + 州/府, or of two characters before a clause boundary, no ordinary word.

- A known place as a person's given name: a common surname (that is no preposition or place word: 向, 于, 江, 石 …
  are left out) right before a two-character county or city, the pair opening after a clause boundary or a
  word of agency (由, 派, 命, 令 …) and a verb of a person's doing right after (`王甲乙率部…`, `王甲乙为当地士绅`):
  the three characters are the PERSON (not the place inside).

Priorities: 31 (above the gazetteer's 30); list members 41 (above a QUANTITY's 40, below DATE and units).
Cost: str.find of 县城, 乡/镇, 驻 and 等地/等处 before any regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.spans import Candidate
from pipeline.rules.scan import anchored_finditer, literal_finditer

_CJK = "\u4e00-\u9fff"
_H = f"[{_CJK}]"

# --- county seats -------------------------------------------------------------------------------------------------
_TOWN_NOT_AFTER = "市墙门池区里外内郊关头乡镇"
_KNOWN_SEAT_RE = re.compile(f"({_H}{{2,3}}县)城(?![{_TOWN_NOT_AFTER}])")
_TAKE_VERBS = ("占有 占领 攻占 攻克 攻陷 攻入 攻破 攻打 进攻 围攻 包围 收复 光复 克复 夺取 夺回 进占 进入 进驻 撤出 退出 "
               "撤离 离开 逼近 抵达 到达 回到 返回 驻守 据守 固守 坚守").split()
_VERB_SEAT_RE = re.compile(f"(?:{'|'.join(_TAKE_VERBS)})({_H}{{2}})县城(?![{_TOWN_NOT_AFTER}])")
_NOT_IN_STEM = set("的了在是和与及或这那该此各每其我敌全本原该个等为有被向从到至于也就而又再更最很城县一二三四五六七八九十两几")


def _county_seats(text: str, places) -> list[Candidate]:
    out = []
    for m in literal_finditer(_KNOWN_SEAT_RE, text):
        name = m.group(1)
        for k in range(len(name) - 2):          # the longest known county ending the run
            entry = places.get(name[k:])
            if entry is not None and entry.label == "GPE" and entry.kind == "county":
                out.append(Candidate(m.start(1) + k, m.end(), "GPE", "rule:county-seat-town", 31))
                break
    for m in _VERB_SEAT_RE.finditer(text):
        stem = m.group(1)
        if any(ch in _NOT_IN_STEM for ch in stem) or is_common_word(stem, 50):
            continue
        out.append(Candidate(m.start(1), m.end(), "GPE", "rule:county-seat-town", 31))
    return out


# --- a township's short form ---------------------------------------------------------------------------------------
_TOWNSHIP_RE = re.compile(f"(?:(?<=[县区在到至于抵往驻经达入进开])({_H}{{2}})[乡镇](?![亲下里间土音愁长民政党公])"
                          f"|({_H}{{2}})乡(?={_H}{{1,3}}村))")
_TOWNSHIP_ANCHOR = re.compile("[乡镇]")
# a character after X that makes it part of a longer name or word
_CONTINUES = set("镇乡村庄城关岛渡庵寺庙山岭峰河江湖溪堡寨屯集铺店桥港湾洲营坝口街场圩县市区路站门人民")
# words only a height takes after its name (X山脚下, X山主峰): the township's short form is the mountain there
_SUMMIT_RE = re.compile("脚下|山脚|山腰|半山|山顶|顶峰|主峰|之巅|[东西南北]?麓")


def _township_short_forms(text: str) -> list[Candidate]:
    stems = set()
    for m in anchored_finditer(_TOWNSHIP_RE, text, _TOWNSHIP_ANCHOR, 2):   # 乡/镇 two characters in
        stem = m.group(1) or m.group(2)
        if any(ch in _NOT_IN_STEM for ch in stem) or is_common_word(stem, 50):
            continue
        stems.add(stem)
    out = []
    for stem in stems:
        at = text.find(stem)
        while at != -1:
            end = at + 2
            if _SUMMIT_RE.match(text, end):
                if stem[-1] in "山岭峰":   # 甲山镇 … 座落在甲山脚下: the height the town is named after (s22zhprec)
                    out.append(Candidate(at, end, "LOC", "rule:township-short-form", 31))
            elif end < len(text) and text[end] not in _CONTINUES and text[end] not in "乡镇":
                out.append(Candidate(at, end, "GPE", "rule:township-short-form", 31))
            at = text.find(stem, end)
    return out


# --- a town where a unit is stationed -------------------------------------------------------------------------------
_STATIONED_AT_RE = re.compile(f"(?:驻在|驻扎在|驻扎于|驻于)({_H}{{1,3}}山)的(?=[^，。；]{{0,8}}?[军师旅团营连队])")


def _stationed_towns(text: str, places) -> list[Candidate]:
    # a GPE the lexicon knows is found (with its values) already
    return [Candidate(m.start(1), m.end(1), "GPE", "rule:stationed-town", 33)
            for m in _STATIONED_AT_RE.finditer(text) if len(m.group(1)) >= 2
            and getattr(places.get(m.group(1)), "label", "") != "GPE"]


# --- lists closed by 等地 / 等处 -------------------------------------------------------------------------------------
_CLOSE_RE = re.compile("等[地处]")
_LIST_OPEN = set("，。；：、（( \n于在到至经入占克驻往向和及从犯达抵领过")
_NOT_MEMBER_END = set("山岭峰河江湖溪水川海洋岛口部队军师团营连人")
_COUNT_RE = re.compile("[一二三四五六七八九十百千两几数]+[个名人次件门挺支匹辆架艘座]")


def _ordinary(name: str, places) -> bool:
    """An ordinary word of some frequency that no place of the lexicon bears (a numeral + 里 is no word here)."""
    entry = word_info().get(name)
    return bool(entry) and entry[0] >= 50 and entry[1][:2] not in ("ns", "nr", "nz", "m") and name not in places


def _closed_lists(text: str, places) -> list[Candidate]:
    out = []
    for m in _CLOSE_RE.finditer(text):
        # members read backwards from 等地: 2-3 characters each, separated by 、; the first opens after a verb of
        # place, a preposition or a clause boundary
        pos, spans = m.start(), []
        while True:
            size = next((k for k in (2, 3) if pos - k >= 0 and _is_han(text[pos - k:pos])
                         and (pos - k == 0 or text[pos - k - 1] in _LIST_OPEN)), 0)
            if not size:
                spans = []
                break
            spans.append((pos - size, pos))
            if pos - size == 0 or text[pos - size - 1] != "、":
                break
            pos -= size + 1
            if len(spans) > 6:
                spans = []
                break
        if len(spans) < 2:
            continue
        names = [text[s:e] for s, e in spans]
        if any(name[-1] in _NOT_MEMBER_END or any(ch in _NOT_IN_STEM and ch not in "一二三四五六七八九十两" for ch in name)
               or _COUNT_RE.match(name) or _ordinary(name, places) for name in names):
            continue
        # a member the lexicon knows is found (with its values) already
        out.extend(Candidate(s, e, "GPE", "rule:closed-place-list", 41) for s, e in spans
                   if not _known(text[s:e], places))
    return out


def _known(name: str, places) -> bool:
    """The lexicon knows the name, or its stem before an administrative suffix (奉化 + 区)."""
    return name in places or name[-1] in "省市县区城镇乡州" and name[:-1] in places


def _is_han(part: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in part)


_CAPITAL_RE = re.compile(f"省城({_H}{{1,2}}[州府](?![{_CJK}]{{0,1}}[县城市区府])|{_H}{{2}}(?=[，。、；：）)]|失守|陷落|沦陷|被))")


def _provincial_capitals(text: str) -> list[Candidate]:
    out = []
    for m in _CAPITAL_RE.finditer(text):
        name = m.group(1)
        if any(ch in _NOT_IN_STEM for ch in name) or is_common_word(name, 50):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:provincial-capital", 31))
    return out


_SURNAMES = "王李张刘陈杨赵吴周徐孙朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈姚卢傅钟姜崔谭廖范汪陆戴贾韦夏邱侯邹熊孟秦阎薛尹段黎陶贺顾毛郝龚邵钱严覃"
_PERSON_OPEN = set("，。；：、（(“ \n由派命令将被和与及同偕")
_PERSON_FIRST_RE = re.compile(f"[{_SURNAMES}](?={_H}{{2}}(?:率|为|任|曾|字|号|等人|说|认为|指出|将军|先生|担任|出任|所部|部下|带领|领导|指挥))")


def _place_given_names(text: str, places) -> list[Candidate]:
    out = []
    for m in _PERSON_FIRST_RE.finditer(text):
        at = m.start()
        if at and text[at - 1] not in _PERSON_OPEN:
            continue
        given = text[at + 1:at + 3]
        entry = places.get(given)
        if entry is None or entry.label != "GPE" or entry.kind not in ("county", "city", "district"):
            continue
        if text[at:at + 3] in places or text[at:at + 2] in places or any(ch in _NOT_IN_STEM for ch in given):
            continue
        out.append(Candidate(at, at + 3, "PERSON", "rule:place-given-name", 33))
    return out


def find_county_seat_township_forms(text: str) -> list[Candidate]:
    """Candidates of the six classes above (each gated on its literal)."""
    out: list[Candidate] = []
    if "省城" in text:
        out += _provincial_capitals(text)
    out += _place_given_names(text, place_lexicon())
    if "县城" in text:
        out += _county_seats(text, place_lexicon())
    if "乡" in text or "镇" in text:
        out += _township_short_forms(text)
    if "驻" in text and "山的" in text:
        out += _stationed_towns(text, place_lexicon())
    if "等地" in text or "等处" in text:
        out += _closed_lists(text, place_lexicon())
    return out
