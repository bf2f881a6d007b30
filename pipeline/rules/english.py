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
from functools import lru_cache
from pathlib import Path

from pipeline.rules.scan import guarded
from pipeline.normalize import english as norm_en
from pipeline.rules.english_numbers import find_dates, find_quantities
from pipeline.rules.english_orgs import find_orgs as _orgs
from pipeline.rules.english_persons import find_persons_extra
from pipeline.rules.english_units import find_units_extra
from pipeline.rules.english_infobox import find_infobox
from pipeline.rules.english_prose import bare_unit_mentions, find_prose
from pipeline.rules import english_dev6
from pipeline.rules.english_dev7 import find_dev7, finish_dev7
from pipeline.rules.english_dev8 import find_dev8, finish_dev8
from pipeline.rules.english_forms2 import find_forms2, finish_forms2
from pipeline.rules.english_equipment_counts import find_equipment_counts
from pipeline.rules.english_gloss_aliases import find_gloss_aliases
from pipeline.rules.english_label_checks import find_label_checks
from pipeline.rules.english_structures import find_structures
from pipeline.rules.english_surname_verbs import find_surname_verbs
from pipeline.rules.english_autonomous_places import find_autonomous_places
from pipeline.rules.english_named_forces import find_area_armies, find_named_forces
from pipeline.rules.english_regimental_forms import find_regimental_forms
from pipeline.rules.english_abbreviated_units import find_abbreviated_units
from pipeline.rules.english_span_edges import find_span_edges
from pipeline.rules.english_designations import find_designations
from pipeline.rules.english_landform_names import find_landform_names
from pipeline.rules.english_event_forms import find_event_forms
from pipeline.rules.english_org_heads import find_org_heads
from pipeline.rules.english_burmese_indian_names import find_burmese_indian_names
from pipeline.rules.english_work_heads import find_work_heads
from pipeline.rules.english_audit_forms import aspiration_marks, find_audit_forms, full_name_mentions
from pipeline.rules.english_wade_giles_marks import wade_giles_marks
from pipeline.rules.english_cardinal_units import find_cardinal_units
from pipeline.rules.english_romanised_forms import find_romanised_forms
from pipeline.rules.english_china_forms import find_china_forms
from pipeline.rules.english_book_forms import find_book_forms, ordinal_stops
from pipeline.rules.english_person_clauses import find_person_clauses
from pipeline.rules.english_count_edges import find_count_edges
from pipeline.rules.english_small_units import find_small_units
from pipeline.rules.english_name_shapes import find_name_shapes
from pipeline.rules.english_ordinal_day_dates import find_ordinal_day_dates
from pipeline.rules.english_villages import find_villages
from pipeline.rules.english_encyclopedia_forms import document_mentions, find_encyclopedia_forms
from pipeline.rules.english_unstopped_ranks import find_unstopped_ranks
from pipeline.rules.english_reference_units import find_reference_units
from pipeline.rules.english_reference_marks import find_reference_marks
from pipeline.rules.english_numbered_places import find_numbered_places
from pipeline.rules.english_tone_marks import find_tone_marks
from pipeline.rules.english_wade_giles_forms import find_wade_giles_forms
from pipeline.rules.english_campaign_forms import find_campaign_forms
from pipeline.rules.english_place_context import find_place_context
from pipeline.rules.english_unit_forms import find_unit_forms
from pipeline.rules.english_east_asian_names import east_asian_mentions, find_east_asian_names
from pipeline.rules.english_surnames import SURNAME_PRIORITY, _known_surnames, _surname_mentions  # noqa: F401
from pipeline.rules.english_lexicon import (OPERATION_CODE_NAMES, english_names, lexicon_spans,
                                            read_rows, trie_regex)
from pipeline.spans import Candidate

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
ORD_WORDS = sorted(norm_en.WORD_ORDINALS, key=len, reverse=True)
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
        r"|Independent|Tank|Armou?red|Cavalry)")
INNER_QUAL = (r"(?:Independent\s+Mixed|Independent\s+Infantry|Independent|Mixed|Tank|Armou?red|Mechani[sz]ed"
              r"|Cavalry|[Ii]nfantry|Mountain\s+Artillery|Field\s+Heavy\s+Artillery|Field\s+Artillery"
              r"|Heavy\s+Artillery|Artillery|Engineer|Transport|Mountain|Guards\s+Tank|Guards\s+Rifle|Guards"
              r"|Red\s+Banner|Rifle|Shock|Depot|Garrison|Composite|Marine)")

SINGULAR_ECHELONS = ["Area Army", "Group Army", "Army Group", "War Area", "War Zone", "Route Army", "Air Army",
                     "Expeditionary Army", "Air Force", "Air Division", "Air Brigade", "Air Regiment",
                     "Bomber Command", "Fighter Command", "Bombardment Wing", "Bombardment Group",
                     "Bomb Group", "Fighter Group", "Air Group", "Fighter Squadron", "Bomb Squadron",
                     # the CCP's field armies by number (13th Field Army; the named ones are in forces_en.tsv)
                     "Field Army",
                     "Squadron", "Army", "Corps", "Division", "Brigade",
                     "Regiment", "Battalion", "Company", "Fleet", "Column", "Detachment", "Wing",
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
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


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
    rf"(?<![\w-])(?:HQ\s+)?(?:{QUAL}\s+)?{ORD}(?:\s*,\s*(?:{QUAL}\s+)?{ORD})*(?:,?\s+(?:and|&)\s+(?:{QUAL}\s+)?{ORD})?"
    rf"\s+(?:(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{ECHELON}"
    # the Red Army's fronts by number and region (1st Far Eastern Front, 2nd Belorussian Front)
    rf"|(?:Far\s+Eastern|Belorussian|Byelorussian|Ukrainian|Baltic)\s+Fronts?)\b"
    rf"|(?<![\w-]){ROMAN}(?:\s+(?:{NATION}\s+)?(?:Corps|Army\s+Group|Bomber\s+Command|Fighter\s+Command|Air\s+Support\s+Command)\b"
    rf"|(?:st|nd|rd|th)\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{ECHELON}\b)"        # XXth Army Group, IVth Corps
    rf"|(?:(?<![\w-])(?:HQ\s+)?{QUAL}\s+|(?<![\w-])HQ\s+|(?<![\w,.$£¥-]))\d{{1,3}}\s+(?:{NATION}\s+)?(?:{INNER_QUAL}\s+)?{CARDINAL_ECHELON}\b"
    rf"(?!\s+(?:of|strong)\b)"                                             # New 38 Division
)

_EVENT_HEADS = (r"Campaign|Offensive|Operation|Incident|Massacre|Famine|Conference|Expedition|Uprising|"
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
    rf"|War(?=\s+of\s+[A-Z]))\s+(?:of|for|at)\s+(?:the\s+)?"                  # War of Resistance
    rf"{NAME}(?:{DJOIN}{NAME})?"
    rf"|(?<![\w-])Operation\s+(?!(?:Battle|Siege|Operation)\b){CAP}(?:\s+{CAP})?(?:\s+{CAP}(?={CODE_NUMBER}))?{CODE_NUMBER}?"   # a third word only before a number
    rf"|(?<![\w-])World\s+War\s+(?:II|I|One|Two|1|2)\b"
    rf"|(?<![\w-]){JP_CODE_NAME}(?![\w-])"
)
# "<Name> Campaign", "<Name> War": find the head word first, then the name before it.
EVENT_HEAD_RE = re.compile(
    rf"\s(?:(?:Conference|Campaign|Offensive|Battle|Incident|Operation|War)s|{_EVENT_HEADS}|War(?!\s+(?:Area|Department|Ministry|Office|Cabinet|Council|College|Zone|Minister|Crimes?|Lords?)))\b")
EVENT_NAME_BEFORE_HEAD = re.compile(rf"(?<![\w-])(?:{ORD}\s+)?{NAME}(?:{DJOIN}{NAME}){{0,3}}$")
PLACE_SUFFIX_RE = re.compile(
    rf"(?<![\w-])(?P<name>{NAME}(?:{DJOIN}{NAME}){{0,3}})\s+(?P<suffix>"
    r"Provinces|Province|province|County|county|City|Prefecture|Municipality|Falls|Gate|Forts|forts"
    r"|River|river|Mountains|mountains|Mountain|Hills|Hill|Ridge|ridge|Range|Lake|Plain|Plateau|Valley|valley"
    r"|Corridor|corridor|Strait|Gulf|Bay|Pass|Gap|Island|Islands|Peninsula|peninsula|Reservoir|reservoir"
    r"|Railway|railway|Railroad|railroad|Highway|highway|Road|road|Bridge|bridge|Airfield|airfield|Air\s+Base|airbase|air\s+base|Airport|Canal|Fortress|fortress|Line"
    r"|Field(?!\s+Arm(?:y|ies))|Airdrome|Aerodrome|Airstrip"
    # administrative units of China and of a treaty port: 'Zhabei district', 'Tibet Autonomous Region'
    r"|District|district|Autonomous\s+Region|Region"
    # the foreign settlements of the treaty ports: 'Shanghai International Settlement', 'Tianjin French Concession'
    r"|Settlement|Concession)\b"
    r"|(?<![\w-])(?P<pre>Mount|Lake|Fort|Mt\.)\s+(?P<name2>" + CAP + r")"
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
                "aerodrome": "FAC", "airstrip": "FAC",
                "district": "GPE", "autonomous region": "GPE", "region": "GPE", "settlement": "GPE",
                "concession": "GPE"}
RANK = (r"(?:Generalissimo|Field\s+Marshal|Marshal|(?:Lieutenant|Major|Brigadier)[\s-]+General|General|Gen\.|"
        r"Lt\.\s*Gen\.|Maj\.\s*Gen\.|Brig\.\s*Gen\.|Brigadier|Brig\.|Lieutenant\s+Colonel|Lt\.\s*Col\.|Colonel|Col\.|Major|Maj\.|"
        r"Captain|Capt\.|Lieutenant|Lt\.|Sergeant|Sgt\.|Lance\s+Corporal|Corporal|Private\s+First\s+Class|Private|"
        # the other ranks of the Indian Army and of British arms (Sepoy Kewal Singh, Havildar Major ...)
        r"Sepoy|Havildar|Lance\s+Naik|Naik|Jemadar|Subedar|Risaldar|Sowar|Trooper|Sapper|Gunner|Rifleman|(?:Vice|Rear)\s+Admiral|Admiral|"
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
PERSON_TOKEN = r"(?:(?:[A-Z]\.){1,3}|[A-Z][a-z]+(?:-[a-z]+|['\u2019](?!s\b)[a-z]{1,8})?|Mc[A-Z][a-z]+|[OD]['\u2019][A-Z][a-z]+(?:-[A-Z][a-z]+)?)"   # J.N. Chaudhuri
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


@lru_cache(maxsize=1)
def _syllables() -> tuple[frozenset, frozenset]:
    """(capitalised romanised surnames, romanised syllables) in pinyin and Wade-Giles (plain)."""
    from pipeline.rules.english_lexicon import _table_sources
    from pipeline.segment import _cache_file, _cached

    syllables = set()
    wg = {}
    for row in read_rows("romanisation_wg.tsv"):
        if len(row) >= 3:
            pinyin = row[0].replace("ü", "v")
            syllables.update({pinyin, row[0].replace("ü", "u"), row[2]})
            wg[pinyin] = row[2]
    # reading every surname with pypinyin (and importing it) takes a fifth of a second: cached
    here = Path(__file__).resolve()
    key = [*_table_sources(), f"{here}:{here.stat().st_size}:{here.stat().st_mtime_ns}"]
    surnames = set(_cached(_cache_file("english-surnames", *key), lambda: _romanised_surnames(wg)))
    # common postal/Cantonese spellings of surnames
    surnames.update({"Chiang", "Soong", "Tsai", "Hsueh", "Sun", "Yeh", "Kuo", "Teng", "Tu", "Wei", "Yen"})
    # the surname readings of characters pypinyin reads otherwise by default (曾 Zeng, 查 Zha, 朴 Piao, 翟 Zhai, 种 Chong)
    surnames.update({"Zeng", "Zha", "Piao", "Zhai", "Chong"})
    return frozenset(surnames), frozenset(syllables)


def _romanised_surnames(wg: dict[str, str]) -> list[str]:
    """Every Chinese surname of surnames_cn.txt in pinyin and in Wade-Giles, capitalised."""
    from pypinyin import Style, lazy_pinyin

    surnames = set()
    for row in read_rows("surnames_cn.txt"):
        surname = row[0].strip()
        if not surname:
            continue
        readings = lazy_pinyin(surname, style=Style.NORMAL, v_to_u=False)
        for joined in ("".join(readings), "".join(wg.get(r, r) for r in readings)):
            surnames.add(joined.replace("v", "u").capitalize())
    return sorted(surnames)


def _romanised_given(given: str, syllables: frozenset) -> bool:
    """True when `given` is 1-2 romanised syllables ('Yue', 'Xianjue', 'Hsien-chueh')."""
    parts = re.split(r"-", re.sub(r"[\u2019']", "", given.lower()).replace("ü", "u"))
    if len(parts) > 2:
        return False
    if len(parts) == 2:
        return all(p in syllables for p in parts)
    word = parts[0]
    if word in syllables:
        return True
    # a joined pinyin name writes an apostrophe before a syllable opening with a vowel (Xi'an): 'Hoa' is no
    # ho + a (auditen6: the Vietnamese 'Hung Hoa' read as a Chinese name)
    return any(word[:i] in syllables and word[i:] in syllables and word[i] not in "aeo" for i in range(1, len(word)))


def _trim_article(start: int, end: int, text: str) -> tuple[int, int]:
    if text.startswith("The ", start) and end - start > 4:
        start += 4
    return start, end


def _mil_units(text: str, out: list) -> None:
    if "\u2019" in text:      # typographic apostrophe: "4th Queen’s Own Hussars"
        text = text.replace("\u2019", "'")
    for m in UNIT_RE.finditer(text):
        left = text[max(0, m.start() - 40): m.start()]
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit", PRIORITY["MIL_UNIT"],
                             norm_en.normalize_unit_en(m.group(), left)))


_WRAP = re.compile(r"\n(?<=[a-z']\n)(?=[A-Za-z])")   # starts with the line break: re skips to it


# module-level patterns of the functions below (re's cache lookup, and for the ordinal event an
# f-string of ~3,000 characters, were made at every candidate)
_EVENT_HEADS_RE = re.compile(_EVENT_HEADS)
_OPEN_END_RE = re.compile(r"\b(?:of|for|at|the)$")
# a campaign or offensive named by its ordinal ('Second Phase Offensive', 'Fifth Encirclement Campaign', 'Third Campaign')
_ORDINAL_EVENT_RE = re.compile(rf"{ORD}\s+(?:Battle|Siege|{CAP}\s+War|World"
                               rf"|(?:{CAP}\s+){{0,2}}(?:Offensive|Campaign|Counteroffensive)$)")
_DASHES_RE = re.compile(f"[{re.escape(chr(0x2010))}-{re.escape(chr(0x2014))}]")
_OWNER_RE = re.compile(r".*['\u2019]s\s+")
_POSSESSIVE_END_RE = re.compile(r"['\u2019]s$")
_NAMED_HEAD_END_RE = re.compile(r"\s(River|Mountains?|Lake|Hills?|Pass|Valley|Plain)$")


def _lexicon(text: str, out: list) -> None:
    names = english_names()
    if "\u2019" in text:      # typographic apostrophe: 'People’s Liberation Army' is the listed form
        text = text.replace("\u2019", "'")
    if "\n" in text:          # a hard line break inside a name ('the Tuvan\nPeople's Republic'); the
        text = _WRAP.sub(" ", text)   # paragraphs never hold a blank line (_paragraph_candidates)
    for start, end in lexicon_spans(text):
        found = text[start:end]
        form = _DASHES_RE.sub("-", found)
        label, zh = names.get(form, names.get(found, (None, None)))
        if label is None:
            continue
        if label == "MIL_UNIT":
            norm = norm_en.normalize_unit_en(form, text[max(0, start - 40): start])
        else:
            norm = {"zh": zh}
        out.append(Candidate(start, end, label, f"lexicon:en_{label.lower()}",
                             PRIORITY[label] + 1, norm))


# Known places joined by a hyphen or dash into an unknown compound ('the Kamaing-Myitkyina battle area'):
# each place is its own span (a longer name, 'Kohima–Imphal road', wins over them).
# Not a compound of three or more ('China-Burma-India theater') nor one inside a longer name ('India-China Ferry').
PLACE_PAIR_RE = re.compile(r"(?<![\w-])[A-Z][a-z]{2,20}[-\u2013][A-Z][a-z]{2,20}(?![\w-]|\s+[A-Z])")


def _place_pairs(text: str, out: list) -> None:
    names = english_names()
    for m in PLACE_PAIR_RE.finditer(text):
        if re.sub("\u2013", "-", m.group()) in names:
            continue
        parts = list(re.finditer(r"[A-Z][a-z]+", m.group()))
        found = [names.get(p.group(), ("",)) for p in parts]
        if all(f[0] in ("GPE", "LOC") for f in found):
            for p, f in zip(parts, found):
                out.append(Candidate(m.start() + p.start(), m.start() + p.end(), f[0], f"lexicon:en_{f[0].lower()}",
                                     PRIORITY[f[0]], {"zh": f[1]}))


def _event_spans(text: str):
    for m in EVENT_RE.finditer(text):
        yield m.start(), m.end()
        inner = m      # a name cut at a line break hides a name on the lines after it ('Battle of X\nThe Battle of X was')
        while (nl := text.find("\n", inner.start(), inner.end())) != -1 and (inner := EVENT_RE.search(text, nl + 1, m.end() + 200)) \
                and inner.start() < m.end():
            yield inner.start(), inner.end()
    for head in EVENT_HEAD_RE.finditer(text):
        window = max(0, head.start() - 120)
        if head.group().endswith("s"):
            names = PLURAL_EVENT_BEFORE_HEAD.search(text, window, head.start())
            if names:
                yield names.start(), head.end()
            continue
        name = EVENT_NAME_BEFORE_HEAD.search(text, window, head.start())
        if name:
            yield name.start(), head.end()


@lru_cache(maxsize=1)
def _numbered_code_names_re() -> re.Pattern:
    forms = [form for form, _, numbered in OPERATION_CODE_NAMES if numbered]
    return re.compile(rf"(?<![\w-])(?:{trie_regex(forms)}){CODE_NUMBER}")


# "the Zhejiang-Jiangxi campaign", "the Burma campaign": a lower-case head after a known place name
# or places joined by a dash.
LOWER_EVENT_RE = re.compile(rf"(?<![\w-])(?P<name>{CAP}(?:{DJOIN}{CAP}){{0,3}})\s+(?:campaign|offensive|operations?|crisis|incident"
                            rf"|massacre|uprising)\b")
# The romanised name glossed after 'pinyin:' in an encyclopedia lead ('pinyin: Tái'érzhuāng Huìzhàn',
# 'pinyin: zheganzhanyi'): an EVENT when it ends in a word for a battle, campaign or war.
PINYIN_GLOSS_RE = re.compile(r"\bpinyin:[ \t]*(?P<name>[^\s;:,()\[\]]{1,40}(?:[ \t][^\s;:,()\[\]]{1,40}){0,3})(?=[ \t]*[;),\]])")
PINYIN_EVENT_ENDS = ("zhanyi", "huizhan", "zhanzheng", "zhandou", "shibian", "dazhan", "zuozhan", "baoweizhan",
                     # 海战 naval battle, 之役 'the campaign of', 大捷 victory, 攻坚战 assault, 阻击战 blocking battle, 起义 rising
                     "haizhan", "zhiyi", "dajie", "gongjianzhan", "zujizhan", "qiyi")
# Names coordinated before one plural head ('the Quebec and Cairo Conferences', 'the Changsha and Hengyang
# campaigns' written with capitals): one EVENT (rule 10).
PLURAL_EVENT_BEFORE_HEAD = re.compile(rf"(?<![\w-]){CAP}(?:\s*,\s*{CAP}){{0,3}},?\s+and\s+{CAP}$")


LOWER_CODE_EVENT_RE = re.compile(rf"(?<![\w-]){JP_CODE_NAME}\s+(?:campaign|offensive|operations?)\b")


def _events(text: str, out: list) -> None:
    for m in _numbered_code_names_re().finditer(text):
        out.append(Candidate(m.start(), m.end(), "EVENT", "lexicon:en_event", PRIORITY["EVENT"] + 1))
    names = english_names()
    for m in LOWER_EVENT_RE.finditer(text):
        parts = [p for p in re.split(rf"\s*{D}\s*", m.group("name"))]
        if all(names.get(p, ("",))[0] in ("GPE", "LOC") for p in parts) \
                or names.get(m.group("name"), ("",))[0] == "EVENT":   # 'the Ichi-Go offensive'
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event", PRIORITY["EVENT"]))
    for m in LOWER_CODE_EVENT_RE.finditer(text):                   # 'the U Go offensive'
        out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_event", PRIORITY["EVENT"]))
    if "pinyin:" in text:
        import unicodedata  # noqa: PLC0415
        for m in PINYIN_GLOSS_RE.finditer(text):
            bare = "".join(ch for ch in unicodedata.normalize("NFD", m.group("name").lower())
                           if ch.isalpha() and ch.isascii())
            if bare.endswith(PINYIN_EVENT_ENDS):
                out.append(Candidate(m.start("name"), m.end("name"), "EVENT", "rule:en_pinyin_event",
                                     PRIORITY["EVENT"] + 2))
    for m_start, m_end in _event_spans(text):
        start, end = _trim_article(m_start, m_end, text)
        if _EVENT_HEADS_RE.fullmatch(text[start:end]):
            continue      # 'The Operation': a head word without a name
        if "\n" in text[start:end]:       # an infobox line ('Battle of Kohima\nPart of ...') ends the name
            end = text.index("\n", start)
            if _OPEN_END_RE.search(text[start:end].rstrip()) or len(text[start:end].split()) < 2:
                continue
            end = start + len(text[start:end].rstrip())
        first = text[start:end].split()[0]
        if first in NOT_NAME_START and not text.startswith(("Battle", "Operation", "Siege", "Defen"), start) \
                and not _ORDINAL_EVENT_RE.match(text[start:end]):
            # 'the Allied Northern Burma Campaign': the side word stays outside the name
            words = re.finditer(r"\S+", text[start:end])
            kept = [w for w in words]
            while kept and kept[0].group() in NOT_NAME_START:
                kept.pop(0)
            if len(kept) < 2 or not kept[0].group()[0].isupper() or re.fullmatch(ORD, kept[0].group()):
                continue
            start += kept[0].start()
        out.append(Candidate(start, end, "EVENT", "rule:en_event", PRIORITY["EVENT"]))


# A state named with its form of government: 'Empire of Japan', 'Kingdom of Nepal' (the name a known place).
STATE_OF_RE = re.compile(rf"(?<![\w-])(?:Empire|Kingdom|Republic|Union|Commonwealth|Dominion|Principality|Sultanate)"
                         rf"\s+of\s+(?:the\s+)?(?=(?P<name>{CAP}(?:[ \t]+{CAP}){{0,2}})(?![\w-]))")


def _places(text: str, out: list) -> None:
    names = english_names()
    for m in STATE_OF_RE.finditer(text):
        words = m.group("name").split()
        for n in range(len(words), 0, -1):             # 'Empire of Japan Empire of Japan': the known prefix
            if names.get(" ".join(words[:n]), ("",))[0] == "GPE":
                end = m.start("name") + len(" ".join(words[:n]))
                if text[m.start("name"):end] == " ".join(words[:n]):
                    out.append(Candidate(m.start(), end, "GPE", "rule:en_state", PRIORITY["GPE"] + 2))
                break
    for m in REGION_RE.finditer(text):
        if m.group() not in COMPASS_GPES:
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_region", PRIORITY["LOC"]))
    for m in PLACE_SUFFIX_RE.finditer(text):
        start, end = _trim_article(m.start(), m.end(), text)
        name = m.group("name") or m.group("name2")
        owner = _OWNER_RE.search(text[start:m.end("name")]) if m.group("name") else None
        if owner:                 # "Guadalcanal's Matanikau River": the owner is not part of the name
            start += owner.end()
            name = text[start:m.end("name")]
            if not name.strip():
                continue
        elif _POSSESSIVE_END_RE.search(name) and m.group("suffix") and m.group("suffix").islower():
            continue              # "the Island's road network": an owner and a common noun
        head = _NAMED_HEAD_END_RE.search(name) \
            if m.group("suffix") and m.group("suffix").islower() else None
        if head:                  # "the Han River valley": the named place is "Han River", the valley describes it
            end = m.end("name")
            m_suffix = head.group(1).lower()
        else:
            m_suffix = None
        if name.split()[0] in NOT_NAME_START:
            # 'The Peking–Hankow railway' at a sentence start: the article or side word stays outside
            words = list(re.finditer(r"\S+", name))
            kept = [w for w in words if w.group() not in NOT_NAME_START]
            if not m.group("name") or not kept or kept[0].start() != words[len(words) - len(kept)].start() \
                    or not kept[0].group()[0].isupper():
                continue
            start = m.start("name") + kept[0].start()
            name = name[kept[0].start():]
        suffix = m_suffix or (m.group("suffix") or m.group("pre")).lower()
        suffix = re.sub(r"\s+", " ", suffix)
        label = SUFFIX_LABEL.get(suffix, "LOC")
        known = names.get(name)
        if label == "GPE" and suffix in ("region", "district") and (known and known[0] == "LOC" or "-" in name):
            label = "LOC"             # 'the Pacific Region', 'the Asia-Pacific Region': a region without a government
        norm = {"zh": known[1]} if known and known[0] in ("GPE", "LOC") else {}
        out.append(Candidate(start, end, label, "rule:en_place", PRIORITY[label] - 1, norm))


_TOKEN = re.compile(r"\S+")
_QUOTE_MARK = re.compile(r"[\u2019']")


def _persons(text: str, out: list) -> None:
    surnames, syllables = _syllables()
    find_persons_extra(text, out)
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
        end = start + list(_TOKEN.finditer(m.group("name")))[len(tokens) - 1].end()
        # after a rank a name beats a place of the same form ('Lt Gen Sakai' is no city)
        out.append(Candidate(start, end, "PERSON", "rule:en_rank_person", PRIORITY["PERSON"] + 4))
    for m in CHINESE_NAME_RE.finditer(text):
        given = m.group("given")
        if _QUOTE_MARK.sub("", m.group("sur")).replace("ü", "u") not in surnames or given in NOT_PERSON_WORDS:
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
_GENERATORS = (_mil_units, _lexicon, _place_pairs, find_units_extra, find_dates, find_quantities, _events, _places, _persons, _orgs,
               _known_surnames, find_villages, find_infobox, find_prose, english_dev6.find_dev6)
_GENERATORS += (find_place_context,)   # unknown places by their context (english_place_context)
_GENERATORS += (find_unit_forms,)      # recurring unit forms (english_unit_forms)
_GENERATORS += (find_dev7,)     # reads the candidates of all the others (english_dev7)
_GENERATORS += (find_dev8,)     # text in capitals read again by the others, forces by nation (english_dev8)
_GENERATORS += (find_forms2,)   # castles, harbours, era years, domains (english_forms2)
_GENERATORS += (find_equipment_counts,)   # counts by model or class, parts of a whole (english_equipment_counts)
_GENERATORS += (find_gloss_aliases,)   # a name's other-language forms in the parenthesis after it (english_gloss_aliases)
_GENERATORS += (find_structures,)      # buildings by their head word, units by code number (english_structures)
_GENERATORS += (find_surname_verbs,)   # a bare surname before a verb said of a person (english_surname_verbs)
_GENERATORS += (find_autonomous_places,)   # China's autonomous divisions by their head (english_autonomous_places)
_GENERATORS += (find_named_forces,)    # forces named by a place or people and their kind (english_named_forces)
_GENERATORS += (find_abbreviated_units,)   # designations with an abbreviation inside (english_abbreviated_units)
_GENERATORS += (find_east_asian_names,)   # East Asian names without a title (english_east_asian_names)
_GENERATORS += (find_designations,)   # head word + number: Force 136, B Battery, Route 1 (english_designations)
_GENERATORS += (find_landform_names,)   # Tarim Basin, Mekong Delta, Cape X, 38th parallel (english_landform_names)
_GENERATORS += (find_event_forms,)   # February 28 Incident, Doolittle raid, Sixth Plenum (english_event_forms)
_GENERATORS += (find_org_heads,)   # firms, police forces, missions, clubs by head word (english_org_heads)
_GENERATORS += (find_burmese_indian_names,)   # Aung San, U Nu, Mohan Singh (english_burmese_indian_names)
_GENERATORS += (find_work_heads,)   # naval bases, tunnels, lower-case dikes/dams/airports (english_work_heads)
_GENERATORS += (find_audit_forms,)   # commanders' possessives, titled and regnal names, dates in capitals (english_audit_forms)
_GENERATORS += (find_book_forms,)   # 19th/20th-century book and despatch forms: Messrs., line-broken names (english_book_forms)
_GENERATORS += (find_encyclopedia_forms,)   # landing zones, code fronts, `X-occupied Y`, unit qualifiers (english_encyclopedia_forms)
_GENERATORS += (find_unstopped_ranks,)   # ranks and initials without full stops: Lt Col HS Dhingra (english_unstopped_ranks)
_GENERATORS += (find_reference_units,)   # Pakistan Army, 9th Horse, 31st Fortified Region (english_reference_units)
_GENERATORS += (find_reference_marks,)   # glued KIA marks, tanks named after generals (english_reference_marks)
_GENERATORS += (find_numbered_places,)   # Battle of Hill 881, Route Coloniale 4, RC4 (english_numbered_places)
_GENERATORS += (find_tone_marks,)   # Pinyin with its tone marks: Jílín, Chángshā (english_tone_marks)
_GENERATORS += (find_person_clauses,)   # persons by `, who` and by coordination, titles read as names (english_person_clauses)
_GENERATORS += (find_count_edges,)   # story-opener `one day`, reflexive words after counts (english_count_edges)
_GENERATORS += (find_small_units,)   # numbered platoons with their company (english_small_units)
_GENERATORS += (find_name_shapes,)   # Russian surnames in -off/-eff/-vitch, followers' plurals no place (english_name_shapes)
_GENERATORS += (find_ordinal_day_dates,)   # `the 24th day of October, 1943` (english_ordinal_day_dates)
_GENERATORS += (find_cardinal_units,)   # 15 Mountain Battery, 80 Para Field Ambulance (english_cardinal_units)
_GENERATORS += (find_romanised_forms,)   # General TWAN, Generals A and B, Ta-yin Shan, the Sha-ho (english_romanised_forms)
_GENERATORS += (find_china_forms,)   # the Lung-Hai and Peiping-Hankow railways (english_china_forms)
_GENERATORS += (find_area_armies,)   # the IJA's area armies by region: the Southern Area Army (english_named_forces)
_GENERATORS += (find_regimental_forms,)   # B and C Companies, 59th (2nd Nottinghamshire) Regiment of Foot (english_regimental_forms)
_GENERATORS += (find_wade_giles_forms,)   # X hsien, T'ung-meng-hui, Yueh-chün, Ch'angte, service schools (english_wade_giles_forms)
_GENERATORS += (find_campaign_forms,)   # numbered theatres, `X Department` forces, creeks, ` - ` datelines (english_campaign_forms)
_GENERATORS += (find_span_edges,)   # span edges and label conventions: edits the others' (english_span_edges)
_GENERATORS += (find_label_checks,)    # LAST: drops readings their form contradicts, adds newspapers (english_label_checks)


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
            cands.extend(c if not start else Candidate(c.start + start, c.end + start, c.label, c.source,
                                                       c.priority, c.norm)
                         for c in local)
        start = brk.end() if brk else end
    return [_without_closing_quote(text, c) for c in cands]


def _without_closing_quote(text: str, cand: Candidate) -> Candidate:
    """A name read up to the single quote that closes it ('Battle of Guadalcanal'): the quote is outside
    the span (rule 13). An apostrophe inside a name (Xi'an) or of a plural possessive ('the Marines'')
    is kept where no opening quote stands before the span."""
    if cand.end - cand.start > 2 and text[cand.end - 1] in "'\u2019" and text[cand.end - 2].isalpha() \
            and cand.start > 0 and text[cand.start - 1] in "'\u2018":
        return Candidate(cand.start, cand.end - 1, cand.label, cand.source, cand.priority, cand.norm)
    return cand


def find_english(text: str) -> list[Candidate]:
    """All English entities in `text`: non-overlapping candidates with norm values."""
    text = aspiration_marks(text)   # Wade-Giles aspiration typed as ` or a turned comma: one apostrophe (english_audit_forms)
    text = wade_giles_marks(text)   # Wade-Giles ê and ŭ in names read plain: Tsêng Kuo-fan (english_wade_giles_marks)
    text = ordinal_stops(text)      # Victorian ordinals with a stop: the 18th. regiment (english_book_forms)
    chosen = _resolve(_paragraph_candidates(text))
    extra = _surname_mentions(text, chosen) + bare_unit_mentions(text, chosen) + east_asian_mentions(text, chosen)
    extra += full_name_mentions(text, chosen)   # one reading per document for full names (english_audit_forms)
    extra += document_mentions(text, chosen)   # places read by context, surnames with particles (english_encyclopedia_forms)
    if extra:
        chosen = _resolve(chosen + extra)
    chosen = finish_forms2(text, finish_dev8(text, chosen))
    chosen = english_dev6.before_sides(text, chosen)
    return finish_dev7(text, _add_date_values(text, _sides_from_document(text, chosen)))


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
UNIT_RE = guarded(UNIT_RE)
EVENT_RE = guarded(EVENT_RE)
RANK_PERSON_RE = guarded(RANK_PERSON_RE)
STATE_OF_RE = guarded(STATE_OF_RE)
EVENT_NAME_BEFORE_HEAD = guarded(EVENT_NAME_BEFORE_HEAD)
