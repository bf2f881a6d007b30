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
