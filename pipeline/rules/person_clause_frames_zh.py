"""Commanders before 部, speakers, leaders after 由 and sponsors after 经, in Chinese working text.

`find_person_clause_frames(text)` (PERSON):
- a commander before 部 and his unit's designation (敌X部新编第14师, 烟台X部二十一师);
- a speaker before 说/问道/回答说 at the start of a clause (X说：, ”X问道);
- the leaders of a force after 由 (由X、Y率领); the sponsor in 经X介绍 (biographies: 经X介绍入党);
a name found so is a person everywhere in the text.

Provenance: first seen on real-dev8-zh (session 6, helper zh8: biographies, forum posts and local histories of
1927-1949; split out of written_zh8 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import canonical_norm, is_common_word, surnames
from pipeline.rules.scan import anchored_finditer, rare_finditer, read_back_finditer
from pipeline.spans import Candidate
from pipeline.rules.bare_designation_units_zh import CLAUSE_START

_CJK = "\u4e00-\u9fff"
_DIGIT1 = "一二三四五六七八九十"

_DESIGNATION_AFTER = re.compile(f"(?:新编|整编|暂编|预备|独立)?第?(?:[0-9]{{1,4}}|[{_DIGIT1}百]{{1,5}})(?:军|师|旅|团)")
_COMMANDER_PART_ANCHOR = re.compile("部(?=(?:新编|整编|暂编|预备|独立)?第?[0-9一二三四五六七八九十])")
_SPEECH_ANCHOR = re.compile("说[:：，,。]|问道|答道|喊道")
_SPEECH_ADVERB = re.compile("(?:报告|回答|笑着|大声|低声|接着|又)$")

# the relative 所 before the verb is outside the names (由孙文所率领的兴中会: 孙文; prezh5): the names are read
# shortest first, so a two-character name before 所 is not read with the 所
_LED_BY_RE = re.compile(f"由([{_CJK}]{{2,3}}?(?:、[{_CJK}]{{2,3}}?){{0,3}})所?(?:率领|带领|指挥|统率|率)")
_LED_BY_ANCHOR = re.compile("由")
_SPONSOR_RE = re.compile(f"经([{_CJK}]{{2,3}}(?:、[{_CJK}]{{2,3}})?)介绍")
_SPONSOR_ANCHOR = re.compile("介绍")
# the last character of a surname + post (孙高参, 王参谋, 李司令, 张主任): no name before 说
_TITLE_END = set("参谋长令官员委任帅总督")
_NOT_IN_NAME = set("的了是在和与及等由被把将向从对为我你他她们这那其该此一二三四五六七八九十部军师团旅营连队长")

# a Japanese unit named after its commander (吉田大队, 森本支队, 池田联队): the name alone elsewhere is the commander
_NAMED_AFTER_COMMANDER_RE = re.compile(f"([{_CJK}]{{2}})(?:大队|支队|联队|旅团)")
_NAMED_AFTER_COMMANDER_ANCHOR = re.compile("大队|支队|联队|旅团")
_ACTS_ON_PERSON = frozenset("防止 迫使 命令 包围 追击 俘虏 击毙 打死 活捉 通知 报告".split())
_PERSON_ACTS = set("下退逃率无坚见决命发被已即遂急亲只怕")
# the one fought against: 讨伐X, 平定X, 击败X (three characters, a surname first)
_FOUGHT_RE = re.compile(f"(?:讨伐|征讨|讨平|平定|击败|击溃|打败|消灭|歼灭|驱逐|反对|声讨)([{_CJK}]{{3}})(?=[的部军所等、，,。；;和与及])")
_FOUGHT_ANCHOR = re.compile("讨伐|征讨|讨平|平定|击败|击溃|打败|消灭|歼灭|驱逐|反对|声讨")
# two three-character names joined by 、 after a word that ends before names (军阀X、Y的, 由…): both persons
# (scanned from the 、, the first name read back in a fixed-width look-behind: re skips to 、 in C; a first
# name inside the last pair is skipped, as a scan from the first name would)
_NAME_PAIR_RE = re.compile(f"、(?<=[阀将领帅人犯匪首和与及，,](?P<first>[{_CJK}]{{3}})、)([{_CJK}]{{3}})(?=[的等部率和与及，,。；;])")
_PLACE_END = set("村庄镇集堡寨屯铺店山河江湖县州城关口岭省市区乡寺港湾岛坡坪桥台")
# a surname before a post, after the unit he commands or a verb of addressing (三纵队吕司令, 通知吕司令的…部队)
_SURNAME_POST_RE = re.compile(
    f"(?:(?<=[队师团旅营军区])|(?<=通知|命令|报告|告诉|转告|电告|请示))([{_CJK}])(?:司令|师长|旅长|团长|营长|军长|政委|参谋长)")
_SURNAME_POST_ANCHOR = re.compile("司令|师长|旅长|团长|营长|军长|政委|参谋长")


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


def _name_like(name: str) -> bool:
    return (2 <= len(name) <= 3 and _has_surname(name) and not any(ch in _NOT_IN_NAME for ch in name)
            and not is_common_word(name, 50) and name not in place_lexicon()
            and not (len(name) == 3 and is_common_word(name[:2], 200)))     # 高兴|地说: a word and a suffix


def _name_before(text: str, end: int) -> tuple[int, int] | None:
    """The 3- or 2-character name ending at `end` (3 first), if it looks like one."""
    for size in (3, 2):
        start = end - size
        if start < 0:
            continue
        name = text[start:end]
        if _name_like(name):
            return start, end
    return None


def find_person_clause_frames(text: str) -> list[Candidate]:
    found: set[str] = set()
    out = []
    for hit in _COMMANDER_PART_ANCHOR.finditer(text):
        if not _DESIGNATION_AFTER.match(text, hit.end()):
            continue
        span = _name_before(text, hit.start())
        if span:
            found.add(text[span[0]:span[1]])
    for hit in rare_finditer(_SPEECH_ANCHOR, text):
        verb = hit.start()
        adverb = _SPEECH_ADVERB.search(text, max(0, verb - 2), verb)
        if adverb:
            verb = adverb.start()
        for size in (3, 2):
            start = verb - size
            if start < 0 or not (start == 0 or text[start - 1] in CLAUSE_START):
                continue
            name = text[start:verb]
            if _name_like(name) and name[-1] not in _TITLE_END:
                found.add(name)
                break
    for m in anchored_finditer(_LED_BY_RE, text, _LED_BY_ANCHOR, 0):
        names = m.group(1).split("、")
        if all(_name_like(name) for name in names):
            found.update(names)
    for m in anchored_finditer(_SPONSOR_RE, text, _SPONSOR_ANCHOR, 8):
        names = m.group(1).split("、")
        if all(_name_like(name) for name in names):
            found.update(names)
    for m in read_back_finditer(_NAME_PAIR_RE, text, "first"):
        first, second = m.group("first"), m.group(2)
        if _name_like(first) and _name_like(second) and first[-1] not in _PLACE_END and second[-1] not in _PLACE_END:
            found.update((first, second))
    for m in anchored_finditer(_FOUGHT_RE, text, _FOUGHT_ANCHOR, 0):
        name = m.group(1)
        if _name_like(name):
            found.add(name)
    for name in found:
        norm = canonical_norm(name)     # 由孙文所率领: a listed name keeps its canonical name (prezh5)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-clause-frame", 44, norm=dict(norm)))
    jp_surnames = _jp_surnames()
    for m in anchored_finditer(_NAMED_AFTER_COMMANDER_RE, text, _NAMED_AFTER_COMMANDER_ANCHOR, 2):
        name = m.group(1)
        if name not in jp_surnames:
            continue
        for w in re.finditer(re.escape(name), text):
            if text.startswith(("大队", "支队", "联队", "旅团", "部队"), w.end()) or name in text[max(0, w.start() - 2):w.start()] \
                    or w.start() > 0 and text[w.start() - 1] in "长官佐将":
                continue        # 联队长荒木正二: after a post the full name follows (the person finders take it)
            if not (text[max(0, w.start() - 2):w.start()] in _ACTS_ON_PERSON or text[w.end():w.end() + 1] in _PERSON_ACTS):
                continue        # only where the name acts or is acted on as a person (防止X西逃, X下令)
            out.append(Candidate(w.start(), w.end(), "PERSON", "rule:person-unit-commander", 44))
    single = surnames()[0]
    for m in anchored_finditer(_SURNAME_POST_RE, text, _SURNAME_POST_ANCHOR, 1):
        char = m.group(1)
        if char in "任兼升调充署":
            continue        # 教导第一团|任营长: the verb of taking a post (auditzh14), not the surname 任
        if char in single and char not in _NOT_IN_NAME and not is_common_word(text[m.start(1):m.start(1) + 2], 50) \
                and not is_common_word(text[m.start(1) - 1:m.end(1)], 50):     # 军官师长: it ends the word before
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-surname-post", 44))
    return out


@lru_cache(maxsize=1)
def _jp_surnames() -> frozenset[str]:
    from pipeline.rules.names_common import read_list
    return frozenset(read_list("surnames_jp.txt"))
