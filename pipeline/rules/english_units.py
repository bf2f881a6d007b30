"""English MIL_UNIT forms beyond the numbered designations of pipeline.rules.english (issue 8).

- British regiments by name, with or without a number: `1st Kumaon Regiment`, `Royal Scots Fusiliers`,
  `2nd Gurkha Rifles`, `7th Rajput Light Infantry`;
- a battalion or brigade written with its parent after a comma, one span (the comma belongs to the
  designation, as in `April 19, 1944`): `2nd Bn, Dorset Regiment`, `33 Brigade, 7th Indian Division`;
- RAF groups and wings with their service: `224 Group RAF`;
- lettered task forces: `X Force`, `Q Force`;
- nicknamed forces named after their leader: `Carlson's Raiders`, `Darby's Rangers`;
- named commands: `Troop Carrier Command`, `Northern Combat Area Command` (not `High Command`);
- names made of places joined by hyphens with an echelon or theatre word: `India-Burma Wing` (MIL_UNIT),
  `Burma-India Theater` (LOC).

`find_units_extra(text, out)` appends candidates; it runs after the numbered-unit and lexicon
generators and reads their MIL_UNIT candidates from `out` to join a subordinate and its parent.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

UNIT_PRIORITY = 60
# Head words of British and Indian regiment names ('Royal West Kent Regiment', 'Assam Rifles').
REGIMENT_HEAD = (r"(?:Regiment|Rifles|Light\s+Infantry|Fusiliers|Highlanders|Borderers|Grenadiers|Lancers"
                 r"|Hussars|Dragoons|Dragoon\s+Guards|Foot\s+Guards"
                 # the French colonial regiments in English (Algerian Skirmishers, Tonkinese Tirailleurs, auditen6)
                 r"|Skirmishers|Tirailleurs|Zouaves|Spahis)")
# Words that name an arm, not a regiment: 'the Infantry Regiment' alone is no name.
GENERIC_WORDS = frozenset("Infantry Artillery Cavalry Engineer Engineers Field Mountain Heavy Light Tank Mixed "
                          "Independent Reserve Guard Guards Garrison Training Composite Armoured Armored Machine "
                          "Gun Motor Parachute Airborne Signal Signals Medical Transport Pioneer Depot New Old "
                          "Same Each Every Other Second First Third".split())
TITLE_WORDS = frozenset("Deputy Chief Commander Commanding Acting Vice Assistant Colonel General Major Captain "
                        "Lieutenant Brigadier Officer Adjutant Staff".split())
STOP_FIRST = TITLE_WORDS | frozenset("The A An This That These Those Its His Her Their Our In On At By For From After Before "
                       "During When While Japanese Chinese American Allied British Nationalist Communist Soviet "
                       "Indian Burmese Each Every Both Another Under With And Of To Then But As".split())
# Echelon rank for joining a subordinate to its parent after a comma (a lower echelon first).
RANK = {"company": 1, "coy": 1, "battalion": 2, "bn": 2, "regiment": 3, "brigade": 4, "bde": 4,
        "division": 5, "column": 5, "corps": 6, "army": 7, "marines": 3}
DETACHMENT_GENERIC = frozenset("Advance Advanced Special Rear Forward Main Covering Reinforcement Raiding "
                               "Flying Naval Air Army Police Security Landing Assault Shock Frontier".split())
NICKNAME_HEADS = r"(?:Marauders|Raiders|Rangers|Commandos|Irregulars|Tigers|Guerrillas|Scouts|Chindits)"
COMMAND_STOP = frozenset({"High", "Supreme", "Imperial", "Army", "Navy", "Naval", "Unified", "Joint",
                          "Direct", "Overall", "Field", "Sole", "Operational", "Tactical", "Chain"})


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern]:
    from pipeline.rules.english import INNER_QUAL, ORD  # noqa: PLC0415  (english imports this module)

    word = r"[A-Z][a-z]{1,20}"
    number = rf"(?:{ORD}|\d{{1,3}})"
    return {
        # a state's initials joined by '&' name a regiment too ('1st J&K Rifles', '5 J & K Light Infantry': the
        # Jammu and Kashmir regiments of the Indian Army; session 29 s29enunit)
        "regiment": re.compile(
            rf"(?<![\w-])(?:(?P<num>{number})\s+(?:\((?:{INNER_QUAL})\)\s+)?)?"
            rf"(?P<name>(?:Royal\s+)?(?:(?:{word}|[A-Z][ \t]?&[ \t]?[A-Z])\s+){{0,3}}){REGIMENT_HEAD}\b"),
        "battalion": re.compile(
            rf"(?<![\w-]){number}\s+(?:\((?P<qual>{INNER_QUAL})\)\s+)?(?:Bn|BN|Battalion|Bde|Brigade|Coy|Company)\b"),
        # Indian Army battalions by battalion/regiment number: 4/10th Gurkha Rifles, 1/7th Rajputs, 2/5 Gurkhas
        "slash": re.compile(rf"(?<![\w/.,-])(?P<bn>\d{{1,2}})/(?P<rgt>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:Royal\s+)?"
                            rf"(?:{word}\s+){{0,2}}(?:{REGIMENT_HEAD}|Gurkhas|Punjabis|Punjabs|Hyderabads|Madrassis|Garhwals|Kumaons|Rajputs|Baluchis|Sikhs|Dogras"
                            rf"|Jats|Pathans|Mahrattas|Garhwalis|Kumaonis)\b"),
        "raf": re.compile(r"(?<![\w-])(?:No\.\s*)?\d{1,3}\s+(?:Group|Wing|Squadron)\s+(?:RAF|RAAF|RCAF|RIAF|RNZAF)\b"),
        "lettered": re.compile(r"(?<![\w.-])(?:[B-HJ-Z](?:\s+|-)Force)\b"),
        # US task forces named after their commander or by a number ('Task Force Faith', 'Task Force 58')
        "task_force": re.compile(r"(?<![\w-])Task\s+Force\s+(?:[A-Z][a-z]{2,20}|\d{1,3}(?:\.\d{1,2})?"
                                 # a code name in capitals ('Task Force INDIANHEAD', s19enunit)
                                 r"|[A-Z]{3,20}(?:-[A-Z]{2,12})?)\b"),
        "nickname": re.compile(rf"(?<![\w-]){word}['\u2019]s\s+{NICKNAME_HEADS}\b"),
        "detachment": re.compile(rf"(?<![\w-])(?P<name>(?:{word}\s+){{1,2}})Detachment\b"),
        "command": re.compile(rf"(?<![\w-])(?P<name>(?:{word}(?:[-\u2013]{word}){{0,3}}\s+){{1,4}})Command\b"),
        # a unit named after its commander ('Ishii Tank Unit', 'Sano Force'), a flotilla or operational group
        # named after its river or place ('Amur River Flotilla', 'Chuguevsk Operational Group')
        "named_unit": re.compile(rf"(?<![\w-])(?P<name>{word})\s+(?P<arm>Tank\s+|Cavalry\s+|Artillery\s+)?"
                                 rf"(?P<head>Unit|Force)\b"),
        "named_brigade": re.compile(r"(?<![\w-])(?:the|his|its|their)\s+(?P<name>[A-Z][a-z]{2,20})\s+"
                                    r"(?P<head>Brigade|Division)(?:\s+Headquarters)?\b(?!\s+(?:of|and)\b)"),
        "flotilla": re.compile(rf"(?<![\w-])(?P<name>(?:{word}\s+){{1,3}})(?P<head>Flotilla|Operational\s+Group"
                               rf"|Mechani[sz]ed\s+Group|Cavalry[-\s]Mechani[sz]ed\s+Group)\b"),
        "compound": re.compile(
            rf"(?<![\w-])(?P<name>{word}(?:[-\u2013]{word}){{1,3}})\s+(?P<head>Wing|Division|Command|Theater|Theatre)\b"),
    }


@lru_cache(maxsize=1)
def _heads() -> dict[str, re.Pattern]:
    return {"regiment": re.compile(rf"\b{REGIMENT_HEAD}\b"), "nickname": re.compile(rf"\b{NICKNAME_HEADS}\b"),
            "detachment": re.compile(r"\bDetachment\b"), "command": re.compile(r"\bCommand\b"),
            "compound": re.compile(r"\b(?:Wing|Division|Command|Theater|Theatre)\b"),
            # one scan for both: 'Ishii Tank Unit', 'Sano Force' and 'the Island Brigade (Headquarters)'
            # (a plain alternation of words: the scan skips ahead on their first letters; bounds checked after)
            "named_unit": re.compile(r"Unit|Force|Brigade|Division"),
            "flotilla": re.compile(r"Flotilla|Operational\s+Group|Mechani[sz]ed\s+Group"),
            "battalion": re.compile(r"\b(?:Bn|BN|Battalion|Bde|Brigade|Coy|Company)\b")}


def _anchored(key: str, text: str, window: int = 100):
    """Matches of pattern `key` that end at one of its head words, searched back from each head (a
    pattern tried at every position of a long text would cost more than the rare heads)."""
    pattern = _patterns()[key]
    for head in _heads()[key].finditer(text):
        pos = max(0, head.start() - window)
        while True:
            m = pattern.search(text, pos, head.end())
            if m is None or m.end() == head.end():
                break
            pos = m.start() + 1
        if m is not None:
            yield m


def _search_back(pattern: re.Pattern, text: str, head: re.Match, window: int) -> re.Match | None:
    """The match of `pattern` that ends where `head` ends, searched back from it (as _anchored)."""
    pos = max(0, head.start() - window)
    while True:
        m = pattern.search(text, pos, head.end())
        if m is None or m.end() == head.end():
            return m
        pos = m.start() + 1


def _unit(start: int, end: int, text: str, source: str, priority: int = UNIT_PRIORITY,
          norm_text: str | None = None) -> Candidate:
    norm = norm_en.normalize_unit_en(norm_text or text[start:end], text[max(0, start - 40):start])
    return Candidate(start, end, "MIL_UNIT", source, priority, norm)


_LATIN_WORD = re.compile(r"[A-Za-z]+")
_REGIMENT_NAME_WORD = re.compile(r"rifles|fusiliers|highlanders|borderers|grenadiers|lancers|hussars|dragoons")


def _echelon_rank(span: str) -> int | None:
    words = _LATIN_WORD.findall(span)
    for word in reversed(words):
        lowered = word.lower()
        if lowered in RANK:
            return RANK[lowered]
        if lowered.rstrip("s") in RANK:
            return RANK[lowered.rstrip("s")]
        if _REGIMENT_NAME_WORD.fullmatch(lowered):
            return RANK["regiment"]
        if lowered == "infantry" and re.search(r"Light\s+Infantry$", span):
            return RANK["regiment"]
    return None


# capitalised words after 'Task Force' that name a post or its holders, not the force
_TASK_FORCE_POSTS = frozenset("Commander Commanders Chief Leader Leaders Officer Officers Member Members Staff".split())


def find_units_extra(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    pats = _patterns()
    found: list[Candidate] = []
    for m in _anchored("regiment", text):
        start = m.start()
        name_words = m.group("name").split()
        if not m.group("num"):
            while name_words and name_words[0] in STOP_FIRST:   # 'The Assam Rifles' -> 'Assam Rifles'
                start = text.index(name_words.pop(0), start) + 0
                start = m.start("name") + m.group("name").index(name_words[0]) if name_words else m.end("name")
            if not name_words:
                continue
        if any(w in TITLE_WORDS for w in name_words):
            continue              # 'Deputy Cavalry Regiment Chief': a post, not a regiment's name
        head_words = name_words + re.findall(r"[A-Z][a-z]+", text[m.end("name"):m.end()])
        if not m.group("num") and all(w in GENERIC_WORDS for w in head_words if w not in ("Regiment", "Royal")):
            continue
        if m.group("num") and all(w in GENERIC_WORDS for w in name_words) \
                and not re.search(r"Dragoon\s+Guards$", m.group()):
            continue              # '58th Infantry Regiment' is the numbered finder's; not '2nd Dragoon Guards' (s26enunit)
        head = re.search(REGIMENT_HEAD + r"$", text[start:m.end()])
        found.append(_unit(start, m.end(), text, "rule:en_regiment",
                           norm_text=text[start:head.start() + start] + "Regiment"))
    for m in _anchored("battalion", text, 40):
        if m.group("qual"):       # '1st (Garrison) Bn': the numbered finder does not see the parenthesis
            found.append(_unit(m.start(), m.end(), text, "rule:en_unit",
                               norm_text=re.sub(r"\(([^)]*)\)", r"\1", m.group())))
        elif re.search(r"\b(?:Bn|BN|Bde|Coy)$", m.group()):
            found.append(_unit(m.start(), m.end(), text, "rule:en_unit"))
    for m in pats["slash"].finditer(text):
        found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit", UNIT_PRIORITY,
                               {"numbers": [int(m.group("bn")), int(m.group("rgt"))], "echelon": "营",
                                "prefix": "", "side": "UK", "id": None}))
    for m in pats["raf"].finditer(text):
        bare = re.sub(r"^No\.\s*|\s+\S+$", "", m.group())
        found.append(_unit(m.start(), m.end(), text, "rule:en_unit", norm_text=bare))
    for m in pats["lettered"].finditer(text):
        found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_force", UNIT_PRIORITY,
                               {"numbers": [], "echelon": "部队", "prefix": "", "side": None, "id": None}))
    if "Task Force" in text:
        for m in pats["task_force"].finditer(text):
            if m.group().split()[-1] in _TASK_FORCE_POSTS:
                continue      # 'the Task Force Commander': a post, no force's name (auditen13)
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_force", UNIT_PRIORITY,
                                   {"numbers": [], "echelon": "部队", "prefix": "", "side": None, "id": None}))
    for m in _anchored("nickname", text):
        found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_nickname", UNIT_PRIORITY + 2,
                               {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))
    for m in _anchored("command", text):
        words = m.group("name").split()
        while words and words[0] in STOP_FIRST:
            words.pop(0)
        if not words or words[0] in COMMAND_STOP or (len(words) == 1 and words[0] in COMMAND_STOP):
            continue
        start = m.start("name") + [w.start() for w in re.finditer(r"\S+", m.group("name"))][-len(words)]
        found.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_command", UNIT_PRIORITY - 1,
                               {"numbers": [], "echelon": "司令部", "prefix": "", "side": None, "id": None}))
    for m in _anchored("detachment", text):         # a detachment named after its commander
        words = m.group("name").split()
        while words and words[0] in STOP_FIRST:
            words.pop(0)
        if not words or any(w in GENERIC_WORDS or w in DETACHMENT_GENERIC for w in words):
            continue
        start = m.end("name") - len(" ".join(words)) - 1
        found.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_detachment", UNIT_PRIORITY - 1,
                               {"numbers": [], "echelon": "支队", "prefix": "", "side": None, "id": None}))
    _named_units(text, found)
    _provincial_forces(text, found)
    names = english_names()
    for m in _anchored("compound", text):
        parts = re.split(r"[-\u2013]", m.group("name"))
        if not all(names.get(p, ("",))[0] in ("GPE", "LOC") for p in parts):
            continue
        head = m.group("head")
        if head.startswith("Theat"):
            found.append(Candidate(m.start(), m.end(), "LOC", "rule:en_theatre", 41))
        else:
            echelon = {"Wing": "联队", "Division": "师", "Command": "司令部"}[head]
            found.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_unit", UNIT_PRIORITY,
                                   {"numbers": [], "echelon": echelon, "prefix": "", "side": None, "id": None}))
    out.extend(found)
    _join_parents(text, out)
    _join_armed_force(text, out)


_COMMA_GAP = re.compile(r",[ \t]+$")
FLOTILLA_STOP = STOP_FIRST | frozenset("Soviet Red Japanese Chinese Allied Naval River Army".split())
ARM_WORDS = re.compile(r"\b(?:Infantry|Cavalry|Artillery|Tank|Armou?red|Engineer|Transport|Mountain|Marine|Mechani[sz]ed)\b")


_CAPITALISED = re.compile(r"[A-Z][a-z]{1,20}")


def _word_before(text: str, at: int) -> tuple[int, str]:
    """(start, word) of the word that ends one space before `at` ('' when there is none)."""
    if at < 2 or text[at - 1] != " ":
        return at, ""
    start = at - 1
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    if start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-'\u2019"):
        return at, ""
    return start, text[start:at - 1]


_DETERMINERS = ("the", "his", "its", "their")


def _determined(text: str, at: int) -> bool:
    """A determiner before the name at `at`, directly or across one or two lower-case words ('the newly
    formed Gurkha Brigade')."""
    for _ in range(3):
        at, word = _word_before(text, at)
        if word in _DETERMINERS:
            return True
        if not word.islower():
            return False
    return False


def _named_units(text: str, found: list) -> None:
    """'Ishii Tank Unit' (a Japanese unit named after its commander: 部队), 'Sano Force', 'the Island
    Brigade (Headquarters)', 'Amur River Flotilla' (舰队), 'Chuguevsk Operational Group' (集群)."""
    for head in _heads()["named_unit"].finditer(text):
        word, start, end = head.group(), head.start(), head.end()
        if (start and (text[start - 1].isalnum() or text[start - 1] == "-")) \
                or (end < len(text) and (text[end].isalnum() or text[end] == "-")):
            continue
        if word in ("Brigade", "Division"):              # 'the Island Brigade', 'his Mainland Brigade'
            name_start, name = _word_before(text, start)
            if len(name) < 3 or not _CAPITALISED.fullmatch(name) or name in GENERIC_WORDS or name in STOP_FIRST \
                    or name in TITLE_WORDS or not _determined(text, name_start) \
                    or re.match(r"\s+(?:of|and)\b", text[end:end + 5]):
                continue
            hq = re.match(r"\s+Headquarters\b", text[end:end + 16])
            found.append(_unit(name_start, end + (hq.end() if hq else 0), text, "rule:en_named_brigade",
                               UNIT_PRIORITY - 2, norm_text=text[name_start:end]))
            continue
        if text.endswith("Air ", 0, start):
            continue
        name_start, name = _word_before(text, start)
        arm = ""
        if name in ("Tank", "Cavalry", "Artillery"):      # 'Ishii Tank Unit'
            arm = name
            name_start, name = _word_before(text, name_start)
        if not _CAPITALISED.fullmatch(name) or not norm_en.japanese_shaped(name) or name in STOP_FIRST \
                or name in GENERIC_WORDS:
            continue
        prefix = norm_en.PREFIXES.get(arm.lower(), "")
        found.append(Candidate(name_start, end, "MIL_UNIT", "rule:en_named_unit", UNIT_PRIORITY - 1,
                               {"numbers": [], "echelon": "部队", "prefix": prefix, "side": "JP", "id": None}))
    if not any(word in text for word in ("Flotilla", "Operational Group", "Mechanized Group", "Mechanised Group")):
        return                          # (the anchor is rare: skip its scan)
    for m in _anchored("flotilla", text, 60):
        words = m.group("name").split()
        while words and words[0] in STOP_FIRST:
            words.pop(0)
        if not words or words[0] in FLOTILLA_STOP or words[0] in GENERIC_WORDS:
            continue
        start = m.end("name") - len(" ".join(words)) - 1
        echelon = "舰队" if m.group("head") == "Flotilla" else "集群"
        found.append(Candidate(start, m.end(), "MIL_UNIT", "rule:en_named_unit", UNIT_PRIORITY - 1,
                               {"numbers": [], "echelon": echelon, "prefix": "", "side": None, "id": None}))


def _longest_by_start(units: list[Candidate]) -> dict[int, Candidate]:
    """The longest unit starting at each offset (the first of equals)."""
    by_start: dict[int, Candidate] = {}
    for cand in units:
        if cand.start not in by_start or cand.end > by_start[cand.start].end:
            by_start[cand.start] = cand
    return by_start


def _join_parents(text: str, out: list) -> None:
    """'2nd Bn, Dorset Regiment': a lower echelon, a comma and its parent make one span."""
    units = sorted((c for c in out if c.label == "MIL_UNIT"), key=lambda c: (c.start, -c.end))
    by_start = _longest_by_start(units)
    joined = []
    for cand in units:
        low = _echelon_rank(text[cand.start:cand.end])
        if low is None:
            continue
        gap = re.match(r",[ \t]+(?:The[ \t]+)?", text[cand.end:cand.end + 8])   # '3rd Battalion, The Royal X Regiment'
        if not gap:
            continue
        parent = by_start.get(cand.end + gap.end())
        if parent is None:
            continue
        high = _echelon_rank(text[parent.start:parent.end])
        if (parent.norm or {}).get("name") and not re.search(r"\s", text[parent.start:parent.end]):
            after = re.match(r"[ \t]+", text[parent.end:parent.end + 3])
            if after and by_start.get(parent.end + after.end()) is not None:
                continue                # '40th Division, IJA 3rd Division': the force names the next unit's side
            high = RANK["army"] + 1     # '4th Column, CPFA': an abbreviated named force is the parent
        elif low > RANK["brigade"]:
            continue
        if high is None or high <= low:
            continue
        arms = {a.group() for a in ARM_WORDS.finditer(text[cand.start:cand.end])}
        parent_arms = {a.group() for a in ARM_WORDS.finditer(text[parent.start:parent.end])}
        if arms and parent_arms and not arms & parent_arms:
            continue                    # '1 Cavalry Regiment, 1 Artillery Brigade': two counts of a list
        norm = dict(cand.norm or {})
        numbers = list(norm.get("numbers") or []) + list((parent.norm or {}).get("numbers") or [])
        norm.update(numbers=numbers, id=None)
        joined.append(Candidate(cand.start, parent.end, "MIL_UNIT", "rule:en_unit_parent", UNIT_PRIORITY + 1, norm))
    out.extend(joined)


def _join_armed_force(text: str, out: list) -> None:
    """'People's Liberation Army Northeast Field Army': a named armed service written before one of its
    formations is part of the designation (rule 2, as 国民革命军第74军), one span."""
    units = [c for c in out if c.label == "MIL_UNIT"]
    by_start = _longest_by_start(units)
    joined = []
    for cand in units:
        norm = cand.norm or {}
        if not norm.get("name") or norm.get("echelon") or not re.search(r"\s", text[cand.start:cand.end]):
            continue
        gap = re.match(r"[ \t]+", text[cand.end:cand.end + 3])
        formation = by_start.get(cand.end + gap.end()) if gap else None
        if formation is None or (formation.norm or {}).get("echelon") in (None, ""):
            continue
        joined.append(Candidate(cand.start, formation.end, "MIL_UNIT", "rule:en_unit_parent", UNIT_PRIORITY + 1,
                                formation.norm))
    out.extend(joined)


@lru_cache(maxsize=1)
def province_forms() -> frozenset:
    """English forms of China's provinces (places_en.tsv, kind province) and the old regional names of the
    warlord armies (Northeastern, Fengtian, Zhili/Chihli, Anhui/Anfu, Central)."""
    from pipeline.rules.english_lexicon import read_rows  # noqa: PLC0415

    forms = {"Northeastern", "Northeast", "Fengtian", "Fengtien", "Zhili", "Chihli", "Anfu", "Central",
             "Northwestern", "Northwest"}
    for row in read_rows("places_en.tsv"):
        if len(row) >= 4 and row[2] == "province" and row[0] not in ("台湾", "冲绳", "西藏", "内蒙古"):
            forms.update(form.strip() for form in row[3].split("|") if " " not in form.strip())
    return frozenset(forms)


_WORD_BEFORE = re.compile(r"(?<![\w-])([A-Z][a-z]{3,14})[ \t]+$")


def _provincial_forces(text: str, found: list) -> None:
    """A provincial or regional army of the Republic ('the Yunnan Army' 滇军, 'the Shansi Army', 'the
    Northeastern Army' 东北军, 'the Fengtian army' 奉军): MIL_UNIT, echelon 军; a clique or faction named after its
    province ('the Kwangsi clique' 桂系, 'the Zhili faction' 直系): ORG."""
    forms = province_forms()
    for head, label in (("Army", "MIL_UNIT"), ("army", "MIL_UNIT"), ("clique", "ORG"), ("Clique", "ORG"),
                        ("faction", "ORG"), ("Faction", "ORG")):
        at = text.find(head)
        while at != -1:
            end = at + len(head)
            if not (end < len(text) and (text[end].isalnum() or text[end] == "-")) \
                    and not re.match(r"[ \t]+(?:Group|Groups|Corps)\b", text[end:end + 8]):
                word = _WORD_BEFORE.search(text, max(0, at - 20), at)
                if word and word.group(1) in forms:
                    norm = ({"numbers": [], "echelon": "军", "prefix": "", "side": "ROC", "id": None}
                            if label == "MIL_UNIT" else {})
                    found.append(Candidate(word.start(1), end, label, "rule:en_provincial_force",
                                           UNIT_PRIORITY - 1 if label == "MIL_UNIT" else 44, norm))
            at = text.find(head, end)
