"""FAC (and a few LOC and GPE) names found without the structure finder's head walk, for facilities.find_facilities
(moved out of facilities.py, session 32).

Fixed names of well-known structures (长城, 中华门, 卢沟桥, named fortification lines such as 吴福线), not as a metaphor
(钢铁长城); ferries of the Yellow River and a ferry after a verb or preposition of place (风陵渡, 攻占茅津渡: the
settlement at the crossing, GPE); numbered heights (204高地, 一三〇〇高地, 3号高地: a landform, LOC); route sections
named by their ends' abbreviations (徐蚌段); a camp's name in quotes (「孤军营」).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.name_walk import CHINESE_DIGITS, FREE_STOP, STOP_CHARS, ABBREVIATIONS, DIRECTIONS
from pipeline.rules.names import is_common_word
from pipeline.rules.scan import anchored_finditer, guarded, literal_finditer, rare_finditer
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

RULE_FAC = ("rule:fac", 45)   # the source of every FAC the structure finder (facilities.py) gives

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
# 204高地, 第204高地, 5号高地, 573.2高地, 一三〇〇高地 (its height read digit by digit), 三号高地:
# a height named by its number is a LOC (a landform, like a pass)
_NUMBERED_HILL_RE = re.compile(
    r"第?[0-9０-９]{2,4}(?:\.[0-9]{1,2})?号?高地|[0-9０-９]{1,3}号高地"
    r"|(?<![一二三四五六七八九十〇零])[一二三四五六七八九〇零]{3,4}(?:[点·][一二三四五六七八九〇零])?高地"
    r"|(?<![一二三四五六七八九十〇零])第?[一二三四五六七八九十]{1,3}号高地"
)
_HILL_WORD = re.compile("高地")
_HILL_REACH = 16   # every _NUMBERED_HILL_RE match holds 高地 at most this far from its start
HILL_LABEL = "LOC"
# 「孤军营」: a camp's name in quotes (a bare X营 is a battalion)
_QUOTED_CAMP_RE = re.compile("[「“『]([\u4e00-\u9fff]{2,4}营)[」”』]")


@lru_cache(maxsize=1)
def _fixed_regex():
    return re.compile(trie_regex(list(FIXED_FACILITIES)))


# 钢铁长城, 血肉长城: the Great Wall as a metaphor for an army
_METAPHOR_BEFORE = re.compile("(?:钢铁|血肉|铜墙铁壁|海上|空中|新的|绿色)的?$")


@lru_cache(maxsize=1)
def _fixed_suffix_regex() -> re.Pattern:
    return re.compile("|".join(sorted({re.escape(word[-2:]) for word in FIXED_FACILITIES})))


def fixed_facilities(text: str) -> list[Candidate]:
    out = []
    if _fixed_suffix_regex().search(text):   # one scan for the names' last two characters
        for match in _fixed_regex().finditer(text):
            if _METAPHOR_BEFORE.search(text, max(0, match.start() - 5), match.start()):
                continue
            if not _FIXED_FOLLOW_BLOCK.match(text, match.end()):
                label = FERRY_LABEL if text[match.end() - 1] == "渡" else "FAC"
                out.append(Candidate(match.start(), match.end(), label, *RULE_FAC, {"id": None} if label == "GPE" else {}))
    if "渡" in text:
        out += _ferries(text)
    if "高地" in text:
        out += [Candidate(m.start(), m.end(), HILL_LABEL, *RULE_FAC, {"id": None})
                for m in anchored_finditer(_NUMBERED_HILL_RE, text, _HILL_WORD, _HILL_REACH)]
    if "段" in text:
        out += _route_sections(text)
    if "营" in text:
        for match in rare_finditer(_QUOTED_CAMP_RE, text):
            name = match.group(1)
            if not any(ch in CHINESE_DIGITS or ch in "第团师连旅" for ch in name[:-1]) and not is_common_word(name, 20):
                out.append(Candidate(match.start(1), match.end(1), "FAC", *RULE_FAC))
    return out


# 徐蚌段, 衡宝段: a section of a road or railway named from the one-character abbreviations of its
# two ends, after a route, a verb of attack or control, or a preposition of place
_SECTION_RE = re.compile("([\u4e00-\u9fff])([\u4e00-\u9fff])段")
_SECTION_ANCHOR = (re.compile("段"), 2)   # scan.py
_SECTION_CUES = (
    "公路", "铁路", "路", "线", "沿", "在", "于", "经", "攻克", "攻占", "占领", "控制", "破坏", "切断", "打通", "截断",
    "守备", "扼守", "进攻", "袭击", "修复", "抢修", "、", "和", "及",
)


def _route_sections(text: str) -> list[Candidate]:
    out = []
    for match in anchored_finditer(_SECTION_RE, text, *_SECTION_ANCHOR):
        pair = match.group(1) + match.group(2)
        if not all(ch in ABBREVIATIONS for ch in pair) or set(pair) & DIRECTIONS or is_common_word(pair, 20):
            continue
        start = match.start()
        if not any(text[max(0, start - len(cue)) : start] == cue for cue in _SECTION_CUES):
            continue
        if match.end() < len(text) and text[match.end()] in "长落":
            continue  # 段长, 段落
        out.append(Candidate(start, match.end(), "FAC", *RULE_FAC))
    return out


# A ferry named bare (风陵渡, 茅津渡, X渡 without 口) is the settlement at the crossing: GPE, as every bare X渡 of
# the development gold (风陵渡, 张公渡 GPE; 猛濑渡 LOC); X渡口 stays a FAC (landform_names_zh) (s18zhloc).
FERRY_LABEL = "GPE"
# a ferry after a verb or preposition of place, ending its clause or followed by a place word:
# 攻占茅津渡，/ 在禹门渡一带 (not 由孟津渡黄河, where 渡 is the verb)
_FERRY_RE = re.compile(
    "(?:攻占|占领|夺取|控制|扼守|据守|进攻|攻击|封锁|经|由|从|自|在|于|至|到|抵|守|往)([\u4e00-\u9fff]{2})渡"
    "(?=[，。、；：）)]|一带|附近|以[东西南北]|[东西南北]岸|渡口|码头|[强抢偷]渡|渡过|过江|过河|$)"
)


def _ferries(text: str) -> list[Candidate]:
    out = []
    for match in literal_finditer(_FERRY_RE, text):
        name = match.group(1)
        family = name[1] == "家" and name[0] in _single_surnames()   # 李家渡, 马家渡: a family's ferry village (s18zhloc)
        if not family and (any(ch in STOP_CHARS or ch in FREE_STOP or ch in DIRECTIONS for ch in name)
                           or is_common_word(name, 50)):
            continue
        out.append(Candidate(match.start(1), match.end(), FERRY_LABEL, *RULE_FAC, {"id": None}))
    return out


def _single_surnames() -> frozenset[str]:
    from pipeline.rules.names_common import surnames

    return surnames()[0]


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_NUMBERED_HILL_RE = guarded(_NUMBERED_HILL_RE)
