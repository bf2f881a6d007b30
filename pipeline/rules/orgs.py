"""ORG finder for Simplified Chinese working text (plus English lexicon names).

Lexicon matches (organisations.tsv) come first; patterns then cover place + 政府, regional CCP
bureaus (华中局), headquarters bodies without an echelon word (桂林防守司令部), institutions after a
place or proper name (清华大学) and full official names with their sub-offices (国防部史政编译局).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import guarded, rare_finditer
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.scan import literal_finditer
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate
from pipeline.rules.span_edges_zh import split_country_bodies   # session 8: 日本 + 内务省 are two spans

from pipeline.rules.names_common import (
    LEXICON_ORG, RULE_ORG, _CJK_ONLY, _Taken, _org_lexicon, _overlaps, _translit_chars, glued_into_word,
    is_common_word, known_countries, known_places, outside_titles, surnames, word_info,
)
from operator import attrgetter

_START = attrgetter("start")


_REGIONS = (
    "华中 华北 华南 华东 华西 东北 西北 西南 东南 中南 北方 南方 中原 长江 晋察冀 晋冀鲁豫 晋绥 山东 陕甘宁 "
    "苏北 苏中 苏南 皖南 淮北 淮南 鄂豫皖 鄂豫边 冀鲁豫 冀中 冀南 冀热辽 冀东 太行 太岳 豫西 豫皖苏 满洲 南京 上海"
).split()
_BUREAU_RE = re.compile(
    "(?:中共(?:中央)?)?(?:" + trie_regex(_REGIONS) + ")(?:分|中央)?局(?![势面部长限促外内])"   # 中原中央局 (zh12)
)
_PROVINCE_ABBR = "京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼台黔滇陇察绥热康"
# keyword -> how many characters before it may hold the place name
_ORG_KEYWORDS = re.compile(
    "(?:(?:防守|警备|边区|绥靖|卫戍|城防|要塞|戒严|防空|守备|剿匪)(?:总)?司令(?:长官)?部|行营|行辕|绥靖公署|剿总|剿匪总部)"
    "|(?:国民|军)?政府(?!军)"
    "|(?:共产党|社会党|民主党|自由党|革命党|国民党|青年党|共和党|进步党|统一党)(?![人员])"
)
# Parties named by their programme, with or without a nation before them (中华革命党, 中国青年党,
# 统一党): an optional 中华/中国 and one or two programme words + 党. 革命党 alone is generic.
_PARTY_RE = re.compile(
    "(?:中华|中国)?(?:(?:民主|社会|共和|进步|统一|立宪|宪政|青年|国家|工农|劳动|自由|保守|民族|复兴|民主社会|"
    "国家社会|社会民主|革命|同盟|致公|农工|国社){1,2})党(?![人员部内外派性务章籍])"
)
# Every match holds its anchor character at most `reach` characters after its start (scan.py):
# 局 after 中共中央 and a region; a keyword's last character (防守总司令长官部: 部 is the 8th); 党
# after 中华/中国 and two programme words of ≤ 4 characters.
_BUREAU_ANCHOR = (re.compile("局"), 4 + max(map(len, _REGIONS)) + 2)
_ORG_KEYWORD_ANCHOR = (re.compile("[部营辕署总府党]"), 7)
_PARTY_ANCHOR = (re.compile("党"), 10)
# A news outlet in a dateline (【某某社9月24日讯】, 〔某某网 3月5日电〕): the name before the date.
_DATELINE_RE = re.compile(
    "[【〔\\[]([\u4e00-\u9fff]{2,6}?)(?:记者[\u4e00-\u9fff]{2,4})?\\s{0,2}"
    "(?:[0-9０-９一二三四五六七八九十〇零]{1,4} ?年 ?)?[0-9０-９一二三四五六七八九十]{1,2} ?月 ?[0-9０-９一二三四五六七八九十]{1,3} ?日"
    "(?:[\u4e00-\u9fff]{1,4}?)?(?:讯|电)[】〕\\]]"
)
# A military academy written by its short name before a class (黄埔第三期, 保定6期, 陆大第十期): the
# short name is the academy, not the place it is named after. 黄埔一期生 is a bound form (guideline 12).
_ACADEMY_SHORT = "黄埔 保定 陆大 陆士 抗大 海大 讲武堂 中央军校".split()
_ACADEMY_CLASS_RE = re.compile(
    "(?:" + trie_regex(_ACADEMY_SHORT) + ")(?=第?[0-9０-９一二三四五六七八九十]{1,3}期(?!生))"
)


def _place_suffix(text: str, start: int, end: int) -> int:
    """Start of the longest place name / province-abbreviation run ending at `end` (>= start), or -1."""
    places = known_places()
    for begin in range(start, end - 1):
        piece = text[begin:end]
        if piece in places or all(ch in _PROVINCE_ABBR for ch in piece):
            return begin
    return -1


# Institution heads after a place or proper name (中国航空公司, 北洋法政专门学校, 冀察政务委员会).
_ORG_HEADS = (
    "政务委员会 委员会 省政府 市政府 县政府 公司 银行 大学 学院 学校 军校 学堂 讲武堂 中学 小学 医院 "
    "报社 通讯社 新闻社 出版社 日报 书局 印书馆 档案馆 图书馆 研究院 研究所 研修所 学会 协会 商会 同盟会 电台 海关 专员公署 "
    "储蓄会 公会 工部局 公董局 市政厅 市政公署 童子军 军事法庭 军事法院 法院 法庭 "
    "省委会 市委会 县委会 区委会 地委会 省委 市委 县委 区委 地委 特委 党校 中心县委 中心市委 "
    # schools and the state's works and services, late Qing to 1949 (安庆军械所, 省立第一师范, 天津警察局)
    "师范学校 师范学院 师范 军械所 军械局 机器局 制造局 警察局 警察厅 公安局 邮政局 电报局 "
    # governments and assemblies of a place or base area, 1911-1949 (寿县抗日民主政府, 冀南行政公署, 广东省参议会)
    "抗日民主政府 民主政府 人民政府 临时政府 自治政府 苏维埃政府 革命政府 行政公署 行署 专署 临时参议会 参议会 省议会"
    # the party's and the soviets' bodies of a base area (冀南区党委, 鄂豫皖革命军事委员会, 湘赣边区政府)
    " 区党委 工委 边区政府 革命军事委员会"
    # unions, federations and the base areas' banks (上海总工会, 北平学生联合会, 晋察冀边区银行)
    " 总工会 学生联合会 各界联合会 妇女联合会 救国联合会 学联 边区银行 政协"
).split()
# heads that may follow the place or name directly (清华大学); others need a word between (中国航空公司)
_BARE_HEADS = frozenset(
    "政务委员会 省政府 市政府 县政府 大学 学院 军校 学堂 讲武堂 银行 日报 书局 通讯社 新闻社 出版社 报社 "
    "印书馆 档案馆 图书馆 研究院 研究所 省委会 市委会 县委会 区委会 地委会 省委 市委 县委 区委 地委 特委 党校 "
    "中心县委 中心市委 "      # 珠河中心县委 (auditzh9)
    "储蓄会 商会 公会 工部局 公董局 市政厅 市政公署 童子军 "
    "师范学校 师范学院 军械所 军械局 机器局 制造局 警察局 警察厅 公安局 邮政局 电报局 "
    "抗日民主政府 民主政府 人民政府 临时政府 自治政府 苏维埃政府 革命政府 行政公署 行署 专署 临时参议会 参议会 省议会 "
    "区党委 工委 边区政府 革命军事委员会 海关 总工会 学生联合会 各界联合会 学联 边区银行 政协".split()
)
# heads whose name may be any ordinary two-character word (盐业银行, 大陆银行, 四行储蓄会, 银行公会)
_WORD_NAMED_HEADS = frozenset("银行 储蓄会 商会 公会".split())
# generic words before such a head (外国银行, 商业银行, 各地商会): a kind, not a name
_GENERIC_QUALIFIERS = frozenset(
    "商业 外国 外资 外商 国有 国营 民营 私营 地方 本国 各国 各地 投资 储蓄 发行 开发 信托 抵押 新式 旧式 "
    "大型 小型 全国 当地 本地 中外 华资 官办 商办 合作 这些 一些 其他 有关 所有 主要 若干 同业 该".split()
)
# institution words that are kinds, not names (a place before them makes a name: 上海地方法院)
_GENERIC_INSTITUTIONS = frozenset("人民法院 地方法院 高等法院 军事法庭 军事法院 特别法庭 国际法庭".split())
# heads of schools, where a transliterated name may stand before them (普渡大学, 维吉尼亚军校)
_SCHOOL_HEADS = frozenset("大学 学院 军校 学校 学堂".split())
_ORG_HEAD_RE = re.compile("(?:" + trie_regex(_ORG_HEADS) + ")(?![生员长家士界业])")
# institutional words that may start a name like a place does (中央银行, 国立中央大学)
_ORG_PREFIXES = frozenset("中央 国立 省立 市立 县立 私立 中华 国民 帝国 皇家".split())
_ANCHOR_POS = ("ns", "nt", "j")
# Sub-offices written after an organisation: 国防部史政编译局, 外交部亚洲司, 中共中央组织部.
_SUB_OFFICE_RE = re.compile(
    "([\u4e00-\u9fff]{1,6}?)(?:委员会|办公厅|研究所|研修所|总局|局|处|司|署|厅|部|院|室|课|科)(?![长员势面门分队下属内外目学技])"
)
_MIDDLE_STOP = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "为以将兼任暨同因获遭受奉亲急仍还再年月日时后前说称有"
    "正"   # 政府正处在…: an adverb, not the name of a sub-office (正处)
)
_WORD_POS_OK = ("n", "vn", "b", "j", "an", "l", "g")
# a name ending like a government body may take the place written before it (日本外务省, 中国外交部)
_GOVERNMENT_ENDINGS = ("部", "省", "院", "局", "署", "厅", "政府", "府", "大本营", "委员会", "报")
# A service's bodies and schools (陆军省, 陆军中央部, 陆军士官学校) are no formations: they outrank the
# named force inside them (日本陆军, a MIL_UNIT at 60), so that 日本 stays a place of its own.
_SERVICES = ("陆军", "海军", "空军")
RULE_ORG_SERVICE = ("rule:org", 62)




def _foreign_anchor(text: str, begin: int, end: int) -> bool:
    """A whole transliterated name (普渡, 维吉尼亚): transliteration characters only, not glued to more
    of them before, and no ordinary word."""
    chars = _translit_chars()
    piece = text[begin:end]
    if not all(ch in chars for ch in piece) or (begin > 0 and text[begin - 1] in chars or text[begin - 1] in "·•"):
        return False
    if end < len(text) and text[end] in chars:
        return False
    entry = word_info().get(piece)
    if entry and entry[1].startswith(("nr", "ns", "nz")):
        return True
    return end - begin >= 3 and not (entry and entry[0] >= 100)


def _word_anchor(text: str, begin: int, end: int) -> bool:
    """An ordinary two-character noun naming a bank or society (盐业, 大陆, 四行), starting a word."""
    piece = text[begin:end]
    if end - begin != 2 or piece in _GENERIC_QUALIFIERS or any(ch in _MIDDLE_STOP for ch in piece):
        return False
    entry = word_info().get(piece)
    if not entry or entry[1][:1] not in ("n", "j") or not _word_starts_at(text, begin):
        return False
    return not (begin > 0 and text[begin - 1] in "的之")


def _proper_start(text: str, begin: int, head_start: int) -> int:
    """End of a proper-name word (清华, 南开, 哥伦比亚) starting at `begin`, if the rest up to the head is
    clean; else -1. Used to leave a city that only modifies a school's own name outside it."""
    for size in (4, 3, 2):
        end = begin + size
        if end > head_start:
            continue
        piece = text[begin:end]
        entry = word_info().get(piece)
        proper = piece in known_places() or (entry and entry[1] in ("nz", "nt", "ns", "j") and entry[0] >= 20)
        if not proper and size >= 2 and _foreign_anchor(text, begin, end) and not text[end] in _translit_chars():
            proper = True
        if proper and _clean_middle(text[end:head_start]):
            return end
    return -1


def _town_names():
    from pipeline.rules.place_towns import _tables

    return _tables()[0]


def _is_anchor(text: str, begin: int, end: int) -> bool:
    """A place, province abbreviations, an institutional prefix, or a proper-noun word (北洋, 清华)
    that starts a word (after punctuation, a particle or a verb: 毕业于北洋…, 考入清华…)."""
    piece = text[begin:end]
    if piece in known_places() or piece in _ORG_PREFIXES:
        return True
    if len(piece) >= 3 and piece[-1] in "镇乡" and piece in _town_names():
        return True    # 沙岭镇人民政府, 某乡中心小学: a town of the towns gazetteer (session 13, auditzh16's report)
    if len(piece) <= 3 and all(ch in _PROVINCE_ABBR for ch in piece):
        return True
    entry = word_info().get(piece)
    if not entry or entry[1] not in _ANCHOR_POS or entry[0] < 20 or any(ch in _MIDDLE_STOP for ch in piece):
        return False
    return _word_starts_at(text, begin)


def _word_starts_at(text: str, pos: int) -> bool:
    """True when a new word plausibly starts at pos: text start, after punctuation, a particle or a verb."""
    if pos == 0:
        return True
    before = text[pos - 1]
    if before.isdigit():
        return False
    if before in _MIDDLE_STOP or not ("\u4e00" <= before <= "\u9fff"):
        return True
    entry = word_info().get(text[max(0, pos - 2) : pos])
    return bool(entry) and entry[1][:1] in ("v", "p", "c", "u", "d")


def _clean_middle(middle: str) -> bool:
    """True when the words between an anchor and a head describe the institution (航空, 陆军军官)."""
    if len(middle) > 8 or any(ch in _MIDDLE_STOP or not ("\u4e00" <= ch <= "\u9fff")
                              for ch in middle.replace("临时", "临")):     # 临时 is no time word (auditzh9)
        return False
    info = word_info()
    pos = 0
    while pos < len(middle):
        for size in (4, 3, 2):
            entry = info.get(middle[pos : pos + size]) if pos + size <= len(middle) else None
            if entry:
                if entry[1] not in _WORD_POS_OK and not entry[1].startswith("n") and entry[0] >= 1000:
                    return False
                pos += size
                break
        else:
            pos += 1
    return True


def _anchor_before(text: str, begin: int) -> int:
    """Start of a place / prefix written right before `begin` (美国 in 美国哥伦比亚大学), else begin."""
    places = known_places()
    for size in (4, 3, 2):
        piece = text[begin - size : begin] if begin - size >= 0 else ""
        if piece and (piece in places or piece in _ORG_PREFIXES):
            return begin - size
    return begin


def _known_institution_start(text: str, head_end: int) -> int:
    """Start of a dictionary organisation name (jieba `nt`: 清华大学) ending at head_end, else -1."""
    info = word_info()
    for size in (6, 5, 4, 3):
        entry = info.get(text[head_end - size : head_end]) if head_end - size >= 0 else None
        if entry and entry[1] == "nt" and _word_starts_at(text, head_end - size):
            first = info.get(text[head_end - size : head_end - size + 2])
            if first and first[0] >= 100 and first[1].startswith(("v", "a", "d")) and text.endswith("电台", 0, head_end):
                return -1  # 广播电台: a kind of station, not a name (建设银行 is one)
            return head_end - size
    return -1


def _straddling_place(text: str, begin: int) -> int:
    """Start of a place name that begins before `begin` and runs into it (黑|龙江 → 黑龙江), else begin."""
    places = known_places()
    for back in (3, 2, 1):
        for size in range(back + 1, back + 4):
            if begin - back >= 0 and text[begin - back : begin - back + size] in places:
                return begin - back
    return begin


# verbs a party committee is the subject of, whose first character makes a word with 委 (委派, 委托, 委任)
_COMMITTEE_VERBS = frozenset("派托任")


def _head_orgs(text: str) -> list[tuple[int, int]]:
    """Place / proper name + descriptive words + institution head (nearest clean anchor, then any
    places or prefixes written before it: 国立 + 中央 + 大学)."""
    spans = []
    for match in _ORG_HEAD_RE.finditer(text):
        head_start, head_end = match.span()
        if head_end < len(text) and is_common_word(text[head_end - 1 : head_end + 1], 100) \
                and not (text[head_end - 1] == "委" and text[head_end] in _COMMITTEE_VERBS):
            continue  # 协商会议, 大学生: the head is part of a longer word (not 省委|派: a committee sends someone)
        head = match.group()
        bare_ok = head in _BARE_HEADS
        word_ok = head in _WORD_NAMED_HEADS
        found = _known_institution_start(text, head_end)
        if found < 0:
            found = _anchor_start(text, head_start, bare_ok, word_ok)
        if found < 0 and head in _SCHOOL_HEADS:  # a transliterated name: 普渡大学, 维吉尼亚军事学院
            found = _anchor_start(text, head_start, bare_ok, False, _foreign_anchor, (6, 5, 4, 3, 2))
        if found < 0:
            continue
        found = _straddling_place(text, found)
        for _ in range(3):
            earlier = _anchor_before(text, found)
            if earlier == found:
                break
            found = earlier
        if text[found:head_start] in _GENERIC_QUALIFIERS or text[found:head_end] in _GENERIC_INSTITUTIONS:
            continue  # 外国银行, 商业银行, 人民法院: a kind of institution, not a name
        if head in _SCHOOL_HEADS or head in ("中学", "小学", "医院"):
            found = _without_modifying_place(text, found, head_start)
            for size in (4, 3, 2):  # 日本 + 陆军士官学校: a known school's name after a nation
                if text[found : found + size] in known_countries() and text[found + size : head_end] in _org_lexicon()[0]:
                    found += size
                    break
        if head in ("大学", "中学", "小学") and text[head_start - 1] == "上" and found < head_start - 1 \
                and text[found:head_start - 1] in known_places():
            continue  # 在北平上大学: attending a school in a place (the place is the GPE; auditzh21)
        if head == "党校" and not _party_school(text[found:head_start]):
            continue  # 加强基层党校: a kind of school
        if head.endswith(("委", "委会", "党校")) or head == "革命军事委员会":
            owner = next((o for o in _COMMITTEE_OWNERS if text.startswith(o, found - len(o))), "")
            found -= len(owner)
        spans.append((found, head_end))
    return spans


def _party_school(owner: str) -> bool:
    """The owner of a party school: the centre or a committee, after a place (中共某省委, 中央)."""
    owner = owner.removeprefix("中共")
    kinds = ("", "中央", "中共中央", "省委", "市委", "县委", "区委", "地委")
    return owner in kinds or any(owner[:size] in known_places() and owner[size:] in kinds
                                 for size in range(2, min(len(owner), 6) + 1))


_LEADING_ORDINAL = re.compile("第[一二三四五六七八九十]{1,2}(?!大)")  # 第三大银行: a rank, no name
_ORDINAL_HEADS = ("档案馆", "图书馆", "研究所", "研究院", "研修所", "医院", "法院")
# Party committees (省委, 县委) take the party or league written before their place (中共某某县委).
_COMMITTEE_OWNERS = ("中共", "共青团")
# Programme words that make a bare 共产党 part of a longer party name (劳动共产党, 人民共产党).
_PARTY_PROGRAMMES = ("劳动", "工人", "人民", "统一", "革命", "联合", "马列", "左翼", "无产阶级")


def _anchor_start(text, head_start, bare_ok, word_ok, anchor=None, sizes=(4, 3, 2)) -> int:
    """Start of the nearest clean anchor before an institution head (place, prefix, proper word;
    with `word_ok` also an ordinary two-character noun right before the head), else -1."""
    anchor = anchor or _is_anchor
    for begin in range(head_start - 2, max(-1, head_start - 11), -1):
        for size in sizes:
            if begin + size > head_start:
                continue
            if not (
                anchor(text, begin, begin + size)
                or (word_ok and begin + size == head_start and _word_anchor(text, begin, begin + size))
            ):
                continue
            middle = text[begin + size : head_start]
            ordinal = _LEADING_ORDINAL.match(middle)  # 某某第二历史档案馆: an ordinal, then the kind
            numbered_school = bool(ordinal) and ordinal.end() == len(middle) and text.startswith("师范", head_start)
            if ordinal and ordinal.end() < len(middle) and text.startswith(_ORDINAL_HEADS, head_start):
                middle = middle[ordinal.end():]
            elif numbered_school:
                middle = ""     # 湖南第一师范: a province's numbered normal school
            if (middle or bare_ok or numbered_school) and _clean_middle(middle):
                while begin > 0 and text[begin - 1] in _PROVINCE_ABBR and head_start - begin < 6 and all(
                        ch in _PROVINCE_ABBR for ch in text[begin:begin + size]):
                    begin -= 1     # 闽浙赣省, 冀鲁豫边区: the whole run of provinces' one-character names
                return begin
    return -1


def _without_modifying_place(text: str, start: int, head_start: int) -> int:
    """Start of the name after places that only modify it (北京 + 清华学校, 美国 + 哥伦比亚大学):
    a place is left out when a proper name of its own follows it before the head."""
    places = known_places()
    for _ in range(3):
        for size in (4, 3, 2):
            if start + size < head_start and text[start : start + size] in places:
                if _proper_start(text, start + size, head_start) > 0:
                    start += size
                    break
                return start
        else:
            return start
    return start


def _with_sub_office(text: str, start: int, end: int) -> int:
    """End of the organisation extended by a sub-office written right after it, else `end`."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS + ("中央", "中共", "研究所", "研修所", "研究院", "省委", "市委", "县委", "区委", "地委", "特委")):
        return end
    if text.startswith(_HOLDING_UNITS, end) and text[start:end].endswith(("所", "院", "部", "省", "厅")):
        return end + 3  # 某某研究所图书馆: the library or archive of the body
    match = _SUB_OFFICE_RE.match(text, end)
    if not match or not (_clean_middle(match.group(1)) or _ORDINAL_OFFICE.fullmatch(match.group(1))):
        return end
    if match.group().endswith(("课", "科")) and not text[start:end].endswith(("局", "处", "司", "厅", "部", "省", "署")):
        return end  # a section belongs to an office (军务局兵务课), not to a hospital or school
    entry = word_info().get(match.group(1) + text[match.end(1)])  # 北部, 内部: an ordinary word
    if entry and entry[0] >= 50 and not entry[1].startswith(("nr", "nt")):  # 陆军部 (nt) is a body
        return end
    if _person_force_after(match):
        return end  # 山东省政府沈鸿烈部: the body, then a person's force (rule 1: PERSON 沈鸿烈)
    return match.end()


def _person_force_after(match: re.Match) -> bool:
    """A person's force written after a body (省政府沈鸿烈部): 部 after a surname and one or two characters
    that are no word jieba knows but as a name (军政部, 训练部 stay sub-offices)."""
    name = match.group(1)
    if not match.group().endswith("部") or len(name) != 3 or name[0] not in surnames()[0]:
        return False
    entry = word_info().get(name)
    return (entry is None or entry[1].startswith("nr")) and word_info().get(name[1:]) is None


_HOLDING_UNITS = ("图书馆", "档案馆", "资料室")
_ORDINAL_OFFICE = re.compile("第[0-9一二三四五六七八九十]{1,3}")  # 第二课, 第一厅


# Units of a school written after it, the longest unit is the name (某某大学法学院政治系, 黄埔军校潮州分校).
_SCHOOL_ENDINGS = ("大学", "学院", "军校", "学校", "学堂", "讲武堂", "分校")
_SCHOOL_UNIT_RE = re.compile("([\u4e00-\u9fff]{1,6}?)(?:分校|学院|研究院|研究所|系)(?![统列数列长生员])")


def _service_body(name: str) -> bool:
    """A service's body (陆军省, 美国陆军部): the service word first, or after a place."""
    places = known_places()
    for size in (0, 4, 3, 2):
        if (size == 0 or name[:size] in places) and name[size:].startswith(_SERVICES):
            return len(name) - size > 3 or name[size:] in _org_lexicon()[0]
    return False


def _with_school_unit(text: str, start: int, end: int) -> int:
    """End of a school extended by a branch, college or department written right after it."""
    if not text[start:end].endswith(_SCHOOL_ENDINGS):
        return end
    match = _SCHOOL_UNIT_RE.match(text, end)
    if not match or not _clean_middle(match.group(1)) or match.group(1).startswith("第") and match.group()[-2:] != "分校":
        return end
    if is_common_word(text[match.end() - 2 : match.end()], 100) and not match.group().endswith(("学院", "分校")):
        return end  # 体系, 联系: the head is part of a word
    return match.end()


def _with_place_before(text: str, start: int, end: int) -> int:
    """Start of a government body extended by the place or nation written right before it."""
    if not text[start:end].endswith(_GOVERNMENT_ENDINGS) or text[start:end].startswith(_SERVICES):
        return start  # 日本 + 陆军省: the nation before a service's body stays a place
    places = known_places()
    for size in (4, 3, 2):
        if start - size >= 0 and text[start - size : start] in places:
            return start - size
    return start


# A service's headquarters without an echelon word (陆军训练司令部, 海军总司令部, 联合勤务总司令部);
# one written with a formation (第5军司令部) is a unit's and has an echelon word before 司令部.
_SERVICE_HQ_RE = re.compile(
    "(?:陆军|海军|空军|宪兵|联合勤务|联勤|后方勤务|装甲兵)([\u4e00-\u9fff]{0,4}?)(?:总)?司令部"
)
_ECHELON_CHARS = set("军师旅团营连队部区路纵第")


def _service_headquarters(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in literal_finditer(_SERVICE_HQ_RE, text):
        middle = match.group(1)
        if any(ch in _ECHELON_CHARS for ch in middle) or not _clean_middle(middle):
            continue
        if match.start() > 0 and (text[match.start() - 1] in _ECHELON_CHARS or text[match.start() - 1].isdigit()):
            continue
        spans.append(match.span())
    return spans


def _org_patterns(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in anchored_finditer(_BUREAU_RE, text, *_BUREAU_ANCHOR)] + _head_orgs(text)
    from pipeline.rules.org_unanchored import imprints, purpose_bodies

    if "会" in text:
        spans += purpose_bodies(text)
    if "：" in text or ":" in text:
        spans += imprints(text)
    if "司令部" in text:
        spans += _service_headquarters(text)
    for match in anchored_finditer(_ORG_KEYWORDS, text, *_ORG_KEYWORD_ANCHOR):
        begin = _place_suffix(text, max(0, match.start() - 6), match.start())
        if begin < 0 and match.group().endswith("政府"):  # 维希政府: a transliterated name
            begin = next((match.start() - size for size in (4, 3, 2)
                          if match.start() >= size and _foreign_anchor(text, match.start() - size, match.start())), -1)
        if begin >= 0:
            spans.append((begin, match.end()))
    if "党" in text:
        for match in anchored_finditer(_PARTY_RE, text, *_PARTY_ANCHOR):
            name = match.group()
            if name == "革命党" or (len(name) == 3 and glued_into_word(text, match.start(), match.end())):
                continue
            if match.start() > 0 and text[match.start() - 1] in "的之某该此":
                continue
            spans.append(match.span())
    if "期" in text:
        spans += [m.span() for m in literal_finditer(_ACADEMY_CLASS_RE, text)]
    if "讯" in text or "电" in text:
        spans += [m.span(1) for m in rare_finditer(_DATELINE_RE, text)]
    spans += _school_orgs(text)
    return spans


# Schools named by a place, an ordinal or a name of their own: 长沙县立第一小学, 某某中学, 湖南高等学堂.
_SCHOOL_HEAD_RE = re.compile("(?:中学堂|小学堂|学堂|中学|小学|女中|师范学校|(?:工业|农业|商业|职业|医学|法政|矿业|蚕桑|水产)(?:专科|专门)?学校)(?![生校部里])")
_SCHOOL_QUALIFIERS = "高等 中等 初等 高级 初级 女子 男子 师范 实验 模范 两级 附属 完全".split()
_SCHOOL_OWNERS = "省立 县立 市立 区立 私立 公立 国立 官立 府立 州立 乡立".split()
_SCHOOL_ORDINAL_RE = re.compile("第[0-9一二三四五六七八九十]{1,3}$")
_SCHOOL_NAME_POS_BAD = ("m", "s", "f", "r", "q", "d", "p", "c", "u", "t", "v", "a", "b")
_GENERIC_SCHOOL_WORDS = frozenset(
    "教会 公立 私立 新式 旧式 普通 重点 乡村 农村 城市 山区 本地 当地 外地 一般 各级 各地 这所 那所 一所 该校 "
    "女子 男子 职业 技术 工业 农业 商业 军事 陆军 海军 华侨 侨民 日本 美国 英国 教育 寄宿 贵族".split()
)


def _school_orgs(text: str) -> list[tuple[int, int]]:
    """Place / owner (县立) / name of its own, then an ordinal and a qualifier, then 中学, 小学, 学堂.
    A place with a bare head (长沙中学时) is ambiguous and left alone; a place before a school with a
    name of its own only modifies it (长沙 + 明德中学)."""
    spans = []
    places = known_places()
    for match in literal_finditer(_SCHOOL_HEAD_RE, text):
        pos = match.start()
        qualifier = next((q for q in _SCHOOL_QUALIFIERS if text.startswith(q, pos - len(q))), "")
        pos -= len(qualifier)
        ordinal = _SCHOOL_ORDINAL_RE.search(text[max(0, pos - 5) : pos])
        if ordinal:
            pos -= len(ordinal.group())
        named = _school_name_at(text, pos - 2, places)
        if named:
            pos -= 2
        owner = next((o for o in _SCHOOL_OWNERS if text.startswith(o, pos - len(o))), "")
        pos -= len(owner)
        place = _place_suffix(text, max(0, pos - 4), pos) if pos >= 2 else -1
        if place >= 0 and (owner or not named):
            pos = place
        elif not named:
            continue  # no place, no name: 高等学堂, 第一中学 alone
        if not (named or owner or ordinal or qualifier) or not _word_starts_at(text, pos):
            continue
        spans.append((pos, match.end()))
    return spans


def _school_name_at(text: str, pos: int, places) -> bool:
    """A school's own two-character name at pos (明德, 南开): no place, kind or function word."""
    piece = text[pos : pos + 2] if pos >= 0 else ""
    if len(piece) != 2 or not _CJK_ONLY.fullmatch(piece) or piece in _GENERIC_SCHOOL_WORDS or piece in places:
        return False
    if any(ch in _MIDDLE_STOP for ch in piece) or piece in _SCHOOL_OWNERS or piece in _SCHOOL_QUALIFIERS:
        return False
    entry = word_info().get(piece)
    if entry and entry[1].startswith(_SCHOOL_NAME_POS_BAD):
        return False
    return not (entry and entry[0] >= 3000 and not entry[1].startswith(("nr", "ns", "nz", "nt")))


# A body written before a unit word names the unit's owner inside the unit's name (财政部税警总团):
# the unit finder takes the whole, so no ORG is proposed there.
_UNIT_AFTER_ORG = re.compile(
    "(?:(?:税警|缉私|盐警)[总第0-9０-９一二三四五六七八九十]{0,3}(?:团|队|营|旅|师)|总团|总队|教导总队|警卫团|警卫旅|特务团"
    "|(?:警卫|教导|特务|宪兵)第? ?[0-9０-９一二三四五六七八九十]{1,3} ?(?:师|旅|团))"
)


# a known school's full name outranks the force it is named after (北洋水师学堂 is no 北洋水师: MIL_UNIT is 60)
_SCHOOL_HEADS = ("学堂", "学校", "军校", "大学", "讲武堂", "学院")
_SCHOOL_PRIORITY = 61


# verbs that set up or name a headquarters: the bare 大本营 after them is a commander's base (guideline 5)
_SET_UP_VERBS = ("设立", "设置", "建立", "设", "设为", "作为", "移驻", "迁移", "安置")   # not 为: 改为大本营直属


def find_orgs(text: str) -> list[Candidate]:
    """ORG candidates: lexicon names and pattern names (both priority 35, above the gazetteer)."""
    chinese, english, zh_re, en_re = _org_lexicon()
    out: list[Candidate] = []
    taken = _Taken(len(text))
    for match in zh_re.finditer(text):
        start, end = match.span()
        following = text[end : end + 1]
        name = match.group()
        if following in ("人", "员") or (name.endswith(("党", "共")) and _party_troops(text, end)):
            continue
        if following == "队" and name.endswith("部"):
            continue  # 陆军部队, 内务部队: troops, not the ministry
        if len(name) > 2 and following and not name.endswith(_SCHOOL_HEADS) and is_common_word(text[end - 1 : end + 1], 1000):
            continue  # 华北局势, 军机处理, 文学社会: the last character starts an ordinary word
        if len(name) == 3 and start and is_common_word(text[start - 1 : start + 1], 1000) and is_common_word(name[1:], 1000):
            continue  # 加强学会: an ordinary word ends on the first character, another word follows
        if following == "长" and name.endswith(("部", "局", "院")):  # 外交部长: a post, not the ministry
            continue  # 国民党人, 共产党员, 国民党军: demonyms / generic troops
        if name.endswith("部") and text.startswith(("主任", "副主任"), end) and len(name) <= 3:
            continue  # 政治部主任: a post of any army, not the Military Council's department
        if glued_into_word(text, start, end) or _UNIT_AFTER_ORG.match(text, end):
            continue
        if name == "军统" and start and text[start - 1] in "为任充署兼":
            continue  # 荫昌为军统: the Qing post of an army's commander (1911), not the bureau (auditzh6)
        if name == "大本营" and text.endswith(_SET_UP_VERBS, 0, start):
            continue  # 在城内设立大本营, 以X为大本营: a commander's headquarters, not Japan's (auditzh15)
        if name == "中共" and text.startswith(("党员", "党人", "党籍"), end):
            continue  # 中共党员: a bound form (guideline 12)
        if name == "共产党" and (not _word_starts_at(text, start) or text.endswith(_PARTY_PROGRAMMES, 0, start)):
            continue  # 智利共产党, 人民共产党: the party of a name written before it
        taken.add(start, end)
        priority = _SCHOOL_PRIORITY if name.endswith(_SCHOOL_HEADS) and len(name) > 4 else LEXICON_ORG[1]
        out.append(Candidate(start, end, "ORG", LEXICON_ORG[0], priority, norm={"canonical": chinese[name]}))
    for match in en_re.finditer(text):
        start, end = match.span()
        taken.add(start, end)
        out.append(Candidate(start, end, "ORG", *LEXICON_ORG, norm={"canonical": english[match.group()]}))
    for start, end in _org_patterns(text):
        if _UNIT_AFTER_ORG.match(text, end) or text[start:end].endswith("党") and _party_troops(text, end):
            continue
        if not _overlaps(taken, start, end):
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
            continue
        # a longer pattern span wholly containing lexicon matches (重庆国民政府 ⊃ 国民政府) wins
        hit = [c for c in out if c.start < end and start < c.end]
        if all(start <= c.start and c.end <= end for c in hit) and all((c.start, c.end) != (start, end) for c in hit):
            for c in hit:
                out.remove(c)
            taken.add(start, end)
            out.append(Candidate(start, end, "ORG", *RULE_ORG))
    out.sort(key=_START)
    return split_country_bodies(text, outside_titles(text, _extended_orgs(text, out)))


def _party_troops(text: str, end: int) -> bool:
    """国民党军, 国民党部队, 国民党援军: a party's troops are generic (guideline 5), not the party; 国民党军事史 and
    国民党军委会 name the party (zh12: 部队/援军/官兵 added to 军)."""
    return (text.startswith(("军", "部队", "援军", "官兵", "士兵", "残部"), end)
            and not text.startswith(("军事", "军政", "军委"), end))


def _extended_orgs(text: str, orgs: list[Candidate]) -> list[Candidate]:
    """Full official names (guideline 15): a government body with the place before it and a
    sub-office after it is one span (日本外务省, 国防部史政编译局)."""
    result: list[Candidate] = []
    for index, cand in enumerate(orgs):
        if cand.end > cand.start and not _CJK_ONLY.fullmatch(text[cand.start : cand.end]):
            result.append(cand)
            continue
        floor = result[-1].end if result else 0
        start = _with_place_before(text, cand.start, cand.end)
        if start < floor:
            start = cand.start
        end = cand.end
        if text[start:end].endswith("党") and text.startswith("政府", end):
            end += 2  # 国民党 + 政府: the party's government is one name
        for _ in range(2):  # 国民党中央 + 宣传部 + 编审科 at most
            longer = _with_sub_office(text, start, end)
            if longer == end:
                longer = _with_school_unit(text, start, end)
            if longer == end:
                break
            end = longer
        following = orgs[index + 1 :]
        if any(other.start < end for other in following if other.end > end):
            end = cand.end  # the sub-office would cut into the next organisation
        if (start, end) == (cand.start, cand.end):
            result.append(cand)
            continue
        result.append(Candidate(start, end, "ORG", *RULE_ORG))
    # drop organisations swallowed by an extended one
    kept: list[Candidate] = []
    for cand in result:
        if kept and cand.start < kept[-1].end:
            continue
        if _service_body(text[cand.start : cand.end]):
            cand = Candidate(cand.start, cand.end, "ORG", cand.source, RULE_ORG_SERVICE[1], cand.norm)
        kept.append(cand)
    return kept


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_PARTY_RE = guarded(_PARTY_RE)
_ORG_KEYWORDS = guarded(_ORG_KEYWORDS)
_BUREAU_RE = guarded(_BUREAU_RE)
_UNIT_AFTER_ORG = guarded(_UNIT_AFTER_ORG)
