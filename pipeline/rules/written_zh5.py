"""Chinese text as written on third-party pages (session 5, real-dev5-zh): more grammar classes.

`find_written5(text)` (working text, Simplified) proposes:

- MIL_UNIT: task forces named by their place in the line (东集团, 中集团, 左集团, 中央突击集团: the
  渡江战役 and civil-war groups) after a word boundary (not 胡宗南集团), with the army name before them (中国人民解放军中集团, rule 2) and the
  designation of a member after them (东集团第10兵团, rule 3); not 利益集团, 蒋介石集团, 两个集团, 集团军.
- EVENT: wars named by two factions or provinces of the warlord era (直奉战争, 第二次直奉战争, 直皖战争,
  蒋桂战争, 粤桂战争): two different one-character faction names (直 奉 皖 粤 桂 滇 黔 川 湘 晋 蒋 冯 阎 唐)
  before 战争/大战 (中原大战 is in events.tsv).
- GPE: the places listed after a verb of taking (夺占X、Y、Z等要点, 连克X、Y等地, 占领了X、Y的…): each
  member of the list, and a name glossed with its modern name (叙州（今宜宾）, guideline 7); a name found
  so is a settlement everywhere in the text.
- PERSON: names in a list of province + name (江苏X、浙江Y、湖北Z: governors of the warlord era); a name
  after a faction word (皖系卢永祥, 直系军阀X); a name appointed to a post at the start of a clause
  (，X为第一军总司令, X为副司令).
- ORG: a fortress command (X要塞司令部: a headquarters body without an echelon word, as dev 桂林防守司令部).
- LOC: a parallel of latitude (38度线, 北纬38度线, 17度线).

Every pattern has bounded repetitions and starts with, or is anchored on, a rare literal
(scan.anchored_finditer), so text without these words costs one C-level scan per pattern.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百"

# --------------------------------------------------------------------------- MIL_UNIT

# 东集团 / 中突击集团 / 中央集团 / 左集团, after an army name or not, with a member's designation after it
_TASK_FORCE_RE = re.compile(
    f"((?:中国)?人民解放军|解放军)?"
    f"(?:(?<![{_CJK}])|(?<=[的是照由令将与和及以为在向即归属编军]))((?:中央|[东西南北中左右])(?:路|翼|突击)?集团)(?![军长司])"
    f"((?:第)?[{_NUM}]{{1,4}}(?:兵团|军))?")
_TASK_FORCE_ANCHOR = re.compile("集团")
# a named force of the PRC before a designation is one span (rule 2): 志愿军第9兵团, 中国人民解放军第三野战军
# and the lower echelons chained after it (志愿军第38军113师第338团)
_NAMED_FORCE_UNIT_RE = re.compile(f"(?:(?:中国)?人民)?(?:志愿军|解放军)(第[{_NUM}]{{1,4}}(?:野战军|兵团|军|师))"
                                  f"((?:第?[{_NUM}]{{1,4}}(?:师|旅|团|营)(?![长部])){{0,3}})")
_CHAINED_UNIT_RE = re.compile(f"第?([{_NUM}]{{1,4}})(师|旅|团|营)")
_NAMED_FORCE_UNIT_ANCHOR = re.compile("军第")
# armies of the warlord era named by their purpose, a verb and its object: 讨逆军, 讨贼军, 靖国军, 护法军, 建国军,
# 镇威军, 定国军, 征滇军 (护国军 is in named_units.tsv); never a service (重建海军陆战队, 建空军: auditzh15), not after a
# verb ending in 建 (组建|粤军, 重建|桂军: auditzh14)
_PURPOSE_ARMY_RE = re.compile(
    f"(?<![支增声后外前求认确决规约指否稳安制鉴判锁限选特掩保维拥救守庇爱看监防养辩组筹重创改扩兴])(?:讨|靖|护|建|镇|定|征)(?![立送调守成设造入出来去回到了的和与及在为是有用将把被向从给让派卫军日美英德苏法俄敌我友伪海空陆])"
    f"[{_CJK}]军(?![事官需费械纪阀医舰港旗装籍属衔政训令情心营用粮力队人民区长])")
_COUNT_BEFORE_ZHEN = set("一二两三四五六七八九十数几每0123456789")
_PURPOSE_ARMY_ANCHORS = tuple(re.compile(ch) for ch in "讨靖护建镇定征")   # literals: scanned in C

# a route army named by its direction, without a number (北路军, 西路军): echelon 军 as the conventions of
# tests/heldout/real/README.md write it (第一路军 keeps 路军)
_DIRECTION_ROUTE_ARMY_RE = re.compile(f"(?<![第{_NUM}])(?:[东西南北中左右]|中央)路军(?![长官部需第{_NUM}])")   # 西路军第170师: one span (rule 3)
_DIRECTION_ROUTE_ARMY_ANCHOR = re.compile("路军")

# --------------------------------------------------------------------------- EVENT

# the factions and provinces that named the wars of 1916-1930 (one character each), and the warlords' surnames
# (蒋冯, 蒋唐; 齐卢战争 of 1924: 齐燮元 against 卢永祥, auditzh21)
_FACTIONS = "直奉皖粤桂滇黔川湘晋蒋冯阎唐齐卢"
_FACTION_WAR_RE = re.compile(f"(第[一二三四五六七八九十]次)?([{_FACTIONS}])([{_FACTIONS}])(?:战争|大战)")
_FACTION_WAR_ANCHORS = (re.compile("战争"), re.compile("大战"))    # a match holds one of them

# --------------------------------------------------------------------------- GPE

_TAKE_VERBS = "夺占|夺取|连克|攻克|攻占|占领|收复|克复|进占|攻陷|占据|光复|连下|克服"
# the list: 2-4 character items joined by 、 (or a comma when the list ends with 等…)
_TAKEN_LIST_RE = re.compile(
    f"(?:{_TAKE_VERBS})了?((?:[{_CJK}]{{2,4}}[、,，]){{1,8}}[{_CJK}]{{2,4}}?)"
    f"(?=等(?:地|处|城|县|镇|要点|要地|据点|阵地)|的|[,，。；;]|$)")
_TAKEN_LIST_ANCHOR = re.compile(f"(?:{_TAKE_VERBS})")
# a name glossed with its modern name: 叙州（今宜宾）, 叙州(今宜宾市)
_GLOSS_RE = re.compile(f"([{_CJK}]{{2,3}})[(（]今([{_CJK}]{{2,4}}?)[市县区]?[)）]")
_GLOSS_ANCHOR = re.compile("今")
# two-character verbs whose last character may sit inside the 3-character window before a gloss
_GLOSS_VERBS = frozenset("前往 开往 驶往 移往 进驻 移驻 留驻 进抵 直抵 进逼 攻克 进占 攻占 侵占 退守 进入 攻入 到达 抵达".split())
# the two ends of a stretch of coast or front: 东起X，西至Y / X至Y342公里 / X以西至Y303公里 / X至西面的Y188公里
_ENDS_RE = re.compile(
    f"[东西南北]起([{_CJK}]{{2,4}}?)[,，]?[东西南北]至([{_CJK}]{{2,4}}?)(?=[,，。；;、]|一线|一带|之间)")
_ENDS_ANCHOR = re.compile("起")
_STRETCH_RE = re.compile(
    f"(?<=[的在由从自为任是])([{_CJK}]{{2,4}}?)(?:以?[东西南北]{{1,2}})?至(?:[东西南北]面的)?([{_CJK}]{{2,4}}?)"
    f"[0-9]{{1,5}}(?:公里|千米|华里|里)")
_STRETCH_ANCHOR = re.compile(f"至(?:[东西南北]面的)?[{_CJK}]{{2,4}}?[0-9]{{1,5}}(?:公里|千米|华里|里)")
_LANDFORM_END = set("湾角岛山岭河江湖峡口滩")
# a settlement named by its bearing from a known place: 海南岛西北X地区, 南昌以西X地区 (zh3 takes X地区 after 在/至 …)
_BEARING_AREA_ANCHOR = re.compile("地区")
# a harbour town in a 、-list of settlements (青阳、荻港、X地区): GPE, though 港 alone reads as a landform
_HARBOUR_ITEM_RE = re.compile(f"(?<=[、])([{_CJK}]{{1,3}}港)(?=[、等地一])|([{_CJK}]{{1,3}}港)(?=、)")
_HARBOUR_ANCHOR = re.compile("港")
_BEARING_BEFORE_RE = re.compile(f"([{_CJK}]{{2,4}})(?:以)?(?:东北|东南|西北|西南|[东西南北])$")
# a county of Korea or Japan after its province (咸镜南道长津郡), and the lake or river named after it (长津湖)
_COUNTY_RE = re.compile(f"([{_CJK}]{{2,4}}?[道县])([{_CJK}]{{2}})郡")
_COUNTY_ANCHOR = re.compile("郡")

_NOT_IN_PLACE = set("的了是在和与个该本全此各其这那入进占克攻陷到达至于抵取围守等及我敌军部师团旅营")
_NOT_PLACE_START = set("东西南北中前后左右该此本敌我各全两这那其一")

# --------------------------------------------------------------------------- PERSON

# a list of province + name items: 江苏齐燮元、浙江孙传芳、湖北萧耀南
_PROVINCE_LIST_RE = re.compile(f"(?:[{_CJK}]{{4,6}}、){{2,8}}[{_CJK}]{{4,6}}")
# a faction word before a name: 皖系卢永祥, 直系军阀吴佩孚, 奉系将领X
_FACTION_NAME_RE = re.compile(
    f"[{_FACTIONS}桂]系(?:军阀|将领|首领)?([{_CJK}]{{2,3}}?)(?=[为占的，,、。；;率部在和与及等所以被])")
_FACTION_NAME_ANCHOR = re.compile("系")
_POSTS = "总司令|副司令|司令|军长|师长|旅长|团长|参谋长|督军|都督|省长|镇守使|督办|巡阅使"
# a clause-initial name appointed to a post: ，X为第一军总司令 / ；X为副司令
_APPOINTED_RE = re.compile(
    f"(?<=[，,；;。：:\n])([{_CJK}]{{2,3}})为(?:第[{_NUM}]{{1,3}}(?:路)?军|副|总|前敌|讨逆|[{_CJK}]{{2}}军)?(?:{_POSTS})")
_APPOINTED_ANCHOR = re.compile(f"为(?=[第副总前讨]|[{_CJK}]{{0,3}}(?:{_POSTS}))")

# --------------------------------------------------------------------------- DATE

# a date with its month, a part of day and a clock time is one DATE (4月21日傍晚7时30分), also where a finder
# proposes the day alone with the clock (priority above it)
_POD_WORDS = "拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间|午后"
_MONTH_DAY_CLOCK_RE = re.compile(
    "(?<![0-9])(?:[0-9]{4}年)?(?:1[0-2]|0?[1-9])月(?:[12][0-9]|3[01]|0?[1-9])日"
    f"(?:{_POD_WORDS})(?:[0-2]?[0-9]|[一二]?十[一二]?|[一二三四五六七八九])[时点](?:(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分|半|(?<=点)钟)?(?![0-9钟])(?:许|左右|前后)?")
_MONTH_DAY_CLOCK_ANCHOR = re.compile(f"日(?:{_POD_WORDS})")

# --------------------------------------------------------------------------- ORG / LOC

_FORTRESS_HQ_RE = re.compile(f"([{_CJK}]{{2,4}}?)要塞(?:区)?司令部")
_FORTRESS_HQ_ANCHOR = re.compile("塞")
# a named defence line in quotes: “伯陵防线” (FAC, guideline label table), found everywhere in the text
_QUOTED_LINE_RE = re.compile(f"[“\"「]([{_CJK}]{{2,5}}?防线)[”\"」]")
_QUOTED_LINE_ANCHOR = re.compile("防")
# a quoted fort: 「城门碉堡」, “X堡垒” (auditzh15: Hong Kong 1941 pages), and its other mentions
_QUOTED_FORT_RE = re.compile(f"[“\"「]([{_CJK}]{{2,4}}?(?:碉堡|堡垒|堡壘))[”\"」]")
_QUOTED_FORT_ANCHOR = re.compile("堡")
# wiki mirrors keep an interlanguage link as `中文名英语Latin Name` (罗伯特·H·索尔英语Robert H. Soule): the
# transliterated name ends before 英语 (the Latin name after it is left to the English finder; the Chinese
# finders see that English run blanked out)
_INTERLANGUAGE_RE = re.compile(
    f"((?:[{_CJK}]{{1,6}}·){{1,3}}(?:[A-Z]\\.?·)?[{_CJK}]{{1,6}}?)(?:英语|英文|日语|韩语|法语|德语|俄语)(?=[A-Z ])")
_INTERLANGUAGE_ANCHOR = re.compile("·")
_PARALLEL_RE = re.compile("(?:北纬|南纬)?[0-9一二三四五六七八九十]{1,3}度线")
_PARALLEL_ANCHOR = re.compile("线")


@lru_cache(maxsize=1)
def _places():
    return place_lexicon()


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """Province-level names with and without their suffix (江苏, 江苏省, 热河)."""
    out = set()
    for name, entry in _places().items():
        if entry.label == "GPE" and entry.kind == "province":
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=1)
def _province_after_comma() -> re.Pattern:
    """A 、 followed by a province name: the rare anchor of the province + name lists (a trie of the
    names: `re` walks a flat alternation name by name at every 、)."""
    return re.compile("、" + trie_regex(_provinces()))


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


# words for a kind of place, which a gloss explains without naming it (省会（今…）, 县城（今…）)
_GENERIC_PLACE_WORDS = frozenset("首都 省会 省城 县城 府城 城市 当地 此地 该地 原地 驻地 防地 治所 故地 旧址 老家 家乡".split())


def _glossed_word(name: str) -> bool:
    """An ordinary two-character word that a present-day name glosses after a verb of going is a place named
    with it (进抵船头（今陆岸）: 船头 'bow' is the village; auditzh15, Sino-French war pages)."""
    return len(name) == 2 and name not in _GENERIC_PLACE_WORDS and name not in _places() \
        and not any(ch in _NOT_IN_PLACE for ch in name)


def _plain_unknown(name: str) -> bool:
    """Could be a place name: no function character, not an ordinary word, not a known place, not two known
    places written together (广西桂林)."""
    places = _places()
    body = name[:-1] if name[-1] == "营" else name       # 三江营: a settlement named after a camp
    return (2 <= len(name) <= 4 and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE for ch in body)
            and not is_common_word(name, 300) and name not in places
            and not any(name[:k] in places or name[k:] in places for k in range(2, len(name) - 1)))


def _units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_TASK_FORCE_RE, text, _TASK_FORCE_ANCHOR, 14):
        start = m.start(1) if m.group(1) else m.start(2)
        if m.group(3):
            number = parse_number(re.sub("[第兵团军]", "", m.group(3)))
            echelon = "兵团" if m.group(3).endswith("兵团") else "军"
            hint = {"numbers": [number] if number else [], "echelon": echelon, "prefix": ""}
        else:
            hint = {"numbers": [], "echelon": "集团", "prefix": ""}
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-task-force", 63, norm={"unit_hint": hint}))
    for m in anchored_finditer(_DIRECTION_ROUTE_ARMY_RE, text, _DIRECTION_ROUTE_ARMY_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-route-army", 61,
                             norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
    for m in anchored_finditer(_NAMED_FORCE_UNIT_RE, text, _NAMED_FORCE_UNIT_ANCHOR, 6):
        designation = m.group(1)
        echelon = next(e for e in ("野战军", "兵团", "军", "师") if designation.endswith(e))
        number = parse_number(designation[1:-len(echelon)])
        numbers = [number] if number else []
        for chained in _CHAINED_UNIT_RE.finditer(m.group(2)):
            numbers.append(parse_number(chained.group(1)))
            echelon = chained.group(2)
        hint = {"numbers": [n for n in numbers if n], "echelon": echelon, "prefix": ""}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-named-force", 63, norm={"unit_hint": hint}))
    for anchor in _PURPOSE_ARMY_ANCHORS:
        for m in anchored_finditer(_PURPOSE_ARMY_RE, text, anchor, 0):
            if text.startswith("镇", m.start()) and m.start() > 0 and text[m.start() - 1] in _COUNT_BEFORE_ZHEN:
                continue    # 一镇新军: a count of the Qing division 镇, not the verb of 镇威军 (prezh3)
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-purpose-army", 58,
                                 norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": ""}}))
    return out


def _events(text: str) -> list[Candidate]:
    out = []
    for anchor in _FACTION_WAR_ANCHORS:
        for m in anchored_finditer(_FACTION_WAR_RE, text, anchor, 6):
            if m.group(2) != m.group(3):
                out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-faction-war", 47))
    return out


_TOWN_WORD_AFTER = frozenset("镇乡村庄屯堡寨集铺圩埔")


def _gpe(text: str) -> list[Candidate]:
    out = []
    found = set()
    for m in anchored_finditer(_TAKEN_LIST_RE, text, _TAKEN_LIST_ANCHOR, 1):
        body = m.group(1)
        tail = text[m.end(1):m.end(1) + 1]
        if "、" not in body or re.search("[,，]", body) and tail != "等":
            continue        # one name, or a comma-joined run that is not closed by 等…: a sentence, not a list
        items = re.split("[、,，]", body)
        known = sum(_is_gpe(item) for item in items)
        unknown = [item for item in items if _plain_unknown(item)]
        if known + len(unknown) < len(items) or tail in "，,。；;" and not known:
            continue        # a member that is no place name: not a list of places
        found.update(unknown)
    for m in anchored_finditer(_GLOSS_RE, text, _GLOSS_ANCHOR, 5):
        modern, written = m.group(2), m.group(1)
        if not _is_gpe(modern) or any(written[k:] in _places() for k in range(len(written) - 1)):
            continue            # 以北平（今北京）: the name is known
        for k in range(len(written) - 1):     # 取叙州（今宜宾）: the name starts after the verb
            name = written[k:]
            if k == 0 and len(written) == 3 and text[m.start(1) - 1:m.start(1) + 1] in _GLOSS_VERBS:
                continue                        # 前往懋功（今小金县）: 往 closes the verb, the name is 懋功
            after_verb = k > 0 and written[k - 1] in "取占克驻到达至在于从由向经守攻夺入以为和与及往抵"
            if (k == 0 or after_verb) and (_plain_unknown(name) or after_verb and _glossed_word(name)):
                found.add(name)
                out.append(Candidate(m.start(1) + k, m.end(1), "GPE", "rule:place-glossed", 33, norm={"modern": modern}))
                break
    ends = []
    for m in anchored_finditer(_ENDS_RE, text, _ENDS_ANCHOR, 1):
        ends += [m.group(1), m.group(2)]
    for m in anchored_finditer(_STRETCH_RE, text, _STRETCH_ANCHOR, 8):
        ends += [m.group(1), m.group(2)]
        end = m.group(2)
        if end[-1] in _LANDFORM_END and _is_gpe(end[:-1]):      # 临高角: a cape named after its county
            out.append(Candidate(m.start(2), m.end(2), "LOC", "rule:place-stretch-end", 41))
    for name in ends:
        if name[-1] in _LANDFORM_END:
            continue                # a bay or a cape is no settlement (the place finders take it as LOC)
        if _plain_unknown(name) or (name in _places() and _places()[name].label == "LOC" and name[-1] == "港"):
            found.add(name)
    for hit in _BEARING_AREA_ANCHOR.finditer(text):
        for size in (3, 2):
            start = hit.start() - size
            name = text[max(0, start):hit.start()]
            before = _BEARING_BEFORE_RE.search(text, max(0, start - 7), start) if start >= 3 else None
            if before and any(before.group(1)[k:] in _places() for k in range(len(before.group(1)) - 1)) \
                    and _plain_unknown(name):
                out.append(Candidate(start, hit.start(), "GPE", "rule:place-bearing-area", 31))
                break
    for m in anchored_finditer(_HARBOUR_ITEM_RE, text, _HARBOUR_ANCHOR, 3):
        start, end = m.span(1) if m.group(1) else m.span(2)
        if text[start] in "、":
            continue
        clause_start = max(text.rfind(ch, 0, start) for ch in "，,。；;：:\n")
        clause_end = min([i for i in (text.find(ch, end) for ch in "，,。；;\n") if i >= 0] or [len(text)])
        items = re.split("[、]", text[clause_start + 1:clause_end])
        known = sum(any(_is_gpe(item[k:k + n]) for k in range(len(item)) for n in (2, 3)) for item in items)
        name = text[start:end]
        if known >= 2 and len(items) >= 3 and _plain_unknown(name) and not any(ch in "的了在和与" for ch in name):
            out.append(Candidate(start, end, "GPE", "rule:place-harbour-in-list", 32))
    for m in anchored_finditer(_COUNTY_RE, text, _COUNTY_ANCHOR, 7):
        province = m.group(1)
        if any(_is_gpe(province[k:]) for k in range(len(province) - 2)):
            out.append(Candidate(m.start(2), m.end(), "GPE", "rule:place-korean-county", 41))
            stem = m.group(2)
            for w in re.finditer(re.escape(stem) + "[湖江川]", text):
                out.append(Candidate(w.start(), w.end(), "LOC", "rule:place-county-water", 41))
    # a name found as a settlement is one everywhere in the text
    for name in found:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] in _TOWN_WORD_AFTER and not is_common_word(text[m.end():m.end() + 2]):
                continue    # 占领高资、龙潭 … 直插高资镇: the town's full name there is read whole (auditzh39)
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-taken", 32))
    return out


def _persons(text: str) -> list[Candidate]:
    out = []
    provinces = _provinces()
    for m in anchored_finditer(_PROVINCE_LIST_RE, text, _province_after_comma(), 6):
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        last_start, last = items[-1]
        if "等" in last[2:]:
            items[-1] = (last_start, last[:last.index("等", 2)])     # 河南李济臣等直系援军
        names = []
        for i, (start, part) in enumerate(items):
            # the first item may carry the words before the list (急盼的江苏X): its province ends 2-3 before its end
            offsets = [len(part) - n - k for n in (3, 2) for k in (3, 2)] if i == 0 else [0]
            cut = next((o + k for o in offsets for k in (3, 2) if o >= 0 and part[o:o + k] in provinces
                        and 2 <= len(part) - o - k <= 3), None)
            if cut is None or not 2 <= len(part) - cut <= 3 or not _has_surname(part[cut:]):
                break
            names.append((start + cut, start + len(part)))
        if len(names) == len(items):
            out.extend(Candidate(s, e, "PERSON", "rule:person-province-list", 41) for s, e in names)
    for m in anchored_finditer(_FACTION_NAME_RE, text, _FACTION_NAME_ANCHOR, 1):
        name = m.group(1)
        if len(name) == 3 and _has_surname(name) and not is_common_word(name) and name not in _places():
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-faction", 35))
    for m in anchored_finditer(_APPOINTED_RE, text, _APPOINTED_ANCHOR, 3):
        name = m.group(1)
        if _has_surname(name) and not is_common_word(name, 300) and not _is_gpe(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-appointed", 41))
    return out


_RANKING_EPITHET = re.compile("第[一二三四五六七八九十1-9]")


def _orgs_and_lines(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_MONTH_DAY_CLOCK_RE, text, _MONTH_DAY_CLOCK_ANCHOR, 11):
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-month-day-clock", 52))
    for m in anchored_finditer(_FORTRESS_HQ_RE, text, _FORTRESS_HQ_ANCHOR, 4):
        name = m.group(1)
        # a conjunction, particle or verb of going before the name is no part of it (也到|基隆要塞司令部: prezh6)
        cut = max((i + 1 for i, ch in enumerate(name) if ch in "和与及以为的在是由把将、到至赴往去回驻"), default=0)
        if len(name) - cut >= 2:
            out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-fortress-command", 47))
    for m in anchored_finditer(_QUOTED_LINE_RE, text, _QUOTED_LINE_ANCHOR, 6):
        name = m.group(1)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", "rule:fac-quoted-line", 47))
    for m in anchored_finditer(_QUOTED_FORT_RE, text, _QUOTED_FORT_ANCHOR, 6) if "堡" in text else ():
        name = m.group(1)
        if _RANKING_EPITHET.search(name):
            continue    # “东洋第一堡垒”: an epithet ranking the fort, no name (s18zhloc)
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "FAC", "rule:fac-quoted-fort", 47))
    for m in anchored_finditer(_INTERLANGUAGE_RE, text, _INTERLANGUAGE_ANCHOR, 7):
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-interlanguage", 48))
    for m in anchored_finditer(_PARALLEL_RE, text, _PARALLEL_ANCHOR, 6):
        out.append(Candidate(m.start(), m.end(), "LOC", "rule:place-parallel", 45))
    return out


def find_written5(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    return _units(text) + _events(text) + _gpe(text) + _persons(text) + _orgs_and_lines(text)
