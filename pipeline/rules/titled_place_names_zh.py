"""A title, a surname and a place name: one person, no place (session 18, GPE audit: places read inside persons'
names after a title).

Chinese given names are often place names (长安, 通州, 兴化, 保定): `副官马通州报告`, `管带方兴化阵亡`, `县长周长安出逃`.
The titled-name readers turn such names away when the surname is also an ordinary word (马, 方, 高, 周, 钱) and the
place lexicon then reads the given name as a GPE. A post or rank title (person_name_ends.TITLES) followed by a
single-character surname and a two-character known place, the whole closed by a clause mark or a verb of what the man
did (报告, 率, 阵亡, 被 …), is one PERSON: surname + given name (priority 33, above the gazetteer's 30 and the
titled readers' 32). Not when surname + place is itself a known place (马鞍山) or the title ends a unit or place
word (司令部, 县城: the title scan is guarded).

Two more shapes (session 18 round 2, r18zhname), both only before a verb of what an officer did (率部, 阵亡, 出逃 …,
`_DEEDS`): the whole name a two-character known place whose first character is a surname (`团长高唐率部`: 高唐 is
the man, not the county; priority 33), and surname + two characters that the readers turn away because surname +
first character makes a word (`县长周长安出逃`: 周长 is "perimeter"; priority 31, below every other reading).
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import surnames
from pipeline.rules.person_titled_names import title_matches
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-titled-place-name", 33
_CLOSE = frozenset("，,。；;：:、）)！？!?\n 　")
_DEEDS = frozenset("率部 率领 带领 率军 率兵 亲率 阵亡 牺牲 负伤 受伤 出逃 逃跑 弃城 投降 被俘 战死 殉国 殉职 "
                   "下令 到任 上任".split())
_VERB_STARTS = frozenset("率带被于在向到等为是也即便则又已将亲任兼阵牺负战指报说回出逃来去投奉命接调赴称")


_NOT_NAME = frozenset("的了在和与及率部带领亲自军师团营连县城")


def find_titled_place_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single = surnames()[0]
    places = place_lexicon()
    for m in title_matches(text):     # the title scan person_titled_names keeps for this text
        at = m.end()
        name = text[at:at + 3]
        if text[at:at + 1] in single and text[at + 2:at + 4] in _DEEDS and text[at:at + 2] not in _DEEDS:
            two = text[at:at + 2]
            if places.get(two) is not None and places[two].label == "GPE":
                out.append(Candidate(at, at + 2, "PERSON", SOURCE, PRIORITY))
                continue
        if len(name) == 3 and name[0] in single and text[at + 3:at + 5] in _DEEDS and not (set(name) & _NOT_NAME) \
                and name not in places and name[1:] not in places:
            out.append(Candidate(at, at + 3, "PERSON", SOURCE, 31))
            continue
        if len(name) < 3 or name[0] not in single or name[1:] not in places or places[name[1:]].label != "GPE" or name in places \
                or text[at:at + 2] in places:
            continue
        after = text[at + 3:at + 4]
        if after and after not in _CLOSE and after not in _VERB_STARTS:
            continue
        out.append(Candidate(at, at + 3, "PERSON", SOURCE, PRIORITY))
    return out
