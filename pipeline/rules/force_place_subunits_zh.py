"""Sub-units named by a place, written right after their named force (MIL_UNIT). Grammar over the finders'
units and the gazetteer; no list of names.

Guerrilla and column histories of the 1930s-40s name a force's battalions and companies after the county or district
that raised them and write them glued to the force: `某某纵队甲乙大队`, `某某军区丙丁大队`, `某某大队戊己中队`,
`某某纵队庚辛独立大队`. Guideline 3 makes a unit written with its parent one span (`预十师28团`), and guideline 15 keeps a
full name whole; the project already joins a place-named 支队 or 团 after its force (unit_joins_zh, `某纵队某支队`),
but a place + 大队 / 中队 / 总队 is no unit to any finder on its own (a bare `甲乙大队` is also a commune's production
brigade after 1958), so the force was tagged and the place left a GPE with the head untagged.

`find_force_place_subunits(text, found)` proposes one MIL_UNIT from the force's start to the head's end where
- a force ends right where the place starts: a MIL_UNIT candidate of `found` (the written-text finders) or a named
  force of lexicons/named_units.tsv (`某某纵队`, read by the lexicon component, which find_written does not see),
  larger than the head (its text ends in 纵队, 军区, 分区, 支队, 总队, 军, 师, 旅 or 团, or in 大队 before a 中队);
- a place of two to four characters starts that the place lexicon knows (normalize.places.place_lexicon) or that a GPE/LOC
  candidate of `found` covers exactly, followed by
- an optional 独立 and a head: 大队, 中队, 总队, 游击大队, 游击中队, 游击队, 独立营, 独立团;
- and the head is not the opening of a post, a member or the staff (`…大队长`, `…中队员`, `…大队部` is the HQ and
  stays the unit's: guideline 15, so 部 is allowed but 长/员/附 are not), nor of a designation going on
  (`某某军甲乙游击队第8支队` is one chain the unit finders read whole: 第 or a numeral after the head).
Numbers none; echelon the head's (大队, 中队, 总队, 营, 团; a guerrilla team 队); prefix 独立 or 游击 where written.
Examples written for this module: `某某纵队甲乙大队`, `某某军区丙丁独立大队`, `某某大队戊己中队`. Negatives: `某某纵队甲乙大队长`
(a post), `某某纵队在甲乙` (no head), `甲乙大队` alone (no force before it).

Priority 67, as regional_force_chains_zh (above the parts: the gazetteer's GPE at 30 and the units at 60-66).
Session 29 (s29zhlong: audit of local force histories, memoirs and arsenal histories; the frame found on four other
stored pages of guerrilla histories). Cost: str.find of each head word; at each hit at most three look-ups of a place
and nine of a force name (set membership), and a dictionary of the found units' ends built once.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.normalize.unit_grammar import named_units
from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:force-place-subunit"
PRIORITY = 67

_HEADS = ("大队", "中队", "总队", "游击队", "独立营", "独立团")
_ECHELON = {"大队": "大队", "中队": "中队", "总队": "总队", "游击队": "队", "独立营": "营", "独立团": "团"}
# what the parent's text may end with: an echelon larger than any head (大队 only before 中队)
_PARENT_ENDS = ("纵队", "军区", "分区", "支队", "总队", "军", "师", "旅", "团")
# a post, member or staff word opening right after the head: no unit name (…大队长, …中队员, …团附); a designation
# going on after it (…游击队第8支队, …大队3中队) is a longer chain the unit finders read whole
_NOT_AFTER = frozenset("长员附第0123456789一二三四五六七八九十")


@lru_cache(maxsize=1)
def _force_names() -> frozenset[str]:
    return frozenset(n for n in named_units() if len(n) >= 3 and n.endswith(_PARENT_ENDS))


def _parent_start(text: str, end: int, ends: dict[int, int], head: str) -> int | None:
    """Where the force that ends at `end` starts: the longest found MIL_UNIT, else a named force of the lexicon."""
    start = ends.get(end)
    if start is None:
        names = _force_names()
        for n in range(10, 2, -1):
            if end - n >= 0 and text[end - n:end] in names:
                start = end - n
                break
    if start is None:
        return None
    parent = text[start:end]
    if parent.endswith(_PARENT_ENDS) or (head == "中队" and parent.endswith("大队")):
        return start
    return None


def find_force_place_subunits(text: str, found: list[Candidate]) -> list[Candidate]:
    hits = [(at, head) for head in _HEADS for at in literal_positions(text, head)]
    if not hits:
        return []
    places = place_lexicon()
    place_spans = {(c.start, c.end) for c in found if c.label in ("GPE", "LOC")}
    ends: dict[int, int] = {}
    for c in found:
        if c.label == "MIL_UNIT" and c.end - c.start >= 2 and "、" not in text[c.start:c.end]:
            ends[c.end] = min(ends.get(c.end, c.start), c.start)
    out: list[Candidate] = []
    seen: set[tuple[int, int]] = set()
    for at, head in hits:
        end = at + len(head)
        if end < len(text) and text[end] in _NOT_AFTER:
            continue
        place_end = at - 2 if head in ("大队", "中队") and text.startswith("独立", at - 2) else at
        for n in (4, 3, 2):
            p = place_end - n
            if p < 2 or not (text[p:place_end] in places or (p, place_end) in place_spans):
                continue
            start = _parent_start(text, p, ends, head)
            if start is not None and (start, end) not in seen:
                seen.add((start, end))
                prefix = "独立" if "独立" in text[place_end:end] else "游击" if head == "游击队" else ""
                out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [], "echelon": _ECHELON[head], "prefix": prefix}}))
                break
    return out
