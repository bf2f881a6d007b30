"""English MIL_UNIT forms the other finders miss outright or split (session 17, helper auditen21, focus on missed
English MIL_UNIT spans; audit of 22 passages from 19 sites: the Opium war's regiments, the Ever-Victorious Army,
Shanghai 1932, Nomonhan, the Chindits 1943-44, the 1962 and 1967 India-China fighting, Kapyong 1951, Hong Kong
1941, the warlord armies):

- A battalion, company, battery or squadron written with its regiment after `of` is one MIL_UNIT (guideline 3, as
  `1st Battalion Gloucestershire` and `3d Platoon of Company B` in docs/annotation-guidelines.md): `the 2nd
  Battalion of the Rajput Regiment`, `the 5th Battalion of 11 Gorkha Rifles`, `Second Battalion of Princess
  Patricia's Canadian Light Infantry` -> one span, numbers of both, echelon of the sub-unit (营 for a battalion).
  Read from the candidates of the other finders: a numbered or lettered sub-unit, ` of ` (`the` optional), and a
  unit candidate that starts right there. `the 1st Battalion of the regiment` (no name after) stays as it was.
  Session 28 (s28enunit): the head in lower case too (`the 2nd battalion of the X Rifles`), `The` after `of`, and a
  parent no finder read when its capitalised words end in a regiment's plural head or `Regiment` (`the 18th
  battalion of The Grenadiers`); `join_subunits_to_parents` is public and run again late by english_subunit_joins.
- A Chinese route army with a lower-case head or none (`the 19th Route army`, `the Cantonese 19th Route`, `the
  Nineteenth Route`): one MIL_UNIT, echelon 路军, as `19th Route Army` (guideline 16). The bare form only after
  `the` and not before a capitalised word or a number (`Route 19` and `the 2nd Route Army` are read elsewhere).
- A regiment of the line by its number and its title in brackets (`the 18th (Royal Irish)`, `the 26th
  (Cameronians)`): one MIL_UNIT (as `59th (2nd Nottinghamshire) Regiment of Foot`), numbers [18], echelon 团; the
  title is a known unit, or plural, or opens with a royal word. Not before a capitalised head (`the 59th (2nd
  Nottinghamshire) Regiment of Foot` is read whole by english_regimental_forms).
- The Royal Irish (Regiment) by its title alone (`the Royal Irish landed`, `the ROYAL IRISH stationed at`), as
  `Royal Scots`: MIL_UNIT 团, UK; not before a capitalised word (`Royal Irish Constabulary` is a police force,
  `Royal Irish Rifles` a regiment read by its head).
- The three presidency armies of the East India Company (Bengal, Madras, Bombay; 1748-1895) with a head in either
  case (`the Bengal army`, `the Bombay Army`): one MIL_UNIT 军 (a named armed force), not the GPE alone.
- A corps of `Sappers and Miners` after its number and title (`2nd Queen's Own Sappers and Miners`): the whole
  name, the `and Miners` included.
- Numbers after a plural head share it (`Columns 7 and 8`, guideline 4); `No. 3 Column`; a force named Legion
  (`Condor Legion`); a force named by its kind (`the Malakand Field Force`, `Special Force`); `the 7th Indian`
  after `the 7th Indian Infantry Division` in the same paragraph.
Seen and not fixed: a people's plural as a regiment without a number (`the Rajputs suffered`, `the Grenadiers`:
the same words name peoples and kinds of soldier); bare `the Marines` / `Japanese Marines` (the development sets
leave bare Marines untagged); an army's abbreviation never expanded on the page (`the NPA`); `"C" Force` in
quotes.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_SUB = re.compile(r"(?:\d{1,2}(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|[A-HK-M])"
                  r"[ \t]+(?P<h>Battalion|Company|Battery|Squadron|battalion|company|battery|squadron)$")
_OF = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)of[ \t]+(?:[Tt]he[ \t]+)?")   # a chain broken at a line end too
_ECHELON = {"battalion": ("营", "battalion"), "company": ("连", "company"), "battery": ("连", "battery"),
            "squadron": ("中队", "squadron")}
# a regiment no finder read, after a numbered sub-unit and `of the`: capitalised words ending in a regiment's plural
# head, or the head alone (`the 18th battalion of The Grenadiers`; alone, `the Grenadiers` may be a kind of soldier)
_REGIMENT_HEAD = re.compile(r"(?:[A-Z][a-z]+(?:['\u2019]s)?[ \t]+(?:and[ \t]+)?){0,3}(?:Grenadiers|Guards|Rifles|Fusiliers"
                            r"|Highlanders|Hussars|Lancers|Dragoons|Borderers|Rangers|Light[ \t]+Infantry|Legion|Regiment)"
                            r"(?![\w'\u2019-])")
ORDINALS = ("First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth Eleventh Twelfth Thirteenth Fourteenth "
             "Fifteenth Sixteenth Seventeenth Eighteenth Nineteenth Twentieth").split()
_ROUTE = re.compile(r"(?<![\w-])(?P<n>\d{1,3})(?:st|nd|rd|th|d)?[ \t]+Route(?:[ \t]+(?:army|armies))?(?![\w-])"
                    r"|(?<![\w-])(?P<w>" + "|".join(ORDINALS) + r")[ \t]+Route(?:[ \t]+(?:army|armies))?(?![\w-])")
_TITLE = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<u>(?P<n>\d{1,3})(?:st|nd|rd|th|d)[ \t]+\((?P<t>[A-Z][\w'\u2019.-]{1,20}"
                    r"(?:[ \t]+[A-Z][\w'\u2019.-]{1,20}){0,3})\))(?![ \t]+[A-Z\d])")
_ROYAL = frozenset("Royal King's Queen's King\u2019s Queen\u2019s Prince Princess Duke".split())
_ROYAL_IRISH = re.compile(r"(?<![\w-])(?:Royal[ \t]+Irish|ROYAL[ \t]+IRISH)(?![\w-])(?![ \t]+[A-Z])")
_PRESIDENCY = re.compile(r"(?<![\w-])(?:Bengal|Madras|Bombay)[ \t]+(?:army|Army)(?![\w-])")
_UNIT = {"numbers": [], "echelon": "团", "echelon_key": "regiment", "prefix": "", "side": "UK", "id": None}


def _numbers(norm: dict) -> list:
    return list(norm.get("numbers") or [])


def _drop_inside(out: list, start: int, end: int, labels: tuple = ()) -> None:
    for c in [c for c in out if start <= c.start and c.end <= end and (not labels or c.label in labels)]:
        out.remove(c)


def join_subunits_to_parents(text: str, out: list) -> None:
    units = sorted((c for c in out if c.label == "MIL_UNIT"), key=lambda c: (c.start, -c.end))
    starts = {}
    for c in units:
        starts.setdefault(c.start, c)
    for a in units:
        m = _SUB.search(text[a.start:a.end])
        if not m or m.start() != 0:
            continue
        of = _OF.match(text, a.end)
        b = starts.get(of.end()) if of else None
        if of and b is None:
            r = _REGIMENT_HEAD.match(text, of.end())
            if r is not None and not any(c.start < r.end() and of.end() < c.end and c.label != "MIL_UNIT" for c in out):
                b = Candidate(r.start(), r.end(), "MIL_UNIT", "rule:en_subunit_of_regiment", 64, {"numbers": []})
        if b is None or text[b.start].islower():
            continue
        norm = dict(b.norm)
        norm["numbers"] = _numbers(a.norm) + _numbers(b.norm)
        norm["echelon"], norm["echelon_key"] = _ECHELON[m.group("h").lower()]
        norm["id"] = None
        _drop_inside(out, a.start, b.end)
        out.append(Candidate(a.start, b.end, "MIL_UNIT", "rule:en_subunit_of_regiment", 64, norm))


def _routes(text: str, out: list) -> None:
    for m in _ROUTE.finditer(text):
        head = m.group().split()[-1]
        if head == "Route":   # bare: only `the 19th Route` before no capitalised word or number
            before = text[max(0, m.start() - 30):m.start()]
            if not re.search(r"(?:^|[^\w])the[ \t]+(?:[A-Z][a-z]+[ \t]+)?$", before) or \
                    re.match(r"[ \t]+[A-Z\d]", text[m.end():m.end() + 2]):
                continue
        elif head[0].isupper():
            continue
        n = int(m.group("n")) if m.group("n") else ORDINALS.index(m.group("w")) + 1
        if any(c.start <= m.start() and m.end() <= c.end and c.label == "MIL_UNIT" for c in out):
            continue
        _drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_route_army_lower", 62,
                             {"numbers": [n], "echelon": "路军", "echelon_key": "route_army", "prefix": "",
                              "side": None, "id": None}))


def _titles(text: str, out: list) -> None:
    for m in _TITLE.finditer(text):
        t, ts, te = m.group("t"), m.start("t"), m.end("t")
        words = t.split()
        known = any(c.label == "MIL_UNIT" and c.start == ts and c.end == te for c in out)
        if not (known or words[0] in _ROYAL or (words[-1].endswith("s") and words[-1][0].isupper()
                                                and not words[-1].endswith("ss"))):
            continue
        # a span never ends on a bracket (guideline 13): the number and the title in brackets are two units,
        # as a parenthesised other name is its own span (guideline 7)
        _drop_inside(out, m.start("u"), m.end("u"))
        n = m.group("n")
        end_num = m.start("u") + re.match(r"\d{1,3}(?:st|nd|rd|th|d)", m.group("u")).end()
        out.append(Candidate(m.start("u"), end_num, "MIL_UNIT", "rule:en_line_number_title", 63,
                             dict(_UNIT, numbers=[int(n)])))
        out.append(Candidate(ts, te, "MIL_UNIT", "rule:en_line_number_title", 63, dict(_UNIT)))


def _named(text: str, out: list) -> None:
    if "IRISH" in text or "Irish" in text:
        for c in [c for c in out if c.label == "MIL_UNIT" and text[c.start:c.end] in ("Royal Irish", "ROYAL IRISH")]:
            if re.match(r"[ \t]+[A-Z]", text[c.end:c.end + 2]):   # 'Royal Irish Constabulary': the lexicon's title
                out.remove(c)                                      # inside a longer name is not the regiment
        for m in _ROYAL_IRISH.finditer(text):
            if not any(c.start <= m.start() and m.end() <= c.end and c.label == "MIL_UNIT" for c in out):
                _drop_inside(out, m.start(), m.end())
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_royal_irish", 62, dict(_UNIT)))
    for m in literal_finditer(_PRESIDENCY, text):
        _drop_inside(out, m.start(), m.end())
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_presidency_army", 62,
                             {"numbers": [], "echelon": "军", "echelon_key": "army", "prefix": "", "side": "UK",
                              "id": None}))
    if "Sappers and Miners" in text:
        for c in [c for c in out if c.label == "MIL_UNIT" and text[c.start:c.end].endswith("Sappers")]:
            if text.startswith(" and Miners", c.end):
                out.remove(c)
                out.append(Candidate(c.start, c.end + len(" and Miners"), c.label, c.source, c.priority, c.norm))


_FULL_NATIONAL = re.compile(r"(?P<n>\d{1,3}(?:st|nd|rd|th|d))[ \t]+(?P<p>[A-Z][a-z]{3,12})[ \t]+")
_NOT_AFTER = frozenset("division divisions brigade brigades corps army armies regiment regiments battalion battalions "
                       "troops soldiers infantry units unit sepoys men forces force column columns and or".split())


def _elliptic(text: str, out: list) -> None:
    """`the 3rd Indian had six brigades` after `the 3rd Indian Infantry Division`: the same unit by number and
    nationality, its echelon word left out (a second mention); not before a noun (`the 3rd Indian troops`) nor a
    capitalised word, and only where the full designation is in the same paragraph (the generators read one)."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    peoples = demonyms()
    full = {}
    for c in out:
        if c.label != "MIL_UNIT":
            continue
        m = _FULL_NATIONAL.match(text, c.start)
        if m and m.end() < c.end and m.group("p") in peoples:
            full.setdefault(f"{m.group('n')} {m.group('p')}", c)
    for key, c in full.items():
        n, people = key.split()
        for m in re.finditer(rf"(?<=\bthe[ \t]){n}[ \t]+{people}(?![\w'\u2019-])", text):
            nxt = re.match(r"[ \t]*([\w'\u2019]+)?", text[m.end():m.end() + 20])
            word = nxt.group(1) if nxt else None
            if word and (word[0].isupper() or word.lower() in _NOT_AFTER or word[0].isdigit()):
                continue
            if any(o.start < m.end() and m.start() < o.end and o.label == "MIL_UNIT" for o in out):
                continue
            _drop_inside(out, m.start(), m.end())
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_elliptic_national_unit", 61,
                                 {**c.norm, "numbers": [int(re.match(r"\d+", n).group())]}))


_LEGION = re.compile(r"(?<![\w'\u2019-])(?P<w>(?:[A-Z][a-z]{2,15}[ \t]+){1,2})Legion(?![\w-])(?![ \t]+of(?![\w-]))")
_NOT_LEGION = frozenset("The A An In On At Of To By For From With This That His Their Its And But When After "
                        "American British Royal Roman".split())   # the American and British Legions are veterans' bodies


def _legions(text: str, out: list) -> None:
    """`the Condor Legion`, `the Czech Legion`, `the Foreign Legion`: a force named Legion is one MIL_UNIT; a
    nationality before a named legion stays outside (`German Condor Legion` -> `Condor Legion`, guideline 2); the
    veterans' bodies (`American Legion`, `British Legion`) and `Legion of X` (orders, decorations) are left."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    peoples = demonyms()
    for m in _LEGION.finditer(text):
        words = m.group("w").split()
        while words and words[0] in _NOT_LEGION - {"American", "British", "Royal", "Roman"}:
            words = words[1:]
        if not words or words[0] in _NOT_LEGION:
            continue
        if len(words) == 2 and words[0] in peoples:
            words = words[1:]
        start = m.end() - len("Legion") - len(" ".join(words)) - 1
        if text[start:m.end() - len("Legion")].split() != words:
            continue
        if any(o.label == "MIL_UNIT" and o.start <= start and m.end() <= o.end for o in out):
            continue
        _drop_inside(out, start, m.end())
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_named_legion", 62,
                             {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))


_PLURAL_NUMBERED = re.compile(r"(?<![\w'\u2019-])(?:(?P<q>[A-Z][a-z]{2,15})[ \t]+)?(?P<h>Columns|Squadrons|Batteries|Companies)"
                              r"[ \t]+(?P<ns>\d{1,3}(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)\d{1,3}){1,6})(?![\w.,-]?\d)")
_NO_COLUMN = re.compile(r"(?<![\w-])No\.[ \t]?(?P<n>\d{1,3})[ \t]+(?P<h>Column|Squadron|Battery|Company)(?![\w-])")
_PLURAL_ECHELON = {"Column": ("纵队", "column"), "Squadron": ("中队", "squadron"), "Battery": ("连", "battery"),
                   "Company": ("连", "company")}


def _numbered_lists(text: str, out: list) -> None:
    """`Columns 7 and 8`, `Gurkha Columns 1 and 2`: numbers after a plural head sharing it are one MIL_UNIT
    (guideline 4), a capitalised qualifier before the head inside (`Chindit`), a people's word or `The` outside
    (`Gurkha`, guideline 2); `No. 3 Column`: one unit.
    Candidates the span cuts through (`Column and Gurkha Columns`) are dropped."""
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    peoples = demonyms()
    spans = []
    for m in _PLURAL_NUMBERED.finditer(text):   # a people's word before the head stays outside (guideline 2)
        q = m.group("q")
        start = m.start("q") if q and q not in _NOT_LEGION and q not in peoples else m.start("h")
        head = {"Columns": "Column", "Squadrons": "Squadron", "Batteries": "Battery", "Companies": "Company"}[m.group("h")]
        spans.append((start, m.end(), [int(n) for n in re.findall(r"\d+", m.group("ns"))], head))
    for m in _NO_COLUMN.finditer(text):
        spans.append((m.start(), m.end(), [int(m.group("n"))], m.group("h")))
    for start, end, numbers, head in spans:
        for o in [o for o in out if o.start < end and start < o.end]:
            out.remove(o)
        echelon, key = _PLURAL_ECHELON[head]
        out.append(Candidate(start, end, "MIL_UNIT", "rule:en_numbered_plural_head", 62,
                             {"numbers": numbers, "echelon": echelon, "echelon_key": key, "prefix": "", "side": None,
                              "id": None}))


_KIND_FORCE = re.compile(r"(?<![\w'\u2019-])(?P<n>(?:[A-Z][a-z]{2,15}[ \t]+){0,2})(?:Field|Expeditionary|Special)[ \t]+Force"
                         r"(?![\w-])")


def _kind_forces(text: str, out: list) -> None:
    """`the Malakand Field Force`, `the Tirah Field Force`, `the Expeditionary Force`, `Special Force`: a force
    named by its kind (and the campaign's place) is one MIL_UNIT; the place is the force's name, not a FAC
    (`Malakand Field`); a stop word before it stays outside."""
    for m in _KIND_FORCE.finditer(text):
        words = m.group("n").split()
        while words and words[0] in _NOT_LEGION - {"American", "British", "Royal", "Roman"}:
            words = words[1:]
        name = " ".join(words)
        start = text.rindex(name, m.start(), m.end()) if name else m.start("n") + len(m.group("n"))
        if any(o.label == "MIL_UNIT" and o.start <= start and m.end() <= o.end for o in out):
            continue
        for o in [o for o in out if o.start < m.end() and start < o.end]:
            out.remove(o)
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_kind_force", 62,
                             {"numbers": [], "echelon": "部队", "echelon_key": "unit", "prefix": "", "side": None,
                              "id": None}))


def find_regiment_titles_route_armies(text: str, out: list) -> None:
    """Sub-units `of` their regiment, lower-case and bare route armies, `the 18th (Royal Irish)`, presidency armies."""
    if " of " in text:
        join_subunits_to_parents(text, out)
    if "Route" in text:
        _routes(text, out)
    if "(" in text:
        _titles(text, out)
    _named(text, out)
    if "the " in text:
        _elliptic(text, out)
    if "Legion" in text:
        _legions(text, out)
    if "Columns" in text or "Squadrons" in text or "Batteries" in text or "Companies" in text or "No." in text:
        _numbered_lists(text, out)
    if " Force" in text:
        _kind_forces(text, out)
