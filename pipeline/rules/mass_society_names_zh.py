"""Local mass societies and police offices named by a place the gazetteer does not know (ORG), in Chinese working text
(session 33, w33zhorgev: cross-set reading of the ORG misses of audit22-30 and real-dev*). Grammar over a closed
lexicon of heads; no names.

- Heads (criterion: the standing names of the local bodies every village, district or town had, as county gazetteers'
  群众团体 / 公安 chapters list them): the peasant associations of 1926-1949 (农会, 农民协会, 农工会), the base areas'
  national-salvation societies of 1937-1945 (农救会, 妇救会, 青救会, 工救会: the short forms of 农民/妇女/青年/工人抗日
  救国会), the towns' fire brigades of 1846-1949 (救火会) and a place's Red Cross branch (红十字分会); the police
  sub-stations below a bureau's branch (分驻所, 派出所), named by their street, bridge or village. Not the bureaus
  (警察局, 警察署, 警察所, 公安分局): a bureau is named by its city or county, which the gazetteer knows and the head
  finders read; after an unknown run it read a false name on a development set's passages (measured, session 33).
- The name is the run of two to four Han characters right before the head, opened by a clause edge, a function
  character or a verb (`、洪山桥|分驻所`, `由南区|救火会`, `，三加村|农会`, `创建岳北|农工会`, `载往十六铺|红十字分会`): a
  village, district, street, bridge or quarter the gazetteer does not hold. The whole is one ORG
  (guideline 15: a full official name is one span; the golds of audit23, audit24, audit27 and audit29 read these
  names whole: a police sub-station named by its bridge or street, a district's fire brigade, a village's or a
  region's peasant association). A known place before the head is the other finders' (org_patterns,
  place_led_body_names_zh).
- Not: a one-character run (`县农会`, `村妇救会`, `区公所`: a level, no name, as the golds leave them), a run of levels
  or a level with a word that only says which (`区乡农会`, `邻村农会`); a run holding a
  function character, a verb word or a count (`加入农会`, `全村农会`, `一个农会`, `第三区农会`); an ordinary word
  (`农村妇救会`, `后来|某某派出所`); a run a person's name or a longer name of another finder covers.

Priority 51 (above the gazetteer's places and the street and bridge readers (50) that read the run alone; a person or
unit over the run is left alone).
Cost: one literal scan for the heads' last characters (会 所); most texts have none of the heads.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han, verb_word
from pipeline.spans import Candidate

_HEADS = ("农民协会", "农工会", "农救会", "妇救会", "青救会", "工救会", "救火会", "红十字分会", "农会",
          "分驻所", "派出所")
_HEAD_RE = re.compile("|".join(sorted(_HEADS, key=len, reverse=True)))
# characters that end the walk back over a name: function characters, demonstratives and wholes, levels' counters
_STOP = set("的了在是和与及或至到于从向自经由将把被对为也都即今原属辖设等各该本全其此这那每我你他她之而并有无以"
            "个些名第")
_NUMERALS = set("一二三四五六七八九十百两0123456789")
_SETTLEMENT_ENDS = set("村乡镇区铺庄寨屯堡圩街桥口")
# one-character verbs of holding, founding and going that open no name (并任|村妇救会主任, 设|区农会)
_RUN_VERBS = set("任设建立创办入赴往驻成照令派加参")
_LABELS_COVERING = frozenset(("PERSON", "ORG", "MIL_UNIT", "EVENT"))


def _opened(text: str, start: int) -> bool:
    """A name may open at `start`: text start, a non-Han character, a function character or a verb before it."""
    if start == 0:
        return True
    before = text[start - 1]
    return not is_han(before) or before in _STOP or before in "往赴" or verb_word(text[start - 2:start], 300) \
        or verb_word(before, 1000)


# the levels of a place (区乡农会, 县区警察所: levels only, no name) and the words that only qualify a level (邻村, 新区,
# 外乡, 原县: which village or district, not its name)
_LEVELS = set("省市县区乡镇村")
_LEVEL_QUALIFIERS = set("新老邻外原旧前后上下大小该本全各每此")


def _clean_run(run: str) -> bool:
    if all(ch in _LEVELS for ch in run) or (len(run) == 2 and run[1] in _LEVELS and run[0] in _LEVEL_QUALIFIERS):
        return False
    if any(ch in _STOP or not is_han(ch) for ch in run) or run[0] in _RUN_VERBS:
        return False
    if run[0] in _NUMERALS and (len(run) < 3 or run[-1] not in _SETTLEMENT_ENDS):
        return False            # 一区|农会, 三村: a numbered level; 三加村, 十六铺 (a settlement's name) stay
    if is_common_word(run, 300, ("nr", "ns", "nz")):
        return False            # 农村|妇救会, 地方|派出所: an ordinary word, no name
    if len(run) >= 3 and is_common_word(run[:2], 300, ("nr", "ns", "nz")) and run[:2][0] not in _NUMERALS:
        return False            # 后来|某某派出所, 阴谋|暗杀农会: an ordinary word opens the run, no name
    return not any(verb_word(run[k:k + 2], 300) for k in range(len(run) - 1))


def find_mass_society_names(text: str, found) -> list[Candidate]:
    """ORG candidates of the class above (`found`: the candidates of the finders run before)."""
    if not any(ch in text for ch in "会所"):
        return []
    out: list[Candidate] = []
    for m in _HEAD_RE.finditer(text):
        h, end = m.start(), m.end()
        start = -1
        for size in (2, 3, 4):
            at = h - size
            if at < 0:
                break
            if not _clean_run(text[at:h]):
                continue
            if _opened(text, at):
                start = at
                break
        if start < 0:
            continue
        if any(c.label in _LABELS_COVERING and c.start < h and c.end > start and (c.label == "PERSON" or c.end > h
               or c.start < start) for c in found):
            continue            # 李某|农会主席: a person; 某某军|派出所, a longer name another finder read
        out.append(Candidate(start, end, "ORG", "rule:org-mass-society", 51))
    return out
