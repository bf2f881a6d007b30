"""EVENT finder for Simplified Chinese working text.

Find a head word (会战, 战役, 事变, 大战, 之围 ...) and walk left over the name part
(pipeline.rules.name_walk): place names, abbreviations, direction characters, ordinals
(第四次) and numbered code names (一号). A head with an empty or one-character name is
generic (此次作战, 对日作战) and yields nothing. events.tsv adds events without a regular
head (二战, 七七事变, 明治维新).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded, rare_finditer
from pipeline.lexicons import read_rows
from pipeline.rules.name_walk import (
    ABBREVIATIONS,
    CHINESE_DIGITS,
    FREE_STOP,
    PREPOSITIONS,
    STOP_CHARS,
    DIRECTIONS,
    free_name_start,
    is_cjk,
    is_person_in,
    is_place_token,
    looks_like_person,
    name_start,
    person_names,
    verb_chars,
    big_places,
)
from pipeline.rules.names import is_common_word, known_places, outside_titles, surnames, word_info
from pipeline.rules.scan import anchored_finditer
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

# Heads that are verbs or common nouns: the name must not follow a preposition (在仁川登陆).
_VERB_HEADS = {"登陆", "决堤", "攻势", "反攻", "撤退", "作战", "行动", "战斗", "会议", "屠杀", "暴动", "空袭", "大空袭",
               "谈判", "和谈", "会谈", "会师", "围城", "剿匪", "平叛", "叛乱"}
# heads that are verbs of a campaign: a list before them is no coordinated name
_NO_LIST_HEADS = {"剿匪", "平叛", "叛乱", "谈判", "和谈", "会谈", "会师", "围城", "教案", "兵谏"}
# a verb-headed event right before one of these is a noun (在滇西反攻开始前): the preposition governs the clause
_NOUN_USE_AFTER = re.compile("开始|结束|期间|之前|以前|前夕|以后|之后|胜利|失败|中的|时期"
                             "|(?:发起|打响|爆发)(?:前|后|时|之前|之后)")   # 在X战斗发起前 (s18zhqty)
# 在X战斗中，…: in the battle of X (a noun), not fighting at X (session 7)
IN_THE_BATTLE = re.compile("中[，,。；;、]|中(?:牺牲|阵亡|负伤|受伤|被俘|歼|击毙|立功|英勇|表现"
                           "|曾|被|又|也|均|先后|多次|身负|壮烈|荣立|缴获|俘)")   # 在X战斗中曾被…: adverbs too (auditzh48)
# an operation named by where it goes and what it does: <place>反攻作战, <place>攻势作战
_OPERATION_KIND_BEFORE = re.compile("(?:反攻|反击|攻势|进攻|追击|扫荡)$")
# 争夺石牌之战, 保卫长沙之战: the place is the object of a verb, the phrase describes a fight
_OBJECT_VERB_BEFORE = re.compile("(?:争夺|保卫|攻打|夺取|攻占|进攻|防守|固守|死守|解|围攻)$")
_QUOTED_NAME_BEFORE = re.compile("[「“『\"]([\u4e00-\u9fff·]{2,6})$")
_CLOSING_QUOTES = set("」”』\"")
# heads that take a person's name (杜立德空袭)
_PERSON_NAMED_EVENT_HEADS = {"空袭", "大空袭"}
# Heads after which a numeral-only name is allowed (九一八事变, 五四运动, 一二八事变).
_NUMERAL_NAME_HEADS = {"事变", "运动", "惨案", "起义", "事件", "暴动", "抗战", "政变"}
# Heads whose name may be a pair of abbreviations of prefectures/counties (随枣会战, 枣宜会战),
# or carry a date-name before the place (八一三淞沪抗战, 一二八淞沪抗战).
_CAMPAIGN_HEADS = {"会战", "战役", "抗战", "大会战"}
ORDINAL_BEFORE = re.compile("第[" + CHINESE_DIGITS + r"0-9０-９]{1,4}次$")
# 第二战役, 二次战役 (session 31, w31zhorg; audit22/23/25/26 read the CPV's and PLA's numbered campaigns so): the
# ordinal without 次, or a small ordinal without 第 after an edge or a verb of joining or launching (参加, 发起); not a
# count (参加过三次战役, 打了两次战役, 中的五次战役: 过/了/的 or 两 before, 一次/五次)
_CAMPAIGN_ORDINAL_BEFORE = re.compile("第[一二三四五六七八九十0-9０-９]{1,2}$")
_CAMPAIGN_SHORT_ORDINAL = re.compile("[二三四]次$")   # not 一次 (a campaign), not 五次 (the five campaigns together)
_SHORT_ORDINAL_EDGE = frozenset("，,。；;：:、（(“”\"「」\n 在于和与及起加")
_CODE_NAME_BEFORE = re.compile("[" + CHINESE_DIGITS + r"0-9０-９]{1,3}号$")
_NUMERAL_BEFORE = re.compile("[" + CHINESE_DIGITS + "·]{2,5}$")


# verbs of movement that make "<place>作战" an action, not a name: 入缅甸作战, 赴湖南作战
_MOVEMENT_VERBS = set("入赴来去返回插往到调")   # 直插某江口作战, 开到某地作战 (session 11); 调上海作战 (prezh6)
# heads too generic to take anything but a place (平型关战斗) or an unfamiliar landform name (关家垴战斗)
_PLACE_ONLY_HEADS = {"战斗"}
# heads after which an unfamiliar 2–3 character name is a battlefield (古宁头战役)
_FREE_NAME_EVENT_HEADS = {"战役", "会战", "保卫战", "争夺战", "攻防战", "阻击战", "歼灭战", "围歼战", "突围战", "攻坚战", "大捷", "战斗", "包围战", "围攻战", "围困战",
                          "伏击战", "追击战", "遭遇战", "防御战", "守备战", "攻城战", "狙击战",
                          "空战", "海战", "炮战", "夜袭战", "奇袭战", "破袭战", "突袭战", "袭击战", "起义", "暴动", "条约", "事件", "惨案", "大屠杀", "之战", "攻围战", "攻围战斗", "事变"}
# heads of battles named after a structure (四行仓库保卫战, 204高地争夺战)
_STRUCTURE_EVENT_HEADS = {"保卫战", "争夺战", "攻防战", "阻击战", "攻坚战", "血战", "战斗", "战役"}
_STRUCTURE_BEFORE = re.compile("(?:仓库|大楼|车站|火车站|机场|飞机场|要塞|炮台|大桥|铁桥|桥|高地|阵地|兵工厂)$")
_NUMBERED_HILL = re.compile(r"第?[0-9０-９]{2,4}(?:\.[0-9])?号?高地")
_TREATY_NAME_BEFORE = re.compile("[一二三四五六七八九十两]{1,2}国(?:公约|条约|协定)?$")
# landforms, and the settlements a fight is named after (七亘村战斗, 双堆集战斗, 沙家浜战斗): not cities (天津战斗)
_LANDFORM_END = set("关口垴岭山沟峪坡崖桥寨堡" "村庄集圩镇店铺屯浜庙坪")
_CLAUSE_OPENERS = set("故遂乃即便又亦且而但则并")
# one-character prepositions that open no place name of three characters and stand before a two-character one
_LEADING_PREPOSITIONS = set("以因在从被把将对与自经")   # one-character conjunctions and adverbs opening a clause
_FREE_EVENT_STOP = STOP_CHARS | FREE_STOP | set(CHINESE_DIGITS) | set("性型式级季期年月日天战役军师团营连排兵敌我首最")


def all_place_name(name: str) -> bool:
    """平型关, 关家垴, 忻口: a pass, hill or other landform (known or with a landform suffix), not a city."""
    if len(name) < 2 or name[-1] not in _LANDFORM_END:
        from pipeline.normalize.places import place_lexicon

        entry = place_lexicon().get(name)
        return bool(entry) and entry.label == "LOC" and entry.kind not in ("region", "river")
    if name in known_places() or name[:-1] in known_places():
        return True
    return 3 <= len(name) <= 4 and not any(ch in _FREE_EVENT_STOP for ch in name) and name[0] not in _CLAUSE_OPENERS


def left_boundary_ok(text: str, start: int) -> bool:
    """The character before a free name ends a word: punctuation, a particle, a verb or preposition."""
    if start == 0 or not is_cjk(text[start - 1]):
        return True
    char = text[start - 1]
    if char in STOP_CHARS or char in PREPOSITIONS or char in _LEADING_PREPOSITIONS or char in verb_chars():
        return True
    info = word_info().get(text[max(0, start - 2) : start])
    return bool(info and info[1].startswith(("v", "p", "c", "u", "d")))


_WON_BEFORE_HEAD = set("获得奏告")


def _free_event_name_start(text: str, head_start: int) -> int:
    """古宁头战役: an unfamiliar 2–3 character name before a battle head, or -1."""
    if head_start and text[head_start - 1] in _WON_BEFORE_HEAD:
        return -1  # 屡获大捷, 连告大捷, 奏大捷: a verb of winning before the head, no name (auditzh18)
    words = word_info()
    for width in (3, 2):
        start = head_start - width
        if start < 0:
            continue
        name = text[start:head_start]
        if any(ch in _FREE_EVENT_STOP or ch in DIRECTIONS or not is_cjk(ch) for ch in name):
            continue
        if not left_boundary_ok(text, start):
            continue
        if width == 3 and start > 0 and text[start - 1 : start + 1] in words:
            continue  # 发动|XY战役: the first character belongs to the verb before the name
        if width == 3 and name[0] in _CLAUSE_OPENERS:
            continue  # 故|纸桥战斗后: a clause-opening conjunction before the name (auditzh6)
        if width == 3 and name[0] in _LEADING_PREPOSITIONS:
            continue  # 又以|雾社事件为甚, 因|雾社事件: a one-character preposition before a two-character name (prezh6)
        info = words.get(name)
        if info and info[0] >= 20 and not info[1].startswith(("nr", "ns", "nz")):
            return -1  # 重要战役, 进攻战役: an ordinary word
        if any(
            (piece := words.get(name[i : i + 2])) and piece[0] >= 100 and not piece[1].startswith(("nr", "ns", "nz"))
            for i in range(len(name) - 1)
        ):
            return -1
        return start
    return -1


_INCIDENT_PLACE_ENDS = set("社村庄镇岛山河港湾桥关口寨堡屯店溪峡门")
_TREATY_LEFT = set("的与和及同了订《“「『、，,。；：（(\n ")


def _free_incident_name(text: str, start: int, head_start: int, head: str) -> bool:
    """An unfamiliar name before 事件 or 条约 is a place's (雾社事件, 瑷珲条约), not a word for what happened (劫机事件,
    假钞事件): a word jieba knows must be a place name or end in a settlement or landform character; a treaty's
    name starts a word (东南亚无|核区条约 does not)."""
    name = text[start:head_start]
    info = word_info().get(name)
    if info and not info[1].startswith("ns") and name[-1] not in _INCIDENT_PLACE_ENDS:
        return False
    return head != "条约" or start == 0 or text[start - 1] in _TREATY_LEFT


def structure_name_start(text: str, head_start: int) -> int:
    """四行仓库保卫战, 204高地争夺战: the start of a structure's name before the head, or -1."""
    structure = _STRUCTURE_BEFORE.search(text, max(0, head_start - 4), head_start)
    if structure is None:
        return -1
    hill = _NUMBERED_HILL.search(text, max(0, head_start - 8), head_start)
    if hill and hill.end() == head_start:
        return hill.start()
    fac_head_start = structure.start()
    start = name_start(text, fac_head_start)
    free = free_name_start(text, fac_head_start, structure.group(), head_start)
    if free is not None and free < start:
        start = free
    if fac_head_start - start >= 2 and text[start] in _CLAUSE_OPENERS and len(structure.group()) == 1:
        return start + 1    # 故|纸桥战斗: a clause-opening conjunction before a one-character structure (auditzh6)
    return start if fac_head_start - start >= 2 else -1


# the last text (held, so its id stays its own) and the event-name starts read in it by (head, head_start):
# the event finder, the event-name finder (event_names_zh) and the facility finder ask for the same heads
_STARTS_READ: list = [None, {}]


def event_name_start(text: str, head: str, head_start: int) -> int:
    """Start of an event name ending in `head`, or -1 when the name is generic/empty."""
    if _STARTS_READ[0] is not text:
        _STARTS_READ[0], _STARTS_READ[1] = text, {}
    known = _STARTS_READ[1]
    key = (head, head_start)
    start = known.get(key)
    if start is None:
        start = known[key] = _read_event_name_start(text, head, head_start)
    return start


# a negation before a preposition or conjunction opens a clause, not a name (并未随战役结束, 不因战役胜利而, 没随会战; auditzh32)
_NEGATED_CLAUSE = re.compile("[未不没非毋][随因为于在到经由从与同和跟对把被将自向]")


def _read_event_name_start(text: str, head: str, head_start: int) -> int:
    start = _read_event_name_start_any(text, head, head_start)
    if start >= 0 and _NEGATED_CLAUSE.match(text, start):
        return -1
    if start >= 0 and len(head) == 3 and head.endswith("战") and text[start:head_start] in _GENERIC_SETTINGS:
        return -1  # 城市攻坚战, 山区阻击战: a kind of fighting in a kind of place, no name (s19zhevt)
    return start


def _read_event_name_start_any(text: str, head: str, head_start: int) -> int:
    if head == "作战":
        kind = _OPERATION_KIND_BEFORE.search(text, max(0, head_start - 2), head_start)
        if kind:  # 滇西反攻作战: the operation's name is a place and what it does
            start = name_start(text, kind.start())
            if kind.start() - start >= 2 and not set(text[start : kind.start()]) <= DIRECTIONS:
                return start
    if head in ("之战", "之围", "之役", "一役") and _OBJECT_VERB_BEFORE.search(text, max(0, head_start - 12), name_start(text, head_start)):
        return -1
    if head in _PERSON_NAMED_EVENT_HEADS:
        for width in (3, 2, 4):
            name = text[head_start - width : head_start] if head_start >= width else ""
            if name and left_boundary_ok(text, head_start - width) and is_person_in(text, name):
                return head_start - width  # 杜立德空袭: a raid named after its commander
    start = _event_name_start_plain(text, head, head_start)
    if start >= 0 and head in _NO_LIST_HEADS and "、" in text[start:head_start]:
        return -1  # 进军福建、兰西剿匪: a list before a campaign verb is a list of actions
    if start < 0:
        quoted = _QUOTED_NAME_BEFORE.search(text, max(0, head_start - 7), head_start)
        end = head_start + len(head)
        if (
            quoted
            and end < len(text)
            and text[end] in _CLOSING_QUOTES
            and not any(ch in STOP_CHARS or ch in PREPOSITIONS for ch in quoted.group(1))
            and quoted.group(1)[0] not in verb_chars()
            and not is_common_word(quoted.group(1), 50)
        ):
            return quoted.start(1)  # 「杜立德空袭」: a quoted name is a name
    if head in _STRUCTURE_EVENT_HEADS:
        structure = structure_name_start(text, head_start)
        if structure >= 0 and (start < 0 or structure < start):
            return structure
    if start < 0 and head in _FREE_NAME_EVENT_HEADS and not (head_start > 0 and text[head_start - 1] in PREPOSITIONS):
        free = _free_event_name_start(text, head_start)
        if free > 0 and head in _VERB_HEADS and text[free - 1] in PREPOSITIONS | _MOVEMENT_VERBS:
            return -1  # 在河口战斗: fighting at a place
        if free >= 0 and head in ("起义", "暴动") and any(ch in "部军师团旅营连队" for ch in text[free:head_start]):
            return -1  # 某某部起义: a force goes over, no named rising
        if free >= 0 and head in ("事件", "事变", "条约") and not _free_incident_name(text, free, head_start, head):
            return -1  # 劫机事件, 假钞事件: what happened, not where
        if free >= 0 and (head not in _PLACE_ONLY_HEADS or all_place_name(text[free:head_start])):
            return free
    return start


def _event_name_start_plain(text: str, head: str, head_start: int) -> int:
    before = text[max(0, head_start - 6) : head_start]
    if head in ("公约", "条约", "协定"):
        treaty = _TREATY_NAME_BEFORE.search(before)
        if treaty:  # 九国公约
            return head_start - (len(before) - treaty.start())
    code = _CODE_NAME_BEFORE.search(before)
    if code and head in ("作战", "战役", "会战"):  # 一号作战, 1号作战
        return head_start - (len(before) - code.start())
    if head == "战役":
        ordinal = ORDINAL_BEFORE.search(before)
        if ordinal:   # 第三次战役: a campaign named by its ordinal alone (the CPV's five campaigns of 1950-51)
            return head_start - (len(before) - ordinal.start())
        ordinal = _CAMPAIGN_ORDINAL_BEFORE.search(before)
        if ordinal:   # 第二战役
            return head_start - (len(before) - ordinal.start())
        ordinal = _CAMPAIGN_SHORT_ORDINAL.search(before)
        if ordinal and (head_start == 2 or text[head_start - 3] in _SHORT_ORDINAL_EDGE):
            return head_start - 2   # 二次战役后: the campaign, not a count (参加过|三次战役 stays a count)
    if head in _NUMERAL_NAME_HEADS:
        numeral = _NUMERAL_BEFORE.search(before)
        if numeral and len(numeral.group().replace("·", "")) >= 2:
            return head_start - (len(before) - numeral.start())
    if head == "会议":
        return _conference_start(text, head_start)
    start = name_start(text, head_start)
    if head_start - start < 2 and head in _CAMPAIGN_HEADS and _abbreviation_pair(text, head_start):
        start = head_start - 2
    if head_start - start < 2:
        return -1
    if set(text[start:head_start]) <= DIRECTIONS:
        return -1
    if head == "抗战" and text[start:head_start] in big_places():
        return -1  # 中国抗战: the war in general, the country is its own GPE
    if head in ("运动", "抗战") and text[start:head_start] in _KIND_OF_MOVEMENT:
        return -1  # 爱国运动, 全面抗战: a kind of movement or war, not its name
    ordinal = ORDINAL_BEFORE.search(text, max(0, start - 6), start)
    if ordinal:
        return ordinal.start()
    if head in _CAMPAIGN_HEADS:
        date_name = _DATE_NAME_BEFORE.search(text, max(0, start - 5), start)
        if date_name:
            return date_name.start(1)
    if (
        head in _VERB_HEADS
        and start > 0
        and (text[start - 1] in PREPOSITIONS | _MOVEMENT_VERBS or text[start - 1] == "或")
        and not _NOUN_USE_AFTER.match(text, head_start + len(head))
        and not (head == "战斗" and IN_THE_BATTLE.match(text, head_start + len(head)))
    ):
        return -1  # 在湖南作战, 入缅甸作战, 在X或Y登陆: fighting or landing somewhere, not a named operation
    if head == "作战" and start > 0 and text[start - 1] in "为替与同跟" and text[start:head_start] not in known_places() \
            and not _NOUN_USE_AFTER.match(text, head_start + len(head)):
        return -1  # 为X作战: fighting for a party (a verb), not a named operation; 为某城作战 stays (r20zhorgqty)
    if head in _VERB_HEADS and start > 0 and text[start - 1] == "的" and _LOCATIVE_CLAUSE.search(
            text, max(0, start - 16), start - 1) and not _NOUN_USE_AFTER.match(text, head_start + len(head)) \
            and not _IN_THE_EVENT.match(text, head_start + len(head)):
        return -1  # 在朝鲜东南沿海的X湾登陆: landing at a place named with its setting, no named operation
    if head in _PLACE_ONLY_HEADS and not all_place_name(text[start:head_start]):
        return -1
    if head in _VERB_HEADS and text[start:head_start] in _GENERIC_SETTINGS:
        return -1  # 在“X”海滩登陆, 沿海登陆, 敌后作战: a kind of place, no name
    return start


# common nouns of a setting that a verb head can follow without naming anything (海滩登陆 = a beach landing)
_GENERIC_SETTINGS = frozenset("海滩 沙滩 滩头 海岸 沿海 岸边 对岸 河岸 江岸 港口 岛上 岛屿 敌后 后方 前线 前方 "
                              "山区 平原 城市 城内 城外 野外 空中 海上 陆上 夜间".split())


# 在…的X登陆中/时/后: the clause is about the event, named as a noun
_IN_THE_EVENT = re.compile("[中时后前里]")
# a locative preposition earlier in the clause (在…的X登陆): the head is the clause's verb
_LOCATIVE_CLAUSE = re.compile("[在于][^，。；：！？、\n]{1,14}$")

# attributes that make 运动/抗战 a kind, not a name (words jieba may list as places: 爱国, 卫国)
_KIND_OF_MOVEMENT = frozenset("爱国 卫国 全面 全民 民族 神圣 伟大 持久 局部 长期 群众 学生 工人 农民 救亡 抗日 革命 "
                              "民主 独立 解放 和平 统一 自救 自卫 华侨 妇女 青年".split())
_FEELING_ATTRIBUTES = frozenset("爱国 神圣 伟大 英勇 民族".split())
_DATE_NAME_BEFORE = re.compile("(?:^|[^" + CHINESE_DIGITS + "])([一二三四五六七八九十]{3,4}|七七|[一二三四五六七八九十]·[一二三四五六七八九十]{1,3})$")


@lru_cache(maxsize=1)
def _county_initials() -> frozenset[str]:
    """First characters of prefecture and county names (gazetteer_cn.tsv): 随(州), 枣(阳), 宜(昌)."""
    chars = set()
    for row in read_rows("gazetteer_cn.tsv"):
        if len(row) > 3 and row[3] in ("prefecture", "county") and len(row[0]) >= 2:
            chars.add(row[0][0])
    return frozenset(chars - STOP_CHARS - set(CHINESE_DIGITS) - set("大小新老全总各本每两"))


def _abbreviation_pair(text: str, head_start: int) -> bool:
    """Two county/prefecture initials before a campaign head (随枣会战), not an ordinary word."""
    if head_start < 2:
        return False
    pair = text[head_start - 2 : head_start]
    if not all(ch in _county_initials() for ch in pair):
        return False
    info = word_info().get(pair)
    if info and info[1] != "ns":
        return False
    return not (head_start >= 3 and text[head_start - 3 : head_start] in word_info())


_CONFERENCE_STOP = set("，。、；：（）「」“”的了在召开举行出席参加与和及于是")


def _conference_start(text: str, head_start: int) -> int:
    """黄山整军预备会议: a place, then up to three words, then 会议; 九国公约会议: a treaty's name."""
    treaty = _TREATY_NAME_BEFORE.search(text, max(0, head_start - 6), head_start)
    if treaty and text[head_start - 2 : head_start] in ("公约", "条约", "协定"):
        return treaty.start()
    floor = max(0, head_start - 12)
    pos = head_start
    place_start = -1
    words = word_info()
    while pos > floor:
        for length in (4, 3, 2, 1):
            start = pos - length
            if start < floor:
                continue
            piece = text[start:pos]
            if length == 1 or piece in words or piece in known_places():
                break
        if any(ch in _CONFERENCE_STOP for ch in piece) or piece in ("召开", "举行", "出席", "参加", "紧急"):
            break
        if is_place_token(piece):
            place_start = start
        pos = start
    return place_start


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
    word_info(), big_places(), _county_initials()
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
        if head in _VERB_HEADS and _HQ_AFTER.match(text, end):
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


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_NUMBERED_HILL = guarded(_NUMBERED_HILL)
