"""Chinese text as it is written on third-party pages (issue 8, real-dev3-zh): more grammar classes.

`find_written3(text)` (working text, Simplified) proposes:

- MIL_UNIT: civil-war column abbreviations, a Chinese numeral with 纵 (二纵, 十纵, 东北野战军四纵, 华野一纵;
  not 七擒七纵, 纵深, 纵横); units named by their function (先遣支队, 教导旅, 警卫团, 特务营), alone or
  written after their parent army (新四军先遣支队, 抗联教导旅); not after a branch (宪兵教导团) nor before
  a subordinate designation (教导总队第三旅), which the unit rules take whole; task forces named by their direction of
  advance (东进兵团, 西进兵团); a formation named after a known commander (杜聿明集团: guideline 1); a garrison
  named by its place (拉孟守备队, X警备司令部); the reorganised divisions of 1946-1948 written short (整11师 = 整编第11师).
- PERSON: a name written right before a post in an infobox or a list (`国民革命军 邹文华 参谋长`,
  `张文清军长` after a space), and right after a post of the civil-war armies (司令员吴克华, 政治委员X).
- PERSON: two known names glued together (叶挺项英: a lost separator); a name before a designation after a copula
  or a verb of fighting (分别是X第70军, 围歼X第12兵团) in an enumeration (分别是X第70军).
- GPE: a village written once with 村 after a word of place (要地X村) is a settlement everywhere in the text.
- EVENT: a known place with 抗战 (绥远抗战, 长城抗战): one named war episode (guideline 10).
- FAC: a hill or known place with 阵地 (X山阵地: real-dev 南林坡阵地). MIL_UNIT: a column named by its region
  (太岳纵队). GPE: villages named with an ordinal and a landform (三道崴子, 二道沟), not a count.
- LOC: a county named after its river read as the river once (渡过修水) is the river everywhere in the
  text; a river before 防线 is the river (新墙河防线 → 新墙河, the line word outside; 邙山头防线 stays FAC).
- LOC: a corridor named by a known region (辽东走廊); the parts of Manchuria (南满, 东满); GPE: a temple town followed by its modern name (X庙（今Y）).
- GPE: a county town after a word of taking (进占X县城); unknown members of a 、-list of settlements whose
  other members are mostly known places
  (昌黎、北戴河、沙后所、绥中 → 沙后所); a name before 地区 after a word of place (在茂林地区).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word, surnames, word_info
from pipeline.rules.scan import anchored_finditer, list_finditer
from pipeline.spans import Candidate
from pipeline.rules.unit_precision_guards_zh import bare_function_named
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_CN_NUM = "一二三四五六七八九十"

# --------------------------------------------------------------------------- MIL_UNIT

# 二纵 / 十二纵 / 东北野战军四纵; 纵 after a numeral is the column's short form, except in 七擒七纵
# and in words (纵深, 纵横, 纵然, 纵火, 纵容, 纵队 is matched by the unit rules already)
# and the brigades, regiments and battalions chained after it (三纵八旅二十二团: one span, rule 3)
_COLUMN_RE = re.compile(
    f"((?:东北|华东|华北|中原|西北)野战军|华野|中野|东野|西野)?(?<![{_CN_NUM}擒第])([{_CN_NUM}]{{1,3}})纵"
    f"((?:[{_CN_NUM}]{{1,3}}(?:师|旅|团|营)(?![长部])){{0,3}})"
    f"(?![深横然火容使队览贯{_CN_NUM}])")
_COLUMN_CHAIN_RE = re.compile(f"([{_CN_NUM}]{{1,3}})(师|旅|团|营)")
_COLUMN_ANCHOR = re.compile("纵")

# 整11师 / 整编74师: the reorganised divisions and brigades of 1946-1948 (整 = 整编)
_REORGANISED_RE = re.compile(f"(?<![调完休平修工规齐严统归重])整([0-9]{{1,3}}|[{_CN_NUM}]{{1,4}})(师|旅)")
_REORGANISED_ANCHOR = re.compile("整")

# units named by their function; the parent army written before it belongs to the span (rule 3)
_FUNCTION = "先遣|教导|警卫|特务|补充|侦察|突击|独立"
_FUNCTION_ECHELON = "支队|纵队|总队|大队|旅|团|营"
_FUNCTION_RE = re.compile(
    f"(新四军|八路军|抗联|东北抗联|红军|第[0-9{_CN_NUM}]{{1,4}}(?:军|师|旅|团|支队))?"
    f"(?<![0-9０-９{_CN_NUM}])(?:{_FUNCTION})(?:{_FUNCTION_ECHELON})(?![长部司政第{_CN_NUM}0-9])")
# (a numeral before the function word makes it a numbered unit's qualifier: 第五|突击大队 is the designation's)
_FUNCTION_ANCHOR = re.compile("[先教警特补侦突独]")

# 东进兵团 / 西进兵团 / 南下兵团: a task force named by its direction of advance
_DIRECTION_FORCE_RE = re.compile("[东西南北][进下上][兵军]团")
_DIRECTION_FORCE_ANCHOR = re.compile("团(?<=[兵军]团)")   # its last character (re finds 团 by itself)

# 刘邓大军, 陈粟大军: a force named by the surnames of its two commanders (the pair no word: 百万大军)
_COMMANDER_PAIR_FORCE_RE = re.compile(f"([{_CJK}])([{_CJK}])大军")
_COMMANDER_PAIR_FORCE_ANCHOR = re.compile("大军")

# --------------------------------------------------------------------------- PERSON

_POSTS_AFTER = ("副军长|军长|副师长|师长|旅长|团长|副参谋长|参谋长|司令长官|副总司令|总司令|副司令员|司令员"
                "|政治部主任|副政委|政委|政治委员|主任")
# a name between a space (or line start, or a name list's 、) and a post: `邹文华 参谋长`, ` 张文清军长`
_NAME_POST_RE = re.compile(f"[ \u3000\t\n、]([{_CJK}]{{2,3}}) ?(?:{_POSTS_AFTER})")
_NAME_POST_ANCHOR = re.compile("[ \u3000\t\n、]")
# a post of the civil-war armies right before a name: 司令员吴克华, 政治委员莫文骅
_POST_NAME_RE = re.compile(f"(?:司令员|政治委员|政委)([{_CJK}]{{2,3}}?)(?=[,，、。；;(（ ]|指挥|率)")
_POST_NAME_ANCHOR = re.compile("[司政]")

# --------------------------------------------------------------------------- EVENT / GPE

_WAR_EPISODE_RE = re.compile(f"([{_CJK}]{{2,3}}?)抗战")
_WAR_EPISODE_ANCHOR = re.compile("抗")

# a 、-list of 2–4 character items: anchored on 、
_LIST_RE = re.compile(f"(?:[{_CJK}]{{2,4}}、){{2,12}}[{_CJK}]{{2,4}}")
_LIST_ITEM_CHAR = re.compile(f"[{_CJK}]")   # a first item is 2-4 of them before its 、 (scan.list_finditer)
_LIST_TAIL_WORDS = ("等", "一带", "之间", "地区", "各")
# 在/于/由/从/向 + name + 地区
_AREA_RE = re.compile(f"(?<=[在于由从向至到经县])([{_CJK}]{{2}})地区")
_AREA_ANCHOR = re.compile("地")


# a settlement paired with a known one: 镇江到X之间, 锦州与X间, 镇江至X一带; X位于镇江
_PAIR_RE = re.compile(f"([{_CJK}]{{2,3}})(?:到|至|与|和)([{_CJK}]{{2,3}}?)(?:之间|一带|间|一线)")
_PAIR_ANCHOR = re.compile("[间带线]")    # of the closing word (之间, 一带, 一线), at most 8 after the start
_LIES_AT_RE = re.compile(f"(?<=[。，,；;\n 　])([{_CJK}]{{2,3}})位于([{_CJK}]{{2,3}})")
_LIES_AT_ANCHOR = re.compile("位")
# a named engagement after a verb of fighting: 取得X保卫战的胜利, 指挥X阻击战
_ENGAGEMENT_RE = re.compile(
    f"(?:取得|指挥|发起|进行|参加|打响|爆发)([{_CJK}]{{2,5}}?)(?:保卫战|阻击战|攻坚战|歼灭战|突围战)")
_ENGAGEMENT_HEAD_RE = re.compile("保卫战|阻击战|攻坚战|歼灭战|突围战")


# a county named after its river (修水, 涟水) read as the river in one place of the text
# (渡过修水, 修水两岸: local_places._river_context) is the river everywhere in it
_RIVER_COUNTY_RE = re.compile(f"[{_CJK}]{{1,2}}[江河水]")
_RIVER_COUNTY_ANCHOR = re.compile("[江河水]")
# a line named by its river: 新墙河防线 → LOC 新墙河 (the line word outside); 邙山头防线 stays one FAC
_RIVER_LINE_RE = re.compile(f"([{_CJK}]{{2,4}})防线")
_RIVER_LINE_ANCHOR = re.compile("防")


# the four parts of Manchuria (南满, 北满, 东满, 西满) as regions
_MANCHURIA_RE = re.compile("(?<![充装填布圆美])[东南西北]满(?=[、，,。；;的地各一及和与])")
_MANCHURIA_ANCHOR = re.compile("满")
# a temple town followed by its modern name: 嘉卜寺（今化德） is a settlement (guideline 7), not a temple
_TEMPLE_TOWN_RE = re.compile(f"(?<=[驻复占抵到至在于从由向经克守])([{_CJK}]{{2,5}}?[庙寺])(?=[(（]今)")
_TEMPLE_TOWN_ANCHOR = re.compile("[庙寺]")


# a name before a designation in an enumeration after a copula: 分别是X第70军 (written_zh takes it after
# punctuation or 率)
_COPULA_NAME_UNIT_RE = re.compile(
    f"[是为即歼围击败攻向与和]((?![是为即歼围击败攻向与和])[{_CJK}]{{2,3}}?)(?=之?第[0-9{_CN_NUM}百]{{1,5}}(?:集团军|军团|兵团|军|师)(?![长部]))")
_COPULA_NAME_UNIT_ANCHOR = re.compile("[是为即歼围击败攻向与和]")
# a formation named after its commander: 杜聿明集团, 卫立煌集团, X兵团 (guideline 1: one MIL_UNIT)
_COMMANDER_FORCE_RE = re.compile("(集团|兵团|军团)(?!军|长|司|部)")
# a garrison named by its place: 拉孟守备队, 上海警备司令部 (rule 15: the HQ belongs to it)
_GARRISON_RE = re.compile(f"([{_CJK}]{{2,4}}?)(守备队|警备队|守备司令部|警备司令部|守备区)")
_GARRISON_ANCHOR = re.compile("[守警]")
# a village written once with 村 after a word of place (要地X村, 在X村) is a settlement everywhere in the text
_VILLAGE_RE = re.compile(f"(?<=[地在到至于守占克攻向经])([{_CJK}]{{2}})村(?=[。，,、；;的])")
_VILLAGE_ANCHOR = re.compile("村")


# a corridor named by its region: 辽西走廊, 河西走廊 (LOC, the region inside)
_CORRIDOR_RE = re.compile(f"([{_CJK}]{{2,3}})走廊")
_CORRIDOR_ANCHOR = re.compile("走")


# a county town after a word of taking or going: 进占X县城 (the county's name is unknown to the gazetteer:
# abolished or renamed counties); the whole X县城 is the GPE (guideline 6, real-dev2 灵丘县城)
_COUNTY_TOWN_RE = re.compile(f"(?<=[占克攻陷入进到至在于抵取围守])([{_CJK}]{{2}})县城")
_COUNTY_TOWN_ANCHOR = re.compile("县")


# a named position: a hill or known place with 阵地 (凤凰山阵地) is one FAC (real-dev 南林坡阵地)
_POSITION_HEAD_RE = re.compile("阵地")
_POSITION_STOP = set("的在守退和与向于对等了是从由到至其该各我敌前后主副核心既设预第一二三四五六七八九十外内占攻克夺地向线道")
# a column named by its region (太岳纵队, 冀中纵队): a MIL_UNIT (dev 华南纵队)
_REGION_COLUMN_RE = re.compile(f"([{_CJK}]{{2,3}})纵(?:队|(?=一部|主力|部队|[的和与及、，。,；]))")   # 渤海纵一部: the short form (s18 r2)
_REGION_COLUMN_ANCHOR = re.compile("纵")
_COUNT_MARKS = set("个個支")    # 2个X纵队: a count of columns (the count finder's)
_REGION_COLUMN_TAIL_RE = re.compile("纵(?:队|(?=一部|主力|部队|[的和与及、，。,；]))")
# villages named with an ordinal and a landform (三道崴子, 二道沟, 头道河子): GPE, not a count
# no numeral before the ordinal: 三十六道沟，七十二道梁 counts gullies (auditzh28), 十八道沟 is no 八道沟
_ORDINAL_VILLAGE_RE = re.compile(
    "(?<![0-9〇零一二三四五六七八九十百千两几])[头一二三四五六七八九十]道(?:崴子|河子|沟|岗|湾|梁子|江|甸子|沟门)")
_ORDINAL_VILLAGE_ANCHOR = re.compile("道")


@lru_cache(maxsize=1)
def _places():
    return place_lexicon()


def named_after_known_place(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int, places):
    """(start, end) of each match of `pattern` (scan.anchored_finditer) whose group 1 ends with a known
    place: the span starts at the longest such place (the words before it are no part of the name:
    沿着|黄河 + 走廊) and runs to the match's end."""
    for m in anchored_finditer(pattern, text, anchor, reach):
        name = m.group(1)
        k = next((k for k in range(len(name) - 1) if name[k:] in places), None)
        if k is not None:
            yield m.start(1) + k, m.end()


_NOT_PLACE_START = "东西南北中前后左右该此本敌我各全两这那其是有在"   # 是一座位于 (zh12)
_NOT_IN_PLACE = "的了是在和与个该本全此各其这那入进占克攻陷到至于抵取围守等及"


def _unknown_name(name: str) -> bool:
    return name not in _places() and not is_common_word(name) and name[0] not in _NOT_PLACE_START


@lru_cache(maxsize=1)
def _person_names() -> frozenset:
    from pipeline.rules.names_common import person_forms

    return frozenset(person_forms())


def _function_word(word: str) -> bool:
    """A preposition, conjunction or adverb of jieba's dictionary (关于, 并且, 已经)."""
    info = word_info().get(word)
    return info is not None and info[0] >= 100 and info[1].startswith(("p", "c", "d"))


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


def _units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_COLUMN_RE, text, _COLUMN_ANCHOR, 12):
        numbers, echelon = [parse_number(m.group(2))], "纵队"
        for chained in _COLUMN_CHAIN_RE.finditer(m.group(3)):
            numbers.append(parse_number(chained.group(1)))
            echelon = chained.group(2)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-column-short", 60,
                             norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": ""}}))
    for m in anchored_finditer(_REORGANISED_RE, text, _REORGANISED_ANCHOR, 0):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-reorganised", 61,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": "整编"}}))
    for m in anchored_finditer(_GARRISON_RE, text, _GARRISON_ANCHOR, 4):
        name = m.group(1)
        k = next((k for k in range(len(name) - 1) if name[k:] in _places()), None)
        if k is not None:
            # no echelon word of the controlled vocabulary (echelons.tsv) names a garrison: echelon ""
            out.append(Candidate(m.start(1) + k, m.end(), "MIL_UNIT", "rule:unit-garrison", 61))
    for m in anchored_finditer(_FUNCTION_RE, text, _FUNCTION_ANCHOR, 8):
        # 独立 alone is a qualifier of numbered units (独立第二旅): only with a parent
        if text[m.end(1) if m.group(1) else m.start(): m.end()].startswith("独立") and not m.group(1):
            continue
        # a branch written before it names the unit (宪兵教导团): the unit rules take the whole name
        if not m.group(1) and m.start() > 0 and text[m.start() - 1] in "兵官校":
            continue
        echelon = next(e for e in _FUNCTION_ECHELON.split("|") if m.group().endswith(e))
        if not m.group(1) and not bare_function_named(text, m.start(), m.end(), echelon):
            continue    # 教导大队, 总部特务营: a function without parent or name is generic (guideline 5)
        hint = {"echelon": echelon, "prefix": ""}
        if m.group(1) is None or not m.group(1).startswith("第"):
            hint["numbers"] = []
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-function", 62, norm={"unit_hint": hint}))
    for m in anchored_finditer(_DIRECTION_FORCE_RE, text, _DIRECTION_FORCE_ANCHOR, 3):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-direction-force", 60))
    single, _ = surnames()
    for m in anchored_finditer(_COMMANDER_PAIR_FORCE_RE, text, _COMMANDER_PAIR_FORCE_ANCHOR, 2):
        pair = m.group(1) + m.group(2)
        if m.group(1) in single and m.group(2) in single and m.group(1) != m.group(2) \
                and pair not in word_info() and not any(ch in _CN_NUM + "万百千" for ch in pair):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-commander-pair", 60,
                                 norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    return out


def _persons(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_NAME_POST_RE, text, _NAME_POST_ANCHOR, 0):
        name = m.group(1)
        if _has_surname(name) and not is_common_word(name) and name not in _places() \
                and name[-1] not in "副正代总" and not _function_word(name[:2]):   # 关于副参谋长: no name
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-before-post", 31))
    from pipeline.rules.names_common import person_lexicon_matches
    from pipeline.rules.written_zh_persons import _first_is_surname, _plain_name

    # two known names glued together where a page lost the separator (wiki link text: 叶挺项英任…)
    prev = None
    for m in person_lexicon_matches(text):
        if prev is not None and prev.end() == m.start():
            out.append(Candidate(prev.start(), prev.end(), "PERSON", "rule:person-glued-pair", 36))
            out.append(Candidate(m.start(), m.end(), "PERSON", "rule:person-glued-pair", 36))
        prev = m

    for m in anchored_finditer(_COPULA_NAME_UNIT_RE, text, _COPULA_NAME_UNIT_ANCHOR, 0):
        name = m.group(1)
        if _first_is_surname(name) and _plain_name(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-copula-unit", 21))
    for m in literal_finditer(_COMMANDER_FORCE_RE, text):
        for size in (3, 2, 4):
            start = m.start() - size
            if start >= 0 and text[start:m.start()] in _person_names():
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-commander-force", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": m.group(1), "prefix": ""}}))
                break
    for m in anchored_finditer(_POST_NAME_RE, text, _POST_NAME_ANCHOR, 0):
        name = m.group(1)
        if len(name) >= 2 and _has_surname(name) and not is_common_word(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-post", 31))
    return out


def _events(text: str) -> list[Candidate]:
    out = []
    places = _places()
    for m in anchored_finditer(_WAR_EPISODE_RE, text, _WAR_EPISODE_ANCHOR, 3):
        name = m.group(1)
        for k in range(len(name) - 1):
            entry = places.get(name[k:])
            if entry is not None:
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-place-war", 46))
                break
    for head in literal_finditer(_ENGAGEMENT_HEAD_RE, text):      # the head words are rare: look back from them
        m = _ENGAGEMENT_RE.search(text, max(0, head.start() - 7), head.end())
        # 进行的一次歼灭战, 发起一场突围战: a particle or a count of battles, no name (zh11)
        if m and m.end() == head.end() and not is_common_word(m.group(1)) \
                and not any(ch in "的次场" for ch in m.group(1)) and m.group(1)[0] not in "一这那此该":
            skip = 1 if m.group(1)[0] in "了过着" else 0     # 参加了|四平保卫战: the aspect particle is outside
            out.append(Candidate(m.start(1) + skip, m.end(), "EVENT", "rule:event-engagement", 46))
    return out


def _gpe(text: str) -> list[Candidate]:
    out = []
    places = _places()
    for m in list_finditer(_LIST_RE, text, "、", _LIST_ITEM_CHAR, 2, 4):
        items, pos, end = [], m.start(), m.end()
        if text[end - 1:end + 1] in ("一带", "一线", "等地", "之线") and len(m.group().rsplit("、", 1)[1]) > 2:
            end -= 1            # 小丹阳一线: the greedy last item took the 一 of 一线
        for part in text[m.start():end].split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        # the first item may carry the verb before it (攻占了昌黎): count it only when known
        first_pos, first = items[0]
        known = [any(part[k:] in places and places[part[k:]].label == "GPE" for k in range(len(part) - 1))
                 for _, part in items]
        tail = text[end:end + 2]
        line_tail = tail in ("一带", "一线", "等地", "之线")   # 溧阳、溧水、X一线: a line of settlements
        if not (sum(known) >= 2 and len(items) >= 3 and sum(known) * 2 >= len(items) and (tail.startswith(_LIST_TAIL_WORDS) or tail[:1] in "，,。;；")
                or line_tail and sum(known) >= 2):
            continue
        for (start, part), is_known in zip(items[1:], known[1:]):
            if is_common_word(part, 300) or not 2 <= len(part) <= 3 or any(ch in _NOT_IN_PLACE for ch in part):
                continue
            if not is_known:
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list-member", 29))
            elif part not in places and part[0] in "小大新老" and part[1:] in places:
                # 小丹阳 beside 丹阳: a village named after a town, one name (its own settlement)
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list-member", 31))
    found = set()
    for m in anchored_finditer(_PAIR_RE, text, _PAIR_ANCHOR, 8):
        known, name = m.group(1), m.group(2)
        if (_is_gpe(known) or _is_gpe(known[1:])) and _unknown_name(name):
            found.add(name)
    for m in anchored_finditer(_LIES_AT_RE, text, _LIES_AT_ANCHOR, 3):
        name, known = m.group(1), m.group(2)
        if any(ch in "在于的了是就都也又" for ch in name):
            continue                               # 下榻在位于东京…: a verb and its preposition, no place
        if (_is_gpe(known) or _is_gpe(known[:2])) and _unknown_name(name):
            found.add(name)
    for m in anchored_finditer(_VILLAGE_RE, text, _VILLAGE_ANCHOR, 2):
        name = m.group(1)
        info = word_info().get(name)
        plain = info is None or info[1].startswith("ns") or not is_common_word(name)
        if plain and name[0] not in _NOT_PLACE_START and not any(ch in "的了是在和与" for ch in name) and (
                name not in _places() or _places()[name].label == "LOC") \
                and not is_common_word(text[m.start(1) - 1:m.start(1) + 1], 300) and name[0] not in "据至到进往入":
            # 占据张村, 攻至郭村: 据 / 至 end the verb before the village
            out.append(Candidate(m.start(1), m.end(1) + 1, "GPE", "rule:place-village", 31))
            found.add(name)
    # a name found as a settlement is one everywhere in the text
    for name in found:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] != "村":
                out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-paired", 31))
    for m in anchored_finditer(_TEMPLE_TOWN_RE, text, _TEMPLE_TOWN_ANCHOR, 5):
        # the name starts after the last word of place inside the match (由日军驻X寺 → X寺)
        cut = max((i + 1 for i, ch in enumerate(m.group(1)[:-1]) if ch in "驻复占抵到至在于从由向经克守军的"), default=0)
        if m.end(1) - (m.start(1) + cut) >= 3:
            out.append(Candidate(m.start(1) + cut, m.end(1), "GPE", "rule:place-temple-town", 47))

    for m in anchored_finditer(_COUNTY_TOWN_RE, text, _COUNTY_TOWN_ANCHOR, 2):
        name = m.group(1)
        # 攻破户县城: a one-character county (户县) before 县城 is the name, the verb's 破 no part of it
        if not is_common_word(name, 300) and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE for ch in name) \
                and not _is_gpe(name[1] + "县"):
            out.append(Candidate(m.start(1), m.end(), "GPE", "rule:place-county-town", 31))
    for start, end in named_after_known_place(_CORRIDOR_RE, text, _CORRIDOR_ANCHOR, 3, places):
        out.append(Candidate(start, end, "LOC", "rule:place-corridor", 31))
    for m in anchored_finditer(_MANCHURIA_RE, text, _MANCHURIA_ANCHOR, 1):
        out.append(Candidate(m.start(), m.end(), "LOC", "rule:place-manchuria-part", 30))
    for m in anchored_finditer(_AREA_RE, text, _AREA_ANCHOR, 2):
        name = m.group(1)
        if not is_common_word(name) and name[0] not in "东西南北中上下前后左右该此本敌我各全" :
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-before-area", 29))
    return out


def _positions_and_columns(text: str) -> list[Candidate]:
    out = []
    places = _places()
    for head in _POSITION_HEAD_RE.finditer(text):
        for size in (3, 2, 4):
            start = head.start() - size
            stem = text[max(0, start):head.start()]
            if start < 0 or any(ch in _POSITION_STOP for ch in stem) or not re.fullmatch(f"[{_CJK}]+", stem):
                continue
            if stem[-1] in "山岭坡台岗峰垭坳岩崖寨" or stem in places:
                out.append(Candidate(start, head.end(), "FAC", "rule:fac-position", 46))
                break
    for start, end in named_after_known_place(_REGION_COLUMN_RE, text, _REGION_COLUMN_ANCHOR, 3, places):
        out.append(Candidate(start, end, "MIL_UNIT", "rule:unit-region-column", 60,
                             norm={"unit_hint": {"numbers": [], "echelon": "纵队", "prefix": ""}}))
    if "纵" in text:     # 鲁中南纵队, 冀鲁豫纵一部: a region of province abbreviations and direction tails (s18 r2)
        from pipeline.rules.unit_forms_zh import _region_start
        for m in _REGION_COLUMN_TAIL_RE.finditer(text):
            start = _region_start(text, m.start())
            if start is not None and 2 <= m.start() - start <= 4 and text[start - 1:start] not in _COUNT_MARKS:
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-column", 60,
                                     norm={"unit_hint": {"numbers": [], "echelon": "纵队", "prefix": ""}}))
    for m in anchored_finditer(_ORDINAL_VILLAGE_RE, text, _ORDINAL_VILLAGE_ANCHOR, 1):
        out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-ordinal-village", 41))
    return out


def _rivers(text: str) -> list[Candidate]:
    from pipeline.rules.local_places import _river_context

    out = []
    places = _places()
    rivers = set()
    for m in anchored_finditer(_RIVER_COUNTY_RE, text, _RIVER_COUNTY_ANCHOR, 2):
        for start in (m.start(), m.end() - 2):       # 修水 in 渡过修水 / 过修水
            name = text[start:m.end()]
            entry = places.get(name)
            if len(name) >= 2 and entry is not None and entry.label == "GPE" and _river_context(text, start, m.end()):
                rivers.add(name)
    for name in rivers:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] not in ("县", "城", "市", "镇") and not any(
                    getattr(places.get(text[m.start() - k:m.end()]), "label", "") == "LOC" for k in (1, 2) if m.start() >= k):
                end = m.end() + 1 if name[-1] == "水" and text[m.end():m.end() + 1] == "河" else m.end()   # 赤水河 (auditzh9)
                out.append(Candidate(m.start(), end, "LOC", "rule:river-county", 31))   # not 大|同江 (大同江)
    for m in anchored_finditer(_RIVER_LINE_RE, text, _RIVER_LINE_ANCHOR, 4):
        stem = m.group(1)
        for k in range(len(stem) - 1):
            name = stem[k:]
            entry = places.get(name)
            if name in rivers or (entry is not None and entry.label == "LOC" and entry.kind == "river"):
                out.append(Candidate(m.start(1) + k, m.end(1), "LOC", "rule:river-line", 46))
                break
    return out


def find_written3(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    if not re.search(f"[{_CJK}]", text):
        return []
    return _units(text) + _persons(text) + _events(text) + _gpe(text) + _rivers(text) + _positions_and_columns(text)
