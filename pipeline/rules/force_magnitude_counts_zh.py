"""Head counts written with a bare magnitude before the force they count (session 26, s26zhunit).

Narratives of the wars of 1840-1979 size an army with a round magnitude and no digit before it: `百万大军`,
`百万雄师`, `千万军民`, `百萬蘇軍` (a million Soviet troops). The count finders leave a number that opens with a
magnitude character (`百姓`, `万人坑`, `千里`), so `百万` before the troops it counts is lost; the development sets
tag it (guideline 9: a count of people is a QUANTITY; the counted noun stays outside).

Class: 百万 / 千万 (a million, ten million; working text is Simplified, so 萬 reads as 万), not after a numeral or
数/几/上 or an approximator (超, 过, 近, 约, 逾: those are read by the count finders), right before a force noun: 大军, 雄师, 雄兵, 之众, 兵马, 人马, 军民, 将士,
官兵, 军队, 部队, 兵力, or one side character + 军/兵 (苏军, 日军, 美军, 清军, 敌军, 红军, 伪军, 联军, 湘军, 淮军,
德军, 英军, 俄军, 法军, 国军, 志愿军 is not one character and is left). The span is the magnitude alone
(`百万大军` → `百万`); value and approximation come from the quantity normaliser.

Examples written for this module: `敌以百万大军压境`, `百万雄师渡过了那条江`, `百万苏军越过边境`. Negatives: `超百万兵力` (an approximator before: the count finders read `超百万`), `千万不要`
(an adverb: no force noun), `数百万人` (the count finders read it), `百万富翁`, `千军万马` (an idiom: no 百万/千万).
Priority 55, as the colloquial counts. Cost: one regex started at its literal (百万/千万, `scan.literal_finditer`);
a text without 万 is not scanned.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-force-magnitude", 55

_FORCE_NOUNS = "(?:大军|雄师|雄兵|之众|兵马|人马|军民|将士|官兵|军队|部队|兵力|[苏日美清敌红伪联湘淮德英俄法国]军)"
_FORCE_MAGNITUDE_RE = re.compile(
    f"(?<![0-9〇零一二三四五六七八九十百千万两几数上成好近约逾超过])[百千]万(?={_FORCE_NOUNS})")


def find_force_magnitude_counts(text: str) -> list[Candidate]:
    """`百万大军` → QUANTITY `百万` (see the module doc)."""
    if "万" not in text:
        return []
    return [Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY)
            for m in literal_finditer(_FORCE_MAGNITUDE_RE, text)]
