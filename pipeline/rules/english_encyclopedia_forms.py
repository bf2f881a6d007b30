"""Forms found by auditing fresh English encyclopedia pages on Asian wars 1840-1980 (session 11, helper auditen2).

Each reading is defined by how the form is written, not by a name taken from a page:

- One reading per document for places: a place read once by its context (`the town of Ban Hoa`, `entered Kamphon`)
  is the same GPE / LOC at its other occurrences of the same form that no other reading covers (`to hold Ban Hoa at
  all cost`); english.find_english adds these with the other per-document mentions (`place_mentions`). A form that
  is also read as a PERSON somewhere in the document, or that stands inside a longer capitalised run, is left.
- A place after a hyphenated participle of control is the place alone: `Choshu-occupied Kyoto`, `Communist-held
  Yenan`, `Japanese-controlled Manchuria` -> GPE `Kyoto` (the compound adjective is a bound form, spec rule 12).
- A unit's parenthesised qualifier is no commander: `1st Cavalry Division (Airmobile)`, `(Airborne)`,
  `(Mechanized)`, `(Provisional)`, `(Reinforced)`: the qualifier word read as a PERSON is dropped.
- Landing zones and fire-support bases of the Indochina wars are named positions (FAC): `LZ X-Ray`, `Landing Zone
  Albany`, `Firebase Ripcord`, `Fire Support Base Mary Ann`, `FSB Ripcord`.
- A rank abbreviation with its full stop is no part of the name after it (spec rule 1): `Brig. Archibald Paris`,
  `Lt. Col. Henry Short` -> PERSON `Archibald Paris`, `Henry Short` (infobox commander rows keep the rank).
- An approximator before a length or a count belongs to the QUANTITY (spec rule 9): `some 2 mi`, `about 300 yd`,
  `nearly 40 km` (a count read without it is extended; its `approx` set).
- An empire named by its people's adjective is a GPE, like `Empire of Japan` and `Russian Empire`: `Burmese Empire`,
  `Mughal Empire`, `Ottoman Empire`; and so is a kingdom named by its people (session 30, s30enper: `Zulu Kingdom`,
  `Ashanti Kingdom`).
- A Korean-War-style line named after its head word, `Line Kansas`, `Line Wyoming`, is a FAC, like `Wyoming Line`
  and `Main Line of Resistance`.
- A surname with its particle after the full name (`James Van Fleet` ... `Van Fleet believed`): the particle belongs to
  the later mention as to the full name (english.find_english adds these with the place mentions).
- A conflict named by the compound adjective of its two sides is an EVENT with its lower-case head: `Sino-Soviet
  conflict`, `Russo-Japanese conflict`, `Franco-Siamese war`, `Sino-Burmese border clashes` (a year in brackets after
  it stays its own DATE, spec rule 13).
- A name glossed as `(also known as the CER)`, `(also called the ABC)`, `(known as X)`: the alias takes the label of
  the name before it, there and at its other occurrences in the document (english.find_english adds these).
- A peerage or princely title before a name of two or more words is outside the PERSON (spec rule 1): `Prince
  Kitashirakawa Yoshihisa` -> `Kitashirakawa Yoshihisa`.
- A battle named in Vietnamese, `Trận Ấp Bắc`, `Trận Điện Biên Phủ`: `Trận` and its capitalised syllables are one EVENT
  (a gloss often stands without its language label: `Battle of Ấp Bắc, Trận Ấp Bắc`).
- A range of days written with `through` (`February 10 through 12, 1922`): the second end is a DATE with the year
  (`12, 1922`), as with `to` or a dash; a clock time in hours after a dated heading (`9 February 1904, 1200 hrs`) is
  the DATE's time, not a count.
- The agent of `led by` / `commanded by` / `under the command of`: two or three capitalised words that are no
  everyday word, nationality or known non-person name are a PERSON (`led by Viktorin Molchanov`).
- Fronts and commands written with a letter-number code or a region number: `B3 Front`, `B-2 Front` (MIL_UNIT),
  `Military Region 5`, `Military Region IV`, `Region 2`; the South Vietnamese `II Corps Tactical Zone` is one
  MIL_UNIT with its zone words (a corps area is a command, like 战区).

Cheap where it does not apply: each reading is anchored on a literal (`-occupied`/`-held`/…, `(`, `LZ`, `Zone`,
`Fire`, `Front`, `Region`) tested with `in` before its pattern runs.
"""

from __future__ import annotations

import re

from pipeline.rules.english_book_forms import read_once
from pipeline.rules.english_place_context import LATIN1_LOWER, LATIN1_UPPER
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

PRIORITY = 62
_PLACE_MENTION_PRIORITY = 30

# ---- a place after a hyphenated participle of control --------------------------------------------------------
_CONTROL = ("occupied", "held", "controlled", "ruled", "dominated", "administered", "garrisoned", "besieged",
            "annexed", "governed")
_CONTROL_PREFIX_RE = re.compile(r"[A-Z][\w'\u2019]{1,20}-(?:" + "|".join(_CONTROL) + r")[ \t]+(?=[A-Z])")


def _control_prefixes(text: str, out: list) -> None:
    for i, cand in enumerate(out):
        if cand.label not in ("GPE", "LOC") or "-" not in text[cand.start:cand.end]:
            continue
        m = _CONTROL_PREFIX_RE.match(text, cand.start)
        if m and m.end() < cand.end:
            out[i] = Candidate(m.end(), cand.end, cand.label, cand.source, cand.priority + 1, cand.norm)


# ---- a unit's parenthesised qualifier ------------------------------------------------------------------------
_QUALIFIERS = frozenset(
    "Airmobile Airborne Air-Assault Mechanized Mechanised Motorized Motorised Provisional Reinforced Separate Light "
    "Heavy Armored Armoured Amphibious Parachute Glider Mountain Reserve Territorial Volunteer Volunteers Special "
    "Independent Composite Expeditionary Colonial Native Mixed Motor Mobile Cadre Skeleton Training".split())


def _qualifiers(text: str, out: list) -> None:
    drop = [i for i, c in enumerate(out)
            if c.label == "PERSON" and c.start and text[c.start - 1] == "(" and text[c.end:c.end + 1] == ")"
            and text[c.start:c.end] in _QUALIFIERS]
    for i in reversed(drop):
        del out[i]


# ---- landing zones and fire-support bases -----------------------------------------------------------------
_POSITION_NAME = r"[A-Z][A-Za-z'\u2019]{0,15}(?:-[A-Z][A-Za-z]{0,15})?(?:[ \t]+[A-Z][a-z]{1,15}){0,2}"
_POSITION_RE = re.compile(
    rf"(?<![\w-])(?:LZ|Landing[ \t]+Zone|Firebase|Fire[ \t]+Base|Fire[ \t]+Support[ \t]+Base|FSB)[ \t]+"
    rf"(?P<n>{_POSITION_NAME}|[A-Z]?\d{{1,4}})(?![\w-])")
_POSITION_STOP = frozenset("The A An And Or But In On At Of To For By With From Was Were Is Are".split())


def _positions(text: str, out: list) -> None:
    for m in _POSITION_RE.finditer(text):
        words = m.group("n").split()
        while words and words[-1] in _POSITION_STOP:
            words.pop()
        if not words or words[0] in _POSITION_STOP:
            continue
        end = m.start("n") + len(" ".join(words))
        if text[m.start("n"):end] != " ".join(words):
            end = m.start("n") + len(words[0])
        out.append(Candidate(m.start(), end, "FAC", "rule:en_landing_zone", PRIORITY, {}))


# ---- fronts by letter code, military regions, corps tactical zones -----------------------------------------
_CODE_FRONT_RE = re.compile(r"(?<![\w-])(?P<code>[A-Z]-?\d{1,2})[ \t]+Front(?![\w-])")
_REGION_RE = re.compile(r"(?<![\w-])(?:Military[ \t]+)?Region[ \t]+(?P<n>\d{1,2}|[IVX]{1,4})(?![\w-])")
_CTZ_RE = re.compile(r"(?<![\w-])(?P<n>[IVX]{1,4})[ \t]+Corps[ \t]+Tactical[ \t]+Zone(?![\w-])")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}


def _number(n: str) -> list[int]:
    return [int(n)] if n.isdigit() else ([_ROMAN[n]] if n in _ROMAN else [])


def _commands(text: str, out: list) -> None:
    if "Front" in text:
        for m in _CODE_FRONT_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_code_front", PRIORITY,
                                 {"numbers": [], "echelon": "方面军", "prefix": "", "side": None, "id": None,
                                  "name": m.group()}))
    if "Region" in text:
        for m in _REGION_RE.finditer(text):
            if not m.group().startswith("Military"):
                before = text[max(0, m.start() - 12):m.start()]
                if not re.search(r"(?:[Mm]ilitary|[Tt]he|[Ii]n)[ \t]+$", before):
                    continue          # a bare 'Region 5' is a command only after 'the' or 'in'
            numbers = _number(m.group("n"))
            if numbers:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_military_region", PRIORITY,
                                     {"numbers": numbers, "echelon": "军区", "prefix": "", "side": None, "id": None}))
    if "Tactical" in text:
        for m in _CTZ_RE.finditer(text):
            numbers = _number(m.group("n"))
            if numbers:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_corps_zone", PRIORITY + 1,
                                     {"numbers": numbers, "echelon": "战区", "prefix": "", "side": None, "id": None}))


# ---- rank abbreviations at the head of a PERSON --------------------------------------------------------------
_RANK_ABBREVIATION_RE = re.compile(
    r"(?:(?:Brig|Gen|Col|Lt|Lieut|Maj|Capt|Adm|Cdr|Cmdr|Comdr|Cdre|Sgt|Cpl|Pte|Pvt|Gov|Rev|Fr)\."
    r"(?:-(?:Gen|Col|Adm)\.?)?[ \t]+|(?:Lt|Maj|Brig)[ \t]+(?:Gen|Col)\.?[ \t]+)+")


def _rank_heads(text: str, out: list) -> None:
    for i, cand in enumerate(out):
        if cand.label != "PERSON" or text[cand.start] not in "BGCLMAPSFR":
            continue
        m = _RANK_ABBREVIATION_RE.match(text, cand.start, cand.end)
        if m and m.end() < cand.end and text[m.end()].isupper():
            out[i] = Candidate(m.end(), cand.end, "PERSON", cand.source, cand.priority, cand.norm)


# ---- approximators before a count ---------------------------------------------------------------------------
_APPROX_BEFORE_RE = re.compile(
    r"(?<![\w-])(?P<w>[Ss]ome|[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly|[Nn]early|[Aa]lmost|[Oo]ver|[Mm]ore[ \t]+than"
    r"|[Aa]t[ \t]+least|[Uu]nder|[Ll]ess[ \t]+than|[Ff]ewer[ \t]+than|[Uu]p[ \t]+to|c\.|ca\.|circa)[ \t]+$")
_APPROX_VALUE = {"some": "some", "about": "about", "around": "about", "approximately": "about", "roughly": "about",
                 "c.": "about", "ca.": "about", "circa": "about", "nearly": "nearly", "almost": "nearly",
                 "over": "over", "more than": "over", "at least": "over", "under": "under", "less than": "under",
                 "fewer than": "under", "up to": "under"}


def _approximators(text: str, out: list) -> None:
    for cand in [c for c in out if c.label == "QUANTITY" and text[c.start].isdigit()
                 and not (c.norm or {}).get("approx")]:
        m = _APPROX_BEFORE_RE.search(text, max(0, cand.start - 20), cand.start)
        if m:
            word = re.sub(r"[ \t]+", " ", m.group("w").lower())
            norm = {**(cand.norm or {}), "approx": _APPROX_VALUE[word]}
            out.append(Candidate(m.start(), cand.end, "QUANTITY", cand.source, cand.priority, norm))


# ---- empires by their people's adjective, lines by their head word ----------------------------------------
_EMPIRE_RE = re.compile(r"(?<![\w'\u2019-])(?:(?:Holy|Great|Eastern|Western|Later|Northern|Southern)[ \t]+)?"
                        r"(?P<adj>[A-Z][a-z]{2,20})[ \t]+Empire(?![\w-])")
_EMPIRE_ADJ_END = re.compile(r"(?:ese|an|ian|ish|ic|al|i|ch)$")
# a kingdom named by its people (session 30, s30enper: `the Zulu Kingdom`, `the Ashanti Kingdom`, `the Kongo Kingdom`):
# one GPE like `Burmese Empire`, where the people's name is no everyday word (`Animal Kingdom`, `Middle Kingdom`)
_KINGDOM_RE = re.compile(r"(?<![\w'\u2019-])(?P<adj>[A-Z][a-z]{2,20})[ \t]+Kingdom(?![\w-]|[ \t]+of\b)")
_LINE_RE = re.compile(r"(?<=[a-z,(][ \t])Line[ \t]+(?P<n>[A-Z][a-z]{3,15})(?![\w-])")


def _empires_and_lines(text: str, out: list) -> None:
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    if "Empire" in text:
        for m in _EMPIRE_RE.finditer(text):
            adj = m.group("adj")
            if adj in ("The", "This", "That", "His", "Her", "Its", "Their", "Our", "Holy", "Great", "New", "Old",
                       "First", "Second", "Third", "Fourth") or not _EMPIRE_ADJ_END.search(adj):
                continue
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_empire", 40, {}))
    if "Kingdom" in text:
        for m in _KINGDOM_RE.finditer(text):
            adj = m.group("adj")
            if adj in ("The", "This", "That", "His", "Her", "Its", "Their", "Our", "United", "Middle", "Hermit",
                       "Old", "New", "Heavenly") or common_word(adj) or any(
                    c.start <= m.start() and m.end() <= c.end and c.end - c.start > m.end() - m.start() for c in out):
                continue
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_kingdom", 40, {}))
    if "Line " in text:
        for m in _LINE_RE.finditer(text):
            name = m.group("n")
            if name in STOP or common_word(name) and name not in ("Kansas", "Wyoming", "Missouri", "Utah", "Idaho"):
                continue
            out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_named_line", PRIORITY, {}))


# ---- conflicts named by the compound adjective of their sides ------------------------------------------------
# (session 19, s19enevt: a hyphen typed with a space on each side is the same compound: `the Sino - Japanese war`)
_CONFLICT_SIDES = ("Sino", "Russo", "Anglo", "Franco", "Italo", "Austro", "Hispano", "Luso", "Indo", "Soviet",
                   "Japanese", "Chinese", "Thai", "Burmese",
                   # (session 34, w34enunit) the other nations' adjectives that open a two-sided war's name written
                   # with a small `war` (`the Polish-Bolshevik war`, `the Spanish-American war`, `the Greco-Turkish
                   # war`), as the capitalised War is read elsewhere
                   "Polish", "Spanish", "Philippine", "Arab", "Greco", "Turco", "Italian", "German", "Indian",
                   "Iraqi", "Iranian", "Israeli", "Ethiopian", "Somali", "Finnish", "Korean", "Vietnamese",
                   "Mexican", "American", "British", "French", "Dutch", "Portuguese", "Austrian", "Prussian",
                   "Ottoman", "Persian", "Afghan", "Egyptian", "Libyan", "Peruvian", "Bolivian", "Paraguayan",
                   "Chilean", "Serbian", "Bulgarian", "Greek", "Russian", "Mongolian", "Boer", "Zulu", "Siamese",
                   "Cambodian", "Ecuadorian", "Honduran", "Ugandan", "Tanzanian", "Eritrean", "Syrian", "Pakistani",
                   "Nepalese", "Tibetan", "Sikh", "Maratha", "Turkish", "Romanian", "Hungarian", "Lithuanian")
_COMPOUND_CONFLICT_RE = re.compile(
    r"(?<![\w-])(?:" + "|".join(_CONFLICT_SIDES) + ")"
    r"(?:[-\u2013]|[ \t][-\u2013][ \t])[A-Z][a-z]{3,14}(?:-[A-Z][a-z]{3,14})?[ \t]+(?:border[ \t]+)?"
    r"(?:conflict|war|clashes|clash|crisis|incident)"
    r"(?![\w-])")


def _compound_conflicts(text: str, out: list) -> None:
    for m in _COMPOUND_CONFLICT_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_compound_conflict", 57, {}))


# ---- peerage and princely titles before a full name --------------------------------------------------------
_NOBLE_TITLE_RE = re.compile(r"(?:Prince|Princess|Grand[ \t]+Duke|Archduke|Duke|Marquis|Marquess|Count|Viscount|Baron)"
                             r"[ \t]+(?=[A-Z][a-z]+[ \t]+[A-Z][a-z]+)")


def _noble_titles(text: str, out: list) -> None:
    for i, cand in enumerate(out):
        if cand.label == "PERSON" and text[cand.start] in "PGADMCVB":
            m = _NOBLE_TITLE_RE.match(text, cand.start, cand.end)
            if m:
                out[i] = Candidate(m.end(), cand.end, "PERSON", cand.source, cand.priority, cand.norm)


# ---- a strength after the verb `number` --------------------------------------------------------------------
_NUMBER_VERB_RE = re.compile(
    r"(?<![\w-])(?:to[ \t]+number|numbered|numbers)[ \t]+(?P<q>(?P<w>around|about|some|nearly|almost|approximately"
    r"|roughly|over|more[ \t]+than|at[ \t]+least|up[ \t]+to)?[ \t]*(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}))(?![\w,.]\d|[\w-])")


def _number_verbs(text: str, out: list) -> None:
    for m in _NUMBER_VERB_RE.finditer(text):
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("n")) and not m.group("w"):
            continue                  # 'numbered 1944' is no count
        word = re.sub(r"[ \t]+", " ", m.group("w") or "")
        approx = _APPROX_VALUE.get(word) if word else None
        out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_number_verb", 49,
                             {"value": int(m.group("n").replace(",", "")), "unit": "", "approx": approx}))


_VIET_BATTLE_RE = re.compile(r"(?<![\w-])(?:Trận|Chiến dịch)(?:[ \t]+[^\W\d_][^\W\d_]{0,9}){1,4}")


def _vietnamese_battles(text: str, out: list) -> None:
    for m in literal_finditer(_VIET_BATTLE_RE, text):
        words = m.group().split()
        head = 2 if words[0] == "Chiến" else 1
        while len(words) > head and not words[-1][0].isupper():
            words.pop()
        if len(words) > head and all(w[0].isupper() for w in words[head:]):
            end = m.start() + len(" ".join(words))
            if text[m.start():end] == " ".join(words):
                out.append(Candidate(m.start(), end, "EVENT", "rule:en_vietnamese_battle", PRIORITY, {}))


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?"
           "|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?")
_THROUGH_RE = re.compile(rf"(?<![\w-])(?P<m>{_MONTHS})[ \t]+\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?:through|thru|until|till)[ \t]+"
                         r"(?P<d>(?P<day>\d{1,2})(?:st|nd|rd|th)?,?[ \t]+(?P<y>1[89]\d\d|20\d\d))(?![\w-])")
_HOURS_AFTER_DATE_RE = re.compile(r"(?<=\d, )(?P<t>(?:[01]\d|2[0-3])[0-5]\d)[ \t]?(?:hrs|hours)(?![\w])")
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d), $")


def _dates(text: str, out: list) -> None:
    from pipeline.normalize.english_dates import MONTHS as MONTH_NUMBERS  # noqa: PLC0415

    if "through" in text or "thru" in text or "until" in text or "till" in text:
        for m in _THROUGH_RE.finditer(text):
            month = MONTH_NUMBERS.get(m.group("m").rstrip(".").lower())
            if month:
                out.append(Candidate(m.start("d"), m.end("d"), "DATE", "rule:en_through_range", 55,
                                     {"value": f"{m.group('y')}-{month:02d}-{int(m.group('day')):02d}"}))
    if "hrs" in text or "hours" in text:
        for m in _HOURS_AFTER_DATE_RE.finditer(text):
            if _YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_clock_after_date", 53, {"value": None}))


# the name's letters those of Latin-1 (`Juliusz Rómmel`, `José Félix`: Polish, Spanish, Czech names; session 28)
_AGENT_RE = re.compile(r"(?<![\w-])(?:led[ \t]+by|commanded[ \t]+by|under[ \t]+the[ \t]+command[ \t]+of)[ \t]+"
                       rf"(?P<n>[{LATIN1_UPPER}][{LATIN1_LOWER}]{{2,15}}(?:[ \t]+[{LATIN1_UPPER}][{LATIN1_LOWER}]{{2,15}}){{1,2}})"
                       r"(?![\w'\u2019-])")


def _agents(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP, common_word  # noqa: PLC0415

    names = english_names()
    for m in _AGENT_RE.finditer(text):
        words = m.group("n").split()
        if any(w in STOP or common_word(w) or names.get(w, ("PERSON",))[0] != "PERSON" for w in words):
            continue
        if names.get(m.group("n"), ("PERSON",))[0] != "PERSON":
            continue
        out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_agent_person", 35, {}))


def find_encyclopedia_forms(text: str, out: list) -> None:
    """Add the forms above and correct the others' candidates in `out` (see the module doc)."""
    if ". " in text:
        _rank_heads(text, out)
    if "Prince" in text or "Duke" in text or "Count " in text or "Marqu" in text or "Baron " in text:
        _noble_titles(text, out)
    if ("-" in text or "\u2013" in text) and any(f"{side}-" in text or f"{side}\u2013" in text or f"{side} -" in text
                                                     or f"{side} \u2013" in text for side in _CONFLICT_SIDES):
        _compound_conflicts(text, out)
    if "Empire" in text or "Line " in text:
        _empires_and_lines(text, out)
    if "-" in text and any(f"-{w}" in text for w in _CONTROL):
        _control_prefixes(text, out)
    if "(" in text:
        _qualifiers(text, out)
    if "LZ" in text or "Zone" in text or "Fire" in text or "FSB" in text:
        _positions(text, out)
    if "Front" in text or "Region" in text or "Tactical" in text:
        _commands(text, out)
    if "Trận" in text or "Chiến dịch" in text:
        _vietnamese_battles(text, out)
    if "number" in text:
        _number_verbs(text, out)
    if "th" in text or "til" in text or "hrs" in text or "hours" in text:
        _dates(text, out)
    if " by " in text or "command of" in text:
        _agents(text, out)
    _approximators(text, out)


# ---- one reading per document for places -------------------------------------------------------------------


_PARTICLES = ("Van", "Von", "van", "von", "De", "de", "Du", "du", "Da", "da", "Di", "di", "Del", "del", "La", "Le")


def document_mentions(text: str, chosen: list) -> list:
    """Place mentions and surname mentions with their particle (see the module doc)."""
    found = place_mentions(text, chosen) + _particle_mentions(text, chosen)
    if "known as" in text or "also called" in text:
        found += _aliases(text, chosen)
    return found


_ALIAS_RE = re.compile(r"[ \t]*\((?:also[ \t]+)?(?:known[ \t]+as|called)[ \t]+(?:the[ \t]+)?(?P<a>[A-Z][A-Z0-9&]{1,7})\)")


def _aliases(text: str, chosen: list) -> list:
    found = []
    for c in chosen:
        if c.label in ("FAC", "ORG", "MIL_UNIT", "EVENT", "GPE", "LOC"):
            m = _ALIAS_RE.match(text, c.end)
            if m is None:
                continue
            alias = m.group("a")
            pos = text.find(alias, c.end)
            while pos >= 0:
                end = pos + len(alias)
                if (not text[pos - 1].isalnum()) and (end == len(text) or not text[end].isalnum()) \
                        and not any(o.start < end and pos < o.end for o in chosen):
                    found.append(Candidate(pos, end, c.label, "rule:en_alias_mention", 40, {}))
                pos = text.find(alias, end)
    return found


def _particle_mentions(text: str, chosen: list) -> list:
    persons = [c for c in chosen if c.label == "PERSON"]
    tails = {" ".join(text[c.start:c.end].split()[-2:]) for c in persons if len(text[c.start:c.end].split()) >= 3}
    tails = {t for t in tails if t.split()[0] in _PARTICLES}
    found = []
    for tail in tails:
        pos = text.find(tail)
        while pos >= 0:
            end = pos + len(tail)
            if (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'\u2019")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-")) \
                    and all(c.label == "PERSON" and pos <= c.start and c.end <= end
                            for c in chosen if c.start < end and pos < c.end):
                found.append(Candidate(pos, end, "PERSON", "rule:en_particle_mention", 45, {}))
            pos = text.find(tail, end)
    return found


# the readers that find a place by its context (not by a list, which finds every occurrence itself)
_CONTEXT_SOURCES = frozenset(("rule:en_place_context", "rule:en_vietnamese_spelling", "rule:en_appositive_kind"))


def place_mentions(text: str, chosen: list) -> list:
    """Other occurrences of the GPE / LOC names read by their context (see the module doc)."""
    names = {}
    for c in chosen:
        if c.label in ("GPE", "LOC") and (c.source in _CONTEXT_SOURCES or read_once(text, c)):
            name = text[c.start:c.end]
            if "\n" not in name and len(name) >= 3:
                names.setdefault(name, c.label)
    if not names:
        return []
    persons = {text[c.start:c.end] for c in chosen if c.label == "PERSON"}
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start:c.end] = b"\1" * (c.end - c.start)
    found = []
    for name, label in names.items():
        if name in persons or any(name in p.split() or p in name.split() for p in persons):
            continue
        pos = text.find(name)
        while pos >= 0:
            end = pos + len(name)
            if not any(taken[pos:end]) and (pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "-'\u2019")) \
                    and (end == len(text) or not (text[end].isalnum() or text[end] in "-")) \
                    and not _capitalised_neighbour(text, pos, end):
                found.append(Candidate(pos, end, label, "rule:en_place_mention", _PLACE_MENTION_PRIORITY, {}))
            pos = text.find(name, end)
    return found


def _capitalised_neighbour(text: str, start: int, end: int) -> bool:
    """A capitalised word right before or after (the name is part of a longer name: `Ban Hoa Road`)."""
    after = text[end:end + 2]
    if len(after) == 2 and after[0] in " \t" and after[1].isupper():
        return True
    before = text[max(0, start - 25):start]
    m = re.search(r"([A-Za-z'\u2019]+)[ \t]$", before)
    return bool(m and m.group(1)[0].isupper() and not _SENTENCE_START(text, start - len(m.group(0))))


def _SENTENCE_START(text: str, at: int) -> bool:  # noqa: N802
    """The word at `at` opens a sentence (capitalised by position, not as a name)."""
    head = text[max(0, at - 3):at].rstrip(" \t")
    return not head or head[-1] in ".!?\n\"“("
