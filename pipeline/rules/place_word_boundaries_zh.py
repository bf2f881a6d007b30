"""Where a place name ends and the next word begins (session 24, s24zhloc: a precision audit of GPE/LOC/FAC spans on
fresh real passages — Qing coastal-defence and river records, frontier and railway histories). Grammar over the
place lexicon; no list of names.

Readings the finder proposes (`find_place_word_boundaries`, priority 32: above the gazetteer's 30 and the suffix and
water-mouth rules' 31 whose longer spans run across the boundary, below ORG lexicons' 35 and every FAC/unit rule):

- A province written right before one of its counties or cities (`甲省乙丙县`, `西藏|江孜县`): the province (with 省
  or 自治区 if written) and the county (with its suffix, as the lexicon knows it) are two GPE, also where the
  county's first character glued to the province reads as a river (`云南省|河口县` ⊃ 省河, `西藏|江孜县` ⊃ 西藏江).
- A province before 省会 (`甲乙省会丙丁`): 省会 is the seat, outside the province (as `X省城`, session 21).
- A known province, prefecture or county before 乡勇/乡团/乡兵/乡绅/乡试/乡民 (`湖南乡勇三千`): the place alone;
  乡 opens the word of militia, gentry or examinations, no township `湖南乡`.
- A known place before a verb of garrisoning in 屯 (`赴甲乙屯驻`, `屯兵`, `屯扎`, `屯守`, `屯田`, `屯垦`): the place
  alone, no village `甲乙屯`.
- A province's one-character short form before 省 (`闽省`, `奉省`, `湘省` in Qing memorials and early-Republic
  records): one GPE, the province (the audit23 gold reads `闽省` so); not inside a full name (江苏省 ⊃ 苏省), not
  before a word 省 opens (省城, 省会, 省长, 省委, 省份, 省得 …), not 东省/江省/直省 (other words or ambiguous), not
  after 的 or 新 (`全新的湘省问题`: chronicle_forms_zh's test reads no place there).
- The members of a list closed by a word of counties or departments (`甲乙、丙丁各县`, `戊己、庚辛等州县`,
  `壬癸诸县`): each member a GPE (Qing records and flood reports name old counties the gazetteer lacks), once one
  member is a place the lexicon knows; the first member is the lexicon's name ending at the 、 or its last two
  characters (a verb glued before it: `淹及甲乙、…`); one-character members after a preposition of place
  (`至甲、乙各州`: the short forms of 甲州 and 乙州) are a GPE each.

- (session 30, s30zhgeo: Qing, Mongol and Xinjiang passages) A place word the jieba dictionary holds (tagged ns) that
  ends in a shorter name the gazetteer holds as GPE and is itself no gazetteer name (`准噶尔` ⊃ 噶尔, the county in
  Tibet; `九连城` ⊃ 连城, the county in Fujian): one GPE over the whole word, at priority 30, so that a longer name the
  gazetteer holds (`准噶尔盆地`, LOC) keeps its reading. Not where the word opens with a qualifier, bearing or function
  character (新中国, 全中国, 东北京 …) or opens with a place of its own (`广西南宁`: the province and the city, two
  GPE) or before 部 (`准噶尔部`: the people), and only for words of three or four characters.

`other_word_in_context(text, start, end, name, entry)` is called by places._lexicon_candidates (one line) and
drops a gazetteer name that is another word here:

- a compass word before a verb of a river's or a march's course (`黄河东北流入海`, `北流入海`, `北流、东流之争`: no city
  北流; `西南流经`: no region 西南; `东南行三百里`);
- a reign era before 初/末/之季/之际/中叶/朝/时期 or before a listed year (`咸丰初`, `咸丰八、九年`): the era, no county
  (`咸丰年间` was read already);
- 滨海 as "by the sea" (`地皆滨海`, `滨海地区`, `滨海一带`), no county;
- 海口 right after a place that is no province (`巡防甲乙海口`): the sea mouth of that place (session 20's reading);
- a city or region before 式 (`罗马式教堂`): a style, as a country's was (`捷克式`);
- 诸州县, 各府县 …: a word of all the departments, no place (also `all_departments_word`, called by local_places).

Cost: the finder scans for the provinces' second characters and for 等/各/诸 (scan.char_positions), and runs one
regex opening with 乡/屯 only where those characters occur; the check reads one or two characters around a gazetteer
hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_han
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.place_reading_checks import reign_eras
from pipeline.rules.scan import char_positions
from pipeline.segment import dictionary_table
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-word-boundary", 32
_COUNTY_TAILS = ("县", "市", "区", "州", "旗", "盟")
_COUNTY_KINDS = frozenset(("county", "city", "prefecture", "district"))


@lru_cache(maxsize=1)
def _provinces() -> tuple[str, ...]:
    """Chinese provinces of the gazetteer by their bare names (no 省/自治区/市), longest first."""
    names = set()
    for name, entry in place_lexicon().items():
        if entry.kind == "province" and entry.source == "gazetteer" and entry.label == "GPE" and 2 <= len(name) <= 3 \
                and name[-1] not in "省市":
            names.add(name)
    return tuple(sorted(names, key=len, reverse=True))


def _county_at(text: str, at: int, lexicon) -> int:
    """End of the longest county or city (written with its suffix) the lexicon knows starting at `at` (0: none)."""
    for size in (7, 6, 5, 4, 3):
        name = text[at:at + size]
        if len(name) < size or not name.endswith(_COUNTY_TAILS):
            continue
        entry = lexicon.get(name)
        if entry is not None and entry.label == "GPE" and entry.kind in _COUNTY_KINDS:
            return at + size
    return 0


@lru_cache(maxsize=1)
def _provinces_by_second() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The provinces by their second character (a scan for those characters finds every province cheaply)."""
    table: dict[str, list[str]] = {}
    for name in _provinces():
        table.setdefault(name[1], []).append(name)
    return frozenset(table), {ch: tuple(names) for ch, names in table.items()}


def _province_splits(text: str, lexicon) -> list[Candidate]:
    out: list[Candidate] = []
    seconds, by_second = _provinces_by_second()
    for pos in char_positions(text, seconds) or ():
        at = pos - 1
        if at < 0:
            continue
        for prov in by_second[text[pos]]:
            if not text.startswith(prov, at):
                continue
            end = at + len(prov)
            if text.startswith("自治区", end):
                end += 3
            elif text.startswith("省", end) and not text.startswith("省会", end):
                end += 1
            if text.startswith("省会", end) and end + 2 < len(text) and text[end + 2] not in "警公议":
                out.append(Candidate(at, end, "GPE", SOURCE, PRIORITY))       # 云南|省会昆明
            else:
                county_end = _county_at(text, end, lexicon)
                if county_end:
                    out.append(Candidate(at, end, "GPE", SOURCE, PRIORITY))  # 云南省|河口县
                    out.append(Candidate(end, county_end, "GPE", SOURCE, PRIORITY))
            break
    return out


# --- a place before a word in 乡 or a verb in 屯 ---------------------------------------------------------------------
_GLUED_RE = re.compile(f"(?:乡[勇团兵绅试民]|屯[驻兵扎守田垦聚])")
_GLUED_KINDS = frozenset(("province", "prefecture", "county", "city"))


def _glued_words(text: str, lexicon) -> list[Candidate]:
    out = []
    for m in _GLUED_RE.finditer(text):
        at = m.start()
        for size in (3, 2):
            start = at - size
            if start < 0:
                continue
            name = text[start:at]
            entry = lexicon.get(name)
            if entry is not None and entry.label == "GPE" and entry.kind in _GLUED_KINDS:
                out.append(Candidate(start, at, "GPE", SOURCE, PRIORITY))   # 湖南|乡勇, 营口|屯驻
                break
    return out


# --- the members of a list closed by a word of counties -------------------------------------------------------------
_CLOSER_FIRST = frozenset("等各诸")
_CLOSERS_BY_LENGTH = tuple(a + b for b in ("州县", "府县", "州厅", "县", "州", "厅") for a in "等各诸")   # longest first
_CLOSER_NOT_AFTER = frozenset("长城志委政府署官")
_NOT_IN_MEMBER = frozenset("的了在是和与及或等被把对向从由到至往个这那其此该各每本全我敌你他们"
                           "一二三四五六七八九十两几数")
_ONE_CHAR_OPENERS = frozenset("至自及在驻分赴往经与和")


def _items_before(text: str, at: int) -> list[tuple[int, int]]:
    """The 、-separated runs of Chinese characters ending at `at`, last first (each run at most 4 characters back)."""
    items = []
    end = at
    while True:
        start = end
        while start > 0 and end - start < 4 and is_han(text[start - 1]):
            start -= 1
        if start == end:
            break
        items.append((start, end))
        if start > 0 and text[start - 1] == "、" and len(items) < 10:
            end = start - 1
            continue
        break
    return items


def _listed_counties(text: str, lexicon) -> list[Candidate]:
    out = []
    for at in char_positions(text, _CLOSER_FIRST) or ():
        closer = next((c for c in _CLOSERS_BY_LENGTH if text.startswith(c, at)), None)
        if closer is None:
            continue
        end_of = at + len(closer)
        if end_of < len(text) and text[end_of] in _CLOSER_NOT_AFTER:
            continue
        out += _list_members(text, _items_before(text, at), lexicon)
    return out


def _list_members(text: str, items: list[tuple[int, int]], lexicon) -> list[Candidate]:
    if len(items) < 2:
        return []
    items.reverse()                                   # first member first
    if all(e - s == 1 for s, e in items[1:]):         # 至甲、乙各州: one-character short forms
        first_s, first_e = items[0]
        if first_e - first_s >= 2 and text[first_e - 2] in _ONE_CHAR_OPENERS:
            return [Candidate(first_e - 1, first_e, "GPE", SOURCE, 31)] + [
                Candidate(s, e, "GPE", SOURCE, 31) for s, e in items[1:]]
        return []
    spans = []
    for k, (start, end) in enumerate(items):
        if end - start < 2:
            return []
        if k == 0 and text[start:end] not in lexicon:
            start = end - 2                           # 淹及|甲乙: the verb glued before the first member
        name = text[start:end]
        if any(ch in _NOT_IN_MEMBER for ch in name):
            return []
        spans.append((start, end, name))
    if not any((e := lexicon.get(n)) is not None and e.label == "GPE" for _, _, n in spans):
        return []
    return [Candidate(s, e, "GPE", SOURCE, 31) for s, e, _ in spans]


# --- a province's one-character short form before 省 ----------------------------------------------------------------
# not 东 (东省 is Manchuria or a railway's word), 江 (江省), 直 (直省: all the provinces), 新, 宁, 台 (other words)
_ABBREV_PROVINCE_CHARS = province_abbreviations(plus="蜀奉", without="京津沪渝宁蒙新藏台港澳康")
_ABBREV_PROVINCE_RE = re.compile(f"[{_ABBREV_PROVINCE_CHARS}]省"
                                 "(?![城会长委政府份区际略得去却悟察钱事力心吃俭])")


def _abbreviated_provinces(text: str, lexicon) -> list[Candidate]:
    out = []
    for m in _ABBREV_PROVINCE_RE.finditer(text):
        at = m.start()
        if at and (text[at - 1:at + 1] in lexicon or text[at - 1] in "、和与及" and text[at - 2:at - 1] in _ABBREV_PROVINCE_CHARS
                   or text[at - 1] in "的新"):
            continue      # 江苏省 ⊃ 苏省; 陕、甘省: a list, read by the abbreviation lists; 全新的湘省问题: no record's style
        out.append(Candidate(at, at + 2, "GPE", SOURCE, 31))     # 闽省, 奉省: the province
    return out


def find_place_word_boundaries(text: str) -> list[Candidate]:
    """Candidates of the readings above in `text` (working text, Simplified)."""
    lexicon = place_lexicon()
    out = _province_splits(text, lexicon)
    if "省" in text:
        out += _abbreviated_provinces(text, lexicon)
    if "乡" in text or "屯" in text:
        out += _glued_words(text, lexicon)
    if "县" in text or "州" in text or "厅" in text:
        out += _listed_counties(text, lexicon)
    out += _dictionary_place_words(text, lexicon)
    return out


# a jieba place word ending in a shorter gazetteer GPE (s30zhgeo): the characters that open no such word, verbs of a
# course among them (入海口, 出海口: a river's mouth, no 海口)
_WORD_OPEN_STOP = frozenset("新老大小全东西南北中上下前后内外本该此这那我敌各每省市县在到从往至于与和及的了是为被将把"
                            "入出进过抵经通达")


@lru_cache(maxsize=1)
def _place_dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The jieba place words (tag ns) of three and four characters that hold a shorter gazetteer GPE at their end and
    no gazetteer name at their start (广西|南宁: two places), are no gazetteer name themselves and open with a Han
    character outside _WORD_OPEN_STOP: (three-character words, four-character words, their first characters). Every
    test of a word that needs no context, done once per process instead of at every character of every text."""
    return dictionary_table("placedictwords", _built_place_dictionary_words)   # kept between runs (session 34, w34speed)


def _built_place_dictionary_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    from pipeline.rules.names_common import word_info

    lexicon = place_lexicon()
    words = {3: set(), 4: set()}
    for word, entry in word_info().items():
        size = len(word)
        if size not in words or not entry[1].startswith("ns") or word in lexicon \
                or word[0] in _WORD_OPEN_STOP or not is_han(word[0]):
            continue
        inner = next((k for k in range(1, size - 1) if getattr(lexicon.get(word[k:]), "label", "") == "GPE"), None)
        if inner and not any(word[:j] in lexicon for j in range(1, inner + 1)):
            words[size].add(word)
    return frozenset(words[3]), frozenset(words[4]), frozenset(w[0] for w in words[3] | words[4])


@lru_cache(maxsize=1)
def _first_chars_re() -> re.Pattern:
    """One character of the first characters of _place_dictionary_words."""
    firsts = sorted(_place_dictionary_words()[2])
    return re.compile("[" + "".join(map(re.escape, firsts)) + "]" if firsts else "(?!)")


def _dictionary_place_words(text: str, lexicon) -> list[Candidate]:
    """准噶尔, 九连城: a jieba place word ending in a shorter gazetteer county is one GPE (s30zhgeo), the longer word
    first; not before 部 (准噶尔部: the people, no place). `lexicon` is the place lexicon the words were read against."""
    three, four, _firsts = _place_dictionary_words()
    out: list[Candidate] = []
    last = len(text) - 2
    if last <= 0:
        return out
    # the places of the words' first characters before `last` (re skips the others in C, not a test per character)
    for hit in _first_chars_re().finditer(text, 0, last):
        i = hit.start()
        for size, table in ((4, four), (3, three)):
            if text[i:i + size] in table and text[i + size:i + size + 1] != "部":
                out.append(Candidate(i, i + size, "GPE", "rule:place-dictionary-word", 30, {"id": None}))
                break
    return out


# --- the check called by places._lexicon_candidates ---------------------------------------------------------------
_BEARINGS = "东西南北"
_COURSE_AFTER = frozenset("入经至注到去而折趋向，。、；")
_COURSE_VERBS = frozenset("入经至注到去而折趋向一二三四五六七八九十百数")   # not 广西|北流人, 广西北流，
_ERA_AFTER = ("初", "末", "之季", "之际", "之初", "之末", "中叶", "朝", "时期")
_ERA_LIST_RE = re.compile("[一二三四五六七八九十]{1,3}、[一二三四五六七八九十]{1,3}年")
_SEASIDE_AFTER = ("地区", "之地", "一带", "地带", "诸", "各", "城市", "省份")
_HAIKOU_PROVINCES = frozenset(("海南", "广东", "海南省", "广东省"))   # the city 海口 lies in them
_SETTLEMENT_ENDS = frozenset("庄州城县镇港岛湾沽")
_ALL_DEPTS_RE = re.compile("^[诸各该][州县府厅省]+$")   # not 全州 (a county), 本州 (Honshu)


def other_word_in_context(text: str, start: int, end: int, name: str, entry) -> bool:
    """Whether the gazetteer name text[start:end] is another word here (the readings in the module docstring)."""
    nxt = text[end] if end < len(text) else ""
    if len(name) == 2 and name[0] in _BEARINGS and name[1] in "流行" and (
            start and text[start - 1] in _BEARINGS and nxt in _COURSE_VERBS or nxt in "入注之而"
            or text.startswith(("、东流", "、南流", "、西流"), end) or text[start - 3:start] in ("东流、", "南流、", "西流、")):
        return True       # 黄河东|北流入海, 北流、东流之争, 河水北流入海: a course, no city
    if entry.kind == "region" and len(name) == 2 and all(ch in _BEARINGS for ch in name) and nxt in "流行" \
            and end + 1 < len(text) and text[end + 1] in _COURSE_AFTER:
        return True       # 西南流经: a course, no region
    if name in reign_eras() and entry.label == "GPE":
        if text.startswith(_ERA_AFTER, end) and not text.startswith(("初级", "初中", "初小", "朝鲜", "朝阳"), end):
            return True   # 咸丰初, 咸丰之季: the reign, no county
        if _ERA_LIST_RE.match(text, end):
            return True   # 咸丰八、九年
    if name == "滨海" and (start and text[start - 1] in "皆均俱濒" or text.startswith(_SEASIDE_AFTER, end)):
        return True       # 地皆滨海, 滨海地区: by the sea
    if name == "海口" and start >= 2:
        lexicon = place_lexicon()
        two, three = text[start - 2:start], text[start - 3:start]
        before = lexicon.get(two) or lexicon.get(three)
        if before is not None and before.label == "GPE" and two not in _HAIKOU_PROVINCES and three not in _HAIKOU_PROVINCES \
                or before is None and text[start - 1] in _SETTLEMENT_ENDS:
            return True   # 巡防甲乙庄|海口, 天津|海口: the sea mouth of the place before (not 海南海口, 到海口)
    if nxt == "式" and entry.kind in ("city", "region", "prefecture", "county") and start and text[start - 1] != "式":
        return True       # 罗马式教堂: a style
    if _ALL_DEPTS_RE.match(name):
        return True       # 诸州县: every department, no place
    if name in ("关外", "关内") and _other_pass_told(text):
        return True       # 广西关外军务, 移进关内距关楼八里: outside or inside the pass the text tells of, not Manchuria
    return False


# the Shanhai pass (山海关, 榆关) is the one 关外/关内 name Manchuria and China proper by; a text that names another
# pass (镇南关, 娘子关, 雁门关) and neither that pass nor Manchuria and its armies (奉军, 讨奉, 辽东, 热河) reads
# 关外/关内 as the two sides of the pass it names (session 34 w34zhprec)
_BOUNDARY_PASSES = ("山海关", "榆关", "关东", "东北", "东三省", "满洲", "奉天", "奉军", "奉系", "奉张", "讨奉", "直奉",
                    "奉直", "辽宁", "辽东", "辽西", "吉林", "黑龙江", "热河", "锦州", "沈阳", "满蒙", "伪满")


def _other_pass_told(text: str) -> bool:
    if any(word in text for word in _BOUNDARY_PASSES):
        return False
    lexicon = place_lexicon()
    pos = text.find("关", 2)
    while pos != -1:
        for size in (3, 4):
            entry = lexicon.get(text[pos - size + 1:pos + 1])
            if entry is not None and entry.kind == "pass":
                return True
        pos = text.find("关", pos + 1)
    return False


def all_departments_word(name: str) -> bool:
    """诸州县, 各府县, 该县: a word of every department, no place (called by local_places' suffix reading)."""
    return _ALL_DEPTS_RE.match(name) is not None
