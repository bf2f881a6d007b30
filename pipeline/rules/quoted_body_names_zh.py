"""A body's full name written in quotes, in Chinese working text (session 26, s26mine: cross-set mining of the
development sets). Grammar over the quotes and the closed head lexicon of place_led_body_names_zh; no names.

- Local histories, gazetteers and biographies quote the full name of an office or body when they introduce it
  (`元代在某地设立“某某监”`, `明初设立“总督某某都御史署”`, `某县、某县“三县联合指挥部”`, `成立“某某救国后援会”`): the
  quoted text, 3-14 Han characters ending in the generic word of a body, is one ORG without its quotes (guideline
  13: a span never starts or ends with punctuation; guideline 15: a full official name is one span). Heads: those of
  place_led_body_names_zh (委员会, 议事会, 后援会, 政府, 公署, 衙门, 办事处, 讲习所, 学校, 大学, 公司, 银行 …) and the
  offices a quoted name ends in: 署, 监, 局, 处, 所, 院, 会, 社, 指挥部 (a body of counties or a society, no formation of a
  designated force).
- Not: a quoted ordinary word (`“派出所”`: jieba's dictionary, 50 uses or more), a kind of body named by a verb of
  two characters alone (`“维持会”`, `“救济会”`), a word that only ends like
  a head (`太监`, `社会`, `机会`, `大会`, `会议` and the like: the last two characters an ordinary word that is no body
  word), a name inside a title (《…》: the reconcile stage's title mask drops it, as it drops every candidate inside a
  title), a force (军, 队, 团 … are no heads here: the unit finders read them), a
  Qing sub-prefecture (厅 is no head: `“某某厅”` is the place).

Priority 46 (the quoted short names' of quoted_numbered_bodies_zh: above places and the town governments; below
units and dates). Cost: nothing without a closing quote mark; one bounded regex started at the closing mark.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, verb_word
from pipeline.rules.place_led_body_names_zh import BODY_HEADS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quoted-body-name", 46

_OFFICE_HEADS = ("指挥部", "署", "监", "局", "处", "所", "院", "会", "社")
_QUOTED_RE = re.compile("[“「]([\u4e00-\u9fff]{3,14})[”」]")
# body words that end like an ordinary word: kept as heads although jieba knows them
_BODY_WORDS = frozenset(("学会", "协会", "商会", "工会", "农会", "教会", "总会", "分会", "公所", "会所"))


def _body_name(name: str) -> bool:
    if not name.endswith(BODY_HEADS + _OFFICE_HEADS) or name.endswith(("会议", "大会")):
        return False
    if is_common_word(name, 50):
        return False
    head = next(h for h in sorted(BODY_HEADS + _OFFICE_HEADS, key=len, reverse=True) if name.endswith(h))
    if len(name) - len(head) <= 2 and verb_word(name[:-len(head)], 300):
        return False    # “维持会”, “救济会”: a kind of body named by what it does, no body's name
    tail = name[-2:]
    if name.endswith(_OFFICE_HEADS) and not name.endswith(BODY_HEADS + ("指挥部",)) and tail not in _BODY_WORDS:
        if is_common_word(tail, 300, ()):     # 太监, 社会, 机会, 住所: a word that only ends like a head
            return False
    return True


def find_quoted_body_names(text: str) -> list[Candidate]:
    if "”" not in text and "」" not in text:
        return []
    out = []
    for m in literal_finditer(_QUOTED_RE, text):
        name = m.group(1)
        if not _body_name(name):
            continue
        out.append(Candidate(m.start(1), m.end(1), "ORG", SOURCE, PRIORITY))
    return out
