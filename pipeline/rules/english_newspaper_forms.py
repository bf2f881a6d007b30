"""English forms of the newspaper and magazine reports of China's wars, 1894-1953 (session 15, helper auditen12).

Cabled reports count the dead and the taken in round figures that look like years: `The Chinese claim to have
killed 2000 Japanese`, `captured 1800 Chinese soldiers`. A year-shaped number (1600-2099) right after a verb of
killing, wounding or taking in the active voice, and before a people's name (a national adjective of
demonyms_en.tsv or its plural, or a plural noun of people: men, troops, soldiers, prisoners, rebels, bandits ...),
is a count, not a year: one QUANTITY with the people as its unit (as `1500 Japanese` already is), and the DATE
read on the number is dropped. A passive verb before the number (`he was killed 1938`, a biography's date) or a
capitalised word after it that is no people (`captured 1938 Nanking`) leaves the year alone.

A two-syllable romanised name read as a person by its shape alone (english_base_generators' en_chinese_name, no
rank, no lexicon person) is a place where its context says so, as the cables named towns and suburbs in the same
shape as men (`attacking Tung Taiying`, `near Pei Tayang, a northern suburb of Mukden`): after a verb or preposition
of place (`attacking`, `captured`, `occupied`, `entered`, `near`, `towards` ...; not before a possessive: `attacked
Chang Hsueh-liang's troops` is about the man) or before an apposition naming a kind of place (`, a suburb of`, `, a
town on`): GPE. After the article (`from the Ping Yang`) it is no person (no label guessed).

Without such a verb, a year-shaped number before a national adjective and a plural noun of fighting men or people
(`shelled Chapei where 2000 Japanese marines prepared to attack`) is a count too, when the word before it is a
lower-case word that is no word of time: `in 1937 Japanese troops`, `the 1932 Japanese marines` and `December 13,
1937 Japanese troops` keep their year.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.english import normalize_quantity_en
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

_VERBS = ("killed|slew|slaughtered|massacred|wounded|captured|annihilated|lost|took|disarmed|executed|buried"
          "|drowned|routed|repulsed|surrounded|trapped|destroyed|killing|capturing|annihilating|wiping[ \t]+out"
          "|wiped[ \t]+out|put[ \t]+out[ \t]+of[ \t]+action")
_PEOPLE_NOUNS = ("men|troops|soldiers|prisoners|rebels|bandits|guerrillas|guerillas|regulars|irregulars|Boxers"
                 "|Reds|Communists|Nationalists|Manchus|Mongols|Cossacks|enemy|marines|bluejackets|sailors|coolies"
                 "|officers|civilians|refugees|villagers|casualties|dead|horses|mules")
_PASSIVE_BEFORE = re.compile(r"(?i:\b(?:was|were|been|being|is|are|be|get|got)[ \t]+)$")


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    nations = sorted(demonyms(), key=longest_first)
    plural = "|".join(re.escape(n) + "s?" for n in nations)
    return re.compile(
        rf"(?<![\w-])(?P<verb>{_VERBS})[ \t]+(?P<q>(?P<num>1[6-9]\d\d|20\d\d)[ \t]+"
        rf"(?:(?:{plural})(?:[ \t]+(?:{_PEOPLE_NOUNS}))?|(?:{_PEOPLE_NOUNS})))(?![\w'\u2019-])")


_TIME_WORDS = frozenset(("in of by since until till during from to before after early late mid spring summer autumn fall"
                         " winter year years the and or between through throughout for circa than around about"
                         " on at as into within") .split())
_PEOPLE = ("men|troops|soldiers|marines|bluejackets|sailors|infantry|infantrymen|cavalry|cavalrymen|reservists"
           "|reinforcements|regulars|irregulars|prisoners|residents|civilians|refugees|settlers|workers|coolies")


@lru_cache(maxsize=1)
def _people_re() -> re.Pattern:
    from pipeline.rules.english_lexicon import demonyms  # noqa: PLC0415

    nations = sorted(demonyms(), key=longest_first)
    return re.compile(
        rf"(?<![\w,.-])(?P<q>(?P<num>1[6-9]\d\d|20\d\d)[ \t]+(?:{'|'.join(map(re.escape, nations))})"
        rf"[ \t]+(?:{_PEOPLE}))(?![\w'\u2019-])")


_WORD_BEFORE = re.compile(r"(?<![\w'\u2019-])(?P<w>[a-z]+)[ \t]+$")


def _people_years(text: str, out: list) -> None:
    """'where 2000 Japanese marines prepared': a year-shaped number before a national adjective and a plural noun
    of fighting men or people, after a lower-case word that is no word of time ('in 1937 Japanese troops', 'December
    13, 1937 Japanese troops' keep their year)."""
    for m in _people_re().finditer(text):
        before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
        if before is None or before.group("w") in _TIME_WORDS:
            continue
        _add_count(text, m, out)


def _add_count(text: str, m: re.Match, out: list) -> None:
    start, end = m.start("q"), m.end("q")
    norm = normalize_quantity_en(text[start:end], end - start - len(text[m.end("num"):end].lstrip()))
    if norm.get("value") is None:
        return
    num_start, num_end = m.start("num"), m.end("num")
    out[:] = [c for c in out if not (c.label == "DATE" and c.start >= num_start and c.end <= num_end)]
    out.append(Candidate(start, end, "QUANTITY", "rule:en_casualty_count", 56, norm))


def _casualty_years(text: str, out: list) -> None:
    for m in _count_re().finditer(text):
        if _PASSIVE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue
        _add_count(text, m, out)


_PLACE_BEFORE = re.compile(
    r"(?<![\w-])(?:attacking|attacked|attack|captured|capturing|capture|occupied|occupying|occupy|entered|entering"
    r"|evacuated|evacuating|bombed|bombing|shelled|shelling|besieged|besieging|reached|reaching|seized|seizing"
    r"|retook|recaptured|near|outside|towards|toward|into)[ \t]+(?:the[ \t]+(?:town|city|village|port)[ \t]+of[ \t]+)?$")
_PLACE_APPOSITION = re.compile(
    r",[ \t]+(?:a|an|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}(?:suburb|town|village|city|port|district|county|station"
    r"|hamlet|fort|pass|junction|stronghold|township|outpost)[ \t]+(?:of|on|in|near|north|south|east|west)\b")
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])the[ \t]+$")


def _shaped_names_in_place_context(text: str, out: list) -> None:
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415

    names = english_names()
    for i, c in enumerate(out):
        if c is None or c.label != "PERSON" or c.source != "rule:en_chinese_name":
            continue
        if names.get(text[c.start:c.end], ("",))[0] == "PERSON":
            continue
        window = text[max(0, c.start - 40):c.start]
        if _ARTICLE_BEFORE.search(window):
            out[i] = None
        elif text[c.end:c.end + 2] not in ("'s", "\u2019s") and (
                _PLACE_BEFORE.search(window) or _PLACE_APPOSITION.match(text, c.end)):
            out[i] = Candidate(c.start, c.end, "GPE", "rule:en_shaped_place", c.priority, {})
    out[:] = [c for c in out if c is not None]


def find_newspaper_forms(text: str, out: list) -> None:
    """Counts in year-shaped figures after verbs of killing and taking or before a people's fighting men (see the
    module doc)."""
    _shaped_names_in_place_context(text, out)
    if not re.search(r"(?<!\d)(?:1[6-9]\d\d|20\d\d)[ \t]+[A-Za-z]", text):
        return
    _casualty_years(text, out)
    _people_years(text, out)
