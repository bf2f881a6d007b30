"""Forms of English writing on Republican China, 1911-1950 (session 13 audit, helper auditen7).

- Railways named by their two ends, coordinated before one plural head: `the Lung-Hai and Peiping-Hankow railways`,
  `the Canton-Kowloon, Canton-Hankow and Tientsin-Pukow lines`: one FAC over the list (rule 4 and rule 10 read for
  structures, as `沙角、大角炮台` is one FAC). Each member is a pair of capitalised names joined by a hyphen or a dash
  (the way railways of the period were named: 平汉 Peking-Hankow, 陇海 Lung-Hai, 津浦 Tientsin-Pukow); the head is
  `railways`, `railroads` or `lines`. A lone `X-Y railway` is read by english.PLACE_SUFFIX_RE. A pair with a
  people's adjective or a combining form (`the Sino-Japanese and Russo-Japanese lines of policy`) names no railway.

Found from the literals of the heads (str.find); nothing is scanned where none stands.
"""

from __future__ import annotations

import re

from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

PRIORITY = 58
_HEADS = ("railways", "Railways", "railroads", "Railroads", "lines", "Lines")
_END = r"(?:[A-Z][a-z]{1,14}|[A-Z][a-z]{0,6}['\u2019][a-z]{1,8})"
_PAIR = rf"{_END}[-\u2010\u2011\u2013]{_END}"
_LIST_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<list>{_PAIR}(?:,[ \t]+{_PAIR}){{0,4}},?[ \t]+(?:and|&)[ \t]+{_PAIR})"
                          rf"[ \t]+$")


_COMBINING = frozenset("Sino Russo Anglo Franco Italo Austro Indo Greco Afro Euro Nippo Judeo Hispano Germano "
                       "Soviet Pan".split())
_PAIR_RE = re.compile(_PAIR)


@lru_cache(maxsize=1)
def _peoples() -> frozenset[str]:
    return frozenset(row[0].strip() for row in read_rows("demonyms_en.tsv") if row and row[0].strip())


def _railway_pair(pair: str) -> bool:
    ends = re.split(r"[-\u2010\u2011\u2013]", pair)
    return not any(e in _COMBINING or e in _peoples() for e in ends)


def find_china_forms(text: str, out: list) -> None:
    """Coordinated railways named by their ends (see the module doc)."""
    for head in _HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if not at or text[at - 1] not in " \t" or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
                continue
            m = _LIST_BEFORE.search(text, max(0, at - 120), at)
            if m is not None and all(_railway_pair(p.group()) for p in _PAIR_RE.finditer(m.group("list"))):
                out.append(Candidate(m.start("list"), end, "FAC", "rule:en_railway_list", PRIORITY, {}))
