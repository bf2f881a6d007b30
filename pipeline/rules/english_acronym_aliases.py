"""Acronyms and other names defined in brackets, bare river names and one-word persons, after resolution (English).

`acronym_alias_mentions(text, chosen)` (document level, after resolution):
- a name's acronym defined in brackets after it ('the Royal Laotian Army (RLA)') takes the name's label and norm,
  there and wherever it is written again in the text;
- a place's other name in brackets after it ('Damanskii Island (Zhen Bao)', 'the Ussuri river (Wusuli Jiang)'): the
  same label; a river's bare name after 'the' once 'X River' was found ('the bank of the Ussuri'): LOC;
- a place read as an organisation where the name is a place; a one-word mention of a person named in full.

Provenance: first seen on real-dev8-en (session 6, helper en8: fact sheets, infoboxes, encyclopedia mirrors and old
books on the wars of 1840-1979; here since session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize import english as norm_en
from pipeline.rules.literal_matches import literal_matches, word_end, word_start
from pipeline.spans import Candidate

# ----------------------------------------------------------------------------- document level
ACRONYM_AFTER = re.compile(r"[ \t]*\((?P<a>[A-Z][A-Z&]{1,8})\)")
ALIAS_AFTER = re.compile(r"[ \t]*\((?P<a>[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+){0,2})\)")
ALIAS_STOP = frozenset("Now Modern Today Present Formerly Former Also Later See Russian Chinese Japanese Korean "
                       "Vietnamese French German English Pinyin".split())
RIVER_RE = re.compile(r"^(?P<n>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+[Rr]iver$")


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[A-Za-z][\w'\u2019.]*", name)   # 'Sino-British': S and B (en14)
                   if w[0].isupper() and w.lower() not in ("of", "the", "in", "and", "for"))


def acronym_alias_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Document-level forms read from the chosen entities: acronyms defined in brackets, places' other names in
    brackets, a river's bare name. Returns the entities with the new ones (nothing chosen is replaced except a
    PERSON read inside a place's bracketed other name)."""
    if "(" not in text and " river" not in text.lower() and not any(
            c.label == "PERSON" and " " not in text[c.start:c.end] or c.label in ("ORG", "MIL_UNIT") for c in chosen):
        return chosen
    taken = sorted((c.start, c.end) for c in chosen)
    import bisect  # noqa: PLC0415

    starts = [s for s, _ in taken]

    def free(start: int, end: int, replace: set) -> bool:
        i = bisect.bisect_left(starts, end)
        for s, e in taken[max(0, i - 3):i]:
            if e > start and (s, e) not in replace:
                return False
        return True

    added: list[Candidate] = []
    replaced: set = set()
    by_span = {(c.start, c.end): c for c in chosen}
    from pipeline.rules.english_chambers_pacts_movements import acronym_spells  # noqa: PLC0415
    acronyms: dict[str, Candidate] = {}
    rivers: set[str] = set()
    for c in chosen:
        if "(" in text[c.end:c.end + 3]:
            m = ACRONYM_AFTER.match(text, c.end)
            if m and c.label in ("MIL_UNIT", "ORG", "GPE", "EVENT", "LOC", "FAC"):
                acr = m.group("a")
                ini = _initials(text[c.start:c.end]).replace("US", "U").upper()
                if len(ini) >= 2 and acr[0] == ini[0] and (set(acr) - {"&"}) <= set(ini + "SUFAO") \
                        or acronym_spells(acr, text[c.start:c.end]):
                    acronyms.setdefault(acr, c)
            m = ALIAS_AFTER.match(text, c.end)
            if m and c.label in ("LOC", "GPE") and m.group("a").split()[0] not in ALIAS_STOP:
                inner = (m.start("a"), m.end("a"))
                old = [x for x in chosen if x.start < inner[1] and x.end > inner[0]]
                if all(x.label == "PERSON" and x.start >= inner[0] and x.end <= inner[1] for x in old):
                    replaced.update((x.start, x.end) for x in old)
                    added.append(Candidate(inner[0], inner[1], c.label, "rule:en_bracket_alias", c.priority, {}))
        if c.label == "LOC":
            r = RIVER_RE.match(text[c.start:c.end])
            if r:
                rivers.add(r.group("n"))
    for acr, c in acronyms.items():
        for start, end in literal_matches(text, (acr,), word_start, word_end):
            old = by_span.get((start, end))
            if old is not None:
                if old.label == c.label or not old.source.startswith("lexicon"):
                    continue
                # a lexicon reading of another body under the acronym this text defines (`NEFA` the Field Army
                # after `the North-East Frontier Agency (NEFA)`): the text's own definition (s18enevt)
                replaced.add((start, end))
                added.append(Candidate(start, end, c.label, "rule:en_acronym", c.priority, {}))
                continue
            if free(start, end, set()):
                norm = {}
                if c.label == "MIL_UNIT":
                    norm = {"en_hint": c.norm.get("en_hint") or norm_en.normalize_unit_en(text[c.start:c.end])}
                added.append(Candidate(start, end, c.label, "rule:en_acronym", c.priority, norm))
    for acr, c in _unit_initials(text, chosen, acronyms).items():
        for start, end in literal_matches(text, (acr,), word_start, word_end):
            if (start, end) not in by_span and free(start, end, set()):
                norm = {"en_hint": c.norm.get("en_hint") or norm_en.normalize_unit_en(text[c.start:c.end])}
                added.append(Candidate(start, end, "MIL_UNIT", "rule:en_unit_initials", c.priority, norm))
    for river in rivers:    # (?<=\bthe )RIVER(?![\w-]|[ \t]+[A-Z]|[ \t]+[Rr]iver)
        for start, end in literal_matches(text, (river,), _after_the, _bare_river_end):
            if (start, end) not in by_span and free(start, end, set()):
                added.append(Candidate(start, end, "LOC", "rule:en_bare_river", 50, {}))
    added += _places_read_as_orgs(text, chosen, replaced)
    added += _one_word_persons(text, chosen, free)
    if not added:
        return chosen
    kept = [c for c in chosen if (c.start, c.end) not in replaced]
    return sorted(kept + added, key=lambda c: c.start)


# A formation named in full and elsewhere by its initials alone, the brackets that define them left out (`the
# Egyptian Expeditionary Force ... the EEF's three corps`, `Air Transport Command ... the ATC`): the initials are that
# unit (session 34, w34enunit: the golds of ten development sets tag every such acronym as the unit it abbreviates,
# defined or not; the undefined ones were missed). Only a name of three capitalised words or more whose initials the
# acronym spells exactly, upper case, three to six letters.
_UNIT_INITIALS_WORD = re.compile(r"[A-Z]{3,6}")


def _unit_initials(text: str, chosen: list[Candidate], defined: dict) -> dict:
    found: dict[str, Candidate] = {}
    for c in chosen:
        if c.label != "MIL_UNIT" or text.count(" ", c.start, c.end) < 2:
            continue
        ini = _initials(text[c.start:c.end])
        if _UNIT_INITIALS_WORD.fullmatch(ini) and ini not in defined and ini in text:
            found.setdefault(ini, c)
    return found


def _places_read_as_orgs(text: str, chosen: list[Candidate], replaced: set) -> list[Candidate]:
    """An organisation read from its head word ('Dogger Bank') whose whole name the place lexicons know: the place."""
    found = []
    orgs = [c for c in chosen if c.label == "ORG" and not c.source.startswith("lexicon")]
    if not orgs:
        return found
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    names = english_names()
    for c in orgs:
        known = names.get(text[c.start:c.end])
        if known and known[0] in ("LOC", "GPE", "FAC"):
            replaced.add((c.start, c.end))
            found.append(Candidate(c.start, c.end, known[0], "rule:en_place_not_org", c.priority, {"zh": known[1]}))
    return found


# a person named by one word after a rank ('Admiral Rojdestvensky', 'General Kuroki') is that person wherever the
# word is written alone, its possessive included ('Kuroki's army'); not a word the text also uses as something else
ONE_WORD_STOP = frozenset("The This That General Admiral Colonel Major Captain Marshal Lord Sir King Emperor Prince "
                          "President Premier Chairman Governor Commander".split())


def _one_word_persons(text: str, chosen: list[Candidate], free) -> list[Candidate]:
    words = {text[c.start:c.end] for c in chosen if c.label == "PERSON"}
    single = {w for w in words if re.fullmatch(r"[A-Z][a-z\u00e0-\u00ff]{3,20}", w) and w not in ONE_WORD_STOP}
    from pipeline.rules.english_bare_surnames import short_chinese_surnames  # noqa: PLC0415
    single |= short_chinese_surnames(words)     # 'Commissioner Lin' ... 'When Lin reached' (english_bare_surnames)
    if not single:
        return []
    other = {text[c.start:c.end] for c in chosen if c.label != "PERSON"}
    single -= other
    found = []
    spans = {(c.start, c.end) for c in chosen}
    from pipeline.rules.english_syllables import romanised_syllables  # noqa: PLC0415
    chinese = romanised_syllables()[0]
    for w in single:        # (?<![\w-])W(?=['\u2019]s\b|(?![\w-])): the word alone or its possessive
        for start, end in literal_matches(text, (w,), word_start, _word_or_possessive_end):
            if (len(w) == 3 or w in chinese) and _NAME_GOES_ON.match(text, end):
                continue    # 'Lin Tse-hsu' is a longer name; a Chinese surname before a capital word is another
                # name or a ship's ('Admiral Teng ... the Teng Yuen', session 21 r21en)
            if (start, end) not in spans and free(start, end, set()):
                found.append(Candidate(start, end, "PERSON", "rule:en_one_word_person", 50, {}))
    return found


_NAME_GOES_ON = re.compile(r"[ \t]+[A-Z]|-")
_POSSESSIVE_OR_WORD_END = re.compile(r"['\u2019]s\b|(?![\w-])")
_THE_BEFORE = re.compile(r"(?<=\bthe )")
_NOT_RIVER_END = re.compile(r"[\w-]|[ \t]+[A-Z]|[ \t]+[Rr]iver")


def _word_or_possessive_end(text: str, end: int) -> bool:
    return _POSSESSIVE_OR_WORD_END.match(text, end) is not None


def _after_the(text: str, at: int) -> bool:
    return _THE_BEFORE.match(text, at) is not None


def _bare_river_end(text: str, end: int) -> bool:
    return _NOT_RIVER_END.match(text, end) is None
