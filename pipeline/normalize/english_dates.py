"""Normalised values of English DATE spans: `1944-04-19`, `1944-05` + mod MID, seasons `1944-SP`.

`normalize_dates_en(text, spans)` fills a document's dates in order: own year first, else the
year of a range partner (`April to December 1944`), else the nearest preceding explicit year
(a year written alone after a date word counts too: `by 1944 ... In May` -> 1944-05).
"""

from __future__ import annotations

import datetime
import re

from pipeline.normalize.english_ocr_glue_clock_values import clock_days, date_in_text
from pipeline.normalize.english_year_month_pm_dates import year_month_pm_date

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
_ONES = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
WORD_DAYS = {**{w: i + 1 for i, w in enumerate(_ONES + ["tenth", "eleventh", "twelfth", "thirteenth", "fourteenth",
                                                       "fifteenth", "sixteenth", "seventeenth", "eighteenth",
                                                       "nineteenth", "twentieth"])},
             **{f"twenty-{w}": 21 + i for i, w in enumerate(_ONES)}, "thirtieth": 30, "thirty-first": 31}
DATE_MODS = {
    "early": "START", "beginning": "START", "start": "START",
    "mid": "MID", "middle": "MID",
    "late": "END", "end": "END",
    "around": "APPROX", "about": "APPROX", "circa": "APPROX", "c.": "APPROX",
}


DATE_SHAPES = [
    # (regex, fields) over the span text
    # ('the 24th day of October, 1943': the day written with `day of`, english_ordinal_day_dates)
    re.compile(r"(?i)^(?P<day>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)?(?:\s+day)?(?:\s+of)?\s+(?P<month>[a-z]+)\.?(?:,?\s+(?P<year>\d{4}))?$"),
    re.compile(r"(?i)^(?P<month>[a-z]+)\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)?(?:,?\s+(?P<year>\d{4}))?$"),
    re.compile(r"(?i)^(?P<month>[a-z]+)\.?(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?$"),
    re.compile(r"(?i)^(?P<year>\d{4})$"),
    re.compile(r"(?i)^(?P<day>\d{1,2})(?:st|nd|rd|th|(?<=[23])d)?(?:\s+day)?(?:,?\s+(?P<year>\d{4}))?$"),
]


# the patterns of the functions below, compiled once (re's cache lookup was made at every date span)
_DAY_NAME_OPENING = re.compile(r"^(?:(?:Easter|Palm|Whit)\s+(?=Sun|Mon))?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+"
                               r"|^(?:Christmas\s+(?:Day|Eve)|Boxing\s+Day|New\s+Year['\u2019]s\s+(?:Day|Eve)),?\s+")
# a feast of a fixed day with only a year after it is that day ('Christmas Day, 1941' = 1941-12-25; auditen9)
_FIXED_FEAST_YEAR = re.compile(r"^(?P<f>Christmas\s+Day|Christmas\s+Eve|Boxing\s+Day|New\s+Year['\u2019]s\s+Day"
                               r"|New\s+Year['\u2019]s\s+Eve),?\s+(?P<y>1[5-9]\d\d|20\d\d)$")
# a movable feast with only its year (session 29, s29enunit): its day from the Gregorian Easter of that year
_MOVABLE_FEAST_YEAR = re.compile(r"^(?P<f>Easter\s+Sunday|Easter\s+Monday|Good\s+Friday|Whit\s+Sunday|Whit\s+Monday)"
                                 r",?\s+(?P<y>1[6-9]\d\d|20\d\d)$")
_MOVABLE_FEAST_OFFSET = {"easter sunday": 0, "easter monday": 1, "good friday": -2, "whit sunday": 49, "whit monday": 50}


def easter_sunday(year: int) -> datetime.date:
    """The Gregorian Easter Sunday of a year (the anonymous Gregorian algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l) // 433
    month = (h + l - 7 * m + 90) // 25
    day = (h + l - 7 * m + 33 * month + 19) % 32
    return datetime.date(year, month, day)


# a half of a year and the first or last stretch of a month or year (session 29, s29enunit)
_HALF_OF_YEAR = re.compile(r"(?i)(?:the\s+)?(?P<w>first|second|latter)\s+half\s+of\s+(?P<y>1[6-9]\d\d|20\d\d)")
_STRETCH_OPENING = re.compile(r"(?i)(?:the\s+)?(?P<w>first|opening|last|closing|final)\s+(?:week|weeks|days|fortnight)\s+of\s+")


_ORDINAL_STOP = re.compile(r"(\d(?:st|nd|rd|th))\.(?=,|\s+[a-z])")
_FIXED_FEAST_DAY = {"christmas day": "12-25", "christmas eve": "12-24", "boxing day": "12-26",
                    "new year's day": "01-01", "new year's eve": "12-31"}
_DAY_PART_OPENING = re.compile(r"(?i)(morning|afternoon|evening|night|early\s+hours|small\s+hours)\s+of\s+(?:the\s+)?")
_FULL_DAY_VALUE = re.compile(r"[\dX]{4}-\d\d-\d\d")
_YEAR_COMMA = re.compile(r"[ \t]*,[ \t]*(?=\d{4}$)")
_ISO_DATE = re.compile(r"(?:1[6-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])")
_MOD_OPENING = re.compile(r"(?i)(early|mid|middle|late|the\s+end|end|beginning|start|the\s+beginning|"
                          r"the\s+middle|around|about|circa|c\.)(?:\s*-\s*|\s+)(?:of\s+|in\s+)?")   # `early in March` too (s25en)
_SEASON_DATE = re.compile(r"(?i)(spring|summer|autumn|fall|winter)(?:\s+of)?(?:\s+(\d{4}))?")
_DECADE = re.compile(r"(\d{3})0['\u2019]?s")
_EXPLICIT_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b|(?<![A-Za-z])[il]([5-9]\d\d)\b")   # 'i860': OCR for 1860
_LATIN_WORD = re.compile(r"[A-Za-z]+")


def normalize_date_en(span_text: str, context_year: int | None = None,
                      context_month: int | None = None) -> dict:
    """DATE norm {value, mod?} for an English date span.

    A date without a year takes `context_year` (the nearest preceding explicit year
    or the range partner's year); a bare day takes `context_month` as well.
    """
    if "." in span_text:       # a Victorian ordinal's stop: 'the 5th. of July' (auditen9)
        span_text = _ORDINAL_STOP.sub(r"\1", span_text)
    feast = _FIXED_FEAST_YEAR.match(span_text.strip())
    if feast:
        day = _FIXED_FEAST_DAY[re.sub(r"\s+", " ", feast.group("f").lower().replace("\u2019", "'"))]
        return {"value": f"{feast.group('y')}-{day}"}
    movable = _MOVABLE_FEAST_YEAR.match(span_text.strip())
    if movable:                 # 'Easter Monday 1916' = 1916-04-24 (the Gregorian Easter of that year; session 29)
        year = int(movable.group("y"))
        offset = _MOVABLE_FEAST_OFFSET[re.sub(r"\s+", " ", movable.group("f").lower())]
        return {"value": (easter_sunday(year) + datetime.timedelta(days=offset)).isoformat()}
    text = _DAY_NAME_OPENING.sub("", span_text.strip())
    half = _HALF_OF_YEAR.fullmatch(text)
    if half:                    # 'the second half of 1941' = 1941-H2 (spec: half year; session 29)
        return {"value": f"{half.group('y')}-H{1 if half.group('w').lower() == 'first' else 2}"}
    stretch = _STRETCH_OPENING.match(text)
    if stretch:                 # 'the first week of June 1940': the month, mod START; 'the last days of April': END
        found = normalize_date_en(text[stretch.end():], context_year, context_month)
        if found.get("value") and "mod" not in found:
            found["mod"] = "START" if stretch.group("w").lower() in ("first", "opening", "early") else "END"
        return found
    part = _DAY_PART_OPENING.match(text)
    if part:                                # 'the evening of Oct. 24': the day with its part (TMO/TAF/TEV/TNI)
        found = normalize_date_en(text[part.end():], context_year, context_month)
        if _FULL_DAY_VALUE.fullmatch(found.get("value") or ""):
            found["value"] += "T" + {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}.get(part.group(1).lower(), "MO")
        return found
    text = _YEAR_COMMA.sub(", ", text)   # 'March , 1945', 'June ,1944': the comma as usually typed
    if _ISO_DATE.fullmatch(text):
        return {"value": text}              # an ISO date ('2015-03-09', a web page's timestamp)
    if text.lower() in WORD_DAYS:           # 'the eighth' (a day of the month written out)
        text = str(WORD_DAYS[text.lower()])
    mod = None
    match = _MOD_OPENING.match(text)
    if match:
        mod = DATE_MODS[match.group(1).lower().split()[-1]]
        text = text[match.end():]
    season = _SEASON_DATE.fullmatch(text)
    if season:
        year = int(season.group(2)) if season.group(2) else context_year
        value = f"{year if year else 'XXXX'}-{SEASONS[season.group(1).lower()]}"
        return _date(value, mod)
    decade = _DECADE.fullmatch(text)
    if decade:
        return _date(decade.group(1), mod)
    for shape in DATE_SHAPES:
        found = shape.match(text)
        if not found:
            continue
        fields = found.groupdict()
        month = fields.get("month")
        month_number = MONTHS.get(month.lower().rstrip(".")) if month else None
        if month and month_number is None:
            continue
        year = int(fields["year"]) if fields.get("year") else context_year
        if month_number is None and fields.get("day") and context_month:
            month_number = context_month
        year_text = str(year) if year else "XXXX"
        if month_number is None:
            return _date(year_text, mod)
        value = f"{year_text}-{month_number:02d}"
        if fields.get("day"):
            value += f"-{int(fields['day']):02d}"
        return _date(value, mod)
    return _date(None, mod)


def _date(value: str | None, mod: str | None) -> dict:
    norm = {"value": value}
    if mod:
        norm["mod"] = mod
    return norm


def explicit_year(span_text: str) -> int | None:
    match = _EXPLICIT_YEAR.search(span_text)   # 'i860': OCR for 1860
    return (int(match.group(1)) if match.group(1) else 1000 + int(match.group(2))) if match else None


def explicit_month(span_text: str) -> int | None:
    for word in _LATIN_WORD.findall(span_text):
        if word.lower() in MONTHS:
            return MONTHS[word.lower()]
    return None


_D = "[-\u2010\u2011\u2013\u2014]"
_YEAR_ONLY = re.compile(r"(?:1[5-9]\d\d|20\d\d)")
_BARE_DAY = re.compile(r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)?(?:\s+day)?(?:,\s*(?:1[5-9]\d\d|20\d\d))?")
_RANGE_LINK = re.compile(rf"\s*(?:{_D}|/|to|until|till|through|and|or)\s*")


# A year written alone after a date word ('by 1944', 'in 1938'): an explicit year for the dates after
# it even when the span was normalised elsewhere (a digits-only span is not seen as English).
_YEAR_WORDS = ("in", "by", "of", "since", "until", "till", "from", "during", "to", "early", "late", "mid", "spring",
               "summer", "autumn", "fall", "winter")
# (behind a class of every character `(?i)` reads as one of the words' first letters, written out: a pattern
# that reads case-insensitively gets no start class from `re`, and was tried at every position of the document)
_YEAR_ANCHOR = re.compile(
    "(?=[" + "".join(sorted({c for w in _YEAR_WORDS for c in (w[0], w[0].upper(), "\u0130", "\u0131", "\u017f")
                             if re.fullmatch(f"(?i:{w[0]})", c)})) + "])"
    r"\b(?i:" + "|".join(_YEAR_WORDS) + r")\s+(1[6-9]\d\d|20\d\d)(?![\w,%-]|\.\d)")


# a clock time alone ('23:40', 'approximately 04:00', '14:30 hours', pipeline.rules.english_figure_forms) and the full day it takes
_CLOCK_ONLY = re.compile(r"(?:(approximately|about|around|roughly|some)\s+)?([01]?\d|2[0-3]):([0-5]\d)(?:\s+hours)?")
_FULL_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
_CLOCK_THEN_DAY = re.compile(r"\s*(?:hours?\s+|hrs\.?\s+)?(?:on|,)\s*(?:the\s+)?")


def normalize_dates_en(text: str, spans: list[tuple[int, int]], hints: list[dict] | None = None,
                       state: dict | None = None) -> list[dict]:
    """DATE norms for all English date spans of a document, in document order.

    Own year first; else the year of a range partner right after it (`April to
    December 1944`); else the nearest preceding explicit year. A bare day
    (`19` in `19-25 April 1944`) takes its partner's month, or the last month.
    A two-digit range end (`1944-45`) takes the century of its partner.
    `state` carries the context (last year and month, how far the text was read) from
    one call to the next, for a document normalised piece by piece.
    """
    hints = hints or [{} for _ in spans]
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    values: list[dict] = [{} for _ in spans]
    state = {} if state is None else state
    last_year, last_month = state.get("year"), state.get("month")
    read_from = state.get("read_to", 0)
    read_to = max((end for _, end in spans), default=read_from)
    anchors = [(m.start(1), int(m.group(1)))
               for m in _YEAR_ANCHOR.finditer(text, read_from, max(read_from, read_to))] if spans else []
    anchor_index = 0
    last_day = state.get("day")
    for rank, i in enumerate(order):
        start, end = spans[i]
        span = text[start:end]
        if rank and values[order[rank - 1]].get("value"):
            day = _FULL_DAY.match(values[order[rank - 1]]["value"])
            last_day = day.group() if day else last_day
        clock = _CLOCK_ONLY.fullmatch(span)
        if clock:                    # 'at 23:40' after 'on 7 July 1937': that day's clock time
            values[i] = {"value": f"{last_day or 'XXXX-XX-XX'}T{int(clock.group(2)):02d}:{clock.group(3)}"}
            if clock.group(1):
                values[i]["mod"] = "APPROX"
            continue
        while anchor_index < len(anchors) and anchors[anchor_index][0] < start:
            last_year = anchors[anchor_index][1]
            anchor_index += 1
        if hints[i].get("value"):
            values[i] = dict(hints[i])
            last_year = explicit_year(hints[i]["value"]) or last_year
            continue
        year, month = explicit_year(span), explicit_month(span)
        partner_year = partner_month = None
        if rank + 1 < len(order):
            nxt = spans[order[rank + 1]]
            if _RANGE_LINK.fullmatch(text[end:nxt[0]]):
                partner = text[nxt[0]:nxt[1]]
                partner_year, partner_month = explicit_year(partner), explicit_month(partner)
        previous = spans[order[rank - 1]] if rank else None
        if re.fullmatch(r"\d\d", span) and previous and re.fullmatch(rf"\s*(?:{_D}|/)\s*", text[previous[1]:start]) \
                and _YEAR_ONLY.fullmatch(text[previous[0]:previous[1]]):
            values[i] = {"value": text[previous[0]:previous[0] + 2] + span}
            continue
        if month is None and (_BARE_DAY.fullmatch(span) or span.lower() in WORD_DAYS):
            month = partner_month or last_month
        values[i] = date_in_text(text, start, end, year or partner_year or last_year, month, normalize_date_en) \
            or year_month_pm_date(span) or normalize_date_en(span, year or partner_year or last_year, month)
        last_year = year or last_year
        last_month = month or last_month
    clock_days(text, spans, values)     # a clock time ('at 0816') takes its day (english_ocr_glue_clock_values)
    while anchor_index < len(anchors):  # anchors between the last span and the end of the read stretch
        last_year = anchors[anchor_index][1]
        anchor_index += 1
    for rank, i in enumerate(order[:-1]):       # 'at 07:55 on 7 December 1941': the date right after it
        clock = _CLOCK_ONLY.fullmatch(text[spans[i][0]:spans[i][1]])
        nxt = order[rank + 1]
        if clock and _CLOCK_THEN_DAY.fullmatch(text[spans[i][1]:spans[nxt][0]]) \
                and (day := _FULL_DAY.match(str(values[nxt].get("value") or ""))):
            values[i]["value"] = day.group() + values[i]["value"][len("XXXX-XX-XX"):]
    if order and values[order[-1]].get("value"):
        day = _FULL_DAY.match(values[order[-1]]["value"])
        last_day = day.group() if day else last_day
    state.update(year=last_year, month=last_month, day=last_day, read_to=max(read_from, read_to))
    return values
