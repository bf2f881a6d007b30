"""A county's part named by the county's first character and a bearing (LOC): 甲东, 甲西南 (session 28, s28zhlab).

County histories, party-history pages and memoirs of the eastern provinces name the parts of a county by its first
character and a bearing: the eastern villages of 甲县 are 甲东, the plain west of it 甲西平原, the district committee
of the south 甲南区委. Such a part has no government of its own (a district or base area of the war years at most),
so it is a LOC like the regions of a province (皖南, 豫西, 冀东 in the physical lexicon); the place finders read the
two characters as an unknown village (GPE) or not at all.

`find_county_bearing_regions(text)` (working text, Simplified):
- the stems are the counties written with 县 in the same text that the place lexicon knows as counties: a
  one-character county (甲县 → 甲) or a two-character one (甲乙县 → 甲); characters that are ordinary words or
  directions even where X县 is a county (和, 安, 平, 东 …: one_char_counties_zh.ORDINARY_COUNTY_CHARS) are no stems;
- each stem + 东/西/南/北 (or a bearing pair 东北, 西南 …) elsewhere in the text is one LOC, extended over a plain,
  upland, basin or hill country written with it (甲西平原, as 川西山地); not where the two characters are a place the
  lexicons know (the gazetteer's reading stays), where a settlement, county or structure word goes on from them
  (甲东乡, 甲西县, 甲南门, 甲北区委: a township, a war-time county, a gate, a committee), where a longer lexicon name
  ends at the stem, or where they are an ordinary word jieba knows.

Examples (written for the tests): `甲县的队伍转到甲东，又回到甲西。` → LOC 甲东, 甲西; `在甲西平原` → LOC 甲西平原.
Priority 47: above the readings of an unknown name as a village after a verb of movement (place-former-name 46,
place-stationed 29), below units, dates and organisations. Cost: str.find of 县 and of the four bearings after each
stem; a lexicon look-up at each hit.
"""

from __future__ import annotations

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word
from pipeline.rules.one_char_counties_zh import ORDINARY_COUNTY_CHARS
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:county-bearing-region", 47
_BEARINGS = "东西南北"
_PAIRS = frozenset(("东北", "东南", "西北", "西南"))
# what goes on from a county's bearing part into another name: a settlement or county word, a gate or structure,
# a district or its committee, water and heights
_GOES_ON = frozenset("县市州省乡镇村区门关街路桥城堡寨庄屯河江湖溪港山岭峰寺庙庵站岙")
# ground words written with the part and kept in the one LOC (甲西平原, as 川西山地)
_GROUND = ("平原", "山地", "盆地", "丘陵")


def _county(name: str) -> bool:
    entry = place_lexicon().get(name)
    return entry is not None and entry.label == "GPE" and entry.kind == "county"


def _stems(text: str) -> set[str]:
    """First characters of the counties written with 县 in `text` (甲县 → 甲, 甲乙县 → 甲)."""
    stems = set()
    at = text.find("县")
    while at != -1:
        if at >= 1 and _county(text[at - 1:at + 1]):
            stems.add(text[at - 1])
        elif at >= 2 and (_county(text[at - 2:at + 1]) or _county(text[at - 2:at])):
            stems.add(text[at - 2])
        at = text.find("县", at + 1)
    return {s for s in stems if "\u4e00" <= s <= "\u9fff" and s not in ORDINARY_COUNTY_CHARS}


def find_county_bearing_regions(text: str) -> list[Candidate]:
    if "县" not in text:
        return []
    out: list[Candidate] = []
    lexicon = place_lexicon()
    for stem in _stems(text):
        at = text.find(stem)
        while at != -1:
            end = at + 2
            if text[at + 1:end] and text[at + 1] in _BEARINGS:
                if text[at + 1:at + 3] in _PAIRS:
                    end = at + 3
                name = text[at:end]
                ground = next((g for g in _GROUND if text.startswith(g, end)), "")
                if (name not in lexicon and text[at:at + 2] not in lexicon
                        and (ground or text[end:end + 1] not in _GOES_ON)
                        and not (at >= 1 and text[at - 1:at + 1] in lexicon)
                        and not plain_word(text[at:at + 2], 30)):
                    out.append(Candidate(at, end + len(ground), "LOC", SOURCE, PRIORITY))
            at = text.find(stem, at + 1)
    return out
