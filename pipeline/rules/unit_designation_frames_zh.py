"""Bare unit designations read from the frame they stand in (session 12 audit of encyclopedia pages, auditzh9).

Encyclopedia and campaign pages on 1927–1950 write designations without 第 and in terse runs. The frame tells a
designation from a count; `find_designation_frames(text)` (working text, Simplified) proposes MIL_UNIT for:

- a list of bare numerals sharing the short column word 纵 (`三、八纵`, `一、四、六纵`): ONE span (guideline 4),
  numbers expanded, echelon 纵队; and a short column written right before another (`四纵九纵`): each its own span;
- a numbered division, brigade or regiment of ten or more led by someone (`率十三师`, `亲率三十四师`): a count of
  thirteen would be written with 个 (`率十三个师`); below ten the count reading stays (率两旅, formation_counts_zh);
- bare numbered units of one echelon listed together (`八团、十五团`, `三旅、七旅`): a count is not listed against
  another count of the same echelon; 两/几/数 are counts and stay out;
- a designation chain whose last word jieba glues to the next (`第74军58师从南面`: 师从 is a verb word, so the
  word-level unit finder stops at 第74军): the whole chain is one span (guideline 3);
- a second bare Arabic division coordinated with a first (`159师和160师`, `58师、59师`): each its own span;
- an enemy army by its bare number (`敌五军`, `敌十八军`): 敌 is the side, outside the span (guideline 2);
- a designation whose Arabic number carries a Latin capital suffix (`第308B师`, `第12A团`: a second formation raised
  under one number, as the People's Army of Vietnam wrote them): one span with its number (r3zhunits);
- the second role of a unit that doubles as another (`12旅兼皖东军区第30团`, `第5团兼苏中军区独立团`): after a numbered
  unit and 兼, the two to four characters before 军区/军分区 name the region, whether or not a place list knows them
  (a coined region such as a compound of two abbreviations), and the chain after 兼 is one span (guideline 3;
  r3zhunits).

Candidates are MIL_UNIT at 62 (above the count rules at 61 and the unit finder at 60) with the numbers, echelon
and prefix in the norm hint. Cost: str.find of 纵, 率, 、, 从, 和/与/及 before a digit, and 敌; short regexes where
one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.chronicle_forms_zh import qualified_before
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:unit-designation-frame"
PRIORITY = 62
_CN = "一二三四五六七八九十"
_ECHELON = {"纵": "纵队", "师": "师", "旅": "旅", "团": "团", "军": "军"}

_COLUMN_LIST_RE = re.compile(f"(?<![第{_CN}0-9、])([{_CN}]{{1,3}}(?:、[{_CN}]{{1,3}}){{1,6}})纵(?![深横然火容使队览贯长])")
_COLUMN_PAIR_RE = re.compile(f"(?<![第{_CN}0-9擒])([{_CN}]{{1,3}})纵(?=[{_CN}]{{1,3}}纵(?![深横然火容使队览贯长]))")
_LED_RE = re.compile(f"(?:亲率|率领|率)([{_CN}]{{2,3}})(师|旅|团)(?![长部属级兵人马士个{_CN}])")
_LISTED_RE = re.compile(
    f"(?<![第{_CN}0-9两几数个])([{_CN}]{{1,3}})(师|旅|团)、([{_CN}]{{1,3}})(\\2)(?![长部属级兵人马士个])")
_CHAIN_FROM_RE = re.compile(
    "(?<![0-9第])(第[0-9一二三四五六七八九十]{1,4}(?:集团军|军))([0-9]{1,3}|[一二三四五六七八九十]{1,4})师(?=从)")
_ARABIC_PAIR_RE = re.compile("(?<![0-9第])([0-9]{2,3})师(和|与|及|、)([0-9]{2,3})师(?![长部属级兵人马士个])")
_LETTERED_RE = re.compile("(?<![0-9０-９A-Za-z])(?:第 ?)?([0-9]{1,4})[A-Z](师团|联队|旅团|师|旅|团|军)"
                          "(?![长部属级兵人员生范傅资管区])")
_DUAL_ROLE_RE = re.compile(
    f"(?:(?<=[0-9{_CN}][旅团师军营]兼)|(?<=[0-9{_CN}][纵支]队兼))"
    f"([\u4e00-\u9fff]{{2,4}}?(?:军分区|军区))(?:(第?)([0-9]{{1,3}}|[{_CN}]{{1,3}})(团|旅|营|支队|大队))?"
    "(?![长部属级])")
_ENEMY_ARMY_RE = re.compile(f"敌([{_CN}]{{1,3}})军(?![长部官事队民区阀人属团营力心情])")
# the rare character every match holds and how far after the match's start (scan.anchored_finditer: only the
# starts before it are tried; the numerals these patterns open with are common in any text)
_COLUMN_ANCHOR = re.compile("纵")
_COLUMN_LIST_REACH = 3 + 6 * 4      # seven numerals of up to three characters and their 、 before 纵
_LISTED_ANCHOR = re.compile("、")   # after one numeral of up to three characters and the echelon
_LETTER_ECHELON_RE = re.compile("[0-9][A-Z][师旅团军联]")
_ARABIC_ANCHOR = re.compile("师[和与及、]")   # after two or three digits


def _unit(start: int, end: int, numbers: list, echelon: str) -> Candidate:
    hint = {"numbers": [n for n in numbers if n is not None], "echelon": echelon, "prefix": ""}
    return Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, {"unit_hint": hint})


def _columns(text: str, out: list[Candidate]) -> None:
    if "、" in text:
        for m in anchored_finditer(_COLUMN_LIST_RE, text, _COLUMN_ANCHOR, _COLUMN_LIST_REACH):
            out.append(_unit(m.start(), m.end(), [parse_number(p) for p in m.group(1).split("、")], "纵队"))
    for m in anchored_finditer(_COLUMN_PAIR_RE, text, _COLUMN_ANCHOR, 3):
        out.append(_unit(m.start(), m.end(), [parse_number(m.group(1))], "纵队"))


def find_designation_frames(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of the frames in the module doc."""
    out: list[Candidate] = []
    if "纵" in text:
        _columns(text, out)
    if "率" in text:
        for m in literal_finditer(_LED_RE, text):
            number = parse_number(m.group(1))
            if number is not None and number >= 10:
                out.append(_unit(m.start(1), m.end(), [number], _ECHELON[m.group(2)]))
    if "、" in text:
        for m in anchored_finditer(_LISTED_RE, text, _LISTED_ANCHOR, 4):
            first, second = parse_number(m.group(1)), parse_number(m.group(3))
            if first is None or second is None or first == second:
                continue
            echelon = _ECHELON[m.group(2)]
            if not qualified_before(text, m.start(1)):    # 警备|四旅、五旅: the first is read with its qualifier
                out.append(_unit(m.start(1), m.end(2), [first], echelon))
            out.append(_unit(m.start(3), m.end(4), [second], echelon))
    if "师从" in text:
        for m in _CHAIN_FROM_RE.finditer(text):
            numbers = [parse_number(re.sub("第|集团军|军", "", m.group(1))), parse_number(m.group(2))]
            out.append(_unit(m.start(), m.end() , numbers, "师"))
    if "师" in text:
        for m in anchored_finditer(_ARABIC_PAIR_RE, text, _ARABIC_ANCHOR, 3):
            out.append(_unit(m.start(1), m.start(2), [int(m.group(1))], "师"))
            out.append(_unit(m.start(3), m.end(), [int(m.group(3))], "师"))
    if _LETTER_ECHELON_RE.search(text):
        for m in _LETTERED_RE.finditer(text):
            out.append(_unit(m.start(), m.end(), [int(m.group(1))], m.group(2)))
    if "兼" in text and "军" in text:
        for m in _DUAL_ROLE_RE.finditer(text):
            region = m.group(1)
            if re.search("[兼任和与及的、]|军[^区分]", region[:-2]):
                continue                          # 兼任…, 兼X和Y军区: no single region's name
            if m.group(4):
                number = parse_number(m.group(3))
                if number:
                    out.append(_unit(m.start(), m.end(), [number], m.group(4)))
                    continue
            out.append(_unit(m.start(), m.end(1), [], "军分区" if region.endswith("军分区") else "军区"))
    if "敌" in text:
        for m in _ENEMY_ARMY_RE.finditer(text):
            number = parse_number(m.group(1))
            if number:
                out.append(_unit(m.start(1), m.end(), [number], "军"))
    return out
