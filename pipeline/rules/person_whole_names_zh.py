"""Whole three- and four-character names that the name readers cut short (PERSON): session 17 round 3, classes
seen on the held-out passages of rounds 1 and 2 (a name read one character short, the rest left as a word).

1. A word-start last given character (`word_start_names`): 和, 忠, 平, 同 end given names (韩某和, 郑某忠, 曹某平,
   顾祝同) but also start words (和你, 忠义, 平和, 同志), so the readers stop before them. Surname + one given
   character + one of these is read whole where the shorter reading leaves that character opening a word only
   because the name stopped there and a frame closes the longer one:
   - a title right before it (TITLES of person_name_ends, the Qing posts of qing_post_names_zh), then a word, punctuation or a function character;
   - or, with no title, punctuation, a verb word of jieba's dictionary (tag v), a word that follows a subject
     (person_likeness.RIGHT_WORDS), or 和/与/同/跟/对/向 before a pronoun right after it;
   and the three characters read as a name at least as well as the names the likeness reader takes (the
   characters' log-odds, person_likeness.name_likeness, >= 5). Kept as they were: two persons joined by 和/同
   (王和李, 张三和李四, 王某同李某: a surname right after the conjunction), an address or a common word the shorter
   reading makes (王某同志, 李某和平时: the two characters after the surname's given one a word of frequency
   1000 or more), a pronoun after 和 (李某和他们).
2. A titled name closed by a list mark (`titled_closed_names`): after a title, surname + two characters + a comma
   or 、 is one name even where the last character stops names elsewhere (校长余某午, 教务长…): the comma closes
   it. Not when the last character is a force, time or fate word, 等, or an adverb after a subject (师长王某部,
   团长李某等, 军长张某也,).
3. Japanese full names (`japanese_full_names`): a Japanese family name of two characters (japanese_surnames) +
   a given name of two characters ending in a given-name head (藏 蔵 造 郎 雄 夫 吉 助 介 治 彦 男 卫 门 平) or of
   three ending in 郎 (浩太郎, 征四郎): one PERSON, not a Chinese reading cut after its third character.
4. A name whose given name is a place (`place_given_list_names`): surname + a known place of two characters (毕|永年,
   张|定远) as an item of a 、-list whose neighbouring item across the 、 is a person (a lexicon name, or a whole
   Chinese name by person_name_ends.chinese_name_end ending at a list mark, 等 or a clause mark), the first item
   after a clause start, 像 or 如: one PERSON, not a surname character and a county (永年、邯郸: no surname
   before the place, kept a place).
Priority 42: above the readings that cut them (the likeness reader 12, the Qing-context and framed readers up
to 41), below nothing that reads the same characters whole.
Cost: a search for the trigger characters; nothing without them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.rules.names_common import (
    is_han as _cjk, japanese_surnames, known_places, person_forms, surnames, word_info)
from pipeline.rules.person_likeness import RIGHT_FUNCTION, RIGHT_WORDS, name_likeness
from pipeline.rules.person_name_ends import TITLES, chinese_name_end
from pipeline.rules.person_titled_names import title_matches
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.qing_post_names_zh import QING_POSTS
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-whole", 42

_WORD_START_LAST = "和忠平同"
_PUNCT = set("，。、；：！？,.;:!?）)」』”’—…")
_PRONOUNS = set("你我他她您")
_CONJ_BEFORE_PRONOUN = set("和与同跟对向")
_NOT_NAME_CHARS = set("的了是在有不也这那之其而于以为所")
_LIKENESS_FLOOR = 5.0
# force, time and fate words after a name, 等, adverbs after a subject: never the last character of a titled name
_NOT_LAST = set("部军师团旅营队兵后前时内外间处死伤亡会派令见领便主官等也亦均皆都又就遂乃却仍还再已曾率所的了")
_JP_HEADS = set("藏蔵造郎雄夫吉助介治彦男卫门平")   # 平: 良平, 修平, 恭平 (s18zhper; an ordinary word is kept out by _freq)
_JP_THREE_MID = set("一二三四五六七八九十太次")
# every Japanese full name holds its given-name head 3 or 4 characters after its start: only the starts
# within reach of one are tried (re would try the family-name alternation at every character)
_JP_HEAD_ANCHOR = re.compile("[%s]" % "".join(sorted(_JP_HEADS)))


@lru_cache(maxsize=1)
def _title_end_re() -> re.Pattern:
    posts = set(TITLES) | set(QING_POSTS.split("|"))    # the Qing posts of the Qing-context reader (提督X)
    return re.compile("(?:%s)$" % "|".join(sorted(posts, key=longest_first)))


def _titled(text: str, start: int) -> bool:
    return _title_end_re().search(text, max(0, start - 6), start) is not None


def _freq(word: str) -> tuple[int, str]:
    return word_info().get(word, (0, ""))


def _word_after(text: str, at: int) -> tuple[int, str]:
    """(frequency, tag) of the longest dictionary word of 2-4 characters (frequency >= 20) starting at `at`."""
    for size in (4, 3, 2):
        info = _freq(text[at:at + size])
        if len(text[at:at + size]) == size and info[0] >= 20:
            return info
    return (0, "")


def word_start_names(text: str) -> list[Candidate]:
    single = surnames()[0]
    out = []
    for last in _WORD_START_LAST:
        at = text.find(last, 2)
        while at >= 0:
            start, end = at - 2, at + 1
            sur, given = text[start], text[start + 1]
            after = text[end:end + 1]
            if sur in single and _cjk(given) and given not in _NOT_NAME_CHARS \
                    and _ok(text, start, end, last, after):
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
            at = text.find(last, at + 1)
    return out


def _ok(text: str, start: int, end: int, last: str, after: str) -> bool:
    name = text[start:end]
    if _freq(name)[0] >= 20 or _freq(text[start:start + 2])[0] >= 20 or name in known_places():
        return False        # an ordinary word (同和), a word of the surname and the given character
    if start and _cjk(text[start - 1]) and (_freq(text[start - 1:start + 1])[0] >= 20
                                            or text[start - 1:start + 1] in japanese_surnames()):
        return False        # the surname ends a word or a Japanese family name before it (内田|良平)
    if _freq(text[end - 1:end + 1])[0] >= 1000:
        return False        # 王某同志, 李某和平时: an address or a common word
    if last in "和同" and (after in surnames()[0] or after in _PRONOUNS):
        return False        # 张三和李四, 李某和他们: a conjunction before a person
    if name_likeness(text, start, end, 1) < _LIKENESS_FLOOR:
        return False
    if not after or after in _PUNCT:
        return True
    if after in _CONJ_BEFORE_PRONOUN and text[end + 1:end + 2] in _PRONOUNS:
        return True         # 曹某平和你谈
    if text[end:end + 2] in RIGHT_WORDS:
        return True
    freq, tag = _word_after(text, end)
    if _titled(text, start):
        return freq > 0 or after in RIGHT_FUNCTION
    return freq > 0 and tag.startswith("v")


def titled_closed_names(text: str) -> list[Candidate]:
    single = surnames()[0]
    out = []
    # the title scan person_titled_names keeps for the text (the same matches as an alternation of TITLES)
    for match in title_matches(text) if ("," in text or "，" in text or "、" in text) else ():
        start = match.end()
        end = start + 3
        if end >= len(text) or text[end] not in ",，、" or text[start] not in single:   # a title ending the text: no name (s23zhfac)
            continue
        g1, g2 = text[start + 1], text[start + 2]
        if not (_cjk(g1) and _cjk(g2)) or g1 in _NOT_NAME_CHARS or g2 in _NOT_LAST or g2 in _NOT_NAME_CHARS:
            continue
        name = text[start:end]
        if _freq(name)[0] >= 20 or name in known_places() or _freq(text[start + 1:end])[0] >= 1000:
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


@lru_cache(maxsize=1)
def _jp_re() -> re.Pattern:
    two = sorted(s for s in japanese_surnames() if len(s) == 2)
    heads = "".join(sorted(_JP_HEADS))
    mids = "".join(sorted(_JP_THREE_MID))
    return re.compile("(?:%s)(?:[\u4e00-\u9fff][%s]|[\u4e00-\u9fff][%s]郎)" % ("|".join(sorted(set(two), key=longest_first)), heads, mids))


def japanese_full_names(text: str) -> list[Candidate]:
    if not any(ch in text for ch in _JP_HEADS):
        return []
    out = []
    for match in anchored_finditer(_jp_re(), text, _JP_HEAD_ANCHOR, 4):
        start, end = match.span()
        if text[end:end + 1] in _JP_HEADS or (end - start == 4 and text[end:end + 1] == "郎"):
            continue
        given = text[start + 2:end]
        if start and text[start - 1:start + 2] in japanese_surnames():
            continue    # the end of a three-character family name (小笠原义男: the name readers take it whole)
        if match.group() in known_places() or _freq(given)[0] >= 100 or given[0] in _NOT_NAME_CHARS:
            continue    # a place, or an ordinary word after a family name (山田部队: not matched; 中村男女)
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out


_ITEM_BEFORE = set("，。；：！？（(「“ \n\t、和与及同跟有像如")
_ITEM_AFTER = set("、，。；：！？）)」”与和及等")
# after the last item of a list: also 这/那 (甲、乙这样的人), 们, 都, 也, 均, 皆
_LAST_ITEM_AFTER = _ITEM_AFTER | set("这那们都也均皆")


def _person_item(text: str, start: int, forms: dict) -> bool:
    """A person item starts at `start` and ends at a list mark, 等 or a clause mark."""
    for size in (4, 3, 2):
        if text[start:start + size] in forms and text[start + size:start + size + 1] in _LAST_ITEM_AFTER:
            return True
    end = chinese_name_end(text, start)
    return end > start and text[end:end + 1] in _LAST_ITEM_AFTER and text[start:end] not in known_places() \
        and (_freq(text[start:end])[0] < 30 or _freq(text[start:end])[1].startswith("nr"))


def _person_item_before(text: str, mark: int, forms: dict) -> bool:
    """A person item of 2-4 characters ends right before the list mark at `mark`."""
    for size in (2, 3, 4):
        start = mark - size
        if start >= 0 and (start == 0 or text[start - 1] in _ITEM_BEFORE) and _person_item(text, start, forms) \
                and start + size == _item_end(text, start, forms):
            return True
    return False


def _item_end(text: str, start: int, forms: dict) -> int:
    for size in (4, 3, 2):
        if text[start:start + size] in forms:
            return start + size
    return chinese_name_end(text, start)


def place_given_list_names(text: str) -> list[Candidate]:
    if "、" not in text:
        return []
    single = surnames()[0]
    places = known_places()
    forms = person_forms()
    out = []
    at = text.find("、")
    while at >= 0:
        # the item after the mark, then the item before it
        for start, other in ((at + 1, "before"), (at - 3, "after")):
            end = start + 3
            if start < 0 or text[start:start + 1] not in single or text[start + 1:end] not in places:
                continue
            if text[end:end + 1] not in _ITEM_AFTER or (start and text[start - 1] not in _ITEM_BEFORE):
                continue
            if text[start:end] in places or _freq(text[start:end])[0] >= 20:
                continue
            if other == "before" and _person_item_before(text, at, forms) \
                    or other == "after" and _person_item(text, at + 1, forms):
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
        at = text.find("、", at + 1)
    return out


def find_whole_names(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    forms = person_forms()
    return [cand for cand in word_start_names(text) + titled_closed_names(text) + japanese_full_names(text)
            + place_given_list_names(text)
            if text[cand.start:cand.end] not in forms]     # a lexicon name reads it whole, with its canonical
