"""The left edge of a school's name where a place is written before it (ORG). Session 32, w32zhorgfac: cross-set
reading of the ORG extent errors of the development sets (audit24, audit26, audit28, audit29: four sets written by
different annotators on different pages read the same edges; real-heldout2 and heldout agree where a province or a
bare city stands before the school).

A school (中学, 小学, 学校, 师范, 学堂, 书院) written after the places it stands in takes into its name only the
county or city written with its suffix; the places above and below that stay outside:

- a county or city written with its suffix (县, 市) right before the school's own name is part of the name
  (`某某县私立某某中学`, `某某市某某中学`, `某某县城第五中学`, `某某县立第三小学校`): the school's full official
  name (guideline 15: a full official name is one span), and a province or country written before that county is
  its own GPE (`四川|简阳县私立纪云中学`, `廣東|惠陽縣平山簡易師範學校`; guideline 6: a place that only modifies
  the next name is its own span);
- a township or village written before a school that has a name of its own (two characters at least between the
  township word and the head) is outside it (`长坑乡|崇德中学`, `尅炳村|尅炳小学`): the school is the name and its
  head, the village its own GPE. A school named only by its village keeps the village (`土洋村小学`: nothing
  between 村 and the head).

Not a county or city without its suffix (`天津|北洋法政专门学校`, the other finders' reading), not 省 + 立 (a
provincial school, `江苏省立徐州中学`, whose name the other finders read whole), not a name part that holds a
verb, a particle or a count (`某县读完小学`, `某县的中学`, `某县两所中学`), not a student or a part of a school
(`中学生`, `中学部`), and not 乡村 in a rural school's name (`某某乡村师范`).

Pages that write the shape (session 32's reading): `厦门市私立中华中学` beside `县立初级中学` (云霄文史资料,
meta.librarydata.cn), `泾县中学` and `安徽省宁属联立中学泾县分校` (皖南晨刊, m.yybnet.net), `新縣箭廠河鄉列寧小學`
(baike.baidu.hk), `永新县联合中学` beside `江西省立永新中学` (soolun.net).

find_school_name_edges(text) returns ORG candidates at priority 48 (above the place-named body finder's 47 and the
institution walk's 35, whose edges these replace; below units). Cost: a str.find of each head; a read back of at
most sixteen characters where one stands.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:school-name-edges"
PRIORITY = 48

_HEADS = ("中学", "小学", "学校", "师范", "学堂", "书院")
# after 中学/小学: a student, a part or a grade of the school, not its name's end
_NOT_AFTER = frozenset("生部")
# 小学校 is one head, but not 小学|校长 (the school's head teacher) and the other words 校 opens
_SCHOOL_WORDS_AFTER_XIAO = ("校长", "校址", "校舍", "校友", "校董", "校园", "校门", "校训", "校史", "校务", "校内", "校外")
# the read back stops at punctuation and these: prepositions, particles, list words, verbs of study
_STOP = frozenset("在于到入的了和与及或等、是为往从由向对把被将读念进上")
# never inside the school's own name (between the county and the head): function words, counts, pronouns
_NOT_IN_NAME = frozenset("的了着过是有无不没很也就又都这那该此各每其某我你他她它们个所两几数全本")
_SUFFIXES = frozenset("县市")
_TOWNSHIP = frozenset("乡镇村")
_READ_BACK = 16
# the kinds of school a township or county names by itself (某乡中心小学, 某乡村师范, 某县初级中学): no name of
# their own, the place stays in
_KINDS = ("中心", "师范", "初级", "高级", "女子", "职业", "农业", "实验", "完全", "国民", "简易", "联立", "公立", "私立")
_ORDINAL_NAME = re.compile("(?:县立|市立|城)?第[一二三四五六七八九十0-9]+")


def _head_end(text: str, head_start: int, head: str) -> int:
    end = head_start + len(head)
    if head == "师范" and text.startswith("学校", end):
        return -1   # 某某师范|学校: the 学校 head reads it
    if head in ("中学", "小学") and text[end:end + 1] == "校" and not text.startswith(_SCHOOL_WORDS_AFTER_XIAO, end):
        return end + 1   # 某县立第三小学校, 某县立第一中学校
    if head == "学校" and head_start > 0 and text[head_start - 1] in "中小" and text.startswith(_SCHOOL_WORDS_AFTER_XIAO, head_start + 1):
        return -1   # 某中学|校长: the 中学 head reads the school, 校长 is the post
    if head in ("中学", "小学") and text[end:end + 1] in _NOT_AFTER:
        return -1   # 中学生, 小学部
    return end


def _run_start(text: str, head_start: int) -> int:
    at = head_start
    while at > 0 and head_start - at < _READ_BACK:
        ch = text[at - 1]
        if not is_han(ch) or ch in _STOP:
            break
        at -= 1
    return at


def _county_at(text: str, run_start: int, suffix_at: int) -> int:
    """The start of a county or city written with its suffix at `suffix_at` (longest stem first), or -1."""
    places = place_lexicon()
    for size in (3, 2, 1):
        at = suffix_at - size
        if at < run_start:
            continue
        stem = text[at:suffix_at]
        for name in (stem + text[suffix_at], stem):
            entry = places.get(name)
            kinds = ("county", "prefecture", "city", "district") if size > 1 else ("county", "prefecture", "city")
            if entry is not None and entry.label == "GPE" and entry.kind in kinds:   # 江宁县: today's 江宁区, not 宁县
                if name == stem and size == 1:
                    continue   # a one-character stem only with its suffix (泾县), never alone
                return at
    return -1


def _name_ok(name: str) -> bool:
    if _ORDINAL_NAME.fullmatch(name):
        return True   # 某市第一中学, 某县城第五中学: the county's numbered school
    if not name or len(name) > 10 or any(ch in _NOT_IN_NAME for ch in name):
        return False
    return not (len(name) == 2 and is_common_word(name, 2000))


def _school(text: str, head_start: int, end: int) -> Candidate | None:
    run_start = _run_start(text, head_start)
    if head_start - run_start < 3:
        return None
    start = -1
    # the county or city with its suffix nearest the head whose name part after it is a name
    for at in range(head_start - 1, run_start, -1):
        if text[at] not in _SUFFIXES:
            continue
        county = _county_at(text, run_start, at)
        if county < 0:
            continue
        name = text[at + 1:head_start]
        if name.startswith("立"):
            name = name[1:]   # 某县立第一中学: the county's own school
        if name and not _name_ok(name.replace("城", "", 1) if name.startswith("城") else name):
            break
        start = county
        break
    # a township or village before a school with a name of its own: the name alone
    low = start if start >= 0 else run_start
    for at in range(head_start - 3, low, -1):
        ch = text[at]
        if ch not in _TOWNSHIP or text[at - 1] in "省县市" or not is_han(text[at - 1]):
            continue
        if ch == "乡" and text[at + 1:at + 2] == "村":
            continue   # 乡村师范: a rural school's kind
        name = text[at + 1:head_start]
        if len(name) >= 2 and _name_ok(name) and not is_common_word(name, 2000) and not name.startswith(_KINDS):
            start = at + 1
        break
    if start < 0:
        return None
    return Candidate(start, end, "ORG", SOURCE, PRIORITY)


def find_school_name_edges(text: str) -> list[Candidate]:
    """ORG candidates: schools whose left edge is a county with its suffix or follows a township (working text)."""
    out: list[Candidate] = []
    for head in _HEADS:
        if head not in text:
            continue
        for head_start in literal_positions(text, head):
            end = _head_end(text, head_start, head)
            if end < 0:
                continue
            cand = _school(text, head_start, end)
            if cand is not None:
                out.append(cand)
    return out
