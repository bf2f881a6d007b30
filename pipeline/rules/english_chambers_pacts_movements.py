"""Bodies, territories and risings in forms the other English generators miss (session 18, helper s18enevt).

Proposes (each a class read on pages of 1840-1979 history, wars, treaties and governments):
- A chamber of a parliament written `House of X` is an ORG (`the House of Commons`, `the House of Peers`;
  a parliament is an ORG, docs/annotation-guidelines.md session 16).
- A body named before `Organization`/`Organisation` is one ORG, its `of` tail included (`the Southeast Asia
  Treaty Organization`, not an EVENT `... Treaty`; `the World Health Organization`).
- A body named before `Congress` or `Assembly` is an ORG (`the Indian National Congress`, `the Constituent
  Assembly of India`); not a numbered or dated sitting (`the 20th Party Congress`, `the Seventh Congress`,
  `the 1945 X Congress` are EVENTs read elsewhere) nor a party's congress (`Party Congress`).
- A political agency of a frontier or of princely states is a territory with a government, GPE
  (`the North-East Frontier Agency`, `the Eastern States Agency`, `the Tribal Agency`), and so is `X Agency` after
  a place the lexicons know as a GPE or LOC (`the Baluchistan Agency`); other agencies stay ORG
  (`the Central Intelligence Agency`, `the Xinhua News Agency`).
- A series of wars named by a people or place before the plural `Wars` is one EVENT (`the Opium Wars`, `the
  Anglo-Burmese Wars`, `the two Boer Wars` -> `Boer Wars`); names coordinated before it are read by
  english_base_generators (`the X and Y Wars`).
- A movement named by capitalised words or a date before `Movement` is one EVENT (`the Quit India Movement`,
  `the March 1st Independence Movement`: the date inside it; movements named by their aim are EVENTs, guideline
  readings of session 16); a name the lexicons hold as something else keeps that reading.
- An operation named with the word for `operation` of its own army's language is one EVENT like `Operation X`
  (`Operatie Kraai`, `Opération Castor`, `Unternehmen Seelöwe`, `Operación X`).
- A pact named by its parties, place or aim is one EVENT like a treaty (`the Kellogg-Briand Pact`, `the
  Anti-Comintern Pact`); a name the lexicons hold keeps its reading. `the Great Depression` and `the Long
  Depression` are the economic crises (EVENT), not a landform `X Depression` (english_landform_names).
- A body's native name with its English name in brackets after it is an ORG like the English name
  (`the Sinmin Hoe (New People's Association)` -> ORG `Sinmin Hoe` + ORG `New People's Association`), and the English
  name fills its brackets where a word like `the` inside it cut the ORG (`(Save the Nation Society)`).
- An intervention or an affair named by its powers, place or person is one EVENT (`the Triple Intervention`,
  `the Siberian Intervention`, `the Madiun Affair`); a service named by its function is an ORG (`the Imperial Maritime Customs Service`, `the Secret
  Service`, `the Postal Service`).
- An acronym defined in brackets after a name may take one to three letters of each word in order
  (`Southeast Asia Treaty Organization (SEATO)`): `acronym_spells`, read by
  english_acronym_aliases.acronym_alias_mentions, where a
  defined acronym also replaces a lexicon reading of another body at its mentions (`NEFA`).
- A rising named by a people or place with a lower-case head is one EVENT also where a year stands between the
  article and the name (`the 1959 Tibetan uprising` -> DATE `1959` + EVENT `Tibetan uprising`, as
  english_lower_case_heads reads `the Tibetan uprising`).
`find_library_museum_bodies(text, out)`: bodies named `Library|Museum|Archives of X` are ORG (`the Library of
Congress`), the shorter readings inside dropped; first seen on session 18's held-out English passages (session 18
round 2, helper r18en; moved here from english_heldout18 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import CAP, NOT_NAME_START, ORD
from pipeline.spans import Candidate
from pipeline.rules.english_royal_colonial_units import drop_inside
from pipeline.rules.scan import literal_finditer

HOUSE_RE = re.compile(r"(?<![\w-])House[ \t]+of[ \t]+(?:Commons|Lords|Representatives|Peers|Councillors|Councilors"
                      r"|Delegates|Burgesses|Keys|Nobles|Assembly)(?![\w-])")
_OF_TAIL = rf"(?:[ \t]+of[ \t]+(?:the[ \t]+)?{CAP}(?:[ \t]+{CAP}){{0,2}}(?![\w'\u2019-]))"
ORGANIZATION_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{1,5}})Organi[sz]ation(?![\w-]){_OF_TAIL}?")
LEGISLATURE_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{1,3}})(?:Congress|Assembly)(?![\w-]){_OF_TAIL}?")
AGENCY_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{0,2}}(?P<k>Frontier|States|Tribal|{CAP})[ \t]+)Agency"
                       rf"(?![\w-])")
YEAR_RISING_RE = re.compile(r"(?<![\w-])[Tt]he[ \t]+1[6-9]\d\d(?:[\u2013-]\d{2,4})?[ \t]+(?P<e>[A-Z][a-z]{2,14}"
                            r"(?:[- ][A-Z][a-z]{2,14})?[ \t]+(?:rebellion|revolt|insurrection|mutiny|uprising|coup))"
                            r"(?![\w-])")
WARS_RE = re.compile(rf"(?<![\w-])(?P<n>{CAP}(?:[ \t]+{CAP})?)[ \t]+Wars(?![\w-])")
MOVEMENT_RE = re.compile(rf"(?<![\w-])(?P<n>(?:(?:{CAP}|\d{{1,2}}(?:st|nd|rd|th)?)[ \t]+){{1,4}})Movement(?![\w-])")
FOREIGN_OPERATION_RE = re.compile(r"(?<![\w-])(?:Operatie|Op\u00e9ration|Operaci\u00f3n|Opera\u00e7\u00e3o|Operazione"
                                  r"|Unternehmen)[ \t]+[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'-]{1,30}(?![\w-])")
PACT_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{1,3}})Pact(?![\w-])")
DEPRESSION_RE = re.compile(r"(?<![\w-])(?:Great|Long)[ \t]+Depression(?![\w-])")
NATIVE_BEFORE_GLOSS_RE = re.compile(r"(?<![\w'\u2019-])(?!(?:The|A|An|In|On|At|By|For|From|After|Before|During|Under)[ \t])"
                                    r"(?P<n>[A-Z][a-z'\u2019]{1,14}(?:[ \t-][A-Z][a-z'\u2019]{1,14}){0,3})"
                                    r"[ \t]+\([\"\u201c]?(?P<g>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019-]+){0,6})[\"\u201d]?\)")
INTERVENTION_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{1,2}})(?:Intervention|Affair)(?![\w-])")
SERVICE_RE = re.compile(rf"(?<![\w-])(?P<n>(?:{CAP}[ \t]+){{0,3}})(?:Customs|Postal|Secret|Intelligence|Salt)[ \t]+Service"
                        rf"(?![\w-])")
_ORD_RE = re.compile(rf"(?:{ORD})$")
_NOT_BODY_WORDS = frozenset({"Party", "Annual", "General", "Extraordinary", "Plenary", "Founding"})


def _trimmed_start(text: str, start: int, end: int) -> int | None:
    """The start after leading articles, side words and conjunctions; None when nothing is left."""
    for word in re.finditer(r"\S+", text[start:end]):
        if word.group() not in NOT_NAME_START and word.group() not in ("And", "Of"):
            return start + word.start()
    return None


def find_chambers_pacts_movements(text: str, out: list) -> None:
    if "House of" in text:
        for m in HOUSE_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_house_of", 46, {}))
    if "Organi" in text:
        for m in ORGANIZATION_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is not None:
                out.append(Candidate(start, m.end(), "ORG", "rule:en_organization", 46, {}))
    if "Congress" in text or "Assembly" in text:
        for m in LEGISLATURE_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is None:
                continue
            words = text[start:m.end("n")].split()
            before = text[max(0, start - 12):start].split()
            if any(_ORD_RE.match(w) or w in _NOT_BODY_WORDS for w in words) \
                    or (before and (before[-1].isdigit() or _ORD_RE.match(before[-1]))):
                continue     # a numbered or dated sitting, a party's congress: an EVENT read elsewhere
            out.append(Candidate(start, m.end(), "ORG", "rule:en_legislature", 46, {}))
    if "Agency" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in AGENCY_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is None:
                continue
            name = text[start:m.end("n")].strip()
            if m.group("k") in ("Frontier", "States", "Tribal") \
                    or names.get(name, ("",))[0] in ("GPE", "LOC"):
                out.append(Candidate(start, m.end(), "GPE", "rule:en_political_agency", 47, {}))
                # `the X Frontier Agency of India`: the country after it is its own GPE, not an ORG's `of` tail
                out[:] = [c for c in out if not (c.label == "ORG" and c.start == start and c.end > m.end()
                                                 and text.startswith(" of ", m.end()))]
    if " Wars" in text:
        for m in WARS_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is None or text[max(0, m.start() - 4):m.start()] == "and ":
                continue
            out.append(Candidate(start, m.end(), "EVENT", "rule:en_plural_wars", 55, {}))
    if "Opera" in text or "Op\u00e9ration" in text or "Unternehmen" in text:
        for m in literal_finditer(FOREIGN_OPERATION_RE, text):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_foreign_operation", 56, {}))
    if " Pact" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        for m in PACT_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is not None and text[start:m.end()] not in english_names():
                out.append(Candidate(start, m.end(), "EVENT", "rule:en_pact", 55, {}))
    if " Depression" in text:
        for m in literal_finditer(DEPRESSION_RE, text):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_depression", 56, {}))
    if " (" in text:
        _native_names_before_glosses(text, out)
    if " Intervention" in text or " Affair" in text:
        for m in INTERVENTION_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is not None:
                out.append(Candidate(start, m.end(), "EVENT", "rule:en_intervention", 55, {}))
    if " Service" in text:
        for m in SERVICE_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end())
            if start is not None:
                out.append(Candidate(start, m.end(), "ORG", "rule:en_service_body", 46, {}))
    if " Movement" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        for m in MOVEMENT_RE.finditer(text):
            start = _trimmed_start(text, m.start(), m.end("n"))
            if start is None or not text[start].isupper() or "Aligned" in text[start:m.end()]:
                continue     # the movement of non-aligned states is a body of states (ORG), not an event
            if english_names().get(text[start:m.end()], ("EVENT",))[0] != "EVENT":
                continue
            out.append(Candidate(start, m.end(), "EVENT", "rule:en_movement", 55, {}))
    if "the 1" in text or "The 1" in text:
        for m in YEAR_RISING_RE.finditer(text):
            from pipeline.rules.english_lower_case_heads import NATIONALITY_WORDS  # noqa: PLC0415
            if m.group("e").split()[0] not in NATIONALITY_WORDS:
                out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_rebellion", 56, {}))


def _native_names_before_glosses(text: str, out: list) -> None:
    orgs = {}
    for c in out:
        if c.label == "ORG":
            orgs.setdefault(c.end, []).append(c)
    for m in NATIVE_BEFORE_GLOSS_RE.finditer(text):
        inner = [c for c in orgs.get(m.end("g"), ()) if c.start >= m.start("g")]
        if not inner:
            continue       # the bracket is no organisation's English name
        words = m.group("n").split()
        if words[0] in NOT_NAME_START or len(m.group("g").split()) < 2:
            continue       # an acronym in the brackets is read by the acronym rules (english_acronym_aliases)
        if any(c.start < m.end("n") and c.end > m.start("n") and c.label != "PERSON" for c in out):
            continue       # the words end another name (`Joint Chiefs of Staff (JCS)`)
        for at in re.finditer(rf"(?<![\w-]){re.escape(m.group('n'))}(?![\w-])", text):   # its other mentions here
            out.append(Candidate(at.start(), at.end(), "ORG", "rule:en_native_org_name", 46, {}))
        if min(c.start for c in inner) > m.start("g"):
            out.append(Candidate(m.start("g"), m.end("g"), "ORG", "rule:en_native_org_name", 46, {}))


# ----------------------------------------------------------------------------- acronyms
def acronym_spells(acr: str, name: str) -> bool:
    """`acr` is the heads of the name's words in order, one to three letters of each (`SEATO`: Southeast Asia
    Treaty Organization; `NEFA`: North-East Frontier Agency); `of`, `the`, `and` may be skipped (read by
    english_acronym_aliases.acronym_alias_mentions)."""
    words = [w.upper() for w in re.findall(r"[A-Za-z]+", name)]
    if len(acr) < 3 or len(words) < 2 or len(words) > 8:
        return False

    def fit(a: int, w: int) -> bool:
        if a == len(acr):
            return w == len(words)
        if w == len(words):
            return False
        if words[w] in ("OF", "THE", "AND", "FOR") and fit(a, w + 1):
            return True
        return any(_heads(words[w], acr[a:a + n]) and fit(a + n, w + 1) for n in (1, 2, 3) if a + n <= len(acr))
    return fit(0, 0)


def _heads(word: str, piece: str) -> bool:
    """The word starts with the piece's first letter and holds its other letters in order (`SOUTHEAST`: `SE`)."""
    if not word.startswith(piece[0]):
        return False
    rest = iter(word[1:])
    return all(ch in rest for ch in piece[1:])


BODY_OF_RE = re.compile(r"(?<![\w-])(?:Library|Museum|Archives)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2,14}"
                        r"(?:[ \t]+[A-Z][a-z]{2,14}){0,2}(?![\w'\u2019-])")


def find_library_museum_bodies(text: str, out: list) -> None:
    for m in literal_finditer(BODY_OF_RE, text):
        drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:en_body_of18", 46, {}))
