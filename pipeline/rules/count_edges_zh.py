"""Counts and heights at the edges of the QUANTITY finder (session 18, s18zhqty; Chinese QUANTITY audit).

Three classes seen on battle and local-history pages:

- A hill named by its height with a middle dot for the decimal point (`597·9高地`, `537・7 高地`) is one LOC, like
  `597.9高地`; the QUANTITY finder otherwise reads the digits before the dot as a bare count (`597`).
- A count right after a parenthetical double dash (`王牌师——29000人的教导总队`) is a QUANTITY: the finder refuses a
  number after a dash (ranges, codes such as B-29), but a double dash `——` opens an aside, never a range of digits.
- A one-figure count of formations with a generic echelon word and no 个, after a verb of dividing or forming
  (`编为4队`, `分成三营`) or after 每 + an echelon (`每队1连`, `每团三营`), is a QUANTITY with the echelon as its unit
  (guideline 14, as `约4大队` / `每1中队` of echelon_counts_zh): a bare designation there (`4队`) would be no unit,
  and the finder's bare `4` no count. Not after 改编为/整编为 (a designation follows: `改编为3团`), not with 第.

`find_count_edges(text)` (working text) proposes LOC and QUANTITY candidates above the bare-count readings.
"""

from __future__ import annotations

import re

from pipeline.normalize.quantities import normalize_quantity
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

HEIGHT_SOURCE, COUNT_SOURCE, DASH_SOURCE = "rule:height-middle-dot", "rule:quantity-formation-count", "rule:quantity-after-dash"
PRIORITY = 64

_HEIGHT_RE = re.compile("(?<![0-9０-９.．·・•‧])[0-9]{2,4}[·・•‧][0-9](?![0-9])[ \u3000]?高地")
_ONE = "(?:[1-9]|[一二三四五六七八九十两])"
_ECH = "[队营连排班团旅师]"
_FORMATION_COUNT_RE = re.compile(
    f"(?:(?<![改整收缩扩])(?:编为|编成|分为|分成|编作)|(?<=每{_ECH}))(?P<num>{_ONE}){_ECH}"
    "(?![长部本属员级官兵士直附司政委区旗号次])")
_DASH_RE = re.compile("(?<![0-9０-９])——(?=[0-9０-９])")


def _after_dash_counts(text: str) -> list[Candidate]:
    from pipeline.rules.quantities import find_quantities
    starts = {m.end() for m in _DASH_RE.finditer(text)}
    if not starts:
        return []
    masked = text.replace("——", "，，")
    return [Candidate(c.start, c.end, c.label, DASH_SOURCE, PRIORITY, c.norm)
            for c in find_quantities(masked) if c.start in starts and c.label == "QUANTITY"]


def find_count_edges(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "高地" in text:
        for m in literal_finditer(_HEIGHT_RE, text):
            out.append(Candidate(m.start(), m.end(), "LOC", HEIGHT_SOURCE, PRIORITY))
    if "编" in text or "分" in text or "每" in text:
        for m in _FORMATION_COUNT_RE.finditer(text):
            norm = normalize_quantity(text[m.start("num"):m.end()])
            if isinstance(norm.get("value"), (int, float)):
                out.append(Candidate(m.start("num"), m.end(), "QUANTITY", COUNT_SOURCE, PRIORITY, norm))
    if "——" in text:
        out += _after_dash_counts(text)
    return out
