"""Streets and commemorative sites named in Chinese text (session 16 round 2 FAC audit, auditzh46).

- A street with an unfamiliar name (`柳营路`, `广宜街`, `水阁大街`, `建国道`): a 2-4 character name before 路/街/大街/
  大道/马路/道, read only in a frame that makes it a street — a list of streets (`甲路、乙路、丙路`), a part of the street
  after it (`X路口`, `X街口`, `X路北侧`, `X道西端`, `X路交叉口`, `X路一带`, `X路19号`), an address chain
  (`长春市光复路`, `桥西区中山西路`), or `沿X路向西`. The address number with 号 belongs to the span (`X路1号`,
  `X路Y里19号`: a building), and so does a bridge named after the street (`X路桥`). FAC at priority 50 (above the
  structure finder, which leaves unfamiliar street names and cuts them at a place inside them).
  Not a street: a route or front (`东路军`, `第一路`), ordinary words (`道路`, `一路`, `退路`, `马路`), a name with a
  particle or verb in it (the walk stops at 的/在/向/经/沿 …).
- A memorial or historic site named by what it commemorates (`某某惨案纪念馆`, `某军区烈士陵园`, `某联军烈士陵园`,
  `某某地道战遗址`, `某某歼灭战旧址`, `某会议旧址纪念馆`, `某某博物院`): the head (纪念馆, 陵园, 纪念园, 纪念碑, 遗址, 旧址,
  陈列馆, 博物馆, 博物院, with a chained second head `旧址纪念馆`) and the name from the word edge before it, when the
  name holds a subject word — an event (惨案, 战役, 歼灭战, 地道战, 大屠杀 …), a force or body (军, 军区, 联军, 游击队,
  司令部, 中共, 政府 …), or the dead (烈士, 殉难, 遇难, 死难, 劳工). A line that begins with such a name followed by
  位于/坐落 (lists of protected sites) gives the whole line head as the name. FAC at priority 63 (as the sibling
  memorial rules of commemoration_forms_zh), above the event/unit/org inside it (guideline 6).
  Not a site: a generic one (`革命烈士纪念碑`, `该旧址`, `抗战遗址`): the name needs 2 characters besides the memorial words.

Cost: one regex scan for the street heads and one for the memorial heads; a short walk where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, verb_word
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

RULE_STREET = ("rule:fac-street", 50)
RULE_SITE = ("rule:fac-site", 63)

_PUNCT = set("，。、；：！？,.;:!?（）()“”\"'‘’「」『』《》【】[] \n\t\u3000—…")
_CJK = re.compile("[\u4e00-\u9fff]")

# ---------------------------------------------------------------- streets
_STREET_HEAD = re.compile("大街|大道|马路|路|街|道|巷|里")   # 巷, 里 (a lane, with a house number): s23zhfac
# characters that end the walk over a street's name (particles, prepositions, verbs of movement, counters)
_STREET_STOP = set("的了在是和与及或等于被把对向从由到至往经沿过从自以为将已曾并而但却其此该这那各每本每条座个"
                   "攻打占守进退抵达入出冲越穿通往隔临靠近旁即达据向朝循顺号")
# what may stand right before a name whose first character looks like a particle (、和平路, 1号临江公园, 某区临江路)
_NAME_OPENERS = _PUNCT | set("号市区县镇")
_AREA_WORDS = {"中心", "市区", "城区", "城内", "城外", "郊外", "郊区", "附近", "一带", "老城", "新城"}
# an admin unit's suffix before the name: the address chain 长春市|光复路
_ADDR_SUFFIX = set("市区县镇乡旗")
# words that are no street name
_NOT_STREET = set("道路 一路 沿路 大路 小路 山路 土路 水路 陆路 退路 后路 去路 来路 出路 进路 线路 网路 思路 半路 中路 "
                  "东路 西路 南路 北路 左路 右路 两路 三路 分路 各路 公路 铁路 马路 歧路 同路 带路 开路 让路 问路 "
                  "走路 迷路 上路 岔路 支路 干路 全路 此路 该路 本路 前路 绝路 活路 生路 死路 老路 新路 "
                  "街道 大街 上街 沿街 满街 一街 老街 商业街 步行街 古街 正街 横街 长街 "
                  "一道 同道 知道 渠道 通道 轨道 隧道 坑道 地道 孔道 栈道 要道 古道 官道 驿道 便道 甬道 夹道 "
                  "航道 水道 河道 车道 赤道 人道 大道 正道 王道 霸道 报道 说道 问道 味道 难道 顺道 称道 "
                  "小巷 大巷 街巷 深巷 陋巷 里巷 古巷 老巷 窄巷 后巷 空巷".split())
# what follows a street and makes it one: its mouth, a side, an end, a crossing, a stretch, a house number
_EVENT_HEAD_RE = re.compile("战役|会战|战斗|作战|之战|保卫战|阻击战|破击战|攻坚战|争夺战")
_STREET_AFTER = re.compile(
    "口|交叉|交界|交汇|一带|附近|沿线|两侧|两旁|[东西南北]侧|[东西南北]端|[东西南北]段|[东西南北]口|之间|上的|尽头|桥"
    "|十字|丁字|方向|一线|一侧|[0-9０-９一二三四五六七八九十百]+号|[0-9０-９]+")
_LIST_JOIN = set("、和与及")
# a crossing or a kind of road, not a street's name: 十字路口, 丁字路口, 主要路口, 交通要道
_NOT_STREET_NAME = re.compile("十字|丁字|主要|重要|交通|各个|几条|这条|那条|一条"
                              "|(?:柏油|沥青|水泥|石板|碎石|砂石|泥土|盘山|乡间|山间|田间|高速|铁|公|马)$")
_HOUSE_NO = re.compile("[0-9０-９]{1,4}号|[一二三四五六七八九十百]{1,4}号")
_LANE_NO = re.compile("[\u4e00-\u9fff]{1,3}[里弄巷][0-9０-９]{1,4}号")


def _street_name_start(text: str, head_start: int) -> int | None:
    """Start of the 2-4 character name before a street head, or None."""
    pos = head_start
    while pos > 0 and head_start - pos < 5:
        ch = text[pos - 1]
        if ch in _PUNCT or not _CJK.match(ch):
            break
        if ch in _STREET_STOP and not (head_start - pos == 1 and pos >= 2 and text[pos - 2] in _NAME_OPENERS):
            break                                      # 、|和平路: a name's first character may look like a particle
        if head_start - pos >= 2 and text[pos - 2 : pos] in _AREA_WORDS:
            break                                      # 市中心|光华路
        if ch in _ADDR_SUFFIX and head_start - pos >= 2:
            break
        pos -= 1
    name = text[pos:head_start]
    if not 2 <= len(name) <= 4:
        return None
    if len(name) > 2 and name[0] in _ADDR_SUFFIX:   # 区|中山西路 when the walk ran over a suffix
        pos += 1
    return pos


_NUMERALS = set("一二三四五六七八九十两几数多0123456789")
_VERB_CHARS = set("击攻打占守破截切夺控任")


def _after_verb(text: str, start: int, head_start: int) -> int:
    """The name without a verb the walk ran over: 担任|同蒲路, 击|邕钦路, 集结|中路."""
    if head_start - start >= 3 and text[start] in _VERB_CHARS:
        return start + 1
    if head_start - start >= 3 and verb_word(text[start : start + 2], 300):
        return start + 2
    return start


def _place_ends_at(text: str, at: int) -> bool:
    """A gazetteer place with its suffix ends at `at` (长春市|, 桥西区|, 和平区|): an address chain, not 城市|."""
    places = place_lexicon()
    return any(text[at - k : at] in places or text[at - k : at - 1] in places for k in (3, 4, 5) if at - k >= 0)


def _street_end(text: str, head_end: int) -> int:
    """The end of the street span: its house number (X路19号, X路Y里19号) or a bridge named after it (X路桥)."""
    m = _HOUSE_NO.match(text, head_end) or _LANE_NO.match(text, head_end)
    if m:
        return m.end()
    if text.startswith("桥", head_end) and not text.startswith("桥头", head_end):
        return head_end + 1
    return head_end


def _street_item_before(text: str, at: int) -> bool:
    """A street ends at `at` (the list join before another street): ...甲路、|乙路."""
    for head in ("大街", "大道", "路", "街"):
        if text.startswith(head, at - len(head)):
            start = _street_name_start(text, at - len(head))
            return start is not None
    return False


def _streets(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    heads = list(literal_finditer(_STREET_HEAD, text))
    for m in heads:
        head_start, head_end = m.span()
        head = m.group()
        if head in ("路", "道") and text.startswith("军", head_end):
            continue                                   # 东路军, 第一路军: a route of an army
        if head == "道" and head_start > 0 and text[head_start - 1] in "街大马":
            continue
        if head == "路" and head_start > 0 and text[head_start - 1] in "铁公马线网水陆":
            continue                                   # 铁路, 公路: the structure finder's
        if head == "街" and text.startswith("道", head_end):
            continue                                   # 永安街道: a subdistrict (GPE)
        if head == "里" and not _HOUSE_NO.match(text, head_end):
            continue                                   # 某安里101号: a lane only with its house number (s23zhfac)
        start = _street_name_start(text, head_start)
        if start is None:
            continue
        start = _after_verb(text, start, head_start)
        name = text[start:head_start]
        if len(name) < 2 or name[-1] in _NUMERALS or len(name) == 2 and name[-1] in "东西南北中":
            continue                                   # 分三路, 中路: a count of columns, the centre column
        if text[start:head_end] in place_lexicon():
            continue                                   # 暖水街: a town named X街
        word = text[start:head_end]
        if word in _NOT_STREET or name[-2:] in ("公路", "铁路") or any(word.endswith(w) and len(w) >= 3 for w in _NOT_STREET):
            continue
        if set(name) <= set("东西南北中上下前后左右一二三四五六七八九十两几数各每"):
            continue
        if is_common_word(word, 20) or _NOT_STREET_NAME.search(name):
            continue
        placed = _STREET_AFTER.match(text, head_end)
        if placed and _EVENT_HEAD_RE.match(text, placed.end()):
            continue                                   # 津浦路北段战役: a railway's section named in a battle's name
        before = text[start - 1] if start > 0 else ""
        after_list = head_end < len(text) and text[head_end] in _LIST_JOIN and _street_item_after(text, head_end + 1)
        before_list = before in _LIST_JOIN and _street_item_before(text, start - 1)
        framed = (
            after_list or before_list
            or bool(_STREET_AFTER.match(text, head_end)) and head != "道" or head == "道" and bool(
                re.compile("[东西南北][端侧段口]|口|交叉|[0-9０-９]+号").match(text, head_end))
            or before in (_ADDR_SUFFIX if head != "街" else "市区") and _place_ends_at(text, start)
            or before == "沿" and re.compile("向|往|[东西南北]").match(text, head_end) is not None
            or text.startswith("位于", start - 2)
        )
        if not framed and not (head == "大街" and len(name) >= 2):
            continue
        if head == "道" and not (before in _ADDR_SUFFIX or _STREET_AFTER.match(text, head_end)):
            continue
        out.append(Candidate(start, _street_end(text, head_end), "FAC", *RULE_STREET))
    return out


def _street_item_after(text: str, at: int) -> bool:
    """Another street starts at `at`: ...、|乙路."""
    m = re.compile("[\u4e00-\u9fff]{2,4}?(?:大街|大道|路|街)").match(text, at)
    if not m:
        return False
    return _street_name_start(text, m.end() - (2 if m.group().endswith(("大街", "大道")) else 1)) == at


# ---------------------------------------------------------------- memorials and historic sites
_SITE_HEAD = re.compile("(?:旧址|遗址)?(?:纪念馆|陈列馆|博物馆|博物院|纪念园|纪念碑|纪念塔|纪念亭|陵园)|旧址|遗址")
_SUBJECT = re.compile(
    "惨案|战役|会战|战斗|大捷|歼灭战|地道战|保卫战|伏击战|阻击战|大屠杀|暴动|起义|事变|会议|抗战|抗日"
    "|军区|联军|挺进军|[^国]军|游击队|支队|纵队|司令部|指挥部|政治部|总部|中共|[区县市地省]委|政府|局|公署|办事处"
    "|烈士|殉难|遇难|死难|阵亡|劳工|领事署|领事馆|皇宫|兵工厂|医院|学校|大学")
_SITE_EDGE = _PUNCT | set("的在有是了和与及即为到观访仰复护进建将把被着过于")
# verbs of burial and mourning end the walk too: 某某入葬|沈阳抗美援朝烈士陵园, 祭扫|某某烈士陵园 (auditzh50)
_SITE_EDGE |= set("葬埋祭扫悼")
# 现/今 (the present name of the place) ends the walk: 现|某省某市某某烈士陵园 (s21zhprec)
_SITE_EDGE |= set("现今")
# an address before the site's own name is its own GPE span (guideline 6: a place that only modifies the next name):
# 某省|某市|某某烈士陵园, where what is left is still a named site (s21zhprec)
_ADDRESS_LEAD = re.compile("[\u4e00-\u9fff]{1,4}?[省市]")
_SITE_NOT_START = set("该此这那其各本每原旧")
# a list item's number at the head of a line (1、 / 2. / 三、 / 4．): outside the site's name (s26zhorg)
_LIST_MARK_RE = re.compile("[0-9０-９]{1,3}[、.．]\\s*|[一二三四五六七八九十]{1,3}、\\s*")
# designations listed before one echelon (红二、六军团, 第一、二支队, 四、五纵队): the walk from the head stops at 、,
# the list before it is the same unit (guideline 4); matched on the characters up to the first one after 、
_LISTED_DESIGNATIONS_RE = re.compile("(?:红|第)?(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3})(?:、(?:[一二三四五六七八九十]{1,3}|[0-9]{1,3}))*、"
                                     "(?=[一二三四五六七八九十0-9])[一二三四五六七八九十0-9]")
# 三处旧址, 两座纪念碑: a count of sites, not a site's name
_COUNTED_SITES = re.compile("[一二三四五六七八九十两几数多][处座个所]")
GENERIC_WORDS = re.compile("革命|烈士|抗日|抗战|人民|英雄|纪念|胜利|战争|遗址|旧址"
                           # the invader and the invasion alone name no site: 日军侵华遗址, 侵华日军罪证遗址 (s26zhorg)
                           "|侵华|日军|日寇|罪证")
# a bare body word names no site: 司令部旧址, 县委旧址, 兵工厂遗址 (which headquarters? s26zhorg)
_BARE_BODY = re.compile("(?:总)?(?:司令部|指挥部|政治部|总部|政府|[区县市地省]委|办事处|兵工厂|医院|学校|大学|公署|军区)")


def _sites(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in rare_finditer(_SITE_HEAD, text):
        at, end = m.span()
        # a chained head: 旧址|纪念馆 read as one match above; a second match right after is skipped by finditer
        line_start = text.rfind("\n", 0, at) + 1
        line_name = text[line_start:at]
        frame_line = (re.compile("位于|位於|坐落|在").match(text, end) is not None and 2 <= len(line_name) <= 20
                      and not any(ch in "，。；：！？,;:!?（）()“”的是" for ch in line_name))   # 某局的旧址在: no name
        if frame_line:
            start = line_start
            lead = _LIST_MARK_RE.match(text, start, at)
            if lead:
                start = lead.end()                     # 1、 某某旧址位于: the list's number is no part of the name (s26zhorg)
        else:
            start = at
            floor = max(0, at - 14)
            while start > floor and text[start - 1] not in _SITE_EDGE and _CJK.match(text[start - 1]):
                start -= 1
            if start == floor and floor > 0 and text[floor - 1] not in _SITE_EDGE:
                continue
            listed = _LISTED_DESIGNATIONS_RE.search(text, max(0, start - 8), start + 1)
            if listed and listed.end() == start + 1:
                start = listed.start()                 # 红二、|六军团政治部旧址: designations sharing one echelon (s26zhorg)
        name = text[start:at]
        if len(name) < 3 or name[0] in _SITE_NOT_START or _COUNTED_SITES.search(name):
            continue
        if not _SUBJECT.search(name):
            continue
        if len(GENERIC_WORDS.sub("", name)) < 2:
            continue                                   # 革命烈士纪念碑, 抗日战争遗址: no name
        if _BARE_BODY.fullmatch(name):
            continue                                   # 司令部旧址由主楼…组成: the site of a body the text named before
        while not frame_line:
            lead = _ADDRESS_LEAD.match(name)
            rest = name[lead.end():] if lead else ""
            if (lead is None or place_lexicon().get(lead.group()) is None and place_lexicon().get(lead.group()[:-1]) is None
                    or len(rest) < 3 or not _SUBJECT.search(rest) or len(GENERIC_WORDS.sub("", rest)) < 2):
                break
            start, name = start + lead.end(), rest
        out.append(Candidate(start, end, "FAC", *RULE_SITE))
    return out


# ---------------------------------------------------------------- forts named by their side
# 驻守西炮台, 防守东炮台, 统称为西炮台: a battery named by its side of the river mouth (吴淞 西炮台/东炮台, 烟台 东炮台);
# the word before is an edge (a verb of holding or taking, a preposition, punctuation), not a place (烟台东炮台 is
# the structure finder's) and not a listed side (南、北炮台: two batteries by their sides, no name).
_SIDE_FORT = re.compile("[东西南北]炮台")
_FORT_EDGE = _PUNCT | set("守攻占称为至在和与及到向克陷夺达抵的即是于据设建筑修")   # 增设北炮台, 新建东炮台: a verb of building (s19zhfac)


def _verb_before_side(text: str, at: int) -> bool:
    """Any verb right before a battery's side (试放|南炮台, 建有|南炮台, 驶近|东炮台: session 34, w34zhorg, read in
    audit23, audit28 and audit30), where the verb's last character and the side make no place word (河|南, 江|南, 城|南:
    the structure finder's)."""
    from pipeline.rules.name_walk import verb_chars
    from pipeline.rules.names import known_places, word_info

    if at < 1:
        return False
    words = word_info()
    pair = words.get(text[at - 1:at + 1])
    if pair and pair[1].startswith("n") or text[at - 1:at + 1] in known_places():
        return False
    verb = words.get(text[at - 2:at]) if at >= 2 else None
    return text[at - 1] in verb_chars() or bool(verb and verb[1].startswith("v"))


def _side_forts(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_SIDE_FORT, text):
        at = m.start()
        before = text[at - 1] if at > 0 else "\n"
        if before not in _FORT_EDGE and not _verb_before_side(text, at):
            continue
        if before == "、" and at >= 2 and text[at - 2] in "东西南北":
            continue
        out.append(Candidate(at, m.end(), "FAC", *RULE_STREET))
    return out


# ---------------------------------------------------------------- camps and prisons with their places
# 上海盟国侨民集中营, 山东潍县盟国侨民集中营, 南京浦口战俘营, 奉天俘虏收容所, 吉林郑家屯第一收容分所, 启德机场盟军战俘集中营:
# a named camp or prison is one FAC with its places (guideline notes: `上饶集中营`); who is held (盟国侨民, 盟军战俘 …)
# and an ordinal stand between the places and the head. The places are gazetteer names (with 省/市/县/区/镇), read
# leftwards one after another, or one structure (X机场); without a place the camp is left to the structure finder.
_CAMP_HEAD = re.compile("集中营|战俘营|俘虏营|劳工营|收容分所|收容所|监狱|看守所")
_CAMP_WORDS = ("盟国侨民", "盟军战俘", "外侨", "侨民", "战俘", "俘虏", "劳工", "盟军", "盟国", "政治犯", "难民", "特别", "陆军", "军人")
_CAMP_ORDINAL = re.compile("第[一二三四五六七八九十]{1,3}$")


def _place_start(text: str, pos: int) -> int | None:
    """Start of a gazetteer place (with an optional admin suffix) or of an X机场 ending at `pos`, or None."""
    places = place_lexicon()
    for size in (5, 4, 3, 2):
        if pos - size < 0:
            continue
        piece = text[pos - size : pos]
        if piece in places and places[piece].label in ("GPE", "LOC"):
            return pos - size
        if size >= 3 and piece[-1] in "省市县区镇" and piece[:-1] in places:
            return pos - size
    if text.startswith("机场", pos - 2):
        start = _street_name_start(text, pos - 2)
        if start is not None:
            return start
    return None


def _camps(text: str) -> list[Candidate]:
    out = []
    for m in _CAMP_HEAD.finditer(text):
        pos = m.start()
        while True:
            word = next((w for w in _CAMP_WORDS if text.startswith(w, pos - len(w))), None)
            if word is None:
                break
            pos -= len(word)
        ordinal = _CAMP_ORDINAL.search(text, max(0, pos - 4), pos)
        if ordinal:
            pos = ordinal.start()
        first = None
        while pos > 0:
            start = _place_start(text, pos)
            if start is None or first is not None and text[pos - 1] in "市省":
                break                                  # 北平市|北平陆军监狱: a city written before the prison's own name
            first = pos = start
        if first is None:
            continue
        out.append(Candidate(first, m.end(), "FAC", *RULE_SITE))
    return out


# ---------------------------------------------------------------- railway bridges and bases by their places
# 洛口黄河铁路大桥, 某江公路桥: a bridge carrying a railway or road is one FAC with the places naming it (the structure
# finder stops at 铁路); 刘公岛基地, 某某港海军基地: a base named by its island, port or bay (3 characters ending in
# 岛/港/湾) is a FAC; a city's or country's base stays the GPE (重庆基地, 日本基地: dev gold), and a common word
# before is no name (后方基地, 补给基地, 游击基地).
_ROUTE_BRIDGE = re.compile("(?:铁路|公路)(?:大桥|铁桥|桥)")
_BASE = re.compile("(?:海军|空军|潜艇|舰队)?基地")


def _route_bridges(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_ROUTE_BRIDGE, text):
        pos = m.start()
        while pos > 0 and m.start() - pos < 6 and _CJK.match(text[pos - 1]) and text[pos - 1] not in _STREET_STOP:
            pos -= 1
        name = text[pos : m.start()]
        if len(name) < 2 or is_common_word(name, 500) or _place_start(text, m.start()) is None:
            continue
        out.append(Candidate(pos, m.end(), "FAC", *RULE_STREET))
    return out


def _bases(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_BASE, text):
        start = None                                   # 重庆基地, 日本基地: a city's or country's base stays GPE (dev gold)
        if m.start() >= 3 and text[m.start() - 1] in "岛港湾" and all(
                _CJK.match(ch) for ch in text[m.start() - 3 : m.start()]) and not is_common_word(text[m.start() - 3 : m.start()], 50):
            start = m.start() - 3                      # 刘公岛基地: an island's naval base
        if start is None or text.startswith("根据", m.start() - 2):
            continue
        out.append(Candidate(start, m.end(), "FAC", *RULE_STREET))
    return out


# ---------------------------------------------------------------- parks in an address
# 梧州市河滨公园, 宝山区友谊路1号临江公园, 位于某某公园: a park named in an address chain (after a gazetteer place with its
# suffix, a house number, or 位于/坐落于) is a FAC with an unfamiliar name (the structure finder takes 公园 only after a
# known place or person); a kind of park (森林公园, 湿地公园) is none.
_PARK = re.compile("公园")
NOT_PARK = re.compile("森林|湿地|地质|郊野|城市|主题|遗址|生态|儿童|动物|植物|文化|体育|人民|中心|纪念")


def _parks(text: str) -> list[Candidate]:
    out = []
    for m in _PARK.finditer(text):
        start = _street_name_start(text, m.start())
        if start is None:
            continue
        name = text[start : m.start()]
        if NOT_PARK.search(name) or is_common_word(name, 2000):
            continue
        before = text[start - 1] if start > 0 else ""
        if not (before in "市区县镇" and _place_ends_at(text, start) or before == "号"
                or text.startswith(("位于", "坐落"), start - 2) or text.startswith("坐落于", start - 3)):
            continue
        out.append(Candidate(start, m.end(), "FAC", *RULE_STREET))
    return out


def find_site_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "公园" in text:
        out += _parks(text)
    if "桥" in text:
        out += _route_bridges(text)
    if "基地" in text:
        out += _bases(text)
    if "营" in text or "所" in text or "狱" in text:
        out += _camps(text)
    if "炮台" in text:
        out += _side_forts(text)
    if any(h in text for h in ("路", "街", "道", "巷", "里")):
        out += _streets(text)
    if any(h in text for h in ("馆", "园", "碑", "址", "塔", "亭", "院")):
        out += _sites(text)
    return out
