"""MIL_UNIT forms the designation grammar (pipeline.rules.units, one qualifier before one designation) does not
read, seen across order-of-battle pages of many armies (session 16 label audit of MIL_UNIT, auditzh42: Japanese
division tables, New Army order lists, PLA air and naval aviation histories, NE Anti-Japanese army lists).

`find_qualifier_runs(text)` (working text, Simplified) proposes:

- A RUN of qualifiers before a designation is part of it (guideline 2 and the label's examples 独立混成第7旅团,
  战车第3师团): several qualifiers stacked (独立步兵警备第65大队, 独立山炮第2联队第5中队, 海军航空兵第10团,
  空军航空兵第804旅), a qualifier before a list sharing one echelon (步兵第11、第41联队, guideline 4), and an arm
  before a New Army echelon (炮兵第8标, 马军第8标, 工程第8营, 步兵第15协, 暂编第31混成协). Echelon the last
  one written, numbers every designation, prefix the qualifiers as written.
- A LIST of Arabic designations typed with ASCII commas before a New Army echelon (第15,16协, 第29,30两标): one
  span (guideline 4; unit_forms_zh reads such lists before the other echelons). A list whose every item carries 第
  (第三,第六,第九,第十一军) is made a 、-list in the working text (working_substitutions._COMMA_DI_LIST).
- A REGION written by two or three province abbreviations right before a numbered chain or a region's
  rear-guard group (冀热辽30旅66团, 陕甘宁留守兵团警备第八团) is one MIL_UNIT, as 太行第三军分区 (readings).
- A military region right before its sub-district (淮南军区路东军分区) and a province's New Army right before its
  numbered division or brigade (江苏新军第九镇) are one MIL_UNIT (rule 3: a unit written with its parent).
- A unit named by its kind (手枪团, 挺进团, 特务营) listed right after numbered siblings of its echelon is a
  MIL_UNIT (guideline 3's siblings: 下辖第七团、第八团和手枪团); and so is the short name a text gives a force in
  brackets (江南抗日义勇军(简称江抗) → 江抗).
- A Korean designation glossed in Hangul (第1步兵旅(제1보병여단)) is a MIL_UNIT with the Chinese echelon (사단 师,
  여단 旅, 연대 团, 대대 营, 중대 连, 소대 排, 군단 军), not the QUANTITY 1.
- Late-Qing battalions named by a character and LISTED before their count (甲字、乙字、丙字各为一营): each X字
  is a MIL_UNIT, as `X字` + `两营` (readings, qing1).
- A small count of formations after a verb of dividing (分为十三营) is a QUANTITY, not the 13th battalion (as
  率军十七营, readings of session 15); after 编为 it names the unit formed (五师编为十三团) and stays a designation.

Every pattern has bounded repetition.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.unit_grammar import CN_DIGITS, patterns, prefixes
from pipeline.rules.late_qing_wars_zh import PROVINCES
from pipeline.rules.names_common import known_places
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

_NUM = rf"(?:[0-9]{{1,4}}|[{CN_DIGITS}]{{1,6}})"
_QING_ECHELONS = "(?:镇|协|标)"
# arms and services that name a unit before its number and are not qualifiers of unit_prefixes.tsv
# the weapons that name Japanese and Chinese support companies before their number (机关枪第一中队, 迫击炮第二连;
# session 22, s22zhext)
_EXTRA_QUALIFIERS = ("航空兵", "山炮", "野炮", "马军", "马队", "步队", "炮队", "工程", "工程兵", "海军", "空军", "陆军",
                     "机关枪", "机枪", "速射炮", "步兵炮", "迫击炮")


def _digits(s: str) -> int:
    from pipeline.normalize.numbers import parse_number
    return int(parse_number(s))


@lru_cache(maxsize=1)
def _qualifier_alt() -> str:
    # a whole force's short name (人民军, 党军) is no qualifier of a run: the units finder reads it at a word start
    # only (国民党军第5军); the services 陆军/海军/空军 are _EXTRA_QUALIFIERS
    words = {w for w, p in prefixes().items()
             if p["position"] in ("pre", "both") and len(w) >= 2 and not w.endswith("军")}
    words |= set(_EXTRA_QUALIFIERS)
    return "(?:" + "|".join(sorted(map(re.escape, words), key=longest_first)) + ")"


@lru_cache(maxsize=1)
def _qualified_re() -> re.Pattern:
    q = _qualifier_alt()
    ech = rf"(?:{patterns()['echelon']}|{_QING_ECHELONS})"
    post = patterns()["post"]
    item = rf"第?{_NUM}"
    return re.compile(rf"(?<![{CN_DIGITS}0-9])(?P<q>{q}{{1,3}})(?P<d>第{_NUM}(?P<sep>(?:[、,]{item}){{1,20}})?"
                      rf"(?:两|等)?(?:{post})?(?P<ech>{ech})(?P<chain>(?:第?{_NUM}{ech}){{0,3}}))")


@lru_cache(maxsize=1)
def _comma_re() -> re.Pattern:
    return re.compile(rf"(?<![{CN_DIGITS}0-9第])(?P<d>第[0-9]{{1,3}}(?:,[0-9]{{1,3}}){{1,20}}(?:两|等)?"
                      rf"(?P<qech>{_QING_ECHELONS}))")


_NUM_RE = re.compile(_NUM)


def _numbers(span: str) -> list[int]:
    return [_digits(n) for n in _NUM_RE.findall(span)]


def _standard(ech: str) -> str:
    return ech.translate(str.maketrans("団戦歩砲", "团战步炮"))


def _qualified(text: str) -> list[Candidate]:
    out = []
    for m in _qualified_re().finditer(text):
        quals = m.group("q")
        ech = m.group("ech")
        several = len(re.findall(_qualifier_alt(), quals)) >= 2
        extra = any(quals.endswith(w) or quals.startswith(w) for w in _EXTRA_QUALIFIERS)
        if not (several or m.group("sep") or re.fullmatch(_QING_ECHELONS, ech) or extra or m.group("chain")):
            continue
        if quals in ("海军", "空军", "陆军") and not m.group("sep"):
            continue              # 海军第3舰队: a service before its unit (the named-force reading decides)
        chain = m.group("chain")
        last = re.findall(rf"(?:{patterns()['echelon']}|{_QING_ECHELONS})$", chain) if chain else []
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-qualifier-run", 66,
                             norm={"unit_hint": {"numbers": _numbers(m.group("d")),
                                                 "echelon": _standard(last[0] if last else ech),
                                                 "prefix": quals.replace("陆军", "")}}))   # 陆军步兵第X师: 步兵 (auditzh15)
    return out


def _comma_lists(text: str) -> list[Candidate]:
    out = []
    for m in _comma_re().finditer(text):
        ech = m.group("qech")
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-comma-list-di", 65,
                             norm={"unit_hint": {"numbers": _numbers(m.group("d")), "echelon": _standard(ech),
                                                 "prefix": ""}}))
    return out


# one-character abbreviations of the provinces and border regions (complete for the 1912-1949 provinces and the
# border-region names built from them: 晋察冀, 冀鲁豫, 陕甘宁, 冀热辽, 苏皖, 鄂豫皖, 湘鄂赣, 晋绥 …)
ABBR = province_abbreviations(without="京津沪渝琼藏台港澳")
_REGION_RE = re.compile(rf"(?<![{ABBR}])(?P<r>[{ABBR}]{{2,3}})(?P<u>(?:留守兵团|[警独])?"
                        rf"(?:警备)?第?{_NUM}(?:旅|师|纵(?!队))(?:{_NUM}(?:旅|师|团|营)){{1,3}}"
                        rf"|留守兵团(?:警备|独立)?第?{_NUM}(?:旅|团|营))")


def _region_units(text: str) -> list[Candidate]:
    out = []
    for m in _REGION_RE.finditer(text):
        ech = m.group("u")[-1]    # one numbered unit alone after a region (苏皖第3纵队) is the region finders'

        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-region-chain", 66,
                             norm={"unit_hint": {"numbers": _numbers(m.group("u")), "echelon": ech, "prefix": ""}}))
    return out


# a military region written right before one of its sub-districts (rule 3: 淮南军区路东军分区, 晋察冀军区第三军分区)
_REGION_SUBDISTRICT_RE = re.compile(rf"(?P<r>[\u4e00-\u9fff]{{2,4}})军区(?:(?P<n>[\u4e00-\u9fff]{{2,3}}?)军分区|第?{_NUM}(?:、第?{_NUM}){{0,6}}(?:军分区|分区))")
# (a list of sub-districts sharing the head after their region is one span, guidelines 3 and 4: 淮北军区1、3分区)
_SUBDISTRICT_STOP = frozenset("的了是和与及等各所属该其这那此每下辖原新旧")
# a province's New Army before its numbered division or brigade (江苏新军第九镇, as 湖北新军): one unit (rule 3)
_NEW_ARMY_CHAIN_RE = re.compile(rf"(?:{'|'.join(PROVINCES)})新军(?:暂编)?第{_NUM}(?:混成)?(?:镇|协|标)")


def _chains(text: str) -> list[Candidate]:
    out = []
    if "军区" in text and "分区" in text:
        places = known_places()
        for m in literal_finditer(_REGION_SUBDISTRICT_RE, text):
            if m.group("n") and _SUBDISTRICT_STOP.intersection(m.group("n")):
                continue
            region = m.group("r")
            # the region: the longest ending of the characters before 军区 that is a known place or a run of
            # province abbreviations (淮南, 晋察冀), not the verb before it (接管|淮南军区)
            cut = next((k for k in range(len(region) - 1) if region[k:] in places
                        or all(ch in ABBR for ch in region[k:])), None)
            if cut is None:
                continue
            out.append(Candidate(m.start() + cut, m.end(), "MIL_UNIT", "rule:unit-region-subdistrict", 66,
                                 norm={"unit_hint": {"numbers": _numbers(m.group()[m.group().index("军区") + 2:]),
                                                     "echelon": "军分区", "prefix": ""}}))
    if "新军第" in text:
        for m in literal_finditer(_NEW_ARMY_CHAIN_RE, text):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-new-army-chain", 66,
                                 norm={"unit_hint": {"numbers": _numbers(m.group()), "echelon": m.group()[-1],
                                                     "prefix": "混成" if "混成" in m.group() else ""}}))
    return out


# a unit named by its kind listed with numbered siblings of its echelon (下辖第七团、第八团和手枪团; 第8团、挺进团等部)
_KINDS = "手枪|特务|警卫|教导|骑兵|炮兵|挺进|独立|工兵|侦察|通信|保安|补充|新兵"
_KIND_SIBLING_RE = re.compile(rf"第?{_NUM}(?P<e>团|营|连|旅|大队|支队)(?:、第?{_NUM}(?P=e)){{0,8}}(?:、|和|及|以及|与)"
                              rf"(?P<k>(?:{_KINDS})(?P=e))(?![长部])")
# the short name a text gives a force in brackets: 江南抗日义勇军(简称江抗), X游击纵队（简称X纵）
_SHORT_NAME_RE = re.compile(r"(?:军|队|团|旅|师|纵队|支队)[（(]简称[“\"]?(?P<n>[\u4e00-\u9fff]{2,4}?)[”\"]?[）)]")


def _siblings_and_short_names(text: str) -> list[Candidate]:
    out = []
    for m in _KIND_SIBLING_RE.finditer(text):
        out.append(Candidate(m.start("k"), m.end("k"), "MIL_UNIT", "rule:unit-kind-sibling", 64,
                             norm={"unit_hint": {"numbers": [], "echelon": m.group("e"),
                                                 "prefix": prefixes().get(m.group("k")[:-len(m.group("e"))],
                                                                          {}).get("canonical", "")}}))
    if "简称" in text:
        for m in literal_finditer(_SHORT_NAME_RE, text):
            out.append(Candidate(m.start("n"), m.end("n"), "MIL_UNIT", "rule:unit-short-name", 64))
    return out


# a Korean designation glossed in Hangul on a Chinese page (第1步兵旅(제1보병여단), 第1团(제1연대)): the Korean army's
# echelon nouns (사단 division, 여단 brigade, 연대 regiment, 대대 battalion, 중대 company, 소대 platoon, 군단 corps)
# with 제 + number and an arm (보병 infantry, 기갑 armour, 포병 artillery, 공병 engineers)
_HANGUL_ECHELONS = {"군단": "军", "사단": "师", "여단": "旅", "연대": "团", "대대": "营", "중대": "连", "소대": "排"}
_HANGUL_ARMS = {"보병": "步兵", "기갑": "装甲", "포병": "炮兵", "공병": "工兵", "기병": "骑兵"}
_HANGUL_UNIT_RE = re.compile(rf"(?<![\uac00-\ud7a3])제 ?([0-9]{{1,3}}) ?({'|'.join(_HANGUL_ARMS)})? ?"
                             rf"({'|'.join(_HANGUL_ECHELONS)})(?![\uac00-\ud7a3])")


def _hangul_units(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-hangul", 66,
                      norm={"unit_hint": {"numbers": [int(m.group(1))], "echelon": _HANGUL_ECHELONS[m.group(3)],
                                          "prefix": _HANGUL_ARMS.get(m.group(2) or "", "")}})
            for m in _HANGUL_UNIT_RE.finditer(text)]


_CHAR_LIST_RE = re.compile(r"((?:[\u4e00-\u9fff]字、){1,12}[\u4e00-\u9fff]字)(?=各|等|共|均)")


def _character_lists(text: str) -> list[Candidate]:
    out = []
    for m in _CHAR_LIST_RE.finditer(text):
        if "营" not in text[m.end():m.end() + 8]:
            continue
        for k in range(m.start(1), m.end(1), 3):
            out.append(Candidate(k, k + 2, "MIL_UNIT", "rule:unit-character-list", 64))
    return out


_DIVIDED_RE = re.compile(r"(?:分为|分成)([一二三四五六七八九十两]{1,3}(?:营|旅|团|标|哨))(?![长部第])")


def _divided_counts(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-divided-units", 66)
            for m in _DIVIDED_RE.finditer(text)]


def find_qualifier_runs(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "第" in text:
        out += _qualified(text)
        if "," in text:
            out += _comma_lists(text)
    out += _region_units(text)
    out += _chains(text)
    out += _siblings_and_short_names(text)
    if "字、" in text:
        out += _character_lists(text)
    out += _divided_counts(text)
    if "제" in text:
        out += _hangul_units(text)
    return out
