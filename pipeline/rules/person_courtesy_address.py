"""A courtesy name used in address with 兄: “孟某兄，你负责” (PERSON, the 兄 outside).

Republican officers address each other by courtesy name + 兄 (健生兄, 季宽兄); the courtesy name is no
surname + given name, so the name finders miss it. `find_courtesy_addresses(text)` proposes the two
characters before 兄 when they are no ordinary word jieba knows (师兄, 老兄, 仁兄, 弟兄 are words), hold no
function, pronoun or echelon character, and stand after a clause boundary, an opening quote or a word
that takes a person (由, 和, 与, 请, 待, 给, 对, 致); 兄 starts no word (兄弟, 兄长). Other mentions of a name
so found are found too (你和孟某先研究). Candidates are PERSON at the person heuristics' priority (20).
Cost: nothing unless 兄 is in the text.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word
from pipeline.rules.person_unit_owners import NOT_GIVEN, with_other_mentions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:person-courtesy-address"
PRIORITY = 20
_ADDRESS_RE = re.compile("([\u4e00-\u9fff]{2})兄(?![弟长妹嫂])")
_LEFT = set("，。；：！？、“「‘（( \n由和与请待给对致")


def find_courtesy_addresses(text: str) -> list[Candidate]:
    """PERSON candidates of courtesy names before 兄 (see the module doc)."""
    if "兄" not in text:
        return []
    out: list[Candidate] = []
    for match in literal_finditer(_ADDRESS_RE, text):
        start, end = match.span(1)
        name = match.group(1)
        if start and text[start - 1] not in _LEFT:
            continue
        if any(ch in NOT_GIVEN for ch in name) or is_common_word(name, 5):
            continue
        out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return with_other_mentions(text, out, 2)
