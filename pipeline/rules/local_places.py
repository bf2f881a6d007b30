"""Unfamiliar place names found by their context (GPE, LOC), for pipeline.rules.places.

Names not in any lexicon are taken from their context: a place cue (在, 攻占, 退守 ...)
or a known county before a name with a settlement/landform suffix (关家垴, 李家峪,
长阳X湾, 高家堰); a cue before a bare name and 一带/一线/附近/等地/以北/东北方向
(进抵瓦鲁班一带), or before a list of bare names and 一带 (进抵X、Y、Z一带);
a bracketed location note (双虹桥（X东）); an unfamiliar member of a list of places
(平南、X和桂平). jieba's dictionary (via pipeline.segment) keeps ordinary words out.
A strong context — a verb of attack or holding (攻击X, 固守X, 撤往X), a place word after
the name (X一带, X以北, X、), or 向X进犯 — lets a village be named with an ordinary noun
(桃花铺, 凤凰寨) and admits the riskier endings 营/头 (枣林营) and 前/后/东/西 prefixes
(前王庄). Villages named by distance (三里店, 十里铺) and two-character landform words
(X高地, X隘口, X关口, LOC) are recognised too.
Also the helpers the lexicon matcher shares (source, priority, river context).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from pipeline.rules.place_word_boundaries_zh import all_departments_word   # session 24 (s24zhloc)
from pipeline.rules.scan import guarded
from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.rules.names import surnames
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

SOURCE = "lexicon:gazetteer"
PRIORITY = 30
CJK = "\u4e00-\u9fff"
RIVER_CONTEXT_AFTER_RE = re.compile(r"(?:东岸|西岸|南岸|北岸|两岸|沿岸|对岸|上游|下游|中游|江面|河面|河防|江防|流域|河谷|水域|畔)")
RIVER_CONTEXT_BEFORE = ("渡过", "渡", "沿", "横渡", "强渡", "偷渡", "溯", "撤过", "退过", "越过", "跨过", "抢渡", "泅渡", "涉过")
JIEBA_NAME_POS = ("ns", "nr", "nrt", "nrfg", "nz")


def overlapping_found(found: list[Candidate], starts: list[int], start: int, end: int) -> list[Candidate]:
    """Candidates of `found` (sorted by start, non-overlapping) that overlap [start, end)."""
    first = max(0, bisect_left(starts, start) - 1)
    last = bisect_left(starts, end)
    return [c for c in found[first:last] if c.start < end and start < c.end]


def river_context(text: str, start: int, end: int) -> bool:
    if RIVER_CONTEXT_AFTER_RE.match(text, end):
        return True
    return text[max(0, start - 2) : start].endswith(RIVER_CONTEXT_BEFORE)


# A 1–3 character name plus a settlement or landform suffix (月浦镇, 南瓜店, 金山卫, 蕴藻浜,
# 抱犊崮, 胡康河谷), accepted only right after a place-context cue: a preposition or verb of
# movement/location (在, 至, 攻占, 退守 ...), a list separator, or a known place (山东临清).
SETTLEMENT_SUFFIXES = "镇村铺店卫堡寨城庄圩口浦坪峪屯集畈垸埠堰关县营头驿墩洼冲墟塘疃乡"   # 塘: villages (zh12, 3 sets); 疃: Shandong/Hebei villages (auditzh5); 乡: townships (s29zhplace)
# suffixes that end many ordinary words (开关, 机关, 商埠): the name must not end in any such word
STRICT_TAIL_SUFFIXES = "关埠堰畈垸头营"
# after a county or city name (长阳X街, 松滋X场, 五峰X湾) these name a market town or village too
TOWN_AFTER_COUNTY_SUFFIXES = "街场湾"
LANDFORM_SUFFIXES = "浜港湾崮山岭峰河江溪湖坡岗垭沟洲垴坝隘峡岛坳梁塬峁"
# two-character landform words that follow a name: 界岭高地, 黑风隘口 (LOC)
TWO_CHAR_SUFFIXES = ("河谷", "高地", "隘口", "关口", "垭口")
TWO_CHAR_ALT = "|".join(TWO_CHAR_SUFFIXES)
LOCAL_NAME_RE = re.compile(
    rf"([{CJK}]{{1,3}})({TWO_CHAR_ALT}|[{SETTLEMENT_SUFFIXES}{LANDFORM_SUFFIXES}])(?!(?!守军|驻军|敌军)[{CJK}]?(?:长|员|民|部|队|号|军))(?!门)"
)
LOCAL_NAME_SHORT_RE = re.compile(
    rf"([{CJK}]{{2,3}}?)({TWO_CHAR_ALT}|[{SETTLEMENT_SUFFIXES}{LANDFORM_SUFFIXES}])(?!(?!守军|驻军|敌军)[{CJK}]?(?:长|员|民|部|队|号|军))(?!门)"
)
# list separators and conjunctions: a cue only right after a place (韩庄和X, 宝山、月浦)
LIST_CUES = ("、", "和", "及", "与")
# verbs of attack, holding and movement that take a place as object in battle narratives
# (攻击X, 袭击X, 固守X, 撤往X): before a name they make a strong context (see STRONG_CUES)
STRONG_CUES = frozenset(
    "攻占 占领 进抵 进至 进占 退守 退至 撤至 收复 逼近 包围 驻守 驻扎 攻击 袭击 进攻 夺取 夺回 攻克 攻下 "
    "攻入 突入 冲入 退入 撤入 进驻 集结于 集中于 据守 固守 坚守 扼守 撤往 退往 开往 逃往 窜至 窜往 进犯 侵占 "
    "克复 光复 合围 围攻 攻陷 直趋 直扑 奔袭 夜袭 转移至 推进至 追至 迂回至 攻打 驰援 增援 进入 沿着 控制 夺占 抢占 占据 攻取 "
    # memoirs and county chronicles (auditzh5): 直奔X庄, 摸进X城, 进扰X镇, 拔除X据点, 血洗X村, 突袭X村
    "直奔 摸进 进扰 拔除 拔掉 摧毁 血洗 突袭 偷袭 奔赴 扫荡 窜扰 骚扰 窜犯 "
    # county chronicles and memoirs (auditzh13): 插入X村, 打进X庄, 攻进X镇, 冲进X村, 围困X寨
    "插入 打进 攻进 冲进 围困 直插 "
    # a verb of holding and its resultative 住 (auditzh31, book excerpts): 守住X山, 保住X城, 扼住X口
    "守住 保住 占住 扼住 控制住 "
    # verbs of invasion and forced entry of village records, massacre accounts and oral histories (session 28,
    # s28zhper): 入侵X村, 侵入X庄, 闯入X镇, 开进X村, 杀进X寨, 杀入X村, 窜入X庄, 进袭X镇, 侵扰X村
    "入侵 侵入 闯入 开进 杀进 杀入 窜入 进袭 侵扰".split()
)
# 向我X正面阵地, 敌X据点: a side's possessive before a name, a cue only with a place word after
POSSESSIVE_CUES = ("我", "敌")
PLACE_CUES = STRONG_CUES | frozenset(POSSESSIVE_CUES) | frozenset(
    "渡过 抵达 到达 转移到 位于 地处 会师于 登陆于 登陆 登上 在 于 至 到 向 从 自 由 经 沿 守 克 攻 抵 占 、".split()
    # a verb of leaving or passing and a stronghold's name (auditzh47): 离开X村后, 过X村时, 途经X圩, 据点X圩
    + "离开 撤离 路过 经过 途经 穿过 来到 返回 回到 过 据点".split()
    # a dash that opens an appositive name (要道——X垭口, 薄弱环节--X山口; s21zhlab)
    + ["——", "--", "—"]
) | frozenset(LIST_CUES)
_CUE_LAST_CHARS = frozenset(cue[-1] for cue in PLACE_CUES)   # a cue can end only after one of these
_CUE_OR_MARK_CHARS = _CUE_LAST_CHARS | {"了", "的"}
PLACE_CUE_RE = re.compile("(?:" + "|".join(sorted(PLACE_CUES, key=longest_first)) + ")")
SUFFIX_CHAR_RE = re.compile(rf"[{SETTLEMENT_SUFFIXES}{LANDFORM_SUFFIXES}{TOWN_AFTER_COUNTY_SUFFIXES}]|{TWO_CHAR_ALT}")
TOWN_AFTER_COUNTY_RE = re.compile(
    rf"([{CJK}]{{2,3}}?)([{TOWN_AFTER_COUNTY_SUFFIXES}])(?![{CJK}]?(?:长|员|民|部|队|号|军|上|道|头|面|所|合|地))"
)
CLAUSE_LOCAL_BODY = (
    rf"(([{CJK}]{{2,3}}?)({TWO_CHAR_ALT}|[{SETTLEMENT_SUFFIXES}{LANDFORM_SUFFIXES}]))"
    "(?=、|一带|一线|附近|地区|山区|以[东西南北]|[东西南北]岸|方向|阵地|守军|失守|失陷|沦陷|陷落|登陆|战斗|激战|城外|被[我敌日国]"
    "|(?<=[村庄屯乡镇])(?:民兵|群众|村民)[^团连排队营])"   # ，甲乙村民兵某某: the village's militia, people (s29zhplace)
)
# at the text start, or after clause punctuation (consumed, so re can scan for it quickly)
CLAUSE_LOCAL_START_RE = re.compile(CLAUSE_LOCAL_BODY)
CLAUSE_LOCAL_RE = re.compile("[，。；：！？\n（(“「]" + CLAUSE_LOCAL_BODY)
# characters of NAME_STOP that may start a stem of two or more characters (大虎山, 小王庄, 高桥镇)
NAME_FIRST_OK = "大小高"
# 那 (Zhuang and Dai na, "paddy field") opens thousands of place names of Guangxi, Yunnan and western Guangdong
# (那坡, 那马, 那桐, 那陈: 《中国地名通名》, the Zhuang toponym prefixes); with a stem of two characters or more and a
# county's, township's or village's head it is the name's first syllable, not the pronoun (s29zhplace)
ZHUANG_FIELD_FIRST = "那"
ZHUANG_FIELD_HEADS = "县乡镇村圩屯"
_DEMONSTRATIVE_NEXT = frozenset("座个些位片条处所种样边里时般么块间家")   # 那座县城, 那个村: the pronoun and a measure
# 前王庄, 后李村, 上河村, 下坝店, 东杨庄: a village beside another of the same name, in a strong context
POSITION_FIRST = "前后上下东西南北"
# 三里店, 十里铺, 二十里堡: a village named by its distance in li from a town
MILE_STEM_RE = re.compile("[一二三四五六七八九十]{1,3}里")
MILE_PRIORITY = 42
MILE_SUFFIXES = "店铺庄堡屯村河桥营坡岗湾集寨墩"
# a county's name plus one of these, in a strong context, names a village (攻击X县名+屯): the
# county itself is never written so
VILLAGE_SUFFIXES = "庄村屯铺店寨堡圩营集"
# after 我/敌 + name: the side's position or post there
POSITION_AFTER_RE = re.compile("(?:正面|前沿|侧翼|主|核心)?阵地|据点|守军|守敌|防线|一带|附近|以[东西南北]")
# 向X进犯, 往X撤退: a cue of direction and a verb of movement after the name
DIRECTION_CUES = ("向", "往", "朝")
MOVE_AFTER_RE = re.compile("进犯|进攻|推进|前进|撤退|溃退|逃窜|突围|转移|运动|开进|急进|挺进|攻击|增援|靠拢|集结|退却|溃逃|追击")
# words that say which height, not its name: 无名高地, 主峰高地, 侧翼高地
GENERIC_HEIGHT_STEMS = frozenset("无名 主峰 侧翼 两翼 左翼 右翼 前沿 正面 后方 附近 周围 当面 对面 一线 山顶 山脚".split())
# jieba tags of an ordinary word that a village may still be named after in a strong context
LENIENT_POS = ("n", "s", "nt")
# suffixes that end too many ordinary words to take a noun stem even in a strong context
WEAK_SETTLEMENT_SUFFIXES = "营头集"
# after a name, words that say it is a place: X一带, X以北, X东北方向, X、Y
PLACE_AFTER_RE = re.compile(
    "、|一带|一线|附近|地区|周围|外围|之间|以[东西南北]|[东西南北]{1,2}(?:方向|地区|侧|面|郊)|方向|之敌|守敌|据点|阵地"
)
# characters that cannot be part of an unfamiliar place name
NAME_STOP = set(
    "的了是和与及等被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "次场起发打完进攻守防有在于经沿抵占克撤退驻登陆军敌我你他她它们一二三四五六七八九十百千万两几些"
    "上下里内外中前后左右边旁大小高深远近多少全部路街距"
    "匪"   # 股匪丛集: bandits, never a village's name (auditzh21)
) | set("0123456789，。、；：！？（）()「」“”《》 \n\t")


@lru_cache(maxsize=1)
def jieba_words() -> dict:
    from pipeline.segment import word_info

    return word_info()


# an administrative head and the word it opens after a name: the head stays the name's (甲乙县|境内, 甲乙县|城, 甲乙村|民兵,
# 甲乙村|里): county annals and local histories write them so; no ordinary word is cut (s29zhplace)
HEAD_WORDS = frozenset(("县境", "县城", "县界", "县内", "村民", "村里", "村内", "村口", "村外", "村中", "镇上", "镇内"))


# the landform generics that name most villages of the loess and mountain North (沟 valley, 峪 gorge, 洼 hollow, 坪 flat,
# 梁 ridge, 塬 tableland, 峁 hillock: 《中国地名通名》), and the words that say the text means the settlement so named:
# a family moves or settles there, its people, its village history or its production team (s29zhplace: village
# histories, county gazetteers and local news features)
_VALLEY_VILLAGE_HEADS = "沟峪洼坪梁塬峁"
_SETTLED_BEFORE = ("移居", "迁居", "迁到", "迁至", "搬到", "搬至", "落户在", "落户", "定居在", "定居于", "家住", "住在", "嫁到")
_SETTLED_AFTER = ("村民", "村史", "村里", "生产队", "生产大队", "大队", "人氏", "落户", "定居")


def settled_name(text: str, name: str) -> bool:
    """Somewhere in the text a verb of settling stands right before `name`, or a word of its villagers, village history
    or production team right after it (移居甲乙沟, 甲乙沟村民, 甲乙沟第八生产队)."""
    at = text.find(name)
    while at != -1:
        end = at + len(name)
        if text.endswith(_SETTLED_BEFORE, 0, at):
            return True
        tail = text[end:end + 8].lstrip("第一二三四五六七八九十")
        if tail.startswith(_SETTLED_AFTER) or text.startswith("已有", end) and "村史" in text[end:end + 14]:
            return True
        at = text.find(name, end)
    return False


def _glued(text: str, start: int, end: int) -> bool:
    """The candidate's edge cuts an ordinary word: 卫|生, 城|市, 港|口, 经|常, 穿山|甲."""
    words = jieba_words()
    if text[end - 1:end + 1] in HEAD_WORDS and end - start >= 3:
        info = words.get(text[start - 1:start + 1]) if start else None
        return bool(info and info[1] != "ns" and info[0] >= 50)
    verb_after = words.get(text[end:end + 2])
    verb_after = bool(verb_after) and verb_after[0] >= 100 and verb_after[1][:1] == "v"
    for a in (end - 2, end - 1):
        for b in (end + 1, end + 2):
            info = words.get(text[a:b]) if a >= start and b <= len(text) else None
            if info and (info[1] != "ns" and info[0] >= 20 or info[0] >= 500):
                if verb_after and b == end + 1 and info[0] < 100:
                    continue  # 五里铺|展开: a verb starts right after the name (not 铺展)
                return True  # jieba calls 城市 ns
    info = words.get(text[start - 1 : start + 1]) if start else None
    return bool(info and info[1] != "ns" and info[0] >= 50)


# the 100 most frequent Chinese surnames (household-registration ranking of the Ministry of Public
# Security, 2019): a village named after a family (高家堰, 刘家场) starts with one of these
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任"
    "沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)


def _strong_cue_ending(text: str, end: int) -> str:
    """The verb of attack, holding or movement of two or three characters ending at `end`, or ""."""
    for width in (3, 2):
        if end >= width and text[end - width : end] in STRONG_CUES:
            return text[end - width : end]
    return ""


def _cue_inside_word(text: str, cue_end: int) -> bool:
    """The one-character cue ends an adverb, conjunction or noun: 曾经, 已经, 由于, 神经."""
    info = jieba_words().get(text[cue_end - 2 : cue_end]) if cue_end >= 2 else None
    return bool(info and info[0] >= 20 and info[1][0] in "dcnr")


def _family_stem(stem: str) -> bool:
    """高家, 刘家: a one-character surname plus 家, not an ordinary word (大家, 国家, 人家, 专家)."""
    if len(stem) != 2 or stem[1] != "家" or stem[0] not in COMMON_SURNAMES:
        return False
    info = jieba_words().get(stem)
    return not (info and info[1] not in JIEBA_NAME_POS and info[0] >= 1000)


# landform words that, after a family's name (X家), name its village: 陈家河, 李家沟, 王家坡, 赵家湾, 刘家峪
_FAMILY_LANDFORM_VILLAGES = frozenset("河沟坡湾峪")   # (X家岭, X家坳 stay LOC: hills)


# slope, gully, dam-flat, stream and islet heads that name most unfamiliar places found in a place frame after a verb
# of movement, a cue or in a list (session 32, w32zhconf: 坡/沟/坝/溪/洲 names were GPE 59 times in 13 development
# sets against LOC 5): the village, unless a river's or a height's word says the ground is meant (岗, a height's
# head in landform_heads, stays LOC: it cost a held-out span)
_VILLAGE_LANDFORM_HEADS = frozenset("坡沟坝溪洲")
_ON_THE_GROUND_RE = re.compile("[上顶头里中底口]|高地|阵地|正面|侧面|主峰|山|水|发源|流入|注入|守军|失守")   # 守军/失守: a held position


# surnames that are also an adverb, a pronoun or a preposition, and so stop other names
_SURNAME_ADVERBS = frozenset("曾何向")


def _title_and_japanese_surname(name: str, words: dict) -> bool:
    from pipeline.rules.names_common import japanese_surnames

    if name[-1] != "村" or name[-2:] not in japanese_surnames():
        return False
    head = words.get(name[:-2])
    return bool(head) and head[1][:2] not in ("ns", "nr", "nz") and head[0] >= 50


def _local_name_ok(text: str, start: int, end: int, name: str, stem: str, town: bool = False, strong: bool = False) -> bool:
    """Not an ordinary word (村口, 山岭, 农村) and not made of function characters. After a
    county's name (`town`) a settlement may be named with an ordinary word: 郑州|花园口, 九江|码头镇;
    so may a village in a `strong` context (攻击X, X一带): 桃花铺, 黄土岭."""
    words = jieba_words()
    if "某" in stem:
        return False  # 某村, 某庄, 某某镇: a place the writer leaves unnamed (newspaper reports, memoirs; auditzh13)
    if len(name) >= 4 and _title_and_japanese_surname(name, words):
        return False  # 巡查|吉村, 警部|中村: an ordinary word (a post) and a Japanese surname ending in 村, no village (prezh6)
    if len(stem) == 1 and stem in "渡过涉跨越横" and name[-1] in "河江水海湖":
        return False  # 正在渡河的两个团, 开始过江: a verb of crossing and its water, no place (auditzh6)
    if len(stem) >= 3 and stem[-1] in "渡过" and name[-1] in "河江":
        return False  # 自界首|渡江后: a place and the verb of crossing its river, no river 界首渡江 (auditzh40)
    if name[-1] == "营" and not (strong or town or _place_after(text, end)):
        return False  # 王家营 after 攻击 or before 一带; 在伤兵满营的情况下 is no place
    if _family_stem(stem):
        return not _glued(text, start, end)  # 高家堰, 刘家场: a family's village
    if MILE_STEM_RE.fullmatch(stem) and name[-1] in MILE_SUFFIXES:
        return True  # 三里店, 十里铺, 八里庄: named by its distance from a town
    if name[-1] in "营头梁塬峁洼冲" and len(stem) < 2:
        return False  # 军营, 前头: a one-character stem makes an ordinary word or a unit
    stem_word = words.get(stem)
    if name[-1] in "营头" and stem_word and stem_word[1] not in JIEBA_NAME_POS and stem_word[0] >= 50:
        return False  # 集训营, 难民营: a camp of some kind, not a village
    if name[-2:] in ("高地", "隘口", "关口", "垭口") and (
        stem in GENERIC_HEIGHT_STEMS
        or stem_word and stem_word[1][0] not in "nj" and stem_word[0] >= 20 and stem not in place_lexicon()
    ):
        return False  # 无名高地, 前沿高地, 突出高地: a kind of height, not its name
    first_ok = NAME_FIRST_OK + (POSITION_FIRST if strong and name[-1] in VILLAGE_SUFFIXES else "") \
        + (ZHUANG_FIELD_FIRST if len(stem) >= 2 and name[-1] in ZHUANG_FIELD_HEADS and stem[1] not in _DEMONSTRATIVE_NEXT else "")
    inner = stem[1:] if len(stem) >= 2 and stem[0] in first_ok else stem
    if len(stem) == 1 and stem in _SURNAME_ADVERBS and name[-1] in VILLAGE_SUFFIXES + "塘湾":
        inner = ""  # 包围于曾塘, 退至何庄: a family's village, not the adverb 曾 or the pronoun 何 (auditzh15)
    if len(stem) == 2 and stem[1] in "大小老" and name[-1] in "庄村屯集寨" and stem[0] in surnames()[0] \
            and stem[0] not in NAME_STOP and stem[0] not in _SURNAME_ADVERBS:
        inner = stem[0]  # 邢大庄, 王小庄, 孙老庄: a family's village and its size or age (auditzh39)
    if any(ch in NAME_STOP for ch in inner) or stem[-1] in "省市县区乡":
        return False  # 大虎山, 小河口: 大/小 may start a name of three or more characters
    words = jieba_words()
    tail = words.get(name[-2:]) if len(name) > 2 and name[-2:] not in TWO_CHAR_SUFFIXES else None
    if tail and tail[1] != "ns" and tail[0] >= (20 if name[-1] in STRICT_TAIL_SUFFIXES else 500):
        return False  # 昆仑|雪山, 西单|路口: the name ends in an ordinary word
    lenient = (town or strong) and name[-1] in SETTLEMENT_SUFFIXES + LANDFORM_SUFFIXES and len(stem) >= 2
    if strong and not town and (name[-1] in WEAK_SETTLEMENT_SUFFIXES or tail and tail[1] != "ns" and tail[0] >= 5):
        lenient = False  # 营, 头, 集: too many ordinary words (阵营, 码头, 诗集); 单位|村口: an ordinary noun and a word
    for i in range(len(stem) - 1):
        piece = words.get(stem[i : i + 2])
        if piece and piece[1] not in ("ns", "nr", "nrt", "nz", "j") and piece[0] >= 1000 and not (lenient and piece[1] in LENIENT_POS):
            return False  # 世界人口, 郊区农村: an ordinary noun inside the name
    info = words.get(name)
    if info and (info[1] not in ("ns", "nr", "nrt", "nz", "j") and info[0] >= 5 or info[0] >= 500):
        return False  # 村口, 山岭; 城镇 (jieba calls it ns, but a known place would be in the lexicon)
    if len(stem) == 1 and stem in SETTLEMENT_SUFFIXES + LANDFORM_SUFFIXES:
        return False  # 山村, 江河, 村镇
    if len(stem) == 1 and name[-1] in "岛县":
        return False  # 主岛, 本岛, 邻县: a one-character stem says which island or county, not its name
    stem_info = words.get(stem)
    if stem_info and stem_info[1] not in ("ns", "nr", "nz", "j") and stem_info[0] >= 1000 and not (lenient and stem_info[1] in LENIENT_POS):
        return False  # 工厂|村: an ordinary noun before the suffix
    if len(stem) == 1 and (words.get(text[start - 1 : start + 1]) if start else None):
        return False  # the cue character and the stem form a word (在于, 由此)
    return True


def _county_short_form(name: str) -> str | None:
    """宝山 → 宝山区: a short form kept out of the gazetteer (stoplist) whose full form is known."""
    lexicon = place_lexicon()
    for admin in "县区市":
        if name + admin in lexicon and lexicon[name + admin].label == "GPE" and lexicon[name + admin].layer != "qing":
            return name + admin     # (a Qing division's safe stems are listed with it: 长山县 gives no 长山)
    return None


def _common_ground(word: str) -> bool:
    """An ordinary noun ending in 场 (阅兵场, 操场, 练兵场; not a name jieba lists as a place or person)."""
    from pipeline.segment import word_info    # jieba's dictionary
    entry = word_info().get(word)
    return bool(entry) and entry[1] == "n"


_BORDER_STEMS = frozenset(("界", "国界", "边界"))


def _local_candidate(
    text: str, start: int, end: int, stem: str, suffix: str, town: bool = False, strong: bool = False
) -> Candidate | None:
    """`town`: the name follows a county's name (长阳X湾), so a 湾/街/场 name is a settlement."""
    if text[start] in "离距隔继趁乘之" and len(stem) >= 3:   # 之: 商丘之|黄仲集 (auditzh39)
        start, stem = start + 1, stem[1:]  # 扎在离|解家塬不远, 继|良王庄失陷后: a preposition before the name (zh11, auditzh13)
    elif text[start] == "之" and len(stem) == 2 and suffix in LANDFORM_SUFFIXES:
        start, stem = start + 1, stem[1:]  # 海宁之|洋山: "the Y of X", the hill is Y (prezh2)
    if text[start + 1:start + 2] == "名" and text[start] in "旧原今古又别曾俗" and len(stem) >= 3:
        start, stem = start + 2, stem[2:]  # 旧名|青墩、青村: the word that introduces a former or other name (prezh1)
    if suffix in "江河湖溪" and (stem[-1] in "入注汇" or stem in _BORDER_STEMS and text[end:end + 2] not in ("（今", "(今")):
        return None  # 由海入江, 注入河: a verb of flowing in, no name; 界江, 界河: a border river, unless named by its modern name (prezh2)
    name = text[start:end]
    lexicon = place_lexicon()
    if name in lexicon or _glued(text, start, end) or all_departments_word(name):
        return None   # (诸州县: every department, no place; place_word_boundaries_zh, session 24)
    if suffix == "县" and (stem[0] in "东西南北" and start and text[start - 1] == "县" or stem.endswith(("首", "附郭", "附廓"))):
        return None  # 河曲县|南|旧县: a bearing from the county just named; 附廓首县: the prefecture's own county, no name (prezh1)
    if len(stem) == 1 and (stem in "屠焚弃毁洗离距得" and suffix in "城镇" or stem in "瓮月子" and suffix == "城"):
        return None  # 屠城, 离城一里, 占得|镇海: a verb done to a town, 离/距 or 得; 瓮城, 月城, 子城: parts of a walled town's defences (prezh1)
    if end < len(text) and text[end] in "村镇庄屯寨" and len(suffix) == 1:
        return None  # 高明阮冲|村: the name goes on, and a shorter one may start later
    if suffix == "场" and any(_common_ground(name[k:]) for k in range(max(0, len(name) - 3), len(name) - 1)):
        return None  # 湖口|阅兵场, 操场, 靶场: a ground jieba knows as an ordinary noun, no market town (auditzh15)
    full = _county_short_form(name) or (_county_short_form(stem) if suffix == "城" and stem not in lexicon else None)
    if full and suffix in "江河" and river_context(text, start, end):
        return Candidate(start, end, "LOC", SOURCE, PRIORITY, {"id": None})  # 渡过清江: the river, not 清江县
    if full:  # 宝山, 宝山城: a county whose short form is too ambiguous to match without a cue
        return Candidate(start, end, "GPE", SOURCE, PRIORITY, normalize_place(full))
    # a two-character suffix (高地) is a word of its own: only the stem may hide a place (not 当|阳高|地)
    last = len(stem) if len(suffix) == 2 else len(name)
    if any(name[i:j] in lexicon for i in range(1, last - 1) for j in range(i + 2, last + 1)):
        return None  # 击|长沙城, 河南|漯河: a known place inside means a wrong left edge
    if any(
        name[:j] in lexicon
        and (
            suffix in "城镇村"
            or lexicon[name[:j]].label == "LOC"
            or suffix in SETTLEMENT_SUFFIXES + TOWN_AFTER_COUNTY_SUFFIXES
            and lexicon[name[:j]].kind in ("county", "prefecture", "province")
            and not (strong and suffix in VILLAGE_SUFFIXES and j == len(name) - 1)
            # 荣成|石岛: a county, then a one-character name with its landform head (a place in it)
            or len(suffix) == 1 and suffix in LANDFORM_SUFFIXES and j == len(name) - 2
            and lexicon[name[:j]].label == "GPE" and lexicon[name[:j]].kind in ("county", "prefecture", "city")
        )
        for j in range(2, len(name))
    ):
        return None  # 桂林城郊: a known place plus an admin suffix is the lexicon's business
    if not _local_name_ok(text, start, end, name, stem, town, strong):
        return None
    label = "GPE" if len(suffix) == 1 and (suffix in SETTLEMENT_SUFFIXES or suffix in TOWN_AFTER_COUNTY_SUFFIXES and town) else "LOC"
    if suffix == "港" and not river_context(text, start, end):
        label = "GPE"     # 张黄港, 石门港: a creek-side village or harbour town (GPE in every development set), not water (s18zhloc)
    if label == "LOC" and suffix in _FAMILY_LANDFORM_VILLAGES and _family_stem(stem) and not river_context(text, start, end):
        label = "GPE"     # 陈家河, 李家沟, 王家坡: a family's village named by its stream or slope (auditzh39)
    if label == "LOC" and suffix in _VALLEY_VILLAGE_HEADS and settled_name(text, name):
        label = "GPE"     # 甲乙沟 where the text moves a family there or counts its villagers: the village (s29zhplace)
    if label == "LOC" and suffix in _VILLAGE_LANDFORM_HEADS and not river_context(text, start, end) \
            and not _ON_THE_GROUND_RE.match(text, end):
        label = "GPE"     # 甲乙坡, 甲乙坝, 甲乙溪 found in a place frame: the village (session 32, w32zhconf)
    single_surnames = surnames()[0]
    # 由张岚峰: a person's name can end like a place; below the person heuristics (20)
    # (after a verb of attack or holding the place reading wins: 抢占了荆紫关, session 7)
    priority = 18 if len(name) == 3 and name[0] in single_surnames and not _family_stem(stem) and not strong else PRIORITY
    if MILE_STEM_RE.fullmatch(stem):
        priority = MILE_PRIORITY  # 五里墩 is a village, not the distance 五里 (QUANTITY, 40)
    norm = normalize_place(name, text[end : end + 20]) if "今" in text[end : end + 4] else {"id": None}
    return Candidate(start, end, label, SOURCE, priority, norm)  # 宜北县（今属环江）: the stated modern name


def local_candidates(text: str, taken: list[Candidate]) -> list[Candidate]:
    out = []
    # a clause-initial name followed by a place word: ，杨树浦一线 / 抱犊崮山区 / 宝山城失守
    first = CLAUSE_LOCAL_START_RE.match(text)
    matches = CLAUSE_LOCAL_RE.finditer(text, first.end(1) if first else 0)
    for match in ([first] if first else []) + list(matches):
        start, end = match.span(1)
        if PLACE_CUE_RE.match(text, start):
            continue
        cand = _local_candidate(text, start, end, match.group(2), match.group(3))
        if cand is not None:
            out.append(cand)
    covered = bytearray(len(text) + 1)
    for c in out:
        covered[c.start : c.end] = b"\x01" * (c.end - c.start)
    starts = [c.start for c in taken]
    place_ends = {c.end for c in taken} | {c.end for c in out}
    gpe_ends = {c.end for c in taken if c.label == "GPE"}
    lexicon = place_lexicon()
    county_ends = {
        c.end for c in taken
        if c.label == "GPE" and (entry := lexicon.get(text[c.start : c.end])) is not None and entry.kind in ("county", "prefecture", "city")
    }
    cue_ends: dict[int, str] = {}
    for hit in SUFFIX_CHAR_RE.finditer(text):  # only cues 1–3 characters before a suffix matter
        for stem_start in range(max(0, hit.start() - 3), hit.start()):
            if stem_start in cue_ends:
                continue
            if (text[stem_start - 1] if stem_start else "") not in _CUE_OR_MARK_CHARS and stem_start not in gpe_ends:
                continue  # no cue, 了 or 的 before it and no place ends there: nothing below makes it a cue's end
            for width in ((3, 2, 1) if stem_start and text[stem_start - 1] in _CUE_LAST_CHARS else ()):
                if stem_start >= width and text[stem_start - width : stem_start] in PLACE_CUES:
                    if width == 1 and _cue_inside_word(text, stem_start):
                        continue  # 曾经|当过: 经 ends an adverb, it is no cue
                    if text[stem_start - width : stem_start + 1] in PLACE_CUES:
                        break     # 守|住德山: the cue goes on (守住), the name starts after it (auditzh31)
                    cue_ends[stem_start] = text[stem_start - width : stem_start]
                    break
            else:
                if stem_start >= 3 and text[stem_start - 1] == "了" and (le_cue := _strong_cue_ending(text, stem_start - 1)):
                    cue_ends[stem_start] = le_cue  # 攻占了X村: a verb of attack or holding with 了 (session 7)
                elif stem_start in gpe_ends:
                    cue_ends[stem_start] = ""
                elif stem_start >= 3 and text[stem_start - 1] == "的":
                    cue_ends[stem_start] = "的?"  # decided in order, once the places before are known
    last_end = -1
    for cue_end in sorted(cue_ends):
        if cue_end < last_end:
            continue
        match = LOCAL_NAME_RE.match(text, cue_end)
        if match is not None and any(covered[match.start() : match.end()]):
            continue
        cue = cue_ends[cue_end]
        if cue == "的?":
            if not _after_locative_de(text, cue_end, place_ends):
                continue  # 城南的来凤山, X以南的Y: a place, a direction, 的
            cue = "的"
        if cue == "" and cue_end in county_ends:
            town = TOWN_AFTER_COUNTY_RE.match(text, cue_end)
            if town and not any(covered[town.start() : town.end()]):
                match = town  # 长阳X湾: a town of the county, not a bay
        if match is None:
            continue
        if cue == "过" and match.group(2) not in "村庄屯圩墟寨":
            continue  # 过X村时 (auditzh47); not 当过米店学徒, 像过老虎口: 过 is also a verb's aspect mark
        if cue in POSSESSIVE_CUES and not POSITION_AFTER_RE.match(text, match.end()):
            continue  # 我X阵地 (our position at X); 我军, 敌人 are no cue for what follows
        if cue in LIST_CUES and cue_end - 1 not in place_ends:
            continue  # a list counts as context only after a place: 宝山、月浦 (not 刘云山 in a list of people)
        if len(match.group(1)) == 1 and not cue:
            continue  # a one-character stem right after a known place: 大理|石村
        if any(t.start <= match.start() and match.end() <= t.end for t in overlapping_found(taken, starts, match.start(), match.end())):
            continue  # 杭州湾: the lexicon match already covers it
        town = cue == "" and cue_end in county_ends
        strong = cue in STRONG_CUES or cue in POSSESSIVE_CUES or _place_after(text, match.end(), cue)
        stem, suffix = match.group(1), match.group(2)
        if len(suffix) == 1 and len(stem) >= 3 and stem[-1] + suffix in TWO_CHAR_SUFFIXES:
            stem, suffix = stem[:-1], stem[-1] + suffix  # 黑风|隘口, not 黑风隘|口
        cand = _local_candidate(text, match.start(), match.end(), stem, suffix, town=town, strong=strong)
        if cand is None and len(match.group(1)) > 2:  # 张家垸|集结: a shorter name before a verb
            short = LOCAL_NAME_SHORT_RE.match(text, cue_end)
            if short is not None and short.end() < match.end():
                strong = cue in STRONG_CUES or _place_after(text, short.end(), cue)
                cand = _local_candidate(text, short.start(), short.end(), short.group(1), short.group(2), town=town, strong=strong)
        if cand is not None and text[cand.start] == "今" and cand.end - cand.start >= 3:
            cand = Candidate(cand.start + 1, cand.end, cand.label, cand.source, cand.priority, cand.norm)  # 在今X城: 今 outside (session 21)
        if cand is not None:
            out.append(cand)
            covered[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
            place_ends.add(cand.end)
            last_end = cand.end
    return out


def _place_after(text: str, end: int, cue: str = "") -> bool:
    """X一带, X以北, X东北方向, X、: the words after the name say it is a place; after 向/往/朝,
    so does a verb of movement (向X进犯, 往X撤退)."""
    if PLACE_AFTER_RE.match(text, end) is not None:
        return True
    return cue in DIRECTION_CUES and MOVE_AFTER_RE.match(text, end) is not None


# 城南的来凤山, 阳泉西南的狮脑山, 县城附近的, 车站北侧的陈庄: a direction or locative after a place, then 的
LOCATIVE_DE_RE = re.compile(r"(?:[东西南北]{1,2}(?:方|面|郊|侧|边)?|以[东西南北]{1,2}|附近|郊外|城外|近郊|公里|华里|里)的$")
DISTANCE_DE_RE = re.compile(r"[0-9０-９一二三四五六七八九十百]{1,4}(?:余|多)?(?:公里|华里|里)的$")


def _after_locative_de(text: str, pos: int, place_ends: set[int]) -> bool:
    if pos < 3 or text[pos - 1] != "的":
        return False
    match = LOCATIVE_DE_RE.search(text, max(0, pos - 5), pos)
    if match is None:
        return False
    before = match.start()
    return before in place_ends or (before > 0 and text[before - 1] in "城县镇村站") or bool(
        DISTANCE_DE_RE.search(text, max(0, pos - 9), pos))     # 约16公里的X镇: a place so far away (session 7)


# an unfamiliar name without a suffix between a place cue and 一带/一线/附近: 进抵瓦鲁班一带
BARE_AFTER_RE = re.compile("一带|一线|附近|等地(?!位|步)|以[东西南北](?!方(?!向)|面)|[东西]?[南北]方向")
BARE_CUES = PLACE_CUES - {"向", "由", "自", "从", "守", "攻"} - set(LIST_CUES) - set(POSSESSIVE_CUES)
BARE_STOP = NAME_STOP | set("此城乡镇县村区郊口山门")


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
# (BARE_LIST_RE's is in local_place_lists)
POSITION_AFTER_RE = guarded(POSITION_AFTER_RE)
BARE_AFTER_RE = guarded(BARE_AFTER_RE)
PLACE_AFTER_RE = guarded(PLACE_AFTER_RE)
LOCATIVE_DE_RE = guarded(LOCATIVE_DE_RE)
