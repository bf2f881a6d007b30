"""Normalised values for English DATE, QUANTITY and MIL_UNIT spans.

The values are the same vocabulary as the Chinese normalisers produce: DATE
`1944-04-19` / `1944-05` + mod MID, QUANTITY {value, unit, approx}, MIL_UNIT
{numbers, echelon (the Chinese echelon word), echelon_key, prefix (Chinese
prefix word), side, id}.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_dates import (DATE_MODS, MONTHS, SEASONS, explicit_month,  # noqa: F401
                                             explicit_year, normalize_date_en, normalize_dates_en)
from pipeline.normalize.english_dev7 import arm_regiment, unglue
from pipeline.normalize.english_quantities import (APPROX, POST_APPROX, ROUND_FIGURES, SCALES, VAGUE,  # noqa: F401
                                                  WORD_NUMBERS, _ONES, _TENS, normalize_quantity_en,
                                                  parse_number_en)
from pipeline.rules.english_lexicon import NAMED_UNITS, read_rows

_ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
WORD_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORD_ONES) if w}
WORD_ORDINALS.update(_ORD_TENS)
for _t, _tw in enumerate(_TENS):
    if _tw:
        for _o in range(1, 10):
            WORD_ORDINALS[f"{_tw}-{_ORD_ONES[_o]}"] = _t * 10 + _o
            WORD_ORDINALS[f"{_tw}{_ORD_ONES[_o]}"] = _t * 10 + _o

PREFIXES = {  # English qualifier -> Chinese prefix word (the canonical column of unit_prefixes.tsv)
    "provisional": "暂编", "temporary": "暂编", "new": "新编", "reserve": "预备", "preparatory": "预备",
    "reorganized": "整编", "reorganised": "整编", "honor": "荣誉", "honour": "荣誉",
    "independent mixed": "独立混成", "independent infantry": "独立步兵", "independent": "独立",
    "mixed": "混成", "tank": "战车", "armored": "战车", "armoured": "战车",
    "mechanized": "机械化", "mechanised": "机械化", "cavalry": "骑兵", "infantry": "步兵",
    "field heavy artillery": "野战重炮兵", "mountain artillery": "山炮兵", "field artillery": "野战炮兵",
    "heavy artillery": "重炮兵", "artillery": "炮兵", "engineer": "工兵", "transport": "辎重兵",
    "garrison": "警备", "training": "教导", "parachute": "伞兵", "airborne": "空降", "guerrilla": "游击", "marine": "陆战",
    # the Red Army's honorific and arm words (2nd Red Banner Army = 红旗第2集团军, 6th Guards Tank Army)
    "red banner": "红旗", "guards tank": "近卫坦克", "guards rifle": "近卫步兵", "guards": "近卫", "rifle": "步兵",
}
# Prefixes that only the Red Army used: the side follows from them.
PREFIX_SIDES = {"红旗": "USSR", "近卫": "USSR", "近卫坦克": "USSR", "近卫步兵": "USSR"}
# Japanese designations of the same arm (field artillery regiment of a division: 野炮兵第N联队).
PREFIXES_JP = {"field artillery": "野炮兵"}
_PREFIX_RE = re.compile(r"(?i)\b(" + "|".join(sorted(PREFIXES, key=len, reverse=True)).replace(" ", r"\s+") + r")\b")
# Side words right before a unit ("the Japanese 3rd Division"); 'enemy', 'our', 'Allied' are
# relative or shared and give no side (like 敌军/我军 in Chinese).
SIDE_WORDS = {
    "japanese": "JP", "japan": "JP", "imperial japanese": "JP", "ija": "JP", "imperial": "JP",
    "chinese": "ROC", "nationalist": "ROC", "china": "ROC", "kmt": "ROC", "kuomintang": "ROC",
    "nra": "ROC", "roc": "ROC", "chungking": "ROC",
    "communist": "CCP", "ccp": "CCP", "red": "CCP", "pla": "CCP",
    "american": "US", "us": "US", "u.s.": "US", "united states": "US", "america": "US",
    "british": "UK", "britain": "UK", "indian": "UK", "soviet": "USSR", "russian": "USSR",
    "puppet": "COLLAB", "collaborationist": "COLLAB", "wang jingwei": "COLLAB",
    "burma": "UK", "burmese": "UK", "gurkha": "UK", "african": "UK", "east african": "UK",
    "west african": "UK", "chindit": "UK", "australian": "AU", "canadian": "CA", "new zealand": "NZ",
    # the Korean War's abbreviations: Chinese Communist Forces / People's Volunteer Army, Republic of Korea,
    # Korean People's Army
    "ccf": "CCP", "pva": "CCP", "cpv": "CCP", "rok": "ROK", "kpa": "KPA", "nkpa": "KPA",
    # the Vietnam War's: North Vietnamese Army / People's Army of Vietnam, Army of the Republic of Vietnam
    "nva": "VN", "pavn": "VN", "arvn": "VN",   # as named_units.tsv: VN for both Vietnamese armies
}
# Nationality words written inside a Commonwealth designation (1st Burma Division, 17th Indian Division).
# (a nation after anti- or pro- names an enemy or a patron, not the side: 'Northeast Anti-Japanese Allied Army';
# auditen7)
_NATION_IN_SPAN = re.compile(r"(?i)\b(?<!anti-)(?<!pro-)(burma|burmese|indian|british|gurkha|east\s+african|west\s+african|african"
                             r"|australian|canadian|new\s+zealand|chindit|chinese|japanese|american"
                             r"|ccf|pva|cpv|rok|kpa|nkpa|pla|nra|ija|nva|pavn|arvn)\b|(?<!\w)(u\.s\.|us)(?!\w)")
# English echelons the shared echelons.tsv lacks: (zh word, key)
EXTRA_ECHELONS = {
    "route army": ("路军", "route_army"), "army group": ("集团军", "group_army"),
    "air army": ("航空军", "air_force"), "bomber command": ("轰炸机司令部", "bomber_command"),
    "fighter command": ("战斗机司令部", "fighter_command"),
    "air division": ("飞行师团", "air_division"), "air brigade": ("飞行团", "air_brigade"),
    "air regiment": ("飞行战队", "air_regiment"), "wing": ("联队", "wing"),
    "expeditionary army": ("派遣军", "expeditionary_army"),
    "bombardment wing": ("轰炸机联队", "bomber_wing"), "bombardment group": ("轰炸机大队", "bomber_group"),
    "bomb group": ("轰炸机大队", "bomber_group"), "fighter group": ("战斗机大队", "fighter_group"),
    "fighter squadron": ("战斗机中队", "fighter_squadron"), "bomb squadron": ("轰炸机中队", "bomber_squadron"),
    "squadron": ("中队", "squadron"), "battery": ("连", "battery"),
    # USAAF echelons of the CBI and order-of-battle abbreviations
    "army air force": ("航空队", "air_group"), "aaf": ("航空队", "air_group"),
    "air commando group": ("大队", "air_commando_group"), "troop carrier group": ("大队", "troop_carrier_group"),
    "combat cargo group": ("大队", "combat_cargo_group"), "air unit": ("部队", "unit"),
    "bn": ("营", "battalion"), "bde": ("旅", "brigade"), "group": ("大队", "group"),
    "command": ("司令部", "headquarters"), "marine": ("团", "regiment"), "war zone": ("战区", "war_area"),
    "pursuit group": ("战斗机大队", "fighter_group"), "pursuit squadron": ("战斗机中队", "fighter_squadron"),
    "bombardment squadron": ("轰炸机中队", "bomber_squadron"), "troop carrier squadron": ("运输机中队", "transport_squadron"),
    "reconnaissance squadron": ("侦察机中队", "reconnaissance_squadron"),
    "photographic squadron": ("侦察机中队", "reconnaissance_squadron"),
    "heavy bombardment group": ("轰炸机大队", "bomber_group"), "medium bombardment group": ("轰炸机大队", "bomber_group"),
    "photo reconnaissance group": ("侦察机大队", "reconnaissance_group"), "air service group": ("大队", "service_group"),
    "air depot group": ("大队", "depot_group"), "air transport squadron": ("运输机中队", "transport_squadron"),
    # the Red Army's fronts (方面军): 1st Far Eastern Front; flotillas and operational groups
    "force": ("部队", "unit"), "front": ("方面军", "front"), "flotilla": ("舰队", "flotilla"), "operational group": ("集群", "operational_group"),
    "mechanized group": ("集群", "operational_group"), "mechanised group": ("集群", "operational_group"),
}
# Echelons that only one side used: the side follows from the echelon itself.
# (Numbered route armies were fielded by both the ROC and the CCP, so Route Army gives no side.)
ECHELON_SIDE = {"war area": "ROC", "war zone": "ROC", "group army": "ROC", "area army": "JP", "expeditionary army": "JP",
                "bomber command": "US", "fighter command": "US",
                "air force": "US", "air army": "JP", "air division": "JP", "air brigade": "JP", "front": "USSR"}
# English books often call the ROC/PLA 军 a "Corps" (Chinese 5th Corps = 第5军).
SIDE_ECHELONS = {("corps", "ROC"): ("军", "army"), ("corps", "CCP"): ("军", "army"),
                 # the NRA's 集团军 is an "Army Group" in many English books (9th Army Group = 第9集团军)
                 ("army group", "ROC"): ("集团军", "group_army"), ("army group", "CCP"): ("集团军", "group_army"),
                 # the Red Army's armies and corps in Chinese usage (苏军第5集团军, 步兵第87军)
                 ("army", "USSR"): ("集团军", "group_army"), ("corps", "USSR"): ("军", "army")}


@lru_cache(maxsize=1)
def english_echelons() -> dict[str, list[tuple[str, str, str]]]:
    """English echelon (lower case, singular and plural) -> [(zh, key, usage), ...] from echelons.tsv."""
    table: dict[str, list[tuple[str, str, str]]] = {}
    for row in read_rows("echelons.tsv"):
        if len(row) >= 5:
            zh, key, singular, plural, usage = row[:5]
            for form in {singular.lower(), plural.lower()}:
                table.setdefault(form, []).append((zh, key, usage))
    for form, (zh, key) in EXTRA_ECHELONS.items():
        table.setdefault(form, []).append((zh, key, "any"))
        table.setdefault(plural_of(form), []).append((zh, key, "any"))
    # '17th Indian Div': a division; 'A and D Coys': companies (auditen9)
    for short, full in (("div", "division"), ("divs", "divisions"), ("coy", "company"), ("coys", "companies")):
        table.setdefault(short, list(table.get(full, [])))
    return table


def plural_of(word: str) -> str:
    if word.endswith("y") and not word.endswith("ay"):
        return word[:-1] + "ies"
    if word.endswith("corps") or word.endswith("headquarters"):
        return word
    return word + "s"


def echelon_for(english: str, side: str | None) -> tuple[str, str]:
    """(Chinese echelon word, echelon key) for an English echelon given the side.

    Japanese formations take the Japanese word (师团, 旅团, 联队, 大队); others the
    general one (师, 旅, 团, 营); an ROC/CCP Corps is 军 (SIDE_ECHELONS).
    """
    if (english.lower(), side) in SIDE_ECHELONS:
        return SIDE_ECHELONS[(english.lower(), side)]
    rows = english_echelons().get(english.lower())
    if not rows:
        return english, re.sub(r"\W+", "_", english.lower())
    if side == "JP":
        for zh, key, usage in rows:
            if usage == "jp":
                return zh, key
    for zh, key, usage in rows:
        if usage != "jp":
            return zh, key
    return rows[0][0], rows[0][1]


def unit_id(side: str | None, key: str, numbers: list[int], prefix: str = "") -> str | None:
    """Canonical unit key side/echelon_key/numbers as pipeline.normalize.units builds it.

    A distinct qualifier is folded into the key (New 1st Army -> ROC/new_army/1);
    None when the side or the numbers are unknown (the side is never guessed).
    """
    if not side or not numbers:
        return None
    info = unit_prefixes().get(prefix)
    if info and info["distinct"]:
        key = f"{info['key']}_{key}"
    return f"{side}/{key}/{'+'.join(str(n) for n in numbers)}"


@lru_cache(maxsize=1)
def unit_prefixes() -> dict[str, dict]:
    """Chinese qualifier -> {key, distinct, side} (unit_prefixes.tsv, shared with the Chinese normaliser)."""
    table = {}
    for row in read_rows("unit_prefixes.tsv"):
        row = row + [""] * (6 - len(row))
        info = {"key": row[2], "distinct": row[4] == "yes", "side": row[5] or None}
        if row[0] == row[1]:      # the row of the canonical form itself (步兵, not 歩兵) wins
            table[row[1]] = info
        else:
            table.setdefault(row[1], info)
    return table


@lru_cache(maxsize=1)
def named_units_en() -> dict[str, tuple[str, str | None, str]]:
    """English name of a named force -> (canonical zh name, side, zh echelon) from named_units.tsv,
    completed by the finder's own NAMED_UNITS table for forms the shared file lacks."""
    table: dict[str, tuple[str, str | None, str]] = {}
    for row in read_rows("named_units.tsv"):
        row = row + [""] * (5 - len(row))
        for form in row[4].split(","):
            if form.strip():
                table.setdefault(form.strip(), (row[1], row[2] or None, row[3]))
    for form, (zh, side, key) in NAMED_UNITS.items():
        echelon = key if re.search(r"[\u4e00-\u9fff]", key) else ""   # 'Northeast Field Army': 野战军
        table.setdefault(form, (zh, None if side == "?" else side, echelon))
    return table


# the patterns of the functions below, compiled once (re's cache lookup was made at every call; these
# run for every unit span)
_NUMBER_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th|d)?")
_ROMAN_ORDINAL = re.compile(r"([ivxlc]+)(?:st|nd|rd|th)")
_ROMAN_NUMBER = re.compile(r"M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_HQ_OPENING = re.compile(r"^HQ\s+")
_CODE_UNIT = re.compile(r"^Unit\s+(\d{2,5})$")
_HEADQUARTERS_AFTER = re.compile(r"\b(Brigade|Division|Army|Corps|Regiment|Group|Column|Front)\s+Headquarters$")
_BRACKETS = re.compile(r"\(([^)]*)\)")
_SPACES = re.compile(r"\s+")
_UNIT_OR_FORCE_END = re.compile(r"\b(?:Unit|Force)$")
_TOKEN = re.compile(r"\S+")
_MEMBER_SEPARATOR = re.compile(r",|&|\band\b")


def parse_ordinal(token: str) -> int | None:
    token = token.strip().lower()
    match = _NUMBER_ORDINAL.fullmatch(token)
    if match:
        return int(match.group(1))
    if token in WORD_ORDINALS:
        return WORD_ORDINALS[token]
    roman = _ROMAN_ORDINAL.fullmatch(token)     # 'XXth Army Group'
    return roman_to_int((roman.group(1) if roman else token).upper())


def roman_to_int(token: str) -> int | None:
    if not token or not _ROMAN_NUMBER.fullmatch(token):
        return None
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for i, char in enumerate(token):
        value = values[char]
        total += -value if i + 1 < len(token) and values[token[i + 1]] > value else value
    return total


# (a side written out with its abbreviation in brackets names it too: "the People's Volunteer Army (PVA) 15th Corps")
_SIDE_RE = re.compile(r"(?i)\b(?<!anti-)(?<!pro-)(imperial japanese|united states|wang jingwei|u\.s\.|[a-z]+)(?:['\u2019]s)?"
                      r"(?:\s*\(([A-Z]{2,5})\))?\s+$")


def side_from_context(left_context: str) -> str | None:
    """The side named right before a unit: 'the Japanese 11th Army', "Japan's 11th Army" -> JP."""
    match = _SIDE_RE.search(left_context[-40:])
    if match:
        return SIDE_WORDS.get(match.group(1).lower()) or (
            SIDE_WORDS.get(match.group(2).lower()) if match.group(2) else None)
    return None


_ECHELON_TAIL = None


def _caseless_form_trie(forms) -> str:
    """A pattern matching what `(?i)` + the alternation of `forms` (lower case; a space for \\s+) matches,
    as a character trie with each letter a class of the characters `(?i)` reads as it: `re` walks a
    flat case-insensitive alternation branch by branch at every word start (no first-character test),
    a trie in a few class tests. (Used where every match is anchored at the end: which of two forms
    of one text matched makes no difference.)"""
    trie: dict = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}

    def atom(char: str) -> str:
        if char == " ":
            return r"\s+"
        if not (char.isascii() and char.isalpha()):
            return re.escape(char)
        same = sorted(c for c in {char.lower(), char.upper(), "\u0130", "\u0131", "\u017f", "\u212a"}
                      if re.fullmatch(f"(?i:{re.escape(char)})", c))
        return "[" + "".join(same) + "]"

    def render(node: dict) -> str:
        branches = [atom(char) + render(child) for char, child in sorted(node.items()) if char]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if branches else ""
        return body

    return render(trie)


_LETTERED_FORCE = re.compile(r"[A-Z][ -]Force")
_SLASH_BATTALION = re.compile(r"(\d{1,2})/(\d{1,2})(?:st|nd|rd|th)?\s")
_SERVICE_TAIL = re.compile(r"\s+(?:RAF|RAAF|RCAF|RIAF|RNZAF|Royal\s+(?:Artillery|Engineers|Horse\s+Artillery|Signals))$"
                           r"|^No\.\s*")
# (or, the British full title, a capital 'The' after the battalion: '1st Battalion The Royal Ulster Rifles'; auditen9)
_COMMA_PARENT = re.compile(r"^([^,]+\b(?:Bn|BN|Battalion|Bde|Brigade|Company|Coy|Regiment|Column|Division))"
                           r"(?:,\s+|\s+(?=The\s))(.+)$")
# a Special Naval Landing Force by its naval district; the Indian Army's class-named battalions
# (pipeline.rules.english_prose)
_SNLF = re.compile(r"(?:Yokosuka|Kure|Sasebo|Maizuru)\s+(\d{1,2})(?:st|nd|rd|th)\s+(Independent\s+)?"
                   r"(?:SNLF|Special\s+Naval\s+Landing\s+Force)(?:\s+(Company|Battalion|Unit))?")
_SNLF_ECHELON = {"Company": "连", "Battalion": "营"}
_INDIAN_CLASS = re.compile(r"(?<=\d(?:st|nd|rd|th) )(?:Sikhs|Punjabis|Dogras|Rajputs|Jats|Mahrattas|Marathas|Garhwalis"
                           r"|Kumaonis|Baluchis|Pathans|Brahmans|Madrassis)$")
_REGIMENT_NAME_HEAD = re.compile(r"\b(?:Rifles|Light\s+Infantry|Fusiliers|Highlanders|Borderers|Grenadiers|Lancers"
                                 r"|Hussars|Dragoons|Skirmishers|Tirailleurs|Zouaves|Spahis)$")


ORDINAL_STOP = re.compile(r"(\d(?:st|nd|rd|th))\.(?=,|\s+[a-z])")


def normalize_unit_en(span_text: str, left_context: str = "", side: str | None = None) -> dict:
    """MIL_UNIT norm of an English span (see _normalize_unit_en). The same span with the same
    left context is read by a finder and again by normalisation: the value is computed once
    (keyed by the span and its 40 characters of context, not by the document); each caller
    gets its own copy (lists and dicts inside copied too: callers edit them)."""
    if "." in span_text:       # a Victorian ordinal's stop ('18th. regiment', '18th., 26th. and 49th. regiments'; auditen9)
        span_text = ORDINAL_STOP.sub(r"\1", span_text)
    value = _unit_value(span_text, left_context, side)
    return {k: v.copy() if isinstance(v, (list, dict)) else v for k, v in value.items()}


@lru_cache(maxsize=8192)
def _unit_value(span_text: str, left_context: str, side: str | None) -> dict:
    return _normalize_unit_en(span_text, left_context, side)


def _normalize_unit_en(span_text: str, left_context: str = "", side: str | None = None) -> dict:
    """MIL_UNIT norm of an English span; written forms of order-of-battle lists first:
    a lettered force ('H Force': 部队), a service after an RAF group ('221 Group RAF'), a qualifier in
    brackets ('1st (Garrison) Bn'), a regiment's name head ('4th Gurkha Rifles': a Regiment), and a
    subordinate with its parent after a comma ('4th Bn, Dorset Regiment': the battalion's echelon, the
    numbers of both)."""
    span_text = unglue(span_text)                          # 'Divi-\nsion', 'Battalion,8th' (english_dev7)
    written = span_text
    arm = arm_regiment(span_text)
    if arm:                                                # 'the 8th Cavalry': a US regiment by its arm
        return arm
    if span_text not in named_units_en():
        snlf = _SNLF.fullmatch(span_text)
        if snlf:                                            # 'Sasebo 5th SNLF', 'Kure 2nd Independent SNLF Company'
            return {"numbers": [int(snlf.group(1))], "echelon": _SNLF_ECHELON.get(snlf.group(3) or "", ""),
                    "echelon_key": "snlf", "prefix": "独立" if snlf.group(2) else "", "side": "JP", "id": None}
        span_text = _INDIAN_CLASS.sub("Battalion", span_text)   # '4th Sikhs': a battalion of the Sikh Regiment
        slash = _SLASH_BATTALION.match(span_text)
        if slash:                                           # '4/10th Gurkha Rifles': battalion 4 of regiment 10
            return {"numbers": [int(slash.group(1)), int(slash.group(2))], "echelon": "营",
                    "echelon_key": "battalion", "prefix": "", "side": "UK", "id": None}
        span_text = _HQ_OPENING.sub("", span_text)
        span_text = _CODE_UNIT.sub(r"\1th Unit", span_text)   # 'Unit 731': a unit by its code (部队)
        # a headquarters written after its formation takes the formation's echelon (rule 15)
        span_text = _HEADQUARTERS_AFTER.sub(r"\1", span_text)
        if _LETTERED_FORCE.fullmatch(span_text) or span_text.startswith("Task Force "):
            return {"numbers": [], "echelon": "部队", "echelon_key": "unit", "prefix": "", "side": side, "id": None}
        span_text = _SERVICE_TAIL.sub("", _BRACKETS.sub(r"\1", span_text))
        parent = _COMMA_PARENT.match(span_text)
        if parent:
            own = _normalize_designation(_REGIMENT_NAME_HEAD.sub("Regiment", parent.group(1)), left_context, side)
            above = _normalize_designation(_REGIMENT_NAME_HEAD.sub("Regiment", parent.group(2)), "", own["side"])
            return {**own, "numbers": own["numbers"] + above["numbers"], "id": None}
        span_text = _REGIMENT_NAME_HEAD.sub("Regiment", span_text)
    norm = _normalize_designation(span_text, left_context, side)
    if not norm.get("prefix") and written.endswith(("Royal Artillery", "Royal Engineers")) and norm.get("numbers"):
        # a numbered unit with its corps after it ('170th Battery Royal Artillery'): the corps' arm (en14)
        norm["prefix"] = "工兵" if written.endswith("Engineers") else \
            "高射炮兵" if re.search(r"(?i)anti-aircraft", written) else "炮兵"
    return norm


# sub-units named by a letter (A-M Company, D Troop, B Battery, C Squadron, A Flight): the letter is no number
_LETTERED_ECHELONS = frozenset("company companies coy coys troop troops battery batteries squadron squadrons flight".split())
_LONE_LETTER = re.compile(r"(?<![\w.'-])[A-Z](?![\w.'-])")


def _normalize_designation(span_text: str, left_context: str = "", side: str | None = None) -> dict:
    """MIL_UNIT norm for an English designation ('11th and 23rd Armies', 'XX Bomber Command').

    The side comes from `side` (given by the caller, e.g. from the same designation elsewhere
    in the document), else from a side word before the span, else from a qualifier or echelon
    only one side used. The echelon and prefix words follow the side: a Japanese Division is
    师团, a Chinese one 师; a Japanese Field Artillery regiment is 野炮兵.
    """
    named = named_units_en().get(span_text)
    if named:
        zh, named_side, echelon = named
        return {"numbers": [], "echelon": echelon, "prefix": "", "side": named_side, "name": zh,
                "id": f"{named_side}/named/{zh}" if named_side else None}
    global _ECHELON_TAIL
    if _ECHELON_TAIL is None:
        forms = sorted(english_echelons(), key=len, reverse=True)
        # the same matches as (?i)\b(<forms, longest first>)$ (a match ends at the span's end, so which form
        # matched is read from its text, not from the order of the alternatives)
        _ECHELON_TAIL = re.compile(r"\b(" + _caseless_form_trie(forms) + r")$")
    tail = _ECHELON_TAIL.search(span_text)
    english_echelon = _SPACES.sub(" ", tail.group(1)) if tail else span_text.split()[-1]
    head = span_text[: tail.start()] if tail else span_text
    nation = _NATION_IN_SPAN.search(head)
    if nation:
        head = head[: nation.start()] + " " + head[nation.end():]
    if english_echelon.lower() in _LETTERED_ECHELONS:
        head = _LONE_LETTER.sub(" ", head)     # 'C Company', 'D Troop': a letter, not the Roman 100, 500 (auditen6)
    members = _list_members(head)
    numbers = [n for n, _ in members]
    qualifiers = [q for _, q in members]
    if len(set(qualifiers)) > 1 and not any(qualifiers[1:]):
        qualifiers = [qualifiers[0]] * len(qualifiers)     # 'New 22nd and 38th Divisions': both New
    qualifier = qualifiers[0] if qualifiers and len(set(qualifiers)) == 1 else ""
    prefix = PREFIXES.get(qualifier, "")
    singular = singular_echelon(english_echelon)
    nation_side = SIDE_WORDS.get(_SPACES.sub(" ", (nation.group(1) or nation.group(2)).lower())) if nation else None
    member_sides = [(unit_prefixes().get(PREFIXES.get(q, "")) or {}).get("side") for q in qualifiers]
    side = side or side_from_context(left_context) or nation_side \
        or (unit_prefixes().get(prefix) or {}).get("side") or next((s for s in member_sides if s), None) \
        or ECHELON_SIDE.get(singular.lower())
    if side == "JP" and qualifier in PREFIXES_JP:
        prefix = PREFIXES_JP[qualifier]
    if not members and not prefix and _UNIT_OR_FORCE_END.search(span_text):   # 'Ishii Tank Unit' 
        arm = _PREFIX_RE.search(head)
        prefix = PREFIXES.get(_SPACES.sub(" ", arm.group(1).lower()), "") if arm else ""
    side = side or PREFIX_SIDES.get(prefix)
    zh, key = echelon_for(singular, side)
    if nation and nation.group(1) and nation.group(1).lower() in ("ccf", "pva", "cpv") \
            and singular.lower() == "army group":
        zh, key = "兵团", "corps"           # the People's Volunteer Army's army group (9th CCF Army Group = 第9兵团)
    if len(set(qualifiers)) > 1:
        # members with different qualifiers ('the 3rd, Reserve 10th and 190th Divisions'): no common
        # prefix, the member ids joined by commas (as the Chinese normaliser does for 58、72、暂2军)
        ids = [unit_id(side, key, [n], PREFIXES.get(q, "")) for n, q in members]
        unit = ",".join(ids) if all(ids) else None
    else:
        unit = unit_id(side, key, numbers, prefix)
    return {"numbers": numbers, "echelon": zh, "echelon_key": key, "prefix": prefix, "side": side, "id": unit}


def _list_members(head: str) -> list[tuple[int, str]]:
    """(number, lower-case qualifier) of each designation in the part before the echelon."""
    members = []
    inner = ""
    last = list(_TOKEN.finditer(head))
    while last and parse_ordinal(last[-1].group()) is None:
        last.pop()
    if last:                       # a qualifier between the last number and the echelon applies to all
        found = _PREFIX_RE.search(head, last[-1].end())
        if found:
            inner = _SPACES.sub(" ", found.group(1).lower())
            head = head[: found.start()]
    for part in _MEMBER_SEPARATOR.split(head):
        qualifier = ""
        found = _PREFIX_RE.search(part)
        if found:
            qualifier = _SPACES.sub(" ", found.group(1).lower())
            part = part[: found.start()] + " " + part[found.end():]
        for token in part.split():
            number = parse_ordinal(token)
            if number is not None:
                members.append((number, qualifier or inner))
                qualifier = ""
    return members


# Between a parent and its subordinate: "the Eleventh Army's 58th Division" (parent first) or
# "the 58th Division of the (Japanese) Eleventh Army" (parent after).
_POSSESSIVE_GAP = re.compile(r"^['\u2019]s\s+$")
_OF_GAP = re.compile(r"^,?\s+(?:of|under)\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)?$")


def _member_keys(norm: dict) -> list[tuple]:
    key = (norm.get("echelon_key"), norm.get("prefix"))
    return [key + (n,) for n in norm.get("numbers") or ()]


# The Chinese Red Army's world (1927-1937) named in a document: its soviets, its base, its leaders, its march
# (auditen7). 'Red Army' alone there is the Chinese Workers' and Peasants' Red Army, not the Soviet one, unless the
# document names the Soviet Union's army or state too.
_CHINESE_RED_CONTEXT = re.compile(
    r"\b(?:Jiangxi|Kiangsi|Chinese|Central|Hubei-Henan-Anhui|Oyuwan)\s+Soviets?\b|\bLong\s+March\b"
    r"|\bEncirclement\s+Campaign|\bMao\s+(?:Zedong|Tse-tung|Tse-Tung)\b|\b(?:Zhu\s+De|Chu\s+Teh)\b")
_SOVIET_CONTEXT = re.compile(r"\bSoviet\s+(?:Union|Red\s+Army|Army|troops|forces)\b|\bUSSR\b|\bU\.S\.S\.R\b"
                             r"|\bWehrmacht\b|\bStalin\b|\bRussians?\b|\bKwantung\s+Army\b")


def _chinese_red_army(text: str, units: list[tuple[int, int, dict]], norms: list[dict]) -> None:
    """'Red Army' in a document about the Chinese soviets and none about the Soviet Union's army: 中国工农红军."""
    if "Red Army" not in text or not _CHINESE_RED_CONTEXT.search(text) or _SOVIET_CONTEXT.search(text):
        return
    for i, (start, end, _) in enumerate(units):
        if text[start:end] == "Red Army" and norms[i].get("name") == "苏联红军":
            norms[i] = {**norms[i], "side": "CCP", "name": "中国工农红军", "id": "CCP/named/中国工农红军",
                        "side_from": "document"}


def document_sides(text: str, units: list[tuple[int, int, dict]]) -> list[dict]:
    """Norms of English MIL_UNIT spans (in text order) with sides completed from the document.

    A unit written without a side takes (1) the one side the document gives the same
    designation elsewhere ('the Japanese 68th and 116th Divisions ... the 116th Division' -> JP,
    echelon 师团; norm side_from "document"), else (2) the side of the parent written with it
    ("the Eleventh Army's 58th Division", "the 58th Division of the 11th Army"; side_from
    "parent"). With two different sides for a designation the side stays None.
    """
    norms = [dict(n) for _, _, n in units]
    _chinese_red_army(text, units, norms)
    if not any(n.get("numbers") and n.get("side") is None for n in norms):
        return norms
    from pipeline.rules.english_dev6 import written_sides  # noqa: PLC0415

    norms = written_sides(text, units, norms, normalize_unit_en)
    sides: dict[tuple, set] = {}
    for norm in norms:
        if norm.get("side") and not norm.get("side_from"):
            for key in _member_keys(norm):
                sides.setdefault(key, set()).add(norm["side"])

    def resolve(i: int, side: str, source: str) -> None:
        start, end, _ = units[i]
        norms[i] = {**normalize_unit_en(text[start:end], "", side=side), "side_from": source}

    for i, norm in enumerate(norms):
        if norm.get("numbers") and norm.get("side") is None:
            found = set().union(*(sides.get(k, set()) for k in _member_keys(norm)))
            if len(found) == 1:
                resolve(i, found.pop(), "document")
    def parents() -> None:
        for i, norm in enumerate(norms):
            if not norm.get("numbers") or norm.get("side") is not None:
                continue
            start, end, _ = units[i]
            if i > 0 and norms[i - 1].get("side") and _POSSESSIVE_GAP.match(text[units[i - 1][1]:start]):
                resolve(i, norms[i - 1]["side"], "parent")
            elif i + 1 < len(norms) and norms[i + 1].get("side") and _OF_GAP.match(text[end:units[i + 1][0]]):
                resolve(i, norms[i + 1]["side"], "parent")

    parents()
    for i, norm in enumerate(norms):
        if not norm.get("numbers") or norm.get("side") is not None:
            continue
        start, end, _ = units[i]
        previous = norms[i - 1] if i else None
        if previous and previous.get("side") and not previous.get("side_from") \
                and previous.get("echelon_key") == norm.get("echelon_key") \
                and _AND_GAP.match(text[units[i - 1][1]:start]):
            resolve(i, previous["side"], "coordinated")   # 'the Japanese 68th Division and the 116th Division'
        elif _japanese_commander(text, end) or _japanese_commander_before(text, start):
            resolve(i, "JP", "commander")                 # 'the 21st Brigade under Major General Masao Nakamura'
    army_groups = [i for i, n in enumerate(norms) if n.get("echelon_key") == "army_group" and n.get("side") is None
                   and n.get("numbers")]
    chinese_units = any(n.get("side") in ("ROC", "CCP") for n in norms)
    if army_groups and (chinese_units or _CHINA_CUE.search(text)) and not _WESTERN_ARMY_GROUP_CUE.search(text):
        for i in army_groups:                             # the NRA's numbered 集团军 ('the XXth Army Group')
            resolve(i, "ROC", "document")
    if any(n.get("numbers") and n.get("side") is None for n in norms):
        parents()       # once more: a parent's side found by its commander or as an army group ('of the 21st Army
        #                 under Lieutenant General Furusho Motoo', 'the 4th Army of the 27th Army Group')
    return norms


# A numbered army group written without a side is the NRA's 集团军 in a text about China, unless the text is
# about the Western Allies or Germany, whose army groups (集团军群) were numbered or lettered too.
# (plain alternations of capitalised words: scanned fast, no word bounds needed for these forms)
_CHINA_CUE = re.compile(r"Chinese|China|Nationalist|Kuomintang|KMT|NRA|National\s+Revolutionary\s+Army")
_WESTERN_ARMY_GROUP_CUE = re.compile(r"Allied|Allies|American|U\.S\.|German|Wehrmacht|Europe|SEAC|"
                                     r"Montgomery|Bradley|Eisenhower|Slim\b|Giffard")


# An infobox commander with his formation in brackets: 'Rensuke Isogai (10th Division)'.
_COMMANDER_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+([A-Z][a-z]+)[ \t]*\($")


def _japanese_commander_before(text: str, start: int) -> bool:
    found = _COMMANDER_BEFORE.search(text, max(0, start - 40), start)
    if bool(found) and japanese_shaped(found.group(1)) and japanese_shaped(found.group(2)):
        return True
    owner = _OWNER_BEFORE.search(text, max(0, start - 30), start)   # "Yamauchi's 15th Division"
    return bool(owner) and japanese_shaped(owner.group(1)) and owner.group(1) not in _western_surnames()


_OWNER_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,14})['\u2019]s[ \t]+(?:own[ \t]+)?$")


@lru_cache(maxsize=1)
def _western_surnames() -> frozenset:
    """Last words of the non-Japanese two-word names of persons.tsv ('Orde Wingate' -> Wingate): a Japanese-shaped
    word that is a known Western surname is no Japanese commander."""
    found = set()
    for row in read_rows("persons.tsv"):
        for form in (row[2].split(",") if len(row) >= 3 else []):
            parts = form.split()
            if len(parts) >= 2 and not all(japanese_shaped(p) for p in parts):
                found.add(parts[-1])
    return frozenset(found)


_AND_GAP = re.compile(r"^,?\s+(?:and|&)\s+(?:the\s+)?$")
_COMMANDER = re.compile(
    r",?\s+(?:under|of|commanded\s+by|led\s+by)\s+(?:(?:Lieutenant|Major|Brigadier)[\s-]+General\s+|General\s+"
    r"|Lt\.\s*Gen\.\s+|Maj\.\s*Gen\.\s+|Colonel\s+|Col\.\s+)?([A-Z][a-z]+)\s+([A-Z][a-z]+)(?![\w-])")
# A romanised Japanese name word (Hepburn syllables: consonant(s), vowel, optional n): Anami,
# Korechika, Shunroku, Yokoyama; not Bruce, Scott, Stilwell, nor pinyin words with x, q, zh or -ng.
# (a doubled consonant inside the word: Tesshu, Hattori, Ikki, Seppuku)
_JAPANESE_WORD = re.compile(r"(?:(?:(?<=[aiueon])(?:ssh|tch|kk|tt|pp)|ky|gy|sh|ch|ts|ny|hy|by|py|my|ry|j|f|[kgsztdnhbpmyrw])?[aiueo][aiueoō]?n?"
                            r"(?![aiueo])){2,6}", re.I)


def japanese_shaped(word: str) -> bool:
    """True for a word of four letters or more made of romanised Japanese syllables."""
    return len(word) > 3 and _JAPANESE_WORD.fullmatch(word) is not None


def _japanese_commander(text: str, end: int) -> bool:
    """A unit followed by its commander's name in Japanese form ('under Major General Masao Nakamura')."""
    found = _COMMANDER.match(text, end)
    return bool(found) and japanese_shaped(found.group(1)) and japanese_shaped(found.group(2))


def singular_echelon(word: str) -> str:
    lowered = word.lower()
    if lowered.endswith("armies"):
        return word[: -len("armies")] + "Army"
    if lowered.endswith("ies") and not lowered.endswith("armies"):
        return word[:-3] + "y"
    if lowered.endswith("s") and not lowered.endswith(("corps", "headquarters", "forces")):
        return word[:-1]
    if lowered.endswith("forces"):
        return word[:-1]
    return word


_DASH = "[-\u2010\u2011\u2013\u2014]"


def normalize_english_spans(text: str, spans: list[tuple[int, int, str]],
                            state: dict | None = None) -> list[dict]:
    """One norm per English (start, end, label) span, with document context
    (`state`: the date context carried between calls, see normalize_dates_en).

    DATE/QUANTITY/MIL_UNIT as above; GPE/LOC/FAC get the Chinese name (`zh`)
    and the shared place id where the lexicons know them; PERSON/ORG/EVENT get
    `zh` where a lexicon knows the name (ids for these are set by pipeline.link).
    """
    from pipeline.rules.english_lexicon import english_names

    names = english_names()
    norms: list[dict] = [{} for _ in spans]
    dates = [i for i, s in enumerate(spans) if s[2] == "DATE"]
    for i, value in zip(dates, normalize_dates_en(text, [spans[i][:2] for i in dates], state=state)):
        norms[i] = value
    for i, (start, end, label) in enumerate(spans):
        span_text = text[start:end]
        if label == "QUANTITY":
            norms[i] = normalize_quantity_en(span_text)
        elif label == "MIL_UNIT":
            norms[i] = normalize_unit_en(span_text, text[max(0, start - 40):start])
        elif label in ("GPE", "LOC", "FAC", "PERSON", "ORG", "EVENT"):
            known = names.get(re.sub(_DASH, "-", span_text))
            if known:
                norms[i]["zh"] = known[1]
            if label in ("GPE", "LOC", "FAC"):
                from pipeline.link import place_id

                norms[i]["id"] = place_id(known[1]) if known and label != "FAC" else None
    units = sorted((i for i, s in enumerate(spans) if s[2] == "MIL_UNIT"), key=lambda i: spans[i][0])
    if units:
        completed = document_sides(text, [(spans[i][0], spans[i][1], norms[i]) for i in units])
        for i, norm in zip(units, completed):
            norms[i] = norm
    return norms
