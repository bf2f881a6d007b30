"""English forms of a fifth set of real pages (real-dev5-en), for pipeline.rules.english: forms the other English
finders miss or misread in prose and tables (examples written for this module, not taken from the set).

- Counts after a tilde ('~2,500 marines', '~700 captured'): the approximator belongs to the span (rule 9).
- A newspaper's age apposition after a name ('General Ma Bufang, 52, said'): QUANTITY (spec: ages are counts).
- Rifle companies named by the phonetic alphabet of 1941-1956 ('Baker Company', 'Fox Company') or by a letter
  ('Company K', 'K Company'): MIL_UNIT, echelon 连.
- Japanese Special Naval Landing Forces named after their naval district ('Sasebo 5th SNLF') and the Indian
  Army's class-named battalions ('2nd Punjabis'): MIL_UNIT.
- Campaigns named by romanised Chinese syllables with a lower-case head ('the Liaoshen campaign'): EVENT.
- A listed person after 'pro-'/'anti-' ('the pro-Chiang Kai-shek generals'): PERSON.
- China's regions by a compass word after the article ('the North-east' 东北) and by romanised syllables with a
  lower-case 'region' ('the Jiangnan region'): LOC.
- '<nationality> invasion of <known place>' ('the Soviet invasion of Manchuria'): EVENT.
- Named lines 'X Line of Y' ('the Main Line of Resistance'): FAC (control and ceasefire lines are boundaries,
  LOC: english_boundary_lines); an acronym defined in brackets after a name ('Line of Actual Control (LAC)'): the
  same label.
- The items of an infobox's Place/Location row ('Place: | Sangdong, Gangwon, South Korea |'): GPE.
- A unit named before by its designation, later by its ordinal alone ('the 23rd hung on'): MIL_UNIT
  (bare_unit_mentions, run on the whole document after resolution).
- A reading dropped: a year before a demonym ('the 1904 Russian fleet') or after a preposition of time ('In 1938
  fresh troops landed') is a DATE, not a count whose unit is the words after it.

Every form is anchored on a rare literal ('~', 'Company', a comma and two digits after a name), so text without one
costs a C-level search each.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_literal_gates import literal_gate
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

COUNT_PRIORITY = 51          # above the plain figure (50) it extends with its '~'
UNIT_PRIORITY = 60

# ----------------------------------------------------------------------------- tilde counts
# '~', a figure, then up to three lower-case words of a counted noun (not a participle or a function word)
TILDE_RE = re.compile(r"~[ \t]?(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?:\.\d+)?\+?(?P<noun>(?:[ \t]+[a-z][a-z]{1,20}(?:-[a-z]{1,12})?(?![\w-])){0,3})")
NOT_NOUN = re.compile(r"(?:killed|wounded|dead|missing|captured|sunk|damaged|destroyed|surrendered|lost|total|and|or|of"
                      r"|in|on|at|to|from|with|by|the|a|an|was|were|is|are|had|have|per|each|during|after|before"
                      # an adverb of place or size after a distance ('~1,500 yards away', '~3 miles long'; auditen9)
                      r"|away|apart|ahead|behind|off|inland|offshore|out|north|south|east|west|long|wide|high|deep"
                      r"|[a-z]+ed|[a-z]+ly)$")


def _tilde_counts(text: str, out: list) -> None:
    at = text.find("~")
    while at != -1:
        m = TILDE_RE.match(text, at)
        if m:
            words = m.group("noun").split()
            kept = []
            for w in words:
                if NOT_NOUN.match(w):
                    break
                kept.append(w)
            end = m.start("noun") + (m.group("noun").find(kept[-1]) + len(kept[-1]) if kept else 0)
            q = text[at:end]
            norm = norm_en.normalize_quantity_en(q, m.start("noun") - at + 1 if kept else None)
            if norm["value"] is not None:
                if not kept:
                    norm = {**norm, "unit": ""}
                out.append(Candidate(at, end, "QUANTITY", "rule:en_tilde_count", COUNT_PRIORITY, norm))
        at = text.find("~", at + 1)


# ----------------------------------------------------------------------------- ages
AGE_RE = re.compile(r",[ \t](?P<age>[1-9]\d)(?=,[ \t]+[a-z])")


AGE_ANCHOR = re.compile(r", [1-9]\d, [a-z]")


def _ages(text: str, out: list) -> None:
    if not AGE_ANCHOR.search(text):
        return
    persons = [c for c in out if c.label == "PERSON"]
    ends = {c.end for c in persons}
    # a person named again by one part of the full name the page gave ('John Hale ... John, 66, said'; session
    # 26 s26enper): the later pass that reads such a mention as the PERSON runs after this one
    parts = {part for c in persons for part in text[c.start:c.end].split() if part[:1].isupper() and len(part) > 2
             and " " in text[c.start:c.end]}
    for anchor in AGE_ANCHOR.finditer(text):
        word = _WORD_BEFORE.search(text, max(0, anchor.start() - 21), anchor.start())
        if anchor.start() not in ends and not (word and word.group() in parts):
            continue
        m = AGE_RE.match(text, anchor.start())
        if m:
            out.append(Candidate(m.start("age"), m.end("age"), "QUANTITY", "rule:en_age", 50,
                                 {"value": int(m.group("age")), "unit": "", "approx": None}))


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])[A-Z][a-z]{2,20}\Z")


# ----------------------------------------------------------------------------- lettered companies
# the Joint Army/Navy phonetic alphabet (1941-1956), complete, and its British counterparts of the Second World War
PHONETIC = ("Able|Baker|Charlie|Charley|Dog|Easy|Fox|George|How|Item|Jig|King|Love|Mike|Nan|Oboe|Peter|Queen|Roger"
            "|Sugar|Tare|Uncle|Victor|William|X-ray|Yoke|Zebra|Alfa|Alpha|Bravo|Delta|Echo|Foxtrot|Golf|Hotel|India"
            "|Juliet|Kilo|Lima|November|Oscar|Papa|Quebec|Romeo|Sierra|Tango|Uniform|Whiskey|Yankee|Zulu")
LETTER_COMPANY_RE = re.compile(rf"(?<![\w-])(?:(?P<word>{PHONETIC})[ \t]+Company|(?P<letter>[A-Z])[ \t]+Company"
                               r"|Company[ \t]+(?P<after>[A-Z])(?![\w'\u2019-]|\.\w))")


def _lettered_companies(text: str, out: list) -> None:
    at = text.find("Company")
    matches = []
    while at != -1:                       # each 'Company', with the word before it and the letter after it
        m = LETTER_COMPANY_RE.search(text, max(0, at - 10), at + 10)
        if m and (not matches or m.start() >= matches[-1].end()):
            matches.append(m)
        at = text.find("Company", at + 7)
    for m in matches:
        before = text[max(0, m.start() - 4):m.start()].rstrip(" \t")
        if m.group("letter") == "A" and (not before or before[-1] in ".!?:\n"):
            continue                                   # 'A Company of ...' at a sentence start: an article
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_lettered_company", UNIT_PRIORITY,
                             {"numbers": [], "echelon": "连", "prefix": "", "side": None, "id": None}))


# ----------------------------------------------------------------------------- Japanese naval landing forces
# a Special Naval Landing Force named after its naval district (the four districts of the IJN, complete:
# Yokosuka, Kure, Sasebo, Maizuru), with its number and an echelon word ('Sasebo 5th SNLF', 'Kure 2nd
# Special Naval Landing Force', 'Maizuru 1st Independent SNLF Company'): one MIL_UNIT, not a place and a unit
SNLF_RE = re.compile(r"(?<![\w-])(?P<u>(?:Yokosuka|Kure|Sasebo|Maizuru)[ \t]+(?P<n>\d{1,2})(?:st|nd|rd|th)[ \t]+"
                     r"(?:Independent[ \t]+)?(?:SNLF|Special[ \t]+Naval[ \t]+Landing[ \t]+Force)"
                     r"(?:[ \t]+(?P<ech>Company|Battalion|Unit))?)(?![\w-])")
SNLF_ECHELON = {"Company": "连", "Battalion": "营", "Unit": "", None: ""}

# the class-named battalions of the Indian Army ('4th Sikhs', '2nd Punjabis'): the class names of the pre-1922
# infantry regiments still used for their battalions (Gurkhas and Grenadiers, regiments of several battalions, left out)
# (session 28 s28enunit: a place or a patron between the number and the class, as the 1903-22 titles write them,
# `the 15th Ludhiana Sikhs`, `the 45th Rattray's Sikhs`; and the pioneer battalions, `the 107th Pioneers`, `the 34th
# Sikh Pioneers`)
INDIAN_CLASS_RE = re.compile(r"(?P<u>(?<![\w/-])(?P<n>\d{1,3})(?:st|nd|rd|th)[ \t]+(?:[A-Z][a-z]+(?:['\u2019]s)?[ \t]+){0,2}"
                             r"(?:Sikhs|Punjabis|Dogras|Rajputs|Jats|Mahrattas|Marathas|Garhwalis|Kumaonis|Baluchis|Pathans"
                             r"|Brahmans|Madrassis|(?:(?:Mazbi[ \t]+)?Sikh[ \t]+)?Pioneers))(?![\w-])")

INDIAN_CLASS_WORDS = ("Sikhs", "Punjabis", "Dogras", "Rajputs", "Jats", "Mahrattas", "Marathas", "Garhwalis",
                      "Kumaonis", "Baluchis", "Pathans", "Brahmans", "Madrassis", "Pioneers")
_INDIAN_CLASS_GATE = literal_gate(INDIAN_CLASS_WORDS)


def _named_battalions(text: str, out: list) -> None:
    if "SNLF" in text or "Naval Landing" in text:
        for m in SNLF_RE.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_snlf", UNIT_PRIORITY + 2,
                                 {"numbers": [int(m.group("n"))], "echelon": SNLF_ECHELON[m.group("ech")],
                                  "prefix": "独立" if "Independent" in m.group("u") else "", "side": "JP", "id": None}))
    if _INDIAN_CLASS_GATE.search(text):     # any(w in text for w in INDIAN_CLASS_WORDS)
        for m in INDIAN_CLASS_RE.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_indian_class_battalion", UNIT_PRIORITY,
                                 {"numbers": [int(m.group("n"))], "echelon": "营", "prefix": "", "side": "UK", "id": None}))


# ----------------------------------------------------------------------------- infobox place rows
# the value of an infobox's Place/Location row is a list of places, smallest first ('Place: | Sangdong, Gangwon,
# South Korea |', 'Location: Nanxun, Zhejiang'): a capitalised item no finder knows is a place (GPE, weakest)
PLACE_ROW_RE = re.compile(r"(?m)^[ \t*\-•]*(?:Place|Location)[ \t]*:?[ \t]*(?:\|[ \t]*)?(?P<v>[^\n|]{1,160})")
PLACE_ITEM_RE = re.compile(r"[ \t]*(?P<p>[A-Z][a-z'\u2019-]{2,20}(?:[ \t][A-Z][a-z'\u2019-]{2,20}){0,2})[ \t]*(?:\(.{0,80}?\))?[ \t]*$")


_PLACE_ROW_LOC_HEADS = frozenset("Reservoir Lake River Bay Gulf Sea Strait Straits Island Islands Peninsula Mountains Hills"
                                 " Hill Range Pass Valley Plain Plateau Desert Coast Ridge Delta Basin Heights".split())


def _place_rows(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for m in PLACE_ROW_RE.finditer(text):
        offset = m.start("v")
        for item in m.group("v").split(","):
            p = PLACE_ITEM_RE.match(item)
            if p and names.get(p.group("p"), ("GPE",))[0] == "GPE":
                # a water or a landform by its head word is no seat of government ('Chosin Reservoir'; auditen20)
                label = "LOC" if p.group("p").rsplit(None, 1)[-1] in _PLACE_ROW_LOC_HEADS else "GPE"
                out.append(Candidate(offset + p.start("p"), offset + p.end("p"), label, "rule:en_place_row", 30))
            offset += len(item) + 1


# ----------------------------------------------------------------------------- a person after pro-/anti-
PRO_ANTI_RE = re.compile(r"(?<![\w-])(?:[Pp]ro|[Aa]nti)-(?=[A-Z])")


def _pro_anti_persons(text: str, out: list) -> None:
    """'the pro-Chiang Kai-shek generals': the listed person after the prefix (a place or a people after it,
    'anti-Japanese', is a bound form: rule 12)."""
    from pipeline.rules.english_lexicon import english_names, lexicon_spans  # noqa: PLC0415

    names = english_names()
    for m in PRO_ANTI_RE.finditer(text):
        window = text[m.end():m.end() + 48]
        for start, end in lexicon_spans(window):
            if start == 0 and names.get(window[start:end], (None,))[0] == "PERSON":
                out.append(Candidate(m.end(), m.end() + end, "PERSON", "lexicon:en_person_after_prefix", 39,
                                     {"zh": names[window[start:end]][1]}))
            break


# ----------------------------------------------------------------------------- romanised campaign names
# a campaign named by romanised Chinese syllables with a lower-case head ('the Liaoshen campaign', 'the
# Huai-Hai campaign', 'the Shangdang offensive'): EVENT (a known place before the head is the event grammar's)
NAME_BEFORE_HEAD = re.compile(r"(?<![\w-])(?P<name>[A-Z][a-z]{1,12}(?:-[A-Z]?[a-z]{1,8}){0,2})[ \t]+$")
EVENT_HEADS = (" campaign", " offensive")


def _heads(text: str, heads: tuple) -> list:
    """(start, end) of each lower-case head word in `text` (a whole word, plural allowed)."""
    found = []
    for head in heads:
        at = text.find(head)
        while at != -1:
            end = at + len(head)
            if end < len(text) and text[end] == "s":
                end += 1
            if end >= len(text) or not (text[end].isalnum() or text[end] == "-"):
                found.append((at, end))
            at = text.find(head, at + 1)
    return found


def _romanised_events(text: str, out: list) -> None:
    from pipeline.rules.english_villages import village_word  # noqa: PLC0415

    for at, end in _heads(text, EVENT_HEADS):
        m = NAME_BEFORE_HEAD.search(text, max(0, at - 40), at + 1)
        if m and village_word(m.group("name")):
            out.append(Candidate(m.start("name"), end, "EVENT", "rule:en_romanised_event", 54))


# ----------------------------------------------------------------------------- invasions
# '<nationality> invasion of <known place>' ('the Soviet invasion of Manchuria', 'the Japanese invasion of
# Burma'): the named event, one span (real-dev3-en), the place inside it
INVASION_BEFORE = re.compile(r"(?<![\w-])(?P<side>[A-Z][a-z]{3,14})[ \t]+$")
PLACE_AFTER = re.compile(r"[ \t]+(?:the[ \t]+)?(?P<p>[A-Z][\w'\u2019-]{1,20}(?:[ \t][A-Z][\w'\u2019-]{1,20}){0,2})")


def _invasions(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for at, end in _heads(text, (" invasion of", " Invasion of")):
        side = INVASION_BEFORE.search(text, max(0, at - 16), at + 1)
        place = PLACE_AFTER.match(text, end)
        if not side or not place or norm_en.SIDE_WORDS.get(side.group("side").lower()) is None \
                and side.group("side") not in NATIONALITIES:
            continue
        words = place.group("p").split()
        for n in range(len(words), 0, -1):          # the longest known place at the start
            name = " ".join(words[:n])
            if names.get(name, (None,))[0] in ("GPE", "LOC"):
                out.append(Candidate(side.start("side"), place.start("p") + len(name), "EVENT", "rule:en_invasion", 56))
                break


NATIONALITIES = frozenset("German Italian French British Russian Soviet Japanese Chinese American Korean Vietnamese "
                          "Indian Mongolian Thai Burmese Dutch Allied Manchukuoan".split())


# ----------------------------------------------------------------------------- lines and acronyms
# a named line written 'X Line of Y' ('the Main Line of Resistance', 'the Line of Actual Control'): FAC, as
# '<Name> Line' is (pipeline.rules.english PLACE_SUFFIX_RE)
LINE_OF_RE = re.compile(r"(?<![\w-])(?P<l>(?:[A-Z][a-z]{2,12}[ \t]+){0,2}Line[ \t]+of[ \t]+(?:[A-Z][a-z]{2,12}[ \t]+){0,2}"
                        r"[A-Z][a-z]{2,12})(?![\w-])")
# an acronym defined in brackets right after a name ('the Line of Actual Control (LAC)'): the same entity
ACRONYM_RE = re.compile(r"\s?\((?P<a>[A-Z]{2,6})\)")


def _lines(text: str, out: list) -> None:
    for m in LINE_OF_RE.finditer(text):
        start = m.start("l")
        if text.startswith("The ", start) or text.startswith("A ", start):
            continue
        out.append(Candidate(start, m.end("l"), "FAC", "rule:en_line_of", 44, {}))


ACRONYM_ANCHOR = re.compile(r"\([A-Z]{2,6}\)")


def _acronyms(text: str, out: list) -> None:
    if not ACRONYM_ANCHOR.search(text):
        return
    ends = {}
    for c in out:
        if c.label in ("MIL_UNIT", "ORG", "FAC", "EVENT", "LOC", "GPE") and (c.end not in ends
                                                                            or ends[c.end].end - ends[c.end].start < c.end - c.start):
            ends[c.end] = c
    for c in list(ends.values()):
        m = ACRONYM_RE.match(text, c.end)
        if not m:
            continue
        initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'\u2019-]*", text[c.start:c.end]))
        if initials == m.group("a"):
            out.append(Candidate(m.start("a"), m.end("a"), c.label, "rule:en_acronym", c.priority - 1, dict(c.norm or {})))


# ----------------------------------------------------------------------------- regions
# China's regions named by a compass word alone after the article ('the Northeast', 'the North-west': 东北, 西北);
# not before a capitalised word ('the Northeast Field Army' is a unit's name)
COMPASS_REGION_RE = re.compile(r"(?<=[Tt]he[ \t])(?P<r>(?:North|South)[-\u2013]?(?:[Ee]ast|[Ww]est))"
                               r"(?![\w-]|[ \t\n]+[A-Z])")
COMPASS_ZH = {"northeast": "东北", "northwest": "西北", "southeast": "东南", "southwest": "西南"}
# a region named by romanised syllables no lexicon holds, with a lower-case 'region' ('the Jiangnan region'):
# LOC (a known place before 'region' keeps its own label)
SYLLABLE_NAME_BEFORE = re.compile(r"(?<![\w-])(?P<n>[A-Z][a-z]{3,14})[ \t]+$")


def _regions(text: str, out: list) -> None:
    if "he North" in text or "he South" in text:
        for m in literal_finditer(COMPASS_REGION_RE, text):
            key = re.sub(r"[-\u2013]", "", m.group("r")).lower()
            out.append(Candidate(m.start("r"), m.end("r"), "LOC", "rule:en_compass_region", 40, {"zh": COMPASS_ZH[key]}))
    if " region" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        from pipeline.rules.english_villages import village_word  # noqa: PLC0415

        names = english_names()
        for at, end in _heads(text, (" region",)):
            m = SYLLABLE_NAME_BEFORE.search(text, max(0, at - 16), at + 1)
            if m and m.group("n") not in names and village_word(m.group("n")):
                out.append(Candidate(m.start("n"), end, "LOC", "rule:en_syllable_region", 39, {}))


# ----------------------------------------------------------------------------- readings dropped
YEAR_FIRST = re.compile(r"(?:1[6-9]\d\d|20\d\d)[ \t\n]+(?P<next>[A-Za-z]+)")
TIME_WORD_BEFORE = re.compile(r"(?:^|[^\w])(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]ill|[Dd]uring|[Ff]rom|[Aa]fter|[Bb]efore|[Oo]f)[ \t]+$")


def _drop_misreadings(text: str, out: list) -> None:
    drop = set()
    for i, c in enumerate(out):
        if c.label != "QUANTITY":
            continue
        m = YEAR_FIRST.match(text, c.start, c.end)
        if m and (norm_en.SIDE_WORDS.get(m.group("next").lower()) is not None
                  or TIME_WORD_BEFORE.search(text, max(0, c.start - 8), c.start)):
            drop.add(i)       # 'the 1931 Japanese invasion', 'In 1938 fresh troops landed': a year, not a count
    if drop:
        out[:] = [c for i, c in enumerate(out) if i not in drop]


# ----------------------------------------------------------------------------- bare ordinals of units
# 'the 23rd hung on', 'gave the 7th.', 'the 12th, which': a unit named before by its full designation, now by its
# ordinal alone (real-dev's '54序列'); not a day of the month ('on the 7th', 'the 7th of May', 'the 7th March')
# session 21 (r21en): also after a possessive in memoir prose ('I sent my 52nd to the ford', 'our 9th held'); `to` may
# follow there (no date range is written 'my 7th to ...'), a verb or a preposition
BARE_ORDINAL_RE = re.compile(r"(?<![\w-])(?:(?P<the>[Tt]he)|(?P<pos>[Mm]y|[Oo]ur|[Hh]is|[Tt]heir))[ \t]+"
                             r"(?P<o>(?P<n>\d{1,3})(?:st|nd|rd|th))"
                             r"(?=['\u2019]s\b|[,.;:)]|[ \t]+(?!(?:of|day|days|time|times|century|anniversary|birthday|year|years|week|month"
                             r"|hour|minute|floor|mile|place|round|parallel|meridian|attempt|wave|line|and|or)\b"
                             r"|(?(the)to\b|(?!))|[A-Z])[a-z]+\b)"
                             # after a possessive only a clause edge, a verb or a preposition ('his 3rd wife' is none)
                             r"(?(pos)(?=['\u2019]s\b|[,.;:)]|[ \t]+(?:to|was|were|had|has|would|could|should|will"
                             r"|then|also|which|who|still|now|in|at|on|from|with|into|across|towards?|held|fought|took|lost|fell|broke|went"
                             r"|came|stood|kept|dug|ran|made|[a-z]+ed)\b)|)")
DATE_WORD_BEFORE = re.compile(r"(?:^|[^\w])(?:on|by|until|till|from|since|before|after|to|through|of|On|By|Until|From"
                              r"|Since|Before|After)[ \t]+$")
MONTH_AFTER = re.compile(r"[ \t]+(?:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b")


# a noun of a unit's men, losses or parts before `of the 9th` ('the casualties of the 9th', 'the colonel of the 42nd'),
# a verb of posting before `to the 9th`: the unit, not a day (session 18, r18en)
UNIT_NOUN_OF = re.compile(r"(?<![\w-])(?:men|officers|soldiers|troops|casualties|losses|commander|commanding[ \t]+officer"
                          r"|colonel|remnants?|survivors|remainder|colours|colors|ranks|companies|squadrons|wing|band"
                          r"|headquarters|battalions?|detachments?)[ \t]+of[ \t]+$"
                          # and a verb of a soldier's posting before `to` ('was attached to the 9th')
                          r"|(?<![\w-])(?:attached|posted|transferred|belonged|gazetted|seconded)[ \t]+to[ \t]+$", re.I)
_ORDINAL_OPENING = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\b")


def bare_unit_mentions(text: str, chosen: list) -> list:
    """Candidates for bare ordinals of units found in the document (after resolution, like surname mentions)."""
    if "the " not in text and "The " not in text and "my " not in text and "our " not in text \
            and "his " not in text and "their " not in text:
        return []
    units = {}
    for c in chosen:
        if c.label == "MIL_UNIT":
            first = _ORDINAL_OPENING.match(text[c.start:c.end])
            if first and first.group(1) not in units:
                units[first.group(1)] = c
    if not units:
        return []
    taken = [(c.start, c.end) for c in chosen]
    found = []
    for m in BARE_ORDINAL_RE.finditer(text):
        unit = units.get(m.group("n"))
        if unit is None or m.start("o") < unit.end or MONTH_AFTER.match(text, m.end("o")):
            continue
        if DATE_WORD_BEFORE.search(text, max(0, m.start() - 10), m.start()) \
                and not UNIT_NOUN_OF.search(text, max(0, m.start() - 24), m.start()):
            continue
        if any(s < m.end("o") and m.start("o") < e for s, e in taken):
            continue
        norm = {k: v for k, v in (unit.norm or {}).items() if k != "id"}
        found.append(Candidate(m.start("o"), m.end("o"), "MIL_UNIT", "rule:en_bare_ordinal_unit", 30, norm))
    return found


def find_prose(text: str, out: list) -> None:
    """Candidates of the forms above in one paragraph; runs after the other generators (it reads their
    PERSON and QUANTITY candidates)."""
    if "~" in text:
        _tilde_counts(text, out)
    _ages(text, out)
    _lettered_companies(text, out)
    _named_battalions(text, out)
    if "pro-" in text or "anti-" in text or "Pro-" in text or "Anti-" in text:
        _pro_anti_persons(text, out)
    if " campaign" in text or " offensive" in text:
        _romanised_events(text, out)      # anchored on the head word, read back to the name
    _regions(text, out)
    if "nvasion of" in text:
        _invasions(text, out)
    if "Line of" in text:
        _lines(text, out)
    if "(" in text:
        _acronyms(text, out)
    if "Place" in text or "Location" in text:
        _place_rows(text, out)
    _drop_misreadings(text, out)
