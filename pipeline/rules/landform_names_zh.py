"""Landform and facility names of battle and travel pages (session 16 label audit of LOC and FAC, auditzh40: 37
passages of 30 sites on heights, rivers, forts, ferries and gates, 1840-1984). Each class is grammar: a head
word, a list's structure or a frame of naming, never a list of names.

- A height or river whose name ends in a county's name (`白台山` over the county 台山, `盘龙江` over 龙江,
  `南关岭` over 关岭): a name character glued before a two-character county or town name that ends in a
  landform head (山岭峰江河) makes one longer landform name (LOC, priority 31, above the gazetteer's 30). The
  character before it is no function character, cue or count (在台山, 攻玉山, 两座), does not end an ordinary
  word with the one before it (克复|镇江), and the three characters are no word jieba knows (孙中山). Where the
  glued character is a surname (张玉山 may be a person) the words around must say a landform: a cue or 的
  before it (西接|白台山, 的白台山), or a landform word after it (山上, 江上, 主峰, 东岸 …).
- A list of heights (`米花山、冲天凤凰岭、美女梳头岭、皇帝岭`, `沙角山、大角山、武山和大虎山等地`): three or
  more items joined by 、 (the last by 和/及/与 too), each a name of 2-6 characters ending in 山/岭/峰, at least
  half of them no settlement the gazetteer knows: every item is a LOC (priority 31; a county 武山 listed among
  unknown hills is the hill). Names listed so are hills of the page even where the words are ordinary.
- A ferry named by its place (`界首渡口`, `大坪渡口`): a two-character name (or a longer place the gazetteer
  knows) before 渡口 is one FAC with its head (priority 45, the facility rules'); no count, pronoun or
  ordinary word (这个渡口, 主要渡口).
- A nickname given to a height (`美军称之为三角形山`, `美方称狙击兵岭`): a name of 1-4 characters and a head
  山/岭/峰/岗 right after 称之为/称为/称作/叫作/叫做/称 is a LOC (priority 31), unless a battle word follows
  (三角山战役 is the event finder's). So is one after the bare verb 叫 where a clause mark, 名 or a height's head
  stands before it and a clause mark or 的 after the name (`有一座高山，叫甲乙山，`, `名叫丙丁岭。`; session 26,
  s26zhgpe); no pronoun, person word or verb of motion inside (叫他上山 is an order, no name).
- A canal the gazetteer lists as a river (`京杭大运河`): a man-made waterway is a FAC (guideline: route;
  `苏伊士运河` is read so), priority 45 over the gazetteer's LOC.
- A railway station named by its city and a bearing (`南京火车西站`, `南京西站`): a known settlement, an
  optional 火车 and 东/西/南/北站 is one FAC (priority 45).

- A county whose name ends in 山/岭/峰 right before a summit word (`武山脚下`, `X山主峰`): the height (LOC).
- A highway by its number (`4号公路`, `国道107线`, `318国道`): FAC.
- Two names before a count of one kind of water or height (`青溪、白沙两河`, also joined by 与/和/及): each a LOC (priority 36, above a
  county of the name), the count a QUANTITY (guideline 9, as `四、五两期`).
- A road named by its two ends, the first a settlement the gazetteer knows (`昆明至畹町公路`): one FAC.
- A gate whose name ends in a city's (`X江门` over 江门): FAC, never 大/小金门 (the islands).

Cost: str.find of each head; the county scan reads the two-character GPE names ending in a landform head
once (a set) and visits only the landform heads of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word, surnames, word_info
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_HEADS = "山岭峰江河门"
_HEAD_RE = re.compile(f"[{_HEADS}]")
# characters that are no part of a name before a county (function words, verbs of place, counts, positions)
_STOP = set(
    "的了着是和与及等被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个过屯扎如"   # 屯扎如: a verb of stationing or a listing word (合屯X山, 如X山: r18zhplace)
    "在于经沿抵占克撤退驻登陆军敌我你他她它座条片处群支股批些几多少上下里内外中前后左右边旁全部以渡省市县攻守夺取据住"
    "进出入回来去往赴打战扑逼迫围援接临靠依背傍近离距称名叫为有无一二三四五六七八九十两百千万第"
    "之迁移")   # 之迁移: 闽省之|海门, 迁|海门巡检 (a particle or a verb of moving, s20zhlab)
# words before a name that say a place is meant (西接白台山, 翻越X岭, 的X山)
_CUE_BEFORE = ("接", "临", "靠", "依", "傍", "的", "越", "逾", "过", "登", "上", "至", "到", "抵", "占", "攻",
               "守", "经", "沿", "向", "往", "于", "在", "从", "自", "抢", "夺", "据", "背", "跨", "渡",
               "击")   # 炮击/袭击|石马山: a height shelled or raided (r19zhplaces)
# words after a name that only a landform takes
_LANDFORM_AFTER = re.compile(
    "上游|下游|中游|主峰|山顶|顶|[东西南北]?麓|山腰|山脚|脚下|[东西南北两对沿]岸|[东西南北]侧|[东西南北]坡|"
    "河谷|江面|河面|畔|一线|一带|附近|天险|制高点|阵地|高[一二三四五六七八九十两百千\\d]|[江河]?上(?![了去来任台])"
    # a height held, lost or fought for (石马山高地, X山失守, X山一战, X山守敌): no person (r19zhplaces)
    "|高地|失守|一战|守敌|之敌")
# characters after a county name that make it a longer settlement or structure name (台山村, 中山路)
_NAME_GOES_ON = set("路街村镇庄寨城县市乡区站桥洞寺庙堡屯集铺店营场坝厂矿口关门府州卫人")
_SETTLEMENT_KINDS = frozenset(("county", "town", "city", "district", "township"))
_BATTLE_AFTER = ("战役", "战斗", "会战", "之战", "作战", "阻击战", "争夺战", "保卫战")
_NICKNAME_RE = re.compile(f"(?:称之为|称为|称作|叫作|叫做|称)[“\"「]?([{_CJK}]{{1,4}}[山岭峰岗])")
# a height named with the bare verb 叫 (`有一座高山，叫甲乙山，`, `那道岭名叫丙丁岭。`): after a clause mark, 名 or the
# height's own head, the name closed by a clause mark or 的 (session 26, s26zhgpe)
_CALLED_RE = re.compile(f"叫[“\"「]?([{_CJK}]{{1,4}}[山岭峰岗])(?=[”\"」]?[，,。；;、的])")
_CALLED_BEFORE = frozenset("，,、名山岭峰岗")
_CALLED_NOT_IN = frozenset("他她我你它们人家上下去来回到往把让给什么哪啥")
_FERRY_RE = re.compile("渡口")
_WATER_HEADS = frozenset("河江水溪湖")
_FERRY_STOP = set("的了在是和与及这那该此各每一二三四五六七八九十两几个座处条等其")
# what may stand right before a ferry's name: punctuation, a preposition, a verb of crossing or taking (s23zhfac)
_FERRY_EDGE = frozenset("，。、；：（）“”\n 在于至到的和与及从由经过向往沿抵渡越出入达占领夺袭攻守克")
_CANAL_END = "运河"
_STATION_RE = re.compile("(?:火车)?[东西南北]站")


@lru_cache(maxsize=1)
def _landform_counties() -> frozenset[str]:
    """Two-character settlements of the gazetteer that end in a landform head (台山, 玉山, 关岭, 龙江)."""
    return frozenset(name for name, entry in place_lexicon().items()
                     if len(name) == 2 and name[-1] in _HEADS and entry.label == "GPE"
                     and (entry.kind in _SETTLEMENT_KINDS or name[-1] == "门" and entry.kind == "prefecture"))


# one-character verbs of attacking, taking and moving that Qing records write right before a place (贼船攻犯厦门,
# 扑宁波, 窥天津, 踞城): never the first character of a landform or gate named over a county (session 23, s23zhname)
_LITERARY_VERBS = frozenset("犯扑撲薄窥窺踞陷趋趨袭襲围圍逼据據取克破屠焚掠扰擾窜竄赴渡")


def _glued_landforms(text: str) -> list[Candidate]:
    counties = _landform_counties()
    lexicon = place_lexicon()
    family = surnames()[0]
    out = []
    for hit in _HEAD_RE.finditer(text):
        end = hit.end()
        start = end - 2
        if start < 1 or text[start:end] not in counties:
            continue
        glued = text[start - 1]
        if not ("\u4e00" <= glued <= "\u9fff") or glued in _STOP or glued in _LITERARY_VERBS:
            continue
        if end < len(text) and text[end] in _NAME_GOES_ON:
            continue    # 台山村, 中山路: a longer settlement or structure
        name = text[start - 1:end]
        known = word_info().get(name)
        if name in lexicon or known and (known[1].startswith("nr") or known[1] != "ns" and known[0] >= 20) \
                or plain_word(text[start - 1:start + 1], 20):
            continue    # 孙中山 (a person jieba knows), 一个|白台: a word (盘龙江, a place jieba knows, is fine)
        pair = word_info().get(text[start - 2:start]) if start >= 2 else None
        if start >= 2 and (pair and pair[0] >= 20 or text[start - 2:start] in lexicon
                           or start >= 3 and text[start - 3:start] in lexicon):
            continue    # 克复|镇江, 中国|饶河: the character ends another word or place
        if glued in "东西南北" and start >= 2 and "\u4e00" <= text[start - 2] <= "\u9fff" \
                and text[start - 2] not in _CUE_BEFORE:
            continue    # 穿鼻洋|北|武山: a bearing from the place before, unless a verb leads in (逾南关岭)
        if glued in family:
            before = text[max(0, start - 2):start - 1]
            if not (before and before[-1] in _CUE_BEFORE) and not _LANDFORM_AFTER.match(text, end):
                continue    # 张玉山 may be a person: the words around must say a landform
        if text[end - 1] == "门":     # 挹江门 over the city 江门: a gate (FAC), never 大/小金门 (islands)
            if glued in "大小东西南北" or text[start:end] == "金门" or text.startswith("户", end):
                continue    # 渤海门户: X的门户 is a gateway (a sea's or region's), no gate (s18zhloc)
            out.append(Candidate(start - 1, end, "FAC", "rule:fac-glued-gate", 45))
            continue
        out.append(Candidate(start - 1, end, "LOC", "rule:landform-glued-county", 31))
    return out


_FUNC = set("的了着是和与及等被把对向从由在于到至往这那其此该各每个之而也又即则")
_ITEM_AFTER_STOP = set("山岭峰路村镇庄口站城街县市区乡旗州")
# characters a list or pair of names may open after: function words, 有 and verbs of place (周围有X山、Y岭)
_OPEN = _FUNC | set("有过经越占据守攻抵达临靠接即如称叫领")


_SUMMIT_AFTER = re.compile("[山岭峰](?=脚下|山脚|[东西南北]?麓|主峰|山顶|顶峰|山腰|之巅)")


def _county_heights(text: str) -> list[Candidate]:
    """A county's name ending in 山/岭/峰 before a word only a height takes (武山脚下, X山主峰): the height."""
    counties = _landform_counties()
    out = []
    for m in _SUMMIT_AFTER.finditer(text):
        s = m.end() - 2
        if s >= 0 and text[s:m.end()] in counties \
                and not (s and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _STOP
                         and text[s - 1] not in "东西南北") \
                and not (s and text[s - 1:m.end()] in place_lexicon()):   # 五台山山腰: the longer mountain, not 台山 (prezh2)
            out.append(Candidate(s, m.end(), "LOC", "rule:landform-county-height", 31))
    return out


def _item_ends(text: str, pos: int) -> int:
    """End of a list item name starting at `pos` (2-6 characters ending in 山/岭/峰), or -1."""
    for size in range(2, 7):
        end = pos + size
        if end > len(text):
            return -1
        ch = text[end - 1]
        if not ("\u4e00" <= ch <= "\u9fff") or ch in _FUNC:
            return -1
        if ch in "山岭峰" and not (end < len(text) and text[end] in _ITEM_AFTER_STOP):
            return end
    return -1


def _first_item(text: str, mark: int) -> int:
    """Start of the item ending at the 、 at `mark` (its head right before it): the shortest name of 2-6
    characters without a function character that starts after a boundary (a mark, 的, a function word)."""
    if mark < 2 or text[mark - 1] not in "山岭峰":
        return -1
    best = -1
    for size in range(2, 7):
        s = mark - size
        if s < 0:
            break
        ch = text[s]
        if not ("\u4e00" <= ch <= "\u9fff") or ch in _FUNC:
            break
        if s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in _OPEN:
            return s    # the shortest name after a boundary (占领|常山, not 相继占领常山)
    return best


def _height_lists(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    pos = 0
    n = len(text)
    while True:
        mark = text.find("、", pos)
        if mark < 0:
            break
        first = _first_item(text, mark)
        if first < 0:
            pos = mark + 1
            continue
        items = [(first, mark)]
        cur = mark
        while cur < n and text[cur] in "、和及与":
            nxt = _item_ends(text, cur + 1)
            if nxt < 0:
                break
            items.append((cur + 1, nxt))
            cur = nxt
        pos = cur + 1
        if len(items) < 3:
            continue
        names = [text[s:e] for s, e in items]
        unknown = sum(1 for name in names if name not in lexicon or lexicon[name].label == "LOC")
        if unknown * 2 < len(names):
            continue
        out.extend(Candidate(s, e, "LOC", "rule:landform-height-list", 31) for s, e in items)
    return out


def _ferries(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    for m in _FERRY_RE.finditer(text):
        head = m.start()
        start = None
        for size in (4, 3):
            s = head - size
            if s >= 0 and text[s:head] in lexicon:
                start = s
                break
        if start is None:
            s = head - 2
            stem = text[s:head] if s >= 0 else ""
            if len(stem) < 2 or any(ch in _FERRY_STOP or not ("\u4e00" <= ch <= "\u9fff") for ch in stem) \
                    or plain_word(stem, 50):
                continue
            start = s
            if s >= 2 and text[s - 1] not in _FERRY_EDGE and text[s - 2] in _FERRY_EDGE \
                    and "\u4e00" <= text[s - 1] <= "\u9fff" and text[s - 1] not in _FERRY_STOP \
                    and not plain_word(text[s - 1:head], 50):
                start = s - 1   # 经过|老鸦河渡口, 占领|某王庙渡口: a name of three characters after an edge (s23zhfac)
        river = lexicon.get(text[start:head])
        if river is not None and river.label == "LOC" and text[head - 1] in _WATER_HEADS:
            continue    # 黄河渡口, 长江渡口: the river's crossings in general, no named ferry (s18zhloc)
        out.append(Candidate(start, m.end(), "FAC", "rule:fac-ferry", 45))
    return out


def _nicknames(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_NICKNAME_RE, text):
        name = m.group(1)
        if any(ch in _FUNC for ch in name[:-1]) or text.startswith(_BATTLE_AFTER, m.end()) \
                or plain_word(name, 20):
            continue
        if m.start(1) == m.start() + 1 and plain_word(text[m.start():m.start() + 2], 20):
            continue    # 称呼某山为: the verb 称呼 (称赞, 称号), the name of a person after it, no nickname (s20zhper)
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:landform-nickname", 31))
    at = text.find("叫")
    while at != -1:
        m = _CALLED_RE.match(text, at) if at and text[at - 1] in _CALLED_BEFORE else None
        if m:
            name = m.group(1)
            if not (any(ch in _FUNC or ch in _CALLED_NOT_IN for ch in name[:-1]) or plain_word(name, 20)
                    or text.startswith(_BATTLE_AFTER, m.end(1))):
                out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:landform-nickname", 31))
        at = text.find("叫", at + 1)
    return out


def _canals(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    pos = text.find(_CANAL_END)
    while pos != -1:
        end = pos + 2
        for size in (3, 2, 1):
            s = pos - size
            entry = lexicon.get(text[s:end]) if s >= 0 else None
            if entry is not None and entry.label == "LOC":
                out.append(Candidate(s, end, "FAC", "rule:fac-canal", 45))
                break
        pos = text.find(_CANAL_END, end)
    return out


def _stations(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    for m in literal_finditer(_STATION_RE, text):
        for size in (3, 2):
            s = m.start() - size
            entry = lexicon.get(text[s:m.start()]) if s >= 0 else None
            if entry is not None and entry.label == "GPE":
                out.append(Candidate(s, m.end(), "FAC", "rule:fac-station-bearing", 45))
                break
    return out


_NUMBERED_ROAD_RE = re.compile("(?<![\\d.])(?:\\d{1,3}号公路|国道\\d{3}线?|\\d{3}国道)")
_PAIR_COUNT_RE = re.compile(f"[、与和及]([{_CJK}]{{2,3}}?)(两|二)(?:条|座|个)?([河江湖山岛])")   # 与/和/及 too (r20zhloc)
_ROUTE_ENDS_RE = re.compile(f"([{_CJK}]{{2,3}})至([{_CJK}]{{2,3}}?)(公路|铁路|大道)")


def _numbered_roads(text: str) -> list[Candidate]:
    """7号公路, 国道322线, 318国道: a highway by its number (FAC)."""
    return [Candidate(m.start(), m.end(), "FAC", "rule:fac-numbered-road", 45) for m in literal_finditer(_NUMBERED_ROAD_RE, text)]


def _counted_pairs(text: str) -> list[Candidate]:
    """秦淮、金川两河, 玄武、莫愁两湖: two names before a count of one kind of landform are each that landform
    (LOC), and the count is a QUANTITY (guideline 9, like 四、五两期)."""
    out = []
    for m in _PAIR_COUNT_RE.finditer(text):
        mark = m.start()
        first = -1
        for size in (2, 3):
            s = mark - size
            if s >= 0 and all("\u4e00" <= ch <= "\u9fff" and ch not in _FUNC for ch in text[s:mark]) \
                    and (s == 0 or not ("\u4e00" <= text[s - 1] <= "\u9fff") or text[s - 1] in _OPEN):
                first = s
                break
        b = m.group(1)
        a = text[first:mark] if first >= 0 else ""
        if not a or len(b) < 2 or any(ch in _FUNC or ch in "一二三四五六七八九十两" for ch in a + b) \
                or plain_word(a, 300) or plain_word(b, 300) \
                or any(all(ch in "东西南北中上下前后左右" for ch in x) for x in (a, b)):
            continue    # 东北和西北两条山梁: bearings, no names
        out.append(Candidate(first, mark, "LOC", "rule:landform-counted-pair", 36))
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:landform-counted-pair", 36))
        # the count with its measure word; the landform counted after a measure word is outside (guideline 14:
        # 两个岛 → 两个); with no measure word the landform character is the unit (两河, like 两期)
        count_end = m.end(2) + 1 if text[m.end(2)] in "条座个" else m.end()
        out.append(Candidate(m.start(2), count_end, "QUANTITY", "rule:landform-counted-pair", 40))
    return out


_ROUTE_OPEN = frozenset("的在沿经从由、，。；：\n ")


def _route_ends(text: str) -> list[Candidate]:
    """麻栗坡至猛峒公路: a road named by its two ends, the first a settlement the gazetteer knows (FAC)."""
    lexicon = place_lexicon()
    out = []
    for m in literal_finditer(_ROUTE_ENDS_RE, text):
        first = m.group(1)
        start = m.start(1)
        for k in (3, 2):
            if len(first) >= k and first[-k:] in lexicon and lexicon[first[-k:]].label == "GPE":
                start = m.end(1) - k
                break
        else:
            second = lexicon.get(m.group(2))
            k = next((k for k in (3, 2) if len(first) >= k and first[-1] in "山岭关"
                      and m.end(1) - k > 0 and text[m.end(1) - k - 1] in _ROUTE_OPEN), None)
            if k is None or second is None or second.label != "GPE":
                continue    # 二郎山至康定公路: a pass or mountain to a known town, after 的 or a clause start (s18zhloc)
            start = m.end(1) - k
        if any(ch in _FUNC for ch in m.group(2)):
            continue
        out.append(Candidate(start, m.end(), "FAC", "rule:fac-route-ends", 46))
    return out


def find_landform_names(text: str) -> list[Candidate]:
    """Candidates of the classes in the module doc."""
    out = []
    if _HEAD_RE.search(text):
        out += _glued_landforms(text) + _county_heights(text)
        if "、" in text:
            out += _height_lists(text)
        if "称" in text or "叫" in text:
            out += _nicknames(text)
    if "渡口" in text:
        out += _ferries(text)
    if _CANAL_END in text:
        out += _canals(text)
    if "站" in text:
        out += _stations(text)
    if "公路" in text or "国道" in text:
        out += _numbered_roads(text)
    if "至" in text and ("公路" in text or "铁路" in text or "大道" in text):
        out += _route_ends(text)
    if "两" in text or "二" in text:
        out += _counted_pairs(text)
    return out
