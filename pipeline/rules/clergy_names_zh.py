"""Names of Buddhist clergy (PERSON), in Chinese working text (session 29 audit of temple and monastery histories,
wartime relief corps of monks, memoirs and local biographies, both scripts: the finders see the Simplified text).
Grammar of the clergy's titles and posts; no list of names.

A monk or nun is written by the two-character religious name (法名) and a title or post, rarely with a surname:
the name readers never see it, since the name opens with no surname (`甲乙法师`, `住持丙丁和尚`). Classes:

- A religious name before a clergy title: two characters + 法师 / 禅师 / 和尚 / 方丈, with 老 or 大 between them
  (`时甲乙老法师开讲`, `由丙丁和尚担任`, `应戊己方丈之请`); and before 大师 where the page speaks of temples or
  monks near it (寺 庵 僧 佛 法师 和尚 within 60 characters), since a master of an art (国画大师) is written so too.
  The PERSON is the name without the title (guideline 1: titles are outside PERSON).
- A religious name after a clergy post or the word for it: 方丈 / 住持 / 监院 / 法名 / 法号 / 僧名 + two characters
  closed by a mark, a particle (的 和 与 及 等 为 在 曾 亦 也), a verb of a monastery's succession or charge
  (继任, 圆寂, 主持 …: `由监院甲乙继任`) or a clergy title (`某寺方丈甲乙，`, `住持丙丁和尚`, `法号戊己`); the two
  characters are no word jieba knows at all, and an ordinary verb phrase after them is no closure (某山方丈|登坛说法:
  方丈 titles the one named before it).
- The full religious name with the clergy's surname 释 at a clause start (`释甲乙，名…，`): one PERSON over 释 and the
  two characters; 释 that makes a word with the next character (释放, 释迦, 释义) is no surname.
- The chain of names a biography gives after the full religious name (`释甲乙，名丙丁，一字戊己`: the given and the
  courtesy name, person_document_names.courtesy_names).
- Every other mention of a name so found, where it is no part of a longer word (`…甲乙退职，`; after `释甲乙` the
  two characters alone).

The two characters hold no function character, pronoun, numeral, counter or date character (的, 个, 年, 位 …;
月 and 天 stay: religious names hold them) and none of 僧 佛 庙 殿 寺, and do not end in a temple's or mountain's
character (某山|方丈: the abbot of a place); they are no frequent ordinary word (jieba, 50: 讲经法师, 当了和尚 are
no names), nor the tail of a place or word the character before them opens (五台山和尚, 峨眉山和尚), nor the last
two characters of a three-character lay name jieba knows; a name in quotes before its title is a seal or a
rank, not a person (“甲乙大法师”之印).

PERSON at priority 31 (below the home and kin frames' 33, which read `一个叫甲乙和尚的人` with its title as a
nickname, above the action reader's 20). Cost: `in` gates on the title and post words, then a str.find scan of
each; nothing when a text names no clergy.
"""

from __future__ import annotations

from pipeline.rules.names_common import Taken, everywhere, is_common_word, is_han, known_places, plain_word, word_info
from pipeline.rules.person_actions import mention_ends
from pipeline.rules.person_document_names import courtesy_names
from pipeline.rules.person_name_ends import PUNCT
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:clergy-name", 31

# titles after a religious name; 大师 also titles masters of arts, so it needs a religious page around it
_TITLES_AFTER = ("法师", "禅师", "和尚", "方丈")
_MASTER = "大师"
_BETWEEN = "老大"          # 甲乙老法师, 甲乙大和尚
# posts and words before a religious name
_POSTS_BEFORE = ("方丈", "住持", "监院", "法名", "法号", "僧名")
# verbs of a monastery's succession and charge after a name read from its post (由监院甲乙继任, 住持丙丁圆寂)
_POST_CLOSERS = ("继任", "接任", "出任", "担任", "主持", "圆寂", "示寂", "坐化", "退居", "退职", "带领", "率领", "发起",
                 "倡议", "之")
_RELIGIOUS_MARKS = ("寺", "庵", "僧", "佛", "法师", "和尚", "禅")
_NOT_IN_NAME = set(
    "的了在是和与及跟等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个着过说称"
    "要会能可没不无未将为以因获遭受奉仍还再当时后前上下内外间处部军敌我他她你之"   # function words, pronouns
    "一二三四五六七八九十百千万两几多少年日号人位名座尊"   # numerals, counters, dates
    "僧佛庙殿寺")   # the clergy's own words
# a temple's or mountain's last character: the place whose abbot or monks the title names (某山|方丈, 某寺|和尚)
_PLACE_LAST = set("山寺庵院堂宫观庙岭峰洞岩")
_QUOTES = "“「『\"'‘"


def _name_fine(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    if len(name) != 2 or not all(is_han(ch) for ch in name) or any(ch in _NOT_IN_NAME for ch in name) \
            or name[1] in _PLACE_LAST:
        return False
    if plain_word(name, 50) or is_common_word(name, 50):
        return False                                # 讲经|法师, 家当|和尚: ordinary words
    if start:
        tail = text[start - 1:end]
        if tail in known_places() or is_common_word(tail, 20, ("nr", "ns", "nz")):
            return False                            # 五台山|和尚, 峨眉山|和尚: the tail of a place
        entry = word_info().get(tail)
        if entry and entry[1].startswith("nr"):
            return False                            # a lay name of three characters (its reader takes it)
        if text[start - 1] in _QUOTES:
            return False                            # “甲乙大法师”之印: a seal's or rank's words
    return True


def _closed(text: str, end: int) -> bool:
    """A mark, a non-Chinese character or a particle after the name (the name readers' stop characters hold verbs
    too, 说 of 说法, that follow a verb as often as a name)."""
    return end >= len(text) or text[end] in PUNCT or not is_han(text[end]) or text[end] in "的和与及等为在曾亦也"


def _religious_page(text: str, at: int) -> bool:
    window = text[max(0, at - 60):at + 62]
    return any(mark in window for mark in _RELIGIOUS_MARKS)


def _names_before_titles(text: str, names: dict[tuple[int, int], None]) -> None:
    for title in _TITLES_AFTER + (_MASTER,):
        if title not in text:
            continue
        for at in literal_positions(text, title):
            end = at - 1 if at and text[at - 1] in _BETWEEN else at
            if title == "方丈" and text.startswith("方丈", at) and text[at + 2:at + 3] in "殿室寮院":
                continue
            start = end - 2
            if start < 0 or not _name_fine(text, start, end):
                continue
            if title == _MASTER and not _religious_page(text, at):
                continue
            names[(start, end)] = None


def _names_after_posts(text: str, names: dict[tuple[int, int], None]) -> None:
    for post in _POSTS_BEFORE:
        if post not in text:
            continue
        for at in literal_positions(text, post):
            start = at + len(post)
            end = start + 2
            if end > len(text) or not _name_fine(text, start, end):
                continue
            entry = word_info().get(text[start:end])
            if entry and not entry[1].startswith("nr"):
                continue                            # 方丈|登坛说法: a word of any frequency after the post, no name
            if not (_closed(text, end) or text.startswith(_POST_CLOSERS, end) or text.startswith(_TITLES_AFTER + (_MASTER,), end)
                    or text[end:end + 1] in _BETWEEN and text.startswith(_TITLES_AFTER, end + 1)):
                continue
            names[(start, end)] = None


def _surnamed_names(text: str, names: dict[tuple[int, int], None], full: list[tuple[int, int]]) -> None:
    for at in literal_positions(text, "释"):
        if at and text[at - 1] not in "，。；：！？（）()、“”「」 \n\t,.;:!?" \
                and not text[max(0, at - 2):at] in _TITLES_AFTER + _POSTS_BEFORE + (_MASTER,):
            continue
        start, end = at + 1, at + 3
        if end > len(text) or is_common_word(text[at:at + 2], 5, ()) or not _name_fine(text, start, end):
            continue                                # 释放, 释迦, 释义: a word, no surname
        if not (_closed(text, end) or text.startswith(_TITLES_AFTER + (_MASTER,), end)):
            continue
        full.append((at, end))
        names[(start, end)] = None


def find_clergy_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    if not any(word in text for word in _TITLES_AFTER + _POSTS_BEFORE + (_MASTER, "释")):
        return []
    names: dict[tuple[int, int], None] = {}
    full: list[tuple[int, int]] = []
    _names_before_titles(text, names)
    _names_after_posts(text, names)
    if "释" in text:
        _surnamed_names(text, names, full)
    if not names:
        return []
    out = [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in full]
    if full:                                        # 释甲乙，名丙丁，一字戊己: the biography's chain of names
        taken = Taken(len(text))
        for s, e in full:
            taken.add(s, e)
        out += [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in courtesy_names(text, full, taken)]
    found = set(names)
    for cand in everywhere(text, {text[s:e] for s, e in names}, SOURCE, PRIORITY):
        inside_full = any(s <= cand.start and cand.end <= e for s, e in full)
        if inside_full:
            continue
        if (cand.start, cand.end) not in found:
            if cand.start and is_common_word(text[cand.start - 1:cand.start + 1], 20):
                continue                            # the first character ends a word before it
            if not mention_ends(text, cand.end) and not text.startswith(_TITLES_AFTER + (_MASTER,), cand.end):
                continue
        out.append(cand)
    return out
