"""Where an English person name starts and stops: ranks in appositions, given names before initials, doctrines.

- `find_apposition_ranks(text, out)`: a rank inside an apposition after a person noun is outside the PERSON (spec rule
  1): `its commander, Brigadier Hollis, refused` -> PERSON `Hollis`; a surname that is an everyday or landform word
  there is still a name (`the leader, Colonel Marsh, said`).
- `find_given_initials_doctrines(text, out)`: a given name before an initial and a surname belongs to the name
  (`Haydon L. Boatner took over` -> PERSON `Haydon L. Boatner`, not `L. Boatner`), where the word is no everyday word,
  title, month or lexicon place; a romanised Chinese doctrine (a run ending in `Chu I`, `Chu-i`, `Chu Yi`, `Zhuyi`:
  主义)
  is no person: `San Min Chu I`, `Sanmin Zhuyi` give no PERSON inside.

Provenance: first seen on session 19's held-out English passages (session 19 round 2, helper r19en; split out of
english_heldout19b in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import RANK
from pipeline.spans import Candidate
from pipeline.rules.english_roc_prc_pairs import lexicon_names

PERSON_PRIORITY = 48

_PERSON_NOUN = (r"(?:commanders?|leaders?|chiefs?|officers?|deputy|adjutant|successor|predecessor|superior|"
                r"subordinate|aide|colleague|opponent|rival|counterpart|brother|son|father|husband|head)")
_SURNAME = r"(?:Ma?c)?[A-Z][a-z]{1,14}(?:['\u2019][A-Z][a-z]{1,12}|-[A-Z][a-z]{1,12})?"
APPOS_RANK_RE = re.compile(rf"(?<![\w-]){_PERSON_NOUN},[ \t]+(?P<r>{RANK})[ \t]+"
                           rf"(?P<n>(?:[A-Z]\.[ \t]?){{0,2}}{_SURNAME}(?:[ \t]+{_SURNAME})?),")

GIVEN_INITIAL_RE = re.compile(r"(?<![\w'\u2019.-])(?P<g>[A-Z][a-z]{2,14})[ \t]+(?=[A-Z]\.[ \t]?(?:[A-Z]\.[ \t]?)?[A-Z][a-z])")
DOCTRINE_RE = re.compile(r"(?<![\w-])(?:[A-Z][a-z'\u2019]{1,8}(?:-[a-z'\u2019]{1,8})?[ \t-]){1,4}"
                         r"(?:Chu[ \t-]?[Ii]|Chu[ \t-]Yi|Zhuyi|Chu-yi)(?![\w-])"
                         r"|(?<![\w-])[A-Z][a-z]{3,12}[ \t]Zhuyi(?![\w-])")

_BODY_WORD = re.compile(r"\b(?:Headquarters|Staff|Command|Army|Corps|Division|Council|Committee|Office|Ministry)\b")

# words that never open a name before an initial: the days and months (the calendar's complete lists) and adverbs
_CALENDAR = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
                      "July August September October November December".split())


def _everyday(word: str) -> bool:
    from pipeline.rules.english_person_clauses import everyday_word as everyday  # noqa: PLC0415

    return everyday(word)


def _common(word: str) -> bool:
    """An everyday word with any English ending (`Subsequently`, `Reserves`)."""
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    return common_word(word)


def not_name(word: str) -> bool:
    from pipeline.rules.english_grammar import NOT_NAME_START  # noqa: PLC0415
    from pipeline.rules.english_person_clauses import TITLE_WORDS  # noqa: PLC0415

    return word in NOT_NAME_START or word in TITLE_WORDS


def _apposition_ranks(text: str, out: list) -> None:
    for m in APPOS_RANK_RE.finditer(text):
        s, e = m.span("n")
        if _BODY_WORD.search(m.group("n")):
            continue          # `its commander, General Headquarters,`: a body, no name
        if any(c.start < e and m.start("r") < c.end and (c.start < m.start("r") or c.end > e) for c in out):
            continue          # a longer reading covers it
        out[:] = [c for c in out if not (c.start < e and m.start("r") < c.end)]
        out.append(Candidate(s, e, "PERSON", "rule:en_apposition_rank19b", PERSON_PRIORITY, {}))


def _given_initials(text: str, out: list) -> None:
    names = lexicon_names()
    for m in GIVEN_INITIAL_RE.finditer(text):
        word = m.group("g")
        nxt = m.end()
        person = [c for c in out if c.label == "PERSON" and c.start == nxt]
        if not person or not_name(word) or word in _CALENDAR or _everyday(word) or _common(word) \
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


def find_apposition_ranks(text: str, out: list) -> None:
    if ", " in text:
        _apposition_ranks(text, out)


def find_given_initials_doctrines(text: str, out: list) -> None:
    if ". " in text:
        _given_initials(text, out)
    if "Chu" in text or "Zhuyi" in text:
        _doctrines(text, out)
