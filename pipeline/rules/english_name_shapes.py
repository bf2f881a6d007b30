"""Names read from their shape (session 12, helper auditen5, from an audit of memoirs and books on the Russian
Civil War in the Far East, the Siberian intervention and Central Asia).

- Russian surnames in the transliteration of English books before 1950 end in `-off`, `-eff` (`Semenoff`,
  `Kalmikoff`, `Horvatheff`) and patronymics in `-vitch` / `-vich` (`Petrovitch`): a capitalised word of that
  shape that no lexicon reads as anything else, and that is no everyday word (`Takeoff`, `Standoff` are lower-case
  words), is a PERSON wherever it stands. Place names in these endings are rare in English and the lexicons
  hold them (a lexicon reading wins).
- A capitalised plural of a doctrine's followers (`Bolshevists`, `Imperialists`, `Monarchists`, `Maximalists`)
  is no place, whatever context read one (`putting down the Bolshevists` is no river).
"""

from __future__ import annotations

import re

from pipeline.rules.english_lexicon import english_names
from pipeline.rules.english_place_context import common_words
from pipeline.spans import Candidate

NAME_SHAPE_PRIORITY = 33
_RUSSIAN_BACK = re.compile(r"(?<![\w'\u2019.-])[A-Z][a-z]{2,14}$")
_ENDINGS = ("off", "eff", "vitch", "vich")
_FOLLOWERS = re.compile(r"[A-Z][a-z]{2,16}ists")


def _russian_surnames(text: str, out: list) -> None:
    names = english_names()
    words = common_words()
    for ending in _ENDINGS:
        pos = text.find(ending)
        while pos >= 0:
            end = pos + len(ending)
            if not (text[end:end + 1].isalnum() or text[end:end + 1] == "-"):
                m = _RUSSIAN_BACK.search(text, max(0, pos - 16), pos)
                if m is not None:
                    word = text[m.start():end]
                    if word not in names and word.lower() not in words:
                        out.append(Candidate(m.start(), end, "PERSON", "rule:en_name_shape", NAME_SHAPE_PRIORITY, {}))
            pos = text.find(ending, end)


def find_name_shapes(text: str, out: list) -> None:
    """Append Russian surnames by their endings; drop place readings of followers' plurals."""
    _russian_surnames(text, out)
    if "ists" in text:
        out[:] = [c for c in out if not (c.label in ("GPE", "LOC") and c.source == "rule:en_place_context"
                                         and _FOLLOWERS.fullmatch(text, c.start, c.end))]
