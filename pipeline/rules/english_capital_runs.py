"""Text in capitals read again in title case by the other English finders.

`find_capital_runs(text, out)`: each run of capitalised words (fact-sheet headings, order-of-battle lists, captions:
'SIEGE OF PLEVNA', '9th INFANTRY DIVISION', '1st BATTALION, THE ROYAL SCOTS') is read again in title case (same
length,
so every offset maps back) by the other generators (not those of CAPITALS_UNREAD) and by the nation-force,
designation and fact-sheet readings; a PERSON and a headline of common words are dropped. `title_case_runs(text)`:
the runs and their title-cased copies.

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.english_glued_words import UNGLUED_UNREAD
from pipeline.spans import Candidate
from pipeline.rules.english_nation_forces import forces, navy_units
from pipeline.rules.english_lower_case_heads import find_border_crises as _border_crises
from pipeline.rules.english_designation_lists import find_designation_lists as _designations
from pipeline.rules.english_bracket_macron_names import find_diacritic_ranked_names as _diacritic_ranks
from pipeline.rules.english_figure_forms import find_figures_citations as _figures_citations
from pipeline.rules.english_embassy_press_orgs import find_lower_case_magazines as _magazines
from pipeline.rules.english_theatres_waters import find_plural_straits as _plural_straits


# ----------------------------------------------------------------------------- text in capitals
CAPS_TOKEN = r"(?:[A-Z][A-Z'\u2019.&-]*[A-Z.]|\d{1,4}(?:st|nd|rd|th|d|ST|ND|RD|TH))"
CAPS_RUN = re.compile(rf"(?<![\w'\u2019&-]){CAPS_TOKEN}(?:,?[ \t]+{CAPS_TOKEN}){{1,9}}(?![\w'\u2019&-])")
CAPS_ANCHOR = re.compile(r"[A-Z]{2}[A-Z'\u2019.&-]*,?[ \t]+(?:[A-Z]{2}|\d)|\d(?:st|nd|rd|th|d)[ \t]+[A-Z]{2}")
LOWER_WORDS = frozenset("OF AND IN ON AT TO FOR BY FROM WITH DE DU DES VON DER".split())
KEEP_SHORT_STOP = frozenset("WAR AIR SEA NEW OLD RED BAY GAP THE ONE TWO SIX TEN ALL END DAY".split())
ROMAN = re.compile(r"[IVXL]{1,6}")


def _title(word: str, first: bool, after_comma: bool) -> str:
    core = word.rstrip(".,")
    if re.fullmatch(r"\d{1,4}[A-Za-z]{1,2}", core):
        return word.lower()
    if ROMAN.fullmatch(core) or (len(core) <= 3 and core.isalpha() and core not in KEEP_SHORT_STOP
                                 and core not in LOWER_WORDS) or "." in core.strip("."):
        return word               # 'III', 'HMS', 'US', 'U.S.' stay as written
    if core in LOWER_WORDS and not first:
        return word.lower()
    if core == "THE" and not first and not after_comma:
        return word.lower()
    return "-".join(p[:1] + p[1:].lower() for p in word.split("-"))


def title_case_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, title-cased copy) of each run of words in capitals with at least one word of four letters."""
    if not CAPS_ANCHOR.search(text):
        return []
    runs = []
    for m in CAPS_RUN.finditer(text):
        words = list(re.finditer(r"\S+", m.group()))
        if not any(len(w.group().strip(".,'\u2019")) >= 4 and w.group().strip(".,'\u2019").isalpha() for w in words):
            continue
        pieces, last = [], 0
        for i, w in enumerate(words):
            pieces.append(m.group()[last:w.start()])
            after_comma = i > 0 and m.group()[:w.start()].rstrip().endswith(",")
            pieces.append(_title(w.group(), i == 0, after_comma))
            last = w.end()
        pieces.append(m.group()[last:])
        copy = "".join(pieces)
        if len(copy) == len(m.group()) and copy != m.group():
            runs.append((m.start(), m.end(), copy))
    return runs


def _headline_words(c: Candidate, copy: str) -> bool:
    """A place read by a rule from three or more everyday words of a headline ('CHINESE OCCUPY NEW LINES BEYOND
    RANGE OF WARSHIPS' -> 'Occupy New Lines Beyond Range'): a sentence in capitals, no name (auditen12)."""
    if c.label not in ("LOC", "GPE", "FAC") or c.source.startswith("lexicon"):
        return False
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    words = re.split(r"[ \t-]+", copy[c.start:c.end])
    return len(words) >= 3 and all(common_word(w.strip(".,'\u2019")) for w in words)


# the generators written with this reading (real-dev8-en's and real-dev7-en's forms, two generators until session
# 24) read no run in capitals again
CAPITALS_UNREAD = UNGLUED_UNREAD | frozenset((
    "find_capital_runs", "find_nation_forces", "find_designation_lists", "find_figures_citations", "find_border_crises",
    "find_plural_straits", "find_lower_case_magazines", "find_diacritic_ranked_names", "find_hyphen_participle_names",
    "find_syllable_places"))


def find_capital_runs(text: str, out: list) -> None:
    runs = title_case_runs(text)
    if not runs:
        return
    from pipeline.rules import english  # noqa: PLC0415  (english imports this module)

    generators = [g for g in english._GENERATORS if g.__name__ not in CAPITALS_UNREAD]
    generators += [forces, navy_units, _designations, _figures_citations, _border_crises, _plural_straits, _magazines,
                   _diacritic_ranks]
    for start, end, copy in runs:
        local: list[Candidate] = []
        for generate in generators:
            generate(copy, local)
        for c in local:
            if c.end - c.start < 2 or c.label == "PERSON":    # a rank before a heading word is no name
                continue
            if _headline_words(c, copy):
                continue
            norm = c.norm
            if c.label == "MIL_UNIT" and "en_hint" not in norm:   # read from the title-cased words, not the capitals
                norm = {**norm, "en_hint": norm_en.normalize_unit_en(copy[c.start:c.end], copy[max(0, c.start - 40):c.start])}
            out.append(Candidate(c.start + start, c.end + start, c.label, c.source + "+caps", c.priority, norm))


