"""Find QUANTITY spans in Simplified Chinese text (guidelines: QUANTITY, rules 9 and 14).

A number with its attached approximators and measure word: 14.8万余人, 约40万人,
将近70,000匹, 800辆 (of 800辆战车), 5个师团, 3个 (of 3个阶段), 三周, 60%, and bare
counts (阵亡4000). Never: years and dates (the DATE finder's spans are excluded),
ordinals (第2次), designations (第37师团, 62师团, 第26、37军), models and codes
(96式, B-29, 1号), ratios and fractions (1:6.4, 三分之二), vague counts (数次, 几个, 一两次,
三五天), numbers inside a 《title》 (《八百壮士》). The ends of a number range (二至三个军, 四至五万人,
五、六百人) take their partner's unit and magnitude in quantity_ranges.py.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from pipeline.rules.scan import guarded
from pipeline.normalize.quantities import NUMBER, SP, measure_words, normalize_quantity
from pipeline.rules.dates import find_dates, inside_title, title_spans
from pipeline.rules.quantity_ranges import counted_digit_pair, next_digit_partner, range_units
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

LABEL, SOURCE, PRIORITY = "QUANTITY", "rule:quantity", 40

ECHELON_LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "echelons.tsv"
NOT_FORMATION_ECHELONS = {"司令部"}
PAIR_NOT_ECHELONS = {"军", "部队"}
# 部队 is "troops", no echelon: 3个军级部队 → `3个` (rule 14).
NOT_COUNTED_ECHELONS = {"部队"}
# A Chinese numeral opening a range whose other end carries the measure word: 二至三个军 → 二, 三个军.
CN_RANGE_START = re.compile("[至到~～][ \u3000]?[零〇一二三四五六七八九十两]")
# Characters that, right after an echelon word, make it part of another word (军官, 团体, 师范).
ECHELON_CONTINUATIONS = "长官部属级事民人员械费区营地队体火舰机需医粮旗衔训阀政委范傅徒座游馆客途程养业救造续接同夜日年结圆生管"
# ...and after a counted echelon word (两支队伍, 两连败, 三个连续): more words that are no formation.
COUNT_CONTINUATIONS = ECHELON_CONTINUATIONS + "伍败胜列行聚串环史"
# 同 after a counted echelon is "with" or "at once" before a side's troops or 时 (3个军同日军3个师团对峙, 两个团同时出击),
# not a word of its own (军同志): the echelon stays the unit (session 13 audit, auditzh20); so is 日 opening the
# side's troops the formations were made of (三个师团日军, 两个联队日寇: auditzh37), not 日 of a date or a word.
COUNT_NOT_CONTINUED = f"(?!(?!同(?:时|[日敌我美英苏德伪友][军寇方])|日[军寇伪])[{COUNT_CONTINUATIONS}])"
MODIFIER_CHAR = "(?:(?![的个和与及或])[\u4e00-\u9fff])"
CN_NUMERAL_CHARS = "零〇一二三四五六七八九十百千万亿两廿卅数几"
MAGNITUDE_CHARS = "十百千万亿"
BIG_MAGNITUDE_CHARS = "百千万亿"
ONE_NOT_AFTER = set("这那每同另某哪任唯统万其之第逐专")
DESIGNATION_NUMERALS = "零〇一二三四五六七八九十百"
DESIGNATION_PREFIX = "第|暂编|新编|预备|暂|新|预"
LEADING_MAGNITUDES = "百千万亿"
# Before a number these make it part of something else (第2, B-29, 3.5 inside 13.5, 1:6).
AR_BAD_BEFORE = set("0123456789０１２３４５６７８９.．,/:：-－—#№第A-Za-z") | set(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
AR_BAD_AFTER = AR_BAD_BEFORE - {"第"}
# 第2, 初三, and a digit before (一两次, 三五天: the regex reads only 两次 / 五天 of a vague pair).
CN_BAD_BEFORE = set("第初周星期拜零〇一二三四五六七八九两")
# Two digits without a magnitude (一两, 三四, 三五 + measure word): a vague count, not tagged (rule 14).
VAGUE_PAIR = re.compile("[一二三四五六七八九两]{2}")
ASCII_WORD_OR_SPACE = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz ")
FRACTION_MARKS = set(":：/／")
BRACKET_OPEN = set("(（[［【〔〈")
BRACKET_CLOSE = set(")）]］】〕〉")
QUOTES = set("\"“”″\'‘’「」『』")
CLOSING_QUOTES = set("”″’」』")
RANGE_OR_BRACKET = set("()（）-－—–~～、至到")


# measure words after which 里 is "inside" (三个师里, 十天里, 这五人里), not a place's 里 (三所里, 三元里)
_INSIDE_UNITS = set("个天年月日周时次人名位员师团旅营连军队部批轮场回届")
# the first character of a word of persons or forces (or a range's link) that a bare Arabic count may stand before:
# 7僧人, 100,000正規軍, 150,000民兵, 380,000部队, 3000日军, 20村, 300到400 (session 34, w34zhqty)
_BARE_DIGIT_HEADS = set("人军軍兵民僧匪敌敵伪偽官士将將卒夫工众眾村户戶家男女老童壮壯日美英苏蘇德法俄华華中国國部大至到余餘多")
_PLAIN_DIGITS = re.compile(r"[0-9０-９][0-9０-９,，.]*")   # digits alone: 10万新兵 (a magnitude) counts before any word
_PART_OF_DAY_AFTER = ("晚上", "早上", "夜里", "夜间", "深夜", "清晨", "凌晨", "上午", "下午", "中午", "傍晚", "黄昏", "拂晓",
                      "早晨", "半夜", "午后", "晚", "夜")
_CLAUSE_MARKS = set("，。；：！？\n")


# a word of numbering (序号, 编号, 号码, 档号, 卷号) and the list of bare numbers it introduces, up to the number: the
# numbers name records, files or items (序号分别为9、15、27的账册), they count nothing (session 29, s29zhcount)
_ID_NUMBERS_BEFORE = re.compile("(?:序号|编号|號碼|号码|档号|檔號|卷号|卷號)(?:分别|分別)?(?:为|為|是|[:：])?[ \u3000]?"
                                "(?:[0-9]{1,6}[、,，和及与與 ]{1,2})*$")


# verbs of staying or resting before 一日: the length of the stay (停留一日, 休息一日, 住一日; session 29, s29zhcount:
# diaries and march records count a halt so), not "one day"
_STAY_VERBS = ("停留", "逗留", "休息", "休整", "耽搁", "盘桓", "留", "住", "驻", "宿", "歇", "停")


def _stay_before(text: str, start: int) -> bool:
    return text.endswith(_STAY_VERBS, max(0, start - 2), start)


def _one_day_indefinite(text: str, start: int, end: int) -> bool:
    """一天 as "one day" (有一天，…; 后来的一天晚上): before a part of the day, or opening its clause."""
    if text.startswith(_PART_OF_DAY_AFTER, end):
        return True
    before = text[start - 1:start] if start else "\n"
    if before == "有" and (start < 2 or text[start - 2] in _CLAUSE_MARKS):
        return True               # ，有一天部队…: a clause opening with 有一天
    if before == "月" and start >= 2 and text[start - 2] in "正腊一二三四五六七八九十元0123456789":
        return True               # 三月一天, 5月一天: a day of that month, no duration (auditzh31)
    return text[end:end + 1] in ("，", ",") and (before in _CLAUSE_MARKS or before == "的")


@lru_cache(maxsize=1)
def echelons() -> list[str]:
    words = []
    for line in ECHELON_LEXICON.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word = line.split("\t")[0]
            if word not in NOT_FORMATION_ECHELONS:
                words.append(word)
    return sorted(words, key=longest_first)


@lru_cache(maxsize=1)
def _idioms_by_first_char() -> dict[str, tuple[str, ...]]:
    by_char: dict[str, list[str]] = {}
    for idiom in measure_words().idioms:
        by_char.setdefault(idiom[0], []).append(idiom)
    return {ch: tuple(words) for ch, words in by_char.items()}


# Words after a unit that make it part of another word, beyond single characters:
# 三十万国军 is the Nationalist army (国军), 两国军队 the troops of two countries.
# 架起机枪 (set up) is no count, but 6架起飞 (took off) is (auditzh52)
# 支 before 队 or 部 is most often 支队 (a detachment: 3支队 is a designation) or 支部 (a party branch), but 两支队伍 and
# 三支部队 count troops: `两支` (session 33, w33zhqtymil: audit23, audit25 and audit29 tag N支 before 队伍).
UNIT_NOT_BEFORE_WORDS = {"国": "军(?!队|事)", "架": "起(?!飞)", "支": "队(?!伍)|部(?!队)"}
# 两支 + troops (+ where) + a verb two sides do to each other is "both sides", no count (两支队伍在村口交手, as 两军对峙)
_BOTH_SIDES_FORCES = re.compile("(?:队伍|部队|军队|人马)(?:在[^，。；、,;]{1,8}?)?(?:相互|互相)?(?:交手|交战|交锋|对峙|相持|相遇|遭遇|激战|混战|厮杀|火并"
                                "|会合|会师|对垒|开战|打了起来)")


# Echelon words that are no echelon after a side's one-character name and 个: 一个我军军史, 一个敌军师 (the
# 军 of 我军/敌军 is "troops"; the count goes on to the echelon after it).
# A verb's 军 is no echelon either: 一个学校参军, 两个村子从军 (参军, 从军, 行军 … are verbs; not 进: 一个挺进军).
FORMATION_NOT_AFTER = {"军": ("个[我敌友日美英苏德伪]", "[参从行撤建治随裁劳扩整投]")}


def _alternation(words, followers: dict[str, str] | None = None, not_after: dict[str, str] | None = None) -> str:
    parts = []
    for word in sorted(words, key=longest_first):
        blocked = (followers or {}).get(word, "")
        part = re.escape(word) + (f"(?![{re.escape(blocked)}])" if blocked else "")
        if not_after and word in not_after:
            blocked_before = not_after[word]
            for pattern in (blocked_before if isinstance(blocked_before, tuple) else (blocked_before,)):
                part = f"(?<!{pattern})" + part
        if followers is not None and word in UNIT_NOT_BEFORE_WORDS:
            part += f"(?!{UNIT_NOT_BEFORE_WORDS[word]})"
        parts.append(part)
    return "(?:" + "|".join(parts) + ")"


# and so are the Chinese armies' headquarters and pacification zones counted among formations (4个兵团部、11个军部,
# 一个绥靖区: session 16 audit, auditzh44)
_COUNTED_HEADQUARTERS = ("旅团部", "师团部", "联队部", "兵团部", "纵队部", "军部", "师部", "旅部", "团部", "绥靖区")


@lru_cache(maxsize=1)
def patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    lex = measure_words()
    # 3支队伍, 两大队伍: 队伍 is "troops", no designation's 队 (session 33, w33zhqtymil)
    echelon = _alternation(echelons()) + f"(?![{ECHELON_CONTINUATIONS}]|(?<=队)伍)"
    # 两师, 两团: 两 never writes a designation, so 两 + echelon counts formations
    # (两军 is "both sides", not a count).
    pair_echelon = _alternation(w for w in echelons() if w not in PAIR_NOT_ECHELONS) + COUNT_NOT_CONTINUED
    before_parts = []
    for word, (_, flags, not_followed, _) in sorted(lex.approx_before.items(), key=lambda kv: -len(kv[0])):
        part = re.escape(word)
        if "+magnitude" in flags:
            part += f"(?=[{MAGNITUDE_CHARS}])"
        elif "+figure" in flags:      # 超60%, 超3000人, 超万人: before digits too (session 21, s21zhqty)
            part += f"(?=[0-9０-９{MAGNITUDE_CHARS}])"
        if not_followed:
            part += f"(?![{re.escape(not_followed)}])"
        before_parts.append(part)
    approx_before = "(?:" + "|".join(before_parts) + ")"
    approx_after = _alternation(lex.approx_after, {w: nf for w, (_, nf) in lex.approx_after.items()})
    units = _alternation(lex.units, {w: nf for w, (_, nf) in lex.units.items()})
    half_units = "个|月|" + _alternation([w for w, (flags, _) in lex.units.items() if "half" in flags])
    # 两个解放区连成一片: 连 starts the verb 连成, not a company (zh11)
    # 两个班: the squad counts as a formation here (not in echelons.tsv: 班 alone is no designation's echelon)
    # 3个旅团部, 两个师团部: the headquarters of the counted formations are counted whole, and 师/旅 before 团 is the
    # first half of 师团/旅团, never a count of divisions (3个旅|团部; auditzh38)
    formation = _alternation([*(w for w in echelons() if w not in NOT_COUNTED_ECHELONS), "班", *_COUNTED_HEADQUARTERS],
                             {"连": "成接续贯", "班": "长机次车底子主组级会牙人期", "师": "团", "旅": "团",
                              # 三个团部署: 部 opening 部署/部队/部分 … is no headquarters
                              **{hq: "署队分下门属长位落件族委" for hq in _COUNTED_HEADQUARTERS if hq.endswith("部")}},
                             FORMATION_NOT_AFTER) + COUNT_NOT_CONTINUED
    # 两个月可成军: 个月, 个小时 … count time, the echelon word later is no counted formation (auditzh33)
    unit = (f"(?P<formation>整?个(?![多余半]?(?:月|小时|星期|世纪)){MODIFIER_CHAR}{{0,4}}?{formation})"
            f"|(?<=两)(?P<pair_formation>{pair_echelon})"
            f"|个[多余半]?(?:月|小时|星期|世纪)"
            f"|(?P<measure>{units})"
            f"|(?P<ge>个)")
    first_chars = "".join(sorted({w[0] for w in lex.approx_before} | set(CN_NUMERAL_CHARS + "半百")))
    quantity = re.compile(
        f"(?=[0-9０-９{first_chars}])"
        f"(?:(?P<pre>{approx_before}){SP})?"
        f"(?:百分之(?P<percent>{NUMBER})"
        f"|(?P<num>{NUMBER})(?:{SP}(?P<mid>[余多几来](?![么些])|(?<=[0-9])[+＋](?=[^0-9０-９+＋])|(?<=[十百千万])数(?=[^十百千万亿])))?"
        f"(?:{SP}(?P<unit>{unit}))?(?:(?<=[年天日时月])半)?)"
        f"(?:{SP}(?P<post>{approx_after}))?")
    half = re.compile(f"半(?={half_units})")
    designation_number = f"(?:[0-9０-９]{{1,6}}|[{DESIGNATION_NUMERALS}]{{1,8}})"
    ordinal_or_designation = re.compile(
        f"(?=[第暂新预0-9０-９{DESIGNATION_NUMERALS}])"
        # an ordinal and the ordinals listed after it (第一、二次, 第1至3次)
        f"第[ \u3000]?(?:[0-9０-９]{{1,6}}|[{CN_NUMERAL_CHARS}]{{1,8}})"
        f"(?:{SP}[、至到~～\\-－—–]{SP}(?:[0-9０-９]{{1,6}}|[{DESIGNATION_NUMERALS}]{{1,8}})(?![个多余]|{SP}[万亿])){{0,12}}"
        f"|(?<![0-9０-９.])(?<![0-9０-９],)(?:{DESIGNATION_PREFIX})?{designation_number}"
        f"(?:{SP}[、和及与]{SP}(?:{DESIGNATION_PREFIX})?{SP}{designation_number}){{0,30}}{SP}{echelon}")
    # the look-ahead above guards only the first alternative: guard both
    return quantity, half, guarded(ordinal_or_designation)


def _blocked_spans(text: str, designation: re.Pattern) -> tuple[list[int], list[int]]:
    """Sorted starts and ends of DATE spans, ordinals and unit designations."""
    spans = [(c.start, c.end) for c in find_dates(text)]
    spans += [m.span() for m in designation.finditer(text)]
    spans.sort()
    return [s for s, _ in spans], [e for _, e in spans]


def _overlaps(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    i = bisect_left(starts, end) - 1       # last blocked span starting before `end`
    while i >= 0:
        if ends[i] > start:
            return True
        if starts[i] < start - 64:         # blocked spans are short
            return False
        i -= 1
    return False


def _is_arabic(number: str) -> bool:
    return number[0] in "0123456789０１２３４５６７８９"


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def _neighbours(text: str, start: int, end: int) -> tuple[str, str]:
    """The characters before and after a span; a space a page puts between a digit and a
    Chinese character (歼敌 400 人) is looked through."""
    prev = text[start - 1] if start else ""
    if prev in " \u3000" and start >= 2 and _is_cjk(text[start - 2]) and text[start:start + 1].isdigit():
        prev = text[start - 2]
    nxt = text[end:end + 1]
    if nxt in " \u3000" and _is_cjk(text[end + 1:end + 2]) and text[end - 1:end].isdigit():
        nxt = text[end + 1]
    return prev, nxt


def _word_comma(text: str, at: int, step: int) -> bool:
    """True if text[at] is an ASCII comma between a word and the number (照片,63架; 为100,则),
    not a thousands separator (digits on its other side)."""
    if not 0 <= at < len(text) or text[at] not in ",，":
        return False
    other = at + step
    return not (0 <= other < len(text) and text[other].isdigit())


RANGE_DASHES = set("-－—–")
_RANGE_BEFORE = re.compile("(?<![A-Za-z0-9０-９.,])[0-9０-９]{1,7}(?:,[0-9]{3}){0,3}(?:\\.[0-9]{1,3}(?=[万萬亿億]))?"
                           "[万萬亿億]?[-－—–]$")   # 3.7万-5万: a decimal only before its myriad
_MYRIAD_ENDS = ("万", "萬", "亿", "億")     # 5万-10万: a count of ten-thousands needs no measure word (auditzh14)


def _range_partner(text: str, end: int) -> bool:
    """A number with a measure word right after the dash at `end` (200-300人, 5万-10万)."""
    m = patterns()[0].match(text, end + 1)
    return bool(m and m.group("num") and _is_arabic(m.group("num"))
                and (m.group("unit") or m.group("num").endswith(_MYRIAD_ENDS)))


# punctuation that ends a clause: a bare 一 and its measure word right before it count (击落敌机一架。)
_CLAUSE_END = set("，。；！？、）」”,;!?)")
# Classifiers of things and persons that a bare 一 after 的 uses as the indefinite article (河上的一座木桥, 殉国的一人,
# 交通最方便的一个): no count (session 32, w32zhqty; five development sets leave them untagged). Time units (的一年里
# is a duration), money and measures are not listed, nor vehicles and aircraft (跟进的一辆, 被击落的一架: war
# narratives count them, one development set tags 一辆); 个 + an echelon word is a formation (的一个师).
_ARTICLE_CLASSIFIERS = frozenset("个個座挺门門人名位支条條道把颗顆枚匹头頭件处處所间間栋棟台臺封份张張"
                                 "块塊股面根片只隻次场場垒壘")
# a verb of killing, wounding or taking + the enemy, right before a bare Chinese count (俘敌三十。, 毙敌二十而)
_CASUALTY_BEFORE = re.compile("(?:毙|歼|俘|伤|击毙|毙伤|杀伤|生俘|俘虏|俘获)(?:敌|敌军|日军|伪军)$")
_COUNT_CLAUSE_JOIN = set("而及和")


# aircraft and weapon model names written before their number without a dash (米格15, 伊尔28, 歼5, 轰6)
_MODEL_NAMES = frozenset("米格 伊尔 雅克 图波 拉沃".split())
_MODEL_CHARS = frozenset("歼轰强")


# a head count with a magnitude (一万四千人, 三千名): no place is named so, the suffix-like character after it is a
# verb (吉字营一万四千人屯于城下: 屯 = stationed), not a place's generic (auditzh18)
_HEAD_COUNT_RE = re.compile("[约近逾]?[一二三四五六七八九十两百千万]*[百千万][一二三四五六七八九十百千万余]*[人名]")


# the label of a forum thread's or blog post's counter before a bare number (查看: 3535|回复: 4, 阅读(120), 浏览 88 次)
_PAGE_COUNTER = re.compile("(?:查看|回复|回帖|阅读|浏览|点击|评论|收藏|点赞|转发|分享|人气|积分|帖子|主题|精华|粉丝)"
                           "(?:数|量|次数)?[ \u3000]*[:：(（]?[ \u3000]*$")


# a year of 1800-1999 typed with one digit missing, before a verb that dates a happening (193年建成, 194年成立)
_TRUNCATED_YEAR = re.compile("1[89][0-9]")
_DATED_EVENT_AFTER = re.compile("(?:建成|落成|竣工|成立|创建|创办|始建|建立|开工|通车|爆发|出生|生于|逝世|去世|病逝|牺牲"
                                "|毕业|入伍|参军|入党|改名|更名|撤销|设立)")


# a verb of growth or fall (+ 了/到/至) right before a multiple: 增加了一倍, 翻了两倍, 减少一倍
_GROWTH_BEFORE = re.compile("(?:增加|增长|增至|提高|扩大|上涨|涨|翻|多出|超出|减少|降低|加)(?:了|到|至)?$")


# session 21 (s21zhqty): counties whose names are a numeral and a measure word (三台, 五台, 三河, 四会 …, known
# to the place lexicon as GPE): before 县 (三台县城), or the whole object of a verb of attack or arrival ending its
# clause (轰炸三台。, 进抵五台，), they are the place, not a count. 买了三台 (a verb of buying) stays a count.
_COUNTY_VERB_END = set("炸入抵至到攻占袭犯驻")   # not 克 (坦克三台) nor 陷


# session 21 (s21zhqty): annals and memorials write a count opening with its magnitude, 一 left out: 千四百 (1,400),
# 万二千, 百二十人 (a digit after the magnitude: no word starts so), and 率千人, 募百人 (a magnitude and 人/名/骑/众
# after a verb of leading, raising or numbering).
_CLASSICAL_COUNT_VERBS = set("率领带募聚集招得计凡共约统")


def _classical_count(number: str, unit: str | None, prev: str) -> bool:
    if len(number) >= 2 and number[1] in "一二三四五六七八九两" and (unit or len(number) >= 3):
        return True               # (萬一 alone is "in case")
    if len(number) >= 3 and number[1] == "数" and number[2] in "十百千" and unit:
        return True               # 百数十人, 千数百名: a hundred and some tens (session 29, s29zhcount)
    return len(number) == 1 and prev in _CLASSICAL_COUNT_VERBS and unit in ("人", "名", "骑", "众")


def _county_named_by_count(text: str, start: int, end: int, prev: str, nxt: str) -> bool:
    from pipeline.normalize.places import is_gpe_name
    if nxt == "县":
        return is_gpe_name(text[start:end] + "县")
    return prev in _COUNTY_VERB_END and nxt in _CLAUSE_END and is_gpe_name(text[start:end] + "县")


def _accept(m: re.Match, text: str, start: int) -> bool:
    """Context checks a regex cannot say cheaply; `start` is where the span begins."""
    lex = measure_words()
    number = m.group("num") or m.group("percent")
    num_start = m.start("num") if m.group("num") else m.start("percent")
    unit = m.group("unit")
    end = m.end()
    prev, nxt = _neighbours(text, start, end)
    after_number = text[m.end("num"):m.end("num") + 5].lstrip(" \u3000") if m.group("num") else ""
    if m.group("percent"):
        return True
    if unit == "部" and number == "一":
        return False              # 敌军一部: "a part of", no count of sets (电台五部 is; auditzh52)
    if number == "两" and unit == "支" and _BOTH_SIDES_FORCES.match(text, end):
        return False              # 两支队伍交手: the two sides, as 两军对峙 (a count of forces stays: 组成两支队伍)
    if unit and unit.startswith("倍") and _GROWTH_BEFORE.search(text, max(0, start - 4), start):
        return False              # 增加了一倍, 涨了三倍: a multiple of growth, no count (guideline 14; r20zhorgqty)
    if unit == "元" and text[end:end + 1] == "化":
        return False              # 一元化领导, 二元化: a word of unity, no money (auditzh13)
    if unit == "员" and number == "一" and prev == "的" and not m.group("pre") and nxt not in "大猛虎战骁悍名干将":
        return False              # 成为土木系的一员: one of a group's members, no count (auditzh22)
    if number == "一" and prev == "的" and unit in _ARTICLE_CLASSIFIERS and not (
            m.group("pre") or m.group("mid") or m.group("post") or m.group("formation")):
        return False              # 西万镇的一座古城门, 最先殉国的一人, 南炮台的一门: the article after a modifier, no count
        #                           (session 32, w32zhqty: read across development sets; durations and formations stay)
    if _is_arabic(number):
        if unit == "年" and _TRUNCATED_YEAR.fullmatch(number) and not (m.group("pre") or m.group("post")) \
                and _DATED_EVENT_AFTER.match(text, end):
            return False          # 193年建成: a year typed with a digit missing, no duration (s18 round 2)
        # 200-300人: each end of a number range is its own span (the first takes the unit)
        range_first = nxt in RANGE_DASHES and not unit and _range_partner(text, end)
        range_second = prev in RANGE_DASHES and bool(unit or number.endswith(_MYRIAD_ENDS)) and bool(
            _RANGE_BEFORE.search(text, max(0, start - 24), start))
        label_colon = prev in ":：" and _is_cjk(text[start - 2:start - 1])    # an infobox label: 兵力:3000人
        if prev in AR_BAD_BEFORE and not _word_comma(text, start - 1, -1) and not range_second and not label_colon or (
                nxt in AR_BAD_AFTER and not unit and not _word_comma(text, end, 1) and not range_first):
            return False          # part of a longer number or code (1,000 / B-29 / 3.5)
        bare = not (unit or m.group("pre") or m.group("mid") or m.group("post"))
        if bare and not range_first and not range_second and (prev in ASCII_WORD_OR_SPACE or nxt in ASCII_WORD_OR_SPACE):
            return False          # English or code context: left to the English finders
        if bare and len(number) >= 7 and number.isdigit():
            return False          # phone or ID numbers
        if bare and _is_cjk(nxt) and nxt not in _BARE_DIGIT_HEADS and _PLAIN_DIGITS.fullmatch(number) \
                and prev != "满" and not range_first and not range_second:
            return False          # 1324以东, 24队, 达赖13世, 2野, 水井7眼: bare digits run into a word (a height, a
            #                       designation, a name, a count whose measure word is missing), no count; a bare
            #                       count stands before a word of persons or forces (7僧人, 150,000民兵), before 至/到,
            #                       or after 满 (an age) (session 34, w34zhqty: read across development sets, 10 sets,
            #                       17 false against 5 true)
        if bare and _PAGE_COUNTER.search(text, max(0, start - 8), start):
            return False          # 查看: 3535|回复: 4, 阅读 1200: a forum's or blog's page counter (auditzh30)
        if bare and (text[max(0, start - 2):start] in _MODEL_NAMES or prev in _MODEL_CHARS):
            return False          # 米格15, 伊尔28, 歼5: an aircraft's model number
        quoted_myriads = number.endswith(_MYRIAD_ENDS)   # “30余万”, 伤亡达600余万”: a count in quotes (r19zhplaces)
        if bare and (prev in BRACKET_OPEN and nxt in BRACKET_CLOSE
                     or prev in QUOTES and nxt in QUOTES and not quoted_myriads
                     or nxt and nxt in CLOSING_QUOTES and not quoted_myriads   # (not at the text's end: '' is in every string)
                     or prev in QUOTES and not quoted_myriads and any(ch in CLOSING_QUOTES for ch in text[end:end + 4])
                     or nxt and nxt in ".．" and not text[end + 1:end + 2].isdigit()
                     or nxt and nxt in "、)）" and prev in ("", "\n")
                     # 4,臺兒莊戰鬥中: a list item's number and comma opening its line (auditzh44)
                     or nxt and nxt in ",，" and prev in ("", "\n") and len(number) <= 2
                     and _is_cjk(text[end + 1:end + 2])):
            return False          # footnote marks [1], list markers (1), 1., 1、, quoted names “5”, “视窗98”, “140防线”
        if bare and "." in number and (text[end:end + 1] in " \u3000\t" or _is_cjk(text[end:end + 1])) \
                and _line_head(text, start):
            return False          # 1.2 山地战场: a section's number heading its line, no count (auditzh28)
        if bare and _page_number(text, start, end):
            return False          # ·26·, - 26 -, 第26页 on its own line: a printed page's number (auditzh13)
        if bare and prev and prev in "图表注卷" or bare and text[max(0, start - 2):start] in ("注释", "脚注", "尾注"):
            return False          # figure, table and note numbers: (图1), 见表2, 注3 (auditzh4), 注释2 (prezh7); a cited
                                  # work's volume, 《某某集》卷1, 《某史》卷170 (session 29, s29zhcount)
        if bare and _ID_NUMBERS_BEFORE.search(text, max(0, start - 40), start):
            return False          # 序号分别为9、15, 编号为3: the numbers of records or items, no counts (session 29)
        if bare and nxt == "页" and _CITED_WORK.search(text, max(0, start - 12), start):
            return False          # 人民出版社2001年版，下册，916页: a cited page, no count (prezh7, forum posts citing books)
        if bare and len(number) <= 2 and _alone_on_line(text, start, end):
            return False          # 3 / 张某 85岁: a list item's number alone on its line (prezh7, self-media profiles)
        year_shape = len(number) == 4 and number.isdigit() and number[:2] in ("18", "19", "20")
        if (bare and not range_first and year_shape   # (200万到300万: a count of myriads, no year; s19zhevt)
                and (prev in RANGE_OR_BRACKET or text[end:end + 1] in RANGE_OR_BRACKET)):
            return False          # a year in brackets or a range
        if bare and year_shape and _line_head(text, start) and (text[end:end + 1] in " \u3000\t" or _is_cjk(nxt)):
            return False          # 1851 某某起义: a chronology's year heading its entry (the working text drops
                                  # the space before a CJK character), no count (s19zhevt)
        if bare and (text[end:end + 1] == "比" and text[end + 1:end + 2].isdigit()
                     or text[start - 1:start] == "比" and text[start - 2:start - 1].isdigit()):
            return False          # 330比231, 1比1.4: a score or a ratio, no count (s19zhevt)
        if bare and _DECADE_PARTNER.match(text, end):
            return False          # 19世纪60~90年代: the first decade of a range of decades, no count (s19zhevt)
        if unit == "年" and (_parse_int(number) or 0) >= 1000:
            return False
    else:
        if prev in CN_BAD_BEFORE or (VAGUE_PAIR.fullmatch(number)
                                     and not counted_digit_pair(number, unit, bool(m.group("ge")))):
            return False          # 一两次, 三五天: vague; 六七名, 四五天 count (session 33, quantity_ranges)
        if number[0] in LEADING_MAGNITUDES and not m.group("pre") and not m.group("mid") and not (
                unit and m.group("post") and len(number) == 1) and not _classical_count(number, unit, prev):
            return False          # 万人坑, 百姓, 千里: a magnitude opening a word (百人以上, 千人左右 count: s19zhevt)
        if not unit:
            if CN_RANGE_START.match(text, end) and number not in "一数几" or next_digit_partner(text, number, end):
                pass              # 二至三个军, 五、六百人: the first end of a range
            elif (number[0] != "一" and (nxt in _CLAUSE_END or nxt in _COUNT_CLAUSE_JOIN or not nxt)
                  and _CASUALTY_BEFORE.search(text, max(0, start - 4), start)):
                pass              # 俘敌三十。, 毙敌二十而…: a bare count of enemies killed or taken (guideline 9)
            elif not any(ch in BIG_MAGNITUDE_CHARS for ch in number) or len(number) < 2 and number[0] not in "数几" and not (
                    m.group("pre") and number in ("万", "千") and nxt in _CLAUSE_END):
                return False      # bare 三, 六, 十五 (names, 十五大, 三分之二); 伤亡逾万， is a count
        if number == "一" and prev in ONE_NOT_AFTER and not (prev == "之" and m.group("formation")):
            return False          # 这一天, 同一时期: not a count
        if number == "一" and unit == "年" and (prev in "上新下" or text.startswith("一度", end)
                                                or prev == "的" and (nxt in _CLAUSE_END or not nxt)):
            return False          # 上一年, 新一年, 一年一度, 最艰难的一年。: the year named, no duration (session 31,
            #                       w31zhunit: read across development sets)
        if number == "四" and unit == "起" and (not _is_cjk(nxt) or nxt in "了的") and _is_cjk(prev) \
                and prev not in CN_NUMERAL_CHARS + "共有发生计":
            return False          # 匪患四起, 枪声四起，: the verb "rise on every side", no count of incidents (session 31)
        if number == "一" and unit == "天" and _one_day_indefinite(text, start, end):
            return False          # 有一天，…; 几个月后的一天晚上: "one day", no duration
        elif number == "一" and unit and not m.group("formation"):   # (no unit: a range's first end, 一、二十人)
            flags = lex.units.get(re.sub("[多余半]", "", unit), (frozenset(), ""))[0]
            if (unit == "个" or "one" not in flags) and not (unit and nxt in _CLAUSE_END and unit not in "次场顿文") \
                    and not (unit == "日" and _stay_before(text, start)):
                return False      # 一次, 一个, 一场: an article, not a count (敌机一架。 ends a clause: a count; 痛打一顿。
                                  # is the verb's measure and 《某某》一文， an article: session 28)
        if end < len(text) and (text[end] in lex.place_suffixes and not _HEAD_COUNT_RE.fullmatch(text[start:end])
                                and unit not in ("个", "個")  # 三个村庄, 两个山头: a count of places (guideline 14)
                                or text[end] == "房" and text[end + 1:end + 2] not in ("子", "屋", "间", "舍")
                                or text[end] == "里" and unit and len(unit) == 1 and unit not in _INSIDE_UNITS):
            return False          # 三门峡, 五台山, 三元里, 三所里, 三间房 (not 三间房子: rooms; not 三个师里: inside)
        if any(text.startswith(idiom, num_start) and idiom.startswith(number) and len(idiom) > len(number)
               for idiom in _idioms_by_first_char().get(number[0], ())) \
                and not (number == "一" and unit == "日" and _stay_before(text, start)):
            return False          # 四周, 一线, 两岸 (not 停留一日: the length of a halt, session 29)
        if unit and _county_named_by_count(text, num_start, end, prev, nxt):
            return False          # 三台县城, 轰炸三台。: a county named numeral + measure word (s21zhqty)
    if not unit and any(after_number.startswith(w) for w in lex.not_count_after):
        return False
    if prev in FRACTION_MARKS and not _is_cjk(text[start - 2:start - 1]) or (
            after_number[:1] in FRACTION_MARKS and after_number[1:2].isdigit()):
        return False              # ratios 1:6.4, fractions 1/3 (not an infobox label's colon: 兵力:150,000人)
    if after_number[:1] in ("′", "″") or after_number[:1] == "°" and after_number[1:2].isdigit():
        return False              # coordinates 40°29′N
    return True


# the second end of a range of decades (60~90年代, 60至70年代): the first end is a decade too
_DECADE_PARTNER = re.compile("[ \u3000]?[~～\\-－—–至到][ \u3000]?[0-9０-９]{2}年代")


def _parse_int(number: str) -> int | None:
    """The digits of an Arabic number as an int (None if it has none)."""
    digits = re.sub(r"[^0-9]", "", number.translate(str.maketrans("０１２３４５６７８９", "0123456789")))
    return int(digits) if digits else None


# words ending in 前/后 that are no part of the half after them (此后半个多世纪: a duration, not 后半)
_TIME_ADVERBS = frozenset("此后 之后 以后 其后 战后 随后 尔后 此前 之前 以前 其前 事前 事后".split())


# a page's number as a PDF copy keeps it, alone on its line between dots or dashes: ·26·, - 26 -, —26—
_PAGE_MARKS = "·•・-－—–"


def _line_head(text: str, start: int) -> bool:
    """Whether only spaces stand between the line's start and `start`."""
    return not text[text.rfind("\n", 0, start) + 1:start].strip(" \t\u3000")


# the marks of a cited work before its page: its edition, volume or title (…年版，下册，916页; 《某书》卷三，12页)
_CITED_WORK = re.compile("[版册卷》]")


def _alone_on_line(text: str, start: int, end: int) -> bool:
    """Whether the number fills its line (only spaces around it) and a line follows."""
    line_end = text.find("\n", end)
    return line_end >= 0 and _line_head(text, start) and not text[end:line_end].strip(" \t\u3000")


def _page_number(text: str, start: int, end: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before, after = text[line_start:start].strip(" \t\u3000"), text[end:line_end].strip(" \t\u3000")
    return before in _PAGE_MARKS and after in _PAGE_MARKS and bool(before) and bool(after)


def find_quantities(text: str) -> list[Candidate]:
    """QUANTITY candidates in `text` (working text), in order, with their norm."""
    quantity, half, designation = patterns()
    lex = measure_words()
    starts, ends = _blocked_spans(text, designation)
    titles = title_spans(text)
    found: list[Candidate] = []
    for m in quantity.finditer(text):
        number = m.group("num")
        if (number and not m.group("unit") and len(number) == 1 and number in CN_NUMERAL_CHARS
                and not (number not in "一数几" and CN_RANGE_START.match(text, m.end()))
                and not next_digit_partner(text, number, m.end())
                and not (m.group("pre") and number in "万千" and text[m.end():m.end() + 1] in _CLAUSE_END)):
            continue              # a lone Chinese digit without a measure word: never a count (伤亡逾万，is one)
        start, end = m.span()
        pre = m.group("pre")
        if pre and start and (text[start - 1] in lex.approx_before[pre][3]
                              or (pre in "~～" and _RANGE_FIRST_END.search(text, max(0, start - 12), start))):
            # 2丈~3丈, 100人～200人: a tilde after a count with its unit links the range's ends (each its own
            # QUANTITY, session 13 reading), no approximator of the second (session 21, s21zhqty)
            start = m.end("pre")
            while text[start] in " \u3000":
                start += 1
        if not number and not m.group("percent"):
            continue
        if number == "半" and (not half.match(text, m.start("num"))
                               or (m.start("num") and text[m.start("num") - 1] in "上下前后"
                                   and text[m.start("num") - 2:m.start("num")] not in _TIME_ADVERBS)):
            continue              # 上半年 is a part of a year, not a duration
        if _overlaps(starts, ends, start, end) or not _accept(m, text, start):
            continue
        if titles and inside_title(titles, start, end):
            continue              # 《八百壮士》: nothing inside a title (rule 11)
        if not m.group("unit") and not pre and _enumeration_mark(text, start, end):
            continue              # 6云南河口起义: a heading's list number at a line start, no count (s18zhqty)
        found.append(Candidate(start, end, LABEL, SOURCE, PRIORITY, normalize_quantity(text[start:end])))
    return range_units(text, found)


_RANGE_FIRST_END = re.compile(f"(?:[0-9０-９]|[一二三四五六七八九十百千万两])(?:{SP}[余多])?{SP}[\u4e00-\u9fff%％]{{1,2}}$")
_LIST_NUMBER = re.compile("[0-9０-９]{1,2}")


def _enumeration_mark(text: str, start: int, end: int) -> bool:
    """A one- or two-digit number opening a line right before a heading's words (6云南河口起义, 2 秋收起义, 3、X):
    the number of a list item, not a bare count."""
    if not _LIST_NUMBER.fullmatch(text, start, end):
        return False
    i = start
    while i > 0 and text[i - 1] in " \u3000\t":
        i -= 1
    if i > 0 and text[i - 1] != "\n":
        return False
    j = end + 1 if text[end:end + 1] in " \u3000.．、" else end
    return "\u4e00" <= text[j:j + 1] <= "\u9fff"


