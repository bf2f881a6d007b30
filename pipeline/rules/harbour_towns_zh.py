"""Harbour towns written as a known place + 港 (session 23, s23zhfac: Chinese LOC/GPE audit of coastal-defence,
mining-railway and Taiwan local-history pages). Grammar over the place lexicons, no list of harbours.

A harbour named by its town (`某隆港`, `某岛港`, `某水港`) is a GPE (docs, session 18: a village or harbour town in X港
is a GPE, as `基隆港`, `张黄港` in the development sets; a famous foreign harbour such as `珍珠港` stays LOC, and it is
no known place + 港). The place finders read the town alone (`某隆` + nothing) unless a list or frame vouched for the
harbour; Taiwan's townships whose bare name is an ordinary word (`淡水` of 淡水镇, `安平` of 安平区) were read not at all.

- The stem: 2-3 characters the place lexicon holds as a GPE (a county, city, town; not a country), or the stem of a
  Taiwan township the Taiwan list holds only with its suffix (places_taiwan.tsv: 乡/镇/区/市).
- Not a harbour town: a name the lexicon already holds whole (`香港`, `连云港`), a stem followed by 港口/港务/港湾/港澳/
  港币/港督/港英/港人/港商/港岛/港区 (a port in general, Hong Kong words), a stem that is the tail of a longer place
  written right before it (the lexicon's longest reading wins).
Priority 31: above the gazetteer's reading of the town alone (30), below every structure or body rule.
Cost: str.find of 港; set look-ups of the 2-3 characters before each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:harbour-town", 31
_NOT_AFTER = re.compile("口|务|湾|澳|币|督|英|人|商|岛|区|元|股|府|九")
_NOT_KINDS = frozenset(("country", "continent", "region"))


@lru_cache(maxsize=1)
def _taiwan_stems() -> frozenset[str]:
    """Stems of Taiwan townships listed with their suffix (淡水镇 → 淡水)."""
    stems = set()
    for row in read_rows("places_taiwan.tsv"):
        name = row[0]
        if len(name) >= 3 and name[-1] in "乡镇区市":
            stems.add(name[:-1])
    return frozenset(stems)


def find_harbour_towns(text: str) -> list[Candidate]:
    """GPE candidates of a known town + 港 (see the module doc)."""
    out: list[Candidate] = []
    places = place_lexicon()
    taiwan = _taiwan_stems()
    for at in literal_positions(text, "港"):
        end = at + 1
        if _NOT_AFTER.match(text, end):
            continue
        for size in (3, 2):
            start = at - size
            if start < 0:
                continue
            stem = text[start:at]
            if any(text[k:end] in places for k in range(max(0, start - 2), at)):
                break                                  # 香港, 连云港: the whole name is in the lexicon
            entry = places.get(stem)
            known = entry is not None and entry.label == "GPE" and entry.kind not in _NOT_KINDS
            if not known and stem not in taiwan:
                continue
            if start > 0 and any(text[start - k:start + 1] in places for k in (1, 2, 3) if start - k >= 0):
                break                                  # 某某南|安平港: the stem's first character ends another place
            out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY))
            break
    return out
