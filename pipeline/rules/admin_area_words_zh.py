"""Administrative words of the base areas and of the tiers of government, read as places or persons (session 22,
s22zhprec: a precision audit of GPE/LOC/ORG/QUANTITY spans on fresh real passages — local histories, memoirs,
gazetteer drafts). Grammar over the place lexicon and jieba's word list; no list of names.

- A joint county of the base areas (`甲乙丙联合县东起…`, `成立了甲乙联合县`): a name of 2–4 characters right before
  联合县 is one GPE with it (a county the base area set up, like `X县`), not a PERSON (the name-likeness readings
  take 丰/冯/… as a surname).
- A base area named by its region (`甲乙丙抗日根据地建立之后`, `对甲乙丙根据地进行“扫荡”`): the 2–4 characters before
  根据地 (抗日/革命/游击 between them allowed) are the region, LOC (docs reading: a base area is tagged by its region
  only), not a PERSON. The name opens after a clause edge or a function character (的, 了, 在, 对 …) and is no
  ordinary word (巩固, 敌后, 老) and holds no function, pronoun or count character; not where 根据 + 地X is
  "according to" (`某人根据地图判断`, 根据地形, 根据地方).
- A tier run (`省道县三级制`, `省道县两级`, `省道县制`): a county the place lexicon knows, written right after 省 and
  right before a count of tiers (三级, 两级) or 制, is the middle tier's word, no place (`not_a_tier_word`, called
  from places._lexicon_candidates). `湖南省道县` (a province and the county, nothing after) stays a place.

Priority 36 (above the person rules' 20 and the gazetteer's 30, below the units). Cost: str.find of 联合县 and
根据地; the tier check runs only for a lexicon name right after 省.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:admin-area-word", 36

# what may stand right before the name: a clause edge or a function character
_OPENERS = frozenset("，。、；：！？,.;:!?（）()「」『』“”‘’ \n\t的了在对向到入回从为和与及把将是即原由于至")
# characters no such name holds: function words, pronouns, counts and the modifiers of a base area
_NOT_IN_NAME = frozenset("的了在是和与及等被把对向从由于到至往个这那其此该各每本全我敌你他们新老大小块片座些"
                         "一二三四五六七八九十两几数各整原")
# a character after 根据地 that makes 根据 + 地X ("according to the map, the terrain, the place …")
_ACCORDING_NEXT = frozenset("图形方理址点势质域区貌下震位段带委主球里")
_TIER_AFTER_RE = re.compile("(?:[二三四两]级|[二三四两]級|制)")


def _name_before(text: str, end: int) -> int:
    """Start of the shortest name of 2–4 characters ending at `end` that opens after an opener (-1: none)."""
    for size in (2, 3, 4):
        start = end - size
        if start < 0:
            return -1
        name = text[start:end]
        if any(ch in _NOT_IN_NAME or not is_han(ch) for ch in name):
            return -1
        if start == 0 or text[start - 1] in _OPENERS:
            if is_common_word(name, 50) or name[-1] in "区":
                return -1     # 巩固, 山区, 平原地区: an ordinary word or a kind of area, no name
            return start
    return -1


def find_admin_area_words(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("联合县")
    while at >= 0:
        start = _name_before(text, at)
        if start >= 0:
            out.append(Candidate(start, at + 3, "GPE", SOURCE, PRIORITY))
        at = text.find("联合县", at + 3)
    at = text.find("根据地")
    while at >= 0:
        if text[at + 3:at + 4] in _ACCORDING_NEXT:
            at = text.find("根据地", at + 3)
            continue              # 根据|地图/地形/地方: "according to the map", no base area
        head = at
        for mod in ("抗日", "革命", "游击"):
            if text.startswith(mod, at - 2):
                head = at - 2
                break
        start = _name_before(text, head)
        if start >= 0:
            out.append(Candidate(start, head, "LOC", SOURCE, PRIORITY))
        at = text.find("根据地", at + 3)
    return out


def not_a_tier_word(text: str, start: int, end: int) -> bool:
    """True where the lexicon name at [start, end) stands between 省 and a count of tiers (省道县三级制)."""
    return start > 0 and text[start - 1] in "省" and _TIER_AFTER_RE.match(text, end) is not None
