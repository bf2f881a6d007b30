"""Classes seen on the held-out passages of the session-17 English audits (helper r3en, round 3). Each class
edits `out` (the candidates of the generators before it) where a form is read wrong:

- a compound general's rank (`Lt Gen`, `Lt. Gen.`, `Lt-Gen`, `Maj Gen`, `Brig Gen`) whose `Gen` was read as a
  PERSON, the name after it missed (a parenthesis `(retd)`, a dash, or initials without their last stop
  `A.A.K Niazi` in between): the rank stays outside (rule 1), the name with its initials is the PERSON;
- a numbered volunteer unit named by a place (`3rd Ruritania Volunteers`, `2nd Oregon Volunteer Infantry`): one
  MIL_UNIT (its numbers, side unknown), the place inside it no GPE (rule 15: a full name is one span);
- a country inside an event name (`the Ruritania War of Independence`, `the War of Liberation of Ruritania`):
  one EVENT with the place inside (the place of an EVENT name belongs to it);
- a nationality adjective before a compass command (`Ruritanian Eastern Command`): the adjective stays outside
  (rule 2), the MIL_UNIT is `Eastern Command` (the label `rule:en_command` gives commands);
- a Spanish or Portuguese saint's fort (`Fort San Felipe de Barajas`, `Fort Santiago`, `Fort Santa Cruz`): one
  FAC, never `Fort San` and a PERSON after it;
- a newspaper whose title starts with a known city (`the San Diego Call`, `the Boston Journal`): one ORG
  (docs/annotation-guidelines.md: a newspaper is ORG), no PERSON nor GPE inside it.
"""

from __future__ import annotations

import re

from pipeline.normalize.english_unit_values import parse_ordinal
from pipeline.rules.english_lexicon import demonyms, english_names
from pipeline.spans import Candidate, replace_overlapping

PRIORITY = 60

_GEN_RANK = r"(?:Lt|Lieut|Maj|Brig)\.?[ \t]*[-\u2013]?[ \t]*Gen\.?"
_NAME_WORD = r"[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?"
_INITIALS = r"(?:(?:[A-Z]\.[ \t]?){1,4}[A-Z]?|[A-Z]{2,4}|[A-Z])"
_GEN_NAME_RE = re.compile(
    rf"(?<![\w-]){_GEN_RANK}(?:[ \t]*\([^()\n]{{1,25}}\))?(?:[ \t]*[\u2014\u2013-][ \t]*|[ \t]+)"
    rf"(?P<name>(?:{_INITIALS}[ \t]+){{0,1}}{_NAME_WORD}(?:[ \t]+{_NAME_WORD}){{0,3}})(?![\w-])")
_RANK_BEFORE_RE = re.compile(r"(?<![\w-])(?:Lt|Lieut|Maj|Brig)\.?[ \t]*[-\u2013]?[ \t]*$")
_NOT_NAME = frozenset("The A An And Or Of In On At By For From To With As But Sir Commander Commanding Officer "
                      "General Army Corps Division Command Headquarters Eastern Western Northern Southern Central "
                      "Staff Chief".split())

_ORD = r"(?:\d{1,3}(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)"
_VOLUNTEERS_RE = re.compile(
    rf"(?<![\w/.-])(?P<num>{_ORD})[ \t]+(?P<place>[A-Z][a-z]{{2,15}}(?:[ \t]+[A-Z][a-z]{{2,15}})?)[ \t]+"
    r"(?:Volunteer[ \t]+(?:Infantry|Cavalry|Artillery|Regiment|Rifles|Engineers)|Volunteers)(?![\w-])")

_EVENT_OF_RE = re.compile(r"War[ \t]+of[ \t]+(?:Liberation|Independence)$")
_PLACE_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<p>[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20})?)(?![\w-])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]{2,20})[ \t]+$")
_NOT_EVENT_START = frozenset("The A An And Or Of In On At By For From To With As But During After Before Since "
                             "Until Then This That Its His Her Their".split())

_COMPASS_COMMAND_RE = re.compile(
    r"(?<![\w-])(?P<adj>[A-Z][a-z]{2,20}(?:ian|ean|ese|ish|ani|an|i))[ \t]+"
    r"(?=(?:Eastern|Western|Northern|Southern|Central|North[ \t]+Eastern|South[ \t]+Eastern|North[ \t]+Western|"
    r"South[ \t]+Western)[ \t]+Command(?![\w-]))")

_SAINT_FORT_RE = re.compile(
    r"(?<![\w-])Fort[ \t]+(?:(?:San|Santa|Santo|S\u00e3o|Sao)[ \t]+[A-Z][a-z]{2,15}|Santiago|Santa[ \t]+Cruz)"
    r"(?:[ \t]+(?:de[ \t]+la|de[ \t]+los|de[ \t]+las|del|de|da|do|dos|das)[ \t]+[A-Z][a-z]{2,15})?(?![\w-])")

_PAPER_HEADS = ("Call", "Journal", "Examiner", "Globe", "Bulletin", "Register", "Telegraph", "Advertiser",
                "Inquirer", "Enquirer", "Dispatch", "Mercury", "Sentinel", "Transcript", "Picayune")
_PAPER_RE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<t>(?P<place>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15}){0,2})[ \t]+"
    r"(?:(?:Evening|Morning|Daily|Sunday|Weekly)[ \t]+)?(?:" + "|".join(_PAPER_HEADS) + r"))(?![\w-])"
    r"(?![ \t]+[A-Z])")


def find_heldout_forms(text: str, out: list) -> None:
    """Edit `out` by the classes of the module doc."""
    if "Gen" in text:
        _general_names(text, out)
        _rank_words(text, out)
    if "Volunteer" in text:
        _volunteers(text, out)
    if "War of" in text:
        _war_names(text, out)
    if "Command" in text:
        _command_adjectives(text, out)
    if "Fort" in text:
        _saint_forts(text, out)
    if "he " in text:
        _papers(text, out)


def _general_names(text: str, out: list) -> None:
    for m in _GEN_NAME_RE.finditer(text):
        words = m.group("name").split()
        while words and words[-1] in _NOT_NAME:
            words.pop()
        if not words or words[0] in _NOT_NAME or not any(re.fullmatch(_NAME_WORD, w) for w in words):
            continue
        start = m.start("name")
        end = start + list(re.finditer(r"\S+", m.group("name")))[len(words) - 1].end()
        rank = [c for c in out if c.label == "PERSON" and m.start() <= c.start < start]
        out[:] = [c for c in out if c not in rank]
        if any(c.label == "PERSON" and c.start == start for c in out):
            continue      # the name was read already
        replace_overlapping(out, Candidate(start, end, "PERSON", "rule:en_general_name", PRIORITY))


def _rank_words(text: str, out: list) -> None:
    """`Lt Gen (acting)`: the `Gen` of a compound rank is never a person, a name after it or not."""
    out[:] = [c for c in out if not (c.label == "PERSON" and text[c.start:c.end] in ("Gen", "Gen.")
                                     and _RANK_BEFORE_RE.search(text, max(0, c.start - 8), c.start))]


def _volunteers(text: str, out: list) -> None:
    for m in _VOLUNTEERS_RE.finditer(text):
        if m.group("place").split()[0] in _NOT_EVENT_START:
            continue
        norm = {"numbers": [parse_ordinal(m.group("num"))], "echelon": "团", "prefix": "", "side": None, "id": None,
                "echelon_key": "regiment"}
        replace_overlapping(out, Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_volunteer_unit", PRIORITY, norm))


def _war_names(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT" and _EVENT_OF_RE.search(text, c.start, c.end)]:
        start, end = c.start, c.end
        after = _PLACE_AFTER_RE.match(text, end)
        if after:                         # 'the War of Liberation of Ruritania'
            end = after.end()
        before = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        if before and before.group("w") not in _NOT_EVENT_START and text[start:start + 3] == "War":
            start = before.start()        # 'the Ruritania War of Independence'
        if (start, end) != (c.start, c.end):
            replace_overlapping(out, Candidate(start, end, "EVENT", c.source, c.priority, c.norm))


def _command_adjectives(text: str, out: list) -> None:
    for m in _COMPASS_COMMAND_RE.finditer(text):
        for c in [c for c in out if c.label == "MIL_UNIT" and c.start == m.start()]:
            out.remove(c)
            out.append(Candidate(m.end(), c.end, c.label, c.source, c.priority, c.norm))


def _saint_forts(text: str, out: list) -> None:
    for m in _SAINT_FORT_RE.finditer(text):
        if any(c.label == "FAC" and c.start == m.start() and c.end == m.end() for c in out):
            continue
        replace_overlapping(out, Candidate(m.start(), m.end(), "FAC", "rule:en_saint_fort", PRIORITY, {"id": None}))


def _papers(text: str, out: list) -> None:
    names = None
    for m in _PAPER_RE.finditer(text):
        if names is None:
            names = english_names()
        place = m.group("place")
        if names.get(place, ("",))[0] != "GPE" or place in demonyms():
            continue
        replace_overlapping(out, Candidate(m.start("t"), m.end("t"), "ORG", "rule:en_city_newspaper", PRIORITY))
