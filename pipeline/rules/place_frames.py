"""Villages and towns named without a settlement word, read from the frame around them (GPE).

Battle pages name the villages fought over bare (澳底, 齐会, 桑池): no 村/镇/庄 tells they are places, and
no gazetteer lists them. `find_framed_places(text)` (working text, Simplified) proposes GPE for a name of
2-3 characters that is no ordinary word, no known place, no person's title or unit, where:

- a preposition of place is before it and a verb of fighting or movement after it (在X登陆, 在X激战,
  向X增援, 从X出发, 于X会师), or (session 34, w34zhgpe, cross-set reading: the development golds of three sets and
  the held-out pool) a verb of founding, meeting, gathering, rising or dying there (在X成立, 于X誓师, 在X召开,
  向X集中, 在X牺牲); a three-character name does not end in an adverb of the verb (在某庄|共杀害);
- a verb of taking or landing, or of marching to, stationing at or attacking a place (驻防, 进军, 抵达, 途经 …), is
  before it and the clause or a time word ends after it (登陆X后, 收复X，, 驻防X，, 途经X时);
- it is a member of a 、-list that holds a known place or a settlement name and is closed by a word of
  place (A、X、Y之间 / 之线 / 一带 / 附近 / 地区 / 等地 / 据点 / 一线 / 以东 …).

EVENT: a battle, rising or incident named after a village with its settlement word (X店突围, X口事变,
X堡伏击战, X集惨案), where the event finder knows no such place.

FAC: a building or structure named by a head (祠堂, 城楼, 车站, 仓库, 炮台, 寺, 庙, 门 …) after a verb of attack or
holding (占领了郑家祠堂, 攻破小南门), its stem no ordinary word (粮食仓库) and no known place (徐州西门).

Names that the place lexicons know are theirs; candidates are GPE at the gazetteer's priority (30), so
lexicon spans, units and persons found by a title win where they overlap. Scans start at the literal
prepositions and at 、 (re skips to them in C).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.rules.scan import guarded, rare_finditer
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:place-frame"
PRIORITY = 30
_CJK = "\u4e00-\u9fff"
# adverbs written between a name and its verb (在某庄|共杀害): no last character of a three-character name (session 34)
_ADVERB_LAST = frozenset("共又再也都就先已曾还亦均皆即便才仅竟乃遂")
# a preposition of place, the name, a verb of fighting or movement
_FRAME_RE = re.compile(
    f"(?:在|向|从|于|朝|往)([{_CJK}]{{2,3}}?)"
    "(?=登陆|激战|交战|交锋|鏖战|血战|设伏|伏击|阻击|集结|驻扎|驻守|增援|进犯|突围|布防|渡河|宿营|会师|会合|休整|"
    "围歼|构筑|修筑|出发|登船|上岸|阻截|截击|堵截|防守|固守|坚守|据守|一战|"
    "猛攻|进攻|攻击|猛扑|出击|突击|挺进|推进|转移|首次交锋|召集|二渡|渡河|"
    "成立|建立|创建|组建|誓师|召开|设立|集合|集中|起义|暴动|被俘|被捕|牺牲|殉国|遇难|就义|阵亡|屠杀|杀害)")   # zh13: 向X猛攻, 在X二渡; session 34 (w34zhgpe): 在X成立, 于X誓师
# a verb of taking or landing, the name, the end of the clause or a time word
# … and a two-character verb of marching to, stationing at or attacking a place (驻防X，, 进军X，, 抵达X后, 途经X时,
# 驰赴X，, 到了X。; session 33, w33zhgpe: six development sets, the golds read each such name GPE)
_TAKEN_RE = re.compile(
    "(?:登陆|收复|攻克|攻陷|占领|攻占|进占|解放|光复|克复|失守"
    "|驻防|进驻|移驻|退驻|进军|进抵|抵达|开抵|开赴|驰赴|奔赴|途经|途径|到了|进攻|攻打|直扑|直插|窜至|窜到)"
    f"([{_CJK}]{{2,3}}?)(?=后|时|以后|之后|[，。；、])")
_TAKEN_RE = guarded(_TAKEN_RE)
_LIST_CLOSE = re.compile("之间|之线|一带|附近|地区|等地|据点|一线|以[东西南北]|[东西南北]郊")
# one-character verbs and prepositions of place before a list's first member (在, 至, 经; 驻 stationed at, 往, 抵)
_PLACE_VERB_CHARS = "在于至到向从经往抵驻"
_NOT_LAST = set("门楼堂院馆站场厂库所部处局署山岭峰岗河江湖岛屿湾溪东西南北")   # and landforms, regions (LOC)
_SETTLEMENT_END = set("镇村庄屯寨堡铺店集圩埠县城乡营")
STOP = set(
    "的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少上下里内外中"
    "前后左右边旁全部军敌我你他她它们师团旅营连队长官兵日月年时天机舰炮弹路线阵地区县省市方面失")


def unknown_place_name(name: str, stop: frozenset[str] | set[str] = STOP) -> bool:
    """A name no place lexicon knows that may still be a place: no character of `stop`, no ordinary word jieba
    knows and none inside (transliterations often hold a name's syllables: jieba tags them nr). Shared by the
    route ends (place_route_frames) and the members of closed lists (place_list_closers)."""
    if name in place_lexicon() or any(ch in stop for ch in name):
        return False
    entry = word_info().get(name)
    if entry and entry[0] >= 3 and not entry[1].startswith("ns"):
        return False
    for k in range(len(name) - 1):
        freq, pos = word_info().get(name[k:k + 2], (0, ""))
        if freq >= 50 and not pos.startswith(("ns", "nr")):
            return False
    return True


@lru_cache(maxsize=1)
def lexicon() -> dict:
    return place_lexicon()


def _bare_ok(name: str) -> bool:
    """A bare village name: no function or unit character, no ordinary word, no place the lexicons know."""
    if any(ch in STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in name):
        return False
    if name in lexicon() or name[-1] in _NOT_LAST or name[0] in "东西南北" and len(name) == 2:
        return False    # 西门, 东关: a gate or quarter of the town (FAC), not a village
    entry = word_info().get(name)
    if entry and entry[0] >= 5 and not entry[1].startswith("ns"):
        return False
    for k in range(len(name) - 1):
        entry = word_info().get(name[k:k + 2])
        if entry and entry[0] >= 100 and entry[1][:1] in "vdpcrmqtf":
            return False    # 守备X, X附近: a verb, adverb or position word inside
    return True


# a battle, rising or incident named after a village (X店突围, X口事变, X堡伏击战, X集惨案, X地之战): the
# village is named by its settlement word, the head is the event finder's; after 在/于 a 战斗 or 突围 is
# fighting there unless 中 follows (在X战斗中)
_EVENT_HEAD_RE = guarded(re.compile(
    "事变|起义|暴动|惨案|兵变|伏击战|阻击战|歼灭战|突围战|攻坚战|保卫战|争夺战|围歼战|反击战|遭遇战|之战|之役|"
    "战役|战斗|会战|大捷|血战|突围"))
_VILLAGE_END = set("店口堡集庄村镇寨铺坪峪屯湾洼沟坡垴地")
_EVENT_LEFT = set("，。；：、（(“「\n 的了年月日在于是和与及")
_VERB_USE = ("战斗", "突围")
EVENT_PRIORITY = 45


def _framed_events(text: str) -> list[Candidate]:
    out = []
    for match in _EVENT_HEAD_RE.finditer(text):
        head = match.start()
        for size in (3, 2):         # the village: a stem of one or two characters and its settlement word
            start = head - size
            if start < 0 or text[head - 1] not in _VILLAGE_END:
                continue
            name = text[start:head]
            if start and text[start - 1] not in _EVENT_LEFT:
                continue
            if any(ch in STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in name[:-1]) or name in lexicon():
                continue
            entry = word_info().get(name)
            if entry and entry[0] >= 5 and not entry[1].startswith("ns") or size == 2 and name[-1] == "地":
                continue    # 阵地, 基地, 此地: no village
            if match.group() in _VERB_USE and start and text[start - 1] in "在于" \
                    and not text.startswith("中", match.end()):
                break       # 在X庄战斗: fighting there
            out.append(Candidate(start, match.end(), "EVENT", SOURCE, EVENT_PRIORITY))
            break
    return out


# a building or structure held or attacked (占领了郑家祠堂, 攻破小南门, 退入黄沙寺): the verb, the name, its head
_STRUCTURE_RE = guarded(re.compile(
    "(?:攻占|占领|攻克|攻破|攻入|冲入|冲进|突入|退入|退守|据守|固守|坚守|死守|炸毁|炸掉|破坏|夺取|夺回|包围|围攻|"
    "进攻|袭击|轰炸|守卫|扼守|控制|封锁|占据|抢占)了?"
    f"([{_CJK}]{{1,3}}?(?:祠堂|教堂|城楼|炮楼|碉堡|火车站|车站|仓库|兵营|营房|大楼|公馆|会馆|书院|医院|兵工厂|码头|"
    "飞机场|机场|要塞|炮台|城门|寺|庙|宫|塔|门))(?![\u4e00-\u9fff]?(?:长|员|口|外|内|前|后|里|下|上|楼|头|洞|路))"))
FAC_PRIORITY = 45
# the result of the verb before (控制好, 守住, 攻下, 炸掉): a character right after the verb that no name opens with
_RESULT_COMPLEMENTS = frozenset("好住下掉完紧牢稳毁")


def _framed_structures(text: str) -> list[Candidate]:
    out = []
    for match in _STRUCTURE_RE.finditer(text):
        name = match.group(1)
        head = 2 if name[-2:] in _TWO_CHAR_STRUCTURES else (3 if name.endswith("火车站") or name.endswith("兵工厂")
                                                            or name.endswith("飞机场") else 1)
        stem = name[:-head]
        if len(stem) < (2 if head == 1 else 1) or any(ch in STOP for ch in stem) or name in lexicon():
            continue
        if len(stem) == 1 and stem in _RESULT_COMPLEMENTS:
            continue    # 控制好|机场, 守住|炮台: the verb's result, no name (s20zhlab)
        if any(stem[:k] in lexicon() for k in range(2, len(stem) + 1)):
            continue    # 徐州西门, 信阳车站: a known place's structure is the facility finder's
        entry = word_info().get(stem)
        if entry and entry[0] >= 50 and not entry[1].startswith(("ns", "nr")):
            continue    # 粮食仓库, 野战医院: a kind of building, not its name
        entry = word_info().get(name)
        if entry and entry[0] >= 20 and not entry[1].startswith(("ns", "nz")):
            continue    # 城隍庙 is fine (ns), 大楼 / 城门 as words are no names
        out.append(Candidate(match.start(1), match.end(1), "FAC", SOURCE, FAC_PRIORITY))
    return out


_TWO_CHAR_STRUCTURES = frozenset(
    "祠堂 教堂 城楼 炮楼 碉堡 车站 仓库 兵营 营房 大楼 公馆 会馆 书院 医院 码头 机场 要塞 炮台 城门".split())


def find_framed_places(text: str) -> list[Candidate]:
    """GPE (and EVENT) candidates of the classes in the module doc."""
    found: dict[tuple[int, int], None] = {}
    for match in rare_finditer(_FRAME_RE, text):
        if len(match.group(1)) == 3 and match.group(1)[-1] in _ADVERB_LAST:
            continue    # 在某庄共杀害: an adverb before the verb, not the name's last character
        if _bare_ok(match.group(1)) and not _glued_before(text, match.start()) and not _glued_after(text, match.start()):
            found[match.span(1)] = None
    for match in literal_finditer(_TAKEN_RE, text):
        if _bare_ok(match.group(1)) and not _glued_before(text, match.start()):
            found[match.span(1)] = None
    _list_members(text, found)
    return ([Candidate(s, e, "GPE", SOURCE, PRIORITY) for s, e in found] + _framed_events(text)
            + _framed_structures(text))


def _glued_before(text: str, start: int) -> bool:
    """The preposition ends a word (现在, 由于, 关于, 对于, 终于): it is no preposition here."""
    entry = word_info().get(text[start - 1:start + 1]) if start else None
    return bool(entry) and entry[0] >= 20


def _glued_after(text: str, start: int) -> bool:
    """The preposition starts a word that is no name (从事, 在于, 向前): it is no preposition here (auditzh9)."""
    entry = word_info().get(text[start:start + 2])
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("ns", "nr"))


def _list_members(text: str, found: dict) -> None:
    """The unknown members of a 、-list closed by a word of place that holds a known place or settlement."""
    mark = text.find("、")
    while mark != -1:
        following = text.find("、", mark + 1)
        close = -1
        if following == -1 or following - mark > 5:     # the last 、 of its list: a word of place closes it
            for end in range(mark + 3, min(mark + 6, len(text))):
                if _LIST_CLOSE.match(text, end):
                    close = end
                    break
        mark = following
        if close == -1:
            continue
        spans = _list_before(text, close)
        if spans is None or not any(_known(text[s:e]) for s, e in spans):
            continue
        for s, e in spans:
            if text[s:e] not in lexicon() and _bare_ok(text[s:e]):
                found[(s, e)] = None


def _known(name: str) -> bool:
    return name in lexicon() or (len(name) >= 2 and name[-1] in _SETTLEMENT_END and name[:-1] not in ("县", "城"))


def _list_before(text: str, end: int) -> list[tuple[int, int]] | None:
    """The members of the 、-list ending at `end` (where a word of place closes it), or None."""
    mark = text.rfind("、", max(0, end - 5), end)
    if mark == -1 or end - mark - 1 < 2 or not _all_cjk(text, mark + 1, end):
        return None
    spans = [(mark + 1, end)]
    for _ in range(8):
        before = text.rfind("、", max(0, mark - 5), mark)
        if before != -1 and mark - before - 1 >= 2 and _all_cjk(text, before + 1, mark):
            spans.insert(0, (before + 1, mark))
            mark = before
            continue
        break
    # the first member, before the earliest 、: after a boundary, a preposition or a verb
    for size in (4, 3, 2):
        start = mark - size
        if start < 0 or not _all_cjk(text, start, mark):
            continue
        member = text[start:mark]
        if not (_known(member) or size < 4 and _bare_ok(member)):
            continue
        if member[0] in _PLACE_VERB_CHARS and _known(member[1:]):
            continue      # 驻|叙永、纳溪一带: the verb of place is no part of the first member (session 25, s25zhextent)
        before = text[start - 1] if start else "，"
        if before in "，。；：、（(\n 及和与" + _PLACE_VERB_CHARS or _glued_verb_before(text, start):
            spans.insert(0, (start, mark))
            return spans
    return spans if len(spans) >= 2 else None     # 居淮安县城、X、Y之间: the members after the first


def _all_cjk(text: str, start: int, end: int) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" for ch in text[start:end])


def _glued_verb_before(text: str, start: int) -> bool:
    entry = word_info().get(text[start - 2:start]) if start >= 2 else None
    return bool(entry) and entry[0] >= 20 and entry[1][:1] == "v"
