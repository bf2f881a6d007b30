"""Written-Chinese LOC and GPE classes (part of pipeline.rules.written_zh `find_written`): a region named by a
province abbreviation and a direction (晋东北, 豫西南, 鄂西); a known county with 城 (灵丘县城), a known place with
府 or a settlement suffix (保定府, 石牌乡: rule 6), towns with 镇/寨 after a word of going, family villages
(方家集), numeral-initial counties after a word of going (转向五台), Japanese prefecture short forms and towns in
place lists.

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first, read_rows
from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, known_places, surnames, word_info
from pipeline.rules.written_zh_scan import BOUNDARY, CJK, list_runs, anchored_scanner
from pipeline.spans import Candidate

_REGION_ABBREV = "晋冀鲁豫鄂湘赣皖浙闽粤桂滇黔川陕陇苏辽绥察蒙"   # 绥察: Republican provinces 绥远, 察哈尔; 蒙: Mongolia
_REGION_RE = re.compile(
    f"([{_REGION_ABBREV}](?:东北|东南|西北|西南|中|东|南|西|北))(?=部|地区|一带|[{BOUNDARY}]|日军|敌|的|各|方面|战场|根据地|$)"
    f"|([{_REGION_ABBREV}](?:东北|东南|西北|西南))(?![军风人方亚])")
# a known place written with a settlement suffix (石牌乡, 龙湾村, 横山镇): the suffix stays inside (rule 6)
# 埔: Taiwan's old market-town names after a known township (甲仙埔; auditzh39)
_SETTLEMENT_AFTER_RE = re.compile(f"([{CJK}]{{2,3}})(乡|镇|村|寨|庄|集|堡|屯|埔)")
# a village named by a family (方家集, 王家湾, 李家庄): surname + 家 + a settlement word
_VILLAGE_NOUN_AFTER = frozenset("民长委干里口")   # 村民, 村长, 村委, 村干部, 村里, 村口: 村 starts the next word
_FAMILY_VILLAGE_RE = re.compile(f"([{CJK}])家(集|庄|湾|铺|店|寨|冲|嘴|坝|垸|塘|村|屯|堡|畈|桥|坪|场|埠|墩|圩)(?![{CJK}]?[长民员主人子园稼])")
# a known place whose name starts with a numeral (五台, 六安, 四平), after a word of going: not a count; also where a
# force is stationed (驻九台蒋军, 盘踞四平之敌: auditzh16, Civil War dispatches)
_NUMERAL_PLACE_RE = re.compile(
    f"(?:(?<=[向至往到占经抵克、驻])|(?<=转向|进犯|攻占|攻克|占领|进至|退至|撤至|开赴|盘踞))([一二三四五六七八九十百][{CJK}]{{1,2}}?)"
    f"(?=[，。、；：！？）)\n]|一带|附近|以[东西南北]|方向|地区|县|城|[蒋敌日伪守国顽]军|之敌|守敌)")
# not 阜平县城南庄乡: 城 opens the township's name after the county (the address chain reads it)
# a joiner a known county may start with (和县, 同心, 于都) and the last characters of a settlement's name: after such a
# place, 和县城 / 与县城 is the joiner and the county seat (r18zhplace)
_JOINERS = frozenset("和与及同跟并至到")
_SETTLEMENT_ENDS = frozenset("村庄寨集镇营堡屯铺店坊街城市县区乡沟洼峪湾坪岭口站")


def _ends_in_place(text: str, at: int, places) -> bool:
    """A known place of 2-4 characters ends just before position at."""
    return any(text[at - n:at] in places for n in (2, 3, 4) if at >= n)


_COUNTY_TOWN_RE = re.compile(f"([{CJK}]{{1,3}}县)城(?![市墙门池区里外内郊关]|(?:(?![的和在与])[{CJK}]){{1,3}}[乡镇区])")
# towns and villages: a 2–3 character name with 镇 after a word of going or a direction; a known
# place with 府 (保定府, rule 6)
_TOWN_RE = re.compile(
    f"(?:(?<=[至在于抵到占克经往向])|(?<=以西|以东|以南|以北|东南|西南|东北|西北))([{CJK}]{{1,3}}?)(镇|寨)(?![长民子上内外压守主湾村口街路江河桥坝铺集坪岭山头港洲滩堡屯庄沟])")
_NOT_WALLED_TOWN = set("市墙门池区里楼郊隍外内上下中")   # 府城墙, 府城外: a structure or side of the town
_PREFECTURE_RE = re.compile(f"([{CJK}]{{1,3}}?)府(?![{CJK}]{{0,1}}[长院令库第])")
# two-character verbs whose first character is one of _TOWN_RE's look-behinds (占领龙坎镇 reads 领龙坎镇 from 占)
_VERBS_BEFORE_TOWN = frozenset("占领 占据 到达 抵达 攻克 经过 向着 往返".split())
_NOT_IN_TOWN = set("的了是在和与及等为以各该本我敌其此这那每全两个数某城乡村至到于往向进抵占经")

# each pattern's anchor and reach (see pipeline.rules.written_zh_scan)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    _REGION_RE: (re.compile(f"[{_REGION_ABBREV}]"), 0),
    _TOWN_RE: (re.compile("[镇寨]"), 3),
    _PREFECTURE_RE: (re.compile("府"), 3),
    _SETTLEMENT_AFTER_RE: (re.compile("[乡镇村寨庄集堡屯埔]"), 3),
    _FAMILY_VILLAGE_RE: (re.compile("家"), 1),
    _NUMERAL_PLACE_RE: (re.compile("[一二三四五六七八九十百]"), 0),
    _COUNTY_TOWN_RE: (re.compile("县"), 3),
}
_finditer = anchored_scanner(_ANCHORS)


# second characters of the countryside's words that 乡 opens (乡俗, 乡音, 乡绅, 乡情, 乡愁, 乡野, 乡邻, 乡土, 乡间味)
_COUNTRYSIDE_WORD_SECOND = frozenset("俗音绅情愁野邻土")

def _suffix_opens_place(text: str, at: int, places) -> bool:
    """The settlement suffix at `at` is the first character of a county or city name the gazetteer
    knows, with or without its 县/区/市 (镇海, 集宁, 镇江)."""
    name, lexicon = text[at:at + 2], place_lexicon()
    return len(name) == 2 and any(name + tail in lexicon for tail in ("", "县", "区", "市"))


def find_written_places(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in _finditer(_REGION_RE, text):
        g = 1 if m.group(1) else 2
        before = text[m.start(g) - 1:m.start(g) + 1] if m.start(g) else ""
        # 四川东部: not 川东; 侦察中: the abbreviation's character ends an ordinary word (zh11)
        if m.group(g) not in places and before not in places and not is_common_word(before, 100):
            out.append(Candidate(m.start(g), m.end(g), "LOC", "rule:region", 31))
    for m in _finditer(_TOWN_RE, text):
        name, start = m.group(1), m.start()
        for direction in ("东南", "西南", "东北", "西北", "以东", "以西", "以南", "以北"):
            if name.startswith(direction):
                name, start = name[2:], start + 2     # 至东南石寨: the town is 石寨
        if len(name) >= 3 and start and is_common_word(text[start - 1:start + 1], 100) \
                and text[start - 1:start + 1] in _VERBS_BEFORE_TOWN:
            name, start = name[1:], start + 1     # 占领|龙坎镇: the look-behind's verb ends here (auditzh36)
        if not name:
            continue
        whole = name + m.group(2)
        if any(ch in _NOT_IN_TOWN for ch in name) or is_common_word(whole) or is_common_word(name[-2:] + m.group(2)):
            continue
        if len(name) == 1 and m.group(2) != "寨":
            continue
        if _suffix_opens_place(text, m.start(2), places):
            continue                  # 接近镇海县城: 镇 opens the county's name, no town 接近镇
        out.append(Candidate(start, m.end(), "GPE", "rule:town", 30))
    for m in _finditer(_PREFECTURE_RE, text):
        name = m.group(1)
        stem = next((name[k:] for k in range(len(name) - 1) if name[k:] in places), None)
        if stem and stem[-1] not in "县市省区":      # 县府 = a county government
            end = m.end()
            if text[end:end + 1] == "城" and text[end + 1:end + 2] not in _NOT_WALLED_TOWN:
                end += 1      # 进攻台南府城: the prefecture's walled seat keeps 城 (guideline 6, 衡阳城; auditzh39)
            out.append(Candidate(m.end() - len(stem) - 1, end, "GPE", "rule:prefecture", 31))
    out += _foreign_list_members(text)
    for m in _finditer(_SETTLEMENT_AFTER_RE, text):
        name, end = m.group(1), m.end()
        stem = next((name[k:] for k in range(len(name) - 1) if name[k:] in places), None)
        if stem is None or is_common_word(text[m.start(2):m.start(2) + 2]) or is_common_word(stem + m.group(2)) \
                or is_common_word(text[m.start(2) - 1:m.start(2) + 1]):
            continue
        s0 = end - len(stem) - 1
        if s0 and text[s0 - 1:s0 + 1] in places:
            continue                  # 江西乡村: not 西乡 + 村
        if end < len(text) and text[end] in "民长亲人口户委部政干里下间":
            continue
        if m.group(2) == "乡" and text[end:end + 1] in _COUNTRYSIDE_WORD_SECOND:
            continue                  # 湘北乡俗, 乡音, 乡绅: 乡 opens a word of the countryside, no township (prezh7)
        if _suffix_opens_place(text, m.start(2), places):
            continue                  # 大同集宁会战: 集 opens 集宁, no market town 大同集
        out.append(Candidate(end - len(stem) - 1, end, "GPE", "rule:settlement-suffix", 31))
    single, _compound = surnames()
    for m in _finditer(_FAMILY_VILLAGE_RE, text):
        family = m.group(1) + "家"
        if m.group(1) in single and not is_common_word(family) and not is_common_word(m.group()):
            end = m.end()
            if m.group(2) != "村" and text.startswith("村", end) and text[end + 1:end + 2] not in _VILLAGE_NOUN_AFTER:
                end += 1      # 李家寨村的民兵: the village keeps its 村 (not in 李家寨村民, 村长)
            out.append(Candidate(m.start(), end, "GPE", "rule:family-village", 30))
    for m in _finditer(_NUMERAL_PLACE_RE, text):
        if m.group(1) in places and not _noun_count(text, m.start(1)):
            end = m.end(1)
            if text.startswith("县", end):   # 攻占五华县城, 转向五台县: the county keeps its 县 (guideline 6; auditzh39)
                end += 2 if _COUNTY_TOWN_RE.match(text, m.start(1)) and text.startswith("县城", end) else 1
            out.append(Candidate(m.start(1), end, "GPE", "rule:numeral-place", 41))
    if any(ch in text for ch in _NUMERALS):
        for m in numeral_county_re().finditer(text):
            if m.start() and text[m.start() - 1] in "第个"  or is_common_word(text[m.end() - 1:m.end() + 1], 50):
                continue
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:numeral-place", 41))
    for m in _finditer(_COUNTY_TOWN_RE, text):
        name = m.group(1)
        for k in range(len(name) - 1):   # the longest known county ending the run (灵寿县城, not 寿县城)
            if name[k:] in places:
                if is_common_word(text[m.start(1) + k - 1:m.start(1) + k + 1], 100):
                    break     # 普通县城: the character before makes a word with the county's (通县), no county (auditzh53)
                at = m.start(1) + k
                if name[k] in _JOINERS and at and (text[at - 1] in _SETTLEMENT_ENDS or _ends_in_place(text, at, places)):
                    break     # 李家庄和县城: the joiner links a place to the county seat (和县 read across 和; r18zhplace)
                out.append(Candidate(m.start(1) + k, m.end(), "GPE", "rule:county-town", 31))
                break
    return out


_NUMERALS = "一二三四五六七八九十百两"


def _noun_count(text: str, at: int) -> bool:
    """The numeral at `at` counts the noun before it (坦克三台, 战车五台): the cue character before it closes a common
    noun with the character before (坦克, not the verb 攻克) and a measure word follows the numeral (guideline 9:
    `飞机168架` → `168架`). Session 21 (r21dates): a count after a weapon noun is no county."""
    from pipeline.normalize.quantities import measure_words
    entry = word_info().get(text[at - 2:at]) if at >= 2 else None
    return (bool(entry) and entry[0] >= 100 and entry[1] == "n"
            and text[at + 1:at + 2] in measure_words().units)


@lru_cache(maxsize=1)
def numeral_county_re() -> re.Pattern:
    """A county or city of the gazetteer written in full whose name starts with a numeral (三门县, 五华县, 六安州): the
    count reading (三门 "three guns") must not take it (auditzh39)."""
    names = sorted((name for name, entry in place_lexicon().items()
                    if entry.label == "GPE" and entry.source == "gazetteer" and 3 <= len(name) <= 5
                    and name[0] in _NUMERALS and name[-1] in "县市州旗"), key=longest_first)
    return re.compile("|".join(map(re.escape, names)) or "(?!)")


@lru_cache(maxsize=1)
def _foreign_short_forms() -> frozenset[str]:
    """Short forms of foreign prefectures and cities (大分县/大分市 → 大分) that are not matched alone
    because they are also words; a list of places confirms them."""
    short = set()
    for row in (*read_rows("places_foreign.tsv"), *read_rows("places_foreign_zh.tsv")):
        if len(row) >= 4 and row[1] == "GPE" and row[3] in ("province", "city", "county"):
            for name in (row[0], row[2]):
                if len(name) >= 3 and name[-1] in "县市省郡":   # 老街省, 高原郡 (places_foreign_zh) → 老街, 高原 in a list
                    short.add(name[:-1])
    return frozenset(short)


def _foreign_list_members(text: str) -> list[Candidate]:
    out = []
    places, short = known_places(), _foreign_short_forms()
    for m in list_runs(text):
        parts = m.group().split("、")
        pos, members = m.start(), []
        for part in parts:
            members.append((pos, part))
            pos += len(part) + 1
        inner = members[1:-1] + [members[-1]] if len(members) > 1 else []
        head = members[0][1]
        if not any(p in places for _, p in members[1:]) and \
                not any(head[-k:] in places for k in range(2, min(4, len(head)) + 1)):
            continue
        for start, part in inner:
            if part in short and part not in places:
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list", 30))
        # 沿镇江、丹阳、句容: in a list of towns a town is no river, whatever the word before the list
        lexicon = place_lexicon()
        towns = [(start, part) for start, part in members[1:-1] if part in lexicon and lexicon[part].label == "GPE"]
        last_start, last = members[-1]
        lead = next((last[:k] for k in range(min(4, len(last)), 1, -1)
                     if last[:k] in lexicon and lexicon[last[:k]].label == "GPE"), None)
        if lead and len(members) > 1:
            towns.append((last_start, lead))   # 句容西进: the list's last town before the verb
        if len(towns) >= 2:
            tail = next((head[-k:] for k in range(min(4, len(head)), 1, -1)
                         if head[-k:] in lexicon and lexicon[head[-k:]].label == "GPE"), None)
            if tail:
                towns.insert(0, (members[0][0] + len(head) - len(tail), tail))
            out += [Candidate(start, start + len(part), "GPE", "rule:place-list", 31) for start, part in towns]
    return out
