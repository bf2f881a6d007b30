"""Forms of the English histories of the Korean War and the Chinese Civil War (session 15, auditen13).

- A named outpost is a named position (FAC, the spec's FAC row): `Outpost Harry`, `Outpost Siberia`, `OP Kelly`,
  `Combat Outpost Yoke`, `Outpost East Berlin`; the name alone later in the same paragraph (`Siberia lay midway …`)
  is the same position, not the region a lexicon knows by that name.
- A camp by its name is a FAC (a man-made installation): `Camp McGill`, `Camp Drake`, `Camp Pendleton`; not a
  camp's officer or body written with a capital (`Camp Commandant`, `Camp Headquarters`).
- Corps numbered in Roman figures and coordinated before one `Corps` are one MIL_UNIT (spec rule 4): `US I and IX
  Corps`, `I, IX and X Corps` (the US, ROK and British corps of Korea were numbered so); a lone `I` does not open the list where
  it is the pronoun (at a clause's opening, after `as`, `when`, `and` ...: `As I and X Corps men know` is not read).
- Two places joined by a hyphen before `area`, `sector`, `region` or `front` are two places (the hyphen says
  "between"): `the Chinch'on-Ch'ongju area` -> GPE `Chinch'on` + GPE `Ch'ongju`, as `Kongju-Nonsan` already is; a
  line or a railway so named stays one FAC (`the Pyongyang-Wonsan line`).
- A defence line named in lower case before its name, the usage of the US Army's official histories (`line Idaho`,
  `to line Kansas`), is a FAC like `Line Kansas` (readings), not the US state the name also is.
- Korean villages joined by hyphens (`the Soksa-ri-Pangnim-ni segment`) are each a GPE, as one alone is.
- Guards on the others' readings, from the grammar of English noun phrases:
  - a pronoun or a determiner is never a PERSON (`Recon. Sgt. We were ...`: a rank abbreviation before a sentence);
  - a numbered unit's possessive ends it (`the 27th Infantry Regiment's Company E` -> `27th Infantry Regiment` +
    `Company E`, not `27th Infantry Regiment's Company`), as a force's possessive before a unit does (readings);
  - an EVENT read across a possessive before an `Operation X` is the owner and the operation (`General Smith's
    Operation Counter` -> PERSON `Smith` + EVENT `Operation Counter`);
  - an ORG read up to an echelon word whose letter follows (`the Soldiers of Company E`) is the lettered company.

Written from how these names are formed in military English (the outposts of the Korean War's last two years were
named, not numbered; the US and Commonwealth camps in Japan and Korea were named after persons), not from any
annotated set. Cheap where it does not apply: each form is tried only where its literal stands.
"""

from __future__ import annotations

import re

from pipeline.normalize.english import normalize_unit_en
from pipeline.spans import Candidate

PRIORITY = 62
_NAME = r"(?:Mc|Mac|O')?[A-Z][a-z]{2,14}"
_OUTPOST_RE = re.compile(
    rf"(?<![\w-])(?:(?:Combat[ \t]+)?Outpost|OP)[ \t]+(?P<n>(?:(?:East|West|North|South|Little|Big|Old|New|Upper|Lower)"
    rf"[ \t]+)?{_NAME})(?![\w-])")
# capitalised words after 'Outpost'/'OP' that are no name (a time, a month, a part of a title)
_NOT_NAMES = frozenset("Line Lines Zone Area Sector Commander Company Platoon Line The This That These Monday Tuesday "
                       "Wednesday Thursday Friday Saturday Sunday January February March April May June July August "
                       "September October November December Project Battle Hill".split())
_CAMP_RE = re.compile(rf"(?<![\w-])Camp[ \t]+(?P<n>{_NAME})(?![\w-])")
_NOT_CAMP_NAMES = frozenset("Commandant Commander Headquarters Staff Guard Guards Hospital Life Followers Number Police "
                            "Director Chief Administration Office Officer Officers Committee Leader".split())
_PAIR_AFTER_RE = re.compile(r"[ \t]+(?:area|sector|region|front|district)s?(?![\w-])")
_PAIR_RE = re.compile(r"(?P<a>[A-Z][a-z'\u2019\u0103\u014f]{2,14})-(?P<b>[A-Z][a-z'\u2019\u0103\u014f]{2,14})")


_ROMAN = r"(?:XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
_ROMAN_LIST_RE = re.compile(rf"(?<![\w.'-])(?P<first>{_ROMAN})(?:(?:,[ \t]*|,?[ \t]+and[ \t]+){_ROMAN}){{1,5}}[ \t]+Corps"
                            r"(?![\w-])")
# where 'I' is the pronoun: at a sentence's or a clause's opening, after a subordinator or a coordinator
_PRONOUN_BEFORE_RE = re.compile(r"(?:^|[.!?;:\"\u201c(\n][ \t]*|(?i:\b(?:as|when|if|that|so|then|because|while|after|"
                                r"before|where|since|until|but|or|and|which|who|what|how|than)[ \t]+))$")


def _roman_corps(text: str, out: list) -> None:
    pos = 0
    while True:
        m = _ROMAN_LIST_RE.search(text, pos)
        if m is None:
            return
        if m.group("first") == "I" and _PRONOUN_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            pos = m.start() + 1        # the pronoun: the list may still start at the next figure
            continue
        norm = normalize_unit_en(m.group(), text[max(0, m.start() - 40):m.start()])
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_roman_corps_list", PRIORITY, norm))
        pos = m.end()


def _outposts(text: str, out: list) -> None:
    names = []
    for m in _OUTPOST_RE.finditer(text):
        name = m.group("n")
        if name.split()[-1] in _NOT_NAMES or name in _NOT_NAMES:
            continue
        if m.group().startswith("OP") and not re.match(r"OP[ \t]", m.group()):
            continue
        out[:] = [c for c in out if not (m.start() <= c.start and c.end <= m.end() and c.label in ("GPE", "LOC", "FAC",
                                                                                                     "PERSON"))]
        out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_named_outpost", PRIORITY, {"id": None}))
        names.append((m.start("n"), m.end(), name))
    for start, end, name in names:      # the outpost's name alone later in the paragraph
        for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[end:]):
            s, e = end + hit.start(), end + hit.end()
            if any(c.start < e and s < c.end and c.label in ("MIL_UNIT", "PERSON", "ORG", "EVENT") for c in out):
                continue
            out[:] = [c for c in out if not (c.start < e and s < c.end)]
            out.append(Candidate(s, e, "FAC", "rule:en_named_outpost", PRIORITY, {"id": None}))


def _camps(text: str, out: list) -> None:
    for m in _CAMP_RE.finditer(text):
        if m.group("n") in _NOT_CAMP_NAMES:
            continue
        out[:] = [c for c in out if not (m.start() <= c.start and c.end <= m.end() and c.label in ("GPE", "LOC",
                                                                                                     "PERSON"))]
        out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_named_camp", PRIORITY, {"id": None}))


def _hyphen_pairs(text: str, out: list) -> None:
    for cand in [c for c in out if c.label in ("GPE", "LOC")]:
        m = _PAIR_RE.fullmatch(text, cand.start, cand.end)
        if m is None or not _PAIR_AFTER_RE.match(text, cand.end):
            continue
        out.remove(cand)
        for part in ("a", "b"):
            out.append(Candidate(m.start(part), m.end(part), cand.label, cand.source + "+pair", cand.priority,
                                 {"id": None}))


_PRONOUNS = frozenset("I We He She They It You Us Him Them Me My Our His Her Their Its Your This That These Those The "
                      "A An There Here Who Which What One".split())
_POSSESSIVE_RE = re.compile(r"['\u2019]s[ \t]")
_LETTER_AFTER_RE = re.compile(r"[ \t]+[A-Z](?![\w'\u2019-])")


_LOWER_LINE_RE = re.compile(r"(?<![\w-])line[ \t]+(?P<n>[A-Z][a-z]{3,15})(?![\w'\u2019\u2013\u2014-]|[ \t]+(?:to|and)[ \t]+[A-Z])")
_VILLAGE_CHAIN_RE = re.compile(r"(?<![\w-])[A-Z][a-z'\u2019]{1,12}-(?:ri|ni|dong)(?:-[A-Z][a-z'\u2019]{1,12}-(?:ri|ni|dong)){1,3}"
                               r"(?![\w-])")
_CHAIN_PART_RE = re.compile(r"[A-Z][a-z'\u2019]{1,12}-(?:ri|ni|dong)")


def _lower_lines(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    names = None
    for m in _LOWER_LINE_RE.finditer(text):
        name = m.group("n")
        if name in STOP:
            continue
        if common_word(name):
            names = names if names is not None else english_names()
            if names.get(name, ("",))[0] not in ("GPE", "LOC"):
                continue        # 'the line Moved ...' is no name; a state's name ('line Idaho') is
        out[:] = [c for c in out if not (m.start() <= c.start and c.end <= m.end())]
        out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_lower_named_line", PRIORITY, {"id": None}))


def _village_chains(text: str, out: list) -> None:
    for m in _VILLAGE_CHAIN_RE.finditer(text):
        out[:] = [c for c in out if not (c.start < m.end() and m.start() < c.end and c.label in ("GPE", "LOC", "FAC"))]
        for part in _CHAIN_PART_RE.finditer(text, m.start(), m.end()):
            out.append(Candidate(part.start(), part.end(), "GPE", "rule:en_village_chain", PRIORITY, {"id": None}))


def _guards(text: str, out: list) -> None:
    drop = []
    for cand in out:
        span = text[cand.start:cand.end]
        if cand.label == "PERSON" and span in _PRONOUNS:
            drop.append(cand)
        elif cand.label in ("MIL_UNIT", "EVENT") and ("'s" in span or "\u2019s" in span):
            m = _POSSESSIVE_RE.search(span)
            if m is None:
                continue
            cut = cand.start + m.start()
            after = cand.start + m.end()
            if cand.label == "MIL_UNIT":
                owner = [c for c in out if c.label == "MIL_UNIT" and c.start == cand.start and c.end == cut
                         and (c.norm or {}).get("numbers")]
                if owner:
                    drop.append(cand)
            elif text.startswith("Operation", after) and any(c.label == "EVENT" and c.start == after for c in out):
                drop.append(cand)
        elif cand.label == "ORG" and span.endswith(("Company", "Battery", "Troop")) \
                and _LETTER_AFTER_RE.match(text, cand.end) \
                and any(c.label == "MIL_UNIT" and c.start < cand.end < c.end for c in out):
            drop.append(cand)
    if drop:
        out[:] = [c for c in out if not any(c is d for d in drop)]


def find_korea_forms(text: str, out: list) -> None:
    _guards(text, out)
    if "Outpost" in text or "OP " in text:
        _outposts(text, out)
    if "Camp " in text:
        _camps(text, out)
    if "Corps" in text:
        _roman_corps(text, out)
    if "-" in text:
        _hyphen_pairs(text, out)
        if "-ri-" in text or "-ni-" in text or "-dong-" in text:
            _village_chains(text, out)
    if "line " in text:
        _lower_lines(text, out)
