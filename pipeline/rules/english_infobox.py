"""English forms of a fourth set of real pages (real-dev4-en), for pipeline.rules.english: flattened
infobox rows and plain-prose forms the other English finders miss (examples written for this module).

- Commanders: every row of an infobox's 'Commanders and leaders' / 'Commander1:' block is a name, after
  a flag caption ('France Jean-Baptiste Dufour'), before footnote marks and a title after a comma
  ('Harold Wainwright, 2nd Baron Ashby'); comma-separated rows too ('Commander1: A, B'); Japanese names
  written with macrons anywhere ('Tōjō Hideki').
- Counts written one to a row of a Strength/Casualties field ('1 submarine', '4,500 Cossack Horsemen',
  '1 destroyer sunk'), a grouped figure alone on its row or after a row label ('Infantry: 35,000', '4,112 total'),
  an approximated grouped figure without a noun ('about 4,500 reaching the shore'), a count of a force written
  by its abbreviation ('120,000 KPA').
- ISO dates ('2015-03-09'), a part of the day before its date ('the night of 3 May 1940').
- Military regions and districts ('Shenyang and Beijing Military Regions'), fleets named by a word ('Asiatic
  Fleet'), designations with a name before the echelon ('3rd Ranger Company'), batteries, British regiments
  named by their arm, UN contingents ('Greek Battalion'), nicknames in quotes.
- Lower-case 'battle of <place>', two-sided conflicts ('Sino-Soviet Border Conflict'), bylines, citations.

Every pattern is anchored on a rare literal (a header word, a comma-grouped figure, 'Military', 'Fleet',
a date's dashes, a macron, a bracket), so text without these costs one C-level search each.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_lexicon import english_names, trie_regex
from pipeline.rules.english_numbers import DATE_RE, DAY_AFTER_RANGE
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PERSON_PRIORITY = 48        # an infobox row is a name: above a place of the same form ('Hamilton', 'Sale')
COUNT_PRIORITY = 47         # below the QUANTITY finders' own (50): a longer or equal span of theirs wins
UNIT_PRIORITY = 61

# ----------------------------------------------------------------------------- commanders
COMMANDER_HEAD = re.compile(r"(?m)^[ \t*\-•]*(?:Commanders?(?:[ \t]+and[ \t]+leaders)?[ \t]*:?[ \t]*$"
                            r"|Commander\d?[ \t]*:[ \t]*)")
# a row that starts the next field ends the block: 'Strength', 'Units involved', 'Units2:3rd Corps'
ROW_FIELD = re.compile(r"[ \t*\-•]*(?:Strength|Units?\b|Casualties|Belligerents|Combatants?|Result|Location|Date|Place"
                       r"|Territorial|Part\s+of|Partof|Commanders?\b|Commander\d|Casualties\d|Strength\d|Units\d"
                       r"|Polity|Notes?\b|See\s+also|Contents)")
NAME_PARTICLES = frozenset("von van Van de De der den da di du la le bin ibn al y Mc".split())
NAME_WORD = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][.]?|[^\W\d_a-z][\w'\u2019.-]{0,20}")
ROW_TAIL = re.compile(r"(?:\s*\[[\w ]{1,6}\])+\s*$|\s*(?:KIA|POW|WIA|†|\(POW\)|\(KIA\))\s*$|(?<=[a-z])(?:KIA|POW|WIA)$")
NOT_NAMES = frozenset("Unknown None Various Several Others Other Total Supported Support Non-combat Casualties "
                      "Strength Commanders Leaders Units Military Army Navy Air Force Government".split())


def _flag_caption(row: str) -> int:
    """Length of a known state's name at the start of `row` followed by more words (a flag caption), else 0."""
    names = english_names()
    words = list(re.finditer(r"\S+", row))
    for n in range(min(6, len(words) - 1), 0, -1):
        caption = row[:words[n - 1].end()]
        if names.get(caption, (None,))[0] == "GPE":
            return words[n].start()
    return 0


def name_span(row: str) -> tuple[int, int] | None:
    """(start, end) of the personal name a commanders row holds, or None."""
    end = len(row.rstrip())
    while True:
        tail = ROW_TAIL.search(row, 0, end)
        if not tail or tail.start() >= end:
            break
        end = tail.start()
    start = len(row) - len(row.lstrip(" \t*-•"))
    start += _flag_caption(row[start:end])
    name = row[start:end]
    words = name.split()
    if not 1 <= len([w for w in words if w not in NAME_PARTICLES]) <= 3 or any(c.isdigit() for c in name) \
            or "|" in name or "(" in name:       # four words are two names on one row ('Oskar Feldmann Pieter Janssen')
        return None
    if not all(NAME_WORD.fullmatch(w) or w in NAME_PARTICLES for w in words) or words[0] in NAME_PARTICLES:
        return None
    if words[-1] in NAME_PARTICLES or any(w in NOT_NAMES for w in words):
        return None
    label = english_names().get(name, ("PERSON",))[0]
    if label not in ("PERSON", None) or (len(words) == 1 and (len(name) < 4 or not name[1:].islower())):
        return None
    return start, end


def _mid_caption(row: str, words: list) -> tuple[int, int] | None:
    """(start, end) of a known state's name inside a row between two names of two words or more each (the flag
    caption of the second side: 'Montagu Stopford Empire of Japan Kotoku Sato'), else None."""
    names = english_names()
    for i in range(2, len(words) - 2):
        for n in range(min(4, len(words) - 2 - i), 0, -1):
            if names.get(row[words[i].start():words[i + n - 1].end()], (None,))[0] == "GPE":
                return words[i].start(), words[i + n - 1].end()
    return None


def row_names(row: str) -> list[tuple[int, int]]:
    """The personal names a commanders row (or a piece of one) holds (session 31, w31enper, read across real-dev2,
    real-dev5 and audit30): one name (name_span), or two run together where the page's separators are lost -- a
    flag caption between them ('Montagu Stopford Empire of Japan Kotoku Sato'), footnote marks the working text drops
    ('Ngapoi Ngawang Jigme[1] Lhalu Tsewang Dorje[2]'), or none at all ('Richard W. Stephens Lee Kwon Mu'). Two
    run-together names are split where a mid-row caption stands, else into equal halves of two or three words each,
    each half a name by name_span."""
    span = name_span(row)
    if span:
        return [span]
    words = list(re.finditer(r"\S+", row))
    caption = _mid_caption(row, words) if len(words) >= 5 else None
    if caption:
        halves = [(0, caption[0]), (caption[1], len(row))]
    elif len(words) in (4, 6) and not any(w.group() in NAME_PARTICLES for w in words):
        mid = words[len(words) // 2].start()
        halves = [(0, mid), (mid, len(row))]
    else:
        return []
    from pipeline.rules.english_person_clauses import TITLE_WORDS  # noqa: PLC0415

    spans = []
    for a, b in halves:
        sub = name_span(row[a:b])
        if sub is None:
            return []
        start, end = a + sub[0], a + sub[1]
        title = re.match(r"([A-Z][a-z]+)[ \t]+(?=[A-Z])", row[start:end])
        if title and title.group(1) in TITLE_WORDS:      # a title before a name ('Sir John Smyth') is outside it
            start += title.end()
        if len(row[start:end].split()) < 2:
            return []
        spans.append((start, end))
    return spans


def _commanders(text: str, out: list) -> None:
    for head in COMMANDER_HEAD.finditer(text):
        pos = head.end()
        for n in range(24):                    # rows of the block
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            row = text[pos:line_end]
            if n and ROW_FIELD.match(row):
                break
            if row.strip() and not row.lstrip().startswith("("):
                offset = 0
                # names are separated by commas, by footnote marks ('A B[1] C D[2]'), by a pipe table's bars and by
                # the country codes of flag icons ('INA Ario Soerjo INA Sutomo', 'UK Robert Mansergh')
                for i, piece in enumerate(re.split(r"(,[ \t]*|\[\w{1,6}\][ \t]*|[ \t]*\|[ \t]*"
                                                   r"|(?<![\w.'\u2019-])[A-Z]{2,3}(?![\w.'\u2019-])[ \t]*)", row)):
                    if piece and not i % 2:
                        for span in row_names(piece):
                            out.append(Candidate(pos + offset + span[0], pos + offset + span[1], "PERSON",
                                                 "rule:en_infobox_commander", PERSON_PRIORITY))
                    offset += len(piece)
            if line_end >= len(text):
                break
            pos = line_end + 1


# A Japanese name written with macrons ('Tōjō Hideki', 'Kōtoku Satō'): two words of romanised Japanese once the
# long vowels are plain, one of them with a macron (the plain forms are pipeline.rules.english_persons' job).
_HAS_MACRON = re.compile("[ōūāēīŌŪĀĒĪôû]")
MACRONS = str.maketrans("ōūāēīŌŪĀĒĪôûâêîÔÛ", "ouaeiOUAEIouaeiOU")
MACRON_NAME_RE = re.compile(r"([A-ZŌŪĀĒĪ][a-zōūāēīôû]{2,14})[ \t]+([A-ZŌŪĀĒĪ][a-zōūāēīôû]{2,14})(?![\w-])")


def _macron_names(text: str, out: list) -> None:
    from pipeline.rules.english_persons import JAPANESE_TERMS  # noqa: PLC0415

    names = english_names()
    for m in MACRON_NAME_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            continue
        first, last = m.group(1), m.group(2)
        if not re.search("[ōūāēīŌŪĀĒĪôû]", first + last):
            continue
        plain = [w.translate(MACRONS) for w in (first, last)]
        shaped = [norm_en.japanese_shaped(p) or (p != w and norm_en.JAPANESE_WORD.fullmatch(p) is not None)
                  for p, w in zip(plain, (first, last))]       # 'Itō': three letters, but the macron tells
        if not all(shaped) or any(w in JAPANESE_TERMS for w in plain) \
                or any(names.get(w, ("PERSON",))[0] != "PERSON" for w in (first, last, *plain)):
            continue
        out.append(Candidate(m.start(1), m.end(2), "PERSON", "rule:en_macron_name", PERSON_PRIORITY - 8))


# ----------------------------------------------------------------------------- counts
GROUPED = r"\d{1,3}(?:,\d{3})+"
# a row that is one count: the number, then its noun (lower case, or capitalised after a large figure),
# up to a participle, a footnote mark or the row's end
COUNT_ROW_RE = re.compile(
    rf"(?m)^[ \t•*\-]*(?P<q>(?P<num>{GROUPED}|\d{{1,5}})[ \t]+(?P<noun>(?:[A-Za-z][\w'\u2019-]{{0,20}}[ \t]?){{1,4}}?))"
    r"[ \t]*(?:\[\d{1,3}\])*[ \t]*(?:(?:killed|wounded|dead|missing|captured|sunk|damaged|destroyed|scuttled|lost"
    r"|taken|disabled|crippled)\b[^\n]{0,40}|[,;])?$")   # a list row may end with a comma (`1 battleship,`)
ROW_STOP_WORDS = frozenset("killed wounded dead missing captured sunk damaged destroyed scuttled lost total and or of "
                           "in on at to from with by the a an was were is are".split())
# a grouped figure alone on its row or after a row label, footnote marks and 'total' allowed after it
GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
# (a pipe table writes the row as 'Strength1: | 8,500 |'; a force's name may stand before the figure:
# 'Tibetan Army 8,500[3]', 'People's Liberation Army: 40,000')
FIGURE_ROW_RE = re.compile(rf"(?m)(?:^|:[ \t]*(?:\|[ \t]*)?)[ \t]*(?P<q>~?{GROUPED}\+?)[ \t]*(?:\[\d{{1,3}}\][ \t]*)*"
                           r"(?:total[ \t]*)?(?:\|[ \t]*)?$")
NAMED_FIGURE_RE = re.compile(rf"(?<=[a-z][ \t])(?P<q>{GROUPED})[ \t]*(?:\[\d{{1,3}}\][ \t]*)*(?:\|[ \t]*)?$", re.M)
APPROX_FIGURE_RE = re.compile(
    rf"(?<![\w-])(?P<q>(?:[Aa]bout|[Ss]ome|[Oo]ver|[Mm]ore\s+than|[Nn]early|[Aa]lmost|[Aa]pproximately|[Aa]round"
    rf"|[Rr]oughly|[Uu]p\s+to|[Aa]t\s+least|[Ff]ewer\s+than|[Ll]ess\s+than)\s+{GROUPED})(?![\d%]|[.,]\d|\s*[-\u2013]\s*\d)")
FORCE_COUNT_RE = re.compile(rf"(?<![\w.,-])(?P<q>(?:{GROUPED}|\d{{2,7}})[ \t]+(?P<force>[A-Z]{{2,4}})"
                            r"(?:[ \t]+(?P<noun>infantry|cavalry|troops|soldiers|regulars|men|personnel))?)(?![\w-])")


def _count(out: list, start: int, q: str, unit_start: int | None, source: str, bare: bool = False) -> None:
    norm = norm_en.normalize_quantity_en(q, unit_start)
    if norm["value"] is None:
        return
    if bare:
        norm = {**norm, "unit": ""}
    out.append(Candidate(start, start + len(q), "QUANTITY", source, COUNT_PRIORITY, norm))


def _counts(text: str, out: list) -> None:
    for g in GROUPED_RE.finditer(text):       # figures are anchored on a grouped number (rare)
        line = text.rfind("\n", 0, g.start()) + 1
        row = FIGURE_ROW_RE.match(text, max(line, text.rfind(":", line, g.start())) if ":" in text[line:g.start()] else line)
        if row and row.start("q") <= g.start() < row.end("q"):
            _count(out, row.start("q"), row.group("q"), None, "rule:en_infobox_figure", bare=True)
        elif g.start() > line and text[g.start() - 1] == " " and _in_figure_field(text, line):
            named = NAMED_FIGURE_RE.match(text, g.start())
            if named and re.search(r"[A-Z][a-z]+[ \t]+$", text[line:g.start()]):
                _count(out, g.start(), g.group(), None, "rule:en_infobox_figure", bare=True)
        approx = APPROX_FIGURE_RE.search(text, max(0, g.start() - 24), g.end() + 12)
        if approx and approx.end("q") == g.end():
            _count(out, approx.start("q"), approx.group("q"), None, "rule:en_approx_figure", bare=True)
    for m in _block_matches(COUNT_ROW_RE, text):
        words = m.group("noun").split()
        while words and (words[-1] in ROW_STOP_WORDS or re.fullmatch(r"[a-z]+(?:ed|ly)|est\.?|approx\.?", words[-1])):
            words.pop()                       # '200,000 estimated': a participle or an adverb is no noun
        if not words or words[0] in ROW_STOP_WORDS or re.fullmatch(r"1[6-9]\d\d|20\d\d", m.group("num")):
            continue
        if words[0][0].isupper() and not ("," in m.group("num") or len(m.group("num")) >= 3):
            continue                          # '2 Battle' of a table of contents is no count
        if words[0][0].isupper() and not re.search(r"(?:s|men)$", words[-1]):
            continue
        end = m.start("noun") + _words_end(m.group("noun"), len(words))
        q = text[m.start("q"):end]
        _count(out, m.start("q"), q, m.start("noun") - m.start("q"), "rule:en_infobox_count")
    names = english_names()
    if not _force_abbreviation_re().search(text):     # is one of them in the text
        return
    for m in FORCE_COUNT_RE.finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_.,-"):
            continue
        if names.get(m.group("force"), (None,))[0] != "MIL_UNIT":
            continue
        _count(out, m.start("q"), m.group("q"), m.start("force") - m.start("q"), "rule:en_force_count")


# the rows of a 'Strength' or 'Casualties (and losses)' field, up to the next field of another kind
FIGURE_FIELD = re.compile(r"(?m)^[ \t*\-•]*(?:Strength|Casualties)\w{0,12}\d?\b")
OTHER_FIELD = re.compile(r"(?m)^[ \t*\-•]*(?:Commanders?\b|Commander\d|Units?\b|Units\d|Belligerents|Combatants?\b"
                         r"|Result|Location|Date|Place|Territorial|Contents|See\s+also|References|Notes?\b)")


def _in_figure_field(text: str, line_start: int) -> bool:
    """Whether the row starting at `line_start` is (in) a Strength or Casualties field."""
    row = text[line_start:line_start + 40]
    return bool(re.match(r"[ \t*\-•]*(?:Strength|Casualties)", row))


def _block_matches(pattern: re.Pattern, text: str):
    """Matches of `pattern` inside the figure fields (Strength, Casualties) of a flattened infobox."""
    if "Strength" not in text and "Casualties" not in text:
        return
    fields = list(FIGURE_FIELD.finditer(text))
    for field, after in zip(fields, [*fields[1:], None]):
        other = OTHER_FIELD.search(text, field.end())
        end = min(other.start() if other else len(text), after.start() if after else len(text), field.end() + 3000)
        yield from pattern.finditer(text, field.end(), end)


@lru_cache(maxsize=1)
def _force_abbreviations() -> tuple[str, ...]:
    """The listed forces written as an abbreviation in capitals (PLA, NRA, KPA ...)."""
    return tuple(sorted(f for f, (label, _) in english_names().items() if label == "MIL_UNIT"
                        and re.fullmatch(r"[A-Z]{2,4}", f)))


@lru_cache(maxsize=1)
def _force_abbreviation_re() -> re.Pattern:
    """Any of _force_abbreviations anywhere (as `abbreviation in text`), in one scan instead of one per abbreviation."""
    return re.compile(trie_regex(list(_force_abbreviations())))


def _words_end(s: str, n: int) -> int:
    """End offset of the first `n` words of `s`."""
    return list(re.finditer(r"\S+", s))[n - 1].end()


# ----------------------------------------------------------------------------- dates
ISO_DATE_RE = re.compile(r"(?P<d>(?:1[6-9]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01]))(?![\w/]|-\d)")


# a part of the day written before its date ('the evening of Oct. 24', 'on the night of 3 May 1940'): one DATE
PART_OF_DAY_RE = re.compile(r"(?<![\w-])(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight"
                            r"|(?:[Ee]arly|[Ss]mall)\s+hours)[ \t]+of[ \t]+(?:the[ \t]+)?")   # 'the early hours of' (en12)


def _dates(text: str, out: list) -> None:
    if "-" in text:
        for m in ISO_DATE_RE.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_/-"):
                continue
            out.append(Candidate(m.start("d"), m.end("d"), "DATE", "rule:en_iso_date", 52, {"value": m.group("d")}))
    if "ing of" in text or "ight of" in text or "oon of" in text or "ours of" in text:   # ..., early hours
        for m in PART_OF_DAY_RE.finditer(text):
            date = DATE_RE.match(text, m.end())
            if date and re.search(r"(?<!\d)\d{1,2}(?!\d)", date.group()) and re.search(r"[A-Za-z]{3}", date.group()) \
                    and not DAY_AFTER_RANGE.match(text, date.end()):    # 'the night of March 3-4': a range
                out.append(Candidate(m.start(), date.end(), "DATE", "rule:en_part_of_day", 52))


# ----------------------------------------------------------------------------- events and bylines
# 'the battle of Lake Khasan' written in lower case: the named battle, when a known place or a name with a
# geographic head follows (not 'the battle of wills')
# (also 'the battle for Heartbreak Ridge', as prose names a battle by a height or pass it was fought for; a battle
# 'for' a town or a province is a struggle over it, not its name: 'the battle for Hunan' keeps GPE Hunan; auditen9)
LOWER_BATTLE_RE = re.compile(r"(?<![\w-])battle[ \t]+(?P<p>of|for)[ \t]+(?:the[ \t]+)?"
                             r"(?P<name>[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:[ \t][A-Z][a-z]+){0,2})(?![\w-])")
GEO_HEAD = re.compile(r"(?:River|Hill|Hills|Pass|Lake|Island|Islands|Bay|Mountain|Mountains|Ridge|Gap|Reservoir|Valley"
                      r"|Sea|Strait|Peninsula|Gol)$")
# a newspaper byline ('By Han Cheung / Staff reporter'): the writer's name
BYLINE_RE = re.compile(r"(?:^|(?<=[ \t\n]))By[ \t]+(?P<n>[A-Z][a-z]+(?:[ \t][A-Z]\.)?(?:[ \t][A-Z][a-z'-]+){1,2})"
                       r"[ \t]*(?=/|\||\n|$)")
NOT_BYLINE = re.compile(r"January|February|March|April|May|June|July|August|September|October|November|December"
                        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The\b")


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    """Common Western given names (given_names_en.txt)."""
    from pipeline.lexicons import LEXICON_DIR  # noqa: PLC0415

    with open(LEXICON_DIR / "given_names_en.txt", encoding="utf-8") as handle:
        return frozenset(w for line in handle if not line.startswith("#") for w in line.split())


def romanised_surnames() -> frozenset:
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415  (english imports this module)

    return romanised_syllables()[0]


# a unit's nickname in quotes ('the “Iron Army”', '"Tiger Division"'): MIL_UNIT, echelon "" (a nickname)
QUOTED_NICKNAME_RE = re.compile(r"[\"\u201c\u2018'](?P<u>(?:[A-Z][a-z]{1,15}[ \t]){1,2}(?:Army|Division|Brigade|Regiment|Corps))"
                                r"(?=[,.]?[\"\u201d\u2019'])")
# an author cited with a page in brackets ('(Fenby 112)', '(Spence 1990, 44)'), not a numbered place or item
CITATION_RE = re.compile(r"\((?P<n>[A-Z][a-z]{2,20}(?:[ \t]+and[ \t]+[A-Z][a-z]{2,20})?)[ \t]+(?:1[89]\d\d,[ \t]*)?\d{1,4}"
                         r"(?:[-\u2013]\d{1,4})?\)")
NOT_CITED = frozenset("Hill Height Heights Route Highway Road Point Page Vol Volume Chapter Line Division Army Corps Brigade "
                      "Regiment Battalion Group Squadron Wing Force Fleet Camp Fort Site Block Lot Room Plate Figure Table "
                      "Map Note Item Article Section Part Book Psalm Mark Luke John Flight Convoy Task Operation Year".split())


# wars and conflicts named by two sides ('Soviet–Japanese Border Wars', 'Sino-Soviet Border Conflict'): the plural
# and 'Conflict' heads the event grammar leaves to coordinated names
SIDES = (r"(?:Sino|Soviet|Russo|Japanese|Franco|Anglo|Chinese|Korean|Vietnamese|Mongolian|Indian|Thai|Soviet|Russian"
         r"|Manchukuo|Mongol)")
TWO_SIDED_EVENT_RE = re.compile(rf"(?<![\w-])(?P<e>{SIDES}[-\u2013]{SIDES}(?:[ \t]+Border)?[ \t]+(?:Wars|Conflicts?|Clashes))(?![\w-])")


def _events_bylines(text: str, out: list) -> None:
    names = english_names()
    if "Wars" in text or "Conflict" in text or "Clashes" in text:
        for m in TWO_SIDED_EVENT_RE.finditer(text):
            out.append(Candidate(m.start("e"), m.end("e"), "EVENT", "rule:en_two_sided_event", 56))
    if "battle of" in text or "battle for" in text:
        for m in LOWER_BATTLE_RE.finditer(text):
            name = m.group("name")
            if m.group("p") == "for" and not GEO_HEAD.search(name):
                continue
            if names.get(name, (None,))[0] in ("GPE", "LOC") or GEO_HEAD.search(name) \
                    or re.match(r"(?:Lake|Mount|Cape)[ \t]", name):
                out.append(Candidate(m.start(), m.end(), "EVENT", "rule:en_lower_battle", 56))
    if "\u201c" in text or '"' in text or "\u2018" in text:
        for m in QUOTED_NICKNAME_RE.finditer(text):
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_quoted_nickname", UNIT_PRIORITY - 3,
                                 {"numbers": [], "echelon": "", "prefix": "", "side": None, "id": None}))
    if "(" in text:
        for m in CITATION_RE.finditer(text):
            words = m.group("n").split()
            if words[0] in NOT_CITED or any(names.get(w, ("PERSON",))[0] != "PERSON" for w in words if w != "and"):
                continue
            for w in re.finditer(r"[A-Z][a-z]+", m.group("n")):
                out.append(Candidate(m.start("n") + w.start(), m.start("n") + w.end(), "PERSON", "rule:en_citation",
                                     PERSON_PRIORITY))
    if "By " in text:
        for m in BYLINE_RE.finditer(text):
            first = m.group("n").split()[0]
            if not NOT_BYLINE.match(m.group("n")) and names.get(m.group("n"), ("PERSON",))[0] == "PERSON" \
                    and (first in given_names() or first in romanised_surnames()):
                out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_byline", PERSON_PRIORITY))


# ----------------------------------------------------------------------------- units
PLACE_WORD = r"[A-Z][a-z]{2,15}(?:[ \t][A-Z][a-z]{2,15})?"
MILITARY_AREA_RE = re.compile(
    rf"(?<![\w-])(?P<u>{PLACE_WORD}(?:,[ \t]+{PLACE_WORD}){{0,4}}(?:,?[ \t]+(?:and|&)[ \t]+{PLACE_WORD})?"
    r"[ \t]+Military[ \t]+(?P<kind>Regions?|Districts?|Areas?))\b")
FLEET_RE = re.compile(r"(?<![\w-])(?P<u>(?:[A-Z][a-z]{2,15}[ \t]){1,2}Fleet)(?![\w-]|[ \t]+[A-Z])")
FLEET_NOT = frozenset("Van Von The A An Whole Entire Our Their His Her Its This That Each Chinese Japanese British "
                       "American Soviet Russian German French Italian Dutch Korean Allied Enemy".split())



# A designation with a name between its number and its echelon ('3rd Ranger Company', '7th Wolfhound Regiment',
# '11th Light Anti-Aircraft Battery'), a British battery or regiment with its arm after it ('93rd Battery Royal
# Artillery'); the national contingents of the UN Command in Korea by their nationality ('Greek Battalion': the
# sixteen nations that sent combat units, complete).
NAMED_DESIGNATION_RE = re.compile(
    r"(?P<u>\d{1,4}(?:st|nd|rd|th|d)[ \t]+(?:(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|The|And|Of)\b)[A-Z][a-z]+(?:['\u2019]s|-[A-Z][a-z]+)?[ \t]+){0,3}"
    r"(?:Battalion|Regiment|Brigade|Division|Battery|Company|Squadron"
    # British regiments named by their arm (normalize_unit_en reads them as a Regiment)
    r"|Rifles|Light[ \t]+Infantry|Fusiliers|Highlanders|Borderers|Grenadiers|Lancers|Hussars|Dragoons)"
    r"(?:[ \t]+Royal[ \t]+(?:Artillery|Engineers|Horse[ \t]+Artillery|Signals))?)(?![\w-])")
_PLAIN_DESIGNATION = re.compile(r"\d{1,4}(?:st|nd|rd|th|d)[ \t]+(?:Battalion|Regiment|Brigade|Division|Company|Squadron)")
UN_CONTINGENT_RE = re.compile(
    r"(?<![\w-])(?P<u>(?:Australian|Belgian|British|Canadian|Colombian|Ethiopian|Filipino|French|Greek|Dutch|Netherlands"
    r"|Luxembourg|New[ \t]+Zealand|Philippine|South[ \t]+African|Thai|Turkish)[ \t]+(?:Battalion|Brigade|Detachment))(?![\w-])")


def _units(text: str, out: list) -> None:
    patterns = [NAMED_DESIGNATION_RE]
    if "Battalion" in text or "Brigade" in text or "Detachment" in text:
        patterns.append(UN_CONTINGENT_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_-"):
                continue
            if pattern is NAMED_DESIGNATION_RE and _PLAIN_DESIGNATION.fullmatch(m.group("u")):
                continue                          # '3rd Division': the unit grammar's (pipeline.rules.english)
            norm = norm_en.normalize_unit_en(m.group("u"), text[max(0, m.start() - 40):m.start()])
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_named_designation", UNIT_PRIORITY - 1,
                                 norm))
    names = english_names()
    if "Military" in text:
        for m in MILITARY_AREA_RE.finditer(text):
            first = m.group("u").split()[0]
            if first in FLEET_NOT:
                continue
            echelon = "军区" if m.group("kind").startswith(("Region", "Area")) else "军管区"
            out.append(Candidate(m.start("u"), m.end("u"), "MIL_UNIT", "rule:en_military_area", UNIT_PRIORITY,
                                 {"numbers": [], "echelon": echelon, "prefix": "", "side": None, "id": None}))
    if "Fleet" in text:
        for m in FLEET_RE.finditer(text):
            words = m.group("u").split()
            if words[-2] in FLEET_NOT:
                continue                      # 'Paul Van Fleet' is a person
            start = m.start("u")
            if len(words) == 3 and (words[0] in FLEET_NOT or names.get(" ".join(words[:2]), (None,))[0] == "PERSON"):
                start += m.group("u").index(words[1])
            out.append(Candidate(start, m.end("u"), "MIL_UNIT", "rule:en_fleet", UNIT_PRIORITY - 2,
                                 {"numbers": [], "echelon": "舰队", "prefix": "", "side": None, "id": None}))



def find_infobox(text: str, out: list) -> None:
    """Candidates of the forms above in one paragraph of English text."""
    if "Commander" in text:
        _commanders(text, out)
    if _HAS_MACRON.search(text):
        _macron_names(text, out)
    _counts(text, out)
    _dates(text, out)
    _units(text, out)
    _events_bylines(text, out)


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries
UN_CONTINGENT_RE = guarded(UN_CONTINGENT_RE)
FORCE_COUNT_RE = guarded(FORCE_COUNT_RE)
PART_OF_DAY_RE = guarded(PART_OF_DAY_RE)
LOWER_BATTLE_RE = guarded(LOWER_BATTLE_RE)
BYLINE_RE = guarded(BYLINE_RE)
TWO_SIDED_EVENT_RE = guarded(TWO_SIDED_EVENT_RE)
