"""A local militia named by its place, in Chinese working text (MIL_UNIT).

`join_place_militias(text, chosen)` (run by the reconciler after the choice): a chosen place (GPE or LOC) directly
followed by a word of the Republic's and late Qing's local forces (保卫团, 民团, 商团, 团练, 保安团, 保安队, 自卫团) is one
unit named by its place (rule 3 of the contract: the place is part of the name), `青城保卫团`, `含城商团`. The rules
already read such names where the place is a listed county (黄县保卫团, 广州商团); this joins a place the finders read
in context (a bare town or village name) to the force word after it. A bare force word (`分设保卫团`, `地方民团`) or a
generic word before it (县, 城局) stays out: only a chosen place opens the span; an office (民团部) or a member
(保安队员) is no unit. The scan returns at once on a text without 团 or 保安队.

From session 34's cross-set reading (helper w34zhmil): the golds of real-dev, audit22, audit23, audit25, audit28 and
audit29 write a place + militia word whole; the rules split the unlisted ones (audit22, audit25) into a bare place.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_MILITIA_RE = re.compile("保卫团|民团|商团|团练|保安团|保安队|自卫团")
_PLACE_LABELS = ("GPE", "LOC")
# after the force word: the name of a happening the force gives its name to (广州商团事变), no unit of its own
_EVENT_AFTER = ("事变", "事件", "之变", "之乱", "叛乱", "暴动", "起义", "惨案", "之役")


def join_place_militias(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each place (GPE/LOC) + militia word right after it joined into one MIL_UNIT."""
    if not chosen or ("团" not in text and "保安队" not in text):
        return chosen
    by_start = {c.start: i for i, c in enumerate(chosen)}
    out: list[Candidate] = []
    skip: set[int] = set()
    for i, cand in enumerate(chosen):
        if i in skip:
            continue
        if cand.label in _PLACE_LABELS and cand.end - cand.start >= 2:
            m = _MILITIA_RE.match(text, cand.end)
            if m and text[m.end():m.end() + 1] not in ("部", "员") \
                    and not text.startswith(_EVENT_AFTER, m.end()) and not _province(text[cand.start:cand.end]):
                # 某地民团部 is the office, 保安队员 a member; 某省团练 the province's militia in general (the place alone)
                j = by_start.get(cand.end)
                nxt = chosen[i + 1] if i + 1 < len(chosen) else None
                if j is not None and chosen[j].end == m.end():
                    skip.add(j)             # the force word read alone: the place's force replaces it
                elif nxt is not None and nxt.start < m.end():
                    out.append(cand)        # another span takes the word's characters
                    continue
                out.append(Candidate(cand.start, m.end(), "MIL_UNIT", "rule:unit-place-militia", cand.priority,
                                     norm={"unit_hint": {"numbers": [], "echelon": m.group(0), "prefix": ""}}))
                continue
        out.append(cand)
    return out


def _province(name: str) -> bool:
    """A country or province (湘省, 湖南): its 团练 or 民团 are the forces of the whole province, not one named unit."""
    from pipeline.rules.name_walk import big_places

    return name.endswith("省") or name in big_places()
