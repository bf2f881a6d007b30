"""Forms of Chinese MIL_UNIT names that the designation grammar (pipeline.rules.units) does not read,
written from how the armies of 1840-1953 named their formations (not from any set's misses).

`find_unit_forms(text, found)` (working text, Simplified; `found` the other written-text candidates):

- A RANGE of designations sharing one echelon word is one unit span (guideline 4, like a list):
  第十八至第二十一师, 第3至5师团, 第一到第三纵队 (numbers: every designation of the range, at most 12).
- A LIST of Arabic designations separated by ASCII commas before one echelon (order-of-battle tables):
  第3,13,116师团, 16,9,4独立混成旅团 - not a grouped figure (1,200); a clause comma (，) ends a span (rule 13).
- Armies NAMED BY THEIR CAUSE with the place or the people that raised them: provincial coalitions
  (直鲁联军, 五省联军, 国民联军) and the volunteer armies of the 1930s (东北抗日义勇军, 东北民众自卫军,
  东北抗日救国军, 察哈尔民众抗日同盟军, 冀东抗日联军). A generic head (联军, 义勇军, 自卫军, 救国军, 同盟军,
  自治军) needs a place, a province list or a cause word (抗日, 民众) before it; 护国军, 靖国军 … are
  unit_group_names_zh's (a province before them is its own GPE).
- Regional GUERRILLA and COLUMN forces named by their base area with their kind (the CCP's and the
  NRA's local forces): 浙东游击纵队, 苏北挺进纵队, 鄂豫边区游击支队, 闽粤赣边纵队 (a column without its kind
  needs two province abbreviations or a border-area word: 山东纵队 is unit_short_forms_zh's), and numbered after
  its kind (山东人民抗日游击第4支队, 苏北抗日游击第二纵队; auditzh16, unit histories).
- Local forces named by their county or district: 文登县游击队, 琼崖游击队, 定县自卫团.
- War areas and garrison areas and forces named by their region or city: 鲁苏战区, 冀察战区 (two provinces),
  X卫戍区, X警备区, X守备队, X警备队, X巡防营 (a place or 首都 before the head); a 司令部 without an echelon
  word (X警备司令部) is a headquarters body, ORG by the contract, and left to the ORG finders.
- A base area's numbered military subdistrict in its short form: 冀中八分区, 太行第二分区 (one unit, rule 3).
- A CHAIN across finders (rule 3), from a larger formation to a smaller one (siblings of one size stay
  apart: 第十一师团第十三师团): a unit of another finder followed at once by a numbered or kind-named
  sub-unit (山东纵队第一旅第二团, X军分区骑兵团, 一一五师独立团); a named force right before a unit of
  another finder (八路军山东纵队, 新四军浙东游击纵队, 淮军X字营) or before a region's command (新四军苏北指挥部);
  a numbered designation of the units finder right before one (第五军军部特务营). A joined span outranks
  its parts; a longer reading that already holds the parent's place wins (province + 练军 + X字营).
- A unit named after its COMMANDER: a full name (surname + given name, no ordinary word, no place) or a
  person read by another finder right before 旅/师/纵队 is his formation (readings: `X师` right after a
  commander's name is his division); not where the last character and the head make a word (会师).

Every scan starts from a rare literal (至/到 between numerals, a comma between digits, the heads) and
reads back a bounded number of characters; every repetition is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import HQ, NUM, parse_number, patterns, prefixes
from pipeline.rules.names_common import is_common_word
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import rare_finditer
from pipeline.rules.unit_joins_zh import find_unit_joins
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

_CN = "〇零一二三四五六七八九十百"
_MAX_RANGE = 12


# ----------------------------------------------------------------------------------- ranges, lists

@lru_cache(maxsize=1)
def _range_re() -> re.Pattern:
    p = patterns()
    return re.compile(rf"(?<![0-9{_CN}第])(?P<pre>{p['pre']})?(?P<di>第 ?)?(?P<a>{NUM})(?:至|到)(?:第 ?)?(?P<b>{NUM})"
                      rf"(?:{p['post']})?(?P<ech>{p['echelon']})")



def _ranges(text: str) -> list[Candidate]:
    out = []
    for at in _literal_hits(text, "至到"):
        start = at - 1
        while start > 0 and at - start < 16 and (text[start - 1] in _CN or text[start - 1].isdigit()
                                                  or text[start - 1] in "第 "):
            start -= 1
        # a qualifier before the first number (暂编第3至5师)
        for pre_len in (4, 3, 2, 1):
            m = _range_re().match(text, max(0, start - pre_len))
            if m and m.start("a") < at < m.end():
                break
        else:
            m = _range_re().match(text, start)
            if not (m and m.start("a") < at < m.end()):
                continue
        a, b = parse_number(m.group("a")), parse_number(m.group("b"))
        if a is None or b is None or not (0 < a < b) or b - a >= _MAX_RANGE:
            continue
        if not m.group("di") and not m.group("pre") and (len(m.group("a")) == 1 or b - a > 4
                                                         or m.group("a").endswith("十")):
            continue                              # 一至三师, 二十至三十师: a count of divisions
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-range", 61,
                             norm={"unit_hint": {"numbers": list(range(a, b + 1)),
                                                 "echelon": _standard(m.group("ech")), "prefix": ""}}))
    return out


@lru_cache(maxsize=1)
def _comma_list_re() -> re.Pattern:
    p = patterns()
    return re.compile(rf"(?<![0-9０-９.,，])(?P<di>第)?(?P<nums>[0-9０-９]{{1,3}}(?:, ?[0-9０-９]{{1,3}}){{1,40}})"
                      rf"(?P<post>{p['post']})?(?P<ech>{p['echelon']})")


def _comma_lists(text: str) -> list[Candidate]:
    out = []
    end = 0
    for at in _literal_hits(text, ","):
        if at < end or at == 0 or not text[at - 1].isdigit() or at + 1 >= len(text):
            continue
        start = at - 1
        while start > 0 and at - start < 3 and text[start - 1].isdigit():
            start -= 1
        if start > 0 and text[start - 1] == "第":
            start -= 1
        m = _comma_list_re().match(text, start)
        if not m:
            continue
        groups = re.split(", ?", m.group("nums"))
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            continue                              # 1,200师: a grouped figure, not a list
        end = m.end()
        pre = m.group("post") or ""
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-comma-list", 61,
                             norm={"unit_hint": {"numbers": [int(g) for g in groups],
                                                 "echelon": _standard(m.group("ech")), "prefix": pre}}))
    return out


# ----------------------------------------------------------------------------------- named forces

# The cause-named armies that are proper names alone (护国军, 靖国军, 讨逆军 …) are read by unit_group_names_zh and
# a province before them is its own GPE (the sets read 湖北 + 暂编第一师, 四川 + 袁军); these generic heads
# name a force only with the place or the people that raised it, or with a cause word (抗日, 民众).
_CAUSE_ALONE = ("国民联军",)
# 反共, 反共抗俄: the ROC's guerrilla armies of 1949-61 (福建省反共救国军, 云南人民反共志愿军; auditzh4)
_CAUSE_WORDS = ("抗日", "民众", "人民", "工农", "国民", "反满抗日", "抗日救国", "反共", "反共抗俄")
_CAUSE_HEAD_RE = re.compile("义勇军|自卫军|救国军|同盟军|联防军|联军|自治军|抗日军|志愿军")
_HEAD_FIRSTS = "义自救同联抗志"
_HQ_AT = re.compile(HQ)
# what may follow a named force (not 政府: 安国军政府 is a government; not 官/人/阀)
_AFTER_BLOCK = set("政官人阀事械需费区长部属")
# 军 + 民 is the word 军民 (抗日军民 "the anti-Japanese soldiers and people") unless 民 opens a word of the army's
# own work or units (联军民运部, 义勇军民团)
_ARMY_THEN_MIN = set("运团")
# Province abbreviations of 1912-1949 (the old provinces 直 奉 热 察 绥 康 included) and direction tails.
_ABBREVIATIONS = set(province_abbreviations(plus="云奉", without="台港澳") + "直")   # 直: 直隶, the province until 1928
_TAILS = set("东西南北中")
_REGION_ENDS = ("边区", "地区", "边", "省", "县", "区")
_NUMBERED_PROVINCES = re.compile(f"[{_CN}两]{{1,2}}省$")


def _cause_armies(text: str) -> list[Candidate]:
    out = []
    if not any(ch in text for ch in _HEAD_FIRSTS):
        return out
    for m in rare_finditer(_CAUSE_HEAD_RE, text):
        hs, he = m.start(), m.end()
        head = m.group(0)
        if he < len(text) and text[he] in _AFTER_BLOCK:
            continue
        if text.startswith("民", he) and text[he + 1:he + 2] not in _ARMY_THEN_MIN:
            continue                              # 抗日军民: 军民 "army and people", no army (r3zhnums)
        if head == "联军" and hs > 0 and (text[hs - 1] in "英法美俄德意奥" or text.startswith("八国", hs - 2)):
            continue                              # 英法联军, 八国联军: named_units
        start = hs
        cause = False
        for word in sorted(_CAUSE_WORDS, key=longest_first):
            if text.startswith(word, start - len(word)) and start - len(word) >= 0:
                start -= len(word)
                cause = True
                if text.startswith("民众", start - 2):
                    start -= 2
                elif text.startswith("人民", start - 2) and word.startswith(("反共", "抗日")):
                    start -= 2                    # 云南人民反共志愿军, 山东人民抗日联军 (auditzh16)
                break
        if head == "志愿军" and "反共" not in text[start:hs]:
            continue                              # 中国人民志愿军: named_units; only the anti-communist ones here
        place = region_start(text, start)
        if place is not None:
            start = place
        elif not (cause and head != "联军") and text[start:he] not in _CAUSE_ALONE:
            continue                              # 抗日联军 alone is generic; 国民联军 a name
        hq = _HQ_AT.match(text, he)               # rule 15: X联防军司令部 is one unit
        out.append(Candidate(start, hq.end() if hq else he, "MIL_UNIT", "rule:unit-cause-army", 61,
                             norm=_hint("军")))
    return out


def _places() -> frozenset:
    """Place names of 2+ characters that are no country, continent or ocean (the units finder's set)."""
    from pipeline.rules.units import all_place_names

    return all_place_names()


@lru_cache(maxsize=4096)
def is_region(name: str) -> bool:
    """A base area or province group: place names, province abbreviations with direction tails
    (晋察冀, 苏北, 鄂豫边区, 闽粤赣边), an old province (察哈尔), a count of provinces (五省)."""
    numbered = _NUMBERED_PROVINCES.search(name)
    if numbered and all(ch in _ABBREVIATIONS for ch in name[:numbered.start()]):
        return True                               # 五省, 苏五省; not 组织|五省 (织五省联军, auditzh14)
    for end in _REGION_ENDS:
        if name.endswith(end) and len(name) > len(end):
            name = name[: -len(end)]
            break
    places = _places()
    ok = [False] * (len(name) + 1)
    ok[len(name)] = True
    for i in range(len(name) - 1, -1, -1):
        ch = name[i]
        if (ch in _ABBREVIATIONS or (i > 0 and ch in _TAILS)) and ok[i + 1]:
            ok[i] = True
        else:
            ok[i] = any(ok[j] and name[i:j] in places for j in range(i + 2, len(name) + 1))
    return ok[0] and (len(name) >= 2 or name in _ABBREVIATIONS)


STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等各该这那其下入战军师团队旅营连部个些线力第"
            "，。、；：！？（）()「」“”《》 \n\t0123456789")


def region_start(text: str, end: int) -> int | None:
    """Start of the longest region name (2-8 characters) ending at `end`, after a boundary."""
    limit = end
    while limit > 0 and end - limit < 8 and "\u4e00" <= text[limit - 1] <= "\u9fff" and text[limit - 1] not in STOP:
        limit -= 1
    for start in range(limit, end - 1):
        name = text[start:end]
        if len(name) >= 2 and is_region(name):
            return start
    return None


# Local forces named by their base area and their kind (游击纵队, 挺进支队 …).
# a designation between the kind and the head: 人民抗日游击第4支队, 抗日游击第二纵队
_COLUMN_NUMBER_RE = re.compile(f"第?([0-9]{{1,2}}|[{_CN}]{{1,3}})$")
_COLUMN_QUALIFIERS = ("人民抗日游击", "抗日游击", "人民抗日", "人民游击", "游击", "挺进", "抗日", "独立", "先遣", "人民", "自卫")


def _region_columns(text: str) -> list[Candidate]:
    out = []
    if "队" not in text:
        return out
    for at in _literal_hits(text, "队"):
        if at < 1 or text[at - 1] not in "纵支总":
            continue
        hs = at - 1
        numbered = _COLUMN_NUMBER_RE.search(text, max(0, hs - 5), hs)    # 山东人民抗日游击第4支队 (auditzh16)
        q_end = numbered.start() if numbered else hs
        qual = next((q for q in _COLUMN_QUALIFIERS if text.startswith(q, q_end - len(q))), "")
        if numbered and not qual:
            continue                              # 山东第4支队: a place before a numbered unit (units finder)
        q_start = q_end - len(qual)
        if at + 1 < len(text) and text[at + 1] in "长部员":
            continue
        start = region_start(text, q_start)
        if start is None:
            continue
        region = text[start:q_start]
        if start > 0 and text[start - 1] in "个两几数各每":
            continue                              # 2个X纵队: a count (readings: N个 + team word)
        if not qual and not (text[hs] == "纵" and (region.endswith(("边", "边区")) or _abbreviation_count(region) >= 2)):
            continue                              # 山东纵队: unit_short_forms_zh; a bare place + 支队: units
        hint = _hint(text[hs:at + 1])
        hint["unit_hint"]["prefix"] = next((q for q in (qual, qual[-2:]) if q in prefixes()), "")
        if numbered:
            number = parse_number(numbered.group(1))
            if not number:
                continue
            hint["unit_hint"]["numbers"] = [number]
        out.append(Candidate(start, at + 1, "MIL_UNIT", "rule:unit-region-force", 61, norm=hint))
    return out


def _abbreviation_count(name: str) -> int:
    return sum(1 for ch in name if ch in _ABBREVIATIONS)


# War areas named by two provinces; garrison commands named by their city.
# (a 司令部 without an echelon word, 警备司令部 or 保安司令部, is a headquarters body: ORG by the contract)
# (session 29, s29zhlong) the Japanese army's military police were posted and named by city as its garrisons were
# (某地宪兵队, 某地宪兵分队): memoirs of the occupied cities and underground work name them so
_GARRISON_HEADS = ("卫戍区", "警备区", "守备队", "警备队", "巡防营", "巡防队", "宪兵队", "宪兵分队")


def _garrisons(text: str) -> list[Candidate]:
    out = []
    if "战区" in text:
        for at in _literal_positions(text, "战区"):
            start = at
            while start > 0 and at - start < 4 and text[start - 1] in _ABBREVIATIONS:
                start -= 1
            if at - start >= 2 and ((start == 0 or not ("\u4e00" <= text[start - 1] <= "\u9fff")
                                    or text[start - 1] in STOP or text[start - 1] in "党任兼即")):   # 国民党苏鲁战区, 任鲁苏战区 (auditzh9)
                out.append(Candidate(start, at + 2, "MIL_UNIT", "rule:unit-region-war-area", 61, norm=_hint("战区")))
    for head in _GARRISON_HEADS:
        if head not in text:
            continue
        for at in _literal_positions(text, head):
            start = _city_start(text, at)
            if start is not None:
                out.append(Candidate(start, at + len(head), "MIL_UNIT", "rule:unit-garrison", 61, norm=_hint(head)))
    return out


# Local forces named by their county or district (the CCP's county and district units, the NRA's and the
# warlords' local defence corps): 文登县游击队, 琼崖游击队, 定县自卫团.
_LOCAL_HEAD_RE = re.compile("(?:抗日|红军|工农)?游击(?:大队|总队|队)(?![长员])|自卫(?:团|队)(?![长员])"
                            "|赤卫(?:大队|总队|队)(?![长员])|基干(?:大队|队)(?![长员])|武工(?:大队|队)(?![长员])")


def _local_forces(text: str) -> list[Candidate]:
    out = []
    if "游击" not in text and "自卫" not in text and "赤卫" not in text and "基干" not in text and "武工" not in text:
        return out
    for m in rare_finditer(_LOCAL_HEAD_RE, text):
        hs = m.start()
        start = _place_start(text, hs)           # 定县 + 自卫团
        if start is None and hs > 0 and text[hs - 1] in "县区市":
            start = _place_start(text, hs - 1)   # 文登 + 县 + 游击队
        if start is None and hs > 4 and text[hs - 1] == "县":
            for size in (3, 2):                  # 壮大|石柱 + 县 + 红军游击队: a county after a verb
                at = hs - 1 - size
                if text[at:hs - 1] in _places() and is_common_word(text[max(0, at - 2):at], 200):
                    start = at
                    break
        if start is None:                        # a base area: 晋察冀边区 + 游击队
            region = region_start(text, hs)
            if region is not None and (text[region:hs].endswith(("边区", "边")) or _abbreviation_count(text[region:hs]) >= 2):
                start = region
        if start is None or (start > 0 and text[start - 1] in "个两几数各每该"):
            continue
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-local-force", 61,
                             norm=_hint(m.group(0)[-2:] if m.group(0).endswith(("大队", "总队")) else m.group(0)[-1])))
    return out


def _place_start(text: str, end: int) -> int | None:
    """Start of a known place name (2-4 characters) ending at `end`, after a boundary or a function word."""
    places = _places()
    for length in (4, 3, 2):
        start = end - length
        if start >= 0 and text[start:end] in places and (start == 0 or text[start - 1] in STOP
                                                           or not "\u4e00" <= text[start - 1] <= "\u9fff"
                                                           or text[max(0, start - 3):start] in places
                                                           or text[max(0, start - 2):start] in places):   # 山西|平顺
            return start
    return None


def _city_start(text: str, end: int) -> int | None:
    if text.startswith("首都", end - 2):
        return end - 2
    places = _places()
    for length in (4, 3, 2):
        start = end - length
        if start >= 0 and text[start:end] in places:
            return start
    start = region_start(text, end)
    return start


# A base area's numbered military subdistrict in its short form (冀中八分区, 太行第二分区, 晋察冀军区一分区):
# the region, or the region's 军区, written with the number is one unit (rule 3).
_SUBREGION_RE = re.compile(f"(?:军区)?第?(?P<n>[0-9]{{1,2}}|[{_CN}]{{1,3}})军?分区(?![长划])")


def _short_subregions(text: str) -> list[Candidate]:
    out = []
    for at in _literal_positions(text, "分区"):
        head = at - 1 if text.startswith("军分区", at - 1) else at    # 晋察冀第十三军分区 like 冀中第九分区 (auditzh3)
        if head < 3:
            continue
        start = head - 1
        while start > 0 and head - start < 4 and (text[start - 1] in _CN or text[start - 1].isdigit()):
            start -= 1
        if start > 0 and text[start - 1] == "第":
            start -= 1
        if text.startswith("军区", start - 2):
            start -= 2
        m = _SUBREGION_RE.match(text, start)
        if not m or m.end() != at + 2:
            continue
        region = region_start(text, start)
        if region is None:
            continue
        number = parse_number(m.group("n"))
        if not number or number > 40:
            continue
        out.append(Candidate(region, m.end(), "MIL_UNIT", "rule:unit-short-subregion", 63,
                             norm={"unit_hint": {"numbers": [number], "echelon": "军分区", "prefix": ""}}))
    return out


# ----------------------------------------------------------------------------------- commanders

_COMMANDER_HEAD_RE = re.compile("(?:旅|师|纵队)(?![长部属团级第的生傅父徒弟资兄姐妹母范爷尊表承从大生出游行馆客店居途程社船])")   # 师船: warships (r21names)


_BEFORE_NAME = set("，。、；：（）()「」“”《》 \n\t的之和与及率由将令对向被归附属辖派调")
_NAME_END_BLOCK = set("老大小某部")


_NOT_IN_NAME = set("的了是在和与及也都就被把将向由从对为以于而并或等所其该此这那率部军师旅团营兵队官令之个取各全")


def _name_like(name: str) -> bool:
    """A full Chinese name: a known surname, no function character, no ordinary word, no place."""
    from pipeline.normalize.places import place_lexicon
    from pipeline.rules.names_common import is_common_word, surnames

    single, compound = surnames()
    if not (name[0] in single or name[:2] in compound) or any(ch in _NOT_IN_NAME for ch in name):
        return False
    return not is_common_word(name, 300) and name not in place_lexicon()


def _post_word(word: str) -> bool:
    """A post or person noun (干事, 参谋, 战士) read as surname + given character: 干事李|师超 is a clerk named 李某,
    not the division of a commander 干事李 (s20zhper)."""
    from pipeline.rules.person_name_ends import TITLES
    from pipeline.rules.person_role_names import ROLE_NOUNS

    return word in TITLES or word in ROLE_NOUNS


def _former_named(name: str) -> bool:
    """原 + an ordinary word before a column's head (原青年纵队, 原东进纵队): the adverb "former" before the unit's own
    name, not the surname 原 (auditzh51)."""
    from pipeline.rules.names_common import is_common_word

    return len(name) == 3 and name[0] == "原" and is_common_word(name[1:], 100)


def _commander_units(text: str, cands: list[Candidate]) -> list[Candidate]:
    out = []

    if "纵队" in text or "旅" in text or "师" in text:
        for m in rare_finditer(_COMMANDER_HEAD_RE, text):
            hs = m.start()
            start = hs - 3
            if start < 0 or (start > 0 and text[start - 1] not in _BEFORE_NAME):
                continue
            name = text[start:hs]
            if name[-1] in _NAME_END_BLOCK or not all("\u4e00" <= ch <= "\u9fff" for ch in name):
                continue
            if name[0] == "第" and name[1] in "〇一二三四五六七八九十百":
                continue                          # 第五十师: an ordinal, not the compound surname 第五 (auditzh14)
            if _glued_word(text[hs - 1:hs + 1]):
                continue                          # 朱毛会师, 誓师: the verb 会师
            if name[0] == "原" and (m.group(0) == "纵队" or _former_named(name)):
                if m.group(0) == "纵队":          # 原青年纵队: 原 "former" before a column's own name (auditzh51)
                    out.append(Candidate(start + 1, m.end(), "MIL_UNIT", "rule:unit-former-column", 61,
                                         norm=_hint("纵队")))
                continue
            if _name_like(name) and not _post_word(name[:2]):
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-commander-named", 61,
                                     norm=_hint(m.group(0))))
    for c in cands:
        if c.label != "PERSON" or c.end - c.start not in (2, 3) or c.end >= len(text):
            continue
        m = _COMMANDER_HEAD_RE.match(text, c.end)
        if not m:
            continue
        if c.start > 0 and text[c.start - 1] in "老恩良名":
            continue                              # 老师, 恩师 ...
        if _glued_word(text[c.end - 1:c.end + 1]):
            continue
        if text[c.start] == "原" and (m.group(0) == "纵队" or _former_named(text[c.start:c.end])):
            if m.group(0) == "纵队" and c.end - c.start == 3:
                out.append(Candidate(c.start + 1, m.end(), "MIL_UNIT", "rule:unit-former-column", c.priority + 1,
                                     norm=_hint("纵队")))
            continue
        out.append(Candidate(c.start, m.end(), "MIL_UNIT", "rule:unit-commander-named", c.priority + 1,
                             norm=_hint(m.group(0))))
    return out


# ----------------------------------------------------------------------------------- helpers

def _hint(echelon: str) -> dict:
    return {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}


def _glued_word(pair: str) -> bool:
    """True if the last character of a name and the head make a word (会师, 誓师, 出师)."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(pair)
    return bool(entry) and entry[0] >= 20


def _standard(echelon: str) -> str:
    from pipeline.normalize.units import to_standard

    return to_standard(echelon)


def _literal_hits(text: str, chars: str) -> list[int]:
    hits = []
    for ch in chars:
        at = text.find(ch)
        while at != -1:
            hits.append(at)
            at = text.find(ch, at + 1)
    hits.sort()
    return hits


def _literal_positions(text: str, literal: str):
    at = text.find(literal)
    while at != -1:
        yield at
        at = text.find(literal, at + 1)


def find_unit_forms(text: str, found: list[Candidate]) -> list[Candidate]:
    """MIL_UNIT candidates of the forms above (see module docstring)."""
    out = []
    if "至" in text or "到" in text:
        out += _ranges(text)
    if "," in text:
        out += _comma_lists(text)
    out += _cause_armies(text)
    out += _region_columns(text)
    out += _garrisons(text)
    out += _local_forces(text)
    if "分区" in text:
        out += _short_subregions(text)
    out += _commander_units(text, found)
    out += find_unit_joins(text, found, out)
    return out
