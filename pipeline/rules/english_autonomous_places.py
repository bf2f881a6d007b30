"""China's autonomous divisions written with their people's name (session 8, helper en13): `Ganzi Tibetan
Autonomous Prefecture`, `the Yanbian Korean autonomous prefecture`, `Xiangxi Tujia and Miao Autonomous Prefecture`,
`Weichang Manchu and Mongol Autonomous County`, `Ningxia Hui Autonomous Region`: one GPE (a place with a
government), in lower case too — not a person read from the place and the people's name.

Found from the literal `utonomous ` (str.find); the name is read back at most 60 characters.
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

_WORD = r"[A-Z][a-z]{1,15}(?:['\u2019-][A-Za-z][a-z]{1,10})?"
_NAME_BEFORE = re.compile(rf"(?<![\w'\u2019-])(?P<n>{_WORD}(?:[ \t]+(?:and[ \t]+)?{_WORD}){{0,4}})[ \t]+[Aa]$")
_HEAD_AFTER = re.compile(r"utonomous[ \t]+(?:[Pp]refecture|[Cc]ounty|[Rr]egion|[Bb]anner|[Dd]istrict|[Tt]ownship"
                         r"|[Ll]eague|[Oo]blast)s?(?![\w-])")
_HEADS = frozenset("Autonomous Prefecture Prefectures County Counties Region Regions Banner District Township League "
                   "Oblast Province City".split())
_NOT_NAME = frozenset("The A An In At Of Its His Their This That And Or Chinese".split())


def find_autonomous_places(text: str, out: list) -> None:
    """Autonomous prefectures, counties and regions by their head (see the module doc)."""
    for at in literal_positions(text, "utonomous "):
        head = _HEAD_AFTER.match(text, at)
        if head is None or at < 2:
            continue
        m = _NAME_BEFORE.search(text, max(0, at - 61), at)
        if m is None:
            continue
        words = list(re.finditer(r"\S+", m.group("n")))
        heads = [i for i, w in enumerate(words) if w.group() in _HEADS]
        if heads:                      # '... Autonomous Region and Weichang ...': the name after the last head
            words = words[heads[-1] + 1:]
        while words and (words[0].group() in _NOT_NAME or words[0].group() == "and"):
            words.pop(0)
        if not words or words[0].group() == "and":
            continue
        out.append(Candidate(m.start("n") + words[0].start(), head.end(), "GPE", "rule:en_autonomous_place", 45))
