"""English ORG candidates (part of the English finder, pipeline.rules.english).

"Ministry of National Defense", "Bureau of Investigation and Statistics", "the Executive Yuan":
a run of capitalised words before an organisation head, or a head with an "of" tail.
Demonyms and articles before the name are trimmed; a name holding an echelon word
(Army, Division, ...) is a unit's, not an organisation's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

ORG_HEAD = (r"(?:Commission|Committee|Council|Bureau|Board|Ministry|Party|Administration|Agency|Association"
            r"|League|Society|Academy|University|College|Institute|Bank|Office|Department|Yuan"
            # a headquarters body named without an echelon word ('Fortress Headquarters', 'General Headquarters')
            r"|Headquarters|Government)")
_ORG_YUAN = {"Executive", "Legislative", "Judicial", "Examination", "Control"}
# A party named by its creed is a name with the people's adjective before it ('the Communist Party', 'the Japanese
# Communist Party', 'the Chinese Nationalist Party'): neither word is trimmed before Party (auditen7).
_PARTY_CREEDS = {"Communist", "Nationalist", "Socialist", "Social", "Democratic", "Labour", "Labor", "Progressive"}
_PARTY_PEOPLES = {"Japanese", "Chinese", "Korean", "Russian", "Soviet", "German", "French", "British", "American",
                  "Indian", "Burmese", "Vietnamese", "Indochinese", "Malayan", "Philippine", "Mongolian"}
_ORG_NOT_INSIDE = {"Army", "Armies", "Division", "Divisions", "Corps", "Brigade", "Regiment", "Battalion",
                   "Company", "Fleet", "Squadron", "Group", "Force", "Forces", "Detachment", "Column", "Area",
                   "Front", "Route"}

# an army's or a navy's own body, a committee or a board, is no formation ('the Army Airlift Committee', 'the Army
# Council', 'the Navy Board'; session 28, s28enorg): the service word alone may stand inside before these heads
_SERVICE_WORDS = frozenset(("Army", "Navy", "Air"))
_BODY_HEADS = frozenset(("Committee", "Commission", "Council", "Board", "Bureau", "Office", "Department", "Ministry",
                         "College", "Academy", "Association", "Society"))


@lru_cache(maxsize=1)
def _org_re() -> re.Pattern:
    from pipeline.rules.english import CAP  # noqa: PLC0415  (english imports this module)

    # the tail ends at a word's end: 'of the CCP' is no 'of the C' (the acronym is its own ORG; auditen7)
    of_tail = rf"(?:\s+of\s+(?:the\s+)?{CAP}(?:\s+(?:and\s+|of\s+)?{CAP}){{0,3}}(?![\w'\u2019-]))"
    return guarded(re.compile(
        rf"(?<![\w-])(?P<name>(?:U\.S\.\s+|U\.K\.\s+)?(?:{CAP}\s+){{1,4}}){ORG_HEAD}\b{of_tail}?"
        rf"|(?<![\w-])(?:Ministry|Bureau|Board|Department|Office|Council|Commission|Committee|Academy|Institute)"
        rf"{of_tail}"
    ))


@lru_cache(maxsize=1)
def org_trim() -> frozenset[str]:
    """Words trimmed from the front of an organisation's name (articles, demonyms,
    conjunctions); also the words a surname after them may follow."""
    from pipeline.rules.english import NOT_NAME_START  # noqa: PLC0415

    return frozenset(NOT_NAME_START | {
        "Japanese", "Chinese", "American", "Allied", "British", "Soviet", "Russian", "German",
        "Nationalist", "Communist", "Its", "Their", "Our", "Whose", "Under", "With", "And",
        "But", "As", "If", "Then", "So", "Meanwhile", "Later", "Both", "Of", "To", "By"})


def find_orgs(text: str, out: list) -> None:
    from pipeline.rules.english import PRIORITY  # noqa: PLC0415

    trim = org_trim()
    for m in _org_re().finditer(text):
        start, end = m.start(), m.end()
        words = text[start:end].split()
        inside = [w for w in words if w in _ORG_NOT_INSIDE]
        if inside and not (set(inside) <= _SERVICE_WORDS and words[-1] in _BODY_HEADS):
            continue
        if m.group("name") is not None:
            lead = m.group("name").split()
            skip = 0
            creed = text.startswith("Party", m.end("name")) and lead[-1] in _PARTY_CREEDS
            while skip < len(lead) and lead[skip] in trim \
                    and not (creed and (lead[skip] in _PARTY_CREEDS or lead[skip] in _PARTY_PEOPLES)):
                skip += 1
            if text.startswith("Yuan", m.end("name")) and lead[-1] not in _ORG_YUAN:
                continue
            if skip == len(lead):
                if end == m.end("name") + len(text[m.end("name"):end].split()[0]):
                    continue  # a head alone ('the Ministry') is no name
                start = m.end("name")
            else:
                for word in lead[:skip]:
                    start = text.index(word, start) + len(word)
                while text[start].isspace():
                    start += 1
        out.append(Candidate(start, end, "ORG", "rule:en_org", PRIORITY["ORG"] - 1))
