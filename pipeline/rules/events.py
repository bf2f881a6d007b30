"""EVENT finder for Simplified Chinese working text.

Find a head word (会战, 战役, 事变, 大战, 之围 ...) and walk left over the name part
(pipeline.rules.name_walk; the walk is in event_name_starts.py): place names, abbreviations,
direction characters, ordinals (第四次) and numbered code names (一号). A head with an empty or
one-character name is generic (此次作战, 对日作战) and yields nothing. events.tsv adds events without a regular
head (二战, 七七事变, 明治维新).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.event_name_starts import ORDINAL_BEFORE, VERB_HEADS, county_initials, event_name_start
from pipeline.rules.name_walk import (
    ABBREVIATIONS,
    CHINESE_DIGITS,
    DIRECTIONS,
    looks_like_person,
    person_names,
    big_places,
)
from pipeline.rules.names import is_common_word, outside_titles, surnames, word_info
from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.rules.trie import guarded_trie_regex, trie_regex
from pipeline.spans import Candidate
from operator import attrgetter

_START = attrgetter("start")

RULE_EVENT = ("rule:event", 45)


def _person_name_through(text: str, start: int) -> bool:
    """Whether a name of the person lexicon (two to four characters) ends right after `start`, i.e. on the first
    character of a two-character event word there (白某文|革职 holds no 文革)."""
    from pipeline.rules.names_common import person_forms

    forms = person_forms()
    return any(start + 1 - k >= 0 and text[start + 1 - k:start + 1] in forms for k in (3, 2, 4))
LEXICON_EVENT = ("lexicon:event", 45)

EVENT_HEADS = (
    "会战 大会战 战役 作战 之战 保卫战 争夺战 攻防战 阻击战 歼灭战 围歼战 突围战 反击战 攻坚战 攻略战 "
    "围城战 海战 空战 血战 战争 大捷 事变 事件 起义 暴动 运动 会议 大屠杀 屠杀 惨案 攻势 反攻 登陆 登陆战 "
    "决堤 条约 协定 公约 大轰炸 大扫荡 大撤退 抗战 战斗 大战 包围战 围攻战 围困战 之围 空袭 大空袭 "
    "之役 一役 伏击战 追击战 遭遇战 防御战 守备战 攻城战 狙击战 兵变 政变 "
    "炮战 夜袭战 奇袭战 破袭战 突袭战 袭击战 谈判 和谈 会谈 会师 教案 兵谏 围城 剿匪 平叛 叛乱 攻围战 攻围战斗"
).split()

# attributes of a feeling before the war's short name (爱国抗战热情): a kind of feeling, not the war
_FEELING_ATTRIBUTES = frozenset("爱国 神圣 伟大 英勇 民族".split())


# Traditional and Japanese forms of head characters, for Chinese or Japanese names quoted in a
# text that is not converted to Simplified (an English page citing 浙贛作戦, 浙赣戰役)
_HEAD_CHAR_VARIANTS = {"战": "戰戦", "会": "會", "争": "爭", "围": "圍", "卫": "衛", "击": "擊", "变": "變",
                       "动": "動", "灭": "滅", "坚": "堅", "约": "約", "议": "議", "惨": "慘", "轰": "轟",
                       "炮": "砲", "袭": "襲", "斗": "鬪鬭鬥闘"}


def _head_variants(head: str) -> list[str]:
    forms = [""]
    for char in head:
        forms = [f + v for f in forms for v in char + _HEAD_CHAR_VARIANTS.get(char, "")]
    return forms


@lru_cache(maxsize=1)
def _head_forms() -> dict[str, str]:
    """Every written form of every head → the Simplified head."""
    return {form: head for head in EVENT_HEADS for form in _head_variants(head)}


@lru_cache(maxsize=1)
def event_regexes():
    heads = re.compile("(?:" + trie_regex(list(_head_forms())) + ")")
    forms: dict[str, str] = {}
    for row in read_rows("events.tsv"):
        canonical = row[0].strip()
        forms.setdefault(canonical, canonical)
        if len(row) > 1:
            for alias in row[1].split(","):
                if alias.strip():
                    forms.setdefault(alias.strip(), canonical)
    return heads, re.compile(guarded_trie_regex(forms)), forms


def _inner(by_start: dict, start: int, end: int) -> list:
    """Candidates of `by_start` (start -> candidate, spans of at most 60 characters) overlapping [start, end)."""
    return [by_start[k] for k in range(max(0, start - 60), end) if k in by_start and by_start[k].end > start]


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


# 北伐革命军, 抗战自卫队: the war names the force raised for it (a local force's name), no EVENT (auditzh21)
_LEXICON_FOLLOW_BLOCK = re.compile("[" + CHINESE_DIGITS + r"0-9]号|系列|火箭|出版|路|街"
                                   "|(?:革命|自卫|救国|义勇|游击)(?:军|总?队|团)")
_HEAD_FOLLOW_BLOCK = re.compile("组织|委员会|机构|秘书|大厅|中心")
_HQ_AFTER = re.compile("总?司令(?:长官)?部|总部|指挥部")


def glued_head(text: str, end: int) -> bool:
    """会议 in 国会议员, 运动 in 运动会, 作战 in 作战部署: the head belongs to a longer word."""
    if end >= len(text) or text[end] in "后中时前期间初末里内外上下以及和与的之、，。；：）)」":
        return False
    if is_common_word(text[end - 1 : end + 1], 100) or is_common_word(text[end - 2 : end + 1], 100):
        return True
    return bool(_HEAD_FOLLOW_BLOCK.match(text, end))


def find_events(text: str) -> list[Candidate]:
    """EVENT candidates: lexicon events, then <name><head> patterns (priority 45)."""
    heads, lexicon, forms = event_regexes()
    # load the cached tables now, even for a text that does not reach them (warm_up's text),
    # so their one-time cost is paid before tagging starts
    word_info(), big_places(), county_initials()
    by_start: dict[int, Candidate] = {}
    covered = bytearray(len(text) + 1)
    headings = _heading_spans(text) if "【" in text else []
    for match in lexicon.finditer(text):
        start, end = match.span()
        if _LEXICON_FOLLOW_BLOCK.match(text, end):  # 长征三号 (a rocket), 二战时期 is fine
            continue
        if start > 0 and text[start - 1] == "第" and match.group()[0] in CHINESE_DIGITS:
            continue  # 第二战场, 第二战俘收容所, 第一战区: an ordinal + 战…, not the world war (session 30, s30zhqty)
        if match.group() in _GENERIC_EVENT_WORDS and (
            _GENERIC_FOLLOW_BLOCK.match(text, end) or any(a < start and end < b for a, b in headings)
        ):
            continue  # 抗战纪念馆, 抗战史话, 【抗战】: the word names a subject, not the event
        if match.group() in _GENERIC_EVENT_WORDS and text[max(0, start - 2):start] in _FEELING_ATTRIBUTES:
            continue  # 爱国抗战热情: a kind of feeling, not the war
        if start > 0 and match.group()[0] in DIRECTIONS and text[start - 1] in ABBREVIATIONS:
            continue  # 鲁|西南战役: a province's region, not the listed 西南战役
        if match.group() in _EXPEDITIONS and _LEADS_TROOPS.search(text, max(0, start - 2), start):
            continue  # 率部东征, 挥师北伐: marching east or north, a verb
        if end - start == 2 and start >= 1 and _person_name_through(text, start):
            continue  # 白某文革职: a known person's name ends on the word's first character, not 文革 (s20zhper)
        if match.group()[0] == "越" and text.startswith("越", end):
            continue  # 越战越强, 越战越勇: "the more it fought, the stronger", not the Vietnam War (auditzh31)
        if text.startswith(_BATTLE_TAILS, end) and not match.group().endswith(_HEAD_ENDS):
            end += 2     # 四渡赤水战役: a listed name without a head, written with one
        elif text.startswith("运动", end) and not match.group().endswith(_HEAD_ENDS) \
                and text[end + 2:end + 3] not in _NOT_AFTER_MOVEMENT:
            end += 2     # 延安整风运动: a listed movement without its head, written with it (prezh5)
        by_start[start] = Candidate(start, end, "EVENT", *LEXICON_EVENT, norm={"canonical": forms[match.group()]})
        covered[start:end] = b"\x01" * (end - start)
    for match in heads.finditer(text):
        head_start, end = match.span()
        if glued_head(text, end):
            continue
        head = _head_forms().get(match.group(), match.group())
        if head in VERB_HEADS and _HQ_AFTER.match(text, end):
            continue     # 徐州剿匪总司令部: a headquarters (ORG, orgs.py), not a campaign
        start = event_name_start(text, head, head_start)
        if start < 0:
            continue
        if any(covered[start:end]):
            inner = _inner(by_start, start, end)
            if not all(start <= c.start and c.end <= end for c in inner):
                continue
            # a lexicon event keeps its own span unless only an ordinal is added (第二次...)
            if any(
                c.end == end and text[c.start : c.end] != head and not ORDINAL_BEFORE.search(text[start : c.start])
                for c in inner
            ):
                continue
            for c in inner:
                del by_start[c.start]
        by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
        covered[start:end] = b"\x01" * (end - start)
    for match in rare_finditer(_QUOTED_DATE_NAME_RE, text):  # “七·七”事变: the quoted name is the span
        start, end = match.span(1)
        if not any(covered[start:end]):
            by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
            covered[start:end] = b"\x01" * (end - start)
    encirclements = [m.span() for m in anchored_finditer(_ENCIRCLEMENT_RE, text, _ENCIRCLEMENT_ANCHOR, 10)]
    for start, end in encirclements + _games_and_affairs(text):
        inner = _inner(by_start, start, end)
        if all(start <= c.start and c.end <= end for c in inner):
            for c in inner:
                del by_start[c.start]
            by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
    return outside_titles(text, sorted(by_start.values(), key=_START))


# the encirclement campaigns against the Red Army's bases and the fight against them, named by their ordinal:
# 第五次“围剿”, 第三次反围剿, 第四次反“围剿”战争 (a closing quote stays outside a span that ends there, rule 13)
_ENCIRCLEMENT_RE = re.compile(
    "第[" + CHINESE_DIGITS + r"0-9０-９]{1,2}次反?[“「『\"]?围剿(?:[”」』\"]?(?:战争|作战|斗争|战役))?")
_ENCIRCLEMENT_ANCHOR = re.compile("围剿")
_QUOTED_DATE_NAME_RE = re.compile(
    "[“「『\"]([" + CHINESE_DIGITS + "·・.]{2,7})[”」』\"](?=事变|事件|运动|惨案|起义|事變|運動|慘案)"
)
_EXPEDITIONS = frozenset({"东征", "北伐", "西征", "南征"})
_LEADS_TROOPS = re.compile("(?:率部|率军|率师|挥师|挥军|领兵|带兵|举兵)$")
# a listed event without a head, written with a battle head after it (四渡赤水战役); names that end in a head keep theirs
_BATTLE_TAILS = ("战役", "战斗", "之战", "之役")
_NOT_AFTER_MOVEMENT = set("会员场鞋服")     # 运动会, 运动员: a word of sport, not the movement
_HEAD_ENDS = ("战", "役", "争", "变", "件", "义", "动", "命", "捷", "约", "定", "议", "案", "杀", "征", "伐")
# the war's short name used as a subject: 抗战纪念馆, 抗战史话, a heading 【抗战】
_GENERIC_EVENT_WORDS = {"抗战"}
_GENERIC_FOLLOW_BLOCK = re.compile("纪念馆|博物馆|纪念碑|纪念堂|陵园|史话|史料|文献|文学|歌曲|史")
_HEADING = re.compile("【[^【】\n]{1,40}】")
# 第六届全国运动会, 第七次全国代表大会: an ordinal 届/次 plus a gathering's name
_GAMES_RE = re.compile(
    "第[" + CHINESE_DIGITS + "0-9０-９]{1,3}[届次][\u4e00-\u9fff]{0,8}?(?:运动会|奥运会|全运会)"
)
# 孙立人案: an affair named after a person
_AFFAIR_RE = re.compile("([\u4e00-\u9fff]{2,4})案(?![件例情卷由子底头犯板首发])")
_AFFAIR_ANCHOR = (re.compile("案"), 4)   # scan.py


def _heading_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _HEADING.finditer(text)]


def _games_and_affairs(text: str) -> list[tuple[int, int]]:
    """第N届X运动会 and <person>案 (the person known or found as a name in the text)."""
    out = [m.span() for m in _GAMES_RE.finditer(text)]
    if "案" not in text:
        return out
    found_persons = None
    for match in anchored_finditer(_AFFAIR_RE, text, *_AFFAIR_ANCHOR):
        end = match.end()
        for width in (3, 2, 4):
            start = end - 1 - width
            if start < match.start():
                continue
            name = text[start : end - 1]
            if name in person_names():
                out.append((start, end))
                break
            if not looks_like_person(name) and not (width == 2 and name[0] in surnames()[0]):
                continue
            if found_persons is None:
                from pipeline.rules.names import find_persons

                found_persons = {text[c.start : c.end] for c in find_persons(text)}
            if name in found_persons:
                out.append((start, end))
                break
    return out
