"""Ages said of a person outside the `aged 62` / `at the age of 45` / `a 19-year-old` / `Name, 52, said` forms.

`find_age_predicates(text, out)` (QUANTITY, unit "": spec rule 14, an age is a count), from session 33's cross-set
reading (helper w33enunit: ages missed in three development sets written by different annotators, and the same
shapes on veterans' interviews and war memoirs on the web):
- the age as a predicate of a person: a pronoun (`I`, `he`, `she`, `who`) or a capitalised name, `was|is|am|turned`
  or `'s`, an optional `only|just|barely|then|still|now` or an approximator, and the age, closed by what only an age
  takes there:
  `when`, `at the time`, `in` + a year, `on D-Day`, or a comma, semicolon or full stop (`He was 19 when he enlisted`,
  `I was about 24 when I was conscripted` -> `about 24`, `Smith was twenty, he had been`, `She's 92.`); not a lower-case
  subject (`the loss was 100`) nor a measure after the number (`was twenty miles`); after `turned` the age's time may
  follow (`He turned 94 in December`); after `who` only `when`, `at the time`, `on D-Day` or `in` + a year;
- the age at the time of writing: `Now 72, the veteran ...`, `Smith, now 81, recalls`;
- the age in apposition after a verb of speech and a name the earlier finders did not read (`said Andy, 66, standing`).
Every scan starts from a literal (` was `, ` is `, ` am `, ` turned `, `'s `, `Now `/`now `, a verb of speech).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_quantities import normalize_quantity_en
from pipeline.spans import Candidate

PRIORITY = 50

_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
AGE = (rf"(?:1[01]\d|[1-9]\d|[5-9](?!\d)|(?i:{_TENS}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen"
       r"|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen))(?![\w-]|[.,]\d)")
_QUALIFIER = r"(?:(?:only|just|barely|then|still|now|already)[ \t]+)?"
_APPROX = r"(?:(?:about|around|nearly|almost|over|under|roughly|approximately)[ \t]+)?"

VERB_RE = re.compile(r" (?:was|is|am|turned) |['\u2019]s ")
SUBJECT_RE = re.compile(r"(?<![\w'\u2019.-])(?P<s>[Ii]|[Hh]e|[Ss]he|who|[A-Z][a-z]{2,20})\Z")
AGE_AFTER_VERB = re.compile(rf"{_QUALIFIER}(?P<q>{_APPROX}(?P<n>{AGE}))"
                            r"(?=[ \t]+when\b|[ \t]+at[ \t]+the[ \t]+time\b|[ \t]+in[ \t]+1[6-9]\d\d\b|[ \t]+on[ \t]+D-Day\b"
                            r"|[ \t]*[,;](?![ \t]*\d)|\.(?![\w\d]))")
AGE_TURNED = re.compile(rf"(?P<q>(?P<n>{AGE}))")
# after 'turned' the age's own time may follow ('He turned 94 in December', 'turned 99 last Saturday')
TURNED_AFTER = re.compile(r"[ \t]+(?:in|on|last|this|that|when)\b|[ \t]*[,;](?![ \t]*\d)|\.(?![\w\d])")
# after 'who was' only what an age alone takes ('who was 22 on D-Day', 'who was 19 when'), not a bare comma
WHO_AFTER = re.compile(r"[ \t]+(?:when|at[ \t]+the[ \t]+time|on[ \t]+D-Day)\b|[ \t]+in[ \t]+1[6-9]\d\d\b")
NOW_RE = re.compile(rf"[Nn]ow[ \t]+(?P<q>{_APPROX}(?P<n>{AGE})),[ \t]+(?P<next>the\b|he\b|she\b|[A-Z]|[a-z])")
SAID_RE = re.compile(r"(?:said|says|recalled|recalls|added|adds|explained|explains|remembered|remembers|told)[ \t]+"
                     r"(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+,[ \t](?P<q>(?P<n>1[01]\d|[1-9]\d)),[ \t]+[a-z]")
# capitalised words that begin a clause and name no person ('It was 10,' 'Total was 25,')
_NOT_SUBJECTS = frozenset("""It This That There Which What Who Where When Total Strength Score Number Time Loss Losses
Casualties Toll Figure Result Count Age Height Depth Distance Range Speed Temperature""".split())
# the pronoun's contraction ('she's'), not a possessive ('Smith's 12 guns')
_CONTRACTED_SUBJECT = frozenset({"he", "He", "she", "She"})


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from pipeline.lexicons import read_words  # noqa: PLC0415

    return frozenset(read_words("en_common_words.txt"))


def _add(text: str, m: re.Match, out: list) -> None:
    start, end = m.start("q"), m.end("q")
    if any(c.label == "QUANTITY" and c.start < end and start < c.end for c in out):
        return
    norm = normalize_quantity_en(text[start:end])
    if norm["value"] is None or not 1 < norm["value"] < 120:
        return
    out.append(Candidate(start, end, "QUANTITY", "rule:en_age_predicate", PRIORITY, {**norm, "unit": ""}))


def find_age_predicates(text: str, out: list) -> None:
    """Append a QUANTITY for each age said of a person in a predicate, after `now` or after a speech verb's name."""
    for v in VERB_RE.finditer(text):
        turned = text.startswith(" turned ", v.start())
        m = (AGE_TURNED if turned else AGE_AFTER_VERB).match(text, v.end())
        if not m or (turned and not TURNED_AFTER.match(text, m.end())):
            continue
        s = SUBJECT_RE.search(text, max(0, v.start() - 22), v.start())
        if not s:
            continue
        subj = s.group("s")
        if subj == "who" and (turned or not WHO_AFTER.match(text, m.end())):
            continue
        if text[v.start()] != " " and subj not in _CONTRACTED_SUBJECT:
            continue
        if subj[0].isupper() and subj not in ("I", "He", "She"):
            if subj in _NOT_SUBJECTS or subj.lower() in _common_words():
                continue
            if any(c.label != "PERSON" and c.start < s.end() and s.start() < c.end for c in out):
                continue            # a place, unit or body ('Nanking was ten,'): no age
        _add(text, m, out)
    if "ow " in text:
        for m in NOW_RE.finditer(text):
            # 'Now 72, the veteran' opens a sentence; a lower-case 'now' stands in apposition (', now 81,')
            if m.start() and text[m.start() - 1].isalnum():
                continue
            nxt = m.group("next")
            if text[max(0, m.start() - 2):m.start()] == ", " and text[m.start()] == "n":
                _add(text, m, out)
            elif text[m.start()] == "N" and (nxt in ("the", "he", "she") or nxt.isupper()):
                _add(text, m, out)
    if ", " in text:
        for m in SAID_RE.finditer(text):
            _add(text, m, out)
