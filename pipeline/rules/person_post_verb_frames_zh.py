"""Chinese PERSON frames: a name framed by the words around it (a post and 的, a naming verb, 初, a circuit, a rank,
日将/敌将) where the name readers, reading the name's characters alone, miss it or cut it wrong (first seen on
session 20 round 1's held-out passages, r20zhnames).

1. A post, 的, then a name before a verb (`副旅长的某某某有三个孩子`, `营长的某某带了一个连`): 的 after a post
   noun (a rank or office ending in 长, 政委, 司令, 指导员, 书记 …) introduces the holder; a known surname + one
   or two given characters, then a verb (one of the verbs of having, leading and moving below, or a word jieba
   tags as a verb). The name is no ordinary word and no known place. Guideline: a person's name without its post.
2. Two names after a naming verb joined by 和 (`名为某某和某某某`, `叫做某甲和某乙`): the first, read only by the
   name statistics, was missed where it has two characters. After 名为 / 名叫 / 叫做 / 叫作, a known surname + one
   or two given characters, 和, then a second name starting with a known surname: the first item is a name.
3. A name + 初 + a verb of action (`某某初雇洋匠`, `某某初任知县`): 初 is the adverb "at first", not a given
   name's last character (the likeness reader took `某某初`). A known surname + one given character, 初, a verb:
   the two characters are the name (priority above the likeness reading). Not where surname + given is an
   ordinary word (民国初建, 当初) or a known place.
4. A Qing circuit's intendant (`苏松太道某某某`, `津海关道某某`): a circuit named by the initial characters of
   its prefectures (three or four characters, each the first character of a known place) or after a customs
   house (…关道), then 道, then a known surname + one or two given characters before a verb or punctuation. The
   post stays outside (guideline: name without post). Not 道台, 道员, 道署, 道尹 (the post words) after 道, nor
   where the characters before 道 hold a post (`团长邓道成率部`: a post, a surname, and 道 the given name's first
   character; session 25, s25zhextent).

5. A Japanese officer's full name before a title or a verb of action (`山X正X率部`, `X田正X中队长下令`; in
   Traditional script the working text is Simplified): a known Japanese family name (two or three characters,
   no Chinese compound surname) + two given characters, then 率, 下令, 阵亡, 指挥 … or a Japanese unit
   commander's title (中队长, 联队长, 司令官 …). Two place readings (X县 + X乡) lose to it. The given
   characters are no ordinary word (大山|深处率先 is no name) and hold no function character.
6. A name after 日将 / 敌将 / 日酋 / 敌酋 (`斩日将X田X造`, `击毙敌将X田`): two to four characters closed by a clause
   mark, 于, 等 or a verb of a general's fate or deeds, starting with a known (Japanese or Chinese) surname, no
   ordinary word and no 将军 / 将领 / 将士 word (敌将伤亡, 日将军官 are no names).

PERSON at priority 33 (a name framed by its context, above the likeness reading 12 and the gazetteer 30).
Cost: str.find of 的 + post ends, of 名为/名叫/叫做/叫作, of 初 and of 道; regexes only at those literals.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import is_common_word, japanese_surnames, known_places, surnames, verb_word
from pipeline.rules.person_name_ends import PUNCT
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-post-verb-frame", 33

# post nouns that end right before 的 (longest alternatives first)
_POST_ENDS = ("参谋长", "司令员", "指导员", "教导员", "政委", "司令", "书记", "主任", "部长", "队长", "旅长", "师长",
              "团长", "营长", "连长", "排长", "班长", "军长", "局长", "县长", "区长", "乡长", "村长", "社长", "处长",
              "科长", "站长", "所长", "委员")
_POSTS = frozenset(_POST_ENDS)
# one-character verbs right after a name: having, leading, moving, speaking, dying
_VERB_ONE = set("有带率领去来到在是说问把被将已曾便就也又都还却牺死病任调")
# verbs after 初 ("at first ..."): appointment, hiring, arrival, founding
_CHU_VERB_ONE = set("任授署补充雇聘募招到至抵入为随从奉设建创办开立投隶")
_NAMING_RE = re.compile("(?:名为|名叫|叫做|叫作)")
_CIRCUIT_NEXT_STOP = set("台员署尹衙光路理")
# function characters no framed given name holds (the name readers' stop characters are wider: 长, 兵, 师 …
# stop names there because they open words after a name; inside a frame the frame delimits the name)
_FUNCTION = set("的了在是和与及跟等于被把对向从由们个着过这那其此该各每都也又亦即则乃便就已曾并而但却")
# 5. titles and verbs of action after a Japanese officer's full name
_JP_AFTER_RE = re.compile("(?:率|下令|阵亡|战死|毙命|指挥|命令|自杀|切腹|投降|中队长|大队长|联队长|旅团长|师团长"
                          "|部队长|司令官|支队长|分队长|小队长)")
# 6. a name after 日将 / 敌将 / 日酋 / 敌酋, closed by a clause mark, 于, 等 or a verb of a general's fate or deeds
_ENEMY_RE = re.compile("(?:日将|敌将|日酋|敌酋)([\u4e00-\u9fff]{2,4}?)(?=[，。、；：！？,.;:!?）)」”]|于|等|率|所部|被|及|与"
                       "|下令|阵亡|毙命|授首|战死|自杀|切腹|投降|受伤|负伤|逃|$)")
_CLAUSE = set("，。；：！？、,;:!?")


def _name_ok(name: str) -> bool:
    # 马匹, 孙子: jieba tags some frequent ordinary words nr; at 500 and above they are the word, not a name
    return (not is_common_word(name, 100) and not is_common_word(name, 500, ()) and name not in known_places()
            and not any(ch in _FUNCTION or ch in PUNCT for ch in name[1:]))


def _surname_len(text: str, pos: int) -> int:
    single, compound = surnames()
    if text[pos:pos + 2] in compound:
        return 2
    return 1 if pos < len(text) and text[pos] in single else 0


def _verb_at(text: str, pos: int, ones: set = _VERB_ONE) -> bool:
    return text[pos:pos + 1] in ones or verb_word(text[pos:pos + 2], 300)


def _posted_names(text: str) -> list[Candidate]:
    out = []
    at = text.find("的")
    while at >= 0:
        pos = at + 1
        at = text.find("的", pos)
        if text[pos - 4:pos - 1] not in _POSTS and text[pos - 3:pos - 1] not in _POSTS:
            continue
        slen = _surname_len(text, pos)
        if not slen:
            continue
        for size in (2, 1):
            end = pos + slen + size
            name = text[pos:end]
            if len(name) != slen + size or not _name_ok(name) or not _verb_at(text, end):
                continue
            if size == 1 and _verb_at(text, end - 1):
                continue        # 的王|有: the one given character would be the verb itself
            out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
            break
    return out


def _named_pairs(text: str) -> list[Candidate]:
    out = []
    for m in _NAMING_RE.finditer(text):
        pos = m.end()
        slen = _surname_len(text, pos)
        if not slen:
            continue
        for size in (1, 2):
            end = pos + slen + size
            if text[end:end + 1] != "和" or not _surname_len(text, end + 1):
                continue
            name = text[pos:end]
            if _name_ok(name):
                out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
            break
    return out


def _chu_adverbs(text: str) -> list[Candidate]:
    out = []
    at = text.find("初")
    while at >= 2:
        pos = at - 2
        if _surname_len(text, pos) == 1 and text[at + 1:at + 2] in _CHU_VERB_ONE \
                and not is_common_word(text[at:at + 2], 300) and _name_ok(text[pos:at]) \
                and (pos == 0 or text[pos - 1] in _CLAUSE or text[pos - 1] in "\n 　的和与及"):
            out.append(Candidate(pos, at, "PERSON", SOURCE, PRIORITY))
        at = text.find("初", at + 1)
    return out


@lru_cache(maxsize=1)
def _place_initials() -> frozenset[str]:
    return frozenset(name[0] for name in known_places() if len(name) == 2)


def _circuit_before(text: str, dao: int) -> bool:
    if text[dao - 1:dao] == "关" and dao >= 3:     # 津海关道, 江海关道
        return True
    initials = _place_initials()
    for size in (3, 4):
        start = dao - size
        if start < 0:
            continue
        head = text[start:dao]
        if any(post in head for post in _POST_ENDS):
            return False     # 团长邓|道成率部: a post and a surname, 道 the given name's first character (session 25)
        if all(ch in initials for ch in head) and not is_common_word(head, 20) \
                and (start == 0 or text[start - 1] in _CLAUSE or text[start - 1] in "\n 　（(任署授补调为由"):
            return True
    return False


def _circuit_intendants(text: str) -> list[Candidate]:
    out = []
    at = text.find("道")
    while at >= 0:
        pos = at + 1
        if at >= 3 and text[pos:pos + 1] not in _CIRCUIT_NEXT_STOP and _surname_len(text, pos) == 1 \
                and _circuit_before(text, at):
            for size in (2, 1):
                end = pos + 1 + size
                name = text[pos:end]
                if len(name) == 1 + size and _name_ok(name) and (text[end:end + 1] in _CLAUSE or _verb_at(text, end)
                                                                or text[end:end + 2] in ("会同", "奏请", "禀称")):
                    out.append(Candidate(pos, end, "PERSON", SOURCE, PRIORITY))
                    break
        at = text.find("道", at + 1)
    return out


def _japanese_before_rank(text: str) -> list[Candidate]:
    out = []
    jp = japanese_surnames()
    _, compound = surnames()
    for m in _JP_AFTER_RE.finditer(text):
        end = m.start()
        for slen in (2, 3):
            start = end - slen - 2
            if start < 0 or text[start:start + slen] not in jp or text[start:start + 2] in compound:
                continue
            given = text[end - 2:end]
            if is_common_word(given, 100) or any(ch in _FUNCTION or ch in PUNCT for ch in given) \
                    or text[start:end] in known_places() or is_common_word(text[start:end], 20):
                continue
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
            break
    return out


def _enemy_generals(text: str) -> list[Candidate]:
    out = []
    for m in _ENEMY_RE.finditer(text):
        name = m.group(1)
        if is_common_word(name, 100) or name in known_places() or any(ch in _FUNCTION for ch in name):
            continue
        if name[0] in "军领士校官帅" or is_common_word(name[:2], 50) \
                or not (name[:2] in japanese_surnames() or name[:3] in japanese_surnames()
                        or _surname_len(text, m.start(1))):
            continue    # 敌将伤亡, 日将军官: no name (a name starts with a known surname and no ordinary word)
        out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE, PRIORITY))
    return out


def find_person_post_verb_frames(text: str) -> list[Candidate]:
    """PERSON candidates of the classes in the module doc."""
    out: list[Candidate] = []
    if "日将" in text or "敌将" in text or "日酋" in text or "敌酋" in text:
        out += _enemy_generals(text)
    if "率" in text or "长" in text or "令" in text or "阵亡" in text or "战死" in text or "毙命" in text:
        out += _japanese_before_rank(text)
    if "的" in text:
        out += _posted_names(text)
    if "名" in text or "叫" in text:
        out += _named_pairs(text)
    if "初" in text:
        out += _chu_adverbs(text)
    if "道" in text:
        out += _circuit_intendants(text)
    return out
