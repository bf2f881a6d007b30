"""Parts of an ocean named by a compass word, as Chinese pages on the Pacific and Atlantic wars write them
(session 12 audit, auditzh12).

`穿过北太平洋风暴区`, `在中太平洋岛屿上`, `西南太平洋战区`, `北大西洋航线`: a compass word (东 西 南 北 中 and the
compounds 东北 西北 东南 西南 中西 中南) written before an ocean's name (太平洋, 大西洋, 印度洋) names a region of
that ocean, one LOC (guideline 6: the name keeps what is written with it), as the lexicon already reads
南太平洋. Without it the ocean alone was tagged and the compass word left out, or read with the next
characters (北大|西洋 → the university 北大). `find_ocean_parts(text)` (working text) proposes LOC, priority 40.
Anchored on the literal 洋 (str.find); not after 以 (以北: a relative direction), nor before a fleet, war,
theatre or command (北太平洋舰队, 西南太平洋战区: left to the unit and event finders).
"""

from __future__ import annotations

from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-ocean-part", 40
_OCEANS = ("太平洋", "大西洋", "印度洋")
# a fleet, war, theatre or command named by the ocean's part is left to the unit, event and organisation finders
_NOT_AFTER = ("舰队", "战争", "战区", "司令", "方面", "战役", "海战")
_COMPASS = ("东北", "西北", "东南", "西南", "中西", "中南", "东", "西", "南", "北", "中")


def find_ocean_parts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "洋" not in text:
        return out
    for ocean in _OCEANS:
        at = text.find(ocean)
        while at != -1:
            for compass in _COMPASS:
                start = at - len(compass)
                if start >= 0 and text.startswith(compass, start):
                    if not (start > 0 and text[start - 1] == "以") and not text.startswith(_NOT_AFTER, at + 3):
                        out.append(Candidate(start, at + 3, "LOC", SOURCE, PRIORITY, {"id": None}))
                    break
            at = text.find(ocean, at + 3)
    return out
