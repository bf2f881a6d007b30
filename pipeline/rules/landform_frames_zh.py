"""Landforms named in the frames of descriptions and lists (session 16 round 2 label audit of LOC, auditzh45:
passages of gazetteers 地方志, place-name dictionaries, battle narratives and memoirs). Each class is grammar:
a frame of description, a head word or a list's structure, never a list of names. LOC at priority 31 (above the
gazetteer's 30 and a person's name of the usual priority 20).

- A landform described where it is introduced (`甲子山位于县城北`, `某岭，坐落于…`, `某河发源于…`, `某山又名…`,
  `某山（又称…）`, gazetteer entries `某山 在府城东四十里`): a name of 1-4 characters and a landform head
  (山岭峰岗梁峪河江溪湖) at the start of a clause, before 位于/坐落于/地处/发源于/源出/又名/又称/亦名/俗称/海拔, or
  before 在 + a seat word (府城, 县城, 府治, 城) and a bearing. A one-character stem needs the 位于 or 在 + seat
  frame. The name is no settlement the gazetteer knows and no ordinary word.
- A height named before 上 after a verb or preposition of place (`在某某山上打猎`, `爬上某岭上`): jieba reads
  山上 as one word, which hid the name from the landform finders; the stem (2-4 characters) passes their tests.
- A range named by its head 山脉 / 山系 (`某某埂山脉`, `某坳山脉`): the stem (2-4 characters, after a clause mark,
  a function word or a verb of place) and its head are one LOC (guideline: a landform before 山脉 is one LOC).
- Heights or rivers listed together (`中路河、丹堡河等`, `北面的甲峰山、乙龙山构成`, `甲山和乙山之间`): two or
  more items of one kind of head (山岭峰岗梁 or 河江溪湖) joined by 、/和/及/与 are LOC when a member is a LOC the
  gazetteer knows, or the list ends in 等/之间/一线/一带/诸/构成/两山/两河/各山. Members the gazetteer knows as a
  settlement are left to it.

Cost: str.find of the heads' frames; each hit reads a few characters around it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word, surnames, word_info
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds where it is rare
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

SOURCE = "rule:landform-frame"
PRIORITY = 31
_CJK = "\u4e00-\u9fff"
_HILL = "山岭峰岗梁峪"
_WATER = "河江溪湖"
_HEADS = _HILL + _WATER
# characters that are no part of a landform's stem
_STOP = set(
    "的了着是和与及等被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个过"
    "在于经沿抵占克撤退驻登陆军敌我你他她它座条片处群支股批些几多少里内外边旁全部以渡省市县攻守夺取据住"
    "有无为一二三四五六七八九十两百千万第位区如")   # 如: a listing word (如横山、X山: r18zhplace)
_NUMERALS = set("一二三四五六七八九十两百千万")
_MEASURES = set("个座条片处群支股批些次场把只名位万千百亿余多几")
# a clause opens before a described landform
_CLAUSE_OPEN = set("，,。；;：:！？!?\n 　、」”\"（(")
# jieba tags of a stem that is no name: position, pronoun, numeral, measure, time, adverb, preposition,
# conjunction, particle, adjective, verb
_STEM_NOT_NAME = set("frmqtdpcuav")
_GENERIC = frozenset(
    "大山 小山 高山 深山 雪山 群山 青山 荒山 名山 冰山 火山 江山 河山 山河 长河 大河 小河 高峰 山峰 顶峰 主峰 险峰 "
    "冰河 天河 银河 内河 运河 界河 大江 江河 河流 山岗 土岗 山岭 峻岭 分水岭 山梁 山峪 后山 前山 此山 该山 本山".split())


@lru_cache(maxsize=1)
def _settlements() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE")


@lru_cache(maxsize=1)
def _known_landforms() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "LOC")


def _stem_ok(stem: str, name: str, one_ok: bool = False) -> bool:
    """A stem of 1-4 characters that can name a landform: Chinese, no function or count character, no word
    of position, pronoun, number or verb, and the whole no ordinary word or settlement."""
    if not stem or len(stem) > 4 or (len(stem) == 1 and not one_ok):
        return False
    counted = stem[0] in _NUMERALS and len(stem) >= 2 and stem[1] not in _NUMERALS and stem[1] not in _MEASURES
    if not all(_CJK[0] <= ch <= _CJK[-1] and (ch not in _STOP or k == 0 and counted) for k, ch in enumerate(stem)):
        return False    # 七星岗, 五指山 open with a numeral; 两座山, 一个岭 are counts
    if name in _GENERIC or name in _settlements() or plain_word(name, 20) or len(name) > 2 and name[-2:] in _GENERIC:
        return False    # 历史|长河, 那座|雪山: a phrase ending in a kind of landform
    if len(stem) >= 2 and not counted:     # jieba tags 五指, 七星 as numerals
        for word in (stem, stem[:2]):
            entry = word_info().get(word)
            if entry and entry[0] >= 20 and entry[1][:1] in _STEM_NOT_NAME and entry[1][:2] not in ("nr", "ns"):
                return False    # 这些山, 北面山, 高大山脉: a pronoun, position, adjective or verb, not a name
    return True


# ---- a landform described where it is introduced ----------------------------------------------------------

_DESCRIBED_RE = re.compile(
    "(?<![^，,。；;：:！？!?\n 　、」”\"（(])"
    f"([{_CJK}]{{1,4}}?[{_HEADS}])[ 　:：]?(?:，|,)?"
    "(位于|坐落于|坐落在|地处|发源于|源出|源于|又名|又称|亦名|亦称|俗称|古称|海拔|[（(](?:又称|又名|亦称|俗称)|"
    "在(?:[府县州](?:城|治)?|城)[东西南北])")
_STRONG_FRAMES = ("位于", "在")
# a word for a part of a mountain written before the part's own name (主峰X峰, 山顶X岗): no part of the name
_POSITION_LEAD_RE = re.compile("主峰|最高峰|顶峰|山顶|山腰|山脚|山麓")


def described(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_DESCRIBED_RE, text):
        name, start = m.group(1), m.start(1)
        lead = _POSITION_LEAD_RE.match(name)
        if lead and len(name) - lead.end() >= 2:
            name, start = name[lead.end():], start + lead.end()   # 主峰|白云峰，海拔…: the peak, not "main peak"
        stem = name[:-1]
        frame = m.group(2)
        one_ok = frame.startswith(_STRONG_FRAMES) and not (frame == "位于" and stem in surnames()[0])
        if not _stem_ok(stem, name, one_ok) or name in _known_landforms():
            continue
        family = surnames()[0]
        if len(name) == 3 and stem[0] in family and not frame.startswith(("位于", "在", "坐落", "地处", "海拔", "发源", "源")) \
                and text[m.end():m.end() + 1] in family and not _landform_alias(text[m.end():m.end() + 5]):
            continue    # 李春江又名李江: a person's other name, not a landform's (鹿角山又称鹿头山 is)
        out.append(Candidate(start, m.end(1), "LOC", SOURCE, PRIORITY))
    return out


def _landform_alias(after: str) -> bool:
    """The other name given is a landform's: a head after two or more name characters (鹿头山, not 李江)."""
    run = re.match(f"[{_CJK}]*", after).group()
    return any(run[k] in _HEADS + "岩顶" for k in range(2, len(run)))


# ---- a height before 上 after a verb or preposition of place ------------------------------------------------

_ON_HILL_RE = re.compile(
    "(?:爬上|登上|攀上|冲上|攻上|跑上|躲到|藏在|躲在|住在|冲到|跑到|退到|撤到|到达|抵达|插上|插在|在|到|从|向|于)了?"
    f"([{_CJK}]{{2,4}}?[{_HILL}])(?:上(?![了去来任台级])|下(?![令达午旬属游])|脚|边|旁)")
_BY_WATER_RE = re.compile(
    f"(?:跳进|跳入|冲到|跑到|退到|撤到|到达|抵达|在|到|从|向|于)了?([{_CJK}]{{2,4}}?[{_WATER}])(?:边|里|中(?![国华学队])|旁)")


_PLACE_BEFORE = set("东西南北门村城外边旁")
# a flat or shoal named by 滩 with 上 after it (在某坪滩上, 对面的某坪滩上): the landform, not a village of the name
_ON_FLAT_RE = re.compile(f"(?:爬上|冲上|跑上|退到|撤到|到达|在|到|从|向|于|的|上了)([{_CJK}]{{2,3}}?滩)(?:上(?![了去来任台级])|[，。；])")


def _on_hills(text: str) -> list[Candidate]:
    """X山上/下/脚/边 and X河边/里 after a place word (在某某山上, 到达某岭下, 在某河边宿营)."""
    out = []
    flats = list(literal_finditer(_ON_FLAT_RE, text)) if "滩" in text else []
    for m in list(literal_finditer(_ON_HILL_RE, text)) + list(literal_finditer(_BY_WATER_RE, text)) + flats:
        start = m.start(1)
        if m.end(1) - start > 3 and text[m.end(1) - 4] in _PLACE_BEFORE:
            start = m.end(1) - 3      # 村西|某虎山, 北门|某紫山: the height after a place word
        name = text[start:m.end(1)]
        if _stem_ok(name[:-1], name) and name not in _known_landforms():
            out.append(Candidate(start, m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- a range named by 山脉 / 山系 ----------------------------------------------------------------------------

_RANGE_OPEN = _CLAUSE_OPEN | set("的和与及有在于经沿至到向从自越过即称属为是")


def _ranges(text: str) -> list[Candidate]:
    out = []
    pos = text.find("山")
    while pos != -1:
        if text.startswith(("山脉", "山系"), pos) and pos >= 2:
            for size in (4, 3, 2):
                start = pos - size
                if start < 0:
                    continue
                stem = text[start:pos]
                if not (start == 0 or text[start - 1] in _RANGE_OPEN):
                    continue
                name = text[start:pos + 2]
                if name in place_lexicon():
                    break
                if _stem_ok(stem.rstrip("山") or stem, stem, one_ok=True) and not plain_word(stem, 20):
                    out.append(Candidate(start, pos + 2, "LOC", SOURCE, PRIORITY))
                    break
        pos = text.find("山", pos + 1)
    return out


# ---- heights or rivers listed together ----------------------------------------------------------------------

_JOINS = "、和及与"
_LIST_HILL = _HILL + "坳岩垭"     # a col or crag listed among heights (李家坳、鹰嘴岩)
_LIST_END = ("等", "之间", "一线", "一带", "诸", "构成", "两山", "两河", "二山", "各山", "三山", "三河")
_ITEM_OPEN = _CLAUSE_OPEN | set("的有在于经至到向从自越过即如和与及")
# one-character verbs of holding a position that open a list of heights (挟甲山、乙山诸险, 扼甲岭、乙岭)
_HOLD_VERBS = frozenset("挟据凭扼守踞控")


def _item_before(text: str, end: int, kind: str) -> tuple[int, int] | None:
    """The list item ending at `end` (its head at end - 1, of `kind`), whose stem opens after a mark."""
    if end < 2 or text[end - 1] not in kind:
        return None
    for size in (2, 3, 4, 1):
        start = end - 1 - size
        if start < 0:
            continue
        if text[end - 2] == text[end - 1]:
            return None     # 洛河河(谷): the head is doubled, no name ends here
        if (start == 0 or text[start - 1] in _ITEM_OPEN or text[start - 1] in _JOINS) \
                and _stem_ok(text[start:end - 1], text[start:end], one_ok=size == 1):
            if size > 1 and text[start] in _HOLD_VERBS \
                    and _stem_ok(text[start + 1:end - 1], text[start + 1:end], one_ok=size == 2):
                return (start + 1, end)   # 挟|甲山、乙山: a verb of holding before the first member is outside (r20zhloc)
            return (start, end)
    return None


def _item_after(text: str, start: int, kind: str) -> tuple[int, int] | None:
    for size in (2, 3, 4, 1):
        head = start + size
        if head < len(text) and text[head] in kind and text[head - 1] != text[head] and _stem_ok(text[start:head], text[start:head + 1],
                                                                  one_ok=size == 1):
            after = text[head + 1:head + 2]
            if after and after in "路村镇庄站城街县市区乡旗州口关门桥":
                return None
            return (start, head + 1)
    return None


def _lists(text: str) -> list[Candidate]:
    out = []
    known_all = place_lexicon()
    seen: set[int] = set()
    for kind in (_LIST_HILL, _WATER):
        for hit in re.finditer(f"(?<=[{kind}])[{_JOINS}]", text):
            pos = hit.start()
            if pos in seen:
                continue
            first = _item_before(text, pos, kind) or _known_before(text, pos, kind)
            if first is None:
                continue
            items = [first]
            cur = pos
            while cur < len(text) and text[cur] in _JOINS and len(items) < 12:
                seen.add(cur)
                nxt = _item_after(text, cur + 1, kind) or _known_after(text, cur + 1, kind)
                if nxt is None:
                    break
                items.append(nxt)
                cur = nxt[1]
            if len(items) < 2:
                continue
            names = [text[s:e] for s, e in items]
            has_known = any(known_all.get(n) is not None and known_all[n].label == "LOC" for n in names)
            if not (has_known or text.startswith(_LIST_END, cur)):
                continue
            for (s, e), n in zip(items, names):
                if n not in known_all:
                    out.append(Candidate(s, e, "LOC", SOURCE, PRIORITY))
    return out


def _known_before(text: str, end: int, kind: str) -> tuple[int, int] | None:
    """A LOC the gazetteer knows ending at `end` (长江、某河)."""
    lexicon = place_lexicon()
    for size in (5, 4, 3, 2):
        start = end - size
        if start >= 0 and text[end - 1] in kind:
            entry = lexicon.get(text[start:end])
            if entry is not None and entry.label == "LOC":
                return (start, end)
    return None


def _known_after(text: str, start: int, kind: str) -> tuple[int, int] | None:
    lexicon = place_lexicon()
    for size in (5, 4, 3, 2):
        end = start + size
        if end <= len(text) and text[end - 1] in kind:
            entry = lexicon.get(text[start:end])
            if entry is not None and entry.label == "LOC":
                return (start, end)
    return None


# ---- a height named before a word for its parts, after a verb of place -------------------------------------

_PART_CUES = ("登上", "爬上", "攀上", "冲上", "攻上", "占领", "攻占", "抢占", "夺取", "夺回", "扼守", "坚守", "固守",
              "据守", "守住", "控制", "翻过", "翻越", "越过", "退至", "退到", "撤至", "撤到", "进至", "到达", "抵达",
              "隐蔽在", "埋伏在", "集结在", "在", "于", "至", "到", "从", "向")
_PART_RE = re.compile(
    f"(?:{'|'.join(sorted(_PART_CUES, key=longest_first))})了?([{_CJK}]{{2,4}}?)(?=山顶|山腰|山脚|山麓|主峰|顶峰)")


def _named_by_parts(text: str) -> list[Candidate]:
    """A height whose name has no landform head, named before 山顶/山腰/山脚/山麓/主峰 after a verb of place
    (登上鹰嘴砬子山顶, 在蘑菇顶山腰): the name alone is the LOC."""
    out = []
    for m in _PART_RE.finditer(text):
        stem = m.group(1)
        if stem[-1] in _HEADS or stem[-1] in "的了上下":
            continue    # X山山顶 is the landform finders'; 在阵地上
        if text.startswith("山", m.end(1)) and any(stem[k:] + "山" in place_lexicon() for k in range(len(stem) - 1)):
            continue    # 从昆仑山|脚下: the known mountain takes the 山, not 昆仑 + 山脚 (prezh2); 在甲省|太行山脚下 (session 21)
        if _stem_ok(stem, stem) and stem not in place_lexicon():
            out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- the 38th parallel named in words (三八线) ----------------------------------------------------------------

_PARALLEL_RE = re.compile("(?<![一二三四五六七八九十0-9])(?:北纬|南纬)?(?:三八|三十八度)线")


def _parallels(text: str) -> list[Candidate]:
    """The 38th parallel written in words (三八线, 三十八度线) is a LOC like the other lines of latitude
    (guideline: the International Date Line is LOC; latitude_parallels_zh reads the figures, 38度线)."""
    return [Candidate(m.start(), m.end(), "LOC", SOURCE, PRIORITY) for m in literal_finditer(_PARALLEL_RE, text)]


# ---- an island whose name opens with 上/下/大/小 or a bearing ------------------------------------------------

_ISLAND_RE = re.compile(
    "(?:攻占|占领|登陆|登上|攻克|夺取|进攻|炮击|撤离|撤至|退守|固守|驻守|在|于|向|到|至|从)了?"
    f"([上下大小东西南北][{_CJK}]{{1,3}}?[岛屿])")


_PAIRED_PLACE_WORDS = frozenset("上下 下上 大小 东西 南北 左右".split())


def _prefixed_islands(text: str) -> list[Candidate]:
    """An island whose name opens with a character of place (下横档岛, 大某岛) after a verb or preposition of
    place: the whole name is one LOC, not the island after the first character."""
    out = []
    lexicon = place_lexicon()
    for m in literal_finditer(_ISLAND_RE, text):
        name = m.group(1)
        stem = name[1:-1]
        if name in lexicon or stem[-1:] in "岛屿" or not _stem_ok(stem, stem + "岛", one_ok=True):
            continue
        if name[:2] in _PAIRED_PLACE_WORDS:
            continue    # 上下|岛, 东西|岛: a word of two opposites opens it
        out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- a river of one character after a verb of crossing or following -----------------------------------------

_ONE_RIVER_RE = re.compile(
    "(?:沿着|顺着|渡过|强渡|横渡|抢渡|偷渡|跨过|越过|涉过|沿|顺|渡)"
    f"([{_CJK}][河江])(?=[东西南北](?:下|上|进|岸)|[两对沿]岸|[上下中]游|而[上下]|[，。、；]|前进|推进|东流|西流|以[东西南北])")
_ONE_STEM_STOP = set("大小长深浅内外运界护主支干本该此这那一两条道小")


def one_character_rivers(text: str) -> list[Candidate]:
    """A river of one character and 河/江 after a verb of crossing or following (沿某河南下, 渡过某江，): the
    LOC (read across a province name: 沿X河南下 is no 河南)."""
    out = []
    for m in rare_finditer(_ONE_RIVER_RE, text):
        name = m.group(1)
        if name[0] in _STOP or name[0] in _ONE_STEM_STOP or name in place_lexicon() or plain_word(name, 20):
            continue
        out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- a ridge or crag named by a northern head after a verb of holding or attack ------------------------------

_RIDGE_RE = re.compile(
    "(?:扼守|坚守|固守|据守|守住|攻占|占领|抢占|夺取|夺回|攻克|攻下|拿下|登上|爬上|冲上|翻过|翻越|越过|退守|退至|撤至|"
    f"进至|直插|包围|在)了?([{_CJK}]{{1,3}}?(?:梁|砬子|顶子|岭子|山子|崖|坨))(?![{_CJK}]?[村镇庄屯乡])")


def _ridges(text: str) -> list[Candidate]:
    """A height named by 梁, 砬子, 顶子 (northern words for a ridge or crag) after a verb of holding, attack or
    crossing (扼守二道梁, 攻克了鸡冠砬子): LOC; no settlement or ordinary word (山梁, 脊梁, 桥梁)."""
    out = []
    lexicon = place_lexicon()
    for m in _RIDGE_RE.finditer(text):
        name = m.group(1)
        head = 1 if name[-1] in "梁崖坨" else 2
        stem = name[:-head]
        if not stem or name in lexicon or plain_word(name, 20) or stem in ("山", "脊", "桥", "栋", "鼻", "房", "大", "横", "悬", "山崖", "石"):
            continue
        if not all(_CJK[0] <= ch <= _CJK[-1] and (ch not in _STOP or ch in "一二三四五六七八九十两") for ch in stem):
            continue
        # a name opening with a count (二道梁) outranks the count the quantity finder reads in it (40)
        out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, 41 if stem[0] in "一二三四五六七八九十两" else PRIORITY))
    return out


# ---- two heights placed by bearings (东侧X山和西侧Y岗) ---------------------------------------------------------

_BEARING_PAIR_RE = re.compile(
    f"[东西南北](?:侧|面|边)的?([{_CJK}]{{1,4}}?[{_HILL}])[和与及、]"
    f"[东西南北](?:侧|面|边)的?([{_CJK}]{{1,4}}?[{_HILL}])")


def _bearing_pairs(text: str) -> list[Candidate]:
    """Two heights placed on either side (东侧某山和西侧某岗): both LOC where one is no settlement; a county or
    city named like a height and placed so is the height (西侧马鞍山)."""
    out = []
    settlements = _settlements()
    for m in literal_finditer(_BEARING_PAIR_RE, text):
        names = (m.group(1), m.group(2))
        if not all(n not in _GENERIC and not plain_word(n, 20) and _stem_ok(n[:-1], n[:-1] + "x", one_ok=True)
                   for n in names):
            continue
        if all(n in settlements for n in names):
            continue
        for k in (1, 2):
            if text[m.start(k):m.end(k)] not in _known_landforms():
                out.append(Candidate(m.start(k), m.end(k), "LOC", SOURCE, PRIORITY))
    return out


# ---- a cape named by 角 ---------------------------------------------------------------------------------------

_CAPE_RE = re.compile(
    f"(?<=[在到至向经过于])([{_CJK}]{{2,4}}?角)(?=登陆|附近|海面|海域|外海|以[东西南北]|灯塔|一带|[，。、；])")


def _capes(text: str) -> list[Candidate]:
    """A cape (X角) where a landing or a sea position is given (在某某角登陆, 至某山角附近): LOC, the whole name
    over a mountain it is named by (老铁山角, not 老铁山)."""
    out = []
    lexicon = place_lexicon()
    for m in literal_finditer(_CAPE_RE, text):
        name = m.group(1)
        stem = name[:-1]
        if name in lexicon or plain_word(name, 20) or plain_word(stem[-2:] + "角", 20):
            continue    # 东北角, 拐角, 死角, 墙角: a corner
        if stem[-1] in "东西南北" or not all(_CJK[0] <= ch <= _CJK[-1] and ch not in _STOP for ch in stem):
            continue
        if stem in word_info() and word_info()[stem][1][:1] in _STEM_NOT_NAME:
            continue
        out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- a height taken, in the passive (的X岗被我军攻克) ---------------------------------------------------------

_TAKEN_RE = re.compile(
    f"(?<=[的，。；、\n])([{_CJK}]{{2,3}}?[{_HILL}])(?=被[^，。；]{{0,6}}?(?:攻克|攻占|占领|夺取|夺回|突破|攻破|拿下))")


def _taken_heights(text: str) -> list[Candidate]:
    """A height named before a passive of taking (据守的七星岗被我军攻克): LOC."""
    out = []
    for m in literal_finditer(_TAKEN_RE, text):
        name = m.group(1)
        if _stem_ok(name[:-1], name) and name not in _known_landforms():
            out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


# ---- a height at the head of its clause with a word of terrain or of the enemy on it -------------------------

_HEIGHT_SUBJECT_RE = re.compile(
    f"(?<![^，。；：！？\n])([{_CJK}]{{2,3}}?[{_HILL}])"
    "(?=地势|山势|山高|是一座|为一座|是一道|上的敌人|上的守敌|的守敌|的敌人|上有敌|顶上|上驻有|上筑有|上修有)")


def _height_subjects(text: str) -> list[Candidate]:
    """A height opening its clause before a word of terrain or of the men on it (某岭地势险要, 某山上的敌人,
    某岗山势陡峭, 某山是一座…): LOC."""
    out = []
    for m in literal_finditer(_HEIGHT_SUBJECT_RE, text):
        name = m.group(1)
        if _stem_ok(name[:-1], name) and name not in _known_landforms():
            out.append(Candidate(m.start(1), m.end(1), "LOC", SOURCE, PRIORITY))
    return out


def find_landform_frames(text: str) -> list[Candidate]:
    """LOC candidates of the classes in the module doc."""
    if not any(ch in text for ch in _HEADS + "线岛屿子崖坨角滩"):
        return []
    found = described(text) + _on_hills(text) + _ranges(text) + _lists(text) + _height_subjects(text)
    if "线" in text:
        found += _parallels(text)
    if "岛" in text or "屿" in text:
        found += _prefixed_islands(text)
    if "山" in text or "峰" in text:
        found += _named_by_parts(text)
    if "河" in text or "江" in text:
        found += one_character_rivers(text)
    if "梁" in text or "子" in text or "崖" in text or "坨" in text:
        found += _ridges(text)
    if "侧" in text or "面" in text or "边" in text:
        found += _bearing_pairs(text)
    if "角" in text:
        found += _capes(text)
    if "被" in text:
        found += _taken_heights(text)
    return found + _repeats(text, found)


def _repeats(text: str, found: list[Candidate]) -> list[Candidate]:
    """Every other mention of a name of three or more characters found here, where it is no part of a longer
    word (白水江为…支流 after 有白水江、岷江等)."""
    taken = {(c.start, c.end) for c in found}
    out = []
    for name in {text[c.start:c.end] for c in found if c.end - c.start >= 3}:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if (pos, end) not in taken and not (pos and plain_word(text[pos - 1:pos + 1], 20)) \
                    and text[end:end + 1] not in _NAME_GOES_ON and text[end:end + 1] not in _HEADS:
                out.append(Candidate(pos, end, "LOC", SOURCE, PRIORITY))
            pos = text.find(name, end)
    return out


_NAME_GOES_ON = set("路街村镇庄寨城县市乡区站桥洞寺庙堡屯集铺店营场坝厂矿口关门府州卫")
