"""Wharves and airfields named by an unfamiliar stem, in Chinese working text.

`find_wharves_airfields(text)` (FAC): a wharf or airfield named by an unfamiliar stem (X码头, X机场, X军机场), not a
clause holding a verb (运输机飞临机场, 再修机场: an adverb + a one-character verb of building) nor places sharing one head after 、 (X、Y机场).

Provenance: first seen on real-dev9-zh (session 7, helper zh9: coastal, border and late-Qing war narratives; split
out of written_zh9 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_places, plain_word as _plain, word_info
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer
from pipeline.rules.place_stems_zh import read_stem


_FACILITY_RE = re.compile("军用机场|军机场|飞机场|机场|码头")
_STRUCTURE_END_RE = re.compile("(?:码头|机场|阵地|炮台|要塞|车站|港|桥|路)$")


# an adverb of repetition or haste + a one-character verb of building (再修|机场, 又建|码头): a clause, no name
# (session 28, s28zhorg)
_ADVERB_BUILD_RE = re.compile("[再又重续赶补复另]+[修建筑造]$")


def _holds_verb(stem: str) -> bool:
    """A common verb inside the stem (运输机|飞临|机场): the words before the head are a clause, no name."""
    if _ADVERB_BUILD_RE.search(stem):
        return True
    for i in range(len(stem) - 1):
        entry = word_info().get(stem[i:i + 2])
        if entry and entry[0] >= 3 and entry[1] == "v" and stem[i:i + 2] not in known_places():
            return True
    return False


def find_wharves_airfields(text: str) -> list[Candidate]:
    out = []
    places = known_places()
    for m in literal_finditer(_FACILITY_RE, text) if "码头" in text or "机场" in text else ():
        start = read_stem(text, m.start(), places, 4)
        if start is None or _plain(text[start:m.start()], 100) or _holds_verb(text[start:m.start()]):
            continue
        if start and text[start - 1] == "、" and not _STRUCTURE_END_RE.search(text, max(0, start - 6), start - 1):
            continue                               # 柳州、梧州机场: places sharing one head (one FAC, other finders)
        out.append(Candidate(start, m.end(), "FAC", "rule:facility-wharf-airfield", 46))
    return out
