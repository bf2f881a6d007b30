"""Unit and landform forms of English war pages 1840-1979 that the other finders miss (session 16, helper
auditen18, label-focused audit of MIL_UNIT / LOC / EVENT on 36 passages from 26 sites: Ia Drang, Hue 1968, the
1971 Indo-Pakistani war, Slim River, Sandepu, the Bogue, Bang Bo):

- A US/Commonwealth battalion by slash notation before its regiment's arm: `1/7 Cav`, `2/5 Marines`,
  `4/12 Frontier Force` (battalion/regiment, as english_units reads `3/8 Gurkhas`): MIL_UNIT, echelon 营,
  numbers [battalion, regiment]. An amalgamated formation by two ordinals: `the 5th/16th Brigade`: one MIL_UNIT,
  both numbers, the echelon of its head.
- A numbered unit with its army's abbreviation between number and arm (`the 7th ARVN Cavalry`, `the 2nd ARVN
  Airborne Task Force`, `the 8th ROK Cavalry`; the finders read `3rd ARVN Regiment` but not these heads, and
  the line break of a printed page may fall inside): one MIL_UNIT (guideline 2: the army name inside the
  designation stays inside).
- A landform by a capitalised name and a lower-case head after `the` (`the Chu Pong massif`, `the Humen strait`,
  `the Shakargarh bulge`, `the Kursk salient`), and a capitalised `Bulge`/`Salient`: LOC. The name is no
  demonym nor common word (`the Japanese salient`, `the narrow strait` stay untagged).
- `the 6th NVA`, `the 9th VC` (a Vietnam-war shorthand: the army's abbreviation after an ordinal, no head): one
  MIL_UNIT, numbers, echelon unsaid, side VN; not before a capitalised head (`the 4th NVA Regiment` is read whole).
- A designation whose printed line breaks before its head (`the 1st ARVN Division Reconnaissance\n  Company`, book and PDF excerpts): one MIL_UNIT, read as if on one line; not when a letter or number follows
  the head (`the 2nd Battalion\nCompany E` is two units).
- A regiment abbreviated `Regt` without its full stop (`the 33rd Regt`): MIL_UNIT 团, as `33rd Regt.`.
- A troop written with its parents after commas (`the 3d Troop, 7th ARVN Cavalry`, `A Troop, 1st Squadron,
  9th Cavalry`): one MIL_UNIT (the comma-chain reading of docs/annotation-guidelines.md), echelon 排 as `D Troop`.
- US numbered Marine forces (`9th Marine Expeditionary Force`, `III Marine Amphibious Force`) with their number;
  VC/NVA battalions named by a code or a city and their arm (`D16 Local Force Battalion`, `Hue City Sapper
  Battalion`); `Peoples Army of Vietnam` without its apostrophe.
- EVENT: a code name in capitals read again without `Operation` after `Operation X` in the same paragraph
  (`PERSHING had come to mean`); the other name of a battle in brackets (`the battle of Sandepu (Heikoutai)`,
  the reading of `Ryojun Kōisen`); no EVENT for `a/an X offensive` (an indefinite article names no event).
- US regiments of the old army by number, `US` and arm (`the 6th US Artillery`, `9th U.S. Infantry`; 1840-1945
  texts), and a lettered battery or troop with such a parent after a comma (`Battery D, 6th US Artillery`).
- EVENT: a lower-case ordinal before `battle/siege of X` is the event's (`the first battle of Manila`, rule 10).
- LOC: a named ravine `X Draw` (`Wana Draw`; Okinawa and Korea), the name no common word.
- A landing beach named by a colour (`Red Beach`, `Green Beach 2`): LOC (a beach is a place without a
  government, like the landing zones' FAC reading for the man-made ones).
Seen and not fixed: `the 12th` standing for a brigade named before it; island names without a head (`Chuenpi`).
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import demonyms
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_SLASH_BN = re.compile(r"(?<![\w/.,-])(?P<bn>\d)/(?P<rgt>\d{1,2})(?:st|nd|rd|th|d)?[ \t]+"
                       r"(?P<arm>Cav|Cavalry|Marines|Infantry|Inf|Armor|Armored|Artillery|Frontier[ \t]+Force)"
                       r"(?![\w-])")
_SLASH_ORD = re.compile(r"(?<![\w/.,-])(?P<a>\d{1,3})(?:st|nd|rd|th|d)/(?P<b>\d{1,3})(?:st|nd|rd|th|d)[ \t]+"
                        r"(?P<h>Brigade|Battalion|Regiment|Division)(?![\w-])")
_FORCE_ABBR = re.compile(r"(?<![\w/.,-])(?P<n>\d{1,3}(?:st|nd|rd|th|d))[ \t]+(?P<f>ARVN|NVA|PAVN|ROK|KPA|NKPA|PVA|CCF|US|U\.S\.)"
                         r"[ \t]*\n?[ \t]*(?:(?:Airborne|Ranger|Armored|Marine|Mechanized|Infantry)[ \t]+)?"
                         r"(?P<h>Cavalry|Rangers|Task[ \t]+Force|Battalion|Division|Brigade|Group|Corps|Artillery|Infantry)"
                         r"(?![\w-])")
_BARE_FORCE_ORDINAL = re.compile(r"(?<=\bthe[ \t])(?P<n>\d{1,3})(?:st|nd|rd|th|d)[ \t]+(?:NVA|PAVN|VC)"
                                 r"(?=[ \t]*[,.;:)]|[ \t]+(?:[a-z]|\n)|\n)")
_BROKEN_UNIT = re.compile(r"(?<![\w/.,-])\d{1,3}(?:st|nd|rd|th|d)(?:[ \t]+[A-Z][A-Za-z]{1,15}){1,4}[ \t]*\n[ \t]*"
                          r"(?:Company|Battalion|Regiment|Brigade|Squadron|Battery|Detachment)(?![\w-])"
                          r"(?![ \t]+(?:[A-Z](?![a-z])|\d))")
_BARE_REGT = re.compile(r"(?<![\w/.,-])\d{1,3}(?:st|nd|rd|th|d)[ \t]+Regt(?![\w.-])")
_LANDFORM = re.compile(r"(?<![\w'\u2019-])(?:the|The)[ \t]+(?P<span>(?P<n>[A-Z][a-z]{2,15}(?:[ \t-][A-Z][a-z]{1,15}){0,2})"
                       r"[ \t]+(?:massif|strait|bulge|salient|Bulge|Salient))(?![\w-])")
_BEACH = re.compile(r"(?<![\w-])(?:Red|Blue|Green|White|Yellow|Orange|Black|Gold|Purple|Brown)[ \t]+Beach"
                    r"(?:[ \t]+\d{1,2}(?![\d,.]))?(?![\w-])")
_MARINE_FORCE = re.compile(r"(?<![\w/.,-])(?:\d{1,2}(?:st|nd|rd|th|d)|I{1,3}|IV|V)[ \t]+Marine[ \t]+"
                           r"(?:Expeditionary|Amphibious)[ \t]+(?:Force|Brigade|Unit)(?![\w-])")
_CODED_BATTALION = re.compile(r"(?<![\w/.,-])(?P<name>[A-Z]{1,2}-?\d{1,3}[A-Z]?|(?:[A-Z][a-z]{1,12}[ \t]+){1,3}City)"
                              r"[ \t]*\n?[ \t]*(?P<arm>Sapper|Local[ \t]+Force|Main[ \t]+Force|Sapper-Commando|Artillery)"
                              r"[ \t]*\n?[ \t]*Battalion(?![\w-])")
_PEOPLES = re.compile(r"(?<![\w'\u2019-])Peoples[ \t]+(?:Liberation[ \t]+Army|Army[ \t]+of[ \t]+Vietnam|Volunteer[ \t]+Army)(?![\w-])")
_CODE_NAME = re.compile(r"(?<![\w-])Operation[ \t]+(?P<c>[A-Z]{3,}(?:[ \t][A-Z]{3,})?)(?![\w-])")
_INDEFINITE_OFFENSIVE = re.compile(r"(?:^|[^\w])(?:a|an|An|A)[ \t]+$")
_TROOP_CHAIN = re.compile(r"(?<![\w/.,-])(?:(?:\d{1,2}(?:st|nd|rd|th|d)|[A-K])[ \t]+Troop|(?:Battery|Troop)[ \t]+[A-M])"
                          r",[ \t]*\n?[ \t]*(?:\d{1,2}(?:st|nd|rd|th|d)[ \t]+Squadron,[ \t]*\n?[ \t]*)?\d{1,3}(?:st|nd|rd|th|d)[ \t]+"
                          r"(?:(?:ARVN|ROK|US|U\.S\.)[ \t]*\n?[ \t]*)?(?:Armored[ \t]+)?(?:Cavalry|Artillery)(?:[ \t]+Regiment)?(?![\w-])")
_BRACKET_ALIAS = re.compile(r"(?<![\w-])(?:[Bb]attle|[Ss]iege)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}"
                            r"[ \t]+\((?P<y>[A-Z][a-z'\u2019-]{2,20}(?:[ \t-][A-Z][a-z'\u2019-]{1,20}){0,2})\)")
_ORDINAL_BATTLE = re.compile(r"(?<![\w-])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)[ \t]+"
                             r"(?:battle|siege)[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+){0,2}"
                             r"(?![\w-])")
_DRAW = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{2,15})[ \t]+Draw(?![\w-])")
_MONTHS = frozenset("January February March April May June July August September October November December".split())
_NOT_NAME = frozenset("The A An In On At Of To By For From With This That North South East West Northern Southern "
                      "Eastern Western Upper Lower Great Little Allied Enemy Nationalist Communist Soviet German".split())


def _unit(text: str, m: re.Match, numbers: list[int], echelon: str | None, key: str | None, out: list,
          source: str) -> None:
    from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415

    norm = normalize_unit_en(m.group(), text[max(0, m.start() - 40):m.start()])
    norm["numbers"] = numbers
    if echelon:
        norm["echelon"], norm["echelon_key"] = echelon, key
    out.append(Candidate(m.start(), m.end(), "MIL_UNIT", source, 60, norm))


def _units(text: str, out: list) -> None:
    if "/" in text:
        for m in _SLASH_BN.finditer(text):
            _unit(text, m, [int(m.group("bn")), int(m.group("rgt"))], "营", "battalion", out, "rule:en_slash_battalion")
        for m in _SLASH_ORD.finditer(text):
            _unit(text, m, [int(m.group("a")), int(m.group("b"))], None, None, out, "rule:en_slash_formation")
    for m in _BARE_FORCE_ORDINAL.finditer(text):   # 'the 6th NVA divided': a numbered enemy unit, echelon unsaid
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_bare_force_ordinal", 60,
                             {"numbers": [int(m.group("n"))], "echelon": "", "prefix": "", "side": "VN", "id": None}))
    if "\n" in text:   # a printed line broken inside a designation: '1st ARVN Division Reconnaissance\nCompany'
        from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415

        for m in _BROKEN_UNIT.finditer(text):
            flat = re.sub(r"\s+", " ", m.group())
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_line_broken_unit", 59,
                                 normalize_unit_en(flat, text[max(0, m.start() - 40):m.start()])))
    for m in _BARE_REGT.finditer(text):   # '33rd Regt' without its full stop ('7th Regt.' is read elsewhere)
        _unit(text, m, [int(re.match(r"\d+", m.group()).group())], "团", "regiment", out, "rule:en_bare_regt")
    for m in _FORCE_ABBR.finditer(text):
        from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415

        flat = re.sub(r"\s+", " ", m.group())
        norm = normalize_unit_en(flat, text[max(0, m.start() - 40):m.start()])
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_force_abbr_unit", 60, norm))


def _named_units(text: str, out: list) -> None:
    from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415

    if "Marine" in text:
        for m in _MARINE_FORCE.finditer(text):
            norm = normalize_unit_en(m.group())
            number = re.match(r"\d+", m.group())
            roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}.get(m.group().split()[0])
            norm["numbers"] = [int(number.group())] if number else [roman]
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_marine_force", 60, norm))
    if "Battalion" in text:
        for m in _CODED_BATTALION.finditer(text):
            norm = {"numbers": [], "echelon": "营", "echelon_key": "battalion",
                    "prefix": "工兵" if m.group("arm").startswith("Sapper") else "", "side": None, "id": None}
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_coded_battalion", 60, norm))
    if "Troop," in text or "Battery " in text:   # 'the 3d Troop, 7th ARVN Cavalry': a troop with its parents is one unit (comma chain)
        for m in _TROOP_CHAIN.finditer(text):
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_troop_chain", 61,
                                 normalize_unit_en(re.sub(r"\s+", " ", m.group()))))
    if "Peoples" in text:
        for m in _PEOPLES.finditer(text):
            flat = re.sub(r"\s+", " ", m.group()).replace("Peoples", "People's")
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_peoples_force", 60, normalize_unit_en(flat)))


def _events(text: str, out: list) -> None:
    if "attle of" in text or "iege of" in text:   # 'the first battle of Manila': the ordinal is the event's (rule 10)
        for m in _ORDINAL_BATTLE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_lower_ordinal_battle", 60))
    if "attle of" in text or "iege of" in text:   # 'the battle of Sandepu (Heikoutai)': the other name is the event
        for m in literal_finditer(_BRACKET_ALIAS, text):
            y = m.group("y")
            if y.split()[0] not in _NOT_NAME and y.split()[0] not in _MONTHS and y not in demonyms():
                out.append(Candidate(m.start("y"), m.end("y"), "EVENT", "rule:en_bracket_battle_alias", 60))
    if "Operation " in text:   # a code name in capitals read again without `Operation` ('PERSHING had come to mean')
        for code in {m.group("c") for m in _CODE_NAME.finditer(text)}:
            for m in re.finditer(rf"(?<![\w-]){re.escape(code)}(?![\w-])", text):
                if not text[max(0, m.start() - 10):m.start()].rstrip().endswith("Operation"):
                    out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_bare_code_name", 55))
    if " offensive" in text:   # 'with a Shakargarh offensive': no named event after an indefinite article
        for c in [c for c in out if c.label == "EVENT" and text[c.start:c.end].endswith(" offensive")]:
            if _INDEFINITE_OFFENSIVE.search(text[max(0, c.start - 4):c.start]):
                out.remove(c)


def _places(text: str, out: list) -> None:
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    peoples = demonyms()
    for m in _LANDFORM.finditer(text):
        words = re.split(r"[ \t-]", m.group("n"))
        if any(w in _NOT_NAME or w in peoples or w.endswith(("ese", "ish")) for w in words):
            continue
        if len(words) == 1 and common_word(words[0]):
            continue
        out.append(Candidate(m.start("span"), m.end("span"), "LOC", "rule:en_lower_landform_head", 52))
    if "Draw" in text:   # 'Wana Draw': a ravine by its name (Okinawa, Korea)
        for m in _DRAW.finditer(text):
            if m.group("n") not in _NOT_NAME and not common_word(m.group("n")):
                out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_named_draw", 52))
    if "Beach" in text:
        for m in _BEACH.finditer(text):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_colour_beach", 52))


def find_slash_army_abbrev_units(text: str, out: list) -> None:
    """Slash battalions, units with an army abbreviation inside, landforms by a lower-case head, colour beaches."""
    if re.search(r"\d(?:st|nd|rd|th|d)?[ /]", text):
        _units(text, out)
    if "the " in text.lower() or "Beach" in text or "Draw" in text:
        _places(text, out)
    _named_units(text, out)
    _events(text, out)
