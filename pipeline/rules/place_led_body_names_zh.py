"""Bodies named by their place: a place, a distinguishing stem and the generic word of a body, in Chinese working text
(session 26, s26mine: cross-set mining of the development sets). Grammar over a closed lexicon of heads; no names.

- A body's name written as place + stem + generic head (`甲县人民政府`, `乙市工务科`, `丙州华侨救国后援会`,
  `丁县中央农民运动讲习所`, `戊城长老教会`, `己县义学`) is one ORG over all of it (guideline 15: a full official name is
  one span), not the place alone. This is the shape Chinese naming rules give an institution's name: 行政区划 +
  字号 (+ 行业) + 组织形式 (《企业名称登记管理规定》, 1991, art. 7; the same order in 《社会团体登记管理条例》, 1998,
  art. 10: a body's name ends with the word of its kind).
- Heads (the lexicon; criterion: a word that, written last, makes the name a body of that kind, and that is no
  building, force or event word): councils and associations (委员会, 议会, 参议会, 议事会, 后援会, 救国会, 同盟会,
  联合会, 协会, 商会, 工会, 农会, 研究会, 教会, 总会, 分会), governments and offices (政府, 公署, 督署, 都督府, 衙门,
  办事处, 讲习所, 研究所, 警察所, 事务所, 改进所, and an office of a kind of affairs: X务 + 科/局/处/厅/所/司/省,
  `工务科`, `内务省`), schools (学校, 中学, 小学, 大学, 学院, 学堂, 师范, 义学, 县学, 府学) and firms (银行, 公司,
  报社, 日报). Buildings (医院, 会馆), forces (队, 团) and 学会 (also "learned") are left out.
- The place is one the gazetteer reads as a GPE (2-4 characters, with its 省/市/县 suffix) or a GPE another finder found;
  it opens the name after a clause edge (punctuation, a function character) or right after a verb or a preposition
  (the run's last two characters a verb, or its last one a verb or preposition of going or setting up) (`加入|甲市红十字会`,
  `入|乙县讲习所`, `在|丙镇商会`); a province right before the county opens it (`甲省乙县某某学校`). A school with a stem of its own
  after a place that is no county (`某市|某某学校`: the city where it stands) is left to the school finders, unless the
  place founded it (`甲省立…`, `乙市立…`). The stem is 0-10 Han characters, none a function character, with no verb in it
  (`甲市召开委员会` is no name) and holds no count or rank with its measure word (`某国第一家轮船公司`); a bare country + a generic
  head (`日本公司`, `英国大学`) is no name, a bare country + 政府/议会 is (`日本政府`).
- Not: a place + 的 (`甲县的中学`), a list (`甲县、乙县政府`: the stem holds no 、), a head inside a longer word
  (`政府军`, `大学生`, `公司法`: the character after the head closes no name).

Priority 37 (above the gazetteer's 30 and the town governments' 36; below persons, units and dates).
Cost: one literal scan for the head characters (会 府 署 门 处 所 科 局 厅 司 省 校 学 堂 范 行 社 报), then look-ups in
the gazetteer for at most 14 characters before each head.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han, org_lexicon, verb_word
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate
from pipeline.rules.org_name_anchors import AMONG

_HEADS_ANY_STEM = ("委员会", "参议会", "议事会", "议会", "政府", "公署", "督署", "都督府", "衙门", "义学", "县学", "府学")
_HEADS_NAMED = ("后援会", "救国会", "同盟会", "联合会", "协会", "商会", "工会", "农会", "研究会", "教会", "总会", "分会",
                # session 33 (w33zhorgev): the base areas' salvation societies, the 1920s peasant unions and the towns'
                # fire brigades after their place (某县妇救会, 某乡农工会, 某镇救火会; mass_society_names_zh for the same
                # heads after a place the gazetteer does not hold)
                "农救会", "妇救会", "青救会", "工救会", "农工会", "救火会",
                "办事处", "讲习所", "研究所", "警察所", "事务所", "改进所",
                "学校", "中学", "小学", "大学", "学院", "学堂", "师范", "银行", "公司", "报社", "日报")
BODY_HEADS = _HEADS_ANY_STEM + _HEADS_NAMED    # the lexicon of heads (quoted_body_names_zh reads it too)
# a school's head written in two head words (师范 + 学校, 中学 + 堂): one head, so that the name runs to its end
# (`甲县师范学校`, not `甲县师范`; session 29, s29zhabbr) and the shorter word's check of the stem does not drop it
_SCHOOL_COMPOUND_HEADS = ("师范学校", "师范学堂", "师范学院", "师范大学", "师范专科学校", "中学堂", "小学堂", "大学堂")
_AFFAIRS_OFFICE = "[工财政总警税教商外内军民法]务[科局处厅所司省]"
_AFFAIRS_OFFICE_RE = re.compile(_AFFAIRS_OFFICE)
# a count or rank with its measure word (第一家, 一所, 两个, 几座, 第三大): the stem describes a kind of body
_COUNTED_RE = re.compile("[第一二三四五六七八九十百两几数][家所个座间处位大]")
_HEAD_RE = re.compile("(?:" + "|".join(sorted(BODY_HEADS + _SCHOOL_COMPOUND_HEADS, key=len, reverse=True))
                      + "|" + _AFFAIRS_OFFICE + ")")
# the character after a head that makes it part of a longer word (政府军, 大学生, 公司法, 议会制, 中学生, 分会场)
_HEAD_CONTINUES = set("军生法制员场长址部内外门楼堂")
_HEAD_CONTINUES_KEEP = ("委员会", "政府", "公署")   # 政府内, 委员会内: a place after the body, the body stands
# characters no stem and no opening of a name holds
_FUNCTION = set("的了在是和与及或这那该此各每其我你他她敌等为有被向从到至于於也就而又再更最很无、，。；：！？“”《》（）()")
# one-character verbs of founding, going and holding that no stem holds (华阳|设|商会: the place sets up a body)
_STEM_VERBS = set("设建立创办任入赴往驻成照令派")
_OPENERS = set("入任赴往至设建于在由据向到经为与和及被将把从将驻")
_NAME_WORDS = frozenset(("抗日", "救国", "建设", "改进", "联合", "研究", "运动", "教育", "警察"))
_SCHOOL_HEADS = frozenset(("学校", "中学", "小学", "大学", "学院", "学堂", "师范") + _SCHOOL_COMPOUND_HEADS)
_FOUNDED_BY = ("省立", "市立", "县立")
_NAMED_LABELS = frozenset(("ORG", "FAC", "MIL_UNIT"))
_LONGEST_RUN = 14


def _place_at(text: str, at: int, end: int, places, gpe_spans: set[tuple[int, int]]) -> int:
    """End of the longest GPE (gazetteer or found) starting at `at` and ending before `end`, else -1."""
    for size in (5, 4, 3, 2):
        stop = at + size
        if stop > end:
            continue
        entry = places.get(text[at:stop])
        if (entry is not None and entry.label == "GPE") or (at, stop) in gpe_spans:
            return stop
    return -1


def _is_country(name: str, places) -> bool:
    entry = places.get(name)
    return entry is not None and entry.kind == "country"


def find_place_led_bodies(text: str, found) -> list[Candidate]:
    if not any(ch in text for ch in "会府署门处所科局厅司省校学堂范行社报"):
        return []
    places = place_lexicon()
    org_forms = org_lexicon()[0]
    gpe_spans = {(c.start, c.end) for c in found if c.label == "GPE"}
    out = []
    for m in literal_finditer(_HEAD_RE, text):
        head, h, end = m.group(0), m.start(), m.end()
        nxt = text[end:end + 1]
        if nxt and nxt in _HEAD_CONTINUES and not (nxt in "内外" and head in _HEAD_CONTINUES_KEEP):
            continue
        # the Han run before the head, up to a function character or a non-Han character
        run = h
        while run > 0 and h - run < _LONGEST_RUN and is_han(text[run - 1]) and text[run - 1] not in _FUNCTION:
            run -= 1
        if h - run < 2:
            continue
        start = place_end = -1
        for at in range(run, h - 1):
            prefix = text[run:at]
            if text.startswith(AMONG, at - 1):
                continue                     # 其中|某省政府: the word 其中 opens no name (session 28, s28zhorg)
            if prefix and not (verb_word(prefix[-2:], 300) if len(prefix) >= 2 else False) and prefix[-1] not in _OPENERS:
                continue
            stop = _place_at(text, at, h, places, gpe_spans)
            if stop == -1:
                continue
            start, place_end = at, stop
            # a county right after its province: the province opens the name
            nxt = _place_at(text, stop, h, places, gpe_spans)
            if nxt != -1 and text[stop:nxt][-1:] in "县市州" and h - nxt >= 0:
                place_end = nxt
            break
        if start == -1:
            continue
        stem = text[place_end:h]
        if len(stem) > 10 or any(ch in _FUNCTION for ch in stem):
            continue
        if _COUNTED_RE.search(stem):
            continue    # 中国|第一家轮船公司, 甲县|一所师范学堂: a count or rank of a kind, no name
        founded = text[place_end - 1:place_end + 1] in _FOUNDED_BY   # 甲省|立…学校: the place founded it
        if founded:
            stem = stem[1:]
        if any(ch in _STEM_VERBS for ch in stem) or _HEAD_RE.search(stem) or any(
                verb_word(stem[k:k + 2], 300) and stem[k:k + 2] not in _NAME_WORDS for k in range(len(stem) - 1)):
            continue
        # a name of its own after a place that only locates it (天津|某某学堂, 北平|中国大学): the place stays a GPE
        if _place_at(text, place_end, h, places, gpe_spans) != -1 or any(
                c.label in _NAMED_LABELS and place_end <= c.start < end and c.end == end for c in found):
            continue
        # a body the organisation lexicon holds keeps its reading (and its canonical name), and so does one another
        # finder read over the same characters or more
        if any(text[k:end] in org_forms for k in range(start, h)) or any(
                c.label in _NAMED_LABELS and c.start <= start and c.end >= end for c in found):
            continue
        if not stem and head not in _HEADS_ANY_STEM and not _AFFAIRS_OFFICE_RE.fullmatch(head):
            if _is_country(text[start:place_end], places) or head in ("公司", "银行", "报社", "日报", "协会", "总会",
                                                                      "分会", "工会", "商会", "教会", "大学", "学院"):
                continue
        # a school named on its own, written after the city it stands in (甲市|乙丙学校), is no body of the city; a
        # county's school (甲县乙丙学校) or one the place founded (甲省立…, 乙市立…) is
        if head in _SCHOOL_HEADS and stem and not founded and getattr(
                places.get(text[start:place_end]), "kind", "") != "county":
            continue
        out.append(Candidate(start, end, "ORG", "rule:place-led-body", 37))
    return out
