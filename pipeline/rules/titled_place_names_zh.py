"""A title, a surname and a place name: one person, no place (session 18, GPE audit: places read inside persons'
names after a title).

Chinese given names are often place names (长安, 通州, 兴化, 保定): `副官马通州报告`, `管带方兴化阵亡`, `县长周长安出逃`.
The titled-name readers turn such names away when the surname is also an ordinary word (马, 方, 高, 周, 钱) and the
place lexicon then reads the given name as a GPE. A post or rank title (person_name_ends.TITLES) followed by a
single-character surname and a two-character known place, the whole closed by a clause mark or a verb of what the man
did (报告, 率, 阵亡, 被 …), is one PERSON: surname + given name (priority 33, above the gazetteer's 30 and the
titled readers' 32). Not when surname + place is itself a known place (马鞍山) or the title ends a unit or place
word (司令部, 县城: the title scan is guarded).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import surnames
from pipeline.rules.person_name_ends import TITLES
from pipeline.rules.trie import guarded_trie_regex
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-titled-place-name", 33
_CLOSE = frozenset("，,。；;：:、）)！？!?\n 　")
_VERB_STARTS = frozenset("率带被于在向到等为是也即便则又已将亲任兼阵牺负战指报说回出逃来去投奉命接调赴称")


@lru_cache(maxsize=1)
def _title_re() -> re.Pattern:
    return re.compile("(?:" + guarded_trie_regex(TITLES) + ")")


def find_titled_place_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    single = surnames()[0]
    places = place_lexicon()
    for m in _title_re().finditer(text):
        at = m.end()
        name = text[at:at + 3]
        if len(name) < 3 or name[0] not in single or name[1:] not in places or places[name[1:]].label != "GPE" or name in places \
                or text[at:at + 2] in places:
            continue
        after = text[at + 3:at + 4]
        if after and after not in _CLOSE and after not in _VERB_STARTS:
            continue
        out.append(Candidate(at, at + 3, "PERSON", SOURCE, PRIORITY))
    return out
