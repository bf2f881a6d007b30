"""English durations written with the article (session 26, helper s26enunit; see
english_german_designations_armies_of for the audit): `a week`, `a fortnight`, `a month`, `an hour`, `a day`, with
an approximator directly before (`almost a month`, `over a month`) -> one QUANTITY,
value 1, unit the noun (guideline 8: durations are QUANTITY, as `one week` and `one hour` already are; the English
sets read `a month` 3 of 3 so). Not a rate (`once a week`, `twice a day`, `three times a month`, `per day`), not
`one day` (a day unnamed: `one day he left`), not `a year` (the English sets leave it untagged, 2 of 2).
The value (1 of the unit, the approximator) is read by pipeline.normalize.english_quantities from the span
text, as for every English count. Priority 44 (below every named entity); cheap: gated on the nouns' literals.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping

PRIORITY = 44

_DURATION = re.compile(r"(?<![\w-])(?P<ap>(?:(?:almost|nearly|over|about|some|under"
                       r"|more[ \t]+than|less[ \t]+than|Almost|Nearly|Over|About|Some|Under|More[ \t]+than"
                       r"|Less[ \t]+than)[ \t]+)?)(?P<a>an?|A|An)[ \t]+(?P<u>week|fortnight|month|hour|day)(?![\w-])")
_RATE_BEFORE = re.compile(r"(?:once|twice|thrice|times|per|every)[ \t]+\Z", re.IGNORECASE)


def find_article_durations(text: str, out: list) -> None:
    """Durations written with `a`/`an` (see the module docstring)."""
    if not any(w in text for w in ("week", "fortnight", "month", "hour", "day")):
        return
    found = []
    for m in _DURATION.finditer(text):
        if m.group("ap"):
            s = m.start("ap")
        else:
            s = m.start("a")
        if _RATE_BEFORE.search(text, max(0, s - 12), s):
            continue
        e = m.end()
        if overlapping(out, s, e):
            continue
        found.append(Candidate(s, e, "QUANTITY", "rule:en_article_duration", PRIORITY))
    out.extend(found)
