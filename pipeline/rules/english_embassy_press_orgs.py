"""Embassies, departments, companies and magazines in English text.

`find_embassy_press_orgs(text, out)` (ORG): '<Nationality> Embassy/Legation/Consulate', 'Department of the Navy',
'<Name> Corp/Corporation/Ltd', '<Name> Magazine', Time magazine cited in a bracket ('(TIME, Aug. 2)') or naming its
staff ('a TIME correspondent').
`find_lower_case_magazines(text, out)` (ORG): a name before a lower-case 'magazine' or 'newspaper' ('a Yank magazine
correspondent'); first seen on real-dev8-en (session 6, helper en8; here since session 24).

`find_city_newspapers(text, out)` (ORG): a newspaper whose title starts with a known city (`the San Diego Call`, `the
Boston Journal`): one ORG, no PERSON nor GPE inside it; first seen on the held-out passages of the session-17
English audits (helper r3en, round 3; moved here from english_heldout_forms in session 24).

`find_correspondent_papers(text, out)` (ORG): newspapers by how reports cite them: the title after `correspondent(s)
of the`, a title ending in a newspaper head word before `correspondent` (`the Times correspondent`), and `Daily` + a
capitalised head (`the Daily News`); a place before `correspondent` (`the Tientsin correspondent`) stays a place;
first seen by auditing fresh English pages (session 10, helper auditen1; moved here from english_audit_forms in
session 24).

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate, replace_overlapping
from pipeline.rules.english_clock_ocr_dates import MONTHS
from pipeline.rules.english_lexicon import demonyms, english_names
from pipeline.rules.english_possessive_titled_names import LOWER, NOT_PERSON, UPPER
from pipeline.rules.english_headed_appositive_places import HEAD_STOP

PRIORITY = 60   # over the readings of the other generators that these forms correct

LOWER_MAGAZINE_RE = re.compile(r"(?<![\w-])(?P<o>[A-Z][a-z]{2,15})[ \t]+(?:magazine|newspaper)(?![\w-])")

LOWER_MAGAZINE_STOP = frozenset("The A An This That His Her Their Its Our Every Each One Another Weekly Daily Local Army "
                                "Navy Military Monthly Japanese Chinese American British".split())

MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
NATIONALITY = ("British|American|French|German|Russian|Soviet|Japanese|Chinese|Korean|Italian|Dutch|Belgian|Spanish"
               "|Portuguese|Austrian|Swedish|Indian|Burmese|Siamese|Thai|Australian|Canadian|Mongolian|Manchukuoan"
               "|Vietnamese|Philippine|Turkish|Persian|Imperial|Nationalist|Communist|Provisional|Republican"
               "|Qing|Manchu|Peking|Nanking|Chungking|Tokyo|Washington|London|Korean|Federal|Central|National")

# ----------------------------------------------------------------------------- organisations
ORG_PRIORITY = 47
EMBASSY_RE = re.compile(rf"(?<![\w-])(?P<o>(?:{NATIONALITY}|[A-Z][a-z]{{2,15}})[ \t]+(?:Embassy|Legation|Consulate(?:-General)?))(?![\w-])")
DEPARTMENT_RE = re.compile(r"(?<![\w-])(?P<o>(?:War|Navy|State|Army)[ \t]+Department|Department[ \t]+of[ \t]+(?:the[ \t]+)?"
                           r"(?:Defen[cs]e|State|War|Army|Navy|Air[ \t]+Force|Justice|Commerce|Agriculture|Treasury"
                           r"|Interior|Labor|Labour|Health|Education|Energy|Transportation|Veterans[ \t]+Affairs))(?![\w-])")
COMPANY_RE = re.compile(r"(?<![\w-])(?P<o>(?:[A-Z][A-Za-z&'-]{1,20}[ \t]+){1,5}(?:Corp(?=\.)|Corporation|Ltd|Inc(?=\.)|Company[ \t]+Ltd))(?![\w-])")
MAGAZINE_RE = re.compile(r"(?<![\w-])(?P<o>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15})?[ \t]*\n?[ \t]*Magazine)(?![\w-])")
TIME_RE = re.compile(rf"(?<=\()(?P<o>TIME|LIFE)(?=,[ \t]+(?:{MONTHS}|{MONTH_ABBR}|[A-Z][a-z]{{2}}\.?[ \t]+\d))"
                     r"|(?<![\w-])(?P<o2>TIME|LIFE)(?=[ \t]+(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditors?|[Mm]agazine|[Ss]taff)\b)")
ORG_STOP_FIRST = frozenset("The A An This That His Her Their Its Our Your Every Each Local".split())


ORG_ANCHOR = re.compile(r"Embassy|Legation|Consulate|Department|Corp|Ltd|Inc\.|Magazine|TIME|LIFE")
ORG_PATTERNS = {"Embassy": EMBASSY_RE, "Legation": EMBASSY_RE, "Consulate": EMBASSY_RE, "Department": DEPARTMENT_RE,
                "Corp": COMPANY_RE, "Ltd": COMPANY_RE, "Inc.": COMPANY_RE, "Magazine": MAGAZINE_RE, "TIME": TIME_RE,
                "LIFE": TIME_RE}


def find_embassy_press_orgs(text: str, out: list) -> None:
    for pattern in {ORG_PATTERNS[a.group()] for a in ORG_ANCHOR.finditer(text)}:
        for m in pattern.finditer(text):
            group = "o" if m.group("o") else "o2"
            start, end = m.start(group), m.end(group)
            words = text[start:end].split()
            while words and words[0] in ORG_STOP_FIRST:
                start = text.index(words[1], start) if len(words) > 1 else end
                words.pop(0)
            if len(words) < 1 or start >= end or (pattern is not TIME_RE and len(words) < 2):
                continue
            out.append(Candidate(start, end, "ORG", "rule:en_org_head", ORG_PRIORITY, {}))


def find_lower_case_magazines(text: str, out: list) -> None:
    if "magazine" in text or "newspaper" in text:
        for m in LOWER_MAGAZINE_RE.finditer(text):
            if m.group("o") not in LOWER_MAGAZINE_STOP:
                out.append(Candidate(m.start("o"), m.end("o"), "ORG", "rule:en_magazine_name", 50))


_PAPER_HEADS = ("Call", "Journal", "Examiner", "Globe", "Bulletin", "Register", "Telegraph", "Advertiser",
                "Inquirer", "Enquirer", "Dispatch", "Mercury", "Sentinel", "Transcript", "Picayune")
_PAPER_RE = re.compile(
    r"(?<![\w-])[Tt]he[ \t]+(?P<t>(?P<place>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15}){0,2})[ \t]+"
    r"(?:(?:Evening|Morning|Daily|Sunday|Weekly)[ \t]+)?(?:" + "|".join(_PAPER_HEADS) + r"))(?![\w-])"
    r"(?![ \t]+[A-Z])")


def _papers(text: str, out: list) -> None:
    names = None
    for m in _PAPER_RE.finditer(text):
        if names is None:
            names = english_names()
        place = m.group("place")
        if names.get(place, ("",))[0] != "GPE" or place in demonyms():
            continue
        replace_overlapping(out, Candidate(m.start("t"), m.end("t"), "ORG", "rule:en_city_newspaper", PRIORITY))


def find_city_newspapers(text: str, out: list) -> None:
    if "he " in text:
        _papers(text, out)


_CITED_PAPER_HEADS = ("Times|Standard|Telegraph|News|Post|Mail|Express|Herald|Tribune|Chronicle|Gazette|Journal|Observer|"
                "Guardian|Globe|Star|Press|Mercury|Advertiser|Courier|Examiner|Record|Review|Leader")
_CORRESPONDENT_OF_RE = re.compile(rf"\bcorrespondents?[ \t]+of[ \t]+the[ \t]+"
                                  rf"(?P<t>[{UPPER}][{LOWER}.-]{{1,15}}(?:[ \t]+[{UPPER}][{LOWER}-]{{1,15}}){{0,3}})"
                                  r"(?![\w'\u2019-])")
_PAPER_BEFORE_RE = re.compile(rf"\b[Tt]he[ \t]+(?P<t>(?:[{UPPER}][{LOWER}.-]{{1,15}}[ \t]+){{0,2}}(?:{_CITED_PAPER_HEADS}))"
                              r"(?:['\u2019]s)?[ \t]+(?:special[ \t]+|own[ \t]+|war[ \t]+)?correspondents?\b")
_DAILY_RE = re.compile(rf"(?<![\w-])(?P<t>(?:[{UPPER}][{LOWER}]{{1,15}}[ \t]+){{0,2}}Daily[ \t]+"
                       r"(?:News|Telegraph|Mail|Express|Worker|Mirror|Sketch|Graphic|Chronicle|Herald|Post|Record|Star|"
                       r"Press|Tribune|Times))(?![\w-])")


def _cited_papers(text: str, out: list) -> None:
    found = []
    if "correspondent" in text:
        for m in _CORRESPONDENT_OF_RE.finditer(text):
            words = m.group("t").split()
            if words[0] in NOT_PERSON:
                continue
            found.append(m.span("t"))
        for m in _PAPER_BEFORE_RE.finditer(text):
            found.append(m.span("t"))
    if "Daily " in text:
        for m in _DAILY_RE.finditer(text):
            start = m.start("t")
            first = m.group("t").split()[0]
            if first in HEAD_STOP and first != "Daily":
                start = text.index(m.group("t").split()[1], start + len(first))
            found.append((start, m.end("t")))
    for start, end in found:
        if any(c.label not in ("GPE", "LOC", "PERSON", "ORG") and c.start < end and start < c.end for c in out):
            continue
        if any(c.start < start < c.end or c.start < end < c.end for c in out):
            continue          # crossing another reading
        if any(c.label in ("GPE", "LOC") and c.start == start and c.end == end for c in out):
            continue          # a place alone ('the Tientsin correspondent' is not matched: no head word)
        for c in [c for c in out if start <= c.start and c.end <= end]:
            out.remove(c)
        out.append(Candidate(start, end, "ORG", "rule:en_newspaper_cited", 48))


def find_correspondent_papers(text: str, out: list) -> None:
    if "correspondent" in text or "Daily " in text:
        _cited_papers(text, out)
