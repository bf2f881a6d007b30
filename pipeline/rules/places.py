"""Place finder (GPE, LOC) over Simplified Chinese working text.

`find_places(text)` returns candidates from the place lexicons (gazetteer_cn,
places_historical, places_world, places_physical) with source
"lexicon:gazetteer" and priority 30, plus three patterns:
- the modern name stated in "（今X）" / "(今属X)" (rule 7), even when X is unknown;
- province-abbreviation borders "湘赣边", "湘桂边界" (LOC);
- lists of single-character abbreviations "豫、湘、桂", "中、印" (GPE).

Matching is leftmost-longest over one regex compiled from a character trie of
all names. Filters keep precision: demonyms (日本人), directional words used
as directions (向西南) or after a town (忻口西北), a province read out of a river bank
(沿河南岸), a place name glued into a longer word ending or starting a longer name
(胶州路, 井陉煤矿, 湖南大学), a county inside a longer foreign name (佛罗里达州 ⊃ 达州) or a
person's name before a rank (松山祐三中将), an academy's class (黄埔一期). Unfamiliar names
found by their context (cues, suffixes, lists, bracketed notes) come from
pipeline.rules.local_places; 至南怀化: direction + city = a village. Suffixes written with the
name are absorbed (衡阳城, 衢州城, 北平市, 奉化区); a county name that is also a river becomes
LOC in river context (沅江东岸); an ocean or region with 战场 is one LOC (太平洋战场); a
multi-province region (浙赣地区), a country-pair theatre (由印缅发起) and a single abbreviation
after a verb of going (入缅) are patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded, rare_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.normalize.places import PlaceEntry, normalize_place, place_lexicon
from pipeline.rules.local_places import (
    CJK,
    PRIORITY,
    SOURCE,
    _bare_candidates,
    _jieba_words,
    _list_member_candidates,
    _local_candidates,
    _overlapping,
    _paren_location_candidates,
    _river_context,
)
from pipeline.rules.names import japanese_surnames, surnames
from pipeline.rules.names_common import plain_word, verb_word
from pipeline.rules.place_word_checks import _inside_foreign_word, _inside_plain_word
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate
from operator import attrgetter

_START_END = attrgetter("start", "end")   # sort keys read in C (no lambda per candidate)
_START = attrgetter("start")


# single-character abbreviations: char -> (province-or-country reading, city reading)
ABBREVIATIONS = {
    "京": ("北京", None), "津": ("天津", None), "沪": ("上海", None), "渝": ("重庆", None),
    "冀": ("河北", None), "晋": ("山西", None), "辽": ("辽宁", None), "吉": ("吉林", None),
    "黑": ("黑龙江", None), "苏": ("江苏", None), "浙": ("浙江", None), "皖": ("安徽", None),
    "闽": ("福建", None), "赣": ("江西", None), "鲁": ("山东", None), "豫": ("河南", None),
    "鄂": ("湖北", None), "湘": ("湖南", None), "粤": ("广东", None), "桂": ("广西", "桂林"),
    "琼": ("海南", None), "川": ("四川", None), "蜀": ("四川", None), "黔": ("贵州", None),
    "贵": ("贵州", None), "滇": ("云南", None), "陕": ("陕西", None), "甘": ("甘肃", None),
    "陇": ("甘肃", None), "青": ("青海", None), "宁": ("宁夏", None), "新": ("新疆", None),
    "藏": ("西藏", None), "蒙": ("内蒙古", None), "港": ("香港", None), "澳": ("澳门", None),
    "台": ("台湾", None), "察": ("察哈尔", None), "热": ("热河", None), "绥": ("绥远", None),
    "康": ("西康", None),
    "中": ("中国", None), "华": ("中国", None), "日": ("日本", None), "美": ("美国", None),
    "英": ("英国", None), "法": ("法国", None), "德": ("德国", None), "意": ("意大利", None),
    "苏": ("江苏", None), "俄": ("俄国", None), "印": ("印度", None), "缅": ("缅甸", None),
    "越": ("越南", None), "泰": ("泰国", None), "朝": ("朝鲜", None), "韩": ("韩国", None),
    "柳": (None, "柳州"), "邕": (None, "南宁"), "衡": (None, "衡阳"), "穗": (None, "广州"),
    "汉": (None, "汉口"),
}
# only abbreviations that are not very common characters take part in lists
ABBREV_CHARS = "京津沪渝冀晋辽苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇陕陇藏中日美英俄印缅柳邕衡穗"
# (the whole list: 俄、英、美军 is a bound form of three sides, not 俄、英 + 美军; auditzh6)
ABBREV_LIST_RE = re.compile(rf"[{ABBREV_CHARS}](?:、[{ABBREV_CHARS}])+(?!、[{ABBREV_CHARS}])(?![军人方])")
# a single abbreviation after a verb of going or staying (入缅, 赴湘, 援缅, 驻滇), at a clause end or
# before a word that starts a new phrase
SINGLE_ABBREV_RE = re.compile(
    "(?<=[入赴援驻侵])([缅滇川黔湘桂豫鄂赣皖浙闽粤陕晋冀鲁越印泰])"
    "(?=[，。、；：！？）),.;:!?]|作战|参战|抗战|抗日|接|后|前|时|途中|之|以后|以前|期间)"
)
PROVINCE_ABBREV = "冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇陕甘陇青宁新藏蒙察热绥康"
BORDER_RE = re.compile(rf"[{PROVINCE_ABBREV}]{{2,3}}(?:边界|边境|交界|边)(?!区|防|军)")
PROVINCE_PAIR_REGION_RE = re.compile(rf"([{PROVINCE_ABBREV}]{{2,3}})(?:地区|平原|高原|盆地|丘陵)")
# two or three abbreviations of Asian countries as one theatre (印缅, 中印缅, 滇缅 is a route), after a
# preposition of place and before a place word or a clause end; 中美, 中日 (bound forms) are not taken
COUNTRY_PAIR_RE = re.compile(
    rf"(?<=[在由自从经入赴于至向与和及对])(中?[印缅泰越][印缅泰越])(?=境内|地区|战区|战场|方面|之|的|发起|[，。、；）),.;])"
)
MODERN_NOTE_RE = re.compile(
    r"[（(]\s*今(?:属于|属|并入|划归|归入|归|改称|改名为|改名|改为|称|名|为|之)?"
    rf"([{CJK}]{{2,12}}?)(?:境内|一带|附近|地区|辖境)?\s*[）)]"
)

BAY_RE = re.compile("(?:湾|海峡)(?![区里内])")
# 城 followed by these is a word of its own (城区, 城郊, 城外, 城北): not the city suffix
CITY_WORD_AFTER = ("区", "郊", "市", "乡", "镇", "外", "北", "南", "东", "西", "防")   # 北平城防: the city's defence
# 区 followed by these is a word of its own (区域, 区长, 区委): not the district suffix
DISTRICT_WORD_AFTER = set("域长委政内间别分划部位块")

DIRECTIONAL = {"东北", "西南", "西北", "东南"}
# 柳潭里西南, 黄岛东南: the head of a village or island name before a direction (zh11)
DIRECTION_BEFORE = set("向往朝以偏之在其至从正城县镇村里庄屯堡寨岛岭"
                       "门站桥关口台营沟集店铺坝坨峪湾港埠")   # 车站西南, X门西南 (a structure or settlement)
# 东南有日岛, 西南距城十里: a direction that locates what follows (zh11)
DIRECTION_AFTER_RE = re.compile(r"(?:方|部|面|侧|角|郊|风|向|边|端|隅|山区|地区|约|约\d|\d|[一二三四五六七八九十百千]|有|距|离)")
DEMONYM_RE = re.compile(r"人(?!民|力|口|员|马)|族|鬼子|佬|兵(?![团站工器营种力])")   # 日本鬼子, 日本兵, 日本佬: bound forms (guideline 12)
ADMIN_END = "省市县区城镇村乡旗州盟"
TITLE_RE = re.compile(r"《[^《》\n]{0,80}》")
# a name whose last character starts a bound word: 认定日军, 英美军
BOUND_AFTER = {"日": "军方机舰寇伪", "美": "军方机舰援", "英": "军方机舰", "中": "方共美日英苏", "苏": "军方",
               "海": "岸",   # 北海岸, 东海岸: a coast, not the city 北海
               "党": "课员委校章费性籍内外组务政"}   # 上党课, 上党校: the party, not the region 上党 (zh13)
# a name glued to the preceding character: 发展中国家, 大江南北
BOUND_BEFORE = {"中国": "展其", "江南": "大", "周至": "划顾虑备详到密为极甚颇欠未"}   # 擘划周至: thorough (auditzh21)
# a name whose reading as the adverb 都 + a verb the next character shows: 都安上寨门, 都安排好 (auditzh21)
BOUND_NAME_AFTER = {"都安": "上排置装顿葬插放好心静然全稳"}
# a county short form directly followed by a landform character is part of a longer landform name (三门江)
LANDFORM_AFTER = "江河湖山岭峡溪"
LANDFORM_AFTER_OK = ("江面", "江边", "江岸", "河边", "河岸", "山区", "山地")
# 沿河南岸, 湖北面: a river/lake character plus a direction, then a bank word, is not the province
BANK_AFTER_RE = re.compile("(?:岸|畔|[面边侧](?![积貌临对孔目境界区防缘]))")
NAME_CONTINUES_FIRST = frozenset("煤铁矿兵纪博大学中小银童工日晚商饭酒公电广路街保自民")
# a one-character cue before a direction character that starts a village name (至|南怀化)
DIRECTION_PREFIX_CUES = set("至抵到占克经守")
# a place glued to the start of a longer name (胶州路, 井陉煤矿, 中国银行, 上海大学): not a place of its own
NAME_CONTINUES_RE = re.compile(
    "(?:煤矿|铁矿|矿区|矿务局|兵工厂|纪念馆|博物馆|大学|学院|中学|小学|银行|童子军|工部局|日报|晚报|"
    "商会|饭店|大饭店|酒店|公司|电台|广播电台|路(?![上口过线程途军费径旁边])|大街|街(?![头道上口面边巷坊市民])|"
    "保安队|保安团|保安旅|保安师|自卫团|自卫队|自卫军|民团)"
)


@lru_cache(maxsize=1)
def _name_matchers() -> tuple[re.Pattern, dict[str, re.Pattern | None], frozenset[str]]:
    """A scanner for positions where some name's first two characters may start, a trie
    regex of the rest per two-character prefix (None when no name is longer), and the
    two-character names.

    Dispatching on the prefix avoids re trying thousands of top-level alternatives at
    every position; the scanner's look-ahead on the second character halves the hits."""
    by_prefix: dict[str, list[str]] = {}
    for name in place_lexicon():
        if len(name) >= 2:
            by_prefix.setdefault(name[:2], []).append(name[2:])
    rests = {prefix: (re.compile(trie_regex(tails)) if any(tails) else None)
             for prefix, tails in by_prefix.items()}
    pairs = frozenset(prefix for prefix, tails in by_prefix.items() if "" in tails)
    firsts = "".join(re.escape(c) for c in sorted({p[0] for p in by_prefix}))
    seconds = "".join(re.escape(c) for c in sorted({p[1] for p in by_prefix}))
    scanner = re.compile(f"[{firsts}](?=[{seconds}])")
    return scanner, rests, pairs


_LAST_NAMES: list = [None, ()]   # the text last scanned (held, so its id is its own) and its matches


def _iter_names(text: str) -> tuple[tuple[int, int], ...]:
    """Leftmost-longest non-overlapping lexicon matches: (start, end). The place finder and
    place_address_chains both read them in one document's text: the last text's are kept."""
    if _LAST_NAMES[0] is text:
        return _LAST_NAMES[1]
    names = tuple(_scan_names(text))
    _LAST_NAMES[0], _LAST_NAMES[1] = text, names
    return names


_MATCH_START = re.Match.start


def _scan_names(text: str):
    scanner, rests, pairs = _name_matchers()
    pos = 0
    # the scanner's hits whose two characters start a name, kept in one comprehension (most are not)
    for start in [at for at in map(_MATCH_START, scanner.finditer(text)) if text[at:at + 2] in rests]:
        if start < pos:
            continue
        prefix = text[start : start + 2]
        rest = rests[prefix]
        tail = rest.match(text, start + 2) if rest is not None else None
        if tail is not None:
            end = tail.end()
        elif prefix in pairs:
            end = start + 2
        else:
            continue
        if end - start == 2 and start > 0 and _jieba_word_freq(text[start - 1:start + 1]) >= 300 \
                and _starts_name(text, start + 1, rests, pairs):
            continue  # 重镇平壤, 离开平壤: 镇平/开平 read across a word; the name after it is the place
        if end - start == 2 and text[start] in _PREPOSITION_CHARS and _name_end(text, start + 1, rests, pairs) > end:
            continue  # 从江华岛, 沿河南省: a preposition and a longer name (not the county 从江, 沿河)
        yield start, end
        pos = end


# characters that are a preposition before a place and also begin a two-character county (从江, 沿河, 自流井)
_PREPOSITION_CHARS = frozenset("从沿自向往到至经由距离对")


def _name_end(text: str, at: int, rests, pairs) -> int:
    """The end of the longest lexicon name starting at `at`, or -1."""
    prefix = text[at:at + 2]
    if prefix not in rests:
        return -1
    rest = rests[prefix]
    tail = rest.match(text, at + 2) if rest is not None else None
    return tail.end() if tail is not None else (at + 2 if prefix in pairs else -1)


def _starts_name(text: str, at: int, rests, pairs) -> bool:
    """Whether a lexicon name starts at `at`."""
    prefix = text[at:at + 2]
    if prefix not in rests:
        return False
    rest = rests[prefix]
    return (rest is not None and rest.match(text, at + 2) is not None) or prefix in pairs


def _jieba_word_freq(word: str) -> int:
    global _WORDS
    if _WORDS is None:
        from pipeline.rules.names_common import word_info
        _WORDS = word_info()
    return _WORDS.get(word, (0, ""))[0]


_WORDS: dict | None = None


def _title_marks(text: str) -> bytearray:
    """Marks the characters inside a 《title》 (its brackets not): a name (no bracket in it) is inside a
    title when its first and last characters are."""
    marks = bytearray(len(text))
    for m in TITLE_RE.finditer(text):
        marks[m.start() + 1:m.end() - 1] = b"\x01" * (m.end() - m.start() - 2)
    return marks


def _absorb_suffix(text: str, end: int, entry: PlaceEntry) -> int:
    """Extend over a place suffix written with the name: 衡阳城, 北平市, 宛平县."""
    if entry.label != "GPE" or end >= len(text):
        return end
    nxt = text[end]
    after = text[end + 1 : end + 2]
    if entry.name[-1] in ADMIN_END:
        if nxt == "城" and entry.name[-1] == "州" and after not in CITY_WORD_AFTER:
            return end + 1  # 衢州城, 徐州城
        return end
    if nxt == "城" and (text.startswith("郊区", end + 1) or after not in CITY_WORD_AFTER):
        return end + 1
    if nxt == "镇" and entry.kind not in ("province", "country", "prefecture") and after not in ("压", "守", "定", "静"):
        return end + 1  # 罗店镇: a town written with its suffix
    if nxt == "省" and entry.kind == "province":
        return end + 1
    if nxt == "盟" and entry.kind == "prefecture" and after not in ("军", "国", "友", "约"):
        return end + 1  # 乌兰察布盟, 呼伦贝尔盟: the league a city was until 2001–03 (盟军, 盟国: words)
    if nxt in "市县" and entry.kind not in ("province", "country") and after not in ("长", "委", "政", "民", "场", "区", "内", "城"):
        return end + 1
    if nxt == "区" and entry.kind == "county" and after not in DISTRICT_WORD_AFTER:
        return end + 1  # 奉化区: a county that has become a district since the gazetteer was compiled
    return end


# kinds of place whose "X人" is "a native of X" (奉化人), not a demonym (日本人); a province with 人 too (湖南人)
NATIVE_PLACE_KINDS = frozenset({"county", "prefecture", "city", "town", "district"})
# kinds of LOC that name a theatre of war with 战场 (太平洋战场, 华北战场): one LOC; a country or
# province only modifies it (中国 + 战场)
THEATRE_KINDS = frozenset({"region", "ocean", "continent", "sea", "islands", "island", "peninsula"})
# a plain, basin, plateau, peninsula or range named after a place: 汉中盆地, 成都平原, 山东半岛
LANDFORM_COMPOUND_RE = re.compile("平原|盆地|高原|半岛|群岛|列岛|山脉|丘陵")
LANDFORM_OWNER_KINDS = frozenset({"province", "prefecture", "county", "country", "region", "city", "town"})
# a school's class after the school's place name: 黄埔一期, 保定三期, 黄埔生(中)
COHORT_AFTER_RE = re.compile(r"第?[一二三四五六七八九十0-9]{1,3}期(?!间|内)")
CONJUNCTIONS = set("和与及同跟并或")


@lru_cache(maxsize=1)
def _transliteration_chars() -> frozenset[str]:
    """Characters of transliterated foreign names (transliteration_chars.txt)."""
    from pipeline.lexicons import read_rows

    return frozenset("".join(row[0].strip() for row in read_rows("transliteration_chars.txt") if row))


def _glued_both_sides(text: str, start: int, end: int, words: dict) -> bool:
    left = words.get(text[start - 1 : start + 1]) if start else None
    right = words.get(text[end - 1 : end + 1]) if end < len(text) else None
    return bool(left and right and left[1] != "ns" and right[1] != "ns" and left[0] >= 20 and right[0] >= 20)


def _word_then_longer_name(text: str, start: int, end: int, words: dict) -> bool:
    """A two-character foreign name whose first character ends a frequent ordinary word (到达, 抵达, 传达) and whose
    second character runs on into more transliteration characters: the name is read across a word and a longer name."""
    left = words.get(text[start - 1:start + 1]) if start else None
    return bool(left and left[0] >= 500 and left[1][:2] not in ("ns", "nr", "nz")
                and end + 1 < len(text) and text[end] in _transliteration_chars() and text[end + 1] in _transliteration_chars())


# a quoted name followed by more quoted names and a word of ships: the name is a vessel's
_QUOTED_SHIP_RE = re.compile(
    "[”\"」](?:[、和与及][“\"「][^”\"」，。\n]{1,6}[”\"」]){0,8}等?(?:号|舰|艇|轮|艘|中雷|中弹|沉没|搁浅|自沉|被击沉|相继沉没|先后沉没)"
)


def _quoted_ship(text: str, end: int) -> bool:
    return bool(_QUOTED_SHIP_RE.match(text, end))


# a name before 号 and a kind of vessel, or before 舰 alone, is the vessel's (靖安号运输舰, 永丰舰; auditzh14)
_UNQUOTED_SHIP_RE = re.compile("号?(?:巡洋舰|驱逐舰|运输舰|鱼雷舰|鱼雷艇|炮舰|炮艇|兵舰|军舰|战舰|舰(?![队长艇只船])"
                               "|潜艇|轮船|商轮|运输船)|号轮(?![流换番班回])")
_SHIP_AFTER_FIRST = frozenset("号巡驱运鱼炮兵军战舰潜轮商")


_REIGN_TITLES = ("皇帝", "帝", "天皇")


@lru_cache(maxsize=1)
def _reign_eras() -> frozenset[str]:
    """The reign eras of lexicons/eras.tsv (Qing, Manchukuo, modern Japan) with their Traditional forms."""
    from pipeline.lexicons import read_rows
    return frozenset(row[0].strip() for row in read_rows("eras.tsv") if row and row[0].strip())


def _not_a_place_here(text: str, start: int, end: int, name: str, words: dict, lexicon: dict) -> bool:
    """Readings where the matched characters are not the place: 和|县府 (a conjunction
    and the county government), 以东|至 (东至 county), 黄埔一期 / 黄埔生 (the academy's class)."""
    if len(name) == 2 and name[1] == "县" and name[0] in CONJUNCTIONS and (
            text[end - 1 : end + 1] in words
            or start and "\u4e00" <= text[start - 1] <= "\u9fff" and _jieba_word_freq(text[end:end + 2]) >= 1000):
        return True   # 两个班和|县公安队: a conjunction, and 县 before the word it heads (auditzh13)
    if len(name) == 2 and name[0] == "大" and start and verb_word(text[end - 1:end + 1], 100):
        return True   # 开展大|清查: 大 and a verb (大清查, a great sweep), not 大清 (auditzh13)
    if len(name) == 2 and name[1] == "县" and start and _jieba_word_freq(text[start - 1 : start + 1]) >= 100 \
            and text[start - 1 : start + 1] not in lexicon \
            and not any(text[start - size : start] in lexicon for size in (2, 3) if start >= size):
        return True   # 恢复|县政府, 收复|县北: a frequent word ends on the county's one-character stem (复县); not 陕西|洋县
    if len(name) == 3 and name.endswith("山区") and start and "\u4e00" <= text[start - 1] <= "\u9fff" \
            and not any(text[start - size:start] in lexicon for size in (2, 3, 4) if start >= size):
        return True   # 桐西山区, 黄甲山区: a region's mountain area (山区), not the city district 西山区/甲山区 (auditzh13)
    if len(name) == 2 and name[1] == "县" and name[0] in "任代新" and text.startswith("长", end):
        return True   # 任|县长 (serving as county head), 代|县长 (acting), 新|县长: not 任县, 代县, 新县 (auditzh13)
    if len(name) == 2 and name[1] == "县" and text.startswith("长", end) and end + 1 < len(text) \
            and "\u4e00" <= text[end + 1] <= "\u9fff" and name[0] in surnames()[0] \
            and _jieba_word_freq(text[end:end + 2]) < 50 and text[end:end + 2] not in lexicon \
            and text[end:end + 3] not in lexicon \
            and not any(text[start - size:start] in lexicon for size in (2, 3) if start >= size):
        return True   # 我县吴县长雨桐: the magistrate Wu (the county's head is 吴县县长), not the county 吴县 (auditzh21)
    if name[0] in "东西南北" and start > 0 and text[start - 1] == "以" and name[1:] in ("至", "到"):
        return True
    if text.startswith(_REIGN_TITLES, end) and not text.startswith("帝国", end) and name in _reign_eras():
        return True   # 咸丰皇帝, 咸丰帝, 昭和天皇: the reign's emperor, not the county (auditzh12)
    if text.startswith("生", end):  # 黄埔生中, 黄埔生占: a student; 中国生育, 武汉生化: a word of its own
        word = words.get(text[end : end + 2])
        return not (word and word[0] >= 20) and not text.startswith(("生产", "生活", "生的"), end)
    return bool(COHORT_AFTER_RE.match(text, end))


# a military rank right after a person's name: 松山祐三中将, 张华容少将
RANK_RE = re.compile("上将|中将|少将|大将|准将|大佐|中佐|少佐|上校|中校|少校|大尉|中尉|少尉")


def _inside_person_name(text: str, start: int, end: int, name: str) -> bool:
    """The place is part of a person's name written before a rank: a Japanese surname plus a
    given name (松山|祐三中将), or a Chinese surname plus the place as given name (张|华容少将)."""
    if RANK_RE.match(text, end) and start > 0 and text[start - 1] in surnames()[0] and len(name) == 2:
        return True
    if name in japanese_surnames():
        return any(RANK_RE.match(text, end + k) for k in (1, 2)) and all(
            "\u4e00" <= ch <= "\u9fff" for ch in text[end : end + 1]
        )
    return False


# last characters of landmarks a bearing is taken from (运河东南之X, 车站以北之X, 县城西南之X)
_LANDMARK_ENDS = frozenset("河湖山路站城县镇村庄江岭桥港口集寨堡关岸线渠堤")


def _directional_ok(text: str, start: int, end: int) -> bool:
    """东北/西南/... is a region, not a direction: not after 向/以/在…, not before 方/部/面…,
    not in a list of directions (以北、以东和东南)."""
    if start > 0 and text[start - 1] in DIRECTION_BEFORE:
        return False
    if start > 0 and text[start - 1] == "驻" and not text.startswith(("方", "部", "面", "侧", "边", "角"), end):
        return True    # 驻东北5个师团: stationed in the region, whatever count follows
    if text.startswith("之", end) and start > 0 and text[start - 1] in _LANDMARK_ENDS \
            and not text.startswith(("之战", "之役"), end):
        return False   # 运河东南之南阳镇: "to the south-east of" the thing before it
    before = text[max(0, start - 3) : start].rstrip("、和及与")
    if before and before[-1] in "东西南北":
        # a direction before it (以北、东北), unless a region ends there (华北和东北: zh13)
        entry = place_lexicon().get(before[-2:])
        if not (entry and entry.kind == "region" and before[-2:] not in DIRECTIONAL):
            return False
    return not DIRECTION_AFTER_RE.match(text, end)


def _candidate(text: str, start: int, end: int, label: str, name: str) -> Candidate:
    """A candidate whose norm comes from the lexicon entry `name` (the span may add a suffix); without a
    （今X） note after it the norm is the name's own (made once per name, copied)."""
    following = text[end : end + 20]
    if "今" in following:
        return Candidate(start, end, label, SOURCE, PRIORITY, normalize_place(name, following))
    norm = _OWN_NORMS.get(name)
    if norm is None:
        norm = _OWN_NORMS[name] = normalize_place(name)
    return Candidate(start, end, label, SOURCE, PRIORITY, dict(norm))


_OWN_NORMS: dict[str, dict] = {}


# the first characters of posts ending in 长 (师长, 军长, 首长; not 省 or 县, which also end a place: 湖南省长沙): a place name starting with 长 right after
# one of them is read across the post (师长江潮 is 师长 + 江潮)
_HEADS_OF_CHIEF_TITLES = frozenset("师军旅团营连排班队校首署局处科厅院组")


# first characters of what follows a name in the checks below (the same checks, most names turned away
# by one set test): DEMONYM_RE; _not_a_place_here's reign titles, 生 and COHORT_AFTER_RE; RANK_RE;
# LANDFORM_AFTER; LANDFORM_COMPOUND_RE; BAY_RE
_DEMONYM_FIRST = frozenset("人族鬼兵佬")
_NOT_HERE_NEXT = frozenset("皇帝天生第一二三四五六七八九十0123456789")
_RANK_FIRST = frozenset("上中少大准")
_LANDFORM_AFTER = frozenset(LANDFORM_AFTER)
_LANDFORM_COMPOUND_FIRST = frozenset("平盆高半群列山丘")
_BAY_FIRST = frozenset("湾海")
_FACTS: dict[str, tuple] = {}


def _name_facts(name: str, entry: PlaceEntry) -> tuple:
    """What the checks of _lexicon_candidates read of a lexicon name alone, computed once per name
    (the order of the tuple is the order _lexicon_candidates unpacks it in)."""
    own = _jieba_words().get(name)
    two = len(name) == 2
    facts = _FACTS[name] = (
        entry.label == "GPE" and entry.kind not in NATIVE_PLACE_KINDS,       # demonym-prone (日本人)
        entry.source in ("gazetteer", "taiwan", "korea"),                   # inside a foreign word (佛罗里达州)
        two and (name[1] == "县" or name[0] in "东西南北" and name[1] in "至到" or name[0] == "大")
        or len(name) == 3 and name.endswith("山区"),                         # _not_a_place_here, whatever follows
        name in japanese_surnames(),
        entry.source in ("world", "foreign") and entry.kind != "country",   # a short foreign name
        bool(own and own[0] >= 300 and own[1][:2] not in ("ns", "nr", "nz")),   # itself an ordinary word
        entry.kind == "district",
        frozenset(BOUND_AFTER.get(name[-1], "")),
        (name in DIRECTIONAL or name[0] in "江河湖" and name[1] in "东西南北" or name[0] in "长日一二三四五六七八九十"
         or name in BOUND_BEFORE or name in BOUND_NAME_AFTER
         or two and name[0] in "东西南北" and name[1] == "至"),   # _rare_reading's checks
        (entry.source == "gazetteer" and entry.kind in ("county", "district") and name[-1] not in ADMIN_END),
        entry.kind in LANDFORM_OWNER_KINDS or entry.label == "LOC" and entry.kind in THEATRE_KINDS,
        entry.label == "LOC" and entry.kind in THEATRE_KINDS,
        entry.label == "GPE" and name[-1] in "江河水",
    )
    return facts


def _rare_reading(text: str, start: int, end: int, name: str, previous_end: int, previous_kind: str) -> bool:
    """The checks of _lexicon_candidates that only names of a few shapes can fail (_name_facts)."""
    if name in DIRECTIONAL and (
        previous_end == start and previous_kind not in ("country", "province") or not _directional_ok(text, start, end)
    ):
        return True  # 忻口西北, 阳泉西南: a direction from the place before it
    if len(name) == 2 and name[0] in "东西南北" and name[1] == "至":
        return True  # 东至太行山: "east as far as", not the county 东至 (东至县 is matched whole)
    if name[0] in "江河湖" and name[1] in "东西南北" and BANK_AFTER_RE.match(text, end):
        return True  # 沿河南岸: the river's south bank, not 河南
    if name[0] == "长" and start > 0 and text[start - 1] in _HEADS_OF_CHIEF_TITLES:
        return True  # 师长江潮, 团长沙某: the 长 ends the post before the name (师长 | 江潮), no 长江 / 长沙
    if end < len(text) and text[end] in BOUND_NAME_AFTER.get(name, ""):
        return True  # 都安上寨门: all installed, not the county 都安
    return bool(start > 0 and text[start - 1] in BOUND_BEFORE.get(name, "")
                or (name[0] == "日" and start > 0 and text[start - 1].isdigit())
                or (start > 0 and text[start - 1] == "第" and name[0] in "一二三四五六七八九十"))   # 第三台戏: an ordinal


def _short_form_ends_at(text: str, end: int) -> bool:
    """A county's short form (place_short_forms: 鱼台 for 鱼台县) ends at `end`."""
    from pipeline.rules.place_short_forms import _short_forms

    shorts = _short_forms()
    return any(text[end - size:end] in shorts for size in (2, 3) if end >= size)


def _lexicon_candidates(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    words = _jieba_words()
    titles = _title_marks(text) if "《" in text else None
    facts_of = _FACTS.get
    size = len(text)
    out = []
    previous_end = -1
    previous_kind = ""
    for start, end in _iter_names(text):
        name = text[start:end]
        entry = lexicon[name]
        (demonym_prone, foreign_prone, not_here, jp_surname, short_foreign, own_plain, district, bound_after,
         rare, landform_prone, landform_owner, theatre, river_prone) = facts_of(name) or _name_facts(name, entry)
        nxt = text[end] if end < size else ""
        if previous_end != start:
            previous_kind = ""
        if titles is not None and titles[start] and titles[end - 1]:
            continue   # inside a 《title》
        # 日本人 is a demonym, but in 山东临清人 / 他是奉化人 ("a native of ...") a county or city is a place
        if (
            demonym_prone
            and nxt in _DEMONYM_FIRST
            and DEMONYM_RE.match(text, end)
            and not (entry.kind == "province" and nxt == "人")   # 他是贵州人: a native place (zh13)
            and not (previous_end == start and out and out[-1].label == "GPE")
        ):
            continue
        if foreign_prone and start > previous_end and _inside_foreign_word(text, start, end, words, lexicon):
            continue  # 千叶县 ⊃ 叶县, 佛罗里达州 ⊃ 达州: a county name inside a longer (foreign) name
        if (not_here or nxt in _NOT_HERE_NEXT) and _not_a_place_here(text, start, end, name, words, lexicon) \
                or (jp_surname or nxt in _RANK_FIRST) and _inside_person_name(text, start, end, name):
            continue
        if short_foreign:
            if len(name) == 2 and _glued_both_sides(text, start, end, words):
                continue  # 勃勃生机 ⊃ 勃生: a short foreign name read across two ordinary words
            if len(name) == 2 and _word_then_longer_name(text, start, end, words):
                continue  # 到达|卡朗坦 ⊃ 达卡: a verb's last character, then the start of a longer foreign name
            if start > previous_end + 1 and start >= 2 and all(ch in _transliteration_chars() for ch in text[start - 2 : start]) \
                    and not plain_word(text[start - 2:start], 200):
                continue  # 奥斯|特拉华: the end of a longer transliterated name (not 基地|亚历山大港: a word before it)
        if nxt in bound_after:
            continue
        if nxt and nxt in "东西南北" and name[-1] in "东西南北" and start and _short_form_ends_at(text, start + 1):
            continue  # 鱼台|东北 ⊃ 台东: a county's short form, then a direction (东北) that the name cuts
        if entry.kind == "country" and nxt == "式":
            continue  # 捷克式步枪, 日本式: a country's style or make, no place (auditzh16, veterans' stories)
        if start and text[start - 1] in "“\"「" and _quoted_ship(text, end):
            continue  # “定远”中雷, “威远”、“宝筏”等相继沉没: warships named after counties (zh11)
        if nxt in _SHIP_AFTER_FIRST and _UNQUOTED_SHIP_RE.match(text, end):
            continue  # 靖安号运输舰, 孙中山登永丰舰: a vessel named after a county (auditzh14)
        if len(name) == 2 and _inside_plain_word(text, start, end, name, words, lexicon, own_plain, district):
            continue  # 一马当先 ⊃ 马当, 渭北|平原 ⊃ 北平, 咸丰年间: characters of other words, not the place
        if rare and _rare_reading(text, start, end, name, previous_end, previous_kind):
            continue
        if nxt in NAME_CONTINUES_FIRST and NAME_CONTINUES_RE.match(text, end) and not (previous_end == start and out and out[-1].label == "GPE"):
            continue  # 胶州路, 井陉煤矿, 中国银行: the place is the start of a longer name
        if landform_prone and nxt in _LANDFORM_AFTER and not text.startswith(LANDFORM_AFTER_OK, end):
            continue  # 三门江: a county's short form starting a longer landform name
        label = entry.label
        landform = LANDFORM_COMPOUND_RE.match(text, end) if nxt in _LANDFORM_COMPOUND_FIRST else None
        if landform and landform_owner:
            out.append(Candidate(start, landform.end(), "LOC", SOURCE, PRIORITY, {"id": None}))  # 汉中盆地, 山东半岛
            previous_end = landform.end()
            continue
        if theatre and text.startswith("战场", end):
            out.append(Candidate(start, end + 2, "LOC", SOURCE, PRIORITY, {"id": None}))  # 太平洋战场
            previous_end = end + 2
            continue
        if (
            start >= 2
            and text[start - 1] in "东西南北"
            and text[start - 2] in DIRECTION_PREFIX_CUES
            and entry.label == "GPE"
            and entry.kind not in ("province", "country")
            and not (end < len(text) and text[end] in NAME_CONTINUES_FIRST and NAME_CONTINUES_RE.match(text, end))
        ):  # 退至南怀化: a village named after a direction plus a city's name
            out.append(Candidate(start - 1, end, "GPE", SOURCE, PRIORITY, {"id": None}))
            previous_end = end
            continue
        if river_prone and _river_context(text, start, end):
            label = "LOC"
        bay = BAY_RE.match(text, end) if nxt in _BAY_FIRST else None
        if label == "LOC" and entry.kind == "river" and text.startswith("流域", end):
            end += 2
        elif bay and name[-1] not in "湾港峡":  # 杭州湾, 台湾海峡: a city or island names the water
            end, label = bay.end(), "LOC"
            out.append(Candidate(start, end, label, SOURCE, PRIORITY, {"id": None}))
            previous_end = end
            continue
        elif label == "GPE":
            end = _absorb_suffix(text, end, entry)
        elif text.startswith("县", end) and text[end + 1:end + 2] not in ("长", "委", "政", "民", "府", "境", "内", "衙", "令", "志", "官"):
            out.append(Candidate(start, end + 1, "GPE", SOURCE, PRIORITY, {"id": None}))   # 南海县: a county named after a sea (zh11)
            previous_end = end + 1
            continue
        out.append(_candidate(text, start, end, label, name))
        previous_end = end
        previous_kind = entry.kind
    return out


def _modern_note_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    """The X of "（今X）" as GPE when the lexicon found nothing inside it."""
    out = []
    starts = [c.start for c in taken]
    for match in rare_finditer(MODERN_NOTE_RE, text):
        start, end = match.span(1)
        if _overlapping(taken, starts, start, end):
            continue
        out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, normalize_place(match.group(1))))
    return out


def _border_candidates(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "LOC", SOURCE, PRIORITY, {"id": None}) for m in literal_finditer(BORDER_RE, text)]
    if any(word in text for word in ("地区", "平原", "高原", "盆地", "丘陵")):  # 浙赣地区, 湘鄂赣地区, 云贵高原
        lexicon = place_lexicon()
        words = _jieba_words()
        for m in literal_finditer(PROVINCE_PAIR_REGION_RE, text):
            pair = m.group(1)
            info = words.get(pair)
            if (
                len(set(pair)) < len(pair)
                or info and info[1] not in ("ns", "j", "nz")
                or any(pair[i:j] in lexicon and lexicon[pair[i:j]].label == "GPE" for i in range(len(pair)) for j in range(i + 2, len(pair) + 1))
            ):
                continue  # 新宁地区: a county; 宁夏: a province
            out.append(Candidate(m.start(), m.end(), "LOC", SOURCE, PRIORITY, {"id": None}))
    for m in literal_finditer(COUNTRY_PAIR_RE, text):  # 由印缅发起反攻, 在印缅境内: the India–Burma theatre
        pair = m.group(1)
        if len(set(pair)) == len(pair):
            out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY, {"id": None}))
    return sorted(out, key=_START)


def _abbreviation_candidates(text: str) -> list[Candidate]:
    out = []
    for match in rare_finditer(SINGLE_ABBREV_RE, text):  # 主力入缅, 奉命赴湘: one province or country
        char = match.group(1)
        province, city = ABBREVIATIONS[char]
        out.append(Candidate(match.start(1), match.end(1), "GPE", SOURCE, PRIORITY, {"modern": province or city, "id": None}))
    for match in ABBREV_LIST_RE.finditer(text):
        chars = match.group().split("、")
        city_reading = any(ABBREVIATIONS[c][0] is None for c in chars)
        for offset, char in enumerate(chars):
            province, city = ABBREVIATIONS[char]
            full = city if (city_reading and city) or province is None else province
            start = match.start() + 2 * offset
            out.append(Candidate(start, start + 1, "GPE", SOURCE, PRIORITY, {"modern": full, "id": None}))
    return out


def find_places(text: str) -> list[Candidate]:
    """GPE and LOC candidates in `text` (Simplified Chinese working text)."""
    found = _lexicon_candidates(text)
    local = _local_candidates(text, found)

    def by_start(cands: list[Candidate]) -> list[Candidate]:
        return sorted(cands, key=_START_END)

    if "一带" in text or "一线" in text or "附近" in text or "等地" in text or "以" in text or "方向" in text:
        local += _bare_candidates(text, by_start(found + local))
    if "（" in text or "(" in text:
        local += _paren_location_candidates(text, by_start(found + local))
    if "、" in text:
        local += _list_member_candidates(text, by_start(found + local))
    if local:  # 宝山城 replaces the 山城 inside it
        starts = [c.start for c in found]
        inside = {id(c) for n in local for c in _overlapping(found, starts, n.start, n.end) if n.start <= c.start and c.end <= n.end}
        found = by_start([c for c in found if id(c) not in inside] + local)
    if "今" in text:
        found = sorted(found + _modern_note_candidates(text, found), key=_START)
    extras = _border_candidates(text) + _abbreviation_candidates(text)
    if not extras:
        return found
    starts = [c.start for c in found]
    dropped: set[int] = set()
    kept_extras = []
    for extra in extras:
        overlapping = _overlapping(found, starts, extra.start, extra.end)
        if all(extra.start <= c.start and c.end <= extra.end for c in overlapping):
            dropped.update(id(c) for c in overlapping)
            kept_extras.append(extra)
    found = [c for c in found if id(c) not in dropped] + kept_extras
    return sorted(found, key=_START_END)


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
COHORT_AFTER_RE = guarded(COHORT_AFTER_RE)
DIRECTION_AFTER_RE = guarded(DIRECTION_AFTER_RE)
