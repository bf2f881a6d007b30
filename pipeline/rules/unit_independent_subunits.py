"""Unnumbered independent sub-units written with their parent: 二师独立旅, 一二九师独立团, 沁水独立营 (MIL_UNIT).

Memoirs, chronicles and martyrs' biographies name a division's or a column's unnumbered independent brigade or
regiment by its parent (二师独立旅, 三纵独立旅, 一二九师独立团) and a county's own battalion by the county
(沁水独立营, 垣曲独立团: the 县 left out; 阳城县独立营 is the county-unit finder's). A head 独立旅 / 独立团 /
独立营 alone is generic (rule 5); with its parent written right before it the pair is one designation
(rule 3). `find_independent_subunits(text)` (working text, Simplified) proposes one MIL_UNIT from the parent's
start to the head's end when the parent right before 独立 is:

- a numbered formation without or with 第: 1-4 numerals and 师, 旅, 纵 / 纵队, 军, 军分区 / 分区
  (二师, 第三师, 一二九师, 三纵, 第4纵队, 二分区); the numerals are not a count (no 个 between);
- or a county or city of the gazetteer written without its suffix (沁水, 垣曲), starting a word (its first
  character and the one before it are no word jieba knows well);
- or a military district or sub-district (广西军区独立师, X军分区独立营; session 18 round 2): the district's own
  unnumbered division, brigade, regiment or battalion (独立师 only after a district or a higher formation);
- or a base area or province group named by province abbreviations with direction tails or the gazetteer's
  regions (冀南独立营, 鄂东北独立团, 皖西独立旅; auditzh16, unit histories): the region's own unnumbered unit,
  read with `unit_forms_zh`'s region reader after a stop character (not after 个: a count).

The norm hint carries the parent's number, the head's echelon and the prefix 独立. A named force right before
the parent (八路军一二九师独立团) is read into the span. Candidates are MIL_UNIT at priority 66 (the joins'
ceiling: above the units finder's designation of the parent alone and the bare-number readings of it). Cost: a str.find loop over 独立; a few slices at each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import named_units, parse_number
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE = "rule:unit-independent-subunit"
PRIORITY = 66
_HEAD = re.compile("独立([师旅团营])(?![长部])")
_NUMERALS = "〇一二三四五六七八九十百0-9"
# the parent read backwards from 独立: (第)N + echelon, the echelon last
_PARENT = re.compile(f"(?:第)?([{_NUMERALS}]{{1,4}})(军分区|分区|纵队|纵|师|旅|军)$")
_COUNTY_KINDS = frozenset({"county", "city", "prefecture"})
_RANK = {"军": 5, "纵": 5, "纵队": 5, "师": 4, "军分区": 4, "分区": 4, "旅": 3}
_HEAD_RANK = {"师": 4, "旅": 3, "团": 2, "营": 1}


@lru_cache(maxsize=1)
def _counties() -> frozenset[str]:
    return frozenset(name for name, entry in place_lexicon().items()
                     if entry.label == "GPE" and entry.kind in _COUNTY_KINDS and 2 <= len(name) <= 3
                     and name[-1] not in "县市州")


def _named_force_before(text: str, start: int) -> int:
    """The length of a named force written right before the parent (八路军 in 八路军一二九师独立团), or 0."""
    named = named_units()
    return next((k for k in range(min(6, start), 1, -1) if text[start - k:start] in named), 0)


def _word_across(pair: str) -> bool:
    entry = word_info().get(pair)
    return bool(entry and entry[0] >= 50 and not entry[1].startswith("ns"))


def _region_before(text: str, at: int) -> int | None:
    """Start of a base area or province group (2-4 characters) written right before 独立 at `at`, or None."""
    from pipeline.rules.unit_forms_zh import region_start

    start = region_start(text, at)
    if start is None or not 2 <= at - start <= 4 or text[at - 1] in "区省县":
        return None
    return start


def _district_before(text: str, at: int) -> int | None:
    """Start of a military district or sub-district written right before 独立 at `at` (广西军区独立师,
    X军分区独立营: the district's own unnumbered unit), or None: a named district of the units lexicon, or a
    region (province abbreviations, gazetteer regions) or a gazetteer place of 2-4 characters before 军区/军分区."""
    tail = "军分区" if text.endswith("军分区", 0, at) else "军区" if text.endswith("军区", 0, at) else ""
    if not tail:
        return None
    named = named_units()
    for k in range(min(8, at), len(tail) + 1, -1):
        if text[at - k:at] in named:
            return at - k
    base = at - len(tail)
    start = _region_before(text, base)
    if start is not None:
        return start
    places = place_lexicon()
    for size in (4, 3, 2):
        name = text[base - size:base]
        if base - size >= 0 and name in places and places[name].label == "GPE":
            return base - size
    return None


def find_independent_subunits(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of 独立旅/团/营 written with their parent (see the module doc)."""
    out: list[Candidate] = []
    at = text.find("独立")
    while at != -1:
        head = _HEAD.match(text, at)
        if head and at >= 2:
            echelon = head.group(1)
            window = text[max(0, at - 8):at]
            parent = _PARENT.search(window)
            district = _district_before(text, at)
            if district is not None:
                hint = {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": "独立"}}
                out.append(Candidate(district, head.end(), "MIL_UNIT", SOURCE, PRIORITY, hint))
            elif parent and _RANK[parent.group(2)] > _HEAD_RANK[echelon] and text[at - len(parent.group()) - 1:at - len(parent.group())] != "个":
                start = at - len(parent.group())
                start -= _named_force_before(text, start)
                number = parse_number(parent.group(1))
                if number:
                    hint = {"unit_hint": {"numbers": [number], "echelon": echelon, "prefix": "独立"}}
                    out.append(Candidate(start, head.end(), "MIL_UNIT", SOURCE, PRIORITY, hint))
            elif echelon in "旅团营":
                for size in ((3, 2) if echelon in "团营" else ()):
                    name = text[at - size:at]
                    if at - size < 0 or name not in _counties():
                        continue
                    if at - size > 0 and _word_across(text[at - size - 1:at - size + 1]):
                        continue    # the county's first character ends a word before it: no county here
                    hint = {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": "独立"}}
                    out.append(Candidate(at - size, head.end(), "MIL_UNIT", SOURCE, PRIORITY, hint))
                    break
                else:
                    start = _region_before(text, at)
                    if start is not None:
                        hint = {"unit_hint": {"numbers": [], "echelon": echelon, "prefix": "独立"}}
                        out.append(Candidate(start, head.end(), "MIL_UNIT", SOURCE, PRIORITY, hint))
        at = text.find("独立", at + 2)
    return out
