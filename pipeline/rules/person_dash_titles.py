"""A name set off from its post by a dash: 第107师连长——X，就深感忧虑; 国民党军将领——X也急得不行 (PERSON).

Feature articles set the name apart after the post with a dash (——). `find_dash_titles(text)` proposes
the surname and one or two given characters right after a post or rank word (…长, …官, 将领, …员, 司令,
…帅) and a dash, when a clause boundary or an adverb of a subject follows it (，也 就 则 便 却 又 在 于 率).
The name test is person_unit_owners' (no ordinary word, no known place, no function character).
Candidates are PERSON at the person heuristics' priority (20). Cost: nothing unless —— is in the text.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames
from pipeline.rules.person_unit_owners import name_ok
from pipeline.rules.person_unit_owners import with_other_mentions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:person-dash-title"
PRIORITY = 20
_DASH_RE = re.compile(
    "(?:长|官|领|员|将|帅|令|委)[—－-]{1,2}([\u4e00-\u9fff]{2,3}?)"
    "(?=[，。、；：！？）)\\s]|也|就|则|便|却|又|在|于|率|已|的)")


def find_dash_titles(text: str) -> list[Candidate]:
    """PERSON candidates of names after a post and a dash (see the module doc)."""
    if "—" not in text:
        return []
    single, compound = surnames()
    out: list[Candidate] = []
    for match in literal_finditer(_DASH_RE, text):
        start, end = match.span(1)
        if (text[start] in single or text[start:start + 2] in compound) and name_ok(text, start, end):
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return with_other_mentions(text, out)
