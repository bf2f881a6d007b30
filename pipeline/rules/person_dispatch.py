"""A person sent or appointed, named between the verb and what he is sent to do: 派X谒冯, 还派X（…）主管党务,
委任X为军长 (PERSON).

person_actions reads a name after 派/令 when a verb of action follows it; the errand is often a rarer verb
(谒, 赴, 携) or a bracketed aside about the person. `find_dispatched(text)` proposes a surname + two given
characters right after 派, 急派, 改派, 调派, 特派, 委派, 委任, 任命, 电示, 电召 or 召见 when 为, 谒, 赴, 携, 持, 代, 接替,
前往 or an opening bracket follows; the name test is person_unit_owners' (no ordinary word, no known place, no
function character; the surname ends no word with the character before it).
Candidates are PERSON at the person heuristics' priority (20); other mentions of the name are found too.
Cost: nothing unless 派, 任 or 召 or 示 is in the text; a literal-led scan.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames
from pipeline.rules.person_unit_owners import name_ok, with_other_mentions
from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:person-dispatch"
PRIORITY = 20
_DISPATCH_RE = re.compile(
    "[派任示召见]([\u4e00-\u9fff]{3})(?=为|谒|赴|携|持|代|接替|前往|[（(])")
_VERBS = ("派", "委任", "任命", "电示", "电召", "召见")


def find_dispatched(text: str) -> list[Candidate]:
    """PERSON candidates of persons sent or appointed (see the module doc)."""
    if "派" not in text and "任" not in text and "召" not in text and "示" not in text:
        return []
    single, _ = surnames()
    out: list[Candidate] = []
    for match in rare_finditer(_DISPATCH_RE, text):
        start, end = match.span(1)
        if not any(text.endswith(verb, 0, start) for verb in _VERBS):
            continue
        if text[start] in single and name_ok(text, start, end):
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return with_other_mentions(text, out)
