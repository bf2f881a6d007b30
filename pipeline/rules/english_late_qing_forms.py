"""Forms of English books and pages on the wars of the late Qing and of Meiji Japan, 1850-1911 (session 14, helper
auditen11, from an audit of Giles and Boulger-era histories of the Taiping war, naval-brigade memoirs of Tientsin 1900,
Sino-French war and Russo-Japanese war pages).

- `between 1600 and 1800 Russians`, `between 300 and 400 men`: each end of a quantity range is its own QUANTITY
  (guidelines, session 13); the first end after `between`, written whole, is a bare count (value as written, unit ``,
  as `2,000` in `between 2,000 and 3,000 men`), when its partner after `and` is read as a QUANTITY. A four-digit
  first end is then no year (it was read as DATE `1600`, which also gave its year to the days after it); a
  four-digit second end before a noun of men, arms or boats (`between 1700 and 1900 sepoys`) is a count too.
- `Admiral Lespès`, `Colonel Dupré`, `General Négrier`: a rank before a surname with a French accented letter is a
  PERSON (the rank grammar's name token is ASCII, so the name was missed).
- `six machine-guns`, `four 12-pounders`, `one 32-pounder`, `two field-guns`: a count before a hyphenated gun noun
  (19th-century spelling) or a gun named by its shot weight is one QUANTITY, unit as written.
- `lasted till the 23d`, `held out until the 5th.`: a day of the month written alone after till/until (with the
  old ordinal `2d`/`23d`) is a DATE, as after `on`; the month and year come from the document. Not before a noun
  it would qualify (`until the 5th Division`).
- `Soo-chow`, `Nan-king`, `Hang-chow`, `Wei-hai-wei`: a place name written with hyphens between its syllables
  (19th-century spelling) is the place the lexicon knows written solid (`Soochow`, `Nanking`): it takes that
  place's label and Chinese name (it was read by context without one, or missed).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_NUM = r"\d{1,3}(?:,\d{3})+|\d{1,5}"
BETWEEN_RE = re.compile(rf"(?<![\w-])[Bb]etween[ \t]+(?P<a>{_NUM})[ \t]+and[ \t]+(?P<b>{_NUM})(?![\w,.-]\d)"
                        r"(?:[ \t]+(?P<noun>men|troops|soldiers|sepoys|sailors|marines|bluejackets|seamen|rebels|braves"
                        r"|coolies|horsemen|cavalrymen|infantrymen|riflemen|gunners|volunteers|regulars|irregulars"
                        r"|militiamen|prisoners|casualties|dead|killed|wounded|guns|rifles|junks|boats)(?![\w-]))?")

_ACCENTED = r"[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u00f6\u00f8-\u00ff]+"
RANK_ACCENT_RE = re.compile(
    r"(?<![\w.])(?:Field[ \t]+Marshal|Marshal|(?:Lieutenant|Major|Brigadier)[ \t-]+General|General|Gen\.|"
    r"(?:Vice|Rear)[ \t]+Admiral|Admiral|Lieutenant[ \t-]+Colonel|Colonel|Col\.|Major|Captain|Capt\.|Lieutenant|"
    r"Commander|Commandant|Governor|Consul|Sergeant)[ \t]+"
    rf"(?P<name>{_ACCENTED}(?:[ \t]+{_ACCENTED}){{0,2}})(?![\w-])")
_NON_ASCII = re.compile(r"[\u00c0-\u00ff]")

_COUNT_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
               r"|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)")
HYPHEN_GUN_RE = re.compile(
    rf"(?<![\w-])(?P<q>(?P<n>{_COUNT_WORD}|\d{{1,4}})[ \t]+"
    r"(?P<u>(?:machine|field|mountain|siege|quick-firing|Gatling|Maxim|Krupp)-guns?|\d{1,3}-(?:pounders?|pdrs?)))(?![\w-])")

_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)"
TILL_DAY_RE = re.compile(
    rf"(?<![\w-])(?:till|until|Till|Until)[ \t]+the[ \t]+(?P<day>{_DAY})"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:and|when|at|in|of[ \t]+the[ \t]+same|after|before)\b|[ \t]*$)", re.M)


def _between(text: str, out: list) -> None:
    from pipeline.normalize.english_quantities import parse_number_en  # noqa: PLC0415

    for m in literal_finditer(BETWEEN_RE, text):
        b = m.start("b")
        if m.group("noun") and not any(c.label == "QUANTITY" and c.start == b for c in out):
            # the second end read as a year before a counted noun: `between 1700 and 1900 sepoys`
            b_end = m.end("noun")
            out[:] = [c for c in out if not (c.start < b_end and b < c.end and c.label in ("DATE", "QUANTITY"))]
            out.append(Candidate(b, b_end, "QUANTITY", "rule:en_between_count", 51,
                                 {"en_hint": {"value": int(parse_number_en(m.group("b").replace(",", "")) or 0),
                                              "unit": m.group("noun"), "approx": None}}))
        if not any(c.label == "QUANTITY" and c.start == b for c in out):
            continue                    # `between 1937 and 1945`: no counted noun after the second end
        start, end = m.span("a")
        if any(c.label == "QUANTITY" and c.start <= start and end <= c.end for c in out):
            continue
        value = parse_number_en(m.group("a").replace(",", ""))
        if not value:
            continue
        out[:] = [c for c in out if not (c.start < end and start < c.end and c.label in ("DATE", "QUANTITY"))]
        out.append(Candidate(start, end, "QUANTITY", "rule:en_between_count", 51,
                             {"en_hint": {"value": int(value), "unit": "", "approx": None}}))


def _accented_ranks(text: str, out: list) -> None:
    for m in RANK_ACCENT_RE.finditer(text):
        if not _NON_ASCII.search(m.group("name")):
            continue
        start, end = m.span("name")
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_rank_accented_person", 38, {}))


def _hyphen_guns(text: str, out: list) -> None:
    from pipeline.normalize.english_quantities import parse_number_en  # noqa: PLC0415

    for m in HYPHEN_GUN_RE.finditer(text):
        start, end = m.span("q")
        if any(c.start < end and start < c.end and c.label not in ("QUANTITY", "DATE") for c in out):
            continue
        value = parse_number_en(m.group("n").lower())
        if not value:
            continue
        out[:] = [c for c in out if not (c.start < end and start < c.end)]
        out.append(Candidate(start, end, "QUANTITY", "rule:en_hyphen_gun_count", 51,
                             {"en_hint": {"value": int(value), "unit": m.group("u"), "approx": None}}))


def _till_days(text: str, out: list) -> None:
    from pipeline.rules.english_numbers import DATE_PRIORITY  # noqa: PLC0415

    for m in literal_finditer(TILL_DAY_RE, text):
        start, end = m.span("day")
        if any(c.start < end and start < c.end for c in out):
            continue
        out.append(Candidate(start, end, "DATE", "rule:en_date", DATE_PRIORITY - 2))


HYPHENED_RE = re.compile(r"(?<![\w'\u2019-])(?P<p>[A-Z][a-z]{1,6}(?:-[A-Za-z][a-z]{1,6}){1,2})(?![\w-])")


def _hyphened_places(text: str, out: list) -> None:
    from pipeline.rules.english_grammar import PRIORITY  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in HYPHENED_RE.finditer(text):
        parts = m.group("p").split("-")
        label, zh = names.get(parts[0] + "".join(p.lower() for p in parts[1:]), (None, None))
        if label not in ("GPE", "LOC") or not zh:
            continue
        start, end = m.span("p")
        over = [c for c in out if c.start < end and start < c.end]
        if any(not (c.start == start and c.end == end and c.label in ("GPE", "LOC")) for c in over):
            continue                    # part of a longer name, or read as something else
        if any((c.norm or {}).get("zh") for c in over):
            continue
        out[:] = [c for c in out if c not in over]
        out.append(Candidate(start, end, label, "rule:en_hyphened_place", PRIORITY[label] + 1, {"zh": zh}))


def find_late_qing_forms(text: str, out: list) -> None:
    """Range ends after `between`, ranks before accented surnames, hyphenated gun counts, days after till/until."""
    if "etween" in text:
        _between(text, out)
    if _NON_ASCII.search(text):
        _accented_ranks(text, out)
    if "-gun" in text or "-pounder" in text or "-pdr" in text:
        _hyphen_guns(text, out)
    if "-" in text:
        _hyphened_places(text, out)
    if "ntil the" in text or "ill the" in text:
        _till_days(text, out)
