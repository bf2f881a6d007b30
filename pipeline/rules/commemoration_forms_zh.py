"""Forms of commemorative pages (session 13 audit, auditzh19: party-history and veterans'-affairs offices' pages,
martyrs' biographies, memorial halls and red-tourism sites, textbook and exam texts).

- A martyr named before 烈士 (`被敌人杀害的张某某烈士`, `纪念李某烈士`): a 2-3 character name (4 with a compound surname)
  whose first character is a surname, standing right after a word edge (punctuation, 的/和/与/及/了/为, the verbs of
  commemoration 纪念/缅怀/悼念/祭奠/安葬 …), no ordinary word (革命烈士, 英雄烈士, 红军烈士) and no place (南京烈士) → PERSON
  (guideline 1: the title 烈士 stays outside). Priority 31, above the gazetteer (张永福 is no GPE 永福), below the person
  lexicon (which keeps its canonical name).
- A memorial named by its martyrs (`张甲、李乙烈士纪念馆`, `王某烈士纪念碑`, `X烈士墓`) is one FAC over the listed names
  (guideline 6: the names inside a longer FAC name belong to it; listed names sharing one head are one span as
  `沙角、大角炮台`), and so is a memorial named by a local force (`某县抗日游击队纪念碑`, `X独立营烈士纪念碑`). FAC at
  priority 63 (above the unit and person finders it contains).
- A historic site `…旧址` named by the body, meeting or office that stood there (`龙溪会议旧址`, `中共某县委旧址`,
  `某县抗日民主政府旧址`, `八路军某办事处旧址`) is one FAC from the word edge before the name (a man-made structure, the
  organisation inside it belongs to it, guideline 6); a name without a head word (革命旧址), shorter than 4 characters or
  opened by a demonstrative (该旧址) is none. Priority 63.
- `X帝国主义` (textbooks: 日本帝国主义, 英帝国主义): the country X is the GPE, not the state `X帝国` the gazetteer reads
  (`日本帝国`); a one-character bound form (美帝国主义) stays untagged (guideline 12). GPE at priority 31.
- A place's veterans' affairs bureau, people's armed forces department or party-history office (the offices that write
  and hold these pages): `某区退役军人事务局`, `某县人武部`, `某市委党史研究室`, `某县史志办` → one ORG with the place (as
  `重庆国民政府`, `阳高县政协`: a place owns its body). The place is a gazetteer GPE, written with or without its 省/市/县/区;
  a bare `区退役军人事务局` names no place and is none. ORG at priority 37.
- A name right before 左/右 and a part of the body (`宋某右胸中弹`, `王某左臂负伤`): the side word belongs to the wound,
  not to the name (PERSON at priority 13, above the name-likeness reading that ran the name on).

Cost: str.find of 烈士, 旧址, 帝国主义 and of 左/右 before a body part; a few look-ups where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

PUNCT = set("，。、；：！？,.;:!?（）()“”\"'‘’「」『』《》【】[] \n\t\u3000—…·")
# one-character words and verb ends after which a martyr's name starts (纪念 怀念 悼念 缅怀 祭奠 祭扫 安葬 追悼 追认 …)
_NAME_EDGE = PUNCT | set("的和与及了为念怀奠扫葬悼认是有即同")
_NOT_IN_NAME = set("的了是和与及等被把对向从由在于经到至个这那其此该各每本位名〇零百千万两几多"
                   "们军师团旅营连排队部烈士县市省区乡镇村山河")
_MEMORIAL_HEADS = ("纪念馆", "纪念碑", "纪念亭", "纪念塔", "纪念堂", "纪念园", "陵园", "陵墓", "墓", "故居", "塑像", "雕像")
_FORCE_WORDS = ("抗日游击队", "游击大队", "游击支队", "游击队", "县大队", "区小队", "独立营", "独立团", "赤卫队",
                "赤卫大队", "支队", "纵队")
_FORCE_EDGE = PUNCT | set("的在有是了和与及即为建")
_SITE_EDGE = PUNCT | set("的在有是了和与及即为到观仰复护进")
_SITE_HEADS = re.compile("会议|委员会|政府|[区县市地特省工]委|司令部|指挥部|政治部|军部|总部|办事处|公署|机关|驻地|医院"
                         "|学校|兵工厂|银行|报社|合作社|交通站|联络站")
_SITE_NOT_START = set("该此这那其各本每")
_BODY_AFTER = re.compile("[左右](?:胸|臂|腿|肩|手|脚|腹|腰|眼|耳|颊|膝|肋|腕|额|股|大腿|小腿|胳膊)")


def _martyr_name_start(text: str, at: int) -> int | None:
    """Start of the martyr's name ending at `at` (where 烈士 begins), or None."""
    single, compound = surnames()
    places = place_lexicon()
    for size in (3, 2, 4):
        start = at - size
        if start < 0:
            continue
        name = text[start:at]
        if start > 0 and text[start - 1] not in _NAME_EDGE:
            continue
        if any(ch in _NOT_IN_NAME or not "\u4e00" <= ch <= "\u9fff" for ch in name):
            continue
        if not (name[:2] in compound if size == 4 else name[0] in single or name[:2] in compound):
            continue
        if is_common_word(name, 50) or name in places or is_common_word(name[:2], 2000):
            continue
        return start
    return None


def _martyrs(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "烈士"):
        start = _martyr_name_start(text, at)
        if start is None:
            continue
        head_end = next((at + 2 + len(h) for h in _MEMORIAL_HEADS if text.startswith(h, at + 2)), None)
        if head_end is None:
            out.append(Candidate(start, at, "PERSON", "rule:person-martyr", 31))
            continue
        first = start
        while first >= 3 and text[first - 1] == "、":      # 张甲、李乙烈士纪念馆: the names listed before
            prev = _martyr_name_start(text, first - 1)
            if prev is None:
                break
            first = prev
        out.append(Candidate(first, head_end, "FAC", "rule:fac-memorial-named", 63))
    return out


def _force_memorials(text: str) -> list[Candidate]:
    out = []
    for head in ("纪念碑", "纪念馆", "纪念亭", "纪念塔", "陵园"):
        for at in literal_positions(text, head):
            pos = at - 2 if text.startswith("烈士", at - 2) else at
            force = next((w for w in _FORCE_WORDS if text.startswith(w, pos - len(w))), None)
            if force is None:
                continue
            start = pos - len(force)
            floor = max(0, start - 8)
            while start > floor and text[start - 1] not in _FORCE_EDGE and "\u4e00" <= text[start - 1] <= "\u9fff":
                start -= 1
            if start == floor and floor > 0 and text[floor - 1] not in _FORCE_EDGE:
                continue
            if pos - len(force) - start < 2 or text[start] in _SITE_NOT_START:
                continue
            out.append(Candidate(start, at + len(head), "FAC", "rule:fac-memorial-force", 63))
    return out


def _former_sites(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "旧址"):
        start = at
        floor = max(0, at - 20)
        while start > floor and text[start - 1] not in _SITE_EDGE and "\u4e00" <= text[start - 1] <= "\u9fff":
            start -= 1
        if start == floor and floor > 0 and text[floor - 1] not in _SITE_EDGE:
            continue
        name = text[start:at]
        if len(name) < 4 or name[0] in _SITE_NOT_START or not _SITE_HEADS.search(name):
            continue
        out.append(Candidate(start, at + 2, "FAC", "rule:fac-former-site", 63))
    return out


def _imperialisms(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for at in literal_positions(text, "帝国主义"):
        for size in (4, 3, 2):
            name = text[max(0, at - size):at]
            entry = places.get(name) if len(name) == size else None
            if entry is not None and entry.label == "GPE":
                out.append(Candidate(at - size, at, "GPE", "rule:gpe-imperialism", 31))
                break
    return out


_OFFICES = ("退役军人事务局", "人民武装部", "人武部", "兵役局", "党史研究室", "党史办", "史志办", "史志办公室", "地方志办公室")   # 兵役局: auditzh22
# (session 30, w2zhname: audit23/25/26) the party-history office's other names (党史研究中心, 党史办公室, 党史委 =
# 党史委员会), and the committee's 中共 before the place: `中共某县委党史委`, `某县委党史研究室` is one ORG over the
# committee, at a priority above the county committee's own span (org-county-committee, 52), which it contains
_OFFICES += ("党史研究中心", "党史办公室", "党史委员会", "党史委")
_OFFICE_PRIORITY = 53


def _local_offices(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for office in _OFFICES:
        if office not in text:
            continue
        for at in literal_positions(text, office):
            if office == "人武部" and text.startswith("人民武装部", at):
                continue
            pos = at - 1 if at > 0 and text[at - 1] == "委" else at     # 市委党史研究室
            if pos < at and pos >= 3 and text[pos - 1] in "省市县区" and text[pos - 2] == text[pos - 1]:
                pos -= 1             # 曹县|县委党史委: a county named with its 县, then its 县委
            for size in (8, 7, 6, 5, 4, 3, 2):
                if pos - size < 0:
                    continue
                name = text[pos - size:pos]
                entry = places.get(name)
                if entry is None and size >= 3 and name[-1] in "省市县区旗":
                    entry = places.get(name[:-1])
                if entry is not None and entry.label == "GPE":
                    start = pos - size
                    committee = pos < at     # 县委 + the office: the party committee's office
                    if committee and text[max(0, start - 2):start] == "中共":
                        start -= 2           # 中共某县委党史研究室: the party's name belongs to its committee's office
                    out.append(Candidate(start, at + len(office), "ORG", "rule:org-local-office",
                                         _OFFICE_PRIORITY if committee else 37))
                    break
    return out


def _wounded_names(text: str) -> list[Candidate]:
    out = []
    if "左" not in text and "右" not in text:
        return out
    single, compound = surnames()
    for m in literal_finditer(_BODY_AFTER, text):
        at = m.start()
        for size in (3, 2):
            start = at - size
            if start < 0 or start > 0 and text[start - 1] not in _NAME_EDGE:
                continue
            name = text[start:at]
            if any(ch in _NOT_IN_NAME or not "\u4e00" <= ch <= "\u9fff" for ch in name) or name[0] not in single \
                    or is_common_word(name, 50):
                continue
            if text.count(name) < 2:
                continue                      # a name the page uses elsewhere (宋某 … 宋某右胸中弹)
            out.append(Candidate(start, at, "PERSON", "rule:person-wounded", 13))
            break
    return out


def find_commemoration_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "烈士" in text:
        out += _martyrs(text)
    if "纪念" in text or "陵园" in text:
        out += _force_memorials(text)
    if "旧址" in text:
        out += _former_sites(text)
    if "帝国主义" in text:
        out += _imperialisms(text)
    if "部" in text or "局" in text or "办" in text or "室" in text or "党史" in text:
        out += _local_offices(text)
    out += _wounded_names(text)
    return out
