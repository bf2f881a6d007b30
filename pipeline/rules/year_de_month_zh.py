"""A year written before 的 and the month it holds (auditzh15: Hong Kong pages, `41年的12月9日晚`): `N年的M月` names the
year of that month, so `N年` is a DATE, not a duration of N years (the QUANTITY finder's reading of a bare `N年`).

Four-digit years and two-digit ones (guideline: `44年` is 1944 in a 20th-century text) before `的` and a month
(Arabic or Chinese, 1-12, then 月): one DATE for the year with its value. A year after a numeral, 第, an
approximator or a verb of lasting (约41年, 长达41年) stays a count. Priority 51 (above QUANTITY; below the ROC
years of roc_years_zh, which read a two-digit year after 民國 as the era's). Anchored on the literal 年的.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-year-of-month", 51
_YEAR_BACK = re.compile("(?<![0-9０-９.,．第约近逾达满共计长余])((?:1[89]|20)?[0-9]{2})$")
_MONTH_AFTER = re.compile("(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])月")


def find_year_of_month(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for at in literal_positions(text, "年的"):
        if not _MONTH_AFTER.match(text, at + 2):
            continue
        m = _YEAR_BACK.search(text, max(0, at - 4), at)
        if not m:
            continue
        digits = m.group(1)
        year = int(digits) if len(digits) == 4 else 1900 + int(digits)
        out.append(Candidate(m.start(1), at + 1, "DATE", SOURCE, PRIORITY, norm={"value": str(year)}))
    return out
