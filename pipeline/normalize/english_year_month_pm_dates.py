"""Year-first and am/pm date forms for pipeline.normalize.english_dates: a year before its month ('1969,
March' -> 1969-03) and a clock time written with a dot or colon and am/pm ('2.27pm', '4.16 p.m.' -> XXXX-XX-XXT14:27,
whose day english_ocr_glue_clock_values.clock_days then fills from the dates around it). First seen on real-dev8-en
(both forms are found by english_figure_forms)."""

from __future__ import annotations

import re

MONTH_NUMBERS = {m: i for i, m in enumerate(("january february march april may june july august september october "
                                             "november december").split(), 1)}
YEAR_MONTH = re.compile(r"(?P<y>1[6-9]\d\d|20[0-4]\d),[ \t]+(?P<m>[A-Z][a-z]+)")
DOT_TIME = re.compile(r"(?P<h>1[0-2]|0?[1-9])[.:](?P<mm>[0-5]\d)[ \t]?(?P<ap>am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.)")


def year_month_pm_date(span: str) -> dict | None:
    m = YEAR_MONTH.fullmatch(span)
    if m and m.group("m").lower() in MONTH_NUMBERS:
        return {"value": f"{m.group('y')}-{MONTH_NUMBERS[m.group('m').lower()]:02d}"}
    m = DOT_TIME.fullmatch(span)
    if m:
        hour = int(m.group("h")) % 12 + (12 if m.group("ap").lower().startswith("p") else 0)
        return {"value": f"XXXX-XX-XXT{hour:02d}:{m.group('mm')}"}
    return None
