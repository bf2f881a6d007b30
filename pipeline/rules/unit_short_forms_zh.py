"""Chinese unit names written short or named by a function, direction, place or region (working text).

`find_unit_short_forms(text)` (MIL_UNIT):
- civil-war column abbreviations, a Chinese numeral with 纵 (二纵, 十纵, 东北野战军四纵, 华野一纵; not 七擒七纵,
  纵深, 纵横) with the brigades and regiments chained after it;
- the reorganised divisions of 1946-1948 written short (整11师 = 整编第11师);
- a garrison named by its place (X守备队, X警备司令部);
- units named by their function (先遣支队, 教导旅, 警卫团, 特务营), alone or written after their parent army
  (新四军先遣支队); not after a branch (宪兵教导团) nor before a subordinate designation;
- task forces named by their direction of advance (东进兵团, 西进兵团); a force named by the surnames of its two
  commanders (刘邓大军).
`find_region_columns(text)` (MIL_UNIT): a column named by its region (太岳纵队, 冀鲁豫纵一部).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import surnames, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.unit_precision_guards_zh import bare_function_named
from pipeline.rules.settlement_frames_zh import named_after_known_place

_CJK = "\u4e00-\u9fff"
_CN_NUM = "一二三四五六七八九十"


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

# a garrison named by its place: 拉孟守备队, 上海警备司令部 (rule 15: the HQ belongs to it)
_GARRISON_RE = re.compile(f"([{_CJK}]{{2,4}}?)(守备队|警备队|守备司令部|警备司令部|守备区)")
_GARRISON_ANCHOR = re.compile("[守警]")

# a column named by its region (太岳纵队, 冀中纵队): a MIL_UNIT (dev 华南纵队)
_REGION_COLUMN_RE = re.compile(f"([{_CJK}]{{2,3}})纵(?:队|(?=一部|主力|部队|[的和与及、，。,；]))")   # 渤海纵一部: the short form (s18 r2)
_REGION_COLUMN_ANCHOR = re.compile("纵")
_COUNT_MARKS = set("个個支")    # 2个X纵队: a count of columns (the count finder's)
_REGION_COLUMN_TAIL_RE = re.compile("纵(?:队|(?=一部|主力|部队|[的和与及、，。,；]))")


def find_unit_short_forms(text: str) -> list[Candidate]:
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
        k = next((k for k in range(len(name) - 1) if name[k:] in place_lexicon()), None)
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


def find_region_columns(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for start, end in named_after_known_place(_REGION_COLUMN_RE, text, _REGION_COLUMN_ANCHOR, 3, places):
        out.append(Candidate(start, end, "MIL_UNIT", "rule:unit-region-column", 60,
                             norm={"unit_hint": {"numbers": [], "echelon": "纵队", "prefix": ""}}))
    if "纵" in text:     # 鲁中南纵队, 冀鲁豫纵一部: a region of province abbreviations and direction tails (s18 r2)
        from pipeline.rules.unit_forms_zh import region_start
        for m in _REGION_COLUMN_TAIL_RE.finditer(text):
            start = region_start(text, m.start())
            if start is not None and 2 <= m.start() - start <= 4 and text[start - 1:start] not in _COUNT_MARKS:
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-column", 60,
                                     norm={"unit_hint": {"numbers": [], "echelon": "纵队", "prefix": ""}}))
    return out
