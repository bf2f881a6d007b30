"""Regiments of the line as Victorian regimental histories, battle-honour rolls and memorials write them (session 25,
helper s25en: label audit of English PERSON/MIL_UNIT/GPE on memoirs, regimental pages and newspapers of 1840-1979).

- A numbered regiment with its title in brackets and a `Regiment` head, with or without `of Foot` (`the 31st
  (Huntingdonshire) Regiment`, `the 18th (Royal Irish) Regiment`, `the 67th (South Hants) Royal Regiment`), and a
  battalion, company, battery or squadron so written (`the 9th (Rangoon Police) Battalion`, `the 4th (Canterbury)
  Company`): ONE MIL_UNIT (guideline 3: the designation written with its title), numbers [n], echelon 团 (营, 连,
  中队 by the head), side UK; the county or
  town inside the brackets is no GPE. english_regimental_forms reads the same form when it ends in `of Foot`; the
  bare `the 18th (Royal Irish)` (no head) stays two units (english_regiment_titles_route_armies).
- A regiment named by its royal patron with its title in brackets (`The King's (Liverpool) Regiment`, `The Queen's
  Own (Royal West Kent) Regiment`, `The Prince of Wales's (North Staffordshire) Regiment`, `The Queen's (Second)
  Royal Regiment of Foot`): one MIL_UNIT from the patron's word (the article outside, guideline 16), echelon 团.
- A regiment of the line by its number alone after `the` (`the 44th and the 67th stormed the fort`, `The 99th, who
  had arrived`, `the 67th's colour`): MIL_UNIT where the number is above 31 (no day of a month: `the 14th` of a
  letter stays a DATE) and the ordinal ends the phrase: a punctuation mark, a possessive, `and`/`or`/`who`/`which`,
  or a verb in the past (`were`, `had`, `landed`, `distinguished`) follows, never a noun (`the 50th anniversary`,
  `the 38th parallel`) or a capitalised word (`the 38th Parallel`, `the 44th Foot` is read by its head). The
  echelon is the one the same number carries with a head elsewhere in the text (`the 7th Division` ... `the 7th`
  is no regiment when the number is below 32 anyway), else 团.

Written from the forms of the Army Lists, the battle-honour rolls and the regimental histories (numbers 1-109 of the
line before 1881, their territorial titles in brackets), not from any annotated set. Priority 62, above the numbered
grammar (60). Cheap: each form is gated on a literal (`Regiment`/`regiment` with `(`; `the `/`The ` with a digit).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, overlapping

PRIORITY = 62
_ORD = r"(?:st|nd|rd|th|d)"
_TITLE = r"\((?P<t>(?:\d{1,2}" + _ORD + r"[ \t]+)?[A-Z][A-Za-z'\u2019.-]{1,20}(?:[ \t]+(?:of|the|[A-Z][A-Za-z'\u2019.-]{1,20})){0,4})\)"
_HEAD = (r"(?:Royal[ \t]+)?(?P<h>Regiment|regiment|Battalion|Company|Battery|Squadron)(?:[ \t]+of[ \t]+Foot)?(?![\w-])")
_HEAD_ECHELON = {"Battalion": "营", "Company": "连", "Battery": "连", "Squadron": "中队"}
NUMBERED_TITLE_RE = re.compile(rf"(?<![\w/-])(?P<n>\d{{1,3}}){_ORD}[ \t]+{_TITLE}[ \t]+{_HEAD}")
PATRON_TITLE_RE = re.compile(
    r"(?<![\w-])(?P<p>(?:King|Queen|Prince|Princess|Duke|Duchess)(?:[ \t]+of[ \t]+[A-Z][a-z]{2,15}){0,2}['\u2019]s"
    rf"(?:[ \t]+Own)?)[ \t]+{_TITLE}[ \t]+{_HEAD}")
BARE_LINE_RE = re.compile(
    rf"(?<![\w-])(?:the|The|THE)[ \t]+(?P<u>(?P<n>\d{{2,3}}){_ORD})(?![\w-])"
    r"(?=['\u2019]s(?![\w-])|[ \t]*[,;:.)]|[ \t]+(?:and|or|who|which|were|was|had|having|being|went|came|took|held"
    r"|lost|left|stood|fought|ran|won|bore|wore|sent|send|[a-z]{3,}ed)(?![\w-]))")
_HEAD_AFTER = re.compile(r"[ \t]+(?:\([^()\n]{2,40}\)[ \t]+)?(?P<h>Regiment|Regt|Foot|Division|Brigade|Battalion"
                         r"|Army|Corps|Infantry|Punjabis|Sikhs|Native|Madras|Bengal|Bombay|Lancers|Hussars|Dragoons)")
_ECHELON = {"Division": "师", "Brigade": "旅", "Battalion": "营", "Army": "军", "Corps": "军"}


def _unit(n: int, echelon: str = "团") -> dict:
    key = {"团": "regiment", "师": "division", "旅": "brigade", "营": "battalion", "军": "army", "连": "company",
           "中队": "squadron"}[echelon]
    return {"numbers": [n], "echelon": echelon, "echelon_key": key, "prefix": "", "side": "UK", "id": None}


def _replace(out: list, start: int, end: int, cand: Candidate) -> None:
    """The readings inside the regiment's words give way to it (the county in brackets, the bare number)."""
    out[:] = [c for c in out if not (start <= c.start and c.end <= end)]
    out.append(cand)


def _titled(text: str, out: list) -> None:
    for m in literal_finditer(NUMBERED_TITLE_RE, text):
        if any(c.label == "MIL_UNIT" and c.start <= m.start() and m.end() <= c.end and (c.start, c.end) != m.span()
               for c in out):
            continue
        echelon = _HEAD_ECHELON.get(m.group("h"), "团")
        _replace(out, m.start(), m.end(), Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_line_regiment_title",
                                                    PRIORITY, _unit(int(m.group("n")), echelon)))
    for m in literal_finditer(PATRON_TITLE_RE, text):
        start = m.start("p")
        norm = dict(_unit(0, _HEAD_ECHELON.get(m.group("h"), "团")), numbers=[])
        _replace(out, start, m.end(), Candidate(start, m.end(), "MIL_UNIT", "rule:en_patron_regiment_title",
                                                PRIORITY, norm))


def _echelon_of(text: str, ordinal: str) -> str:
    for m in re.finditer(rf"(?<![\w/-]){re.escape(ordinal)}(?=[ \t])", text):
        h = _HEAD_AFTER.match(text, m.end())
        if h:
            return _ECHELON.get(h.group("h"), "团")
    return "团"


def _bare(text: str, out: list) -> None:
    for m in literal_finditer(BARE_LINE_RE, text):
        n = int(m.group("n"))
        if not 32 <= n <= 199:
            continue
        start, end = m.span("u")
        if overlapping(out, start, end):
            continue
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_bare_line_regiment", PRIORITY,
                             _unit(n, _echelon_of(text, m.group("u")))))


def find_line_regiment_titles(text: str, out: list) -> None:
    """Regiments with a bracketed title and a head; regiments of the line by their number alone (module doc)."""
    if "(" in text and "egiment" in text:
        _titled(text, out)
    if "he " in text or "HE " in text:
        _bare(text, out)
