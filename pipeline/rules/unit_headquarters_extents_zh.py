"""Unit span extents after the designation (session 19 audit of Chinese MIL_UNIT extents, s19zhunit).

Gazetteer 驻军 chapters, veterans' blogs and campaign articles showed MIL_UNIT spans that stop short of words
the guidelines put inside the unit. `find_unit_headquarters_extents(text)` (working text, Simplified) proposes
MIL_UNIT for:

- a battalion or company with its headquarters word (`第二营营部`, `一营部`, `三连连部`; guideline 15: a
  headquarters written with its formation is part of it, as `一战区司令长官部`), with the designations of its parents
  written right before it (`第三团第二营营部`, guideline 3); the other echelons' 军部/师部/旅部/团部 the units
  finder already keeps;
- a named force before a designation chain with its headquarters word (`中国人民解放军第二十军军部`,
  `八路军第一二九师师部`): guidelines 2, 3 and 15 make it one span; the named-force rule stopped before the HQ word;
- a unit directly under a formation, written with 直属 and its arm of service (`第二十七军直属炮兵团`,
  `46军直属地炮团`): one span (guideline 3, a unit designation with its parent written together);
- a field army's column written short after it (`东北野战军第7纵`, `晋冀鲁豫野战军第9纵`), and a field army's
  group named by its province (`第三野战军山东兵团`): one span (guideline 3).
- a pacification zone, a military sub-district or a garrison district with its headquarters word
  (`第二绥靖区司令部`, `太行第三军分区司令部`, `上海警备区司令部`; guideline 15), where the region rules stopped before it;
  the region before 军分区/警备区 is read as the longest gazetteer name (2-4 characters) right before it;
- a region's military district and its numbered sub-district with the regiments under it
  (`晋察冀军区第一军分区第三团`, `冀南军区第五军分区二十二团`): one span (guideline 3), where the sub-district rule
  stopped at 军分区; the region is the longest gazetteer name (2-4 characters) before 军区;
- the Japanese army's abbreviated qualifiers before a number (`独混第3旅团`, `独混3旅`, `独警12旅团`, `独步第9大队`,
  for 独立混成/独立警备/独立步兵/独立骑兵): the qualifier is part of the designation as in `独立混成第7旅团`; the units
  finder started the span at the number;
- an independent parent written before its independent sub-unit (`独立第五旅独立团`, `暂编第二师独立营`): the parent's
  qualifier is inside (guideline 3), where the sub-unit rule started at 第;
- a national contingent named by a country, with or without its arm (`澳大利亚步兵营`, `英国步兵旅`, `埃塞俄比亚营`):
  one MIL_UNIT as `土耳其旅` (docs), where the contingent rule read at most four characters before 旅/营 and no arm.
- a commander's unit named by him after the page gave him with his numbered unit (`赵大成第9团…赵大成团的右侧`):
  docs, `X师` right after a commander's name is his division; the page's own frame `name + 第N团/旅/师` shows the name
  is a commander, so a later `name + 团/旅/师` is his unit (not before 长, 结, 体, 员, 部署, …);
- a named force's rear garrison corps or office (`八路军后方留守兵团`, `新四军留守处`) with a numbered unit under it
  (`…留守兵团警备第5团`): one span (guideline 3); the units finder read 后 as 'after' and started at 方 (`方留守兵团`);
- single surnames listed before one 兵团 (`王、刘兵团`): one span (guideline 4, a list sharing one echelon word), where
  the units finder took the last surname alone.

The HQ word is not read where the next character makes another word (部署 'deploy', 部队 'troops', 部分 'part',
部长, 部下, 部属). Candidates are MIL_UNIT at 67 (above the unit finders at 60-66, so the whole span wins) with the
numbers and echelon of the last designation in the norm hint. Cost: str.find of the anchors (营部, 部, 直属, 旅/营, 第, 兵团, 区司令部, 留守, 野战军, 军分区) and each
pattern run on a short window around them (about 1.2 ms on the 11.8 k-character corpus text).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.units import parse_number
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds

SOURCE = "rule:unit-headquarters-extent"
PRIORITY = 67
_NUM = "0-9〇零一二三四五六七八九十百"
_NOT_AFTER_HQ = "队分署门长下属将位落首件族"
_DESIG = f"第?[{_NUM}]{{1,4}}"
_ECHELON_RE = re.compile(f"第?([{_NUM}]{{1,4}})(野战军|兵团|集团军|军|师|旅|团|营|连|纵队|纵|支队|大队)")

# a chain of designations ending in a battalion or company, then its HQ word: 第三团第二营营部, 一营部, 三连连部
_SMALL_HQ_RE = re.compile(
    f"(?<![{_NUM}第])((?:{_DESIG}(?:师|旅|团)){{0,3}}{_DESIG}(营|连))(?:\\2)?部(?![{_NOT_AFTER_HQ}])")

# an arm of service between 直属 and the echelon (a closed class: the arms of the Chinese armies' orders of battle)
_ARMS = ("炮兵", "地炮", "高炮", "高射炮", "野炮", "山炮", "榴弹炮", "炮", "工兵", "通信", "骑兵", "坦克", "战车", "装甲",
         "侦察", "警卫", "特务", "辎重", "汽车", "运输", "防化", "舟桥", "教导", "补充", "卫生", "工程")


@lru_cache(maxsize=1)
def _forces() -> str:
    from pipeline.normalize.unit_grammar import named_units
    forces = sorted({k for k in named_units() if len(k) >= 3 and k.endswith("军")}
                    | {"中国人民解放军", "人民解放军", "解放军", "中国人民志愿军", "志愿军"}, key=longest_first)
    return "|".join(map(re.escape, forces))


# the character before 部 in each HQ word of _force_hq_re (军部, 师部, 旅部, 团部, 司令部, 指挥部, 兵团部)
_HQ_LAST_BEFORE_BU = "军师旅团令挥"


@lru_cache(maxsize=1)
def _force_hq_re() -> re.Pattern:
    # 中国人民解放军第二十军军部, 八路军第一二九师第三八六旅旅部, 新四军第一支队司令部
    return re.compile(
        f"(?:{_forces()})((?:{_DESIG}(?:野战军|兵团|集团军|军|师|旅|团|支队|纵队)){{1,4}})"
        f"(军部|师部|旅部|团部|司令部|指挥部|兵团部)(?![{_NOT_AFTER_HQ}])")


@lru_cache(maxsize=1)
def _direct_re() -> re.Pattern:
    arms = "|".join(sorted(_ARMS, key=longest_first))
    return re.compile(
        f"(?:(?:{_forces()})?)((?:{_DESIG}(?:野战军|兵团|集团军|军|师|纵队)){{1,3}})直属(?:{arms})(团|营|连|大队|中队)(?![长部])")


@lru_cache(maxsize=1)
def _field_army_member_re() -> re.Pattern:
    return re.compile(
        f"(?:(?:中国)?人民解放军)?((?:第[一二三四1-4]|东北|华东|华北|中原|西北|晋冀鲁豫|晋察冀|陕甘宁晋绥)野战军)"
        f"(?:(第?[{_NUM}]{{1,3}})纵(?![队横深贯])|([\u4e00-\u9fff]{{2}})兵团(?![部长司]))")


# 独混 独立混成, 独警 独立警备, 独步 独立步兵, 独骑 独立骑兵 (the abbreviations of the Japanese orders of battle)
_JP_QUALIFIED_RE = re.compile(f"(独混|独警|独步|独骑)(第?([{_NUM}]{{1,4}}))(旅团|旅|大队|联队|中队)(?![长部])")
_INDEPENDENT_PARENT_RE = re.compile(
    f"(独立|暂编|新编)(第?[{_NUM}]{{1,4}})(师|旅)独立(团|营|大队)(?![长部])")
_ARMS_OF_CONTINGENT = "步兵|炮兵|工兵|骑兵|装甲|坦克|伞兵|空降|海军陆战|医疗"
# the right context of the contingent rule (field_army_short_names_zh): a clause mark or a function word
_CONTINGENT_RE = re.compile(
    f"([\u4e00-\u9fff]{{2,6}}?)(?:({_ARMS_OF_CONTINGENT})(旅|营)(?![长部])"
    f"|()(旅|营)(?=[在和与及、，,。；;的于向从被已也等为是随则仍又亦均都]|$))")


@lru_cache(maxsize=1)
def country_names() -> frozenset:
    from pipeline.rules.field_army_short_names_zh import country_names as countries
    return countries()


def _contingents(text: str) -> list[Candidate]:
    out = []
    countries = country_names()
    for m in (m for a in "旅营" for m in _windowed(_CONTINGENT_RE, text, a, 12, 1)):
        name, echelon = m.group(1), m.group(3) or m.group(5)
        if not m.group(2) and len(name) <= 4:
            continue            # the contingent rule of field_army_short_names_zh reads these (土耳其旅, 菲律宾营)
        for k in range(len(name) - 1):
            if name[k:] in countries:
                out.append(Candidate(m.start(1) + k, m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
                break
    return out


_NAMED_UNIT_RE = re.compile(f"([\u4e00-\u9fff]{{3}})第[{_NUM}]{{1,4}}(团|旅|师)")
_NOT_AFTER_NAMED = "长结体员聚伙练拜委部级"
_SURNAME_LIST_RE = re.compile(
    "(?:(?<=[的和与及由是将被把对向在从令以，,。；;:：“\"（(\n])|^)((?:[\u4e00-\u9fff]、){1,3}[\u4e00-\u9fff])兵团(?![军长司部])")


def _commanders_units(text: str) -> list[Candidate]:
    from pipeline.rules.written_zh_persons import first_is_surname, plain_name
    out = []
    names = {m.group(1) for m in _windowed(_NAMED_UNIT_RE, text, "第", 4, 6)
             if first_is_surname(m.group(1)) and plain_name(m.group(1)) and m.group(1)[-1] not in "军党部省县区队师旅团营连"}
    for name in names:
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            if end < len(text) and text[end] in "团旅师" and (end + 1 >= len(text) or text[end + 1] not in _NOT_AFTER_NAMED):
                out.append(Candidate(at, end + 1, "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [], "echelon": text[end], "prefix": ""}}))
            at = text.find(name, end)
    return out


def _surname_lists(text: str) -> list[Candidate]:
    from pipeline.rules.written_zh_persons import first_is_surname
    out = []
    for m in _windowed(_SURNAME_LIST_RE, text, "兵团", 9, 1):
        if all(first_is_surname(ch) for ch in m.group(1).split("、")):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": [], "echelon": "兵团", "prefix": ""}}))
    return out


@lru_cache(maxsize=1)
def _rear_re() -> re.Pattern:
    return re.compile(f"(?:{_forces()})(?:后方)?留守(兵团|处)(?:(?:警备|独立|教导|特务)?第?([{_NUM}]{{1,4}})(旅|团|营))?")


# after the three-character HQ words 下 is the verb's (司令部下令), so only 署队分门属 end the reading
_ZONE_HQ_RE = re.compile(f"第([{_NUM}]{{1,4}})绥靖区(司令部|指挥部)(?![署队分门属])")
_DISTRICT_HQ_RE = re.compile(f"(第?([{_NUM}]{{1,4}}))?(军分区|警备区)(司令部|指挥部)(?![署队分门属])")


def _district_hqs(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon
    places = place_lexicon()
    out = []
    for m in (m for a in ("区司令部", "区指挥部") for m in _windowed(_ZONE_HQ_RE, text, a, 8, 1)):
        value = parse_number(m.group(1))
        if value:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": [value], "echelon": "绥靖区", "prefix": ""}}))
    for m in (m for a in ("区司令部", "区指挥部") for m in _windowed(_DISTRICT_HQ_RE, text, a, 8, 1)):
        start = next((m.start() - k for k in (4, 3, 2) if m.start() >= k and text[m.start() - k:m.start()] in places), None)
        if start is None:
            continue            # 该军分区司令部: no region named
        value = parse_number(m.group(2)) if m.group(2) else None
        out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                             norm={"unit_hint": {"numbers": [value] if value else [], "echelon": m.group(3), "prefix": ""}}))
    return out


_SUBDISTRICT_CHAIN_RE = re.compile(
    f"军区第?([{_NUM}]{{1,3}})军分区((?:第?[{_NUM}]{{1,4}}(?:团|营|连)){{1,3}})(?![长部])")


def _subdistrict_chains(text: str) -> list[Candidate]:
    from pipeline.normalize.places import place_lexicon
    places = place_lexicon()
    out = []
    for m in _SUBDISTRICT_CHAIN_RE.finditer(text):
        start = next((m.start() - k for k in (4, 3, 2) if m.start() >= k and text[m.start() - k:m.start()] in places), None)
        if start is not None:
            out.append(Candidate(start, m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm={"unit_hint": _hint(m.group(2))}))
    return out


def _windowed(pattern: re.Pattern, text: str, anchor: str, before: int, after: int, after_chars: str = ""):
    """Matches of `pattern` in windows around each occurrence of the literal `anchor` (str.find in C), shifted
    to text offsets; a match must hold that occurrence, and one starting at a cut window edge (maybe a truncated
    name) is left out. Overlapping windows report a match once. With `after_chars`, only an occurrence right
    after one of these characters is tried (every match holds the anchor there: 军部, 司令部)."""
    seen = set()
    at = text.find(anchor)
    while at >= 0:
        if after_chars and (at == 0 or text[at - 1] not in after_chars):
            at = text.find(anchor, at + 1)
            continue
        lo = max(0, at - before)
        for m in pattern.finditer(text, lo, min(len(text), at + len(anchor) + after)):
            if m.start() <= at < m.end() and (m.start(), m.end()) not in seen and not (m.start() == lo > 0):
                seen.add((m.start(), m.end()))
                yield m
        at = text.find(anchor, at + 1)


def _hint(chain: str) -> dict:
    parts = _ECHELON_RE.findall(chain)
    if not parts:
        return {"numbers": [], "echelon": "", "prefix": ""}
    number, echelon = parts[-1]
    value = parse_number(number)
    return {"numbers": [value] if value else [], "echelon": "纵队" if echelon == "纵" else echelon, "prefix": ""}


def find_unit_headquarters_extents(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "部" in text:
        for m in (m for a in ("营部", "连部") for m in _windowed(_SMALL_HQ_RE, text, a, 30, 2)):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm={"unit_hint": _hint(m.group(1))}))
        if "军" in text:
            for m in _windowed(_force_hq_re(), text, "部", 48, 1, _HQ_LAST_BEFORE_BU):
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": _hint(m.group(1))}))
    if "区司令部" in text or "区指挥部" in text:
        out += _district_hqs(text)
    if "军分区" in text:
        out += _subdistrict_chains(text)
    if "直属" in text:
        for m in _windowed(_direct_re(), text, "直属", 40, 12):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}))
    if "独" in text:
        for m in _JP_QUALIFIED_RE.finditer(text):
            value = parse_number(m.group(3))
            if value:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [value], "echelon": m.group(4), "prefix": ""}}))
        for m in _INDEPENDENT_PARENT_RE.finditer(text):
            value = parse_number(m.group(2).lstrip("第"))
            if value:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [value], "echelon": m.group(4), "prefix": ""}}))
    if "旅" in text or "营" in text:
        out += _contingents(text)
    if "第" in text:
        out += _commanders_units(text)
    if "留守" in text:
        for m in literal_finditer(_rear_re(), text):
            value = parse_number(m.group(2)) if m.group(2) else None
            hint = {"numbers": [value] if value else [], "echelon": m.group(3) or m.group(1), "prefix": ""}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm={"unit_hint": hint}))
    if "、" in text and "兵团" in text:
        out += _surname_lists(text)
    if "野战军" in text:
        from pipeline.normalize.places import place_lexicon
        places = place_lexicon()
        for m in _field_army_member_re().finditer(text):
            if m.group(3) is not None and m.group(3) not in places:
                continue        # 第三野战军特种兵团: only a province or region names a field army's group
            if m.group(2):
                value = parse_number(m.group(2).lstrip("第"))
                hint = {"numbers": [value] if value else [], "echelon": "纵队", "prefix": ""}
            else:
                hint = {"numbers": [], "echelon": "兵团", "prefix": ""}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm={"unit_hint": hint}))
    return out
