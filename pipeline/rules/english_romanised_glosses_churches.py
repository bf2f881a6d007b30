"""English ORG, MIL_UNIT and EVENT forms the other finders miss (session 20, helper s20en: label audit of English
MIL_UNIT/ORG/EVENT on 16 passages from 16 sites; see english_unit_tails_columns for the list of topics).

- A name's other form in the parenthesis right after an ORG or MIL_UNIT is the same kind of entity (as a battle's
  other name in brackets is an EVENT, docs/annotation-guidelines.md session 16): a romanised Chinese name of one to
  four words, every word made of romanised syllables (`the Green Gang (Ch'ing Pang)`, `the Elder Brothers Society
  (Ko-lao Hui)` -> ORG; not a PERSON), and, after a MIL_UNIT, an abbreviation in capitals with or without a
  glued number (`the 2nd Battalion, Royal X Regiment (2RXR)` -> MIL_UNIT). Not a rank or title with a name
  (`the 10th Division (Commander Chen)`), nor a word of English.
- Religious bodies are ORG (guideline: a named organisation that is not a military formation): an order named
  `Sisters|Brothers|Daughters|Fathers of X` (`the Sisters of Charity`, `the Little Sisters of the Poor`), a
  capitalised order before `Sisters|Fathers` after `the` (`the Ursuline Sisters`; not a people's adjective: `the
  Chinese Sisters` are nuns), a church named by its denomination (`the Methodist Episcopal Church`, `the Roman
  Catholic Church`, `the Russian Orthodox Church`; the denomination words are the families of Christian churches:
  Catholic, Orthodox, Protestant, Anglican, Episcopal, Methodist, Presbyterian, Baptist, Lutheran, Congregational,
  Reformed, Evangelical, Adventist, Pentecostal, Mennonite, Moravian, Apostolic, Nestorian), and `the Church of X`
  for a country or Christ (`the Church of England`, `the Church of Christ in China`; not `Church of St X`). A
  church named by a saint or a street is a building (FAC elsewhere), untouched.
- A regiment named by a county, town or colonel with a lower-case head (`the Suffolk regiment`, `men of the
  Gordon regiment`): one MIL_UNIT, echelon 团 (as `Middlesex Regiment`). Not after a people's adjective (`the
  Chinese regiment`), a possessive (`Ward's regiment`) or a number.
- A Korean-war style campaign named by its ordinal phase with a lower-case head (`the Fourth phase campaign`,
  `the Second phase offensive`): one EVENT, as `Third Phase Offensive` is. The ordinal capitalised (a lower-case
  `the first phase of the offensive` names nothing).
Cheap: each part is gated on a literal of its form (`(`, `Sisters`/`Brothers`/`Daughters`/`Fathers`, `Church`,
`regiment`, `phase`).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_PAREN = re.compile(r"[ \t]*\((?P<g>[^()\n]{2,40})\)")
_ROMAN_WORD = re.compile(r"[A-Za-z][a-z]*(?:['\u2019][a-z]+)?(?:-[a-z]+(?:['\u2019][a-z]+)?)*$")
_ACRONYM = re.compile(r"\d{0,2}[A-Z]{2,6}$")
_TITLE_WORDS = frozenset("Commander General Colonel Major Captain Lieutenant Marshal Admiral Brigadier Governor "
                         "Chairman President Minister Mr Mr. Mrs Dr Dr. Sir Lord Prince King Emperor".split())

_ORDER = re.compile(r"(?<![\w-])(?:(?:Little|Holy|Poor|Grey|Gray|White|Blue)[ \t]+)?(?:Sisters|Brothers|Daughters"
                    r"|Fathers)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}(?![\w-])")
_ORDER_BEFORE = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<o>[A-Z][a-z]{2,20}[ \t]+(?:Sisters|Fathers))(?![\w-])"
                           r"(?![ \t]+of\b)")
_DENOMINATIONS = ("Catholic|Orthodox|Protestant|Anglican|Episcopal|Methodist|Presbyterian|Baptist|Lutheran"
                  "|Congregational|Reformed|Evangelical|Adventist|Pentecostal|Mennonite|Moravian|Apostolic|Nestorian")
_CHURCH = re.compile(r"(?<![\w-])(?:[A-Z][a-z]+[ \t]+){0,2}(?:" + _DENOMINATIONS + r")(?:[ \t]+(?:" + _DENOMINATIONS
                     + r"))?[ \t]+Church(?![\w-])")
_CHURCH_OF = re.compile(r"(?<![\w-])Church[ \t]+of[ \t]+(?:Christ(?:[ \t]+in[ \t]+[A-Z][a-z]+)?|(?P<p>[A-Z][a-z]+))"
                        r"(?![\w-])")
_REGIMENT = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<u>(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+regiment)"
                       r"(?![\w-])")
_PHASE = re.compile(r"(?<![\w-])(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)[ \t]+[Pp]hase[ \t]+(?:[Cc]ampaign"
                    r"|[Oo]ffensive)(?![\w-])")


def _overlaps(out: list, s: int, e: int, labels: tuple) -> bool:
    return any(c.start < e and s < c.end and c.label in labels for c in out)


def _replace(out: list, s: int, e: int, cand: Candidate, drop: tuple) -> None:
    for c in [c for c in out if c.start < e and s < c.end and c.label in drop]:
        out.remove(c)
    out.append(cand)


def _glosses(text: str, out: list) -> None:
    from pipeline.rules.english_syllables import romanised_syllables  # noqa: PLC0415
    syllables = None
    for a in [c for c in out if c.label in ("ORG", "MIL_UNIT")]:
        m = _PAREN.match(text, a.end)
        if not m:
            continue
        g, gs, ge = m.group("g").strip(), m.start("g"), m.end("g")
        gs += len(m.group("g")) - len(m.group("g").lstrip())
        ge = gs + len(g)
        words = g.split()
        if a.label == "MIL_UNIT" and len(words) == 1 and _ACRONYM.match(g):
            if not _overlaps(out, gs, ge, ("MIL_UNIT",)):
                _replace(out, gs, ge, Candidate(gs, ge, "MIL_UNIT", "rule:en_unit_gloss_acronym", 62,
                                                dict(a.norm or {})), ("ORG", "PERSON", "GPE", "LOC"))
            continue
        if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or words[0].rstrip(".") in _TITLE_WORDS:
            continue
        if syllables is None:
            syllables = romanised_syllables()[1]
        ok = True
        for w in words:
            if not _ROMAN_WORD.match(w):
                ok = False
                break
            for part in re.sub(r"['\u2019]", "", w.lower()).split("-"):
                if part not in syllables:
                    ok = False
                    break
            if not ok:
                break
        if not ok or _overlaps(out, gs, ge, (a.label,)):
            continue
        norm = {} if a.label == "ORG" else dict(a.norm or {})
        _replace(out, gs, ge, Candidate(gs, ge, a.label, "rule:en_romanised_gloss", 62, norm),
                 ("PERSON", "GPE", "LOC", "ORG"))


def _orders(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    for m in _ORDER.finditer(text):
        if not _overlaps(out, m.start(), m.end(), ("ORG",)):
            _replace(out, m.start(), m.end(), Candidate(m.start(), m.end(), "ORG", "rule:en_religious_order", 60, {}),
                     ("PERSON", "GPE", "LOC", "FAC"))
    peoples = demonyms()
    for m in _ORDER_BEFORE.finditer(text):
        s, e = m.span("o")
        if m.group("o").split()[0] in peoples or _overlaps(out, s, e, ("ORG", "MIL_UNIT", "PERSON")):
            continue
        _replace(out, s, e, Candidate(s, e, "ORG", "rule:en_religious_order", 60, {}), ("GPE", "LOC"))


def _churches(text: str, out: list) -> None:
    for m in _CHURCH.finditer(text):
        s, e = m.span()
        if text[s:e].split()[0] in ("St", "Saint", "The"):
            continue
        if not _overlaps(out, s, e, ("ORG",)):
            _replace(out, s, e, Candidate(s, e, "ORG", "rule:en_church_body", 60, {}), ("PERSON", "GPE", "LOC", "FAC"))
    for m in _CHURCH_OF.finditer(text):
        s, e = m.span()
        if m.group("p") in ("St", "Saint", "Our", "San", "Santa", "Notre", "Sainte"):
            continue   # a saint's or Our Lady's church is a building
        if not _overlaps(out, s, e, ("ORG",)):
            _replace(out, s, e, Candidate(s, e, "ORG", "rule:en_church_body", 60, {}), ("PERSON", "GPE", "LOC", "FAC"))


def _regiments(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    peoples = demonyms()
    for m in _REGIMENT.finditer(text):
        s, e = m.span("u")
        first = m.group("n").split()[0]
        if first in peoples or first in ("Regular", "Independent", "Provisional", "Reserve") \
                or _overlaps(out, s, e, ("MIL_UNIT", "ORG")):
            continue
        _replace(out, s, e, Candidate(s, e, "MIL_UNIT", "rule:en_named_regiment_lower", 60,
                                      {"numbers": [], "echelon": "团", "echelon_key": "regiment", "prefix": "",
                                       "side": None, "id": None}), ("PERSON", "GPE", "LOC"))


def _phases(text: str, out: list) -> None:
    for m in _PHASE.finditer(text):
        s, e = m.span()
        if not _overlaps(out, s, e, ("EVENT",)):
            _replace(out, s, e, Candidate(s, e, "EVENT", "rule:en_phase_campaign", 60, {}), ("MIL_UNIT", "ORG"))


def find_romanised_glosses_churches(text: str, out: list) -> None:
    """Glosses after bodies and units, religious orders and churches, county regiments, ordinal phase campaigns."""
    if "(" in text:
        _glosses(text, out)
    if "Sisters" in text or "Brothers" in text or "Daughters" in text or "Fathers" in text:
        _orders(text, out)
    if "Church" in text:
        _churches(text, out)
    if " regiment" in text:
        _regiments(text, out)
    if "hase " in text:
        _phases(text, out)
