"""A person named by the given name alone, as memoirs, letters and diaries name family, friends and colleagues
(session 25, helper s25en: label audit of English PERSON on memoirs and local histories of Asia, 1840-1979).

A planter's, missionary's or soldier's memoir names the people around the writer by their given names after the
first mention or from the start (`Jean joined them`, `Frank took a sip`, `not only had Billy been murdered`,
`while Denis was still at home`). english_persons reads a listed given name only before a surname;
english_bare_surnames reads a surname alone from a predicate only a person takes. Here a word of
given_names_en.txt (the common English, French and other given names of people born 1860-1925, with their short
forms; provenance in pipeline/lexicons/README.md) standing alone is a PERSON where:

- a verb follows it as its subject: a past tense (`joined`, `appeared`, `took`, `sat`, `drove`), `was`, `had`,
  `would`, `could`, `did`, or `and I` / `and me` (`Jean and I drove down`);
- it stands between an auxiliary and its participle (`had Billy been`, `was Jean told`, `did Frank ever`).

Not where a capitalised word stands right before it (a title, a place or a longer name: `Fort George`, `Lake
Albert`, `Union Jack`) or right after it (a full name is english_persons' reading), not after an article, a
determiner or `of`/`St`, and not where the word is a month, a place of the place lexicons (`Sydney`, `Florence`)
or any other reading of another finder (priority 30, below every other PERSON reading; any overlapping candidate
wins). english_acronym_aliases reads the name's other mentions in the paragraph from this one.
Cheap: one trie regex over the given names, then a short look at the words around each hit.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.english_lexicon import english_names, trie_regex
from pipeline.rules.english_persons import given_names_list
from pipeline.spans import Candidate, overlapping

LONE_GIVEN_NAME_PRIORITY = 30
_NOT_ALONE = frozenset("August Christian Carter Marion Grace Sydney Florence Victoria Homer Virgil Nelson Clark".split())
_VERB_AFTER = re.compile(
    r"[ \t]+(?:(?:then|now|also|still|later|never|had|was|would|could|did|just|finally)[ \t]+)?"
    r"(?:was|had|would|could|did|said|told|asked|came|went|took|got|sat|stood|saw|met|ran|drove|rode|wrote|thought"
    r"|knew|felt|found|gave|made|kept|left|brought|bought|began|held|spoke|became|[a-z]{3,}ed|and[ \t]+(?:I|me))"
    r"(?![\w-])")
_AUX_BEFORE = re.compile(r"(?:^|[^\w])(?:had|was|did|has|is)[ \t]+$")
_PARTICIPLE_AFTER = re.compile(r"[ \t]+(?:been|ever|never|not|[a-z]{3,}ed)(?![\w-])")
_DETERMINER_BEFORE = re.compile(r"(?:^|[^\w])(?:the|a|an|The|A|An|this|that|his|her|their|our|my|of|St\.?|Mr\.?"
                                r"|Mrs\.?|Dr\.?)[ \t]+$")
_CAPITAL_BEFORE = re.compile(r"(?<![\w'\u2019.-])[A-Z][\w'\u2019.-]*[ \t]+$")


@lru_cache(maxsize=1)
def lone_given_name_re() -> re.Pattern:
    """A listed given name as a whole word, not followed by a capitalised word or a hyphen."""
    names = trie_regex([n for n in given_names_list() if n not in _NOT_ALONE])
    return re.compile(rf"(?<![\w'\u2019.-])(?:{names})(?![\w'\u2019-])(?![ \t]+[A-Z])")


def find_lone_given_names(text: str, out: list) -> None:
    """Given names alone as the subject of a verb or between an auxiliary and its participle (module doc)."""
    lexicon = english_names()
    for m in lone_given_name_re().finditer(text):
        start, end = m.span()
        before = text[max(0, start - 24):start]
        if _CAPITAL_BEFORE.search(before) or _DETERMINER_BEFORE.search(before):
            continue
        if not (_VERB_AFTER.match(text, end)
                or _AUX_BEFORE.search(before) and _PARTICIPLE_AFTER.match(text, end)):
            continue
        if lexicon.get(m.group(), ("PERSON",))[0] != "PERSON":
            continue
        if overlapping(out, start, end):
            continue
        out.append(Candidate(start, end, "PERSON", "rule:en_lone_given_name", LONE_GIVEN_NAME_PRIORITY))
