"""Short forms of counties and districts that the gazetteer keeps only in full, read in a frame of place (GPE).

The gazetteer (lexicons/gazetteer_cn.tsv, and places_taiwan.tsv for Taiwan's townships) lists every county and district in full (新民市, 六合区,
界首市, 山海关区, 零陵区) but drops the short form when it is also an ordinary word or a landform (新民
"new citizens", 六合 "the six directions", 界首, 山海关) — and war narratives write exactly those short forms
(由新民地区南下, 连下六合, 渡口界首, 山海关一线). `find_short_forms(text)` proposes GPE for such a short form
(2-3 characters, its full name in the gazetteer, not itself a known place, no function word, adjective, numeral
or position word in jieba, below 2000 in jieba's frequency) where the frame says place:

- before it a verb of movement or taking or a preposition of place (由, 向, 经, 抵, 占领, 攻克, 连下, 兵发, 位于 …),
  and after it the end of the clause, a list mark, 的 or a word of place (一带, 附近, 一线, 地区, 以东, 城 …);
- or after it a word of place (X一带, X地区, X以北) and before it a clause boundary or a list mark;
- or it is a member of a 、/和/与 pair whose other member is a place the lexicons know (零陵和桂林, 西山、大城);
- or it stands in brackets right after a known place (榆关（山海关）).

Candidates are GPE at the gazetteer's priority (30) with the full entry's id and coordinates.
Cost: one trie-regex pass over the text for ~500 short forms (C-level, behind a first-two-characters guard),
frame checks only at its hits.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.rules.names_common import is_common_word, word_frequency, word_info
from pipeline.rules.trie import PairDispatchTrie
from pipeline.spans import Candidate

SOURCE = "rule:place-short-form"
PRIORITY = 30
_ADMIN_END = "市区县旗"
_TAIWAN_END = "乡镇区市"     # Taiwan's townships (places_taiwan.tsv): 淡水镇 → 淡水
_GENERIC = {"城", "市中", "郊", "矿", "新", "高新", "开发", "城关", "城中", "东城", "西城", "南城", "北城", "中城"}
_MAX_FREQ = 2000
_BAD_POS = set("vadmfsbtqcpru")
_BOUNDARY = set("，。、；：！？（）()「」『』“”‘’《》【】[]—… 　\t\r\n,.;:!?\"'")
# a verb of movement or taking, or a preposition of place, ending right before the name
_BEFORE_RE = re.compile(
    "(?:由|从|向|经|抵|至|到|于|在|往|赴|入|攻|占|克|取|下|守|发|扑|逼|援|围|袭|进|退|达|近|驻|位于)$")
_BEFORE_TWO = ("占领", "攻占", "攻克", "攻陷", "收复", "拿下", "连下", "进攻", "进占", "兵发", "直扑", "直逼",
               "进抵", "进至", "退守", "退至", "守备", "位于", "夺取", "包围", "围攻", "集结于", "驻守", "进犯", "逼近",
               # a noun of place in apposition: 渡口界首, 要地X, 据点X
               "渡口", "要地", "据点", "重镇", "要塞", "要隘")
# a word of place right after the name
_AREA_RE = re.compile("一带|附近|一线|地区|以[东西南北]|之间|境内|方向|城(?!市|镇|乡)|县城|外围|守军"
                      # a bearing and a word of part or land (X西北山区, X东郊; session 32)
                      "|[东西][南北](?:部|郊|山区|乡间|方面)|[东西南北](?:郊|部)(?![队长门])")
_END_RE = re.compile("[，。、；：！？）)」”,.;:!?\\s]|和|与|及|的|直扑|南下|北上|东进|西进|回到|返回|到达|出发"
                     # a verb of fighting or holding after the place (在永安合围, 于X会师; auditzh39)
                     "|合围|会师|激战|突围|失守|失陷|沦陷|陷落|登陆|集结")
_PAIR_MARKS = "、和与及或"
_LANDFORM_AFTER = set("山岭峰河江湖溪岛港湾")


@lru_cache(maxsize=1)
def short_forms() -> dict[str, str]:
    """short form -> full gazetteer name, for short forms the lexicon does not hold itself."""
    lexicon = place_lexicon()
    info = word_info()
    shorts: dict[str, str] = {}
    for name, entry in lexicon.items():
        if not (entry.source == "gazetteer" and name[-1] in _ADMIN_END
                or entry.source == "taiwan" and name[-1] in _TAIWAN_END) or not 3 <= len(name) <= 4 \
                or entry.layer == "qing":     # Qing and 1912–80 divisions: their safe stems are listed already
            continue
        short = name[:-1]
        if short in lexicon or short in _GENERIC or "自治" in short or short[-1] == "新":
            continue
        if not all("\u4e00" <= ch <= "\u9fff" for ch in short):
            continue
        word = info.get(short)
        if word and (word[0] >= _MAX_FREQ or word[1][:1] in _BAD_POS):
            continue
        shorts.setdefault(short, name)
    # districts continuing a county of the same stem whose short form is also an ordinary word (怀柔, 丰润):
    # read in a frame of place only (lexicons/district_county_short_forms_cn.tsv, reading "frame")
    for row in read_rows("district_county_short_forms_cn.tsv"):
        if row[8] == "frame" and row[0] not in lexicon and row[2] in lexicon:
            shorts.setdefault(row[0], row[2])
    return shorts


@lru_cache(maxsize=1)
def _short_re() -> PairDispatchTrie:
    """The short forms' scan: the matches of re.compile(guarded_trie_regex(_short_forms())), dispatched on their
    first two characters (trie.PairDispatchTrie; re would walk ~300 first characters' alternatives)."""
    return PairDispatchTrie(short_forms())


_DISTANCE_RE = re.compile("[东西南北]{1,2}(?:约|方)?[0-9一二三四五六七八九十百两]{1,4}余?(?:华里|公里|英里|里)")


def _left_frame(text: str, start: int, end: int) -> str:
    """'verb' (a verb or preposition of place), 'mark' (a clause boundary or list mark) or ''."""
    if start == 0:
        return "mark"
    before = text[start - 1]
    if before in _BOUNDARY:
        return "mark"
    if any(text.endswith(word, 0, start) for word in _BEFORE_TWO):
        return "verb"
    if before == "的" and _AREA_RE.match(text, end):
        return "mark"    # 东部战场的X一线: a place word after it
    if _BEFORE_RE.search(text, max(0, start - 1), start):
        # a one-character verb or preposition that ends no longer word (已经, 至于), or ends a verb of moving,
        # taking or settling that jieba knows (攻进, 传入, 进驻; session 32: audit25, audit26, audit30)
        if start >= 2 and is_common_word(text[start - 2:start], 5):
            return "verb" if _verb_word(text[start - 2:start]) else ""
        return "verb"
    if start >= 2 and text[start - 2:start] in _VERB_WORDS_BEFORE:
        return "verb"    # 依托X金牛山, 定居X。, 地处X西北 (session 32)
    return ""


# two-character verbs of holding, settling or lying before a place that end in no verb character of _BEFORE_RE
_VERB_WORDS_BEFORE = ("依托", "定居", "迁居", "移居", "寄居", "地处", "位处", "返回", "回到", "转战", "转移", "开赴",
                      "奔赴", "调往", "撤往", "迁往", "直捣", "通过", "闯过", "越过", "路过", "途经", "经过", "路经")


def _verb_word(word: str) -> bool:
    """jieba reads `word` (two characters ending in a verb or preposition of place) as a verb: 攻进, 传入, 进驻, 退守,
    not 已经, 至于, 增进 (an ordinary verb whose last character is no move: 增进, 促进, 改进, 推进 are left out)."""
    info = word_info().get(word)
    return bool(info) and info[1][:1] == "v" and word not in ("增进", "促进", "改进", "推进", "先进", "前进", "引进",
                                                               "达到", "得到", "想到", "感到", "受到", "遇到", "看到",
                                                               "做到", "提到", "说到", "听到", "谈到", "找到", "收到")


def _under_parent(text: str, start: int, full: str) -> bool:
    """The province or prefecture holding the county is written right before it (山东鱼台, 南京六合): the
    gazetteer's codes vouch for the short form (auditzh39: Qing and Republican narratives)."""
    lexicon = place_lexicon()
    code = (lexicon[full].id or "") if full in lexicon else ""
    if not code.startswith("cn:"):
        return False
    for size in (4, 3, 2):
        entry = lexicon.get(text[start - size:start]) if start >= size else None
        if entry is None or entry.label != "GPE" or not (entry.id or "").startswith("cn:"):
            continue
        if entry.kind == "province" and code[3:5] == entry.id[3:5] and entry.id[5:] == "0000" \
                or entry.kind == "prefecture" and code[3:7] == entry.id[3:7] and entry.id[7:] == "00":
            return True
    return False


def _partner_known(text: str, start: int, end: int) -> bool:
    """A known place on the other side of a 、/和/与/及 next to the span."""
    if end < len(text) and text[end] in _PAIR_MARKS and any(
            text[end + 1:end + 1 + size] in place_lexicon() or text[end + 1:end + 1 + size] in short_forms()
            for size in (4, 3, 2)):
        return True    # 占领X、Y: a known place or another short form after it
    if start >= 3 and text[start - 1] in _PAIR_MARKS:
        for size in (4, 3, 2):
            a = start - 1 - size
            if a >= 0 and (text[a:start - 1] in place_lexicon() or text[a:start - 1] in short_forms()) \
                    and (a == 0 or text[a - 1] in _BOUNDARY or size >= 3 or _left_frame(text, a, start - 1) == "verb"):
                return True
    return False


def _place_before(text: str, start: int, full: str) -> bool:
    """A province, prefecture or county (GPE) or a region (LOC) the lexicon knows right before the short form, or
    before 的 right before it (皖南X, 台南的X): the short form is a place inside it. A GPE before it must lie in the
    short form's province if it is a province, by the gazetteer's codes (浙江|鱼台 is no county of Zhejiang)."""
    lexicon = place_lexicon()
    code = (lexicon[full].id or "") if full in lexicon else ""
    end = start - 1 if text[start - 1:start] == "的" else start
    for size in (4, 3, 2):
        entry = lexicon.get(text[end - size:end]) if end >= size else None
        if entry is None:
            continue
        if entry.label == "LOC" and entry.kind == "region":
            return True
        if entry.label == "GPE" and entry.kind in ("province", "prefecture", "city", "county"):
            before = entry.id or ""
            if entry.kind != "province" or not (code.startswith("cn:") and before.startswith("cn:")) \
                    or code[3:5] == before[3:5]:
                return True   # a county or city before it may have held it once (盱眙县的明光: Anhui until 1955)
    return False


def _place_after(text: str, end: int) -> bool:
    """A mountain, river or place the lexicon knows right after the short form (依托X金牛山, 从X五桂山出发)."""
    lexicon = place_lexicon()
    return any(text[end:end + size] in lexicon and lexicon[text[end:end + size]].label in ("LOC", "GPE")
               for size in (4, 3))


def find_short_forms(text: str) -> list[Candidate]:
    """GPE candidates for gazetteer short forms in a frame of place (see the module doc)."""
    out: list[Candidate] = []
    shorts = short_forms()
    for match in _short_re().finditer(text):
        start, end = match.span()
        name = match.group()
        if text[end:end + 1] in _LANDFORM_AFTER:
            continue    # 峨眉|山, 六合|河: the start of a longer landform name
        left = _left_frame(text, start, end)
        if not left and _under_parent(text, start, shorts[name]):
            left = "verb"    # 进至山东鱼台、金乡: the county after its own province
        area = _AREA_RE.match(text, end)
        ok = False
        if not left and _place_before(text, start, shorts[name]) and word_frequency(name) < 500:
            left = "verb"    # 皖南X的, 盱眙县的X、: a province, county or region the lexicon knows before it (session 32);
            #                  not a frequent word (北疆新建的: "newly built")
        if not left and area and start and text[start - 1] in "对距":
            left = "verb"    # 对X城垣, 距X城区四十公里: a preposition of place before a word of place (session 32)
        if left == "verb":
            ok = bool(area or _END_RE.match(text, end) or end == len(text) or _place_after(text, end))
        elif left == "mark":
            ok = bool(area) or (text[start - 1:start] in ("（", "(") and text[end:end + 1] in ("）", ")")
                                and start >= 3 and text[start - 3:start - 1] in place_lexicon())
        if not ok and _DISTANCE_RE.match(text, end) and (left or not is_common_word(text[start - 1:start + 1], 20)):
            ok = True   # 鱼台东北三十里: a direction and a distance from it (news and chronicle style)
        if not ok and start and (text[start - 1] in _PAIR_MARKS or
                                 text[end:end + 1] in _PAIR_MARKS and left in ("verb", "mark")):
            ok = _partner_known(text, start, end)
        if ok:
            norm = normalize_place(shorts[name], text[end:end + 20])
            label = "LOC" if name[-1] in "岛屿" else "GPE"     # 烈屿: an island township is read as the island
            out.append(Candidate(start, end, label, SOURCE, PRIORITY, norm))
    return out
