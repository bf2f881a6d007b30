"""Names listed each with its unit or post in brackets, as veterans' interviews, rolls of honour and unit
histories list people (session 12 audit, auditzh12).

`他们是：赵大斌（步兵第四连）、文永福（炮三连）、李世和（二连）`: a Chinese name (a one-character surname and one or two
given characters) right before a bracketed gloss that names a unit or a post (it ends in an echelon or team
character, 连 排 班 营 团 师 旅 军 队, or a post's 长 员 委), standing in a list (a list mark 、 ： before the name,
or 、 right after the gloss). There the given name is read whole even where it is a county (文|永福) or ends in
the conjunction 和 (李世和), which the other finders cut off. `find_gloss_listed_persons(text)` (working text)
proposes PERSON, priority 33 (above the place lexicons, below the person lexicon). Anchored on the brackets
(str.find); no gloss longer than 10 characters. A two-character city or county the place lexicons know is no name
there: `抵达安庆（第10军）、宣城（第11军）` lists the towns each unit reached (auditzh49).
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-gloss-list", 33
_GLOSS_ENDS = set("连排班营团师旅军队长员委记任")   # s18zhper: 书记, 主任 end posts as 长/员/委 do
# s18zhper: before the first item of a glossed list, a preposition that takes a person (把甲（书记）、乙（政委）请来)
_PERSON_PREPOSITIONS = set("把将由与和同跟请派令让给对向")
_LIST_BEFORE = set("、：:")
_NOT_GIVEN = set("的了在是与及等于被把对向从由第一二三四五六七八九十百千万个部军师旅团营连排班队")
_CLOSE = {"（": "）", "(": ")"}


def find_gloss_listed_persons(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "（" not in text and "(" not in text:
        return out
    single = surnames()[0]
    for opening, closing in _CLOSE.items():
        at = text.find(opening)
        while at != -1:
            close = text.find(closing, at + 1, at + 12)
            gloss = text[at + 1:close] if close != -1 else ""
            if gloss and gloss[-1] in _GLOSS_ENDS and "今" not in gloss and "属" not in gloss:
                after_list = text.startswith("、", close + 1)
                for size in (3, 2):
                    start = at - size
                    if start < 0:
                        continue
                    name = text[start:at]
                    before = text[start - 1] if start > 0 else "\n"
                    if name[0] not in single or any(ch in _NOT_GIVEN or not "\u4e00" <= ch <= "\u9fff" for ch in name[1:]):
                        continue
                    entry = place_lexicon().get(name) if size == 2 else None
                    if entry is not None and entry.label == "GPE" and entry.kind in ("city", "prefecture", "county"):
                        break    # 安庆（第10军）、宣城（第11军）: the towns the units went to (auditzh49)
                    if before in _LIST_BEFORE or (after_list and (before in "\n，,。）)" or before in _PERSON_PREPOSITIONS)):
                        out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
                        break
            at = text.find(opening, at + 1)
    return out
