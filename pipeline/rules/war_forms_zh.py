"""Naming forms of late-Qing, warlord-era and foreign wars written in Chinese (session 11 audit, auditzh6), each
read from how such names are made, not from a list of the names:

- `battle_names`: a battle named after a foreign place in transliteration, before 海战/战役/会战/之战/战斗/登陆战:
  the whole run of transliteration characters (three to eight, shared list transliteration_chars.txt) is the
  place, with the ordinal before it (特拉法尔加海战, 第二次阿拉曼战役; the event finder read only the last two or three
  characters as a free name). EVENT, priority 46.
- `route_armies`: a route written before a named or purpose army (东路讨逆军, 西路讨贼军, 南路军 is already one):
  the route belongs to the name (guideline 2: the designation's parts stay inside). MIL_UNIT, priority 62, built
  on the MIL_UNIT candidates already found.
- `provincial_armies`: a Qing or early-Republican province written before its provincial army (湖北新军, 黑龙江练军,
  山东防军): one MIL_UNIT (the readings of session 8: 奉天练军), for every province of 1907-1928 — the three-character
  黑龙江 and 察哈尔 included, which the two-character 练军 reading of qing_drilled_armies_zh missed. Priority 59 (61 for those
  two), so qing_drilled_armies_zh's longer readings (奉天吉林练军, 奉天练军盛字营) keep winning.
- `viceroyalties`: the jurisdiction of a Qing viceroy (总督) or a warlord-era inspector-general (巡阅使) written with the
  post is a GPE, as a province is in 广西提督 or 直隶总督 (the independent sets tag the place in a post): the
  complete list of the multi-province viceroyalties of 1760-1911 (两江, 闽浙, 湖广, 陕甘, 两广, 云贵, 东三省 of 1907)
  and the 巡阅使 jurisdictions of 1916-1926 named the same way (两湖). Priority 33 (a person rule read 云贵 as a name).
- `operation_names`: an operation's code name in quotes after 代号 (美军代号为“苏格兰行动”和“飞马行动”), each quoted
  X行动 / X作战 of the list: EVENT (guideline: operations are events), priority 46.
- `mile_places`: a settlement named by its distance from a town (八里台, 十里铺, 三里屯: a numeral, 里 and a settlement
  word): GPE (priority 41, above the count 八里 that the quantity finder read in it).
- `new_army_lists`: a New Army brigade, regiment or division listed after another without 第 (混成第三协、十一协): its
  own MIL_UNIT with its echelon (guideline 4: each designation with its own echelon word is its own span), priority 62.
- `commander_posts`: the commander of a Qing or warlord force named after 统领 written with the force (防军统领X,
  巡防营统领X): PERSON for a Chinese surname and one or two given characters before a stop (priority 31; 统领 alone
  is also a verb, so only after a force word).
- `fort_lists`: forts listed with one shared head (沙角、大角炮台, 永安、巩固炮台) are one FAC, as a list of known
  places before it already was (镇远、威远炮台; guideline 10 for coordinated names). Priority 46.

Anchors: the head words (str.find); each hit reads at most twenty characters back.
"""

from __future__ import annotations

import re

from pipeline.rules.event_name_starts import left_boundary_ok
from pipeline.rules.events import event_regexes
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import translit_chars, known_places, surnames
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_BATTLE_HEADS = ("登陆战", "海战", "战役", "会战", "之战", "战斗")
_ORDINAL_RE = re.compile("第[一二三四五六七八九十0-9]{1,3}次$")
# characters that never stand inside a transliterated place (function words a run could swallow)
_NOT_NAME = frozenset("的了在是和与及于对向从由为将把被等")

_ROUTES = ("东路", "西路", "南路", "北路", "中路")

# the provinces (行省) of 1907-1928 and the special regions of 1914-1928, as written in their armies' names
_PROVINCES = ("黑龙江 察哈尔 直隶 奉天 吉林 山东 山西 河南 江苏 安徽 江西 浙江 福建 湖北 湖南 广东 广西 四川 "
              "贵州 云南 陕西 甘肃 新疆 台湾 热河 绥远").split()
_PROVINCIAL_RE = re.compile(f"({'|'.join(_PROVINCES)})(新军|练军|防军|巡防营)(?![长官部内中里])")

_VICEROYALTY_RE = re.compile("(两江|闽浙|湖广|陕甘|两广|云贵|东三省|两湖)(?=总督|巡阅使|经略|督军)")
_CODE_NAME_RE = re.compile(f"代号(?:为|是|叫|称)?[“\"「]([{_CJK}·]{{1,10}}(?:行动|作战))[”\"」]")
# unquoted after 代号 (代号瞭望台行动): two to six characters and the head, no function word inside
_CODE_NAME_BARE_RE = re.compile(f"代号(?:为|是|叫|称)?((?:(?![的了在是和与及为将把被对])[{_CJK}]){{2,6}}?(?:行动|作战))")
_CODE_NAME_NEXT_RE = re.compile(f"(?:和|与|及|、|以及)[“\"「]([{_CJK}·]{{1,10}}(?:行动|作战))[”\"」]")

_MILE_PLACE_RE = re.compile("(?:[一二三四五六七八九]|十[一二三四五六七八九]?|[二三四五六七八九]十[一二三四五六七八九]?)里"
                            "[台铺屯庄店堡村集寨](?![长子民人])")
_NUMERALS = frozenset("一二三四五六七八九十百千万两几数0123456789")

_NEW_ARMY_NEXT_RE = re.compile("、([一二三四五六七八九十]{1,3})(镇|协|标)(?![长部属])")
_COMMANDER_RE = re.compile(f"(?<=[军营队旗])统领([{_CJK}]{{2,3}}?)(?=[，。、；：率坐带等于在因为以亦也即遂])")
_NAME_NOT = frozenset("的了是在和与及等为以各该我敌其此这每军师旅团营连部队兵马")

_FORT_HEADS = ("炮台", "炮垒")
_FORT_LIST_RE = re.compile(f"((?:[{_CJK}]{{2,3}}、){{1,4}}[{_CJK}]{{2,3}}|(?:[{_CJK}]{{2,3}}、){{0,3}}[{_CJK}]{{2,3}}[和及与][{_CJK}]{{2,3}})等?(?:炮台|炮垒)$")
_FORT_JOIN_RE = re.compile("[、和及与]")   # 镇远、靖远和威远炮台, 横档、永安、巩固等炮台: one FAC (auditzh40)
# characters after which a list of forts may open (a verb of building or attack, a preposition, punctuation)
_LIST_OPEN = frozenset("有为占建修攻克夺毁守筑设在于将把和与及的至到抵向经沿了据领住，。；：、（(“「 \n")


def find_war_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    out: list[Candidate] = []
    if "战" in text:
        out += _battle_names(text)
    if "路" in text and "军" in text:
        out += _route_armies(text, found)
    if "军" in text or "巡防营" in text:
        for m in literal_finditer(_PROVINCIAL_RE, text) if any(h in text for h in ("新军", "练军", "防军", "巡防营")) else ():
            # below qing_drilled_armies_zh's 练军 reading (60: 奉天吉林练军, 奉天练军X字营), above it for the three-character
            # provinces that reading cuts (黑龙江练军, not 龙江练军)
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-provincial-army",
                                 61 if len(m.group(1)) == 3 else 59))
    if "炮台" in text or "炮垒" in text:
        out += _fort_lists(text)
    if "总督" in text or "巡阅使" in text or "经略" in text or "督军" in text:
        for m in literal_finditer(_VICEROYALTY_RE, text):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-viceroyalty", 33))
    if "协" in text or "标" in text or "镇" in text:
        for cand in found:
            if cand.label == "MIL_UNIT" and cand.source == "rule:unit-new-army":
                m = _NEW_ARMY_NEXT_RE.match(text, cand.end)
                while m is not None:
                    out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-new-army-list", 62,
                                         norm={"unit_hint": {"numbers": [parse_number(m.group(1))],
                                                             "echelon": m.group(2), "prefix": ""}}))
                    m = _NEW_ARMY_NEXT_RE.match(text, m.end())
    if "统领" in text:
        single, double = surnames()
        for m in _COMMANDER_RE.finditer(text):
            name = m.group(1)
            if (name[0] in single or name[:2] in double) and not any(ch in _NAME_NOT for ch in name[1:]):
                out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-force-commander", 31))
    if "里" in text:
        for at in _finds(text, "里"):
            for back in (3, 2, 1):
                m = _MILE_PLACE_RE.match(text, at - back) if at >= back else None
                if m is not None and m.end() == at + 2 and (at - back == 0 or text[at - back - 1] not in _NUMERALS):
                    out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-mile", 41))
                    break
    if "代号" in text:
        for m in _CODE_NAME_BARE_RE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-code-name", 46))
        for m in _CODE_NAME_RE.finditer(text):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", "rule:event-code-name", 46))
            nxt = _CODE_NAME_NEXT_RE.match(text, m.end())
            while nxt is not None:
                out.append(Candidate(nxt.start(1), nxt.end(1), "EVENT", "rule:event-code-name", 46))
                nxt = _CODE_NAME_NEXT_RE.match(text, nxt.end())
    return out


def _finds(text: str, word: str):
    at = text.find(word)
    while at != -1:
        yield at
        at = text.find(word, at + len(word))


# a landform word between a transliterated place and the head (科科达小径战役, 萨沃岛海战): the place is the run before it
_LANDFORM_SUFFIXES = ("小径", "山口", "山脊", "高地", "海峡", "半岛", "河", "岛", "湾", "角")


def _battle_names(text: str) -> list[Candidate]:
    out = []
    translit, places = translit_chars(), known_places()
    for head in _BATTLE_HEADS:
        for at in _finds(text, head):
            suffix = next((w for w in _LANDFORM_SUFFIXES if text.endswith(w, 0, at)), "")
            run_end = at - len(suffix)
            start = run_end
            while start > max(0, run_end - 8) and text[start - 1] in translit and text[start - 1] not in _NOT_NAME:
                start -= 1
            if run_end - start < (2 if suffix else 3) or (start > 0 and text[start - 1] in translit):
                continue                     # a short run is the event finder's (free names); a longer one is no place
            if not left_boundary_ok(text, start) or any(text[start - k:at] in places for k in (1, 2, 3) if start >= k):
                continue                     # 斯大林格勒战役: the run is the tail of a longer (known) name
            if suffix and text[start:at + len(head)] in event_regexes()[2]:
                continue                     # a listed event (瓜达尔卡纳尔岛战役) keeps the lexicon's canonical form
            ordinal = _ORDINAL_RE.search(text, max(0, start - 5), start)
            out.append(Candidate(ordinal.start() if ordinal else start, at + len(head), "EVENT", "rule:event-translit", 46))
    return out


def _route_armies(text: str, found: list[Candidate]) -> list[Candidate]:
    out = []
    for cand in found:
        if cand.label != "MIL_UNIT" or cand.start < 2 or text[cand.end - 1] != "军":
            continue
        if text[cand.start - 2:cand.start] in _ROUTES and text[cand.start] != "第" \
                and not text[cand.start:cand.end].startswith(("路军",)):
            out.append(Candidate(cand.start - 2, cand.end, "MIL_UNIT", "rule:unit-route-army", max(cand.priority, 61) + 1))
    return out


def _fort_lists(text: str) -> list[Candidate]:
    out = []
    for head in _FORT_HEADS:
        for at in _finds(text, head):
            window_start = max(0, at - 20)
            m = _FORT_LIST_RE.search(text, window_start, at + 2)
            if m is None or m.end() != at + 2:
                continue
            items = _FORT_JOIN_RE.split(m.group(1))
            first_start = m.start(1)
            # the first item: two characters after an opening character, else three
            for width in (2, 3):
                start = m.end(1) - len(m.group(1)) + (len(items[0]) - width)
                if start >= first_start and (start == 0 or text[start - 1] in _LIST_OPEN):
                    break
            else:
                continue
            items = _FORT_JOIN_RE.split(text[start:at].rstrip("等"))   # the first item as cut (的|镇远)
            if any(ch in "的了在是和与及等" for item in items for ch in item) \
                    or any(item[-1] in "两二三四五六七八九十" or item[0] in "两" for item in items):
                continue    # 甲、乙两炮台: a count (place_kinds_zh); a hill named by a numeral (二龙山) is a name (s18zhloc)
            out.append(Candidate(start, at + 2, "FAC", "rule:fac-list", 46))
    return out
