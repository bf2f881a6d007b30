"""Numbers whose reading the general QUANTITY and DATE finders get wrong (session 17 round 2, prezh4 precision
audit of casualty reports, chronicles and battle results):

- a year and month written with a dot (`第二军1938.7统计表`, `据1944.10的报告`) is a DATE of that month
  (guideline DATE; the project's reading `1939.6` = `1939-06`), not a decimal QUANTITY. Only a year of 1840-1979
  and a month 1-12, with no digit, magnitude, measure word or percent after it and no approximator before it
  (`约1942.5万元`, `1938.7公里` stay quantities).
- formations counted with 个 whose kind has a long modifier (`12个歼击航空兵师`, `2个独立夜航歼击机团`,
  `三个中型轰炸机联队`) are one QUANTITY with the echelon (guideline 14, `5个师团`): the quantity finder reads a
  modifier of at most four characters and leaves `12个` or `2个海军`. A longer modifier (5-9 characters) is read
  only where it names an arm or equipment (it ends in 兵/机/炮/车/艇/舰/达/信/障/灯/桥/勤/化/程/装, or 航空),
  holds no verb or function character, and the echelon word is not followed by a character that makes it a word.
- a percentage with 强 or 弱 after it (`百分之五强`, `30%弱`: a little over / under) keeps it: the word is the
  approximator of the share (guideline 9: approximators after the number belong to the span), approx over/under.
- formations counted after 余/多 without 个 (`投入20余师`, `三十多个团` is read already) are one QUANTITY with the
  echelon: a number with 余/多 writes no designation (the project's reading: `约4大队` is a count).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.quantities import normalize_quantity
from pipeline.rules.quantities import COUNT_CONTINUATIONS, echelons, find_quantities
from pipeline.rules.scan import literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.spans import Candidate

_DATE_SOURCE, _DATE_PRIORITY = "rule:date-dotted-month", 50
_COUNT_SOURCE, _COUNT_PRIORITY = "rule:quantity-counted-formation", 40

_APPROX_BEFORE = set("约近逾超达共计为余数几每第")
_DOTTED_MONTH = re.compile("(?<![0-9０-９.．,，:/\\-A-Za-z])(18[4-9][0-9]|19[0-7][0-9])[.．](1[0-2]|0?[1-9])"
                           "(?![0-9０-９.．%％])")
_MAGNITUDE = set("十百千万亿萬億")

_CN_NUM = "[0-9０-９]{1,3}|[一二三四五六七八九十两兩]{1,3}"
_ARM_END = "(?:[兵机機炮车車艇舰艦达達信障灯燈桥橋勤化程装裝]|航空)"
# characters that never sit inside a kind of formation: verbs and function words of a clause
_NOT_IN_MODIFIER = "的个個和与與及或了在从從向把被将將到给給对對为為是有并並又也就都已曾所等"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern]:
    echelon = "|".join(echelons())
    mod_char = f"(?:(?![{_NOT_IN_MODIFIER}])[\u4e00-\u9fff])"
    long_count = re.compile(
        f"(?<![第0-9０-９一二三四五六七八九十两兩])(?:约|近|约近)?(?:{_CN_NUM})[个個]"
        f"(?P<mod>{mod_char}{{4,7}}?{_ARM_END})(?:{echelon})(?![{COUNT_CONTINUATIONS}])")
    over_count = re.compile(
        f"(?<![第0-9０-９.一二三四五六七八九十两兩])(?:约|近)?(?:[0-9０-９]{{1,3}}|[一二三四五六七八九十]{{1,3}})"
        f"[余多餘](?:{echelon})(?![{COUNT_CONTINUATIONS}])")
    return long_count, over_count


def _dotted_months(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _DOTTED_MONTH.finditer(text):
        start, end = m.span()
        if start and text[start - 1] in _APPROX_BEFORE:
            continue
        if text[end:end + 1] in _MAGNITUDE or _read_with_unit(text[start:end + 6], end - start):
            continue
        value = f"{m.group(1)}-{int(m.group(2)):02d}"
        out.append(Candidate(start, end, "DATE", _DATE_SOURCE, _DATE_PRIORITY, {"value": value}))
    return out


def _read_with_unit(window: str, length: int) -> bool:
    """Does the quantity finder read the number on with a measure word (1942.5平方公里, 1938.7 公里)?"""
    return any(c.start == 0 and c.end > length for c in find_quantities(window))


def _counted_formations(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    long_count, over_count = _patterns()
    for pattern in (long_count, over_count):
        for m in pattern.finditer(text):
            norm = normalize_quantity(m.group())
            if norm.get("value"):
                out.append(Candidate(m.start(), m.end(), "QUANTITY", _COUNT_SOURCE, _COUNT_PRIORITY, norm))
    return out


_PERCENT_APPROX = re.compile("(?:(?:约|近|将近)?百分之[零〇一二三四五六七八九十百点]{1,6}|(?:约|近)?[0-9０-９]{1,3}(?:[.．][0-9]{1,2})?[%％])"
                             "(?P<approx>[强弱])(?![国大盛者队化硬])")


def _percent_approximations(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_PERCENT_APPROX, text):
        norm = normalize_quantity(text[m.start():m.start("approx")])
        if norm.get("value") is None:
            continue
        norm = {**norm, "approx": "over" if m.group("approx") == "强" else "under"}
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-percent-approx", _COUNT_PRIORITY, norm))
    return out


def find_number_forms(text: str) -> list[Candidate]:
    """Dotted year-months as DATE; counted formations with long modifiers or 余/多 as QUANTITY (see module doc)."""
    out: list[Candidate] = []
    if "." in text or "．" in text:
        out += _dotted_months(text)
    if "个" in text or "個" in text or "余" in text or "多" in text:
        out += _counted_formations(text)
    if "强" in text or "弱" in text:
        out += _percent_approximations(text)
    return out
