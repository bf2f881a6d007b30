"""The vocabulary of English MIL_UNIT values (pipeline.normalize.english): word ordinals, English qualifiers
and their Chinese prefix words, side words, the echelons echelons.tsv lacks and the sides some echelons imply,
and the lookups built on them — `english_echelons`, `echelon_for` (the Chinese echelon word for a side),
`unit_id` (the canonical unit key), `unit_prefixes`, `named_units_en`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english_quantities import TENS
from pipeline.rules.english_lexicon import NAMED_UNITS, named_unit_forms, read_rows
from pipeline.lexicons import longest_first

_ORD_ONES = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
             "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
             "seventeenth", "eighteenth", "nineteenth"]
_ORD_TENS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
             "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
WORD_ORDINALS: dict[str, int] = {w: i for i, w in enumerate(_ORD_ONES) if w}
WORD_ORDINALS.update(_ORD_TENS)
for _t, _tw in enumerate(TENS):
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
PREFIX_RE = re.compile(r"(?i)\b(" + "|".join(sorted(PREFIXES, key=longest_first)).replace(" ", r"\s+") + r")\b")
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
NATION_IN_SPAN = re.compile(r"(?i)\b(?<!anti-)(?<!pro-)(burma|burmese|indian|british|gurkha|east\s+african|west\s+african|african"
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
    # a force named by its men (`the Volunteers`, `the Shanghai Volunteers`) has no echelon word (real-dev3-en's reading)
    "volunteer": ("", "volunteer"),
    # USAAF echelons of the CBI and order-of-battle abbreviations
    "army air force": ("航空队", "air_group"), "aaf": ("航空队", "air_group"),
    "air commando group": ("大队", "air_commando_group"), "troop carrier group": ("大队", "troop_carrier_group"),
    "combat cargo group": ("大队", "combat_cargo_group"), "air unit": ("部队", "unit"),
    "bn": ("营", "battalion"), "bde": ("旅", "brigade"), "group": ("大队", "group"),
    "command": ("司令部", "headquarters"), "marine": ("团", "regiment"), "war zone": ("战区", "war_area"), "warzone": ("战区", "war_area"),
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
ECHELON_SIDE = {"war area": "ROC", "war zone": "ROC", "warzone": "ROC", "group army": "ROC", "area army": "JP", "expeditionary army": "JP",
                "bomber command": "US", "fighter command": "US",
                "air force": "US", "air army": "JP", "air division": "JP", "air brigade": "JP", "front": "USSR"}
# Of those, echelons that give their side only with a number: every nation has an air force ('the Argentine Air
# Force'); the numbered ones are the USAAF's ('the Tenth Air Force').
ECHELON_SIDE_NUMBERED_ONLY = frozenset({"air force"})
# English books often call the ROC/PLA 军 a "Corps" (Chinese 5th Corps = 第5军).
SIDE_ECHELONS = {("corps", "ROC"): ("军", "army"), ("corps", "CCP"): ("军", "army"),
                 # the NRA's 集团军 is an "Army Group" in many English books (9th Army Group = 第9集团军)
                 ("army group", "ROC"): ("集团军", "group_army"), ("army group", "CCP"): ("集团军", "group_army"),
                 # the Red Army's armies and corps in Chinese usage (苏军第5集团军, 步兵第87军)
                 ("army", "USSR"): ("集团军", "group_army"), ("corps", "USSR"): ("军", "army"),
                 # a numbered US Air Force is a 航空队 in Chinese (第十四航空队 = the Fourteenth Air Force = the 14th Army Air
                 # Force above), so one unit has one id in both languages (US/air_group/14); 航空军 stays the Japanese
                 # and Soviet Air Army (第5航空军 = 5th Air Army)
                 ("air force", "US"): ("航空队", "air_group")}


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
        for form in named_unit_forms(row[4]):
            table.setdefault(form, (row[1], row[2] or None, row[3]))
    for form, (zh, side, key) in NAMED_UNITS.items():
        echelon = key if re.search(r"[\u4e00-\u9fff]", key) else ""   # 'Northeast Field Army': 野战军
        table.setdefault(form, (zh, None if side == "?" else side, echelon))
    return table
