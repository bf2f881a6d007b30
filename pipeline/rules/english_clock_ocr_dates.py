"""Military clock times, OCR'd dates and hyphenated weights and lengths in English text.

`find_clock_ocr_dates(text, out)` (one paragraph at a time):
- DATE: military clock times ('at 1100', 'around 0530', 'At 0645 on 14 September 1950') and a time with its day
  ('11 pm on June 3rd'); their values come from pipeline.normalize.english_ocr_glue_clock_values (the day written next to them, else
  the last day named before them);
- DATE: OCR digits in dates ('March i, 1862', 'the autumn of i863'); a day of the month before an infinitive ('on
  the 30th to cover');
- QUANTITY: weights and lengths written with a hyphen ('a 500-pound bomb', 'a 20-foot wall'), counts 'out of' a whole.

Every form is found from a digit run or a rare literal, so text without one costs a C-level search each.
`find_caps_dates(text, out)` (DATE): dates typed in capitals (headings of memoirs and diaries: `DECEMBER 1, 1950`,
`14 MARCH 1951`, `JUNE 1944`); first seen by auditing fresh English pages (session 10, helper auditen1; moved here
from english_audit_forms in session 24).

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate
from pipeline.rules.scan import guarded

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")

# ----------------------------------------------------------------------------- clock times
CLOCK_ANCHOR = re.compile(r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?!\d|[.,:]\d)")
PRE_CLOCK = re.compile(r"(?<![\w.])(?P<pre>[Aa]t|[Aa]round|[Aa]bout|[Aa]pproximately|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter"
                       r"|[Bb]efore)[ \t]+(?P<ap>(?:approximately|about|around|roughly)[ \t]+)?$")
HOURS_AFTER = re.compile(r"[ \t]*(?:hours|hrs\.?|h)(?![\w])")
NOT_AFTER_CLOCK = re.compile(r"[ \t]+(?:yards|yds|feet|ft|metres|meters|m|miles|km|kilometres|kilometers|men|troops"
                             r"|soldiers|rounds|tons|pounds|lbs?|dollars|yen|casualties|killed|prisoners)\b|[%/\w]")
APPROX_WORDS = ("approximately", "about", "around", "roughly")


def _clock_times(text: str, out: list) -> None:
    for four in CLOCK_ANCHOR.finditer(text):
        if four.start() and text[four.start() - 1] in "0123456789,.:":
            continue
        if four.group("hh")[0] == "1" and not text.startswith(("t ", "t\t"), four.start() - 2) \
                and not HOURS_AFTER.match(text, four.end()):
            continue          # '1944' after anything but 'at' is a year
        m = PRE_CLOCK.search(text, max(0, four.start() - 32), four.start())
        if not m or NOT_AFTER_CLOCK.match(text, four.end()):
            continue
        pre, hh = m.group("pre").lower(), four.group("hh")
        hours = HOURS_AFTER.match(text, four.end())
        # a four-digit year after 'by', 'from', 'around' ... ('by 1945'); a time after 'at', or with 'hours', or 0000-0959
        if pre != "at" and not hours and hh[0] != "0" and not (pre in APPROX_WORDS and hh[0] == "2"):
            continue
        start = m.start("pre") if pre in APPROX_WORDS else (m.start("ap") if m.group("ap") else four.start())
        end = hours.end() if hours else four.end()
        out.append(Candidate(start, end, "DATE", "rule:en_clock", 52, {"value": None}))


# a time of day written with its day: '10 pm on April 23rd', '4.30 p.m. on the 12th'
TIME_ON_RE = re.compile(r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)"
                        r"[ \t]+on[ \t]+(?:the[ \t]+)?$")


def _times_on_days(text: str, out: list) -> None:
    if " on " not in text or ("m." not in text and "am " not in text and "pm " not in text
                              and "AM " not in text and "PM " not in text):
        return
    for cand in [c for c in out if c.label == "DATE"]:
        m = TIME_ON_RE.search(text, max(0, cand.start - 24), cand.start)
        if not m:
            continue
        out.append(Candidate(m.start(), cand.end, "DATE", "rule:en_time_on_day", 53, {"value": None}))


# OCR digits in dates: 'i'/'l' read for 1 ('March i, 1862', 'autumn of i863', 'in l944')
OCR_DATE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<month>{MONTHS})[ \t]+(?P<day>[il]|[12il][\dil]|\d[il]),?[ \t]+(?P<y1>[1il][6-9]\d\d)"
    r"|(?P<season>(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[ \t]+of[ \t]+)?(?P<y2>[il][6-9]\d\d))(?![\w])")
OCR_YEAR_BEFORE = re.compile(r"(?:\b(?:in|In|of|by|since|until|from)|,)[ \t]+$")
SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


YEAR_TAIL = re.compile(r"[6-9]\d\d(?!\d)")


def _ocr_dates(text: str, out: list) -> None:
    starts = set()
    for tail in YEAR_TAIL.finditer(text):         # 'i863': three digits after an OCR 'i'/'l'
        at = tail.start() - 1
        if at >= 0 and text[at] in "il" and (at == 0 or not text[at - 1].isalpha()):
            starts.add(at)
    if not starts and " i," not in text and " l," not in text:
        return
    for m in OCR_DATE_RE.finditer(text):
        def digits(s: str) -> str:
            return s.replace("i", "1").replace("l", "1")
        if m.group("month"):
            day, year = int(digits(m.group("day"))), digits(m.group("y1"))
            if not 1 <= day <= 31 or not re.search("[il]", m.group("day") + m.group("y1")):
                continue
            from pipeline.normalize.english_dates import MONTHS as MONTH_NUMBERS  # noqa: PLC0415
            value = f"{year}-{MONTH_NUMBERS[m.group('month').lower()]:02d}-{day:02d}"
        else:
            if not m.group("season") and not OCR_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            year = digits(m.group("y2"))
            value = year if not m.group("season") else f"{year}-{SEASON_CODE[m.group('season').split()[0].lower()]}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_ocr_date", 55, {"value": value}))


# a day of the month after 'on the' before an infinitive ('on the 30th to cover the ford'): the month is the
# document's (english_numbers.BARE_DAY_RE takes it before other words)
DAY_TO_RE = re.compile(r"[Oo]n[ \t]+the[ \t]+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))[ \t]+to[ \t]+[a-z]{3,}"
                       r"(?<!\bto\bday)")
# weights and lengths written with a hyphen before the noun they measure ('a 2,000-lb. load', 'a 100-lb. sack',
# '500-pound bombs', 'a 20-foot wall'): the figure and its unit
HYPHEN_MEASURE_RE = re.compile(r"(?<![\w.,$-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d+)?)-(?P<unit>lb|lbs|pound|ton|tonne|foot|yard)"
                               r"(?![\w-])")


# the first number of 'N out of M' counts too ('lost 14 out of 30 tanks', 'three out of four crews'): a bare count
OUT_OF_RE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                       r"|twenty|thirty|forty|fifty|hundred)[ \t]+out[ \t]+of[ \t]+(?=\S)")


def _days_and_measures(text: str, out: list) -> None:
    if " out of " in text:
        for m in OUT_OF_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,$-"):
                continue
            value = norm_en.WORD_NUMBERS.get(m.group("n")) or int(m.group("n").replace(",", "")) \
                if not m.group("n").isalpha() or m.group("n") in norm_en.WORD_NUMBERS else None
            if value is not None:
                out.append(Candidate(m.start("n"), m.end("n"), "QUANTITY", "rule:en_out_of", 50,
                                     {"value": value, "unit": "", "approx": None}))
    if " to " in text and "n the " in text:
        for m in DAY_TO_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue
            out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_day_to", 50, {"value": None}))
    if "-lb" in text or "-pound" in text or "-ton" in text or "-foot" in text or "-yard" in text:
        for m in HYPHEN_MEASURE_RE.finditer(text):
            value = float(m.group("num").replace(",", ""))
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_hyphen_measure", 51,
                                 {"value": int(value) if value.is_integer() else value, "unit": m.group("unit"),
                                  "approx": None}))


def find_clock_ocr_dates(text: str, out: list) -> None:
    """Military clock times, times with their day, OCR'd dates, days before an infinitive and hyphenated measures."""
    _clock_times(text, out)
    _times_on_days(text, out)
    _ocr_dates(text, out)
    _days_and_measures(text, out)


DATE_PRIORITY = 52


_MONTHS = ("JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER",
           "NOVEMBER", "DECEMBER")
_MONTH_ALT = "|".join(_MONTHS)
_CAPS_DATE_RE = guarded(re.compile(
    r"(?<![\w])(?:(?P<m1>" + _MONTH_ALT + r")[ \t]+(?P<d1>[0-3]?\d)(?:ST|ND|RD|TH)?,?[ \t]+(?P<y1>1[6-9]\d\d|20\d\d)"
    r"|(?P<d2>[0-3]?\d)[ \t]+(?P<m2>" + _MONTH_ALT + r"),?[ \t]+(?P<y2>1[6-9]\d\d|20\d\d)"
    r"|(?P<m3>" + _MONTH_ALT + r"),?[ \t]+(?P<y3>1[6-9]\d\d|20\d\d))(?![\w])"))


def _caps_dates(text: str, out: list) -> None:
    for m in _CAPS_DATE_RE.finditer(text):
        month = m.group("m1") or m.group("m2") or m.group("m3")
        year = m.group("y1") or m.group("y2") or m.group("y3")
        day = m.group("d1") or m.group("d2")
        mm = _MONTHS.index(month) + 1
        if day:
            if not 1 <= int(day) <= 31:
                continue
            value = f"{year}-{mm:02d}-{int(day):02d}"
        else:
            value = f"{year}-{mm:02d}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_caps_date", DATE_PRIORITY, {"value": value}))


_MONTH_GUARD = re.compile("|".join(_MONTHS))


def find_caps_dates(text: str, out: list) -> None:
    if _MONTH_GUARD.search(text):
        _caps_dates(text, out)
