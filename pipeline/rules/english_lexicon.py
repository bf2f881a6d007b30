"""English name tables for the English finder: loaded from the shared lexicons, cached.

Every English form found in places_en.tsv, persons.tsv, organisations.tsv and
events.tsv becomes a key of one dict (form -> (label, zh canonical name)), and a
trie-shaped regex matches all forms at once (Python's `re` is fast on a trie,
slow on a flat alternation of thousands of names).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from pipeline.lexicons import read_rows  # noqa: F401  (re-exported for english/link)
from pipeline.rules.trie import trie_regex as _trie_regex

DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212"


def trie_regex(words) -> str:
    """Trie regex of English forms; a hyphen also matches an en/em dash (Canton–Hankow Railway)."""
    return _trie_regex(words, dashes=DASHES)


def _swapped(form: str) -> str | None:
    parts = form.split()
    if len(parts) == 2 and all(re.fullmatch(r"[A-Z][a-z]+", p) for p in parts):
        return f"{parts[1]} {parts[0]}"
    return None


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """The peoples' adjectives of demonyms_en.tsv, its first column (Japanese, Chinese, Manchukuo ...)."""
    return frozenset(row[0].strip() for row in read_rows("demonyms_en.tsv") if row and row[0].strip())


@lru_cache(maxsize=1)
def former_town_names() -> dict[str, str]:
    """English form of a town's name of 1840-1979 -> its present name (en_places_former_names.tsv, fifth column:
    `Philippopolis` -> `Plovdiv`), the GPE's `modern` value."""
    present: dict[str, str] = {}
    for row in read_rows("en_places_former_names.tsv"):
        if len(row) >= 5 and row[4].strip():
            for form in row[3].split("|"):
                present.setdefault(form.strip(), row[4].strip())
    return present


@lru_cache(maxsize=1)
def english_names() -> dict[str, tuple[str, str]]:
    """English form -> (label, zh canonical name), from all shared lexicons.

    Places come first so that a place keeps its label when a form is also listed
    elsewhere. Two-word personal names are also registered in swapped order
    (Okamura Yasuji / Yasuji Okamura). Building the table (romanised variants of
    every gazetteer place) takes a fifth of a second: it is kept in a cache file named
    by the lexicon files and the code it is built from (segment.cached).
    """
    from pipeline.segment import cache_file, cached

    return cached(cache_file("english-names", *table_sources()), _build_english_names)


def table_sources() -> list[str]:
    """What english_names is built from: every lexicon file and every module of pipeline/rules (path, size,
    modification time), and pypinyin's version. The build reads lists through several rule modules
    (org_lists, person_lists, the romanisation and book modules …): keying on all of them, not a hand-kept
    few, means an edit of any of them builds the table again instead of serving a stale one (session 15)."""
    from importlib.metadata import version   # not `import pypinyin`: a fifth of a second

    from pipeline.lexicons import lexicon_path

    here = Path(__file__).resolve().parent
    files = sorted(lexicon_path("places_en.tsv").parent.iterdir())
    files += sorted(here.glob("*.py"))
    out = [version("pypinyin")]
    for path in files:
        if path.is_file():
            stat = path.stat()
            out.append(f"{path}:{stat.st_size}:{stat.st_mtime_ns}")
    return out


def named_unit_forms(cell: str) -> list[str]:
    """The English forms in named_units.tsv's English column. The column may carry a note in brackets ('Anwu Army
    (Ni Sichong, Anhui)'): only the names outside it are forms, never the note's comma-separated pieces ('Anhui)'
    read as the force, auditen10)."""
    return [form.strip() for form in re.sub(r"[ \t]*\([^()]*\)", "", cell).split(",") if form.strip()]


def press_forms(form: str) -> list[str]:
    """A name as the press of the time also wrote it: a Wade-Giles hyphened given name solid or spaced ('Chiang
    Kai-shek' -> 'Chiang Kaishek', 'Chiang Kai Shek'; 'Sun Yat-sen' -> 'Sun Yatsen', 'Sun Yat Sen'), a Japanese
    name in the older Hepburn ('Ueda Kenkichi' -> 'Uyeda Kenkichi', 'Kenkichi Uyeda') (auditen12)."""
    forms = []
    if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+", form):
        family, given = form.split(" ")
        first, second = given.split("-")
        forms += [f"{family} {first}{second}", f"{family} {first} {second.capitalize()}"]
    if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z]+", form) and re.search(r"[aiouAIOU]e", form):
        # the older Hepburn of the period press wrote e after a vowel as ye: 'Ueda Kenkichi' -> 'Uyeda Kenkichi',
        # 'Kenkichi Uyeda'; 'Inoue' -> 'Inouye', 'Maeda' -> 'Mayeda'
        old = re.sub(r"(?<=[aiouAIOU])e", "ye", form)
        forms += [old, " ".join(reversed(old.split()))]
    return forms


def _build_english_names() -> dict[str, tuple[str, str]]:
    names: dict[str, tuple[str, str]] = {}
    # island territories with a government of their own first (GPE; session 33, w33enloc): Guam, the Falklands
    for row in [*read_rows("en_places_island_territories.tsv"), *read_rows("places_en.tsv"), *read_rows("en_places_japan.tsv"),
                *read_rows("en_places_burma_india.tsv"), *read_rows("en_places_us_india.tsv"),
                *read_rows("en_places_korea.tsv"), *read_rows("en_places_taiwan.tsv"),
                *read_rows("en_states_historical.tsv"), *read_rows("en_places_pacific.tsv"),
                *read_rows("en_places_world.tsv"), *read_rows("en_places_vietnam.tsv"),
                *read_rows("en_places_malaya.tsv"), *read_rows("en_places_regions.tsv"), *read_rows("en_rivers.tsv"),
                *read_rows("en_places_book.tsv"),   # capitals of the period, big cities of 1900, naval bases, treaty ports (auditen3)
                *read_rows("en_places_philippines.tsv"), *read_rows("en_places_indonesia.tsv"),
                *read_rows("en_places_borneo.tsv"),   # complete lists, read last (session 24)
                *read_rows("en_places_outside_asia.tsv"),   # LOC of the wars outside Asia, read last (session 26)
                *read_rows("en_places_islands_regions.tsv"),   # Europe's islands and historical regions, LOC (session 32)
                *read_rows("en_places_former_names.tsv")]:   # towns of those wars under their old English names (session 27)
        if len(row) >= 4:
            for form in row[3].split("|"):
                names.setdefault(form.strip(), (row[1], row[0]))
    for file, label in (("events.tsv", "EVENT"), ("organisations.tsv", "ORG"), ("persons.tsv", "PERSON")):
        for row in read_rows(file):
            if len(row) < 3:
                continue
            for form in row[2].split(","):
                form = form.strip()
                if not form or not re.search(r"[A-Za-z]", form):
                    continue
                names.setdefault(form, (label, row[0]))
                if label == "PERSON" and (swapped := _swapped(form)):
                    names.setdefault(swapped, (label, row[0]))
                if label == "PERSON" and re.search(r"-[a-z]", form):   # 'Chiang Kai-Shek', 'Wang Ching-Wei'
                    names.setdefault(re.sub(r"-([a-z])", lambda c: "-" + c.group(1).upper(), form), (label, row[0]))
                if label == "PERSON":
                    for variant in press_forms(form):
                        names.setdefault(variant, (label, row[0]))
    from pipeline.rules.org_lists import english_forms as org_forms   # session 9: complete lists of organisations

    for form, canonical in org_forms().items():
        names.setdefault(form, ("ORG", canonical))
    from pipeline.rules.person_lists import english_forms   # session 9: complete lists of people

    for form, canonical in english_forms().items():
        names.setdefault(form, ("PERSON", canonical))
        if swapped := _swapped(form):
            names.setdefault(swapped, ("PERSON", canonical))
        for variant in press_forms(form):
            names.setdefault(variant, ("PERSON", canonical))
    for row in read_rows("named_units.tsv"):
        for form in (named_unit_forms(row[4]) if len(row) >= 5 else []):
            names[form] = ("MIL_UNIT", row[1])
    for form, value in NAMED_UNITS.items():
        names.setdefault(form, ("MIL_UNIT", value[0]))
    for form, zh, numbered in OPERATION_CODE_NAMES:
        if not numbered:
            names.setdefault(form, ("EVENT", zh))
    from pipeline.rules.english_romanise import generated_places, pinyin_apostrophe_forms, syllable_variants
    from pipeline.rules.english_book_forms import split_syllable_forms
    from pipeline.rules.english_romanise import romanised_syllables

    # the Philippine and Indonesian lists are no Chinese names: no romanisation variants ('Lu-bao' of Lubao; session 24)
    not_chinese = {form.strip()
                   for file in ("en_places_philippines.tsv", "en_places_indonesia.tsv", "en_places_borneo.tsv")
                   for row in read_rows(file) if len(row) >= 4 for form in row[3].split("|")}
    for form, (label, zh) in list(names.items()):
        if label in ("GPE", "LOC") and form not in not_chinese:
            for variant in syllable_variants(form) | pinyin_apostrophe_forms(form):
                names.setdefault(variant, (label, zh))
            for variant in split_syllable_forms(form, romanised_syllables()):   # 'Foo-Chow', 'Foo Chow' (english_book_forms)
                names.setdefault(variant, (label, zh))
    # a listed spelling with the straight apostrophe keeps its place with the typographic one (Ji'an 吉安, not the
    # generated Ji’an of 集安, auditen7)
    for form, value in list(names.items()):
        if "'" in form and value[0] in ("GPE", "LOC"):
            names.setdefault(form.replace("'", "\u2019"), value)
    for form, value in generated_places().items():
        names.setdefault(form, value)
    from pipeline.rules.english_vietnam_forms import joined_vietnamese_forms   # 'Kontum', 'Nhatrang' (auditen5)

    for form, value in joined_vietnamese_forms().items():
        names.setdefault(form, value)
    return names


def _forces() -> dict[str, tuple[str, str, str]]:
    """English form -> (zh name, side, echelon key) of named forces and their abbreviations (forces_en.tsv)."""
    table = {}
    for row in [*read_rows("forces_en.tsv"), *read_rows("forces_en_regiments.tsv"), *read_rows("forces_en_theatre.tsv"),
                *read_rows("forces_en_outside_asia.tsv")]:
        if len(row) >= 4:
            table.setdefault(row[0].strip(), (row[1], row[2], row[3]))
    return table


# Named armed forces and commands (no number): English form -> (zh name, side, echelon key).
NAMED_UNITS: dict[str, tuple[str, str, str]] = _forces()


def _operation_forms() -> list[tuple[str, str, bool]]:
    """(form, zh, needs_number) of Japanese operation code names (operations_jp.tsv)."""
    forms = []
    for row in read_rows("operations_jp.tsv"):
        if len(row) >= 2:
            for form in row[0].split("|"):
                form = form.strip()
                numbered = form.endswith(" N")
                forms.append((form[:-2] if numbered else form, row[1], numbered))
    return forms


OPERATION_CODE_NAMES: list[tuple[str, str, bool]] = _operation_forms()


@lru_cache(maxsize=1)
def lexicon_trie() -> dict:
    """The English lexicon's names as a character trie ("" marks a name's end)."""
    trie: dict = {}
    for name in english_names():
        if name:
            node = trie
            for char in name:
                node = node.setdefault(char, {})
            node[""] = True
    return trie


@lru_cache(maxsize=1)
def _name_starts() -> re.Pattern:
    """Where a lexicon name may start: a character some name starts with (a dash where a
    name starts with a hyphen), not inside a word; 'LocationKohima' is an infobox label
    glued to its value by a flattened table."""
    firsts = {char for char in lexicon_trie() if char}
    if "-" in firsts:
        firsts |= set(DASHES)
    first_class = "".join(re.escape(char) for char in sorted(firsts))
    return re.compile(rf"(?=[{first_class}])(?:(?<![\w-])|(?<=Location))")
_WORD_OR_HYPHEN = re.compile(r"[\w-]")


def lexicon_spans(text: str) -> Iterator[tuple[int, int]]:
    r"""Lexicon names in `text`, exactly as `finditer` of english_lexicon's trie regex
    `(?:(?<![\w-])|(?<=Location))(?:<names>)(?![\w-])` finds them (leftmost; then the first
    name in the regex's backtracking order: the longest, a hyphen also matching a dash), by
    walking a trie: compiling that regex of 8,000 names took a third of start-up."""
    trie = lexicon_trie()
    size = len(text)

    def walk(node: dict, i: int) -> int:
        """End of the match from `node` at `i` (-1: none), trying what the regex tries, in its order."""
        if i < size:
            char = text[i]
            if char in DASHES:
                if "-" in node:
                    end = walk(node["-"], i + 1)
                    if end >= 0:
                        return end
                if char != "-" and char in node:
                    end = walk(node[char], i + 1)
                    if end >= 0:
                        return end
            elif char in node:
                end = walk(node[char], i + 1)
                if end >= 0:
                    return end
        if "" in node and not _WORD_OR_HYPHEN.match(text, i):
            return i
        return -1

    word_or_hyphen = _WORD_OR_HYPHEN.match

    def walk_from(start: int) -> int:
        """walk(trie, start) without a call per character: down the one path the text follows, then back
        up to the deepest name's end; only where a dash could follow two branches is walk itself used."""
        node, i = trie, start
        path = []
        while True:
            path.append((node, i))
            if i >= size:
                break
            char = text[i]
            if char in DASHES:
                if char != "-" and "-" in node and char in node:
                    end = walk(node, i)         # two branches: the regex's order, recursively
                    if end >= 0:
                        return end
                    path.pop()                  # (walk tried this node's own end too)
                    break
                child = node.get("-") if "-" in node else None if char == "-" else node.get(char)
            else:
                child = node.get(char)
            if child is None:
                break
            node, i = child, i + 1
        for node, i in reversed(path):
            if "" in node and not word_or_hyphen(text, i):
                return i
        return -1

    pos = 0
    for hit in _name_starts().finditer(text):
        start = hit.start()
        if start < pos:
            continue
        end = walk_from(start)
        if end > start:
            yield start, end
            pos = end
