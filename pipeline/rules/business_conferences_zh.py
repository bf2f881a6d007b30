"""Conferences named by the state business they settled (session 18, s18zhqty; Chinese EVENT audit).

Republican-era conferences are named by a verb-object of reorganising the armies or settling the state, with an
optional scope before it: `国军编遣会议`, `全国编遣实施会议`, `善后会议`, `裁兵会议`, `整军会议`, `复员会议`, `国是会议`
(guidelines: a conference is an EVENT, `黄山整军预备会议`). The business words are the closed set of such verb-objects
(编遣 disband-and-reassign, 善后 settle after a war, 裁兵/裁军 cut troops, 整军/整编 reorganise, 复员 demobilise,
停战 cease fire, 国是 affairs of state), each optionally followed by 实施/预备/筹备 (the session's kind). A meeting named
by its kind of participants or urgency (军事会议, 紧急会议, 高级将领会议) has no such word and is left alone.

`find_business_conferences(text)` proposes EVENT, priority 20 (a longer name read by the event finder wins: 黄山整军预备会议).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:event-business-conference", 20
_SCOPE = "(?:全国|国军|全军|中央|军事|陆军|海军)?"
_BUSINESS = "(?:编遣|善后|裁兵|裁军|整军|整编|复员|停战|国是)"
_CONFERENCE_RE = re.compile(f"{_SCOPE}{_BUSINESS}(?:实施|预备|筹备)?会议")


def find_business_conferences(text: str) -> list[Candidate]:
    if "会议" not in text:
        return []
    return [Candidate(m.start(), m.end(), "EVENT", SOURCE, PRIORITY) for m in literal_finditer(_CONFERENCE_RE, text)]
