"""Station towns named with 站 (session 17 audit of missed GPE, auditzh49).

Along the railways of the Northeast, Inner Mongolia and North China many towns grew round a station and are named by
it: a march or a campaign narrative arrives at, passes or takes `沟帮子站`, `X站` as it would a village. No gazetteer
holds them and the settlement finders do not read 站. `find_station_towns(text)` (working text, Simplified) proposes
`X站` as a GPE (the town) where:

- a verb or preposition of movement, arrival or taking stands right before it (到达, 抵达, 进抵, 攻占, 占领, 解放,
  经, 至, 向, 从 … the strong and place cues of local_places);
- X is two or three Chinese characters, no function word or numeral among them, and no ordinary word (交通站, 联络站,
  补给站, 兵站 and 车站 are posts, not towns: jieba's dictionary decides on X and the last two characters are no post: 兵站, 总站, 东站), not
  ending in 车 (火车站, 汽车站), and not a county or city the place lexicons know (锦州站 is that city's station);
- the name ends there: a clause mark, a list mark, a word of area (一带, 附近, 以东 …) or of movement (前进, 集结 …)
  follows.

Priority 31 (above the gazetteer's reading of a part, below units and persons). Cost: str.find of 站.
"""

from __future__ import annotations

import re

from pipeline.lexicons import longest_first
from pipeline.normalize.places import place_lexicon
from pipeline.rules.local_places import PLACE_CUES
from pipeline.rules.names_common import word_info
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-station-town", 31
_STOP = frozenset("的了在于到至及与和同是为有被把将对这那每各本该全此其个两一二三四五六七八九十百千万第某等车火")
_CUES = tuple(sorted((c for c in PLACE_CUES if c not in ("、", "和", "及", "与", "我", "敌", "据点")), key=longest_first))
# the posts and stations that are no town (前方兵站, 东站, 总站)
_POSTS = frozenset("兵站 粮站 哨站 车站 电站 总站 分站 东站 西站 南站 北站 中站 水站 油站 台站 岗站 医站".split())
_AFTER_RE = re.compile(
    r"(?:[，,。；;、：:）)\n]|$|和|及|与|一带|附近|一线|地区|以[东西南北]|[东西南北]|前进|集结|会合|下车|停车|方向|后|时|间)")


def _ordinary(word: str) -> bool:
    """An ordinary word of some frequency (交通, 终点, 中转; not the rare 沟帮子 jieba lists as a noun)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("ns", "nr", "nz"))


def _cued(text: str, start: int) -> bool:
    if text[start - 1:start] == "了":   # 袭击了X站
        start -= 1
    return any(text[max(0, start - len(cue)):start] == cue for cue in _CUES)


def find_station_towns(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("站", 2)
    if at == -1:
        return out
    lexicon = place_lexicon()
    while at != -1:
        if _AFTER_RE.match(text, at + 1) and text[at - 1:at + 1] not in _POSTS:
            for size in (2, 3):
                start = at - size
                name = text[start:at]
                if start < 1 or not all("\u4e00" <= ch <= "\u9fff" and ch not in _STOP for ch in name):
                    continue
                if not _cued(text, start):
                    continue
                entry = lexicon.get(name)
                if _ordinary(name) or (entry is not None and entry.kind in ("county", "city", "prefecture", "province")):
                    break
                out.append(Candidate(start, at + 1, "GPE", SOURCE, PRIORITY))
                break
        at = text.find("站", at + 1)
    return out
