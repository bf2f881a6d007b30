"""Persons named by their surname alone in English text: the bare surname of someone the document
names in full ('Yokoyama' after 'Isamu Yokoyama', 'Chiang' after 'Chiang Kai-shek'), and the family
names of the well-known non-Chinese people of persons.tsv ('Stilwell', 'Slim'). Split out of
pipeline.rules.english, which runs these passes."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.english_lexicon import read_rows, trie_regex
from pipeline.rules.english_orgs import org_trim
from pipeline.rules.literal_matches import literal_matches, word_end, word_start
from pipeline.spans import Candidate

# Romanised surnames that are also everyday English words: never tagged alone.
ENGLISH_WORD_SURNAMES = frozenset("He Sun Long King Young Fan Man Bo Pan Tan Wan Lo So Ko Yo Ha Pi Hang Sang "
                                  "Wing Ye Hung Ding Gang Bing Chin".split())


# Of those, the ones that are nouns (not pronouns, adverbs or adjectives that begin sentences): after the
# full name ('Sun Li-jen ... Sun graduated') the bare word is the person, unless an article comes first.
NOUN_SURNAMES = frozenset("Sun Pan Tan Wan Lo Ko Bo Pi Hang Sang Ding Hung".split())


# A surname of a person named in full earlier beats a place of the same form ('Sakai', 'Yamaguchi').
SURNAME_PRIORITY = 70


def surname_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Bare surnames of persons already found ('Yokoyama' after 'Isamu Yokoyama', 'Chiang' after
    'Chiang Kai-shek'); a Chinese surname followed by another capitalised word is someone else."""
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415  (english imports this module)

    surnames, _ = romanised_syllables()
    last_names, first_surnames = set(), set()
    for cand in chosen:
        if cand.label == "PERSON":
            parts = text[cand.start:cand.end].split()
            if len(parts) == 2 and parts[0] not in surnames and all(map(_japanese_shaped, parts)):
                last_names.update(parts)   # a Japanese name in either order: 'Anami Korechika' ... 'Anami'
            elif len(parts) >= 2 and parts[0] not in surnames and len(parts[-1]) > 2:
                last_names.add(parts[-1])
                if parts[-1].isupper():          # 'CHARLES GEORGE GORDON' in a heading, 'Gordon' in the text
                    last_names.add(parts[-1].title())
            elif len(parts) in (2, 3) and parts[0] in surnames and (
                    parts[0] not in ENGLISH_WORD_SURNAMES or parts[0] in NOUN_SURNAMES):
                first_surnames.add(parts[0])
    found = []
    if last_names:      # whole words: (?<![\w-])(?:A|B|…)(?![\w-])
        found += [Candidate(start, end, "PERSON", "rule:en_surname", SURNAME_PRIORITY)
                  for start, end in literal_matches(text, sorted(last_names), word_start, word_end)]
    if first_surnames:  # … and no capitalised word after: (?![\w-]|\s+[A-Z])
        for start, end in literal_matches(text, sorted(first_surnames), word_start, _no_name_after):
            before = _CAPITAL_BEFORE.search(text, max(0, start - 24), start)
            if before and before.group(1) not in org_trim():
                continue  # 'Li Yuan' is not 'Yuan Shikai'
            if text[start:end] in NOUN_SURNAMES and re.search(r"(?i)\b(?:the|a|an|rising|setting)\s+$",
                                                              text[max(0, start - 10):start]):
                continue  # 'the Sun' is no person
            found.append(Candidate(start, end, "PERSON", "rule:en_surname", SURNAME_PRIORITY))
    return found


_NAME_AFTER = re.compile(r"[\w-]|\s+[A-Z]")


def _no_name_after(text: str, end: int) -> bool:
    return _NAME_AFTER.match(text, end) is None


def _japanese_shaped(word: str) -> bool:
    return norm_en.japanese_shaped(word)


_CAPITAL_BEFORE = re.compile(r"(?<![\w-])([A-Z][\w'-]*)\s+$")


# Family names of the well-known non-Chinese people of persons.tsv, found alone even before (or
# without) the full name ('Slim's two divisions', 'Stilwell', 'Anami'): the last word of a Western
# name, the first word of a Japanese name in its first (family-first) form. Not words that are
# ordinary English or titles, nor a name followed by another capitalised word ('Stilwell Road').
# Weaker than any place or lexicon name of the same form ('Nagano' the prefecture).
KNOWN_SURNAME_STOP = frozenset("Snow Taylor Emperor Joe King Long Young Hall Rose Little".split()
                               # Japan's era names: 'Meiji' of 'Meiji Tenno' names the era, not a family (ennames)
                               + "Meiji Taisho Taishō Showa Shōwa Heisei".split())


@lru_cache(maxsize=1)
def _known_surnames_re() -> re.Pattern | None:
    from pipeline.rules.english import NOT_PERSON_WORDS, romanised_syllables  # noqa: PLC0415

    chinese, _ = romanised_syllables()
    found = set()
    for row in read_rows("persons.tsv"):
        japanese_seen = False
        for form in (row[2].split(",") if len(row) >= 3 else []):
            parts = form.split()
            if len(parts) != 2 or not all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts):
                continue
            first, last = parts
            if _japanese_shaped(first) and _japanese_shaped(last):
                if not japanese_seen:
                    found.add(first)
                japanese_seen = True
            elif first not in chinese and last not in chinese:
                found.add(last)
    found = {w for w in found if len(w) >= 4 and w not in KNOWN_SURNAME_STOP and w not in NOT_PERSON_WORDS}
    if not found:
        return None
    return re.compile(rf"(?<![\w-])(?:{trie_regex(sorted(found))})(?![\w-]|\s+[A-Z])")


def known_surnames(text: str, out: list) -> None:
    pattern = _known_surnames_re()
    if pattern is None:
        return
    from pipeline.rules.english import PRIORITY  # noqa: PLC0415  (english imports this module)

    for m in pattern.finditer(text):
        out.append(Candidate(m.start(), m.end(), "PERSON", "lexicon:en_surname", PRIORITY["PERSON"] - 2))
