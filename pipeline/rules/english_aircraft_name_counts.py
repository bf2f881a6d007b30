"""Counts of aircraft named by their service names in English (session 24, helper s24enaudit: audit of all nine labels
on 14 unseen passages; the class recurs on at least three other pages of the stored corpus: squadron and official
air histories, operations record books).

A count before the plural of an aircraft's service name is one QUANTITY, the name its unit (spec rule 9/16: the
counted noun is the unit in English, as `40 aircraft carriers` or `three B-29s` already are): `nine Hudsons`, `6
Hudsons departed`, `five Zeros`. One lower-case adjective or participle between the number and the name belongs to
the unit, as a people's adjective does (`three serviceable Hudsons`, `21 serviceable Tomahawks`, `two damaged
Blenheims`, `four twin-engined Bettys`): a word ending in -able, -ed, -ing, -ful, -less, or `new`, `old`, `more`,
`other`, `further`, `additional`, `remaining`. The names are the lexicon aircraft_names_en.txt (service names and
Allied reporting names of 1935-53 whose plural after a count is the aircraft, see its header); the plural in -s, -es
or an apostrophe and s. Not a year-shaped number, not an ordinal.

Priority 50 (the counts' own). Cost: the names are found with str.find (lexicon words in the text, at most a few a
paragraph), the number read back from each plural.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_quantities import normalize_quantity_en
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

PRIORITY = 50
_NUMBER = (r"(?:\d{1,3}(?:,\d{3})?|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty|[Nn]inety)"
           r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even"
           r"|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen"
           r"|[Ee]ighteen|[Nn]ineteen)")
_ADJECTIVE = r"(?:[a-z]+(?:-[a-z]+)?(?:able|ed|ing|ful|less)|new|old|more|other|further|additional)"
_BEFORE = re.compile(rf"(?<![\w,.-])(?P<n>{_NUMBER})[ \t]+(?:(?P<a>{_ADJECTIVE})[ \t]+)?$")
_PLURAL_END = re.compile(r"(?:s|es|['\u2019]s)(?![\w-])")


@lru_cache(maxsize=1)
def aircraft_names() -> tuple[str, ...]:
    """The service names of aircraft_names_en.txt."""
    from pipeline.lexicons import LEXICON_DIR  # noqa: PLC0415

    with open(LEXICON_DIR / "aircraft_names_en.txt", encoding="utf-8") as handle:
        return tuple(line.strip() for line in handle if line.strip() and not line.startswith("#"))


def find_aircraft_name_counts(text: str, out: list) -> None:
    """A count before the plural of an aircraft's service name (see the module doc)."""
    for name in aircraft_names():
        if name not in text:
            continue
        for at in literal_positions(text, name):
            if at and (text[at - 1].isalnum() or text[at - 1] in "-'\u2019"):
                continue
            plural = _PLURAL_END.match(text, at + len(name))
            if not plural:
                continue
            before = _BEFORE.search(text, max(0, at - 40), at)
            if not before:
                continue
            start, end = before.start("n"), plural.end()
            unit_start = before.start("a") if before.group("a") else at
            norm = normalize_quantity_en(text[start:end], unit_start - start)
            out.append(Candidate(start, end, "QUANTITY", "rule:en_aircraft_name_count", PRIORITY, norm))
