"""Unit chains that the finders read in pieces: a named force + a region + numbered units, a numbered sub-district +
a kind-named unit, and a list of New Army 镇/协/标 designations each with 第 (session 23, s23zhunit).

Unit histories of the CCP forces write a formation with its force, the region it was raised in and its numbered
units: `东北民主联军辽南第二纵队第五旅`, `八路军冀中第三纵队`, `新四军苏中军区第二分区`; guideline 2 keeps an army name
that is part of the designation inside the span (`国民革命军第74军`) and guideline 3 makes a unit written with its
parents one span. The finders read the force, the region (LOC) and the numbered chain as three spans, and a
region's sub-district (`X军区第三分区`, priority 66) before the join of the force could outrank it.
A sub-district's task- or kind-named unit (`冀南军区第四分区特务营`, `第二分区基干团`) is its sub-unit (rule 3), but
the finders stop at 分区. Late-Qing and Beiyang histories list New Army divisions and brigades each with 第
(`第一、第三镇`, `北洋常备军第二、第四两镇`, `第五、第六协`); guideline 4 makes a list sharing one echelon word one span,
as the finders already do for 师 (`第1、第2、第3师`), but 镇 (also a town) was left to its last item.

`find_regional_force_chains(text)` (working text, Simplified) proposes MIL_UNIT at priority 67 (above the parts, the
joins at 61-66 and the region's sub-district at 66) for
- a named force of lexicons/named_units.tsv whose echelon is none or 军 (a whole force: 八路军, 新四军, 东北民主联军),
  a region of two to four characters (a known place, or province characters + a direction: `吉东`; or a direction +
  满: `南满`), an optional 军区, an optional qualifier (独立, 暂编, 新编, 骑兵, 警备; session 29) and one or more
  numbered echelons (`第3纵队第9旅`, `第二分区`, `独立第1团第3连`), each with 第 or digits; numbers those of the
  chain, echelon the last, prefix the qualifier;
- an optional region + 军区, a numbered 分区/军分区 and a kind word (特务, 警卫, 独立, 基干, 骑兵, 炮兵, 侦察, 通信, 教导,
  补充, 新兵) + 团/营/连/大队/支队/中队, not before 长/部/员 (the post and the staff);
- an optional army name (北洋常备军, 北洋陆军, 北洋新军, 常备军, 陆军, 新军), 第 + a number, one or more 、 + an
  optional 第 + a number, an optional count (两 … 六, 等), and 镇, 协 or 标; not before 长 or a character that makes 镇
  a place (上, 内, 外, 区, 政, 人, 民). Numbers the list's, echelon the head.

Examples written for this module: `编入东北民主联军辽南第二纵队第五旅`, `八路军冀东第三支队`, `由冀南军区第四分区特务营编成`,
`第六分区基干团`, `北洋常备军第二、第四两镇`, `第五、第六协`. Negatives: `八路军在冀中` (no numbered chain), `第二分区
特务营营长` keeps 营 (the post is outside), `第一、二镇政府` (a town's office).
Cost: three regexes started at their literals (`scan.literal_finditer`: 第/分区/、); the force alternation is built once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import named_units, parse_number
from pipeline.rules.names_common import known_places
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-regional-force-chain", 67

_NUM = "〇零一二三四五六七八九十百0-9"
_N = f"[{_NUM}]{{1,4}}"
_ECH = "(?:纵队|支队|军分区|分区|军|师|旅|团|营|大队|中队|连)"
_NUMS_RE = re.compile(_N)
# a parent's number: with 第, in digits, or in bare numerals not glued to a word (新四军 holds no 四军)
_PARENT_N = f"(?:第{_N}|(?<![0-9])[0-9]{{1,4}}|(?<![\u4e00-\u9fff])[〇零一二三四五六七八九十百]{{1,4}})"
# not before a post or the staff (部队 is fine), and 师/旅 + 团 is a Japanese echelon (师团, 旅团)
_END = "(?![长员]|部(?!队)|(?<=[师旅])团)"
# a headquarters written with its formation is part of it (guideline 15): 第3旅旅部, 第一分区司令部
_HQ = "(?:司令部|指挥部|政治部|(?<=军)军部|(?<=师)师部|(?<=旅)旅部|(?<=团)团部|(?<=营)营部)?"
_PROVINCE = province_abbreviations(without="藏台港澳康")
_DIRECTIONAL_RE = re.compile(f"(?:[{_PROVINCE}]{{1,3}}[东西南北中]{{1,2}}|[东西南北]满)")
_KIND = "(?:特务|警卫|独立|基干|骑兵|炮兵|侦察|通信|教导|补充|新兵)"
# a qualifier written before the region's first numbered unit (session 29, s29zhlong: 某某红军某地独立第1团第3连,
# 某某联军某地独立第一师; county annals and Red Army histories write the independent regiments so): part of the chain
_CHAIN_KIND = "(?:独立|暂编|新编|骑兵|警备)"


@lru_cache(maxsize=1)
def _force_chain_re() -> re.Pattern:
    forces = sorted((w for w, v in named_units().items() if v.get("echelon") in ("", "军") and len(w) >= 3),
                    key=len, reverse=True)
    alt = "|".join(map(re.escape, forces))
    return re.compile(f"(?P<force>{alt})(?P<region>[\u4e00-\u9fff]{{2,4}}?)(?P<cmd>军区)?"
                      f"(?P<kind>{_CHAIN_KIND})?(?P<chain>(?:第?{_N}{_ECH})+){_HQ}(?![长员]|部(?!队)|(?<=[师旅])团)")


_SUBDISTRICT_RE = re.compile(
    f"(?P<sub>第?{_N}军?分区)(?P<kind>{_KIND})"
    f"(?P<ech>团|营|连|大队|支队|中队){_HQ}(?![长员]|部(?!队)|(?<=[师旅])团)")
# a task- or kind-named unit right after a numbered column, detachment or army (and its force): 第3支队挺进团;
# read from the tail back (the kind word is the literal every match holds)
_TASK_END_RE = re.compile(
    f"(?P<kind>挺进|突击|先锋|尖刀|游击|特务|警卫|教导|独立|骑兵|炮兵)(?P<ech>团|营|连|大队|中队){_END}")
_TASK_PARENT_RE = re.compile(f"{_PARENT_N}(?:纵队|支队|军)$")
# a subordinate unit named by its region right after its numbered parent: 第32军南满游击队, 第115师晋西独立支队
_CHILD_END_RE = re.compile(f"(?P<child>独立支队|独立团|独立营|游击支队|游击大队|游击纵队|游击队){_END}")
_CHILD_PARENT_RE = re.compile(f"{_PARENT_N}(?:军|师|旅|纵队|支队)$")
_NEW_ARMY_LIST_RE = re.compile(
    f"(?P<army>北洋常备军|北洋陆军|北洋新军|常备军|陆军|新军)?第(?P<list>{_N}(?:、第?{_N})+)(?:两|三|四|五|六|等)?"
    f"(?P<ech>镇|协|标)(?![长上内外区政人民])")


def _region_ok(region: str) -> bool:
    return region in known_places() or bool(_DIRECTIONAL_RE.fullmatch(region))


_CHAIN_BEFORE_RE = re.compile(f"(?:(?:第{_N}|(?<![0-9])[0-9]{{1,4}})(?:集团军|军团|纵队|支队|军|师|旅))+$")


def _chain_start(text: str, at: int) -> int:
    """Where the numbered parents written right before `at` start (第120师 + 第3支队…), else `at`."""
    m = _CHAIN_BEFORE_RE.search(text, max(0, at - 24), at)
    return m.start() if m else at


def _force_start(text: str, at: int) -> int:
    """Where a whole named force (named_units.tsv, echelon none or 军) written right before `at` starts, else `at`."""
    named = named_units()
    for k in range(min(8, at), 2, -1):
        entry = named.get(text[at - k:at])
        if entry and entry.get("echelon") in ("", "军"):
            return at - k
    return at


def _region_command_start(text: str, at: int) -> int:
    """Where `X军区` written right before `at` starts (X a region), else `at`."""
    if not text.startswith("军区", at - 2):
        return at
    for k in (4, 3, 2):
        if at - 2 - k >= 0 and _region_ok(text[at - 2 - k:at - 2]):
            return at - 2 - k
    return at


def _numbers(part: str) -> list[int] | None:
    numbers = [parse_number(n) for n in _NUMS_RE.findall(part)]
    return [int(n) for n in numbers] if numbers and all(numbers) else None


def _unit(start: int, end: int, numbers: list[int], echelon: str, prefix: str = "") -> Candidate:
    hint = {"unit_hint": {"numbers": numbers, "echelon": "军分区" if echelon == "分区" else echelon, "prefix": prefix}}
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint)


def find_regional_force_chains(text: str) -> list[Candidate]:
    """`东北民主联军辽南第二纵队第五旅`, `第二分区特务营`, `第一、第三镇` → one MIL_UNIT each (see the module doc)."""
    out: list[Candidate] = []
    if "第" in text or "分区" in text:
        for m in literal_finditer(_force_chain_re(), text):
            numbers = _numbers(m.group("chain"))
            if not _region_ok(m.group("region")) or not numbers:
                continue
            echelon = re.search(f"{_ECH}$", m.group("chain")).group()
            out.append(_unit(m.start(), m.end(), numbers, echelon, m.group("kind") or ""))
    if "分区" in text:
        for m in literal_finditer(_SUBDISTRICT_RE, text):
            start = _region_command_start(text, m.start())
            numbers = _numbers(m.group("sub"))
            if numbers:
                out.append(_unit(start, m.end(), numbers, m.group("ech"), m.group("kind")))
    if "队" in text or "军" in text:
        for m in literal_finditer(_TASK_END_RE, text):
            parent = _TASK_PARENT_RE.search(text, max(0, m.start() - 10), m.start())
            if not parent or not _numbers(parent.group()):
                continue
            chain = _chain_start(text, parent.start())
            numbers = _numbers(text[chain:m.start()])
            out.append(_unit(_force_start(text, chain), m.end(), numbers, m.group("ech"), m.group("kind")))
    if "独立" in text or "游击" in text:
        for m in literal_finditer(_CHILD_END_RE, text):
            for k in (2, 3):
                at = m.start() - k
                if at < 2 or not _region_ok(text[at:m.start()]):
                    continue
                parent = _CHILD_PARENT_RE.search(text, max(0, at - 10), at)
                if parent and _numbers(parent.group()):
                    chain = _chain_start(text, parent.start())
                    echelon = re.search("(?:支队|团|营|大队|纵队|队)$", m.group("child")).group()
                    out.append(_unit(_force_start(text, chain), m.end(), _numbers(text[chain:at]), echelon))
                    break
    if "、" in text and ("镇" in text or "协" in text or "标" in text):
        for m in literal_finditer(_NEW_ARMY_LIST_RE, text):
            numbers = _numbers(m.group("list"))
            if numbers:
                out.append(_unit(m.start(), m.end(), numbers, m.group("ech")))
    return out
