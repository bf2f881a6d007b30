"""Courts, tribunals, commissions and their officers in English trial records, commission reports and
dispatches (session 24, helper s24enaudit: audit of all nine labels on 14 unseen passages: war-crimes trial
records, League of Nations and Allied commission papers, 1900 cablegrams, a mission report, a battalion
history; each class recurs on at least three other pages of the stored corpus).

- A court or tribunal named by its head word is one ORG (spec: a named organisation that is not a military
  formation), never an EVENT (a trial is the event, the tribunal the body): `the Shanghai Mixed Court`,
  `the Supreme Court`, `the International Military Tribunal for the Far East`, `a Court of Inquiry`, `the
  Permanent Court of International Justice`. The name is one to four capitalised words before `Court`,
  `Tribunal` or `Court-Martial` and, after them, `of`/`for` + (the) + capitalised words; or `Court of` + a
  capitalised word alone. A people's adjective before the name stays outside, as english_orgs trims it. Not a bare
  `the Court` (a generic mention, rule 5), nor a court named only by the words of its kind and no tail (`the
  Supreme Court`, `the British Military Court`: the project's reading of a kind, test_english_castle_harbour_era_forms;
  `the Supreme Court of the United States` is a name), nor a court after an indefinite word (`a Court of Inquiry`),
  nor a court's building or room (`Court building`, `Court House`, `Court Road`: FAC readings left to the others), nor a name cut at an
  abbreviation (`Our Court at St. James's`), nor a place or a palace named Court (`Earls Court`, `Hampton Court`, or
  any name the English place tables hold).
- A numbered committee, commission or court is one ORG with its number (`Committee No. 5`, `Sub-Committee No.
  2`, `Committee II`, `Military Court No. 3`): the number written with `No.` or as a Roman numeral (a lone `I`
  only before punctuation: `before Committee I.`).
- A sub-commission or sub-committee is an ORG like the commission (`the Chungking Sub-Commission`, `the Far
  Eastern and Pacific Sub-Commission`): `Sub-Commission`, `Sub-Committee`, `Subcommittee` after capitalised words
  (an `and` between two of them kept).
- A commission, council, committee or board named for the place it governs or watches is one ORG with the place
  (`the Allied Council for Japan`, `the Control Commission for Germany`, `the Tribunal for the Far East`): `for`
  + (the) + a place of the English place tables (english_names) or a conventional region (`Far East`).
- `the League` with a capital L and no name after it is the league the text names (the League of Nations in the
  inter-war papers, `the League's initial condemnation`, `Japan quit the League`): one ORG, as its full name is;
  not `the League of X` or `the League Council` (read whole by english_orgs).
- An officer of a court before a name is outside the PERSON, as a rank is (rule 1): `Judge X`, `Justice X`,
  `Prosecutor X`, `prosecutor X`, `assistant prosecutor X Y`, `Associate Justice X`, `defence counsel X`; not
  `Judge Advocate` (a post), `Justice Department`, `Justice of the Peace`.

Written from how English names courts, tribunals and commissions and their officers (the public usage of the
IMTFE charter, the FRUS volumes, the League of Nations' papers), not from any annotated set. Priority: ORG 57
(above EVENT's 55, so that a tribunal read as an event by the event finders gives way on the same span);
PERSON 38 as the rank finder. Cost: the court and body finders run only where `Court`, `Tribunal`,
`Committee`, `Commission`, `Council`, `Board`, `Sub` or `the League` stands (str.find), the officer finder only where a
court-officer word stands; each pattern is tried from its literal (scan.literal_finditer).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import PERSON_TOKEN
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

ORG_PRIORITY = 57
PERSON_PRIORITY = 38

_CAP = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
# words that open a sentence or a clause, a people's adjective: never the first word of a court's name
_NOT_FIRST = frozenset("The A An In At On Of By For From To With Into After Before During When While Since Until And Or "
                       "But Then Its His Her Their This That These Those Every Each One Some Many Both Under As If So "
                       "Japanese Chinese British American Allied Soviet Russian Korean Indian Burmese German French "
                       "Dutch Australian Philippine Italian Imperial Royal Our My Your Whose Any Such".split())
_COURT_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<pre>(?:{_CAP}[ \t]+){{1,4}})(?P<head>Court-Martial|Court[ \t]+Martial|Court|Tribunal)"
    rf"(?![\w-])(?P<tail>(?:[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}})?)")
_COURT_OF_RE = re.compile(rf"(?<![\w'\u2019-])(?P<head>Court)[ \t]+of[ \t]+(?P<tail>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w-])")
# what a court's name does not run on into: a building, a room, a road, a session
_NOT_AFTER_COURT = re.compile(r"[ \t]+(?:[Bb]uilding|[Hh]ouse|[Rr]oom|[Rr]oad|[Ss]treet|[Hh]all|[Pp]ress|[Jj]ournal)\b")
# tails that are no part of a court's name (a party, a country's people, a time)
_NOT_TAIL_WORDS = frozenset("January February March April May June July August September October November December "
                            "Monday Tuesday Wednesday Thursday Friday Saturday Sunday The This That".split())

# a court of a kind, not a named one: `a Military Court constituted under these Regulations`
_KIND_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]ach|[Ee]very|[Ss]uch|[Nn]o)[ \t]+$")
_ABBREVIATED = frozenset("St Mt Ft Ste".split())
# the kind words of courts: a court named only by them and its head is a kind, not a name (`the Supreme Court`,
# `the Military Court`; the project's reading, test_english_castle_harbour_era_forms)
_GENERIC_COURT = frozenset("Supreme High Higher Lower Superior Military Naval District Special Mixed Provincial Local "
                           "Criminal Civil Summary General Field Appeal Appeals Federal State Municipal Consular Police "
                           "Juvenile Circuit County Magistrates Magistrate's War Crimes Drumhead".split())
# London's districts and palaces named Court (not bodies)
_PLACE_COURTS = frozenset({"Earls Court", "Hampton Court", "Kensington Court", "Pinewood Court"})
# the League: a league the text has named (the League of Nations, the Muslim League), at a later mention
_LEAGUE_RE = re.compile(r"(?<=\b[Tt]he[ \t])League(?![\w-]|[ \t]+of[ \t]+[A-Z]|[ \t]+[A-Z])")

_NUMBERED_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<pre>(?:{_CAP}[ \t]+){{0,3}})(?P<head>Sub-?[Cc]ommittee|Sub-?[Cc]ommission|Committee|Commission|"
    rf"Court|Tribunal|Panel)[ \t]+(?P<num>No\.?[ \t]*\d{{1,3}}[A-Z]?|(?:[IVX]{{2,5}}|I(?=[ \t]*[.,;:)]|$)))(?![\w-])")
_SUB_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<pre>{_CAP}(?:[ \t]+(?:{_CAP}|and))*?[ \t]+)(?P<head>Sub-?[Cc]ommission|Sub-?[Cc]ommittee|"
    rf"Subcommittee)(?![\w-])")
_FOR_PLACE_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<pre>(?:{_CAP}[ \t]+){{1,3}})(?P<head>Commission|Council|Committee|Board|Tribunal|Court)"
    rf"[ \t]+for[ \t]+(?:the[ \t]+)?(?P<place>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w-])")
_REGIONS = frozenset({"Far East", "Middle East", "Near East", "Pacific", "Far East and Pacific"})

_OFFICER_RE = re.compile(
    rf"(?<![\w-])(?:(?:[Cc]hief|[Aa]ssociate|[Aa]ssistant|[Dd]eputy|[Ll]ead|[Pp]residing)[ \t]+)?"
    rf"(?:Judge|Justice|Prosecutor|prosecutor|[Dd]efen[cs]e[ \t]+[Cc]ounsel|[Pp]rosecuting[ \t]+[Oo]fficer)"
    rf"[ \t]+(?P<name>{PERSON_TOKEN}(?:[ \t]+{PERSON_TOKEN}){{0,3}})(?![\w-])")
_NOT_OFFICER_NAME = frozenset("Sir Lord Lady Dr Mr Mrs Madame Advocate Advocates Department Ministry Section Division Office General Court Courts "
                              "Tribunal The And Of For In At On Is Was Has Had Minister Secretary President".split())


def _first_kept(text: str, start: int, pre: str, keep: str = "") -> int:
    """Start of a name after the words that cannot open it (articles, clause words, people's adjectives)."""
    words = pre.split()
    while words and words[0] in _NOT_FIRST and words[0] != keep:
        start = text.index(words[0], start) + len(words[0])
        while text[start] in " \t":
            start += 1
        words.pop(0)
    return start if words else -1


def _courts(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    for m in literal_finditer(_COURT_RE, text):
        start = _first_kept(text, m.start("pre"), m.group("pre"))
        if start < 0:
            continue
        known = english_names().get(text[start:m.end("head")])
        if known and known[0] in ("GPE", "LOC", "FAC") or text[start:m.end("head")] in _PLACE_COURTS:
            continue                        # a place or a building named Court (Earls Court, Hampton Court)
        end = m.end("tail") if m.group("tail") else m.end("head")
        tail_words = m.group("tail").split()
        if tail_words and tail_words[-1] in _NOT_TAIL_WORDS:
            end = m.end("head")
        if end == m.end("head") and all(w in _GENERIC_COURT for w in text[start:m.start("head")].split()):
            continue                        # `the Supreme Court`, `a Military Court`: a kind of court, no name
        if _NOT_AFTER_COURT.match(text, end) or _KIND_BEFORE.search(text, max(0, start - 8), start):
            continue
        if tail_words and text.startswith(".", end) and tail_words[-1] in _ABBREVIATED:
            end = m.end("head")             # `Court of St. James's`: no name cut at an abbreviation
        out.append(Candidate(start, end, "ORG", "rule:en_court_name", ORG_PRIORITY))
    if "Court of" in text:
        for m in literal_finditer(_COURT_OF_RE, text):
            if m.group("tail").split()[0] in _NOT_TAIL_WORDS or _NOT_AFTER_COURT.match(text, m.end()) \
                    or _KIND_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
                    or (text.startswith(".", m.end()) and m.group("tail").split()[-1] in _ABBREVIATED):
                continue
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_court_of", ORG_PRIORITY))


def _numbered_bodies(text: str, out: list) -> None:
    for m in literal_finditer(_NUMBERED_RE, text):
        start = _first_kept(text, m.start("pre"), m.group("pre")) if m.group("pre") else m.start("head")
        if start < 0:
            start = m.start("head")
        out.append(Candidate(start, m.end(), "ORG", "rule:en_numbered_body", ORG_PRIORITY))


def _sub_bodies(text: str, out: list) -> None:
    for m in literal_finditer(_SUB_RE, text):
        start = _first_kept(text, m.start("pre"), m.group("pre"))
        if start < 0:
            continue
        out.append(Candidate(start, m.end(), "ORG", "rule:en_sub_body", ORG_PRIORITY))


def _bodies_for_places(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = None
    for m in literal_finditer(_FOR_PLACE_RE, text):
        place = m.group("place")
        if place not in _REGIONS:
            names = names if names is not None else english_names()
            known = names.get(place)
            if not known or known[0] not in ("GPE", "LOC"):
                continue
        # the Allied Council for Japan: `Allied` is part of this official name
        start = _first_kept(text, m.start("pre"), m.group("pre"), keep="Allied")
        if start < 0:
            continue
        out.append(Candidate(start, m.end(), "ORG", "rule:en_body_for_place", ORG_PRIORITY))


def _officers(text: str, out: list) -> None:
    for m in literal_finditer(_OFFICER_RE, text):
        words = m.group("name").split()
        if words[0] in _NOT_OFFICER_NAME:
            continue
        if text.startswith(" of the Peace", m.end("name")) or words[-1] in _NOT_OFFICER_NAME:
            continue
        out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "rule:en_court_officer", PERSON_PRIORITY))


def _bare_leagues(text: str, out: list) -> None:
    for m in literal_finditer(_LEAGUE_RE, text):
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_bare_league", ORG_PRIORITY))


def find_court_bodies(text: str, out: list) -> None:
    """Courts and tribunals, numbered committees, sub-commissions, bodies for a place, court officers' names."""
    if "Court" in text or "Tribunal" in text:
        _courts(text, out)
    if " No" in text or "Committee" in text or "Commission" in text:
        _numbered_bodies(text, out)
    if "Sub" in text:
        _sub_bodies(text, out)
    if " for " in text:
        _bodies_for_places(text, out)
    if "he League" in text:
        _bare_leagues(text, out)
    if "Judge" in text or "Justice" in text or "rosecut" in text or "ounsel" in text:
        _officers(text, out)
