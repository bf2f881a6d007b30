"""English MIL_UNIT, ORG and EVENT forms the other finders miss or cut (session 21, helper s21en: label audit of
English MIL_UNIT/PERSON/EVENT/ORG on 36 passages from 36 pages, 24 fitted: Boxer-war regimental pages, Hong Kong
1941 rolls of honour, Ia Drang retrospectives, Tsingtao 1914, Pingxingguan in translation, Keelung 1884, Burma
1942-44, Korean-war memoir reviews, the warlord era, the fall of Nanking 1864, the 1894 naval war).

- An American state regiment (`the 3rd Ohio Infantry`, `the First Maine Cavalry`, `the 2nd Oregon Volunteer
  Infantry`, `the 4th Iowa Heavy Artillery`): ordinal (figures or a word) + a US state's name + its arm -> one
  MIL_UNIT, echelon 团 (the Civil-War and 1898-1900 volunteer regiments of the Philippine and Boxer campaigns are
  written so). The states are the 50 of the United States (closed list: US Census Bureau state names); a
  shorter reading inside (`2nd Massachusetts`) gives way.
  (session 26, s26enunit) After `the`, the ordinal and the state alone are the regiment too (`the 20th Maine`, `the
  Twelfth Georgia`, `the 20th Maine regiment`; ordinals listed before one state are one span, guideline 4: `the
  4th, 44th and 15th Alabama`): Civil-War histories, letters and memorial pages write it so; not where a
  capitalised word (a longer name) or a civil noun (`district`, `legislature`) follows; the state alone gives way.
- A Japanese division, brigade or detachment named by its commander after the side word (`the Japanese Sato
  Division`, `Japanese Kuroda Brigade` -> `Sato Division`): the name one word of romanised (Hepburn) syllables, the
  side word outside (guideline 2). Translated Chinese histories write 板垣师团 so.
- A day of the month opening a sentence is no list member: `On 12th, 34th Corps withdrew` -> `34th Corps`
  (the list reader had joined `12th, 34th Corps`). Only after `On`/`By`/`Until`/`till` and a comma.
- A named sub-unit with no number inside a comma chain joins it (`Able Company, Provisional Battalion, Fifth
  Marines` -> one MIL_UNIT, guideline session 10: all comma chains are one span): a sub-unit already read, a comma,
  one or two capitalised words + Battalion/Company/Battery/Squadron, a comma, and a unit already read.
- The army of the Republic of China or of Korea by its abbreviation with a lower-case head (`the ROC army`, as `ROC Army`):
  one MIL_UNIT (ROK and ROC, the two states whose armies English writes so; not `the US army`, a generic).
- A name's English gloss in brackets right after a MIL_UNIT, ending in Army/Corps/Force/Navy (`the Xiang-jun
  (Hunan Army)`): a MIL_UNIT too (as english_romanised_glosses_churches reads a romanised gloss after a unit).
- A romanised mountain in `Shan` read as a person (`Ma Tou Shan`; the project reads romanised mountains as LOC,
  docs session 13) where its place is plain: after a locative preposition or a verb only places take (`at|near|
  toward(s)|on|onto|up|occupied|stormed`; not `captured`, said of men too), or before a bracketed English gloss
  naming a hill or mountain (`X Shan (Y Hill)`). One or two romanised words before `Shan`; a name with no such
  context stays a PERSON (`Yen Hsi Shan`, a governor, is written so).
- A military school or staff college is one ORG (docs: `Osaka Junior Army School`): words of a closed list of
  military subjects (Officer, Candidate, Ranger, Infantry, Staff, Command, General, Jungle, Warfare, War, ...)
  before School/College/Academy (`the Officer Cadet School`, `the Command and General Staff College`,
  `the Jungle Warfare School`). Not after another capitalised word (a longer name is another finder's).
- `the Campaign of X` with a capitalised place or region (`the Campaign of Western Hubei`) is one EVENT, the
  translated word order of X战役.

Priority: after the unit finders, before the span edges and label checks. Cheap (about 2 ms on the 110 English
development texts): each part is gated on a literal its form holds and its pattern is tried only in a window around
each place of that literal, found with str.find (`_near`; checked against finditer on the development texts and the
test sentences: same matches).
"""

from __future__ import annotations

import re

from pipeline.spans import overlapping
from pipeline.rules.english_regiment_titles_route_armies import ORDINALS
from pipeline.spans import Candidate

_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho"
           "|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota"
           "|Mississippi|Missouri|Montana|Nebraska|Nevada|New[ \t]+Hampshire|New[ \t]+Jersey|New[ \t]+Mexico"
           "|New[ \t]+York|North[ \t]+Carolina|North[ \t]+Dakota|Ohio|Oklahoma|Oregon|Pennsylvania"
           "|Rhode[ \t]+Island|South[ \t]+Carolina|South[ \t]+Dakota|Tennessee|Texas|Utah|Vermont|Virginia"
           "|Washington|West[ \t]+Virginia|Wisconsin|Wyoming")
_STATE_UNIT = re.compile(r"(?<![\w-])(?P<n>\d{1,3}(?:st|nd|rd|th|d)|" + "|".join(ORDINALS) + r")[ \t]+(?:"
                         + _STATES + r")(?:[ \t]+Volunteer)?[ \t]+(?:Infantry|Cavalry|Heavy[ \t]+Artillery"
                         r"|Light[ \t]+Artillery|Artillery)(?![\w-])")
_ARMS_ALL = ("Infantry", "Cavalry", "Artillery")
# (session 26, s26enunit) the regiment by its ordinal and state alone after `the`, as Civil-War histories and
# letters write it (`the 20th Maine`, `the Twelfth Georgia`); a capitalised word after it is another finder's longer
# name, a civil noun after it no regiment (`the 5th Ohio district`)
_BARE_ORDINAL = r"(?:\d{1,3}(?:st|nd|rd|th|d)|" + "|".join(ORDINALS) + r")"
# one or more ordinals + a state (+ regiment): `20th Maine`, `1st and 2nd Maine regiments`
_REGIMENTS = (r"(?P<n>" + _BARE_ORDINAL + r")(?P<more>(?:(?:,|,?[ \t]+and|,?[ \t]+&)[ \t]+" + _BARE_ORDINAL
              + r")*)[ \t]+(?:" + _STATES + r")(?:[ \t]+regiments?)?")
# after the regiment: no longer capitalised name (another finder's), no civil noun (`the 5th Ohio district`)
_NO_NAME_AFTER = (r"(?![\w-])(?![ \t]+(?:[A-Z]|district|congressional|circuit"
                  r"|legislature|assembly|senate|session|census|state|militia[ \t]+district))")
_STATE_BARE = re.compile(r"(?<![\w-])(?:the|The)[ \t]+(?P<u>" + _REGIMENTS + r")" + _NO_NAME_AFTER)
_ORDINAL_IN_LIST = re.compile(_BARE_ORDINAL)
# a whole span that is such regiments: what normalisation reads as a state's regiment
_STATE_REGIMENT_SPAN = re.compile(_REGIMENTS)
# (session 34, w34enunit) the next members of a list of such regiments, each with its own state and without its own
# `the` (`the 1st Montana, 10th Pennsylvania, 1st South Dakota and 20th Kansas`; orders of battle of the Civil War and
# of 1898-1900): each its own MIL_UNIT (guideline 4: each designation with its own head is its own span)
_STATE_NEXT = re.compile(r"(?:,|,?[ \t]+and|,?[ \t]+&)[ \t]+(?:the[ \t]+)?(?P<u>(?P<n>" + _BARE_ORDINAL + r")[ \t]+(?:"
                         + _STATES + r"))" + _NO_NAME_AFTER)


def state_regiment_numbers(span: str) -> list[int]:
    """The numbers of a span that is a state's regiment by ordinal alone (`20th Kansas`, `Twelfth Georgia`, `1st and
    2nd Maine`), else []: a state's name is no unit head (session 34, lead: `20th Kansas` was read with the head
    'Kansa')."""
    m = _STATE_REGIMENT_SPAN.fullmatch(span)
    return _regiment_numbers(m) if m else []


def _regiment_numbers(m: re.Match) -> list[int]:
    """The numbers of a _REGIMENTS match: its first ordinal and each one listed after it."""
    return [_ordinal_number(m.group("n"))] + [_ordinal_number(x.group())
                                              for x in _ORDINAL_IN_LIST.finditer(m.group("more") or "")]


HEPBURN = re.compile(r"(?:(?:[kgsztdnhbpmr]y?|sh|ch|ts|j|f|w|y)?[aeiou]|n)+$")
_JP_NAMED = re.compile(r"(?<![\w-])Japanese[ \t]+(?P<u>(?P<n>[A-Z][a-z]{2,11})[ \t]+(?P<h>Division|Brigade"
                       r"|Detachment))(?![\w-])")
_JP_ECHELON = {"Division": ("师团", "division"), "Brigade": ("旅团", "brigade"), "Detachment": ("支队", "detachment")}
_NOT_NAME = frozenset("Guards Imperial Army Naval Mixed Independent Infantry Cavalry Armoured Armored Tank Air "
                      "Reserve Home Main Second Third Fourth Fifth Sixth Seventh Ninth Kwantung Korea".split())

_DAY_LIST = re.compile(r"(?P<d>\d{1,2}(?:st|nd|rd|th)),[ \t]+(?=\d)")
_DAY_BEFORE = re.compile(r"(?:^|[\s(])(?:On|on|By|by|Until|until|till)[ \t]+\Z")

_SUBUNIT = re.compile(r"(?:Company|Battery|Troop|Platoon)\Z")
_NAMED_MIDDLE = re.compile(r",[ \t]+(?P<m>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+(?:Battalion|Company|Battery"
                           r"|Squadron)),[ \t]+")

_SCHOOL_WORDS = ("Officer|Officers|Officers'|Candidate|Cadet|Ranger|Infantry|Artillery|Cavalry|Armor|Armour|Signal"
                 "|Engineer|Gunnery|Tank|Airborne|Parachute|Staff|Command|General|Jungle|Bush|Mountain|Warfare|War"
                 "|Military|Naval|Army|Flying|Aviation|Musketry|Machine[ \t]+Gun")
_SCHOOL = re.compile(r"(?<![\w'\u2019-])(?P<o>(?:(?:" + _SCHOOL_WORDS + r")[ \t]+(?:and[ \t]+)?){1,4}(?:School|College"
                     r"|Academy))(?![\w-])")
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*[ \t]+\Z")

_STATE_ARMY = re.compile(r"(?<![\w-])RO[KC][ \t]+army(?![\w-])")
_GLOSS = re.compile(r"[ \t]*\((?P<g>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2}[ \t]+(?:Army|Corps|Force|Navy))\)")

_SHAN = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z'\u2019]{0,8}(?:[ \t]+[A-Z][a-z'\u2019]{0,8})?)[ \t]+Shan(?![\w-])")
_SHAN_BEFORE = re.compile(r"(?<![\w-])(?:occupied|stormed|at|near|toward|towards|on|onto|up)"
                          r"[ \t]+(?:the[ \t]+)?\Z")
_SHAN_AFTER = re.compile(r"[ \t]*\([^()\n]{0,40}\b(?:Hill|Hills|Mountain|Mountains|Mount|Peak|Pass)\b[^()\n]{0,20}\)"
                         )

_CAMPAIGN_OF = re.compile(r"(?<![\w-])Campaign[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][a-z]{2,}(?:[ \t]+[A-Z][a-z]{2,}){0,2}"
                          r"(?![\w-])")
_THE_BEFORE = re.compile(r"(?:^|[\s(\"'\u201c])(?:the|The)[ \t]+\Z")


def _near(pattern: re.Pattern, text: str, literal: str, back: int, ahead: int):
    """The matches of `pattern` that hold `literal`, tried only in a window around each place of the literal
    (str.find: no whole-text scan); each match once."""
    seen, at = -1, text.find(literal)
    while at != -1:
        m = pattern.search(text, max(0, at - back), min(len(text), at + len(literal) + ahead))
        while m is not None and m.end() <= at:            # a match before this place of the literal: the next
            m = pattern.search(text, m.end(), min(len(text), at + len(literal) + ahead))
        if m is not None and m.start() > seen and m.start() <= at:
            seen = m.start()
            yield m
        at = text.find(literal, at + len(literal))


def _joined_norm(text: str, a: Candidate, b: Candidate) -> dict:
    """The first unit's values (its echelon) with the numbers of both, each read from its own words."""
    from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415
    first = dict(a.norm) if (a.norm or {}).get("echelon") else normalize_unit_en(text[a.start:a.end],
                                                                                 text[max(0, a.start - 30):a.start])
    second = b.norm if (b.norm or {}).get("echelon") else normalize_unit_en(text[b.start:b.end])
    first["numbers"] = list(first.get("numbers") or []) + list(second.get("numbers") or [])
    return first


def _ordinal_number(word: str) -> int:
    m = re.match(r"\d+", word)
    return int(m.group()) if m else ORDINALS.index(word) + 1


def _state_units(text: str, out: list) -> None:
    for m in (x for arm in _ARMS_ALL for x in _near(_STATE_UNIT, text, " " + arm, 40, 12)):
        s, e = m.span()
        if any(c.start <= s and e <= c.end and c.label == "MIL_UNIT" and (c.start, c.end) != (s, e) for c in out):
            continue
        hits = overlapping(out, s, e, None)
        if any(c.start < s or c.end > e for c in hits):
            continue
        for c in hits:
            out.remove(c)
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_state_regiment21", 60,
                             {"numbers": [_ordinal_number(m.group("n"))], "echelon": "团", "echelon_key": "regiment",
                              "prefix": "", "side": "US", "id": None}))


def _state_units_bare(text: str, out: list) -> None:
    for m in (x for the in ("the ", "The ") for x in _near(_STATE_BARE, text, the, 1, 40)):
        s, e = m.span("u")
        hits = overlapping(out, s, e, None)
        if any(c.label in ("MIL_UNIT", "ORG", "EVENT") or c.start < s or c.end > e for c in hits):
            continue
        for c in hits:                     # the state read alone as a GPE
            out.remove(c)
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_state_regiment_bare", 60,
                             {"numbers": _regiment_numbers(m), "echelon": "团", "echelon_key": "regiment",
                              "prefix": "", "side": "US", "id": None}))
        _state_list_members(text, e, out)


def _state_list_members(text: str, end: int, out: list) -> None:
    while (m := _STATE_NEXT.match(text, end)) is not None:
        s, end = m.span("u")
        hits = overlapping(out, s, end, None)
        if any(c.start < s or c.end > end or c.label in ("ORG", "EVENT") for c in hits):
            return
        if any(c.label == "MIL_UNIT" for c in hits):
            continue
        for c in hits:                     # the state read alone as a GPE
            out.remove(c)
        out.append(Candidate(s, end, "MIL_UNIT", "rule:en_state_regiment_list34", 60,
                             {"numbers": [_ordinal_number(m.group("n"))], "echelon": "团", "echelon_key": "regiment",
                              "prefix": "", "side": "US", "id": None}))


def _japanese_named(text: str, out: list) -> None:
    for m in _near(_JP_NAMED, text, "Japanese ", 0, 30):
        name = m.group("n")
        if name in _NOT_NAME or not HEPBURN.match(name.lower()):
            continue
        s, e = m.span("u")
        if overlapping(out, s, e, ("MIL_UNIT",)):
            continue
        for c in overlapping(out, m.start(), e, None):
            out.remove(c)
        echelon, key = _JP_ECHELON[m.group("h")]
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_japanese_named_unit21", 60,
                             {"numbers": [], "echelon": echelon, "echelon_key": key, "prefix": "", "side": "JP",
                              "id": None}))


def _day_list_heads(text: str, out: list) -> None:
    from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415
    for c in [c for c in out if c.label == "MIL_UNIT"]:
        m = _DAY_LIST.match(text, c.start, c.end)
        if m is None or not _DAY_BEFORE.search(text, max(0, c.start - 8), c.start):
            continue
        s = m.end()
        norm = normalize_unit_en(text[s:c.end], text[max(0, s - 30):s])
        out.remove(c)
        out.append(Candidate(s, c.end, "MIL_UNIT", "rule:en_day_list_head21", c.priority, norm))


def _named_middles(text: str, out: list) -> None:
    units = sorted((c for c in out if c.label == "MIL_UNIT"), key=lambda c: c.start)
    for a in units:
        if a not in out or not _SUBUNIT.search(text, a.start, a.end):
            continue
        m = _NAMED_MIDDLE.match(text, a.end)
        if m is None or overlapping(out, m.start("m"), m.end("m"), None):
            continue
        b = next((c for c in out if c.start == m.end() and c.label == "MIL_UNIT"), None)
        if b is None:
            continue
        norm = _joined_norm(text, a, b)
        out.remove(a)
        out.remove(b)
        out.append(Candidate(a.start, b.end, "MIL_UNIT", "rule:en_named_middle_chain21", max(a.priority, b.priority),
                             norm))


def _state_armies(text: str, out: list) -> None:
    for m in _near(_STATE_ARMY, text, " army", 4, 0):
        s, e = m.span()
        hits = overlapping(out, s, e, None)
        if any(c.label == "MIL_UNIT" or c.start < s or c.end > e for c in hits):
            continue
        for c in hits:                     # 'ROK' read alone as the state
            out.remove(c)
        side = "ROK" if text[s + 2] == "K" else "ROC"
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_state_army21", 58,
                             {"numbers": [], "echelon": "", "prefix": "", "side": side, "id": None}))


def _glosses(text: str, out: list) -> None:
    for a in [c for c in out if c.label == "MIL_UNIT"]:
        m = _GLOSS.match(text, a.end)
        if m is None:
            continue
        s, e = m.span("g")
        if overlapping(out, s, e, ("MIL_UNIT",)):
            continue
        for c in overlapping(out, s, e, None):
            out.remove(c)
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_unit_gloss21", 58,
                             {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))


def _shan_mountains(text: str, out: list) -> None:
    from pipeline.rules.english_syllables import romanised_given, romanised_syllables  # noqa: PLC0415
    syllables = romanised_syllables()[1]
    for m in _near(_SHAN, text, " Shan", 20, 0):
        s, e = m.span()
        if not all(romanised_given(w, syllables) for w in m.group("n").split()):
            continue
        if not (_SHAN_BEFORE.search(text, max(0, s - 20), s) or _SHAN_AFTER.match(text, e)):
            continue
        hits = overlapping(out, s, e, None)
        if any(c.label not in ("PERSON", "LOC", "GPE") or c.start < s or c.end > e for c in hits):
            continue
        for c in hits:
            out.remove(c)
        out.append(Candidate(s, e, "LOC", "rule:en_romanised_shan21", 50, {}))


def _schools(text: str, out: list) -> None:
    for m in (x for head in ("School", "College", "Academy") for x in _near(_SCHOOL, text, head, 80, 0)):
        s, e = m.span("o")
        if _CAP_WORD_BEFORE.search(text, max(0, s - 30), s) and not _THE_BEFORE.search(text, max(0, s - 5), s):
            continue
        hits = overlapping(out, s, e, None)
        if any(c.start < s or c.end > e for c in hits) or any(c.start == s and c.end == e for c in hits):
            continue
        for c in hits:
            out.remove(c)
        out.append(Candidate(s, e, "ORG", "rule:en_military_school21", 58, {}))


def _campaigns_of(text: str, out: list) -> None:
    for m in _near(_CAMPAIGN_OF, text, "Campaign of", 0, 60):
        s, e = m.span()
        if not _THE_BEFORE.search(text, max(0, s - 5), s):
            continue
        hits = overlapping(out, s, e, None)
        if any(c.label == "EVENT" or c.start < s or c.end > e for c in hits):
            continue
        for c in hits:
            out.remove(c)
        out.append(Candidate(s, e, "EVENT", "rule:en_campaign_of21", 56, {}))


def find_state_regiments_schools(text: str, out: list) -> None:
    """State regiments, Japanese units by a commander's name, day lists, named middles of
    comma chains, the ROC and ROK armies, glosses after units,
    romanised mountains in Shan, military schools, `the Campaign of X` (see the module doc)."""
    if any(a in text for a in _ARMS_ALL):
        _state_units(text, out)
    if "the " in text or "The " in text:
        _state_units_bare(text, out)
    if "Japanese " in text:
        _japanese_named(text, out)
    if "On " in text or "on " in text or "By " in text or "by " in text or "til" in text:
        _day_list_heads(text, out)
    if "Battalion, " in text or "Company, " in text or "Battery, " in text or "Squadron, " in text:
        _named_middles(text, out)
    if "RO" in text:
        _state_armies(text, out)
    if "(" in text:
        _glosses(text, out)
    if " Shan" in text:
        _shan_mountains(text, out)
    if "School" in text or "College" in text or "Academy" in text:
        _schools(text, out)
    if "Campaign of" in text:
        _campaigns_of(text, out)
