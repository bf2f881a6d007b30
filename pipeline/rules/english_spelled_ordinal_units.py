"""Units named by a spelled ordinal alone (session 31, helper w31enper, from the cross-set reading of MIL_UNIT misses
in audit26, audit27 and audit28).

Histories of the American Civil War, the Second World War and the 1948 war name a regiment, a division or a battalion
by its ordinal once its arm is clear, the head noun dropped: `the Fortieth and Forty-seventh were halted`, `a
platoon from the Fifty-fourth, striking from Negba`, `two entire divisions to the operation: the 163d and
Forty-fourth`. A capitalised spelled ordinal of twenty and above (`Twentieth`, `Forty-seventh`) is no date's day and
no everyday word; what makes it a unit is what stands around it:

- `the` before it, or a second ordinal coordinated with it (`Fortieth and Forty-seventh`, `163d and Forty-fourth`, `the First and Twenty-second`:
  one span, as guideline 4 joins designations sharing one echelon word);
- after it a stop (`,` `.` `;` `:` `)`), the end of the text, or a verb or a function word of a unit's clause
  (`were halted`, `had`, `on the right`, `which`), never a noun (`the Fifty-fifth battalions` is the unit finders'
  longer span; `the Fortieth anniversary`, `the Twentieth of May`, `the Twenty-first Century` are no units).

MIL_UNIT, numbers the ordinals' values, echelon "" (the head is not written). Low priority: any longer unit wins.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SPELLED_UNIT_PRIORITY = 30

_TENS = {"Twent": 20, "Thirt": 30, "Fort": 40, "Fift": 50, "Sixt": 60, "Sevent": 70, "Eight": 80, "Ninet": 90}
_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
          "ninth": 9}
_SPELLED = (r"(?:Twent|Thirt|Fort|Fift|Sixt|Sevent|Eight|Ninet)(?:ieth|y-(?:first|second|third|fourth|fifth|sixth"
            r"|seventh|eighth|ninth))")
# the numeric first of a pair (`163d and Forty-fourth`): only with a spelled partner
_NUMERIC = r"\d{1,3}(?:st|nd|rd|th|d)"
_AFTER = (r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:were|was|had|have|has|and[ \t]+(?:the|a|an|its|their)|on|in|at|which|who"
          r"|to|from|under|with|held|moved|advanced|attacked|charged|fell|lost|came|went|followed|remained|took"
          r"|crossed|reached|broke|formed|halted|marched|still|also|then|now)\b)")
_LOW = ("First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth"
        "|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth")
_PAIR_RE = re.compile(rf"(?P<a>{_NUMERIC}|{_SPELLED}|{_LOW})(?:,?[ \t]+and[ \t]+|[ \t]*,[ \t]*)(?P<b>{_SPELLED}){_AFTER}")
_ONE_RE = re.compile(rf"(?P<a>{_SPELLED}){_AFTER}")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_GATE = re.compile(r"(?:ieth|y-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))(?![\w-])")


def _value(word: str) -> int:
    if word in _LOW.split("|"):
        return _LOW.split("|").index(word) + 1
    if word[0].isdigit():
        return int(re.match(r"\d+", word).group())
    for stem, tens in _TENS.items():
        if word.startswith(stem):
            rest = word[len(stem):]
            return tens if rest == "ieth" else tens + _UNITS[rest[2:]]
    return 0


def _edge_ok(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-'\u2019")


def find_spelled_ordinal_units(text: str, out: list) -> None:
    """Append MIL_UNIT candidates for units named by a spelled ordinal alone (see the module doc)."""
    if _GATE.search(text) is None:
        return
    taken = []
    for m in literal_finditer(_PAIR_RE, text):
        if not _edge_ok(text, m.start()):
            continue
        start, end = m.start("a"), m.end("b")
        taken.append((start, end))
        norm = {"numbers": [_value(m.group("a")), _value(m.group("b"))], "echelon": "", "prefix": ""}
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_spelled_ordinal_unit", SPELLED_UNIT_PRIORITY, norm))
    for m in literal_finditer(_ONE_RE, text):
        start, end = m.span("a")
        if not _edge_ok(text, start) or any(s <= start < e for s, e in taken) \
                or _THE_BEFORE.search(text, max(0, start - 6), start) is None:
            continue
        norm = {"numbers": [_value(m.group("a"))], "echelon": "", "prefix": ""}
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_spelled_ordinal_unit", SPELLED_UNIT_PRIORITY, norm))
