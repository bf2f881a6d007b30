"""English finder: all nine labels in English text with precompiled patterns and lexicons.

`find_english(text)` returns non-overlapping candidates with their norm filled
(DATE/QUANTITY/MIL_UNIT values in the same vocabulary as the Chinese
normalisers; places carry their Chinese name in norm["zh"]). Articles stay
outside spans (patterns start at a capital, ordinal or number; a leading
"The " is trimmed). Chinese characters inside English text are left to the
Chinese finders (run them on pipeline.lang.cjk_runs).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_lexicon import (NAMED_UNITS, OPERATION_CODE_NAMES, english_names, read_rows,
                                            trie_regex)
from pipeline.spans import Candidate

D = "[-\u2010\u2011\u2013\u2014]"  # hyphen or dash
CAP = r"[A-Z][a-z'\u2019]*(?:-[A-Za-z][a-z'\u2019]*)*"          # Changsha, Ichi-Go, Xi'an
NAME = rf"{CAP}(?:\s+{CAP}){{0,3}}"
ORD_WORDS = sorted(norm_en.WORD_ORDINALS, key=len, reverse=True)
ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(w.capitalize().replace("-", D) for w in ORD_WORDS) + ")"
ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)"
# Qualifiers before the number (Provisional 2nd Army, Independent Mixed 7th Brigade) and
# between number and echelon (7th Independent Mixed Brigade, 3rd Field Artillery Regiment).
QUAL = (r"(?:Provisional|Temporary|New|Reserve|Preparatory|Reorgani[sz]ed|Honou?r|Independent\s+Mixed"
        r"|Independent|Tank|Armou?red|Cavalry)")
INNER_QUAL = (r"(?:Independent\s+Mixed|Independent\s+Infantry|Independent|Mixed|Tank|Armou?red|Mechani[sz]ed"
              r"|Cavalry|Infantry|Mountain\s+Artillery|Field\s+Heavy\s+Artillery|Field\s+Artillery"
              r"|Heavy\s+Artillery|Artillery|Engineer|Transport|Mountain|Guards|Depot|Garrison|Composite)")

SINGULAR_ECHELONS = ["Area Army", "Group Army", "Army Group", "War Area", "Route Army", "Air Army",
                     "Expeditionary Army", "Air Force", "Air Division", "Air Brigade", "Air Regiment",
                     "Bomber Command", "Fighter Command", "Bombardment Wing", "Bombardment Group",
                     "Bomb Group", "Fighter Group", "Air Group", "Fighter Squadron", "Bomb Squadron",
                     "Squadron", "Army", "Corps", "Division", "Brigade",
                     "Regiment", "Battalion", "Company", "Fleet", "Column", "Detachment", "Wing"]


def _echelon_alternation(words: list[str]) -> str:
    forms = set()
    for word in words:
        for form in (word, norm_en.plural_of(word)):
            forms.add(form)
            forms.add(form.lower())
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


ECHELON = _echelon_alternation(SINGULAR_ECHELONS)
# A nationality or country word that is part of a Commonwealth designation (1st Burma Division,
# 17th Indian Division, 11th East African Division, XV Indian Corps); its side is in norm_en.SIDE_WORDS.
NATION = (r"(?:Burma|Burmese|Indian|British|Gurkha|East\s+African|West\s+African|African|Australian"
          r"|Canadian|New\s+Zealand|Chindit)")
# Capitalised singular echelons written after a cardinal in British style (4 Corps, 17 Division, 11 Army).
CARDINAL_ECHELON = (r"(?:Area\s+Army|Group\s+Army|War\s+Area|Air\s+Force|Army|Corps|Division|Brigade|Regiment"
                    r"|Battalion|Squadron|Fleet)")
UNIT_RE = re.compile(
    rf"(?<![\w-])(?:{QUAL}\s+)?{ORD}(?:\s*,\s*(?:{QUAL}\s+)?{ORD})*(?:,?\s+(?:and|&)\s+(?:{QUAL}\s+)?{ORD})?"
    rf"\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{ECHELON}\b"
    rf"|(?<![\w-]){ROMAN}\s+(?:{NATION}\s+)?(?:Corps|Bomber\s+Command|Fighter\s+Command|Air\s+Support\s+Command)\b"
    rf"|(?<![\w,.$£¥-])\d{{1,3}}\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{CARDINAL_ECHELON}\b(?!\s+(?:of|strong)\b)"
)

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
MOD = rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate)(?:\s*{D}\s*|\s+)|(?:[Ee]nd|[Bb]eginning|[Mm]iddle)\s+of\s+)"
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
DATE_RE = re.compile(
    rf"(?<![\w.]){MOD}?(?:"
    rf"{DAY}\s+{MONTH}(?:,?\s+{YEAR})?"                       # 19 April 1944
    rf"|{MONTH}\s+{DAY}(?:,\s*{YEAR}|\s+{YEAR})?(?![\d:])"    # April 19, 1944
    rf"|{MONTH},?\s+{YEAR}"                                    # April 1944
    rf"|{SEASON}(?:\s+of)?\s+{YEAR}"                           # spring 1944, summer of 1944
    rf"|{YEAR}(?:s|(?![\d,]))"                                 # 1944, 1940s
    rf"|{MONTH}(?!\s+\d)"                                      # April (alone)
    rf")(?![\w])"
)
DAY_BEFORE_RANGE = re.compile(rf"(?<![\w.,])({DAY})\s*(?:{D}|to|and)\s*$")
DAY_AFTER_RANGE = re.compile(rf"\s*(?:{D}|to|and)\s*({DAY})(?:,\s*({YEAR}))?(?![\w])")
YEAR_AFTER_RANGE = re.compile(rf"\s*{D}\s*(\d\d)(?![\w%])")
MAY_CONTEXT = re.compile(r"(?i:\b(?:in|of|early|mid|late|until|since|by|from|to|through|during|and|or|till)[\s-]*|[,(]\s*)$")
MOD_ONLY = re.compile(rf"^{MOD}$")
# A day of the month written alone after "on" ("On the 18th the town fell", "on 19th,"): the month
# comes from the document (normalize_dates_en). Not before a noun it would count ("on the 6th day").
BARE_DAY_RE = re.compile(
    rf"(?<![\w-])[Oo]n\s+(?:the\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))"
    rf"(?=\s*[,.;:)]|\s+(?:the|a|an|and|or|at|in|he|she|they|it|its|his|her|their|both|when|after|before"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[a-z]+ed)\b|\s*$)")

NUM = (r"(?i:(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion))?"
       r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
       r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
       r"|seventeen|eighteen|nineteen|a\s+hundred|a\s+thousand|a\s+dozen)(?:\s+(?:hundred|thousand|million))?"
       r"|(?:several\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|millions|several\s+hundred|dozens)")
APPROX = "(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(norm_en.APPROX, key=len, reverse=True)) + ")"
NOUNS = sorted("""men man soldiers soldier troops officers officer horses horse mules tanks tank aircraft
airplanes aeroplanes planes plane bombers fighters guns gun artillery\\s+pieces field\\s+guns mortars
machine\\s+guns rifles vehicles trucks lorries casualties dead killed wounded prisoners POWs civilians
people persons refugees inhabitants residents deaths lives fatalities victims survivors missing sick
guerrillas partisans militia militiamen sailors airmen marines pilots crewmen laborers labourers workers
coolies peasants villagers children women families households villages recruits conscripts reinforcements
replacements defenders attackers Japanese Chinese Americans Britons Indians Koreans howitzers cannon cannons
carts wagons locomotives cars camels oxen cattle cartridges bullets grenades mines transports
divisions division regiments regiment brigades
brigade battalions battalion armies army corps companies company ships vessels boats sorties missions
rounds shells bombs tons tonnes days day weeks week months month years year hours hour minutes
kilometres kilometers km miles mile li metres meters feet square\\s+kilometres square\\s+kilometers
square\\s+miles yuan dollars yen pounds percent per\\s+cent""".split(), key=len, reverse=True)
NOUN = "(?:" + "|".join(NOUNS) + ")"
ADJ = (r"(?:(?:Japanese|Chinese|American|Allied|British|Indian|Nationalist|Communist|enemy|civilian|additional"
       r"|fresh|regular|combat|heavy|light|medium|armou?red|wounded|dead|[a-z]{3,12}ed)\s+)")
# A count written as a range ('600-700 Japanese', '20 to 30 tanks') takes its first number as value.
RANGE_TAIL = rf"(?:\s*(?:{D}|to)\s*(?:{NUM}))"
QUANTITY_RE = re.compile(
    rf"(?<![\w.,$£¥-])(?:(?P<approx>{APPROX})\s+)?(?P<cur>US\$|\$|£|¥)?(?P<num>{NUM})(?![A-Za-z])"
    rf"(?P<range>{RANGE_TAIL})?"
    rf"(?:(?P<pct>%)|(?P<post>-odd|\s+odd|\s+or\s+more|\+)?"
    rf"(?:(?P<hy>-)(?P<hnoun>day|week|month|year|hour|mile|kilometre|kilometer|km|li|man|strong)(?![\w-])"
    rf"|\s+(?:of\s+)?(?P<adj>{ADJ})?(?P<noun>{NOUN})(?:\s+(?:and|or)\s+{ADJ}?{NOUN})?(?![\w-])"
    rf"|(?(cur)(?P<bare>)|(?!))))"
)
# Any other count: a number and a lower-case plural noun with at most two modifiers ('three defence
# lines', '12 river crossings'); the plural is a word in -s that is not an adverb, adjective or verb form.
_NOT_PLURAL = (r"(?:is|was|has|does|as|its|this|thus|us|always|perhaps|towards|afterwards|besides|sometimes|times"
               r"|across|unless|whereas|less|nevertheless|[a-z]*(?:ss|ous|ics|ness|ys))")
_NOT_MODIFIER = (r"(?:and|or|of|the|a|an|were|was|had|have|has|are|is|be|more|other|times|per|onto|into|to|from"
                 r"|for|with|in|on|at|by|against|under|over|near|than|as|each|who|which|that|this|these|those)")
_PARTICIPLE_NOUN = r"(?:killed|wounded|dead|missing|captured|sick)"
PLURAL_COUNT_RE = re.compile(
    rf"(?<![\w.,$£¥-])(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})(?P<range>{RANGE_TAIL})?"
    rf"\s+(?P<noun>(?:(?!(?:{_NOT_MODIFIER}|{NOUN})\b)[a-z]{{2,14}}\s+){{0,2}}"
    rf"(?:(?!{_PARTICIPLE_NOUN}\b){NOUN}|(?!{_NOT_PLURAL}\b)[a-z]{{2,14}}s))(?![\w-])"
)

# A number that refers to a page, chapter or item is no count ('page 12 states').
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:pages?|pp?\.|no\.|nos\.|number|chapter|vol\.|volume|figure|table)\s*$")

# A bare count that clearly counts people or things (rule 9: 阵亡4000 → 4000, unit ""):
# after a casualty/strength word or verb ("losses of 56,944", "casualties totalled 19,380",
# "killed 3,000", "a garrison numbering 17,000"), or before "were killed/captured".
_COUNT_NOUN = (r"(?:[Ll]osses|[Cc]asualties|[Dd]ead|[Dd]eaths|[Dd]eath\s+toll|[Tt]oll|[Kk]illed|[Ww]ounded|[Ss]trength"
               r"|[Gg]arrison|[Pp]risoners|[Tt]otal|[Ff]orces?|[Aa]rmy|[Tt]roops)")
_COUNT_LINK = (r"(?:of|at|were|was|reached|numbered|totall?ed|totall?ing|amounted\s+to|came\s+to|stood\s+at"
               r"|exceeded|of\s+about|:)")
_COUNT_VERB = (r"(?:killed|lost|captured|wounded|suffered|inflicted|evacuated|numbering|numbered|totall?ing"
               r"|totall?ed|mustered|fielded|amounted\s+to|took)")
BARE_COUNT_RE = re.compile(
    rf"(?<![\w-])(?:{_COUNT_NOUN}\s+{_COUNT_LINK}|{_COUNT_VERB}(?:\s+(?:alive|altogether|in\s+all|in\s+total))?)\s+"
    rf"(?P<q>(?:{APPROX}\s+)?(?P<num>{NUM}))(?![\w%$£¥-]|[.,]\d)"
    rf"|(?<![\w.,$£¥-])(?P<q2>(?:{APPROX}\s+)?(?P<num2>{NUM}))"
    rf"(?=\s+(?:were|had\s+been|was)\s+(?:killed|wounded|captured|lost|missing|taken\s+prisoner|evacuated)\b"
    rf"|\s+of\s+(?:them|whom|these|those)\s+(?:were\s+|had\s+been\s+)?(?:killed|dead|wounded|captured|missing)\b"
    # a strength ('a force 300,000 strong') and a part of a counted whole ('two of the bombers')
    rf"|\s+strong\b"
    rf"|\s+of\s+(?:the|these|those|their|its|our|his)\s+(?:[a-z]{{3,12}}\s+)?(?:{NOUN}|[a-z]{{2,14}}s)(?![\w-]))"
)

_EVENT_HEADS = (r"Campaign|Offensive|Operation|Incident|Massacre|Famine|Conference|Expedition|Uprising|"
                r"Rebellion|Revolution|Agreement|Treaty|Declaration|Mutiny|Crisis|Flood|Raid|Counteroffensive")
NOT_NAME_START = {"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
                  "In", "On", "At", "By", "For", "From", "After", "Before", "During", "When", "While",
                  "Japanese", "Chinese", "American", "Allied", "British", "Nationalist", "Communist",
                  "Soviet", "Major", "Another", "Each", "Every", "Both", "Its", "Second", "First"}
# Japanese operation code names written without "Operation": '<X>-Go' (Ichi-Go, U-Go, Sho-Go 1) with an
# optional number; joined forms (Kogo, Togo 1) come from operations_jp.tsv.
CODE_NUMBER = r"(?:\s+(?:[1-9]|I{1,3}|IV|V)(?![\w-]))"
JP_CODE_NAME = rf"[A-Z][a-z]{{0,4}}{D}[Gg][oō]{CODE_NUMBER}?"
EVENT_RE = re.compile(
    rf"(?<![\w-])(?:(?:{ORD})\s+)?(?:Battle|Battles|Siege|Defen[cs]e|Rape|Relief)\s+(?:of|for|at)\s+(?:the\s+)?"
    rf"{NAME}(?:\s*{D}\s*{NAME})?"
    rf"|(?<![\w-])Operation\s+{CAP}(?:\s+{CAP})?{CODE_NUMBER}?"
    rf"|(?<![\w-])World\s+War\s+(?:II|I|One|Two|1|2)\b"
    rf"|(?<![\w-]){JP_CODE_NAME}(?![\w-])"
)
# "<Name> Campaign", "<Name> War": find the head word first, then the name before it.
EVENT_HEAD_RE = re.compile(
    rf"\s(?:{_EVENT_HEADS}|War(?!\s+(?:Area|Department|Ministry|Office|Cabinet|Council|College|Zone|Minister|Crimes?)))\b")
EVENT_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w-])(?:{ORD}\s+)?{NAME}(?:\s*{D}\s*{NAME})*$")
PLACE_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?P<name>{NAME}(?:\s*{D}\s*{NAME})*)\s+(?P<suffix>"
    r"Province|province|County|county|City|Prefecture|Municipality"
    r"|River|river|Mountains|Mountain|Hills|Range|Lake|Plain|Plateau|Valley|Strait|Gulf|Bay|Pass|Island|Islands|Peninsula"
    r"|Railway|railway|Railroad|railroad|Highway|highway|Road|road|Bridge|bridge|Airfield|airfield|Air\s+Base|airbase|air\s+base|Airport|Canal|Fortress|Line)\b"
    r"|(?<![\w-])(?P<pre>Mount|Lake|Fort|Mt\.)\s+(?P<name2>" + CAP + r")"
)
# Regions named by a compass word: 'North China', 'Upper Burma', 'the Western Pacific', 'south-east Asia'
# (lower case only before a continent or ocean). Countries with a compass word are GPE, not regions.
_COMPASS = r"(?:North|South|East|West)(?:{D}?(?:[Ee]ast|[Ww]est))?(?:ern)?|Central|Upper|Lower"
_COMPASS_LOWER = r"(?:north|south|east|west)(?:{D}?(?:east|west))?(?:ern)?|central"
REGION_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_COMPASS.format(D=D)})\s+(?:China|Asia|Burma|India|Japan|Manchuria|Indochina|Indo-China"
    rf"|Europe|Africa|Pacific|Atlantic|Siberia|Thailand|Vietnam|Korea|Luzon|Honshu|Hunan|Henan|Hubei|Guangxi)"
    rf"|(?:{_COMPASS_LOWER.format(D=D)})\s+(?:Asia|Europe|Africa|Pacific|Atlantic))(?![\w-])"
)
COMPASS_GPES = {"South Africa", "North Korea", "South Korea", "North Vietnam", "South Vietnam", "East Timor",
                "West Germany", "East Germany"}
SUFFIX_LABEL = {"province": "GPE", "county": "GPE", "city": "GPE", "prefecture": "GPE", "municipality": "GPE",
                "railway": "FAC", "railroad": "FAC", "highway": "FAC", "road": "FAC", "bridge": "FAC",
                "airfield": "FAC", "air base": "FAC", "airbase": "FAC", "airport": "FAC", "canal": "FAC",
                "fortress": "FAC", "line": "FAC", "fort": "FAC"}
RANK = (r"(?:Generalissimo|Field\s+Marshal|Marshal|(?:Lieutenant|Major|Brigadier)[\s-]+General|General|Gen\.|"
        r"Lt\.\s*Gen\.|Maj\.\s*Gen\.|Brig\.\s*Gen\.|Lieutenant\s+Colonel|Lt\.\s*Col\.|Colonel|Col\.|Major|Maj\.|"
        r"Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Corporal|Private|(?:Vice|Rear)\s+Admiral|Admiral|"
        r"Commander|President|Vice\s+President|Premier|Prime\s+Minister|Chairman|Minister|Ambassador|Emperor|"
        r"Prince|Madame|Mr\.|Mrs\.|Miss|Dr\.|general|commander|colonel|marshal|captain|lieutenant)")
PERSON_TOKEN = r"(?:[A-Z]\.|[A-Z][a-z]+(?:-[a-z]+)?|Mc[A-Z][a-z]+|O'[A-Z][a-z]+)"
RANK_PERSON_RE = re.compile(rf"(?<![\w.]){RANK}\s+(?P<name>{PERSON_TOKEN}(?:\s+{PERSON_TOKEN}){{0,2}})(?![\w-])")
NOT_PERSON_WORDS = {"Headquarters", "Staff", "Command", "Army", "Armies", "Assembly", "Secretary", "Hospital",
                    "Order", "Orders", "Officer", "Commander", "Chief", "Yuan", "Council", "Government", "Division",
                    "Corps", "The", "And", "Of", "In", "He", "She", "His", "It", "They", "General", "Commanding",
                    "Japanese", "Chinese", "American", "British", "Allied", "Nationalist", "Communist", "Soviet"}
# Tried at every capitalised word (a lookahead, so 'Chief Huang Zunxian' still finds 'Huang Zunxian' after
# rejecting 'Chief Huang'); the given name is one word ('Xianjue', 'Hsien-chueh') or two separate
# syllables ('Sun Li Jen').
CHINESE_NAME_RE = re.compile(
    r"(?<![\w-])(?=(?P<name>(?P<sur>[A-Z][a-z]{0,6})\s+(?P<given>[A-Z][a-z]{1,12}(?:[-\u2019'][a-z]{1,6})?"
    r"|[A-Z][a-z]{0,5}\s+[A-Z][a-z]{0,5}(?![-\u2019'\w])))(?![\w-]))")
PRIORITY = {"MIL_UNIT": 60, "EVENT": 55, "DATE": 50, "QUANTITY": 50, "ORG": 45, "FAC": 42,
            "GPE": 40, "LOC": 40, "PERSON": 38}


@lru_cache(maxsize=1)
def _lexicon_re() -> re.Pattern:
    names = english_names()
    return re.compile(rf"(?<![\w-])(?:{trie_regex(names)})(?![\w-])")


@lru_cache(maxsize=1)
def _syllables() -> tuple[frozenset, frozenset]:
    """(capitalised romanised surnames, romanised syllables) in pinyin and Wade-Giles (plain)."""
    from pypinyin import Style, lazy_pinyin

    syllables = set()
    wg = {}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            pinyin = row[0].replace("ü", "v")
            syllables.update({pinyin, row[0].replace("ü", "u"), row[2]})
            wg[pinyin] = row[2]
    surnames = set()
    for row in read_rows("surnames_cn.txt"):
        surname = row[0].strip()
        if not surname:
            continue
        readings = lazy_pinyin(surname, style=Style.NORMAL, v_to_u=False)
        for joined in ("".join(readings), "".join(wg.get(r, r) for r in readings)):
            surnames.add(joined.replace("v", "u").capitalize())
    # common postal/Cantonese spellings of surnames
    surnames.update({"Chiang", "Soong", "Tsai", "Hsueh", "Sun", "Yeh", "Kuo", "Teng", "Tu", "Wei", "Yen"})
    return frozenset(surnames), frozenset(syllables)


def _romanised_given(given: str, syllables: frozenset) -> bool:
    """True when `given` is 1-2 romanised syllables ('Yue', 'Xianjue', 'Hsien-chueh')."""
    parts = re.split(r"[-\u2019']", given.lower())
    if len(parts) == 2:
        return all(p in syllables for p in parts)
    word = parts[0]
    if word in syllables:
        return True
    return any(word[:i] in syllables and word[i:] in syllables for i in range(1, len(word)))


def _trim_article(start: int, end: int, text: str) -> tuple[int, int]:
    if text.startswith("The ", start) and end - start > 4:
        start += 4
    return start, end


def _mil_units(text: str, out: list) -> None:
    for m in UNIT_RE.finditer(text):
        left = text[max(0, m.start() - 40): m.start()]
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit", PRIORITY["MIL_UNIT"],
                             norm_en.normalize_unit_en(m.group(), left)))


def _lexicon(text: str, out: list) -> None:
    names = english_names()
    for m in _lexicon_re().finditer(text):
        form = re.sub(f"[{re.escape(chr(0x2010))}-{re.escape(chr(0x2014))}]", "-", m.group())
        label, zh = names.get(form, names.get(m.group(), (None, None)))
        if label is None:
            continue
        if label == "MIL_UNIT":
            norm = norm_en.normalize_unit_en(form, text[max(0, m.start() - 40): m.start()])
        else:
            norm = {"zh": zh}
        out.append(Candidate(m.start(), m.end(), label, f"lexicon:en_{label.lower()}",
                             PRIORITY[label] + 1, norm))


def _dates(text: str, out: list) -> None:
    for m in BARE_DAY_RE.finditer(text):
        out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_date", PRIORITY["DATE"] - 2))
    for m in DATE_RE.finditer(text):
        span = m.group()
        if span.startswith("May") and not re.search(r"\d", span) and not MAY_CONTEXT.search(text[max(0, m.start() - 12): m.start()]):
            continue
        start, end = m.start(), m.end()
        out.append(Candidate(start, end, "DATE", "rule:en_date", PRIORITY["DATE"]))
        window = max(0, start - 12)
        before = DAY_BEFORE_RANGE.search(text[window:start])
        if before and re.match(rf"{DAY}\s+{MONTH}", span):
            out.append(Candidate(window + before.start(1), window + before.end(1), "DATE", "rule:en_date",
                                 PRIORITY["DATE"]))
        if re.search(rf"{MONTH}\s+{DAY}$", span):
            after = DAY_AFTER_RANGE.match(text, end)
            if after:
                out.append(Candidate(after.start(1), after.end(1), "DATE", "rule:en_date", PRIORITY["DATE"]))
        if re.fullmatch(YEAR, span):
            after = YEAR_AFTER_RANGE.match(text, end)
            if after:
                out.append(Candidate(after.start(1), after.end(1), "DATE", "rule:en_date", PRIORITY["DATE"],
                                     {"value": span[:2] + after.group(1)}))


def _quantities(text: str, out: list) -> None:
    for m in QUANTITY_RE.finditer(text):
        if m.group("bare") is not None and not m.group("cur"):
            continue
        num = m.group("num")
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", num) and not m.group("pct") and not m.group("cur") and (
                m.group("noun") is None):
            continue
        unit_start = None
        if m.group("noun"):
            unit_start = (m.start("adj") if m.group("adj") else m.start("noun")) - m.start()
        elif m.group("hnoun"):
            unit_start = m.start("hnoun") - m.start()
        norm = norm_en.normalize_quantity_en(m.group(), unit_start)
        if norm["value"] is None:
            continue
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_quantity", PRIORITY["QUANTITY"], norm))
    for m in PLURAL_COUNT_RE.finditer(text):
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("num")) or m.group("num").lower() == "one" \
                or _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        norm = norm_en.normalize_quantity_en(m.group(), m.start("noun") - m.start())
        if norm["value"] is not None:
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_count", PRIORITY["QUANTITY"] - 3, norm))
    for m in BARE_COUNT_RE.finditer(text):
        group = "q" if m.group("q") else "q2"
        num = m.group("num") or m.group("num2")
        if re.fullmatch(r"1[6-9]\d\d|20\d\d", num) or num.lower() == "one":
            continue
        norm = norm_en.normalize_quantity_en(m.group(group))
        if norm["value"] is None:
            continue
        out.append(Candidate(m.start(group), m.end(group), "QUANTITY", "rule:en_bare_count",
                             PRIORITY["QUANTITY"] - 1, {**norm, "unit": ""}))


def _event_spans(text: str):
    for m in EVENT_RE.finditer(text):
        yield m.start(), m.end()
    for head in EVENT_HEAD_RE.finditer(text):
        window = max(0, head.start() - 120)
        name = EVENT_NAME_BEFORE_HEAD.search(text, window, head.start())
        if name:
            yield name.start(), head.end()


@lru_cache(maxsize=1)
def _numbered_code_names_re() -> re.Pattern:
    forms = [form for form, _, numbered in OPERATION_CODE_NAMES if numbered]
    return re.compile(rf"(?<![\w-])(?:{trie_regex(forms)}){CODE_NUMBER}")


# "the Zhejiang-Jiangxi campaign", "the Burma campaign": a lower-case head after a known place name
# or places joined by a dash.
LOWER_EVENT_RE = re.compile(rf"(?<![\w-])(?P<name>{CAP}(?:\s*{D}\s*{CAP}){{0,3}})\s+(?:campaign|offensive|operations?)\b")


def _events(text: str, out: list) -> None:
    for m in _numbered_code_names_re().finditer(text):
        out.append(Candidate(m.start(), m.end(), "EVENT", "lexicon:en_event", PRIORITY["EVENT"] + 1))
    names = english_names()
    for m in LOWER_EVENT_RE.finditer(text):
        parts = [p for p in re.split(rf"\s*{D}\s*", m.group("name"))]
        if all(names.get(p, ("",))[0] in ("GPE", "LOC") for p in parts):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event", PRIORITY["EVENT"]))
    for m_start, m_end in _event_spans(text):
        start, end = _trim_article(m_start, m_end, text)
        first = text[start:end].split()[0]
        if first in NOT_NAME_START and not text.startswith(("Battle", "Operation", "Siege", "Defen"), start) \
                and not re.match(rf"{ORD}\s+(?:Battle|Siege|{CAP}\s+War|World)", text[start:end]):
            continue
        out.append(Candidate(start, end, "EVENT", "rule:en_event", PRIORITY["EVENT"]))


def _places(text: str, out: list) -> None:
    names = english_names()
    for m in REGION_RE.finditer(text):
        if m.group() not in COMPASS_GPES:
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_region", PRIORITY["LOC"]))
    for m in PLACE_SUFFIX_RE.finditer(text):
        start, end = _trim_article(m.start(), m.end(), text)
        name = m.group("name") or m.group("name2")
        if name.split()[0] in NOT_NAME_START:
            continue
        suffix = (m.group("suffix") or m.group("pre")).lower()
        suffix = re.sub(r"\s+", " ", suffix)
        label = SUFFIX_LABEL.get(suffix, "LOC")
        known = names.get(name)
        norm = {"zh": known[1]} if known and known[0] in ("GPE", "LOC") else {}
        out.append(Candidate(start, end, label, "rule:en_place", PRIORITY[label] - 1, norm))


def _persons(text: str, out: list) -> None:
    surnames, syllables = _syllables()
    for m in RANK_PERSON_RE.finditer(text):
        tokens = m.group("name").split()
        while tokens and (tokens[-1] in NOT_PERSON_WORDS or tokens[-1].endswith(".") and len(tokens[-1]) > 2):
            tokens.pop()
        if not tokens or tokens[0] in NOT_PERSON_WORDS:
            continue
        while tokens and tokens[-1].endswith(".") and len(tokens[-1]) == 2:
            tokens.pop()
        if not tokens:
            continue
        start = m.start("name")
        end = start + len(" ".join(tokens)) if text[start:].startswith(" ".join(tokens)) else None
        if end is None:
            end = m.end("name")
        out.append(Candidate(start, end, "PERSON", "rule:en_rank_person", PRIORITY["PERSON"] - 2))
    for m in CHINESE_NAME_RE.finditer(text):
        given = m.group("given")
        if m.group("sur") not in surnames or given in NOT_PERSON_WORDS:
            continue
        if " " in given:
            if not all(w.lower() in syllables and w not in NOT_PERSON_WORDS for w in given.split()):
                given = given.split()[0]          # 'Sun Li' of 'Sun Li Jen' is tried alone
                if not _romanised_given(given, syllables):
                    continue
        elif not _romanised_given(given, syllables):
            continue
        end = m.start("given") + len(given)
        out.append(Candidate(m.start(), end, "PERSON", "rule:en_chinese_name", PRIORITY["PERSON"] - 4))


# Organisations by their head word: "Military Affairs Commission", "Kuomintang Central Committee",
# "Ministry of National Defense", "Bureau of Investigation and Statistics". Demonyms and articles
# before the name are trimmed; a name holding an echelon word (Army, Division, ...) is a unit's.
ORG_HEAD = (r"(?:Commission|Committee|Council|Bureau|Board|Ministry|Party|Administration|Agency|Association"
            r"|League|Society|Academy|University|College|Institute|Bank|Office|Department|Yuan)")
_ORG_OF_TAIL = rf"(?:\s+of\s+(?:the\s+)?{CAP}(?:\s+(?:and\s+|of\s+)?{CAP}){{0,3}})"
ORG_RE = re.compile(
    rf"(?<![\w-])(?P<name>(?:{CAP}\s+){{1,4}}){ORG_HEAD}\b{_ORG_OF_TAIL}?"
    rf"|(?<![\w-])(?:Ministry|Bureau|Board|Department|Office|Council|Commission|Committee|Academy|Institute)"
    rf"{_ORG_OF_TAIL}"
)
_ORG_YUAN = {"Executive", "Legislative", "Judicial", "Examination", "Control"}
_ORG_TRIM = NOT_NAME_START | {"Japanese", "Chinese", "American", "Allied", "British", "Soviet", "Russian", "German",
                              "Nationalist", "Communist", "Its", "Their", "Our", "Whose", "Under", "With", "And",
                              "But", "As", "If", "Then", "So", "Meanwhile", "Later", "Both", "Of", "To", "By"}
_ORG_NOT_INSIDE = {"Army", "Armies", "Division", "Divisions", "Corps", "Brigade", "Regiment", "Battalion",
                   "Company", "Fleet", "Squadron", "Group", "Force", "Forces", "Detachment", "Column", "Area",
                   "Front", "Route"}


def _orgs(text: str, out: list) -> None:
    for m in ORG_RE.finditer(text):
        start, end = m.start(), m.end()
        words = text[start:end].split()
        if any(w in _ORG_NOT_INSIDE for w in words):
            continue
        if m.group("name") is not None:
            lead = m.group("name").split()
            skip = 0
            while skip < len(lead) and lead[skip] in _ORG_TRIM:
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


def _resolve(cands: list[Candidate]) -> list[Candidate]:
    """Keep the longest, then highest-priority candidate; drop anything overlapping it."""
    chosen: list[Candidate] = []
    taken = bytearray()
    for cand in sorted(cands, key=lambda c: (-(c.end - c.start), -c.priority, c.start)):
        if len(taken) < cand.end:
            taken.extend(b"\0" * (cand.end - len(taken)))
        if any(taken[cand.start:cand.end]):
            continue
        taken[cand.start:cand.end] = b"\1" * (cand.end - cand.start)
        chosen.append(cand)
    return sorted(chosen, key=lambda c: c.start)


# Romanised surnames that are also everyday English words: never tagged alone.
ENGLISH_WORD_SURNAMES = frozenset("He Sun Long King Young Fan Man Bo Pan Tan Wan Lo So Ko Yo Ha Pi Hang Sang "
                                  "Wing Ye Hung Ding Gang Bing Chin".split())


# A surname of a person named in full earlier beats a place of the same form ('Sakai', 'Yamaguchi').
SURNAME_PRIORITY = 70


def _surname_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Bare surnames of persons already found ('Yokoyama' after 'Isamu Yokoyama', 'Chiang' after
    'Chiang Kai-shek'); a Chinese surname followed by another capitalised word is someone else."""
    surnames, _ = _syllables()
    last_names, first_surnames = set(), set()
    for cand in chosen:
        if cand.label == "PERSON":
            parts = text[cand.start:cand.end].split()
            if len(parts) == 2 and parts[0] not in surnames and all(map(_japanese_shaped, parts)):
                last_names.update(parts)   # a Japanese name in either order: 'Anami Korechika' ... 'Anami'
            elif len(parts) >= 2 and parts[0] not in surnames and len(parts[-1]) > 2:
                last_names.add(parts[-1])
            elif len(parts) == 2 and parts[0] in surnames and parts[0] not in ENGLISH_WORD_SURNAMES:
                first_surnames.add(parts[0])
    found = []
    if last_names:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(last_names))) + r")(?![\w-])")
        found += [Candidate(m.start(), m.end(), "PERSON", "rule:en_surname", SURNAME_PRIORITY) for m in pattern.finditer(text)]
    if first_surnames:
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(first_surnames)))
                             + r")(?![\w-]|\s+[A-Z])")
        for m in pattern.finditer(text):
            before = _CAPITAL_BEFORE.search(text, max(0, m.start() - 24), m.start())
            if before and before.group(1) not in _ORG_TRIM:
                continue  # 'Li Yuan' is not 'Yuan Shikai'
            found.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_surname", SURNAME_PRIORITY))
    return found


def _japanese_shaped(word: str) -> bool:
    return norm_en.japanese_shaped(word)


_CAPITAL_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'-]*)\s+$")


def _sides_from_document(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Units written without a side take it from the document (norm_en.document_sides)."""
    units = [c for c in cands if c.label == "MIL_UNIT"]
    if not any(c.norm.get("numbers") and c.norm.get("side") is None for c in units):
        return cands
    completed = norm_en.document_sides(text, [(c.start, c.end, c.norm) for c in units])
    by_start = {c.start: norm for c, norm in zip(units, completed)}
    return [Candidate(c.start, c.end, c.label, c.source, c.priority, by_start[c.start])
            if c.label == "MIL_UNIT" else c for c in cands]


def _add_date_values(text: str, cands: list[Candidate]) -> list[Candidate]:
    """Fill DATE values with document context (see normalize_dates_en)."""
    dates = [c for c in cands if c.label == "DATE"]
    values = dict(zip((c.start for c in dates),
                      norm_en.normalize_dates_en(text, [(c.start, c.end) for c in dates],
                                                 [c.norm for c in dates])))
    return [Candidate(c.start, c.end, c.label, c.source, c.priority, values[c.start]) if c.label == "DATE" else c
            for c in cands]


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u3000]*\r?\n")
_GENERATORS = (_mil_units, _lexicon, _dates, _quantities, _events, _places, _persons, _orgs)


def _paragraph_candidates(text: str) -> list[Candidate]:
    """Candidates of every generator, paragraph by paragraph: no span crosses a blank line
    (a single line break inside hard-wrapped text may be crossed)."""
    cands: list[Candidate] = []
    start = 0
    for brk in [*_PARAGRAPH_BREAK.finditer(text), None]:
        end = brk.start() if brk else len(text)
        piece = text[start:end]
        if piece.strip():
            local: list[Candidate] = []
            for generate in _GENERATORS:
                generate(piece, local)
            cands.extend(c if not start else replace(c, start=c.start + start, end=c.end + start)
                         for c in local)
        start = brk.end() if brk else end
    return cands


def find_english(text: str) -> list[Candidate]:
    """All English entities in `text`: non-overlapping candidates with norm values."""
    chosen = _resolve(_paragraph_candidates(text))
    extra = _surname_mentions(text, chosen)
    if extra:
        chosen = _resolve(chosen + extra)
    return _add_date_values(text, _sides_from_document(text, chosen))
