"""Vietnamese place names typed as one word (session 12, helper auditen5, from an audit of books and press of the
Vietnam War): the French-era and wartime press wrote two- and three-syllable names closed up, `Kontum`, `Nhatrang`,
`Quinhon`, `Camranh`, `Tayninh`, `Quangtri`, as it wrote `Danang`, `Hanoi` and `Saigon`. Every multi-syllable
form without diacritics of en_places_vietnam.tsv (its complete list of provinces, capitals and main cities) is
also read joined, with the first letter alone capitalised. A joined form that is an English word (`Longan`) is
left out; a form some other lexicon holds keeps that reading (the table is filled with setdefault).
"""

from __future__ import annotations

import re

from pipeline.lexicons import read_rows

_SYLLABLES = re.compile(r"[A-Z][a-z]{0,6}(?: [A-Z][a-z]{0,6}){1,2}")
_ENGLISH_WORDS = frozenset({"Longan"})   # a fruit


def joined_vietnamese_forms() -> dict[str, tuple[str, str]]:
    """`Kon Tum` -> `Kontum`: joined form -> (label, zh) for the Vietnam place lexicon."""
    out: dict[str, tuple[str, str]] = {}
    for row in read_rows("en_places_vietnam.tsv"):
        if len(row) < 4:
            continue
        for form in row[3].split("|"):
            form = form.strip()
            if not form.isascii() or not _SYLLABLES.fullmatch(form):
                continue
            joined = form.replace(" ", "")
            joined = joined[0] + joined[1:].lower()
            if joined not in _ENGLISH_WORDS:
                out.setdefault(joined, (row[1], row[0]))
    return out
