"""A transliterated foreign name glossed with its Latin spelling in brackets (session 11 audit of
Traditional-script pages, auditzh4).

Taiwanese and Hong Kong histories of the Sino-French war, the 1874 expedition and the treaty ports give
a foreigner's Chinese rendering and then the original: `僱用美國人李仙得(C. W. Le Gendre)`, `化名為法國人卡洛力
(Carozzi)`, `引水人本特利(Bentley)`. The rendering is often a short one (three characters, no dot) that no
transliteration finder reads without a title. `find_glossed_foreign_names(text)` (working text) takes
the run of two to four Chinese characters right before a bracket (back to a particle, a demonym or role
word like 人/籍, or punctuation; or a run of name characters) before a bracket that holds one to five capitalised Latin words or initials and nothing else, and proposes it as a
PERSON (priority 34: above the place finders' guesses). The Latin gloss is left to the English finders.
Not proposed when the run is a known place or an ordinary word. One str.find scan per bracket character.
"""

from __future__ import annotations

import re

from pipeline.rules.dotted_names_zh import name_chars
from pipeline.rules.names_common import is_common_word, known_places
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-latin-gloss", 34
_GLOSS = re.compile("[（(][ ]?((?:[A-Z][a-z'\\-]{0,15}\\.?|[A-Z]\\.)(?:[ ]{1,2}(?:[A-Z][a-z'\\-]{0,15}\\.?|[A-Z]\\.|de|von|van|la|le|du)){0,4})[ ]?[）)]")


# characters that end the run before the name: particles, the demonym and role words (美國人李仙得, 引水人本特利,
# 工程师日意格, 领事官X)
_BEFORE_STOP = set("的了是在于为為和与與及或等人籍者将將被把由向从從对對以同跟师官长员家使商、，,。；;：:（(「」“” \n")
# last characters of places, structures and bodies, never of a transliterated personal name here
_NOT_LAST = set("台臺城山河江湖海港岛島湾灣堡营營寨关關门門桥橋路街站场場厂廠馆館院部局处處会會社司国國省县縣市镇鎮村行")
_NOT_GLOSS_FIRST = frozenset("Fort Mount Mt River Lake Bay Port Cape Island Islands Camp Battle Operation Army Division "
                             "Corps Regiment Fleet Company Ltd The Hotel Church College University Street Road".split())


# head words of places and structures right after the closing bracket: the glossed run is a place's name
_PLACE_HEAD_AFTER = re.compile("滩头|海滩|海岸|河畔|河谷|河口|山脉|山口|半岛|海峡|海湾|群岛|地区|附近|一带|城外|城内|镇|村|港|岛|湾|河|江|湖|山|峰|角")


def find_glossed_foreign_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    chars = None
    for opener in ("(", "（"):
        at = text.find(opener)
        while at != -1:
            m = _GLOSS.match(text, at) if at >= 2 else None
            if m is not None and m.group(1).split()[0].rstrip(".") not in _NOT_GLOSS_FIRST:
                if chars is None:
                    chars = name_chars()
                start = at
                while start > 0 and at - start < 4 and "\u4e00" <= text[start - 1] <= "\u9fff" \
                        and text[start - 1] not in _BEFORE_STOP:
                    start -= 1
                name = text[start:at]
                bounded = start == 0 or text[start - 1] in _BEFORE_STOP
                translit = sum(ch in chars for ch in name) >= len(name) - 1
                if _PLACE_HEAD_AFTER.match(text, m.end()):
                    at = text.find(opener, at + 1)
                    continue       # 奥马哈(Omaha)滩头, X(Y)河畔: the gloss names a place its head word follows
                if 2 <= len(name) and (bounded or translit) and name[-1] not in _NOT_LAST \
                        and name not in known_places() and not is_common_word(name, 50) \
                        and not any(name[k:] in known_places() for k in range(1, len(name) - 1)):
                    # 直抵八莫(Bhamo): the gloss belongs to the place that ends the run (auditzh10)
                    out.append(Candidate(start, at, "PERSON", SOURCE, PRIORITY))
            at = text.find(opener, at + 1)
    return out
