"""Surname + two given characters right after a post, closed by a word or a mark (PERSON): session 31
(w31zhper), a class read across the development sets (the same shape missed in audit24, 25, 27, 28, 30 and the
real-dev sets: 总兵X力战, 布政使X疏言, 侍郎X等, 提督X逐出, 统领X亲督, 所长X告诉, 工作者X介绍).

`find_titled_whole_names(text)` (working text, Simplified):
after a post (person_name_ends.TITLES, the Qing posts of qing_post_names_zh, and the posts below that neither
holds: Ming and Qing ministers and commissioners, clergy, a station's head, a worker or a teacher described
before a name), a Chinese surname (single or compound) + two given characters is one PERSON where
- the three characters read as a name (person_likeness.name_likeness >= 5, the floor of person_whole_names_zh),
  none of them a function, force or time character, and they are no dictionary word and no known place;
- the name reader person_name_ends.name_end reads the same three characters, or reads none at all (a shorter
  reading is left to it), unless a rank follows (程某山中校);
- the name is closed: a mark, a function character (等, 的, 和 …), a rank, a word a subject opens (率部, 介绍,
  力战, 逐出: a dictionary word of two to four characters), and the last given character makes no common word
  with the character after it (张某坚守: 坚守 is the verb, the name is two characters).
The qing_post_names_zh reader takes a name after a Qing post only before a short list of characters; the titled
reader of person_titled_names only after the posts of TITLES. This one closes the name by the word after it.

`find_banner_names(text)` (PERSON): the two-character names of Manchu and Mongol bannermen, written without a
surname (崇X, 祥X, 英X), right after a post of the Qing administration or army or 宗室/觉罗 (按察使X详称,
巡抚X委员, 通商大臣X於, 宗室X，): the two characters read as given characters (person_likeness's first- and
second-character log-odds >= 4.0), no dictionary word and no place, no function, force or time character, and the
name closed as above. The same two characters are PERSON at their other mentions in the text where a clause
mark or a post stands before them and the name is closed after them (X调, X偕, X於).
(audit22, 25, 26 and 30: a Qing official by his banner name after his post.)

Cost: the post scans (the cached TITLES scan and one alternation of rare literals); nothing without a post.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.rules.names_common import is_han, known_places, surnames, word_frequency, word_info
from pipeline.rules.person_likeness import RIGHT_FUNCTION, RIGHT_WORDS, name_likeness
from pipeline.rules.person_name_ends import RANKS, name_end
from pipeline.rules.person_titled_names import title_matches
from pipeline.rules.qing_post_names_zh import QING_POSTS
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-titled-whole", 40

# posts written right before a name that neither TITLES nor the Qing posts hold (each seen before names on
# pages beyond the sets: 都御史X, 布政使X, 按察使X, 侍郎X; clergy 主教X, 传教士X, 牧师X; 所长X, 县丞X, 团副X)
_EXTRA_POSTS = ("都御史 副都御史 左都御史 右都御史 侍郎 左侍郎 右侍郎 布政使 按察使 盐运使 大臣 通商大臣 统领 "
                "主教 传教士 教士 牧师 神父 所长 副所长 县丞 主簿 团副 营副 连副 工作者 "
                "石匠 木匠 铁匠 秀才 武秀才 举人 武举人 进士 贡生 监生 老师 教师 塾师 民兵 医生 郎中 商人 保董 团总 首事 "
                "乡绅 士绅 族长 地主 恶霸 匪首 头目 首领 烈士 义士 志士 女士 同学 学生").split()
_POST_RE = re.compile("(?:%s)(?=[\u4e00-\u9fff])" % "|".join(
    sorted(set(_EXTRA_POSTS) | set(QING_POSTS.split("|")), key=longest_first)))

_PUNCT = set("，。、；：！？,.;:!?（）()「」『』“”‘’【】《》—…\n 　")
# characters no given name of three holds (function, force, time and fate characters)
_NOT_GIVEN = set("的了是在有不也这那之其而于为所和与及等被把对向从由率部军师团旅营队兵月日时后前内外间处"
                 "死伤亡会派令见领便主官均皆都又就遂乃却仍还再已曾将说称很更最太命")
_LIKENESS_FLOOR = 5.0
_READ_FLOOR = 2.0       # the floor where the name reader reads the same three characters
_NUMERALS = set("一二三四五六七八九十百千两零〇0123456789")


def _word_after(text: str, at: int) -> bool:
    """A dictionary word of 2-4 characters (frequency >= 20) starts at `at`."""
    return any(len(text[at:at + n]) == n and word_frequency(text[at:at + n]) >= 20 for n in (4, 3, 2))


@lru_cache(maxsize=1)
def _ranks() -> tuple[str, ...]:
    return tuple(sorted(RANKS, key=longest_first))


def _post_ends(text: str) -> list[int]:
    ends = {m.end() for m in title_matches(text)}
    ends.update(m.end() for m in _POST_RE.finditer(text))
    return sorted(ends)


def _closed(text: str, end: int) -> bool:
    """The name ends at `end`: a mark, a function character, a rank, a subject's word or a dictionary word."""
    after = text[end:end + 1]
    if not after or after in _PUNCT or after in RIGHT_FUNCTION:
        return True
    if text.startswith(_ranks(), end) or text[end:end + 2] in RIGHT_WORDS:
        return True
    return _word_after(text, end)


_QING_ONLY = re.compile("(?:%s)(?=[\u4e00-\u9fff])" % "|".join(sorted(
    set(QING_POSTS.split("|")) | {"都御史", "侍郎", "布政使", "按察使", "盐运使", "大臣", "通商大臣", "统领", "副都统",
                                  "将军", "宗室", "觉罗", "道员", "知府", "知州", "知县"}
    - {"委员", "将领", "老将", "名将", "主帅", "统帅", "学士"}, key=longest_first)))
_BANNER_FLOOR = 4.0
# one-character verbs of an official's acts after his name in Qing records (X偕Y, X详称, X奏, X调, X饬)
_OFFICIAL_VERBS = set("偕详奏调督饬咨札派遣赴抵至驻称言谓闻")
_MARKS_BEFORE = set("，。、；：！？,;:（(「“\n 　")


def _given_pair_likeness(pair: str) -> float:
    from pipeline.rules.person_likeness import _tables
    first, second, misc = _tables()[2], _tables()[3], _tables()[4]
    unseen = misc["unseen_given"]
    return first.get(pair[0], unseen) + second.get(pair[1], unseen)


def _banner_name_ok(text: str, start: int) -> bool:
    pair = text[start:start + 2]
    if len(pair) < 2 or not all(is_han(ch) for ch in pair) or any(ch in _NOT_GIVEN or ch in _NUMERALS for ch in pair):
        return False
    info = word_info().get(pair)
    if (info and info[0] >= 20 and not info[1].startswith("nr")) or pair in known_places():
        return False
    if word_frequency(text[start + 1:start + 3]) >= 20:
        return False        # the second character opens a word: no name of two
    return _banner_closed(text, start + 2) and _given_pair_likeness(pair) >= _BANNER_FLOOR


def _banner_closed(text: str, end: int) -> bool:
    return _closed(text, end) or text[end:end + 1] in _OFFICIAL_VERBS


def find_banner_names(text: str) -> list[Candidate]:
    names: set[str] = set()
    spans: set[tuple[int, int]] = set()
    for match in _QING_ONLY.finditer(text):
        start = match.end()
        if _banner_name_ok(text, start):
            names.add(text[start:start + 2])
            spans.add((start, start + 2))
    for name in names:
        at = text.find(name)
        while at >= 0:
            if (at, at + 2) not in spans and (at == 0 or text[at - 1] in _MARKS_BEFORE) and _banner_closed(text, at + 2) \
                    and word_frequency(text[at + 1:at + 3]) < 20:
                spans.add((at, at + 2))
            at = text.find(name, at + 1)
    return [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in sorted(spans)]


def find_titled_whole_names(text: str) -> list[Candidate]:
    single, compound = surnames()
    out: list[Candidate] = []
    for start in _post_ends(text):
        slen = 2 if text[start:start + 2] in compound else 1 if text[start:start + 1] in single else 0
        if not slen:
            continue
        end = start + slen + 2
        name = text[start:end]
        if len(name) < slen + 2 or not all(is_han(ch) for ch in name):
            continue
        if any(ch in _NOT_GIVEN or ch in _NUMERALS for ch in name[slen:]):
            continue
        if word_frequency(name) >= 20 or name in known_places() or word_frequency(name[slen:]) >= 1000:
            continue
        if word_frequency(text[end - 1:end + 1]) >= 20:
            continue        # 张某坚守: the last character opens the verb, the name is shorter
        read = name_end(text, start)
        ranked = text.startswith(_ranks(), end)
        if read not in (-1, end) and not ranked:
            continue        # the name reader reads it otherwise: left to it
        if not _closed(text, end):
            continue
        if name_likeness(text, start, end, slen) < (_READ_FLOOR if read == end else _LIKENESS_FLOOR):
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out
