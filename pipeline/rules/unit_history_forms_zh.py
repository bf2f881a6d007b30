"""Unit forms of PLA unit histories and honour-title pages (session 13 audit, auditzh16: 军史/师史 excerpts, 番号沿革
chains, Korean War hero pages), read from how those pages name formations, not from any set's misses.

`find_unit_history_forms(text)` (working text, Simplified) proposes:

- A military region's own service: a region's 军区 (unit_forms_zh's region reader, or the 2-4 characters after a
  stop character or a verb of incorporation, 转隶中南军区) followed at once by 海军 / 空军 / 防空军 is one
  MIL_UNIT (华东军区海军, 中南军区空军: the region's navy and air force of 1949-57, as 美国空军 is a nation's service;
  guideline 15, a full official name is one span). Not before a rank, school or body (海军司令员, 空军学校).
- A unit NAMED AFTER A HERO in quotes: “杨某某连”, “某某排”, “某某班” — a surname and one or two given characters
  filling the quotes up to one echelon character (连 排 班 营 团), the same name standing elsewhere on the page
  without the echelon (the hero the page is about) — is one MIL_UNIT over the quoted name (guideline 1: a
  formation named after a person, 汤恩伯兵团, is one unit; field_army_short_names_zh reads two-character quoted nicknames,
  “钢铁连”). A quoted name that stands nowhere else is left alone.

- A bandit chief named by his surname and 匪 (李匪遭到冲击后, 瞿匪躲进深山: the 1949-52 bandit-suppression pages, as
  某顽 in the telegrams, docs readings): the surname alone is PERSON where the page names someone with that surname
  in full elsewhere (the person reader finds a name starting with it); 匪 stays outside. Not the words of bandits
  (土匪, 股匪, 残匪 …: their first characters are no surname here, or the page names nobody with it).

- A person's OTHER NAME after the word that introduces it (乳名玉平, 原名张某明, 本名某某, 化名老李, 曾用名…: veterans' and
  martyrs' biographies): the 2-3 characters up to a clause mark are PERSON (a name may be a given name alone, as a
  childhood name is); not an ordinary word (乳名叫什么).

- A conscription district named by its town (黄榆店师管区, X团管区: the NRA's replacement districts in veterans'
  stories), 2-4 characters after a stop character, is one MIL_UNIT with a numbered training unit written right after
  it (黄榆店师管区2团, rule 3); where the gazetteer knows the place the units finder reads it already.

- A British regiment of the Korean War by its name (皇家苏格兰边防团, 皇家乌尔斯特来复枪团, and after 英军 a transliterated
  name, 英军格洛斯特团) is one MIL_UNIT with a battalion written right after it (皇家X团1营, 格洛斯特团第1营; rule 3,
  as the English `1st Battalion Gloucestershire`); 英军 stays outside (guideline 2).

- The Shanxi Sacrifice League's army by its full name (山西青年抗敌决死队, its columns 山西青年抗敌决死第2纵队 / 决死2纵队
  and their sub-units): one MIL_UNIT from 山西 (rule 2: the name holds the province, as 东北抗日联军), prefix 决死; and a
  region's field group (西北野战兵团, 华东野战兵团) is one MIL_UNIT, echelon 兵团.

- A veteran named after his age in news features (92岁的吕某某老人, 95岁的王某老兵说): surname + one or two given
  characters between 岁的 and a word for an old soldier or a verb of speaking is PERSON (the frame of the
  commemorative reports); not an ordinary word (92岁的老人).

- Regions listed before one 军区 (鲁中、滨海、胶东、渤海等军区主力部队): one MIL_UNIT over the list (guideline 4, as named
  formations coordinated before one echelon are one: `the North China and North-east Field Armies`), when every item
  is a region or place name (unit_forms_zh's region reader).

Cost: str.find loops over 等军区/、…军区, 岁的, 决死, 野战兵团, 皇家, 英军, 管区, 军区, the closing quotes, 匪 and 名; bounded slices at each.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer, rare_finditer

_SERVICE_RE = re.compile("(?:防空军|海军|空军)(?![司政参副校学部长将官兵员])")
_HERO_UNIT_RE = re.compile("[“「『\"]([\u4e00-\u9fff]{2,4})([连排班营团])[”」』\"]")
_PRIORITY = 66


def _region_services(text: str) -> list[Candidate]:
    from pipeline.rules.unit_forms_zh import STOP, region_start
    from pipeline.rules.field_army_short_names_zh import INTO_BEFORE_RE

    out = []
    at = text.find("军区")
    while at != -1:
        m = _SERVICE_RE.match(text, at + 2)
        if m:
            start = region_start(text, at)
            if start is None:                     # 中南军区: the characters after a stop or a verb of incorporation
                start = at
                while start > 0 and at - start < 6 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in STOP:
                    start -= 1
                start = max([v.end() for v in INTO_BEFORE_RE.finditer(text, start, at)] + [start])
            if 2 <= at - start <= 4:
                hint = {"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-service", _PRIORITY, norm=hint))
        at = text.find("军区", at + 2)
    return out


def _hero_units(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import surnames

    out = []
    if not any(q in text for q in "”」』\""):
        return out
    single, compound = surnames()
    for m in literal_finditer(_HERO_UNIT_RE, text):
        name = m.group(1)
        if not (name[:2] in compound or name[0] in single) or len(name) > 3:
            continue
        elsewhere = [i for i in _positions(text, name) if i != m.start(1)]
        if not any(not text.startswith(m.group(2), i + len(name)) for i in elsewhere):
            continue                              # the hero is named on the page outside the unit's title
        hint = {"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}
        out.append(Candidate(m.start(1), m.end(2), "MIL_UNIT", "rule:unit-hero-named", _PRIORITY, norm=hint))
    return out


def _positions(text: str, literal: str):
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


_BANDIT_AFTER = set("遭部主躲率逃被见的之股残等，。、；")
_BANDIT_BEFORE = set("“「：，。、的被将向对把与和及令使\n ")
_BANDIT_WORDS = set("土股残散惯众巨悍剿歼俘清肃击毙顽盗山湖海官兵")


def _bandit_surnames(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import surnames
    from pipeline.rules.person_name_ends import chinese_name_end

    out = []
    if "匪" not in text:
        return out
    single, _ = surnames()
    for at in _positions(text, "匪"):
        if at < 1 or text[at - 1] not in single or text[at - 1] in _BANDIT_WORDS:
            continue
        if text[at + 1:at + 2] not in _BANDIT_AFTER or (at >= 2 and text[at - 2] not in _BANDIT_BEFORE):
            continue
        surname = text[at - 1]
        named = any(pos != at - 1 and chinese_name_end(text, pos) > pos + 1 for pos in _positions(text, surname))
        if named:
            out.append(Candidate(at - 1, at, "PERSON", "rule:person-bandit-surname", 21))
    return out


_OTHER_NAME_RE = re.compile("(?:乳名|小名|原名|本名|曾用名|化名|别名|学名)(?:为|叫|是)?([\u4e00-\u9fff]{2,3})(?=[，,。；;、）)]|$)")


def _other_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word

    out = []
    if "名" not in text:
        return out
    for m in rare_finditer(_OTHER_NAME_RE, text):
        name = m.group(1)
        if is_common_word(name, 50) or any(ch in "的了是在和什么哪谁" for ch in name):
            continue
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-other-name", 30))
    return out


_DISTRICT_RE = re.compile("([师团])管区(?:第?([0-9]{1,2}|[一二三四五六七八九十]{1,2})([团营]))?")


_DISTRICT_OWNER_ENDS = set("党的在任军")


def _conscription_districts(text: str) -> list[Candidate]:
    from pipeline.normalize.units import parse_number
    from pipeline.rules.unit_forms_zh import STOP

    out = []
    if "管区" not in text:
        return out
    for m in literal_finditer(_DISTRICT_RE, text):
        at = m.start()
        start = at
        while start > 0 and at - start < 4 and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in STOP \
                and text[start - 1] not in _DISTRICT_OWNER_ENDS:     # 国民党|桐怀师管区: the owner stays outside
            start -= 1
        if not 2 <= at - start <= 4:
            continue
        numbers = [parse_number(m.group(2))] if m.group(2) else []
        echelon = m.group(3) or m.group(1) + "管区"
        hint = {"unit_hint": {"numbers": [n for n in numbers if n], "echelon": echelon, "prefix": ""}}
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-conscription-district", 63, norm=hint))
    return out


_ROYAL_RE = re.compile("皇家([\u4e00-\u9fff]{2,8}?)团(?:第?([0-9]{1,2}|[一二三四五六七八九十])营)?(?![长部])")
_BRITISH_RE = re.compile("(?<=英军)([\u4e00-\u9fff]{2,6}?)团(?:第?([0-9]{1,2}|[一二三四五六七八九十])营)?(?![长部])")


def _british_regiments(text: str) -> list[Candidate]:
    from pipeline.normalize.units import parse_number
    from pipeline.rules.names_common import translit_chars

    out = []
    if "皇家" not in text and "英军" not in text:
        return out
    chars = translit_chars()
    for regex, transliterated in ((_ROYAL_RE, False), (_BRITISH_RE, True)):
        for m in regex.finditer(text):
            name = m.group(1)
            if any(ch in "的和与及在是了第0123456789" for ch in name):
                continue
            if transliterated and not all(ch in chars for ch in name):
                continue                          # 英军二十九旅…团: not a regiment's own name
            numbers = [parse_number(m.group(2))] if m.group(2) else []
            hint = {"unit_hint": {"numbers": [n for n in numbers if n], "echelon": "营" if numbers else "团",
                                  "prefix": ""}}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-british-regiment", 63, norm=hint))
    return out


_NUM = "0-9〇零一二三四五六七八九十"
_SACRIFICE_RE = re.compile(f"(?:山西)?青年抗敌决死(?:队)?((?:第?[{_NUM}]{{1,3}}(?:纵队|总队|团|营|连))*)")
_SACRIFICE_PART_RE = re.compile(f"第?([{_NUM}]{{1,3}})(纵队|总队|团|营|连)")
_FIELD_GROUP_RE = re.compile("(东北|华北|西北|华东|华中|中原|西南|华南|陕甘宁|晋绥|晋察冀|晋冀鲁豫|山东)野战兵团")


def _sacrifice_league_and_field_groups(text: str) -> list[Candidate]:
    from pipeline.normalize.units import parse_number

    out = []
    if "决死" in text:
        for m in literal_finditer(_SACRIFICE_RE, text):
            parts = _SACRIFICE_PART_RE.findall(m.group(1))
            numbers = [parse_number(n) for n, _ in parts]
            if not all(numbers) or not (parts or m.group(0).endswith("队")):
                continue                          # 青年抗敌决死精神: no force named
            echelon = parts[-1][1] if parts else "队"
            hint = {"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": "决死"}}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-sacrifice-league", 64, norm=hint))
    if "野战兵团" in text:
        for m in literal_finditer(_FIELD_GROUP_RE, text):
            hint = {"unit_hint": {"numbers": [], "echelon": "兵团", "prefix": ""}}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-field-group", 62, norm=hint))
    return out


_AGED_NAME_RE = re.compile("(?<=[岁歲]的)([\u4e00-\u9fff]{2,3}?)(?=老人|老兵|老战士|老英雄|老红军|老八路|老党员|老将军|老先生|老太太"
                           "|同志|[说讲笑回]|，|,)")


_KIN_TITLES = frozenset("大妈 大娘 大爷 大伯 大叔 大婶 大哥 大姐 大嫂 奶奶 爷爷 婆婆 嫂子 师傅 阿姨 老汉".split())


def _aged_names(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word, surnames

    out = []
    if "岁的" not in text and "歲的" not in text:
        return out
    single, compound = surnames()
    for m in _AGED_NAME_RE.finditer(text):
        name = m.group(1)
        if not (name[:2] in compound and len(name) == 3 or name[0] in single) or is_common_word(name, 50):
            continue
        if any(ch in "的了是在和老他她我你这那" for ch in name) or name[1:] in _KIN_TITLES:
            continue                              # 张大妈, 李大爷: a surname with a kin title, no name
        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-aged", 35))
    return out


_REGION_LIST_RE = re.compile("((?:[\u4e00-\u9fff]{2,4}、){1,6}[\u4e00-\u9fff]{2,4}?)(等)?军区(?![长司政副])")


def _region_lists(text: str) -> list[Candidate]:
    from pipeline.rules.unit_forms_zh import is_region

    out = []
    if "、" not in text or "军区" not in text:
        return out
    for m in _REGION_LIST_RE.finditer(text):
        items = m.group(1).split("、")
        for k in range(len(items) - 1):           # the first item may carry words before it: take the longest tail
            first = items[k]
            cut = next((i for i in range(len(first) - 1) if is_region(first[i:])), None)
            if cut is None:
                continue
            rest = items[k + 1:]
            if all(is_region(item) for item in rest):
                start = m.start(1) + sum(len(x) + 1 for x in items[:k]) + cut
                hint = {"unit_hint": {"numbers": [], "echelon": "军区", "prefix": ""}}
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-list", 62, norm=hint))
            break
    return out


def find_unit_history_forms(text: str) -> list[Candidate]:
    """MIL_UNIT and PERSON candidates of the classes in the module doc."""
    return (_region_services(text) + _hero_units(text) + _bandit_surnames(text) + _other_names(text)
            + _conscription_districts(text) + _british_regiments(text) + _sacrifice_league_and_field_groups(text)
            + _aged_names(text) + _region_lists(text))
