"""One reading per document for a name that ends like a place (session 12 audit: a county's chronicle).

Given names end in characters that also end places: 张如山, 柴云山, 李海峰, 王玉河. Where a page lists such a name
before the words that make it a person's (为首, a list of names) the place finders may read it as a mountain or a
village (a local guess, priority 30 or less); where the same page says what the man did (X被击毙, X于八日晨逃走)
the person finders read it as PERSON. The page means one man by the three characters, so every mention is PERSON:
a candidate (priority 31, above the local place guesses and below every lexicon place) at each mention of a
name the action or likeness readings found, that ends like a place and that no place list holds.
Cost: str.find of each such name (a handful per page).
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-document-reading", 31
# readings of a person from what the text says of him (not from a list or a lexicon, which already read everywhere)
_CONTEXT_SOURCES = frozenset(("rule:person-action", "rule:person-likeness", "rule:person-repeated"))
# last characters shared by given names and place names (mountains, waters, settlements)
_PLACE_LIKE_ENDS = frozenset("山峰岭河江湖海泉林村庄屯堡寨城桥坡岗")


def find_person_place_readings(text: str, found: list[Candidate]) -> list[Candidate]:
    names = {text[c.start:c.end] for c in found
             if c.label == "PERSON" and c.source in _CONTEXT_SOURCES and 3 <= c.end - c.start <= 4}
    names = {n for n in names if n[-1] in _PLACE_LIKE_ENDS}
    if not names:
        return []
    places = place_lexicon()
    out = []
    for name in names:
        if name in places:
            continue
        out.extend(Candidate(at, at + len(name), "PERSON", SOURCE, PRIORITY) for at in literal_positions(text, name))
    return out
