"""English EVENT, ORG and MIL_UNIT forms: named reforms and restorations, lower-case ordinals before an event, names
glued by OCR, the short plural of volunteers, regiments before a lower-case battalion, battalion numbers glued to
their regiment (first seen on round 1's held-out pages of session 20, helper r20en; every example below is made up,
the tests are in tests/test_english_reform_glued_forms.py).

- A reform or restoration named by a proper name after `the` (`the Wuxu Reform`, `the Taika Reforms`, `the Tongzhi
  Restoration`): one EVENT, as the guidelines read a capitalised `X Movement` (docs/annotation-guidelines.md, session
  19: `X Crisis`, `X Intervention`, `X Affair`, capitalised `X Movement`). Not when a capitalised word or `of` follows
  (`the Reform Party`, `the Restoration Society` are bodies), not after a people's adjective, nor a generic policy word
  (`the Land Reform`, `the Army Reform`).
- A lower-case ordinal word after `the` before an EVENT (`the second Opium War`, `the first Battle of X`): the ordinal
  is inside the EVENT (guideline 10, `第2次滇缅之战`; docs: an event keeps its ordinal before a name, `the Second Strait
  Crisis`). The base name's Chinese gloss is dropped (it names the unnumbered event).
- An organisation whose name was glued by OCR or typing (`the CantonChristian College`): a CamelCase word of two
  capitalised parts (each of three or more letters, not Mac/Mc/De/La/Van/Fitz prefixes), with at most two capitalised
  words before it (not an article, preposition or people's adjective) and at most two more
  capitalised words and an institution head (College, University, Hospital, School, Academy, Institute, Society,
  Seminary, Mission, Bank, Company, Association): one ORG over the whole name, as it would be written apart.
- The short plural of a volunteer force (`the Volunteers held the bridge`): `Volunteers` capitalised after `the` is
  a MIL_UNIT (as `the Volunteers` of a colony's volunteer corps; colonial volunteer heads are units, docs session 18)
  when a verb or a possessive follows, or when the paragraph named a `... Volunteer Corps|Force|Volunteers` unit
  before it. Not `the Volunteers of X` (a body named with its place), nor before a capitalised word.
- A regiment's short name before a lower-case `battalion` (`the Sussex battalion`): one MIL_UNIT, echelon 营, as
  english_romanised_glosses_churches reads `the Suffolk regiment` (团). Not a people's adjective (`the Chinese battalion`), an ordinal
  word, an arm or a generic word (`the Tank battalion`, `the Headquarters battalion`).
- A battalion number glued to its regiment's abbreviation (`3RWK's carriers`, `2KOSB`): one MIL_UNIT, read as the
  spaced form `3 RWK` is (english_book_forms: numbers [n] and the abbreviation's reading). The abbreviation is a
  known regiment of the English lexicon or has the shape of one (`R..`, `..R`, `..LI`).
Cheap: each part is gated on a literal of its form (`Reform`/`Restoration`, an ordinal word, `Volunteers`,
` battalion`, a digit) or a scan of the institution heads.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, overlapping as _overlapping

_UNIT_NORM = {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}

_REFORM = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<e>(?P<n>[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?(?:['\u2019]s?)?"
                     r"(?:[ \t]+[A-Z][a-z]+(?:['\u2019]s?)?){0,2})[ \t]+(?:Reforms?|Restoration))(?![\w-])"
                     r"(?![ \t]+(?:[A-Z]|of\b))")
_GENERIC_REFORM = frozenset("Land Army Military Naval Tax Currency Monetary Agrarian Agricultural Educational Education "
                            "Political Social Constitutional Administrative Economic Legal Civil Electoral Financial "
                            "Fiscal Judicial Police Prison Great New Recent Later Earlier Late Early Internal "
                            "Catholic Protestant Church Parliamentary".split())

_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ORDINAL_BEFORE = re.compile(rf"(?<![\w-])(?:the|The)[ \t]+(?P<o>(?:{_ORDINALS}))[ \t]+\Z")

_ORG_HEADS = ("College|University|Hospital|School|Academy|Institute|Society|Seminary|Mission|Bank|Company"
              "|Association")
_GLUED_ORG = re.compile(r"(?<![\w'\u2019-])(?P<pre>(?:[A-Z][a-z]+[ \t]+){0,2})(?P<g>(?P<a>[A-Z][a-z]{2,})[A-Z][a-z]{2,})(?:[ \t]+[A-Z][a-z]+){0,2}"
                        rf"[ \t]+(?:{_ORG_HEADS})(?![\w-])")
_NOT_GLUE_PREFIX = frozenset("Mac Fitz Van Von Della Dela Mon".split())

_VOLUNTEERS = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<v>Volunteers)(?P<p>['\u2019]s?)?(?![\w-])"
                         r"(?![ \t]+(?:of\b|[A-Z]))")
_VOLUNTEER_UNIT = re.compile(r"[A-Z][a-z]+[ \t]+(?:Volunteer[ \t]+(?:Corps|Force|Defence[ \t]+Corps|Defense[ \t]+Corps)"
                             r"|Volunteers)(?![\w-])")
_VERB_AFTER = re.compile(r"[ \t]+(?:were|was|had|have|has|held|manned|fought|moved|marched|lost|took|stood|fell"
                         r"|withdrew|retired|occupied|defended|attacked|suffered|formed|mustered|remained|turned"
                         r"|were\b|could|would|did|then|also|still|now|[a-z]{3,}ed)\b")

_BATTALION = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<u>(?P<n>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+battalion)"
                        r"(?![\w-])")
_NOT_BATTALION = frozenset("Regular Independent Provisional Reserve Composite Special Second Third Fourth Fifth Sixth "
                           "Seventh Eighth Ninth Tenth First Last Same Other New Old This That Each Every Whole".split())

_GLUED_UNIT = re.compile(r"(?<![\w/.,&\u00a3$-])(?P<n>[1-9])(?P<u>[A-Z]{2,5})(?=['\u2019]s\b|[ \t,.;:)\n]|\Z)")
_UNIT_SHAPE = re.compile(r"(?:R[A-Z]{2,3}|[A-Z]{1,3}R|[A-Z]{2,4}LI)\Z")


def _reforms(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    peoples = demonyms()
    for m in _REFORM.finditer(text):
        s, e = m.span("e")
        first = m.group("n").split()[0]
        if first in peoples or first in _GENERIC_REFORM or _overlapping(out, s, e, ("EVENT",)):
            continue
        for c in _overlapping(out, s, e, ("PERSON", "GPE", "LOC", "ORG", "MIL_UNIT")):
            out.remove(c)
        out.append(Candidate(s, e, "EVENT", "rule:en_reform_event", 56, {}))


def _ordinal_events(text: str, out: list) -> None:
    for c in [c for c in out if c.label == "EVENT"]:
        if not text[c.start:c.start + 1].isupper():
            continue
        m = _ORDINAL_BEFORE.search(text, max(0, c.start - 12), c.start)
        if m is None or _overlapping(out, m.start("o"), c.start, None):
            continue
        norm = {k: v for k, v in (c.norm or {}).items() if k != "zh"}
        out.remove(c)
        out.append(Candidate(m.start("o"), c.end, "EVENT", c.source, c.priority + 1, norm))


def _glued_orgs(text: str, out: list) -> None:
    from pipeline.rules.english_org_heads import STOP  # noqa: PLC0415
    for m in _GLUED_ORG.finditer(text):
        if m.group("a") in _NOT_GLUE_PREFIX:
            continue
        s, e = m.start("g"), m.end()
        for w in reversed(re.findall(r"[A-Z][a-z]+[ \t]+", m.group("pre"))):   # 'the National X-glued College'
            if w.strip() in STOP:
                break
            s -= len(w)
        if any(c.start <= s and e <= c.end and c.label == "ORG" for c in out):
            continue
        for c in _overlapping(out, s, e, None):
            if s <= c.start and c.end <= e:
                out.remove(c)
        if _overlapping(out, s, e, None):
            continue
        out.append(Candidate(s, e, "ORG", "rule:en_glued_org", 60, {}))


def _volunteers(text: str, out: list) -> None:
    for m in _VOLUNTEERS.finditer(text):
        s, e = m.span("v")
        if _overlapping(out, s, e, None):
            continue
        named = _VOLUNTEER_UNIT.search(text, 0, s) is not None
        if not (named or m.group("p") or _VERB_AFTER.match(text, e)):
            continue
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_volunteers_short", 55, dict(_UNIT_NORM)))


def _battalions(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415
    from pipeline.rules.english_org_heads import ARMS, GENERIC  # noqa: PLC0415
    peoples = demonyms()
    for m in _BATTALION.finditer(text):
        s, e = m.span("u")
        words = m.group("n").split()
        if words[0] in peoples or any(w in _NOT_BATTALION or w in ARMS or w in GENERIC for w in words) \
                or _overlapping(out, s, e, ("MIL_UNIT", "ORG")):
            continue
        for c in _overlapping(out, s, e, ("PERSON", "GPE", "LOC")):
            out.remove(c)
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_named_battalion_lower", 60,
                             {**_UNIT_NORM, "echelon": "营", "echelon_key": "battalion"}))


def _glued_units(text: str, out: list) -> None:
    from pipeline.normalize import english as norm_en  # noqa: PLC0415
    from pipeline.rules.english_book_forms import NOT_UNIT_ABBREV  # noqa: PLC0415
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    names = None
    for m in _GLUED_UNIT.finditer(text):
        u = m.group("u")
        if u in NOT_UNIT_ABBREV:
            continue
        if not _UNIT_SHAPE.match(u):
            if names is None:
                names = english_names()
            if names.get(u, ("",))[0] != "MIL_UNIT":
                continue
        s, e = m.span()
        if _overlapping(out, s, e, ("MIL_UNIT",)) and not any(c.start == m.start("u") for c in out):
            continue
        for c in _overlapping(out, s, e, None):
            out.remove(c)
        norm = norm_en.normalize_unit_en(u, "")
        norm["numbers"] = [int(m.group("n"))]
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_glued_numbered_regiment", 60, norm))


def find_reform_glued_forms(text: str, out: list) -> None:
    """Reforms and restorations, ordinals before events, glued institution names, the Volunteers, lower-case
    battalions named by a regiment, glued battalion abbreviations (see the module doc)."""
    if "Reform" in text or "Restoration" in text:
        _reforms(text, out)
    if "first " in text or "second " in text or "third " in text or "th " in text:
        _ordinal_events(text, out)
    if any(h in text for h in ("College", "University", "Hospital", "School", "Academy", "Institute", "Society",
                               "Seminary", "Mission", "Bank", "Company", "Association")):
        _glued_orgs(text, out)
    if "Volunteers" in text:
        _volunteers(text, out)
    if " battalion" in text:
        _battalions(text, out)
    for ch in "123456789":
        if ch in text:
            _glued_units(text, out)
            break
