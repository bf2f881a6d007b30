"""A name followed by its life dates in brackets: X（1895—1982）, X(1901-1949) (PERSON).

Biographies and lists of commanders give the years of birth and death right after a name; the person
finder reads that at the head of a clause (张某（1891年—1949年），湖南人). `find_life_dates(text)` reads it
anywhere, also inside a list (程某、张某（1895—1982）): the 2-3 characters before the bracket, a surname
first (single or compound), no function or echelon character, no ordinary word or known place, after a
clause boundary, a list mark or a word taking a person (person_actions' left test).
Candidates are PERSON at the person heuristics' priority (20).
Cost: the scan starts at a bracket followed by a year (literal-led pattern).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames
from pipeline.rules.person_actions import left_ok
from pipeline.rules.person_unit_owners import name_ok, with_other_mentions
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:person-life-dates"
PRIORITY = 20
_DATES_RE = re.compile(
    r"[（(]\s?(?:1[6-9]\d\d|20[0-2]\d)年?\s?[—–\-－~～至到]{1,2}\s?(?:1[6-9]\d\d|20[0-2]\d)年?\s?[）),，]")


def find_life_dates(text: str) -> list[Candidate]:
    """PERSON candidates of names before bracketed life dates (see the module doc)."""
    if "（" not in text and "(" not in text:
        return []
    single, compound = surnames()
    out: list[Candidate] = []
    for match in rare_finditer(_DATES_RE, text):
        end = match.start()
        for size in (3, 2):
            start = end - size
            if start < 0 or (text[start] not in single and text[start:start + 2] not in compound):
                continue
            if name_ok(text, start, end) and (left_ok(text, start) or text[start - 1] in "、"):
                out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
                break
    if out:     # a name joined to it by 、/和/与 (程某、张某（1895—1982）): person_references' partner test
        from pipeline.rules.person_references import partners

        out += [Candidate(s, e, "PERSON", SOURCE, PRIORITY) for s, e in partners(text, [(c.start, c.end) for c in out])]
    return with_other_mentions(text, out)
