"""Facilities read from the frames they are written in (session 19, Chinese FAC audit).

The structure finder (facilities.py) walks left from a head word over a place-like name; these frames cover
what that walk misses or cuts on real pages (forts, city gates, stations and barracks in local histories,
travel pieces and battle narratives):

- a city's railway station (`锦州站`, `太原站和石家庄站`): a county, city or prefecture the place lexicon knows,
  then 站, then the end of the name (punctuation, a list word, 的, a position word). One FAC over the city and
  站 (guideline 6: a place inside a longer FAC name belongs to the FAC). Not a spy or liaison station
  (`军统天津站`, an ORG's branch: a secret-service word right before) and not 站 opening a word (`站稳`, `站长`).
- a list of structures each carrying its own head (`甲门、乙门、丙桥、丁营房`): every item whose 2-3 character
  stem holds no function word and which is no ordinary word is one FAC, list marks on both sides (guideline 4
  read for structures: an item with its own head is its own span, `第4军、第10军`).
- the modern or former name glossed after a structure (`X桥（今Y路桥）`, `X大厦（原Y大厦）`): the gloss word
  今/原 is outside the span (guideline 7: `郑县（今郑州）`, the word 今 is outside), the name inside is one FAC
  when it ends in a structure head.
- a named tall building (`X大厦`) after an edge (punctuation, 原/今, a preposition or verb of place), and barracks:
  `X营房` after a list mark or a preposition, and a barracks named by its side (`北大营`, `东大营`, like the side
  forts `西炮台` of the guideline notes) after an edge.

Priority 51: above the street and structure rules (45-50) whose wrong extents these replace, below units (60).
Each frame is found from a literal (站, 、, 今/原 after a bracket, 大厦, 营) and reads a few characters round it.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from the literal each holds
from pipeline.rules.facilities import KIND_OF_FORT
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:fac-frame", 51
_CJK = "\u4e00-\u9fff"
# characters never inside a structure's stem (function words, numerals, measure words, pronouns)
_STOP = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其个两一二三四五六七八九十百千万第某等"
                  "座条处所也都就而又再更最很原今即称向从由经过往入沿已")
_PUNCT = frozenset("，。、；：！？（）()“”「」‘’《》\n ,.;:!?")
# an edge before a name: punctuation, a preposition or a verb of place or holding
_EDGE = _PUNCT | frozenset("在于至到向从由经过往入沿抵近攻占守夺克陷据驻设建筑修即原今称为是和与及")


def _plain(word: str, min_freq: int = 50) -> bool:
    """An ordinary word jieba knows (部门, 专门, 有关部门; not a place or a proper name)."""
    return is_common_word(word, min_freq, ("ns", "nr", "nz"))


_FUNCTION_FIRST = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其等某个座条处所")


def _clean_stem(stem: str) -> bool:
    """No function word, numeral or measure word in the stem, unless the stem is one noun jieba knows and does
    not open with a function word (中和 of 中和桥, 百老汇 of 百老汇大厦)."""
    if all("\u4e00" <= ch <= "\u9fff" and ch not in _STOP for ch in stem):
        return True
    entry = word_info().get(stem)
    return (bool(entry) and entry[1].startswith("n") and stem[0] not in _FUNCTION_FIRST
            and all("\u4e00" <= ch <= "\u9fff" for ch in stem))


# ---------------------------------------------------------------- a city's railway station
_STATION_AFTER = re.compile(r"[，。、；：,.;:）)」”\n]|$|和|及|与|或|的|前|后|时|内|外|附近|一带|以[东西南北]|[东西南北]侧|下车|上车|停|开出|发出|至|到")
# the branch of a secret service or a party named by its city (军统天津站) is an ORG's office, no station building
_BRANCH_BEFORE = ("军统", "中统", "保密局", "特务", "情报", "联络", "交通", "地下")
_CITY_KINDS = ("county", "city", "prefecture", "district")


def _city_stations(text: str) -> list[Candidate]:
    out = []
    lexicon = place_lexicon()
    at = text.find("站", 2)
    while at != -1:
        if _STATION_AFTER.match(text, at + 1):
            for size in (3, 2):
                start = at - size
                if start < 0:
                    continue
                name = text[start:at]
                entry = lexicon.get(name)
                if entry is None or entry.kind not in _CITY_KINDS:
                    continue
                if any(text.endswith(word, 0, start) for word in _BRANCH_BEFORE):
                    break
                out.append(Candidate(start, at + 1, "FAC", SOURCE, PRIORITY))
                break
        at = text.find("站", at + 1)
    return out


# ---------------------------------------------------------------- lists of structures with their own heads
_ITEM_HEADS = ("营房", "炮台", "机场", "码头", "仓库", "车站", "门", "桥", "路", "街", "巷", "弄")
_HEAD_LASTS = frozenset(head[-1] for head in _ITEM_HEADS)
_LIST_FIRST_EDGE = _PUNCT | frozenset("在于至到向从由经过往入沿抵近攻占守夺克陷据驻除的")


def _structure_lists(text: str) -> list[Candidate]:
    if "、" not in text:
        return []
    out = []
    pos = text.find("、")
    seen = set()
    while pos != -1:
        # the item before the mark and the item after it: both structures, or neither is taken (太史桥、木桥溪:
        # a village named by a bridge beside another village; 夺取金门、马祖: islands)
        pair = (_last_item_before(text, pos), _first_item_after(text, pos))
        if None not in pair:
            for m in pair:
                if m not in seen:
                    seen.add(m)
                    out.append(Candidate(m[0], m[1], "FAC", SOURCE, PRIORITY))
        pos = text.find("、", pos + 1)
    return out


def _item_ok(text: str, start: int, head_start: int, end: int) -> bool:
    stem, item = text[start:head_start], text[start:end]
    street = text[head_start] in "路街巷弄"
    if street and any(ch in _STREET_STOP for ch in stem):
        return False
    if not street and not _clean_stem(stem) or set(stem) <= set("东西南北中上下前后左右大小"):
        return False
    if _plain(item) or any(place_lexicon().get(item[k:]) is not None for k in range(len(item) - 1)):
        return False     # 部门, 专门, 有关部门; 荆门, 澳门, 取|金门 (a place, no gate)
    if stem.endswith(("城", "这", "那")) or stem[-1] in "各诸每":
        return False     # 南京城门: the town's gates in general
    if text.startswith("炮台", head_start) and KIND_OF_FORT.search(stem):
        return False     # 山顶主炮台、山腰副炮台: where a battery stands or its rank, no name (s23zhfac)
    return True


def _last_item_before(text: str, mark: int) -> tuple[int, int] | None:
    """The item ending right before the list mark at `mark`: a stem of 2-3 characters and a head, with a list mark
    or an edge (punctuation, a preposition or verb of place) before it."""
    if text[mark - 1:mark] not in _HEAD_LASTS:
        return None
    for head in _ITEM_HEADS:
        if not text.endswith(head, 0, mark):
            continue
        head_start = mark - len(head)
        for size in (2, 3):
            start = head_start - size
            if start < 1:
                continue
            if text[start - 1] not in _LIST_FIRST_EDGE and text[start - 1] != "、":
                continue
            if _plain(text[start - 1:start + 1]):
                continue   # 攻|击石湾码头, 占|领X门: the edge character ends a word the item would cut
            if _item_ok(text, start, head_start, mark):
                return (start, mark)
        return None
    return None


_AFTER_ITEM = frozenset("、，。；;,.和及与等一外")


_HEAD_FIRSTS = frozenset(head[0] for head in _ITEM_HEADS)


def _first_item_after(text: str, mark: int) -> tuple[int, int] | None:
    """The item starting right after the list mark: a stem of 2-3 characters, a head, then a list mark, a
    clause mark, a list word or 等/一(线)."""
    begin = mark + 1
    for size in (2, 3):
        head_start = begin + size
        if text[head_start:head_start + 1] not in _HEAD_FIRSTS:
            continue   # no head can start here (most list marks join other things)
        for head in _ITEM_HEADS:
            end = head_start + len(head)
            if text.startswith(head, head_start) and end < len(text) and text[end] in _AFTER_ITEM:
                if _item_ok(text, begin, head_start, end):
                    return (begin, end)
    return None


# ---------------------------------------------------------------- modern or former name glossed after a structure
_GLOSS_RE = re.compile(f"[（(](?:今|原|即)([{_CJK}]{{2,8}}?(?:路桥|铁路|公路|大桥|大厦|大楼|车站|机场|码头|仓库|桥|路|街|门))(?=[，,、）)])")


_GLOSS_STOP = frozenset("的了是在已被为有这那其此")


def _glosses(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_GLOSS_RE, text):
        if any(ch in _GLOSS_STOP for ch in m.group(1)):
            continue     # the gloss opened a clause (今已改建的…), not a name
        out.append(Candidate(m.start(1), m.end(1), "FAC", SOURCE, PRIORITY))
    return out


# ---------------------------------------------------------------- buildings and barracks
_BUILDING_RE = re.compile(f"([{_CJK}]{{2,4}}?)大厦")
_SIDE_CAMP_RE = re.compile("[东西南北]大营")
_BARRACKS_RE = re.compile(f"([{_CJK}]{{2,3}}?)营房")


def _named_start(text: str, head_start: int, sizes: tuple[int, ...], edge: frozenset) -> int | None:
    for size in sizes:
        start = head_start - size
        if start < 0:
            continue
        stem = text[start:head_start]
        if not _clean_stem(stem):
            continue
        if start == 0 or text[start - 1] in edge:
            return start
    return None


def _buildings(text: str) -> list[Candidate]:
    out = []
    if "大厦" in text:
        at = text.find("大厦")
        while at != -1:
            start = _named_start(text, at, (2, 3, 4), _EDGE)
            if start is not None and (not _plain(text[start:at]) or place_lexicon().get(text[start:at]) is not None):
                out.append(Candidate(start, at + 2, "FAC", SOURCE, PRIORITY))
            at = text.find("大厦", at + 2)
    if "营" in text:
        for m in literal_finditer(_SIDE_CAMP_RE, text):
            before = text[m.start() - 1] if m.start() else "\n"
            if before in _EDGE or before in "击袭离着":
                out.append(Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY))
        at = text.find("营房")
        while at != -1:
            start = _named_start(text, at, (2, 3), _EDGE)
            if start is not None and not _plain(text[start:at]) and not _plain(text[start:at + 2]) \
                    and not _holds_verb(text[start:at]):
                out.append(Candidate(start, at + 2, "FAC", SOURCE, PRIORITY))
            at = text.find("营房", at + 2)
    return out


def _holds_verb(stem: str) -> bool:
    """A stem holding a verb word jieba knows (军|退守|营房, 驻扎营房): a clause before the barracks, no name
    (r21orgloc)."""
    words = word_info()
    return any((words.get(stem[k:k + 2]) or (0, ""))[1].startswith("v") for k in range(len(stem) - 1))


# ---------------------------------------------------------------- routes named by abbreviations, listed and counted
# 平汉、陇海两铁路, 津浦、胶济两路: route names of two abbreviation characters coordinated before one head, with the
# count of routes between (guideline notes: forts listed or counted before a head are one FAC, 镇南、定北两座炮台; routes
# coordinated before one head are one FAC, 平汉、正太、石德铁路). A named railway with 线 after it is one span (X铁路线).
_ROUTE_LIST_RE = re.compile(f"([{_CJK}]{{2}})((?:[、和与及][{_CJK}]{{2}}){{1,4}})[两三四五](?:条)?(铁路|公路|路|线)")
_ROUTE_LINE_RE = re.compile(f"([{_CJK}]{{2}})铁路线(?!路)")
# a bridge or road named for the friendship of two countries (中朝友谊大桥): the pair of country abbreviations is inside
_FRIENDSHIP_RE = re.compile("([中朝苏越蒙老缅俄])([中朝苏越蒙老缅俄])友谊(?:大桥|桥|路)")


_ROUTE_COUNTS = {"两": 2, "三": 3, "四": 4, "五": 5}


def _counted_routes(items: list[str], count: str) -> bool:
    """Routes whose ends are not all written by a province's or city's abbreviation (叙昆、滇缅两路, 京沪、沪杭、苏嘉三路;
    session 25, s25zhfac): the count names as many routes as the list holds, every item has an abbreviation of an
    end in it and one item is written with two."""
    from pipeline.rules.name_walk import ABBREVIATIONS
    return (_ROUTE_COUNTS.get(count) == len(items) and all(any(ch in ABBREVIATIONS for ch in it) for it in items)
            and any(all(ch in ABBREVIATIONS for ch in it) for it in items)
            and not any(ch in _STOP for it in items for ch in it))


def _routes(text: str) -> list[Candidate]:
    from pipeline.rules.name_walk import ABBREVIATIONS
    out = []
    if "路" in text or "线" in text:
        for m in literal_finditer(_ROUTE_LIST_RE, text):
            items = [m.group(1)] + re.split("[、和与及]", m.group(2))[1:]
            if all(len(it) == 2 and all(ch in ABBREVIATIONS for ch in it) for it in items) \
                    or _counted_routes(items, text[m.end(2)]):
                out.append(Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY))
        for m in literal_finditer(_ROUTE_LINE_RE, text):
            if all(ch in ABBREVIATIONS for ch in m.group(1)):
                out.append(Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY))
    if "友谊" in text:
        for m in literal_finditer(_FRIENDSHIP_RE, text):
            if m.group(1) != m.group(2):
                out.append(Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY))
    return out


# ---------------------------------------------------------------- buildings listed before 等建筑, aliases of a building
# `甲楼、乙堂、丙厅等建筑`: the items of a list closed by a word for buildings or sites are structures; the named ones (no
# ordinary word: 书房, 花园, 会客厅 stay out) are one FAC each. `又称“X府”、“Y府”`: a quoted alias ending in a building's
# head character is a FAC like the building it renames.
_BUILDING_LIST_END = re.compile("等(?:建筑物?|设施|遗址|古迹|旧址|炮台|工事)")
_BUILDING_CHARS = "府楼堂厅馆寺庙阁塔门桥亭台营园祠殿宫"
_ALIAS_RE = re.compile(f"(?:又称|亦称|俗称|别称|又名|也叫|人称|通称|统称为|史称)((?:“[{_CJK}]{{2,6}}”[、和]?){{1,4}})")


def _room_of_use(name: str) -> bool:
    """A room or building named by what is done in it (会客厅, 办公楼, 阅览室): a verb, then the head."""
    entry = word_info().get(name[:-1])
    return bool(entry) and entry[1].startswith("v")


def _listed_buildings(text: str) -> list[Candidate]:
    out = []
    for end_m in _BUILDING_LIST_END.finditer(text):
        pos = end_m.start()
        items = []
        while True:   # walk the 、-separated items leftwards from 等
            begin = pos
            while begin > 0 and "\u4e00" <= text[begin - 1] <= "\u9fff" and pos - begin < 7:
                begin -= 1
            if begin == pos:
                break
            items.append((begin, pos))
            if begin > 0 and text[begin - 1] == "、":
                pos = begin - 1
                continue
            break
        if len(items) < 3:
            continue
        first = items[-1]
        if first[0] > 0 and text[first[0] - 1] not in "：:，,。；有括含内和与及\n ":
            items = items[:-1]   # the first item's start is unknown (a verb may stand glued before it)
        for begin, stop in items:
            name = text[begin:stop]
            if 3 <= len(name) <= 6 and not any(ch in _FUNCTION_FIRST for ch in name) and not _plain(name, 1) \
                    and name[-1] in _BUILDING_CHARS and not _room_of_use(name):
                out.append(Candidate(begin, stop, "FAC", SOURCE, PRIORITY))
    return out


def _aliases(text: str) -> list[Candidate]:
    out = []
    for m in _ALIAS_RE.finditer(text):
        for q in re.finditer(f"“([{_CJK}]{{2,6}})”", m.group(1)):
            name = q.group(1)
            if name[-1] in _BUILDING_CHARS and not _plain(name) and len(name) >= 3:
                at = m.start(1) + q.start(1)
                out.append(Candidate(at, at + len(name), "FAC", SOURCE, PRIORITY))
    return out


# ---------------------------------------------------------------- a street's ends and neighbours
# `南起X路，北迄Y路`, `东起X巷，西至Y巷`, `东连X路，西通Y街`: a bearing, a verb of reaching, then a name ending in a street's
# head: the street or lane at that end is a FAC (the way gazetteers and town histories describe a street's course).
_STREET_END_RE = re.compile(f"[东南西北](?:起自|起|自|至|迄|止|到|抵|连|通|接)([{_CJK}]{{2,5}}?(?:路|街|巷|弄|大道))(?=[，,。；;、）)]|$|\n|口|一带|相接|交汇)")


_STREET_STOP = frozenset("的了在是为有被把将对这那其此该各每某等条座处个")


def _street_ends(text: str) -> list[Candidate]:
    out = []
    for m in _STREET_END_RE.finditer(text):
        name = m.group(1)
        stem = name[:-2] if name.endswith("大道") else name[:-1]
        if len(stem) < 2 or any(ch in _STREET_STOP for ch in stem) or _plain(name):
            continue     # 同心路, 万家巷, 三元巷: a street may be named by an ordinary word or a number
        out.append(Candidate(m.start(1), m.end(1), "FAC", SOURCE, PRIORITY))
    return out


# ---------------------------------------------------------------- a walled town's gates named by age and side
# `老西门`, `古北门`, `小东门`, `大南门`: a gate named by its side with an epithet of age or size is a FAC (the gate quarters
# of a walled town are FAC in the guideline notes, `东关`); not `城西门` (the town's west gate, no name) nor inside a word.
_OLD_GATE_RE = re.compile("(?<![城一两三四五六七八九十几各每个座道])[老古大小新][东西南北]门(?=[，,。；;、：:）)”\n外内城楼前后口一的是为又建在与和及遗旧位方处进出失被已]|$)")


def _old_gates(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "FAC", SOURCE, PRIORITY) for m in literal_finditer(_OLD_GATE_RE, text)]


def find_facility_frames(text: str) -> list[Candidate]:
    """FAC candidates of the frames above in `text` (working text, Simplified)."""
    out: list[Candidate] = []
    if "站" in text:
        out += _city_stations(text)
    out += _structure_lists(text)
    if "今" in text or "原" in text or "即" in text:
        out += _glosses(text)
    out += _buildings(text)
    out += _routes(text)
    if "门" in text:
        out += _old_gates(text)
    if "路" in text or "街" in text or "巷" in text or "弄" in text or "道" in text:
        out += _street_ends(text)
    if "等" in text:
        out += _listed_buildings(text)
    if "称" in text or "名" in text or "叫" in text:
        out += _aliases(text)
    return out
