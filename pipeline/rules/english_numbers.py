"""English DATE and QUANTITY candidates (part of the English finder, pipeline.rules.english).

Dates: `19 April 1944`, `April 19, 1944`, `27th May, 1944`, `early June 1944`, `the spring of 1943`,
range ends (`19` + `25 April 1944`, `1944` + `45`), a day alone after "on" (`On the 18th`).
Quantities: a number with its approximator and counted noun as written (`some 100,000 men`,
`almost 7,000 British soldiers`, `20 tanks and armoured vehicles`, `about 600-700 Japanese`,
`three defence lines`), percentages and money, and bare counts after casualty words or verbs,
before "were killed", as strengths (`300,000 strong`) and parts (`two of the aircraft`).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer, guarded, literal_finditer
from pipeline.rules.trie import trie_regex
from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

D = "[-\u2010\u2011\u2013\u2014]"  # hyphen or dash
DATE_PRIORITY = 50
QUANTITY_PRIORITY = 50

MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
         r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
YEAR = r"(?:1[6-9]\d\d|20\d\d)"
YEAR_AHEAD = r"(?:1[6-9]\d\d|20\d\d)(?!\d)"
# Military and typewriter style: upper-case months ('4 APR 1944', 'LATE APRIL'); the three-letter forms
# only with a day or a year, never alone (APR, MAR, DEC are also acronyms).
MONTH_UPPER = r"(?:JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER)"
MONTH_UPPER_SHORT = r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"
# the old ordinals of despatches and 19th-century books: 2d, 3d, 22d, 23d (auditen6)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)?"
MOD = (rf"(?:(?:[Ee]arly|[Mm]id|[Ll]ate|EARLY|MID|LATE)(?:\s*{D}\s*|\s+)|(?:[Ee]nd|[Bb]eginning|[Mm]iddle)\s+of\s+"
       rf"|(?:[Ee]arly|[Ll]ate)\s+in\s+(?={YEAR_AHEAD}|{MONTH}))")   # session 25 (s25en): and before a month (`Early in May, 1841`)
SEASON = r"(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)"
# An infobox label glued to its value by a flattened table ('Date4 April–22 June 1944').
GLUED_LABEL = r"(?<=Date)"
# Before the year: a space, or a comma with spaces on either side as pages type it ('April 19, 1944',
# 'March , 1945', 'June ,1944', 'May 3,1942'); one DATE (guideline 16).
YEAR_COMMA = r"(?:[ \t]?,[ \t]*|,?\s+)"
DATE_RE = re.compile(
    rf"(?:(?<![\w.])|{GLUED_LABEL}){MOD}?(?:"
    rf"{DAY}\s+(?:of\s+)?{MONTH}(?:{YEAR_COMMA}{YEAR})?"               # 19 April 1944, the 1st of May
    # April 19, 1944; a colon after the year ends it ('December 5, 1915: At …', a letter's date; auditen7), after
    # the day it may open a time ('June 12:30')
    rf"|{MONTH}\s+{DAY}(?:{YEAR_COMMA}{YEAR}(?!\d)|(?![\d:]))"
    rf"|{MONTH}{YEAR_COMMA}(?:of\s+)?{YEAR}"                          # April 1944, June of 1944
    rf"|{SEASON}(?:\s+of)?\s+{YEAR}"                           # spring 1944, summer of 1944
    rf"|{DAY}\s+(?:{MONTH_UPPER}|{MONTH_UPPER_SHORT})(?:\s+{YEAR})?"  # 4 APR 1944
    rf"|(?:{MONTH_UPPER}|{MONTH_UPPER_SHORT})\s+{YEAR}"                # APR 1944
    rf"|(?<=[A-Z]\s){MONTH_UPPER}(?!\s+\d)"                          # LATE APRIL (after a modifier)
    rf"|{YEAR}(?:(?<=0)['\u2019]s|s|(?!\d|,\d))"              # 1944, 1940s, 1940's
    rf"|{MONTH}(?!\s+\d)"                                      # April (alone)
    rf")(?![\w])"
)
DAY_BEFORE_RANGE = re.compile(rf"(?:(?<![\w.,])|{GLUED_LABEL})({DAY})\s*(?:{D}|to|and|through|thru)\s*$")   # "through": US Army usage (auditen3); 'Date8–25 December' glued (auditen20)
DAY_AFTER_RANGE = re.compile(rf"\s*(?:{D}|to|and|through|thru)\s*({DAY})(?:,\s*({YEAR}))?(?![\w])")
YEAR_AFTER_RANGE = re.compile(rf"\s*(?:{D}|/)\s*(\d\d)(?![\w%/])")      # 1944-45, 1941/42
# A day of the week written before a date ('Sunday, 7 December', 'Monday 8 December 1941'): one DATE.
WEEKDAY_BEFORE = re.compile(r"(?<![\w-])(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+$")
MAY_CONTEXT = re.compile(r"(?i:\b(?:in|of|early|mid|late|until|since|by|from|to|through|during|and|or|till)[\s-]*|[,(]\s*)$")
MOD_ONLY = re.compile(rf"^{MOD}$")
# A day of the month written alone after "on" ("On the 18th the town fell", "on 19th,"): the month
# comes from the document (normalize_dates_en). Not before a noun it would count ("on the 6th day").
# Days of the month written as ordinal words (after 'on the' only): 'on the eighth', 'on the twenty-first'.
WORD_DAY = (r"(?:twenty-|thirty-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|twentieth"
            r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth")
BARE_DAY_RE = re.compile(
    rf"(?<![\w-])[Oo]n\s+(?:the\s+)?(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)"
    rf"|(?<=the )(?:{WORD_DAY}))"                  # 'on the eighth' written out
    rf"(?=\s*[,.;:)]|\s+(?:the|a|an|and|or|at|in|he|she|they|it|its|his|her|their|both|when|after|before"
    rf"|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+[a-z]+ed)\b|\s*$)")

_WORD1 = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
          r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
          r"|seventeen|eighteen|nineteen)")
# a number in words with more than one part: 'three thousand five hundred', 'one hundred and fifty'
COMPOUND_WORDS = (rf"(?:{_WORD1}|a)\s+(?:hundred|thousand)(?:\s+(?:and\s+)?{_WORD1}(?:\s+hundred)?){{1,2}}"
                  rf"(?:\s+and\s+{_WORD1})?(?![\w-])")
NUM = (r"(?i:(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)|\d+(?:\.\d+)?)(?:\s+(?:hundred|thousand|million|billion))?"
       r"|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
       r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
       r"|seventeen|eighteen|nineteen|a\s+hundred|a\s+thousand|a\s+dozen)(?:\s+(?:hundred|thousand|million))?"
       r"|(?:several\s+)?(?:tens\s+of\s+|hundreds\s+of\s+)?thousands|hundreds|millions|several\s+hundred|dozens"
       r"|many\s+(?:hundreds|thousands)"       # session 26 (s26enper): 'many thousands of prisoners'
       # a round figure in words: 'a million', 'half a million', 'a quarter of a million'; vague ones
       # with a magnitude ('several thousand', 'a few hundred')
       r"|(?:half\s+|a\s+quarter\s+of\s+)?a\s+million|half\s+a\s+dozen|several\s+thousand|a\s+few\s+(?:hundred|thousand))")   # half a dozen: session 34 (w34enqty)
# a trie of the approximators (the longest first where one continues another, as sorted by length): `re`
# walks a flat alternation word by word at every word start
APPROX = "(?i:" + trie_regex(norm_en.APPROX).replace(r"\ ", r"\s+") + ")"
NOUNS = sorted("""men man soldiers soldier troops officers officer sepoys sowars horses horse mules tanks tank aircraft
airplanes aeroplanes planes plane bombers fighters guns gun artillery\\s+pieces field\\s+guns mortars
machine\\s+guns rifles vehicles trucks lorries casualties dead killed wounded prisoners POWs civilians
people persons refugees inhabitants residents deaths lives fatalities victims survivors missing sick
guerrillas partisans militia militiamen sailors airmen marines pilots crewmen laborers labourers workers
personnel military\\s+personnel naval\\s+personnel
coolies peasants villagers children women families households villages recruits conscripts reinforcements
replacements defenders attackers enemy Japanese Chinese Americans Britons Indians Koreans howitzers cannon cannons
carts wagons locomotives cars camels oxen cattle cartridges bullets grenades mines transports
divisions division regiments regiment brigades
brigade battalions battalion armies army corps companies company ships vessels boats sorties missions
rounds shells bombs tons tonnes days day weeks week months month years year hours hour minutes
kilometres kilometers km miles mile li metres meters feet square\\s+kilometres square\\s+kilometers
square\\s+miles yuan dollars yen pounds percent per\\s+cent""".split(), key=longest_first)
# Plurals of peoples and parties counted like men ('330,000 Russians', '45,000 Nationalists'): the
# demonym endings -ian(s)/-ean(s)/-an(s)/-ese, and the plurals that have none of them.
DEMONYM_PLURAL = (r"(?:[A-Z][a-z]{1,12}(?:ians|eans|ans)|Turks|Thais|Gurkhas|Sikhs|Mongols|Manchus|Boxers|Poles"
                  r"|Danes|Swedes|Serbs|Czechs|Scots|Filipinos|Frenchmen|Englishmen|Dutchmen|Nationalists"
                  r"|Communists|Reds|Whites|Allies|Taipings|Muslims|Christians"
                  # the sides of a civil war by their quarter or creed: 'the Northerners, who reverted',
                  # 'Highlanders', 'Loyalists', 'Imperialists' (auditen12)
                  r"|[A-Z][a-z]{2,10}erners|[A-Z][a-z]{1,10}landers|[A-Z][a-z]{2,12}ists"
                  # the peoples whose plural has none of the endings above, and the named kinds of soldier of the
                  # armies of 1840-1979 counted like men ('500 Greeks', '2,000 Arabs', '300 Boers', 'some 400
                  # Chasseurs', '150 Carabinieri', '600 Goumiers'; session 29 s29enunit): the plural column of the
                  # style guides' demonym tables and the troop names of the French, Italian, Spanish, Ottoman,
                  # Russian and colonial orders of battle, from general knowledge
                  r"|Greeks|Arabs|Kurds|Moors|Boers|Zulus|Maoris|Croats|Basques|Slovaks|Slovenes|Montenegrins"
                  r"|Bosniaks|Berbers|Bedouins|Riffs|Baluchis|Dogras|Jats|Rajputs|Marathas|Mahrattas|Ghurkas"
                  r"|Bengalis|Punjabis|Tamils|Karens|Kachins|Nagas|Khmers|Malays|Moros|Somalis|Afghans|Uzbeks"
                  r"|Tajiks|Kazakhs|Tatars|Tartars|Chechens|Cossacks|Finns|Magyars|Bulgars|Jews|Uighurs|Turkmens"
                  r"|Chasseurs|Cuirassiers|Carabinieri|Arditi|Janissaries|Goumiers|Goums|Harkis|Regulares"
                  r"|Legionaries|Legionnaires|Zouaves|Spahis|Tirailleurs|Askaris"
                  r"|Sowars|Sepoys|Fedayeen|Mujahideen|Peshmerga|Basmachi)")
NOUN = "(?:" + "|".join(NOUNS) + "|" + DEMONYM_PLURAL + ")"
ADJ = (r"(?:(?:Japanese|Chinese|American|Allied|British|Indian|Burmese|Korean|Thai|Gurkha|Australian|Soviet"
       r"|Russian|German|French|Dutch|Filipino|Nepalese|Nationalist|Communist|enemy|civilian|additional"
       # more nationalities, and the abbreviations written as modifiers ('two ROK divisions', 'four PT boats')
       r"|Canadian|Mongolian|Manchukuoan|Italian|Vietnamese|Malay|Siamese|Mexican|Red"
       # the adjectives of peoples and creeds that do not end in -an/-ese, from the demonym tables of the style
       # guides ('five English missionaries', 'two Irish priests', 'four Sikh sepoys'; s23en)
       r"|English|Scotch|Scottish|Irish|Welsh|Spanish|Portuguese|Swedish|Danish|Norwegian|Finnish|Polish|Turkish"
       r"|Greek|Swiss|Belgian|Austrian|Hungarian|Prussian|Egyptian|Arab|Persian|Sikh|Manchu|Mongol|Hakka"
       r"|Cantonese|Tibetan|Muslim|Moslem|Mohammedan|Catholic|Protestant|Christian|European|Asiatic|Cossack"
       # the nationality adjectives of Europe, Africa, the Americas and the Middle East (the adjective column of the
       # CIA World Factbook's nationality field, as of the states and peoples of 1840-1979), and the sides of their
       # wars by their own names ('about two thousand Federal troops', 'some 300 Confederate prisoners', '50 Boer
       # horsemen', '2,000 Carlist volunteers'; session 26 s26enper)
       r"|Bulgarian|Serbian|Serb|Romanian|Rumanian|Croatian|Croat|Bosnian|Albanian|Montenegrin|Macedonian"
       r"|Ukrainian|Latvian|Lithuanian|Estonian|Czech|Slovak|Slovene|Yugoslav|Ottoman|Bavarian|Saxon|Hanoverian"
       r"|Piedmontese|Sardinian|Neapolitan|Sicilian|Venetian|Tyrolean|Flemish|Walloon|Icelandic|Scandinavian"
       r"|Ethiopian|Abyssinian|Eritrean|Somali|Sudanese|Libyan|Tunisian|Algerian|Moroccan|Senegalese|Nigerian"
       r"|Ghanaian|Ashanti|Zulu|Matabele|Xhosa|Basuto|Boer|Afrikaner|Kenyan|Kikuyu|Masai|Ugandan|Congolese"
       r"|Angolan|Mozambican|Rhodesian|Tanganyikan|Malagasy|Berber|Bedouin|Kurdish|Armenian|Georgian|Syrian"
       r"|Lebanese|Druze|Iraqi|Iranian|Jordanian|Israeli|Palestinian|Jewish|Saudi|Yemeni|Omani|Afghan"
       r"|Pakistani|Cuban|Haitian|Dominican|Nicaraguan|Salvadoran|Guatemalan|Honduran|Panamanian|Colombian"
       r"|Venezuelan|Ecuadorian|Peruvian|Bolivian|Chilean|Argentine|Argentinian|Paraguayan|Uruguayan|Brazilian"
       r"|Texan|Yankee|Federal|Federale|Confederate|Union|Rebel|Republican|Royalist|Carlist|Fenian|Villista"
       r"|Zapatista|Constitutionalist|Sandinista|Partisan|Fascist|Colonial|Native|Dervish|Mahdist|Maori"
       # (six letters: '750 KATUSA soldiers', s22en)
       r"|(?!(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC|AM|PM|BC|AD|APRIL|MARCH|AUGUST)\b)[A-Z]{2,6}"
       # the same abbreviations written with stops ('More than 14,000 U.N. troops', 'About 16,000 U.S. Marines',
       # '500 U.K. troops': session 30 s30enunit, as the undotted 'US troops'); not the eras (A.D., B.C.)
       r"|(?!(?:A\.D|B\.C|A\.M|P\.M)\.)(?:[A-Z]\.){2,4}"
       r"|fresh|regular|combat|heavy|light|medium|armou?red|wounded|dead|[a-z]{3,12}ed"
       # the size and strength of a force ('two strong Russian armies', 'three large divisions'; session 29 s29enunit)
       r"|strong|large|small|big|weak|powerful"
       # an adverb before a participle ('240 mostly wounded men', '900 poorly equipped conscripts'; s29enunit)
       r"|[a-z]{3,10}ly\s+(?:[a-z]{3,12}ed|[a-z]{2,8}-[a-z]{3,12}ed)"
       r"|[a-z]{2,8}-[a-z]{3,12}ed)\s+)")    # 'tanks and self-propelled guns', 'well-armed rebels' (s23en)
# A count written as a range ('600-700 Japanese', '20 to 30 tanks') takes its first number as value.
# 'two or three guns', 'ten or twelve huts' are one count too (session 26 s26enper)
RANGE_TAIL = rf"(?:(?:\s*(?:{D}|to)\s*|\s+or\s+)(?:{NUM}))"
QUANTITY_RE = re.compile(
    rf"(?<![\w.,$£¥/-])(?:(?P<approx>{APPROX})\s+|~\s?)?(?P<cur>US\$|\$|£|¥)?(?P<num>{NUM})(?![A-Za-z])"
    rf"(?P<range>{RANGE_TAIL})?"
    rf"(?:(?P<pct>%)|(?P<post>-odd|\s+odd|\s+or\s+more|\+)?"
    # money and weight written as a modifier too ('a 10,000-yuan bounty', 'a 500-pound bomb'; auditen7)
    rf"(?:(?P<hy>-)(?P<hnoun>day|week|month|year|hour|mile|kilometre|kilometer|km|li|man|strong|metre|meter|foot|yard"
    rf"|yuan|dollar|yen|tael|pound|ton|tonne)"
    rf"(?!\w|-(?!(?:wide|long|high|deep|strong|tall|thick|broad)(?![\w-])))"    # 'two-mile-wide': '-wide' outside
    # up to two modifiers ('three Red Chinese divisions', '9,000 regular Communist troops')
    rf"|\s+(?:of\s+)?(?P<adj>{ADJ}(?:(?:and|or)\s+{ADJ})?{ADJ}?)?(?P<noun>{NOUN})(?:\s+(?:and|or)\s+{ADJ}?{NOUN})?(?!\w|-(?!-))"
    rf"|(?(cur)(?P<bare>)|(?!))))"
)
# Any other count: a number and a lower-case plural noun with at most two modifiers ('three defence
# lines', '12 river crossings'); the plural is a word in -s that is not an adverb, adjective or verb form.
_NOT_PLURAL = (r"(?:is|was|has|does|as|its|his|hers|ours|yours|theirs|this|thus|us|always|perhaps|towards|afterwards|besides|sometimes|times"
               r"|across|unless|whereas|less|nevertheless|[a-z]*(?:ss|ous|ics|ness|ys)"
               r"|tens|hundreds|thousands|millions|dozens|scores)")   # magnitudes: a count's own, no noun (session 26)
_NOT_MODIFIER = (r"(?:and|or|of|the|a|an|were|was|had|have|has|are|is|be|more|other|times|per|onto|into|to|from"
                 r"|for|with|in|on|at|by|against|under|over|near|than|as|each|who|which|that|this|these|those"
                 # verbs of becoming: '340 became casualties' counts 340, no 'became casualties' (auditen6)
                 r"|became|become|becomes|remained|remain|seemed|got)")
_PARTICIPLE_NOUN = r"(?:killed|wounded|dead|missing|captured|sick)"
# The head is a plural noun ('lines', 'infantrymen'); a demonym may come first ('150,000 Chinese
# collaborators') and a second plural may be coordinated ('30,000 Japanese and collaborators').
PLURAL_HEAD = rf"(?:(?!{_PARTICIPLE_NOUN}\b){NOUN}|(?!{_NOT_PLURAL}\b)[a-z]{{2,14}}s|[a-z]{{2,12}}men)"
PLURAL_COUNT_RE = re.compile(
    rf"(?<![\w.,$£¥/-])(?:(?P<approx>{APPROX})\s+)?(?P<num>{NUM})(?P<range>{RANGE_TAIL})?"
    # a vague magnitude in the plural takes `of` before a plural of persons, read by its agent ending ('tens of
    # thousands of volunteers', 'hundreds of refugees', 'many thousands of prisoners'; session 26 s26enper; the
    # things and distances of QUANTITY_RE's nouns take `of` there)
    rf"\s+(?:(?<=[sS]\s)of\s+(?=(?:[a-z-]{{3,14}}\s+){{0,2}}[a-z]{{2,14}}(?:ers|ees|ians|ans|men|ists|ors|ants|ents)"
    rf"(?![\w-])))?(?P<noun>{ADJ}?(?:(?!(?:{_NOT_MODIFIER}|{NOUN})\b(?![-\u2013]))[a-z]{{2,14}}(?:[-\u2013][a-z]{{2,10}})?\s+){{0,3}}?"   # lazy: the first plural head ends it (s22en2)
    rf"{PLURAL_HEAD}(?:\s+(?:and|or)\s+{ADJ}?{PLURAL_HEAD})?)(?!\w|-(?!-)|\u2013\w)"
)
# --------------------------------------------------------------------------- where a count can start
# Every match of QUANTITY_RE and PLURAL_COUNT_RE starts (after the same look-behind) with an approximator,
# '~', a currency sign, a digit or a number word of NUM. Their case-insensitive alternatives cost `re`
# a walk through every alternative at each word start; this anchor (zero width) finds the few places
# where one of those first words (an approximator with the space after it) or signs stands, spelled with explicit case classes (a trie `re`
# turns away in one class test per branch), and the two patterns are tried there only
# (_matches_at: the same matches as finditer). A first word found as a prefix of a longer
# word ('tent') is only a try more.
_FIRST_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
                "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety "
                "several tens hundreds thousands millions dozens half many").split()   # many: session 26
_A_FORMS = ("a hundred", "a thousand", "a dozen", "a million", "a quarter", "a few")   # NUM's a\s+…
# the characters `(?i)` matches for a Latin letter beyond its two cases (İ ı for i, ſ for s, K for k)
_CASE_EXTRAS = "\u0130\u0131\u017f\u212a"


def _case_class(char: str) -> str:
    """A class of every character `(?i)char` matches (char a Latin letter), or the escaped character."""
    if not char.isascii() or not char.isalpha():
        return re.escape(char)
    same = {c for c in {char.lower(), char.upper()} | set(_CASE_EXTRAS)
            if re.fullmatch(f"(?i:{re.escape(char)})", c)}
    return "[" + "".join(sorted(same)) + "]"


def _caseless_trie(words) -> str:
    """trie_regex's shape over `words` (lower case; ' ' for \\s+, possessive: a letter
    follows it), each letter a case class."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
    def render(node: dict) -> str:
        branches = [(r"\s++" if char == " " else _case_class(char)) + render(child) for char, child in sorted(node.items())]
        return "" if not branches else branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return render(trie)


def _count_start_anchor() -> re.Pattern:
    words = set(_FIRST_WORDS) | set(_A_FORMS) | {form + " " for form in norm_en.APPROX}   # an approximator and its \s+
    words = {word for word in words if not any(other != word and word.startswith(other) for other in words)}
    return re.compile(rf"(?<![\w.,$£¥/-])(?=[\d~$£¥U]|{_caseless_trie(words)})")


COUNT_START_ANCHOR = _count_start_anchor()


def matches_at(pattern: re.Pattern, text: str, starts: list[int]):
    """`pattern.finditer(text)` for a pattern that never matches empty and whose every match starts
    at one of `starts` (in order): tried there only, from the end of the last match."""
    floor = 0
    for at in starts:
        if at >= floor:
            m = pattern.match(text, at)
            if m is not None:
                yield m
                floor = m.end()


# Counts followed by a participle are bare counts (rule 9; '2,369 killed', 'more than 20,000 poisoned'),
# as are figures carrying a footnote mark in an infobox ('200,000[2]', '5,764–7000[2]', '20,000+[7]').
_PARTICIPLES = (r"(?:killed|wounded|dead|missing|captured|poisoned|executed|injured|drowned|massacred|murdered"
                r"|imprisoned|interned|evacuated|deported|taken\s+prisoner"
                # verbs of dying and leaving after a count of people ('some 3–4 million died')
                r"|died|perished|starved|fled|surrendered|deserted)")
# (Both are searched back from their anchor, the participle or the mark: tried at every position of a
# long text they would cost more than the rare anchors.)
PARTICIPLE_COUNT_RE = re.compile(
    rf"(?<![\w.,$£¥/\[-])(?P<q>(?:{APPROX}\s+)?(?P<num>{NUM}){RANGE_TAIL}?\+?)(?:\[\d{{1,3}}\]){{0,3}}"
    rf"\s+{_PARTICIPLES}\b"
)
PARTICIPLE_ANCHOR = re.compile(rf"\b{_PARTICIPLES}\b")
FOOTNOTE_COUNT_RE = re.compile(
    rf"(?<![\w.,$£¥/\[-])(?P<q>(?:{APPROX}\s+)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}})(?:{RANGE_TAIL})?\+?)"
    rf"\s?\[\d{{1,3}}\]"
)
FOOTNOTE_ANCHOR = re.compile(r"(?<=[\d+ ])\[\d{1,3}\]")


def _anchored(pattern: re.Pattern, anchor: re.Pattern, text: str, window: int = 60):
    """Matches of `pattern` that end where an `anchor` match ends, searched back from each anchor."""
    for found in anchor.finditer(text):
        pos = max(0, found.start() - window)
        while True:
            m = pattern.search(text, pos, found.end())
            if m is None or m.end() == found.end():
                break
            pos = m.start() + 1
        if m is not None:
            yield m
# A flattened infobox: the lines after 'Strength' count formations ('2 Infantry Divisions',
# 'approx. 1 Infantry Brigade', '1 "Chindit" Brigade'); there a number before an echelon is a count, not
# a designation.
STRENGTH_BLOCK_RE = re.compile(r"(?m)^Strength\b[^\n]{0,40}\n(?P<block>(?:(?!Casualties)[^\n]{0,300}\n?){1,12})")
# The figures of a flattened infobox's 'Strength' and 'Casualties (and losses)' rows are bare counts
# ('200,000 |', '4,064 5,764–7000'; the footnote marks are gone from the working text).
FIGURE_BLOCK_RE = re.compile(r"(?m)^(?:Strength|Casualties(?:\s+and\s+losses)?)\b[^\n]{0,40}\n"
                             r"(?P<block>(?:(?!Casualties|Strength)[^\n]{0,300}\n?){1,8})")
FIGURE_RE = re.compile(
    rf"(?<![\w.,$£¥\[~-])(?P<q>(?:{APPROX}\s+|~\s?)?(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{2,7}}){RANGE_TAIL}?\+?)"
    rf"(?![\w%\]-]|[.,]\d)")
STRENGTH_COUNT_RE = re.compile(
    rf"(?<![\w.,-])(?:(?:approx\.|about|c\.|some|over)\s+)?\d{{1,3}}\s+(?P<unit>(?:\"[A-Z][a-z]{{1,20}}\"\s+|[A-Z][a-z]{{1,20}}\s+){{0,2}}"
    rf"(?:Divisions?|Brigades?|Regiments?|Battalions?|Corps|Armies|Army|Companies|Company|Squadrons?|Groups?))\b"
)

# A number that refers to a page, chapter or item is no count ('page 12 states').
# `number` as a verb after `to` or a modal is a strength (`reported to number 50,000 men`, `will number 5,000
# men`; session 22, s22en2), no reference word.
_REFERENCE_BEFORE = re.compile(r"(?i)\b(?:pages?|pp?\.|no\.|nos\.|(?<!\bto )(?<!\bwill )(?<!\bwould )(?<!\bmay )(?<!\bmight )(?<!\bshould )(?<!\bcould )(?<!\bshall )number|chapter|vol\.|volume|figure|table)\s*$")

# A bare count that clearly counts people or things (rule 9: 阵亡4000 → 4000, unit ""):
# after a casualty/strength word or verb ("losses of 56,944", "casualties totalled 19,380",
# "killed 3,000", "a garrison numbering 17,000"), or before "were killed/captured".
_COUNT_NOUN = (r"(?:[Ll]osses|[Cc]asualties|[Dd]ead|[Dd]eaths|[Dd]eath\s+toll|[Tt]oll|[Kk]illed|[Ww]ounded|[Ss]trength"
               r"|[Gg]arrison|[Pp]risoners|[Tt]otal|[Ff]orces?|[Aa]rmy|[Tt]roops"
               # the bodies of men of the warlord era's press and memoirs ('a gang of some 400', 'a band of 300';
               # auditen7)
               r"|[Gg]ang|[Bb]and|[Hh]orde|[Mm]ob|[Cc]ontingent|[Dd]etachment"
               # a side's loss as a predicate ('the Japanese loss was 100'; session 33 w33enunit), not 'the loss of'
               r"|[Ll]oss(?=\s+was\b))")
_COUNT_LINK = (r"(?:of|at|were|was|reached|numbered|totall?ed|totall?ing|amounted\s+to|came\s+to|stood\s+at"
               r"|exceeded|of\s+about|:"
               # 'casualties ran to 90,000', 'losses were put at', 'the death toll is estimated at'
               r"|ran\s+to|rose\s+to|climbed\s+to|topped|(?:were|was|are|is)\s+(?:estimated|put|given)\s+at)")
_COUNT_VERB = (r"(?:killed|lost|captured|wounded|suffered|inflicted|evacuated|numbering|numbered|totall?ing"
               r"|totall?ed|mustered|fielded|amounted\s+to|took"
               # the participle of 'lost', counted bare ('the Japanese only losing eight'; session 33 w33enunit, read
               # from the golds' bare counts after verbs of loss in eight sets; 'sank|sunk|shot down' added a false
               # span on the audits' held-out passages and were left out)
               r"|losing)")
BARE_COUNT_RE = re.compile(
    rf"(?<![\w-])(?:{_COUNT_NOUN}(?:\s+{_COUNT_LINK}|:)|{_COUNT_VERB}(?:\s+(?:alive|altogether|in\s+all|in\s+total|only))?)\s+"
    rf"(?P<q>(?:{APPROX}\s+)?(?P<num>{NUM}))(?![\w%$£¥-]|[.,]\d)"
    rf"|(?<![\w.,$£¥/-])(?P<q2>(?:{APPROX}\s+)?(?P<num2>{NUM}))"
    # the passive of killing, also in the absolute ('some twenty thousand being massacred', auditen6)
    rf"(?=\s+(?:were|had\s+been|was|being)\s+(?:killed|wounded|captured|lost|missing|taken\s+prisoner|evacuated"
    rf"|massacred|executed|murdered|slain|slaughtered|butchered|drowned|put\s+to\s+death)\b"
    rf"|\s+became\s+(?:casualties|prisoners|fatalities)\b"     # '340 became casualties' (auditen6)
    rf"|\s+of\s+(?:them|whom|these|those)\s+(?:were\s+|had\s+been\s+)?(?:killed|dead|wounded|captured|missing)\b"
    # a strength ('a force 300,000 strong') and a part of a counted whole ('two of the bombers')
    rf"|\s+strong\b"
    # (session 32, w32en, read across audit22, audit26, audit30, real-dev, real-dev2 and real-dev6: up to two words
    # before the noun, 'two of his most trusted generals', 'nine hundred of the fifteen hundred defenders', and a
    # people or a corps in the plural, 'Two hundred of the Fusiliers', 'three of the Boers')
    rf"|\s+of\s+(?:the|these|those|their|its|our|his|her|my)\s+(?:[a-z]{{3,12}}\s+){{0,2}}"
    rf"(?:{NOUN}|[a-z]{{2,14}}s|[A-Z][a-z]{{2,14}}s)(?![\w-]))"
)
# Where a BARE_COUNT_RE match can start: a casualty or strength word or verb (its first alternative, written
# with explicit cases: `re` skips in C), or a count start (its second: COUNT_START_ANCHOR).
BARE_COUNT_WORD_ANCHOR = re.compile(rf"(?<![\w-])(?={_COUNT_NOUN}|{_COUNT_VERB})")


# an order word before a part of a whole ('the first two of the three', 'the last three of them'; session 32)
_PLACE_IN_ORDER_BEFORE = re.compile(r"(?<![\w-])(?:first|last|next)\s+$")


# A figure grouped by thousands standing alone counts something (rule 9's bare count): in running text
# a number written '12,000' is neither a year, a day nor a designation ('the Japanese 80,000', 'only
# 3,000 reached the north', '10,000 to 20,000 by other accounts'). Millions written with a numeral count
# the same way ('some 1.5 million'). Searched from the group itself, a rare shape; the approximator
# before it is read back.
GROUPED_FIGURE_RE = re.compile(
    rf"(?<![\w.,$£¥/\[#-])(?P<num>\d{{1,3}}(?:,\d{{3}})+(?!,\d)|\d{{1,3}}(?:\.\d{{1,2}})?\s+million)"
    rf"(?P<range>{RANGE_TAIL})?(?![\w%$£¥-]|[.,]\d)")
GROUPED_FIGURE_RE = guarded(GROUPED_FIGURE_RE)
APPROX_BEFORE = re.compile(rf"(?<![\w-])(?P<approx>{APPROX})\s+$|~\s?$")
# a number in words of several parts and its counted noun, tried only in a text that holds 'hundred' or
# 'thousand' (the longer span wins over the 'three thousand' that QUANTITY_RE reads)
COMPOUND_COUNT_RE = re.compile(
    rf"(?<![\w-])(?P<num>(?i:{COMPOUND_WORDS}))"
    rf"(?:\s+(?:of\s+)?(?P<adj>{ADJ}{{1,2}})?(?P<noun>{NOUN})(?![\w-]))?")
_COMPOUND_CUE = re.compile("(?i)hundred|thousand")
# An age (rule 14: ages are QUANTITY): 'aged 62', 'at the age of 45', 'died at 31' is left alone (a time too)
AGE_RE = re.compile(r"\b(?:[Aa]ged|[Aa]ge\s+of|[Aa]ges\s+of)\s+(?P<q>\d{1,3}|[a-z]{3,9}(?:-[a-z]{3,5})?)(?![\w-]|[.,]\d)")


# the patterns of the functions below, compiled once (re's cache lookup, and for some an f-string, were made
# at every candidate)
_YEAR_WORD_BEFORE = re.compile(r"(?<![\w-])(?:[Ii]n|[Bb]y|[Tt]he|of|[Ss]ince|[Uu]ntil|[Dd]uring|from|to|[Aa]fter|[Bb]efore)"
                               r"[ \t]+$")
_YEAR_NUMBER = re.compile(YEAR)      # (YEAR is 1[6-9]\d\d|20\d\d)
_PARTICIPLE_NOUN_RE = re.compile(r"killed|wounded|missing|captured|dead")
_DAY_NUMBER = re.compile(r"0?[1-9]|[12]\d|3[01]")
_NEXT_WORD_START = re.compile(r"[ \t]+(\S)")
_TIME_WORD_BEFORE = re.compile(r"(?i:\b(?:on|by|until|till|from|since|after|before|of))[ \t]+$")
_DIGIT = re.compile(r"\d")
_DAY_OPENING = re.compile(rf"{DAY}\s")
_DAY_MONTH_OPENING = re.compile(rf"{DAY}\s+(?:of\s+)?{MONTH}")
_MONTH_DAY_END = re.compile(rf"{MONTH}\s+{DAY}$")


def find_dates(text: str, out: list) -> None:
    for m in BARE_DAY_RE.finditer(text):
        out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_date", DATE_PRIORITY - 2))
    for m in DATE_RE.finditer(text):
        span = m.group()
        if span.startswith("May") and not _DIGIT.search(span) and not MAY_CONTEXT.search(text[max(0, m.start() - 12): m.start()]):
            continue
        start, end = m.start(), m.end()
        if not span[:1].isdigit() or _DAY_OPENING.match(span):
            weekday = WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
            if weekday:                   # 'Monday, 8 December': the day of the week belongs to the date
                start = weekday.start()
        out.append(Candidate(start, end, "DATE", "rule:en_date", DATE_PRIORITY))
        window = max(0, start - 12)
        before = DAY_BEFORE_RANGE.search(text[window:start])
        if before and _DAY_MONTH_OPENING.match(span):
            out.append(Candidate(window + before.start(1), window + before.end(1), "DATE", "rule:en_date",
                                 DATE_PRIORITY))
        if _MONTH_DAY_END.search(span):
            after = DAY_AFTER_RANGE.match(text, end)
            if after:         # 'June 14-15, 1944': the second end keeps its year ('15, 1944')
                out.append(Candidate(after.start(1), after.end(2) if after.group(2) else after.end(1), "DATE",
                                     "rule:en_date", DATE_PRIORITY))
        if _YEAR_NUMBER.fullmatch(span):
            after = YEAR_AFTER_RANGE.match(text, end)
            if after:
                out.append(Candidate(after.start(1), after.end(1), "DATE", "rule:en_date", DATE_PRIORITY,
                                     {"value": span[:2] + after.group(1)}))


# A digit and a space right before a number: the number is the tail of a grouped one ('400 000').
_GROUP_TAIL = re.compile(r"(?<![\d,.])\d{1,3}[ \u00a0\u202f\u2009]\d{3}(?!\d)")


def _group_tail(text: str, start: int) -> bool:
    """'000 soldiers' of '400 000 soldiers' is no count of its own; '474 guns' after the figure '201,000 '
    (an infobox's strength and its guns) is one: a tail is three digits after a group of one to three."""
    return any(m.end() == start + 3 for m in _GROUP_TAIL.finditer(text, max(0, start - 4), start + 4))


# A day of the month after its month ('On June 24 Japanese troops landed'): the DATE's, no count (session 7, en9).
_MONTH_BEFORE = re.compile(r"(?<![\w-])(?:January|February|March|April|May|June|July|August|September|October"
                           r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?[ \t]+$")


def _day_of_month(text: str, m: re.Match) -> bool:
    """A day after its month, unless a lower-case noun follows it after a month read as a time ('In March 12
    divisions moved' counts divisions; 'On June 24 Japanese troops landed' is a date)."""
    if _DAY_NUMBER.fullmatch(m.group("num")) is None:
        return False
    month = _MONTH_BEFORE.search(text, max(0, m.start() - 11), m.start())
    if month is None:
        return False
    after = _NEXT_WORD_START.match(text[m.end("num"):m.end("num") + 3])
    return bool(after and after.group(1).isupper()) or _TIME_WORD_BEFORE.search(
        text[max(0, month.start() - 8):month.start()]) is not None


# half a unit of time or distance ('half an hour', 'about half-a-mile', 'half a day's march'): a duration or a
# distance as the spec's 半年 is (value 0.5, the unit as written; session 26 s26enper)
HALF_MEASURE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<approx>{APPROX})\s+)?[Hh]alf[ -]an?[ -](?P<unit>hour|day|mile|league|week|month|year|century"
    r"|minute|yard|kilometre|kilometer|ton)(?![\w-])")


def find_quantities(text: str, out: list) -> None:
    if "alf" in text:
        for m in HALF_MEASURE_RE.finditer(text):
            approx = norm_en.APPROX.get(m.group("approx").lower().split()[0]) if m.group("approx") else None
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_half_measure", QUANTITY_PRIORITY,
                                 {"value": 0.5, "unit": m.group("unit"), "approx": approx}))
    count_starts = [m.start() for m in COUNT_START_ANCHOR.finditer(text)]   # one scan for both patterns
    for m in matches_at(QUANTITY_RE, text, count_starts):
        if _day_of_month(text, m):
            continue
        if m.group("bare") is not None and not m.group("cur"):
            continue
        if _group_tail(text, m.start()):
            continue            # '000 soldiers' of '400 000 soldiers' is no count of its own
        if _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue            # 'No. 1 Chinese financier', 'page 12 men': a rank or reference number (auditen12)
        if m.group("noun") and not m.group("adj") and _PARTICIPLE_NOUN_RE.fullmatch(m.group("noun")):
            continue            # '2,369 killed': a bare count (PARTICIPLE_COUNT_RE)
        num = m.group("num")
        if _YEAR_NUMBER.fullmatch(num) and not m.group("pct") and not m.group("cur") and (
                m.group("noun") is None):
            continue
        if _YEAR_NUMBER.fullmatch(num) and m.group("noun") and m.group("noun")[:1].isupper() and not m.group("approx") \
                and _YEAR_WORD_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue            # 'In 1944 Greeks fled', 'the 1945 Legionnaires reunion': a year (session 29)
        unit_start = None
        if m.group("noun"):
            unit_start = (m.start("adj") if m.group("adj") else m.start("noun")) - m.start()
        elif m.group("hnoun"):
            unit_start = m.start("hnoun") - m.start()
        norm = norm_en.normalize_quantity_en(m.group(), unit_start)
        if norm["value"] is None:
            continue
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_quantity", QUANTITY_PRIORITY, norm))
    for m in matches_at(PLURAL_COUNT_RE, text, count_starts):
        if _group_tail(text, m.start()) or _day_of_month(text, m):
            continue
        if _YEAR_NUMBER.fullmatch(m.group("num")) or m.group("num").lower() == "one" \
                or _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            continue
        norm = norm_en.normalize_quantity_en(m.group(), m.start("noun") - m.start())
        if norm["value"] is not None:
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_count", QUANTITY_PRIORITY - 3, norm))
    for pattern, anchor in ((PARTICIPLE_COUNT_RE, PARTICIPLE_ANCHOR), (FOOTNOTE_COUNT_RE, FOOTNOTE_ANCHOR)):
        for m in _anchored(pattern, anchor, text):
            if _YEAR_NUMBER.fullmatch(m.group("num")) or m.group("num").lower() == "one" \
                    or _REFERENCE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue
            norm = norm_en.normalize_quantity_en(m.group("q"))
            if norm["value"] is not None:
                out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_bare_count",
                                     QUANTITY_PRIORITY - 1, {**norm, "unit": ""}))
    for block in FIGURE_BLOCK_RE.finditer(text):
        for m in FIGURE_RE.finditer(text, block.start("block"), block.end("block")):
            if _YEAR_NUMBER.fullmatch(m.group("num")):
                continue
            norm = norm_en.normalize_quantity_en(m.group("q"))
            if norm["value"] is not None:
                out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_bare_count",
                                     QUANTITY_PRIORITY - 2, {**norm, "unit": ""}))
    for block in STRENGTH_BLOCK_RE.finditer(text):
        for m in STRENGTH_COUNT_RE.finditer(text, block.start("block"), block.end("block")):
            norm = norm_en.normalize_quantity_en(m.group(), m.start("unit") - m.start())
            if norm["value"] is not None:
                out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_strength_count",
                                     QUANTITY_PRIORITY + 15, norm))
    counted = None
    for m in GROUPED_FIGURE_RE.finditer(text):
        start = m.start()
        if counted is None:             # the figures already read as counts above need nothing more
            counted = bytearray(len(text) + 1)
            for c in out:
                if c.label == "QUANTITY":
                    counted[c.start:c.end] = b"\x01" * (c.end - c.start)
        if counted[start]:
            continue
        if _group_tail(text, start) \
                or _REFERENCE_BEFORE.search(text, max(0, start - 12), start):
            continue
        line_start = text.rfind("\n", max(0, start - 300), start) + 1
        if "|" in text[max(line_start, start - 300):start]:
            continue            # a table row: its figure fields are read by the infobox rules (english_infobox)
        before = APPROX_BEFORE.search(text, max(0, start - 24), start)
        if before:
            start = before.start()
        norm = norm_en.normalize_quantity_en(text[start:m.end()])
        if norm["value"] is not None:
            out.append(Candidate(start, m.end(), "QUANTITY", "rule:en_bare_count",
                                 QUANTITY_PRIORITY - 4, {**norm, "unit": ""}))
    if _COMPOUND_CUE.search(text):
        # the scale word comes at most 14 characters after the start ('seventy-seven thousand')
        for m in anchored_finditer(COMPOUND_COUNT_RE, text, _COMPOUND_CUE, 14):
            start = m.start()
            before = APPROX_BEFORE.search(text, max(0, start - 24), start)   # 'some three thousand …'
            if before:
                start = before.start()
            unit_start = None
            if m.group("noun"):
                unit_start = (m.start("adj") if m.group("adj") else m.start("noun")) - start
            norm = norm_en.normalize_quantity_en(text[start:m.end()], unit_start)
            if norm["value"] is not None:
                out.append(Candidate(start, m.end(), "QUANTITY", "rule:en_quantity", QUANTITY_PRIORITY, norm))
    for m in literal_finditer(AGE_RE, text):
        norm = norm_en.normalize_quantity_en(m.group("q"))
        if norm["value"] is not None and 0 < norm["value"] < 130:
            out.append(Candidate(m.start("q"), m.end("q"), "QUANTITY", "rule:en_age", QUANTITY_PRIORITY - 1,
                                 {**norm, "unit": ""}))
    bare_starts = sorted({*count_starts, *(m.start() for m in BARE_COUNT_WORD_ANCHOR.finditer(text))})
    for m in matches_at(BARE_COUNT_RE, text, bare_starts):
        group = "q" if m.group("q") else "q2"
        num = m.group("num") or m.group("num2")
        if _YEAR_NUMBER.fullmatch(num) or num.lower() == "one":
            continue
        if group == "q2" and _PLACE_IN_ORDER_BEFORE.search(text, max(0, m.start(group) - 8), m.start(group)):
            continue            # 'the first two of the three troopships': a place in an order, no count (session 32)
        norm = norm_en.normalize_quantity_en(m.group(group))
        if norm["value"] is None:
            continue
        out.append(Candidate(m.start(group), m.end(group), "QUANTITY", "rule:en_bare_count",
                             QUANTITY_PRIORITY - 1, {**norm, "unit": ""}))


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
FOOTNOTE_ANCHOR = guarded(FOOTNOTE_ANCHOR)
_REFERENCE_BEFORE = guarded(_REFERENCE_BEFORE)
DATE_RE = guarded(DATE_RE)
DAY_BEFORE_RANGE = guarded(DAY_BEFORE_RANGE)
BARE_DAY_RE = guarded(BARE_DAY_RE)
MAY_CONTEXT = guarded(MAY_CONTEXT)
AGE_RE = guarded(AGE_RE)
COMPOUND_COUNT_RE = guarded(COMPOUND_COUNT_RE)
