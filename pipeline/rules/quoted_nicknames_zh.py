"""Nicknames in quotes after a word of nicknaming (PERSON), in Chinese working text (session 28 label audit of
bandit histories, village memoirs and oral histories, s28zhper).

- A word of nicknaming, then a quoted name: 报号 / 匪号 / 绰号 / 外号 / 诨号 / 诨名 / 混号 / 浑号 (the bandit's
  "reported name" and the common nickname words), with 叫 / 叫做 / 为 / 是 / 称 or a colon between or nothing
  (`报号“一阵风”`, `绰号叫“王大胆”`, `混号为“甲乙丙”`, `外号：“赛张飞”`). The two to six characters in the quotes
  are a PERSON: guideline reading of session 24 (a nickname after 外号/绰号 is PERSON), which person_document_names
  reads only unquoted and right after a found name; here the nickname word alone frames it, with or without a name
  before, in “”, 「」, 『』, ‘’ or straight quotes.
- The same quoted name at its other quoted mentions in the text (`如“一阵风”，…报号“一阵风”`): a page that names a
  man by his nickname once after 报号 names him so elsewhere too.
Not: a band, gang or troop (the quoted name ends in 队 帮 军 会 团 营 部 伙 股 绺 局 社 党 堂 门), a quote that holds
a clause or list mark, a digit-only quote, or a quote longer than six characters.

Session 33 (w33zhper; the same shape missed in audit24, audit25 and real-heldout4, and on pages beyond the sets:
beike3.com 土匪的历史 `人称“妃肥”`, sanwenwang.com `人们称他为“小白虎”`, 77vxd.com `人称“猛张飞”`):
- a quoted name after a verb of calling with a person as its object: 称他 / 称她 / 称呼他 / 称呼她 (`当地人称他为“甲五爷”`);
  the name no dictionary word (学生称他为“先生”: an address, no nickname);
- an unquoted nickname of two to four characters right after a nickname word, closed by a mark (`外号老奇，`), no
  dictionary word, no function character, no numeral first; not where the word's first character ends a word
  (`对外|号称八百人`);
- after 号称 / 人称, an epithet of 小 / 赛 / 活 / 老 / 猛 + a surname and a given name closed by a mark or quotes
  (`号称小张飞。`, `人称“赛甲乙”`), the name no known place (人称小江南: a town).

Examples written for the tests: `报号“一阵风”`, `绰号叫“王大胆”`, `外号“二百五”` (a PERSON over the count reading).

PERSON at priority 42 (above the QUANTITY finder's 40: a nickname made of a numeral and a measure word, 八万, is
the name; above the place readings inside a nickname). Cost: str.find of the nickname words; a bounded match at
each hit; the repeats by str.find of the quoted name.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, known_places, surnames
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quoted-nickname", 42

NICKNAME_WORDS = ("报号", "匪号", "绰号", "外号", "诨号", "诨名", "混号", "浑号")
_OPEN, _CLOSE = "“「『‘\"'", "”」』’\"'"
_AFTER_WORD_RE = re.compile("(?:叫做|叫作|叫|为|是|称)?[:：]?[ \u3000]?([“「『‘\"'])([^“”「」『』‘’\"'，。；、,;\n]{2,6}?)([”」』’\"'])")
_NOT_PERSON_END = set("队帮军会团营部伙股绺局社党堂门")


def _nickname_ok(name: str) -> bool:
    return (name[-1] not in _NOT_PERSON_END and not name.isdigit()
            and any("\u4e00" <= ch <= "\u9fff" for ch in name))


# verbs of calling with a person as their object, before a quoted name (session 33)
_CALLING_WORDS = ("称他", "称她", "称呼他", "称呼她")
_UNQUOTED_RE = re.compile("(?:叫做|叫作|叫|为|是)?([\u4e00-\u9fff]{2,4})(?=[，。；、,;）)])")
_EPITHET_WORDS = ("号称", "人称")
_EPITHET_RE = re.compile("[“「]?([小赛活老猛][\u4e00-\u9fff]{2,3})(?=[，。；、,;）)”」])")
_NOT_FIRST = set("称号叫为一二三四五六七八九十百千万两几数0123456789")
_NOT_IN_NICKNAME = set("的了是在和与及等被把对向从由这那个们很都也又就")


def _plain_nickname_ok(name: str) -> bool:
    return _nickname_ok(name) and not is_common_word(name, 20) and not any(ch in _NOT_IN_NICKNAME for ch in name) \
        and name not in known_places()


def _session33_nicknames(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for word in _CALLING_WORDS:
        for at in literal_positions(text, word):
            m = _AFTER_WORD_RE.match(text, at + len(word))
            if m and _OPEN.index(m.group(1)) == _CLOSE.index(m.group(3)) and _plain_nickname_ok(m.group(2)):
                out.append(Candidate(m.start(2), m.end(2), "PERSON", SOURCE, PRIORITY))
    for word in NICKNAME_WORDS:
        for at in literal_positions(text, word):
            if at and is_common_word(text[at - 1:at + 1], 20):
                continue        # 对外|号称八百人: the first character ends a word before it, no nickname word
            m = _UNQUOTED_RE.match(text, at + len(word))
            if m and _plain_nickname_ok(m.group(1)) and m.group(1)[0] not in _NOT_FIRST:
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    single, compound = surnames()
    for word in _EPITHET_WORDS:
        for at in literal_positions(text, word):
            m = _EPITHET_RE.match(text, at + len(word))
            if not m:
                continue
            name = m.group(1)
            if (name[1] in single or name[1:3] in compound) and _plain_nickname_ok(name) \
                    and name[1:] not in known_places():
                out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


def find_quoted_nicknames(text: str) -> list[Candidate]:
    """PERSON candidates of the two classes above."""
    names: set[str] = set()
    out: list[Candidate] = []
    for word in NICKNAME_WORDS:
        for at in literal_positions(text, word):
            m = _AFTER_WORD_RE.match(text, at + len(word))
            if not m or _OPEN.index(m.group(1)) != _CLOSE.index(m.group(3)):
                continue
            name = m.group(2)
            if not _nickname_ok(name):
                continue
            out.append(Candidate(m.start(2), m.end(2), "PERSON", SOURCE, PRIORITY))
            names.add(name)
    taken = {c.start for c in out}
    for name in names:
        pos = text.find(name)
        while pos != -1:
            if (pos not in taken and pos and text[pos - 1] in _OPEN
                    and text[pos + len(name):pos + len(name) + 1] in _CLOSE and text[pos + len(name):pos + len(name) + 1]):
                out.append(Candidate(pos, pos + len(name), "PERSON", SOURCE, PRIORITY))
            pos = text.find(name, pos + len(name))
    return out + _session33_nicknames(text)
