"""English MIL_UNIT forms (session 19, helper s19enunit; audit of Nomonhan, Chosin, Imjin, Opium War, Huaihai,
Liaoshen, Weihaiwei, Kunlun Pass, Myitkyina and Korean War memoir pages):

- An artillery regiment by its number and its corps' name (`the 45th Royal Artillery`, `the 7th Field Artillery`,
  `the 3rd Royal Horse Artillery`): one MIL_UNIT from the number to `Artillery` (guideline 3: a numbered unit
  written with its corps is one span), 团, prefix 炮兵; the corps alone (`Royal Artillery`) was read before and the
  number left out. Not before a further echelon word (`45th Field Artillery Battalion` is the numbered grammar's).

Related classes of the same session live where their grammar is: the arm before the number (`Infantry 3rd
Division`) and `or` between ordinals sharing an echelon (`the 12th or 15th Regiment`) in english_grammar; a
platoon heading a comma chain in english_designations; an articled alternative (`the 2nd or the 3rd Battalion`)
in english_span_edges; a code name in capitals after `Task Force` in english_units; the missing Mandarin
syllables (lun, den, nou, nun, rua) in romanisation_wg.tsv.
Written for zhanji from the forms British and US army histories use, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.normalize.english_unit_values import parse_ordinal
from pipeline.rules.english_grammar import ORD
from pipeline.spans import Candidate

PRIORITY = 63                 # above the corps' lexicon reading and the numbered grammar (60)

ARTILLERY_RE = re.compile(
    rf"(?<![\w/.-])(?P<n>{ORD})[ \t]+(?:Royal[ \t]+)?(?:(?:Horse|Field|Garrison|Mountain|Coast|Medium)[ \t]+)?Artillery"
    r"(?![\w-])(?![ \t]+(?:[A-Z][a-z]+[ \t]+)?(?:Regiment|Battalion|Brigade|Battery|Batteries|Group|Division|Corps"
    r"|Command|Section|Park|Company|Squadron|School|Depot)s?\b)")
_DIGITS = re.compile(r"\d+")


def find_unit_lists19(text: str, out: list) -> None:
    """Append the MIL_UNIT candidates of the module's forms."""
    if "Artillery" not in text:
        return
    for m in ARTILLERY_RE.finditer(text):
        number = parse_ordinal(m.group("n"))
        if number is None:
            continue
        start, end = m.span()
        out[:] = [c for c in out if not (c.start < end and start < c.end and c.label != "MIL_UNIT")]
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_numbered_artillery", PRIORITY,
                             {"numbers": [number], "echelon": "团", "echelon_key": "regiment", "prefix": "炮兵",
                              "side": "UK" if "Royal" in m.group() else "", "id": None}))
