"""Persons read from the clause around a name, and name-shaped words that are no person (session 12, helper
auditen5, from an audit of memoirs, diaries, magazines and 19th-century books on East Asian wars).

A memoir or a diary names its people by the surname alone from the first mention (`it took Estes, who was
walking behind me`), which no lexicon holds and no title announces. What marks them is English grammar:

- Relative `who`: a capitalised word (or two) that no lexicon reads, that is no everyday word, month, nationality
  or party (english_place_context's test), written right before `, who` is a PERSON (a place or a unit takes
  `which`); so is each item of a list before it (`with Kirino, and Shinowara, who were both officers`). Not after
  an article or a number (`the Marines, who`, `the 5th, who`).
- Coordination with a titled person: `Searle and Mr. Riggs`, `Mr. Riggs and Searle`, `Lewis and Colonel Hughes`:
  an unknown capitalised word joined by `and` to a title and a name is a PERSON too.
- A rank before a surname written in two capitals (`General LaHue`, `Colonel DeLuca`, `Major MacKenzie`,
  `Captain VanDyke`): the whole word is the name (english.py's name token knows `Mc` and `O'` only).

And two readings that a name-shaped word is no person:

- A title used as a name (`the Generalissimo's men`, `the Mikado's ministers`): a title alone is no PERSON (spec
  rule 1), whatever finder read it as a commander's possessive.
- A romanised two-syllable name after `the` whose last syllable is a landform word of Chinese (shan mountain,
  ling range/pass, ho/he/kiang/jiang river, hu lake, hai sea): `north of the Tian Shan`, `across the Nan Ling` is
  a mountain range or a river, LOC (a person takes no article).
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import english_names
from pipeline.rules.english_numbers import DEMONYM_PLURAL
from pipeline.rules.english_place_context import STOP, common_words
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate

PERSON_CLAUSE_PRIORITY = 34          # below a lexicon or a rule that reads the word as something else

_WORD = r"[A-Z][a-z]{2,15}"
# a list of names read back from ', who': 'Kirino, and Shinowara, who', 'Searle and Lewis, who'
WHO_BACK_RE = re.compile(rf"(?<![\w.'\u2019-])(?P<run>{_WORD}(?:[ \t]+{_WORD})?(?:,?[ \t]+and[ \t]+{_WORD}(?:[ \t]+{_WORD})?"
                         rf"|,[ \t]+{_WORD}(?:[ \t]+{_WORD})?){{0,3}})$")
_ITEM_RE = re.compile(rf"{_WORD}(?:[ \t]+{_WORD})?")
_TITLES = (r"(?:Mr|Mrs|Ms|Dr|Messrs|Miss|Madame|Mme|General|Gen|Colonel|Col|Major|Maj|Captain|Capt|Lieutenant|Lt"
           r"|Sergeant|Sgt|Corporal|Cpl|Private|Pvt|Admiral|Adm|Commander|Cdr|Brigadier|Brig|Father|Sister|Bishop"
           r"|Reverend|Rev|Professor|Prof)")
# read around a titled PERSON already found: 'Searle and Mr. Riggs' / 'Mr. Riggs and Searle'
COORD_BEFORE_RE = re.compile(rf"(?<![\w.'\u2019-])(?P<a>{_WORD})[ \t]+and[ \t]+{_TITLES}\.?[ \t]+$")
TITLE_BEFORE_RE = re.compile(rf"(?<![\w.]){_TITLES}\.?[ \t]+$")
COORD_AFTER_RE = re.compile(rf"[ \t]+and[ \t]+(?P<b>{_WORD})(?![\w'\u2019-]|[ \t]+(?:[A-Z]|(?:von|van|de|du|der|la|le|d')\b))")
CAMEL_RE = guarded(re.compile(rf"(?<=[ \t])(?P<name>(?:Mac|La|Le|De|Di|Du|Da|Van|Von)[A-Z][a-z]{{2,14}})(?![\w'\u2019-])"))
_ARTICLE_OR_NUMBER_BEFORE = re.compile(r"(?:\b(?:the|The|a|an|An|this|these|those|his|her|their|its|our)|\d\w*)[ \t]+$")
TITLE_WORDS = frozenset("Generalissimo Emperor Empress Mikado Shogun Viceroy Regent Kaiser Tsar Czar Marshal Admiral "
                        "General Colonel Commander Premier President Chairman Governor Sultan King Queen Pope "
                        "Khan Taotai Mandarin Sovereign Dowager Prince Princess Duke Herr Monsieur Madame Sir Lord "
                        "Lady Count Countess Baron Baroness Marquis Marquess Signor Senor Don Dona Frau".split())
_LANDFORM_FINALS = frozenset("Shan Ling Ho He Kiang Jiang Hu Hai".split())


# peoples and parties in the plural ('Boxers, who rose', 'Taipings, who'): no person
_GROUP_PLURAL = re.compile(DEMONYM_PLURAL)


def everyday_word(word: str) -> bool:
    """An everyday English word as written or as a plural (`Marines`, `Allies`); a surname that only looks like an
    inflection (`Estes`, `Hughes`) is not one (english_place_context.common_word strips every ending)."""
    words = common_words()
    low = word.lower()
    return low in words or low.endswith("s") and (low[:-1] in words or low.endswith("ies") and low[:-3] + "y" in words)


def unknown_name(name: str) -> bool:
    """A capitalised run that no lexicon reads and that is no everyday word, month, nationality or party."""
    if name in english_names():
        return False
    return not any(word in STOP or word in TITLE_WORDS or word[-1:] == "s" and word[:-1] in TITLE_WORDS or everyday_word(word) or word in english_names()
                   or _GROUP_PLURAL.fullmatch(word) for word in name.split())


def _person(start: int, end: int) -> Candidate:
    return Candidate(start, end, "PERSON", "rule:en_person_clause", PERSON_CLAUSE_PRIORITY, {})


def _relative_who(text: str, out: list) -> None:
    pos = text.find(", who")
    while pos >= 0:
        if text[pos + 5:pos + 6] in (" ", "\t"):
            m = WHO_BACK_RE.search(text, max(0, pos - 90), pos)
            if m is not None and not _ARTICLE_OR_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                for item in _ITEM_RE.finditer(m.group("run")):
                    if unknown_name(item.group()):
                        out.append(_person(m.start("run") + item.start(), m.start("run") + item.end()))
        pos = text.find(", who", pos + 5)


def _coordinated(text: str, out: list) -> None:
    for cand in [c for c in out if c.label == "PERSON"]:
        if not TITLE_BEFORE_RE.search(text, max(0, cand.start - 14), cand.start):
            continue
        m = COORD_BEFORE_RE.search(text, max(0, cand.start - 40), cand.start)
        if m is not None and not _ARTICLE_OR_NUMBER_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and unknown_name(m.group("a")):
            out.append(_person(m.start("a"), m.end("a")))
        m = COORD_AFTER_RE.match(text, cand.end)
        if m is not None and unknown_name(m.group("b")):
            out.append(_person(m.start("b"), m.end("b")))


def _camel_case_names(text: str, out: list) -> None:
    for m in CAMEL_RE.finditer(text):
        if TITLE_BEFORE_RE.search(text, max(0, m.start() - 14), m.start()):
            out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "rule:en_person_clause", 50, {}))


def _not_persons(text: str, out: list) -> None:
    """Titles read as names are dropped; `the Tian Shan` becomes a LOC."""
    for i, cand in enumerate(out):
        if cand.label != "PERSON":
            continue
        written = text[cand.start:cand.end]
        if written in TITLE_WORDS:
            out[i] = None
            continue
        words = written.split()
        if len(words) == 2 and words[1] in _LANDFORM_FINALS and text[max(0, cand.start - 4):cand.start] in ("the ", "The "):
            out[i] = Candidate(cand.start, cand.end, "LOC", "rule:en_person_clause", cand.priority, {})
    out[:] = [c for c in out if c is not None]


def find_person_clauses(text: str, out: list) -> None:
    """Append PERSON candidates read from relative clauses, coordination and ranks; correct title and
    landform readings (see the module doc)."""
    if ", who" in text:
        _relative_who(text, out)
    if " and " in text:
        _coordinated(text, out)
    _camel_case_names(text, out)
    _not_persons(text, out)
