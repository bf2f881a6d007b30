"""Names after the Ethiopian title `Ras` (session 28, helper s28enunit: audit of English persons and units of the wars
1840-1979; the Italo-Ethiopian wars of 1895-96 and 1935-36 are written with the Ethiopian commanders' titles:
`Ras Kassa Haile Darge and Ras Seyoum Mangasha`, `the army of Ras Imru`).

- A capitalised name of one to three words after `Ras` is a PERSON without the title (guideline 1), the whole name
  even where another finder read its last words alone (`Ras Kassa Haile Darge` -> `Kassa Haile Darge`, not `Haile
  Darge`). english_ranked_surnames reads the other Ethiopian titles (Dejazmach, Fitawrari, Kenyazmach, Grazmach);
  `Ras` is apart because it is also the Arabic `cape, head` of place names (`Ras Tanura`, `Ras Lanuf`, `Ras el Tin`,
  `Ras Dashen`): read only in a text that names Ethiopia or its provinces, towns, wars or other titles, and not where
  a lexicon knows the name or `Ras` with it as a place, a unit or a body, nor after a preposition of place (`off Ras
  X`, `at Ras X`, `to Ras X`) or in a list after one (`off Ras el Tin and Ras X`).

Priority 42 (with the ranked surnames). Cost: nothing unless the text holds `Ras ` and an Ethiopian word.
"""

from __future__ import annotations

import re

from pipeline.rules.english_grammar import NOT_PERSON_WORDS, PERSON_TOKEN
from pipeline.spans import Candidate, overlapping

PRIORITY = 42
_ETHIOPIAN = re.compile(r"Ethiopia|Abyssinia|Eritrea|Tigr(?:ay|e)\b|Shoa|Gojjam|Amhara|Haile Selassie|Menelik|Dejazmach"
                        r"|Fitawrari|Kenyazmach|Grazmach|Negus|Addis Ababa|Tembien|Makalle|Mekele|Adwa|Adowa|Magdala")
# a preposition of place before `Ras`: the cape or the town, not the title
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:off|at|near|to|towards|toward|into|in|from|round|around|beyond|past)[ \t]+\Z")
# ... or a list of capes after one ('off Ras el Tin and Ras Tanura')
_PLACE_LIST_BEFORE = re.compile(r"(?<![\w-])(?:off|at|near|to|towards|toward|into|in|from|round|around|beyond|past)[ \t]+Ras"
                                r"[ \t]+[\w'\u2019 -]{1,30}?(?:,|[ \t]and|[ \t]or)[ \t]+\Z")
_RAS = re.compile(rf"(?<![\w'\u2019-])Ras[ \t]+(?P<name>{PERSON_TOKEN}(?:[ \t]+{PERSON_TOKEN}){{0,2}})(?![\w'\u2019-])")


def find_ethiopian_titled_names(text: str, out: list) -> None:
    """PERSON after `Ras` in an Ethiopian text (see the module docstring)."""
    if "Ras " not in text or not _ETHIOPIAN.search(text):
        return
    from pipeline.rules.english_lexicon import english_names  # noqa: PLC0415
    from pipeline.rules.english_place_context import STOP  # noqa: PLC0415

    names = english_names()
    for m in _RAS.finditer(text):
        tokens = m.group("name").split()
        while tokens and (tokens[-1] in NOT_PERSON_WORDS or tokens[-1] in STOP):
            tokens.pop()
        if not tokens or tokens[0] in STOP:
            continue
        if _PLACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                or _PLACE_LIST_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            continue               # 'off Ras Tanura', 'at Ras Lanuf': the cape or the town
        start = end = m.start("name")
        for token in tokens:
            end = text.index(token, end) + len(token)
        name = text[start:end]
        if any(names.get(form, ("PERSON",))[0] != "PERSON" for form in (name, f"Ras {name}", tokens[0])):
            continue               # a place, unit or body a lexicon knows ('Ras Dashen')
        clash = overlapping(out, start, end)
        if any(c.label != "PERSON" and not (start <= c.start and c.end <= end) for c in clash):
            continue
        if any(c.label == "PERSON" and c.start <= start and end <= c.end for c in clash):
            continue               # read already
        out[:] = [c for c in out if c not in clash]
        out.append(Candidate(start, end, "PERSON", "rule:en_ethiopian_titled_name", PRIORITY, {}))
