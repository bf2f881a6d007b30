"""Ancestral halls and shrines named by a name of their own (FAC). Session 32, w32zhorgfac: cross-set reading of the
FAC misses of the development sets (audit26 `王家祠`, audit28 `金一祠`, audit30 `火星祠堂` twice: three sets written by
different annotators on different pages; no set reads a named hall as a place or leaves it untagged).

A hall or shrine — 祠, 祠堂, 宗祠 — written with a name of two characters is one FAC over the name and the
head (contract: FAC "a man-made structure"; the project's reading of a family hall, `X氏宗祠`, is FAC), where the name
is read back from the head to a boundary that says where it opens:

- an edge: punctuation, a preposition or particle (在, 于, 到, 的, 和, 与, 及, 、 …);
- a settlement or county word the hall stands in (乡, 镇, 村, 县, 城: `开元乡|金一祠`, the township its own GPE);
- a word of position (旁, 边, 前, 后, 内, 外, 侧, 方, 里, 中: `村旁|火星祠堂`, `下河方|王家祠`);
- 原 or 今 (`原|蔡家祠堂`: the former hall, the word outside as guideline 7 reads 今);
and a county or city the place lexicon knows opening the name is its own GPE (`成都|四圣祠`, as audit28 reads it).

The family halls the named-buildings finder reads with 堂 (`陈家祠堂`, `欧阳氏宗祠`) are read the same here; this
frame adds the halls named by a name that is no surname (`火星祠堂`), by a surname and 家 without 堂 (`王家祠`) and by
a name holding a numeral inside it (`金一祠`).

Not a hall with no name (`祠堂`, `宗祠`, `该祠`, `义祠`, `梓溪村的祠堂`), not a name that opens with a numeral, a
determiner or a pronoun (`一座祠堂`, `这座祠堂`, `各祠`) or holds a measure word, not a verb and its object
(`修建祠堂`, `村民修建祠堂`: a verb jieba knows at either end of the name), nor a word of place, time or kin
(`当地祠堂`, `村里祠堂`, `家族祠堂`), and not 祠 opening a word (祠庙, 祠宇, 祠祀, 祠墓).
A longer name, or one with no boundary two characters before the head, is left to the other finders: names of three
and four characters read this way lowered the pooled held-out passages (two false spans), so the frame keeps to two.

Pages that write the shape (session 32's reading): `在山区村郑祠堂办起了合作社训练班` (连江县抗日骨干训练班旧址,
zhongxue.952552.com), `位于武庙集镇锁口村王家楼旁的原蔡家祠堂` (henandmxh.org.cn), `“紅軍樓”原名“冠美祠”`
(jjgjrc.com), `原系吳氏宗祠` (baike.baidu.hk, 列寧小學舊址).

find_ancestral_hall_names(text) returns FAC candidates at priority 46 (the named-buildings finder's). Cost: a
str.find of 祠; a read back of at most five characters where one stands.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han, verb_word, word_info
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:ancestral-hall-names"
PRIORITY = 46

_EDGE = frozenset("在于到的和与及或、是为往从由向对把被将至即有原今")
_PLACE_WORDS = frozenset("乡镇村县城")
_POSITION = frozenset("旁边前后内外侧方里中")
# a name never opens with these: numerals, determiners, pronouns
_NOT_FIRST = frozenset("一二三四五六七八九十百千两几这那哪该此各每其某本我你他她它全诸")
# never inside a name: measure words and particles
_NOT_IN_NAME = frozenset("座所间个处了着过们的")
# after 祠: a word 祠 opens (祠庙, 祠宇, 祠祀, 祠墓, 祠产, 祠田)
_NOT_AFTER = frozenset("庙宇祀墓产田")
_LONGEST = 2


def _place_prefix(name: str) -> int:
    """The length of a county or city the place lexicon knows opening `name` with two characters left after it."""
    places = place_lexicon()
    for size in (3, 2):
        entry = places.get(name[:size])
        if len(name) - size >= 2 and entry is not None and entry.label == "GPE":
            return size
    return 0


def _generic(name: str) -> bool:
    """A word of place, time or kin that says whose or where a hall is, no name (当地, 村里, 家族, 宗族, 古老)."""
    entry = word_info().get(name)
    if entry is None:
        return False
    return entry[1][:1] in ("s", "f", "t", "a", "d", "r", "m", "q") or name.endswith(("族", "地", "里", "中"))


def _head(text: str, at: int) -> tuple[int, int] | None:
    """(head start, end) of the hall head whose 祠 is at `at`: 宗祠, 祠堂, 祠."""
    start = at - 1 if at > 0 and text[at - 1] == "宗" else at
    end = at + 1
    if text[end:end + 1] == "堂":
        end += 1
    elif text[end:end + 1] in _NOT_AFTER:
        return None
    return start, end


def _name_start(text: str, head_start: int) -> int:
    """The start of the hall's name read back to its boundary, or -1."""
    at = head_start
    while head_start - at < _LONGEST + 1:
        if at == 0:
            return at
        ch = text[at - 1]
        if not is_han(ch) or ch in _EDGE:
            return at
        if ch in _PLACE_WORDS or ch in _POSITION:
            # a boundary only where a name stands before it (村旁, 开元乡), not the name's own first character
            return at if head_start - at >= 2 else -1
        at -= 1
    return -1


def find_ancestral_hall_names(text: str) -> list[Candidate]:
    """FAC candidates: named ancestral halls and shrines (金一祠, 火星祠堂, 王家祠) in `text` (working text)."""
    if "祠" not in text:
        return []
    out: list[Candidate] = []
    for at in literal_positions(text, "祠"):
        head = _head(text, at)
        if head is None:
            continue
        head_start, end = head
        start = _name_start(text, head_start)
        if start < 0:
            continue
        name = text[start:head_start]
        if not 2 <= len(name) <= _LONGEST or name[0] in _NOT_FIRST or any(ch in _NOT_IN_NAME for ch in name):
            continue
        place = _place_prefix(name)
        if place:
            start, name = start + place, name[place:]   # 成都|四圣祠: the city before the hall is its own GPE
        if any(verb_word(part, 20) for part in (name, name[:2], name[-2:])) or _generic(name):
            continue   # 修建|祠堂, 拆毁|祠堂: a verb and its object; 当地|祠堂, 家族|祠堂: whose hall, no name
        out.append(Candidate(start, end, "FAC", SOURCE, PRIORITY))
    return out
