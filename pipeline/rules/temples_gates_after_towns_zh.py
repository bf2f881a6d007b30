"""Temples, shrines, halls and city gates named right after their town: the name and its head are one FAC, the town
stays a GPE.

Class (session 28, s28zhorg, Chinese FAC audit of county histories, mission histories and local newspapers):

- A known town, county or city the pipeline has read as a GPE, then a name of two or three characters and a
  religious head — 寺, 庙, 祠, 庵, 观, 宫, 殿 — is a FAC over the name and the head (`某城开元寺`, `某县三清观`,
  `某镇二圣祠`); the town before it is its own GPE, as the development sets read `丽水县|三岩寺` and `汤阴|岳忠武庙`
  (guideline 6: a place that only modifies the next name is its own span). A gazetteer name inside the temple's
  name is no place (`某城|开福寺`: not the county 开福).
  Criterion: the heads of the 寺观/坛庙 chapters of the county gazetteers.
- Not a street, village or town named after a temple (`某城开元寺路`, `某县关帝庙村`), nor a body housed in one
  (`某市雍和宫管理处`, `某城故宫博物院`), nor a place the temple's head is followed by (`殿里`, `庙前`, `寺内`), nor a name
  that holds a count, a determiner or a particle (`某城两座古寺`, `某县的祠`).

- A gate of a walled city written right after the city (`某城小吴门`, `某城临江门`): a name of two characters + 门 is
  one FAC, the city its own GPE (as the development sets read `南京|挹江门`); a gazetteer name inside the gate's
  name is no place (`某城临|江门`: not the city 江门). Not a word that ends in 门 (部门, 专门, 衙门, 城门, 家门: the
  character before 门 makes a word with it), nor a name that is a verb or holds a count or a particle, nor 门 that
  opens a word after it (门诊, 门口, 门前: the other finders read a gate's quarter, 某门外).

- A street or lane written right after its city (`某市|中山路`, `某城区|甲乙路12号`, `某城|丙丁巷`, session 33, w33zhfac,
  read across the development sets): a name of two or three characters and a street head — 路, 街, 巷, 弄 — is one
  FAC with the house number written after it, the city its own GPE, as the golds of audit24 (`武昌|撫院街`,
  `武昌|民主路`), audit26 (`毕节城区|中山路12号`), audit29 (`镇江|西坞街`) and audit23 (`渝中區|枇杷山巷`) read it; no gold
  of any set glues a city to a street (guideline 6: the city only modifies the street's own name). The city is a
  city, a prefecture or one of the four municipalities the gazetteer knows, or any town written before 城区/城内/
  市区/县城; not a county or district alone (`某县暖水街`, `某区吴淞街`: a market town or a subdistrict, GPE in the
  sets), nor a country (`越南|老街`). Not a route word (铁路, 公路, 马路, 退路, 两路 …: the stem's last character makes a
  word with the head), a route army or section (`某路军`, `某路线`, `某路口`, `某街道`, `某街镇`), nor a stem that holds a
  count, a particle or a verb, nor a street named after a temple (`某城开福寺路`, as test_civic_troupes… reads it). Pages: city histories of bombing and heritage lists (`上海南京路先施公司`,
  `恩施市中山路32号`, `成都…东大街、提督街`).

Examples written for this module: `日军在衡州开元寺设立司令部`, `我们参观了泉州承天寺`, `从长沙小吴门进城`; negatives:
`沿泉州开元寺路走`, `长沙的两座寺庙`, `南京部门很多`.

Priority 46 (the temple finder's). Cost: one regex match at the end of each GPE followed by a head within
four characters; texts without a head character return at once.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.enclosing_names_zh import known_place_before
from pipeline.rules.names_common import is_common_word, verb_word
from pipeline.rules.scan import char_positions, literal_positions
from pipeline.spans import Candidate

_HEADS = "寺庙祠庵观宫殿"
# what may not follow the head: a place in or by it (殿里, 庙前), a street, village or town named after it (某寺路,
# 某庙村), a body housed in it (某宫管理处, 故宫博物院)
_NOT_AFTER_RE = re.compile("[\u4e00-\u9fff]?[里内外前后中门]|[博会院馆派学所区镇乡村街路巷]")
# counts, determiners and particles that never stand inside a temple's name (numerals do: 四圣祠, 三清观, 五龙庙)
_NOT_IN = frozenset("两几数各每该这那其此本的了和与及或等个座所间处是在有为时")
# a word of position opening the name: the temple stands outside or beside the town (某县城外|三岩寺), no part of it
_NOT_FIRST = frozenset("外内里旁边前后上下附近郊")
# generic words of temples (the kind, not a name)
_KINDS = frozenset(("寺庙", "古庙", "破庙", "小庙", "大庙", "古寺", "佛寺", "庙宇", "宫殿", "宗祠", "祠堂", "道观",
                    "佛殿", "大殿", "正殿", "皇宫", "王宫", "行宫"))


# --- streets after their city (session 33, w33zhfac) ----------------------------------------------------------
_STREET_HEADS = "路街巷弄"
# a city-level place the street stands in: not a county or district alone (a market town 某县某街, a subdistrict)
_CITY_KINDS = frozenset(("prefecture", "city"))
_MUNICIPALITIES = frozenset(("cn:110000", "cn:120000", "cn:310000", "cn:500000", "cn:810000", "cn:820000"))
# words between the city and the street that make any town's street (某县城区|甲乙路)
_TOWN_PART = ("城区", "城内", "市区", "县城", "城中")
# the stem's last character + the head: a route word, no street name (铁路, 公路, 马路, 退路, 两路, 沿街, 小巷)
_ROUTE_WORDS = frozenset(("铁路", "公路", "马路", "道路", "大路", "小路", "水路", "陆路", "退路", "后路", "前路", "出路",
                          "去路", "来路", "归路", "一路", "两路", "三路", "分路", "各路", "沿路", "半路", "带路", "让路", "开路",
                          "修路", "筑路", "岔路", "线路", "网路", "思路", "正路",
                          "上街", "大街", "沿街", "满街", "当街", "逛街", "小巷", "街巷", "里弄", "小弄"))
# after the head: a name or word the head opens (路军, 路线, 路口, 路段, 路局, 街道, 街镇, 巷战, 弄堂)
_STREET_NOT_AFTER = frozenset("军线口段局道镇村乡区市坊战堂桥站")
_STREET_NOT_IN = _NOT_IN | frozenset("上下在到从向往沿经过于即原今称名为号路街巷弄城区市县镇乡村")
_BEARINGS = frozenset("东西南北中前后左右上下")
_HOUSE_NUMBER = re.compile("[0-9０-９]{1,4}号")


def _city_before(text: str, at: int, places) -> int | None:
    """Start of the city (or of a town before 城区/城内 …) the street at `at` stands in, else None."""
    for part in _TOWN_PART:
        if text.startswith(part, at - len(part)):
            return known_place_before(text, at - len(part), places)
    start = known_place_before(text, at, places)
    if start is None:
        return None
    name = text[start:at]
    entry = places.get(name) or places.get(name[:-1])
    if entry is None or not (entry.kind in _CITY_KINDS or entry.id in _MUNICIPALITIES):
        return None
    return start


def _streets_after_cities(text: str, places) -> list[Candidate]:
    out = []
    for head in char_positions(text, _STREET_HEADS):
        after = text[head + 1:head + 2]
        if after and after in _STREET_NOT_AFTER or head < 4:
            continue
        end = head + 1
        number = _HOUSE_NUMBER.match(text, end)
        for size in (2, 3):
            at = head - size
            name = text[at:head]
            if at < 2 or any(ch in _STREET_NOT_IN or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
                break
            if text[head - 1] in _HEADS:
                break                                  # 某城|开福寺路: a street named after a temple, left as before
            if text[head - 1:head + 1] in _ROUTE_WORDS or verb_word(name[:2], 100) or set(name) <= _BEARINGS:
                break                                  # 铁路, 攻打|某路: a route word or a verb, no street
            if is_common_word(text[at:head + 1], 20, ("ns",)):
                break                                  # 仰光|唐人街, 某市|步行街: a kind of street, no name
            if name in places:
                continue                               # 中山|山东路 → 中山东路; 某市|乙县路: no street of two characters
            if _city_before(text, at, places) is not None:
                out.append(Candidate(at, number.end() if number else end, "FAC", "rule:street-after-city", 52))
                break
    return out


def find_temples_gates_after_towns(text: str) -> list[Candidate]:
    if not any(h in text for h in _HEADS + "门" + _STREET_HEADS):
        return []
    places = place_lexicon()
    out = []
    for head in char_positions(text, _HEADS):
        if _NOT_AFTER_RE.match(text, head + 1):
            continue
        for size in (2, 3):
            at = head - size
            name = text[at:head]
            if at < 2 or name[0] in _NOT_FIRST or any(ch in _NOT_IN or ch in _HEADS or not ("\u4e00" <= ch <= "\u9fff")
                                                      for ch in name):
                break                                  # 某寺|雨花宫: a hall inside a temple holds the temple's head
            if name in _KINDS or text[head - 1:head + 1] in _KINDS or is_common_word(text[head - 1:head + 1]) \
                    or verb_word(name[:2], 100):
                break                                  # 参观, 宫殿: a word, no head; 进行|观: a verb, no name
            if known_place_before(text, at, places) is not None:
                out.append(Candidate(at, head + 1, "FAC", "rule:temple-after-town", 46))
                break
    if "门" in text:
        for head in literal_positions(text, "门"):
            at = head - 2
            name = text[at:head]
            if at < 2 or len(name) < 2 or any(ch in _NOT_IN or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
                continue
            if is_common_word(text[head - 1:head + 1]) or is_common_word(text[head:head + 2]) or verb_word(name, 100) \
                    or name[0] in _NOT_FIRST:
                continue                               # 部门, 专门, 门诊, 门口: a word, no gate
            if known_place_before(text, at, places) is not None:
                out.append(Candidate(at, head + 1, "FAC", "rule:gate-after-town", 46))
    if any(h in text for h in _STREET_HEADS):
        out += _streets_after_cities(text, places)
    return out
