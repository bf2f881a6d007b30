"""Numbered units written without 第 where the frame says a unit, not a count (MIL_UNIT).

三营 is either "the 3rd Battalion" or "three battalions"; the frame decides:

- a sub-unit of a numbered unit just named: 三五二团的一营, 第118师的三团 (one character 一-十 + 营/连/排/团);
- a commander's own unit: 我的三旅, 我们的二团, and a memoir's 我所在的二团 (+ 旅/团/营/连);
- a numbered army listed with a numbered army: 六十四军和四军 (+ 军, the list member after 和/与/及/、);
- a numeral right before 支队 (session 25, s25zhforce): 成立四支队, 十二支队的战士; the two-character echelon says a
  designation, a count says 个 or writes the noun (三个支队, 三支游击队); not after 第, 两, 个 or another numeral; a
  county written right before it is the force's own (`某县二支队`, like `X县大队`); and so before 大队 (session 28,
  s28zhunit: guerrilla histories and memoirs number their battalions so, `成立了五大队`, `六大队的战士`), not where a
  body of troops follows (`一大队日军`, `一大队人马`: a large troop).

Not when a word of men or posts follows (三营兵力, 一营长, 二团人马). Candidates are MIL_UNIT at the unit
finder's priority (50) with the number and echelon in the norm hint.
Cost: nothing unless 的 or 军 is in the text with one of the echelons; literal-led scans.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:unit-bare-number"
PRIORITY = 50
_NUM = "〇○零一二三四五六七八九十百0-9"
_NOT_AFTER = "(?![兵人士长部官马员个位次])"
# literal-led: the scan starts at 的 / 军 and the numbered unit before it is checked in a short window
_SUB_RE = re.compile(f"的([一二三四五六七八九十])(营|连|排|团){_NOT_AFTER}")
_SUB_BEFORE_RE = re.compile(f"[{_NUM}](?:团|旅|师|军)$")
_OWN_RE = re.compile(f"(?:我(?:们)?|所在)的([一二三四五六七八九十])(旅|团|营|连){_NOT_AFTER}")
_OWN_ANCHOR = re.compile("的(?=[一二三四五六七八九十][旅团营连])")   # at most two characters after the start
_LISTED_RE = re.compile(f"军[和与及、]([一二三四五六七八九十]{{1,3}})(军){_NOT_AFTER}(?![团队区长])")
_LISTED_BEFORE_RE = re.compile(f"[{_NUM}]$")
_DETACHMENT_RE = re.compile(f"(?<![第两个{_NUM}])([一二三四五六七八九十]{{1,3}})(支队|大队){_NOT_AFTER}(?![伍长日敌伪鬼骑步车])")


def _candidate(match: re.Match) -> Candidate | None:
    number = parse_number(match.group(1))
    if not number:
        return None
    hint = {"unit_hint": {"numbers": [number], "echelon": match.group(2), "prefix": ""}}
    return Candidate(match.start(1), match.end(2), "MIL_UNIT", SOURCE, PRIORITY, hint)


def find_bare_numbered_units(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of numbered units without 第 in a unit frame (see the module doc)."""
    out: list[Candidate] = []
    if "的" in text:
        for match in _SUB_RE.finditer(text):
            if _SUB_BEFORE_RE.search(text, max(0, match.start() - 2), match.start()):
                out.append(_candidate(match))
        for match in anchored_finditer(_OWN_RE, text, _OWN_ANCHOR, 2):
            out.append(_candidate(match))
    if "军" in text:
        for match in _LISTED_RE.finditer(text):
            if _LISTED_BEFORE_RE.search(text, max(0, match.start() - 1), match.start()):
                out.append(_candidate(match))
    if "支队" in text or "大队" in text:
        from pipeline.rules.place_kind_force_names_zh import county_start

        for match in literal_finditer(_DETACHMENT_RE, text):
            c, at = _candidate(match), match.start(1)
            county = county_start(text, at)
            if c is not None and county is not None:
                c = Candidate(county, c.end, c.label, c.source, c.priority, c.norm)   # 某县 + 二支队: the county's own
            out.append(c)
    return [c for c in out if c is not None]
