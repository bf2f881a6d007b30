"""Settlements listed with one shared settlement word (session 17 audit of missed GPE, auditzh49).

County annals, township histories (乡镇沿革) and memoirs list the townships and villages of a place with the
settlement word written after every member: `属文化乡和甘泉乡`, `烧毁了甲湾村、乙岭村和丙沟村`, `分属金坡乡（今X镇）
和廉让乡`. The gazetteers know some members (today's townships) but not the old or small ones, and a member named by
an ordinary word (文化乡, 胜利乡) is turned away by the word checks of the other finders. The repeated settlement word
says what every member is: `find_parallel_settlements(text)` (working text, Simplified) reads runs of two or more
members `stem + S` joined by 、 和 及 与 同, all with the same settlement word S (乡 镇 村 庄 屯 堡 寨 集 铺), a stem of two
or three Chinese characters, a bracketed note allowed after a member; and proposes each member no place lexicon
knows as a GPE (a settlement: guideline table) at priority 33 (above the gazetteer's reading of a part, below units,
persons and organisations).

A run is read when one member is a known place (a gazetteer or towns-list name), or it has three members or more,
or a verb or preposition of place stands before it (属, 归, 在, 至, 经, 驻 …). A member is no settlement when its
stem holds a function word, a numeral or a demonstrative (这个村和那个村, 两个乡), or when its last two characters
are an ordinary word (交通重镇, 城镇, 山村, 农庄, 碉堡, 店铺: jieba's dictionary decides); the run stops there.
The districts 区, shops 店, camps 营 and fields 场 are left out: `沦陷区和游击区`, `饭店和旅店` are no places.
Cost: one scan for the five joiners and a look at the character before each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han as _cjk, word_info
from pipeline.rules.place_towns import tables as _town_tables
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-parallel-settlements", 33
_SUFFIXES = frozenset("乡镇村庄屯堡寨集铺")
_JOINERS = "、和及与同"
_JOINER_RE = re.compile(f"[{_JOINERS}]")
_STOP = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全邻此其个两一二三四五六七八九十百千万第某等即并或、，,。；;：:（）()“”\"")
_BOUNDARY = frozenset("，,。；;：:、（）()“”\"\n ")
# a verb or preposition of place right before the first member (属文化乡和甘泉乡, 在甲村、乙村)
_CUES = ("属", "归", "辖", "在", "于", "至", "到", "经", "驻", "抵", "入", "设", "为", "包括", "分为")


def _ordinary_tail(name: str) -> bool:
    """The member's last two characters are an ordinary word (重镇, 城镇, 山村, 农庄, 碉堡, 店铺, 赶集)."""
    entry = word_info().get(name[-2:])
    return bool(entry) and entry[0] >= 20 and not entry[1].startswith("ns")


def _known(name: str) -> bool:
    return name in place_lexicon() or name in _town_tables()[0]


def _stem_ok(stem: str) -> bool:
    return all(_cjk(ch) and ch not in _STOP and ch not in _SUFFIXES for ch in stem)


def _note_end(text: str, at: int) -> int:
    """The end of a bracketed note of at most 12 characters at `at` (金坡乡（今X镇）和…), else `at`."""
    if at < len(text) and text[at] in "（(":
        close = "）" if text[at] == "（" else ")"
        k = text.find(close, at + 1, at + 14)
        if k != -1:
            return k + 1
    return at


def _right_member(text: str, at: int, suffix: str) -> tuple[int, int] | None:
    """A member `stem + suffix` starting at `at` (a stem of two or three characters)."""
    for size in (2, 3):
        end = at + size
        if end < len(text) and text[end] == suffix and _stem_ok(text[at:end]):
            name = text[at:end + 1]
            if _ordinary_tail(name) and not _known(name):
                return None
            return at, end + 1
    return None


def _left_member(text: str, suffix_at: int) -> tuple[int, int] | None:
    """The member that ends with the settlement word at `suffix_at` (文化|乡: two characters, three after a boundary
    or when the three-character name is known)."""
    end = suffix_at + 1
    for size in (3, 2):
        start = suffix_at - size
        if start < 0 or not _stem_ok(text[start:suffix_at]):
            continue
        name = text[start:end]
        if size == 3 and not (_known(name) or start == 0 or text[start - 1] in _BOUNDARY):
            continue
        if _ordinary_tail(name) and not _known(name):
            return None
        return start, end
    return None


def find_parallel_settlements(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    done = -1
    for m in _JOINER_RE.finditer(text):
        at = m.start()
        if at <= done:
            continue
        run = _run_at(text, at)
        if run:
            done = run[-1][1]
            out += [Candidate(s, e, "GPE", SOURCE, PRIORITY) for s, e in run if not _known(text[s:e])]
    return out


def _run_at(text: str, joiner_at: int) -> list[tuple[int, int]] | None:
    """The members of a run whose first joiner is at `joiner_at`, when the run is read (module docstring)."""
    pos = joiner_at
    if pos >= 1 and text[pos - 1] in "）)":
        k = max(text.rfind("（", max(0, pos - 14), pos), text.rfind("(", max(0, pos - 14), pos))
        if k == -1:
            return None
        pos = k
    if pos < 3 or text[pos - 1] not in _SUFFIXES:
        return None
    suffix = text[pos - 1]
    first = _left_member(text, pos - 1)
    if first is None:
        return None
    members = [first]
    at = joiner_at
    while at < len(text) and text[at] in _JOINERS:
        member = _right_member(text, at + 1, suffix)
        if member is None and len(members) >= 2 and text[at] in "和及与":
            # the last member of a long run may have another settlement word (甲寨、乙寨和丙村) (s18zhgpe)
            member = next((m for other in "村庄屯寨堡" if other != suffix
                           for m in [_right_member(text, at + 1, other)] if m), None)
            if member is not None:
                members.append(member)
            break
        if member is None:
            break
        members.append(member)
        at = _note_end(text, member[1])
    if len(members) < 2:
        return None
    start = first[0]
    cued = any(text[max(0, start - len(cue)):start] == cue for cue in _CUES)
    if len(members) >= 3 or cued or any(_known(text[s:e]) for s, e in members):
        return members
    return None
