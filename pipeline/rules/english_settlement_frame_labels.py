"""The label of a name written after a word for a settlement or a governed territory and `of`, in English text
(session 28, helper s28enorg: audit of English ORG/FAC/LOC/EVENT on colonial-war pages, where `the colony of Cape X`
and `the town of Cape Y` were read as landforms by their `Cape`).

- `the town of X`, `the city of X`, `the village of X`, `the township of X`, `the hamlet of X`, `the municipality of X`,
  `the colony of X`, `the province of X`, `the county of X`, `the port of X`: X is a place with a government (GPE),
  whatever head word its name holds (`Cape X`, `X Bay`, `X Hill`, `Mount X`): every reading of X as a LOC there is
  relabelled GPE, its span kept.

Not: a reading that is no LOC (a FAC, a unit), a LOC whose name ends in a water or range word that cannot be
settled (`the port of the X River` is another frame: River, Sea, Ocean, Strait, Straits, Gulf, Mountains, Range,
Hills, Valley, Desert are left LOC), a capital of a region (`the capital of X` names the region, left alone).

Criterion: the English words for a settlement or a territory with a government before `of` (spec: GPE, a place
with a government: country, province, city, county, town, village), not from any annotated set or audited page.
A label fix on the other finders' readings (run before english_span_edges); cheap: one look-behind test per LOC
reading.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

SETTLEMENT_OF_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]own|[Cc]ity|[Vv]illage|[Tt]ownship|[Hh]amlet|[Mm]unicipality|[Cc]olony|[Pp]rovince|[Cc]ounty"
    r"|[Pp]ort)[ \t]+of[ \t]+$")
_UNSETTLED_ENDS = frozenset("River river Sea Ocean Strait Straits Gulf Mountains Range Hills Valley Desert".split())


def find_settlement_frame_labels(text: str, out: list) -> None:
    """A LOC reading right after `town of`, `colony of` ...: relabelled GPE (see the module docstring)."""
    if " of " not in text:
        return
    for i, c in enumerate(out):
        if c.label != "LOC" or c.start < 4:
            continue
        if text[c.start:c.end].split()[-1] in _UNSETTLED_ENDS:
            continue
        if SETTLEMENT_OF_BEFORE.search(text, max(0, c.start - 16), c.start):
            out[i] = Candidate(c.start, c.end, "GPE", c.source, c.priority, c.norm)
