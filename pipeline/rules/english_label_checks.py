"""Checks on the labels the other English finders read, and newspapers by their title (session 8, helper en13).

Run as the last generator of pipeline.rules.english (before the candidates are resolved): it drops candidates
whose form says they are something else, so that the right reading of the same words wins the resolution.

- a person's name read across a line break whose second line opens with a known place (`Li Mi\\nTaiwan Liao
  Yaoxiang` of a flattened commanders' list: the surname `Mi` and the 'given name' `Taiwan` are two rows): dropped;
- a Japanese-shaped full name whose word is a people's adjective (`Ganzi Tibetan autonomous prefecture`,
  `Inner Mongolian`; demonyms_en.tsv): no person's name, dropped;
- an event read up to `War` where `War flag`/`War ensign` follows (`… Army War flag of the Imperial Japanese
  Army.svg`, an infobox image caption): no war's name, dropped; so is an event or a person read up to `War` before
  `Lord(s)` (the 1920s press's `War Lord`: `the Christian War Lord`, auditen7);
- a newspaper or an airline by its title (`CHINA DAILY`, `the Japan Times`, `the North-China Herald`, `Asahi Shimbun`,
  `Pan American Airways`): one ORG, its place name inside (rule 6) — not a GPE for the place alone.
- (session 29, s29enname) a place after a verb of meeting and a possessive (`met his Stalingrad`-type figures of a final
  defeat: `met their X`) is no place, dropped; a -vitch/-off word read by its shape as a person where a context of
  place reads the same word after `at`, `near`, `around`, `outside`, `towards`, `beyond`, `via` or `into` (`four
  wounded at X`) is the place, the shape's person dropped.

- (session 34, w34enper) a place read by its head word right after a rank (`Colonel Hill was wounded`, `General
  Field`, `Captain Brook`, `writes Gen. Hill`: Civil War records and histories name D. H. and A. P. Hill so) that no
  lexicon holds as a whole: dropped, and the head word is the PERSON (the rank outside it).

Cheap: the checks read only the PERSON and EVENT candidates already found; the titles are found from their head word
(one alternation of `Daily`, `DAILY`, `Times`, `Herald`, `Shimbun`, …).
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import demonyms, english_names
from pipeline.spans import Candidate
from pipeline.lexicons import longest_first

NEWSPAPER_PRIORITY = 47
RANK_NAME_PRIORITY = 50
# a rank and one capitalised word read as a place by its landform or structure head (`Colonel Hill`, `General Field`,
# `Captain Brook`, `Gen. Hill`): the rank says it is a man (spec rule 1: the rank outside the PERSON)
_RANK_NAME_RE = re.compile(r"(?:General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Lieutenant|Lieut\.|Lt\.|Sergeant"
                           r"|Sgt\.|Admiral|Adm\.|Brigadier|Corporal|Cpl\.|Private|Pte\.)[ \t]+[A-Z][a-z]{2,15}")

_NEWSPAPER_HEADS = ("Daily", "DAILY", "Times", "TIMES", "Herald", "HERALD", "Tribune", "Gazette", "Chronicle",
                    "Shimbun", "Shimpo", "Ribao", "Jih Pao", "Courier",
                    # airlines, by the same reading ('Pan American Airways', 'China National Airlines')
                    "Airways", "Airlines", "Air Lines")
_NEWSPAPER_HEAD_RE = re.compile("|".join(re.escape(h) for h in sorted(_NEWSPAPER_HEADS, key=longest_first)))
_TITLE_WORD = r"(?:[A-Z][a-z]{1,15}|[A-Z]{2,15})(?:-[A-Z][a-z]{1,15})?(?:['\u2019]s)?"
_TITLE_BEFORE = re.compile(rf"(?<![\w-])(?P<t>{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}})[ \t]+$")
_NOT_TITLE_START = frozenset("The A An In On At By For From To Of And Or But As With Many Some Three Two Four Five "
                             "Ten Several Hard Good Bad Modern Ancient Early Later Wartime Peace War".split())


# a verb of meeting and a possessive before a place: the figure of one's final defeat ('met his Stalingrad')
_MET_ONES_BEFORE = re.compile(r"(?<![\w-])(?:met|meet|meets|meeting)[ \t]+(?:his|her|its|their|our|my|your)[ \t]+$")
# the prepositions after which a single word is a place far more often than a person
_PLACE_WORD_BEFORE = re.compile(r"(?<![\w-])(?:at|near|around|outside|towards?|beyond|via|into)[ \t]+$")


def find_label_checks(text: str, out: list) -> None:
    """Drop the candidates whose form says they are something else; add newspapers (see the module doc)."""
    drop = set()
    names = None
    ranked: list[Candidate] = []
    for i, c in enumerate(out):
        if c.label == "PERSON":
            span = text[c.start:c.end]
            if "\n" in span:
                if names is None:
                    names = english_names()
                after = span[span.rindex("\n") + 1:].split()
                if after and names.get(after[0], ("",))[0] in ("GPE", "LOC"):
                    drop.add(i)
            elif c.source == "rule:en_japanese_name" and any(w in demonyms() for w in span.split()):
                drop.add(i)
        elif c.label == "EVENT" and text.endswith("War", c.start, c.end) and \
                re.match(r"[ \t]+(?:flag|ensign)\b", text[c.end:c.end + 8]):
            drop.add(i)
        if c.label in ("GPE", "LOC") and _MET_ONES_BEFORE.search(text, max(0, c.start - 24), c.start):
            drop.add(i)       # 'met their Stalingrad': a place as a figure of defeat (session 29)
        elif c.source == "rule:en_name_shape" and _PLACE_WORD_BEFORE.search(text, max(0, c.start - 12), c.start) \
                and any(o.label == "GPE" and (o.start, o.end) == (c.start, c.end) for o in out):
            drop.add(i)       # 'wounded at Drenovitch': a -vitch word after a preposition of place is the town a
            #                   context read there, not a patronymic (session 29)
        elif c.label in ("GPE", "LOC", "FAC") and _RANK_NAME_RE.fullmatch(text, c.start, c.end):
            if names is None:
                names = english_names()
            if text[c.start:c.end] not in names:
                drop.add(i)   # 'Colonel Hill was wounded': a rank and a surname read as a hill (session 34, w34enper)
                head = text.rindex(" ", c.start, c.end) + 1
                ranked.append(Candidate(head, c.end, "PERSON", "rule:en_rank_landform_surname", RANK_NAME_PRIORITY, {}))
        if c.label in ("PERSON", "EVENT") and text.endswith("War", c.start, c.end) and \
                re.match(r"[ \t]+Lords?\b", text[c.end:c.end + 8]):
            drop.add(i)       # 'the Christian War Lord' (the warlord written in two words): no war, no name (auditen7)
    if drop:
        out[:] = [c for i, c in enumerate(out) if i not in drop]
    out.extend(ranked)
    _newspapers(text, out)


def _newspapers(text: str, out: list) -> None:
    for found in _NEWSPAPER_HEAD_RE.finditer(text):
        head, at, end = found.group(), found.start(), found.end()
        if (at and text[at - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
            continue
        airline = head.startswith("Air")
        if not airline and re.match(r"[ \t]+[A-Z][a-z]", text[end:end + 3]):
            continue       # the name goes on ('Times Square')
        m = _TITLE_BEFORE.search(text, max(0, at - 50), at)
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("t")))
        while words and words[0].group().title() in _NOT_TITLE_START:
            words.pop(0)
        if airline and any(w.group() in ("Army", "Navy", "Naval", "Military", "Force") for w in words):
            continue       # 'Army Airways Communications Service' is a unit's name
        if not words or head.isupper() and not all(w.group().isupper() for w in words):
            continue       # 'CHINA DAILY', 'China Daily', 'the People's Daily'; not 'Chinese DAILY'
        out.append(Candidate(m.start("t") + words[0].start(), end, "ORG", "rule:en_newspaper", NEWSPAPER_PRIORITY))
