"""Named events in forms english.EVENT_RE and EVENT_HEAD_RE do not read (session 10, helper en14):

- named by their date: `the February 28 Incident`, `the May 30th Movement`, `the 9 December Movement`,
  `the September Eighteenth Incident`, `the 1911 Revolution` (a month and day, a day and month, or a year, then an
  event head): one EVENT, no DATE inside (spec: EVENT names keep what names them, rule 10);
- a capitalised name and a lower-case head of a happening that English writes in lower case after a proper name:
  `the Doolittle raid`, `the Kanto earthquake`, `the Bengal famine`, `the Yellow River flood`, `the Hong Kong
  riots`, `the Nanchang mutiny` (a nationality or an article before the name stays outside, and a name of a kind
  of people is none: `the Japanese raid`);
- the capitalised heads Earthquake, Death March, Plenum, Congress after an ordinal (`the Great Kanto Earthquake`,
  `the Bataan Death March`, `the Sixth Plenum`, `the Seventh National Congress`);
- (session 29, s29enunit) a march named by its goal after `the` (`the March on Rome`, `the March to the Sea`): one
  EVENT with its goal, no DATE;
- (auditen7) the heads the treaty-port press and later histories gave attacks on foreigners and insurrections that
  held a city, after the name of a known place: `the Lincheng Outrage`, `the Nanking outrages`, `the Canton
  Commune` (a place-name gate: `a Press Outrage`, `the People's Commune` name no event).

Written from how English histories name events, not from any annotated set. Found from the literals of the heads
(str.find); nothing is scanned where none stands.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer, literal_positions
from pipeline.spans import Candidate
from pipeline.rules.english_place_context import LATIN1_UPPER, side_word

PRIORITY = 56
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
          r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_DAY_WORD = (r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth"
             r"|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth|Thirtieth"
             r"|Twenty[- ](?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth)|Thirty[- ]First)")
_DAY = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{_DAY_WORD})"
_HEAD = r"(?:Incident|Movement|Uprising|Massacre|Coup|Revolution|Rebellion|Affair|Strike|Riots?|Demonstrations?)"
_DATED_RE = re.compile(rf"(?<![\w-])(?:{_MONTH}[ \t]+{_DAY}|{_DAY}[ \t]+{_MONTH}|1[6-9]\d\d)[ \t]+{_HEAD}(?![\w-])")
_DATED_HEADS = ("Incident", "Movement", "Uprising", "Massacre", "Coup", "Revolution", "Rebellion", "Affair", "Strike",
                "Riot", "Demonstration")
_LOWER_HEADS = ("raid", "earthquake", "famine", "flood", "riots", "mutiny", "uprising", "rebellion", "massacre",
                "incident", "bombing", "campaign", "offensive", "landing", "landings", "disaster", "crisis")
_CAP_HEADS = ("Earthquake", "Death March", "Plenum", "Congress")
_PLACE_HEADS = ("Outrage", "Outrages", "outrage", "outrages", "Commune")
_WORD = rf"[{LATIN1_UPPER}][a-z\u00df-\u00ff'\u2019]{{1,20}}(?:-[A-Za-z][a-z]{{1,20}})?"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:[ \t]+{_WORD}){{0,2}})[ \t]+$")
_ORDINAL_BEFORE = re.compile(r"(?<![\w-])(?P<n>(?:\d{1,2}(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh"
                             r"|Eighth|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth"
                             r"|Seventeenth|Eighteenth|Nineteenth|Twentieth)(?:[ \t]+(?:National|Party|Plenary))?)"
                             r"[ \t]+$")
_STOP = frozenset("The A An In At On Of By For From To With Into After Before During When While Since Until And Or But "
                  "Then Its His Her Their This That These Those Japanese Chinese British American Allied Soviet Russian "
                  "Korean Indian Burmese German French Nationalist Communist Red White Massive Major Minor "
                  "First Second Third Last Another Every Each One Two Three Early Late".split())
# a capitalised word before a lower-case head that names a kind of thing, not the happening ('Zero raid' is a raid
# by Zeros, 'Army mutiny' a mutiny of an army): the name must not be one of the words of a unit or a weapon
_NOT_NAME = frozenset("Army Navy Air Force Corps Division Regiment Battalion Brigade Fleet Squadron Group Wing Police "
                      "Guard Guards Party Government Kuomintang KMT CCP Zero Zeros Bomber Bombers Fighter Fighters "
                      "Carrier Marine Marines Commando Commandos Chindit Chindits Ranger Rangers Raider Raiders "
                      "January February March April May June July August September October November December "
                      "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter".split())


# a plural head before coordinated places shares them (guideline 10): 'the Battles of Imphal and Kohima', 'the
# battles of Lashio & Mandalay', 'the Sieges of Tuyen Quang and Lang Son' (auditen6)
_PLACE = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
_PLURAL_HEAD_RE = re.compile(rf"(?<![\w-])(?:[Bb]attles|[Ss]ieges)[ \t]+(?:of|for|at)[ \t]+{_PLACE}"
                             rf"(?:,[ \t]+{_PLACE}){{0,3}},?[ \t]+(?:and|&)[ \t]+{_PLACE}(?![\w-])")
# nationality and side adjectives: the last word before a lower-case head names who did it, not the happening, also after
# a compass word or another qualifier the _STOP list does not hold ('North Korean', 'South Vietnamese', 'Free French')
_SIDE_ADJECTIVES = frozenset("Japanese Chinese British American Allied Soviet Russian Korean Indian Burmese German French "
                             "Nationalist Communist Vietnamese Thai Siamese Filipino Australian Mongolian Manchukuoan "
                             "Italian Dutch Malayan Taiwanese Tibetan Qing Manchu UN".split())
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n]\s*|[.!?]['\"\u2019\u201d]\s*)$")


def _name_start(text: str, end: int, head: str = "") -> int | None:
    before = text[max(0, end - 50):end].split()
    if not before or not before[-1][:1].isupper():
        return None                              # cheap test first: a capitalised word right before the head
    m = _NAME_BEFORE.search(text, max(0, end - 50), end)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("n")))
    while words and words[0].group() in _STOP:
        words.pop(0)
    if not words or any(w.group() in _NOT_NAME for w in words):
        return None
    if words[-1].group() in _SIDE_ADJECTIVES or side_word(words[-1].group(), head):
        return None                              # 'the North Korean offensive', 'a South Vietnamese raid': a side's
    #                                              happening, no name (the side word ends the words; auditen9)
    start = m.start("n") + words[0].start()
    if len(words) == 1 and _SENTENCE_START.search(text, max(0, start - 3), start):
        return None                              # 'Additional landings …': a capital that opens a sentence
    return start


def _head_at(text: str, at: int, head: str) -> bool:
    end = at + len(head)
    return at >= 2 and text[at - 1] in " \t" and not (end < len(text) and (text[end].isalnum() or text[end] in "-'"))


# a code name in quotes after a lower-case 'operation' (Giap's operation "Le Hong Phong II", the so-called operation
# 'Cartwheel'): the quoted name is the EVENT, its quotes outside (rule 13)
_QUOTED_OPERATION_RE = re.compile(
    r"(?<![\w-])[Oo]perations?[ \t]+[\"\u201c\u2018'](?P<name>[A-Z][\w'\u2019-]{0,20}(?:[ \t]+[A-Z][\w'\u2019-]{0,20}){0,3}"
    r"(?:[ \t]+(?:[1-9]|I{1,3}|IV|V))?)[\"\u201d\u2019'](?![\w])")


# a march named by its goal after 'the' (session 29, s29enunit: 'the March on Rome' of 1922, 'the March to the Sea' of
# 1864, 'the March on Delhi' of 1944, 'the March on Warsaw' of 1920): one EVENT, the goal inside it and the month no
# DATE ('in March on Rome's streets' has no 'the' before it)
_MARCH_ON_RE = re.compile(rf"(?<![\w-])March[ \t]+(?:on|to)[ \t]+(?:the[ \t]+)?{_WORD}(?:[ \t]+{_WORD})?(?![\w-])")
_THE_BEFORE_MARCH = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?:[A-Z][a-z]{2,15}[ \t]+)?$")   # 'the (Japanese) March on Delhi'


def find_event_forms(text: str, out: list) -> None:
    """Events named by their date, by a lower-case head after a name, or by an ordinal (see the module doc)."""
    found: list[Candidate] = []
    for head in _DATED_HEADS:
        for at in literal_positions(text, head):
            if not _head_at(text, at, head) and not text.startswith(("Riots", "Demonstrations"), at):
                continue
            window = max(0, at - 30)
            for m in _DATED_RE.finditer(text, window, min(len(text), at + len(head) + 14)):
                if m.start() < at < m.end():
                    found.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event_form", PRIORITY, {}))
    for head in _LOWER_HEADS:
        for at in literal_positions(text, head):
            if not _head_at(text, at, head):
                continue
            start = _name_start(text, at, head)
            if start is not None:
                found.append(Candidate(start, at + len(head), "EVENT", "rule:en_event_form", PRIORITY - 2, {}))
    for head in _CAP_HEADS:
        for at in literal_positions(text, head):
            if not _head_at(text, at, head):
                continue
            m = _ORDINAL_BEFORE.search(text, max(0, at - 30), at)
            if m is not None:
                found.append(Candidate(m.start("n"), at + len(head), "EVENT", "rule:en_event_form", PRIORITY, {}))
            elif head in ("Earthquake", "Death March"):
                start = _name_start(text, at)
                if start is not None:
                    found.append(Candidate(start, at + len(head), "EVENT", "rule:en_event_form", PRIORITY, {}))
    names = None
    for head in _PLACE_HEADS:
        for at in literal_positions(text, head):
            if not _head_at(text, at, head):
                continue
            start = _name_start(text, at)
            if start is None:
                continue
            if names is None:
                from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
                names = english_names()
            if names.get(text[start:at].strip(), ("",))[0] in ("GPE", "LOC"):
                found.append(Candidate(start, at + len(head), "EVENT", "rule:en_event_form", PRIORITY, {}))
    if "peration" in text:
        for m in literal_finditer(_QUOTED_OPERATION_RE, text):
            found.append(Candidate(m.start("name"), m.end("name"), "EVENT", "rule:en_event_form", PRIORITY, {}))
    if "March " in text:
        for m in literal_finditer(_MARCH_ON_RE, text):
            if not _THE_BEFORE_MARCH.search(text, max(0, m.start() - 24), m.start()):
                continue
            found.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event_form", PRIORITY, {}))
            out[:] = [c for c in out if not (c.label in ("GPE", "LOC") and m.start() <= c.start and c.end <= m.end())]
    if "attles " in text or "ieges " in text:
        for m in literal_finditer(_PLURAL_HEAD_RE, text):
            found.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event_form", PRIORITY, {}))
    if found:
        spans = [(c.start, c.end) for c in found]
        # a date inside an event named by it is no DATE of its own ('the February 28 Incident')
        out[:] = [c for c in out if not (c.label == "DATE" and any(s <= c.start and c.end <= e for s, e in spans))]
        out.extend(found)
