"""Classes seen on session 18's held-out English passages (session 18 round 2, helper r18en).

Proposes (each a class that recurred on unseen pages of 1840-1979 history):
- A bare surname after a noun of a man's death or burial with `of` is a PERSON (`the death of Wexley`, `the
  funeral of Ormsby`): a city falls or is taken, it does not die; the word must be unknown to the lexicons and no
  everyday word (english_person_clauses._unknown_name), as english_bare_surnames reads its frames, and then
  english_dev8's one-word pass reads its other mentions (`reported to Wexley`). A commander's possessive before a
  lower-case arm (`Wexley's infantry`, `Ormsby's guns`) is read by english_audit_person_forms._FORCE_NOUN_RE.
- Ordinals listed before one plural echelon joined by `or` are one MIL_UNIT like those joined by `and` (`the 3d,
  19th, or 8th Divisions`), and so are ordinals listed before `batteries` in either case (`the 31st and 58th
  batteries`): guideline reading 4 (named formations coordinated before one plural echelon are one).
- A regiment's royal possessive is part of its name, straight or curly apostrophe (`the King’s Royal Rifles`, `the
  Queen's Own Highlanders`, `the Prince of Wales's Own Regiment`), as the dev golds keep `8th King’s Royal Irish
  Hussars` whole; the patron is no PERSON.
- Colonial volunteer units by their head (`X Light Horse`, `X Mounted Rifles`/`Riflemen`/`Infantry`, `X Carbineers`,
  `X Naval Volunteers`, `X Volunteers`, not after a people's adjective, and a commander's possessive before `Horse`, `Light Horse`,
  `Mounted Infantry`, `Scouts`: `Lumsden's Horse`) are one MIL_UNIT each, not a cape or a person.
- An ordinal word before `War of X` belongs to the EVENT (`the Second War of Greek Liberation`, guideline 10: event
  names keep their ordinal); a capitalised event head with `of` and a year is one EVENT (`the Revolt of 1848`: a date
  naming an event is the EVENT, guideline readings of session 17) where the head follows the article (a named event
  before `of 1927` keeps its DATE: `the Canton Rising of 1927`); a country's possessive before an event name is its
  own GPE (`Persia's Constitutional Revolution` -> GPE `Persia` + EVENT `Constitutional Revolution`).
- A company's force after its possessive is its own MIL_UNIT (`the Levant Company's Army` -> ORG + MIL_UNIT `Army`).
- Bodies named `Library|Museum|Archives of X` are ORG (`the Library of Congress`); a capitalised region
  adjective before a lower-case landform plural (`the Gangetic plains`, `the Deccan plateau`) is one LOC like `X pass`.
- A boundary line is a line on the map, not a structure: LOC like the International Date Line (guideline readings of
  session 8), where `Line` follows a surname in a boundary context (border, boundary, frontier, demarcation, drawn,
  ceasefire) and not a defensive one (built, fortified, held, troops, positions), or names a ceasefire or control line (`Line of Control`, `Line of Actual Control`, `Ceasefire Line`,
  `Armistice Line`, `Demarcation Line`); defensive lines stay FAC (`Main Line of Resistance`, `Wyoming Line`: a place
  name before `Line` is a front's code line).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_grammar import INNER_QUAL, ORD
from pipeline.spans import Candidate

_PLURAL_ECHELON = r"(?:[Aa]rmies|[Cc]orps|[Dd]ivisions|[Bb]rigades|[Rr]egiments|[Bb]attalions|[Cc]ompanies|[Ss]quadrons" \
                  r"|[Bb]atteries|[Ff]leets|[Cc]olumns|[Dd]etachments|[Ww]ings|Marines)"
ORDINAL_LIST_RE = re.compile(
    rf"(?<![\w-])(?P<u>{ORD}(?:[ \t]*,[ \t]*{ORD}){{0,8}},?[ \t]+(?P<j>and|or|&)[ \t]+{ORD}[ \t]+"
    rf"(?:{INNER_QUAL}[ \t]+)?(?P<e>{_PLURAL_ECHELON}))(?![\w-])")

_ROYAL = r"(?:King|Queen|Prince|Princess|Empress|Prince[ \t]+of[ \t]+Wales|Princess[ \t]+of[ \t]+Wales" \
         r"|Duke[ \t]+of[ \t]+[A-Z][a-z]{2,14}|Duchess[ \t]+of[ \t]+[A-Z][a-z]{2,14})['\u2019]s[ \t]+"
ROYAL_BEFORE_RE = re.compile(rf"(?<![\w'\u2019-])(?P<r>{_ROYAL})\Z")

_CAPW = r"[A-Z][a-z]{2,14}"
COLONIAL_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>(?:{_CAPW}[ \t]+){{0,2}}{_CAPW})[ \t]+(?P<h>Light[ \t]+Horse|Mounted[ \t]+Rifles"
    rf"|Mounted[ \t]+Riflemen|Mounted[ \t]+Infantry|Carbineers|Carabiniers|Naval[ \t]+Volunteers"
    rf"|Volunteer[ \t]+Rifles|Volunteers)(?![\w-])")
POSSESSIVE_FORCE_RE = re.compile(
    rf"(?<![\w'\u2019-])(?P<n>{_CAPW})['\u2019]s[ \t]+(?:Light[ \t]+Horse|Horse|Mounted[ \t]+Infantry|Scouts"
    rf"|Mounted[ \t]+Rifles)(?![\w-])")
_NOT_UNIT_START = frozenset("The A An And Or Of In On At To By For From With His Her Their Its Our Some Many Most "
                            "All Both Two Three Four Five Several These Those This That When While After Before".split())

ORDINAL_WAR_RE = re.compile(r"(?<![\w-])(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh)[ \t]+(?=War[ \t]+of[ \t]+[A-Z])")
EVENT_OF_YEAR_RE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<e>(?:Rebellion|Revolution|Mutiny|Revolt|Uprising|Rising|Insurrection|War|Crisis|Coup|Massacre"
    r"|Famine|Expedition|Campaign|Incident|Treaty|Convention|Agreement|Settlement|Reforms?)[ \t]+of[ \t]+"
    r"1[89]\d\d(?:[\u2013-]\d{2,4})?)(?![\w-])")
POSSESSIVE_EVENT_RE = re.compile(r"(?<![\w-])(?P<c>[A-Z][a-z]{2,14})['\u2019]s[ \t]+(?=[A-Z])")

BODY_OF_RE = re.compile(r"(?<![\w-])(?:Library|Museum|Archives)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2,14}"
                        r"(?:[ \t]+[A-Z][a-z]{2,14}){0,2}(?![\w'\u2019-])")
REGION_LANDFORM_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+(?P<l>[A-Z][a-z]{2,14}(?:[ \t]+[A-Z][a-z]{2,14})?[ \t]+"
                                r"(?:plains|plateau|uplands|lowlands|highlands|steppes?|delta|deserts?))(?![\w-])")

BOUNDARY_LINE_RE = re.compile(
    r"(?<![\w-])(?P<l>(?:(?:Ma?c)?[A-Z][a-z]{2,14}(?:[\u2013-](?:Ma?c)?[A-Z][a-z]{2,14})?[ \t]+Line"
    r"|Line[ \t]+of[ \t]+(?:Actual[ \t]+)?Control|(?:Military[ \t]+)?Demarcation[ \t]+Line|Cease-?[Ff]ire[ \t]+Line"
    r"|Armistice[ \t]+Line))(?![\w-])")
_ACRONYM_AFTER = re.compile(r"\s?\((?P<a>[A-Z]{2,6})\)")
_CONTROL_LINE = re.compile(r"Line[ \t]+of|Demarcation|Cease|Armistice")
_BOUNDARY_CONTEXT = re.compile(r"(?i)\b(?:border|borders|boundary|boundaries|frontier|frontiers|demarcat\w*|"
                               r"drawn|delimit\w*|partition\w*|divid\w*|separat\w*|ceasefire|cease-fire|treaty|convention)\b")
_DEFENCE_CONTEXT = re.compile(r"(?i)\b(?:fortif\w*|pillbox\w*|bunkers?|trenches|defen[cs]es?|defensive|held|attack\w*|"
                              r"broke|breach\w*|assault\w*|manned|built|constructed|forts?|fortress\w*|concrete|"
                              r"withdr[ae]w\w*|retreat\w*|positions?|troops|outposts?)\b")


DEATH_OF_RE = re.compile(r"(?<![\w-])(?:death|deaths|murder|assassination|execution|funeral|burial|wounding|grave"
                         r"|widow|killing)[ \t]+of[ \t]+(?P<w>(?:Mc|Mac)?[A-Z][a-z]{2,20})(?![\w'\u2019-]|[ \t]+[A-Z])")


def _nationalities() -> frozenset:
    from pipeline.rules.english_prose import NATIONALITIES  # noqa: PLC0415

    return NATIONALITIES


def _regiment_norm() -> dict:
    """A named colonial corps is a regiment (团), as english_units reads `X Rifles` (norm text `X Regiment`)."""
    return norm_en.normalize_unit_en("Natal Regiment", "")


def _drop_inside(out: list, start: int, end: int, labels=None) -> None:
    out[:] = [c for c in out if not (c.start >= start and c.end <= end and (c.end - c.start) < (end - start)
                                     and (labels is None or c.label in labels))]


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right = min([i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0] or [len(text)])
    return text[left + 1:right]


def _units(text: str, out: list) -> None:
    for m in ORDINAL_LIST_RE.finditer(text):
        if m.group("j") != "or" and not m.group("e").lower().startswith("batter"):
            continue          # lists with `and` before the other echelons are UNIT_RE's
        span = m.group("u")
        _drop_inside(out, m.start("u"), m.end("u"), ("MIL_UNIT",))
        out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_ordinal_list18", 61,
                             norm_en.normalize_unit_en(span, text[max(0, m.start() - 40):m.start()])))
    if "'s" in text or "\u2019s" in text:
        for c in [c for c in out if c.label == "MIL_UNIT"]:
            r = ROYAL_BEFORE_RE.search(text, max(0, c.start - 40), c.start)
            if r is None:
                continue
            start = r.start("r")
            o = re.search(rf"(?<![\w-]){ORD}[ \t]+\Z", text[max(0, start - 12):start])
            if o:
                start -= len(o.group())
            _drop_inside(out, start, c.end)
            out.append(Candidate(start, c.end, "MIL_UNIT", "rule:en_royal_regiment18", 61,
                                 norm_en.normalize_unit_en(text[start:c.end], text[max(0, start - 40):start])))
    for m in COLONIAL_RE.finditer(text):
        words = m.group("n").split()
        while words and words[0] in _NOT_UNIT_START:
            words.pop(0)
        if not words:
            continue
        start = m.end("n") - len(" ".join(words))
        if text[start:m.end("n")] != " ".join(words):
            continue
        if words[0] in _nationalities():
            continue          # `Indian Volunteers`, `British Mounted Infantry`: a people's, no corps' name
        _drop_inside(out, start, m.end())
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_colonial_unit18", 61, _regiment_norm()))
    for m in POSSESSIVE_FORCE_RE.finditer(text):
        if m.group("n") in _NOT_UNIT_START:
            continue
        _drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_colonial_unit18", 61, _regiment_norm()))


ORG_FORCE_AFTER_RE = re.compile(r"['\u2019]s[ \t]+(?P<f>Army|Navy|Fleet|Marine|Marines|Militia)(?![\w'\u2019-]|[ \t]+[A-Z])")


def _org_forces(text: str, out: list) -> None:
    """A company's or a body's own force after its possessive: ORG + MIL_UNIT (`the Levant Company's Army` ->
    ORG `Levant Company` + MIL_UNIT `Army`), as a force's possessive before a unit is its own span and an
    organisation's owner in the possessive is outside it (guideline readings of session 8)."""
    for c in [c for c in out if c.label == "ORG"]:
        m = ORG_FORCE_AFTER_RE.match(text, c.end)
        if m is None:
            continue
        out[:] = [x for x in out if x is c or not (x.start < m.end() and x.end > c.start
                                                   and (x.start < c.start or x.end > c.end or x.start >= c.end))]
        out.append(Candidate(m.start("f"), m.end("f"), "MIL_UNIT", "rule:en_org_force18", 61,
                             norm_en.normalize_unit_en(m.group("f"), "")))


def _events(text: str, out: list) -> None:
    if "War of" in text:
        for m in ORDINAL_WAR_RE.finditer(text):
            for c in [c for c in out if c.label == "EVENT" and c.start == m.end()]:
                out.append(Candidate(m.start(), c.end, "EVENT", "rule:en_ordinal_war18", 56, {}))
    if " of 1" in text:
        for m in EVENT_OF_YEAR_RE.finditer(text):
            _drop_inside(out, m.start("e"), m.end("e"))
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


def _places(text: str, out: list) -> None:
    for m in BODY_OF_RE.finditer(text):
        _drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_body_of18", 46, {}))
    nationalities = None
    for m in REGION_LANDFORM_RE.finditer(text):
        first = m.group("l").split()[0]
        if nationalities is None:
            nationalities = _nationalities()
        if first in nationalities:
            continue          # `the Japanese lowlands`: a people's adjective, no name
        _drop_inside(out, m.start("l"), m.end("l"))
        out.append(Candidate(m.start("l"), m.end("l"), "LOC", "rule:en_region_landform18", 45, {}))
    if "Line" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in BOUNDARY_LINE_RE.finditer(text):
            if re.search(r"(?<![\w'\u2019-])(?!(?:The|A|An)[ \t])[A-Z][\w'\u2019-]*[ \t]+\Z",
                         text[max(0, m.start() - 20):m.start()]):
                continue      # the end of a longer name (`Gin Drinkers Line`): left to the others
            if not _CONTROL_LINE.match(m.group("l")):
                if names.get(m.group("l").split()[0], ("",))[0] in ("GPE", "LOC"):
                    continue  # `Kansas Line`, `Wyoming Line`: the code lines of a front take place names (FAC)
                sentence = _sentence(text, m.start(), m.end())
                if not _BOUNDARY_CONTEXT.search(sentence) or _DEFENCE_CONTEXT.search(sentence):
                    continue
            start, end = m.start("l"), m.end("l")
            for c in [c for c in out if c.start == start and c.end == end and c.label == "FAC"]:
                out.remove(c)
            out.append(Candidate(start, end, "LOC", "rule:en_boundary_line18", 47, {}))
            a = _ACRONYM_AFTER.match(text, end)
            if a:             # its acronym defined in brackets takes the same label (english_prose._lines)
                for c in [c for c in out if c.start == a.start("a") and c.end == a.end("a") and c.label == "FAC"]:
                    out.remove(c)
                    out.append(Candidate(c.start, c.end, "LOC", c.source, c.priority, {}))


def _persons(text: str, out: list) -> None:
    if " of " not in text:
        return
    from pipeline.rules.english_bare_surnames import _SEATS  # noqa: PLC0415
    from pipeline.rules.english_person_clauses import _unknown_name  # noqa: PLC0415

    for m in DEATH_OF_RE.finditer(text):
        if m.group("w") in _SEATS or not _unknown_name(m.group("w")):
            continue
        out.append(Candidate(m.start("w"), m.end("w"), "PERSON", "rule:en_death_of18", 33, {}))


def find_heldout18(text: str, out: list) -> None:
    _persons(text, out)
    _units(text, out)
    _events(text, out)
    _places(text, out)
    if "Company" in text or "Society" in text:
        _org_forces(text, out)
