"""EVENT and FAC finders for Simplified Chinese working text.

Both work the same way: find a head word (会战, 战役, 事变 ... / 铁路, 公路,
机场 ...) and walk left over the name part as long as it is made of place
names (gazetteer, jieba `ns`), abbreviation characters (豫, 湘, 桂, 长, 衡),
direction characters, ordinals (第四次) and numbered code names (一号); a verb,
particle, demonstrative or generic word stops the walk. A head with an empty or
one-character name is generic (此次作战, 对日作战) and yields nothing.
events.tsv adds events without a regular head (二战, 七七事变, 明治维新).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.names import is_common_word, known_places, outside_titles, surnames, word_info
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

RULE_EVENT = ("rule:event", 45)
LEXICON_EVENT = ("lexicon:event", 45)
RULE_FAC = ("rule:fac", 45)

EVENT_HEADS = (
    "会战 大会战 战役 作战 之战 保卫战 争夺战 攻防战 阻击战 歼灭战 围歼战 突围战 反击战 攻坚战 攻略战 "
    "围城战 海战 空战 血战 战争 大捷 事变 事件 起义 暴动 运动 会议 大屠杀 屠杀 惨案 攻势 反攻 登陆 登陆战 "
    "决堤 条约 协定 公约 大轰炸 大扫荡 大撤退 抗战 战斗 大战 包围战 围攻战 之围 空袭 大空袭"
).split()
FAC_HEADS = (
    "铁路 公路 铁桥 大桥 桥 机场 飞机场 飞行场 飞行基地 空军基地 航空基地 车站 火车站 西车站 东车站 "
    "南车站 北车站 码头 要塞 炮台 阵地 防线 线 城墙 大道 "
    "仓库 纱厂 工厂 兵工厂 大楼 航线 阁 楼 塔 寺 庙 门 路 街 "
    "煤矿 铁矿 金矿 钢铁厂 铁厂 发电厂 电厂 造船厂 船厂 集中营 营地 公园"
).split()
# Heads that also take an unfamiliar name (八字桥, 四行仓库, 天心阁, 驼峰航线, 朝天门码头):
# up to four characters back to a stop character, verb or preposition (see _free_name_start).
_OPEN_FAC_HEADS = set(
    "铁路 公路 铁桥 大桥 桥 机场 飞机场 车站 火车站 码头 要塞 炮台 仓库 纱厂 工厂 兵工厂 大楼 航线 "
    "阁 楼 塔 寺 庙 门 路 街 大道 集中营 营地".split()
)
# Heads that name a street after a person (张自忠路, 中正街): the free name must look like a person's.
_PERSON_NAMED_HEADS = {"路", "街", "大道"}
_BUILDING_HEADS = set("阁楼塔寺庙门")
# Characters that may follow a one-character building head (天心阁一带, 中华门外, 天安门城楼).
_SINGLE_HEAD_FOLLOW = set("的和与及或一附前后上内外旁城广地等失陷已被遭处以东西南北是为在至到时中间")


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


_FREE_STOP = set("座条处个家所间栋幢道某几多这那些上下里内外边旁前后左右附近和与同及或跟经沿过小")

# Heads that are verbs or common nouns: the name must not follow a preposition (在仁川登陆).
_VERB_HEADS = {"登陆", "决堤", "攻势", "反攻", "撤退", "作战", "行动", "战斗", "会议", "屠杀", "暴动", "空袭", "大空袭"}
# a verb-headed event right before one of these is a noun (在滇西反攻开始前): the preposition governs the clause
_NOUN_USE_AFTER = re.compile("开始|结束|期间|之前|以前|前夕|以后|之后|胜利|失败|中的|时期")
# an operation named by where it goes and what it does: <place>反攻作战, <place>攻势作战
_OPERATION_KIND_BEFORE = re.compile("(?:反攻|反击|攻势|进攻|追击|扫荡)$")
# 争夺石牌之战, 保卫长沙之战: the place is the object of a verb, the phrase describes a fight
_OBJECT_VERB_BEFORE = re.compile("(?:争夺|保卫|攻打|夺取|攻占|进攻|防守|固守|死守|解|围攻)$")
_QUOTED_NAME_BEFORE = re.compile("[「“『\"]([\u4e00-\u9fff·]{2,6})$")
_CLOSING_QUOTES = set("」”』\"")
# heads that take a person's name (杜立德空袭)
_PERSON_NAMED_EVENT_HEADS = {"空袭", "大空袭"}
# Heads after which a numeral-only name is allowed (九一八事变, 五四运动, 一二八事变).
_NUMERAL_NAME_HEADS = {"事变", "运动", "惨案", "起义", "事件", "暴动", "抗战"}
# Heads whose name may be a pair of abbreviations of prefectures/counties (随枣会战, 枣宜会战),
# or carry a date-name before the place (八一三淞沪抗战, 一二八淞沪抗战).
_CAMPAIGN_HEADS = {"会战", "战役", "抗战", "大会战"}
# Heads that need a route pair or a known place as name (平汉线; not 战线, 交通线).
_STRICT_FAC_HEADS = {"线", "桥", "阵地", "防线"}

# Conventional one-character abbreviations of provinces, cities, countries and railways
# (豫湘桂, 长衡, 桂柳, 滇缅, 平汉, 陇海, 柳邕), plus direction characters (豫中, 湘西).
ABBREVIATIONS = set(
    "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台黔滇陇察绥热康蜀"
    "长衡柳邕汉郑洛宜徐蚌淞杭甬穗榕筑昆蓉万岳常桃平包同蒲正太石胶济浦海沧潼宝道清缅印越泰港澳沈哈大连"
)
DIRECTIONS = set("东南西北中")
PLACE_SUFFIXES = set("头口关岭寨镇村堡集店铺坡岗峰渡湾洲")
_STOP_CHARS = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "次场起发打完进攻守防整全有持续此"
)
_PREPOSITIONS = set("在于向从自至到往经由")
_CHINESE_DIGITS = "〇零一二三四五六七八九十廿卅百"
_ORDINAL_BEFORE = re.compile("第[" + _CHINESE_DIGITS + r"0-9０-９]{1,4}次$")
_CODE_NAME_BEFORE = re.compile("[" + _CHINESE_DIGITS + r"0-9０-９]{1,3}号$")
_NUMERAL_BEFORE = re.compile("[" + _CHINESE_DIGITS + "·]{2,5}$")
_PAREN_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）]$")


def _is_place_token(token: str) -> bool:
    if token in known_places():
        return True
    info = word_info().get(token)
    if info and info[1] == "ns" and info[0] >= 20 and token[-1] not in "路部方面边侧线":  # 长城, 滇西
        return True
    return all(ch in ABBREVIATIONS or ch in DIRECTIONS for ch in token) and any(
        ch in ABBREVIATIONS for ch in token
    )


def _token_before(text: str, end: int, floor: int) -> tuple[int, bool]:
    """The longest place or dictionary word ending at `end`: (start, is_place_like)."""
    places = known_places()
    words = word_info()
    for length in (5, 4, 3, 2):
        if end - length >= floor and text[end - length : end] in places:
            return end - length, True
    char = text[end - 1]
    if char in PLACE_SUFFIXES:  # 邙山|头, 娘子|关: a place name plus a landform/settlement suffix
        for length in (4, 3, 2):
            if end - 1 - length >= floor and text[end - 1 - length : end - 1] in places:
                return end - 1 - length, True
    for length in (5, 4, 3, 2):
        start = end - length
        if start >= floor and text[start:end] in words:
            return start, _is_place_token(text[start:end])
    if char in _STOP_CHARS:
        return end - 1, False
    return end - 1, char in ABBREVIATIONS or char in DIRECTIONS


def _name_start(text: str, head_start: int, max_len: int = 10) -> int:
    """Start of the place-like name part ending at head_start (== head_start when none)."""
    floor = max(0, head_start - max_len)
    pos = head_start
    while pos > floor:
        paren = _PAREN_BEFORE.search(text, floor, pos)
        if paren and paren.start() > floor:  # 桂越(南)公路: a parenthesised insert inside the name
            begin, ok = _token_before(text, paren.start(), floor)
            if ok:
                pos = begin
                continue
        if text[pos - 1] == "、" and pos < head_start and pos - 1 > floor:
            begin, ok = _token_before(text, pos - 1, floor)
            if ok:
                pos = begin
                continue
            break
        begin, ok = _token_before(text, pos, floor)
        if not ok:
            break
        if pos < head_start and text[begin:pos] in big_places() and len(text[pos:head_start]) >= 2:
            break  # 台湾|新竹飞行基地: a province or country before a named place stays outside
        pos = begin
    return pos


@lru_cache(maxsize=1)
def big_places() -> frozenset[str]:
    """Countries and provinces (gazetteer kinds), which only modify the name after them."""
    names = set()
    for file_name in ("gazetteer_cn.tsv", "places_world.tsv", "places_foreign.tsv", "places_historical.tsv"):
        for row in read_rows(file_name):
            if len(row) > 3 and row[3] in ("province", "country") and len(row[0]) >= 2:
                names.add(row[0])
    return frozenset(names)


# verbs of movement that make "<place>作战" an action, not a name: 入缅甸作战, 赴湖南作战
_MOVEMENT_VERBS = set("入赴来去返回")
# heads too generic to take anything but a place (平型关战斗) or an unfamiliar landform name (关家垴战斗)
_PLACE_ONLY_HEADS = {"战斗"}
# heads after which an unfamiliar 2–3 character name is a battlefield (古宁头战役)
_FREE_NAME_EVENT_HEADS = {"战役", "会战", "保卫战", "争夺战", "攻防战", "阻击战", "歼灭战", "围歼战", "突围战", "攻坚战", "大捷", "战斗", "包围战", "围攻战"}
# heads of battles named after a structure (四行仓库保卫战, 204高地争夺战)
_STRUCTURE_EVENT_HEADS = {"保卫战", "争夺战", "攻防战", "阻击战", "攻坚战", "血战", "战斗", "战役"}
_STRUCTURE_BEFORE = re.compile("(?:仓库|大楼|车站|火车站|机场|飞机场|要塞|炮台|大桥|铁桥|桥|高地|阵地|兵工厂)$")
_NUMBERED_HILL = re.compile(r"第?[0-9０-９]{2,4}(?:\.[0-9])?号?高地")
_TREATY_NAME_BEFORE = re.compile("[一二三四五六七八九十两]{1,2}国(?:公约|条约|协定)?$")
_LANDFORM_END = set("关口垴岭山沟峪坡崖桥寨堡")
_FREE_EVENT_STOP = _STOP_CHARS | _FREE_STOP | set(_CHINESE_DIGITS) | set("性型式级季期年月日天战役军师团营连排兵敌我首最")


def _all_place_name(name: str) -> bool:
    """平型关, 关家垴, 忻口: a pass, hill or other landform (known or with a landform suffix), not a city."""
    if len(name) < 2 or name[-1] not in _LANDFORM_END:
        from pipeline.normalize.places import place_lexicon

        entry = place_lexicon().get(name)
        return bool(entry) and entry.label == "LOC" and entry.kind not in ("region", "river")
    if name in known_places() or name[:-1] in known_places():
        return True
    return 3 <= len(name) <= 4 and not any(ch in _FREE_EVENT_STOP for ch in name)


def _left_boundary_ok(text: str, start: int) -> bool:
    """The character before a free name ends a word: punctuation, a particle, a verb or preposition."""
    if start == 0 or not _is_cjk(text[start - 1]):
        return True
    char = text[start - 1]
    if char in _STOP_CHARS or char in _PREPOSITIONS or char in _verb_chars():
        return True
    info = word_info().get(text[max(0, start - 2) : start])
    return bool(info and info[1].startswith(("v", "p", "c", "u", "d")))


def _free_event_name_start(text: str, head_start: int) -> int:
    """古宁头战役: an unfamiliar 2–3 character name before a battle head, or -1."""
    words = word_info()
    for width in (3, 2):
        start = head_start - width
        if start < 0:
            continue
        name = text[start:head_start]
        if any(ch in _FREE_EVENT_STOP or ch in DIRECTIONS or not _is_cjk(ch) for ch in name):
            continue
        if not _left_boundary_ok(text, start):
            continue
        if width == 3 and start > 0 and text[start - 1 : start + 1] in words:
            continue  # 发动|XY战役: the first character belongs to the verb before the name
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


def _structure_name_start(text: str, head_start: int) -> int:
    """四行仓库保卫战, 204高地争夺战: the start of a structure's name before the head, or -1."""
    structure = _STRUCTURE_BEFORE.search(text, max(0, head_start - 4), head_start)
    if structure is None:
        return -1
    hill = _NUMBERED_HILL.search(text, max(0, head_start - 8), head_start)
    if hill and hill.end() == head_start:
        return hill.start()
    fac_head_start = structure.start()
    start = _name_start(text, fac_head_start)
    free = _free_name_start(text, fac_head_start, structure.group(), head_start)
    if free is not None and free < start:
        start = free
    return start if fac_head_start - start >= 2 else -1


def _event_name_start(text: str, head: str, head_start: int) -> int:
    """Start of an event name ending in `head`, or -1 when the name is generic/empty."""
    if head == "作战":
        kind = _OPERATION_KIND_BEFORE.search(text, max(0, head_start - 2), head_start)
        if kind:  # 滇西反攻作战: the operation's name is a place and what it does
            start = _name_start(text, kind.start())
            if kind.start() - start >= 2 and not set(text[start : kind.start()]) <= DIRECTIONS:
                return start
    if head in ("之战", "之围") and _OBJECT_VERB_BEFORE.search(text, max(0, head_start - 12), _name_start(text, head_start)):
        return -1
    if head in _PERSON_NAMED_EVENT_HEADS:
        for width in (3, 2, 4):
            name = text[head_start - width : head_start] if head_start >= width else ""
            if name and _left_boundary_ok(text, head_start - width) and _is_person_in(text, name):
                return head_start - width  # 杜立德空袭: a raid named after its commander
    start = _event_name_start_plain(text, head, head_start)
    if start < 0:
        quoted = _QUOTED_NAME_BEFORE.search(text, max(0, head_start - 7), head_start)
        end = head_start + len(head)
        if (
            quoted
            and end < len(text)
            and text[end] in _CLOSING_QUOTES
            and not any(ch in _STOP_CHARS or ch in _PREPOSITIONS for ch in quoted.group(1))
            and quoted.group(1)[0] not in _verb_chars()
            and not is_common_word(quoted.group(1), 50)
        ):
            return quoted.start(1)  # 「杜立德空袭」: a quoted name is a name
    if head in _STRUCTURE_EVENT_HEADS:
        structure = _structure_name_start(text, head_start)
        if structure >= 0 and (start < 0 or structure < start):
            return structure
    if start < 0 and head in _FREE_NAME_EVENT_HEADS and not (head_start > 0 and text[head_start - 1] in _PREPOSITIONS):
        free = _free_event_name_start(text, head_start)
        if free > 0 and head in _VERB_HEADS and text[free - 1] in _PREPOSITIONS | _MOVEMENT_VERBS:
            return -1  # 在河口战斗: fighting at a place
        if free >= 0 and (head not in _PLACE_ONLY_HEADS or _all_place_name(text[free:head_start])):
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
    if head in _NUMERAL_NAME_HEADS:
        numeral = _NUMERAL_BEFORE.search(before)
        if numeral and len(numeral.group().replace("·", "")) >= 2:
            return head_start - (len(before) - numeral.start())
    if head == "会议":
        return _conference_start(text, head_start)
    start = _name_start(text, head_start)
    if head_start - start < 2 and head in _CAMPAIGN_HEADS and _abbreviation_pair(text, head_start):
        start = head_start - 2
    if head_start - start < 2:
        return -1
    if set(text[start:head_start]) <= DIRECTIONS:
        return -1
    if head == "抗战" and text[start:head_start] in big_places():
        return -1  # 中国抗战: the war in general, the country is its own GPE
    ordinal = _ORDINAL_BEFORE.search(text, max(0, start - 6), start)
    if ordinal:
        return ordinal.start()
    if head in _CAMPAIGN_HEADS:
        date_name = _DATE_NAME_BEFORE.search(text, max(0, start - 5), start)
        if date_name:
            return date_name.start(1)
    if (
        head in _VERB_HEADS
        and start > 0
        and text[start - 1] in _PREPOSITIONS | _MOVEMENT_VERBS
        and not _NOUN_USE_AFTER.match(text, head_start + len(head))
    ):
        return -1  # 在湖南作战, 入缅甸作战: fighting somewhere, not a named operation
    if head in _PLACE_ONLY_HEADS and not _all_place_name(text[start:head_start]):
        return -1
    return start


_DATE_NAME_BEFORE = re.compile("(?:^|[^" + _CHINESE_DIGITS + "])([一二三四五六七八九十]{3,4}|七七|[一二三四五六七八九十]·[一二三四五六七八九十]{1,3})$")


@lru_cache(maxsize=1)
def _county_initials() -> frozenset[str]:
    """First characters of prefecture and county names (gazetteer_cn.tsv): 随(州), 枣(阳), 宜(昌)."""
    chars = set()
    for row in read_rows("gazetteer_cn.tsv"):
        if len(row) > 3 and row[3] in ("prefecture", "county") and len(row[0]) >= 2:
            chars.add(row[0][0])
    return frozenset(chars - _STOP_CHARS - set(_CHINESE_DIGITS) - set("大小新老全总各本每两"))


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
        if _is_place_token(piece):
            place_start = start
        pos = start
    return place_start


# Traditional and Japanese forms of head characters, for Chinese or Japanese names quoted in a
# text that is not converted to Simplified (an English page citing 浙贛作戦, 浙赣戰役)
_HEAD_CHAR_VARIANTS = {"战": "戰戦", "会": "會", "争": "爭", "围": "圍", "卫": "衛", "击": "擊", "变": "變",
                       "动": "動", "灭": "滅", "坚": "堅", "约": "約", "议": "議", "惨": "慘", "轰": "轟"}
# Traditional forms of the abbreviation characters (贛 for 赣 ...)
ABBREVIATIONS |= set("滬遼閩贛魯陝隴綏熱寧貴臺長漢鄭築崑萬嶽膠濟滄寶緬瀋連蘇晉粵瓊雲")


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
def _event_regexes():
    heads = re.compile("(?:" + trie_regex(list(_head_forms())) + ")")
    forms: dict[str, str] = {}
    for row in read_rows("events.tsv"):
        canonical = row[0].strip()
        forms.setdefault(canonical, canonical)
        if len(row) > 1:
            for alias in row[1].split(","):
                if alias.strip():
                    forms.setdefault(alias.strip(), canonical)
    return heads, re.compile(trie_regex(forms)), forms


def _overlaps(spans, start, end) -> bool:
    return any(s < end and start < e for s, e in spans)


_LEXICON_FOLLOW_BLOCK = re.compile("[" + _CHINESE_DIGITS + r"0-9]号|系列|火箭|出版|路|街")
_HEAD_FOLLOW_BLOCK = re.compile("组织|委员会|机构|秘书|大厅|中心")


def _glued_head(text: str, end: int) -> bool:
    """会议 in 国会议员, 运动 in 运动会, 作战 in 作战部署: the head belongs to a longer word."""
    if end >= len(text) or text[end] in "后中时前期间初末里内外上下以及和与的之、，。；：）)」":
        return False
    if is_common_word(text[end - 1 : end + 1], 100) or is_common_word(text[end - 2 : end + 1], 100):
        return True
    return bool(_HEAD_FOLLOW_BLOCK.match(text, end))


def find_events(text: str) -> list[Candidate]:
    """EVENT candidates: lexicon events, then <name><head> patterns (priority 45)."""
    heads, lexicon, forms = _event_regexes()
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
        if match.group() in _GENERIC_EVENT_WORDS and (
            _GENERIC_FOLLOW_BLOCK.match(text, end) or any(a < start and end < b for a, b in headings)
        ):
            continue  # 抗战纪念馆, 抗战史话, 【抗战】: the word names a subject, not the event
        by_start[start] = Candidate(start, end, "EVENT", *LEXICON_EVENT, norm={"canonical": forms[match.group()]})
        covered[start:end] = b"\x01" * (end - start)
    for match in heads.finditer(text):
        head_start, end = match.span()
        if _glued_head(text, end):
            continue
        head = _head_forms().get(match.group(), match.group())
        start = _event_name_start(text, head, head_start)
        if start < 0:
            continue
        if any(covered[start:end]):
            inner = [c for c in by_start.values() if c.start < end and start < c.end]
            if not all(start <= c.start and c.end <= end for c in inner):
                continue
            # a lexicon event keeps its own span unless only an ordinal is added (第二次...)
            if any(
                c.end == end and text[c.start : c.end] != head and not _ORDINAL_BEFORE.search(text[start : c.start])
                for c in inner
            ):
                continue
            for c in inner:
                del by_start[c.start]
        by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
        covered[start:end] = b"\x01" * (end - start)
    for match in _QUOTED_DATE_NAME_RE.finditer(text):  # “七·七”事变: the quoted name is the span
        start, end = match.span(1)
        if not any(covered[start:end]):
            by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
            covered[start:end] = b"\x01" * (end - start)
    for start, end in _games_and_affairs(text):
        inner = [c for c in by_start.values() if c.start < end and start < c.end]
        if all(start <= c.start and c.end <= end for c in inner):
            for c in inner:
                del by_start[c.start]
            by_start[start] = Candidate(start, end, "EVENT", *RULE_EVENT)
    return outside_titles(text, sorted(by_start.values(), key=lambda c: c.start))


_QUOTED_DATE_NAME_RE = re.compile(
    "[“「『\"]([" + _CHINESE_DIGITS + "·・.]{2,7})[”」』\"](?=事变|事件|运动|惨案|起义|事變|運動|慘案)"
)
# the war's short name used as a subject: 抗战纪念馆, 抗战史话, a heading 【抗战】
_GENERIC_EVENT_WORDS = {"抗战"}
_GENERIC_FOLLOW_BLOCK = re.compile("纪念馆|博物馆|纪念碑|纪念堂|陵园|史话|史料|文献|文学|歌曲|史")
_HEADING = re.compile("【[^【】\n]{1,40}】")
# 第六届全国运动会, 第七次全国代表大会: an ordinal 届/次 plus a gathering's name
_GAMES_RE = re.compile(
    "第[" + _CHINESE_DIGITS + "0-9０-９]{1,3}[届次][\u4e00-\u9fff]{0,8}?(?:运动会|奥运会|全运会)"
)
# 孙立人案: an affair named after a person
_AFFAIR_RE = re.compile("([\u4e00-\u9fff]{2,4})案(?![件例情卷由子底头犯板首发])")


def _heading_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _HEADING.finditer(text)]


def _games_and_affairs(text: str) -> list[tuple[int, int]]:
    """第N届X运动会 and <person>案 (the person known or found as a name in the text)."""
    out = [m.span() for m in _GAMES_RE.finditer(text)]
    if "案" not in text:
        return out
    found_persons = None
    for match in _AFFAIR_RE.finditer(text):
        end = match.end()
        for width in (3, 2, 4):
            start = end - 1 - width
            if start < match.start():
                continue
            name = text[start : end - 1]
            if name in _person_names():
                out.append((start, end))
                break
            if not _looks_like_person(name) and not (width == 2 and name[0] in surnames()[0]):
                continue
            if found_persons is None:
                from pipeline.rules.names import find_persons

                found_persons = {text[c.start : c.end] for c in find_persons(text)}
            if name in found_persons:
                out.append((start, end))
                break
    return out


_FAC_FOLLOW_BLOCK = re.compile("分?局|医院|法院|公安|运输|联盟|公司|部门|系统|职工|工人|建设|管理")


@lru_cache(maxsize=1)
def _fac_regex():
    return re.compile("(?:" + trie_regex(FAC_HEADS) + ")")


def find_facilities(text: str) -> list[Candidate]:
    """FAC candidates: <place-like name><structure head> (平汉铁路, 柳州飞机场), priority 45."""
    out: list[Candidate] = []
    for match in _fac_regex().finditer(text):
        head_start, end = match.span()
        head = match.group()
        if _glued_head(text, end) or _FAC_FOLLOW_BLOCK.match(text, end):
            continue
        start = _name_start(text, head_start)
        name = text[start:head_start]
        free_name = False
        if head in _OPEN_FAC_HEADS and (start == 0 or text[start - 1] not in _STOP_CHARS or len(name) < 2):
            free = _free_name_start(text, head_start, head, end)
            if free is not None and free < start:
                start, name, free_name = free, text[free:head_start], True
        if head in _PERSON_NAMED_HEADS and head != "大道" and not free_name:
            if not _street_named_after_place(text, start, head_start, end) or text[start:end] in known_places():
                continue  # 四平街: a town's historical name, not a street
            out.append(Candidate(start, end, "FAC", *RULE_FAC))  # 南京路, 胶州路: a street named after a place
            continue
        if head in ("阵地", "防线") and len(name) < 2 and not free_name:
            local = _local_position_start(text, head_start)
            if local is not None:  # 南林坡阵地, 曹家畈阵地: a position named after an unfamiliar hill or village
                start, name, free_name = local, text[local:head_start], True
        if head in _BUILDING_HEADS and head_start > 0 and text[head_start - 1] in _COUNT_BEFORE_MEASURE:
            continue  # 钢炮数门, 火炮两门: 门 counts guns
        if head == "桥" and free_name and _kind_of_bridge(name):
            continue
        if head == "桥" and len(name) < 2 and not free_name:
            bridge = _bridge_after_cue(text, head_start)
            if bridge is not None:
                start, name = bridge, text[bridge:head_start]
        if len(name) < 2 or set(name) <= DIRECTIONS:
            continue
        if head == "公园" and not (_contains_known_place(name) or name in _person_names()):
            continue  # 山水公园, 森林公园: a kind of park, not a named one
        if any(text[end - k : end] in known_places() for k in (2, 3)):  # 澳门, 荆门: a city, not a gate
            continue
        if head in _BUILDING_HEADS and end < len(text) and _is_cjk(text[end]) and text[end] not in _SINGLE_HEAD_FOLLOW:
            continue  # 佩斯塔纳, 阁下, 门廊, 塔楼: the character begins a longer word, not a structure
        if head in _STRICT_FAC_HEADS and not free_name:
            route_pair = len(name) == 2 and all(ch in ABBREVIATIONS for ch in name)
            if not (route_pair or name in known_places() or head in ("桥", "阵地", "防线") and _ends_in_place(name)):
                continue
            if head == "线" and not route_pair:
                continue
        if name in big_places():  # 中国空军基地: a country's facilities in general
            continue
        out.append(Candidate(start, end, "FAC", *RULE_FAC))
    extra = _fixed_facilities(text) + _memorials(text)
    if extra:  # a fixed name, hill or memorial replaces the rule spans inside it; it yields to one it only overlaps
        extra_cover = bytearray(len(text) + 1)
        longest_first = []
        for e in sorted(extra, key=lambda c: c.start - c.end):
            if not any(extra_cover[e.start : e.end]):
                extra_cover[e.start : e.end] = b"\x01" * (e.end - e.start)
                longest_first.append(e)
        extra = longest_first
        owner = {}
        for e in extra:
            for i in range(e.start, e.end):
                owner[i] = e
        kept = [c for c in out if not (c.start in owner and owner[c.start].start <= c.start and c.end <= owner[c.start].end)]
        kept_cover = bytearray(len(text) + 1)
        for c in kept:
            kept_cover[c.start : c.end] = b"\x01" * (c.end - c.start)
        extra = [e for e in extra if not any(kept_cover[e.start : e.end])]
        out = sorted(kept + extra, key=lambda c: c.start)
    return outside_titles(text, out)


# Well-known structures without a regular head or with a generic one (general knowledge).
FIXED_FACILITIES = (
    "万里长城", "内长城", "外长城", "长城", "卢沟桥", "惠通桥", "功果桥", "四行仓库", "驼峰航线",
    # gates of Nanjing and Beijing, often written after a verb of attack without a place cue
    "中华门", "光华门", "挹江门", "通济门", "太平门", "和平门", "中山门", "水西门", "汉中门", "仪凤门", "金川门",
    "玄武门", "神策门", "雨花门", "武定门", "草场门", "清凉门", "定淮门", "朝阳门", "德胜门", "安定门", "西直门",
    "东直门", "永定门", "宣武门", "崇文门", "正阳门", "阜成门", "广渠门", "广安门", "天安门", "左安门", "右安门",
    # named fortification lines (吴福线: 吴县–福山; 锡澄线: 无锡–江阴) and famous foreign ones
    "吴福线", "锡澄线", "乍嘉线", "乍平嘉线", "海嘉线", "澄锡虞线", "马其诺防线", "马奇诺防线", "马其诺线",
    "齐格菲防线", "齐格菲线", "曼纳海姆防线", "兴登堡防线", "古斯塔夫防线", "大西洋壁垒",
    # ferries of the Yellow River
    "风陵渡", "茅津渡", "大禹渡",
)
_FIXED_FOLLOW_BLOCK = re.compile("抗战|战役|会战|事变|之变|保卫战|公司|集团|宾馆|饭店|酒店|汽车|电脑|牌|号|路|街|站|广场|地铁")
# 204高地, 第204高地, 5号高地: a numbered hill is a named position
_NUMBERED_HILL_RE = re.compile(r"第?[0-9０-９]{2,4}(?:\.[0-9])?号?高地|[0-9０-９]{1,3}号高地")
# 「孤军营」: a camp's name in quotes (a bare X营 is a battalion)
_QUOTED_CAMP_RE = re.compile("[「“『]([\u4e00-\u9fff]{2,4}营)[」”』]")


@lru_cache(maxsize=1)
def _fixed_regex():
    return re.compile(trie_regex(list(FIXED_FACILITIES)))


# 钢铁长城, 血肉长城: the Great Wall as a metaphor for an army
_METAPHOR_BEFORE = re.compile("(?:钢铁|血肉|铜墙铁壁|海上|空中|新的|绿色)的?$")
_COUNT_BEFORE_MEASURE = set(_CHINESE_DIGITS + "0123456789两数几多每")
_POSITION_SUFFIXES = set("坡岭山岗峰垴梁岭寨堡村庄店铺集镇畈垸湾冲坝桥口洼嘴头台")
_POSITION_LEFT_OK = set("师团旅营连排军我敌线的之在向对攻守占于至和与及、，。；：（(“「 \n,.;:")


def _local_position_start(text: str, head_start: int) -> int | None:
    """南林坡阵地: a 2–3 character unfamiliar name ending in a hill/village suffix, directly
    after a unit, a particle, a preposition or punctuation."""
    if head_start < 2 or text[head_start - 1] not in _POSITION_SUFFIXES:
        return None
    from pipeline.rules.places import NAME_STOP

    for width in (3, 2):
        start = head_start - width
        if start < 0:
            continue
        name = text[start:head_start]
        if any(ch in NAME_STOP or not _is_cjk(ch) for ch in name[:-1]):
            continue
        if start > 0 and text[start - 1] not in _POSITION_LEFT_OK:
            continue
        if is_common_word(name, 20) or is_common_word(name[-2:], 300):
            return None  # 山头阵地, 前沿阵地: an ordinary word
        return start
    return None


def _fixed_facilities(text: str) -> list[Candidate]:
    out = []
    if any(word[-2:] in text for word in FIXED_FACILITIES):
        for match in _fixed_regex().finditer(text):
            if _METAPHOR_BEFORE.search(text, max(0, match.start() - 5), match.start()):
                continue
            if not _FIXED_FOLLOW_BLOCK.match(text, match.end()):
                out.append(Candidate(match.start(), match.end(), "FAC", *RULE_FAC))
    if "渡" in text:
        out += _ferries(text)
    if "高地" in text:
        out += [Candidate(m.start(), m.end(), "FAC", *RULE_FAC) for m in _NUMBERED_HILL_RE.finditer(text)]
    if "营" in text:
        for match in _QUOTED_CAMP_RE.finditer(text):
            name = match.group(1)
            if not any(ch in _CHINESE_DIGITS or ch in "第团师连旅" for ch in name[:-1]) and not is_common_word(name, 20):
                out.append(Candidate(match.start(1), match.end(1), "FAC", *RULE_FAC))
    return out


# a ferry after a verb or preposition of place, ending its clause or followed by a place word:
# 攻占茅津渡，/ 在禹门渡一带 (not 由孟津渡黄河, where 渡 is the verb)
_FERRY_RE = re.compile(
    "(?:攻占|占领|夺取|控制|扼守|据守|进攻|攻击|封锁|经|由|从|自|在|于|至|到|抵|守)([\u4e00-\u9fff]{2})渡"
    "(?=[，。、；：）)]|一带|附近|以[东西南北]|[东西南北]岸|渡口|码头|$)"
)


def _ferries(text: str) -> list[Candidate]:
    out = []
    for match in _FERRY_RE.finditer(text):
        name = match.group(1)
        if any(ch in _STOP_CHARS or ch in _FREE_STOP or ch in DIRECTIONS for ch in name) or is_common_word(name, 50):
            continue
        out.append(Candidate(match.start(1), match.end(), "FAC", *RULE_FAC))
    return out


_STREET_FOLLOW_BLOCK = re.compile("[上口过线程途军费径旁边头道面巷坊市民]")


def _street_named_after_place(text: str, start: int, head_start: int, end: int) -> bool:
    """胶州路, 南京路, 北京路: a street whose whole name is a known place (not 长沙路上, 路过)."""
    name = text[start:head_start]
    if len(name) < 2 or _STREET_FOLLOW_BLOCK.match(text, end):
        return False
    if name not in known_places() and not (len(name) == 2 and all(ch in ABBREVIATIONS for ch in name)):
        return False
    return not (start > 0 and text[start - 1] in "往去到向至经从由赴回")  # 去长沙路: the road to a place


# a verb or preposition before an unfamiliar bridge name: 修复惠通桥, 经双虹桥
_BRIDGE_CUES = ("修复", "炸毁", "炸断", "破坏", "夺取", "控制", "守卫", "通过", "经过", "越过", "架设", "抢修",
                "占领", "攻占", "守住", "据守", "扼守", "过", "经", "在", "于", "至", "到", "从", "沿", "守", "占", "炸", "毁")


def _bridge_after_cue(text: str, head_start: int) -> int | None:
    start = head_start - 2
    if start < 1:
        return None
    name = text[start:head_start]
    if not all(_is_cjk(ch) and ch not in _STOP_CHARS and ch not in _FREE_STOP for ch in name):
        return None
    if not any(text[max(0, start - len(cue)) : start] == cue for cue in _BRIDGE_CUES):
        return None
    info = word_info().get(name)
    if _kind_of_bridge(name) or info and info[0] >= 30 and not info[1].startswith(("nr", "ns", "nz")):
        return None
    return start


def _kind_of_bridge(name: str) -> bool:
    """石拱桥, 铁索桥, 浮桥: the words before 桥 say what kind of bridge it is, not which."""
    words = word_info()
    whole = words.get(name + "桥")
    return bool((whole and whole[0] >= 10 and not whole[1].startswith("ns")) or name[-1] in "石木铁竹浮吊便索拱钢板")


MEMORIAL_HEADS = ("纪念馆", "博物馆", "陵园", "纪念碑", "纪念堂", "纪念园", "公墓")
_MEMORIAL_HEAD_RE = re.compile("纪念馆|博物馆|陵园|纪念碑|纪念堂|纪念园|公墓")
# words that may stand between a memorial's subject and its head (they alone make no name)
_MEMORIAL_WORDS = ("中国人民抗日战争", "抗日战争", "阵亡将士", "遇难同胞", "抗战", "抗日", "烈士", "革命", "胜利", "纪念", "人民", "英雄", "将士", "遗址")


def _memorials(text: str) -> list[Candidate]:
    """四行仓库抗战纪念馆, 台儿庄大战纪念馆: a place, structure, event or person, then memorial words, then the head."""
    if not any(head[-1] in text for head in ("馆", "园", "碑", "堂", "墓")):
        return []
    out = []
    for match in _MEMORIAL_HEAD_RE.finditer(text):
        head_start = match.start()
        pos = head_start
        named = False
        floor = max(0, head_start - 14)
        while pos > floor:
            word = next((w for w in _MEMORIAL_WORDS if text.startswith(w, pos - len(w)) and pos - len(w) >= floor), None)
            if word:
                pos -= len(word)
                continue
            fixed = next((n for n in FIXED_FACILITIES if text.startswith(n, pos - len(n)) and pos - len(n) >= floor), None)
            if fixed:  # 卢沟桥纪念馆
                pos, named = pos - len(fixed), True
                continue
            fac = _FAC_HEAD_BEFORE.search(text, max(floor, pos - 4), pos)
            if fac and fac.end() == pos:
                begin = _structure_name_start(text, pos)
                if begin >= floor:
                    pos, named = begin, True
                    continue
            known = _event_regexes()[1]
            lexicon_event = next((m for m in (known.match(text, k) for k in range(max(floor, pos - 8), pos - 1)) if m and m.end() == pos), None)
            if lexicon_event:  # 南京大屠杀遇难同胞纪念馆
                pos, named = lexicon_event.start(), True
                continue
            event = _EVENT_HEAD_BEFORE.search(text, max(floor, pos - 4), pos)
            if event and event.end() == pos:
                begin = _event_name_start(text, event.group(), event.start())
                if begin >= floor:
                    pos, named = begin, True
                    continue
            begin = _name_start(text, pos, max_len=pos - floor)
            if begin < pos:
                pos, named = begin, True
                continue
            free = _free_name_start(text, pos, "纪念馆", pos)
            if free is not None and _looks_like_person(text[free:pos]):
                pos, named = free, True
            break
        if named and head_start - pos >= 2:
            out.append(Candidate(pos, match.end(), "FAC", *RULE_FAC))
    return out


_FAC_HEAD_BEFORE = re.compile("(?:仓库|大楼|车站|机场|要塞|炮台|大桥|铁桥|桥|高地|兵工厂)")
_EVENT_HEAD_BEFORE = re.compile("(?:会战|战役|大捷|保卫战|大战|事变|惨案|起义)")


@lru_cache(maxsize=1)
def _person_names() -> frozenset[str]:
    names = set()
    for row in read_rows("persons.tsv"):
        names.add(row[0].strip())
        if len(row) > 1:
            names.update(a.strip() for a in row[1].split(",") if a.strip())
    return frozenset(names)


def _is_person_in(text: str, name: str) -> bool:
    """A known person, or a name the person finder finds in this text."""
    if name in _person_names():
        return True
    if not _looks_like_person(name) and "·" not in name:
        return False
    from pipeline.rules.names import find_persons

    return any(text[c.start : c.end] == name for c in find_persons(text))


def _looks_like_person(name: str) -> bool:
    """张自忠, 史迪威, 中正: a known person, or a surname plus one or two given-name characters."""
    if name in _person_names():
        return True
    single, compound = surnames()
    return len(name) == 3 and (name[0] in single or name[:2] in compound)


@lru_cache(maxsize=1)
def _verb_chars() -> frozenset[str]:
    """Single characters jieba lists as verbs or prepositions (走, 攻, 由): they end a free name."""
    from pipeline import segment

    return segment.single_char_words(("v", "p"), 1000)


_FREE_WORD_BREAK_POS = ("v", "p", "c", "u", "d", "r", "f", "m", "q", "t", "a")


def _free_name_start(text: str, head_start: int, head: str, end: int) -> int | None:
    """Start of an unfamiliar facility name of 2–4 characters before `head`, or None.

    Walks left over dictionary words and single characters; a stop character,
    punctuation, a verb/preposition/particle word or (after some name) a known
    place ends the walk. The name must not be an ordinary word, and the head
    must not close an ordinary word (城门, 后门, 汽车站, 教学楼)."""
    words = word_info()
    places = known_places()
    for k in (1, 2, 3):  # 城门, 汽车站, 办公大楼: the head ends an ordinary word
        piece = text[head_start - k : end]
        if head_start - k >= 0 and piece in words and words[piece][1] != "ns" and words[piece][0] >= 30:
            return None
    floor = max(0, head_start - 4)
    pos = head_start
    while pos > floor:
        char = text[pos - 1]
        if not ("\u4e00" <= char <= "\u9fff") or char in _STOP_CHARS or char in _FREE_STOP:
            break
        if pos < head_start and any(text[max(0, pos - n) : pos] in places for n in (2, 3, 4)):
            break  # 北京|张自忠路: a place before the name only modifies it
        begin = None
        for length in (3, 2):
            piece = text[pos - length : pos]
            if pos - length >= floor and piece in words and piece[0] not in _FREE_STOP:
                begin = pos - length
                break
        if begin is None:
            if char in _verb_chars():
                break
            pos -= 1
            continue
        word = text[begin:pos]
        if word not in places and words[word][1].startswith(_FREE_WORD_BREAK_POS):
            break
        pos = begin
    name = text[pos:head_start]
    if not 2 <= len(name) <= 4:
        return None
    if pos == floor and pos > 0 and "\u4e00" <= text[pos - 1] <= "\u9fff" and text[pos - 1] not in _STOP_CHARS | _FREE_STOP:
        return None  # the name may go on further left: no reliable boundary
    if all(ch in _CHINESE_DIGITS for ch in name):
        return None
    info = words.get(name)
    if info and info[0] >= 300 and info[1] not in ("ns", "nz", "nr", "nrt", "j"):
        return None  # 国际航线, 政府大楼: an ordinary word, not a name
    if head in _PERSON_NAMED_HEADS and (
        not _looks_like_person(name) or any(ch in "逐每各" for ch in name) or is_common_word(name[:2], 100)
    ):
        return None  # 双方逐街: an ordinary word and a distributive, not a street name
    return pos


def _contains_known_place(name: str) -> bool:
    places = known_places()
    return any(name[i:j] in places for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def _ends_in_place(name: str) -> bool:
    """邙山头, 黄河, 郑州黄河: the name ends in a known place (optionally plus a suffix such as 头)."""
    places = known_places()
    core = name[:-1] if name[-1] in PLACE_SUFFIXES else name
    return any(core[i:] in places for i in range(len(core) - 1))
