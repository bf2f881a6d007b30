"""Colloquial approximate counts and full-day durations of memoirs, interviews and battle narratives (session 23,
s23zhunit).

Memoirs and oral histories count people and things in speech forms the count finders do not read:
- a magnitude + 把 (`千把人`, `万把人`, `百把斤`: about a thousand), where 把 is an approximator, not the measure word of
  `三把刀` (a digit or a numeral before the magnitude makes it the measure word);
- a hundred or a thousand + 儿八十 / 儿八百 (`百儿八十人`, `千儿八百块`: about a hundred, a thousand);
- a number + 整 + a time unit (`激战一整天`, `两整夜`, `一整年`), a duration (guideline 8), which the finders leave
  because 整 stands between the number and its unit;
- the nights of `N天M夜` / `N日M夜` written in Chinese numerals (`三天三夜`, `一天一夜`): the development sets tag both
  counts (`2天1夜` → `2天`, `1夜`), the finders read the days and, outside a verb of fighting, not the nights.
Guideline 9 keeps an approximator attached to its number inside the span (`约40万人`, `20余万人`), and the measure
word too; lexicons/measure_words.tsv now holds 好几 (before a magnitude) and 约莫/约摸 (session 23), read by the
count finders themselves, and pipeline.normalize.quantities values 把 and 儿八十 as "about".

`find_colloquial_counts(text)` (working text, Simplified) proposes QUANTITY at priority 55 (as the durations of
year_durations_clock_hours_zh) for these three forms, each with a measure word or unit of people, weight, length, money or arms
(人, 名, 号人, 个, 斤, 里, 块, 元, 亩, 石, 匹, 头, 条, 支, 枝, 杆, 发) or, for 整, a time unit (天, 夜, 日, 年, 宿, 晚, 个月,
个星期, 星期, 昼夜). Value and approximation come from the quantity normaliser.

- (session 31, w31zhqty) a bare hundred or thousand li as a distance (`水程千里`, `绵延千里`, `千里战线`, `百里奔袭`): a
  magnitude opening a word is otherwise no count (百姓, 千里马), so only after a word of route or extent or before a
  front or a march (see _LI_RE).

Examples written for this module: `村里来了千把人`, `一共百儿八十人`, `部队在山上守了一整天`, `走了两天两夜`. Negatives: `三把刀`,
`这把刀`, `一整套`, `整整三天` (the count finders read `三天`); `一夜之间`.
Cost: one regex started at its literals (把/儿/整/夜, `scan.literal_finditer`); a text without them is not scanned.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-colloquial", 55

_UNITS = "(?:号人|人|名|个|斤|里|块|元|亩|石|匹|头|条|支|枝|杆|发)"
_TIME = "(?:个星期|个月|昼夜|星期|天|夜|日|年|宿|晚)"
_COLLOQUIAL_RE = re.compile(
    f"(?<![0-9〇零一二三四五六七八九十两几数])(?:[百千万]把{_UNITS}|百儿八十{_UNITS}|千儿八百{_UNITS})"
    f"|(?<![0-9〇零一二三四五六七八九十百千万两几数整])[一两二三四五六七八九十]整{_TIME}(?!之内|之间|以内)"
    "|(?<=[一两二三四五六七八九十][天日])[一两二三四五六七八九十]夜(?!之间|间|里)")


# session 31 (w31zhqty): a bare 百里 / 千里 (no digit before the magnitude) measuring a route, an extent or a march:
# after 程 (水程, 行程, 路程), 延/袤 (绵延, 延袤), 横 (纵横), 圆 (方圆), 隔/距 (相隔, 相距), 趋/驰 (日中而趋百里), 达 (长达), or
# before a front or a verb of marching (千里战线, 百里奔袭, 千里跃进). The development sets tag it (audit22, 24, 28,
# real-dev8; `千里之外`, "far away", is left by real-heldout3), as memoirs and histories write it (`行程千里`,
# `千里跃进大别山`). Not 万里 (万里长城, 万里长征), not an idiom's 千里 (千里马, 决胜千里, 千里之外: no word before
# or after from these lists), not a given name (伍千里 + a verb: no such word either).
_LI_BEFORE = set("程延袤横圆隔距趋驰涉达")
_LI_AFTER = re.compile("(?:战线|防线|阵线|奔袭|跃进|驰援|转战|追击|挺进|突袭|奔波|跋涉|远征|行军|急行|迂回|长途)")
_LI_RE = re.compile("[百千][里裏]")


def _bare_li(text: str) -> list[Candidate]:
    out = []
    for m in _LI_RE.finditer(text):
        start, end = m.span()
        prev = text[start - 1:start]
        if prev and (prev in "0123456789〇零一二三四五六七八九十百千万两几数余多上近约逾"):
            continue            # 数千里, 二千里, 近千里: the count finders read these
        if prev in _LI_BEFORE or _LI_AFTER.match(text, end):
            out.append(Candidate(start, end, "QUANTITY", SOURCE, PRIORITY))
    return out


def find_colloquial_counts(text: str) -> list[Candidate]:
    """`千把人`, `百儿八十人`, `一整天`, `水程千里` → one QUANTITY each (see the module doc)."""
    li = _bare_li(text) if ("百里" in text or "千里" in text or "千裏" in text or "百裏" in text) else []
    if "把" not in text and "儿" not in text and "整" not in text and "夜" not in text:
        return li
    return [Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY)
            for m in literal_finditer(_COLLOQUIAL_RE, text)] + li
