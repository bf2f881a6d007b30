"""A state or regime named in quotation marks when it is set up: 建立“某某汗国”, 名为“某某帝国”或“某某共和国” (GPE).

Puppet states and short-lived regimes are named once, quoted, after a verb of founding or naming.
`find_quoted_states(text)` proposes GPE for the quoted name (2-10 characters ending in 国, 帝国, 共和国, 汗国,
王国) after 建立, 成立, 名为, 号称, 宣布, 称 (or 或/和/、 after another such quoted name).
Candidates have the gazetteer's priority (30). Cost: nothing unless “ and 国” are in the text.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE = "rule:place-quoted-state"
PRIORITY = 30
_QUOTED_RE = re.compile("(建立|成立|名为|号称|宣布|改称|称|或|和|、)[“「]([\u4e00-\u9fff]{1,8}国)[”」]")
_FOUNDING = ("建立", "成立", "名为", "号称", "宣布", "改称", "称")


def find_quoted_states(text: str) -> list[Candidate]:
    """GPE candidates of quoted state names after a verb of founding or naming (see the module doc)."""
    if "国”" not in text and "国」" not in text:
        return []
    out: list[Candidate] = []
    last_end = -10
    for match in literal_finditer(_QUOTED_RE, text):
        if match.group(1) in _FOUNDING or match.start() == last_end:
            out.append(Candidate(match.start(2), match.end(2), "GPE", SOURCE, PRIORITY, {"id": None}))
            last_end = match.end()
    return out
