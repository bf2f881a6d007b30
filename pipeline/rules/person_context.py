"""PERSON names found from frames and the rest of the document, for persons.find_persons (names found
from the layout, a post and a space, tables and infobox rows, are in person_layout).

Frames: a post + 为 + name + rank (师团长为某某中将), 在 + post + name + 率领下, 任…post的 + name +
a verb of telling (曾任参谋长的某某回忆), a successor in a commander list (师长甲，继任乙).
Document: a bare surname + post (孙连长) or + 部 after the full name (汤部), a Japanese family name
alone after the full name (山本), courtesy names later in the sentence (某某，湖南人，字某某), the
kana reading in brackets after a Japanese name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import rare_finditer
from pipeline.rules.names_common import (
    Taken, glued_into_word, is_common_word, is_han as _cjk, japanese_surnames, known_places, surnames, word_info)
from pipeline.rules.persons import (
    BEFORE_OK, PUNCT, STOP_CHARS, RANKS, TITLES, bare_name_ok, chinese_name_end, japanese_name_end,
    short_name_end,
)
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.rules.trie import trie_regex
from pipeline.rules.name_scans import char_then_matches, longest_occurrences

Span = tuple[int, int]
_CJK = "\u4e00-\u9fff"


def _free(taken: Taken, start: int, end: int) -> bool:
    return not taken.hits(start, end)


def _any_name_end(text: str, pos: int, limit: int) -> int:
    """End of a Chinese or Japanese name at pos, not past `limit`, else -1."""
    jp = japanese_name_end(text, pos)
    if jp > 0 and (text[pos : pos + 2] in japanese_surnames() or text[pos : pos + 3] in japanese_surnames()):
        return jp if jp <= limit else -1
    end = chinese_name_end(text, pos)
    return end if 0 < end <= limit else -1


# ----------------------------------------------------------------------------- frames

_RANK_TRIE = trie_regex(RANKS)
_TITLE_COPULA_RANK_RE = re.compile(
    "(?:" + trie_regex(TITLES) + ")(?:为|是)([" + _CJK + "]{2,5}?)(?=" + _RANK_TRIE + ")"
)
# the copula right after the post: at most the longest post's length after the match's start
_TITLE_COPULA_ANCHOR = (re.compile("[为是]"), max(map(len, TITLES)))
_RANKED_STOP = set("的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个军师旅营队团司")


def copula_ranked(text: str, taken: Taken) -> list[Span]:
    """A name between a post + 为/是 and a rank (师团长为某某中将): any 2-5 characters free of
    particles and echelon characters, not an ordinary word."""
    found: list[Span] = []
    for match in anchored_finditer(_TITLE_COPULA_RANK_RE, text, *_TITLE_COPULA_ANCHOR):
        start, end = match.span(1)
        name = match.group(1)
        if any(ch in _RANKED_STOP for ch in name) or is_common_word(name, 50) or not _free(taken, start, end):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


_LEAD_RE = re.compile(
    "(?:" + trie_regex(TITLES) + ")([" + _CJK + "]{2,3}?)(?:的)?(?:亲自)?(?:率领|指挥|带领|领导|督率)下"
)
# 下 after a post, a name of ≤ 3, 的, 亲自 and the verb (scan.py)
_LEAD_ANCHOR = (re.compile("下"), max(map(len, TITLES)) + 8)
_LEAD_STOP = set("的了部所们各该其这那")


def led_by(text: str, taken: Taken) -> list[Span]:
    """在 + post + name + 率领下: the whole of the 2-3 characters between post and verb is the name
    (在营长某某同率领下), when 在 opens the clause."""
    found: list[Span] = []
    for match in anchored_finditer(_LEAD_RE, text, *_LEAD_ANCHOR):
        start, end = match.span(1)
        before = text[max(0, match.start() - 16) : match.start()]
        clause = re.split("[，。；：！？,;\n]", before)[-1]
        if "在" not in clause or any(ch in _LEAD_STOP for ch in match.group(1)):
            continue
        single, compound = surnames()
        if not (text[start] in single or text[start : start + 2] in compound or text[start : start + 2] in japanese_surnames()):
            continue
        if not _free(taken, start, end):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


_TELL_VERBS = "介绍 回忆 撰述 撰文 记述 忆述 口述 说 称 指出 表示 认为 写道 证实 透露 记载 谈到 讲述".split()
_SERVED_RE = re.compile(
    "(?:曾任|时任|原任|历任|任)[^，。；：！？,;\n]{0,20}?(?:" + trie_regex(TITLES) + ")的([" + _CJK + "]{2,3})"
    "(?=" + trie_regex(_TELL_VERBS) + ")"
)


def served_as(text: str, taken: Taken) -> list[Span]:
    """任…post的 + name + a verb of telling (曾任参谋长的某某回忆): the source of an account."""
    found: list[Span] = []
    single, compound = surnames()
    for match in rare_finditer(_SERVED_RE, text):
        start, end = match.span(1)
        name = match.group(1)
        if not (name[0] in single or name[:2] in compound) or any(ch in "的了是在们" for ch in name):
            continue
        if is_common_word(name, 30) or not _free(taken, start, end):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


_SUCCESSOR_RE = re.compile("[，,、；]\\s{0,2}(?:继任|接任|后任|继任者|代理)(?:者)?(?:为|是)?")


def successors(text: str, persons: list[Span], taken: Taken) -> list[Span]:
    """A successor listed after a named commander: （师长某甲，继任某乙）."""
    ends = sorted(end for _, end in persons)
    found: list[Span] = []
    for match in literal_finditer(_SUCCESSOR_RE, text):
        if not any(0 <= match.start() - end <= 2 for end in ends):
            continue
        pos = match.end()
        end = _any_name_end(text, pos, pos + 4)
        if end < 0 or not _free(taken, pos, end) or not bare_name_ok(text, pos, end, True):
            continue
        if end - pos == 2 and not short_name_end(text, end):
            continue
        found.append((pos, end))
        taken.add(pos, end)
    return found


# ----------------------------------------------------------------------------- document

# Posts by which a person is addressed with the surname alone (孙连长, 汤军团长).
_ADDRESS_TITLES = [
    t for t in TITLES
    if t not in set("学者 历史学者 历史学家 史学家 记者 作家 天皇 亲王 守将 主将 敌将 副将 统帅 最高统帅 飞行员 "
                    "上等兵 一等兵 二等兵 领队 参议 参事".split())
]
_TITLE_TRIE = trie_regex(_ADDRESS_TITLES)
# a character right before a post of address, for `match` at one position (person_bare_surnames_zh)
CHAR_BEFORE_POST_RE = re.compile("(?=([" + _CJK + "])(?:" + _TITLE_TRIE + "))")


@lru_cache(maxsize=1)
def _surname_title_re() -> re.Pattern:
    """A surname character right before a post: the character is consumed, so `re` skips to
    surname characters in C, and the post is a look-ahead (every position is tried once)."""
    cjk = re.compile("[" + _CJK + "]")
    chars = "".join(sorted(c for c in surnames()[0] if cjk.fullmatch(c)))
    return re.compile("([" + re.escape(chars) + "])(?=" + _TITLE_TRIE + ")")


def _surname_title_matches(text: str):
    """The positions before a post's first character that hold a surname character, as matches
    whose group 1 is that character."""
    return _surname_title_re().finditer(text)


_NOT_SURNAME_HERE = set("副正总代原前新老本敌我该各每全两三诸众某此其何任兼暨及与和同高大小文武明左")
# (session 30, s30zhper) a particle or a frequent verb, adverb or conjunction of two characters right before the
# surname also frees it (惩治了杨土司, 恐吓周知州, 报载陈将军, 顷者段将军离京): narrative history names its
# officials so, as objects of verbs
_PARTICLES_BEFORE = set("了着过者")
_WORD_BEFORE_POS = ("v", "c", "d", "p")


def _verb_word_before(text: str, pos: int) -> bool:
    if pos < 2:
        return False
    info = word_info().get(text[pos - 2:pos])
    return info is not None and info[0] >= 100 and info[1] in _WORD_BEFORE_POS


_ECHELON_NUMERALS = set("0123456789０１２３４５６７８９一二三四五六七八九十百零〇")


def surname_titles(text: str, taken: Taken) -> list[Span]:
    """A surname alone before a post (孙连长阵亡): the surname is the person."""
    found: list[Span] = []
    for match in _surname_title_matches(text):
        pos = match.start(1)
        char = text[pos]
        if char in _NOT_SURNAME_HERE or char in STOP_CHARS:
            continue
        if char in "班排连营团" and text[pos + 1:pos + 2] in "班排连营团旅师":
            continue  # 班排长, 连排干部, 营连长: two echelons' posts together (auditzh2)
        if text[pos + 1:pos + 2] == "队" and char in "区分中大小总支纵":
            continue  # 区队长, 分队长: a team's post (a cadet company's 区队), no surname 区 (auditzh14)
        if char in "区县乡" and text[pos + 1:pos + 2] in "小中大分支" and text[pos + 2:pos + 3] == "队":
            continue  # 区小队长期驻…, 县大队长: the district's or county's team, no surname 区 (auditzh21)
        if char in "班排连营团路" and pos > 0 and text[pos - 1] in _ECHELON_NUMERALS:
            continue  # 6连副指导员, 三连连长, 第3路总指挥: a numbered company's or route's post, no surname (auditzh22)
        if pos > 0 and not (text[pos - 1] in PUNCT or text[pos - 1] in BEFORE_OK or text[pos - 1] in "\n"
                            or text[pos - 1] in _PARTICLES_BEFORE or _verb_word_before(text, pos)):
            continue
        if any(is_common_word(text[pos : pos + size], 50) for size in (2, 3, 4)) or not _free(taken, pos, pos + 1):
            continue  # 班主任, 高师: the surname character starts an ordinary word
        if any(pos >= size and is_common_word(text[pos - size : pos + 1], 20) for size in (1, 2)):
            continue  # 革命党 + 总统: it ends one
        found.append((pos, pos + 1))
        taken.add(pos, pos + 1)
    return found


_FORCE_AFTER = "部(?![队署分门下属长落位件族])|所部|亲自|遂|即令|下令|电令|命令|率部|闻讯|长官(?![部公署])"
_FORCE_AFTER_RE = re.compile("(?:" + _FORCE_AFTER + ")")


def surname_forces(text: str, persons: list[Span], taken: Taken) -> list[Span]:
    """A bare surname + 部 / a command verb after the full name appeared (汤部, 蒋亲自): only a
    surname whose full name (Chinese, 2-3 characters) was found earlier in the document."""
    single, _ = surnames()
    first_seen: dict[str, int] = {}
    for start, end in persons:
        name = text[start:end]
        if 2 <= end - start <= 3 and name[0] in single and all(_cjk(ch) for ch in name):
            first_seen[name[0]] = min(first_seen.get(name[0], end), end)
    if not first_seen:
        return []
    found: list[Span] = []
    for pos, _ in char_then_matches(text, first_seen, _FORCE_AFTER_RE):   # no pattern compiled per text
        if pos < first_seen[text[pos]] or not _free(taken, pos, pos + 1):
            continue
        if pos > 0 and not (text[pos - 1] in PUNCT or text[pos - 1] in BEFORE_OK or text[pos - 1] == "\n"):
            continue
        if is_common_word(text[pos : pos + 2], 100):
            continue
        found.append((pos, pos + 1))
        taken.add(pos, pos + 1)
    return found


# a rank or post after a Japanese family name: 山本中将, 山本师团长 (the title is outside the name)
_JP_RANK_AFTER = re.compile("大将|中将|少将|大佐|中佐|少佐|大尉|中尉|少尉|元帅|司令官|师团长|旅团长|联队长|大队长|参谋长|首相|大臣")


def japanese_family_names(text: str, persons: list[Span], taken: Taken) -> list[Span]:
    """A Japanese family name alone (山本) after the full name (山本某某) appeared in the text."""
    jp = japanese_surnames()
    first_seen: dict[str, int] = {}
    for start, end in persons:
        name = text[start:end]
        for size in (3, 2):
            if name[:size] in jp and len(name) > size and name[:size] not in known_places():
                first_seen[name[:size]] = min(first_seen.get(name[:size], end), end)
                break
    if not first_seen:
        return []
    found: list[Span] = []
    for start, end in longest_occurrences(text, first_seen):   # the matches of a trie of them, no pattern compiled per text
        if start < first_seen[text[start:end]] or not _free(taken, start, end):
            continue
        if end < len(text) and _cjk(text[end]) and text[end] not in STOP_CHARS and not short_name_end(text, end) \
                and not _JP_RANK_AFTER.match(text, end):
            continue  # 山本五十六 or 山本村: more name or word follows (山本中将: his rank, session 7)
        if glued_into_word(text, start, end):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


_COURTESY_LATER_RE = re.compile(
    "[，,；（(]\\s{0,2}(?:表字|字|别号|号|原名|本名|又名)([" + _CJK + "]{2,3}?)(?=[，,。；、）)\\s]|$)"
)
_NOT_COURTESY = set("的了是在和与及等为以年月日人")


def later_courtesy_names(text: str, persons: list[Span], taken: Taken) -> list[Span]:
    """字/号/原名 + name later in the sentence that begins with a person's name
    (某某（1900-1950），湖南人，字某某)."""
    found: list[Span] = []
    for _, end in persons:
        stop = len(text)
        for mark in "。\n":
            at = text.find(mark, end)
            if 0 <= at < stop:
                stop = at
        stop = min(stop, end + 60)
        for match in _COURTESY_LATER_RE.finditer(text, end, stop):
            start, name_end = match.span(1)
            name = match.group(1)
            if any(ch in _NOT_COURTESY for ch in name) or not _free(taken, start, name_end):
                continue
            found.append((start, name_end))
            taken.add(start, name_end)
    return found


_KANA = "\u3041-\u3096\u30a1-\u30fa\u30fc"
_KANA_RE = re.compile("[（(]\\s{0,2}([" + _KANA + "]{1,12}(?:[ 　・][" + _KANA + "]{1,12}){0,3})")


def kana_readings(text: str, persons: list[Span], taken: Taken) -> list[Span]:
    """The kana reading in brackets right after a Japanese name (冈部某（おかべ なおざぶろう））: it
    is the person's name as read. A particle は/が glued to its end before a non-kana is left out."""
    found: list[Span] = []
    for _, end in persons:
        match = _KANA_RE.match(text, end)
        if not match:
            continue
        start, stop = match.span(1)
        if text[stop - 1] in "はが" and stop - start > 2 and (stop >= len(text) or not text[stop] in ")）"):
            stop -= 1
        if _free(taken, start, stop):
            found.append((start, stop))
            taken.add(start, stop)
    return found


_TITLES_BY_LAST: dict[str, tuple[str, ...]] = {}
for _title in TITLES:
    _TITLES_BY_LAST[_title[-1]] = _TITLES_BY_LAST.get(_title[-1], ()) + (_title,)


# Compound surnames common as surnames and rarely anything else (诸葛, 欧阳; not 东方, 百里, 闻人).
_COMPOUND_SURNAMES = frozenset(
    "诸葛 欧阳 司马 上官 司徒 皇甫 尉迟 公孙 慕容 长孙 宇文 夏侯 令狐 钟离 端木 独孤 南宫 澹台 濮阳 淳于 呼延 "
    "万俟 赫连 拓跋 完颜 轩辕 司空".split()
)


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    """The compound surnames of surnames_cn.txt that are in _COMPOUND_SURNAMES."""
    return frozenset(name for name in surnames()[1] if name in _COMPOUND_SURNAMES)


@lru_cache(maxsize=1)
def _compound_surname_re() -> re.Pattern:
    """The compound surnames as one pattern, compiled once."""
    return re.compile(trie_regex(_compound_surnames()))


_UNIT_OF_RE = re.compile(
    "之(?=(?:第|新编|暂编|预备|整编)?[0-9一二三四五六七八九十百]{1,4}(?:集团军|师团|旅团|联队|军|师|旅|团))"
)


def unit_owners(text: str, taken: Taken) -> list[Span]:
    """A two- or three-character name before 之 + a unit designation (主力某某之第十一师)."""
    found: list[Span] = []
    places = known_places()
    for match in _UNIT_OF_RE.finditer(text):
        end = match.start()
        for start in (end - 3, end - 2):
            name = text[start:end]
            if start < 0 or chinese_name_end(text, start) not in (end, end + 1) or name in places:
                continue
            if is_common_word(name, 30) or is_common_word(name[1:], 300):
                continue
            if start > 0 and is_common_word(text[start - 1 : start + 1], 100):
                continue
            if not _free(taken, start, end) or not bare_name_ok(text, start, end):
                continue
            found.append((start, end))
            taken.add(start, end)
            break
    return found


def compound_surname_names(text: str, taken: Taken) -> list[Span]:
    """A name with a compound surname (诸葛某, 欧阳某) read without a title."""
    compound = _compound_surnames()
    if not compound:
        return []
    found: list[Span] = []
    for match in _compound_surname_re().finditer(text):
        start = match.start()
        end = chinese_name_end(text, start)
        if end - start == 4 and text[end - 1] in "之的地得乃": # 诸葛某之: the particle is no name
            end -= 1
        if end < 0 or not _free(taken, start, end) or not bare_name_ok(text, start, end, True):
            continue
        if text[end : end + 1] in ("·", "•") or (start > 0 and text[start - 1] in ("·", "•")):
            continue  # part of a longer foreign name (司马义·某某)
        if any(text.startswith(title, start + 1 - len(title)) for title in _TITLES_BY_LAST.get(text[start], ())):
            continue  # 署长 + 孙某: the first character ends a post
        if any(ch in "一二三四五六七八九十百千万两" for ch in text[start + 2 : end]):
            continue  # 独孤九剑
        if is_common_word(text[start + 2 : end], 300) or (start > 0 and is_common_word(text[start - 1 : start + 2], 1)):
            continue  # 司马 + 工作, 大司马: a word, not a given name
        if start > 0 and is_common_word(text[start - 1 : start + 1], 20):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found
