"""Figures in English text (`find_figure_forms`, one paragraph at a time): clock times after 'at' ('at 21:30': DATE,
the day of the last date before it), the first day of a slash range
('12/14 March 1944'), counts of formations and things with a capitalised noun ('three infantry Divisions',
'5 Fighter aircraft': QUANTITY, unit the noun as written) and figures with a glued or short unit of length
('300m', '1,200 ft', '200-300m': QUANTITY), and a spaced `m` before a word of bearing or distance ('500 m west of';
session 30).
`find_figures_citations(text, out)`: QUANTITY counts whose noun is two coordinated words ('~1,800 logistics and
support
personnel') and temperatures below zero ('minus 26 degrees Celsius'); DATE a year before its month ('1969, March') and
clock times with a dot ('at 2.27pm'); citations '(Goldstein, 2001)' (PERSON + DATE); first seen on real-dev8-en
(session 6, helper en8; here since session 24).

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific, Burma
and China theatres); was english_dev6_figures, renamed in session 24.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_finditer, literal_positions as _finds
from pipeline.spans import Candidate

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"

# ----------------------------------------------------------------------------- counts, dates, small forms
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})"

APPROX_WORDS = "about|some|over|nearly|approximately|around|almost|more[ \t]+than|roughly"

COORD_COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<q>(?:(?P<ap>{APPROX_WORDS})[ \t]+|(?P<tilde>~))?(?P<n>{NUMBER})[ \t]+(?P<u>[a-z]{{3,15}}"
    r"(?:[ \t]+[a-z]{3,15})?[ \t]+and[ \t]+[a-z]{3,15}[ \t]+(?:personnel|troops|men|soldiers|sailors|staff|crews?|vehicles"
    r"|aircraft|guns|tanks|ships|civilians|officers)))(?![\w-])")

COORD_ANCHOR = re.compile(r"and[ \t]+[a-z]{3,15}[ \t]+(?:personnel|troops|men|soldiers|sailors|staff|crews?|vehicles|aircraft"
                          r"|guns|tanks|ships|civilians|officers)\b")

MINUS_RE = re.compile(r"(?<![\w-])(?P<q>minus[ \t]+(?P<n>\d{1,3}(?:\.\d)?)[ \t]+degrees(?:[ \t]+(?:Celsius|Fahrenheit|centigrade|C|F)\b)?)")

YEAR_MONTH_RE = re.compile(rf"(?<![\w,])(?P<d>(?P<y>1[6-9]\d\d|20[0-4]\d),[ \t]+(?P<m>{MONTHS}))(?![\w])")

YEAR_MONTH_ANCHOR = re.compile(rf"\d,[ \t]+(?:{MONTHS})")

# a clock time with its minutes and am/pm in either case ('2.27pm', '8.55 a.m.', '3:00 P.M.', '4:30 AM'); with its
# minutes it is a time wherever it stands ('It was 4:30 am'; session 32, w32enqty: the word before is not needed).
DOT_TIME_RE = re.compile(r"(?<![\w.:])(?P<t>(?:1[0-2]|0?[1-9])[.:][0-5]\d[ \t]?(?:am|pm|a\.m\.|p\.m\.|AM|PM|A\.M\.|P\.M\.))"
                         r"(?![\w])")

DOT_TIME_ANCHOR = re.compile(r"\d[.:][0-5]\d[ \t]?[apAP]\.?[mM]")

CITATION_RE = re.compile(r"\((?P<p>[A-Z][a-z]{2,20}(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]{2,20})?)(?:[ \t]+et[ \t]+al\.)?,?[ \t]+"
                         r"(?P<y>1[6-9]\d\d|20[0-4]\d)[a-z]?(?::[ \t]*\d{1,4}(?:[-\u2013]\d{1,4})?)?\)")

COUNT_PRIORITY = 51


# ----------------------------------------------------------------------------- clock times and slash ranges
CLOCK_AFTER_AT = re.compile(r"(?<![\w-])[Aa]t[ \t]+(?P<t>(?:(?:approximately|about|around|roughly|some)[ \t]+)?"
                            r"(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?:[ \t]+hours)?)(?![\w:])(?![ \t]*[apAP]\.?[mM]\b)")
SLASH_DAYS = re.compile(r"(?<![\w/])(?P<d>[0-3]?\d)/(?P<e>[0-3]?\d)[ \t]+(?:January|February|March|April|May|June|July"
                        r"|August|September|October|November|December)(?![\w-])")
CLOCK_SOURCE = "rule:en_clock"


def _clock_times(text: str, out: list) -> None:
    for at in _finds(text, ":"):
        if not (0 < at < len(text) - 2 and text[at - 1].isdigit() and text[at + 1].isdigit()):
            continue
        # the window reaches past the minutes so the look-ahead sees an `a.m.`/`p.m.` after them (a time with its half
        # of the day is the am/pm finder's: `at about 5:30 p.m.` is 17:30, not 05:30); a military `hours` after the
        # minutes is the time's own word, as in `at 0530 hours` (`at 14:30 hours` is 14:30, never a count of 30 hours)
        m = next((m for m in CLOCK_AFTER_AT.finditer(text, max(0, at - 22), min(len(text), at + 12))
                  if m.start("m") == at + 1), None)
        if m:
            approx = m.start("t") != m.start("h")
            out.append(Candidate(m.start("t"), m.end("t"), "DATE", CLOCK_SOURCE, 52,
                                 {"clock": f"{int(m.group('h')):02d}:{m.group('m')}", "approx": approx}))


def _slash_days(text: str, out: list) -> None:
    for at in _finds(text, "/"):
        m = SLASH_DAYS.search(text, max(0, at - 2), at + 40)
        if m and m.end("d") == at and 1 <= int(m.group("d")) < int(m.group("e")) <= 31:
            out.append(Candidate(m.start("d"), m.end("d"), "DATE", "rule:en_slash_day", 50))


# ----------------------------------------------------------------------------- counts with a capitalised noun
NUMBER_WORDS = ("one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty "
                "hundred").split()
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d{1,5}|" + "|".join(NUMBER_WORDS + [w.capitalize() for w in NUMBER_WORDS]) + ")"
ECHELON_PLURALS = ("Divisions", "Brigades", "Regiments", "Battalions", "Armies", "Companies", "Squadrons",
                   "Batteries", "Groups", "Flotillas", "Wings")
COUNT_OF_ECHELONS = re.compile(rf"(?<![\w,.-])(?P<q>{_NUM}[ \t]+(?:(?:[a-z]{{3,14}}|[A-Z][a-z]{{2,14}})[ \t]+)?)$")
CAP_NOUNS = ("aircraft", "tanks", "guns", "ships", "vessels", "planes", "bombers", "fighters", "destroyers",
             "cruisers", "submarines", "transports", "trucks", "vehicles")
COUNT_CAP_NOUN = re.compile(rf"(?<![\w,.-])(?P<q>{_NUM}[ \t]+[A-Z][a-z]{{2,14}}[ \t]+)$")
_LIST_BEFORE = re.compile(r"(?:and|&|,|or)[ \t]+$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d$")


def heads_in(text: str, heads: tuple):
    """(start, end) of each head word (a whole word after a space) in `text`: a C-level test per head first."""
    for head in heads:
        if head in text:
            for at in _finds(text, " " + head):
                end = at + 1 + len(head)
                if end >= len(text) or not (text[end].isalnum() or text[end] in "-:"):
                    yield at, end


_DAY_AFTER_MONTH = re.compile(r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October"
                              r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+"
                              r"(?:0?[1-9]|[12]\d|3[01])(?!\d)")


def _capital_counts(text: str, out: list) -> None:
    for at, end in heads_in(text, ECHELON_PLURALS):
        # '3 Divisions: 6th, 101st and 106th' lists the divisions (one MIL_UNIT): not matched
        m = COUNT_OF_ECHELONS.search(text, max(0, at - 40), at + 1)
        if not m:
            continue
        before = text[max(0, m.start("q") - 6):m.start("q")]
        if text[m.start("q")].isdigit() and _LIST_BEFORE.search(before):
            continue          # '5 and 7 Indian Divisions': designations
        word = text[m.start("q"):end].split()[0]
        if word[0].isdigit() and _YEAR.match(word.replace(",", "")):
            continue          # a year
        out.append(_count(text, m.start("q"), end))
    for at, end in heads_in(text, CAP_NOUNS):
        m = COUNT_CAP_NOUN.search(text, max(0, at - 30), at + 1)
        if m and not _YEAR.match(text[m.start("q"):m.start("q") + 5].rstrip()) \
                and not _DAY_AFTER_MONTH.search(text, max(0, m.start("q") - 11), m.start("q") + 3):
            out.append(_count(text, m.start("q"), end))    # ('7 December 1941 Japanese aircraft': a year;
            #                                                'On August 14 Soviet tanks': a day, session 7)


def _count(text: str, start: int, end: int) -> Candidate:
    q = text[start:end]
    first = q.split()[0]
    norm = norm_en.normalize_quantity_en(q, len(first) + 1)
    return Candidate(start, end, "QUANTITY", "rule:en_capital_count", COUNT_PRIORITY, norm)


# ----------------------------------------------------------------------------- lengths
# a figure (or a range of two) with a unit of length glued to it or after one space ('300m', '2 km', '1,200 ft')
LENGTH_RE = re.compile(r"[0-9][0-9,]{0,8}(?:[-\u2013][0-9][0-9,]{0,8})?(?:[ \t]?(?:km|ft|yd|mi)|m)(?![\w'])")
_LENGTH_PARTS = re.compile(r"(?P<q>[0-9][0-9,]*(?:[-\u2013][0-9][0-9,]*)?)(?P<u>[ \t]?(?:km|ft|yd|mi|m))")
_FIGURE = re.compile(r"\d{1,3}(?:,\d{3})+|\d{1,5}")


# where a unit follows a digit: one cheap test per digit, the figure then read back from there
LENGTH_HIT = re.compile(r"[0-9](?:[ \t]?(?:km|ft|yd|mi)|m)(?![\w'])")


def _lengths(text: str, out: list) -> None:
    for hit in LENGTH_HIT.finditer(text):
        start = hit.start()
        while start > 0 and hit.start() - start < 24 and text[start - 1] in "0123456789,-\u2013":
            start -= 1
        while start < hit.start() and not text[start].isdigit():
            start += 1
        m = LENGTH_RE.match(text, start)
        if m is None or m.end() != hit.end() or start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,-\u2013'$\u00a3\u20ac#"):
            continue                         # inside a word or a figure, a price ('$5m'), a hull number
        parts = _LENGTH_PARTS.fullmatch(text, start, hit.end())
        if parts and all(_FIGURE.fullmatch(f) for f in re.split(r"[-\u2013]", parts.group("q"))):
            out.append(_length(text, start, hit.end(), parts.group("u").strip()))


# a figure with a spaced `m` (metres) before a word of bearing or distance ('some 200 m south of the ravine', 'about
# 500 m west of the wood', '250 m beyond the edge', '500 m west of the bridge': session 30, s30enunit, on memoirs and
# regimental histories translated from German and the Angolan war, as the glued '80m northwest of'); a spaced `m`
# elsewhere may be minutes or a million, and a decimal figure ('3.5 m') is left
SPACED_METRES = re.compile(
    r"(?<![\w.,$\u00a3\u20ac#-])(?P<q>\d{1,3}(?:,\d{3})+|\d{1,5})(?:[-\u2013]\d{1,5})?[ \t]m(?=[ \t]+(?:(?:north|south)"
    r"(?:-?(?:east|west))?|east|west|of|away|beyond|behind|ahead|apart|long|wide|high|deep|above|below|short"
    r"|further|farther|inside|across|along|into|forward|in[ \t]+front|to[ \t]+the|distant|upstream|downstream)\b)")


def _spaced_metres(text: str, out: list) -> None:
    if " m " not in text:
        return
    for m in SPACED_METRES.finditer(text):
        if _YEAR.match(m.group("q")):
            continue
        out.append(_length(text, m.start(), m.end(), "m"))


def _length(text: str, start: int, end: int, unit: str) -> Candidate:
    figure = re.match(r"[\d,]+", text[start:end]).group().replace(",", "")
    return Candidate(start, end, "QUANTITY", "rule:en_length", COUNT_PRIORITY,
                     {"value": int(figure), "unit": unit, "approx": None})


def find_figure_forms(text: str, out: list) -> None:
    """Clock times after 'at', slash days, counts with a capitalised noun and lengths in one paragraph."""
    if ":" in text:
        _clock_times(text, out)
    if "/" in text:
        _slash_days(text, out)
    _capital_counts(text, out)
    _lengths(text, out)
    _spaced_metres(text, out)


def find_figures_citations(text: str, out: list) -> None:
    if " and " in text and COORD_ANCHOR.search(text):
        for m in COORD_COUNT_RE.finditer(text):
            approx = "about" if m.group("tilde") else norm_en.APPROX.get(re.sub(r"\s+", " ", m.group("ap") or ""))
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_coordinated_count", 56,
                                 {"en_hint": {"value": int(m.group("n").replace(",", "")), "unit": m.group("u"), "approx": approx}}))
    if "minus" in text:
        for m in MINUS_RE.finditer(text):
            value = -float(m.group("n"))
            unit = m.group("q")[m.end("n") - m.start("q"):].strip()
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_minus_degrees", 56,
                                 {"en_hint": {"value": int(value) if value.is_integer() else value, "unit": unit, "approx": None}}))
    if ", " in text and YEAR_MONTH_ANCHOR.search(text):
        for m in YEAR_MONTH_RE.finditer(text):
            from pipeline.normalize.english_dates import MONTHS as MONTH_NUMBERS  # noqa: PLC0415
            out.append(Candidate(m.start("d"), m.end("d"), "DATE", "rule:en_year_month", 56,
                                 {"value": f"{m.group('y')}-{MONTH_NUMBERS[m.group('m').lower()]:02d}"}))
    if ("am" in text or "pm" in text or ".m." in text or "AM" in text or "PM" in text or ".M." in text) \
            and DOT_TIME_ANCHOR.search(text):
        for m in literal_finditer(DOT_TIME_RE, text):
            out.append(Candidate(m.start("t"), m.end("t"), "DATE", "rule:en_dot_time", 54, {"value": None}))
    if "(" in text:
        for m in CITATION_RE.finditer(text):
            for part in re.finditer(r"[A-Z][a-z]{2,20}", m.group("p")):
                out.append(Candidate(m.start("p") + part.start(), m.start("p") + part.end(), "PERSON", "rule:en_citation", 58))
            out.append(Candidate(m.start("y"), m.end("y"), "DATE", "rule:en_citation", 58, {"value": m.group("y")}))
