"""Four-character idioms of landscape that hold a place or landform reading (session 28, s28zhlab): no GPE or LOC
inside them.

March memoirs and local histories describe the going with idioms made of mountain and water words: 翻山越岭 (crossing
mountains and ridges), 跋山涉水, 千山万水, 崇山峻岭, 荒山野岭, 山南海北. The landform finders read 翻山, 跋山, 崇山 as
named mountains (X山), the gazetteer reads 千山 (a range in Liaoning), 山南 and 海北 (prefectures of Tibet and Qinghai)
inside them, and a whole idiom as a region (荒山野岭, 锦绣山河).

`drop_idiom_places(text, found)` removes every GPE or LOC candidate that lies inside one of these idioms in `text`.
Criterion for the list: four-character idioms (成语) of the Xiandai Hanyu Cidian and the 成语 dictionaries built of
mountain, water and direction words that describe terrain or distance in general and name no place, where a place or
landform reading was seen inside (checked with sentences written for the tests); idioms that do name a place
(长江天堑, 江南水乡, 塞北江南: the Yangtze, Jiangnan, the northern frontier) are not listed.

Examples (written for the tests): `部队翻山越岭，跋山涉水。` → no entity; `战士们走过千山万水。` → no LOC 千山.
Cost: a look for 山, 水 or 海 in the text, then str.find of each idiom (about twenty).
"""

from __future__ import annotations

from pipeline.spans import Candidate

LANDSCAPE_IDIOMS = ("翻山越岭", "跋山涉水", "爬山涉水", "千山万水", "万水千山", "崇山峻岭", "高山峻岭", "荒山野岭",
                    "穷山恶水", "山南海北", "天南海北", "排山倒海", "锦绣山河", "锦绣河山", "大好河山", "名山大川",
                    "深山老林", "漂洋过海", "刀山火海", "人山人海")
_PLACE_LABELS = frozenset(("GPE", "LOC"))


def idiom_spans(text: str) -> list[tuple[int, int]]:
    """[start, end) of every landscape idiom written in `text`."""
    if "山" not in text and "水" not in text and "海" not in text:
        return []
    spans = []
    for idiom in LANDSCAPE_IDIOMS:
        at = text.find(idiom)
        while at != -1:
            spans.append((at, at + 4))
            at = text.find(idiom, at + 4)
    return spans


def drop_idiom_places(text: str, found: list[Candidate]) -> list[Candidate]:
    """`found` without the GPE and LOC candidates inside a landscape idiom."""
    spans = idiom_spans(text)
    if not spans:
        return found
    return [c for c in found
            if c.label not in _PLACE_LABELS or not any(s <= c.start and c.end <= e for s, e in spans)]
