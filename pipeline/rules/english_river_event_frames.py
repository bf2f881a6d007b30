"""Rivers and ranges a force stands on, and happenings named by a place, read from their frame in English text (split
out of english_place_context in session 33 by job; the frames and their history are in that module's docstring):

- (session 33, w33engeo) a river or range a force stands on, behind or beyond, or whose line, bend, estuary, course or
  crossing it holds (`on / behind / beyond the X`, `the line of the X`): LOC, not after a verb of attack, a ship's
  crew or a victory, not a plural, not a road's first end; `over the X` only where something crosses it.
- a place before a lower-case happening (`the Arakan campaign`, `the Shanghai incident`): one EVENT, not a side's
  adjective (english_place_context.side_word).

Both only append candidates; they run right after english_place_context.find_place_context (english.py).
"""

from __future__ import annotations

import re

from pipeline.rules.english_place_context import LATIN1_UPPER, PLACE_CONTEXT_PRIORITY, STOP, WORD, place_name, side_word
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

RIVER_RE = re.compile(
    rf"(?<![\w-])(?P<v>[Cc]rossed|[Cc]rossing|[Cc]ross|[Aa]cross|[Ff]orded|[Ff]ording|[Bb]ridged|[Bb]anks?[ \t]+of"
    rf"|[Mm]outh[ \t]+of|[Uu]p|[Dd]own"
    # a river or a range followed or reached for (session 29, s29enname: 'along the X', 'the headwaters of the X',
    # 'the valley of the X', 'the foothills of the X')
    rf"|[Aa]long|[Hh]eadwaters[ \t]+of|[Vv]alley[ \t]+of|[Ss]ources?[ \t]+of|[Cc]onfluence[ \t]+of|[Ff]oothills[ \t]+of"
    rf"|[Ss]lopes[ \t]+of|[Ff]ords?[ \t]+of"
    # (session 33, w33engeo: 'fighting on the Wkra', 'behind the Bzura', 'the line of the Mius'; _ON_OVER_NOT)
    rf"|(?P<o>[Oo]n|[Bb]ehind|[Bb]eyond|[Oo]ver|(?:[Ll]ines?|[Bb]end|[Ee]stuary|[Bb]ranch(?:es)?|[Tt]ributar(?:y|ies)"
    rf"|[Cc]ourse|[Ww]aters|[Bb]asin|[Gg]orges?|[Cc]rossings?|[Dd]elta)[ \t]+of))"
    # the article may end a hard-wrapped line ('the bridge across the⏎Prah'): an article ends no paragraph
    rf"[ \t]+the(?:[ \t]+|[ \t]*\n[ \t]*)(?P<name>{WORD}(?:[ \t]+{WORD})?)"
    r"(?=[ \t]*[,.;:)]|[ \t]+(?:and|at|on|in|near|into|to|by|from|north|south|east|west|where|which|with|under|before"
    r"|after|during|river|valley|again|twice|once|without|against"
    # (session 33) a clause about the river itself or the work at it: 'the bridge across the Prah was completed'
    r"|was|were|is|had|has|flows|flowed|runs|ran|rises|rose|below|above|until|till)\b)")
# the words before `on the X` / `over the X` that make X a target, a ship or a people ruled, not a river
# (session 33): 'the attack on the Redan', 'served on the Yamato', 'victory over the Zulus', 'declared war on the X'
_ON_OVER_NOT = re.compile(
    r"(?:attacks?|attacked|attacking|assaults?|assaulted|raids?|raided|fire|fired|firing|advance|advanced|advancing"
    r"|march|marched|marching|moved?|moving|converged?|bombardment|onslaught|descended|descent|pressure|closed"
    r"|closing|fell|fall|served|serving|sailed|sailing|embarked|crew|passengers|hits?|struck|torpedoes|guns|aboard"
    r"|board|victory|victories|triumph|control|command|authority|power|rule|ruled|reigned|influence|sovereignty"
    r"|superiority|supremacy|advantage|won|prevailed|war|wars|looked|look|looking|watch|watched|reported|report|based"
    r"|focus|focused|depend|depended|depends|relied|rely|insisted|agreed|agree|decided|decide|spoke|wrote|written"
    r"|comment|comments|commented|remarks|views?|hand|hands|mercy|took|take|taken|taking)[ \t]+$", re.IGNORECASE)


RIVER_RE = guarded(RIVER_RE)
# `over the X` is a river only where something crosses it: 'the bridge over the X', 'withdrew over the X' ('flew
# solo over the Metro', 'authority over the X' are no rivers)
_OVER_CROSSING = re.compile(r"(?:bridges?|bridged|bridging|crossed|crossing|cross|crosses|ferried|ferry|fords?|forded"
                            r"|withdrew|withdrawn|withdrawing|retreated|retreating|retired|fell[ \t]+back|back|driven"
                            r"|pushed|thrown|swam|waded|escaped)[ \t]+$", re.IGNORECASE)
# a place a road runs to from X, not a river (session 33): 'an ambush on the Kinsale to Bandon road'
_TO_PLACE_AFTER = re.compile(rf"[ \t]+to[ \t]+[{LATIN1_UPPER}]")


def _rivers(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in RIVER_RE.finditer(text):
        name = m.group("name")
        if m.group("o") is not None and (_ON_OVER_NOT.search(text, max(0, m.start() - 30), m.start())
                                         or m.group("o").lower() == "over"
                                         and not _OVER_CROSSING.search(text, max(0, m.start() - 30), m.start())
                                         or name.endswith("s") and not name.endswith("ss")
                                         or _TO_PLACE_AFTER.match(text, m.end("name"))):
            continue                  # 'the attack on the Redan', 'war on the Turks', 'on the Kinsale to Bandon road'
        known = names.get(name)
        if known is not None:
            if known[0] == "GPE" and m.group("o") is None \
                    and not m.group("v").lower().startswith(("across", "up", "down")):
                out.append(Candidate(m.start("name"), m.end("name"), "LOC", "rule:en_place_context", 60,
                                     {"zh": known[1]}))      # 'crossed the Sittang': the river of that name
            continue
        if place_name(name, True):
            out.append(Candidate(m.start("name"), m.end("name"), "LOC", "rule:en_place_context",
                                 PLACE_CONTEXT_PRIORITY, {}))


EVENT_HEAD_RE = guarded(re.compile(
    r"(?<=[ \t])(?:campaign|offensive|crisis|incident|disaster|massacre|uprising|rebellion|mutiny|truce|armistice"
    r"|agreement|landings|evacuation|airlift|breakout|retreat|withdrawal|counteroffensive|counter-offensive"
    r"|expedition|coup|affair|revolt|insurrection|war|treaty|convention|blockade|landing"
    r"|accords|accord|conference)(?![\w-])"))   # `the Geneva accords`, `the Simla conference` (s18enevt)
_EVENT_NAME_BEFORE = re.compile(
    rf"(?<![\w'\u2019-])(?:(?P<adj>central|northern|southern|eastern|western|north|south|east|west)[ \t]+)?"
    rf"(?P<name>{WORD}(?:[ \t]+{WORD}){{0,2}}(?:[-\u2013]{WORD}){{0,2}})[ \t]+$")
_EVENT_PLACE_HEADS = ("Valley", "River", "Hills", "Peninsula", "Island", "Islands", "Pass", "Road", "Front")


def _place_events(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for head in EVENT_HEAD_RE.finditer(text):
        m = _EVENT_NAME_BEFORE.search(text, max(0, head.start() - 60), head.start())
        if m is None:
            continue
        name = m.group("name")
        words = name.split()
        while words and (words[0] in STOP or words[0] in ("The", "A", "An", "This", "That", "Its", "His", "Their")):
            words.pop(0)
        if not words:
            continue
        name = " ".join(words)
        if side_word(words[-1], head.group()):
            continue                      # 'the Iranian offensive', 'the Carlist offensive': a side's (session 32)
        core = " ".join(words[:-1]) if len(words) > 1 and words[-1] in _EVENT_PLACE_HEADS else name
        parts = re.split(r"[-\u2013]", core)
        if not all(names.get(p, ("",))[0] in ("GPE", "LOC") or place_name(p, True) for p in parts):
            continue
        start = head.start() - 1 - len(name)
        if text[start:head.start() - 1] != name:
            continue
        if m.group("adj") and parts and names.get(parts[0], ("",))[0] in ("GPE", "LOC"):
            start = m.start("adj")        # 'the central Burma campaign': the adjective belongs to the name
        out.append(Candidate(start, head.end(), "EVENT", "rule:en_place_event", 54, {}))


def find_river_and_event_frames(text: str, out: list) -> None:
    """Rivers by their frame (LOC) and happenings named by a place (EVENT); see the module docstring."""
    if " the " in text:
        _rivers(text, out)
    _place_events(text, out)
