"""Battalions by Roman numeral, and sub-units joined to their parent once every finder has read (session 28, helper
s28enunit: audit of all nine labels on 15 unseen passages of the Italian, Ottoman, Polish, Israeli, Soviet, Indian,
Finnish and French wars 1883-1999; memoirs, blogs, news features, citations, OCR'd books).

- A battalion written with a Roman numeral, as translated German, Italian, Austrian, Spanish and French histories
  and memoirs write the battalions of a regiment (`the II Battalion`, `II battalion`, `the I and III battalions`,
  `the XV, XXVII, and XXXIII Battalions`): one MIL_UNIT, numbers [2] or [1, 3], echelon 营 (guideline 4: a list
  sharing one head is one span). A lone `I` is the pronoun unless a word of belonging comes before it (`of`, `the`,
  `its`, `his`, `their`) or it opens a list (`I and III battalions`); numerals I-XXXIX; not after a war, a phase
  or a king's name (`World War II battalions`).
- Late joins: english_regiment_titles_route_armies' `join_subunits_to_parents` run again after the finders that
  come after it in english._GENERATORS, so that a numbered sub-unit joins a parent they read (`the 18th battalion
  of The Grenadiers`, guideline 3). A parent's possessive before a sub-unit (`the X Brigade's Fourth Battalion`)
  stays two spans, as the development sets read it.

Priority 64 (the joins') and 62 (the Roman battalions: over a bare numeral). Cost: the Roman pattern runs only in a
text holding `battalion` or `Battalion`; the join walks the MIL_UNIT candidates once.
"""

from __future__ import annotations

import re

from pipeline.rules.english_german_designations_armies_of import roman_value
from pipeline.rules.english_regiment_titles_route_armies import join_subunits_to_parents
from pipeline.spans import Candidate

_ROMAN = r"(?=[XVI])X{0,3}(?:IX|IV|V?I{0,3})(?![\w'\u2019.-])"     # I-XXXIX
_ROMAN_BATTALIONS = re.compile(
    rf"(?<![\w'\u2019.-])(?P<n>{_ROMAN}(?:(?:[ \t]*,[ \t]*(?:(?:and|&)[ \t]+)?|[ \t]+(?:and|&)[ \t]+){_ROMAN})*)[ \t]+"
    r"(?P<h>[Bb]attalions?)(?![\w-])")
_BELONGING_BEFORE = re.compile(r"(?<![\w-])(?:of|the|its|his|their|The|Its|His|Their)[ \t]+\Z")
# a numeral that belongs to a war, a phase or a king, not to the battalion ('World War II battalions', 'Phase II')
_NOT_BEFORE = re.compile(r"(?<![\w-])(?:War|Phase|Stage|Part|Book|Chapter|Volume|Vol\.|King|Louis|George|Edward|Henry)[ \t]+\Z")


def _roman_battalions(text: str, out: list) -> None:
    if "battalion" not in text and "Battalion" not in text:
        return
    for m in _ROMAN_BATTALIONS.finditer(text):
        numerals = re.findall(r"[XVI]+", m.group("n"))
        plural = m.group("h").endswith("s")
        if plural != (len(numerals) > 1):
            continue                   # 'II battalions', 'I and III battalion': no designation
        if m.group("n") == "I" and not _BELONGING_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue                   # the pronoun ('I battalion commanders ...')
        if _NOT_BEFORE.search(text, max(0, m.start() - 10), m.start()):
            continue
        if any(c.label == "MIL_UNIT" and c.start <= m.start() and m.end() <= c.end for c in out):
            continue
        for c in [c for c in out if c.start < m.end() and m.start() < c.end]:
            out.remove(c)
        numbers = [roman_value(n) for n in numerals]
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_roman_battalion", 62,
                             {"numbers": numbers, "echelon": "营", "echelon_key": "battalion", "prefix": "",
                              "side": None, "id": None}))


def find_subunit_joins(text: str, out: list) -> None:
    """Roman-numeral battalions; numbered sub-units joined to the parents the later finders read."""
    _roman_battalions(text, out)
    join_subunits_to_parents(text, out)
