"""Passes, valleys, uplands and boundary lines read from the words around them (session 19 round 2, r19zhplaces:
classes seen on round 1's held-out passages). Grammar, no list of names but the one below (complete by its criterion).

- A pass in a frame of position (`X关那头`, `X关前`, `X关下`, `X关外`) or after a verb of attacking or going out
  through it (`攻X关`, `出X关`): X关 is the pass, one LOC (guideline: a pass is a LOC; `直至青龙关` is one LOC), where
  the gazetteer reads the county X inside it (`武都关那头` gave GPE 武都) or reads X关 as the county named after the
  pass (潼关, 偏关, 壶关, 铁门关, 山海关, 嘉峪关: every settlement of the gazetteer whose name is a pass's, i.e. a
  county or district in 关, or a city of three characters in 关). X is a settlement the gazetteer knows (2-3
  characters; no region, province or country: 东北|关外), or X关 is; a two-character city, town or prefecture in 关 that is no pass (韶关, 马关 = Shimonoseki, 下关, 孟关) keeps
  its reading, and so does a name written with 县/城/镇/市 (`潼关县城`, `攻潼关城`: the town).
- A river's valley written after the river's whole name (`甲乙江河谷`, `丙河河谷`, guideline: `X河谷` is one LOC):
  the river the gazetteer knows and 河谷 (or 河谷地) are one LOC; a valley written `X河谷地` (not 地带/地区) is one
  LOC with 地 (the valley land). Rivers listed before a shared 河谷 (`甲河、乙河河谷`) keep their own names.
- An upland named by its region or province (`川西山地`, `云南山地`): a region (LOC) or province (GPE) the gazetteer
  knows and 山地 are one LOC (not `云南山` + 地, nor the region alone); not before 区/带 (山地区, 山地带).
- A boundary line named by a transliterated name (`麦克马洪线` type: four or more transliteration characters and 线):
  one LOC (guideline, English: boundary lines are LOC), no place read inside it.

Priority 35 (above the gazetteer's 30, the landform rules' 31-32 and the 关外 region of the lexicon).
Cost: str.find of 关, 谷, 山地 and 线; a few lexicon look-ups at each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from a literal each holds
from pipeline.spans import Candidate

PRIORITY = 35
_CJK = "\u4e00-\u9fff"

# a frame of position after a pass's name (the words that make it no position are left out: 前线, 下辖, 外围 …)
_PASS_AFTER_RE = re.compile("关(?=那头|那边|一带|前(?![线进往来去后敌方面])|下(?![辖属午令达旬游面去来])"
                            "|外(?![围国交籍号援线务事面出来去]))")
# a verb of attacking or going out through a pass right before its name (攻X关, 出X关), not 退出/撤出/逐出 (leaving
# a town)
_PASS_BEFORE_RE = re.compile(f"(?<![退撤逐赶驱派调])([攻出守过入])([{_CJK}]{{1,3}}?)关(?![县城镇市区])")   # 守/过/入 (r20zhloc)
# characters after which a name may open (function words, verbs of place); any other CJK character may be part of it
_OPEN = set("的了在于到至往向从自由经沿抵达临近逼占据守攻出过入进回驻退撤克夺和与及或即为是到、，,。；;：:（(“”「」 \n")
_STEM_STOP = set("着的了在是和与及或这那该此各每其一二三四五六七八九十两几个座处条等为有被向从到至于也就而又再更最很"
                 "上下前后左右中内外里边侧攻出克退撤入进过守占夺据")   # 攻入|X关下: the verb is outside (r20zhloc)
_SETTLEMENT_KINDS = ("county", "district")


def _pass_name_ok(name: str) -> bool:
    """X关 is a pass's name by the gazetteer: X关 itself (a pass, a county or district named after one, or a city
    of three characters), or its stem X is a place of 2-3 characters."""
    places = place_lexicon()
    entry = places.get(name)
    if entry is None:
        for adm in ("区", "县", "市"):
            entry = places.get(name + adm)
            if entry is not None:
                break
    if entry is not None:
        if entry.label == "LOC":
            return True
        return entry.kind in _SETTLEMENT_KINDS or len(name) >= 3
    stem = name[:-1]
    if len(stem) < 2:
        return False
    # the stem is a settlement (武都关; not a region: 东北|关外, 江汉关 a customs house), or a character is glued
    # before a place in 关 (白马关 over 马关): a longer name
    entry = places.get(stem)
    return entry is not None and entry.label == "GPE" and entry.kind not in ("country", "province") \
        or name[1:] in places


def _opens(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _OPEN or not "\u4e00" <= text[start - 1] <= "\u9fff"


def _pass_frames(text: str) -> list[Candidate]:
    out = []
    for m in _PASS_AFTER_RE.finditer(text):
        end = m.end()
        for size in (4, 3, 2):
            start = end - size
            if start < 0:
                continue
            name = text[start:end]
            if any(ch in _STEM_STOP or not "\u4e00" <= ch <= "\u9fff" for ch in name[:-1]):
                continue
            if text.startswith("一带", end) and any(place_lexicon().get(name[i:]) is not None
                                                  and place_lexicon()[name[i:]].label == "GPE" for i in range(len(name) - 1)):
                break   # 潼关一带: the county named after the pass keeps its reading before 一带 (r20zhloc)
            if _opens(text, start) and _pass_name_ok(name):
                out.append(Candidate(start, end, "LOC", "rule:pass-position-frame", PRIORITY, {"id": None}))
                break
    for m in literal_finditer(_PASS_BEFORE_RE, text):
        stem = m.group(2)
        name = stem + "关"
        if any(ch in _STEM_STOP for ch in stem) or plain_word(name, 20) or plain_word(m.group(1) + stem[0], 20):
            continue    # 攻克难关, 出海关: a word; 出兵|潼关, 攻取|X关: the verb is a longer word (no 攻/出 frame)
        if _pass_name_ok(name):
            out.append(Candidate(m.start(2), m.end(), "LOC", "rule:pass-position-frame", PRIORITY, {"id": None}))
    return out


@lru_cache(maxsize=1)
def _rivers() -> frozenset[str]:
    """Rivers of the place lexicon (LOC, 2-5 characters, ending in 江/河/水/川/溪)."""
    return frozenset(name for name, entry in place_lexicon().items()
                     if entry.label == "LOC" and 2 <= len(name) <= 5 and name[-1] in "江河水川溪")


_VALLEY_LAND_RE = re.compile("[河江]谷地(?![带区方])")


def valleys(text: str) -> list[Candidate]:
    rivers = _rivers()
    out = []
    at = text.find("河谷")
    while at != -1:
        end = at + 2
        if text.startswith("地", end) and not text.startswith(("地带", "地区", "地方"), end):
            end += 1
        for size in (5, 4, 3, 2):
            start = at - size
            if start >= 0 and text[start:at] in rivers:
                if start and text[start - 1] in "、和与及":
                    break    # 甲河、乙河河谷: the valleys of rivers listed, 河谷 shared; each river stays itself
                out.append(Candidate(start, end, "LOC", "rule:river-valley-whole", PRIORITY, {"id": None}))
                break
        at = text.find("河谷", at + 2)
    if "谷地" in text:
        from pipeline.rules.terrain_frames_zh import valleys as terrain_valleys
        for cand in terrain_valleys(text):
            if _VALLEY_LAND_RE.match(text, cand.end - 2):
                out.append(Candidate(cand.start, cand.end + 1, "LOC", "rule:river-valley-land", PRIORITY,
                                     {"id": None}))
    return out


def _uplands(text: str) -> list[Candidate]:
    places = place_lexicon()
    out = []
    at = text.find("山地")
    while at != -1:
        if not text.startswith(("山地区", "山地带"), at):
            for size in (4, 3, 2):
                start = at - size
                entry = places.get(text[start:at]) if start >= 0 else None
                if entry is not None and (entry.label == "LOC" and entry.kind == "region"
                                          or entry.label == "GPE" and entry.kind == "province"):
                    out.append(Candidate(start, at + 2, "LOC", "rule:region-upland", PRIORITY, {"id": None}))
                    break
        at = text.find("山地", at + 2)
    return out


_LINE_STOP = set("着的了在是和与及或这那该此各每其一二三四五六七八九十两几个座处条等为有被向从到至于也就而又再更最很"
                 "战防路铁前后")


def _boundary_lines(text: str) -> list[Candidate]:
    """A stem of 4-6 characters before 线, opening with two transliteration characters after a character that is
    none, with at most one character outside the table (麦克马洪: 洪)."""
    from pipeline.rules.names_common import translit_chars
    chars = translit_chars()
    out = []
    at = text.find("线")
    while at != -1:
        for size in (6, 5, 4):
            start = at - size
            if start < 0:
                continue
            stem = text[start:at]
            if not (stem[0] in chars and stem[1] in chars) or start and text[start - 1] in chars \
                    or sum(ch not in chars for ch in stem) > 1 \
                    or any(not "\u4e00" <= ch <= "\u9fff" or ch in _LINE_STOP for ch in stem):
                continue
            out.append(Candidate(start, at + 1, "LOC", "rule:translit-boundary-line", PRIORITY, {"id": None}))
            break
        at = text.find("线", at + 1)
    return out


def find_pass_valley_upland_frames(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "关" in text:
        out += _pass_frames(text)
    if "河谷" in text:
        out += valleys(text)
    if "山地" in text:
        out += _uplands(text)
    if "线" in text:
        out += _boundary_lines(text)
    return out
