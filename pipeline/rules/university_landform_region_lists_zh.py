"""Places, structures and universities read from lists, coordinations and region words (session 21 round 2,
r21orgloc: classes the round-1 LOC/FAC/ORG audit saw on real pages; grammar and one general list, no page's names).

- Universities clipped to their short forms in a list (`甲大、乙大、丙大组成`): where two or more members of a list
  joined by 、/和/与/及 are the conventional short forms of China's universities of 1912-1949 (the list below), each
  member is one ORG (its canonical the full name), also a short form that is a place or an ordinary word elsewhere
  (the gazetteer's district, jieba's word). A member glued to a school head (`X大学`) is the longer name's business.
  The short forms that read as nothing else (浙大, 交大, 厦大 …) are one ORG anywhere in a text that names a 大学.
- Two landforms or structures coordinated under one head (`甲乙山与丙丁山`, `甲乙要塞和丙丁炮台` is no such pair): the
  first member takes the reading of the second, even when its stem is an ordinary word (a lion, a general): both
  members are one LOC (mountain, ridge, island, river heads) or FAC (要塞, 炮台, 机场 …) each. The second must read
  as a name on its own (the place lexicon knows it with or without the head, or a structure is named by a hill);
  two unknown members without a signal are left (test_landform_frames_zh). The first opens at a
  clause edge (punctuation, a copula, a preposition); stems of two or three characters hold no function word.
- A river with 外/内 written before its name (`外甲乙河`, the outer course of a city's river): one LOC when the river is
  a river of the place lexicon and 外/内 opens a word (after punctuation, a naming verb or a preposition; not the 外
  of 城外, 门外). A river of the lexicon + its gorges (`X江三峡`, `X江峡谷`) is one LOC.
- A region + a region word (`甲西平原`, `甲乙盆地`, `甲河谷地`): a region or river of the place lexicon (LOC or a
  province abbreviation + a bearing) or a run of two or three provinces' one-character abbreviations, then 平原,
  盆地, 谷地, 河谷, 高原, 山地 or 丘陵, is one LOC (docs: `X江河谷`, `川西山地`), not a place cut inside it.
- A defence line or fortress system named in quotes before its head (`“甲方某某”防线`): the quoted name is one FAC
  at each mention (as quoted forts are: docs, session 17), never a PERSON.

Priorities: universities 50 (above the gazetteer 30 and the organisation lexicon 35); landform pairs 46 (above the
structure rules' 45 and the gazetteer); rivers and regions 47; quoted lines 48 (above the person rules).
Cost: str.find of 、/与/和, 外/内 + 河, the region words and ”防 before any regex; each regex runs from a literal.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.name_walk import ABBREVIATIONS, DIRECTIONS
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_H = f"[{_CJK}]"

# ---- universities' short forms ----------------------------------------------------------------------------------
# The conventional short forms of China's national, provincial and private universities of 1912-1949 (the
# universities of organisations.tsv / organisations_universities.tsv), as written in histories and memoirs.
# Provenance: general historical knowledge, written for zhanji; only forms that name one university (中大, 师大,
# 联大 name several or other bodies and are left out).
_UNIVERSITY_SHORT = {
    "北大": "北京大学", "清华": "清华大学", "南开": "南开大学", "燕大": "燕京大学", "复旦": "复旦大学",
    "交大": "交通大学", "浙大": "浙江大学", "武大": "武汉大学", "川大": "四川大学", "厦大": "厦门大学",
    "山大": "山东大学", "同济": "同济大学", "北师大": "北平师范大学", "辅仁": "辅仁大学", "金大": "金陵大学",
    "金女大": "金陵女子大学", "暨南": "暨南大学", "湘雅": "湘雅医学院", "协和": "协和医学院", "西南联大": "国立西南联合大学",
}
_UNI = "|".join(sorted(_UNIVERSITY_SHORT, key=lambda w: (-len(w), w)))
_JOIN = "(?:、|和|与|及|以及)"
_UNI_LIST_RE = re.compile(f"(?:{_UNI}){_JOIN}(?:{_UNI})(?:{_JOIN}(?:{_UNI}))*")
_UNI_ITEM_RE = re.compile(_UNI)
_SCHOOL_AFTER = ("大学", "学院", "中学", "小学", "医院", "区", "路", "街", "县", "市")


# the short forms that read as nothing else (no place, no ordinary word): one ORG anywhere in a text about universities
_UNAMBIGUOUS_SHORT = ("浙大", "燕大", "交大", "武大", "川大", "厦大", "金大", "北师大", "金女大", "复旦")
_UNAMBIGUOUS_RE = re.compile("|".join(sorted(_UNAMBIGUOUS_SHORT, key=lambda w: (-len(w), w))))


def _university_lists(text: str) -> list[Candidate]:
    out = []
    if "大学" in text:    # a text about universities: the unambiguous short forms at a word's edge
        for m in literal_finditer(_UNAMBIGUOUS_RE, text):
            if text.startswith(_SCHOOL_AFTER, m.end()) or (m.start() and is_common_word(text[m.start() - 1:m.start() + 1], 100)):
                continue
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-university-short", 50,
                                 norm={"canonical": _UNIVERSITY_SHORT[m.group()]}))
    for m in literal_finditer(_UNI_LIST_RE, text):
        if text.startswith(_SCHOOL_AFTER, m.end()):
            continue   # 甲大、乙大学: the last member opens a longer name
        if m.start() and is_common_word(text[m.start() - 1:m.start() + 1], 100):
            continue   # the first member's first character closes an ordinary word before it
        for item in _UNI_ITEM_RE.finditer(text, m.start(), m.end()):
            out.append(Candidate(item.start(), item.end(), "ORG", "rule:org-university-list", 50,
                                 norm={"canonical": _UNIVERSITY_SHORT[item.group()]}))
    return out


# ---- landforms and structures coordinated under one head --------------------------------------------------------
_LOC_HEADS = ("山", "岭", "峰", "岛", "河", "江", "溪", "湖")
_FAC_HEADS = ("要塞", "炮台", "机场", "车站", "码头", "堡垒")
_PAIR_HEAD = "|".join(_FAC_HEADS + _LOC_HEADS)
_PAIR_RE = re.compile(f"({_H}{{2,3}}?)({_PAIR_HEAD})(?:与|和|及|、)({_H}{{2,3}}?)\\2(?![峰岭脉区口路])")
_PAIR_EDGE = frozenset("，。、；：,.;:（）()“”「」 \n为是即乃指称叫名在于至到从向由经过往沿有及与和")
_NOT_IN_STEM = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其某个座条处所也都就而又再一二三四五六七八九十两几大小")


def _clean_stem(stem: str) -> bool:
    """No function word or numeral in the stem, unless the stem is a noun jieba knows that opens with none of the
    particles (将军, 狮子)."""
    if not any(ch in _NOT_IN_STEM for ch in stem):
        return True
    entry = word_info().get(stem)
    return bool(entry) and entry[1].startswith("n") and stem[0] not in "的了在于到至及与和同是为有被把对这那每各本该全此其某"


def _pair_start(text: str, stem_end: int) -> int:
    """Where a 2-3 character stem ending at `stem_end` opens at a clause edge, else -1."""
    for size in (2, 3):
        at = stem_end - size
        if at < 0:
            return -1
        stem = text[at:stem_end]
        if not _clean_stem(stem):
            return -1
        if at == 0 or text[at - 1] in _PAIR_EDGE:
            return at
    return -1


def _evidenced(stem: str, head: str, places) -> bool:
    """The second member reads as a name on its own: the lexicon knows it with or without its head (甲乙山, 甲乙 the
    town), or a structure is named by a hill or island (甲乙山要塞)."""
    return (places.get(stem + head) is not None or places.get(stem) is not None
            or head in _FAC_HEADS and stem[-1] in "山岭峰岛")


def _coordinated_pairs(text: str, places) -> list[Candidate]:
    out = []
    if "与" not in text and "和" not in text and "及" not in text and "、" not in text:
        return out
    for m in literal_finditer(_PAIR_RE, text):
        head = m.group(2)
        second = m.group(3)
        start = _pair_start(text, m.start(2))
        if start < 0 or not _clean_stem(second) or is_common_word(second, 100) \
                or not _evidenced(second, head, places):
            continue
        label = "FAC" if head in _FAC_HEADS else "LOC"
        out.append(Candidate(start, m.end(2), label, "rule:landform-pair", 46))
        out.append(Candidate(m.start(3), m.end(), label, "rule:landform-pair", 46))
    return out


# ---- rivers: 外/内 + river, river + gorges ------------------------------------------------------------------------
_SIDE_RIVER_RE = re.compile(f"[外内]({_H}{{1,3}}[河江])")
_SIDE_EDGE = frozenset("，。、；：,.;:（）()“”「」 \n称为是叫名入沿经过至到与和及由从在即")
_GORGE_RE = re.compile(f"({_H}{{1,3}}[江河])(三峡|大峡谷|峡谷)")


def _rivers(text: str, places) -> list[Candidate]:
    out = []
    if "外" in text or "内" in text:
        for m in literal_finditer(_SIDE_RIVER_RE, text):
            river = m.group(1)
            entry = places.get(river)
            if entry is None or entry.label != "LOC" or entry.kind != "river":
                continue
            if m.start() and text[m.start() - 1] not in _SIDE_EDGE:
                continue   # 城外|某河, 门外: the 外 closes a word before it
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:river-side", 47))
    if "峡" in text:
        for m in literal_finditer(_GORGE_RE, text):
            river = m.group(1)
            for k in range(len(river) - 1):
                entry = places.get(river[k:])
                if entry is not None and entry.label == "LOC" and entry.kind == "river":
                    out.append(Candidate(m.start() + k, m.end(), "LOC", "rule:river-gorge", 47))
                    break
    return out


# ---- a region + a region word -------------------------------------------------------------------------------------
_REGION_WORDS = ("平原", "盆地", "谷地", "河谷", "高原", "山地", "丘陵")


def _region_start(text: str, word_start: int, places) -> int:
    """Where the region before a region word opens: a LOC of the lexicon (region, river), a province abbreviation +
    a bearing, or a run of 2-3 provinces' abbreviations; the longest such run ending at `word_start`, else -1."""
    for size in (3, 2):
        at = word_start - size
        if at < 0:
            continue
        name = text[at:word_start]
        entry = places.get(name)
        if entry is not None and entry.label == "LOC":
            return at
        if entry is not None or is_common_word(name, 20):
            continue
        if size == 2 and name[0] in ABBREVIATIONS and name[1] in DIRECTIONS or all(ch in ABBREVIATIONS for ch in name):
            return at
    return -1


def _regions(text: str, places) -> list[Candidate]:
    out = []
    for word in _REGION_WORDS:   # each word found on its own: 某河谷地 holds 河谷 and 谷地
        at = text.find(word)
        while at != -1:
            start = _region_start(text, at, places)
            if word == "河谷" and text.startswith("地", at + 2):
                start = -1   # 某江河谷地: the valley land, read whole by pass_valley_upland_frames_zh
            if start > 0 and text[start - 1] in "、和与及":
                start = -1   # 甲河、乙河河谷: the region word is shared by a list, each member stays itself
            if start >= 0 and places.get(text[start:at + len(word)]) is None:   # 成都平原: the matcher's whole name
                out.append(Candidate(start, at + len(word), "LOC", "rule:region-word", 47))
            at = text.find(word, at + len(word))
    return out


# ---- a defence line named in quotes -------------------------------------------------------------------------------
_QUOTED_SYSTEM_RE = re.compile(f"[“\"「]({_H}{{2,6}})[”\"」]的?(?:防线|防御线|防御体系|要塞群|要塞)")


_COUNT_CHARS = frozenset("一二三四五六七八九十两百千万0123456789")


def _quoted_lines(text: str) -> list[Candidate]:
    out = []
    if "防" not in text and "要塞" not in text:
        return out
    for m in literal_finditer(_QUOTED_SYSTEM_RE, text):
        name = m.group(1)
        if name.endswith(("防线", "要塞")):
            continue   # “某某防线”: the quoted line's own rule reads it whole
        if any(ch in _COUNT_CHARS for ch in name) or is_common_word(name, 50):
            continue   # “三线两翼”的防御体系, “铜墙铁壁”防线: a scheme or a figure of speech, no name
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", "rule:fac-quoted-system", 48))
    return out


def find_university_landform_region_lists(text: str) -> list[Candidate]:
    """ORG / LOC / FAC candidates of the module's classes (see the module doc)."""
    places = place_lexicon()
    return (_university_lists(text) + _coordinated_pairs(text, places) + _rivers(text, places) + _regions(text, places)
            + _quoted_lines(text))
