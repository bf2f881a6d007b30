"""PERSON names framed by a post, a cue or a rank, for persons.find_persons: names right after a title
and the names listed after them (军长方先觉, 师长周庆祥、葛先才; given names starting with 长/与 or made of a
verb like 进, short transliterations: 总统杜鲁门), untitled names before a possessive or command cue (汤恩伯部,
陈纳德所率), and names between a post or side word and a rank (守将水上源藏少将, 日军冈田菊三郎中将).
`title_matches(text)` is the title scan the post readings elsewhere (person_actions) share.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import overlaps, translit_chars, is_common_word, japanese_surnames, known_places, surnames, verb_word
from pipeline.rules.person_name_ends import (
    RANKS, TITLES, PUNCT, STOP_CHARS, chinese_name_end, kin_qin_at, name_end, stops_at, surname_at,
)
from pipeline.rules.person_role_names import LIST_SEP, short_name_end
from pipeline.rules.person_rolls_zh import stop_given_end
from pipeline.rules.scan import anchored_finditer, per_last_text
from pipeline.rules.trie import guarded_trie_regex, trie_regex

TITLE_RE = re.compile("(?:" + guarded_trie_regex(TITLES) + ")")

# Cues after a name without a title: 汤恩伯部, 陈纳德所率, 薛岳将军.
_AFTER_CUES = (
    "部(?![队署分门下属长落位件族分署])|所率|所部|所辖|指挥|率领|率部|率军|将军|中将|少将|上将|大将|元帅|"
    "先生|同志(?![们间])|本人|等人|等(?=[数一二两三四五六七八九十几0-9]{1,3}[名人位个])"
)
BEFORE_OK = set(
    "，。、；：！？（）()「」『』“”\"' \n\t与和及由令以派命将被对向给把即而是为同"
    "调电饬嘱催遣拨归暨并有据随偕约邀援"  # verbs of command and lists before a force: 调车震部, 有某某、某某部
    "遭经让请叫使"  # 遭某某等四名乡民出卖
)

@per_last_text
def title_matches(text: str) -> list[re.Match]:
    """The title matches of `text`, kept for the last text scanned: the titled names here and the names
    before a post (person_actions, session 7) read the same scan."""
    return [m for m in TITLE_RE.finditer(text)
            if not (m.group() in ("亲王", "親王") and m.start() and kin_qin_at(text, m.start()))]   # 父亲|王某


# 会 + a post after a would-be name: the characters name an association (武委会主任, 农会会长, 妇救会委员)
_ASSOCIATION_POST = re.compile("会(?:主任|会长|长|委员|副)")


def titled_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """Names right after a title, and further names listed after them (、 与 和 及)."""
    found: list[tuple[int, int]] = []
    for match in title_matches(text):
        pos = match.end()
        for _ in range(8):  # a list of at most 8 names after one title
            if overlaps(taken, pos, pos + 1):
                end = taken.end_at[pos]
            else:
                end = name_end(text, pos)
                if end in (-1, pos + 2) and stop_given_end(text, pos) > 0:
                    end = pos + 3   # 部长陈其五曾, 连长刘家进、: a stop character inside a closed name (person_rolls_zh)
                if end < 0:
                    end = _titled_chang_name_end(text, pos)
                if end < 0:
                    end = _titled_linked_given_end(text, pos)
                if end < 0:
                    end = _titled_short_transliteration_end(text, pos)
                if end < 0:
                    end = _titled_stop_given_end(text, pos)
                if end < 0:
                    break
                found.append((pos, end))
                taken.add(pos, end)
            sep = LIST_SEP.match(text, end)
            if not sep:
                break
            pos = sep.end()
            if TITLE_RE.match(text, pos):  # 与参谋长孙鸣玉: the next title handles it
                break
            nxt = name_end(text, pos)
            if nxt < 0 and not overlaps(taken, pos, pos + 1):
                break
            if nxt > 0 and _ASSOCIATION_POST.match(text, nxt):
                break   # 区长赵连银，武委会主任…: 武委会 is the next post's body, not a name (auditzh13)
            # accept the next name only when it ends at a list delimiter, a cue or a verb-like stop
            if nxt > 0 and not (
                LIST_SEP.match(text, nxt) or stops_at(text, nxt) or is_common_word(text[nxt : nxt + 2], 100)
            ):
                break
    return found


def _titled_short_transliteration_end(text: str, pos: int) -> int:
    """End of a foreign name of two or three transliteration characters right after a title (司令官克拉克,
    总统杜鲁门): the run must end at a stop and be no known place or ordinary word."""
    chars = translit_chars()
    end = pos
    while end < len(text) and end - pos < 4 and text[end] in chars:
        end += 1
    if not 2 <= end - pos <= 3 or not stops_at(text, end):
        return -1
    name = text[pos:end]
    if name in known_places() or is_common_word(name, 20):
        return -1
    return end


# given names of one character that also stop names elsewhere (a verb: 进攻, 发动): 苏进, 邓发
_STOP_GIVEN = set("进发")
_STOP_GIVEN_END = set("，。、；：,;:）)等")


def _titled_stop_given_end(text: str, pos: int) -> int:
    """End of a two-character name whose given character is a verb that stops other names (进, 发), right after
    a title and closed by punctuation or 等 (副旅长苏进，; 副司令刘进等人): surname + that character must be no
    ordinary word (东进, 先发)."""
    if surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] not in _STOP_GIVEN \
            or text[pos + 2 : pos + 3] not in _STOP_GIVEN_END:
        return -1
    if is_common_word(text[pos : pos + 2], 5) or text[pos : pos + 2] in known_places():
        return -1
    return pos + 2


def _titled_chang_name_end(text: str, pos: int) -> int:
    """End of a name whose given name starts with 长 (a stop character elsewhere), right after a title:
    警备司令陈长捷被俘. The name must end at a stop and 长X must be no place or ordinary word (于长沙)."""
    if surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] != "长" or stops_at(text, pos + 2):
        return -1
    piece = text[pos + 1 : pos + 3]
    if piece in known_places() or is_common_word(piece, 20) or not stops_at(text, pos + 3):
        return -1
    return pos + 3


def _titled_linked_given_end(text: str, pos: int) -> int:
    """End of a name whose given name starts with 与/和/同 (stops elsewhere), right after a title:
    军长某与某擅自撤退. The last character is no surname (师长王与李: two people) and a verb follows."""
    if surname_at(text, pos) != 1 or text[pos + 1 : pos + 2] not in ("与", "和", "同") or pos + 3 > len(text):
        return -1
    last = text[pos + 2]
    if not ("\u4e00" <= last <= "\u9fff") or last in surnames()[0] or last in STOP_CHARS:
        return -1
    if TITLE_RE.match(text, pos + 2) or is_common_word(text[pos + 1 : pos + 3], 20):
        return -1
    after = text[pos + 3 : pos + 4]
    if after and after not in PUNCT and not short_name_end(text, pos + 3):
        return -1
    return pos + 3


_AFTER_RE = re.compile("(?:" + _AFTER_CUES + ")")


def cued_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """Untitled names before a possessive/command cue (汤恩伯部), after a clause boundary."""
    found = []
    for match in _AFTER_RE.finditer(text):
        end = match.start()
        for start in (end - 3, end - 2, end - 4):
            if start < 0 or (start > 0 and text[start - 1] not in BEFORE_OK):
                continue
            if overlaps(taken, start, end) or chinese_name_end(text, start) != end:
                continue
            if is_common_word(text[start:end], 30) or is_common_word(text[start + 1 : end], 300):
                continue
            found.append((start, end))
            taken.add(start, end)
            break
    return found


# Characters that never occur inside a name written between a post and a rank.
_RANKED_STOP = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "为以将兼任暨同因获遭受奉亲急仍还再军师旅营队团司"
)
_RANK_TRIE = trie_regex(RANKS)
_RANK_NOUN_RE = re.compile("(?:" + _RANK_TRIE + ")军?衔")
TITLE_RANK_RE = re.compile("(?:" + trie_regex(TITLES) + ")([\u4e00-\u9fff]{2,5}?)(?=" + _RANK_TRIE + ")")
SIDE_RANK_RE = re.compile(
    "(?:日军|日本|敌军|日方|敌|美军|英军|苏军|德军|伪军|守军|，|。|、|；|\n)([\u4e00-\u9fff]{3,5}?)(?=" + _RANK_TRIE + ")"
)
# Both end right before a rank (scan.anchored_finditer): the rank starts at most a post (or side
# word) and 5 characters after the match's start. Where two ranks overlap (军曹|曹长) the anchor's
# scan finds only the first, which still lies within that reach of the match's start; one more
# character is kept to spare.
RANK_ANCHOR = re.compile(_RANK_TRIE)
TITLE_RANK_REACH = max(map(len, TITLES)) + 5 + 1
SIDE_RANK_REACH = 2 + 5 + 1


def _plausible_ranked_name(name: str) -> bool:
    return not (
        any(char in _RANKED_STOP for char in name)
        or TITLE_RE.search(name)
        or is_common_word(name, 50)
        or name.startswith(("陆军", "海军", "空军", "帝国", "皇军"))
        or verb_word(name, 20)    # a verb between two ranks (大佐|追赠|少将): a promotion, no name
    )


def ranked_names(text: str, taken: "Taken") -> list[tuple[int, int]]:
    """Names written between a post (or a side word) and a rank: 守将水上源藏少将, 日军冈田菊三郎中将.

    After a post any 2-5 characters free of particles and echelon characters are taken; after a side
    word or a clause boundary the name must start with a known Japanese surname.
    """
    found: list[tuple[int, int]] = []
    jp = japanese_surnames()
    for pattern, needs_surname, reach in ((TITLE_RANK_RE, False, TITLE_RANK_REACH),
                                          (SIDE_RANK_RE, True, SIDE_RANK_REACH)):
        for match in anchored_finditer(pattern, text, RANK_ANCHOR, reach):
            start, end = match.span(1)
            name = match.group(1)
            if needs_surname and not (name[:2] in jp or name[:3] in jp):
                continue
            if overlaps(taken, start, end) or not _plausible_ranked_name(name):
                continue
            if _RANK_NOUN_RE.match(text, end):
                continue    # 政委才补授上将军衔: the rank itself (X军衔, X衔), not a name before a rank
            found.append((start, end))
            taken.add(start, end)
    return found
