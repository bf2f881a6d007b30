"""Wars of the warlord era named by two factions or provinces, in Chinese working text.

`find_faction_wars(text)` (EVENT): two different one-character faction, province or warlord names
(直 奉 皖 粤 桂 滇 黔 川 湘 晋 蒋 冯 阎 唐 齐 卢) before 战争/大战, with an ordinal (直奉战争, 第二次直奉战争, 蒋桂战争,
齐卢战争; 中原大战 is in events.tsv).

Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

# the factions and provinces that named the wars of 1916-1930 (one character each), and the warlords' surnames
# (蒋冯, 蒋唐; 齐卢战争 of 1924: 齐燮元 against 卢永祥, auditzh21)
FACTIONS = "直奉皖粤桂滇黔川湘晋蒋冯阎唐齐卢"
_FACTION_WAR_RE = re.compile(f"(第[一二三四五六七八九十]次)?([{FACTIONS}])([{FACTIONS}])(?:战争|大战)")
_FACTION_WAR_ANCHORS = (re.compile("战争"), re.compile("大战"))    # a match holds one of them


def find_faction_wars(text: str) -> list[Candidate]:
    out = []
    for anchor in _FACTION_WAR_ANCHORS:
        for m in anchored_finditer(_FACTION_WAR_RE, text, anchor, 6):
            if m.group(2) != m.group(3):
                out.append(Candidate(m.start(), m.end(), "EVENT", "rule:event-faction-war", 47))
    return out
