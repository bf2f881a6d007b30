"""A county seat named by its first character and 城 (session 17 audit of missed GPE, auditzh49).

Memoirs and county histories name the walled seat of a county they have named by the county's first character and 城:
`砀山 … 对砀城轮番轰炸`, `萧县 … 萧城`, `盱眙 … 盱城`. `find_county_town_abbreviations(text)` (working text, Simplified)
proposes `X城` as a GPE where:

- the text names a county or county-level city of two characters beginning with X that the place lexicons know
  (砀山, 萧县: the county word counts), other than X城 itself;
- X城 is no ordinary word (京城, 省城, 长城, 古城, 攻城, 全城: jieba's dictionary decides) and not followed by 市 (城市);
- the character before X does not make a place name or an ordinary word with it (泗阳城 is 泗阳's town, not 阳城).

Priority 31 (above the gazetteer's reading of a part, below units and persons). Cost: str.find of 城 and, where one
stands, a search of the text for the county.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-county-town-abbreviation", 31
_NOT_FIRST = frozenset("东西南北中内外上下大小长古新旧老京皇山省县市都全满孤名江空边入出进攻守围筑拆登")


@lru_cache(maxsize=1)
def _two_char_counties() -> dict[str, tuple[str, ...]]:
    """First character -> the two-character county names (and X县 short forms) the place lexicons know."""
    table: dict[str, list[str]] = {}
    for name, entry in place_lexicon().items():
        if entry.label != "GPE" or entry.kind not in ("county", "city", "prefecture"):
            continue
        if len(name) == 2 and "\u4e00" <= name[0] <= "\u9fff" and name[1] != "城":
            table.setdefault(name[0], []).append(name)
    return {k: tuple(sorted(v)) for k, v in table.items()}


def _ordinary(word: str) -> bool:
    entry = word_info().get(word)
    return bool(entry) and not entry[1].startswith("ns")


def find_county_town_abbreviations(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("城", 1)
    if at == -1:
        return out
    counties = _two_char_counties()
    lexicon = place_lexicon()
    while at != -1:
        x = text[at - 1]
        if (x not in _NOT_FIRST and x in counties and text[at + 1:at + 2] != "市"
                and not _ordinary(text[at - 1:at + 1]) and (text[at - 1:at + 1] not in lexicon)
                and (at < 2 or (text[at - 2:at] not in lexicon and not _ordinary(text[at - 2:at])))
                and any(name in text for name in counties[x])):
            out.append(Candidate(at - 1, at + 1, "GPE", SOURCE, PRIORITY))
        at = text.find("城", at + 1)
    return out
