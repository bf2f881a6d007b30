"""Wars, campaigns and incidents named by a sexagenary year and a short name (session 24, s24zhunit).

Late-Qing and Republican writing names a war or a campaign by the year of the cycle it fell in and the parties or the
cause, then 之役/之战/之变/战争: `甲午中日之役`, `庚申英法之役`, `癸丑讨袁之役`, `乙丑某某之役`. The event grammar
(event_names_zh) reads a cyclical year glued to its head (`甲午之役`, `庚子之变`) and lists of known names, but not a
year with a name between it and the head, so the whole event goes untagged (or only a part is read: a unit, a place).
Guideline: EVENT is a named war, campaign or incident; a sexagenary year names a war with its head (docs/
annotation-guidelines.md, event names).

`find_cyclic_year_events(text)` (working text, Simplified) proposes EVENT at priority 48 (above the event grammar,
46, so the longer name wins over a part of it) for a valid stem-branch pair (event_names_zh.cyclic_year: stem and
branch of the same parity), not inside a longer run of cycle characters, then two to four characters of a name (no
punctuation, digit, numeral or function word: 的, 年, 月, 之, 以, 后, 前, 间, 时 …; 日 stays: 中日, 日俄), then one of the heads a cyclical year
names (event_names_zh.CYCLIC_HEADS: 之役, 之战, 战争, 战役, 之变, 起义, 之乱 …).

Examples written for this module: `甲午中日之役`, `庚申英法之役`, `癸丑讨袁之役`. Negatives: `甲午年间的战争` (年, 的),
`甲午之役` (no name between: event_names_zh reads it), `甲乙两军之战` (not a cycle pair).
Cost: one regex of the heads' literals (re scans for them in C); at each head, at most three anchored matches.
"""

from __future__ import annotations

import re

from pipeline.rules.event_names_zh import BRANCHES, CYCLIC_HEADS, STEMS, cyclic_year
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:cyclic-year-event", 48

_NOT_IN_NAME = ("的了在是和与及等之年月时间后前以其此该这那为于从到至自、，。；：！？（）()“”《》 \n"
                "0123456789〇零一二三四五六七八九十百千万两")
_HEADS_RE = re.compile("|".join(sorted(CYCLIC_HEADS, key=len, reverse=True)))
_EVENT_RE = re.compile(f"([{STEMS}][{BRANCHES}])([^{re.escape(_NOT_IN_NAME)}]{{2,4}})$")


def find_cyclic_year_events(text: str) -> list[Candidate]:
    """`甲午中日之役` → one EVENT (see the module doc)."""
    out: list[Candidate] = []
    for head in _HEADS_RE.finditer(text):
        at = head.start()
        for size in (4, 5, 6):                      # the pair and a name of two to four characters
            start = at - size
            if start < 0:
                break
            m = _EVENT_RE.match(text, start, at)
            if m is None:
                continue
            if not cyclic_year(m.group(1)) or (start > 0 and text[start - 1] in STEMS + BRANCHES):
                continue
            name = m.group(2)
            if any(ch in STEMS and nxt in BRANCHES for ch, nxt in zip(name, name[1:])):
                continue
            out.append(Candidate(start, head.end(), "EVENT", SOURCE, PRIORITY))
            break
    return out
