"""A bare surname before a word of address or a post that person_context.surname_titles does not read
(session 30, w2zhname: a shape recurring across development sets, not one audit's passages).

person_context.surname_titles reads a surname alone before a military or civil post (孙连长, 胡司令) after a clause
mark, a preposition or a verb. Narratives, memoirs and local histories also name people by their surname and a
word of address or a late-Qing / local post that is no post of that list: 潘老板, 蒋先生, 许伯伯, 祁都司,
杨土司, 周督军, 曹委员, 郭军门. And they write the surname + post after a possessive 的, a year or a
demonstrative + measure word (突出包围的张排长, 1944年毛主席亲批, 这个潘老板), where surname_titles wants a
clause mark or a verb. Guideline 1: the post stays outside, the surname is the PERSON.

`surname_address_titles(text, taken)` returns those one-character spans:
- a known single surname (not a function or number character, not 老/小/大 …) right before one of _ADDRESS (these
  words only), after a clause mark, a preposition or verb of surname_titles' list, 的, a year's 年 or a
  demonstrative + measure word (这个, 那位 …);
- or a surname before one of person_context's posts of address (排长, 主席, 将军 …) after 的, 年 or a
  demonstrative + measure word (the places surname_titles leaves);
- never where the surname character and the word after it make an ordinary word (文书记, 全连长), nor before
  委员会 / 先生们会 … (the body, not its member: the word after the address is no 会, 部, 团, 处, 所), nor where a
  full name follows the post (赏都司彭某: the verb 赏 and the post of the man named next).

PERSON at the bare-surname priority (15): any other span wins over it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import Taken, is_common_word, surnames, word_info
from pipeline.rules.person_name_ends import PUNCT, STOP_CHARS
from pipeline.rules.person_titled_names import BEFORE_OK

Span = tuple[int, int]

# words of address and late-Qing / local posts read only here (not in person_context's posts of address)
_ADDRESS = ("老板", "先生", "伯伯", "教士", "都司", "土司", "督军", "委员", "军门")
# a missionary's surname before 教士 only where the page names him in full before the same title (纪某某教士 … 纪教士;
# guideline reading of session 26: `某某|教士`, the surname alone where the page names him in full)
_NAMED_IN_FULL = {"教士"}
# characters that are surnames in the list but here a prefix of the post or a word of its own
_NOT_SURNAME = set("副正总代原前新老本敌我该各每全两三诸众某此其何任兼暨及与和同高大小文武明左右上下中"
                   "赏授封升擢补署位名个")
# after the post: the body or its parts, not its member (委员会, 先生们 stays a person: 们 is no stop)
_BODY_AFTER = set("会部团处所署府衙厅局")
# a demonstrative + measure word right before the surname (这个潘老板, 那位张先生)
_DEMONSTRATIVES = ("这个", "那个", "这位", "那位", "此位", "该位")
_MORE_BEFORE = set("的年")


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    from pipeline.rules.person_context import _ADDRESS_TITLES
    from pipeline.rules.trie import trie_regex

    chars = "".join(sorted(c for c in surnames()[0] if "\u4e00" <= c <= "\u9fff"))
    address = re.compile("([" + re.escape(chars) + "])(" + trie_regex(list(_ADDRESS)) + ")")
    posts = re.compile("([" + re.escape(chars) + "])(" + trie_regex(list(_ADDRESS_TITLES)) + ")")
    return address, posts


def _verb_before(text: str, pos: int) -> bool:
    if pos < 2:
        return False
    info = word_info().get(text[pos - 2:pos])
    return info is not None and info[0] >= 100 and info[1] in ("v", "c", "d", "p")


def _extra_left(text: str, pos: int) -> bool:
    """的, 年 or a demonstrative + measure word right before the surname."""
    return pos > 0 and (text[pos - 1] in _MORE_BEFORE or text[max(0, pos - 2):pos] in _DEMONSTRATIVES)


def _plain_left(text: str, pos: int) -> bool:
    """A clause mark, a preposition or a verb before the surname (as person_context.surname_titles reads it)."""
    if pos == 0:
        return True
    before = text[pos - 1]
    return before in PUNCT or before in BEFORE_OK or before in "\n了着过者" or _verb_before(text, pos)


def _name_follows(text: str, end: int) -> bool:
    """A surname + a given character right after the post (赏都司彭山某): the post is the next man's."""
    single, _ = surnames()
    nxt = text[end:end + 3]
    return len(nxt) >= 2 and nxt[0] in single and nxt[1] not in PUNCT and not is_common_word(nxt[:2], 20) \
        and not _verb_before(text, end + 2) and word_info().get(nxt[:2]) is None


def _keep(text: str, pos: int, end: int, taken: Taken) -> bool:
    char = text[pos]
    if char in _NOT_SURNAME or char in STOP_CHARS:
        return False
    if end < len(text) and text[end] in _BODY_AFTER:
        return False
    if any(is_common_word(text[pos:pos + size], 50) for size in (2, 3, 4)):
        return False   # 文书记, 全连长: the character starts an ordinary word
    if any(pos >= size and is_common_word(text[pos - size:pos + 1], 20) for size in (1, 2)):
        return False   # it ends one
    return not taken.hits(pos, pos + 1)


def surname_address_titles(text: str, taken: Taken) -> list[Span]:
    """The bare surnames before a word of address, or before a post after 的 / 年 / 这个 (module doc)."""
    address, posts = _patterns()
    found: list[Span] = []
    for match in address.finditer(text):
        pos, end = match.start(1), match.end(2)
        if not (_plain_left(text, pos) or _extra_left(text, pos)) or _name_follows(text, end):
            continue
        if match.group(2) in _NAMED_IN_FULL and re.search(
                re.escape(text[pos]) + "[\u4e00-\u9fff]{1,2}" + match.group(2), text) is None:
            continue
        if _keep(text, pos, end, taken):
            found.append((pos, pos + 1))
            taken.add(pos, pos + 1)
    for match in posts.finditer(text):
        pos, end = match.start(1), match.end(2)
        if not _extra_left(text, pos) or _name_follows(text, end):
            continue
        if _keep(text, pos, end, taken):
            found.append((pos, pos + 1))
            taken.add(pos, pos + 1)
    return found
