"""Churches, chapels and convents named by their dedication, in English text (session 28, helper s28enorg: audit of
English ORG/FAC/LOC/EVENT on colonial-war and local-history pages, where a town's stone church is a landmark, a
fort, a barracks or a ruin).

- `the Church of San X`, `the Cathedral of Santo X`, `the Chapel of St. X`, `the Basilica of Our Lady of X`, `the
  Convent of Santa X`, `the Church of the Holy X`, `the Monastery of Saint X`: one FAC (spec: a man-made structure),
  the saint's or the town's name inside it (rule 6) — not an ORG `Church of San` nor a GPE `San X` for the name.

Not: a church as a body (`the Church of England`, `the Church of Scotland`, `the Church of Jesus Christ ...`: no
dedication word after `of`; they stay the ORG finders' names), a `Mission of X` (often a body).

Criterion: a building's head word (church, cathedral, basilica, chapel, convent, monastery, priory, abbey, shrine,
temple, mosque) + `of` + a dedication word (San, Santa, Santo, Sao/São, St./St/Saint/Sainte, Our Lady, Nuestra
Señora, Notre Dame, the Holy/Sacred/Immaculate/Blessed/Virgin/Assumption), written from how churches are named in
Spanish, Portuguese, French and English, not from any annotated set or audited page. Priority 60 (over the ORG
reading of `Church of X` and the saint-name places). Cheap: one pattern tried from ` of ` only where a head word is
in the text.
"""

from __future__ import annotations

import re

from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate, replace_overlapping

PRIORITY = 60

_HEADS = ("Church", "Cathedral", "Basilica", "Chapel", "Convent", "Monastery", "Priory", "Abbey", "Shrine", "Temple",
          "Mosque")
_DEDICATION = (r"(?:San|Santa|Santo|S\u00e3o|Sao|St\.?|Saint|Sainte|Our[ \t]+Lady|Nuestra[ \t]+Se\u00f1ora"
               r"|Notre[ \t]+Dame|the[ \t]+(?:Holy|Sacred|Immaculate|Blessed|Virgin|Assumption))")
_WORD = rf"[{LATIN1_UPPER}][{LATIN1_LOWER}'\u2019]{{1,16}}"
DEDICATED_BUILDING_RE = re.compile(
    rf"(?<![\w-])(?:{'|'.join(_HEADS)})[ \t]+of[ \t]+{_DEDICATION}(?:[ \t]+{_WORD}){{0,3}}"
    rf"(?:[ \t]+(?:of|de|del|de[ \t]+la)[ \t]+{_WORD}(?:[ \t]+{_WORD})?)?(?![\w'\u2019-])")
_BARE_DEDICATION = re.compile(rf"{_DEDICATION}$")
_TAIL_STOP = frozenset("The A An And Or But In On At By For From To With When While After Before He She They It".split())


def find_dedicated_buildings(text: str, out: list) -> None:
    """Church/Cathedral/Chapel ... of San/St./Our Lady X: one FAC (see the module docstring)."""
    if " of " not in text or not any(h in text for h in _HEADS):
        return
    for m in literal_finditer(DEDICATED_BUILDING_RE, text):
        if _BARE_DEDICATION.search(m.group()):
            continue                   # 'the Church of St.' with no name after it
        words = list(re.finditer(r"\S+", m.group()))
        end = m.end()
        for w in words[3:]:            # a capitalised clause opener after the name ends it ('... Domingo The ...')
            if w.group() in _TAIL_STOP:
                end = m.start() + w.start()
                break
        start = m.start()
        end = start + len(text[start:end].rstrip())
        if any(c.label == "FAC" and c.start <= start and end <= c.end for c in out):
            continue
        replace_overlapping(out, Candidate(start, end, "FAC", "rule:en_dedicated_building", PRIORITY, {}))
