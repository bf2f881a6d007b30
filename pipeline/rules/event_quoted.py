"""An event named in quotation marks by its head: “朱毛会师”, “某某自治运动”, “某某兵变” (EVENT).

Writers quote the conventional name of an event; the quoted name ending in an event head is the event, whatever
its stem (two leaders' surnames, a slogan, a place no lexicon lists). `find_quoted_events(text)` proposes
EVENT for the text inside “” or 「」 of 4-10 characters ending in 会师, 起义, 事变, 暴动, 惨案, 运动 or 兵变, with
no punctuation inside. Battle heads (大捷, 作战, 之战) are left out: quoted, they are as often a catchword
(“国军大捷”, “提前之战”) as a name.
A quoted name of 2-6 characters right before 运动 (not 运动会 or 运动员) is the movement's name, the head outside as
for a quoted month-day name (`“七·七”事变` → `七·七`): `“三反”运动` → `三反`, `“收回国权”运动` → `收回国权` (session 30,
s30zhorgfac; the movements of 1905-1965 written so in histories and encyclopedia mirrors).
Candidates are EVENT at priority 45 (the event finder's spans of the same text win on ties by length).
Cost: nothing unless ” or 」 is in the text; a literal-led scan from the opening quote.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import rare_finditer
from pipeline.spans import Candidate

SOURCE = "rule:event-quoted"
PRIORITY = 45
_QUOTED_RE = re.compile(
    "[“「]([\u4e00-\u9fff]{2,8}(?:会师|起义|事变|暴动|惨案|运动|兵变))[”」]")


_QUOTED_BEFORE_MOVEMENT_RE = re.compile("[“「]([\u4e00-\u9fff]{2,6})[”」](?=运动(?![会员场]))")


def find_quoted_events(text: str) -> list[Candidate]:
    """EVENT candidates of quoted event names (see the module doc)."""
    if "”" not in text and "」" not in text:
        return []
    out = [Candidate(m.start(1), m.end(1), "EVENT", SOURCE, PRIORITY) for m in rare_finditer(_QUOTED_RE, text)]
    if "运动" in text:
        out += [Candidate(m.start(1), m.end(1), "EVENT", SOURCE, PRIORITY)
                for m in rare_finditer(_QUOTED_BEFORE_MOVEMENT_RE, text)]
    return out
