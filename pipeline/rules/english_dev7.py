"""English forms of book, memoir and OCR'd pages (real-dev7-en), for pipeline.rules.english: forms the other English
finders miss in scanned or flattened text and in the prose of unit histories (examples written for this module,
not taken from the set).

- Words glued where a line break was lost ('reported that3,500 Chinese soldiers', 'lost 40mules', 'the KPA12th
  Regiment', 'held out untilAugust 9', 'the 61stField Artillery', 'Hill 400,four miles'), a word hyphenated across a
  line break ('Regi-\nment') and the mojibake apostrophe ('ChinaÂ\u2019s'): a window round the glue is read again
  with the glue undone, and what the other finders see at a glue point is mapped back onto the text as written.
- US Army regiments named by their arm alone ('the 7th Cavalry', 'the Fifth Infantry'): MIL_UNIT 团.
- Military clock times ('at 1100', 'around 0530', 'At 0645 on 14 September 1950') and a time with its day ('11 pm on
  June 3rd'): DATE; their values come from pipeline.normalize.english_dev7 (the day written next to them, else the
  last day named before them).
- OCR digits in dates ('March i, 1862', 'the autumn of i863'); a day of the month before an infinitive ('on the 30th
  to cover'): DATE. Weights and lengths written with a hyphen ('a 500-pound bomb', 'a 20-foot wall'): QUANTITY.
- Organisations by their head: '<Nationality> Embassy/Legation/Consulate', 'Department of the Navy', '<Name>
  Corp/Corporation/Ltd', '<Name> Magazine', Time magazine cited in a bracket ('(TIME, Aug. 2)') or naming its staff
  ('a TIME correspondent'): ORG.
- Places: a Korean peak after a preposition ('on Paektu-san'), a Chinese province with a capitalised compass word
  ('Northern Kiangsu'): LOC.
- Persons: a name in capitals after a rank in capitals ('COLONEL WILLIAM HENRY PRESTON', a running head) and its
  surname later in lower case (document-level); a given name before a known surname across a line break, a
  Mac-surname after a name ('Robert MacDonald'); a Wade-Giles name of three separate syllables ('Tseng Kuo Fan').
- A rebellion named with a lower-case head ('the Nian rebellion'): EVENT; '<Name> building' and the Great Wall
  written in lower case: FAC.

Every form is found from a rare literal or a digit run (a digit next to a letter, 'Cavalry'/'Infantry', four digits
after 'at', 'Embassy', 'Department', 'Corp', 'Magazine', 'TIME', 'building', 'rebellion', '-san', a compass word
before a capital, a rank in capitals), so text without one costs a C-level search each.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.spans import Candidate

MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December")
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\."
NATIONALITY = ("British|American|French|German|Russian|Soviet|Japanese|Chinese|Korean|Italian|Dutch|Belgian|Spanish"
               "|Portuguese|Austrian|Swedish|Indian|Burmese|Siamese|Thai|Australian|Canadian|Mongolian|Manchukuoan"
               "|Vietnamese|Philippine|Turkish|Persian|Imperial|Nationalist|Communist|Provisional|Republican"
               "|Qing|Manchu|Peking|Nanking|Chungking|Tokyo|Washington|London|Korean|Federal|Central|National")

# ----------------------------------------------------------------------------- glued words
from pipeline.normalize.english_dev7 import glue_edits as _glue_edits  # noqa: E402  (one definition of the glue)
from pipeline.lexicons import longest_first


WINDOW = 160          # characters of context read again on each side of a run of glue points


def _unglued(text: str, out: list) -> None:
    edits = _glue_edits(text)
    if not edits:
        return
    from pipeline.rules import english  # noqa: PLC0415  (english imports this module)

    generators = [g for g in english._GENERATORS if g is not find_dev7]
    groups: list[list] = []
    for edit in edits:                     # glue points closer than two windows are read together
        if groups and edit[0] - groups[-1][-1][1] < 2 * WINDOW:
            groups[-1].append(edit)
        else:
            groups.append([edit])
    for group in groups:
        lo, hi = max(0, group[0][0] - WINDOW), min(len(text), group[-1][1] + WINDOW)
        if lo > 0:                         # whole words only
            space = text.find(" ", lo, group[0][0])
            lo = space + 1 if space != -1 else lo
        if hi < len(text):
            space = text.rfind(" ", group[-1][1], hi)
            hi = space if space != -1 else hi
        _read_again(text, lo, hi, [(a - lo, b - lo, r) for a, b, r in group], generators, out)


def _read_again(text: str, lo: int, hi: int, edits: list, generators: list, out: list) -> None:
    """Run the other finders on text[lo:hi] with the edits applied; keep what they find at a glue point."""
    window = text[lo:hi]
    pieces, new_starts, old_starts, points = [], [], [], []
    old = new = 0
    for start, end, repl in edits:
        pieces += [window[old:start], repl]
        new_starts.append(new)
        old_starts.append(old)
        new += start - old
        points.append((new, new + len(repl)))
        new += len(repl)
        old = end
    pieces.append(window[old:])
    new_starts.append(new)
    old_starts.append(old)
    fixed = "".join(pieces)

    def to_old(pos: int) -> int:
        i = bisect.bisect_right(new_starts, pos) - 1
        offset = pos - new_starts[i]
        if i < len(edits) and offset >= edits[i][0] - old_starts[i]:
            return edits[i][0]             # inside an inserted space or a replacement
        return old_starts[i] + offset

    found: list[Candidate] = []
    for generate in generators:
        generate(fixed, found)
    for cand in found:
        if not any(cand.start - 1 <= b and cand.end + 1 >= a for a, b in points):
            continue
        start, end = lo + to_old(cand.start), lo + to_old(cand.end - 1) + 1
        if start >= end or text[start:end].strip() != text[start:end]:
            continue
        out.append(Candidate(start, end, cand.label, cand.source, cand.priority, cand.norm))


# ----------------------------------------------------------------------------- US regiments by their arm
_WORD_ORDS = "|".join(sorted((w.capitalize() for w in norm_en.WORD_ORDINALS if "-" not in w), key=longest_first))
ARM_RE = re.compile(r"Cavalry|Infantry")
ARM_NUMBER_BEFORE = re.compile(rf"(?<![\w-])(?P<n>\d{{1,3}}(?:st|nd|rd|th)|\d{{0,2}}[23]d|{_WORD_ORDS})[ \t]+$")
ARM_NOT_AFTER = re.compile(
    r"[\w-]|[ \t\n]*(?:\(|Divisions?|Regiments?|Brigades?|Battalions?|Corps|Groups?|Compan(?:y|ies)|Squadrons?"
    r"|Troops?|Platoons?|Regt|Rgt|Bn|Div|Bde|Combat|Tank|Mixed|Reconnaissance|Fighting|Training|School"
    r"|(?:and|&)[ \t]+[A-Z][a-z]+[ \t]+(?:Divisions?|Regiments?|Brigades?))")
ARM_PREFIX = {"Cavalry": "骑兵", "Infantry": "步兵"}


def _arm_regiments(text: str, out: list) -> None:
    for arm in ARM_RE.finditer(text):
        m = ARM_NUMBER_BEFORE.search(text, max(0, arm.start() - 24), arm.start())
        if not m or ARM_NOT_AFTER.match(text, arm.end()):
            continue
        word = m.group("n")
        number = norm_en.WORD_ORDINALS.get(word.lower()) or int(re.match(r"\d+", word).group())
        out.append(Candidate(m.start(), arm.end(), "MIL_UNIT", "rule:en_arm_regiment", 59,
                             {"numbers": [number], "echelon": "团", "prefix": ARM_PREFIX[arm.group()],
                              "side": None, "id": None}))


# ----------------------------------------------------------------------------- clock times
CLOCK_ANCHOR = re.compile(r"(?P<hh>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?!\d|[.,:]\d)")
PRE_CLOCK = re.compile(r"(?<![\w.])(?P<pre>[Aa]t|[Aa]round|[Aa]bout|[Aa]pproximately|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]fter"
                       r"|[Bb]efore)[ \t]+(?P<ap>(?:approximately|about|around|roughly)[ \t]+)?$")
HOURS_AFTER = re.compile(r"[ \t]*(?:hours|hrs\.?|h)(?![\w])")
NOT_AFTER_CLOCK = re.compile(r"[ \t]+(?:yards|yds|feet|ft|metres|meters|m|miles|km|kilometres|kilometers|men|troops"
                             r"|soldiers|rounds|tons|pounds|lbs?|dollars|yen|casualties|killed|prisoners)\b|[%/\w]")
APPROX_WORDS = ("approximately", "about", "around", "roughly")


def _clock_times(text: str, out: list) -> None:
    for four in CLOCK_ANCHOR.finditer(text):
        if four.start() and text[four.start() - 1] in "0123456789,.:":
            continue
        if four.group("hh")[0] == "1" and not text.startswith(("t ", "t\t"), four.start() - 2) \
                and not HOURS_AFTER.match(text, four.end()):
            continue          # '1944' after anything but 'at' is a year
        m = PRE_CLOCK.search(text, max(0, four.start() - 32), four.start())
        if not m or NOT_AFTER_CLOCK.match(text, four.end()):
            continue
        pre, hh = m.group("pre").lower(), four.group("hh")
        hours = HOURS_AFTER.match(text, four.end())
        # a four-digit year after 'by', 'from', 'around' ... ('by 1945'); a time after 'at', or with 'hours', or 0000-0959
        if pre != "at" and not hours and hh[0] != "0" and not (pre in APPROX_WORDS and hh[0] == "2"):
            continue
        start = m.start("pre") if pre in APPROX_WORDS else (m.start("ap") if m.group("ap") else four.start())
        end = hours.end() if hours else four.end()
        out.append(Candidate(start, end, "DATE", "rule:en_clock", 52, {"value": None}))


# a time of day written with its day: '10 pm on April 23rd', '4.30 p.m. on the 12th'
TIME_ON_RE = re.compile(r"(?<![\w.:])(?P<h>1[0-2]|0?[1-9])(?:[.:](?P<m>[0-5]\d))?[ \t]*(?P<ap>a\.m\.|p\.m\.|am|pm|AM|PM)"
                        r"[ \t]+on[ \t]+(?:the[ \t]+)?$")


def _times_on_days(text: str, out: list) -> None:
    if " on " not in text or ("m." not in text and "am " not in text and "pm " not in text
                              and "AM " not in text and "PM " not in text):
        return
    for cand in [c for c in out if c.label == "DATE"]:
        m = TIME_ON_RE.search(text, max(0, cand.start - 24), cand.start)
        if not m:
            continue
        out.append(Candidate(m.start(), cand.end, "DATE", "rule:en_time_on_day", 53, {"value": None}))


# OCR digits in dates: 'i'/'l' read for 1 ('March i, 1862', 'autumn of i863', 'in l944')
OCR_DATE_RE = re.compile(
    rf"(?<![\w-])(?:(?P<month>{MONTHS})[ \t]+(?P<day>[il]|[12il][\dil]|\d[il]),?[ \t]+(?P<y1>[1il][6-9]\d\d)"
    r"|(?P<season>(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[ \t]+of[ \t]+)?(?P<y2>[il][6-9]\d\d))(?![\w])")
OCR_YEAR_BEFORE = re.compile(r"(?:\b(?:in|In|of|by|since|until|from)|,)[ \t]+$")
SEASON_CODE = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


YEAR_TAIL = re.compile(r"[6-9]\d\d(?!\d)")


def _ocr_dates(text: str, out: list) -> None:
    starts = set()
    for tail in YEAR_TAIL.finditer(text):         # 'i863': three digits after an OCR 'i'/'l'
        at = tail.start() - 1
        if at >= 0 and text[at] in "il" and (at == 0 or not text[at - 1].isalpha()):
            starts.add(at)
    if not starts and " i," not in text and " l," not in text:
        return
    for m in OCR_DATE_RE.finditer(text):
        def digits(s: str) -> str:
            return s.replace("i", "1").replace("l", "1")
        if m.group("month"):
            day, year = int(digits(m.group("day"))), digits(m.group("y1"))
            if not 1 <= day <= 31 or not re.search("[il]", m.group("day") + m.group("y1")):
                continue
            from pipeline.normalize.english_dates import MONTHS as MONTH_NUMBERS  # noqa: PLC0415
            value = f"{year}-{MONTH_NUMBERS[m.group('month').lower()]:02d}-{day:02d}"
        else:
            if not m.group("season") and not OCR_YEAR_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue
            year = digits(m.group("y2"))
            value = year if not m.group("season") else f"{year}-{SEASON_CODE[m.group('season').split()[0].lower()]}"
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_ocr_date", 55, {"value": value}))


# a day of the month after 'on the' before an infinitive ('on the 30th to cover the ford'): the month is the
# document's (english_numbers.BARE_DAY_RE takes it before other words)
DAY_TO_RE = re.compile(r"[Oo]n[ \t]+the[ \t]+(?P<day>(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th))[ \t]+to[ \t]+[a-z]{3,}"
                       r"(?<!\bto\bday)")
# weights and lengths written with a hyphen before the noun they measure ('a 2,000-lb. load', 'a 100-lb. sack',
# '500-pound bombs', 'a 20-foot wall'): the figure and its unit
HYPHEN_MEASURE_RE = re.compile(r"(?<![\w.,$-])(?P<num>\d{1,3}(?:,\d{3})+|\d{1,6}(?:\.\d+)?)-(?P<unit>lb|lbs|pound|ton|tonne|foot|yard)"
                               r"(?![\w-])")


# the first number of 'N out of M' counts too ('lost 14 out of 30 tanks', 'three out of four crews'): a bare count
OUT_OF_RE = re.compile(r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                       r"|twenty|thirty|forty|fifty|hundred)[ \t]+out[ \t]+of[ \t]+(?=\S)")


def _days_and_measures(text: str, out: list) -> None:
    if " out of " in text:
        for m in OUT_OF_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in ".,$-"):
                continue
            value = norm_en.WORD_NUMBERS.get(m.group("n")) or int(m.group("n").replace(",", "")) \
                if not m.group("n").isalpha() or m.group("n") in norm_en.WORD_NUMBERS else None
            if value is not None:
                out.append(Candidate(m.start("n"), m.end("n"), "QUANTITY", "rule:en_out_of", 50,
                                     {"value": value, "unit": "", "approx": None}))
    if " to " in text and "n the " in text:
        for m in DAY_TO_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
                continue
            out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_day_to", 50, {"value": None}))
    if "-lb" in text or "-pound" in text or "-ton" in text or "-foot" in text or "-yard" in text:
        for m in HYPHEN_MEASURE_RE.finditer(text):
            value = float(m.group("num").replace(",", ""))
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:en_hyphen_measure", 51,
                                 {"value": int(value) if value.is_integer() else value, "unit": m.group("unit"),
                                  "approx": None}))


# ----------------------------------------------------------------------------- organisations
ORG_PRIORITY = 47
EMBASSY_RE = re.compile(rf"(?<![\w-])(?P<o>(?:{NATIONALITY}|[A-Z][a-z]{{2,15}})[ \t]+(?:Embassy|Legation|Consulate(?:-General)?))(?![\w-])")
DEPARTMENT_RE = re.compile(r"(?<![\w-])(?P<o>(?:War|Navy|State|Army)[ \t]+Department|Department[ \t]+of[ \t]+(?:the[ \t]+)?"
                           r"(?:Defen[cs]e|State|War|Army|Navy|Air[ \t]+Force|Justice|Commerce|Agriculture|Treasury"
                           r"|Interior|Labor|Labour|Health|Education|Energy|Transportation|Veterans[ \t]+Affairs))(?![\w-])")
COMPANY_RE = re.compile(r"(?<![\w-])(?P<o>(?:[A-Z][A-Za-z&'-]{1,20}[ \t]+){1,5}(?:Corp(?=\.)|Corporation|Ltd|Inc(?=\.)|Company[ \t]+Ltd))(?![\w-])")
MAGAZINE_RE = re.compile(r"(?<![\w-])(?P<o>[A-Z][a-z]{2,15}(?:[ \t]+[A-Z][a-z]{2,15})?[ \t]*\n?[ \t]*Magazine)(?![\w-])")
TIME_RE = re.compile(rf"(?<=\()(?P<o>TIME|LIFE)(?=,[ \t]+(?:{MONTHS}|{MONTH_ABBR}|[A-Z][a-z]{{2}}\.?[ \t]+\d))"
                     r"|(?<![\w-])(?P<o2>TIME|LIFE)(?=[ \t]+(?:[Cc]orrespondent|[Rr]eporter|[Ee]ditors?|[Mm]agazine|[Ss]taff)\b)")
ORG_STOP_FIRST = frozenset("The A An This That His Her Their Its Our Your Every Each Local".split())


ORG_ANCHOR = re.compile(r"Embassy|Legation|Consulate|Department|Corp|Ltd|Inc\.|Magazine|TIME|LIFE")
ORG_PATTERNS = {"Embassy": EMBASSY_RE, "Legation": EMBASSY_RE, "Consulate": EMBASSY_RE, "Department": DEPARTMENT_RE,
                "Corp": COMPANY_RE, "Ltd": COMPANY_RE, "Inc.": COMPANY_RE, "Magazine": MAGAZINE_RE, "TIME": TIME_RE,
                "LIFE": TIME_RE}


def _orgs(text: str, out: list) -> None:
    for pattern in {ORG_PATTERNS[a.group()] for a in ORG_ANCHOR.finditer(text)}:
        for m in pattern.finditer(text):
            group = "o" if m.group("o") else "o2"
            start, end = m.start(group), m.end(group)
            words = text[start:end].split()
            while words and words[0] in ORG_STOP_FIRST:
                start = text.index(words[1], start) if len(words) > 1 else end
                words.pop(0)
            if len(words) < 1 or start >= end or (pattern is not TIME_RE and len(words) < 2):
                continue
            out.append(Candidate(start, end, "ORG", "rule:en_org_head", ORG_PRIORITY, {}))


# ----------------------------------------------------------------------------- persons
CAPS_RANK_RE = re.compile(r"(?<![\w])(?:GENERAL|COLONEL|MAJOR|CAPTAIN|ADMIRAL|LIEUTENANT|SERGEANT|MARSHAL|PRESIDENT"
                          r"|SIR|LORD|DR\.)[ \t]+(?P<n>[A-Z]{2,15}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z]{2,15}){1,3})(?![\w])")
CAPS_RANK_ANCHOR = re.compile(r"GENERAL|COLONEL|MAJOR|CAPTAIN|ADMIRAL|LIEUTENANT|SERGEANT|MARSHAL|PRESIDENT|SIR |LORD |DR\. ")
CAPS_STOP = frozenset("OF THE AND IN ON AT TO FOR BY ARMY ARMIES DIVISION CORPS STAFF HEADQUARTERS ORDER ORDERS "
                      "DISPOSITION COMMAND COMMANDER SITUATION PLAN REPORT".split())


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    from pipeline.lexicons import LEXICON_DIR  # noqa: PLC0415

    given = set()
    with open(LEXICON_DIR / "given_names_en.txt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                given.update(line.split())
    return frozenset(given)


GIVEN_BEFORE = re.compile(r"(?<![\w.-])(?P<g>[A-Z][a-z]{1,14})(?:[ \t]+[A-Z]\.)?[ \t]*\n?[ \t]*$")
MAC_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?P<m>Ma?c[A-Z][a-z]{2,15})(?![\w-])")
SYLLABLE_AFTER = re.compile(r"[ \t]+(?P<s>[A-Z][a-z]{1,5})(?![\w'\u2019-])(?![ \t]+[A-Z])")


# an author line of a book listing or catalogue, surname first ('Author: Fenby, Jonathan'): two PERSON spans (the
# project's convention for an inverted name)
AUTHOR_RE = re.compile(r"(?:Author|Authors|Editor|Creator|Author[ \t]*/[ \t]*Creator)[ \t]*:[ \t]*(?P<sur>[A-Z][a-z'\u2019-]{1,20}),"
                       r"[ \t]*(?P<giv>[A-Z][a-z]{1,15})(?![\w-])")


def _persons(text: str, out: list) -> None:
    if CAPS_RANK_ANCHOR.search(text):
        given = _given_names()
        for m in CAPS_RANK_RE.finditer(text):
            words = m.group("n").split()
            if words[0].capitalize() not in given or any(w in CAPS_STOP for w in words):
                continue
            out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_caps_person", 44, {}))
    if "Author" in text or "Editor" in text or "Creator" in text:
        for m in AUTHOR_RE.finditer(text):
            if m.group("giv") in _given_names():
                out.append(Candidate(m.start("sur"), m.end("sur"), "PERSON", "rule:en_author_line", 45, {}))
                out.append(Candidate(m.start("giv"), m.end("giv"), "PERSON", "rule:en_author_line", 45, {}))
    persons = [c for c in out if c.label == "PERSON"]
    if not persons:
        return
    given = _given_names()
    from pipeline.rules.english import _syllables  # noqa: PLC0415
    surnames, syllables = _syllables()
    for cand in persons:
        name = text[cand.start:cand.end]
        before = GIVEN_BEFORE.search(text, max(0, cand.start - 24), cand.start) \
            if "\n" in text[max(0, cand.start - 3):cand.start] else None
        if before and before.group("g") in given and re.fullmatch(r"(?:Ma?c|O')?[A-Z][a-z]+", name):
            out.append(Candidate(before.start("g"), cand.end, "PERSON", "rule:en_name_across_break", 45, {}))
        after = MAC_AFTER.match(text, cand.end) if "Mac" in text[cand.end:cand.end + 6] or "Mc" in text[cand.end:cand.end + 5] else None
        if after and name.split()[0] in given:
            out.append(Candidate(cand.start, after.end("m"), "PERSON", "rule:en_mac_name", 45, {}))
        parts = name.split()
        if cand.source == "rule:en_chinese_name" and len(parts) == 2:
            third = SYLLABLE_AFTER.match(text, cand.end)
            if third and third.group("s").lower() in syllables and parts[1].lower() in syllables:
                out.append(Candidate(cand.start, third.end("s"), "PERSON", "rule:en_chinese_name3", 36, {}))


# ----------------------------------------------------------------------------- places
# a Korean mountain or peak named with its suffix after a preposition ('on Paektu-san', 'toward Kaya-san', 'atop
# Sobaek-bong'); not a Japanese honorific ('Tanaka-san said'), which follows no preposition
KOREAN_PEAK_RE = re.compile(r"(?<![\w-])(?:on|of|to|toward|towards|near|atop|from|at|up|below|above|around|beyond)[ \t]+"
                            r"(?P<p>[A-Z][a-z]{1,12}-(?:san|bong|sanmaek))(?![\w-])")
# a province of China with a capitalised compass word ('Northern Kiangsu', 'West Hunan'): a region (LOC)
COMPASS_PROVINCE_RE = re.compile(r"(?<![\w-])(?P<r>(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)"
                                 r"[ \t]+(?P<p>[A-Z][a-z]{2,12}(?:-[a-z]{2,8})?))(?![\w-])")
COMPASS_ANCHOR = re.compile(r"(?:North|South|East|West|Central)(?:ern)?[ \t]+[A-Z]")


@lru_cache(maxsize=1)
def _province_forms() -> frozenset:
    from pipeline.rules.english_lexicon import read_rows  # noqa: PLC0415

    return frozenset(form for row in read_rows("places_en.tsv") if len(row) >= 4 and row[2] == "province"
                     for form in row[3].split("|"))


def _places(text: str, out: list) -> None:
    if "-san" in text or "-bong" in text:
        for m in KOREAN_PEAK_RE.finditer(text):
            out.append(Candidate(m.start("p"), m.end("p"), "LOC", "rule:en_korean_peak", 41, {}))
    for anchor in COMPASS_ANCHOR.finditer(text):
        m = COMPASS_PROVINCE_RE.match(text, anchor.start())
        if m and m.group("p") in _province_forms():
            out.append(Candidate(m.start("r"), m.end("r"), "LOC", "rule:en_compass_province", 41, {}))


# ----------------------------------------------------------------------------- events and structures
REBELLION_RE = re.compile(r"(?<=[Tt]he[ \t])(?P<e>[A-Z][a-z]{2,14}(?:[- ][A-Z][a-z]{2,14})?[ \t]+(?:rebellion|revolt"
                          r"|insurrection|mutiny|uprising|coup|rising))(?![\w-])")   # 'the Boxer rising' (s23en)
BUILDING_RE = re.compile(r"(?<![\w-])(?P<f>[A-Z][a-z]{1,15}(?:[ \t]+[A-Z][a-z]{1,15}){0,2})[ \t]+building(?![\w-])")
GREAT_WALL_RE = re.compile(r"(?<![\w-])(?:[Gg]reat[ \t]+[Ww]all)(?:[ \t]+of[ \t]+China)?(?![\w-])")
_RISING_NOT_EVENT = frozenset("River Lake Sea Creek Canal Water Waters Sun Moon Tide Flood Star".split())
NATIONALITY_WORDS = frozenset(NATIONALITY.split("|")) | frozenset("The A An This That Government Office Army".split())


def _events_structures(text: str, out: list) -> None:
    if "rebellion" in text or "revolt" in text or "mutiny" in text or "insurrection" in text or "uprising" in text \
            or "coup" in text or " rising" in text:
        for m in REBELLION_RE.finditer(text):
            words = m.group("e").split()
            if words[-1] == "rising" and words[-2] in _RISING_NOT_EVENT:
                continue          # 'the Yellow River rising', 'the Sun rising': water and the sun rise
            if words[0] not in NATIONALITY_WORDS:
                out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_rebellion", 56, {}))
    if " building" in text:
        for m in BUILDING_RE.finditer(text):
            words = m.group("f").split()
            while words and words[0] in NATIONALITY_WORDS:
                words.pop(0)
            if words:
                start = m.end("f") - len(" ".join(words)) if " ".join(words) == text[m.end("f") - len(" ".join(words)):m.end("f")] else m.start("f")
                out.append(Candidate(start, m.end(), "FAC", "rule:en_building", 43, {}))
    if "reat wall" in text or "reat Wall" in text:
        for m in GREAT_WALL_RE.finditer(text):
            out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_great_wall", 43, {"zh": "长城"}))


# ----------------------------------------------------------------------------- entry points
def find_dev7(text: str, out: list) -> None:
    """Candidates of the forms above in one paragraph; runs after the other generators (it reads their PERSON and
    DATE candidates)."""
    _arm_regiments(text, out)
    _clock_times(text, out)
    _times_on_days(text, out)
    _ocr_dates(text, out)
    _days_and_measures(text, out)
    _orgs(text, out)
    _places(text, out)
    _persons(text, out)
    _events_structures(text, out)
    _unglued(text, out)


def finish_dev7(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Document-level step after resolution: the surname of a name found in capitals is the person where written
    in lower case ('COLONEL WILLIAM HENRY PRESTON' ... 'Preston'). (Clock times take their day in the normaliser,
    pipeline.normalize.english_dev7.clock_days.)"""
    result = list(chosen)
    caps = [c for c in result if c.source == "rule:en_caps_person"]
    if caps:
        from pipeline.rules.english import SURNAME_PRIORITY, _resolve  # noqa: PLC0415
        names = sorted({text[c.start:c.end].split()[-1].capitalize() for c in caps})
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        extra = [Candidate(m.start(), m.end(), "PERSON", "rule:en_surname", SURNAME_PRIORITY)
                 for m in pattern.finditer(text)]
        if extra:
            result = _resolve(result + extra)
    return result
