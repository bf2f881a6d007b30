"""Span edges and labels where independent annotators read Chinese text differently from our other finders.

Session 8 compared our output with the independent annotators of every Chinese development set and wrote
the majority readings down in docs/annotation-guidelines.md ("Readings"). `find_span_edges(text)` (working
text, Simplified) proposes the spans of those readings at a priority just above the finder that read them
otherwise, so the reconciler keeps them:

- GPE: a county written with 县 after a known place whose lexicon form lacks it (麻城县, 宣城县: the place
  is a city today, the text names the county): the suffix stays inside (guideline 6).
- DATE: a bare day before a telegram, order or instruction (蒋某20日手令, 15日电令): the day of the order,
  not a duration (the quantity finder reads N日 as days).
- FAC: a gate quarter of a walled town (东关, 西关, 南关, 北关) standing alone after a verb, particle or
  list mark (攻占了南关, 冲入东关、南关): a structure of the town, not the town (the gazetteer has villages
  of these names).
- MIL_UNIT: a nation's armed service (美国空军, 苏联海军, 英国陆军: named armed forces, guideline 16) unless
  a rank, school, body, base or designation follows (日本陆军大将, 日本陆军士官学校, 美国陆军第7师).
- EVENT: an operation named by a place, an optional border/area word and a verb of operation (X边界反击作战,
  X边区肃正作战, X扫荡战), and a numbered phase of a named operation (第二期X作战: guideline 10).

`split_country_bodies(text, orgs)` is called by the ORG finder: a nation written before a ministry or bureau
(日本内务省, 中华民国国防部) is its own GPE and the body its own ORG (a city before its government, 重庆国民政府,
stays one name).

Every scan starts from a rare literal (县 after a place, 日 before an order word, 关, 陆军/海军/空军, 作战/战
after an operation verb, 期) and every repetition is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units
from pipeline.rules.names_common import known_countries, known_places
from pipeline.rules.scan import literal_positions, rare_finditer
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "〇零一二三四五六七八九十廿卅"


@lru_cache(maxsize=1)
def _gpes() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE")


# --------------------------------------------------------------------------- GPE: X县 written in full

# 县 not starting another word of government or office (县委 is the party committee, 县长 a post keeps the county)
_COUNTY_RE = re.compile(f"县(?![委政府党署志])")


def _counties(text: str) -> list[Candidate]:
    out = []
    gpes = _gpes()
    lexicon = place_lexicon()
    for m in _COUNTY_RE.finditer(text):
        at = m.start()
        for size in (3, 2):
            start = at - size
            if start < 0:
                continue
            name = text[start:at]
            if name in gpes and text[start:at + 1] not in lexicon and not name.endswith(("县", "市", "省", "区")):
                out.append(Candidate(start, at + 1, "GPE", "rule:county-written", 31))
                break
    return out


# X城 before a direction (平壤城北, 某州城南70里): the walled town is the place, 城 inside (guideline 6, 衡阳城)
# and before a word of position (镇江城外, 某州城内, 某城下: guideline 6, r20zhloc)
_WALLED_RE = re.compile("城(?=[东西南北](?![京方面部])|外(?![围国交援贸商侨])|内(?![阁政务])|下(?![令达午旬属辖]))")


def _county_short_form(name: str, lexicon) -> str:
    """The full name (name + 县/市) of a county or county-level city of China whose short form the gazetteer withholds
    as an ordinary word (永安 → 永安市), else the name unchanged; the walled town 永安城 is that county's seat."""
    for suffix in ("县", "市"):
        entry = lexicon.get(name + suffix)
        if len(name) >= 2 and entry is not None and entry.kind == "county" and str(entry.id or "").startswith("cn:"):
            return name + suffix
    return name


def _walled_towns(text: str) -> list[Candidate]:
    out = []
    gpes = _gpes()
    lexicon = place_lexicon()
    for m in _WALLED_RE.finditer(text):
        at = m.start()
        for size in (3, 2):
            name = text[at - size:at] if at >= size else ""
            full = name
            if name not in gpes and text[at + 1] in "外内下":
                full = _county_short_form(name, lexicon)   # 永安城外: the county-level city 永安市 (s25zhgpe)
            if full in gpes and name + "城" not in lexicon and not name.endswith(("城", "县", "市", "省", "区", "镇")):
                if text[at + 1] in "外内下" and not str(lexicon[full].id or "").startswith("cn:"):
                    break   # the position-word branch reads China's walled towns only (熊本城 keeps its own reading)
                known = lexicon.get(full)
                norm = {"id": known.id} if known is not None and known.id else None   # 凤阳府城: the prefecture's id
                out.append(Candidate(at - size, at + 1, "GPE", "rule:walled-town", 31, norm))
                break
    return out


# a village right after 以东/以西/以南/以北 (X以北龙庄): the direction belongs to 以北, not to the village
_AFTER_DIRECTION_RE = re.compile(
    f"以[东西南北](?![的之地一约的了和与及在向从至到各诸])([{_CJK}]{{1,3}}?[庄村镇集堡寨屯铺店])(?=[、，。；和与及一附以的]|$)")


def _villages_after_direction(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "GPE", "rule:village-after-direction", 34)
            for m in _AFTER_DIRECTION_RE.finditer(text)]


# --------------------------------------------------------------------------- DATE: the day of an order

# scanned from 日 before the order word (a literal re skips to), the day read back
_ORDER_WORD_RE = re.compile("日(?=手令|手谕|电令|电报|电示|致电|复电|来电|下令|命令|指示|训令|密令|急电)")
_ORDER_DAY_BACK = re.compile(
    f"(?<![0-9{_ZH_NUM}月年第])(?:[12][0-9]|3[01]|0?[1-9]|[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]|"
    "廿[一二三四五六七八九]?|卅一?)日$")


# the first day of a range written once with 日 at its end (1947年2月20~23日): the start keeps its year and month
# scanned from the range mark and the end day, the start read back
_RANGE_END_RE = re.compile("[~～\\-－—–至到](?:3[01]|[12][0-9]|0?[1-9])日")
_RANGE_START_BACK = re.compile("(?<![0-9])([0-9]{4})年(1[0-2]|0?[1-9])月(3[01]|[12][0-9]|0?[1-9])$")


def _range_starts(text: str) -> list[Candidate]:
    out = []
    for mark in rare_finditer(_RANGE_END_RE, text):
        m = _RANGE_START_BACK.search(text, max(0, mark.start() - 11), mark.start())
        if m:
            value = f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-range-start", 51, norm={"date_hint": {"value": value}}))
    return out


# a year of the Republic written without 民国 after the era was named (县志 style: 民国十六年… 十八年二月): a DATE
_ERA_YEAR_MONTH_BACK = re.compile("(?<![0-9〇零一二三四五六七八九十百民国第])((?:[二三]?十[一二三四五六七八九]?|[一二三四五六七八九]))年"
                                  "((?:十[一二]?|[正一二三四五六七八九]))月$")


def _era_years(text: str) -> list[Candidate]:
    from pipeline.normalize.units import parse_number

    out = []
    era = text.find("民国")
    if era < 0:
        return out
    for at in literal_positions(text, "月"):
        if at < era:
            continue
        m = _ERA_YEAR_MONTH_BACK.search(text, max(0, at - 6), at + 1)
        if m is None:
            continue
        year, month = parse_number(m.group(1)), 1 if m.group(2) == "正" else parse_number(m.group(2))
        if year and year <= 38 and month and 1 <= month <= 12:
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-era-year", 51,
                                 norm={"date_hint": {"value": f"{1911 + year}-{month:02d}"}}))
    return out


def _order_days(text: str) -> list[Candidate]:
    out = []
    for word in _ORDER_WORD_RE.finditer(text):
        m = _ORDER_DAY_BACK.search(text, max(0, word.start() - 3), word.end())
        if m:
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:date-order-day", 41))
    return out


# --------------------------------------------------------------------------- FAC: gate quarters

_GATE_BEFORE = set("了的入占克至到和、及与向由经攻抵进守，。；：\n ")
_GATE_NOT_AFTER = set("系键于心注照联切怀爱口头隘外内卡税门村镇街乡庄县区里路桥大小")   # 东关村: the village


def _gates(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "关"):
        if at >= 2 and text[at - 1] in "东西南北" and text[at - 2] in _GATE_BEFORE \
                and text[at + 1:at + 2] not in _GATE_NOT_AFTER:
            out.append(Candidate(at - 1, at + 1, "FAC", "rule:fac-gate-quarter", 31))
    return out


# --------------------------------------------------------------------------- FAC / ORG: named by a place

# a tunnel through a named height (X岭隧道, X山隧道): the height's name belongs to the FAC (guideline 6)
_TUNNEL_BACK = re.compile(f"[{_CJK}]{{1,3}}[山岭峰岗坡]$")
_NOT_IN_HEIGHT = set("的了是在和与及等为以各该我敌其此这那每由向从对将把被经过通穿入出占攻克炸毁修筑沿着著条座")
# a telegraph or post office named by its town (X电报局): the town belongs to the ORG
_OFFICE_RE = re.compile("电报总?局|邮政总?局")


def _tunnels_offices(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "隧道"):
        m = _TUNNEL_BACK.search(text, max(0, at - 4), at)
        if m:
            name = m.group()
            cut = max((i + 1 for i, ch in enumerate(name) if ch in _NOT_IN_HEIGHT), default=0)
            if len(name) - cut >= 2:
                out.append(Candidate(m.start() + cut, at + 2, "FAC", "rule:fac-tunnel", 46))
    gpes = _gpes()
    for m in (literal_finditer(_OFFICE_RE, text) if "电报" in text or "邮政" in text else ()):
        at = m.start()
        size = next((k for k in (3, 2) if at >= k and text[at - k:at] in gpes), 0)
        if size:
            out.append(Candidate(at - size, m.end(), "ORG", "rule:org-office", 36))
    return out


# an academy named by its place (黄埔一期, 保定三期): where the text names a cohort so, the place before
# 毕业/出身/同学 is the academy too (从黄埔毕业: ORG)
_COHORT_BACK = re.compile(f"([{_CJK}]{{2}})[一二三四五六七八九十]{{1,2}}$")
_ACADEMY_AFTER = ("毕业", "出身", "同学", "学生", "教官")


def _academy_mentions(text: str) -> list[Candidate]:
    academies = set()
    gpes = _gpes()
    for at in literal_positions(text, "期"):
        m = _COHORT_BACK.search(text, max(0, at - 6), at)
        if m and m.group(1) in gpes and text[at + 1:at + 2] not in "间内":
            academies.add(m.group(1))
    out = []
    for name in academies:
        for at in literal_positions(text, name):
            if text.startswith(_ACADEMY_AFTER, at + len(name)):
                out.append(Candidate(at, at + len(name), "ORG", "rule:org-academy-place", 36))
    return out


# --------------------------------------------------------------------------- MIL_UNIT: a nation's service

_SERVICE_RE = re.compile(
    f"(陆军|海军|空军|国防军)(?![{_CJK}]{{0,2}}(?:[大中少上]将|[大中少]佐|[大中少上]尉|[上中少]校|准将|准尉|元帅|士官|学校|大学|学院|部|省|基地|机场|"
    "航空|中央|总|司令|军官|官|兵|医院|参谋|次官|大臣|武官|陆战|第|师|旅|团|联队|舰队|军区))(?![0-9一二三四五六七八九十])")


def _services(text: str) -> list[Candidate]:
    out = []
    countries = known_countries()
    for at in (at for service in ("陆军", "海军", "空军", "国防军") for at in literal_positions(text, service)):   # 德国国防军 (auditzh12)
        m = _SERVICE_RE.match(text, at)
        size = next((k for k in (4, 3, 2) if at >= k and text[at - k:at] in countries), 0) if m else 0
        if size:
            out.append(Candidate(at - size, m.end(), "MIL_UNIT", "rule:unit-national-service", 61))
    return out


# --------------------------------------------------------------------------- MIL_UNIT: an army's name with a designation

# an army named by its cause (工农革命军, 东北抗日义勇军, 护国军, 讨逆军) written with a designation is one unit
# (guideline 2, like 国民革命军第74军): the name read back over its words, the designation after it
_ARMY_WORDS = ("革命军", "义勇军", "救国军", "自卫军", "联军", "讨逆军", "护国军", "靖国军", "护法军", "北伐军",
               "国防军", "建国军", "讨贼军", "定国军", "保安军")
_ARMY_DESIGNATION_RE = re.compile(    # with its parent written together (第四军第十师: guideline 3)
    f"(?:第?(?:[0-9]{{1,3}}|[{_ZH_NUM}百]{{1,4}})(?:路军|方面军|军团|纵队|支队|混成旅|师|军|旅|团)){{1,3}}(?![长部属级])")
_ARMY_NAME_BACK = re.compile(f"[{_CJK}]{{1,4}}$")
_NOT_IN_ARMY_NAME = set("的了是在和与及等为以各该我敌其此这那每由向从对将把被原任率部任入编改属归")


_DESIGNATION_PART = re.compile(f"第?([0-9]{{1,3}}|[{_ZH_NUM}百]{{1,4}})(路军|方面军|军团|纵队|支队|混成旅|师|军|旅|团)")


def _designation_hint(designation: str) -> dict:
    """人民革命军第一方面军 → numbers [1], echelon 方面军 (the normaliser reads no numbers after a cause army's name;
    auditzh14)."""
    from pipeline.normalize.numbers import parse_number

    parts = _DESIGNATION_PART.findall(designation)
    numbers = [int(n) for n in (parse_number(number) for number, _ in parts) if n]
    echelon = parts[-1][1] if parts else ""
    prefix = "混成" if echelon == "混成旅" else ""
    return {"unit_hint": {"numbers": numbers, "echelon": "旅" if prefix else echelon, "prefix": prefix}}


def _army_designations(text: str) -> list[Candidate]:
    out = []
    for word in _ARMY_WORDS:
        for at in literal_positions(text, word):
            m = _ARMY_DESIGNATION_RE.match(text, at + len(word))
            if m is None:
                continue
            forces = named_units()
            if any(text[at - k:at + len(word)] in forces for k in range(0, min(at, 6) + 1)):
                continue             # 国民革命军第74军: a named force's designations are the unit finder's
            start = at
            back = _ARMY_NAME_BACK.search(text, max(0, at - 4), at)
            if back:
                name = back.group()
                cut = max((i if name.startswith("和平", i) else i + 1 for i, ch in enumerate(name)
                           if ch in _NOT_IN_ARMY_NAME), default=0)   # 和平救国军: 和平 is a word, it starts the name (s26zhunit)
                start = at - len(name) + cut      # the name starts after the last function character
            if at - start >= 1 or word in ("护国军", "讨逆军", "靖国军", "护法军", "北伐军", "讨贼军", "定国军"):
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-army-designation", 61,
                                     norm=_designation_hint(m.group())))
    return out


# a regimental combat team (第23团战斗队, 第187空降团战斗队): the team word belongs to the designation
_COMBAT_TEAM_BACK = re.compile(f"第?(?:[0-9]{{1,3}}|[{_ZH_NUM}百]{{1,4}})(?:空降|步兵|陆战)?团$")


def _combat_teams(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "战斗队"):
        m = _COMBAT_TEAM_BACK.search(text, max(0, at - 8), at)
        if m:
            out.append(Candidate(m.start(), at + 3, "MIL_UNIT", "rule:unit-combat-team", 61))
    return out


# --------------------------------------------------------------------------- MIL_UNIT / PERSON: forces by commander

# X师 after a person's name: the division he commands (guideline 1: a formation named after a person is one
# MIL_UNIT), not 师长, 师部, 师生, 师范 …
_DIVISION_AFTER = re.compile("师(?![长部属团级第生范傅父兄弟徒爷母道资表从出事承])")
# X、Y两师: the commanders of a counted list of divisions are persons, the count its own QUANTITY
_COUNTED_ECHELON_RE = re.compile("[两二三四五六七八九十]个?[师旅军](?![长部属团级])")
_COUNTED_LEADERS_BACK = re.compile(f"(?:[{_CJK}]{{2,3}}、){{1,4}}[{_CJK}]{{2,3}}?$")
_NOT_IN_NAME = set("的了是在和与及等为以各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人两二三四五六七八九十个")
_PLAIN_NAME = re.compile(f"[{_CJK}]+")


def _commanders_forces(text: str) -> list[Candidate]:
    from pipeline.rules import person_references
    from pipeline.rules.names_common import is_common_word, surnames

    out = []
    for start, end in person_references.remembered(text):
        name = text[start:end]
        if 2 <= end - start <= 4 and _DIVISION_AFTER.match(text, end) and _PLAIN_NAME.fullmatch(name) \
                and not any(ch in _ZH_NUM or ch == "第" for ch in name):
            out.append(Candidate(start, end + 1, "MIL_UNIT", "rule:unit-commander-division", 61,
                                 norm={"unit_hint": {"numbers": [], "echelon": "师", "prefix": ""}}))
    if "、" not in text:
        return out
    single, double = surnames()
    places = known_places()
    for count in literal_finditer(_COUNTED_ECHELON_RE, text):
        at = count.start()
        if "、" not in text[max(0, at - 4):at]:
            continue
        m = _COUNTED_LEADERS_BACK.search(text, max(0, at - 16), at)
        if m is None:
            continue
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, pos + len(part)))
            pos += len(part) + 1
        names = [text[a:b] for a, b in items]
        if all((n[0] in single or n[:2] in double) and not any(ch in _NOT_IN_NAME for ch in n)
               and n not in places and not is_common_word(n, 300) for n in names):
            out += [Candidate(a, b, "PERSON", "rule:person-counted-leaders", 62) for a, b in items]
    return out


# --------------------------------------------------------------------------- QUANTITY: counted teams

# N个 + a team named by its task (侦察队, 爆破队, 独立飞行队, 纵队): the team is an echelon-like unit word, so it
# belongs to the count (guideline 14, like 5个师团); not the generic 部队 / 军队 or teams of no war (乐队, 球队)
# read back from each 队
_TEAM_COUNT_BACK = re.compile(
    f"(?<![0-9第一二两三四五六七八九十])(?:[0-9]{{1,4}}|[一二两三四五六七八九十]{{1,3}}) ?(?:个|路|支)[{_CJK}]{{0,4}}?(?<![部军团乐球排车])队$")
_TEAM_NOT_AFTER = set("长员伍部形列里内中")


def _team_counts(text: str) -> list[Candidate]:
    # at the quantity finder's priority: its longer span (约1个大队左右, with the approximators) wins
    out = []
    for at in literal_positions(text, "队"):
        if text[at + 1:at + 2] in _TEAM_NOT_AFTER:
            continue
        m = _TEAM_COUNT_BACK.search(text, max(0, at - 11), at + 1)
        if m and m.start() and text[m.start() - 1] == "、" and not text.endswith("队", 0, m.start() - 1):
            continue                        # 三、四个中队: a vague pair; 12个中队、178个分队: two counts (auditzh21)
        if m and m.group().startswith("一路"):
            continue                        # 以一路纵队前进: in single file, no count of columns (prezh4 audit)
        if m and m.group().endswith("支队") and m.group()[-3] != "两" and not m.group()[-3].isdigit() \
                and m.end() - m.start() <= 4:
            continue                        # 四支队, 十二支队: a bare numeral + 支队 is the detachment's designation
            # (party and unit histories: 成立四支队, 八路军五支队), not four teams (三支游击队) (session 25, s25zhforce)
        if m and "的" not in m.group():     # 两个班的区小队: the count ends at 班 (auditzh13)
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-team", 40))
    return out


# --------------------------------------------------------------------------- QUANTITY: 四、五两期

# a count after a list of numerals (四、五两期, 一、二两团): 两 counts the members, the numeral before it is no amount
_PAIR_COUNT_RE = re.compile("两[期届次批]")   # not echelons: 一、三两个中队 is a list of units (guideline 4)
_ZH_DIGITS = "一二三四五六七八九十"


def _pair_counts(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "两"):
        if at >= 3 and text[at - 1] in _ZH_DIGITS and text[at - 2] == "、" and text[at - 3] in _ZH_DIGITS:
            m = _PAIR_COUNT_RE.match(text, at)
            if m:
                out.append(Candidate(at, m.end(), "QUANTITY", "rule:quantity-pair-count", 41))
    return out


# --------------------------------------------------------------------------- QUANTITY: 十数万人马, 2天1夜

# 人马 is the counted noun (troops), outside the count like 战车 of 800辆战车 (guideline 9)
_TROOPS_COUNT_BACK = re.compile(
    "(?:约|近|将近|超过|逾|不到)?(?:[0-9]{1,4}(?:\\.[0-9]{1,2})?|[一二两三四五六七八九十数几]{1,3})(?:余|多)?[十百千万]{1,2}(?:余|多)?$")
# the nights of 2天1夜 / 三天两夜: a duration of its own after the days
_NIGHTS_BACK = re.compile("(?<=[天日])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,2})夜$")


def _troops_and_nights(text: str) -> list[Candidate]:
    out = []
    for at in literal_positions(text, "人马"):
        m = _TROOPS_COUNT_BACK.search(text, max(0, at - 9), at)
        if m:
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-troops", 41))
    for at in literal_positions(text, "夜"):
        m = _NIGHTS_BACK.search(text, max(0, at - 2), at + 1)
        if m and text[at + 1:at + 2] not in "里间晚半袭行色空幕":
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-nights", 41))
    return out


# --------------------------------------------------------------------------- PERSON: 某顽

# a commander named by his surname and 顽 ("the diehard", in Communist telegrams: 阎顽之某师): the surname is the
# person, 顽 outside
_DIEHARD_AFTER = set("之军部的，。、；")


def _diehards(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import surnames

    single, _ = surnames()
    return [Candidate(at - 1, at, "PERSON", "rule:person-diehard", 21) for at in literal_positions(text, "顽")
            if at >= 1 and text[at - 1] in single and text[at + 1:at + 2] in _DIEHARD_AFTER
            and (at < 2 or not "\u4e00" <= text[at - 2] <= "\u9fff" or text[at - 2] in "“「：，。、的")]


# --------------------------------------------------------------------------- EVENT: operations by a place

_OPERATION_VERBS = ("反击", "肃正", "扫荡", "讨伐", "攻略", "追击", "歼灭", "清剿", "反攻", "治安")
_OPERATION_RE = re.compile("(?:边界|边境|边区|地区)?(?:反击|肃正|扫荡|讨伐|攻略|追击|歼灭|清剿|反攻|治安)(?:作战|战)(?![争斗士线区场果绩略术役])")
_PHASE_BACK = re.compile(f"第[0-9{_ZH_NUM}]{{1,3}}期$")
_PHASE_EVENT_RE = re.compile(f"[{_CJK}]{{2,5}}?(?:作战|会战|战役)")


# a war named by its aim (收复X之战, 平定X之役): the verb belongs to the name
_AIM_WAR_BACK = re.compile(f"(?:收复|光复|平定|讨伐|远征|保卫)([{_CJK}]{{2,4}})$")


def _operations(text: str) -> list[Candidate]:
    out, ops = [], []
    places = known_places()
    for head in ("之战", "之役"):
        for at in literal_positions(text, head):
            m = _AIM_WAR_BACK.search(text, max(0, at - 6), at)
            if m and m.group(1) in places:
                out.append(Candidate(m.start(), at + 2, "EVENT", "rule:event-aim-war", 46))
    for verb in _OPERATION_VERBS:         # each verb found by str.find, the form matched where one stands
        for hit in literal_positions(text, verb):
            if not text.startswith(("作战", "战"), hit + 2):
                continue
            m = _OPERATION_RE.match(text, hit - 2) if text[hit - 2:hit] in ("边界", "边境", "边区", "地区") else None
            m = m or _OPERATION_RE.match(text, hit)
            if m:
                ops.append(m)
    for m in ops:
        at = m.start()
        for size in (4, 3, 2):
            if at - size >= 0 and text[at - size:at] in places:
                out.append(Candidate(at - size, m.end(), "EVENT", "rule:event-place-operation", 57))
                break
    for at in literal_positions(text, "期"):
        m = _PHASE_BACK.search(text, max(0, at - 4), at + 1)
        if m is None:
            continue
        rest = _PHASE_EVENT_RE.match(text, m.end())
        name = rest.group() if rest else ""
        if any(name[:size] in places for size in (4, 3, 2)):
            out.append(Candidate(m.start(), rest.end(), "EVENT", "rule:event-phase", 46))
    return out


# --------------------------------------------------------------------------- ORG: a nation before its ministry

# the body after the nation opens with a ministry, agency or bureau (内务省, 防卫厅防卫研究所, 参谋本部, 国防部)
_MINISTRY_RE = re.compile(f"[{_CJK}]{{1,3}}?[部省厅局署院]")


def _nation_split(text: str, cand: Candidate, raise_by: int = 0) -> list[Candidate] | None:
    """GPE + ORG for an ORG candidate that starts with a nation before a ministry or bureau, else None."""
    if cand.label != "ORG":
        return None
    name = text[cand.start:cand.end]
    countries = known_countries()
    size = next((k for k in (4, 3, 2) if name[:k] in countries), 0)
    if not size or len(name) - size < 2 or not _MINISTRY_RE.match(name, size) or "大本营" in name \
            or name.startswith(("陆军", "海军", "空军"), size):
        return None      # 日本大本营陆军部 (guideline 15), 日本陆军省 (a service's body): left to the ORG finder
    return [Candidate(cand.start, cand.start + size, "GPE", "rule:org-nation-before", cand.priority + raise_by),
            Candidate(cand.start + size, cand.end, "ORG", cand.source, cand.priority + raise_by, cand.norm)]


def split_country_bodies(text: str, orgs: list[Candidate]) -> list[Candidate]:
    """The ORG candidates with a nation before a ministry or bureau (日本内务省) split into GPE + ORG."""
    out = []
    for cand in orgs:
        out += _nation_split(text, cand, 1) or [cand]
    return out


# --------------------------------------------------------------------------- entry point

def find_span_edges(text: str, found: list[Candidate]) -> list[Candidate]:
    """Candidates of the readings above in `text` (working text, Simplified); `found` are the other
    written-text candidates (a nation before a ministry among them is split at a priority above them)."""
    out: list[Candidate] = []
    for cand in found:
        out += _nation_split(text, cand, 1) or ()
    if "县" in text:
        out += _counties(text)
    if "日" in text and ("令" in text or "电" in text or "指示" in text):
        out += _order_days(text)
    if "年" in text and "月" in text:
        out += _range_starts(text)
        if "民国" in text:
            out += _era_years(text)
    if "城" in text:
        out += _walled_towns(text)
    if "以东" in text or "以西" in text or "以南" in text or "以北" in text:
        out += _villages_after_direction(text)
    if "关" in text:
        out += _gates(text)
    if "期" in text and ("毕业" in text or "出身" in text or "同学" in text or "学生" in text or "教官" in text):
        out += _academy_mentions(text)
    if "隧道" in text or "电报" in text or "邮政" in text:
        out += _tunnels_offices(text)
    if "师" in text:
        out += _commanders_forces(text)
    if "军第" in text or "军一" in text or "军二" in text:
        out += _army_designations(text)
    if "战斗队" in text:
        out += _combat_teams(text)
    if "队" in text:
        out += _team_counts(text)
    if "两" in text and "、" in text:
        out += _pair_counts(text)
    if "顽" in text:
        out += _diehards(text)
    if "人马" in text or "夜" in text:
        out += _troops_and_nights(text)
    if "军" in text and ("陆军" in text or "海军" in text or "空军" in text or "国防军" in text):
        out += _services(text)
    if "战" in text or "役" in text:
        out += _operations(text)
    return out
