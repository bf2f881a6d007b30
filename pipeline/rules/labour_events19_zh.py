"""Strikes and workers' risings named by their place (session 19, s19zhevt): one EVENT.

Histories of the labour movement name a strike or a rising by the place it happened in, the working people who
made it and the head: `某港海员大罢工`, `某市工人大罢工`, `某市纱厂工人总罢工`, `某市工人第三次武装起义`. The place
alone was tagged GPE and the event lost. `find_labour_events(text)` proposes EVENT over

    PLACE (a name of the place lexicon, 2-4 characters) + GROUP? + ORDINAL? + HEAD

- HEAD: 大罢工, 总罢工, 总同盟罢工 (a strike named as a whole; a bare 罢工 is a verb as often) or 武装起义;
- GROUP: up to four modifier characters ending in a noun of working people (工人, 海员, 职工, 矿工, 店员, 学生,
  工友); none of 的/和/与/及/在 or a verb of organising (举行, 发动, 组织, 领导) inside it;
- ORDINAL: 第N次 or N次 (the risings of one city are counted: 第三次武装起义).
武装起义 needs a GROUP (在某城武装起义 is a verb phrase). The place before the span keeps nothing of its own
(guideline 15: an event name holds its place). Priority 58: above the place's GPE.
Cost: nothing unless one of the heads is in the text.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:event-labour", 58
_HEADS = ("总同盟罢工", "大罢工", "总罢工", "武装起义")
_HEAD_RE = re.compile("总同盟罢工|大罢工|总罢工|武装起义")
_GROUP_NOUNS = "工人|海员|职工|矿工|店员|学生|工友"
_MODIFIER = "(?:(?![的和与及在])(?!举行|发动|组织|领导|号召)[\u4e00-\u9fff])"
_MID_RE = re.compile(
    f"(?P<group>{_MODIFIER}{{0,4}}?(?:{_GROUP_NOUNS}))?(?:第?[一二三四五六七八九十]次)?")
_REACH = 14


def find_labour_events(text: str) -> list[Candidate]:
    """EVENT candidates of strikes and workers' risings named by their place (see the module doc)."""
    if not any(h in text for h in _HEADS):
        return []
    places = place_lexicon()
    out: list[Candidate] = []
    for m in _HEAD_RE.finditer(text):
        head_start = m.start()
        for start in range(max(0, head_start - _REACH), head_start - 1):
            found = False
            for width in (4, 3, 2):
                after = start + width
                if after > head_start or text[start:after] not in places:
                    continue
                mid = _MID_RE.fullmatch(text, after, head_start)
                if mid is None or (m.group() == "武装起义" and not mid.group("group")):
                    continue
                out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
                found = True
                break
            if found:
                break
    return out
