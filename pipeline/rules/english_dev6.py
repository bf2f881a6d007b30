"""English forms of a sixth set of real pages (real-dev6-en: encyclopedia and reference pages on the Pacific, Burma
and China theatres), for pipeline.rules.english: forms the other English finders miss or misread (examples written
for this module, not taken from the set).

Generator (`find_dev6`, one paragraph at a time, after the other generators):
- Theatres of war named by capitalised words ('the South-East Asian theatre', 'the China Burma India Theater') and
  fronts named by a compass word ('the Southern Front of the campaign'): LOC.
- Rivers written 'River X' (British usage: 'the River Chindwin'), coordinated names sharing one plural head ('the
  Chindwin and Salween Rivers', 'North and South Twin Lakes'): LOC, one span (rule 4/10 by analogy); the place
  after 'the island of' ('the island of Espiritu Santo'): LOC.
- Clock times after 'at' ('at 21:30', 'at approximately 04:00'): DATE, the day of the last date before it
  (`after_dates`); the first day of a slash range ('12/14 March 1944'): DATE, its month and year from its partner.
- Counts of formations and things with a capitalised noun ('three infantry Divisions', 'two Brigades',
  '5 Fighter aircraft'): QUANTITY, unit the noun as written.
- Figures with a glued or short unit of length ('300m', '2km', '1,200 ft', '200-300m'): QUANTITY (a foot mark
  ("800'") is punctuation and ends no span, rule 13).
- A commander's surname in brackets after a formation ('XV Corps (Christison)'): PERSON; a photographer's name
  after 'Photo by': PERSON; romanised Japanese names written with macrons ('Tōjō Hideki', 'Shōjirō Iida'): PERSON.
- Memorials, cemeteries and museums ('the Kohima War Cemetery', 'the Yasukuni War Memorial'): FAC.
- 'Operation Battle of X' (a reference site's heading): the battle; '<nationality> Conquest of <known place>':
  EVENT; Chinese/Japanese names of operations and battles written in CJK inside English text ('第1次長沙作戦'): EVENT.
- Collaborationist armies ('the Puppet East Hebei Army'), forces named after a compass region ('West Hebei
  Army'), garrisons named after a place ('North Borneo Garrison'), the IJA's cavalry and other groups
  ('IJA Cavalry Group'): MIL_UNIT.

After resolution (`before_sides`, `written_sides`: pipeline.rules.english_dev6_sides): the side of a formation from a Wikipedia disambiguator after it ('15th Division
(Imperial Japanese Army)'), from the numbered infobox row it is listed in ('Units2:' takes 'Combatant2:'), and
from an order-of-battle heading above a list ('Japanese Forces:' ... '- 26th Division'); a chain of three
designations with commas ('219th Regiment, 37th Division, 29th Route Army') one span; spans never end with a
quote mark (''Battle of Midway''); a PERSON never ends with a flag caption's first word ('John Smyth Empire');
a count's noun stops before 'including'.

Every form is anchored on a rare literal (' theat', 'Front', 'River', 'island of', ':' between digits, '/', a
capitalised plural echelon, 'Photo by', a macron, 'Memorial', CJK operation words ...), so a text without one costs
a C-level search each.
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_dev6_figures import (  # the figures: clock times, slash days, counts, lengths
    _capital_counts, _clock_times, _finds, _heads_in, _lengths, _slash_days,
)
from pipeline.spans import Candidate

LOC_PRIORITY = 62            # above the unit reading of 'China Burma India Theater' (a command in named_units)

_CAP = r"[A-Z][\w'\u2019-]{1,20}"


# ----------------------------------------------------------------------------- theatres and fronts
THEATRE_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+$")
THEATRE_HEAD = re.compile(r"[Tt]heat(?:re|er)(?![\w-])")
NOT_THEATRE_WORD = frozenset("The A An This That In Of On At For Its His Their Our Whole Entire Each".split())
FRONT_RE = re.compile(r"(?<![\w-])(?P<f>(?:Northern|Southern|Eastern|Western|Central|North-?(?:eastern|western|East|West)"
                      r"|South-?(?:eastern|western|East|West))[ \t]+Front)(?![\w-])")


def _theatres(text: str, out: list) -> None:
    for at in _finds(text, "heat"):
        head = THEATRE_HEAD.match(text, at - 1)
        if not head:
            continue
        before = THEATRE_BEFORE.search(text, max(0, at - 90), at - 1)
        if not before:
            continue
        words = before.group("n").split()
        while words and words[0] in NOT_THEATRE_WORD:
            words.pop(0)
        if not words:
            continue
        if text[head.start()] == "t" and (len(words) < 2 or text.startswith(" of war", head.end())):
            continue          # lower case: a name of two words or more ('the South-East Asian theatre'), not
            #                   'the Chinese theater' nor 'the China-Burma-India theater of war'
        if not any(_regional_word(w) for w in words):
            continue          # a playhouse ('the Royal Theatre', 'the Imperial Theatre'), not a theatre of war
        start = before.end("n") - len(" ".join(words)) if len(words) == len(before.group("n").split()) else \
            text.find(words[0], before.start("n"))
        out.append(Candidate(start, head.end(), "LOC", "rule:en_theatre", LOC_PRIORITY))


COMPASS_PARTS = frozenset("North South East West Northern Southern Eastern Western Central North-East South-East "
                          "North-West South-West Northeast Southeast Northwest Southwest Far Middle".split())


def _regional_word(word: str) -> bool:
    """A word that names a region: a compass word, a known place, or a place adjective ('Asian', 'Pacific', 'Burmese')."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    if word in COMPASS_PARTS or any(part in COMPASS_PARTS for part in word.split("-")):
        return True
    if word.endswith(("an", "ese", "ic", "ish")) and word not in ("Royal", "Grand", "Roman"):
        return True
    return any(english_names().get(part, (None,))[0] in ("GPE", "LOC") for part in [word, *word.split("-")])


def _fronts(text: str, out: list) -> None:
    for at in _finds(text, " Front"):
        m = FRONT_RE.search(text, max(0, at - 16), at + 7)
        if not m or m.end("f") != at + 6:
            continue
        before = text[max(0, m.start("f") - 12):m.start("f")]
        if re.search(r"(?:\d(?:st|nd|rd|th)|Far)[ \t]+$", before):
            continue          # the Red Army's numbered fronts are formations ('1st Far Eastern Front')
        out.append(Candidate(m.start("f"), m.end("f"), "LOC", "rule:en_front", LOC_PRIORITY))


# ----------------------------------------------------------------------------- rivers, shared heads, islands
_NAME_BEFORE = re.compile(rf"{_CAP}[ \t]+$")
_THE_BEFORE = re.compile(r"(?:the|The)[ \t]+$")
RIVER_X = re.compile(rf"River[ \t]+(?P<n>{_CAP})(?![\w-])")
NOT_RIVER_NAME = frozenset("The A An And Or Of In On At To By For Valley Bank Crossing Force Line Road Plate".split())
SHARED_HEAD_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}}[ \t]+and[ \t]+{_CAP}"
                                rf"(?:[ \t]+{_CAP}){{0,2}})[ \t]+$")
# coordinated names sharing one plural head: places (the administrative ones GPE) and named formations
GPE_SHARED_HEADS = ("Provinces", "Prefectures", "Counties", "Districts", "States")
UNIT_SHARED_HEADS = ("Field Armies", "Brigades", "Divisions", "Regiments", "Battalions")
SHARED_HEADS = ("Rivers", "Lakes", "Islands", "Mountains", "Hills", "Ranges", "Straits") + GPE_SHARED_HEADS \
    + UNIT_SHARED_HEADS
NOT_SHARED_FIRST = frozenset("The A An In On At Of To By For From With Between Both".split())
ISLAND_OF = re.compile(rf"[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})")


def _water_and_islands(text: str, out: list) -> None:
    if "River " in text:
        for at in _finds(text, "River "):
            if at and (text[at - 1].isalnum()):
                continue
            before = text[max(0, at - 12):at]
            if _NAME_BEFORE.search(before) and not _THE_BEFORE.search(before):
                continue          # 'Pearl River Delta', 'Yellow River' ('X River' is the other finders')
            m = RIVER_X.match(text, at)
            if m and m.group("n") not in NOT_RIVER_NAME:
                out.append(Candidate(at, m.end("n"), "LOC", "rule:en_river_x", 45))
    for at, end in _heads_in(text, SHARED_HEADS):
        m = SHARED_HEAD_BEFORE.search(text, max(0, at - 90), at + 1)
        if not m:
            continue
        words = m.group("n").split()
        while words and words[0] in NOT_SHARED_FIRST:
            words.pop(0)
        if len(words) < 3 or words[0] == "and":
            continue
        start = m.end("n") - len(" ".join(words)) if " ".join(words) == m.group("n") else m.end("n") - len(
            m.group("n")) + m.group("n").find(words[0])
        head = text[at + 1:end]
        if head in UNIT_SHARED_HEADS:
            if words[0].lower() in norm_en.SIDE_WORDS or words[0].endswith(("ese", "ian", "ish")):
                continue          # 'the British and Indian Divisions': sides, no names
            echelon = norm_en.echelon_for(norm_en.singular_echelon(head), None)[0]
            out.append(Candidate(start, end, "MIL_UNIT", "rule:en_shared_head_unit", 61,
                                 {"numbers": [], "echelon": echelon, "prefix": "", "side": None, "id": None}))
        else:
            out.append(Candidate(start, end, "GPE" if head in GPE_SHARED_HEADS else "LOC", "rule:en_shared_head", 46))
    for literal in (("island of", "Island of", "islands of") if "sland" in text else ()):
        for at in _finds(text, literal):
            m = ISLAND_OF.match(text, at + len(literal))
            if not m:
                continue
            words = m.group("n").split()
            while words and words[-1] in ("The", "In", "On", "And"):
                words.pop()
            if not words:
                continue
            out.append(Candidate(m.start("n"), m.start("n") + len(" ".join(words)), "LOC", "rule:en_island_of", 41))


# ----------------------------------------------------------------------------- persons
UNIT_HEADS = ("Corps", "Division", "Army", "Brigade", "Regiment", "Force", "Column")
# an order of battle's commander in brackets, with a doubt mark or his seat after a semicolon: '3 Division
# (Teshima?)', '34 Division (Oga; at Nanchang)' (auditen12)
BRACKET_PERSON = re.compile(r"\((?P<p>[A-Z][a-z]{2,20})(?:\?|;[ \t]+(?:at|in|near|HQ|hq)[ \t]+[^()\n]{1,40})?\)")
PHOTO_BY = re.compile(r"[Pp]hoto(?:graph)?(?:[ \t]+(?:credit|courtesy))?:?[ \t]+(?:by[ \t]+)?(?P<p>[A-Z][a-z]{1,20}"
                      r"(?:[ \t]+[A-Z][a-z]{1,20}){1,2})(?![\w-])")
MACRON_WORD = re.compile(r"(?<![\w-])[A-ZŌŪ][a-zāēīōū]{1,14}(?![\w-])")
NOT_NAME_WORDS = frozenset("Empire Japan Kyūshū Honshū Hokkaidō Tōkyō Ōsaka Kyōto Shōwa Meiji Taishō Imperial Army "
                           "Navy Battle Operation Jiken Sensō".split())


def _persons(text: str, out: list) -> None:
    if "(" in text:
        for at in _finds(text, "("):
            if not text[max(0, at - 12):at].rstrip().endswith(UNIT_HEADS):
                continue
            m = BRACKET_PERSON.match(text, at)
            if m:
                out.append(Candidate(m.start("p"), m.end("p"), "PERSON", "rule:en_unit_commander", 39))
    for literal in ("hoto by", "hotograph by", "hoto:"):
        for at in _finds(text, literal):
            m = PHOTO_BY.match(text, at - 1)
            if m:
                out.append(Candidate(m.start("p"), m.end("p"), "PERSON", "rule:en_photo_by", 39))
    done = set()
    for ch in ("" if text.isascii() else "ōūŌŪ"):
        for at in _finds(text, ch):
            if at in done:
                continue
            words = list(MACRON_WORD.finditer(text, max(0, at - 30), min(len(text), at + 30)))
            k = next((i for i, w in enumerate(words) if w.start() <= at < w.end()), None)
            if k is None:
                continue
            for a, b in ((k, k + 1), (k - 1, k)):           # the word with the macron and its neighbour
                if a < 0 or b >= len(words) or text[words[a].end():words[b].start()] not in (" ", "\t"):
                    continue
                pair = (words[a].group(), words[b].group())
                plain = [w.translate(_MACRONS) for w in pair]
                if any(w in NOT_NAME_WORDS for w in pair) or not all(_japanese_word(w) for w in plain) \
                        or not any(norm_en.japanese_shaped(w) for w in plain):
                    continue
                out.append(Candidate(words[a].start(), words[b].end(), "PERSON", "rule:en_macron_name", 39))
                done.update(range(words[a].start(), words[b].end()))
                break


def _japanese_word(word: str) -> bool:
    """A romanised Japanese name word; short ones too ('Ōta', 'Itō') when written with a macron."""
    return norm_en.japanese_shaped(word) or 2 <= len(word) <= 3 and norm_en._JAPANESE_WORD.fullmatch(word) is not None


_MACRONS = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")


# ----------------------------------------------------------------------------- facilities and events
MEMORIAL_BEFORE = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,3}})[ \t]+$")
MEMORIAL_HEADS = ("War Memorial", "War Cemetery", "Memorial Hall", "Memorial Museum", "Peace Memorial", "Cemetery",
                  "Memorial")
NOT_MEMORIAL_FIRST = frozenset("The A An This That In At On Of To".split())
OPERATION_BATTLE = re.compile(rf"Operation[ \t]+(?P<e>Battle[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}})")
NAVAL_BATTLE = re.compile(rf"Naval[ \t]+Battle[ \t]+of[ \t]+(?:the[ \t]+)?{_CAP}(?:[ \t]+{_CAP}){{0,3}}")
CONQUEST_BEFORE = re.compile(r"(?<![\w-])(?P<side>[A-Z][a-z]{3,14})[ \t]+$")
CONQUEST_PLACE = re.compile(rf"[ \t]+(?:the[ \t]+)?(?P<p>{_CAP}(?:[ \t]{_CAP}){{0,2}})")
CJK_EVENT = re.compile(r"(?P<e>[\u3400-\u9fff0-9０-９]{1,12}(?:作戦|作战|會戰|会战|戰役|战役|事變|事变|事件|戰爭|战争))")
CJK_HEADS = ("作戦", "作战", "會戰", "会战", "戰役", "战役", "事變", "事变", "事件", "戰爭", "战争")
CJK_HEAD_RE = re.compile("|".join(CJK_HEADS))


def _memorials(text: str, out: list) -> None:
    done = set()
    for head in MEMORIAL_HEADS:
        for at in _finds(text, head):
            end = at + len(head)
            if end < len(text) and text[end].isalnum() or at in done:
                continue
            m = MEMORIAL_BEFORE.search(text, max(0, at - 60), at)
            start = at
            if m:
                words = m.group("n").split()
                while words and words[0] in NOT_MEMORIAL_FIRST:
                    words.pop(0)
                if words:
                    start = m.end("n") - len(" ".join(words)) if " ".join(words) == m.group("n") else text.find(
                        words[0], m.start("n"))
            if start == at or head == "Memorial" and text[start:at].strip().endswith("War"):
                if start == at:
                    continue
            done.update(range(start, end))
            out.append(Candidate(start, end, "FAC", "rule:en_memorial", 56))


def _events(text: str, out: list) -> None:
    if "Operation Battle" in text:
        for at in _finds(text, "Operation Battle"):
            m = OPERATION_BATTLE.match(text, at)
            if m:
                out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_operation_battle", 56))
    for at in _finds(text, "Naval Battle of"):
        m = NAVAL_BATTLE.match(text, at)
        if m and (at == 0 or not text[at - 1].isalnum()):
            out.append(Candidate(at, m.end(), "EVENT", "rule:en_naval_battle", 56))
    for literal in (" Conquest of", " conquest of"):
        for at in _finds(text, literal):
            side = CONQUEST_BEFORE.search(text, max(0, at - 16), at + 1)
            place = CONQUEST_PLACE.match(text, at + len(literal))
            if not side or not place or (norm_en.SIDE_WORDS.get(side.group("side").lower()) is None
                                         and side.group("side") not in _NATIONALITIES):
                continue
            from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
            names = english_names()
            words = place.group("p").split()
            for n in range(len(words), 0, -1):
                name = " ".join(words[:n])
                if names.get(name, (None,))[0] in ("GPE", "LOC"):
                    out.append(Candidate(side.start("side"), place.start("p") + len(name), "EVENT", "rule:en_conquest", 56))
                    break
    for hit in (() if text.isascii() else CJK_HEAD_RE.finditer(text)):
        at, head = hit.start(), hit.group()
        m = CJK_EVENT.search(text, max(0, at - 12), at + len(head))
        if m and m.end("e") == at + len(head) and len(m.group("e")) > len(head) \
                and m.group("e")[0] not in "的之了在和與与及或等是":   # (Mandalay)的會戰: no name (auditzh10)
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_cjk_event", 56))


_NATIONALITIES = frozenset("German Italian French British Russian Soviet Japanese Chinese American Korean Allied".split())


# ----------------------------------------------------------------------------- forces
PUPPET_ARMY = re.compile(rf"(?P<u>[Pp]uppet[ \t]+(?:{_CAP}[ \t]+){{1,3}}Army)(?![\w-])")
COMPASS_PLACE_FORCE = re.compile(r"(?<![\w-])(?P<u>(?:West|East|North|South|Western|Eastern|Northern|Southern)[ \t]+"
                                 rf"{_CAP}[ \t]+(?P<h>Army|Garrison))(?![\w-])")
SERVICE_GROUP = re.compile(r"(?<![\w-])(?P<u>(?:IJA|IJN)[ \t]+(?P<arm>Cavalry|Tank|Artillery|Air|Infantry|Engineer)"
                           r"[ \t]+(?P<h>Group|Brigade|Regiment|Division))(?![\w-])")
_ARM_PREFIX = {"Cavalry": "骑兵", "Tank": "战车", "Artillery": "炮兵", "Air": "飞行", "Infantry": "步兵", "Engineer": "工兵"}
_GROUP_ECHELON = {"Group": "集团", "Brigade": "旅团", "Regiment": "联队", "Division": "师团"}


def _forces(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    if "uppet " in text:
        for at in _finds(text, "uppet "):
            m = PUPPET_ARMY.match(text, at - 1)
            if m:
                out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_puppet_army", 62,
                                     {"numbers": [], "echelon": "军", "echelon_key": "army", "prefix": "",
                                      "side": None, "id": None}))
    for literal in (" Army", " Garrison"):
        for at in _finds(text, literal):
            m = COMPASS_PLACE_FORCE.search(text, max(0, at - 40), at + len(literal))
            while m and m.end("h") < at + len(literal):
                m = COMPASS_PLACE_FORCE.search(text, m.end("h"), at + len(literal))
            if not m or m.end("h") != at + len(literal):
                continue
            place = m.group("u").split()[1]
            if english_names().get(place, (None,))[0] not in ("GPE", "LOC"):
                continue          # 'West Suiyuan Army', not 'West Point Army'
            garrison = m.group("h") == "Garrison"
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_region_force", 61,
                                 {"numbers": [], "echelon": "" if garrison else "军",
                                  "echelon_key": "garrison" if garrison else "army",
                                  "prefix": "警备" if garrison else "", "side": None, "id": None}))
    for literal in ("IJA ", "IJN "):
        for at in _finds(text, literal):
            m = SERVICE_GROUP.match(text, at)
            if m:
                out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_service_group", 62,
                                     {"numbers": [], "echelon": _GROUP_ECHELON[m.group("h")],
                                      "echelon_key": m.group("h").lower(), "prefix": _ARM_PREFIX[m.group("arm")],
                                      "side": "JP", "id": None}))


# ----------------------------------------------------------------------------- repairs of other candidates
LOWER_BATTLE_OF = re.compile(rf"battle[ \t]+of[ \t]+the[ \t]+(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,2}})[ \t]+(?P<h>campaign|war|theatre|theater)(?![\w-])")
FLAG_WORDS = ("Empire", "Republic", "Kingdom", "Flag", "United")


def _repair(text: str, out: list) -> None:
    """Candidates of the other finders that run into the next name: a PERSON ending with a flag caption's first
    word ('Sir John Smyth Empire of Japan' -> 'John Smyth'); a lower-case 'battle of the X' followed by its
    head ('the air battle of the Pacific campaign' -> EVENT 'Pacific campaign')."""
    flags = any(w in text for w in FLAG_WORDS)
    battles = "battle of the " in text
    if not flags and not battles:
        return
    for i, cand in enumerate(out):
        if flags and cand.label == "PERSON" and text.endswith(FLAG_WORDS, cand.start, cand.end):
            words = text[cand.start:cand.end].split()
            if len(words) >= 3 and (words[-1] == "United" or text.startswith(" of", cand.end)):
                cut = text.rfind(" ", cand.start, cand.end)
                out[i] = Candidate(cand.start, cut, cand.label, cand.source, cand.priority, cand.norm)
        elif battles and cand.label == "EVENT" and text.startswith("battle of the ", cand.start):
            m = LOWER_BATTLE_OF.match(text, cand.start)
            if m:
                out[i] = Candidate(m.start("n"), m.end("h"), "EVENT", "rule:en_lower_battle_head", cand.priority)


# ----------------------------------------------------------------------------- '-based', perimeters
BASED_BEFORE = re.compile(rf"(?<![\w-])(?P<n>[A-Z][\w'\u2019]{{1,20}}(?:[ \t]+[A-Z][\w'\u2019]{{1,20}}){{0,2}})$")
PERIMETER = re.compile(rf"(?<![\w-])(?P<n>{_CAP}(?:[ \t]+{_CAP}){{0,1}})[ \t]+[Pp]erimeter(?![\w-])")


def _based_and_perimeters(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    for at in _finds(text, "-based"):
        m = BASED_BEFORE.search(text, max(0, at - 40), at)
        if m:
            words = m.group("n").split()
            for k in range(len(words)):          # the longest known place ending at the hyphen
                name = " ".join(words[k:])
                known = english_names().get(name, (None,))[0]
                if known in ("GPE", "LOC"):
                    out.append(Candidate(at - len(name), at, known, "rule:en_based", 41))
                    break
    for at in _finds(text, "erimeter"):
        m = PERIMETER.search(text, max(0, at - 40), at + 9)
        if m and m.end() == at + 8 and m.group("n") not in ("The", "A", "Its", "This"):
            out.append(Candidate(m.start("n"), m.end(), "FAC", "rule:en_perimeter", 45))


# ----------------------------------------------------------------------------- infobox Units rows, order of battle lists
UNITS_ROW = re.compile(r"^[-*•]?[ \t]*Units[12]?[ \t]*:(?P<v>[^\n]*)$", re.M)
ROW_ITEM = re.compile(rf"[ \t]*(?:\*[ \t]*)?(?P<u>{_CAP}(?:[ \t]+{_CAP}){{0,5}})[ \t]*$")
ECHELON_HEADS = ("Army", "Corps", "Division", "Brigade", "Regiment", "Battalion", "Group", "Force", "Detachment",
                 "Column", "Unit", "Fleet", "Flotilla", "Squadron", "Wing", "Garrison")
NOT_UNIT_ITEM = frozenset("Unknown None Various Several Elements Unclear Unspecified See Total Approximately About Some "
                          "Multiple Many Other Others".split())
OOB_LINE = re.compile(rf"^[ \t]*[-*•][ \t]+(?P<u>(?:{_CAP}|\d{{1,3}}(?:st|nd|rd|th|d))(?:[ \t]+{_CAP}){{0,4}})(?=[ \t]*(?:$|under[ \t]|\(|,|:))", re.M)


def _unit_rows(text: str, out: list) -> None:
    """Each item of an infobox 'Units' row is a formation ('Units2: Fifteenth Army, Subhas Brigade, Bahadur
    Group'); each list line under an order-of-battle heading that ends with an echelon word ('- Garrison
    Brigade', '- Guerrilla Force') is one too."""
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for row in UNITS_ROW.finditer(text):
        at = row.start("v")
        for item in row.group("v").split(","):
            m = ROW_ITEM.fullmatch(item)
            if m and names.get(m.group("u"), (None,))[0] not in ("GPE", "LOC", "PERSON") \
                    and m.group("u").split()[0] not in NOT_UNIT_ITEM:
                start, name = at + m.start("u"), m.group("u")
                first = name.split()[0]
                if first.lower() in norm_en.SIDE_WORDS and " " in name:    # 'Japanese Fifteenth Army': side outside
                    start, name = start + len(first) + 1, name[len(first) + 1:]
                out.append(Candidate(start, start + len(name), "MIL_UNIT", "rule:en_units_row", 48,
                                     {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))
            at += len(item) + 1

def _oob_lines(text: str, out: list) -> None:
    """A list whose lines mostly start with a formation (an order of battle): its other lines that end with an
    echelon word are formations too ('- Garrison Brigade', '- Guerrilla Force')."""
    lines = list(OOB_LINE.finditer(text))
    if len(lines) < 3:
        return
    unit_starts = {c.start for c in out if c.label == "MIL_UNIT"}
    if sum(m.start("u") in unit_starts for m in lines) * 2 < len(lines):
        return
    for m in lines:
        if m.start("u") not in unit_starts and m.group("u").split()[-1] in ECHELON_HEADS:
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_oob_line", 48,
                                 {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))


# ----------------------------------------------------------------------------- ordinals in apposition
# 'two Divisions – the 15th and the 33rd –', 'a third brigade, the 77th,': each ordinal names a formation of the
# counted kind (MIL_UNIT), its echelon from the noun
APPOSITION = re.compile(r"[,\u2013\u2014-][ \t]+the[ \t]+(?P<list>\d{1,3}(?:st|nd|rd|th)(?:(?:,|[ \t]+and|[ \t]+or)[ \t]+"
                        r"(?:the[ \t]+)?\d{1,3}(?:st|nd|rd|th)){0,3})(?![\w-])(?![ \t]+[A-Z])")
GENERIC_NOUN_BEFORE = re.compile(r"(?i)(?<![\w-])(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}|a|an|one|another"
                                 r"|first|second|third|fourth|fifth)[ \t]+(?:[a-z]{3,14}[ \t]+)?(?P<noun>divisions?|brigades?"
                                 r"|regiments?|battalions?|corps|armies|army)[ \t]*$")
ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)")
SIDE_WORD = re.compile(r"(?<![\w-])(?:Japanese|Chinese|Nationalist|Communist|British|Indian|American|Soviet|Russian)(?![\w-])")


def _apposition_ordinals(text: str, out: list) -> None:
    for m in APPOSITION.finditer(text):
        noun = GENERIC_NOUN_BEFORE.search(text, max(0, m.start() - 40), m.start())
        if not noun:
            continue
        word = noun.group("noun").lower()
        singular = {"armies": "Army", "corps": "Corps"}.get(word, word.rstrip("s").capitalize())
        # the side the sentence names before the count ('On the Japanese side were two divisions, ...'), if one
        low = max(0, noun.start() - 400)     # the sentence read back at most 400 characters
        sentence = text[max(text.rfind(". ", low, noun.start()) + 1, text.rfind("\n", low, noun.start()) + 1, low):
                        noun.start()]
        sides = {norm_en.SIDE_WORDS.get(w.lower()) for w in SIDE_WORD.findall(sentence)} - {None}
        side = sides.pop() if len(sides) == 1 else None
        for o in ORDINAL.finditer(text, m.start("list"), m.end("list")):
            norm = norm_en.normalize_unit_en(f"{o.group()} {singular}", text[max(0, noun.start() - 40):noun.start()],
                                             side=side)
            out.append(Candidate(o.start(), o.end(), "MIL_UNIT", "rule:en_apposition_ordinal", 47,
                                 {k: v for k, v in norm.items() if k != "id"}))


# ----------------------------------------------------------------------------- code names
# a code name in quotes before what it names ("the 'Watchtower' landing": codenames.info style) and one in capitals
# after a word for a plan ('the new strategy (EXTENDED CAPITAL)', 'code-named MATTERHORN': pwencycl style): EVENT
QUOTED_CODE = re.compile(r"['\u2018](?P<c>[A-Z][a-z]{3,20}(?:[ \t][A-Z][a-z]{3,20})?)['\u2019][ \t]+(?:landings?|operations?"
                         r"|offensive|raids?|plan|assault|attack|invasion|undertaking|effort)(?![\w-])")
CAPS_CODE = re.compile(r"(?:[Ss]trategy|[Pp]lan|[Oo]peration|[Cc]ode-?[ \t]?named|[Cc]ode[ \t]name)[ \t]+\(?(?P<c>[A-Z]{4,}"
                       r"(?:[ \t-][A-Z]{4,}){0,2})(?![\w-])\)?")


def _code_names(text: str, out: list) -> None:
    if "'" in text or "\u2018" in text:
        for m in QUOTED_CODE.finditer(text):
            out.append(Candidate(m.start("c"), m.end("c"), "EVENT", "rule:en_quoted_code_name", 56))
    for literal in ("trategy", "lan ", "lan (", "peration ", "ode-named", "odenamed", "ode named", "ode name"):
        for at in _finds(text, literal):
            m = CAPS_CODE.match(text, at - 1)
            named = m is not None and text.startswith("peration " + m.group("c"), at)   # 'Operation CRIMP'
            if m and (" " in m.group("c") or "-" in m.group("c") or len(m.group("c")) >= 6 or named):
                # not an acronym after a plan ('the SEAC plan'); right after "Operation" a word in capitals is the
                # code name whatever its length (Operation CRIMP; session 16)
                start = m.start() if named else m.start("c")
                out.append(Candidate(start, m.end("c"), "EVENT", "rule:en_caps_code_name", 56))


def find_dev6(text: str, out: list) -> None:
    """Candidates of the forms above in one paragraph (runs after the other generators)."""
    _repair(text, out)
    _code_names(text, out)
    if " the " in text:
        _apposition_ordinals(text, out)
    if "-based" in text or "erimeter" in text:
        _based_and_perimeters(text, out)
    if "Units" in text:
        _unit_rows(text, out)
    if text.count("\n") >= 2 and ("\n-" in text or "\n  -" in text or "\n*" in text):
        _oob_lines(text, out)
    if "heat" in text:
        _theatres(text, out)
    if " Front" in text:
        _fronts(text, out)
    _water_and_islands(text, out)
    if ":" in text:
        _clock_times(text, out)
    if "/" in text:
        _slash_days(text, out)
    _capital_counts(text, out)
    _lengths(text, out)
    _persons(text, out)
    if "Memorial" in text or "Cemetery" in text:
        _memorials(text, out)
    _events(text, out)
    _forces(text, out)


# after resolution (pipeline.rules.english and pipeline.normalize.english call these through this module)
from pipeline.rules.english_dev6_sides import before_sides, written_sides  # noqa: E402,F401
