"""Chinese names of war episodes and engagements (working text).

`find_war_episodes(text)` (EVENT):
- a known place with 抗战 (绥远抗战, 长城抗战): one named war episode (guideline 10);
- a named engagement after a verb of fighting (取得X保卫战的胜利, 指挥X阻击战), not a counted or generic one
  (进行的一次歼灭战).

Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import anchored_finditer, literal_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"

_WAR_EPISODE_RE = re.compile(f"([{_CJK}]{{2,3}}?)抗战")
_WAR_EPISODE_ANCHOR = re.compile("抗")

# a named engagement after a verb of fighting: 取得X保卫战的胜利, 指挥X阻击战
_ENGAGEMENT_RE = re.compile(
    f"(?:取得|指挥|发起|进行|参加|打响|爆发)([{_CJK}]{{2,5}}?)(?:保卫战|阻击战|攻坚战|歼灭战|突围战)")
_ENGAGEMENT_HEAD_RE = re.compile("保卫战|阻击战|攻坚战|歼灭战|突围战")


def find_war_episodes(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in anchored_finditer(_WAR_EPISODE_RE, text, _WAR_EPISODE_ANCHOR, 3):
        name = m.group(1)
        for k in range(len(name) - 1):
            entry = places.get(name[k:])
            if entry is not None:
                out.append(Candidate(m.start(1) + k, m.end(), "EVENT", "rule:event-place-war", 46))
                break
    for head in literal_finditer(_ENGAGEMENT_HEAD_RE, text):      # the head words are rare: look back from them
        m = _ENGAGEMENT_RE.search(text, max(0, head.start() - 7), head.end())
        # 进行的一次歼灭战, 发起一场突围战: a particle or a count of battles, no name (zh11)
        if m and m.end() == head.end() and not is_common_word(m.group(1)) \
                and not any(ch in "的次场" for ch in m.group(1)) and m.group(1)[0] not in "一这那此该":
            skip = 1 if m.group(1)[0] in "了过着" else 0     # 参加了|四平保卫战: the aspect particle is outside
            out.append(Candidate(m.start(1) + skip, m.end(), "EVENT", "rule:event-engagement", 46))
    return out
