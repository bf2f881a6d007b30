"""The value of one English MIL_UNIT span (pipeline.normalize.english): `normalize_unit_en(span, left)` reads
numbers (ordinals, Roman numerals, lists: 'the 5th and 6th Divisions'), echelon, qualifier, side (from a side
word before it: `side_from_context`) and the unit id; code units, lettered forces and sub-units, Commonwealth
battalion forms, named forces; `singular_echelon`."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first
from pipeline.normalize.english_ocr_glue_clock_values import arm_regiment, unglue
from pipeline.normalize.english_unit_vocabulary import (ECHELON_SIDE, ECHELON_SIDE_NUMBERED_ONLY, PREFIX_SIDES, PREFIXES,
                                                        PREFIXES_JP, SIDE_WORDS,
                                                        WORD_ORDINALS, NATION_IN_SPAN, PREFIX_RE, echelon_for,
                                                        english_echelons, named_units_en, unit_id, unit_prefixes)

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
# '3rd/9th Baluch Regiment': a battalion's ordinal before its regiment's name (s22en); '5th/16th Brigade', the
# ordinals right before the echelon, is one amalgamated formation (_SLASH_ORDINALS)
_SLASH_ORD_BATTALION = re.compile(r"(\d{1,2})(?:st|nd|rd|th)/(\d{1,2})(?:st|nd|rd|th)\s")
_US_SLASH_ARM = re.compile(r"\s(?:Cav|Cavalry|Marines|Infantry|Inf|Armor|Armored)$")
_SLASH_ORDINALS = re.compile(r"(\d{1,3})(?:st|nd|rd|th|d)/(\d{1,3})((?:st|nd|rd|th|d)\s+(?:Brigade|Battalion|Regiment|Division))$")
_INNER_FORCE = re.compile(r"(\d{1,3}(?:st|nd|rd|th|d))\s+(ARVN|NVA|PAVN|ROK|KPA|NKPA|PVA|CCF|US|U\.S\.)\s+"
                          r"((?:Cavalry|Rangers|Airborne|Ranger|Armored|Marine|Mechanized|Infantry|Task|Artillery)\b.*)$", re.S)
_TROOP_PARENT = re.compile(r"((?:\d{1,2}(?:st|nd|rd|th|d)|[A-K])\s+Troop|(?:Battery|Troop)\s+[A-M]),\s+"
                           r"(\d.*(?:Cavalry|Artillery)(?:\s+Regiment)?)$", re.S)
_INNER_FORCE_SIDE = {"ARVN": "VN", "NVA": "VN", "PAVN": "VN", "ROK": "ROK", "PVA": "CCP", "CCF": "CCP", "US": "US", "U.S.": "US"}
_SERVICE_TAIL = re.compile(r"\s+(?:RAF|RAAF|RCAF|RIAF|RNZAF|Royal\s+(?:Artillery|Engineers|Horse\s+Artillery|Signals))$"
                           r"|^No\.\s*")
# a sub-unit written with its regiment after `of` (english_regiment_titles_route_armies): read as the comma chain
# below; a quoted letter keeps its closing quote in the span ('C" Company of the Royal Rifles': the company, 连)
_OF_PARENT = re.compile(r"^((?:\d{1,2}(?:st|nd|rd|th|d)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth"
                        r"|[A-HK-M][\"'’”]?)\s+(?P<h>[Bb]attalion|[Cc]ompany|[Bb]attery|[Ss]quadron))\s+of\s+(?:[Tt]he\s+)?"
                        r"([A-Z\d].*)$")
# (or, the British full title, a capital 'The' after the battalion: '1st Battalion The Royal Ulster Rifles'; auditen9)
_COMMA_PARENT = re.compile(r"^((?:Company|Battery|Troop)\s+[A-Z]"     # 'Company E, 2nd Battalion' (auditen13)
                           r"|\d{1,3}(?:st|nd|rd|th|d)\s+(?:Infantry|Marines|Cavalry)"   # '5th Marines, 1st Marine Division'
                           r"|[^,]+\b(?:Bn|BN|Battalion|Bde|Brigade|Company|Coy|Regiment|Column|Division|Platoon))"
                           r"(?:,\s+|\s+(?=The\s))(.+)$")
# a Special Naval Landing Force by its naval district; the Indian Army's class-named battalions
# (pipeline.rules.english_prose)
_SNLF = re.compile(r"(?:Yokosuka|Kure|Sasebo|Maizuru)\s+(\d{1,2})(?:st|nd|rd|th)\s+(Independent\s+)?"
                   r"(?:SNLF|Special\s+Naval\s+Landing\s+Force)(?:\s+(Company|Battalion|Unit))?")
_SNLF_ECHELON = {"Company": "连", "Battalion": "营"}
_INDIAN_CLASS = re.compile(r"(?<=\d(?:st|nd|rd|th) )(?:[A-Z][a-z]+(?:['\u2019]s)? ){0,2}(?:Sikhs|Punjabis|Dogras|Rajputs|Jats"
                           r"|Mahrattas|Marathas|Garhwalis|Kumaonis|Baluchis|Pathans|Brahmans|Madrassis"
                           r"|(?:(?:Mazbi )?Sikh )?Pioneers)$")   # '15th Ludhiana Sikhs', '107th Pioneers' (session 28)
_REGIMENT_NAME_HEAD = re.compile(r"\b(?:Rifles|Light\s+Infantry|Fusiliers|Highlanders|Borderers|Grenadiers|Lancers"
                                 r"|Hussars|Dragoons|Skirmishers|Tirailleurs|Zouaves|Spahis)$")


ORDINAL_STOP = re.compile(r"(\d(?:st|nd|rd|th))\.(?=,|\s+[a-z])")


def normalize_unit_en(span_text: str, left_context: str = "", side: str | None = None) -> dict:
    """MIL_UNIT norm of an English span (see _normalize_unit_en). The same span with the same
    left context is read by a finder and again by normalisation: the value is computed once
    (keyed by the span and its 40 characters of context, not by the document); each caller
    gets its own copy (lists and dicts inside copied too: callers edit them)."""
    if "\u2019" in span_text:   # a typographic apostrophe reads as the plain one: 'People’s Liberation Army' (auditen12)
        span_text = span_text.replace("\u2019", "'")
    if span_text.endswith("Dragoon Guards"):   # a British cavalry regiment ('2nd Dragoon Guards'), not a guards unit (s26enunit)
        span_text = span_text[:-len("Dragoon Guards")] + "Dragoons"
    if "." in span_text:       # a Victorian ordinal's stop ('18th. regiment', '18th., 26th. and 49th. regiments'; auditen9)
        span_text = ORDINAL_STOP.sub(r"\1", span_text)
    value = _unit_value(span_text, left_context, side)
    value = {k: v.copy() if isinstance(v, (list, dict)) else v for k, v in value.items()}
    if not value.get("numbers") and span_text[:1].isdigit():
        german = re.match(r"(\d{1,3})\.[ \t][A-Z\u00c4\u00d6\u00dc]", span_text)
        if german:              # '91. Infanterie-Division' (english_german_designations_armies_of, s26enunit)
            value["numbers"] = [int(german.group(1))]
    return value


@lru_cache(maxsize=8192)
def _unit_value(span_text: str, left_context: str, side: str | None) -> dict:
    return _normalize_unit_en(span_text, left_context, side)


def _normalize_unit_en(span_text: str, left_context: str = "", side: str | None = None) -> dict:
    """MIL_UNIT norm of an English span; written forms of order-of-battle lists first:
    a lettered force ('H Force': 部队), a service after an RAF group ('221 Group RAF'), a qualifier in
    brackets ('1st (Garrison) Bn'), a regiment's name head ('4th Gurkha Rifles': a Regiment), and a
    subordinate with its parent after a comma ('4th Bn, Dorset Regiment': the battalion's echelon, the
    numbers of both)."""
    span_text = unglue(span_text)                          # 'Divi-\nsion', 'Battalion,8th' (english_ocr_glue_clock_values)
    of_parent = _OF_PARENT.match(span_text)
    if of_parent:                                          # '2nd Battalion of the Rajput Regiment': as with a comma (auditen21)
        sub = of_parent.group(1)                           # a lower-case head read as the capital one ('2nd battalion')
        span_text = f"{sub[:of_parent.start('h')]}{of_parent.group('h').capitalize()}, {of_parent.group(3)}"
    written = span_text
    if span_text[:1].isdigit() or span_text.startswith(("Madras", "Bengal", "Bombay")):
        from pipeline.rules.english_victorian_regiments import victorian_unit_norm  # noqa: PLC0415
        victorian = victorian_unit_norm(span_text)          # '26th and 49th Regs', '37th Madras N.I.' (auditen14)
        if victorian:
            return victorian
    troop = _TROOP_PARENT.match(span_text)
    if troop:                                              # '3d Troop, 7th ARVN Cavalry': the troop, all numbers (auditen18)
        child = re.sub(r"^(Battery|Troop)\s+([A-M])$", r"\2 \1", troop.group(1))   # 'Battery D': 'D Battery'
        own = _normalize_designation(child, left_context, side)
        if own.get("echelon") == "Troop":                  # a troop: 排, as english_designations reads `D Troop`
            own = {**own, "echelon": "排", "echelon_key": "troop"}
        above = _normalize_unit_en(re.sub(r"\s+", " ", troop.group(2)), "", side)
        return {**own, "numbers": own["numbers"] + above["numbers"], "side": above.get("side") or own.get("side"),
                "id": None}
    arm = arm_regiment(span_text)
    if arm:                                                # 'the 8th Cavalry': a US regiment by its arm
        return arm
    if span_text[:1].isdigit() or span_text[:1].isupper():
        from pipeline.rules.english_state_regiments_schools import state_regiment_numbers  # noqa: PLC0415
        numbers = state_regiment_numbers(span_text)
        if numbers:                                        # 'the 20th Kansas': a state's regiment, never a head 'Kansa'
            return {"numbers": numbers, "echelon": "团", "echelon_key": "regiment", "prefix": "", "side": "US",
                    "id": None}
    if span_text not in named_units_en():
        snlf = _SNLF.fullmatch(span_text)
        if snlf:                                            # 'Sasebo 5th SNLF', 'Kure 2nd Independent SNLF Company'
            return {"numbers": [int(snlf.group(1))], "echelon": _SNLF_ECHELON.get(snlf.group(3) or "", ""),
                    "echelon_key": "snlf", "prefix": "独立" if snlf.group(2) else "", "side": "JP", "id": None}
        span_text = _INDIAN_CLASS.sub("Battalion", span_text)   # '4th Sikhs': a battalion of the Sikh Regiment
        slash = _SLASH_BATTALION.match(span_text) or (None if _SLASH_ORDINALS.match(span_text)
                                                       else _SLASH_ORD_BATTALION.match(span_text))
        if slash:                                           # '4/10th Gurkha Rifles': battalion 4 of regiment 10
            us = _US_SLASH_ARM.search(span_text)            # '1/7 Cav', '2/5 Marines': a US battalion (auditen18)
            return {"numbers": [int(slash.group(1)), int(slash.group(2))], "echelon": "营",
                    "echelon_key": "battalion", "prefix": "", "side": "US" if us else "UK", "id": None}
        amalgamated = _SLASH_ORDINALS.match(span_text)
        if amalgamated:                                     # 'the 5th/16th Brigade': one formation, both numbers
            norm = _normalize_designation(amalgamated.group(2) + amalgamated.group(3), left_context, side)
            return {**norm, "numbers": [int(amalgamated.group(1)), int(amalgamated.group(2))], "id": None}
        inner = _INNER_FORCE.match(span_text)
        if inner and inner.group(2) in ("US", "U.S.") and re.search(r"\s", inner.group(3)):
            inner = None                                    # '23rd U.S. Infantry Regiment' keeps its own reading
        if inner:                                           # '7th ARVN Cavalry': the army's abbreviation inside
            norm = _normalize_unit_en(inner.group(1) + " " + inner.group(3), left_context, side)
            if norm.get("echelon") == "Artillery":          # '6th US Artillery': a regiment of the old army
                norm = {**norm, "echelon": "团", "echelon_key": "regiment", "prefix": "炮兵"}
            return {**norm, "side": norm.get("side") or _INNER_FORCE_SIDE.get(inner.group(2))}
        span_text = _HQ_OPENING.sub("", span_text)
        span_text = _CODE_UNIT.sub(r"\1th Unit", span_text)   # 'Unit 731': a unit by its code (部队)
        # a headquarters written after its formation takes the formation's echelon (rule 15)
        span_text = _HEADQUARTERS_AFTER.sub(r"\1", span_text)
        if _LETTERED_FORCE.fullmatch(span_text) or span_text.startswith("Task Force "):
            return {"numbers": [], "echelon": "部队", "echelon_key": "unit", "prefix": "", "side": side, "id": None}
        span_text = _SERVICE_TAIL.sub("", _BRACKETS.sub(r"\1", span_text))
        if re.fullmatch(r"\d{1,3}(?:st|nd|rd|th|d)", span_text) and re.search(r"Artillery$", written):
            # 'the 45th Royal Artillery': a regiment by its number and corps alone (english_artillery_provisional_units)
            return {"numbers": [int(re.match(r"\d+", span_text).group())], "echelon": "团", "echelon_key": "regiment",
                    "prefix": "炮兵", "side": side or "UK", "id": None}
        parent = _COMMA_PARENT.match(span_text)
        if parent:
            child = re.sub(r"^(Company|Battery|Troop)\s+([A-Z])$", r"\2 \1", parent.group(1))   # 'Company G': 'G Company'
            own = arm_regiment(child) or \
                _normalize_designation(_REGIMENT_NAME_HEAD.sub("Regiment", child), left_context, side)
            above = normalize_unit_en(parent.group(2), "", own["side"]) if child.endswith("Platoon") else \
                _normalize_designation(_REGIMENT_NAME_HEAD.sub("Regiment", parent.group(2)), "", own["side"])
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
        forms = sorted(english_echelons(), key=longest_first)
        # the same matches as (?i)\b(<forms, longest first>)$ (a match ends at the span's end, so which form
        # matched is read from its text, not from the order of the alternatives)
        _ECHELON_TAIL = re.compile(r"\b(" + _caseless_form_trie(forms) + r")$")
    tail = _ECHELON_TAIL.search(span_text)
    english_echelon = _SPACES.sub(" ", tail.group(1)) if tail else span_text.split()[-1]
    head = span_text[: tail.start()] if tail else span_text
    nation = NATION_IN_SPAN.search(head)
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
        or (ECHELON_SIDE.get(singular.lower()) if numbers or singular.lower() not in ECHELON_SIDE_NUMBERED_ONLY else None)
    if side == "JP" and qualifier in PREFIXES_JP:
        prefix = PREFIXES_JP[qualifier]
    if not members and not prefix and _UNIT_OR_FORCE_END.search(span_text):   # 'Ishii Tank Unit' 
        arm = PREFIX_RE.search(head)
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
        found = PREFIX_RE.search(head, last[-1].end())
        if found:
            inner = _SPACES.sub(" ", found.group(1).lower())
            head = head[: found.start()]
    for part in _MEMBER_SEPARATOR.split(head):
        qualifier = ""
        found = PREFIX_RE.search(part)
        if found:
            qualifier = _SPACES.sub(" ", found.group(1).lower())
            part = part[: found.start()] + " " + part[found.end():]
        for token in part.split():
            number = parse_ordinal(token)
            if number is not None:
                members.append((number, qualifier or inner))
                qualifier = ""
    return members



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
