"""Names in capitals after a rank, given names across a line break, Mac-surnames and three-syllable Wade-Giles names,
in English text.

`find_caps_rank_names(text, out)` (PERSON): a name in capitals after a rank in capitals ('COLONEL WILLIAM HENRY
PRESTON', a running head); a given name before a known surname across a line break, a Mac-surname after a name
('Robert MacDonald'); a Wade-Giles name of three separate syllables ('Tseng Kuo Fan'); an author line's name.
`caps_surname_mentions(text, chosen)` (document level, after resolution): the surname of a name found in capitals is
the person where written in lower case ('COLONEL WILLIAM HENRY PRESTON' ... 'Preston').

Provenance: first seen on real-dev7-en (session 6, helper en7: book, memoir and OCR'd pages; here since session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.spans import Candidate

# ----------------------------------------------------------------------------- persons
CAPS_RANK_RE = re.compile(r"(?<![\w])(?:GENERAL|COLONEL|MAJOR|CAPTAIN|ADMIRAL|LIEUTENANT|SERGEANT|MARSHAL|PRESIDENT"
                          r"|SIR|LORD|DR\.)[ \t]+(?P<n>[A-Z]{2,15}(?:[ \t]+[A-Z]\.)?(?:[ \t]+[A-Z]{2,15}){1,3})(?![\w])")
CAPS_RANK_ANCHOR = re.compile(r"GENERAL|COLONEL|MAJOR|CAPTAIN|ADMIRAL|LIEUTENANT|SERGEANT|MARSHAL|PRESIDENT|SIR |LORD |DR\. ")
CAPS_STOP = frozenset("OF THE AND IN ON AT TO FOR BY ARMY ARMIES DIVISION CORPS STAFF HEADQUARTERS ORDER ORDERS "
                      "DISPOSITION COMMAND COMMANDER SITUATION PLAN REPORT".split())


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    from pipeline.lexicons import LEXICON_DIR  # noqa: PLC0415

    given = set()
    with open(LEXICON_DIR / "given_names_en.txt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                given.update(line.split())
    return frozenset(given)


GIVEN_BEFORE = re.compile(r"(?<![\w.-])(?P<g>[A-Z][a-z]{1,14})(?:[ \t]+[A-Z]\.)?[ \t]*\n?[ \t]*$")
MAC_AFTER = re.compile(r"[ \t]*\n?[ \t]*(?P<m>Ma?c[A-Z][a-z]{2,15})(?![\w-])")
SYLLABLE_AFTER = re.compile(r"[ \t]+(?P<s>[A-Z][a-z]{1,5})(?![\w'\u2019-])(?![ \t]+[A-Z])")


# an author line of a book listing or catalogue, surname first ('Author: Fenby, Jonathan'): two PERSON spans (the
# project's convention for an inverted name)
AUTHOR_RE = re.compile(r"(?:Author|Authors|Editor|Creator|Author[ \t]*/[ \t]*Creator)[ \t]*:[ \t]*(?P<sur>[A-Z][a-z'\u2019-]{1,20}),"
                       r"[ \t]*(?P<giv>[A-Z][a-z]{1,15})(?![\w-])")


def find_caps_rank_names(text: str, out: list) -> None:
    if CAPS_RANK_ANCHOR.search(text):
        given = _given_names()
        for m in CAPS_RANK_RE.finditer(text):
            words = m.group("n").split()
            if words[0].capitalize() not in given or any(w in CAPS_STOP for w in words):
                continue
            out.append(Candidate(m.start("n"), m.end("n"), "PERSON", "rule:en_caps_person", 44, {}))
    if "Author" in text or "Editor" in text or "Creator" in text:
        for m in AUTHOR_RE.finditer(text):
            if m.group("giv") in _given_names():
                out.append(Candidate(m.start("sur"), m.end("sur"), "PERSON", "rule:en_author_line", 45, {}))
                out.append(Candidate(m.start("giv"), m.end("giv"), "PERSON", "rule:en_author_line", 45, {}))
    persons = [c for c in out if c.label == "PERSON"]
    if not persons:
        return
    given = _given_names()
    from pipeline.rules.english import romanised_syllables  # noqa: PLC0415
    surnames, syllables = romanised_syllables()
    for cand in persons:
        name = text[cand.start:cand.end]
        before = GIVEN_BEFORE.search(text, max(0, cand.start - 24), cand.start) \
            if "\n" in text[max(0, cand.start - 3):cand.start] else None
        if before and before.group("g") in given and re.fullmatch(r"(?:Ma?c|O')?[A-Z][a-z]+", name):
            out.append(Candidate(before.start("g"), cand.end, "PERSON", "rule:en_name_across_break", 45, {}))
        after = MAC_AFTER.match(text, cand.end) if "Mac" in text[cand.end:cand.end + 6] or "Mc" in text[cand.end:cand.end + 5] else None
        if after and name.split()[0] in given:
            out.append(Candidate(cand.start, after.end("m"), "PERSON", "rule:en_mac_name", 45, {}))
        parts = name.split()
        if cand.source == "rule:en_chinese_name" and len(parts) == 2:
            third = SYLLABLE_AFTER.match(text, cand.end)
            if third and third.group("s").lower() in syllables and parts[1].lower() in syllables:
                out.append(Candidate(cand.start, third.end("s"), "PERSON", "rule:en_chinese_name3", 36, {}))


# ----------------------------------------------------------------------------- entry points
def caps_surname_mentions(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Document-level step after resolution: the surname of a name found in capitals is the person where written
    in lower case ('COLONEL WILLIAM HENRY PRESTON' ... 'Preston'). (Clock times take their day in the normaliser,
    pipeline.normalize.english_ocr_glue_clock_values.clock_days.)"""
    result = list(chosen)
    caps = [c for c in result if c.source == "rule:en_caps_person"]
    if caps:
        from pipeline.rules.english import SURNAME_PRIORITY, resolve  # noqa: PLC0415
        names = sorted({text[c.start:c.end].split()[-1].capitalize() for c in caps})
        pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])")
        extra = [Candidate(m.start(), m.end(), "PERSON", "rule:en_surname", SURNAME_PRIORITY)
                 for m in pattern.finditer(text)]
        if extra:
            result = resolve(result + extra)
    return result
