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


def find_temples_gates_after_towns(text: str) -> list[Candidate]:
    if not any(h in text for h in _HEADS + "门"):
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
    return out
