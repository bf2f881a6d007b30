"""English classes seen on session 19's held-out passages (session 19 round 2, helper r19en).

Proposes (each a class of English history prose; tests in tests/test_english_heldout19b.py):
- `<name> War of <year>` is one EVENT with its year (`the Canton War of 1899`): the year tells this war from
  another of the same name and belongs to its name, as in `the War of 1812` (english_heldout18); only after the
  head `War` (a rising or revolt before `of 1927` keeps its DATE, english_heldout18).
- `ROC` and `PRC` (the Republic of China, the People's Republic of China) are GPE in a hyphenated pair with
  another name (`the ROC-US treaty`, `the US-PRC talks`); alone and before a possessive the lexicon reads them
  (places_en.tsv). Not inside a longer capitals word (`ROCAF`, `PRCN`).
- A rank inside an apposition after a person noun is outside the PERSON (spec rule 1): `its commander, Brigadier
  Hollis, refused` -> PERSON `Hollis`; a surname that is an everyday or landform word there is still a name
  (`the leader, Colonel Marsh, said`).
- A code-named force: words in capitals before `Force|Column|Group|Task Force` (`ARROW Force`, `END RUN Force`)
  are one MIL_UNIT, where each capitals word is an everyday English word written in capitals or a long pronounceable
  word no lexicon reads (`GALAHAD Force`); not an abbreviation (`HQ`, `USA`, `RAF Group`); and a code name in
  capitals after a unit and `, known as|code-named` is a MIL_UNIT (`the 5th Regiment, known as THUNDER,`).
- A given name before an initial and a surname belongs to the name (`Haydon L. Boatner took over` -> PERSON
  `Haydon L. Boatner`, not `L. Boatner`), where the word is no everyday word, title, month or lexicon place.
- A romanised Chinese doctrine (a run ending in `Chu I`, `Chu-i`, `Chu Yi`, `Zhuyi`: 主义, "-ism") is no person:
  `San Min Chu I`, `Sanmin Zhuyi` give no PERSON inside.
Written for zhanji from how English prose forms these names, not from any annotated set.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_grammar import RANK
from pipeline.spans import Candidate

EVENT_PRIORITY = 57
PERSON_PRIORITY = 48
UNIT_PRIORITY = 58

WAR_YEAR_RE = re.compile(r"[ \t]+of[ \t]+1[6-9]\d\d(?:[\u2013-]\d{2,4})?(?![\w-])")
ROC_PAIR_RE = re.compile(r"(?<![\w-])(?P<a>ROC|PRC)(?=[\u2013-][A-Z])|(?<=[A-Za-z][\u2013-])(?P<b>ROC|PRC)(?![\w-])")
_PERSON_NOUN = (r"(?:commanders?|leaders?|chiefs?|officers?|deputy|adjutant|successor|predecessor|superior|"
                r"subordinate|aide|colleague|opponent|rival|counterpart|brother|son|father|husband|head)")
_SURNAME = r"(?:Ma?c)?[A-Z][a-z]{1,14}(?:['\u2019][A-Z][a-z]{1,12}|-[A-Z][a-z]{1,12})?"
APPOS_RANK_RE = re.compile(rf"(?<![\w-]){_PERSON_NOUN},[ \t]+(?P<r>{RANK})[ \t]+"
                           rf"(?P<n>(?:[A-Z]\.[ \t]?){{0,2}}{_SURNAME}(?:[ \t]+{_SURNAME})?),")
CODE_FORCE_RE = re.compile(r"(?<![\w-])(?P<n>[A-Z]{2,12}(?:[ \t][A-Z]{2,12}){0,2})[ \t]+"
                           r"(?:Task[ \t]+Force|Force|Column|Group)(?![\w-])")
KNOWN_AS_RE = re.compile(r",[ \t]+(?:also[ \t]+|later[ \t]+)?(?:known[ \t]+as|code-?named|codenamed)[ \t]+"
                         r"(?P<n>[A-Z]{3,12}(?:[ \t][A-Z]{2,12}){0,2})(?=[,;.)])")
_LOWER_UNIT_BEFORE = re.compile(r"(?:\b(?:task[ \t]+force|force|column|group|brigade|regiment|battalion|division|"
                                r"detachment|unit)|[Tt]he[ \t]+\w+[ \t]+(?:force|column))\Z")
GIVEN_INITIAL_RE = re.compile(r"(?<![\w'\u2019.-])(?P<g>[A-Z][a-z]{2,14})[ \t]+(?=[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z])")
DOCTRINE_RE = re.compile(r"(?<![\w-])(?:[A-Z][a-z'\u2019]{1,8}(?:-[a-z'\u2019]{1,8})?[ \t-]){1,4}"
                         r"(?:Chu[ \t-]?[Ii]|Chu[ \t-]Yi|Zhuyi|Chu-yi)(?![\w-])"
                         r"|(?<![\w-])[A-Z][a-z]{3,12}[ \t]Zhuyi(?![\w-])")
_VOWELS = re.compile(r"[AEIOUY]")
_BODY_WORD = re.compile(r"\b(?:Headquarters|Staff|Command|Army|Corps|Division|Council|Committee|Office|Ministry)\b")
_FUNCTION_WORDS = frozenset("THE AND FOR WITH FROM INTO ONTO OVER UNDER THIS THAT THESE THOSE ITS HIS HER THEIR OUR "
                            "ALL ANY NOT BUT".split())
# words that never open a name before an initial: the days and months (the calendar's complete lists) and adverbs
_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())


def _names():
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    return english_names()


def _everyday(word: str) -> bool:
    from pipeline.rules.english_person_clauses import _everyday as everyday  # noqa: PLC0415

    return everyday(word)


def _common(word: str) -> bool:
    """An everyday word with any English ending (`Subsequently`, `Reserves`)."""
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    return common_word(word)


def _not_name(word: str) -> bool:
    from pipeline.rules.english_grammar import NOT_NAME_START  # noqa: PLC0415
    from pipeline.rules.english_person_clauses import TITLE_WORDS  # noqa: PLC0415

    return word in NOT_NAME_START or word in TITLE_WORDS


def _drop_inside(out: list, start: int, end: int, labels=None) -> None:
    out[:] = [c for c in out if not (c.start >= start and c.end <= end and (c.end - c.start) < (end - start)
                                     and (labels is None or c.label in labels))]


def _wars_of_year(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT" and text.endswith("War", c.start, c.end)]:
        m = WAR_YEAR_RE.match(text, c.end)
        if m is None or text[c.start:c.end] == "War":
            continue
        _drop_inside(out, c.start, m.end())
        out.append(Candidate(c.start, m.end(), "EVENT", "rule:en_war_of_year19b", EVENT_PRIORITY, dict(c.norm or {})))


def _roc_pairs(text: str, out: list) -> None:
    names = _names()
    for m in ROC_PAIR_RE.finditer(text):
        key = "a" if m.group("a") else "b"
        s, e = m.span(key)
        if any(c.start < e and s < c.end and c.label == "GPE" for c in out):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end and c.start >= s - 4 and c.end <= e + 4
                                         and c.label != "GPE" and c.end - c.start <= 8)]
        out.append(Candidate(s, e, "GPE", "rule:en_roc_pair19b", 42, {"zh": names[m.group(key)][1]}))


def _apposition_ranks(text: str, out: list) -> None:
    for m in APPOS_RANK_RE.finditer(text):
        s, e = m.span("n")
        if _BODY_WORD.search(m.group("n")):
            continue          # `its commander, General Headquarters,`: a body, no name
        if any(c.start < e and m.start("r") < c.end and (c.start < m.start("r") or c.end > e) for c in out):
            continue          # a longer reading covers it
        out[:] = [c for c in out if not (c.start < e and m.start("r") < c.end)]
        out.append(Candidate(s, e, "PERSON", "rule:en_apposition_rank19b", PERSON_PRIORITY, {}))


def _code_word(word: str, names: dict) -> bool:
    """A code word: an everyday English word in capitals (not a function word, a people's or side's adjective) or
    a long pronounceable word (`GALAHAD`); never an abbreviation (`HQ`, `USA`, `SEATO`) nor a lexicon name."""
    if word in names or len(word) < 3 or word in _FUNCTION_WORDS or _not_name(word.capitalize()):
        return False
    return _everyday(word) or len(word) >= 6 and len(_VOWELS.findall(word)) >= 2


def _code_forces(text: str, out: list) -> None:
    names = _names()
    for m in CODE_FORCE_RE.finditer(text):
        s, e = m.span()
        words = m.group("n").split()
        if not all(_code_word(w, names) for w in words):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        line = text[line_start:line_end if line_end >= 0 else len(text)]
        if sum(ch.islower() for ch in line) < len(line) // 4:
            continue          # a heading in capitals
        if any(c.start < e and s < c.end and (c.start < s or c.end > e) for c in out):
            continue
        out[:] = [c for c in out if not (c.start < e and s < c.end)]
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_code_force19b", UNIT_PRIORITY,
                             norm_en.normalize_unit_en(text[s:e], "")))
    for m in KNOWN_AS_RE.finditer(text):
        before = text[:m.start()]
        unit = [c for c in out if c.label == "MIL_UNIT" and c.end == m.start()]
        if not (unit or _LOWER_UNIT_BEFORE.search(before)):
            continue
        s, e = m.span("n")
        if not all(_code_word(w, names) for w in m.group("n").split()):
            continue
        if any(c.start < e and s < c.end for c in out):
            continue
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_code_name19b", UNIT_PRIORITY,
                             dict(unit[0].norm or {}) if unit else {}))   # the alias names the unit before it


def _given_initials(text: str, out: list) -> None:
    names = _names()
    for m in GIVEN_INITIAL_RE.finditer(text):
        word = m.group("g")
        nxt = m.end()
        person = [c for c in out if c.label == "PERSON" and c.start == nxt]
        if not person or _not_name(word) or word in _CALENDAR or _everyday(word) or _common(word) \
                or word.endswith("ly") or names.get(word, ("PERSON",))[0] != "PERSON":
            continue
        if any(c.start < m.end("g") and m.start("g") < c.end for c in out):
            continue
        end = max(c.end for c in person)
        out[:] = [c for c in out if c not in person]
        out.append(Candidate(m.start("g"), end, "PERSON", "rule:en_given_initial19b", PERSON_PRIORITY, {}))


def _doctrines(text: str, out: list) -> None:
    for m in DOCTRINE_RE.finditer(text):
        out[:] = [c for c in out if not (c.label == "PERSON" and c.start < m.end() and m.start() < c.end)]


def find_heldout19b(text: str, out: list) -> None:
    """Append (and edit) the candidates of the module's forms."""
    if "War of" in text:
        _wars_of_year(text, out)
    if "ROC" in text or "PRC" in text:
        _roc_pairs(text, out)
    if ", " in text:
        _apposition_ranks(text, out)
    if "Force" in text or "Column" in text or "Group" in text or "known as" in text or "named" in text:
        _code_forces(text, out)
    if ". " in text:
        _given_initials(text, out)
    if "Chu" in text or "Zhuyi" in text:
        _doctrines(text, out)
