"""English MIL_UNIT forms that recur across campaigns and that the numbered grammar of english.py does not
read (session 7, helper en9):

- an ordinal, any capitalised qualifiers and an echelon (`57th Special Rifle Corps`, `4th Light Anti-Aircraft
  Regiment`), a code name in brackets between them (`18th (Kiku) Division`);
- US regimental combat teams (`21st RCT`, `503rd Parachute Regimental Combat Team`: 团);
- Indian and Australian battalions by battalion/regiment number (`2/10th Baluch`, `5/2nd Punjab`,
  `2/19th Battalion`: one span, 营, numbers of both);
- a designation written with a lower-case echelon after a cardinal (`the 118 division`: a count would be
  plural), number two or more;
- a formation named without a number after an article or possessive (`the Papuan Infantry Battalion`,
  `the Imperial Guards Division`);
- a battalion, company or battery with its regiment named by its arm after a comma (`2nd Battalion, 35th
  Infantry`): one span, as `2nd Bn, Dorset Regiment`;
- a force named after the place or region it defends or comes from: a place any finder tagged, then
  qualifiers and `Force` / `Corps` / `Command` / `Detachment` / `Garrison` (`North Luzon Force`,
  `Sumatra Defence Force`, `Java Expeditionary Corps`): one MIL_UNIT;
- a base area's military region named by its provinces' short names joined by hyphens (`Jin-Cha-Ji Military
  Region`, 军区);
- a naval or air unit numbered after its name (`Carrier Division 2`, `Marine Fighting Squadron 211`) and the US
  Navy's abbreviations (`VMF-211`, `DesRon 2`);
- a formation written with its romanised Japanese echelon word (`Kiku Heidan`, `Nankai Shitai`, `18th Shidan`,
  `Dai-31 Shidan`; side JP);
- a Roman-numbered corps with a nationality or arm word (`II Philippine Corps`, `III Amphibious Corps`, `VIII Army
  Corps`) and a Roman-numbered brigade with its qualifier (`XV International Brigade`, with a named battalion of it before `of
  the`: `the Dimitrov Battalion of the XV International Brigade`; session 27);
- a British or Indian battalion by its regiment's plural name (`1st Gloucesters`, `2nd Royal Scots`,
  `1st West Yorkshires`): 营, as real-dev4's `1st Royal Northumberland Fusiliers`;
- a list of bare ordinals right after a plural echelon (`three divisions, the 4th, 9th and 12th`,
  `2 Brigades: 5th and 7th`): one MIL_UNIT with the echelon of the plural (rule 4).

`find_unit_forms(text, out)` appends candidates; it reads the MIL_UNIT candidates already in `out` (joins).
Every scan starts from a rare literal: an echelon word, a slash, `RCT` / `Combat Team`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_german_designations_armies_of import roman_value
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

UNIT_PRIORITY = 59          # below the numbered finder's 60: only a longer reading of a designation wins
HEADS = (r"Military\s+District|Military\s+Region|Military\s+Area|Army\s+Corps|Army\s+Group|Area\s+Army|Field\s+Army|Air\s+Army|Army|Corps|Division|Brigade|Regiment|Battalion"
         r"|Squadron|Flotilla|Fleet|Detachment|Column|Group|Wing|Company")
HEAD_RE = guarded(re.compile(rf"(?<![\w-])(?:{HEADS})\b"))
_CAP = r"[A-Z][a-z]{1,20}(?:-[A-Z][a-z]{1,20})?"
# Words that may not stand between an ordinal and its echelon (a sentence or another name goes on there).
NOT_QUALIFIER = frozenset("The A An And Or Of In On At To By For From With Under After Before During When Then "
                          "January February March April May June July August September October November December "
                          "He She It They His Her Its Their This That Army Division Corps Brigade Regiment Battalion "
                          "General Colonel Major Captain Lieutenant Commander Admiral Marshal".split())
_STOP_NAMED = frozenset("The A An This That These Those His Her Its Their Our Your Each Every Another Same Other "
                        "Japanese Chinese American Allied British Nationalist Communist Soviet Russian German "
                        "Enemy Entire Whole First Second Third Fourth Fifth Sixth Seventh Eighth Ninth Tenth "
                        "Operations Plans Intelligence Research Planning Supply Personnel Logistics Historical "
                        "History Sales Legal Press Political Propaganda Finance Training Education Staff War Navy "
                        "Headquarters Command Commander Deputy Chief Officer General Colonel Major Captain".split())


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    # figures and the word ordinals to the twentieth (the full alternation of english.ORD costs ~8 ms a pattern
    # to compile, and the numbered finder reads the longer word ordinals with their usual qualifiers)
    ORD = (r"(?:\d{1,4}(?:st|nd|rd|th)|\d{0,3}[23]d|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
           r"|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth|Eighteenth|Nineteenth|Twentieth)")
    return {
        # ending where a head word ends (searched back from it)
        # a cardinal only before a title in brackets, as British war diaries and unit histories write them ('38
        # (Irish) Brigade', '22 (Motor) Battalion'; session 27 s27enunit): a count would be plural
        "qualified": re.compile(rf"(?<![\w/-])(?P<ord>{ORD}|(?<![.,$£¥])\d{{1,3}}(?=[ \t]+\([A-Z]))[ \t]+(?P<quals>(?=Military[ \t]|Army[ \t]+Corps)"
                                rf"|(?:{_CAP}[ \t]+){{1,3}}?"
                                # a title in brackets, one to three words, and up to two qualifiers after it: '18th
                                # (Kiku) Division', '7th (Burma Police) Battalion', '5th (Scottish) Parachute Battalion'
                                rf"|\([A-Z][a-z]{{1,12}}(?:[ \t]+[A-Z][a-z]{{1,12}}){{0,2}}\)[ \t]+(?:{_CAP}[ \t]+){{0,2}}?)"
                                rf"(?P<head>{HEADS})$"),
        "rct": re.compile(rf"(?<![\w/-])(?P<ord>{ORD}|\d{{1,3}})[ \t]+(?:(?:{_CAP})[ \t]+){{0,2}}"
                          r"(?:RCT|Regimental[ \t]+Combat[ \t]+Team|Combat[ \t]+Team)\b"),
        "slash": guarded(re.compile(r"(?<![\w/.,-])(?P<bn>\d{1,2})/(?P<rgt>\d{1,2})(?:st|nd|rd|th)[ \t]+"
                            rf"(?P<name>{_CAP}(?:[ \t]+{_CAP}){{0,2}})(?![\w-])")),
        "cardinal": re.compile(r"(?<![\w.,$£¥/-])(?P<n>\d{1,3})[ \t]+(?P<head>division|regiment|brigade|battalion|corps"
                               r"|army|company|squadron)$"),
        "named": re.compile(rf"(?<![\w-])(?:the|The|his|its|their)[ \t]+(?P<name>(?:{_CAP}[ \t]+){{1,3}})"
                            r"(?P<head>Battalion|Regiment|Brigade|Division|brigade|division|detachment|column)$"),
        "arm_parent": re.compile(rf",[ \t]+(?P<ord>{ORD})[ \t]+(?P<arm>Infantry|Cavalry|Marines|Engineers|Field[ \t]+Artillery"
                                 r"|Artillery|Armor|Armored)(?![\w-])"),
    }


def _norm(span: str, left: str) -> dict:
    return norm_en.normalize_unit_en(span, left)


def _qualified(text: str, out: list) -> None:
    pats = _patterns()
    seen = None
    for head in HEAD_RE.finditer(text):
        if head.end() < len(text) and (text[head.end()].isalnum() or text[head.end()] == "-"):
            continue
        before = text[max(0, head.start() - 16):head.start()].split()
        if not before or not (before[-1][:1].isupper() or before[-1].endswith(")")
                              or head.group().startswith(("Military", "Army Corps"))):
            continue                  # the word before the head is no qualifier ('the Army')
        m = pats["qualified"].search(text, max(0, head.start() - 70), head.end())
        if m is None or m.end() != head.end():
            continue
        quals = m.group("quals").split() or ["Military"]     # 'Military Region', 'Army Corps' need none
        if quals[0].startswith("("):
            code, _, after = m.group("quals").partition(")")
            if any(q in NOT_QUALIFIER for q in code[1:].split() + after.split()):
                continue
        elif any(q in NOT_QUALIFIER for q in quals):
            continue
        if seen is None:
            seen = {(c.start, c.end) for c in out if c.label == "MIL_UNIT"}
        if (m.start(), m.end()) in seen:
            continue                  # the numbered finder read the same span
        # the whole designation; the numbered finder's shorter reading ('Rifle Corps', '19th Battalion') loses
        norm = _norm(re.sub(r"\([^)]*\)[ \t]+", "", m.group()), text[max(0, m.start() - 40):m.start()])
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY, norm))


def _combat_teams(text: str, out: list) -> None:
    if "RCT" not in text and "Combat Team" not in text:
        return
    for m in _patterns()["rct"].finditer(text):
        norm = _norm(m.group(), text[max(0, m.start() - 40):m.start()])
        norm.update(echelon="团", echelon_key="rct")
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY, norm))


_SLASH_STOP = frozenset("January February March April May June July August September October November December "
                        "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec The And Of".split())


def _slash_battalions(text: str, out: list) -> None:
    if "/" not in text:
        return
    for m in _patterns()["slash"].finditer(text):
        words = m.group("name").split()
        while words and words[-1] in _SLASH_STOP:
            words.pop()
        if not words or words[0] in _SLASH_STOP:
            continue
        end = m.start("name") + len(" ".join(words)) if "\t" not in m.group("name") else m.end()
        out.append(Candidate(m.start(), end, "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                             {"numbers": [int(m.group("bn")), int(m.group("rgt"))], "echelon": "营",
                              "prefix": "", "side": None, "id": None}))


_LOWER_HEAD = guarded(re.compile(r"(?:division|regiment|brigade|battalion|corps|army|company|squadron)(?![\w-])"))


def _cardinal_lower(text: str, out: list) -> None:
    for head in _LOWER_HEAD.finditer(text):
        if head.start() < 3 or text[head.start() - 1] not in " \t" or not text[head.start() - 2].isdigit():
            continue
        m = _patterns()["cardinal"].search(text, max(0, head.start() - 6), head.end())
        if m is None:
            continue
        if int(m.group("n")) < 2 or re.search(r"(?i:\b(?:of|over|about|some|nearly|around|than|to)[ \t]+)$",
                                                text[max(0, m.start() - 10):m.start()]):
            continue
        norm = _norm(m.group(), text[max(0, m.start() - 40):m.start()])
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY, norm))


_NAMED_HEAD = guarded(re.compile(r"(?<![\w-])(?:Battalion|Regiment|Brigade|Division|brigade|division|detachment"
                                 r"|column)\b"))


_NATIONALITY = frozenset("Gurkha Indian Burmese Chinese Japanese British American Australian Korean Soviet Russian "
                         "Mongolian Manchu Muslim Communist Nationalist Puppet Allied Kachin Karen Chin Shan Naga "
                         "Yunnan Kwangsi Guangxi Hunan Szechuan Sichuan Cantonese".split())


def _named(text: str, out: list) -> None:
    from pipeline.rules.english_units import GENERIC_WORDS  # noqa: PLC0415
    from pipeline.rules.english_place_context import person_words, common_word  # noqa: PLC0415

    for head in _NAMED_HEAD.finditer(text):
        before = text[max(0, head.start() - 16):head.start()].split()
        if not before or not before[-1][:1].isupper():
            continue
        m = _patterns()["named"].search(text, max(0, head.start() - 70), head.end())
        if m is None or m.end() != head.end():
            continue
        if head.end() < len(text) and text[head.end()] == "-" or re.match(r"[ \t]+of\b", text[head.end():head.end() + 4]):
            continue
        words = m.group("name").split()
        if words[0] in _STOP_NAMED or any(w in NOT_QUALIFIER or w in _STOP_NAMED for w in words) \
                or all(w in GENERIC_WORDS for w in words):
            continue
        if head.group().islower() and any(common_word(w) and w not in person_words() or w in _NATIONALITY
                                          for w in words):
            continue                  # 'the Gurkha brigade', 'the Guards division': a description, not a name
        start = m.start("name")
        out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_named_formation", UNIT_PRIORITY - 3,
                             _norm(text[start:m.end()], text[max(0, start - 40):start])))


_SUBUNIT_END = re.compile(r"(?:Battalion|Bn|Company|Coy|Battery)$")


def _arm_parents(text: str, out: list) -> None:
    """'2nd Battalion, 35th Infantry': a battalion, company or battery and its regiment named by its arm."""
    units = [c for c in out if c.label == "MIL_UNIT"
             and _SUBUNIT_END.search(text[c.start:c.end])]
    for cand in units:
        m = _patterns()["arm_parent"].match(text, cand.end)
        if m is None:
            continue
        norm = dict(cand.norm or {})
        norm["numbers"] = list(norm.get("numbers") or []) + [int(re.match(r"\d+", m.group("ord")).group())
                                                            if m.group("ord")[0].isdigit() else 0]
        if norm["numbers"][-1] == 0:
            norm["numbers"].pop()
        norm["id"] = None
        out.append(Candidate(cand.start, m.end(), "MIL_UNIT", "rule:en_unit_parent", UNIT_PRIORITY + 1, norm))


_FORCE_HEAD = guarded(re.compile(r"(?<![\w-])(?:Force|Corps|Command|Detachment|Garrison|Brigade|Division|Regiment)\b"))
_FORCE_QUALS = re.compile(r"(?:[ \t]+(?:Defen[cs]e|Expeditionary|Field|Volunteer|Volunteers|Striking|Security|Frontier"
                          r"|Border|Garrison|Island|Coastal|Coast|Occupation|Relief|Landing|Special|Task|Area))*[ \t]+$")


_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:North|South|East|West|Central|Northern|Southern|Eastern|Western)[ \t]+$")


def _place_forces(text: str, out: list) -> None:
    """'North Luzon Force', 'Sumatra Defence Force': a tagged place, qualifiers, a force head."""
    heads = list(_FORCE_HEAD.finditer(text))
    if not heads:
        return
    places = None
    for head in heads:
        before = text[max(0, head.start() - 16):head.start()].split()
        if not before or not before[-1][:1].isupper():
            continue                  # no name or qualifier before the head
        if places is None:
            places = {c.end: c for c in out if c.label in ("GPE", "LOC")}
        if head.end() < len(text) and (text[head.end()].isalnum() or text[head.end()] == "-"):
            continue
        gap = _FORCE_QUALS.search(text, max(0, head.start() - 60), head.start())
        if gap is None:
            continue
        place = places.get(gap.start())
        if place is None or (head.group() == "Command" and gap.group().strip() == ""):
            continue                  # 'Burma Command' is read by english_units (a named command)
        compass = _COMPASS_BEFORE.search(text, max(0, place.start - 12), place.start)
        out.append(Candidate(compass.start() if compass else place.start, head.end(), "MIL_UNIT", "rule:en_place_force",
                             UNIT_PRIORITY,
                             {"numbers": [], "echelon": {"Force": "部队", "Brigade": "旅", "Division": "师",
                                                         "Regiment": "团"}.get(head.group(), ""),
                              "prefix": "", "side": None, "id": None}))


MILITARY_REGION_RE = re.compile(
    r"(?<![\w-])(?P<name>[A-Z][a-z]{1,12}(?:[-\u2013][A-Z][a-z]{1,12}){1,3}|(?:North|South|East|West|Central)"
    r"(?:[- ]?(?:east|west|East|West))?(?:ern)?[ \t]+China)[ \t]+Military[ \t]+(?:Region|District|Area|Sub-?district)s?\b")


def _military_regions(text: str, out: list) -> None:
    """'Jin-Cha-Ji Military Region', 'Hebei-Shandong-Henan Military Region': a base area's command (军区)."""
    if "Military" not in text:
        return
    for m in MILITARY_REGION_RE.finditer(text):
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                             _norm(m.group(), text[max(0, m.start() - 40):m.start()])))


NUMBER_AFTER_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:(?:Marine|Carrier|Destroyer|Cruiser|Battleship|Submarine|Patrol|Torpedo|Bombing|Scouting"
    r"|Fighting|Fighter|Bomber|Attack|Observation|Escort|Minesweeper|Transport|Aircraft|Air|Base|Amphibious|Motor"
    r"|Torpedo[ \t]+Boat|Landing|Naval)[ \t]+){1,3})(?P<head>Division|Squadron|Wing|Group|Flotilla)[ \t]+"
    r"(?P<n>\d{1,3})(?![\w,.]\d|[\w-])"
    # and the US Navy's abbreviations: VMF-211, VT-8, VB-6, MAG-21, CarDiv 2, DesRon 2, CruDiv 6, PatWing 10
    r"|(?<![\w-])(?P<abbr>V[A-Z]{1,3}|MAG|MAW|CarDiv|DesRon|DesDiv|CruDiv|BatDiv|SubRon|PatWing|MTBRon)"
    r"[ \t-](?P<n2>\d{1,3})(?![\w-])")


NUMBER_AFTER_RE = guarded(NUMBER_AFTER_RE)


def _numbers_after(text: str, out: list) -> None:
    """'Carrier Division 2', 'Marine Fighting Squadron 211', 'VMF-211': a naval or air unit numbered after its name."""
    for m in NUMBER_AFTER_RE.finditer(text):
        number = int(m.group("n") or m.group("n2"))
        head = (m.group("head") or m.group("abbr")).lower()
        echelon = {"division": "师", "squadron": "中队", "wing": "联队", "group": "大队", "flotilla": "舰队",
                   "force": "部队", "unit": "部队"}.get(head, "中队" if head.startswith(("v", "desron", "subron", "mtbron"))
                                                   else "")
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                             {"numbers": [number], "echelon": echelon, "prefix": "", "side": None, "id": None}))


# The Imperial Japanese Army's and Navy's echelon words in romanised Japanese (complete list of the formations
# above the company: 総軍 sōgun is left out, written alone it is no designation), with their Chinese echelons.
JAPANESE_ECHELONS = {"Hōmengun": "方面军", "Homengun": "方面军", "Shidan": "师团", "Ryodan": "旅团", "Rentai": "联队",
                     "Daitai": "大队", "Chūtai": "中队", "Chutai": "中队", "Shitai": "支队", "Butai": "部队",
                     "Heidan": "兵团", "Hikōshidan": "飞行师团", "Hikoshidan": "飞行师团", "Hikōdan": "飞行团",
                     "Hikodan": "飞行团", "Sentai": "战队", "Kantai": "舰队", "Kōkūtai": "航空队", "Kokutai": "航空队",
                     "Rikusentai": "陆战队", "Konsei Ryodan": "混成旅团", "Rikugun": "", "Kaigun": ""}
JAPANESE_UNIT_RE = re.compile(
    r"(?<![\w-])(?P<name>(?:Dai[- ]?\d{1,3}|\d{1,3}(?:st|nd|rd|th)|[A-Z][a-zōū]{1,12}(?:-[A-Za-zōū][a-zōū]{0,12}){0,3})"
    r"(?:[ \t]+(?:Dokuritsu|Konsei|Tokubetsu|Kaigun|Yasen|Sensha|Kihei|Hohei|Hōhei|Kōhei|Teikoku"
    r"|Infantry|Cavalry|Artillery|Field[ \t]+Artillery|Mountain[ \t]+Artillery|Engineer|Tank|Independent|Mixed))*)"
    r"[ \t]+"   # the English arm words too (session 21: '3rd Cavalry Rentai')
    r"(?P<head>Konsei[ \t]+Ryodan|Hōmengun|Homengun|Shidan|Ryodan|Rentai|Daitai|Chūtai|Chutai|Shitai|Butai|Heidan"
    r"|Hikōshidan|Hikoshidan|Hikōdan|Hikodan|Sentai|Kantai|Kōkūtai|Kokutai|Rikusentai|Rikugun|Kaigun)$")
JAPANESE_HEAD_RE = re.compile(r"(?:Shidan|Ryodan|Rentai|Daitai|Ch[uū]tai|Shitai|Butai|Heidan|Hik[oō]shidan|Hik[oō]dan"
                              r"|Sentai|Kantai|K[oō]k[uū]tai|Rikusentai|H[oō]mengun|Rikugun|Kaigun)(?![\w-])")


_JP_DIGITS = {"ichi": 1, "ni": 2, "san": 3, "shi": 4, "yon": 4, "go": 5, "roku": 6, "shichi": 7, "nana": 7,
              "hachi": 8, "ku": 9, "kyu": 9, "kyū": 9}
_JP_TENS = {"ju": 10, "jū": 10, "hyaku": 100, "byaku": 100, "pyaku": 100}


def japanese_number(words: str) -> int | None:
    """'sanju-ichi' -> 31, 'hyaku-yon' -> 104, 'ju-hachi' -> 18: a number written in romanised Japanese."""
    total, digit = 0, None
    for part in re.findall(r"[a-zū]+", words.lower()):
        for key in sorted(_JP_TENS, key=longest_first):     # 'sanju' = san + ju
            if part.endswith(key) and part[:-len(key)] in _JP_DIGITS | {"": 0}:
                total += (_JP_DIGITS.get(part[:-len(key)], 1)) * _JP_TENS[key]
                break
        else:
            if part not in _JP_DIGITS or digit is not None:
                return None
            digit = _JP_DIGITS[part]
    total += digit or 0
    return total or None


def _japanese_echelons(text: str, out: list) -> None:
    """'Kiku Heidan', 'Nankai Shitai', '18th Shidan', 'Dai-31 Shidan': a formation with its Japanese echelon word."""
    for head in JAPANESE_HEAD_RE.finditer(text):            # the echelon word first, the name read back
        if not head.start() or text[head.start() - 1] not in " \t":
            continue
        m = JAPANESE_UNIT_RE.search(text, max(0, head.start() - 50), head.end())
        if m is None:
            continue
        name = m.group("name").split()[0]
        if name in NOT_QUALIFIER or name in ("The", "A", "An", "This", "That", "Its", "His", "Their"):
            continue
        number = re.search(r"\d{1,3}", name)
        spelt = japanese_number(name[4:]) if re.match(r"Dai-[a-z]", name) else None    # 'Dai-sanju-ichi'
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                             {"numbers": [int(number.group())] if number else [spelt] if spelt else [],
                              "echelon": JAPANESE_ECHELONS[re.sub(r"[ \t]+", " ", m.group("head"))], "prefix": "",
                              "side": "JP", "id": None}))


# a Roman-numbered brigade with its qualifier (the International Brigades of Spain, 1936-38: `the XV International
# Brigade`) and the Army Corps of the nineteenth-century and First World War armies (`the VIII Army Corps`) are read
# the same way (session 27 s27enunit); not after `War` (`World War II Brigade`)
# (session 28 s28enunit: numerals to XCIX, as the German corps of 1939-45 are numbered, `the XLVIII Panzer Corps`, `the
# LVI Corps`; an `SS` before the qualifier, `the II SS Panzer Corps`; the German one-word heads, `the XIV
# Panzerkorps`; a corps without a qualifier, `the LVI Corps`)
_ROMAN_CORPS = re.compile(r"(?<![\w-])(?<!War[ \t])(?P<r>(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))[ \t]+(?:SS[ \t]+)?"
                          r"(?:(?P<q>[A-Z][a-z]{3,15})[ \t]+)?"
                          r"(?P<h>Corps|Brigade|Panzerkorps|Armeekorps|Gebirgskorps|Reservekorps|Kavalleriekorps)$")
# a battalion named by a word or a person, written with its Roman-numbered brigade after `of the`
_NAMED_BATTALION_OF = re.compile(r"(?<![\w'\u2019-])(?:[A-Z][\w'\u2019-]*[ \t]+){1,3}Battalion[ \t]+of[ \t]+the[ \t]+\Z")


def _roman_corps(text: str, out: list) -> None:
    for head in (" Corps", " Brigade", "korps"):
        at = text.find(head)
        while at != -1:                    # read back from each 'Corps' / 'Brigade'
            end = at + len(head)
            at = text.find(head, end)
            if end < len(text) and (text[end].isalnum() or text[end] == "-"):
                continue               # 'Brigades', 'Brigade-level'
            m = _ROMAN_CORPS.search(text, max(0, end - 40), end)
            if m is None or not m.group("r") or (m.group("q") in NOT_QUALIFIER
                                                 and not (m.group("q") == "Army" and m.group("h") == "Corps")):
                continue
            if m.group("q") is None and m.group("h") == "Brigade":
                continue               # 'XV Brigade' alone: no qualifier, no reading here
            brigade = m.group("h") == "Brigade"
            start = m.start()
            named = _NAMED_BATTALION_OF.search(text, max(0, start - 60), start) if brigade else None
            if named:                  # 'the Thaelmann Battalion of the XI International Brigade': one unit
                start = named.start()
                for c in [c for c in out if start <= c.start < m.start() and c.end <= m.start()]:
                    out.remove(c)
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                                 {"numbers": [roman_value(m.group("r"))],
                                  "echelon": "旅" if brigade else "军", "echelon_key": "brigade" if brigade else "corps",
                                  "prefix": "", "side": None, "id": None,
                                  **({"en_hint": {"echelon": "营", "echelon_key": "battalion"}} if named else {})}))


_PLURAL_ECHELON = {"divisions": "division", "brigades": "brigade", "regiments": "regiment", "battalions": "battalion",
                   "armies": "army", "corps": "corps", "companies": "company", "squadrons": "squadron"}


@lru_cache(maxsize=1)
def _ordinal_list_re() -> re.Pattern:
    ORD = r"\d{1,4}(?:st|nd|rd|th|d)"      # figures only: a pattern with the word ordinals thrice compiles slowly
    pattern = re.compile(rf"(?P<plural>[Dd]ivisions|[Bb]rigades|[Rr]egiments|[Bb]attalions|[Aa]rmies|[Cc]orps|[Cc]ompanies"
                      rf"|[Ss]quadrons|DIVISIONS|BRIGADES|REGIMENTS)"
                      rf"[ \t]*(?:[,:(]|\u2014|--)[ \t]*(?:the[ \t]+)?"
                      rf"(?P<list>{ORD}(?:[ \t]*,[ \t]*{ORD}){{0,8}},?[ \t]+(?:and|&)[ \t]+{ORD}|{ORD}(?:[ \t]*,[ \t]*{ORD}){{1,8}})"
                      rf"(?![\w-]|[ \t]+(?:[A-Z]|of\b|in\b))")
    return guarded(pattern)


_PLURAL_FORMS = tuple(w for p in _PLURAL_ECHELON for w in (p, p.capitalize()))


def _ordinal_lists(text: str, out: list) -> None:
    if not any(form in text for form in _PLURAL_FORMS):
        return
    for m in _ordinal_list_re().finditer(text):
        numbers = [int(n) for n in re.findall(r"(\d{1,4})(?:st|nd|rd|th|d)\b", m.group("list"))]
        if len(numbers) < 2:
            continue
        echelon_word = _PLURAL_ECHELON[m.group("plural").lower()].capitalize()
        norm = _norm(f"{numbers[0]}th {echelon_word}", text[max(0, m.start() - 80):m.start()])
        if norm.get("side") is None and re.search(r"\b(?:Japanese|IJA|Imperial Japanese)\b",
                                                  text[max(0, m.start() - 300):m.start()]):
            norm = norm_en.normalize_unit_en(f"{numbers[0]}th {echelon_word}", "", side="JP")
        # the span has no echelon word: the document's side pass (which normalises the span's own words again)
        # must not read it, so a side it cannot tell stays '' instead of None
        norm.update(numbers=numbers, id=None, side=norm.get("side") or "")
        out.append(Candidate(m.start("list"), m.end("list"), "MIL_UNIT", "rule:en_ordinal_list", UNIT_PRIORITY, norm))


PLURAL_REGIMENT_RE = re.compile(
    r"(?<![\w/.-])(?P<n>\d{1,2})(?:st|nd|rd|th|d)[ \t]+(?P<name>(?:Royal[ \t]+|King['\u2019]s[ \t]+(?:Own[ \t]+)?"
    r"|Queen['\u2019]s[ \t]+(?:Own[ \t]+)?)?(?:[A-Z][a-z]{2,15}[ \t]+){0,2}[A-Z][a-z]{3,15}s)(?![\w'\u2019-])")
PLURAL_REGIMENT_RE = guarded(PLURAL_REGIMENT_RE)
_NOT_REGIMENT = frozenset("Marines Guards Hussars Lancers Dragoons Rifles Fusiliers Highlanders Borderers Grenadiers "
                          "Sikhs Gurkhas Punjabis Rajputs Baluchis Dogras Jats Pathans Mahrattas Garhwalis Kumaonis "
                          "Chinese Japanese Days Years Months Weeks Hours Minutes Times Dollars Pounds Miles".split())


def _plural_regiments(text: str, out: list) -> None:
    """'the 1st Gloucesters': a battalion by its regiment's plural name (heads other finders read are left to them)."""
    from pipeline.rules.english_place_context import person_words, common_word  # noqa: PLC0415

    for m in PLURAL_REGIMENT_RE.finditer(text):
        words = m.group("name").split()
        last = words[-1]
        if last in _NOT_REGIMENT or any(w in NOT_QUALIFIER for w in words):
            continue
        if common_word(last) and words[0] not in ("Royal",) and not words[0].startswith(("King", "Queen")):
            continue
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit_form", UNIT_PRIORITY,
                             {"numbers": [int(m.group("n"))], "echelon": "营", "prefix": "", "side": "UK",
                              "id": None}))


def find_unit_forms(text: str, out: list) -> None:
    """Append the MIL_UNIT candidates of the forms above."""
    _qualified(text, out)
    _combat_teams(text, out)
    _slash_battalions(text, out)
    _cardinal_lower(text, out)
    _named(text, out)
    _arm_parents(text, out)
    _place_forces(text, out)
    _roman_corps(text, out)
    _military_regions(text, out)
    _numbers_after(text, out)
    _japanese_echelons(text, out)
    _ordinal_lists(text, out)
    _plural_regiments(text, out)
