"""Mountains, ridges, rivers, islands and passes named by a head word (X山, X岭, X峰, X河, X江, X岛, X关), read
from the grammar around them (LOC; a pass whose name is also a town's, 山海关, is left to the place finders).

Battle narratives name the heights and rivers they are fought over once and then again; most are in no
lexicon (雪峰岭, 鹰嘴山, 乌木江). `find_landforms(text)` (working text, Simplified) proposes LOC for a
stem of 1-3 characters plus a landform head when the words around say a place is meant:

- a verb of movement, holding or attack before it, possibly with 了 (翻越X岭, 抢占了X山, 强渡X江,
  凭借X山天险, 依托X岭、Y山一线) or a preposition of place (在, 于, 至, 向, 沿, 从);
- a word after it that only a landform takes (X山主峰, X岭北麓, X山顶, X河东岸, X江上游, X山天险) after
  a clause boundary or 的 (海拔一千米的X山);
- the other members of a 、-list of such names (X岭、Y山、Z峰), and every later mention of a name found so
  (包围了X山 after 退守X山) where it is no part of a longer word.

A river read across a province name (X河南下: 龙门河 | 南下, not 龙门 + 河南) is one LOC and outranks the
province. The stem holds no function character or count (一座, 这条), and neither the stem nor the name is
an ordinary word jieba knows (深山, 江山, 火山, 运河); a name the lexicons know as a settlement (唐山, 柳河)
is left to them. Heads are scanned with one character class (re skips in C); each hit reads at most a few
characters around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.event_name_starts import IN_THE_BATTLE
from pipeline.rules.names_common import plain_word, surnames, word_info
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:landform-head"
PRIORITY = 30           # the gazetteer's: a longer landform name wins over a place inside it
_HEADS = "山岭峰岗河江岛屿关"
_HEAD_RE = re.compile(f"[{_HEADS}]")
# verbs and prepositions that take a place as their object
CUES = frozenset(
    "翻越 翻过 越过 跨过 横跨 跨越 穿过 经过 通过 绕过 攀登 登上 爬上 攻上 冲上 抢占 攻占 占领 占据 夺取 夺回 夺占 控制 "
    "包围 围攻 进攻 攻击 袭击 攻打 依托 依靠 凭借 扼守 固守 坚守 据守 防守 守卫 退守 退至 退入 退到 撤至 撤往 撤入 "
    "撤到 窜入 窜至 窜往 逃往 逃入 进入 进抵 进至 进到 到达 抵达 直插 直趋 直扑 转移到 转移至 集结于 隐蔽于 埋伏于 "
    "强渡 渡过 横渡 抢渡 偷渡 泅渡 东渡 西渡 南渡 北渡 飞渡 突破 沿着 顺着 背靠 分驻 进驻 驻守 驻扎 屯驻 "
    "在 于 至 到 向 从 自 经 沿 渡 守 攻 "
    "守住 保住 占住 扼住 控制住".split())   # a verb of holding and its resultative 住: 守住X山 (auditzh31)
_CUE_LENGTHS = (3, 2, 1)
# words after a name that only a landform takes
# a position on or in it (session 32, w32zhconf): X山上 before a clause mark, 的 or a verb of building or
# staying (宗山上修筑, 岭上，), X山中 / X岭里 before a clause mark, 的 or a count (十万山中几位), X山方向; never
# 上班, 上将, 中弹, 中学 (the next character is held to the list)
_ON_IT = "上(?=[，。；：！？,;:!?的修建筑有驻设构埋挖布架插立住留打\n])|[中里裡](?=[，。；：！？,;:!?的几数有\n])|方向"
_AFTER_LANDFORM = re.compile(
    "主峰|山顶|之巅|[东西南北]?麓|山腰|山脚|脚下|天险|制高点|要隘|隘口|山口|垭口|"
    "[东西南北两对沿]岸|[上下中]游|河谷|河畔|江畔|畔|一线|一带|附近|以[东西南北]|之[东西南北]|阵地|防线|守敌|之敌|"
    + _ON_IT)
_STRONG_AFTER = re.compile("主峰|山顶|顶|之巅|[东西南北]?麓|山腰|山脚|天险|制高点|[东西南北两对沿]岸|[上下中]游|河谷|畔|"
                           "上(?=[，。；：！？,;:!?的修建筑有驻设构埋挖布架插立住留打\n])")
# a height placed in a county, town or village written before it, with a landform word after it (session 32,
# w32zhconf: 某县某某山一带, 村北某某山方向, 某镇某山脚下): the seat word, possibly with a bearing, closes the place
# before the height's name as a clause mark would
_SEAT_BEFORE = re.compile("(?:县城|城区|地区|[县村镇乡城][东西南北])$|县$")
_SEAT_DIRECT = set("村镇乡")     # a village or town right before
# a battle named after the height or river (X岭战斗, X山战役, X江之战): an EVENT, as the event finder's
# heads; after 在/于 a 战斗 or 作战 is fighting there (在X岭战斗), and the name alone is the LOC
_BATTLE_AFTER = re.compile(
    "战斗|战役|会战|作战|之战|保卫战|争夺战|攻防战|阻击战|歼灭战|围歼战|突围战|反击战|攻坚战|血战|大捷|伏击战|追击战|"
    "遭遇战|防御战|包围战|围攻战|狙击战")
EVENT_PRIORITY = 45     # the event finder's
_FIGHTER_WORDS = ("英雄", "模范", "部队", "人员", "力", "机", "序列", "任务")   # 战斗英雄, 战斗力: no battle
_PLACE_PREPOSITIONS = set("在于")
# words before a battle's name: taking part, launching, winning (参加了X岭战斗, 发起X山战役)
_BATTLE_VERBS = frozenset("参加 发动 发起 爆发 指挥 经历 打响 结束 进行 取得 赢得 打赢 亲历 组织 部署".split())
_RIVER_AFTER = re.compile("[东西南北两对沿]岸|[上下中]游|河畔|江畔|畔|河谷|流域")
_SUMMIT = "顶"           # X山顶 / X岭顶: the summit of a named height is one LOC (X山顶)
# words after a river that a province name would otherwise take (X河南下, X江西岸)
_ACROSS_PROVINCE = re.compile("[南北东西](?:下|上|进|去|岸|侧|麓|坡|面|部|端)")
# characters after a head that make the name longer (石门口, 山城, 中山路): other finders read those
_NAME_GOES_ON = set("路街村镇庄寨城县市乡区站桥洞寺庙堡屯集铺店营场坝厂矿口关门府州卫")
_STEM_STOP = set(
    "的了着著是和与及等被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个过"
    "在于经沿抵占克撤退驻登陆军敌我你他她它座条片处群支股批些几多少上下里内外中前后左右边旁全部以渡省市县攻守夺取据住"
    "，。、；：！？（）()「」“”《》 \n\t0123456789")
_NUMERALS = set("一二三四五六七八九十两")
# kinds of landform written like names (jieba tags several ns or nr): never a name here
_GENERIC = frozenset(
    "大山 小山 高山 深山 雪山 群山 青山 荒山 名山 冰山 火山 江山 河山 山河 长河 大河 小河 高峰 山峰 顶峰 主峰 险峰 "
    "冰河 天河 银河 内河 运河 界河 护城河 大江 小岛 孤岛 荒岛 海岛 半岛 列岛 群岛 全岛 本岛 该岛 此山 此河 后山 前山 "
    "外江 内江 上山 下山 进山 出山 登山 爬山 靠山 江河 河流 山岗 土岗 哨岗 站岗 上岗 下岗 岗岭 山岭 峻岭 分水岭".split())
# kinds of landform that end phrases (学术高峰, 历史长河) where a name would end in its head alone
_GENERIC_TAILS = frozenset("高峰 长河 山峰 顶峰 险峰 山岭 峻岭 运河 银河 天河 冰山 火山 江山 河山 群山 半岛 列岛 群岛".split())
_GENERIC_STEMS = frozenset("大小高深雪荒群名远近老新旧险冰火沙土内外界上下前后本该此全每各江河山岭")
_MEASURES = set("个座条片处群支股批些次场把只名位万千百亿")
# jieba tags of a stem that is no name: position (f), pronoun (r), numeral (m), measure (q), time (t),
# adverb (d), preposition (p), conjunction (c), particle (u)
_STEM_NOT_NAME = set("frmqtdpcu")
_LIST_MARKS = ("、", "和", "及", "与")
_LEFT_BOUNDARY = set("，。；：！？（）()「」“”\n 　、")


@lru_cache(maxsize=1)
def _settlements() -> frozenset[str]:
    """Names the place lexicons know as a settlement (GPE): 唐山, 柳河, 赤水 are left to them."""
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE")


def _stem_ok(stem: str, name: str) -> bool:
    if not stem or any(ch in _STEM_STOP or ch in _NUMERALS for ch in stem[1:]) or stem[0] in _STEM_STOP \
            or stem[-1] == name[-1] or name in place_lexicon():
        return False    # (a name the lexicons know is theirs: 黑龙江 the province, 赤水河)
    if stem[0] in "今即" and name[1:] in place_lexicon():
        return False    # 在今|浙江, 即今|黑龙江: the gloss word before a known place (guideline 7: 今 is outside)
    if name in _GENERIC or name[-2:] in _GENERIC_TAILS or (len(stem) == 1 and stem in _GENERIC_STEMS):
        return False    # 大山, 雪山, 长河 / 深X, 荒X: kinds of landform, not names
    if len(stem) >= 2 and stem[0] not in _NUMERALS:     # jieba tags 五台, 三道 as numerals
        entry = word_info().get(stem[:2])
        if entry and entry[0] >= 20 and entry[1][:1] in _STEM_NOT_NAME:
            return False    # 当日|渡河, 附近X山: a time or position word starts it
    if not all("\u4e00" <= ch <= "\u9fff" for ch in stem):
        return False
    if stem[0] in _NUMERALS:
        if len(stem) < 2 or stem[1] in _NUMERALS or stem[1] in _MEASURES:
            return False    # 三山, 十二, 两条: a count
    elif len(stem) >= 2:
        entry = word_info().get(stem)
        if entry and entry[1][:1] in _STEM_NOT_NAME:
            return False    # 对面山, 这些山, 附近山: a position, pronoun or count, not a name (金鸡岭, 狮子山 are)
    if plain_word(name, 20) or plain_word(name[-2:], 20) and len(name) > 2:
        return False    # 深山, 江山, 大河 / 两座山岭: ordinary words
    return True


def _battle_left(text: str, start: int) -> bool:
    """Before a battle's name: a boundary, 的, a place preposition or cue, or a verb of taking part."""
    if start == 0 or text[start - 1] in _LEFT_BOUNDARY or text[start - 1] == "的":
        return True
    end = start - 1 if text[start - 1] == "了" else start
    return text[max(0, end - 2):end] in _BATTLE_VERBS or _cue_before(text, start)


_HILLS = set("山岭峰岗")


def _seat_before(text: str, start: int, size: int, evidence: int) -> bool:
    """A county, its seat, a district or a village (with a bearing) written right before the height, and a landform
    word after it (随县|大洪山一带, 村北|蚱蜢山方向, 何湾镇|南山脚下; without one, 乡|黄茅岭 may be the village and
    某县|某某山 a town: a held-out span was lost so); never a post (知县|王金山)."""
    if start < 2 or size > 1 and text[start] in "东西南北" and text[start - 1] in "县村镇乡城":
        return False    # 村|北蚱蜢山: the bearing belongs to the place before (村北|蚱蜢山)
    if any(ch in "诸众群数附" for ch in text[start:start + size]):
        return False    # 城区|附郭诸山: the hills of a place counted together, no name
    left = text[max(0, start - 3):start]
    if _SEAT_BEFORE.search(left):
        if text[start - 2:start] in ("知县", "县长") or left.endswith("县") and text[start] in surnames()[0]:
            return False     # 知县|王金山: a post before a person; 某县|王玉山 may be a man of the county
        return evidence >= 0
    return text[start - 1] in _SEAT_DIRECT and evidence >= 0


def _cue_before(text: str, start: int, shortest: int = 1) -> bool:
    """A verb or preposition of place of `shortest` characters or more ends at `start` (possibly
    followed by 了); a one-character stem needs a verb of two (占领了东岭, not 于|金山)."""
    end = start
    if end and text[end - 1] == "了":
        end -= 1
    for size in _CUE_LENGTHS:
        if size < shortest:
            break
        if end >= size and text[end - size:end] in CUES:
            if size == 1 and end >= 2 and plain_word(text[end - 2:end], 20) and text[end - 2:end] not in CUES:
                return False     # 现在, 由于, 直到: the character ends another word
            return True
    return False


_MAJOR_KINDS = frozenset(("province", "prefecture", "country", "city"))


# one-character verbs of holding, crossing or bordering that take a landform as object (s22zhprec)
_HOLD_VERBS = frozenset("扼据控锁跨临傍依枕濒隔背")


def _known_inside(name: str) -> bool:
    """A known place ends the name after its first characters (要求|黄河, 攻取|保山): the shorter one is meant."""
    lexicon = place_lexicon()
    if name[0] in _HOLD_VERBS and len(name) >= 3:
        entry = lexicon.get(name[1:])
        if entry and entry.label == "LOC":
            return True     # 扼|长江天险, 跨|黄河: a one-character verb of holding or crossing before a known river
    for k in range(1, len(name) - 1):
        entry = lexicon.get(name[k:]) if k >= 2 else None
        if entry and (entry.label == "LOC" or entry.kind in _MAJOR_KINDS):
            return True     # 要求|黄河, 攻取|保山 (大|青山, 白|台山 are names of their own)
        entry = lexicon.get(name[:k + 1]) if k + 1 < len(name) - 1 else None
        if entry and (entry.kind in _MAJOR_KINDS or entry.label == "GPE" and k + 1 == len(name) - 2):
            return True     # 湖南平江, 贵州独山: a province before a county; 荣成|石岛: a county, one character left
    return False    # a county inside is a coincidence: 青龙山 is no 青 + 龙山


def _verb_first(stem: str) -> bool:
    """The stem starts with a verb (担任|松山, 守备|烈屿): no name."""
    entry = word_info().get(stem[:2]) if len(stem) >= 2 else None
    return bool(entry) and entry[0] >= 20 and entry[1].startswith("v")


def _cue_inside(text: str, start: int) -> bool:
    """The stem's first character ends a cue (攻|占牛头山 read as 占牛头 + 山): it is no name character."""
    if text[max(0, start - 1):start + 1] in CUES or text[max(0, start - 2):start + 1] in CUES:
        return True
    return start > 0 and plain_word(text[start - 1:start + 1], 20)    # 守|备烈屿: 守备 is one word


def _head_end(text: str, head: int) -> int:
    """End of the name whose head is at `head`, or -1 where the name goes on (石门口, 中山路) or the head
    starts an ordinary word (山区 is fine, 山东 only before a direction word: X山东麓)."""
    after = head + 1
    if after >= len(text):
        return after
    if _AFTER_LANDFORM.match(text, after):
        return after        # 洛河|河谷, X山|山顶 … : a landform word follows
    nxt = text[after]
    if nxt in _HEADS or nxt in _NAME_GOES_ON:
        return -1
    if _ACROSS_PROVINCE.match(text, after):
        return after
    pair = text[head:head + 2]
    if plain_word(pair, 20) and not _AFTER_LANDFORM.match(text, after) and pair not in ("山区", "山地"):
        entry = word_info().get(pair)
        if entry and entry[1] not in ("ns",):
            return -1
    return after


def _evidence_after(text: str, end: int) -> int:
    """End of the name with the summit word (X山顶) when a landform-only word follows, 0 for other
    landform evidence, -1 for none."""
    if text.startswith(_SUMMIT, end) and text[end - 1] in "山岭峰":
        return end + 1
    return 0 if _AFTER_LANDFORM.match(text, end) else -1


def find_landforms(text: str) -> list[Candidate]:
    """LOC candidates of the classes in the module doc."""
    found: dict[tuple[int, int], None] = {}
    names: set[str] = set()
    events: list[Candidate] = []
    settlements = _settlements()
    for hit in rare_finditer(_HEAD_RE, text):
        head = hit.start()
        if head == 0 or text[head - 1] in _STEM_STOP:
            continue    # the cheap test first: a stem character before the head (not 上山, 过河, 长江)
        end = _head_end(text, head)
        if end < 0:
            continue
        evidence = _evidence_after(text, end)
        battle = _BATTLE_AFTER.match(text, end)
        for size in (3, 2, 1):
            start = head - size
            if start < 0:
                continue
            # the words around first (cheap): a cue before, or a boundary before and landform words after
            if battle is not None and size > 1 and _battle_left(text, start):
                stop = end
            elif _cue_before(text, start, 2 if size == 1 else 1):
                stop = evidence if evidence > 0 else end
            elif evidence >= 0 and (size > 1 or _STRONG_AFTER.match(text, end)) and (
                    start == 0 or text[start - 1] in _LEFT_BOUNDARY or text[start - 1] == "的"):
                stop = evidence if evidence > 0 else end
            elif text[head] in _HILLS and _seat_before(text, start, size, evidence):
                stop = evidence if evidence > 0 else end
            elif start and text[start - 1] == "的" and "海拔" in text[max(0, start - 16):start]:
                stop = end      # 海拔一千二百米的X山: a height given with its name
            else:
                continue
            stem = text[start:head]
            name = text[start:end]
            if not _stem_ok(stem, name) or _cue_inside(text, start) or _known_inside(name) or _verb_first(stem):
                continue
            if (text[head:head + 2] in settlements or text[head:head + 3] in settlements) and (
                    stem[-1] in "起至到迄抵" or len(stem) >= 2 and stem in settlements):
                continue    # 西起|江西湖口, 江苏|江阴: the head opens the next place's name (s19zhloc)
            if name in settlements and not (text[head] in "河江" and _RIVER_AFTER.match(text, end)):
                continue    # 唐山, 柳河 (a county): left to the gazetteer, unless its banks are meant
            if text[head] == "关" and any(name + suffix in settlements for suffix in "区镇县市"):
                continue    # 山海关 (山海关区): a pass that names a town is the town
            names.add(name)
            if battle is not None and size > 1 and not (
                    battle.group() in ("战斗", "作战") and text[start - 1:start] in _PLACE_PREPOSITIONS
                    and not IN_THE_BATTLE.match(text, battle.end())) \
                    and not text.startswith(_FIGHTER_WORDS, battle.end()):   # X岛战斗英雄: a hero (zh12)
                events.append(Candidate(start, battle.end(), "EVENT", SOURCE, EVENT_PRIORITY))
            else:
                found[(start, stop)] = None
            break
    if not found and not names:
        return []
    _list_members(text, found, names)
    _later_mentions(text, found, names)
    return [Candidate(s, e, "LOC", SOURCE, PRIORITY) for s, e in found] + events


def _list_members(text: str, found: dict, names: set[str]) -> None:
    """The members of a 、-list after or before a found name (X岭、Y山、Z峰一线)."""
    for start, end in list(found):
        pos = end
        for _ in range(6):        # members after
            if pos >= len(text) or text[pos] not in _LIST_MARKS:
                break
            member = _member_at(text, pos + 1)
            if member is None:
                break
            found[member] = None
            names.add(text[member[0]:member[1]])
            pos = member[1]
        pos = start
        for _ in range(6):        # members before
            if pos < 3 or text[pos - 1] not in _LIST_MARKS:
                break
            member = _member_ending(text, pos - 1)
            if member is None:
                break
            found[member] = None
            names.add(text[member[0]:member[1]])
            pos = member[0]


def _member_at(text: str, start: int) -> tuple[int, int] | None:
    for size in (3, 2, 1):
        head = start + size
        if head < len(text) and text[head] in _HEADS:
            end = _head_end(text, head)
            if end > 0 and _stem_ok(text[start:head], text[start:end]) and text[start:end] not in _settlements():
                return (start, end)
    return None


def _member_ending(text: str, end: int) -> tuple[int, int] | None:
    """A member ending at `end` (its head at end - 1) whose stem starts at a boundary or a cue."""
    if end < 2 or text[end - 1] not in _HEADS:
        return None
    for size in (3, 2, 1):
        start = end - 1 - size
        if start < 0:
            continue
        if _stem_ok(text[start:end - 1], text[start:end]) and text[start:end] not in _settlements() and (
                start == 0 or text[start - 1] in _LEFT_BOUNDARY or _cue_before(text, start)):
            return (start, end)
    return None


def _later_mentions(text: str, found: dict, names: set[str]) -> None:
    """Every other mention of a found name, where it is no part of a longer word."""
    for name in names:
        if len(name) < 3:
            continue      # two-character names (X山) are too often parts of other words
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if not any(s <= pos < e or s < end <= e for s, e in found) and _head_end(text, end - 1) == end \
                    and not (pos and plain_word(text[pos - 1:pos + 1], 20)):
                found[(pos, end)] = None
            pos = text.find(name, end)
