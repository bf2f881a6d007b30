"""A qualifier written once before a list of bare designations sharing one echelon (session 22, s22zhext).

Civil-war and ROC histories list the reorganised, provisional and new divisions without 第: `整编八、十三、二十五师`,
`暂编五十五、五十六师`, `新编二十、二十一旅`. Guideline 4 makes the list one MIL_UNIT, and the qualifier written
before a designation belongs to it (guideline 2, `暂编第十五军`; the finders already read `整编第11、第64师` and
`暂编五十五师` whole), but the list finder for bare numerals starts at the first numeral and leaves the qualifier out.

`find_qualified_unit_lists(text)` (working text, Simplified) proposes MIL_UNIT at priority 62 (above the list and
the single designations the finders read, 60-61) for a two-character qualifier of lexicons/unit_prefixes.tsv
written before numbers (整编, 暂编, 新编, 预备, 独立, 骑兵 …) followed by two or more bare numerals joined by 、 (each
without 第) and one echelon word (师, 旅, 团, 军, 纵队, 支队, 师团, 旅团, 联队), optionally with 两/三/等 before the
echelon. Numbers the listed numerals, echelon the head, prefix the qualifier's canonical form.

Examples written for this module: `调暂编十一、十二、十四师北上`, `整编三、七两旅`.
Cost: one regex started at 、 (`scan.literal_finditer`); the qualifier alternation is built once.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.unit_grammar import prefixes
from pipeline.normalize.units import parse_number
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-qualified-list", 62

_NUM = "〇零一二三四五六七八九十百0-9"
_ECH = "(?:师团|旅团|联队|纵队|支队|师|旅|团|军)"
_NUMS_RE = re.compile(f"[{_NUM}]{{1,4}}")


@lru_cache(maxsize=1)
def _list_re() -> re.Pattern:
    words = sorted((w for w, p in prefixes().items()
                    if p["position"] in ("pre", "both") and len(w) == 2 and not w.endswith("军")
                    and not w.startswith(("陆", "海", "空"))), key=len, reverse=True)
    q = "|".join(map(re.escape, words))
    return re.compile(f"(?<![第{_NUM}])(?P<q>{q})(?P<list>[{_NUM}]{{1,4}}(?:、[{_NUM}]{{1,4}}){{1,12}})"
                      f"(?P<count>两|三|四|等)?(?P<ech>{_ECH})(?![长部属])")


def find_qualified_unit_lists(text: str) -> list[Candidate]:
    """`整编八、十三、二十五师` → one MIL_UNIT (see the module doc)."""
    if "、" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_list_re(), text):
        numbers = [parse_number(n) for n in _NUMS_RE.findall(m.group("list"))]
        if not all(numbers):
            continue
        info = prefixes()[m.group("q")]
        hint = {"unit_hint": {"numbers": [int(n) for n in numbers], "echelon": m.group("ech"),
                              "prefix": info["canonical"]}}
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    return out
