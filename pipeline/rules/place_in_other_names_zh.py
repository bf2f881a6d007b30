"""Places that are part of someone else's name (session 21, s21zhprec: a precision audit of GPE/LOC/FAC spans on
fresh real passages). Grammar over the place lexicon; no list of names.

- A facility built by a verb of building: 修/建/造/筑 after 并/又/始/倡/重/捐/再/亦 is no part of the name after it
  (`并修文庙`, `倡修甲乙书院`, `又建丙丁祠`): the name of 1-4 characters and its head (书院, 庙, 祠, 寺, 宫, 堂, 亭,
  桥, 堤, 塔, 阁, 楼, 坛) are the FAC (not the county `修文` nor `修文庙`).
- A county or prefecture school (`补甲乙县学弟子员`, `由丙丁府学`, `选授戊己县学训导`): a known place + 县学/府学/州学,
  before a word of the school's men (弟子员, 生员, 训导, 教谕, 教授, 学正, 廪生, 附生, 增生) or after 由/补/入, is one
  ORG, not the county inside it.
- An organisation named after a place (`考入甲乙丙丁高中`, `参加甲乙救国同盟会`, `在甲乙实践学社受训`): a known place
  opening a name of up to 8 characters that ends in 学社, 同盟会, 大同盟, 同盟, 高中, 中学, 小学, 学堂, 学会, 研究会,
  read back from the head to a clause edge or a verb of joining (考入, 参加, 加入, 在 …): one ORG. A quoted name with
  these heads (`“反帝大同盟”`) is an ORG too, with no place needed (`大同` is no place in it). Not before 生 (中学生),
  nor 同盟 before 国/军 (同盟国 is an alliance of its own), nor a name holding 后/时/前 (a clause: 战争爆发后同盟国),
  nor a verb right after the place (`在某地上中学`: attending a school there; `在某地另组同盟会`: founding one), nor
  a head continued by a branch (`同盟会中部总会`, `学会分会`: the longer name is read elsewhere). A school written
  with its full head 学校 ends at 校 (`某县立第一中学校`, `某县立第三小学校`, the Republican form; session 28,
  s28zhorg), but not where 校 opens a post or a site (`某中学|校长`, `校址`, `校友`).
- A tomb named after a person (`建有“甲乙墓”`): a name the place lexicon knows (a county renamed after a person)
  right before 墓 (not 墓地, 墓葬, 墓穴, 墓群) is one FAC.
- A formation named after a place (`甲乙兵团`, `丙丁军团` with no numeral, `戊己南下支队`, `庚辛纵队`): the place and
  兵团/军团/支队/纵队 (with a march word 南下/北上/东进/西进/挺进 between, and the subunits written after it:
  `戊己南下支队三大队二中队`, guideline 3) are one MIL_UNIT (guideline 1: a formation named after a person is one
  MIL_UNIT; the same for a place), not a GPE, and the verb before it stays out (`担任甲乙兵团司令官`).

Priorities: facilities 46 (above FAC rules 45 and the gazetteer), schools and named bodies 36 (above ORG lexicons),
兵团/军团 units and a 支队 with its subunits 61 (above the unit grammar's 60, whose span may hold the verb before or
only the subunits), a bare X支队/X纵队 59 (below it: its own reading and value win where it has one).
Cost: str.find of 修/建/造/筑, 学, 同盟/学社/学会/研究会, 墓 and 兵团/军团/支队/纵队 before any regex.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.commemoration_forms_zh import PUNCT   # clause marks, brackets, quotes and spaces
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

_H = "[\u4e00-\u9fff]"


def _known_place(name: str) -> bool:
    entry = place_lexicon().get(name)
    return entry is not None and entry.label in ("GPE", "LOC")


# --- a facility after a verb of building ---------------------------------------------------------------------------
_FAC_HEADS = "书院|庙|祠|寺|宫|堂|亭|桥|堤|塔|阁|楼|坛"
_BUILT_RE = re.compile(f"(?<=[并又始倡重捐再亦、])[修建造筑]((?:(?![的之了与和及、，。]){_H}){{1,4}}?(?:{_FAC_HEADS}))"
                       f"(?![宇院子])")


def _built_facilities(text: str) -> list[Candidate]:
    out = []
    if not any(text.find(v) != -1 for v in "修建造筑"):
        return out
    for m in _BUILT_RE.finditer(text):
        out.append(Candidate(m.start(1), m.end(1), "FAC", "rule:built-facility", 46))
    return out


# --- county and prefecture schools ---------------------------------------------------------------------------------
_SCHOOL_RE = re.compile(f"({_H}{{2,3}}?)([县府州])学(?=弟子员|生员|训导|教谕|教授|学正|廪生|附生|增生|诸生)"
                        f"|(?<=[由补入])({_H}{{2,3}}?)([县府州])学(?![生习会院校])")


def _schools(text: str) -> list[Candidate]:
    out = []
    if text.find("学") == -1:
        return out
    for m in literal_finditer(_SCHOOL_RE, text):
        stem, kind = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        for k in range(len(stem) - 1):               # the longest known place ending the stem
            if _known_place(stem[k:]) or _known_place(stem[k:] + kind):
                start = m.start(1) if m.group(1) else m.start(3)
                out.append(Candidate(start + k, m.end(), "ORG", "rule:place-school", 36))
                break
    return out


# --- organisations named after a place -----------------------------------------------------------------------------
# a school written with its full head 学校 (某县立第三小学校, 某县中学校: the Republican and late-Qing form, session 28
# s28zhorg) ends at 校, not before it; 校 opening a post or a site after 小学/中学 stays outside (某小学|校长, 校址);
# the late-Qing 中学堂/小学堂 ends at 堂 the same way (某县中学堂, not 某县中学; session 29, s29zhabbr)
_BODY_HEAD_RE = re.compile("(?:学社|同盟会|大同盟|同盟(?![国军友邦])|高中|(?:中学|小学)[校堂](?![长址友舍门区园庆训歌董务医])"
                           "|中学|小学|学堂|学会|研究会)(?![生中总分支])")
_BODY_EDGE = PUNCT | set("的在于入加到与和及是为任由从赴往进")
_SCHOOLING = set("上读念进入办考就在到另组建设成创筹参加")   # 在某地上中学, 在某地另组同盟会: a verb, no name
_BODY_NOT_IN = set("了着过这那其该我你他她它们后时前")   # 某洋战争爆发后|同盟国: a clause, no name


def _named_bodies(text: str) -> list[Candidate]:
    out = []
    if not any(text.find(h) != -1 for h in ("学社", "同盟", "中学", "小学", "高中", "学堂", "学会", "研究会")):
        return out
    for m in _BODY_HEAD_RE.finditer(text):
        at, end = m.span()
        start = at
        while start > 0 and at - start < 8 and text[start - 1] not in _BODY_EDGE:
            start -= 1
        name = text[start:at]
        if len(name) < 2 or any(ch in _BODY_NOT_IN for ch in name):
            continue
        quoted = start > 0 and text[start - 1] in "“「‘\"" and end < len(text) and text[end] in "”」’\""
        if not quoted:
            size = next((k for k in (3, 2) if len(name) >= k and _known_place(name[:k])), 0)
            if not size or name[size:size + 1] in _SCHOOLING:
                continue                               # 在上海上中学: attending school in a place, no name
        out.append(Candidate(start, end, "ORG", "rule:place-named-body", 47))
    return out


# --- a tomb named after a person -----------------------------------------------------------------------------------
_TOMB_RE = re.compile(f"({_H}{{2,3}}?)墓(?![地葬穴群区园])")


def _tombs(text: str) -> list[Candidate]:
    out = []
    if text.find("墓") == -1:
        return out
    for m in literal_finditer(_TOMB_RE, text):
        stem = m.group(1)
        for k in range(len(stem) - 1):
            if _known_place(stem[k:]) and (k == 0 or text[m.start(1) + k - 1] in PUNCT):
                out.append(Candidate(m.start(1) + k, m.end(), "FAC", "rule:named-tomb", 46))
                break
    return out


# --- formations named after a place --------------------------------------------------------------------------------
_NAMED_FORCE_RE = re.compile("(?:南下|北上|东进|西进|挺进)?(?:[兵军]团|[支纵]队)"
                             "(?:第?[一二三四五六七八九十0-9]{1,3}[大中小]?队)*")
_NUMERALS = set("第0123456789一二三四五六七八九十")


def _place_forces(text: str) -> list[Candidate]:
    out = []
    if text.find("兵团") == -1 and text.find("军团") == -1 and text.find("支队") == -1 and text.find("纵队") == -1:
        return out
    for m in literal_finditer(_NAMED_FORCE_RE, text):
        if text.startswith("长", m.end()):
            continue                        # X支队长, X兵团长: the commander's post, not the formation (listed_bare_unit_runs_zh)
        at = m.start()
        for size in (4, 3, 2):
            if at - size < 0 or not _known_place(text[at - size:at]):
                continue
            start = at - size
            if start == 0 or text[start - 1] not in _NUMERALS:
                head = m.group()
                if head.endswith("团") or not head.endswith(("支队", "纵队")):
                    # 兵团/军团, or a 支队 with its subunits after it: above the unit grammar, whose span may hold
                    # the verb before or only the subunits
                    out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:place-named-force", 61))
                else:                       # 支队/纵队: below it (its own reading and value win where it has one)
                    hint = {"unit_hint": {"echelon": head[-2:]}}
                    out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:place-named-force", 59, hint))
            break
    return out


def find_place_in_other_names(text: str) -> list[Candidate]:
    return (_built_facilities(text) + _schools(text) + _named_bodies(text) + _tombs(text)
            + _place_forces(text))
