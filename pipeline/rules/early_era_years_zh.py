"""Years of the Sui, Tang, Song and Yuan reign eras, and the Gregorian year glossing them (session 21, s21zhqty).

Proposes:
- DATE: an era year of the eras listed in `lexicons/eras_early.tsv` (开皇 581 … 至正 1341), written with a year
  number or 元 and 年, with a month and a day after it where written: `唐贞观四年` → `贞观四年` (630),
  `宋熙宁三年五月` → `熙宁三年五月` (1070-05). Local gazetteers and county histories date a county's founding, a
  wall or a temple by these eras; the Ming and Qing eras are the date finder's (eras.tsv). The dynasty character
  before the era stays outside, as the date finder leaves it before a Ming or Qing era (`明|万历十七年`).
- DATE: the Gregorian year in brackets right after such an era year, where it is that year: `唐贞观四年(630)`,
  `(公元630年)` → `630` / `630年` (the calendar word 公元/西元 and the brackets outside; guideline 7-like gloss, as
  era_year_glosses reads 民国十七年(1928)). A bracketed year the era year does not give is left alone.
- Without these, the era year's number is read as a duration (`三年` QUANTITY) and a glossing `596年` as a count.

Examples written for this module: `该寺建于唐贞观四年(630)`, `宋熙宁三年五月筑城`, `元至正十二年(公元1352年)`.
Priority 55 (above the date finder's 50 and the count finder's 40). Cost: one look-behind regex at each 年 whose
character before is a numeral or 元 (`scan.literal_positions`); nothing runs in a text without 年.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pipeline.normalize.numbers import parse_number
from pipeline.rules.cycle_years_zh import DAY, MONTH, small
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-early-era", 55
_LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "eras_early.tsv"
_NUM_CHARS = set("元一二三四五六七八九十廿卅")
_AFTER_YEAR = re.compile(f"(?:{MONTH}{DAY}?)?")
_GLOSS = re.compile("[（(](?:公元|西元)?(?P<y>[0-9]{3,4})(?P<nian>年)?[）)]")


@lru_cache(maxsize=1)
def _eras() -> tuple[dict[str, int], re.Pattern]:
    eras: dict[str, int] = {}
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, first = line.split("\t")[:2]
            eras[name] = int(first)
    names = "|".join(sorted(eras, key=len, reverse=True))
    return eras, re.compile(f"(?P<era>{names})(?P<num>元|[一二三四五六七八九十廿卅]{{1,3}})$")


def find_early_era_years(text: str) -> list[Candidate]:
    if "年" not in text:
        return []
    out: list[Candidate] = []
    eras = None
    for at in literal_positions(text, "年"):
        if at < 3 or text[at - 1] not in _NUM_CHARS:
            continue
        if eras is None:
            eras, back = _eras()
        m = back.search(text, max(0, at - 8), at)
        if m is None:
            continue
        n = 1 if m.group("num") == "元" else parse_number(m.group("num").replace("廿", "二十").replace("卅", "三十"))
        if not n or n > 60:
            continue
        year = eras[m.group("era")] + int(n) - 1
        value, end = str(year), at + 1
        after = _AFTER_YEAR.match(text, end)
        if after and after.group(0):
            month = {"正": 1, "冬": 11, "腊": 12}.get(after.group(1)) or small(after.group(1))
            day = after.group(2) or after.group(3)
            value += f"-{month:02d}" + (f"-{small(day):02d}" if day else "")
            end = after.end()
        out.append(Candidate(m.start("era"), end, "DATE", SOURCE, PRIORITY, norm={"date_hint": {"value": value}}))
        gloss = _GLOSS.match(text, at + 1)
        if gloss and int(gloss.group("y")) == year:
            out.append(Candidate(gloss.start("y"), gloss.end("nian") if gloss.group("nian") else gloss.end("y"), "DATE",
                                 SOURCE, PRIORITY, norm={"date_hint": {"value": str(year)}}))
    return out
