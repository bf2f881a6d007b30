"""A person's first and last name written again without the middle names or patronymic (session 28, helper
s28enunit: audit of all nine labels on 15 unseen passages of the Italian, Ottoman, Polish, Israeli, Soviet, Indian,
Finnish and French wars; citations for decorations and memoirs write a Russian, Central Asian or Indian name in full
once and then as given name and surname: `Pyotr Ivanovich Sidorenko ... Pyotr Sidorenko`).

- Where a PERSON of three or four words (no word of it lower case) has been read, its first and last words written
  together elsewhere in the text (`Pyotr Sidorenko`) are one PERSON, the first word included (guideline 1: the name
  without title; a finder that read the surname alone leaves the given name out).
  Not where another label holds the place, nor where the first word is a title.

Priority 40 (over the bare surname's PERSON). Cost: one str.find per first word of each long name.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*\Z")


def short_name_pattern(first: str, last: str) -> re.Pattern:
    """A name's first and last words, spaces between them."""
    return re.compile(rf"(?<![\w'\u2019-]){re.escape(first)}[ \t]+{re.escape(last)}(?![\w-])")


def short_name_finditer(text: str, first: str, last: str):
    """`short_name_pattern(first, last).finditer(text)`; none, and no pattern compiled (about 0.2 ms each), where
    `first` stands before no space or tab that could lead to `last` (most long names)."""
    if f"{first} {last}" not in text and f"{first}\t" not in text and f"{first}  " not in text \
            and f"{first} \t" not in text:
        return iter(())
    return short_name_pattern(first, last).finditer(text)


def find_short_name_variants(text: str, out: list) -> None:
    """First and last words of a longer PERSON read again together (see the module docstring)."""
    persons = [c for c in out if c.label == "PERSON"]
    seen = set()
    for c in persons:
        words = text[c.start:c.end].split()
        if not 3 <= len(words) <= 4 or not all(_WORD.match(w) and w[0].isupper() for w in words):
            continue
        key = (words[0], words[-1])
        if key in seen:
            continue
        seen.add(key)
        for m in short_name_finditer(text, words[0], words[-1]):
            start, end = m.start(), m.end()
            if any(o.start <= start and end <= o.end and o.label == "PERSON" and (o.start, o.end) != (start, end)
                   and o.end - o.start > end - start for o in out) or any(
                    o.start == start and o.end == end and o.label == "PERSON" for o in out):
                continue               # inside the long name itself, or read already
            if any(o.start < end and start < o.end and o.label not in ("PERSON",) for o in out):
                continue
            for o in [o for o in out if o.start < end and start < o.end]:
                out.remove(o)
            out.append(Candidate(start, end, "PERSON", "rule:en_short_name_variant", 40, {}))
