"""Forms of English biographies and unit pages of the war in China and Burma, 1937-45 (session 15, round 2,
helper auditen16): generals' service tables, USAAF unit histories and CBI veterans' pages write

- dates with an unknown day or month as `1939-03-XX` / `1941-XX-XX` (generals' service tables: every line of a
  post chain starts so): one DATE, the value to the known precision (`1939-03`, `1941`); without this the
  year and the month were read as two DATEs (`03` → year 0003);
- a month with an apostrophed two-digit year, `May '43`, `Dec. ’44`, `June ‘45` (squadron histories, veterans'
  letters): one DATE with its 20th-century value (`1943-05`);
- a spelled compound ordinal without its hyphen, `the Twenty Third Army`, `the Thirty Fourth Group Army`: read as
  `Twenty-Third Army` (the unit grammar english.UNIT_RE reads the hyphened form; unhyphened it read `Third Army`);
- numbered air units typed with a stray full stop after the ordinal or a lower-case head word, `the 23rd. Fighter
  group`, `the 10th. and 14th. Air force`, `the 308th Bomb group` (veterans' pages): read as the capitalised,
  unstopped designation (english.UNIT_RE's grammar), the span as written;
- numbered USAAF units by their order-of-battle abbreviation, `the 23rd FG`, `the 74th and 75th FS`, `the 308th BG`,
  `the 848th EAB`, `the 1st ACG`, `the 27th TCS`: one MIL_UNIT, the echelon of the abbreviation (side US);
- a single place name in capitals inside running text (`the fall of RANGOON`, `a supply line to CHUNGKING`: theatre
  histories write places so): read in title case by the lexicon (english_capital_runs rereads runs of two or more
  capitalised words only);
- a person with two given names or a bracketed nickname, `David Lee "Tex" Hill`, `Robert ("Uncle Bob") McClure`:
  one PERSON from the first given name (english_persons reads one given name and a bare quote); a rank or a
  clause word before the name stays outside;
- a place before its province written out, `Lochih, Szechwan province, was the birthplace of` (biographical
  dictionaries): the place is a GPE (english_place_context reads `X, Szechwan,` but not with `province` after);
  the provinces are those of China 1928-49 in postal/Wade-Giles and pinyin spelling (complete by that criterion);
- air bases by their head, `Howard Air Force Base`, `Presque Isle AFB`, `Luliang Army Air Field`, and posts
  written `Ft Lewis` / `Ft. Benning`: one FAC (unhyphened, `Howard Air` was read as a person).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_base_generators import lexicon, mil_units
from pipeline.rules.english_literal_gates import literal_gate
from pipeline.rules.english_grammar import NOT_NAME_START, RANK
from pipeline.rules.english_persons import NOT_PERSON_HEADS as _NOT_PERSON_WORD
from pipeline.rules.english_persons import NOT_PERSON_LAST
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first
from pipeline.rules.scan import anchored_finditer, literal_finditer

_MONTHS = ("January February March April May June July August September October November December").split()
_MONTH_ALT = ("January|February|March|April|May|June|July|August|September|October|November|December|"
              r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?")

PARTIAL_ISO_RE = re.compile(r"(?<![\w-])(?P<y>1[5-9]\d\d|20\d\d)-(?:(?P<m>0[1-9]|1[0-2])|XX)-XX(?![\w-])")
APOSTROPHE_YEAR_RE = re.compile(r"(?<![\w'])(?P<m>" + _MONTH_ALT + r")[ \t]+['\u2018\u2019](?P<y>\d\d)(?![\w'\u2019])")

_TENS = "Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety"
_UNITS = "First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth"
SPACED_ORDINAL_RE = re.compile(r"(?<![\w-])(?:" + _TENS + r"|" + _TENS.lower() + r") (?=(?:" + _UNITS + r"|"
                               + _UNITS.lower() + r")[ \t]+[A-Z])")

# an ordinal after an article, a conjunction or an owner, with a full stop before an air unit (`the 23rd. Fighter
# group`; not a date's `on the 18th.`) or before
# capitalised words and a lower-case air echelon (`the 308th Bomb group`)
_AFTER_OWNER = r"(?:(?<=\bthe )|(?<=\bThe )|(?<=\band )|(?<=\bof )|(?<=\bits )|(?<=\bhis )|(?<=, )|(?<=& ))"
STOPPED_ORDINAL_RE = re.compile(r"(?<!\bon the )" + _AFTER_OWNER + r"\d{1,4}(?:st|nd|rd|th|d)(?P<dot>\.)(?=[ \t]+"
                                r"(?:and[ \t]+\d{1,4}(?:st|nd|rd|th|d)\.?[ \t]+)?(?:[A-Z][a-z]{1,12}[ \t]+){1,3}"
                                r"(?:[Gg]roup|[Ss]quadron|[Ff]orce|[Ww]ing)s?(?![\w-]))")
LOWER_AIR_HEAD_RE = re.compile(_AFTER_OWNER + r"\d{1,4}(?:st|nd|rd|th|d)\.?(?:[ \t]+[A-Z][a-z]{1,12}){1,3}[ \t]+"
                               r"(?P<head>group|groups|squadron|squadrons|force|forces|wing|wings)(?![\w-])")

# every match of LOWER_AIR_HEAD_RE holds its lower-case head word and a digit with its ordinal ending before a space
# and a capital (both rare in a paragraph, each found by one search in C); the pattern opens with look-behinds, so re
# would try it at every place, and there its matches start at a digit (tried only there)
_LOWER_AIR_HEADS = ("group", "squadron", "force", "wing")
_LOWER_AIR_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th|d)\.?[ \t]+[A-Z]")
_DIGIT_RE = re.compile(r"\d")


def lower_air_head_finditer(text: str):
    """`LOWER_AIR_HEAD_RE.finditer(text)`, none where its head words or an ordinal before a capital are absent."""
    if not any(head in text for head in _LOWER_AIR_HEADS) or _LOWER_AIR_ORDINAL_GATE.search(text) is None:
        return iter(())
    return anchored_finditer(LOWER_AIR_HEAD_RE, text, _DIGIT_RE, 0)

# STOPPED_ORDINAL_RE's matches hold an ordinal with its stop before a space (rare), and start at a digit
_STOPPED_ORDINAL_GATE = re.compile(r"\d(?:st|nd|rd|th|d)\.[ \t]")


def stopped_ordinal_finditer(text: str):
    """`STOPPED_ORDINAL_RE.finditer(text)`, none where no ordinal stands with its stop before a space."""
    if _STOPPED_ORDINAL_GATE.search(text) is None:
        return iter(())
    return anchored_finditer(STOPPED_ORDINAL_RE, text, _DIGIT_RE, 0)


# USAAF order-of-battle abbreviations: the designation each stands for (normalised as written out)
_AIR_ABBREVIATIONS = {"FG": "Fighter Group", "FS": "Fighter Squadron", "BG": "Bomb Group", "BS": "Bomb Squadron",
                      "FW": "Fighter Wing", "BW": "Bombardment Wing", "ACG": "Air Commando Group",
                      "TCG": "Troop Carrier Group", "TCS": "Troop Carrier Squadron", "CCG": "Combat Cargo Group",
                      "PRS": "Photographic Squadron", "PRG": "Photo Reconnaissance Group",
                      "EAB": "Engineer Aviation Battalion", "AF": "Air Force"}
_ORD = r"\d{1,4}(?:st|nd|rd|th|d)"
AIR_ABBREVIATION_RE = re.compile(rf"(?<![\w.-])(?P<ord>{_ORD}(?:(?:,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_ORD}){{0,4}})"
                                 r"[ \t]+(?P<abbr>" + "|".join(sorted(_AIR_ABBREVIATIONS, key=longest_first))
                                 + r")(?![\w-])")
# a single word in capitals (4+ letters) between words that are not in capitals
CAPS_WORD_RE = re.compile(r"(?<![A-Z\d&.-])(?<![A-Z][ \t])[A-Z]{4,15}(?![\w&.-]|[ \t][A-Z]{2})")

NICKNAMED_RE = re.compile(r"(?<![\w-])(?P<g>[A-Z][a-z]{1,20})(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]{1,20}))?[ \t]+"
                          r"(?:\([\"\u201c](?:[A-Z][a-z'\u2019.-]{1,20}[ \t]?){1,3}[\"\u201d]\)"
                          r"|[\"\u201c](?:[A-Z][a-z'\u2019.-]{1,20}[ \t]?){1,3}[\"\u201d])"
                          r"[ \t]+(?:Mc|Mac|O')?[A-Z][a-z]{1,20}(?![\w-])")
_RANK_WORD = re.compile(RANK + r"$")
# the provinces of China 1928-49 (postal / Wade-Giles spellings, then pinyin)
_PROVINCES = ("Anhwei Chekiang Fukien Honan Hopei Hopeh Hunan Hupei Hupeh Kansu Kiangsi Kiangsu Kwangsi Kwangtung "
              "Kweichow Shansi Shantung Shensi Szechwan Szechuan Yunnan Chahar Jehol Suiyuan Ningsia Tsinghai Sikang "
              "Sinkiang Liaoning Kirin Heilungkiang Antung Hsingan Nunkiang Sungkiang Hokiang Liaopeh Taiwan "
              "Anhui Zhejiang Fujian Henan Hebei Hubei Gansu Jiangxi Jiangsu Guangxi Guangdong Guizhou Shanxi "
              "Shandong Shaanxi Sichuan Qinghai Ningxia Xinjiang Xikang Rehe Jilin Heilongjiang").split()
# the place opens a line (a dictionary entry's paragraph) or follows a preposition of place, never a sentence adverb
PLACE_BEFORE_PROVINCE_RE = re.compile(r"(?:^[ \t]*|(?<=\bin )|(?<=\bat )|(?<=\bof )|(?<=\bfrom )|(?<=\bnear )|(?<=\bto ))"
                                      r"(?P<n>[A-Z][a-z'\u2019-]{2,15}),[ \t]+(?:"
                                      + "|".join(_PROVINCES) + r")[ \t]+[Pp]rovince(?![\w-])", re.M)

_NAME = r"[A-Z][a-z]{2,15}"

AIR_BASE_RE = re.compile(r"(?<![\w'\u2019-])(?P<n>" + _NAME + r"(?:[ \t]" + _NAME + r"){0,2})[ \t]+"
                         r"(?:Air[ \t]Force[ \t]Base|Army[ \t]Air[ \t]Field|AFB|AAF[ \t]?Base)(?![\w-])")
FT_POST_RE = re.compile(r"(?<![\w'\u2019-])Ft\.?[ \t](?P<n>" + _NAME + r"(?:[ \t]" + _NAME + r")?)(?![\w'\u2019-])")
# a capitalised word that opens a clause or a post, never an air base's name
_NOT_NAME = frozenset("The A An In At Of To From And Or With Under By For On Then Later Near Its His Their Moved "
                      "Stationed Based Assigned Transferred Commander Commanding Chief Staff Officer".split())


def _month(text: str) -> int:
    """Month number of a full or abbreviated month name (`Sept.` → 9)."""
    head = text.rstrip(".")[:3]
    return next(i for i, name in enumerate(_MONTHS, 1) if name.startswith(head))


def _dates(text: str, out: list) -> None:
    if "-XX" in text:
        for m in literal_finditer(PARTIAL_ISO_RE, text):
            value = m.group("y") + (f"-{m.group('m')}" if m.group("m") else "")
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_partial_iso_date", 56,
                                 {"value": value, "en_hint": {"value": value}}))
    if "'" in text or "\u2018" in text or "\u2019" in text:
        for m in APOSTROPHE_YEAR_RE.finditer(text):
            value = f"19{m.group('y')}-{_month(m.group('m')):02d}"
            out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_apostrophe_year", 56,
                                 {"value": value, "en_hint": {"value": value}}))


def _spaced_ordinal_units(text: str, out: list) -> None:
    spaces = [m.end() - 1 for m in spaced_ordinal_finditer(text)]
    if not spaces:
        return
    chars = list(text)
    for at in spaces:
        chars[at] = "-"
    found: list[Candidate] = []
    mil_units("".join(chars), found)
    for cand in found:
        if any(cand.start < at < cand.end for at in spaces):   # the normaliser reads the span's own text: the
            out.append(Candidate(cand.start, cand.end, cand.label, "rule:en_spaced_ordinal_unit", cand.priority,
                                 {**cand.norm, "en_hint": dict(cand.norm)}))   # hyphened reading is its hint


_DECIMAL_RE = re.compile(r"\d")
# SPACED_ORDINAL_RE's matches hold a tens word (its letters after the first, which may be either case), CAPS_WORD_RE's
# four capitals in a row: without them (most paragraphs) no match; both patterns open with look-behinds, so re would
# try them at every place
_TENS_TAILS = tuple(word[1:] for word in _TENS.split("|"))
_CAPS_RUN_GATE = re.compile(r"[A-Z]{4}")


def spaced_ordinal_finditer(text: str):
    """`SPACED_ORDINAL_RE.finditer(text)`, none where no tens word stands."""
    return SPACED_ORDINAL_RE.finditer(text) if any(tail in text for tail in _TENS_TAILS) else iter(())


def caps_word_finditer(text: str):
    """`CAPS_WORD_RE.finditer(text)`, none where no four capitals stand in a row."""
    return CAPS_WORD_RE.finditer(text) if _CAPS_RUN_GATE.search(text) else iter(())


def _typed_air_units(text: str, out: list) -> None:
    """`the 23rd. Fighter group`: the stop read as a space, the head capitalised (same length), then UNIT_RE."""
    if not (_DECIMAL_RE.search(text) or any(ch.isdigit() for ch in text)):   # a decimal digit is a digit: found in C
        return
    changes: dict[int, str] = {}
    if "." in text:
        for m in stopped_ordinal_finditer(text):
            changes[m.start("dot")] = " "
    for m in lower_air_head_finditer(text):
        changes[m.start("head")] = text[m.start("head")].upper()
        dot = text.find(".", m.start(), m.start("head"))
        if dot >= 0:
            changes[dot] = " "
    if not changes:
        return
    chars = list(text)
    for at, ch in changes.items():
        chars[at] = ch
    found: list[Candidate] = []
    mil_units("".join(chars), found)
    for cand in found:
        if any(cand.start <= at < cand.end for at in changes):
            out.append(Candidate(cand.start, cand.end, cand.label, "rule:en_typed_air_unit", cand.priority,
                                 {**cand.norm, "en_hint": dict(cand.norm)}))


def _air_abbreviations(text: str, out: list) -> None:
    for m in AIR_ABBREVIATION_RE.finditer(text):
        written = m.group("ord") + " " + _AIR_ABBREVIATIONS[m.group("abbr")]
        norm = norm_en.normalize_unit_en(written, text[max(0, m.start() - 40):m.start()])
        if not norm.get("numbers") or not norm.get("echelon"):
            continue
        norm["side"] = norm.get("side") or "US"
        norm["id"] = f"US/{norm.get('echelon_key')}/{'+'.join(map(str, norm['numbers']))}" \
            if norm["side"] == "US" and norm.get("echelon_key") else norm.get("id")
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_air_abbreviation", 56,
                             {**norm, "en_hint": dict(norm)}))


def _caps_places(text: str, out: list) -> None:
    words = [m.span() for m in caps_word_finditer(text)]
    if not words or not any(ch.islower() for ch in text):
        return
    chars = list(text)
    for start, end in words:
        chars[start + 1:end] = text[start + 1:end].lower()
    found: list[Candidate] = []
    lexicon("".join(chars), found)
    spans = set(words)
    for cand in found:
        if cand.label in ("GPE", "LOC") and (cand.start, cand.end) in spans:
            out.append(Candidate(cand.start, cand.end, cand.label, cand.source + "+caps", cand.priority, cand.norm))


def _nicknamed(text: str, out: list) -> None:
    if '"' not in text and "\u201c" not in text:
        return
    m = NICKNAMED_RE.search(text)
    while m:
        if m.group("g") in NOT_NAME_START or _RANK_WORD.match(m.group("g")) or m.group("g") in _NOT_NAME \
                or m.group("g") in _NOT_PERSON_WORD or m.group().split()[-1] in NOT_PERSON_LAST:
            m = NICKNAMED_RE.search(text, m.end("g") + 1)    # a rank or clause word: the name may start after it
            continue
        out.append(Candidate(m.start(), m.end(), "PERSON", "rule:en_nicknamed_full", 56))
        m = NICKNAMED_RE.search(text, m.end())


def _places_before_provinces(text: str, out: list) -> None:
    if "rovince" not in text:
        return
    for m in PLACE_BEFORE_PROVINCE_RE.finditer(text):
        if m.group("n") not in NOT_NAME_START and m.group("n") not in _NOT_NAME and m.group("n") not in _PROVINCES:
            out.append(Candidate(m.start("n"), m.end("n"), "GPE", "rule:en_place_before_province", 50))


def _bases(text: str, out: list) -> None:
    if "Air Force Base" in text or "AFB" in text or "Air Field" in text or "AAF" in text:
        for m in AIR_BASE_RE.finditer(text):
            words = list(re.finditer(r"\S+", m.group("n")))
            while words and words[0].group() in _NOT_NAME:
                words.pop(0)
            if words:
                out.append(Candidate(m.start("n") + words[0].start(), m.end(), "FAC", "rule:en_air_base", 56))
    if "Ft" in text:
        for m in FT_POST_RE.finditer(text):
            if m.group("n").split()[0] not in _NOT_NAME:
                out.append(Candidate(m.start(), m.end(), "FAC", "rule:en_ft_post", 56))


_AIR_ABBREVIATION_GATE = literal_gate(_AIR_ABBREVIATIONS)


def find_cbi_forms(text: str, out: list) -> None:
    """Append the DATEs, MIL_UNITs and FACs of the forms in the module doc found in the paragraph `text`."""
    _dates(text, out)
    _spaced_ordinal_units(text, out)
    _typed_air_units(text, out)
    if _AIR_ABBREVIATION_GATE.search(text):     # any(a in text for a in _AIR_ABBREVIATIONS)
        _air_abbreviations(text, out)
    _caps_places(text, out)
    _nicknamed(text, out)
    _places_before_provinces(text, out)
    _bases(text, out)
