"""Where an event's name starts before its head word, for events.find_events, facilities.py and event_names_zh (moved
out of events.py, session 32).

Walk left from a head (会战, 战役, 事变, 大战, 之围 ...) over the name part (pipeline.rules.name_walk): place names,
abbreviations, direction characters, ordinals (第四次) and numbered code names (一号), a pair of county initials
(随枣会战), a date-name (八一三淞沪抗战), an unfamiliar battlefield (古宁头战役), a structure (四行仓库保卫战), a person's
name before a raid (杜立德空袭), a conference's place and words (黄山整军预备会议). A head with an empty or
one-character name is generic (此次作战, 对日作战): the start is -1.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.name_walk import (
    CHINESE_DIGITS,
    FREE_STOP,
    PREPOSITIONS,
    STOP_CHARS,
    DIRECTIONS,
    free_name_start,
    is_cjk,
    is_person_in,
    is_place_token,
    name_start,
    verb_chars,
    big_places,
)
from pipeline.rules.names import is_common_word, known_places, word_info
from pipeline.rules.scan import guarded

# Heads that are verbs or common nouns: the name must not follow a preposition (在仁川登陆).
VERB_HEADS = {"登陆", "决堤", "攻势", "反攻", "撤退", "作战", "行动", "战斗", "会议", "屠杀", "暴动", "空袭", "大空袭",
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
        if free > 0 and head in VERB_HEADS and text[free - 1] in PREPOSITIONS | _MOVEMENT_VERBS:
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
        head in VERB_HEADS
        and start > 0
        and (text[start - 1] in PREPOSITIONS | _MOVEMENT_VERBS or text[start - 1] == "或")
        and not _NOUN_USE_AFTER.match(text, head_start + len(head))
        and not (head == "战斗" and IN_THE_BATTLE.match(text, head_start + len(head)))
    ):
        return -1  # 在湖南作战, 入缅甸作战, 在X或Y登陆: fighting or landing somewhere, not a named operation
    if head == "作战" and start > 0 and text[start - 1] in "为替与同跟" and text[start:head_start] not in known_places() \
            and not _NOUN_USE_AFTER.match(text, head_start + len(head)):
        return -1  # 为X作战: fighting for a party (a verb), not a named operation; 为某城作战 stays (r20zhorgqty)
    if head in VERB_HEADS and start > 0 and text[start - 1] == "的" and _LOCATIVE_CLAUSE.search(
            text, max(0, start - 16), start - 1) and not _NOUN_USE_AFTER.match(text, head_start + len(head)) \
            and not _IN_THE_EVENT.match(text, head_start + len(head)):
        return -1  # 在朝鲜东南沿海的X湾登陆: landing at a place named with its setting, no named operation
    if head in _PLACE_ONLY_HEADS and not all_place_name(text[start:head_start]):
        return -1
    if head in VERB_HEADS and text[start:head_start] in _GENERIC_SETTINGS:
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
_DATE_NAME_BEFORE = re.compile("(?:^|[^" + CHINESE_DIGITS + "])([一二三四五六七八九十]{3,4}|七七|[一二三四五六七八九十]·[一二三四五六七八九十]{1,3})$")


@lru_cache(maxsize=1)
def county_initials() -> frozenset[str]:
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
    if not all(ch in county_initials() for ch in pair):
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


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_NUMBERED_HILL = guarded(_NUMBERED_HILL)
