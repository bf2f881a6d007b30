"""English span edges and label conventions (session 8, helper en12).

Where the independent annotators of the real sets and our output disagreed on where an English span
starts or ends, or on its label, this module applies the reading of the spec and of the majority of
the sets (the readings are written down in docs/annotation-guidelines.md, "Readings"):

- a lower-case compass adjective before a place (`western Hunan`, `northern Manchuria`, `north Burma`)
  describes part of the place and is no part of its name: the place alone, with its own label (GPE or
  LOC). Capitalised region names stay whole (`North China`, `South-East Asia`: english.REGION_RE), and so
  do the regions named `upper`/`lower` (Upper Burma, 上缅甸) and the conventional regions of a continent or an
  ocean written in lower case (`southeast Asia`, `the western Pacific`);
- a province's army written before a numbered designation (`the Guangdong 4th Army`, `the Yunnan 60th Army`): one
  MIL_UNIT, as 粤军第四军 (rule 2; a nationality before a unit stays outside: `Japanese 11th Army`);
- a battalion, company or battery written with its regiment (`the 2nd Battalion Argyll and Sutherland Highlanders`,
  `1st Battalion Gloucestershire`): one MIL_UNIT (rule 3), and a regiment named with a coordination its whole name;
- named formations coordinated before one plural echelon (`the North China and North-east Field Armies`, `the
  Gandhi and Azad Brigades`): one MIL_UNIT (rule 4);
- a brigade group (`the 8th Indian Brigade Group`, `29th Independent Brigade group`): the group word
  belongs to the unit;
- a count whose counted noun is a compound (`40 aircraft carriers`, `12 tank destroyers`, `two army
  groups`): the whole compound is the unit, not its first noun;
- a count of a troop arm in the mass noun (`262,900 infantry`, `about 7,000 cavalry`): one QUANTITY, unit
  `infantry` / `cavalry`;
- (a count whose noun is a model designation, `20 Type 97 tanks`, is english_equipment_counts');
- (the part of a counted whole, `nine of ten bombers`, is english_equipment_counts');
- a count written right after a comma-grouped figure (infobox rows `Strength: 201,000 474 artillery pieces`,
  `Casualties: 91,549 16 warships lost`): a count of its own (a space-grouped figure such as `400 000 men`
  never holds a comma);
- a lower-case `siege of X` with a known place (`the siege of Tobruk`): one EVENT, as `the battle of X`; so is a
  capitalised `Annexation|Invasion|Occupation|Evacuation|Recapture of X` (english.EVENT_RE reads `Fall`, `Relief`,
  `Capture`, `Liberation of X`), with the state that did it (`the Annexation of Korea by Japan`);
- a feast day written before its date (`Easter Sunday, 1 April 1945`, `Christmas Day, 25 December 1941`), and a
  movable feast before its year alone (`Easter Monday 1916`, `Good Friday, 1941`; session 29): one DATE (english_infobox reads `the early hours of 12 December` as `the evening of ...`);
- a clock time written right before its date (`Published: 12:18, June 10, 2021`, `09:45 on 3 May`): its own DATE;
- a range of years written before a headed event name (`the 1941-42 Winter Offensive`): one EVENT;
- a romanised Japanese or Chinese event name (`Ryojun Kōisen`, `Manshū Jihen`, `Kōkai-kaisen`,
  `Zhānggǔfēng Shìjiàn`) and a Russian one in Cyrillic (`Оборона Порт-Артура`, `Хасанские бои`): EVENT,
  by the word for incident, siege, battle or war that ends (or starts) it — never a person's name;
- an infobox's `War flag of ...` caption names no war; `April Fool's Day` is no date of April;
- the classes of organisations, persons and facilities (possessive owners, Qing yamens, railways with a
  nationality, alliances, newspapers and photo credits, autonomous prefectures, groups of provinces, perimeters,
  officers with initials, page words across a line break, names glued to a flag's file name): english_span_names.

`find_span_edges` runs after every other generator of a paragraph and edits its candidate list: it adds
the longer spans (the resolver keeps the longest) and drops the compass regions, then calls
english_span_names. Each class is guarded by a
literal test (`in`) or reads only the candidates already found, so text where none applies costs a few
substring tests.
"""

from __future__ import annotations

import re

from pipeline.normalize.english_quantities import normalize_quantity_en
from pipeline.rules.english_span_names import DEMONYM_WORD, EDGE_PRIORITY, find_span_names
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

# ----------------------------------------------------------------------------- compass adjectives
_COMPASS_LOWER = re.compile(r"(?:north|south|east|west)(?:[-\u2013]?(?:east|west))?(?:ern)?|central")
# regions of a continent or an ocean: conventional names whatever their case (东南亚, 西太平洋); China's regions are
# names when capitalised (`North China` 华北), and `northern China` is China like `northern Hunan` is Hunan
_WHOLE_REGIONS = frozenset("Asia Europe Africa America Pacific Atlantic Arctic".split())


def _compass_places(text: str, out: list, by: dict) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    drop = set()
    for c in by.get("LOC", ()):
        if not text[c.start].islower():
            continue
        words = text[c.start:c.end].split(None, 1)
        if len(words) != 2 or not _COMPASS_LOWER.fullmatch(words[0]) or words[1] in _WHOLE_REGIONS:
            continue
        place = words[1]
        start = c.end - len(place)
        known = english_names().get(place)
        label = known[0] if known and known[0] in ("GPE", "LOC") else "LOC"
        drop.add(id(c))
        if not any(o.start == start and o.end == c.end and o.label in ("GPE", "LOC") for o in out):
            out.append(Candidate(start, c.end, label, "rule:en_compass_place", c.priority,
                                 {"zh": known[1]} if known else {}))
    if drop:
        out[:] = [c for c in out if id(c) not in drop]


# ----------------------------------------------------------------------------- units
_GROUP_AFTER = re.compile(r"[ \t]+[Gg]roup(?![\w-])")


def _brigade_groups(text: str, out: list, by: dict) -> None:
    for c in by.get("MIL_UNIT", ()):
        if text.endswith(("Brigade", "brigade"), c.start, c.end):
            m = _GROUP_AFTER.match(text, c.end)
            if m:
                # the brigade's reading (echelon 旅, its id) wins over the normaliser's 'Group' (en_hint)
                hint = {k: c.norm[k] for k in ("numbers", "echelon", "echelon_key", "prefix", "id") if k in c.norm}
                out.append(Candidate(c.start, m.end(), "MIL_UNIT", "rule:en_brigade_group", EDGE_PRIORITY,
                                     {**c.norm, "en_hint": hint}))


def _provincial_designations(text: str, out: list, by: dict) -> None:
    """A province's army written before a numbered designation ('the Guangdong 4th Army', 'the Yunnan 60th Army'):
    one MIL_UNIT, as `粤军第四军` (rule 2: an army name that is part of the designation stays inside)."""
    from pipeline.rules.english_units import province_forms  # noqa: PLC0415

    if not by.get("GPE") or not by.get("MIL_UNIT"):
        return
    places = {c.end: c for c in by["GPE"]}
    forms = None
    for c in by["MIL_UNIT"]:
        if not c.norm.get("numbers") or not text[c.start].isdigit() or c.start < 5:
            continue
        place = places.get(c.start - 1)
        if place is None or text[c.start - 1] != " ":
            continue
        forms = forms or province_forms()
        if text[place.start:place.end] in forms:
            out.append(Candidate(place.start, c.end, "MIL_UNIT", "rule:en_provincial_designation", EDGE_PRIORITY,
                                 c.norm))


# a battalion, company or battery written with its regiment (`the 2nd Battalion Argyll and Sutherland Highlanders`,
# `1st Battalion Gloucestershire`): one MIL_UNIT (rule 3); a regiment named with a coordination (`Argyll and
# Sutherland Highlanders`, `Oxfordshire and Buckinghamshire Light Infantry`): its whole name
_SUB_UNIT_END = ("Battalion", "Bn", "Bn.", "Company", "Battery", "Squadron", "Troop")
_COUNTY_AFTER = re.compile(r"[ \t]+[A-Z][a-z]{2,15}shires?(?![\w-])")
_AND_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Z][a-z]{2,15})[ \t]+and[ \t]+$")


def _regimental_names(text: str, out: list, by: dict) -> None:
    units = by.get("MIL_UNIT", ())
    named = {}
    for c in units:                     # a named regiment: 'Argyll and Sutherland Highlanders'
        if not c.norm.get("numbers") and text[c.start].isupper() and " and " in text:
            m = _AND_BEFORE.search(text, max(0, c.start - 24), c.start)
            if m and not DEMONYM_WORD.fullmatch(m.group("w")) \
                    and not any(o.start <= m.start("w") < o.end for o in out):
                c = Candidate(m.start("w"), c.end, "MIL_UNIT", c.source, EDGE_PRIORITY, c.norm)
                out.append(c)
        if not c.norm.get("numbers"):
            named[c.start] = c
    for c in units:                     # '2nd Battalion' + the regiment written right after it
        if c.norm.get("numbers") and text.endswith(_SUB_UNIT_END, c.start, c.end) and text[c.end:c.end + 1] == " ":
            regiment = named.get(c.end + 1)
            end = regiment.end if regiment is not None else None
            if end is None:
                county = _COUNTY_AFTER.match(text, c.end)
                end = county.end() if county else None
            if end is not None:
                hint = {k: c.norm[k] for k in ("numbers", "echelon", "echelon_key", "prefix") if k in c.norm}
                out.append(Candidate(c.start, end, "MIL_UNIT", "rule:en_battalion_regiment", EDGE_PRIORITY,
                                     {**c.norm, "en_hint": hint}))


# named formations coordinated before one plural echelon (`the North China and North-east Field Armies`, `the
# Gandhi and Azad Brigades`): one MIL_UNIT (rule 4), not a region and a stray echelon
_PLURAL_ECHELONS = ("Armies", "Fronts", "Brigades", "Divisions", "Columns", "Detachments", "Regiments")
_COORD_NAMES_BEFORE = re.compile(
    r"(?<![\w-])(?P<a>(?!(?:The|A|An|In|On|At|By|Of|And|Both)\b)[A-Z][\w-]{1,15}(?:[ \t]+[A-Z][\w-]{1,15})?)[ \t]+and[ \t]+"
    r"(?P<b>[A-Z][\w-]{1,15}(?:[ \t]+[A-Z][\w-]{1,15})?)[ \t\n]+(?:(?:Field|Area|Route|Group|Army|Independent)[ \t\n]+)?$")


def _coordinated_formations(text: str, out: list) -> None:
    for word in _PLURAL_ECHELONS:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            # not before the numbers the plural head shares ('Gurkha Columns 1 and 2': english_regiment_titles_route_armies)
            if at > 8 and not text[end:end + 1].isalnum() and not re.match(r"[ \t]+\d", text[end:end + 3]):
                m = _COORD_NAMES_BEFORE.search(text, max(0, at - 60), at)
                if m and not any(DEMONYM_WORD.fullmatch(w) for w in (*m.group("a").split(), *m.group("b").split())):
                    out.append(Candidate(m.start(), end, "MIL_UNIT", "rule:en_coordinated_formations", EDGE_PRIORITY))
            at = text.find(word, end)


# ordinals listed before a numbered unit's name share its name (guideline 4): 'the 2nd, 6th, 7th & 10th Gurkha
# Rifles', 'the 1st and 2nd Punjab Regiment' are one MIL_UNIT with every number
_ORDINALS_BEFORE = re.compile(r"(?<![\w,-])(?P<list>(?:\d{1,3}(?:st|nd|rd|th),[ \t]+){0,8}\d{1,3}(?:st|nd|rd|th),?"
                              r"[ \t]+(?:and|&)[ \t]+)$")
_LEADING_ORDINAL = re.compile(r"\d{1,3}(?:st|nd|rd|th)[ \t]")


def _listed_ordinals(text: str, out: list, by: dict) -> None:
    for c in by["MIL_UNIT"]:
        if not _LEADING_ORDINAL.match(text, c.start) or c.start < 8:
            continue
        m = _ORDINALS_BEFORE.search(text, max(0, c.start - 80), c.start)
        if not m:
            continue
        numbers = [int(n) for n in re.findall(r"(\d{1,3})(?:st|nd|rd|th)", m.group("list"))]
        numbers += c.norm.get("numbers") or []
        start = m.start("list")
        out[:] = [o for o in out if o is c or not (o.start < c.start and start < o.end)]
        out.append(Candidate(start, c.end, "MIL_UNIT", "rule:en_listed_ordinals", EDGE_PRIORITY,
                             {**c.norm, "numbers": numbers, "id": None}))


# ordinals each with its own article before a plural echelon ('the 39th and the 53rd armies', 'the 5th, the 7th
# and the 9th Regiments'): each ordinal is its own MIL_UNIT with the echelon of the last (as the gold reads
# 'the 192nd and the 194th'); the last keeps its own span
_ARTICLED_ORDINALS_BEFORE = re.compile(
    r"(?<![\w-])(?P<list>(?:[Tt]he[ \t]+\d{1,3}(?:st|nd|rd|th),?[ \t]+(?:(?:and|&|or)[ \t]+)?){1,8})the[ \t]+$")
_PLURAL_ECHELON_END = re.compile(r"[A-Za-z]{3,}(?:ies|s)$")


def _articled_ordinals(text: str, out: list, by: dict) -> None:
    for c in by["MIL_UNIT"]:
        if not _LEADING_ORDINAL.match(text, c.start) or c.start < 12:
            continue
        m = _ARTICLED_ORDINALS_BEFORE.search(text, max(0, c.start - 120), c.start)
        if not m or not re.search(r"(?:and|&|or)[ \t]+$", m.group("list")):
            continue
        # alternatives share a singular echelon ('the 2nd or the 3rd Battalion'), a conjunction a plural one
        if not (m.group("list").rstrip().endswith("or") or _PLURAL_ECHELON_END.search(text, c.start, c.end)):
            continue
        for n in re.finditer(r"(\d{1,3})(?:st|nd|rd|th)", m.group("list")):
            start, end = m.start("list") + n.start(), m.start("list") + n.end()
            if any(o.start < end and start < o.end for o in out if o.label == "MIL_UNIT"):
                continue
            out[:] = [o for o in out if not (o.start < end and start < o.end)]
            out.append(Candidate(start, end, "MIL_UNIT", "rule:en_articled_ordinals", EDGE_PRIORITY,
                                 {**c.norm, "numbers": [int(n.group(1))], "id": None}))


# ages (guideline 14: an age is a QUANTITY): 'a 59-year-old veteran', 'the 92 year old Lu', 'nineteen years old' —
# the whole phrase, its value the years
_AGE_RE = re.compile(r"(?<![\w,.-])(?P<n>\d{1,3}|(?:[Tt]wenty|[Tt]hirty|[Ff]orty|[Ff]ifty|[Ss]ixty|[Ss]eventy|[Ee]ighty"
                     r"|[Nn]inety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|[Tt]en|[Ee]leven|[Tt]welve"
                     r"|[Tt]hirteen|[Ff]ourteen|[Ff]ifteen|[Ss]ixteen|[Ss]eventeen|[Ee]ighteen|[Nn]ineteen)"
                     r"[- \t](?:years?[- \t]old|year-old)(?![\w-])")


def _ages(text: str, out: list) -> None:
    from pipeline.normalize.english_quantities import parse_number_en  # noqa: PLC0415

    for m in literal_finditer(_AGE_RE, text):
        value = parse_number_en(m.group("n").lower())
        if value is None:
            continue
        start, end = m.span()
        out[:] = [c for c in out if not (c.label == "QUANTITY" and c.start < end and start < c.end)]
        out.append(Candidate(start, end, "QUANTITY", "rule:en_age", EDGE_PRIORITY,
                             {"value": int(value), "unit": "years old", "approx": None}))


# ----------------------------------------------------------------------------- counts
# a first noun that also names things as a modifier ('aircraft carriers', 'tank destroyers', 'army groups')
_ATTRIBUTIVE = re.compile(r"(?:aircraft|tank|gun|horse|army|mortar|artillery|plane|truck|cannon|machine|cavalry"
                          r"|infantry|supply|troop|cargo|transport|patrol|landing|escort)$")
_PLURAL_AFTER = re.compile(r"[ \t]+(?P<p>(?!(?:is|was|has|does|as|its|this|thus|always|perhaps|towards|afterwards"
                           r"|besides|sometimes|times|across|unless|whereas|less|nevertheless)\b)"
                           r"[a-z]{2,14}(?<!ss)(?<!ous)(?<!ness)s)(?![\w-])")


def _compound_units(text: str, out: list, by: dict) -> None:
    for c in by.get("QUANTITY", ()):
        if not c.norm.get("unit") or c.norm.get("value") in (1, None):
            continue
        unit = c.norm["unit"]
        if not text.endswith(unit, c.start, c.end) or not _ATTRIBUTIVE.search(unit):
            continue
        m = _PLURAL_AFTER.match(text, c.end)
        if m:
            out.append(Candidate(c.start, m.end(), "QUANTITY", "rule:en_compound_unit", EDGE_PRIORITY,
                                 {**c.norm, "unit": f"{unit} {m.group('p')}"}))


_ARM_AFTER = re.compile(r"(?=[ \t]*(?:$|[\n,.;:)\[(])|[ \t]+(?:and|or|in|at|on|were|was|with|from|under|against|to|of|had|who)\b)")


# session 22 (s22en2): a capitalised word between a count and the arm (`250 British infantry`, `twenty-five
# Bengal cavalry`); the count may end a line before it. The word is kept in the span and the unit.
_ARM_ADJ_BEFORE = re.compile(r"(?<=[ \t\n])[A-Z][a-z]{2,14}[ \t]+$")


def _arm_counts(text: str, out: list) -> None:
    before_re = _count_before()
    for word in ("infantry", "cavalry"):
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if at > 2 and text[at - 1] in " \t" and _ARM_AFTER.match(text, end) and not text[end:end + 1].isalnum():
                before = before_re.search(text, max(0, at - 40), at)
                unit_at = at
                if before is None:      # a people's or province's word between (`200 Japanese infantry`, s22en2)
                    adj = _ARM_ADJ_BEFORE.search(text, max(0, at - 20), at)
                    if adj is not None and not re.search(r"No\.[ \t]*\S*\s*$", text[max(0, adj.start() - 12):adj.start()]):
                        before = _count_before_line().search(text, max(0, adj.start() - 40), adj.start())
                        unit_at = adj.start()
                if before is not None and not before.group("more") and not re.fullmatch(r"1[6-9]\d\d|20\d\d", before.group("num")):
                    norm = normalize_quantity_en(text[before.start():end], unit_at - before.start())
                    if norm.get("value") is not None:
                        out.append(Candidate(before.start(), end, "QUANTITY", "rule:en_arm_count", EDGE_PRIORITY - 10,
                                             norm))
            at = text.find(word, end)


_FIGURE_BEFORE = re.compile(r"\d,\d{3}[ \t]+(?=\d)")


def _counts_after_figures(text: str, out: list) -> None:
    from pipeline.rules.english_numbers import PLURAL_COUNT_RE, QUANTITY_RE  # noqa: PLC0415

    for f in _FIGURE_BEFORE.finditer(text):
        at = f.end()
        for pattern in (QUANTITY_RE, PLURAL_COUNT_RE):
            m = pattern.match(text, at)
            if m is None or not m.group("noun") or re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("num")):
                continue
            if re.fullmatch(r"killed|wounded|missing|captured|dead", m.group("noun")):
                continue
            adj = m.groupdict().get("adj")
            norm = normalize_quantity_en(m.group(), (m.start("adj") if adj else m.start("noun")) - m.start())
            if norm.get("value") is not None:
                out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_count_after_figure", EDGE_PRIORITY - 10,
                                     norm))
                break


_COUNT_BEFORE: list = []


def _count_before_line() -> re.Pattern:
    """As _count_before, the count's space may be a line end (`250\nBritish infantry`, session 22)."""
    if len(_COUNT_BEFORE) < 2:
        from pipeline.rules.english_numbers import APPROX, NUM  # noqa: PLC0415
        _count_before()
        _COUNT_BEFORE.append(re.compile(rf"(?<![\w.,$£¥/-])(?P<q>(?:{APPROX}\s+)?(?P<num>{NUM}))\s+(?P<more>(?!))?$"))
    return _COUNT_BEFORE[1]


def _count_before() -> re.Pattern:
    """A count (with its approximator) ending right where the search stops: read back from a noun."""
    if not _COUNT_BEFORE:
        from pipeline.rules.english_numbers import APPROX, NUM  # noqa: PLC0415
        _COUNT_BEFORE.append(re.compile(rf"(?<![\w.,$£¥/-])(?P<q>(?:{APPROX}\s+)?(?P<num>{NUM}))[ \t]+(?P<more>more[ \t]+)?$"))
    return _COUNT_BEFORE[0]


# ----------------------------------------------------------------------------- dates
# a feast day written before its date ('Easter Sunday, 1 April 1945', 'Christmas Day, 25 December 1941'): one DATE
_FEAST_BEFORE = re.compile(r"(?<![\w-])(?:(?P<w>Easter|Palm|Whit)[ \t]+"
                           r"|(?:Christmas[ \t]+(?:Day|Eve)|Boxing[ \t]+Day|New[ \t]+Year['\u2019]s[ \t]+(?:Day|Eve)),?[ \t]+)$")


# a clock time written before its date (a news page's 'Published: 12:18, June 10, 2021', 'at 07:55 on 7 December'):
# its own DATE, valued with that day by the normaliser (english_figure_forms reads 'at 21:30')
_CLOCK = re.compile(r"(?<![\w:.,/])(?:[01]?\d|2[0-3]):[0-5]\d(?![\w:])(?P<gap>,?[ \t]+(?:on[ \t]+)?(?:the[ \t]+)?)")


def _clocks_before_dates(text: str, out: list, by: dict) -> None:
    dates = {c.start for c in by.get("DATE", ()) if any(ch.isdigit() for ch in text[c.start:c.end])
             and any(ch.isalpha() for ch in text[c.start:c.end])}        # a day of a named month
    at = text.find(":")
    while at != -1:
        if 0 < at < len(text) - 2 and text[at - 1].isdigit():
            m = _CLOCK.match(text, at - 2 if at >= 2 and text[at - 2].isdigit() else at - 1)
            if m and m.end() in dates:
                clock = text[m.start():m.start("gap")]
                out.append(Candidate(m.start(), m.start("gap"), "DATE", "rule:en_clock_before_date", 50,
                                     {"clock": clock.zfill(5), "approx": False}))
        at = text.find(":", at + 1)


# a half of a year, the first or last stretch of a month (session 29, s29enunit): inside the DATE ('the second half of
# 1941' = 1941-H2 as the spec's half years; 'the first week of June 1940', 'the last days of April 1945': the month with
# mod START or END, as 上旬 and 下旬)
_STRETCH_BEFORE = re.compile(r"(?<![\w-])(?:(?:[Ff]irst|[Ss]econd|[Ll]atter)[ \t]+half|(?:[Ff]irst|[Oo]pening|[Ll]ast|[Cc]losing"
                             r"|[Ff]inal)[ \t]+(?:week|weeks|days|fortnight))[ \t]+of[ \t]+$")
_MONTH_OR_YEAR_START = re.compile(r"(?:1[6-9]\d\d|20\d\d|January|February|March|April|May|June|July|August|September"
                                  r"|October|November|December)\b")


def _stretch_dates(text: str, out: list, by: dict) -> None:
    for c in by.get("DATE", ()):
        if c.start < 8 or not _MONTH_OR_YEAR_START.match(text, c.start):
            continue
        m = _STRETCH_BEFORE.search(text, max(0, c.start - 24), c.start)
        if m is None or ("half" in m.group() and not _BARE_YEAR.fullmatch(text, c.start, c.end)):
            continue                   # a half of a year only ('the first half of 1944')
        out.append(Candidate(m.start(), c.end, "DATE", "rule:en_stretch_date", EDGE_PRIORITY))


# a movable feast with only its year after it ('Easter Monday 1916', 'Good Friday, 1941'; session 29 s29enunit): one
# DATE, as the fixed feasts with a year ('Christmas Eve 1914')
_MOVABLE_FEAST_BEFORE = re.compile(r"(?<![\w-])(?:(?:Easter|Whit)[ \t]+(?:Sunday|Monday)|Good[ \t]+Friday),?[ \t]+$")
_BARE_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")


def _feast_dates(text: str, out: list, by: dict) -> None:
    for c in by.get("DATE", ()):
        if c.start > 6:
            m = _FEAST_BEFORE.search(text, max(0, c.start - 20), c.start)
            if m and (not m.group("w") or text.startswith(("Sunday", "Monday"), c.start)):
                out.append(Candidate(m.start(), c.end, "DATE", "rule:en_feast_date", EDGE_PRIORITY))
            elif _BARE_YEAR.fullmatch(text, c.start, c.end):
                m = _MOVABLE_FEAST_BEFORE.search(text, max(0, c.start - 16), c.start)
                if m:
                    out.append(Candidate(m.start(), c.end, "DATE", "rule:en_feast_date", EDGE_PRIORITY))


# ----------------------------------------------------------------------------- events
_SIEGE_RE = re.compile(r"(?<![\w-])siege[ \t]+of[ \t]+(?:the[ \t]+)?")
_YEARS_BEFORE = re.compile(r"(?<![\w-])1[6-9]\d\d[-\u2013](?:1[6-9]\d\d|\d\d)[ \t]+$")
_ROMAN_LOW = "a-z\u00df-\u00ff\u0100-\u017f\u01cd-\u01dc"
_ROMAN_UP = "A-Z\u00c0-\u00de\u0100-\u017e"
_ROMAN_EVENT_RE = re.compile(
    rf"(?:(?<=Romanization)|(?<=romanized)|(?<=Romanized)|(?<=Romaji)|(?<![\w'\u2019-]))"
    rf"(?P<n>[{_ROMAN_UP}][{_ROMAN_LOW}]{{1,20}}(?:[ \t-][{_ROMAN_UP}{_ROMAN_LOW}][{_ROMAN_LOW}]{{1,20}}){{0,2}}"
    r"[ \t-](?:[Jj]iken|[Jj]ihen|[Kk][o\u014d]isen|[Kk]aisen|[Kk]assen|[Ss]ens[o\u014d]|[Ss]akusen"
    # pinyin event words, only with their tone marks (a bare 'Zhanyi' may be a given name)
    r"|[Ss]h\u00ecji\u00e0n|[Zz]h\u00e0ny\u00ec|[Zz]h\u00e0nzh\u0113ng|[Ss]h\u00ecbi\u00e0n|[Hh]u\u00eczh\u00e0n"
    r"|[Hh]\u01ceizh\u00e0n))(?![\w-])")
_ROMAN_GUARDS = ("iken", "ihen", "isen", "assen", "enso", "akusen")
_ROMAN_MARKED = ("ens\u014d", "ji\u00e0n", "zh\u00e0n", "bi\u00e0n")
_CYRILLIC_EVENT_RE = re.compile(
    r"(?<![\w-])(?:(?:\u041e\u0431\u043e\u0440\u043e\u043d\u0430|\u041e\u0441\u0430\u0434\u0430|\u0411\u0438\u0442\u0432\u0430"
    r"|\u0421\u0440\u0430\u0436\u0435\u043d\u0438\u0435)(?:[ \t-][\u0400-\u04ff]{2,20}){1,3}"
    r"|[\u0400-\u04ff]{3,20}(?:[ \t-][\u0400-\u04ff]{2,20}){0,2}[ \t](?:\u0431\u043e\u0438|\u0431\u0438\u0442\u0432\u0430"
    r"|\u0441\u0440\u0430\u0436\u0435\u043d\u0438\u0435|\u0432\u043e\u0439\u043d\u0430|\u0438\u043d\u0446\u0438\u0434\u0435\u043d\u0442))"
    r"(?![\w-])")
# Оборона (defence), Осада (siege), Битва (battle), Сражение; ... бои (battles), битва, сражение, война, инцидент
_CYRILLIC_GUARDS = ("\u041e\u0431\u043e\u0440\u043e\u043d", "\u041e\u0441\u0430\u0434", "\u0411\u0438\u0442\u0432",
                    "\u0421\u0440\u0430\u0436", " \u0431\u043e\u0438", " \u0431\u0438\u0442\u0432", " \u0441\u0440\u0430\u0436",
                    " \u0432\u043e\u0439\u043d", " \u0438\u043d\u0446\u0438\u0434")


_HEADED_OF_RE = re.compile(r"(?<![\w-])(?:siege|(?:Annexation|Invasion|Occupation|Evacuation|Recapture)(?P<cap>))"
                           r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_HEADED_OF_GUARDS = ("siege of", "Annexation of", "Invasion of", "Occupation of", "Evacuation of", "Recapture of")
_BY_RE = re.compile(r"[ \t]+by[ \t]+(?:the[ \t]+)?")


def _war_flags(text: str, out: list, by: dict) -> None:
    """'War flag of the Imperial Japanese Army' (a flag's caption in an infobox): no war is named there."""
    drop = {id(c) for c in by.get("EVENT", ()) if text.endswith("War", c.start, c.end)
            and text.startswith((" flag", "\nflag", " Flag"), c.end)}
    if drop:
        out[:] = [c for c in out if id(c) not in drop]


def _events(text: str, out: list, by: dict) -> None:
    if ("ion of" in text or "siege of" in text or "ure of" in text) and any(g in text for g in _HEADED_OF_GUARDS):
        places = {c.start: c for c in (*by.get("GPE", ()), *by.get("LOC", ()))}
        for m in literal_finditer(_HEADED_OF_RE, text):
            place = places.get(m.end())
            if place is None:
                continue
            end = place.end
            agent = _BY_RE.match(text, end) if m.group("cap") is not None else None
            if agent and agent.end() in places and places[agent.end()].label == "GPE":
                end = places[agent.end()].end      # 'the Annexation of Korea by Japan': the name says who
            out.append(Candidate(m.start(), end, "EVENT", "rule:en_headed_of_event", EDGE_PRIORITY - 8))
    if "\u2013" in text or "-" in text:
        for c in by.get("EVENT", ()):
            if text[c.start].isupper() and c.start > 6:
                m = _YEARS_BEFORE.search(text, max(0, c.start - 12), c.start)
                if m:
                    out.append(Candidate(m.start(), c.end, "EVENT", "rule:en_years_event", EDGE_PRIORITY))
    if any(g in text for g in _ROMAN_GUARDS) or (not text.isascii() and any(g in text for g in _ROMAN_MARKED)):
        for m in _ROMAN_EVENT_RE.finditer(text):
            out.append(Candidate(m.start("n"), m.end(), "EVENT", "rule:en_romanised_event", EDGE_PRIORITY))
    if not text.isascii() and any(g in text for g in _CYRILLIC_GUARDS):
        for m in _CYRILLIC_EVENT_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_cyrillic_event", EDGE_PRIORITY))


def find_span_edges(text: str, out: list) -> None:
    """Edit the candidates of a paragraph (run after every other generator): see the module docstring."""
    by: dict = {}
    for c in out:                       # the others' candidates by label, read once
        by.setdefault(c.label, []).append(c)
    if "LOC" in by:
        _compass_places(text, out, by)
    if "MIL_UNIT" in by:
        _brigade_groups(text, out, by)
        _provincial_designations(text, out, by)
        _regimental_names(text, out, by)
        if " and " in text or "&" in text:
            _listed_ordinals(text, out, by)
        if (" and " in text or "&" in text or " or the " in text) and "the " in text:
            _articled_ordinals(text, out, by)
    if "QUANTITY" in by:
        _compound_units(text, out, by)
    if "infantry" in text or "cavalry" in text:
        _arm_counts(text, out)
    if " and " in text:
        _coordinated_formations(text, out)
    if " old" in text or "-old" in text:
        _ages(text, out)
    if "," in text:
        _counts_after_figures(text, out)
    if ":" in text and "DATE" in by:
        _clocks_before_dates(text, out, by)
    if "DATE" in by and ("Easter" in text or "Christmas" in text or "New Year" in text or "Boxing Day" in text
                         or "Whit" in text or "Good Friday" in text):
        _feast_dates(text, out, by)
    if "DATE" in by and (" of " in text):
        _stretch_dates(text, out, by)
    if "DATE" in by and "Fool" in text:        # 'April Fool's Day' is no date of April
        drop = {id(c) for c in by["DATE"] if text.startswith((" Fool's", " Fool\u2019s", " Fools"), c.end)}
        out[:] = [c for c in out if id(c) not in drop]
    _events(text, out, by)
    if "War flag" in text or "War Flag" in text:
        _war_flags(text, out, by)
    find_span_names(text, out, by)      # names: english_span_names
