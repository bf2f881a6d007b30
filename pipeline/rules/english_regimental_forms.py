"""Regimental forms of British and Commonwealth unit histories (session 14, helper auditen9, from an audit of
regimental and battle pages on Burma, Malaya, Korea and the China wars):

- lettered sub-units coordinated before one plural echelon: `B and C Companies`, `A, B and D Coys`, `C and D
  Squadrons`, `Able and Baker Companies`: ONE MIL_UNIT (spec rule 4: a coordinated list sharing one echelon word is
  one span), echelon that of the plural (连, 中队, 排), no numbers (a letter is no number). The letters must be
  single capitals or words of the phonetic alphabets and stand right before the plural; a plural after a number
  (`3 Companies`) stays a count;
- a lettered company written with the British abbreviation `Coy` (`D Coy`, `A Coy, 2nd Bn`): MIL_UNIT, 连, as
  english_prose reads `D Company`;
- the British infantry regiment of the line as the Army List wrote it before 1881: `59th Regiment of Foot`, with its
  territorial title in brackets (`the 59th (2nd Nottinghamshire) Regiment of Foot`, `98th (Prince of Wales's)
  Regiment of Foot`): one MIL_UNIT ending at `Foot` (the numbered grammar stopped at `Regiment`), 团, the number
  outside the brackets.

Written from the forms of the British Army's orders of battle, not from any annotated set. Found from the literals
of the heads (str.find); nothing is scanned where none stands.
"""

from __future__ import annotations

import re

from pipeline.rules.english_prose import PHONETIC
from pipeline.spans import Candidate

PRIORITY = 62     # above the numbered grammar (60): the longer reading of the same words
_LETTER = rf"(?:[A-HK-M]|{PHONETIC})"
_PLURALS = {"Companies": "连", "Coys": "连", "Squadrons": "中队", "Troops": "排", "Batteries": "连"}
LETTERED_LIST_RE = re.compile(
    rf"(?<![\w'\u2019.-]){_LETTER}(?:(?:,[ \t]*){_LETTER}){{0,3}},?[ \t]+(?:and|&)[ \t]+{_LETTER}[ \t]+"
    r"(?P<head>Companies|Coys|Squadrons|Troops|Batteries)(?![\w-])")
LETTERED_COY_RE = re.compile(rf"(?<![\w'\u2019.-]){_LETTER}[ \t]+Coy(?![\w-])")
FOOT_RE = re.compile(
    r"(?<![\w/-])(?P<n>\d{1,3})(?:st|nd|rd|th|d)[ \t]+"
    r"(?:\((?:\d{1,2}(?:st|nd|rd|th|d)[ \t]+)?[A-Z][A-Za-z'\u2019-]{1,20}(?:[ \t]+(?:of|[A-Z][A-Za-z'\u2019-]{1,20})){0,4}\)[ \t]+"
    r"|(?:[A-Z][a-z]{2,20}[ \t]+){1,2})?"
    r"Regiment[ \t]+of[ \t]+Foot(?![\w-])")


def find_regimental_forms(text: str, out: list) -> None:
    """Lettered sub-units before one plural echelon; numbered regiments of foot (see the module doc)."""
    found: list[Candidate] = []
    if any(head in text for head in _PLURALS):
        for m in LETTERED_LIST_RE.finditer(text):
            norm = {"numbers": [], "echelon": _PLURALS[m.group("head")], "prefix": "", "side": None, "id": None}
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_lettered_list", PRIORITY, norm))
    if "Coy" in text:
        for m in LETTERED_COY_RE.finditer(text):
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_lettered_coy", PRIORITY,
                                   {"numbers": [], "echelon": "连", "prefix": "", "side": None, "id": None}))
    if "of Foot" in text:
        for m in FOOT_RE.finditer(text):
            norm = {"numbers": [int(m.group("n"))], "echelon": "团", "echelon_key": "regiment", "prefix": "步兵",
                    "side": "UK", "id": None}
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_regiment_of_foot", PRIORITY, norm))
    if found:
        # the shorter readings inside a list or a regiment of foot ('C Companies', '2nd Nottinghamshire', 'Foot')
        out[:] = [c for c in out if not any(f.start <= c.start and c.end <= f.end and (c.start, c.end) != (f.start, f.end)
                                            for f in found)]
        out.extend(found)
