"""Ordinals and years that belong to an event's name, and a country's possessive before one, in English text.

`find_event_ordinals(text, out)`: an ordinal word before `War of X` belongs to the EVENT (`the Second War of Greek
Liberation`, guideline 10); a capitalised event head with `of` and a year is one EVENT (`the Revolt of 1848`) where
the
head follows the article (a named event before `of 1927` keeps its DATE: `the Canton Rising of 1927`); a country's
possessive before an event name is its own GPE (`Persia's Constitutional Revolution` -> GPE `Persia` + EVENT).

`find_wars_of_year(text, out)`: `<name> War of <year>` is one EVENT with its year (`the Canton War of 1899`): the year
tells this war from another of the same name and belongs to its name, as in `the War of 1812`; only after the head
`War`; first seen on session 19's held-out English passages (session 19 round 2, helper r19en; moved here from
english_heldout19b in session 24).

`find_country_war_names(text, out)`: a country inside an event name (`the Ruritania War of Independence`, `the War of
Liberation of Ruritania`): one EVENT with the place inside; first seen on the held-out passages of the session-17
English audits (helper r3en, round 3; moved here from english_heldout_forms in session 24).

Provenance: first seen on session 18's held-out English passages (session 18 round 2, helper r18en; split out of
english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, replace_overlapping
from pipeline.rules.english_royal_colonial_units import drop_inside, NOT_EVENT_START

ORDINAL_WAR_RE = re.compile(r"(?<![\w-])(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)[ \t]+(?=War[ \t]+of[ \t]+[A-Z])")
EVENT_OF_YEAR_RE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<e>(?:Rebellion|Revolution|Mutiny|Revolt|Uprising|Rising|Insurrection|War|Crisis|Coup|Massacre"
    r"|Famine|Expedition|Campaign|Incident|Treaty|Convention|Agreement|Settlement|Reforms?)[ \t]+of[ \t]+"
    r"1[89]\d\d(?:[\u2013-]\d{2,4})?)(?![\w-])")
POSSESSIVE_EVENT_RE = re.compile(r"(?<![\w-])(?P<c>[A-Z][a-z]{2,14})['\u2019]s[ \t]+(?=[A-Z])")


def find_event_ordinals(text: str, out: list) -> None:
    if "War of" in text:
        for m in ORDINAL_WAR_RE.finditer(text):
            for c in [c for c in out if c.label == "EVENT" and c.start == m.end()]:
                out.append(Candidate(m.start(), c.end, "EVENT", "rule:en_ordinal_war18", 56, {}))
    if " of 1" in text:
        for m in EVENT_OF_YEAR_RE.finditer(text):
            drop_inside(out, m.start("e"), m.end("e"))
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_event_of_year18", 56, {}))
    if "'s" in text or "\u2019s" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in POSSESSIVE_EVENT_RE.finditer(text):
            if names.get(m.group("c"), ("",))[0] != "GPE":
                continue
            for c in [c for c in out if c.label == "EVENT" and c.start == m.start() and c.end > m.end()]:
                out.remove(c)
                out.append(Candidate(m.end(), c.end, "EVENT", "rule:en_possessive_event18", 56, {}))
                out.append(Candidate(m.start(), m.end("c"), "GPE", "rule:en_possessive_event18", 50, {}))


EVENT_PRIORITY = 57

WAR_YEAR_RE = re.compile(r"[ \t]+of[ \t]+1[6-9]\d\d(?:[\u2013-]\d{2,4})?(?![\w-])")


def _wars_of_year(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT" and text.endswith("War", c.start, c.end)]:
        m = WAR_YEAR_RE.match(text, c.end)
        if m is None or text[c.start:c.end] == "War":
            continue
        drop_inside(out, c.start, m.end())
        out.append(Candidate(c.start, m.end(), "EVENT", "rule:en_war_of_year19b", EVENT_PRIORITY, dict(c.norm or {})))


def find_wars_of_year(text: str, out: list) -> None:
    if "War of" in text:
        _wars_of_year(text, out)


_EVENT_OF_RE = re.compile(r"War[ \t]+of[ \t]+(?:Liberation|Independence)$")
_PLACE_AFTER_RE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?(?P<p>[A-Z][a-z]{2,20}(?:[ \t]+[A-Z][a-z]{2,20})?)(?![\w-])")
_WORD_BEFORE_RE = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]{2,20})[ \t]+$")


def _war_names(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT" and _EVENT_OF_RE.search(text, c.start, c.end)]:
        start, end = c.start, c.end
        after = _PLACE_AFTER_RE.match(text, end)
        if after:                         # 'the War of Liberation of Ruritania'
            end = after.end()
        before = _WORD_BEFORE_RE.search(text, max(0, start - 24), start)
        if before and before.group("w") not in NOT_EVENT_START and text[start:start + 3] == "War":
            start = before.start()        # 'the Ruritania War of Independence'
        if (start, end) != (c.start, c.end):
            replace_overlapping(out, Candidate(start, end, "EVENT", c.source, c.priority, c.norm))


def find_country_war_names(text: str, out: list) -> None:
    if "War of" in text:
        _war_names(text, out)


# Session 34 (w34enunit, from the cross-set reading of the English errors): a battle fought several times at one
# place is named by its spelled ordinal and the place alone (`at Third Ypres`, `after Second Manassas`, `the Third
# Isonzo battle`): one EVENT, the ordinal kept (guideline 10), the place not tagged inside it. Read only where the
# place is a river or region of the lexicon, a place the rules read at that span, a place the text also calls a
# `battle of X`, or after a preposition of time or place; never a state or province (the `Twentieth Maine`, the
# `Second Punjab` are regiments), a rank, a body or a unit (`Second Lieutenant`, `Third Reich`, `First Canadian`).
_BATTLE_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth",
                    "Eleventh", "Twelfth")
NUMBERED_BATTLE_RE = re.compile(
    r"\b(?P<o>" + "|".join(_BATTLE_ORDINALS) + r")[ \t]+(?P<p>[A-Z][a-z\u00e0-\u00ff]{2,20}"
    r"(?:[ \t]+[A-Z][a-z\u00e0-\u00ff]{2,20})?)(?![\w\u2019'-])")
_NOT_BATTLE_PLACE = frozenset((
    # heads, bodies, ranks, periods and the like after an ordinal
    "Army Armies Corps Division Brigade Regiment Battalion Company Battery Fleet Squadron Flotilla Wing Group Front "
    "Force Forces Air Navy Naval Infantry Cavalry Artillery Guards Marines Marine Foot Horse Rifles Lancers Hussars "
    "Dragoons Fusiliers Highlanders Gurkhas Sikhs Column Legion Light Heavy Mounted Field Route Area Zone District "
    "Lord Lady Lieutenant Officer Sergeant Mate Secretary Minister Sea Consul Earl Duke Baron Viscount Marquess "
    "Reich Republic Empire Kingdom Dynasty World Coalition International Congress Plenum Party Amendment Crusade "
    "Estate Coming Nations Class Day Aid Battle Battles War Campaign Offensive Period Phase Session Conference "
    "Council Plan Year Age Time Book Part Chapter Edition Avenue Street Church Baptist Presbyterian "
    "Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July August "
    "September October November December Spring Summer Autumn Winter Dominion Parliament Assembly Estate Order "
    "Communion Mass Prize Lesson Month Moon General Admiral Colonel Major Captain Commander Private "
    "Corporal Marshal Brother Sister Son Daughter Wife Emperor King Queen Prince Princess Commando Commandos Panzer Guard Reserve Reserves Division Front Fronts Emergency Intifada Schleswig "
    # states and provinces that name regiments, and the Indian regiments' origins
    "Alabama Arkansas California Carolina Connecticut Delaware Florida Georgia Illinois Indiana Iowa Kansas "
    "Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Nebraska Hampshire "
    "Jersey York Ohio Oregon Pennsylvania Rhode Tennessee Texas Vermont Virginia Wisconsin Colorado Dakota "
    "Ontario Quebec Queensland Victoria Wales Punjab Madras Bombay Bengal Baluch Rajput Rajputana Maratha "
    "Mahratta Dogra Jat Garhwal Kumaon Assam Bihar Burma Gurkha Frontier Hyderabad Mysore Sind Sindh Natal "
    "Transvaal Cape Otago Canterbury Auckland Wellington Ulster Munster Leinster Connaught London Londons").split())
_BATTLE_PREPOSITION_RE = re.compile(r"(?:\b(?:at|after|before|since|during|until|till|following|from|of|in|"
                                    r"through|survived|fought)[ \t]+)$")
_CAPITAL_AFTER_RE = re.compile(r"[ \t]+(?:of[ \t]+)?[A-Z]")
_UNIT_NOUN_AFTER_RE = re.compile(r"[ \t]+(?:arm(?:y|ies)|corps|divisions?|brigades?|regiments?|battalions?|"
                                 r"compan(?:y|ies)|batter(?:y|ies)|squadrons?|fleet|infantry|cavalry|volunteers|"
                                 r"rifles|men|troops)\b")


def _battle_place(text: str, place: str, start: int, end: int, ostart: int, out: list, names: dict) -> bool:
    words = place.split()
    if any(w in _NOT_BATTLE_PLACE or w.endswith(("ian", "ians", "ese", "ish", "ers")) for w in words):
        return False
    known = names.get(place, ("",))[0]
    if known == "LOC":
        return True
    if any(c.label in ("GPE", "LOC") and text[c.start:c.end] == place and (c.start == start or c.end < ostart or c.start > end)
           for c in out):
        return True                       # the place read as one here or elsewhere in the text
    if re.search(r"\b[Bb]attles?[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?" + re.escape(place) + r"\b", text):
        return True
    return (known == "" and _BATTLE_PREPOSITION_RE.search(text, max(0, ostart - 30), ostart) is not None
            and len(re.findall(r"\b" + re.escape(place) + r"\b", text)) > 1)   # and the place named alone elsewhere


def find_numbered_battles(text: str, out: list) -> None:
    if not any(o in text for o in _BATTLE_ORDINALS):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    names = None
    for m in NUMBERED_BATTLE_RE.finditer(text):
        named = [c for c in out if c.label == "EVENT" and c.start == m.start("p") and c.end >= m.end("p")]
        if named:                         # 'the Second Arakan campaign': the ordinal belongs to the name
            for c in named:
                replace_overlapping(out, Candidate(m.start(), c.end, "EVENT", c.source, max(c.priority, EVENT_PRIORITY),
                                                   c.norm))
            continue
        if (_UNIT_NOUN_AFTER_RE.match(text, m.end()) or text.startswith("-", m.end())
                or _CAPITAL_AFTER_RE.match(text, m.end())):
            continue
        if names is None:
            names = english_names()
        place = m.group("p")
        if not _battle_place(text, place, m.start("p"), m.end("p"), m.start(), out, names):
            continue
        if any(c.label in ("MIL_UNIT", "EVENT", "PERSON", "ORG") and c.start < m.end() and c.end > m.start()
               for c in out):
            continue
        drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_numbered_battle34", EVENT_PRIORITY, {}))
