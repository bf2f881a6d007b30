"""Forms of English pages on the campaigns of 1937-1945 translated from Chinese (session 14, helper auditen10, from an
audit of English battle pages on Wuhan 1938, Zaoyang-Yichang 1940 and West Hubei 1943: machine-translated features,
campaign summaries, wire reports).

- `the Fifth Theater`, `the 9th Theatre Zone`: English renderings of 第五战区 / 第九战区. A theatre written with an
  ordinal is a designation with its echelon (spec: MIL_UNIT, echelon 战区 like `5th War Zone`); named theatres
  (`the Pacific Theater`, `the China Burma India Theater`) carry no ordinal and stay LOC.
- `the Huang Qixiang Department of the 11th Group Army`: a translation of 黄琪翔部, a person's possessive force, which
  the spec tags as the PERSON only (rule 1: 汤恩伯部 -> 汤恩伯). A `Department` after a name whose every word is one
  or two pinyin syllables is that person's force; the ORG reading of the head-word grammar is dropped.
- `Muqiao Creek`: a creek named by a capitalised word is a LOC (a watercourse, like `X River`).
  (session 27, s27enper) So are the other heads of a watercourse: `the Mangakino Stream`, `Bushy Brook`, `the Vals
  Spruit` (the Afrikaans word of South African war maps); a listed given name before Brook or Stream is a person's.
- `Even Japanese admitted ...`: a national adjective standing alone is no name; the bare-surname reading of a
  capitalised word before a verb (english_surname_verbs) is dropped for the words of demonyms_en.tsv, and with it the
  other one-word mentions read from it.
- `Lt. Gen. Liu Xing—Yangtze River Defense Commander`: an em dash written without spaces between a name and the
  next words separates them; a place, structure, organisation or unit read across it keeps only its part after the
  dash (rule 13: a span never crosses punctuation), so the person before it is read by the rank grammar.
- `...Defense Commander\nVice Adm. Zeng Yiding`: a rank abbreviation with its full stop is no name, though a rank
  word at the end of the line before reads it as one.
- `four and a half months`, `two and a half years`: a duration or distance with a half is one QUANTITY (value 4.5,
  unit `months`), not the bare count `two`.
- `More than one million National Revolutionary Army troops`: a count in words with its scale before a name that
  heads the counted noun is the QUANTITY `More than one million` (unit ``), as `Over 200,000` before `Kuomintang
  troops`; the name is its own span.
- `NANJING - A museum opened`: a news dateline in capitals before a spaced hyphen (english_book_forms reads it before
  a date or a dash; wire reports also write ` - ` and ` -- `) is the place, when the lexicon knows it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_unit_values import parse_ordinal
from pipeline.rules.english_lexicon import demonyms
from pipeline.rules.english_place_context import person_words
from pipeline.spans import Candidate

THEATER_RE = re.compile(
    r"(?<![\w-])(?P<u>(?:(?P<w>First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth)"
    r"|(?P<n>[1-9]|1[0-2])(?:st|nd|rd|th))[ \t]+(?:Theater|Theatre)(?:[ \t]+(?:Zone|Area))?)"
    r"(?![\w-]|[ \t]+(?:of[ \t]+(?:Operations|War)|Army|Armies|Command|Commander|Headquarters|[A-Z]))")
THEATER_PRIORITY = 61

DEPARTMENT_RE = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{1,5}(?:[ \t]+[A-Z][a-z]{1,11}){1,2})[ \t]+Department(?![\w-])")
PERSON_PRIORITY = 70

CREEK_RE = re.compile(r"(?<![\w'\u2019-])(?P<l>(?:[A-Z][a-z]{2,15}[ \t]+){1,2}(?P<h>Creek|Stream|Brook|Spruit))(?![\w-])")
CREEK_STOP = frozenset("The A An In At On Of From To By Near And Or This That Its His Their Our".split())
CREEK_PRIORITY = 41

EM_DASH_RE = re.compile(r"(?<=\w)\u2014(?=[A-Z])")
DASH_LABELS = ("LOC", "GPE", "FAC", "ORG", "EVENT", "MIL_UNIT")
RANK_ABBREVIATION_END = re.compile(r"(?:^|[ \t])(?:Adm|Gen|Col|Lt|Maj|Capt|Brig|Sgt|Cdr|Cmdr)$")

_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|"
                r"sixty|seventy|eighty|ninety|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en)")
_APPROX = (r"(?:[Mm]ore[ \t]+than|[Oo]ver|[Aa]bout|[Nn]early|[Aa]lmost|[Ss]ome|[Aa]round|[Aa]pproximately|[Rr]oughly|"
           r"[Aa]t[ \t]+least|[Uu]p[ \t]+to|[Ff]ewer[ \t]+than|[Ll]ess[ \t]+than)")
HALF_RE = re.compile(
    rf"(?<![\w-])(?P<q>(?:(?P<ap>{_APPROX})[ \t]+)?(?P<n>{_NUMBER_WORD}|\d{{1,3}})[ \t]+and[ \t]+a[ \t]+half[ \t]+"
    r"(?P<u>years|months|weeks|days|hours|miles|kilometres|kilometers|centuries|decades))(?![\w-])")
SCALED_WORDS_RE = re.compile(
    rf"(?<![\w-])(?P<q>(?:(?P<ap>{_APPROX})[ \t]+)?(?P<n>{_NUMBER_WORD}|[Aa]|[Hh]alf[ \t]+a)[ \t]+"
    r"(?:hundred[ \t]+thousand|thousand|million))(?=[ \t]+[A-Z][a-z])")

DATELINE_RE = re.compile(r"(?m)^(?P<p>[A-Z]{3,}(?:[ \t][A-Z]{3,})?)(?=[ \t]+-{1,2}[ \t]+[A-Z])")


@lru_cache(maxsize=1)
def _syllables() -> frozenset[str]:
    from pipeline.rules.english_romanise import pinyin_syllables  # noqa: PLC0415

    return pinyin_syllables()


def _splits(word: str, parts: int) -> bool:
    """Whether the lower-cased word is a run of 1..parts pinyin syllables."""
    syllables = _syllables()
    if word in syllables:
        return True
    return parts > 1 and any(word[:i] in syllables and _splits(word[i:], parts - 1) for i in range(1, len(word)))


def _pinyin_name(name: str) -> bool:
    words = name.split()
    return _splits(words[0].lower(), 1) and all(_splits(w.lower(), 2) for w in words[1:])


def _theaters(text: str, out: list) -> None:
    for m in THEATER_RE.finditer(text):
        number = parse_ordinal(m.group("w") or m.group("n"))
        start, end = m.span("u")
        out[:] = [c for c in out if not (c.start < end and start < c.end and c.label in ("LOC", "ORG", "GPE"))]
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_numbered_theater", THEATER_PRIORITY,
                             {"numbers": [number], "echelon": "战区", "echelon_key": "war_area", "prefix": "",
                              "side": "ROC", "id": f"ROC/war_area/{number}"}))


def _departments(text: str, out: list) -> None:
    for m in DEPARTMENT_RE.finditer(text):
        if not _pinyin_name(m.group("name")):
            continue
        start, end = m.span("name")
        out[:] = [c for c in out if not (c.start < m.end() and start < c.end and c.label in ("ORG", "GPE", "LOC", "FAC"))]
        out.append(Candidate(start, end, "PERSON", "rule:en_person_department", PERSON_PRIORITY, {}))


def _creeks(text: str, out: list) -> None:
    for m in CREEK_RE.finditer(text):
        start, words = m.start("l"), m.group("l").split()
        while len(words) > 1 and words[0] in CREEK_STOP:
            start += len(words.pop(0)) + 1
        if len(words) < 2:
            continue                    # no name left before the head ('The Creek')
        if m.group("h") != "Creek" and words[0] in person_words():
            continue                    # a given name before Brook or Stream is a person's ('Peter Brook')
        end = m.end("l")
        if any(c.start < start and end <= c.end for c in out):
            continue                    # inside a longer name ('Battle of Bloody Creek')
        out[:] = [c for c in out if not (start <= c.start and c.end <= end and c.label in ("GPE", "LOC"))]
        out.append(Candidate(start, end, "LOC", "rule:en_creek", CREEK_PRIORITY, {}))


def _em_dashes(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for c in [c for c in out if c.label in DASH_LABELS]:
        dashes = list(EM_DASH_RE.finditer(text, c.start, c.end))
        if not dashes:
            continue
        out.remove(c)
        start = dashes[-1].end()
        if c.end - start < 3:
            continue
        norm = {} if c.label in ("GPE", "LOC", "FAC") else c.norm
        known = names.get(text[start:c.end])
        if c.label in ("GPE", "LOC", "FAC") and known and known[0] in ("GPE", "LOC", "FAC"):
            norm = {"zh": known[1]}
        out.append(Candidate(start, c.end, c.label, c.source + "+dash", c.priority, norm))


def _rank_abbreviations(text: str, out: list) -> None:
    out[:] = [c for c in out if not (c.label == "PERSON" and text.startswith(".", c.end)
                                     and RANK_ABBREVIATION_END.search(text, c.start, c.end))]


def _approx(word: str | None) -> str | None:
    from pipeline.normalize.english_quantities import APPROX  # noqa: PLC0415

    return APPROX.get(re.sub(r"\s+", " ", word.lower())) if word else None


def _halves(text: str, out: list) -> None:
    from pipeline.normalize.english_quantities import parse_number_en  # noqa: PLC0415

    for m in HALF_RE.finditer(text):
        start, end = m.span("q")
        out[:] = [c for c in out if not (c.start < end and start < c.end and c.label in ("QUANTITY", "DATE"))]
        value = (parse_number_en(m.group("n").lower()) or 0) + 0.5
        out.append(Candidate(start, end, "QUANTITY", "rule:en_and_a_half", 51,
                             {"en_hint": {"value": value, "unit": m.group("u"), "approx": _approx(m.group("ap"))}}))


def _scaled_words(text: str, out: list) -> None:
    from pipeline.normalize.english_quantities import parse_number_en  # noqa: PLC0415

    for m in SCALED_WORDS_RE.finditer(text):
        start, end = m.span("q")
        if any(c.start < end and start < c.end for c in out):
            continue
        core = m.group("q")[m.start("n") - start:].lower()
        value = parse_number_en(re.sub(r"\s+", " ", core))
        if not value:
            continue
        out.append(Candidate(start, end, "QUANTITY", "rule:en_scaled_words", 51,
                             {"en_hint": {"value": int(value), "unit": "", "approx": _approx(m.group("ap"))}}))


def _datelines(text: str, out: list) -> None:
    from pipeline.rules.english import PRIORITY  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in DATELINE_RE.finditer(text):
        start, end = m.span("p")
        if any(c.start < end and start < c.end for c in out):
            continue
        form = " ".join(w[0] + w[1:].lower() for w in m.group("p").split())
        label, zh = names.get(form, (None, None))
        if label in ("GPE", "LOC"):
            out.append(Candidate(start, end, label, "rule:en_dash_dateline", PRIORITY[label] + 1, {"zh": zh}))


def find_campaign_forms(text: str, out: list) -> None:
    """Numbered theatres, `<pinyin name> Department` forces, creeks, datelines before a spaced hyphen; no demonym
    is a PERSON."""
    if "Theat" in text:
        _theaters(text, out)
    if "Department" in text:
        _departments(text, out)
    if "Creek" in text or "Stream" in text or "Brook" in text or "Spruit" in text:
        _creeks(text, out)
    if " -" in text:
        _datelines(text, out)
    if "\u2014" in text:
        _em_dashes(text, out)
    if "and a half" in text:
        _halves(text, out)
    if "thousand" in text or "million" in text:
        _scaled_words(text, out)
    if "." in text:
        _rank_abbreviations(text, out)
    peoples = demonyms()
    out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end] in peoples)]
