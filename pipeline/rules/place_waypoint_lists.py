"""Every stop of a march written 由A经B、C、D到E (GPE).

Diaries, unit histories and campaign narratives record a day's march as a start, a 、-list of the villages passed
and the night's halt: 由甲经乙、丙、丁到戊, 从甲经乙至丙, 自甲经乙、丙抵丁. The frame itself says that every
member is a place on the road — most are hamlets no gazetteer lists (X营, X坝, X场, X洼, X垭口, X庄).
`find_waypoints(text)` (working text, Simplified) proposes GPE for each start, stop and end when:

- the frame is 由/从/自 + A + 经 + B1、…、Bn (1-9 stops, each 2-4 characters, each may carry a bracketed note:
  马坡头(横过铁路)) + 到/至/抵/达 + E, E closed by a clause mark or 附近/一带/宿营/休息/住;
- the name is not in the place lexicon (which keeps its own label: a river or pass on the road stays LOC);
- the name holds no function, pronoun, unit or time character, and is no word jieba knows (frequency 100+) that is
  no place name (a member that fails is skipped; when half the stops fail, the run is no itinerary).

Candidates are GPE at priority 30 (lexicon places and FAC structures win; a longer name here replaces a known
shorter one inside it only by the usual longest-span rule). The scan starts at the literal 经 (str.find).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-waypoint", 30
_CJK = "\u4e00-\u9fff"
_NOTE = "(?:[(（][^()（）\\n]{1,12}[)）])?"
_STOPS_RE = re.compile(
    f"((?:[{_CJK}]{{2,4}}{_NOTE}、){{0,8}}[{_CJK}]{{2,4}}?{_NOTE})(?:到达|抵达|到|至|抵|达)([{_CJK}]{{2,4}}?)"
    "(?=[，,。；;、：:（(\\s]|附近|一带|宿营|休息|住|$)")
_ITEM_RE = re.compile(f"([{_CJK}]{{2,4}}){_NOTE}")
_STOP = set(
    "的了是和与及等被把对向从由在于经沿到至往这那其此该各每我敌你他她它们军部师团旅营连队日月年时天"
    "机舰炮弹线阵公路约走行过")
_ALLOWED_IN_NAME = set("营")      # 永定营, 半站营: a settlement named after a camp


def _name_ok(name: str) -> bool:
    if not 2 <= len(name) <= 4:
        return False
    body = name[:-1] if name[-1] in _ALLOWED_IN_NAME else name
    if any(ch in _STOP for ch in body) or name[-1] == "里" and name[-2] in "一二三四五六七八九十百千廿卅":
        return False
    entry = word_info().get(name)
    return not (entry and entry[0] >= 100 and not entry[1].startswith("ns"))


def find_waypoints(text: str) -> list[Candidate]:
    """GPE candidates of the class in the module doc."""
    out: list[Candidate] = []
    at = text.find("经")
    while at != -1:
        start = None
        for size in (2, 3, 4):
            p = at - size - 1
            if p >= 0 and text[p] in "由从自" and all("\u4e00" <= ch <= "\u9fff" for ch in text[p + 1:at]):
                start = p + 1
                break
        m = _STOPS_RE.match(text, at + 1) if start is not None else None
        if m is not None:
            spans = [(start, at)]
            spans += [(at + 1 + i.start(1), at + 1 + i.end(1)) for i in _ITEM_RE.finditer(m.group(1))]
            spans.append((m.start(2), m.end(2)))
            if 2 * sum(_name_ok(text[s:e]) for s, e in spans[1:-1]) >= len(spans) - 2:
                for s, e in spans:     # a name the lexicon knows keeps the lexicon's reading (大渡河 LOC)
                    if _name_ok(text[s:e]) and text[s:e] not in place_lexicon():
                        out.append(Candidate(s, e, "GPE", SOURCE, PRIORITY, {"id": None}))
        at = text.find("经", at + 1)
    return out
