"""Forms of Chinese biographies of the 1937-45 war (auditzh36): names and places a biography's own grammar frames.

`find_biography_forms(text)` (working text, Simplified) proposes:

- PERSON: a Japanese name heading a biography: a Japanese surname (lexicons/surnames_jp.txt) and one to three
  given characters at the start of a line or sentence (or after a list number 1、), right before a comma or a
  bracket that opens 日本… or a year (某某某某，日本某县人 / 某某某某（1884年—1938年）). Chinese biographies of
  Japanese officers open this way; the surname list and the frame together vouch for the name.
- GPE: a birthplace county no gazetteer lists, between a province and 人: 河北省某某人, 湖南某某县人 (the
  province from the 35 provinces of the Republic in 1947 and 内蒙古; the stem two characters, no ordinary word).
- GPE: a township or village between a known place and 人 (某县名某某乡人, 某市某某村人): the address form of
  place_admin_chains, whose chains start only after a name ending in 县 or 旗.
- GPE: a town after a verb of taking, reaching or attacking and 了 or 的 (攻打日军占领的某某镇, 到了某某镇),
  which the town frames of written_zh_places (a look-behind of one character) do not reach.
- MIL_UNIT: a military sub-district named by a two-character region no list holds (泰西军分区, 鲁中军分区)
  after a word that opens a post or a place (任, 调任, 在, 到, 、).

Candidates are at low priority (30, units 40): every lexicon span and every framed rule wins.
Cost: a few anchored regex scans (on 人, 军分区 and on the commas and brackets after a line start).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, plain_word
from pipeline.rules.place_admin_chains import stem_ok
from pipeline.rules.scan import clause_start_finditer, literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.spans import Candidate

PRIORITY = 30
_PROVINCES = ("河北", "山东", "山西", "河南", "湖北", "湖南", "江苏", "浙江", "安徽", "江西", "福建", "广东", "广西",
              "云南", "贵州", "四川", "西康", "陕西", "甘肃", "宁夏", "青海", "新疆", "绥远", "察哈尔", "热河",
              "辽宁", "吉林", "黑龙江", "安东", "辽北", "松江", "合江", "嫩江", "兴安", "台湾", "内蒙古")
_STOP = set("的了是在和与及等于被把对向从由令率所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
            "为以将兼任同因获遭受奉亲仍还再军师旅营队团司部长官兵人民省市县区乡镇村一二三四五六七八九十")
_END = "[。，,；;、）)]"
_BIRTH_COUNTY_RE = re.compile(f"(?:{'|'.join(_PROVINCES)})省?([\u4e00-\u9fff]{{2}})县?人(?={_END})")
_BIRTH_VILLAGE_RE = re.compile(f"(?:^|(?<=[，,。；;：:）)\\s]))(?:(?:{'|'.join(_PROVINCES)})省?)?"
                               f"([\u4e00-\u9fff]{{2,3}}?)"
                               f"([\u4e00-\u9fff]{{1,3}}[乡镇村庄屯])人(?={_END})", re.M)
_JP_HEAD_RE = re.compile("(?:^|(?<=[\n。；;])|(?<=[0-9一二三四五六七八九十][、.．]))[ \u3000]*"
                         "([\u4e00-\u9fff]{3,6}?)(?=[，,（(](?:日本|[0-9]{4}))", re.M)
_JP_HEAD_MARKS = "\n。；;、.．"     # every match of _JP_HEAD_RE starts at the text's start or after one of these
# a town after a verb of taking, reaching or attacking and an optional 了/的 (攻打日军占领的某某镇, 到了某某镇)
_TOWN_AFTER_VERB_RE = re.compile("(?:占领|攻占|攻克|攻打|袭击|进攻|包围|到达|抵达|进入|退守|驻守|收复|到)[了的]"
                                 "([\u4e00-\u9fff]{2,3}镇)(?![长民上内外压守主湾村口街路江河桥坝铺集坪岭山头港])")
_SUBREGION_RE = re.compile("(?<=[任到在至为及和、，,])([\u4e00-\u9fff]{2})军分区")


def _jp_name(name: str) -> bool:
    surnames = japanese_surnames()
    for size in (3, 2):
        given = name[size:]
        if name[:size] in surnames and 1 <= len(given) <= 3 and not any(ch in _STOP for ch in given):
            return True
    return False


def find_biography_forms(text: str) -> list[Candidate]:
    """PERSON, GPE and MIL_UNIT candidates of a biography's frames (see the module doc)."""
    out: list[Candidate] = []
    if "人" in text:
        for m in literal_finditer(_BIRTH_COUNTY_RE, text):
            stem = m.group(1)
            if not any(ch in _STOP for ch in stem) and not plain_word(stem, 50) and stem not in _PROVINCES:
                out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:birthplace-county", PRIORITY, {"id": None}))
        places = known_places()
        for m in literal_finditer(_BIRTH_VILLAGE_RE, text):
            stem = m.group(2)[:-1]
            if m.group(1) in places and stem_ok(stem) and not any(ch in _STOP for ch in stem):
                out.append(Candidate(m.start(2), m.end(2), "GPE", "rule:birthplace-village", PRIORITY, {"id": None}))
    for m in clause_start_finditer(_JP_HEAD_RE, text, _JP_HEAD_MARKS):
        if _jp_name(m.group(1)) and not is_common_word(m.group(1), 20):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-japanese-biography", 20))
    if "镇" in text:
        for m in literal_finditer(_TOWN_AFTER_VERB_RE, text):
            stem = m.group(1)[:-1]
            if not any(ch in _STOP for ch in stem) and not plain_word(stem, 100) and not is_common_word(m.group(1), 20):
                out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:town-after-verb", PRIORITY, {"id": None}))
    if "军分区" in text:
        for m in literal_finditer(_SUBREGION_RE, text):
            stem = m.group(1)
            if not any(ch in _STOP for ch in stem) and not stem.startswith("第") and not plain_word(stem, 300):
                out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-named-subregion", 40,
                                     norm={"unit_hint": {"numbers": [], "echelon": "军分区", "prefix": ""}}))
    return out
