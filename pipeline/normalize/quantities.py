"""Normalise Chinese QUANTITY spans: {"value", "unit", "approx"} (guidelines, rule 9).

`normalize_quantity("14.8万余人") == {"value": 148000, "unit": "人", "approx": "over"}`.
The measure words and approximators come from lexicons/measure_words.tsv, which
the QUANTITY finder shares (`measure_words()`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.normalize.numbers import parse_number
from pipeline.lexicons import longest_first

LEXICON = Path(__file__).resolve().parent.parent / "lexicons" / "measure_words.tsv"

# Every repetition is bounded (longest plausible number: 16 digits or numeral characters)
# so that finding is linear-time on long runs of digits or numerals.
AR_NUMBER = ("[0-9０-９]{1,3}(?:[,，][0-9０-９]{3}(?![0-9０-９])){1,5}(?:[.．][0-9０-９]{1,6})?"
             "|[0-9０-９]{1,16}(?:[.．][0-9０-９]{1,6})?")
MAGNITUDE = "(?:[十百万亿]|千(?![米克瓦]))"
CN_NUMBER = (f"(?:两|[零〇○一二三四五六七八九廿卅]|{MAGNITUDE})"
             f"(?:[零〇○一二三四五六七八九]|(?<=[百千])[廿卅]|{MAGNITUDE}|两(?=[十百千万亿])){{0,15}}")   # 一百廿 = 120
VAGUE_NUMBER = f"[数几]{MAGNITUDE}{{1,4}}"
# A space a page types between digits and a Chinese magnitude or unit (6 万余人, 5 架).
SP = "[ \u3000]?"
# Digits again after a digit's magnitude, as web pages write a number: 1万5千, 2万3千5百, 1万5000 (a lone
# digit after it is colloquial, 3万8 = 38,000, and is left out).
# After a hundred two digits, after any magnitude 零 and one to three digits are the units as written out, no
# colloquial elision (3百23 = 323, 7万5千4百99 = 75,499, 3万3千零82 = 33,082: Taiwanese official prose; prezh6).
_WRITTEN_TAIL = f"(?:(?<=[百佰])[0-9０-９]{{2}}|(?<=[十百千万亿])零[0-9０-９]{{1,3}})(?![0-9０-９.．])"
# After 万 the thousands may be comma-grouped as digits are (17万3,700 = 173,700: one count, not 3,700 alone; r3zhnums).
_GROUPED_TAIL = "(?<=[万萬])[0-9０-９][,，][0-9０-９]{3}(?![0-9０-９.．])"
MIXED_REST = (f"(?:(?:[0-9０-９]{{1,4}}{MAGNITUDE}{{1,2}}){{1,3}}(?:{_GROUPED_TAIL}|[0-9０-９]{{3,4}}(?![0-9０-９.．])"
              f"|{_WRITTEN_TAIL})?|{_GROUPED_TAIL}|[0-9０-９]{{3,4}}(?![0-9０-９.．])|{_WRITTEN_TAIL})")
# A number as written, with vague infixes: 14.8万, 20余万, 十几万, 数百万, 半, 1万5千.
# 3千多万, 1百余万: digits, a small magnitude, the approximator and the larger magnitude it qualifies, one number
# (as 三千多万 is; s19zhevt)
_APPROX_INFIX = "(?:(?<=[十百千])[余多](?=[万亿]))"
NUMBER = (f"(?:(?:{AR_NUMBER})(?:{SP}[余多]?{MAGNITUDE}{{1,4}}(?:{_APPROX_INFIX}{MAGNITUDE}{{1,2}})?{MIXED_REST}?)?"
          f"|{VAGUE_NUMBER}(?:[余多]{MAGNITUDE}{{1,4}})?"
          f"|{CN_NUMBER}(?:(?:[余多几来]|(?<=[十百千万])数){MAGNITUDE}{{1,4}})?"   # 二万数千人 (session 29)
          f"|半)")
PERCENT_WORDS = "百分之"
VAGUE_DIGIT_PAIR = re.compile("[一二三四五六七八九两]{2}(?=[十百千万亿])")
# two ascending neighbouring digits with no magnitude (六七名: rules/quantity_ranges.counted_digit_pair)
_NEIGHBOUR_PAIR = re.compile("二三|三四|四五|五六|六七|七八|八九")
_SPACES = re.compile("[ \u3000]")
APPROX_WORDS = {"some": "some", "about": "about", "over": "over", "under": "under", "nearly": "nearly"}


@dataclass(frozen=True)
class MeasureWords:
    """The measure_words.tsv lexicon, by kind."""

    units: dict[str, tuple[frozenset[str], str]]          # word → (flags, not_followed_by)
    approx_before: dict[str, tuple[str, frozenset[str], str, str]]  # word → (approx, flags, not_followed_by, not_preceded_by)
    approx_after: dict[str, tuple[str, str]]              # word → (approx, not_followed_by)
    not_count_after: tuple[str, ...]
    idioms: tuple[str, ...]
    place_suffixes: str


@lru_cache(maxsize=1)
def measure_words() -> MeasureWords:
    """Load lexicons/measure_words.tsv once."""
    units, before, after = {}, {}, {}
    not_count, idioms, places = [], [], ""
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = (line.split("\t") + [""] * 5)[:5]
        kind, word, value, not_followed, not_preceded = cols
        flags = frozenset(f for f in value.split(",") if f)
        if kind == "unit":
            units[word] = (flags, not_followed)
        elif kind == "approx_before":
            approx = next(f for f in value.split(",") if f in APPROX_WORDS)
            before[word] = (approx, flags, not_followed, not_preceded)
        elif kind == "approx_after":
            after[word] = (value, not_followed)
        elif kind == "not_count_after":
            not_count.append(word)
        elif kind == "idiom":
            idioms.append(word)
        elif kind == "place_suffix":
            places += word
    return MeasureWords(units, before, after, tuple(not_count), tuple(idioms), places)


def _longest_first(words) -> list[str]:
    return sorted(words, key=longest_first)


@lru_cache(maxsize=1)
def _span_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """(approximator prefix, approximator suffix, number prefix) regexes."""
    lex = measure_words()
    before = "|".join(map(re.escape, _longest_first(lex.approx_before)))
    after = "|".join(map(re.escape, _longest_first(w for w in lex.approx_after if w not in ("余", "多"))))
    return re.compile(f"(?:{before})(?=.)", re.S), re.compile(f"(?<=.)(?:{after})$", re.S), re.compile(NUMBER)


def normalize_quantity(span_text: str) -> dict:
    """{"value": number, "unit": str, "approx": about|over|under|nearly|some|None}."""
    return dict(_normalize_quantity(span_text))


# The traditional measure systems whose units a count writes in a descending chain (四两二钱, 三顷二十亩: one
# QUANTITY valued in its first unit; rules/traditional_measure_chains_zh.py, session 29): the units, largest first,
# and how many of each make one of the unit before it (Qing statutory measures: 1 两 = 10 钱, 1 顷 = 100 亩).
MEASURE_CHAIN_SYSTEMS = {
    "silver": (("两", "钱", "分", "厘", "毫"), (10, 10, 10, 10)),
    "grain": (("石", "斗", "升", "合", "勺"), (10, 10, 10, 10)),
    "land": (("顷", "亩", "分", "厘", "毫"), (100, 10, 10, 10)),
    "length": (("丈", "尺", "寸", "分"), (10, 10, 10)),
    # the yuan, the dime and the cent (1角2分 → 1.2 角, 两角五分 → 2.5 角, 六元六角 → 6.6 元, 3圆9角 → 3.9 圆;
    # session 30, s30zhqty)
    "money": (("元", "角", "分"), (10, 10)),
    "money_round": (("圆", "角", "分"), (10, 10)),
}
_CHAIN_ELEMENT = re.compile(f"零?((?:{AR_NUMBER})|{CN_NUMBER})(?:、[一二三四五六七八九])*([两钱元圆角分厘毫石斗升合勺顷亩丈尺寸])")


def descending_run(units: list[str]) -> tuple[str | None, int]:
    """The measure system (a key of MEASURE_CHAIN_SYSTEMS) in which the opening run of `units` that descends without a
    gap in order is longest, and that run's length (the first such system on a tie; None, 0 where the first unit is in
    none). 分 stands in three systems: 二两三分 descends in silver, 三亩二分 in land."""
    best_system, best = None, 0
    for name, (system, _) in MEASURE_CHAIN_SYSTEMS.items():
        if not units or units[0] not in system:
            continue
        last, count = system.index(units[0]), 1
        for unit in units[1:]:
            if unit not in system or system.index(unit) <= last:
                break
            last, count = system.index(unit), count + 1
        if count > best:
            best_system, best = name, count
    return best_system, best


def measure_chain(span: str) -> tuple[float, str] | None:
    """(value in the first unit, first unit) of a chain of descending units of one system, None if `span` is none;
    an element listing alternatives (一两三、四钱) counts at its first (1.3)."""
    elements = []
    pos = 0
    for m in _CHAIN_ELEMENT.finditer(span):
        if m.start() != pos:
            return None
        elements.append((parse_number(m.group(1)), m.group(2)))
        pos = m.end()
    if pos != len(span) or len(elements) < 2 or any(v is None for v, _ in elements):
        return None
    system, count = descending_run([unit for _, unit in elements])
    if count != len(elements):
        return None
    units, ratios = MEASURE_CHAIN_SYSTEMS[system]
    first = units.index(elements[0][1])
    value = 0.0
    for number, unit in elements:
        per = 1
        for ratio in ratios[first:units.index(unit)]:
            per *= ratio
        value += number / per
    return round(value, 6), units[first]


# a magnitude and 数 + a smaller magnitude (百数十人, 千数百名): the first magnitude and "some" more of the next
_SOME_SMALLER = re.compile("^(.*[十百千万])数([十百千])$")
_MAGNITUDE_RANK = {"十": 1, "百": 2, "千": 3, "万": 4}


# a duration of years and months written together (1年零3个月, 两年又六个月; session 25, s25zhextent)
_YEARS_AND_MONTHS = re.compile("^年[零又](1[01]|[1-9]|十[一]?|[一二三四五六七八九两])个月$")
_TOTAL = re.compile("^(?:共计|合计|总计|總計|共|计|計)(?=[0-9０-９一二三四五六七八九十两兩数數几幾约約近逾超])")


@lru_cache(maxsize=4096)
def _normalize_quantity(span_text: str) -> dict:
    lex = measure_words()
    prefix, suffix, number_prefix = _span_patterns()
    s = _SPACES.sub("", span_text.strip())
    s = _TOTAL.sub("", s)  # 共14.8万余人, 合计3个师: a total marker is no approximator
    if s[-1:] in ("强", "弱") and len(s) > 2 and (s[-2] in "%％" or "百分之" in s):
        share = dict(_normalize_quantity(s[:-1]))   # 百分之五强, 30%弱: a little over / under (prezh4)
        share["approx"] = "over" if s[-1] == "强" else "under"
        return share
    if s.startswith("零下") and len(s) > 2:   # 零下40度: a temperature below zero, value negative
        below = dict(_normalize_quantity(s[2:]))
        if isinstance(below["value"], (int, float)):
            below["value"] = -below["value"]
        return below
    chain = measure_chain(s)
    if chain is not None:       # 四两二钱 → 4.2 两, 三顷二十亩 → 3.2 顷 (session 29)
        value, unit = chain
        return {"value": int(value) if float(value).is_integer() else value, "unit": unit, "approx": None}
    approx = None
    m = prefix.match(s)
    if m:
        approx, s = lex.approx_before[m.group()][0], s[m.end():]
    m = suffix.search(s)
    if m:
        approx, s = approx or lex.approx_after[m.group()][0], s[:m.start()]
    percent = s.startswith(PERCENT_WORDS)
    if percent:
        s = s[len(PERCENT_WORDS):]
    m = number_prefix.match(s)
    if not m:
        return {"value": None, "unit": s, "approx": approx}
    number, rest = m.group(), s[m.end():]
    if number[0] in "数几" and approx is None:
        approx = "some"
    elif VAGUE_DIGIT_PAIR.search(number) and approx is None:
        approx = "about"      # 三四十万, 七八百
    elif _NEIGHBOUR_PAIR.fullmatch(number):
        # 六七名, 四五天: six or seven, valued at the first digit as 五六百人 is (session 33, w33zhqtymil)
        approx, number = approx or "about", number[0]
    elif any(ch in number[1:] for ch in "余多几来数") and approx is None:
        approx = "over"
    value = parse_number(number)
    some_smaller = _SOME_SMALLER.match(number)
    if some_smaller and _MAGNITUDE_RANK[some_smaller.group(1)[-1]] > _MAGNITUDE_RANK[some_smaller.group(2)]:
        value = parse_number(some_smaller.group(1))     # 百数十 = a hundred and some tens: 100, over (session 29)
    if rest[:1] in ("余", "多", "几", "来", "数", "+", "＋"):      # 20,000+人: an infobox's "or more"
        approx, rest = approx or "over", rest[1:]
    rest = rest.lstrip("整")
    months = _YEARS_AND_MONTHS.match(rest)
    if months and value is not None:      # 一年零三个月: one duration in years (1.25), the months a fraction of a year
        value, rest = round(value + parse_number(months.group(1)) / 12, 2), "年"
    if number in ("百", "千", "万") and rest[:1] == "把" and len(rest) > 1:
        approx, rest = approx or "about", rest[1:]    # 千把人: about a thousand (speech; session 23)
    elif (number, rest[:3]) in (("百", "儿八十"), ("千", "儿八百")):
        approx, rest = approx or "about", rest[3:]    # 百儿八十人: about a hundred
    if rest.startswith("个") and rest[1:2] in ("多", "余", "半"):
        if rest[1] == "半" and value is not None:
            value += 0.5
        else:
            approx = approx or "over"
        rest = "个" + rest[2:]
    if rest.endswith("半") and value is not None:
        value, rest = value + 0.5, rest[:-1]
    if rest.endswith(("多", "余")) and len(rest) > 1:
        approx, rest = approx or "over", rest[:-1]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return {"value": value, "unit": "%" if percent else rest, "approx": approx}
