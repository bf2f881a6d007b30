"""Two shapes of Chinese PERSON names no title stands beside (session 20 label audit, s20zhper).

- A Japanese officer's FULL name right before his rank, the rank after the name as Japanese writes it
  (`藤原某少将`, `山田某某大佐`): a known Japanese family name (`surnames_jp*.txt`, two or three characters) and
  one or two given characters, then the rank. `jp_ranked_surnames_zh` reads the family name alone before a rank;
  with a given name after it the family name + given name was left to the place finders, which read a county
  inside it (藤|原武|少将). The name is PERSON without the rank (guideline 1). The given characters are no stop
  character of the name readers (的, 率, 部 …), the name is no known place, and, for the ranks the Chinese
  armies also used (大将, 中将, 少将), the character before the name is no Chinese surname unless it is a
  conjunction or list mark (和, 与, 及, 同, 、): 张山本某中将 is no reading we make, 甲和藤原某少将 is.
- A courtesy name (字) and an art name (号) that open their own clause in a biography, not right after the
  person's name (`他是湘军统帅。字某某，号某某。湖南人。`, a record field `【字号：字某某】`): the name finders
  read them only right after a name (`某某，字某某`). Here `字` at a clause start (after 。；：\\n【 or a field label
  `字号：`) and two characters closed by a clause mark; the courtesy name counts only where an art name follows
  it (`，号…`) or it fills a 字号 field — the two shapes no ordinary use of 字 (字数, 字迹) takes. The names hold
  no function character and are no ordinary word (is_common_word).

- A band's leader in a gazetteer's count of the bands of each place: 有 + a Chinese name + 部 / 等股 / 等部 / 股
  (`甲县有某某部，乙县有某某等股`): the troop is named after its leader (guideline: the leader's name is PERSON,
  as in narrative_names_zh's X匪部). The name starts with a known surname, is two or three characters (a
  character that stops the name readers elsewhere may stand inside: 某发某), holds no determiner or number
  (有全部, 有大部, 有该部, 有一股) and is no ordinary word and no known place.

PERSON at priority 32 (a name framed by its rank, by 字/号 or by its band, as in jp_ranked_surnames_zh).
Cost: str.find of the rank words; regexes over the text only where 字, or 有 with 部/股, is in it.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, surnames
from pipeline.rules.person_name_ends import PUNCT, STOP_CHARS
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-ranked-courtesy", 32
RANKS = ("大佐", "中佐", "少佐", "大尉", "中尉", "少尉", "大将", "大將", "中将", "中將", "少将", "少將")
_SHARED = frozenset(("大将", "大將", "中将", "中將", "少将", "少將"))
_JOINERS = set("和与與及同跟、")
_VERB_FIRST = set("有在是为為将將把被令派")   # verbs and markers that stand before a name


def jp_full_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    family = None
    for rank in RANKS:
        at = text.find(rank)
        while at != -1:
            if family is None:
                family = japanese_surnames()
            for size in (5, 4, 3):
                start = at - size
                if start < 0:
                    continue
                name = text[start:at]
                for flen in (3, 2):
                    glen = size - flen
                    if not 1 <= glen <= 2 or name[:flen] not in family:
                        continue
                    given = name[flen:]
                    if any(ch in STOP_CHARS or ch in PUNCT or not "\u4e00" <= ch <= "\u9fff" for ch in given):
                        continue
                    if name in known_places() or name[:flen] in known_places():
                        continue
                    if name[0] in _VERB_FIRST and any(name[1:1 + f] in family for f in (2, 3)):
                        continue    # 又有|田中少佐: a verb before a shorter family name, not the family 有田
                    before = text[start - 1] if start else ""
                    if before and "\u4e00" <= before <= "\u9fff" and before not in _JOINERS:
                        if rank in _SHARED and before in surnames()[0]:
                            continue    # 张山本某中将: a Chinese name may run into it
                        if is_common_word(before + name[0], 50):
                            continue    # the character before and the family name's first make a word
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                    break
                else:
                    continue
                break
            at = text.find(rank, at + 2)
    return out


_CJK = "\u4e00-\u9fff"
_NOT_COURTESY = set("的了是在和与及等为以年月日人这那其我他她你们也都就被把")
_CLAUSE_COURTESY_RE = re.compile(
    rf"(?:^|(?<=[。；;：:\n【]))[ \u3000]{{0,2}}(?:表字|字)([{_CJK}]{{2}})[，,][ ]?[号號]([{_CJK}]{{2,3}}?)(?=[，,。；;、）)】\s]|$)")
_FIELD_COURTESY_RE = re.compile(rf"字[号號][:：][ ]?字([{_CJK}]{{2,3}}?)(?=[，,。；;、）)】\s]|$)")


def name_ok(name: str) -> bool:
    return not any(ch in _NOT_COURTESY for ch in name) and not is_common_word(name, 50)


def _clause_courtesy(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for match in literal_finditer(_CLAUSE_COURTESY_RE, text):
        if name_ok(match.group(1)) and name_ok(match.group(2)):
            for group in (1, 2):
                out.append(Candidate(match.start(group), match.end(group), "PERSON", SOURCE, PRIORITY))
    for match in _FIELD_COURTESY_RE.finditer(text):
        if name_ok(match.group(1)):
            out.append(Candidate(match.start(1), match.end(1), "PERSON", SOURCE, PRIORITY))
    return out


# 有 + a leader's name + 部 / 等股 / 股: the bands a gazetteer counts by their leaders (X地有某某部，Y地有某某等股)
_BAND_RE = re.compile(rf"有([{_CJK}]{{2,3}}?)(?:部(?=[，,；;。、])|等股|等部|股(?=[，,；;。、]))")
_NOT_BAND_NAME = set("的了是在和与及等为以")
# determiners, numbers and sides that open a phrase after 有 (有全部, 有大部, 有该部, 有一股, 有敌部)
_NOT_BAND_FIRST = set("这那其该此各全大小一二三两几数我敌本友残余原新旧")
# last characters of villages, towns and landforms (有李庄部: the troop at a village, not a leader)
PLACE_ENDS = set("庄村家屯镇集店营寨堡圩铺山河岭港湾坡沟口桥关城县乡区洲岛")


def _band_leaders(text: str) -> list[Candidate]:
    from pipeline.rules.person_name_ends import surname_at
    out: list[Candidate] = []
    for match in _BAND_RE.finditer(text):
        start, end = match.span(1)
        name = match.group(1)
        if surname_at(text, start) != 1 or name[0] in _NOT_BAND_FIRST or any(ch in _NOT_BAND_NAME for ch in name) \
                or name[-1] in PLACE_ENDS:
            continue
        if is_common_word(name, 30) or is_common_word(name[:2], 200) or name in known_places() \
                or name[1:] in known_places():
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


def find_ranked_courtesy_band_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    out = jp_full_names(text)
    if "字" in text:
        out += _clause_courtesy(text)
    if "有" in text and ("部" in text or "股" in text):
        out += _band_leaders(text)
    return out
