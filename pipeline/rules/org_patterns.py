"""ORG names found by pattern, for orgs.find_orgs: regional CCP bureaus (华中局), place + headquarters
body or government (桂林防守司令部, 重庆国民政府), parties named by their programme (中华革命党),
institutions after a place or proper name (清华大学, 冀南区党委), a service's headquarters
(联合勤务总司令部), academies by short name before a class (黄埔第三期), news outlets in datelines
and schools named by place, owner or a name of their own (长沙县立第一小学). `_org_patterns(text)`
returns their (start, end) spans; org_name_anchors.py finds where each name starts.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import CJK_ONLY, org_lexicon, glued_into_word, is_common_word, known_countries, known_places, word_info
from pipeline.rules.org_name_anchors import (
    AMONG, GENERIC_QUALIFIERS, MIDDLE_STOP, anchor_before, anchor_start, clean_middle, foreign_anchor,
    known_institution_start, place_suffix, straddling_place, without_modifying_place, word_starts_at,
)
from pipeline.rules.scan import anchored_finditer, guarded, literal_finditer, rare_finditer
from pipeline.rules.trie import trie_regex

_REGIONS = (
    "华中 华北 华南 华东 华西 东北 西北 西南 东南 中南 北方 南方 中原 长江 晋察冀 晋冀鲁豫 晋绥 山东 陕甘宁 "
    "苏北 苏中 苏南 皖南 淮北 淮南 鄂豫皖 鄂豫边 冀鲁豫 冀中 冀南 冀热辽 冀东 太行 太岳 豫西 豫皖苏 满洲 南京 上海"
).split()
BUREAU_RE = re.compile(
    "(?:中共(?:中央)?)?(?:" + trie_regex(_REGIONS) + ")(?:分|中央)?局(?![势面部长限促外内])"   # 中原中央局 (zh12)
)
# keyword -> how many characters before it may hold the place name
ORG_KEYWORDS = re.compile(
    "(?:(?:防守|警备|边区|绥靖|卫戍|城防|要塞|戒严|防空|守备|剿匪)(?:总)?司令(?:长官)?部|行营|行辕|绥靖公署|剿总|剿匪总部)"
    "|(?:国民|军)?政府(?!军)"
    "|(?:共产党|社会党|民主党|自由党|革命党|国民党|青年党|共和党|进步党|统一党)(?![人员])"
)
# Parties named by their programme, with or without a nation before them (中华革命党, 中国青年党,
# 统一党): an optional 中华/中国 and one or two programme words + 党. 革命党 alone is generic.
PARTY_RE = re.compile(
    "(?:中华|中国)?(?:(?:民主|社会|共和|进步|统一|立宪|宪政|青年|国家|工农|劳动|自由|保守|民族|复兴|民主社会|"
    "国家社会|社会民主|革命|同盟|致公|农工|国社){1,2})党(?![人员部内外派性务章籍])"
)
# Every match holds its anchor character at most `reach` characters after its start (scan.py):
# 局 after 中共中央 and a region; a keyword's last character (防守总司令长官部: 部 is the 8th); 党
# after 中华/中国 and two programme words of ≤ 4 characters.
BUREAU_ANCHOR = (re.compile("局"), 4 + max(map(len, _REGIONS)) + 2)
ORG_KEYWORD_ANCHOR = (re.compile("[部营辕署总府党]"), 7)
PARTY_ANCHOR = (re.compile("党"), 10)
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
    # the county governments of the risings of 1927-1930 (黄安县农民政府, 某县工农民主政府; s19zhorg)
    " 农民政府 工农政府 工农民主政府"
    # the party's and the soviets' bodies of a base area (冀南区党委, 鄂豫皖革命军事委员会, 湘赣边区政府)
    " 区党委 工委 边区政府 革命军事委员会"
    # the full names of 特委 and 工委 (中共琼崖特别委员会, 中共东江特别委员会; auditzh38)
    " 特别委员会 工作委员会"
    # unions, federations and the base areas' banks (上海总工会, 北平学生联合会, 晋察冀边区银行)
    " 总工会 学生联合会 各界联合会 妇女联合会 救国联合会 学联 边区银行 政协"
    # session 23 (s23zhenc): the police offices of a place below the bureau, Republican era to 1949 (某县警察署,
    # 某区公安分局某镇派出所, 某省警务处); a place's Red Cross, its branch and a body's branch named by its place (某城
    # 红十字分会, 中国红十字会某县分会); a university's attached school and a school's branch by its place (某大附中,
    # 某镇分校); a place's chamber of commerce and relief committee (某埠中华总商会, 某地筹赈会)
    " 派出所 分驻所 公安分局 警察分局 警察署 警务处 警察总局 红十字会 红十字分会 分会 附中 附小 分校 总商会 筹赈会 总会"
    # session 26 (s26zhorg): a place's offices of relics, culture and local records, which local news features and
    # relic pages name as the finders of a site (某县文物所, 某市文物管理局, 某县文化馆, 某县史志办); criterion: the
    # standing names of the cultural-heritage and local-history offices of a county, city or province (the relics
    # law's 文物行政部门 and the local-chronicle offices), a place written before them
    " 文物管理所 文物所 文管所 文物管理局 文物局 文物管理委员会 文管会 文物保护中心 文化馆 文化局 文史馆 史志办 方志办 县志办"
    # session 26 (s26zhorg): a place's wartime and relief societies and its natives' associations, 1840-1949 (某县抗敌
    # 后援会, 某县救国会, 某地旅省同乡会, 某县赈济会); criterion: the standing names of the patriotic, relief and native-place
    # societies every county had, as county gazetteers' 社团 chapters list them
    " 抗敌后援会 后援会 救国会 救亡协会 抗敌协会 同乡会 赈济会 救济会 赈务会 慈善会 教育会"
    # and the kinds of county and provincial schools of 1902-1949 written after their owner (某省立女子中学, 某县立初级
    # 中学, 某县立职业学校): the school system's own names for them
    " 初级中学 高级中学 女子中学 职业学校 农业学校"
    # session 30 (s30zhorgfac): the martial-arts academies of 1928-1948 after their place or name (某省国术馆, 中央国术馆,
    # 某县国术馆): the Central Guoshu Institute's provincial and county branches
    " 国术馆"
).split()
# heads that may follow the place or name directly (清华大学); others need a word between (中国航空公司)
_BARE_HEADS = frozenset(
    "政务委员会 省政府 市政府 县政府 大学 学院 军校 学堂 讲武堂 银行 日报 书局 通讯社 新闻社 出版社 报社 "
    "印书馆 档案馆 图书馆 研究院 研究所 省委会 市委会 县委会 区委会 地委会 省委 市委 县委 区委 地委 特委 党校 "
    "中心县委 中心市委 "      # 珠河中心县委 (auditzh9)
    "储蓄会 商会 公会 工部局 公董局 市政厅 市政公署 童子军 "
    "师范学校 师范学院 军械所 军械局 机器局 制造局 警察局 警察厅 公安局 邮政局 电报局 "
    "抗日民主政府 民主政府 人民政府 临时政府 自治政府 苏维埃政府 革命政府 行政公署 行署 专署 临时参议会 参议会 省议会 "
    "农民政府 工农政府 工农民主政府 "
    "区党委 工委 边区政府 革命军事委员会 海关 总工会 学生联合会 各界联合会 学联 边区银行 政协 "
    "特别委员会 工作委员会 "
    "派出所 分驻所 公安分局 警察分局 警察署 警务处 警察总局 红十字会 红十字分会 分会 附中 附小 分校 总商会 筹赈会 总会 "
    "文物管理所 文物所 文管所 文物管理局 文物局 文物管理委员会 文管会 文物保护中心 文化馆 文化局 文史馆 史志办 方志办 县志办 "
    "抗敌后援会 后援会 救国会 救亡协会 抗敌协会 同乡会 赈济会 救济会 赈务会 慈善会 教育会 "
    "初级中学 高级中学 女子中学 职业学校 农业学校 国术馆".split()
)
# heads whose name may be any ordinary two-character word (盐业银行, 大陆银行, 四行储蓄会, 银行公会)
_WORD_NAMED_HEADS = frozenset("银行 储蓄会 商会 公会".split())
# institution words that are kinds, not names (a place before them makes a name: 上海地方法院)
_GENERIC_INSTITUTIONS = frozenset("人民法院 地方法院 高等法院 军事法庭 军事法院 特别法庭 国际法庭".split())
# heads of schools, where a transliterated name may stand before them (普渡大学, 维吉尼亚军校); a known
# school's full name outranks the force it is named after (北洋水师学堂 is no 北洋水师: MIL_UNIT is 60).
# (One tuple: orgs.py used to bind a frozenset without 讲武堂 here and rebind this tuple further down,
# which is the value every function read at call time.)
SCHOOL_HEADS = ("学堂", "学校", "军校", "大学", "讲武堂", "学院")
_ORG_HEAD_RE = re.compile("(?:" + trie_regex(_ORG_HEADS) + ")(?![生员长家士界业馆])")   # 某某总会馆: a hall (s23zhenc)

# an ordinal or a count of one before the head: 第一家|轮船公司, 一所|学堂 (a description, not a name)
_COUNTED_FIRM_RE = re.compile("第[一二三四五六七八九十0-9]{1,3}[家所]|[一]家|[一]所")

# prepositions of address right before a head (给省委, 向县委, 对市委, 致区委): the head is the generic addressee
_TO_CHARS = frozenset("给向对致")
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
        found = known_institution_start(text, head_end)
        if found >= 0 and not bare_ok and (text[found:head_start] in known_places() or text[found:head_start] in known_countries()):
            found = -1   # 英国公司, 美国公司: jieba lists a country + a kind of firm as a name (r21orgloc)
        if found < 0:
            found = anchor_start(text, head_start, bare_ok, word_ok)
        if found < 0 and head in SCHOOL_HEADS:  # a transliterated name: 普渡大学, 维吉尼亚军事学院
            found = anchor_start(text, head_start, bare_ok, False, foreign_anchor, (6, 5, 4, 3, 2))
        if found < 0:
            continue
        found = straddling_place(text, found)
        for _ in range(3):
            earlier = anchor_before(text, found)
            if earlier == found:
                break
            found = earlier
        if text.startswith(AMONG, found - 1) and head_start - found >= 2:
            found += 1   # 其中|某地海关: the word 其中 ends at its 中, the name opens after it (session 28, s28zhorg)
        if head_start - found >= 3 and text[head_start - 1] == "设":
            continue  # 某县某村设警察署: the verb of setting up and the place where, a generic office (s29zhplace)
        if head_start - found >= 2 and text[head_start - 1] in _TO_CHARS:
            continue  # 从某地给省委写信: a preposition before the bare head, the place before it is its own GPE (s22zhprec)
        if text[found:head_start] in GENERIC_QUALIFIERS or text[found:head_end] in _GENERIC_INSTITUTIONS:
            continue  # 外国银行, 商业银行, 人民法院: a kind of institution, not a name
        if _ran_by_body(text, found, head_start):
            continue  # 某国某某省管理银行: a body and what it runs, not one name (r20zhorgqty)
        if _COUNTED_FIRM_RE.search(text, found, head_start):
            continue  # 中国第一家轮船公司, 当地一所学堂: a count of firms or schools, not a name (s19zhorg)
        if head in SCHOOL_HEADS or head in ("中学", "小学", "医院"):
            found = without_modifying_place(text, found, head_start)
            for size in (4, 3, 2):  # 日本 + 陆军士官学校: a known school's name after a nation
                if text[found : found + size] in known_countries() and text[found + size : head_end] in org_lexicon()[0]:
                    found += size
                    break
        if head in ("大学", "中学", "小学") and text[head_start - 1] == "上" and found < head_start - 1 \
                and text[found:head_start - 1] in known_places():
            continue  # 在北平上大学: attending a school in a place (the place is the GPE; auditzh21)
        if head == "党校" and not _party_school(text[found:head_start]):
            continue  # 加强基层党校: a kind of school
        if head.endswith(("委", "委会", "党校")) or head in ("革命军事委员会", "特别委员会", "工作委员会"):
            last = None
            for last in _SUBORDINATION_RE.finditer(text, found, head_start):
                pass
            if last is not None:
                if head_start - last.end() < 2:
                    continue
                found = last.end()   # 甲县县委改属|乙丙特委: two committees, the second named after the verb (s28zhlab)
            owner = next((o for o in _COMMITTEE_OWNERS if text.startswith(o, found - len(o))), "")
            found -= len(owner)
        spans.append((found, head_end))
    return spans


# a committee and a verb of subordination before another committee's name (甲县县委改属|乙丙特委, 甲区委划归|乙地委):
# the second committee's name opens after the verb (session 28, s28zhlab)
_SUBORDINATION_RE = re.compile("(?:省委|市委|县委|区委|地委|特委|工委|区党委)(?:改属|隶属|归属|划归|改归|直属|属于|受)")


# verbs of running or issuing: after a body's name they end it (某省|管理|银行 is a body and what it runs)
_RUNNING_VERBS_RE = re.compile("管理|主持|发行|控制|经营|开办|创办|设立|内设|下设|设置|接管|领导|监督|主管|统辖|掌管|操纵|资助")
_BODY_END_CHARS = frozenset("省部院局厅署府会")


def _ran_by_body(text: str, start: int, head_start: int) -> bool:
    """A verb of running between the name's start and its head, right after a body's name (3+ characters ending
    in 省, 部, 院, 局 …, or a name the ORG lexicon lists): 某某省管理银行, 某某部主持学校."""
    for m in _RUNNING_VERBS_RE.finditer(text, start, head_start):
        body = text[start:m.start()]
        if (len(body) >= 3 and body[-1] in _BODY_END_CHARS) or body in org_lexicon()[0]:
            return True
    return False


def _party_school(owner: str) -> bool:
    """The owner of a party school: the centre or a committee, after a place (中共某省委, 中央)."""
    owner = owner.removeprefix("中共")
    kinds = ("", "中央", "中共中央", "省委", "市委", "县委", "区委", "地委")
    return owner in kinds or any(owner[:size] in known_places() and owner[size:] in kinds
                                 for size in range(2, min(len(owner), 6) + 1))


# Party committees (省委, 县委) take the party or league written before their place (中共某某县委).
_COMMITTEE_OWNERS = ("中共", "共青团")

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
        if any(ch in _ECHELON_CHARS for ch in middle) or not clean_middle(middle):
            continue
        if match.start() > 0 and (text[match.start() - 1] in _ECHELON_CHARS or text[match.start() - 1].isdigit()):
            continue
        spans.append(match.span())
    return spans


def find_pattern_orgs(text: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in anchored_finditer(BUREAU_RE, text, *BUREAU_ANCHOR)] + _head_orgs(text)
    from pipeline.rules.org_unanchored import imprints, purpose_bodies

    if "会" in text:
        spans += purpose_bodies(text)
    if "：" in text or ":" in text:
        spans += imprints(text)
    if "司令部" in text:
        spans += _service_headquarters(text)
    for match in anchored_finditer(ORG_KEYWORDS, text, *ORG_KEYWORD_ANCHOR):
        begin = place_suffix(text, max(0, match.start() - 6), match.start())
        if begin < 0 and match.group().endswith("政府"):  # 维希政府: a transliterated name
            begin = next((match.start() - size for size in (4, 3, 2)
                          if match.start() >= size and foreign_anchor(text, match.start() - size, match.start())), -1)
        if begin >= 0:
            spans.append((begin, match.end()))
    if "党" in text:
        for match in anchored_finditer(PARTY_RE, text, *PARTY_ANCHOR):
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
    if "中" in text:
        spans += _numbered_schools(text)
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


# session 23 (s23zhenc): a state or provincial school written by its number alone (国立十四中, 省立一中, 某县立二中,
# 某市三中): an owner word or a known place, an ordinal and 中 (or 中学, 女中, 师). Not 中 opening a longer word
# (国立二中央…: no such school; 中国, 中心, 中旬, 中间) and not a count (二中队: a unit).
_NUMBERED_SCHOOL_RE = re.compile("(国立|省立|市立|县立|私立)?第?([一二三四五六七八九十]{1,3})(中学|女中|中|师)(?![国心央间部旬队华原年期级文共途方外段层全])")


def _numbered_schools(text: str) -> list[tuple[int, int]]:
    spans = []
    places = known_places()
    for m in literal_finditer(_NUMBERED_SCHOOL_RE, text):
        start = m.start()
        if m.group(1) is None or m.group(1) in ("县立", "市立"):
            place = next((start - n for n in (4, 3, 2) if start - n >= 0 and text[start - n:start] in places), -1)
            if place < 0:
                if m.group(1) is None:
                    continue                           # 二中, 第三中: no owner and no place
            else:
                start = place
        if m.group(3) == "师" and m.group(1) is None:
            continue                                   # 某地三师: a division, not a normal school
        if not word_starts_at(text, start) or (start > 0 and text[start - 1] in "第"):
            continue
        spans.append((start, m.end()))
    return spans


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
        place = place_suffix(text, max(0, pos - 4), pos) if pos >= 2 else -1
        if place >= 0 and (owner or not named):
            pos = place
        elif not named:
            continue  # no place, no name: 高等学堂, 第一中学 alone
        if not (named or owner or ordinal or qualifier) or not word_starts_at(text, pos):
            continue
        spans.append((pos, match.end()))
    return spans


def _school_name_at(text: str, pos: int, places) -> bool:
    """A school's own two-character name at pos (明德, 南开): no place, kind or function word."""
    piece = text[pos : pos + 2] if pos >= 0 else ""
    if len(piece) != 2 or not CJK_ONLY.fullmatch(piece) or piece in _GENERIC_SCHOOL_WORDS or piece in places:
        return False
    if any(ch in MIDDLE_STOP for ch in piece) or piece in _SCHOOL_OWNERS or piece in _SCHOOL_QUALIFIERS:
        return False
    entry = word_info().get(piece)
    if entry and entry[1].startswith(_SCHOOL_NAME_POS_BAD):
        return False
    return not (entry and entry[0] >= 3000 and not entry[1].startswith(("nr", "ns", "nz", "nt")))


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
PARTY_RE = guarded(PARTY_RE)
ORG_KEYWORDS = guarded(ORG_KEYWORDS)
BUREAU_RE = guarded(BUREAU_RE)
