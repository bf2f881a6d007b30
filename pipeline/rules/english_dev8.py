"""English forms of fact sheets, infoboxes, encyclopedia mirrors and old books on the wars of 1840-1979 (real-dev8-en),
for pipeline.rules.english (examples written for this module, not taken from the set).

- Text in capitals (fact-sheet headings, order-of-battle lists, captions: 'SIEGE OF PLEVNA', '9th INFANTRY
  DIVISION', '1st BATTALION, THE ROYAL SCOTS'): each run of capitalised words is read again in title case (same
  length, so every offset maps back) by the other finders.
- Armed forces named by a nation ('the Philippine Army', 'the German Navy', 'the Dutch Air Force'), expeditionary
  forces ('Far East Expeditionary Corps', 'British Expeditionary Force') and forces 'in the <Region>' ('U.S. Army
  Forces in the Far East'): MIL_UNIT without echelon (an expeditionary corps: 军).
- A name's acronym defined in brackets after it ('the Royal Laotian Army (RLA)') takes the name's label and norm,
  there and wherever it is written again in the text (document level).
- A place's other name in brackets after it ('Damanskii Island (Zhen Bao)', 'the Ussuri river (Wusuli Jiang)'):
  the same label; a river's bare name after 'the' once 'X River' was found ('the bank of the Ussuri'): LOC.
- Counts whose noun is two coordinated words ('~1,800 logistics and support personnel'), temperatures below zero
  ('minus 26 degrees Celsius'), a year before its month ('1969, March'), clock times with a dot ('at 2.27pm'),
  citations '(Goldstein, 2001)' (PERSON + DATE), border conflicts with a lower-case head ('the Sino-Soviet border
  crisis': EVENT), straits in the plural ('Makassar Straits': LOC), a name before 'magazine' ('a Yank magazine
  correspondent': ORG), a rank before a name written with diacritics ('Captain Richárd Makovicz').

Every form is found from a rare literal (a run of two capitalised words, 'Army'/'Navy'/'Force', '(' before a capital,
'and', 'minus', a month after a year and comma, 'pm'/'am', 'border', 'Straits', 'magazine', a non-ASCII capital), so
text without one costs a C-level search each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.literal_matches import literal_matches, word_end, word_start
from pipeline.spans import Candidate

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


@lru_cache(maxsize=1)
def _demonyms() -> str:
    """National adjectives of demonyms_en.tsv as a regex alternation (longest first)."""
    from pipeline.rules.english_lexicon import demonyms, trie_regex  # noqa: PLC0415

    return f"(?:{trie_regex(sorted(demonyms()))})"


# ----------------------------------------------------------------------------- text in capitals
CAPS_TOKEN = r"(?:[A-Z][A-Z'\u2019.&-]*[A-Z.]|\d{1,4}(?:st|nd|rd|th|d|ST|ND|RD|TH))"
CAPS_RUN = re.compile(rf"(?<![\w'\u2019&-]){CAPS_TOKEN}(?:,?[ \t]+{CAPS_TOKEN}){{1,9}}(?![\w'\u2019&-])")
CAPS_ANCHOR = re.compile(r"[A-Z]{2}[A-Z'\u2019.&-]*,?[ \t]+(?:[A-Z]{2}|\d)|\d(?:st|nd|rd|th|d)[ \t]+[A-Z]{2}")
LOWER_WORDS = frozenset("OF AND IN ON AT TO FOR BY FROM WITH DE DU DES VON DER".split())
KEEP_SHORT_STOP = frozenset("WAR AIR SEA NEW OLD RED BAY GAP THE ONE TWO SIX TEN ALL END DAY".split())
ROMAN = re.compile(r"[IVXL]{1,6}")


def _title(word: str, first: bool, after_comma: bool) -> str:
    core = word.rstrip(".,")
    if re.fullmatch(r"\d{1,4}[A-Za-z]{1,2}", core):
        return word.lower()
    if ROMAN.fullmatch(core) or (len(core) <= 3 and core.isalpha() and core not in KEEP_SHORT_STOP
                                 and core not in LOWER_WORDS) or "." in core.strip("."):
        return word               # 'III', 'HMS', 'US', 'U.S.' stay as written
    if core in LOWER_WORDS and not first:
        return word.lower()
    if core == "THE" and not first and not after_comma:
        return word.lower()
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def title_case_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title-cased copy) of each run of words in capitals with at least one word of four letters."""
    if not CAPS_ANCHOR.search(text):
        return []
    runs = []
    for m in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        if not any(len(w.group().strip(".,'\u2019")) >= 4 and w.group().strip(".,'\u2019").isalpha() for w in words):
            continue
        pieces, last = [], 0
        for i, w in enumerate(words):
            pieces.append(m.group()[last:w.start()])
            after_comma = i > 0 and m.group()[:w.start()].rstrip().endswith(",")
            pieces.append(_title(w.group(), i == 0, after_comma))
            last = w.end()
        pieces.append(m.group()[last:])
        copy = "".join(pieces)
        if len(copy) == len(m.group()) and copy != m.group():
            runs.append((m.start(), m.end(), copy))
    return runs


def _headline_words(c: Candidate, copy: str) -> bool:
    """A place read by a rule from three or more everyday words of a headline ('CHINESE OCCUPY NEW LINES BEYOND
    RANGE OF WARSHIPS' -> 'Occupy New Lines Beyond Range'): a sentence in capitals, no name (auditen12)."""
    if c.label not in ("LOC", "GPE", "FAC") or c.source.startswith("lexicon"):
        return False
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    words = re.split(r"[ \t-]+", copy[c.start:c.end])
    return len(words) >= 3 and all(common_word(w.strip(".,'\u2019")) for w in words)


def _capitals(text: str, out: list) -> None:
    runs = title_case_runs(text)
    if not runs:
        return
    from pipeline.rules import english  # noqa: PLC0415  (english imports this module)

    generators = [g for g in english._GENERATORS if g is not find_dev8 and g.__name__ != "find_dev7"]
    generators += [_forces, _navy_units, _designations, _small_forms]
    for start, end, copy in runs:
        local: list[Candidate] = []
        for generate in generators:
            generate(copy, local)
        for c in local:
            if c.end - c.start < 2 or c.label == "PERSON":    # a rank before a heading word is no name
                continue
            if _headline_words(c, copy):
                continue
            norm = c.norm
            if c.label == "MIL_UNIT" and "en_hint" not in norm:   # read from the title-cased words, not the capitals
                norm = {**norm, "en_hint": norm_en.normalize_unit_en(copy[c.start:c.end], copy[max(0, c.start - 40):c.start])}
            out.append(Candidate(c.start + start, c.end + start, c.label, c.source + "+caps", c.priority, norm))


# ----------------------------------------------------------------------------- forces named by a nation
FORCE_HEAD = r"(?:Army|Navy|Air[ \t]+Force|Marine[ \t]+Corps|Armed[ \t]+Forces|Naval[ \t]+Forces|National[ \t]+Guard)"
# the sides whose '<nation> Army' the guidelines read as generic (rule 5: 日军, 国军, 美军); their named forces are in
# forces_en.tsv (Imperial Japanese Army, National Revolutionary Army, United States Army)
GENERIC_NATIONS = frozenset("Japanese Chinese American".split())
FORCE_HEAD_RE = re.compile(rf"(?<![\w-]){FORCE_HEAD}(?![\w-])")
FORCE_ANCHOR = re.compile(r"Army|Navy|Air Force|Corps|Forces|Guard|Force|[Ff]leet|[Ss]quadron")


@lru_cache(maxsize=1)
def _force_res() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    nation = _demonyms()
    by_nation = re.compile(rf"(?<![\w-])(?:{nation})[ \t]+(?:Imperial[ \t]+|Royal[ \t]+|National[ \t]+|Regular[ \t]+)?$")
    expeditionary = re.compile(r"(?<![\w-])(?P<u>(?:[A-Z][a-z]+[ \t]+){1,3}Expeditionary[ \t]+(?P<h>Corps|Force|Forces|Army))"
                               r"(?![\w-])")
    in_region = re.compile(rf"(?<![\w-])(?P<u>(?:(?:U\.S\.|US|United[ \t]+States|{nation})[ \t]+)?(?:Army[ \t]+)?"
                           r"(?:Armed[ \t]+)?Forces[ \t]+(?:in|of)[ \t]+the[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})(?![\w-])")
    return by_nation, expeditionary, in_region


# fleets and squadrons named by a sea or region ('the Baltic fleet', 'the East Asiatic Squadron', 'the China
# Squadron'); with a lower-case head only after a sea or compass word (not 'the Japanese fleet')
FLEET_RE = re.compile(r"(?<=\b[Tt]he )(?P<f>(?:[A-Z][a-z]+[ \t]+){1,3}(?P<h>Fleet|Squadron|fleet|squadron))(?![\w-])")
SEA_WORDS = frozenset("Baltic Pacific Atlantic Asiatic Mediterranean Black North South East West Northern Southern "
                      "Eastern Western Home Channel Arctic Caribbean Yellow".split())
FLEET_STOP = frozenset("The A An His Her Its Their Our Combined Allied Main Grand Whole Entire First Second Third "
                       "Fourth Fifth Sixth Seventh Eighth Ninth Tenth".split())
CAPITAL_BEFORE = re.compile(r"(?<![\w'\u2019-])(?!(?:The|A|An|In|On|At|By|Of|From|With|And|Under|To|For|When|While|As|But|Then)[ \t])"
                            r"[A-Z][\w'\u2019-]*[ \t]+$")
FORCE_NOT_AFTER = re.compile(r"[ \t]+(?:Group|Groups|Corps|Command|Division|Headquarters|Area|Air|Reserve|Officer|[A-Z])")
EXPEDITIONARY_STOP = frozenset("The A An In Of Its His Their This That".split())


def _forces(text: str, out: list) -> None:
    if not FORCE_ANCHOR.search(text):
        return
    by_nation, expeditionary, in_region = _force_res()
    for head in FORCE_HEAD_RE.finditer(text):      # the head first, the nation read back before it
        m = by_nation.search(text, max(0, head.start() - 48), head.start())
        if m is None or head.start() - m.start() > 48:
            continue
        if CAPITAL_BEFORE.search(text, max(0, m.start() - 30), m.start()) or FORCE_NOT_AFTER.match(text, head.end()):
            continue        # part of a longer name: 'Collaborationist Chinese Army', 'Soviet Mongolian Army Group'
        if m.group().split()[0] in GENERIC_NATIONS:
            continue        # 'the Japanese Army', 'the Chinese Army', 'the American Army': the side's troops (rule 5)
        start = m.start()
        qualifier = re.search(r"(?:Royal|Imperial)[ \t]+$", m.group())
        if qualifier:       # 'British Royal Air Force' -> 'Royal Air Force': the nationality outside (README conventions)
            start = m.start() + qualifier.start()
        out.append(Candidate(start, head.end(), "MIL_UNIT", "rule:en_nation_force", 62,
                             {"en_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "Expeditionary" in text:
        from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
        names = english_names()
        for m in expeditionary.finditer(text):
            if any(text[s:m.end("u")] in names for s in [m.start("u")] + [i + 1 for i in range(m.start("u"), m.end("u"))
                                                                      if text[i] == " "]):
                continue            # a named force of the lexicon ('China Expeditionary Army'): its own norm
            start = m.start("u")
            words = m.group("u").split()
            while words and words[0] in EXPEDITIONARY_STOP:
                start += len(words[0]) + 1
                words.pop(0)
            echelon = "军"          # 远征军: the Chinese, British and French expeditionary corps and forces alike
            out.append(Candidate(start, m.end("u"), "MIL_UNIT", "rule:en_expeditionary", 62,
                                 {"en_hint": {"numbers": [], "echelon": echelon, "prefix": ""}}))
    if "Forces in the" in text or "Forces of the" in text:
        for m in in_region.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_forces_in", 63,
                                 {"en_hint": {"numbers": [], "echelon": "", "prefix": ""}}))
    if "leet" in text or "quadron" in text:
        for m in FLEET_RE.finditer(text):
            words, start = m.group("f").split(), m.start("f")
            if len(words) > 1 and re.fullmatch(_demonyms(), words[0]):
                start += len(words.pop(0)) + 1      # the nationality is outside: 'the Chinese | Beiyang Fleet'
            if words[0] in FLEET_STOP or (m.group("h").islower() and words[0] not in SEA_WORDS):
                continue
            out.append(Candidate(start, m.end("f"), "MIL_UNIT", "rule:en_named_fleet", 61,
                                 {"en_hint": {"numbers": [], "echelon": "舰队", "prefix": ""}}))


# ----------------------------------------------------------------------------- counts, dates, small forms
NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d{1,6})"
APPROX_WORDS = "about|some|over|nearly|approximately|around|almost|more[ \t]+than|roughly"
COORD_COUNT_RE = re.compile(
    rf"(?<![\w.,])(?P<q>(?:(?P<ap>{APPROX_WORDS})[ \t]+|(?P<tilde>~))?(?P<n>{NUMBER})[ \t]+(?P<u>[a-z]{{3,15}}"
    r"(?:[ \t]+[a-z]{3,15})?[ \t]+and[ \t]+[a-z]{3,15}[ \t]+(?:personnel|troops|men|soldiers|sailors|staff|crews?|vehicles"
    r"|aircraft|guns|tanks|ships|civilians|officers)))(?![\w-])")
COORD_ANCHOR = re.compile(r"and[ \t]+[a-z]{3,15}[ \t]+(?:personnel|troops|men|soldiers|sailors|staff|crews?|vehicles|aircraft"
                          r"|guns|tanks|ships|civilians|officers)\b")
MINUS_RE = re.compile(r"(?<![\w-])(?P<q>minus[ \t]+(?P<n>\d{1,3}(?:\.\d)?)[ \t]+degrees(?:[ \t]+(?:Celsius|Fahrenheit|centigrade|C|F)\b)?)")
YEAR_MONTH_RE = re.compile(rf"(?<![\w,])(?P<d>(?P<y>1[6-9]\d\d|20[0-4]\d),[ \t]+(?P<m>{MONTHS}))(?![\w])")
YEAR_MONTH_ANCHOR = re.compile(rf"\d,[ \t]+(?:{MONTHS})")
DOT_TIME_RE = re.compile(r"(?<![\w.:])(?P<t>(?:1[0-2]|0?[1-9])[.:][0-5]\d[ \t]?(?:am|pm|a\.m\.|p\.m\.))(?![\w])")
DOT_TIME_ANCHOR = re.compile(r"\d[.:][0-5]\d[ \t]?[ap]\.?m")
TIME_BEFORE = re.compile(r"(?:\b[Aa]t|\b[Bb]y|\b[Uu]ntil|\b[Aa]fter|\b[Bb]efore|\b[Aa]round|\b[Aa]bout)[ \t]+$")
CITATION_RE = re.compile(r"\((?P<p>[A-Z][a-z]{2,20}(?:[ \t]+(?:and|&)[ \t]+[A-Z][a-z]{2,20})?)(?:[ \t]+et[ \t]+al\.)?,?[ \t]+"
                         r"(?P<y>1[6-9]\d\d|20[0-4]\d)[a-z]?(?::[ \t]*\d{1,4}(?:[-\u2013]\d{1,4})?)?\)")
BORDER_RE = re.compile(r"(?<![\w-])(?P<e>(?:Sino|Russo|Indo|Soviet|Chinese|Korean|Thai|Franco|Japanese)-[A-Z][a-z]+[ \t]+border"
                       r"[ \t]+(?:conflict|crisis|clash|clashes|war|dispute|incident|skirmishes))(?![\w-])")
STRAITS_RE = re.compile(r"(?<![\w-])(?P<l>(?:[A-Z][a-z]+[ \t]+){1,2}Straits)(?![\w-])")
STRAITS_STOP = frozenset("The In At Of From To".split())
MAGAZINE_RE = re.compile(r"(?<![\w-])(?P<o>[A-Z][a-z]{2,15})[ \t]+(?:magazine|newspaper)(?![\w-])")
MAGAZINE_STOP = frozenset("The A An This That His Her Their Its Our Every Each One Another Weekly Daily Local Army "
                          "Navy Military Monthly Japanese Chinese American British".split())
DIACRITIC_NAME = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017f]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff\u0100-\u017f]+)?"


@lru_cache(maxsize=1)
def _rank_diacritic_re() -> re.Pattern:
    from pipeline.rules.english import RANK  # noqa: PLC0415

    return re.compile(rf"(?<![\w.]){RANK}[ \t]+(?P<name>{DIACRITIC_NAME}(?:[ \t]+{DIACRITIC_NAME}){{1,3}})(?![\w-])")


def _small_forms(text: str, out: list) -> None:
    if " and " in text and COORD_ANCHOR.search(text):
        for m in COORD_COUNT_RE.finditer(text):
            approx = "about" if m.group("tilde") else norm_en.APPROX.get(re.sub(r"\s+", " ", m.group("ap") or ""))
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_coordinated_count", 56,
                                 {"en_hint": {"value": int(m.group("n").replace(",", "")), "unit": m.group("u"), "approx": approx}}))
    if "minus" in text:
        for m in MINUS_RE.finditer(text):
            value = -float(m.group("n"))
            unit = m.group("q")[m.end("n") - m.start("q"):].strip()
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_minus_degrees", 56,
                                 {"en_hint": {"value": int(value) if value.is_integer() else value, "unit": unit, "approx": None}}))
    if ", " in text and YEAR_MONTH_ANCHOR.search(text):
        for m in YEAR_MONTH_RE.finditer(text):
            from pipeline.normalize.english_dates import MONTHS as MONTH_NUMBERS  # noqa: PLC0415
            out.append(Candidate(m.start("d"), m.end("d"), "DATE", "rule:en_year_month", 56,
                                 {"value": f"{m.group('y')}-{MONTH_NUMBERS[m.group('m').lower()]:02d}"}))
    if ("am" in text or "pm" in text or ".m." in text) and DOT_TIME_ANCHOR.search(text):
        for m in DOT_TIME_RE.finditer(text):
            if TIME_BEFORE.search(text, max(0, m.start() - 10), m.start()):
                out.append(Candidate(m.start("t"), m.end("t"), "DATE", "rule:en_dot_time", 54, {"value": None}))
    if "(" in text:
        for m in CITATION_RE.finditer(text):
            for part in re.finditer(r"[A-Z][a-z]{2,20}", m.group("p")):
                out.append(Candidate(m.start("p") + part.start(), m.start("p") + part.end(), "PERSON", "rule:en_citation", 58))
            out.append(Candidate(m.start("y"), m.end("y"), "DATE", "rule:en_citation", 58, {"value": m.group("y")}))
    if " border " in text:
        for m in BORDER_RE.finditer(text):
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_border_conflict", 58))
    if "Straits" in text:
        for m in STRAITS_RE.finditer(text):
            start, words = m.start("l"), m.group("l").split()
            while len(words) > 1 and words[0] in STRAITS_STOP:
                start += len(words.pop(0)) + 1
            if len(words) > 1:
                out.append(Candidate(start, m.end("l"), "LOC", "rule:en_straits", 58))
    if "magazine" in text or "newspaper" in text:
        for m in MAGAZINE_RE.finditer(text):
            if m.group("o") not in MAGAZINE_STOP:
                out.append(Candidate(m.start("o"), m.end("o"), "ORG", "rule:en_magazine_name", 50))
    if re.search(r"[\u00c0-\u00ff\u0100-\u017f]", text):
        from pipeline.rules.english import PRIORITY  # noqa: PLC0415
        for m in _rank_diacritic_re().finditer(text):
            if re.search(r"[^\x00-\x7f]", m.group("name")):
                out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "rule:en_rank_diacritic_person",
                                     PRIORITY["PERSON"] + 4))


# a known name glued by a hyphen to a participle ('the Viet Minh-led front', 'Kuomintang-held towns'): the lexicon
# reads a copy with the hyphen as a space; only names ending at the hyphen are kept
PARTICIPLE_RE = re.compile(r"(?<=[a-z\u00e0-\u00ff\u0100-\u01b0\u1ea0-\u1ef9])-(?:led|held|controlled|occupied|backed|based"
                           r"|dominated|sponsored|allied|ruled|governed|supported|inspired|organized|organised)(?![\w-])")


PARTICIPLE_WORDS = ("-led", "-held", "-controlled", "-occupied", "-backed", "-based", "-dominated", "-sponsored",
                    "-allied", "-ruled", "-governed", "-supported", "-inspired", "-organized", "-organised")


def _participles(text: str, out: list) -> None:
    if "-" not in text or not any(w in text for w in PARTICIPLE_WORDS):
        return
    hyphens = [m.start() for m in PARTICIPLE_RE.finditer(text)]
    if not hyphens:
        return
    copy = list(text)
    for at in hyphens:
        copy[at] = " "
    from pipeline.rules import english  # noqa: PLC0415
    local: list[Candidate] = []
    english._lexicon("".join(copy), local)
    ends = set(hyphens)
    out.extend(c for c in local if c.end in ends)


# a navy's own squadron or fleet written with it ('Royal Navy China Squadron', 'Imperial Japanese Navy 2nd Fleet'):
# one span (the named force stays inside the designation, rule 2), the nationality before it outside
NAVY_UNIT_RE = re.compile(r"(?<![\w-])(?P<f>(?:Royal|Imperial|Soviet|Red|[A-Z][a-z]+[ \t]+[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+)?[ \t]+Navy[ \t]+"
                          r"(?:(?P<n>\d{1,2})(?:st|nd|rd|th)|[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)[ \t]+(?:Fleet|Squadron))(?![\w-])")


def _navy_units(text: str, out: list) -> None:
    if "Navy " not in text:
        return
    for m in NAVY_UNIT_RE.finditer(text):
        start, words = m.start("f"), m.group("f").split()
        if len(words) > 3 and re.fullmatch(_demonyms(), words[0]) and words[1] in ("Royal", "Imperial", "Red"):
            start += len(words[0]) + 1          # 'British | Royal Navy China Squadron'
        numbers = [int(m.group("n"))] if m.group("n") else []
        out.append(Candidate(start, m.end("f"), "MIL_UNIT", "rule:en_navy_unit", 63,
                             {"en_hint": {"numbers": numbers, "echelon": "舰队", "prefix": ""}}))


# a count of formations with one word of their arm before the echelon ('two tank battalions', '3 engineer regiments')
ECHELON_COUNT_RE = re.compile(
    r"(?<![\w.,-])(?P<q>(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \t]+(?P<u>[a-z]{3,12}[ \t]+"
    r"(?:battalions|divisions|regiments|brigades|companies|squadrons|platoons|batteries|flotillas|fleets)))(?![\w-])")
# Japanese divisions of 1888-1905 as English writers named them ('the 5th Provincial Division'): 师团
PROVINCIAL_RE = re.compile(r"(?<![\w-])(?P<u>(?P<n>\d{1,2})(?:st|nd|rd|th|d)[ \t]+Provincial[ \t]+Division)(?![\w-])")


# ordinals sharing one echelon after a qualifier of capitalised words ('the 45th and 57th Filipino Scout Regiments'):
# one MIL_UNIT (rule 4)
ORD = r"\d{1,3}(?:st|nd|rd|th|d)"
SHARED_QUALIFIED_RE = re.compile(
    rf"(?<![\w-])(?P<u>{ORD}(?:(?:,[ \t]+|,?[ \t]+and[ \t]+|[ \t]*&[ \t]*){ORD}){{1,6}}[ \t]+(?P<q>(?:[A-Z][a-z]+[ \t]+){{1,3}})"
    r"(?P<e>Regiments|Divisions|Brigades|Battalions|Companies|Armies|Corps|Fleets|Squadrons))(?![\w-])")
SHARED_HEADS = re.compile(r"Regiments|Divisions|Brigades|Battalions|Companies|Armies|Corps|Fleets|Squadrons")
SINGULAR = {"Regiments": "Regiment", "Divisions": "Division", "Brigades": "Brigade", "Battalions": "Battalion",
            "Companies": "Company", "Armies": "Army", "Corps": "Corps", "Fleets": "Fleet", "Squadrons": "Squadron"}
# the members of a count of formations named after it by their ordinals alone ('two tank battalions, the 192nd and
# the 194th'): a MIL_UNIT each, of the counted echelon
BARE_ORDINALS_AFTER = re.compile(rf"[ \t]*(?:\u2014|\u2013|-|:|,|\()[ \t]*(?:the[ \t]+)?(?P<a>{ORD})"
                                 rf"(?:(?:,[ \t]+|,?[ \t]+and[ \t]+)(?:the[ \t]+)?(?P<b>{ORD}))?(?![\w-]|[ \t]+[A-Z])")


def _designations(text: str, out: list) -> None:
    if SHARED_HEADS.search(text) and SHARED_QUALIFIED_RE.search(text):
        for m in SHARED_QUALIFIED_RE.finditer(text):
            qualifier = m.group("q").split()
            if len(qualifier) == 1 and qualifier[0] in ("Infantry", "Cavalry", "Artillery", "Marine", "Tank", "Armored",
                                                        "Armoured", "Mixed", "Independent", "Provisional", "Reserve"):
                continue            # the designation finders read these with their prefix
            numbers = [int(re.match(r"\d+", n).group()) for n in re.findall(ORD, m.group("u")[:m.start("q") - m.start("u")])]
            one = norm_en.normalize_unit_en(f"{numbers[0]}th {' '.join(qualifier)} {SINGULAR[m.group('e')]}",
                                            text[max(0, m.start() - 40):m.start()])
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_shared_qualified", 64,
                                 {"en_hint": {"numbers": numbers, "echelon": one.get("echelon", ""),
                                              "prefix": one.get("prefix", "")}}))
    if "battalions" in text or "divisions" in text or "regiments" in text or "brigades" in text or "companies" in text \
            or "squadrons" in text or "batteries" in text or "fleets" in text or "platoons" in text or "flotillas" in text:
        for m in ECHELON_COUNT_RE.finditer(text):
            n = m.group("n")
            value = int(n) if n.isdigit() else norm_en.WORD_NUMBERS.get(n)
            if value is not None:
                out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_echelon_count", 55,
                                     {"en_hint": {"value": value, "unit": re.sub(r"\s+", " ", m.group("u")), "approx": None}}))
                after = BARE_ORDINALS_AFTER.match(text, m.end())
                if after and value >= 2:
                    plural = m.group("u").split()[-1].capitalize()
                    echelon, _ = norm_en.echelon_for(SINGULAR.get(plural, plural), None)
                    for g in ("a", "b"):
                        if after.group(g):
                            out.append(Candidate(after.start(g), after.end(g), "MIL_UNIT", "rule:en_bare_ordinal_member", 56,
                                                 {"en_hint": {"numbers": [int(re.match(r"\d+", after.group(g)).group())],
                                                              "echelon": echelon, "prefix": ""}}))
    if "Provincial" in text:
        for m in PROVINCIAL_RE.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_provincial_division", 64,
                                 {"en_hint": {"numbers": [int(m.group("n"))], "echelon": "师团", "prefix": ""}}))


# a place of the old romanisations written in hyphenated syllables ('from Feng-hwang-cheng', 'at Tsi-nan-fu',
# 'Niu-chwang'): every part a Wade-Giles, pinyin or Postal syllable, after a preposition of place or ending in a
# syllable that names a town (-cheng 城, -fu 府, -chow 州, -hsien 县, -kou 口, -chwang/-chuang 庄 ...); not after a
# capitalised word (the given name of 'Li Hung-chang')
WG_PLACE_RE = re.compile(r"(?<![\w'\u2019.-])(?P<p>[A-Z][a-z]{0,5}(?:-[a-z]{1,6}){1,3})(?![\w'\u2019-])")
WG_ANCHOR = re.compile(r"[A-Z][a-z]{0,5}-[a-z]{1,6}-|(?:at|to|from|near|in|of|towards|toward|via|reached|took|occupied)"
                       r"[ \t]+[A-Z][a-z]{0,5}-[a-z]")
POSTAL_SYLLABLES = frozenset("hwang chwang kwang shwang chow kiang kien kin tsin tsi kiu kia kiao kiung hien sze tze tsze "
                             "chwan kwan kwei kwo hwa hwai hwei shui yeh yung tsing tsung tsao tsai tsan tsang tseng tso "
                             "tsu tsui tsun kai kan kang kao ki kiang keng ku kuo ngan ngao nganhwei".split())
PLACE_FINALS = frozenset("cheng fu chow chou hsien hsian kou tun chwang chuang chen shan kiang ho wei tze chi ning "
                         "yang ping an tai pu tien".split())
PLACE_PREPS = frozenset("at to from near in of towards toward via reached took occupied entered captured".split())


@lru_cache(maxsize=1)
def _romanised_syllables() -> frozenset:
    from pipeline.rules.english_romanise import _syllables  # noqa: PLC0415
    return frozenset(_syllables()) | POSTAL_SYLLABLES


def _romanised_places(text: str, out: list) -> None:
    if "-" not in text or not WG_ANCHOR.search(text):
        return
    syllables = _romanised_syllables()
    for m in WG_PLACE_RE.finditer(text):
        parts = m.group("p").lower().split("-")
        if not all(p in syllables for p in parts):
            continue
        before = re.search(r"([A-Za-z]+)[ \t]+$", text[max(0, m.start() - 16):m.start()])
        if before and before.group(1)[0].isupper() and before.group(1) not in ("At", "To", "From", "Near", "In", "Of", "Via"):
            continue                        # 'Li Hung-chang', 'Chiang Kai-shek'
        prep = before is not None and before.group(1).lower() in PLACE_PREPS
        if prep or (parts[-1] in PLACE_FINALS and len(parts) >= 3):
            out.append(Candidate(m.start("p"), m.end("p"), "GPE", "rule:en_romanised_place", 38))


def find_dev8(text: str, out: list) -> None:
    """Generator for pipeline.rules.english._GENERATORS (one paragraph at a time)."""
    _capitals(text, out)
    _forces(text, out)
    _navy_units(text, out)
    _designations(text, out)
    _small_forms(text, out)
    _participles(text, out)
    _romanised_places(text, out)


# ----------------------------------------------------------------------------- document level
ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<a>[A-Z][A-Z&]{1,8})\)")
ALIAS_AFTER = re.compile(r"[ \t]*\((?P<a>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\)")
ALIAS_STOP = frozenset("Now Modern Today Present Formerly Former Also Later See Russian Chinese Japanese Korean "
                       "Vietnamese French German English Pinyin".split())
RIVER_RE = re.compile(r"^(?P<n>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+[Rr]iver$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019.]*", name)   # 'Sino-British': S and B (en14)
                   if w[0].isupper() and w.lower() not in ("of", "the", "in", "and", "for"))


def finish_dev8(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Document-level forms read from the chosen entities: acronyms defined in brackets, places' other names in
    brackets, a river's bare name. Returns the entities with the new ones (nothing chosen is replaced except a
    PERSON read inside a place's bracketed other name)."""
    if "(" not in text and " river" not in text.lower() and not any(
            c.label == "PERSON" and " " not in text[c.start:c.end] or c.label == "ORG" for c in chosen):
        return chosen
    taken = sorted((c.start, c.end) for c in chosen)
    import bisect  # noqa: PLC0415

    starts = [s for s, _ in taken]

    def free(start: int, end: int, replace: set) -> bool:
        i = bisect.bisect_left(starts, end)
        for s, e in taken[max(0, i - 3):i]:
            if e > start and (s, e) not in replace:
                return False
        return True

    added: list[Candidate] = []
    replaced: set = set()
    by_span = {(c.start, c.end): c for c in chosen}
    from pipeline.rules.english_bodies18 import acronym_spells  # noqa: PLC0415
    acronyms: dict[str, Candidate] = {}
    rivers: set[str] = set()
    for c in chosen:
        if "(" in text[c.end:c.end + 3]:
            m = ACRONYM_AFTER.match(text, c.end)
            if m and c.label in ("MIL_UNIT", "ORG", "GPE", "EVENT", "LOC", "FAC"):
                acr = m.group("a")
                ini = _initials(text[c.start:c.end]).replace("US", "U").upper()
                if len(ini) >= 2 and acr[0] == ini[0] and (set(acr) - {"&"}) <= set(ini + "SUFAO") \
                        or acronym_spells(acr, text[c.start:c.end]):
                    acronyms.setdefault(acr, c)
            m = ALIAS_AFTER.match(text, c.end)
            if m and c.label in ("LOC", "GPE") and m.group("a").split()[0] not in ALIAS_STOP:
                inner = (m.start("a"), m.end("a"))
                old = [x for x in chosen if x.start < inner[1] and x.end > inner[0]]
                if all(x.label == "PERSON" and x.start >= inner[0] and x.end <= inner[1] for x in old):
                    replaced.update((x.start, x.end) for x in old)
                    added.append(Candidate(inner[0], inner[1], c.label, "rule:en_bracket_alias", c.priority, {}))
        if c.label == "LOC":
            r = RIVER_RE.match(text[c.start:c.end])
            if r:
                rivers.add(r.group("n"))
    for acr, c in acronyms.items():
        for start, end in literal_matches(text, (acr,), word_start, word_end):
            old = by_span.get((start, end))
            if old is not None:
                if old.label == c.label or not old.source.startswith("lexicon"):
                    continue
                # a lexicon reading of another body under the acronym this text defines (`NEFA` the Field Army
                # after `the North-East Frontier Agency (NEFA)`): the text's own definition (s18enevt)
                replaced.add((start, end))
                added.append(Candidate(start, end, c.label, "rule:en_acronym", c.priority, {}))
                continue
            if free(start, end, set()):
                norm = {}
                if c.label == "MIL_UNIT":
                    norm = {"en_hint": c.norm.get("en_hint") or norm_en.normalize_unit_en(text[c.start:c.end])}
                added.append(Candidate(start, end, c.label, "rule:en_acronym", c.priority, norm))
    for river in rivers:    # (?<=\bthe )RIVER(?![\w-]|[ \t]+[A-Z]|[ \t]+[Rr]iver)
        for start, end in literal_matches(text, (river,), _after_the, _bare_river_end):
            if (start, end) not in by_span and free(start, end, set()):
                added.append(Candidate(start, end, "LOC", "rule:en_bare_river", 50, {}))
    added += _places_read_as_orgs(text, chosen, replaced)
    added += _one_word_persons(text, chosen, free)
    if not added:
        return chosen
    kept = [c for c in chosen if (c.start, c.end) not in replaced]
    return sorted(kept + added, key=lambda c: c.start)


def _places_read_as_orgs(text: str, chosen: list[Candidate], replaced: set) -> list[Candidate]:
    """An organisation read from its head word ('Dogger Bank') whose whole name the place lexicons know: the place."""
    found = []
    orgs = [c for c in chosen if c.label == "ORG" and not c.source.startswith("lexicon")]
    if not orgs:
        return found
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    names = english_names()
    for c in orgs:
        known = names.get(text[c.start:c.end])
        if known and known[0] in ("LOC", "GPE", "FAC"):
            replaced.add((c.start, c.end))
            found.append(Candidate(c.start, c.end, known[0], "rule:en_place_not_org", c.priority, {"zh": known[1]}))
    return found


# a person named by one word after a rank ('Admiral Rojdestvensky', 'General Kuroki') is that person wherever the
# word is written alone, its possessive included ('Kuroki's army'); not a word the text also uses as something else
ONE_WORD_STOP = frozenset("The This That General Admiral Colonel Major Captain Marshal Lord Sir King Emperor Prince "
                          "President Premier Chairman Governor Commander".split())


def _one_word_persons(text: str, chosen: list[Candidate], free) -> list[Candidate]:
    words = {text[c.start:c.end] for c in chosen if c.label == "PERSON"}
    single = {w for w in words if re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]{3,20}", w) and w not in ONE_WORD_STOP}
    from pipeline.rules.english_bare_surnames import short_chinese_surnames  # noqa: PLC0415
    single |= short_chinese_surnames(words)     # 'Commissioner Lin' ... 'When Lin reached' (english_bare_surnames)
    if not single:
        return []
    other = {text[c.start:c.end] for c in chosen if c.label != "PERSON"}
    single -= other
    found = []
    spans = {(c.start, c.end) for c in chosen}
    from pipeline.rules.english_syllables import _syllables  # noqa: PLC0415
    chinese = _syllables()[0]
    for w in single:        # (?<![\w-])W(?=['\u2019]s\b|(?![\w-])): the word alone or its possessive
        for start, end in literal_matches(text, (w,), word_start, _word_or_possessive_end):
            if (len(w) == 3 or w in chinese) and _NAME_GOES_ON.match(text, end):
                continue    # 'Lin Tse-hsu' is a longer name; a Chinese surname before a capital word is another
                # name or a ship's ('Admiral Teng ... the Teng Yuen', session 21 r21en)
            if (start, end) not in spans and free(start, end, set()):
                found.append(Candidate(start, end, "PERSON", "rule:en_one_word_person", 50, {}))
    return found


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]|-")
_POSSESSIVE_OR_WORD_END = re.compile(r"['\u2019]s\b|(?![\w-])")
_THE_BEFORE = re.compile(r"(?<=\bthe )")
_NOT_RIVER_END = re.compile(r"[\w-]|[ \t]+[A-Z]|[ \t]+[Rr]iver")


def _word_or_possessive_end(text: str, end: int) -> bool:
    return _POSSESSIVE_OR_WORD_END.match(text, end) is not None


def _after_the(text: str, at: int) -> bool:
    return _THE_BEFORE.match(text, at) is not None


def _bare_river_end(text: str, end: int) -> bool:
    return _NOT_RIVER_END.match(text, end) is None
