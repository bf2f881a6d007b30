"""The grammar the English finder's generators share (pipeline.rules.english and its english_* modules): letter
classes and capitalised names (CAP, NAME), ordinals (ORD), echelons and the numbered-unit pattern (UNIT_RE), event
heads and names (EVENT_RE, EVENT_HEAD_RE), place suffixes and compass regions, ranks and the names after them
(RANK_PERSON_RE), romanised Chinese names (CHINESE_NAME_RE), the words that open no name, and the label
priorities (PRIORITY). Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import guarded
from pipeline.lexicons import longest_first

D = "[-\u2010\u2011\u2013\u2014]"  # hyphen or dash
UP = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u01a0\u01af\u1e00-\u1eff"   # Latin capitals with diacritics (Lạng Sơn, Ōita)
# with the horned o and u of Vietnamese (Sơn, Ưng): 'Battle of Lạng Sơn' was cut at the ơ (auditen6)
LOW = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f\u01a1\u01b0\u1e00-\u1eff"
# Changsha, Ichi-Go, Xi'an; a Scottish or Irish patronymic prefix before a capital (Operation MacArthur, auditen6)
CAP = rf"(?:Ma?c(?=[A-Z]))?[{UP}][{LOW}'\u2019]{{0,30}}(?:-[A-Za-z][{LOW}'\u2019]{{0,30}}){{0,3}}"
NAME = rf"{CAP}(?:\s+{CAP}){{0,3}}"
# Names joined by a dash (Xuzhou–Kaifeng, Wuhan - Nanchang); a plain hyphen without a space is part of
# CAP already, so the two never compete (no backtracking blow-up on long hyphen chains).
DJOIN = r"(?:\s*[\u2010\u2011\u2013\u2014]|\s+-)\s*"
ORD_WORDS = sorted(norm_en.WORD_ORDINALS, key=longest_first)
# 22nd, 5307th, and the US Army's 2d / 3d / 22d.
def _word_ordinal(word: str) -> str:
    """'ninety-fourth' -> a pattern for Ninety-fourth and Ninety-Fourth."""
    head, _, tail = word.partition("-")
    if not tail:
        return word.capitalize()
    return f"{head.capitalize()}{D}[{tail[0]}{tail[0].upper()}]{tail[1:]}"


ORD = r"(?:\d{1,4}(?:st|nd|rd|th)|\d{0,3}[23]d|" + "|".join(_word_ordinal(w) for w in ORD_WORDS) + ")"
ROMAN = r"(?:X{1,3}(?:IX|IV|V?I{0,3})|IX|IV|V?I{1,3}|V)"
# Qualifiers before the number (Provisional 2nd Army, Independent Mixed 7th Brigade) and
# between number and echelon (7th Independent Mixed Brigade, 3rd Field Artillery Regiment).
QUAL = (r"(?:Provisional|Temporary|New|Reserve|Preparatory|Reorgani[sz]ed|Honou?r|Independent\s+Mixed"
        r"|Independent|Tank|Armou?red|Cavalry"
        # the arm before the number, as Korean and Japanese designations are translated ('the Infantry 3rd
        # Division', 'Artillery 7th Regiment' = 步兵第3师 / 炮兵第7联队; s19enunit): inside the span, as 步兵第225连队
        r"|Infantry|Artillery)")
INNER_QUAL = (r"(?:Independent\s+Mixed|Independent\s+Infantry|Independent|Mixed|Tank|Armou?red|Mechani[sz]ed"
              r"|Cavalry|[Ii]nfantry|Mountain\s+Artillery|Field\s+Heavy\s+Artillery|Field\s+Artillery"
              r"|Heavy\s+Artillery|Artillery|Engineer|Transport|Mountain|Guards\s+Tank|Guards\s+Rifle|Guards"
              r"|Red\s+Banner|Rifle|Shock|Depot|Garrison|Composite|Marine)")

SINGULAR_ECHELONS = ["Area Army", "Group Army", "Army Group", "War Area", "War Zone", "Warzone", "Route Army", "Air Army",
                     "Expeditionary Army", "Air Force", "Air Division", "Air Brigade", "Air Regiment",
                     "Bomber Command", "Fighter Command", "Bombardment Wing", "Bombardment Group",
                     "Bomb Group", "Fighter Group", "Air Group", "Fighter Squadron", "Bomb Squadron",
                     # the CCP's field armies by number (13th Field Army; the named ones are in forces_en.tsv)
                     "Field Army",
                     "Squadron", "Army", "Corps", "Division", "Brigade",
                     "Regiment", "Battalion", "Company", "Fleet", "Column", "Detachment", "Wing",
                     # a numbered platoon heads a comma chain of its parents ('3d Platoon, Company D, 7th Marines')
                     "Platoon",
                     # USAAF echelons and units of the CBI (10th Army Air Force, 1st Air Commando Group,
                     # 5318th Air Unit, 5307th Composite Unit) and the abbreviations of order-of-battle lists
                     "Army Air Force", "Air Commando Group", "Troop Carrier Group", "Combat Cargo Group",
                     "Air Unit", "Unit", "AAF", "Bn", "BN", "Bde",
                     # the division without its full stop, as war diaries and memoirs write it: '17th Indian Div',
                     # '33rd and 15th Div' (with the stop english_designations reads it; auditen9)
                     "Div",
                     # a US Marine regiment is named by its plural: the 5th Marines
                     "Marines",
                     # USAAF squadrons and groups by their arm
                     "Pursuit Group", "Pursuit Squadron", "Bombardment Squadron", "Troop Carrier Squadron",
                     "Reconnaissance Squadron", "Photographic Squadron", "Heavy Bombardment Group",
                     "Medium Bombardment Group", "Photo Reconnaissance Group", "Air Service Group",
                     "Air Depot Group", "Air Transport Squadron"]


def _echelon_alternation(words: list[str]) -> str:
    forms = set()
    for word in words:
        for form in (word, norm_en.plural_of(word)):
            forms.add(form)
            forms.add(form.lower())
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=longest_first)) + ")"


ECHELON = _echelon_alternation(SINGULAR_ECHELONS)
# A nationality or country word that is part of a Commonwealth designation (1st Burma Division,
# 17th Indian Division, 11th East African Division, XV Indian Corps); its side is in norm_en.SIDE_WORDS.
NATION = (r"(?:Burma|Burmese|Indian|British|Gurkha|East\s+African|West\s+African|African|Australian"
          r"|Canadian|New\s+Zealand|Chindit|Chinese|Japanese|American|U\.S\.|US"
          # the abbreviations of the Korean War's armies (42nd CCF Army, 124th CCF Division, 1st ROK Division)
          r"|CCF|PVA|CPV|ROK|KPA|NKPA|PLA|NRA|IJA"
          r"|NVA|PAVN|ARVN"       # and of the Vietnam War's (the 1st NVA division, auditen6)
          r"|A\.I\.F\.|AIF)")   # the 50th Chinese Division; the 22nd and 27th A.I.F. Brigades (en12)
# Capitalised singular echelons written after a cardinal in British style (4 Corps, 17 Division, 11 Army).
CARDINAL_ECHELON = (r"(?:Area\s+Army|Group\s+Army|Army\s+Group|War\s+Area|Air\s+Force|Air\s+Army|Air\s+Regiment"
                    r"|Army|Corps|Division|Brigade|Regiment"
                    r"|Battalion|Squadron|Fleet)")
UNIT_RE = re.compile(
    rf"(?<![\w-])(?:HQ\s+)?(?:{QUAL}\s+)?{ORD}(?:\s*,\s*(?:{QUAL}\s+)?{ORD})*(?:,?\s+(?:and|&|or)\s+(?:{QUAL}\s+)?{ORD})?"
    rf"\s+(?:(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{ECHELON}"
    # the Red Army's fronts by number and region (1st Far Eastern Front, 2nd Belorussian Front)
    rf"|(?:Far\s+Eastern|Belorussian|Byelorussian|Ukrainian|Baltic)\s+Fronts?)\b"
    # Roman-numbered corps in a list sharing the echelon (rule 4: `the XX and XXI Corps`, `I, II and III Corps`;
    # session 34 w34enunit, from stored WWI and WWII pages); a lone one as before
    # (the pronoun is no first member: 'As I and X Corps veterans recall' unless the list goes on 'I and II')
    rf"|(?<![\w-])(?<!War\s){ROMAN}(?:(?<!\bI)(?:\s*,\s*{ROMAN})*,?\s+(?:and|&)\s+{ROMAN}(?=\s+(?:{NATION}\s+)?Corps\b)"
    rf"|(?<=\bI)\s*,\s*{ROMAN}(?:\s*,\s*{ROMAN})*,?\s+(?:and|&)\s+{ROMAN}(?=\s+(?:{NATION}\s+)?Corps\b)"
    rf"|(?<=\bI)\s+(?:and|&)\s+II(?=\s+(?:{NATION}\s+)?Corps\b))?"
    rf"(?:\s+(?:{NATION}\s+)?(?:Corps|Army\s+Group|Bomber\s+Command|Fighter\s+Command|Air\s+Support\s+Command"
    # a numbered army in roman figures, as British histories write Slim's ('XIV Army'; s19enunit); not 'World War I Army'
    rf"|Army(?![\w-])(?!\s+(?:Group|Air|Corps|Service|Command)\b))\b"
    rf"|(?:st|nd|rd|th)\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{ECHELON}\b)"        # XXth Army Group, IVth Corps
    rf"|(?:(?<![\w-])(?:HQ\s+)?{QUAL}\s+|(?<![\w-])HQ\s+|(?<![\w,.$£¥-]))\d{{1,3}}\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{CARDINAL_ECHELON}\b"
    rf"(?!\s+(?:of|strong)\b)"                                             # New 38 Division
)

EVENT_HEADS = (r"Campaign|Offensive|Operation|Incident|Massacre|Famine|Conference|Expedition|Uprising|"
                r"Rebellion|Revolution|Agreement|Treaty|Declaration|Mutiny|Crisis|Flood|Raid|Counteroffensive|Ambush|"
                r"Accord|Armistice|Truce|Protocol|Convention|Emergency|Confrontation")
NOT_NAME_START = {"The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
                  "In", "On", "At", "By", "For", "From", "After", "Before", "During", "When", "While",
                  "Japanese", "Chinese", "American", "Allied", "British", "Nationalist", "Communist",
                  "Soviet", "Major", "Another", "Each", "Every", "Both", "Its", "Second", "First"}
# Japanese operation code names written without "Operation": '<X>-Go' (Ichi-Go, U-Go, Sho-Go 1) with an
# optional number; joined forms (Kogo, Togo 1) come from operations_jp.tsv.
CODE_NUMBER = r"(?:\s+(?:[1-9]|I{1,3}|IV|V)(?![\w-]))"
JP_CODE_NAME = rf"(?:[A-Z][a-z]{{0,4}}{D}[Gg][oō]|[B-HJ-Z]\s+G[oō]){CODE_NUMBER}?"     # Ichi-Go, U Go
EVENT_RE = re.compile(
    rf"(?<![\w-])(?:(?:{ORD})\s+)?(?:Battle|Battles|Siege|Defen[cs]e|Rape|Relief|Capture|Fall|Liberation|Sack"
    # 'the War of the Pacific', 'the War of the Triple Alliance' right after the article (session 27 s27enunit); not
    # 'Secretary of War of the X', not a named war's tail ('the Boer War of the Cape')
    rf"|War(?=\s+of\s+[A-Z])|(?<=[Tt]he\s)War(?=\s+of\s+the\s+[A-Z]))\s+(?:of|for|at)\s+(?:the\s+)?"   # War of Resistance
    rf"{NAME}(?:{DJOIN}{NAME})?"
    rf"|(?<![\w-])Operation\s+No\.[ \t]?\d{{1,2}}(?![\w-])"      # Operation No. 1 (一号作战)
    rf"|(?<![\w-])Operation\s+(?!(?:Battle|Siege|Operation|No\.\s?\d)\b){CAP}(?:\s+{CAP})?(?:\s+{CAP}(?={CODE_NUMBER}))?{CODE_NUMBER}?(?![\w-])"   # a third word only before a number; a whole word (not Operation C|RIMP)
    rf"|(?<![\w-])World\s+War\s+(?:II|I|One|Two|1|2)\b"
    rf"|(?<![\w-]){JP_CODE_NAME}(?![\w-])"
)
# "<Name> Campaign", "<Name> War": find the head word first, then the name before it.
EVENT_HEAD_RE = re.compile(
    rf"\s(?:(?:Conference|Campaign|Offensive|Battle|Incident|Operation|War)s|{EVENT_HEADS}|War(?!\s+(?:Area|Department|Ministry|Office|Cabinet|Council|College|Zone|Minister|Crimes?|Lords?)))\b")
EVENT_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w-])(?:{ORD}\s+)?{NAME}(?:{DJOIN}{NAME}){{0,3}}$")
PLACE_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?P<name>{NAME}(?:{DJOIN}{NAME}){{0,3}})\s+(?P<suffix>"
    r"Provinces|Province|province|County|county|City|Prefecture|Municipality|Falls|Gate|Forts|forts"
    r"|River|river|Mountains|mountains|Mountain|Hills|Hill|Ridge|ridge|Range|Lake|Plain|Plateau|Valley|valley"
    # the lower-case heads of a stream and a mountain, as `river` (session 27, s27enper: `the X stream`, `the X mountain`)
    r"|stream|creek|mountain"
    # a range of hills, heights and a range in lower case after their name (session 30, s30enper: `the Adansi hills`,
    # `the Kerreri hills`, `the Dargai heights`, `the Safed Koh range`; english_base_generators keeps no people's adjective)
    r"|hills|heights|range"
    # the Pashto and Persian heads of a pass, a valley, a mountain, a ravine and a gorge on India's North-West Frontier
    # (session 30, s30enper: `the Chagru Kotal`, `the Kohat Kotal`, `the Khurmana Darra`, `the Safed Koh`)
    r"|Kotal|Darra|Koh|Algad|Tangi"
    # a peak and a cave by their head, a region in lower case, airfields and airports in the plural after the last
    # of a list and a wharf (session 28, s28enorg: `X Peak`, `the X cave`, `the X region`, `X and Y airfields`, `X wharf`)
    r"|Peak|Peaks|Caves|Cave|cave|caves|airfields|airports|Airfields|Airports|wharf|region"
    r"|Corridor|corridor|Strait|Gulf|Bay|Pass|Gap|Island|Islands|Peninsula|peninsula|Reservoir|reservoir"
    r"|Railway|railway|Railroad|railroad|Highway|highway|Road|road|Bridge|bridge|Airfield|airfield|Air\s+Base|airbase|air\s+base|Airport|Canal|Fortress|fortress|Line"
    r"|Field(?!\s+Arm(?:y|ies))|Airdrome|Aerodrome|Airstrip"
    # administrative units of China and of a treaty port: 'Zhabei district', 'Tibet Autonomous Region'
    r"|District|district|Autonomous\s+Region|Region"
    # the foreign settlements of the treaty ports: 'Shanghai International Settlement', 'Tianjin French Concession'
    r"|Settlement|Concession"
    # a federal or princely state by its head (session 29, s29enname: `X state`, `X State` of Nigeria, India, Burma,
    # Malaya, Mexico; english_base_generators keeps only a name that is no people's adjective or everyday word)
    r"|State|state)\b"
    # a river written before its name in lower case after `the` (session 28, s28enorg: `the river X`, as `the X river`)
    r"|(?<![\w-])(?P<pre>Mount|Lake|Fort|Mt\.|(?<=[Tt]he[ ])river)\s+(?P<name2>" + CAP + r")"
)
# Regions named by a compass word: 'North China', 'Upper Burma', 'the Western Pacific', 'south-east Asia'
# (lower case only before a continent or ocean). Countries with a compass word are GPE, not regions.
_COMPASS = r"(?:North|South|East|West)(?:(?:{D}|\s)?(?:[Ee]ast|[Ww]est))?(?:ern)?|Central|Upper|Lower"
_COMPASS_LOWER = r"(?:north|south|east|west)(?:{D}?(?:east|west))?(?:ern)?|central"
REGION_RE = re.compile(
    rf"(?<![\w-])(?:(?:{_COMPASS.format(D=D)})\s+(?:China|Asia|Burma|India|Japan|Manchuria|Indochina|Indo-China"
    rf"|Europe|Africa|Pacific|Atlantic|Siberia|Thailand|Vietnam|Korea|Luzon|Honshu|Hunan|Henan|Hubei|Guangxi"
    rf"|Manchukuo|Mongolia)"
    rf"|(?:{_COMPASS_LOWER.format(D=D)}|upper|lower)\s+(?:Asia|Europe|Africa|Pacific|Atlantic|China|Burma|India"
    rf"|Japan|Manchuria|Manchukuo|Mongolia|Indochina|Thailand|Korea|Hunan|Henan|Hubei|Guangxi|Yunnan|Assam))(?![\w-])"
)
COMPASS_GPES = {"South Africa", "North Korea", "South Korea", "North Vietnam", "South Vietnam", "East Timor",
                "West Germany", "East Germany"}
SUFFIX_LABEL = {"province": "GPE", "provinces": "GPE", "gate": "FAC", "forts": "FAC", "county": "GPE", "city": "GPE", "prefecture": "GPE", "municipality": "GPE",
                "railway": "FAC", "railroad": "FAC", "highway": "FAC", "road": "FAC", "bridge": "FAC",
                "airfield": "FAC", "air base": "FAC", "airbase": "FAC", "airport": "FAC", "canal": "FAC",
                "fortress": "FAC", "line": "FAC", "gap": "LOC", "reservoir": "LOC", "fort": "FAC", "field": "FAC", "airdrome": "FAC",
                "aerodrome": "FAC", "airstrip": "FAC", "airfields": "FAC", "airports": "FAC", "wharf": "FAC",
                "district": "GPE", "autonomous region": "GPE", "region": "GPE", "settlement": "GPE",
                "concession": "GPE", "state": "GPE"}
RANK = (r"(?:Generalissimo|Field\s+Marshal|"
        # the US and British other ranks with a class or grade, before the shorter ranks they open (s19enunit)
        r"Sgt\.\s*1st\s+Class|Sergeant\s+(?:First\s+Class|Major)|Staff\s+Sergeant|Master\s+Sergeant|First\s+Sergeant|"
        r"Cpl\.|Pvt\.|Pte\.|Marshal|(?:Lieutenant|Major|Brigadier)[\s-]+General|General|Gen\.|"
        r"Lt\.\s*Gen\.|Maj\.\s*Gen\.|Brig\.\s*Gen\.|Brigadier|Brig\.|Lieutenant[\s-]+Colonel|Lt\.\s*Col\.|Colonel|Col\.|Major|Maj\.|"
        r"Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Lance\s+Corporal|Corporal|Private\s+First\s+Class|Private|"
        # the other ranks of the Indian Army and of British arms (Sepoy Kewal Singh, Havildar Major ...)
        r"Sepoy|Havildar|Lance\s+Naik|Naik|Jemadar|Subedar|Risaldar|Sowar|Trooper|Sapper|Gunner|Rifleman|(?:Vice|Rear)[\s-]+Admiral|Admiral|"
        r"Commander|President|Vice\s+President|Premier|Prime\s+Minister|Chairman|Minister|Ambassador|Emperor|"
        # civil posts before a name (session 7, en9): Governor Ma, Viceroy Linlithgow, Secretary of State Acheson
        r"Governor(?:[\s-]+General)?|Viceroy|Consul(?:[\s-]+General)?|Mayor|Magistrate|Senator|Commissar|"
        r"Commissioner|Plenipotentiary|Envoy|Taotai|"              # Imperial Commissioner Qishan (session 7, en10)
        r"Secretary\s+of\s+(?:State|War|the\s+Navy|Defense)|Pfc\.|PFC|"
        r"Prince|Madame|Mr\.|Mrs\.|Miss|Dr\.|Lord|Sir|Lady|general|commander|colonel|marshal|captain|lieutenant|"
        # order-of-battle abbreviations in capitals (COL Smith, LTC Jones, GEN Sato)
        r"COL|LTC|LTG|GEN|MAJ|CPT|CAPT|LT|SGT|BRIG|ADM|"
        # and the US Marine Corps' forms without a full stop (LtCol, MajGen, Maj, Capt)
        r"LtCol|LtGen|MajGen|BGen|BrigGen|Maj|Capt|Col|Gen|Lt|Sgt|Adm)")
PERSON_TOKEN = r"(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]+(?:-[a-z]+|-(?!(?:Japanese|Chinese|Soviet|American|British|French|Russian|German|Korean|Indian|Burmese)\b)[A-Z][a-z]{2,}|['\u2019](?!s\b)[a-z]{1,8})?|Mc[A-Z][a-z]+|[OD]['\u2019][A-Z][a-z]+(?:-[A-Z][a-z]+)?)"   # J.N. Chaudhuri
# (an Irish or Norman prefix: O'Neill, D'Arcy, D'Oyly-Lowsley, D'Souza; auditen9)
# A line break inside a name only where prose goes on after it (hard-wrapped pages: 'Maj William B.\nMcKean
# reconnoitered'); otherwise it ends an infobox row or a list item ('COL Hugh Richards\nNote: On').
NAME_SEP = r"(?:[ \t]+|[ \t]*\n[ \t]*(?=(?:[A-Z]\.[ \t]*){0,3}(?:Mc|[OD]')?[A-Z][a-z]+[ \t,]+[a-z]))"
RANK_PERSON_RE = re.compile(rf"(?<![\w.]){RANK}(?:\s+{RANK}){{0,2}}\s+(?P<name>{PERSON_TOKEN}(?:{NAME_SEP}{PERSON_TOKEN}){{0,3}})(?![\w-])")
NOT_PERSON_WORDS = {"Strength", "Casualties", "Result", "Date", "Location", "Belligerents", "Units", "Unit",
                    "Total", "Note", "Colonel", "Major", "Captain", "Lieutenant", "Brigadier", "Sergeant", "Admiral", "Headquarters", "Staff", "Command", "Army", "Armies", "Assembly", "Secretary", "Hospital",
                    "Order", "Orders", "Officer", "Commander", "Chief", "Yuan", "Council", "Government", "Division",
                    "Corps", "The", "And", "Of", "In", "He", "She", "His", "It", "They", "General", "Commanding",
                    "Japanese", "Chinese", "American", "British", "Allied", "Nationalist", "Communist", "Soviet"}
# Tried at every capitalised word (a lookahead, so 'Chief Huang Zunxian' still finds 'Huang Zunxian' after
# rejecting 'Chief Huang'); the given name is one word ('Xianjue', 'Hsien-chueh') or two separate
# syllables ('Sun Li Jen').
CHINESE_NAME_RE = re.compile(
    # Wade-Giles apostrophes and umlauts: T'ang En-po, Pai Ch'ung-hsi, Chang Fa-k'uei, Hsüeh Yüeh
    r"(?<![\w-])(?=(?P<name>(?P<sur>[A-Z][a-zü]{0,6}(?:[\u2019'][a-zü]{1,5})?)\s+"
    r"(?P<given>[A-Z][a-zü]{1,12}(?:-[a-zü]{1,6}|[\u2019'](?!s\b)[a-zü]{1,6}|-[A-Z][a-zü]{1,5}){0,2}"
    r"|[A-Z][a-z]{0,5}\s+[A-Z][a-z]{0,5}(?![-\u2019'\w])))(?![\w-]))")
PRIORITY = {"MIL_UNIT": 60, "EVENT": 55, "DATE": 50, "QUANTITY": 50, "ORG": 45, "FAC": 42,
            "GPE": 40, "LOC": 40, "PERSON": 38}


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
UNIT_RE = guarded(UNIT_RE)
EVENT_RE = guarded(EVENT_RE)
RANK_PERSON_RE = guarded(RANK_PERSON_RE)
EVENT_NAME_BEFORE_HEAD = guarded(EVENT_NAME_BEFORE_HEAD)
