"""Normalised values for English QUANTITY spans: numbers written in figures or words, their
approximators and the counted noun ({value, unit, approx}, the vocabulary of the Chinese normaliser).
Split out of pipeline.normalize.english, which re-exports these names."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_ocr_glue_clock_values import unglue
from pipeline.lexicons import longest_first

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
         "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
WORD_NUMBERS: dict[str, int] = {w: i for i, w in enumerate(ONES)}
for _t, _tw in enumerate(TENS):
    if _tw:
        WORD_NUMBERS[_tw] = _t * 10
        for _o in range(1, 10):
            WORD_NUMBERS[f"{_tw}-{ONES[_o]}"] = _t * 10 + _o
WORD_NUMBERS.update({"a hundred": 100, "hundred": 100, "a thousand": 1000, "a dozen": 12, "dozen": 12,
                     "half a dozen": 6})   # session 34 (w34enqty)

SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
VAGUE = {"thousands": 1000, "tens of thousands": 10000, "hundreds of thousands": 100000,
         "hundreds": 100, "millions": 1_000_000, "several hundred": 100, "several thousand": 1000,
         "several tens of thousands": 10000, "dozens": 12, "a few hundred": 100, "a few thousand": 1000,
         "many hundreds": 100, "many thousands": 1000}
# round figures written in words: exact values, no approximator of their own
ROUND_FIGURES = {"a million": 1_000_000, "half a million": 500_000, "a quarter of a million": 250_000}
APPROX = {
    "about": "about", "around": "about", "approximately": "about", "roughly": "about", "perhaps": "about",
    "possibly": "about", "probably": "about", "approx.": "about", "maybe": "about", "an estimated": "about",
    "estimated": "about", "circa": "about", "c.": "about", "some": "some", "perhaps some": "some",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly", "just under": "nearly",
    "over": "over", "more than": "over", "upwards of": "over", "upward of": "over", "in excess of": "over",
    "at least": "over", "well over": "over", "just over": "over", "as many as": "over", "above": "over",
    "not less than": "over", "no fewer than": "over", "no less than": "over",
    "under": "under", "fewer than": "under", "less than": "under", "up to": "under",
    "no more than": "under", "not more than": "under", "below": "under", "well under": "under",
}
POST_APPROX = {"-odd": "over", "odd": "over", "or more": "over", "plus": "over", "+": "over"}
# the approximators with the space after them, longest first (the first that opens a span is its own)
_APPROX_OPENINGS = tuple((word, word + " ") for word in sorted(APPROX, key=longest_first))
_ANY_APPROX_OPENING = tuple(opening for _, opening in _APPROX_OPENINGS)
_LINE_BREAKS = str.maketrans("\n\t", "  ")      # an approximator wrapped at a line end reads as one (same length)


def _compound_words(text: str) -> float | None:
    """'three thousand five hundred' -> 3500, 'one hundred and fifty' -> 150; None unless the text is a
    number in words of more than one part."""
    words = [w for w in text.replace("-", " - ").split() if w != "and"]
    if len(words) < 3 or not all(w in WORD_NUMBERS or w in ("hundred", "thousand", "million", "-", "a") for w in words):
        return None
    total, current, previous = 0, 0, None
    for word in words:
        if word == "-":
            continue
        if word == "a":
            current += 1
        elif word == "hundred":
            current = (current or 1) * 100
        elif word in ("thousand", "million"):
            total += (current or 1) * (1000 if word == "thousand" else 1000000)
            current = 0
        else:
            current += WORD_NUMBERS[word]
        previous = word
    return float(total + current) if previous else None


# the patterns of the two functions below, compiled once (re's cache lookup was made at every call)
_SPACE_IN_GROUP = re.compile(r"(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))")     # '400 000' (grouped by spaces)
_SPACES = re.compile(r"\s+")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_FOOTNOTE_MARK = re.compile(r"\[\d{1,3}\]")
_OF_OPENING = re.compile(r"^of\s+")
_CURRENCY = re.compile(r"(US\$|\$|£|¥)")
_OF_CLOSING = re.compile(r"\s+of$")


def parse_number_en(text: str) -> float | None:
    """'400,000' -> 400000; '1.5 million' -> 1500000; 'seventy' -> 70; 'two hundred' -> 200."""
    text = text.strip().lower().replace("\u2009", "").replace(" ", " ")
    text = _SPACE_IN_GROUP.sub("", text)     # '400 000' (grouped by spaces)
    if text in VAGUE:
        return VAGUE[text]
    text = _SPACES.sub(" ", text)
    if text in ROUND_FIGURES:
        return ROUND_FIGURES[text]
    compound = _compound_words(text)
    if compound is not None:
        return compound
    parts = text.split()
    if not parts:
        return None
    scale = 1
    while parts and parts[-1] in SCALES:
        scale *= SCALES[parts.pop()]
    core = " ".join(parts)
    if not core:
        return float(scale) if scale > 1 else None
    if _FIGURE.fullmatch(core):
        value = float(core.replace(",", ""))
    elif core in WORD_NUMBERS:
        value = float(WORD_NUMBERS[core])
    elif core == "a" and scale > 1:             # 'a thousand', 'a hundred thousand'
        value = 1.0
    else:
        return None
    return value * scale


def _clean_number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else value


_NUMBER_HEAD = re.compile(
    r"(?i)(?:US\$|\$|£|¥)?(?:\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion))*"
    r"|(?:several\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|millions|several\s+hundred|dozens"
    r"|many\s+(?:hundreds|thousands)"
    r"|(?:half\s+|a\s+quarter\s+of\s+)a\s+million|half\s+a\s+dozen"
    r"|(?:[a-z]+(?:-[a-z]+)?|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?(?:" + "|".join(sorted(
        (w for w in WORD_NUMBERS if " " not in w), key=longest_first)) + r")(?:\s+hundred)?){1,2}"
    r"(?:\s+and\s+[a-z]+(?:-[a-z]+)?)?(?![\w-])"
    r"|(?:a\s+)?[a-z]+(?:-(?:one|two|three|four|five|six|seven|eight|nine))?(?:\s+(?:hundred|thousand|million))*)"
    r"(?:-odd|\s+odd|\s+or\s+more|\+|%)?[\s-]*")
ADJECTIVES = {"japanese", "chinese", "american", "allied", "british", "nationalist", "communist", "enemy",
              "civilian", "additional", "fresh", "regular", "combat", "heavy", "light", "medium"}


_HALF_MEASURE = re.compile(r"(?i)half[ -]an?[ -](?!dozen\b)([a-z]+)")   # half a dozen is a number (session 34)
_RANGE_END = re.compile(r"(?i)(?:US\$|\$|£|¥)?(?:\d[\d,.]*|[a-z]+)(\s*[-\u2010\u2011\u2013\u2014]\s*\d[\d,.]*"
                        r"|\s+(?:to|or(?!\s+(?:so|more|less|fewer|thereabouts)\b))\s+(?:\d[\d,.]*|[a-z]+))(?=\s|%|\+|$)")   # 'two or three guns' (session 26)


# a length with its unit glued or after one space, a range of two ('200-300m', '1,200 ft':
# pipeline.rules.english_figure_forms): the first figure, the unit as written
_LENGTH = re.compile(r"(\d{1,3}(?:,\d{3})+|\d{1,5})(?:[-\u2013](?:\d{1,3}(?:,\d{3})+|\d{1,5}))?(?P<u>[ ]?(?:km|ft|yd|m))")


_ARTICLE_DURATION = re.compile(r"(?:a|an|A|An)[ \t]+(week|fortnight|month|hour|day)")


def normalize_quantity_en(span_text: str, unit_start: int | None = None) -> dict:
    """QUANTITY norm: {value, unit, approx}; `unit_start` is where the counted noun begins.
    A new dict each call (callers may change theirs); the value depends on the two arguments
    only, so it is computed once per (span text, unit start), as pipeline.normalize.quantities
    does for Chinese spans (the count finders and the normaliser ask again for one span)."""
    return dict(_normalize_quantity_en(span_text, unit_start))


@lru_cache(maxsize=4096)
def _normalize_quantity_en(span_text: str, unit_start: int | None) -> dict:
    if unit_start is None:                                 # '100horses', 'ninemiles' (english_ocr_glue_clock_values)
        span_text = unglue(span_text)
    length = _LENGTH.fullmatch(span_text) if span_text[-1:] in "mtd" else None
    if length:
        return {"value": int(length.group(1).replace(",", "")), "unit": length.group("u").strip(), "approx": None}
    if "[" in span_text and unit_start is None:         # '20,000[1][2]–30,000+': footnote marks out
        span_text = _FOOTNOTE_MARK.sub("", span_text)
    text = span_text
    approx = None
    if text.startswith("~"):                               # '~136,000 men'
        text, approx = text[1:].lstrip(), "about"
        if unit_start is not None:
            unit_start -= len(span_text) - len(text)
    lowered = text.lower().translate(_LINE_BREAKS)   # 'no more\nthan 18 men' of a hard-wrapped page (auditen20)
    for word, opening in _APPROX_OPENINGS if lowered.startswith(_ANY_APPROX_OPENING) else ():
        if lowered.startswith(opening):
            approx = APPROX[word]
            text = text[len(word) + 1:]
            if unit_start is not None:
                unit_start -= len(word) + 1
            break
    half = _HALF_MEASURE.fullmatch(text)
    if half:                        # 'half an hour', 'half-a-mile': 0.5 of the unit (session 26 s26enper)
        return {"value": 0.5, "unit": half.group(1), "approx": approx}
    article = _ARTICLE_DURATION.fullmatch(text)
    if article:                     # 'a week', 'over a month': one of the unit (english_article_durations, s26enunit)
        return {"value": 1, "unit": article.group(1), "approx": approx}
    ranged = _RANGE_END.match(text)
    if ranged:                      # '600-700 Japanese', '20 to 30 tanks': the first number is the value
        text = text[: ranged.start(1)] + text[ranged.end(1):]
        if unit_start is not None:
            unit_start -= ranged.end(1) - ranged.start(1)
    unit = ""
    if unit_start is None:
        found = _NUMBER_HEAD.match(text)
        if found and found.end() < len(text):
            unit_start = found.end()
    if unit_start is not None:
        unit = text[unit_start:].strip()
        text = text[:unit_start]
        unit = _OF_OPENING.sub("", unit)
        if unit.startswith("or so "):     # 'a hundred or so German officers' (english_wade_giles_forms)
            unit, approx = unit[len("or so "):].lstrip(), approx or "about"
        if unit.lower() in ("percent", "per cent"):
            unit = "%"
        unit = _SPACES.sub(" ", unit)   # the counted noun as written, its adjective included
        if unit == "strong":          # a 17,000-strong garrison: a bare count
            unit = ""
    currency = _CURRENCY.match(text)
    if currency:
        unit = currency.group(1) if not unit else unit
        text = text[currency.end():]
    text = _OF_CLOSING.sub("", text.strip().rstrip("-").strip())
    for word, meaning in POST_APPROX.items():
        if text.lower().endswith(word):
            text = text[: -len(word)].strip()
            approx = approx or meaning
            break
    if text.endswith("%"):
        unit, text = "%", text[:-1]
    value = parse_number_en(text)
    if value is not None and text.lower() in VAGUE:
        approx = approx or "some"
    return {"value": _clean_number(value) if value is not None else None, "unit": unit, "approx": approx}
