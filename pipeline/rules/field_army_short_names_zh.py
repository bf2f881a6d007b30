"""Field armies by their abbreviation, headquarters with their formation and other unit forms, in Chinese working text.

`find_field_army_short_names(text)` (MIL_UNIT):
- the field armies by their abbreviation (一野 … 四野, 华野, 中野, 东野, 西野) alone or with a subordinate designation
  (二野第4兵团: rule 3);
- a headquarters written with its formation (第十七兵团部: rule 15);
- a task force with a designation written without 第 (西集团203师); a brigade or division named after its commander
  in a list (部X旅和Y旅); a country's contingent (土耳其旅: `_countries`, also used by unit_headquarters_extents_zh).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import normalize_unit, parse_number
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.person_command_frames_zh import NOT_IN_NAME, name_like

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百〇○"

# 一野 … 四野 (第一至第四野战军, 1949), 华野/中野/东野/西野 (1947-1949): with a designation after them (rule 3)
_FIELD_ABBR_RE = re.compile(
    f"(?:(?<![{_CJK}])|(?<=[和与及、的由是将在从向被归属令而掉入为至我以任])|(?<![第{_NUM}])(?=[一二三华]野))([一二三四华中东西])野"
    f"((?:第?[{_NUM}]{{1,4}}(?:兵团|纵队|纵|军|师))(?:第?[{_NUM}]{{1,4}}(?:军|师|旅|团|营))*)?"
    f"(?P<hq>(?:特种兵|炮兵|后勤)?(?:总部|指挥部|司令部)|前线指挥部)?(?![长部属级])")   # 东野特种兵司令部 (s20zhunit)   # 华野总部, 东野指挥部: its headquarters (rule 15)
_CHAIN_MEMBER_RE = re.compile(f"第?([{_NUM}]{{1,4}})(兵团|纵队|纵|军|师|旅|团|营)")
# 一野/二野/三野/华野 are no common words: any left neighbour but a numeral or 第 (连二野等, 当年三野的, auditzh30);
# 四野 (the open country) and 中野/东野/西野 (Japanese surnames) keep the narrow left context (我中野一部, 以东野主力:
# the speaker's side and the verb of using, s19zhunit)
_FIELD_ABBR_ANCHOR = re.compile("野(?<=[一二三四华中东西]野)")   # a literal first: scanned in C
# a post of the field army's command (时任东野参谋长) or its host (二野大军) after the short name names it (s20zhunit)
_FIELD_ABBR_NEXT_STRICT = re.compile(f"主力|部队|一部|兵团|纵队|参谋长|副?司令员|政治委员|副?政委|前委|首长|的(?=第?[{_NUM}]{{1,3}}(?:纵|兵团))")   # 中野的三纵     # 中野/东野/西野 are also Japanese surnames
_FIELD_ABBR_NEXT = re.compile("主力|部队|一部|大军|先遣|百万|雄师|参谋长|副?司令员|政治委员|副?政委|前委|首长|第|[的和与及、有已在是也,，。；;共总等]")
# 第十七兵团部 / 第三兵团部: a headquarters written with its formation (rule 15)
_HQ_RE = re.compile(f"(?<![{_NUM}])(第?[{_NUM}]{{1,4}})(兵团|集团军|军|师|旅)部(?![队分署门长下属将位落])")
_HQ_ANCHOR = re.compile("部(?<=[军师旅团]部)")
# 西集团203师: a task force and a member written without 第 (zh5 takes 东集团第10兵团)
_TASK_FORCE_MEMBER_RE = re.compile(
    f"((?:中央|[东西南北中左右])集团)([0-9]{{1,4}}|[一二三四五六七八九十百〇○]{{1,5}})(兵团|军|师|团)(?![长部属级])")
_TASK_FORCE_MEMBER_ANCHOR = re.compile("集团")
# 志愿军第38军第113师: a named force of the PRC before a chain of designations is one span (rules 2 and 3; zh5 takes
# the force with its first designation alone, 志愿军第9兵团)
_FORCE_CHAIN_RE = re.compile(
    f"(?:(?:中国)?人民)?(?:志愿军|解放军)((?:第?[{_NUM}]{{1,4}}(?:野战军|兵团|军|师))(?:第?[{_NUM}]{{1,4}}(?:兵团|军|师|旅|团|营|连|排)){{1,5}})"
    f"(?![长部属级])")
_FORCE_CHAIN_ANCHORS = (re.compile("志愿军"), re.compile("解放军"))
_DESIGNATION_RE = re.compile(f"第?([{_NUM}]{{1,4}})(野战军|兵团|军|师|旅|团|营|连|排)")
# 土耳其旅 / 希腊营: a country's contingent named by the country (the 联合国军 brigades and battalions of 1950-1953)
_CONTINGENT_RE = re.compile(f"([{_CJK}]{{2,4}}?)(旅|营)(?=[在和与及、，,。；;的于向从被已也等为是随则仍又亦均都]|$)")
_CONTINGENT_ANCHORS = tuple(re.compile(f"{ch}(?=[在和与及、，,。；;的于向从被已也等为是随则仍又亦均都]|$)") for ch in "旅营")
# “白虎团” / “钢七军”: a unit's nickname in quotes, a two-character name before a small echelon or a character before a
# numbered army (zh4 takes quoted names ending in 军/部队/兵团/支队/纵队 without numerals)
_QUOTED_NICKNAME_RE = re.compile(f"[“\"「『]([{_CJK}]{{2}}(团|营|连)|[{_CJK}]([一二三四五六七八九十]{{1,3}})(军|师|团))[”\"」』]")
# (「」『』: the corner quotes of Traditional-script books, 「老虎團」; auditzh16)
_QUOTED_NICKNAME_ANCHORS = tuple(re.compile(f"{q}(?<=[团营连军师]{q})") for q in "”\"」』")
# 第二绥靖区 / 第十一绥靖区: the Nationalist pacification zones of 1946-1949 (a command with its own forces, MIL_UNIT)
_PACIFICATION_ZONE_RE = re.compile(f"第([{_NUM}]{{1,3}})绥靖区")
_PACIFICATION_ZONE_ANCHOR = re.compile("绥靖区")
# 西北军政长官公署 / 华中军政长官公署: a regional military-administrative headquarters (ORG as 绥靖公署), not the army
# named 西北军 inside it
_ADMIN_HQ_RE = re.compile(f"([{_CJK}]{{2,4}}?)军政长官公署")
_ADMIN_HQ_ANCHOR = re.compile("军政长官公署")
# 独2旅 / 独八旅: the short form of 独立 before a bare designation (prefix 独立)
_INDEPENDENT_SHORT_RE = re.compile(f"独([{_NUM}]{{1,3}})(旅|团|师|营)(?![长部属级])")
_INDEPENDENT_SHORT_ANCHOR = re.compile("独")
# 晋察冀军区第一分区 / 冀中军区第8军分区: a sub-district written after its military region is one span (rule 3)
_SUBDISTRICT_RE = re.compile(f"([{_CJK}]{{1,5}}军区)(第?([{_NUM}]{{1,3}})(?:军)?分区)")
_SUBDISTRICT_ANCHOR = re.compile("分区")
_OFFICE_BEFORE_RE = re.compile("[后调升改兼出曾时历现继接]?任")
# 纳入晋西北军区第8分区, 划归太岳军区第二军分区, 他后任冀中军区…: a verb of incorporation or office (after a
# pronoun or a name) before the region is no part of its name (auditzh16)
INTO_BEFORE_RE = re.compile("[编纳划调转并列归收]入|[划改]归|[转改划]隶|[改隶配归]属|属于|[后调升改兼出曾时历现继接]任")
# 东北人民解放军 / 华东人民解放军: a region's People's Liberation Army is one named force (its echelon is "")
_REGIONAL_PLA_RE = re.compile("(东北|华北|西北|华东|华中|中南|中原|西南|华南)人民解放军")
_REGIONAL_PLA_ANCHOR = re.compile("人民解放军")
# the New Army of 1904-1912 by its own echelons: 镇 (division), 协 (brigade), 标 (regiment), with their members (第八镇工程第八营,
# 第二十一混成协); 新军/北洋/陆军 before them stay inside (rule 2), a province before them is its own GPE (as 湖北暂编第一师)
_NEW_ARMY_RE = re.compile(
    f"(?:(?:北洋)?新军|北洋(?:陆军)?|陆军|混成)?第([{_NUM}]{{1,3}})(混成)?(镇|协|标)"   # 混成第三协 (auditzh6)
    f"((?:(?:步|马|炮|工程|辎重)(?:队|兵)?)?第[{_NUM}]{{1,3}}(?:混成)?(?:协|标|营|队)){{0,3}}(?![长属])(?!部(?![分署]))")   # 第八镇|部分部队, |部署 (auditzh42), not 镇部 (its HQ)
_NEW_ARMY_ANCHOR = re.compile(f"第(?=[{_NUM}]{{1,3}}(?:混成)?[镇协标])")
_NEW_ARMY_MEMBER_RE = re.compile(f"第([{_NUM}]{{1,3}})(混成)?(协|标|营|队)")
# 部X旅和Y旅: a brigade or division named after its commander, after 部 or in a list
_NAMED_BRIGADE_RE = re.compile(f"[部和与及、]([{_CJK}]{{3}})(?<![两数诸各])(旅|师)(?![长部属团级第])")
_NAMED_BRIGADE_ANCHORS = tuple(re.compile(f"{ch}(?<=[部和与及、][{_CJK}]{{3}}{ch})") for ch in "旅师")


_SENTENCE_END = re.compile("[。！？!?\n]")
_PERSON_AFTER = re.compile("先生|氏|君|[大中少][将佐尉]|教授|博士|夫人|女士|小姐|等人|[一-龥]?郎")
_OPEN_QUOTES, _CLOSE_QUOTES = "「“‘『\"", "」”’』\""


def _beside_field_armies(text: str, pending: list, found: list[int]) -> list[Candidate]:
    """A bare X野 that the words after it do not show (四野 may be the open country, 中野 a surname) is a field army
    where the same sentence names another field army by its short name (二野和三野, 中野的兄弟部队为华野…) or where it
    stands alone in quotation marks (「四野」): session 31 (w31zhunit), read across development sets."""
    out = []
    for m in pending:
        quoted = (m.start() > 0 and text[m.start() - 1] in _OPEN_QUOTES and m.end() < len(text)
                  and text[m.end()] in _CLOSE_QUOTES)
        if not quoted:
            left = max((e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 60), m.start())), default=0)
            right = _SENTENCE_END.search(text, m.end(), m.end() + 60)
            right = right.start() if right else min(len(text), m.end() + 60)
            others = [s for s in found if left <= s < right and s != m.start()]
            others += [p.start() for p in pending if p is not m and left <= p.start() < right
                       and p.group(1) != m.group(1) and p.group(1) in "一二三华"]
            if not others or m.group(1) in "东西" and not any(s in found for s in others):
                continue
            if any(_PERSON_AFTER.match(text, p.end()) for p in pending if left <= p.start() < right):
                continue        # 中野先生与三野先生: Japanese surnames
        head = m.group(1)
        hint = {"numbers": [] if head in "华中东西" else [parse_number(head)], "echelon": "野战军", "prefix": "",
                "side": "CCP"}
        if hint["numbers"]:
            hint["id"] = f"CCP/field_army/{hint['numbers'][0]}"
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-field-army-abbr", 62, norm={"unit_hint": hint}))
    return out


@lru_cache(maxsize=1)
def country_names() -> frozenset:
    return frozenset(name for name, entry in place_lexicon().items() if entry.label == "GPE" and entry.kind == "country")


def find_field_army_short_names(text: str) -> list[Candidate]:
    out, pending = [], []
    for m in anchored_finditer(_FIELD_ABBR_RE, text, _FIELD_ABBR_ANCHOR, 1):
        head, member = m.group(1), m.group(2)
        numbers = [] if head in "华中东西" else [parse_number(head)]
        if member:
            parts = _CHAIN_MEMBER_RE.findall(member)
            if len(parts) > 5 or not all(parse_number(n) for n, _ in parts):
                continue
            numbers += [parse_number(n) for n, _ in parts]
            echelon = "纵队" if parts[-1][1] == "纵" else parts[-1][1]
        elif not m.group("hq") and not (_FIELD_ABBR_NEXT if head not in "中东西" else _FIELD_ABBR_NEXT_STRICT).match(
                text, m.end()):
            pending.append(m)   # 四野 alone may be the open country: kept only beside another field army (below)
            continue
        else:
            echelon = "野战军"
        hint = {"numbers": numbers, "echelon": echelon, "prefix": "", "side": "CCP"}   # every X野 is a PLA field army
        if echelon == "野战军" and numbers:
            hint["id"] = f"CCP/field_army/{numbers[0]}"     # as 第二野战军 (auditzh30)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-field-army-abbr", 62, norm={"unit_hint": hint}))
    if pending:
        out += _beside_field_armies(text, pending, [c.start for c in out])
    for m in anchored_finditer(_HQ_RE, text, _HQ_ANCHOR, 9):
        number = parse_number(m.group(1).lstrip("第"))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-headquarters", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": ""}}))
    for m in anchored_finditer(_TASK_FORCE_MEMBER_RE, text, _TASK_FORCE_MEMBER_ANCHOR, 2):
        number = parse_number(m.group(2))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-task-force-member", 64,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(3), "prefix": ""}}))
    for m in (m for anchor in _FORCE_CHAIN_ANCHORS for m in anchored_finditer(_FORCE_CHAIN_RE, text, anchor, 4)):
        parts = _DESIGNATION_RE.findall(m.group(1))
        numbers = [parse_number(n) for n, _ in parts]
        if all(numbers):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-force-chain", 64,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": parts[-1][1], "prefix": ""}}))
    for m in anchored_finditer(_SUBDISTRICT_RE, text, _SUBDISTRICT_ANCHOR, 12):
        region = m.group(1)
        cut = max((i + 1 for i, ch in enumerate(region[:-2]) if ch in NOT_IN_NAME or ch in "、我敌"), default=0)
        office = _OFFICE_BEFORE_RE.match(region, cut)      # 后任冀中军区…: a verb of office is no part of the name
        cut = office.end() if office and len(region) - office.end() >= 3 else cut
        into = max((v.end() for v in INTO_BEFORE_RE.finditer(region, cut, len(region) - 2)), default=cut)
        cut = into if len(region) - into >= 3 else cut
        number = parse_number(m.group(3))
        if number and len(region) - cut >= 3:
            out.append(Candidate(m.start(1) + cut, m.end(), "MIL_UNIT", "rule:unit-military-subdistrict", 64,
                                 norm={"unit_hint": {"numbers": [number], "echelon": "军分区", "prefix": ""}}))
    for m in anchored_finditer(_REGIONAL_PLA_RE, text, _REGIONAL_PLA_ANCHOR, 2):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-regional-pla", 62,
                             norm={"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    for m in anchored_finditer(_NEW_ARMY_RE, text, _NEW_ARMY_ANCHOR, 4):
        numbers, echelon, prefix = [parse_number(m.group(1))], m.group(3), m.group(2) or ""
        if m.group(0).startswith("混成"):
            prefix = "混成"
        members = _NEW_ARMY_MEMBER_RE.findall(m.group(0)[m.start(3) - m.start() + 1:])
        for number, mixed, member_echelon in members:
            numbers.append(parse_number(number))
            echelon, prefix = member_echelon, mixed or ""
        if all(numbers) and not (echelon == "镇" and m.group(0).startswith("第") and text[m.end():m.end() + 1] in ("的", "上")):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-new-army", 62,
                                 norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": prefix}}))
    for m in anchored_finditer(_PACIFICATION_ZONE_RE, text, _PACIFICATION_ZONE_ANCHOR, 4):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-pacification-zone", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": "绥靖区", "prefix": ""}}))
    for m in anchored_finditer(_ADMIN_HQ_RE, text, _ADMIN_HQ_ANCHOR, 4):
        name = m.group(1)
        cut = max((i + 1 for i, ch in enumerate(name) if ch in NOT_IN_NAME or ch == "、"), default=0)
        if len(name) - cut >= 2:
            out.append(Candidate(m.start(1) + cut, m.end(), "ORG", "rule:org-military-administrative-hq", 63))
    for m in anchored_finditer(_INDEPENDENT_SHORT_RE, text, _INDEPENDENT_SHORT_ANCHOR, 0):
        number = parse_number(m.group(1))
        if number:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-independent-short", 62,
                                 norm={"unit_hint": {"numbers": [number], "echelon": m.group(2), "prefix": "独立"}}))
    countries = country_names()
    for m in (m for anchor in _CONTINGENT_ANCHORS for m in anchored_finditer(_CONTINGENT_RE, text, anchor, 4)):
        name = m.group(1)
        for k in range(len(name) - 1):
            if name[k:] in countries:
                out.append(Candidate(m.start(1) + k, m.end(), "MIL_UNIT", "rule:unit-contingent", 61,
                                     norm={"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}))
                break
    for m in (m for anchor in _QUOTED_NICKNAME_ANCHORS for m in anchored_finditer(_QUOTED_NICKNAME_RE, text, anchor, 6)):
        name = m.group(1)
        if m.group(3):
            hint = {"numbers": [parse_number(m.group(3))], "echelon": m.group(4), "prefix": ""}
        else:
            hint = {"numbers": [], "echelon": m.group(2), "prefix": ""}
        # a quoted short designation (“红三团”, “新五连”): the normaliser's reading, whose numbers hold the
        # designation number its id already holds (session 21 r2, r21units); a nickname (“老虎团”) keeps the hint
        if normalize_unit(name).get("numbers"):
            hint = None
        out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-quoted-nickname", 61,
                             norm={"unit_hint": hint} if hint else {}))
    for m in (m for anchor in _NAMED_BRIGADE_ANCHORS for m in anchored_finditer(_NAMED_BRIGADE_RE, text, anchor, 4)):
        name = m.group(1)
        if name_like(name) and name[0] != "第":      # 第五十师 is a designation (第 is a rare surname)
            out.append(Candidate(m.start(1), m.end(), "MIL_UNIT", "rule:unit-named-after-commander", 61,
                                 norm={"unit_hint": {"numbers": [], "echelon": m.group(2), "prefix": ""}}))
    return out
