"""Commanders in brackets after a formation, photographers, and Japanese names with macrons, in English text.

`find_bracket_macron_names(text, out)` (PERSON): a commander's surname in brackets after a formation ('XV Corps
(Christison)'); a photographer's name after 'Photo by'; romanised Japanese names written with macrons ('Tōjō
Hideki', 'Shōjirō Iida'), not the macron words of places and eras (Kyūshū, Shōwa).
`find_diacritic_ranked_names(text, out)` (PERSON): a rank before a name written with diacritics ('Captain Richárd
Makovicz'); first seen on real-dev8-en (session 6, helper en8; here since session 24).

Provenance: first seen on real-dev6-en (session 6, helper en6: encyclopedia and reference pages on the Pacific,
Burma and China theatres; split out of english_dev6 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize import english as norm_en
from pipeline.rules.scan import literal_positions as _finds
from pipeline.spans import Candidate

DIACRITIC_NAME = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff\u0100-\u017f]+(?:-[A-Z\u00c0-\u00de]?[a-z\u00df-\u00ff\u0100-\u017f]+)?"


@lru_cache(maxsize=1)
def _rank_diacritic_re() -> re.Pattern:
    from pipeline.rules.english import RANK  # noqa: PLC0415

    return re.compile(rf"(?<![\w.]){RANK}[ \t]+(?P<name>{DIACRITIC_NAME}(?:[ \t]+{DIACRITIC_NAME}){{1,3}})(?![\w-])")


# ----------------------------------------------------------------------------- persons
UNIT_HEADS = ("Corps", "Division", "Army", "Brigade", "Regiment", "Force", "Column")
# an order of battle's commander in brackets, with a doubt mark or his seat after a semicolon: '3 Division
# (Teshima?)', '34 Division (Oga; at Nanchang)' (auditen12)
BRACKET_PERSON = re.compile(r"\((?P<p>[A-Z][a-z]{2,20})(?:\?|;[ \t]+(?:at|in|near|HQ|hq)[ \t]+[^()\n]{1,40})?\)")
PHOTO_BY = re.compile(r"[Pp]hoto(?:graph)?(?:[ \t]+(?:credit|courtesy))?:?[ \t]+(?:by[ \t]+)?(?P<p>[A-Z][a-z]{1,20}"
                      r"(?:[ \t]+[A-Z][a-z]{1,20}){1,2})(?![\w-])")
MACRON_WORD = re.compile(r"(?<![\w-])[A-ZŌŪ][a-zāēīōū]{1,14}(?![\w-])")
NOT_NAME_WORDS = frozenset("Empire Japan Kyūshū Honshū Hokkaidō Tōkyō Ōsaka Kyōto Shōwa Meiji Taishō Imperial Army "
                           "Navy Battle Operation Jiken Sensō".split())


def find_bracket_macron_names(text: str, out: list) -> None:
    if "(" in text:
        for at in _finds(text, "("):
            if not text[max(0, at - 12):at].rstrip().endswith(UNIT_HEADS):
                continue
            m = BRACKET_PERSON.match(text, at)
            if m:
                out.append(Candidate(m.start("p"), m.end("p"), "PERSON", "rule:en_unit_commander", 39))
    for literal in ("hoto by", "hotograph by", "hoto:"):
        for at in _finds(text, literal):
            m = PHOTO_BY.match(text, at - 1)
            if m:
                out.append(Candidate(m.start("p"), m.end("p"), "PERSON", "rule:en_photo_by", 39))
    done = set()
    for ch in ("" if text.isascii() else "ōūŌŪ"):
        for at in _finds(text, ch):
            if at in done:
                continue
            words = list(MACRON_WORD.finditer(text, max(0, at - 30), min(len(text), at + 30)))
            k = next((i for i, w in enumerate(words) if w.start() <= at < w.end()), None)
            if k is None:
                continue
            for a, b in ((k, k + 1), (k - 1, k)):           # the word with the macron and its neighbour
                if a < 0 or b >= len(words) or text[words[a].end():words[b].start()] not in (" ", "\t"):
                    continue
                pair = (words[a].group(), words[b].group())
                plain = [w.translate(_MACRONS) for w in pair]
                if any(w in NOT_NAME_WORDS for w in pair) or not all(_japanese_word(w) for w in plain) \
                        or not any(norm_en.japanese_shaped(w) for w in plain):
                    continue
                out.append(Candidate(words[a].start(), words[b].end(), "PERSON", "rule:en_macron_name", 39))
                done.update(range(words[a].start(), words[b].end()))
                break


def _japanese_word(word: str) -> bool:
    """A romanised Japanese name word; short ones too ('Ōta', 'Itō') when written with a macron."""
    return norm_en.japanese_shaped(word) or 2 <= len(word) <= 3 and norm_en.JAPANESE_WORD.fullmatch(word) is not None


_MACRONS = str.maketrans("āēīōūĀĒĪŌŪ", "aeiouAEIOU")


def find_diacritic_ranked_names(text: str, out: list) -> None:
    if re.search(r"[\u00c0-\u00ff\u0100-\u017f]", text):
        from pipeline.rules.english import PRIORITY  # noqa: PLC0415
        for m in _rank_diacritic_re().finditer(text):
            if re.search(r"[^\x00-\x7f]", m.group("name")):
                out.append(Candidate(m.start("name"), m.end("name"), "PERSON", "rule:en_rank_diacritic_person",
                                     PRIORITY["PERSON"] + 4))
