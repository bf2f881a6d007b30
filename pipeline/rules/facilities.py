"""FAC finder for Simplified Chinese working text.

Find a structure head (铁路, 公路, 机场, 阵地, 公园 ...) and walk left over its name
(pipeline.rules.name_walk): place names and abbreviations (平汉铁路, 柳州飞机场), an
unfamiliar name after a stop character (八字桥, 四行仓库), a hill or village (南林坡阵地).
Fixed names (长城, 中华门, 吴福线), ferries, route sections (徐蚌段) and numbered heights
(204高地, 一三〇〇高地, 3号高地, labelled LOC: a landform) are added from fixed_facilities.py,
memorials (台儿庄大战纪念馆) from memorial_names.py; a place inside a FAC name belongs to the FAC.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.rules.events import glued_head
from pipeline.rules.fixed_facilities import RULE_FAC, fixed_facilities
from pipeline.rules.memorial_names import memorials
from pipeline.rules.name_walk import (
    verb_chars,
    CHINESE_DIGITS,
    FREE_STOP,
    PERSON_NAMED_HEADS,
    STOP_CHARS,
    ABBREVIATIONS,
    DIRECTIONS,
    contains_known_place,
    ends_in_place,
    free_name_start,
    is_cjk,
    name_start,
    person_names,
    big_places,
)
from pipeline.rules.names import is_common_word, known_places, outside_titles, word_info
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

FAC_HEADS = (
    "铁路 公路 铁桥 大桥 桥 机场 飞机场 飞行场 飞行基地 空军基地 航空基地 车站 火车站 西车站 东车站 "
    "南车站 北车站 码头 要塞 炮台 阵地 防线 线 城墙 大道 "
    "仓库 纱厂 工厂 兵工厂 大楼 航线 阁 楼 塔 寺 庙 门 路 街 "
    "煤矿 铁矿 金矿 钢铁厂 铁厂 发电厂 电厂 造船厂 船厂 集中营 营地 公园 "
    "隧道 大坝 水坝 水库 大堤 碉堡 堡垒 炮楼 据点 军港 船坞 油库 弹药库 兵营 运河 "
    "银矿 铜矿 锡矿 钨矿 锑矿 铅矿 锌矿 拘留营 战俘营 灯塔 教堂 天主堂 礼拜堂 福音堂 古堡 城堡"   # session 23 (s23zhfac)
    " 古关墙 关墙 古城墙 箭楼 敌楼"   # session 24 (s24zhloc): a pass's or town's walls and towers (not 城垣 or 瓮城: a gate's 城垣 is no name, heldout3)
).split()
# Heads that also take an unfamiliar name (八字桥, 四行仓库, 天心阁, 驼峰航线, 朝天门码头):
# up to four characters back to a stop character, verb or preposition (see _free_name_start).
_OPEN_FAC_HEADS = set(
    "铁路 公路 铁桥 大桥 桥 机场 飞机场 车站 火车站 码头 要塞 炮台 仓库 纱厂 工厂 兵工厂 大楼 航线 "
    "阁 楼 塔 寺 庙 门 路 街 大道 集中营 营地 "
    # session 23 (s23zhfac): a mine, camp, lighthouse, church or castle takes an unfamiliar name as a depot does
    # (悦来煤矿, 某某拘留营, 某角灯塔, 某桥天主堂, 某平古堡)
    "煤矿 铁矿 金矿 银矿 铜矿 锡矿 钨矿 锑矿 拘留营 战俘营 灯塔 教堂 天主堂 礼拜堂 福音堂 古堡 城堡".split()
)
_BUILDING_HEADS = set("阁楼塔寺庙门")
# Characters that may follow a one-character building head (天心阁一带, 中华门外, 天安门城楼).
_SINGLE_HEAD_FOLLOW = set("的和与及或一附前后上内外旁城广地等失陷已被遭处以东西南北是为在至到时中间")

# Heads that need a route pair or a known place as name (平汉线; not 战线, 交通线).
_STRICT_FAC_HEADS = {"线", "桥", "阵地", "防线"}

_ROUTE_HEADS = {"铁路", "公路", "路", "线"}
# a part of a route named after it: 平汉路北段, 粤汉线南段, 湘桂路沿线, 浙赣线两侧
_ROUTE_PART_AFTER = re.compile("[东西南北中]{1,2}段|沿线|两侧|两旁|以[东西南北]")
_LEADING_FUNCTION = frozenset("同跟将把被与和向对")
_KIND_OF_ROUTE = re.compile("(?:军用|市郊|窄轨|宽轨|轻便|专用|运煤|运兵|地方|国有|民营|商办|官办|标准轨)$")
# a verb ending an unfamiliar "name" before 铁路/公路 (兴筑|铁路, 破坏|公路): a clause, no name (s21zhlab)
_BUILDING_VERB_END = re.compile("(?:修筑|兴筑|修建|兴建|铺设|建筑|建造|筑成|修通|抢修|修复|破坏|拆毁|拆除|炸毁|切断|控制|经营)$")
# a tunnel or bridge written right after a route's name (甲乙铁路隧道, 丙丁公路大桥): one FAC (s21zhlab)
_ROUTE_STRUCTURE = re.compile("(?:隧道|大桥|铁桥|桥)(?![梁头墩面段])")
_FAC_FOLLOW_BLOCK = re.compile("分?局|医院|法院|公安|运输|联盟|公司|部门|系统|职工|工人|建设|管理|镇(?![守压静定])")   # X街镇, X桥镇: a town (s19zhfac)


@lru_cache(maxsize=1)
def _fac_regex():
    return re.compile("(?:" + trie_regex(FAC_HEADS) + ")")


def find_facilities(text: str) -> list[Candidate]:
    """FAC candidates: <place-like name><structure head> (平汉铁路, 柳州飞机场), priority 45."""
    out: list[Candidate] = []
    for match in _fac_regex().finditer(text):
        head_start, end = match.span()
        head = match.group()
        if glued_head(text, end) and not (head in _ROUTE_HEADS and (_ROUTE_PART_AFTER.match(text, end)
                                                                   or _route_pair_glued(text, head_start, end))):
            continue  # 津浦路|北段 is a part of the railway, not 路北 (north of the road)
        if _FAC_FOLLOW_BLOCK.match(text, end):
            continue
        start = name_start(text, head_start)
        if head_start - start >= 4 and _route_pair_glued(text, head_start, end) \
                and text[start:head_start - 2] in known_places():
            start = head_start - 2   # 淮南|津浦路西, 豫北|道清路上: the region before the railway is its own span
        name = text[start:head_start]
        free_name = False
        if head in _OPEN_FAC_HEADS and (start == 0 or text[start - 1] not in STOP_CHARS or len(name) < 2):
            free = free_name_start(text, head_start, head, end)
            if free is not None and free < start and _kind_or_object(text[free:head_start]):
                continue   # 中大型工厂: a size of structure; 利用南机场: a verb with its object's side (r21orgloc)
            if free is not None and free > 0 and free < start and is_common_word(text[free - 1:free + 1], 100):
                free += 1   # 后任|金陵兵工厂, 攻克|娘子关车站, 守卫|吴淞口炮台: the verb's last character stays out (auditzh53)
            if free is not None and free < start:
                start, name, free_name = free, text[free:head_start], True
        if len(name) >= 3 and name[0] == "着" and start > 0 and text[start - 1] in "沿顺朝向随":
            start, name = start + 1, name[1:]    # 沿着|嵊长公路: the preposition's 着 is outside (auditzh21)
        naming = _NAMING_VERB.match(name)
        if naming and len(name) - naming.end() >= 2:
            start, name = start + naming.end(), name[naming.end():]   # 故名|八字桥, 俗称|X门: the naming verb is outside (auditzh46)
        if head in PERSON_NAMED_HEADS and head != "大道" and not free_name:
            if any(text[head_start:head_start + k] in known_places() for k in (3, 4)):
                continue  # 高雄县|路竹乡, 台南州|街: the head opens the next place name, no street (prezh6)
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
        if head == "门" and name.endswith("城"):
            continue  # 南京城门, 西城门: a town's gates in general (城门), not a named gate (auditzh46)
        if head == "集中营" and _WHO_IS_HELD.fullmatch(name):
            continue  # 盟军战俘集中营, 盟国侨民集中营: a kind of camp by who is held, not a named one (auditzh46)
        if head in _CHURCH_CASTLE_HEADS and _KIND_OF_BUILDING.search(name):
            continue  # 基督教堂, 中世纪城堡, 石造灯塔: a kind of church, castle or lighthouse, no name (s23zhfac)
        if head == "炮台" and KIND_OF_FORT.search(name):
            continue  # 沙袋炮台, 地阱炮台, 海路炮台: the kind of battery, not its name (auditzh46)
        if _COUNTED_KIND.fullmatch(name):
            continue  # 四大炮台, 两小炮台, 三大要塞: a count of structures, no name (auditzh53)
        if head == "桥" and len(name) < 2 and not free_name:
            bridge = _bridge_after_cue(text, head_start)
            if bridge is not None:  # the cue read the name (惠通桥, 贺胜桥): no gazetteer check after (auditzh33)
                start, name, free_name = bridge, text[bridge:head_start], True
        if len(name) >= 4 and name[0] in "东西南北中" and name[1] == "线" and head in _ROUTE_HEADS:
            start, name = start + 2, name[2:]    # 沿东线平绥铁路: the eastern front, then the railway
        if len(name) >= 3 and name[0] in _LEADING_FUNCTION \
                and (len(name) == 3 and all(ch in ABBREVIATIONS for ch in name[1:]) or contains_known_place(name[1:])):
            start, name = start + 1, name[1:]   # 同|朝鲜铁路, 将|平汉铁路: a preposition or the 把-marker is outside (s19zhfac)
        if name and name[-1] in "将把被":
            continue   # 三国将铁路: the subject, then the 把-marker: no name (s19zhfac)
        if head in ("铁路", "公路") and _KIND_OF_ROUTE.search(name):
            continue   # 窄轨军用铁路, 市郊铁路: the kind of railway, no name (s19zhfac)
        if head in ("铁路", "公路") and free_name and _BUILDING_VERB_END.search(name):
            continue   # 开始兴筑铁路, 日军破坏公路: a verb and its object, no name (s21zhlab)
        if len(name) < 2 or set(name) <= DIRECTIONS:
            continue
        if head == "公园" and not (contains_known_place(name) or name in person_names()):
            continue  # 山水公园, 森林公园: a kind of park, not a named one
        if any(text[end - k : end] in known_places() for k in (2, 3)):  # 澳门, 荆门: a city, not a gate
            continue
        if head in _BUILDING_HEADS and end < len(text) and is_cjk(text[end]) and text[end] not in _SINGLE_HEAD_FOLLOW:
            continue  # 佩斯塔纳, 阁下, 门廊, 塔楼: the character begins a longer word, not a structure
        if head in _BUILDING_HEADS and any(_title_ends_at(text, p) for p in range(start + 1, head_start - 1)):
            continue  # 参谋长刘亚楼: the name starts inside a post; a person's name after it ends in 楼
        if head in _BUILDING_HEADS and text[start:head_start].endswith(("大臣", "次官", "总长", "部长", "司令官")) \
                and end < len(text) and is_cjk(text[end]):
            continue  # 陆军大臣寺内正毅: a minister's post, then a name that starts with the head (s18zhgpe)
        if head in _BUILDING_HEADS and _named_person_elsewhere(text, text[start:end]):
            continue  # 佟麟阁是…, 团长佟麟阁: a person whose given name ends in 阁/楼 (auditzh35)
        if head in _STRICT_FAC_HEADS and not free_name:
            route_pair = len(name) == 2 and all(ch in ABBREVIATIONS for ch in name)
            if not (route_pair or name in known_places() or head in ("桥", "阵地", "防线") and ends_in_place(name)):
                continue
            if head == "线" and not route_pair:
                continue
        if name in big_places():  # 中国空军基地: a country's facilities in general
            continue
        if head == "门" and _GATEWAY_METAPHOR.fullmatch(name) and _gateway_of(text, start):
            continue  # 甘孜州的“东大门”, 湖南的北大门: the gateway of a region, no gate (prezh2)
        start = _whole_name_start(text, start, head_start)
        if start is None:
            continue
        if head in ("铁路", "公路"):
            structure = _ROUTE_STRUCTURE.match(text, end)
            if structure:
                end = structure.end()   # 甲乙铁路隧道, 丙丁铁路大桥: the structure on the route is one FAC (s21zhlab)
        out.append(Candidate(start, end, "FAC", *RULE_FAC))
    extra = fixed_facilities(text) + memorials(text)
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


# the head character of a hill's or village's name (东鸡冠|山, 五家|寨) that a facility's name may open with
_NAME_TAIL_HEADS = frozenset("山岭峰寨村庄冈岗")
_NAME_WALK_STOP = frozenset("和与同及或跟经沿过之座条处个所")


def _whole_name_start(text: str, start: int, head_start: int) -> int | None:
    """A facility name that opens with the head of a hill or village (山北堡垒 in 东鸡冠山北堡垒, 寨人字桥 in
    五家寨人字桥) while a name character stands right before it has been cut inside that name: walk left over
    the name to a stop character, verb, punctuation or digit-free bound (at most four characters); None when no
    boundary shows within four (the name's start is unknown, prezh2)."""
    if start == 0 or head_start - start < 2:
        return start
    verbs = verb_chars()
    words = word_info()

    def stops(at: int) -> bool:   # the character before `at` ends the name's left side
        ch = text[at - 1]
        if not is_cjk(ch) or ch in STOP_CHARS or ch in _NAME_WALK_STOP or ch in verbs:
            return True
        info = words.get(text[at - 2 : at]) if at >= 2 else None
        return bool(info and info[1].startswith("v") and info[0] >= 100)   # 包括|东鸡冠山: a verb ends there

    if text[start] not in _NAME_TAIL_HEADS:
        if text[start - 1] in "一二三四五六七八九十" and (start == 1 or stops(start - 1) and text[start - 2] != "第"):
            return start - 1   # 攻占了二|龙山堡垒: the numeral opens the hill's name (二龙山)
        return start
    if stops(start):
        return start
    pos, floor = start, max(0, start - 4)
    while pos > floor and not stops(pos):
        pos -= 1
    if pos == floor and pos > 0 and not stops(pos):
        return None
    return pos


# the sizes and kinds of a structure written before its head (大型, 中小型, 新式, 军用): no name
_KIND_ENDS = ("型", "式")


def _kind_or_object(name: str) -> bool:
    """A free name that is a size or kind (`中大型`, `新式`; a distinguishing word jieba tags b ends it) or a common
    verb-like word with one side character after it (`利用南`, `使用东`: the verb and its object's side; r21orgloc)."""
    words = word_info()
    kind = words.get(name[-2:]) or (0, "")
    if name.endswith(_KIND_ENDS) or kind[1] == "b" and kind[0] >= 300:
        return True   # a rare b-word is a name (横档 of 横档炮台)
    head = words.get(name[:2])
    return len(name) == 3 and name[2] in DIRECTIONS and bool(head) and head[0] >= 1000 \
        and head[1] not in ("ns", "nr", "nz", "nt")


_GATEWAY_METAPHOR = re.compile("[东南西北]大")


def _gateway_of(text: str, start: int) -> bool:
    """的 (with an opening quote) before 东大门/北大门: the region's gateway (湖南的北大门, 甘孜州的“东大门”)."""
    before = text[max(0, start - 2) : start]
    if before.endswith("的") or before in ("的“", "的\"", "的「", "的‘"):
        return True
    return any(_is_region(text[max(0, start - k) : start]) for k in (2, 3))   # 山西东大门, 直逼湖南北大门 (s18zhloc)


def _is_region(name: str) -> bool:
    """A province or region the place lexicon knows (山西, 湖南, 华北): its 东大门 is its gateway."""
    from pipeline.normalize.places import place_lexicon

    entry = place_lexicon().get(name)
    return entry is not None and (entry.label == "LOC" or entry.kind == "province")


def _named_person_elsewhere(text: str, name: str) -> bool:
    """A known person (persons.tsv), or a string the page writes right after a post title elsewhere
    (中将副军长兼…团长佟麟阁): a person's name that ends in a building head, not a building."""
    if name in person_names():
        return True
    at = text.find(name)
    while at >= 0:
        if _title_ends_at(text, at):
            return True
        at = text.find(name, at + 1)
    return False


def _title_ends_at(text: str, end: int) -> bool:
    """A post title (师长, 参谋长, 司令) ends at `end`."""
    titles = _title_set()
    return any(text[max(0, end - k) : end] in titles for k in range(2, 6))


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    from pipeline.rules.persons import TITLES

    return frozenset(TITLES)


_COUNT_BEFORE_MEASURE = set(CHINESE_DIGITS + "0123456789两数几多每")
_POSITION_SUFFIXES = set("坡岭山岗峰垴梁岭寨堡村庄店铺集镇畈垸湾冲坝桥口洼嘴头台")
_POSITION_LEFT_OK = set("师团旅营连排军我敌线的之在向对攻守占于至和与及、，。；：（(“「 \n,.;:")


def _local_position_start(text: str, head_start: int) -> int | None:
    """南林坡阵地: a 2–3 character unfamiliar name ending in a hill/village suffix, directly
    after a unit, a particle, a preposition or punctuation."""
    if head_start < 2 or text[head_start - 1] not in _POSITION_SUFFIXES:
        return None
    from pipeline.rules.local_places import NAME_STOP

    for width in (3, 2):
        start = head_start - width
        if start < 0:
            continue
        name = text[start:head_start]
        if any(ch in NAME_STOP or not is_cjk(ch) for ch in name[:-1]):
            continue
        if start > 0 and (text[start - 1] not in _POSITION_LEFT_OK or is_common_word(text[start - 1:start + 1], 100)):
            continue  # 敌人|滩头阵地: the name would open inside a word (auditzh8)
        if is_common_word(name, 20) or is_common_word(name[-2:], 300):
            return None  # 山头阵地, 前沿阵地: an ordinary word
        return start
    return None




_STREET_FOLLOW_BLOCK = re.compile("[上口过线程途军费径旁边头道面巷坊市民]")


# after a railway named by its two ends' abbreviations, characters that glue into a word with 路 (路上, 路过, 路西 of
# 津浦路西, the region west of the line) but leave the railway a FAC (session 31, w31zhorg: real-dev2 道清路上, audit30
# 由平漢路過豫, 淮南津浦路西; the six sets that write a route pair before 上/东/西/南/北 all tag the railway)
_ROUTE_GLUE = "上过东西"


def _route_pair_glued(text: str, head_start: int, end: int) -> bool:
    """由平汉路过豫, 淮南津浦路西: a railway named by its ends before a character that glues into a word with 路."""
    if text[head_start:end] != "路" or text[end:end + 1] not in _ROUTE_GLUE or head_start < 2:
        return False
    name = text[head_start - 2:head_start]
    return all(ch in ABBREVIATIONS for ch in name) and _route_pair_no_city(name) and name not in known_places()


def _route_pair_no_city(name: str) -> bool:
    from pipeline.normalize.places import place_lexicon

    entry = place_lexicon().get(name)
    return entry is None or entry.label != "GPE"


_DIRECTIONS = "东西南北中"


def _street_named_after_place(text: str, start: int, head_start: int, end: int) -> bool:
    """胶州路, 南京路, 北京路: a street whose whole name is a known place (not 长沙路上, 路过)."""
    name = text[start:head_start]
    if text[end:end + 1] in _ROUTE_GLUE and len(name) == 2 and all(ch in ABBREVIATIONS for ch in name) \
            and _route_pair_no_city(name):
        return True  # 平汉路上, 湘桂路上: on the railway named after its ends (auditzh10); 大连路上 stays a city's
                     # 由平汉路过豫 (session 31, w31zhorg): 路过 is no word there
    if len(name) < 2 or _STREET_FOLLOW_BLOCK.match(text, end):
        return False
    if len(name) >= 3 and (name[-1] in _DIRECTIONS and name[:-1] in known_places()
                           or name[0] in _DIRECTIONS and name[1:] in known_places()):
        name = name[:-1] if name[-1] in _DIRECTIONS else name[1:]   # 南京东路, 西藏北路, 北四川路: a place and a direction
    if name not in known_places() and not (len(name) == 2 and all(ch in ABBREVIATIONS for ch in name)):
        return False
    if len(name) == 2 and all(ch in ABBREVIATIONS for ch in name) and (
        _ROUTE_PART_AFTER.match(text, end) or name not in known_places() and not is_common_word(name, 50)
    ):
        return True  # 向津浦路北段, 向正太路: a railway named after its ends, not the road to a place
    return not (start > 0 and text[start - 1] in "往去到向至经从由赴回")  # 去长沙路: the road to a place


# a verb or preposition before an unfamiliar bridge name: 修复惠通桥, 经双虹桥
_BRIDGE_CUES = ("修复", "炸毁", "炸断", "破坏", "夺取", "控制", "守卫", "通过", "经过", "越过", "架设", "抢修",
                "占领", "攻占", "守住", "据守", "扼守", "过", "经", "在", "向", "于", "至", "到", "从", "沿", "守", "占", "炸", "毁")


def _bridge_after_cue(text: str, head_start: int) -> int | None:
    start = head_start - 2
    if start < 1:
        return None
    name = text[start:head_start]
    if not all(is_cjk(ch) and ch not in STOP_CHARS and ch not in FREE_STOP for ch in name):
        return None
    cue = next((c for c in _BRIDGE_CUES if text[max(0, start - len(c)) : start] == c), None)
    if cue is None:
        return None
    if any(c.startswith(cue + name[0]) for c in _BRIDGE_CUES if len(c) > len(cue)) or name[1] + "桥" in known_places():
        return None  # 占|领车桥: the cue goes on into the name (占领), and 车桥 is the town (auditzh33)
    info = word_info().get(name)
    if _kind_of_bridge(name) or info and info[0] >= 30 and not info[1].startswith(("nr", "ns", "nz")):
        return None
    return start


def _kind_of_bridge(name: str) -> bool:
    """石拱桥, 铁索桥, 浮桥: the words before 桥 say what kind of bridge it is, not which."""
    words = word_info()
    whole = words.get(name + "桥")
    # jieba tags some town-bridges as names (贺胜桥 nr): a name's tag is no kind of bridge (session 15, auditzh33)
    return bool((whole and whole[0] >= 10 and not whole[1].startswith(("ns", "nr"))) or name[-1] in "石木铁竹浮吊便索拱钢板")


_CHURCH_CASTLE_HEADS = frozenset(("教堂", "天主堂", "礼拜堂", "福音堂", "古堡", "城堡", "灯塔"))
# a faith, a style, a size or what it is built of: 基督教堂, 中世纪城堡, 石造灯塔 (no name)
# a faith written with 教 too: 天主教教堂, 基督教教堂 (s26zhorg)
_KIND_OF_BUILDING = re.compile("(?:(?:基督|天主|东正|耶稣)教?|新教|圣公|中世纪|欧式|西式|中式|哥特式?|罗马式?|古老|著名|大型|小型|废弃"
                               "|[石铁木砖]造|[石砖]砌|钢筋|水泥|[圆方]形|八角形?|[白黑红]色)$")
# what a battery is built of or where it stands, before 炮台: 沙袋炮台, 地阱炮台, 海路/陆路炮台, 暗/明炮台, 临时炮台
# where a battery stands on its hill or what rank it has: 山顶主炮台, 山边边防炮台, 山后副炮台 (s23zhfac)
KIND_OF_FORT = re.compile("(?:地阱|沙袋|沙包|海路|陆路|临时|新式|旧式|岸防|海岸|江防|海防|炮兵|[暗明土石]"
                           "|山顶|山腰|山脚|山边|山后|山前|边防|[主副])$")


_COUNTED_KIND = re.compile("[一二两三四五六七八九十几数]{1,3}[大小]")
_NAMING_VERB = re.compile("故名|又名|原名|俗称|亦称|统称|称为|名为|叫做|得名")
_WHO_IS_HELD = re.compile("(?:盟国|盟军|外侨|侨民|战俘|俘虏|劳工|难民|政治犯|妇女|儿童|平民){1,3}")


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_FAC_FOLLOW_BLOCK = guarded(_FAC_FOLLOW_BLOCK)
