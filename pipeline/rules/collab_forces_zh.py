"""Forms of pages on Japan's army and its allies in China: forces named by a region or by a provisional designation
(MIL_UNIT: 吉林警备军, 兴安东警备军, 兴安南、东、北警备军, 奉天、吉林、黑龙江等警备军, 暂编陆军第二军) and the home base
written in brackets after a Japanese unit (GPE: 步兵第12联队(丸龟), 第11师团(善通寺), 第43(德岛) in a regiments' list).

Manchukuo's first army (1932-34) was a set of provincial garrison armies, each named by its province or by its
province and a compass point (奉天警备军, 兴安东警备军); the pages list them the way they list military regions,
one region (or its compass points) per item before one shared head. Such a garrison army is a named force with a
generic head, so, like `山东警备六旅` and the regions listed before one 军区 (guideline 4), the region stays inside
and a list is one span. Wang Jingwei's army numbered its corps `暂编陆军第N军`: the qualifier 暂编 written before
the service word belongs to the designation (prefix 暂编), as in `暂编第十五军`; the units finder reads only
`陆军第N军`.
Japanese orders of battle write each division's and regiment's home town (its 师管区/联队区, where it was raised and
recruited) in brackets right after the designation; many of these towns are in no gazetteer (丸龟, 善通寺, 弘前), so
the frame decides: a bracket of two or three Han characters after 师团/联队/旅团 (or after 第N in a line listing
联队) is the GPE unless it is a word of another kind (常设, 特设, 甲种, 欠一部, 主力: a class or a part of the unit).
Cost: str.find of 警备军 and of 暂编陆军, and of an opening bracket after a unit's echelon word; a bounded regex read back where one is found (auditzh37).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.scan import literal_positions, rare_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unit-collab-force", 61
_DIRS = "东西南北"
_ITEM_SEP = "、"
_PROVISIONAL_RE = re.compile("暂编陆军第([0-9]{1,3}|[一二三四五六七八九十]{1,3})(军|师)(?![长部])")


def _place_at_end(text: str, end: int) -> int | None:
    """Start of a gazetteer place of 2-4 characters ending at `end`, or None."""
    places = place_lexicon()
    for size in (4, 3, 2):
        start = end - size
        if start >= 0 and text[start:end] in places:
            return start
    return None


def _region_start(text: str, end: int) -> int | None:
    """Start of the region(s) written before a head ending at `end`: a place with an optional compass point,
    then earlier items joined by 、 (compass points alone, or places), and an optional 等 before the head."""
    if text.startswith("等", end - 1):
        end -= 1
    start = _place_at_end(text, end)          # 山东警备军: a place ending in a compass character is read whole
    if start is not None and text[end - 1] in _DIRS:
        before = _place_at_end(text, end - 1)     # 兴安东警备军: a place + its compass point, not the place 安东 inside
        start = before if before is not None and before < start else start     # (s20zhunit)
    at = end
    while start is None and at - 1 >= 0 and text[at - 1] in _DIRS and end - at < 6:   # 兴安南、东、北 | 兴安东
        at -= 1
        if at - 2 >= 0 and text[at - 1] == _ITEM_SEP and text[at - 2] in _DIRS:
            at -= 1
            continue
        start = _place_at_end(text, at)
        break
    if start is None:
        return None
    items = 0
    while items < 5 and start > 0 and text[start - 1] == _ITEM_SEP:     # 奉天、吉林、黑龙江等
        before = _place_at_end(text, start - 1)
        if before is None:
            break
        start, items = before, items + 1
    return start


_HOME_RE = re.compile("(?:师团|師團|联队|聯隊|連隊|连队|旅团|旅團|(?<=[^0-9])第[0-9]{1,3})[(（]"
                      "(?P<town>[\u4e00-\u9fff]{2,3})[)）]")
_NOT_TOWN_END = set("种種设設制部队隊团團属屬力守时時后後间間期")   # …(编成时): a time, not a town
_NOT_TOWN_START = set("欠缺含属屬甲乙丙丁原新旧舊驻駐在于於位")   # (驻福州): where it stood, not its home
_NOT_TOWN_CHARS = set("一二三四五六七八九十百个個")


def _home_town(text: str, m: re.Match) -> bool:
    town = m.group("town")
    if town[-1] in _NOT_TOWN_END or town[0] in _NOT_TOWN_START or any(ch in _NOT_TOWN_CHARS for ch in town):
        return False
    if town in place_lexicon():
        return True
    from pipeline.rules.names_common import word_info
    info = word_info().get(town)
    if info is not None and not info[1].startswith("ns") and info[0] >= 50:
        return False                            # a common word of another kind (主力, 留守)
    if m.group(0).startswith("第"):             # 第12(丸龟): only in a line that lists regiments
        line_start = text.rfind("\n", 0, m.start()) + 1
        return any(w in text[line_start:m.start()] for w in ("联队", "聯隊", "連隊", "连队"))
    return True


def find_home_towns(text: str) -> list[Candidate]:
    """GPE candidates of a unit's home town in brackets after its designation (see the module doc)."""
    if "(" not in text and "（" not in text:
        return []
    return [Candidate(m.start("town"), m.end("town"), "GPE", "rule:place-unit-home-town", 30)
            for m in rare_finditer(_HOME_RE, text) if _home_town(text, m)]


def find_collab_forces(text: str) -> list[Candidate]:
    """MIL_UNIT candidates of region-named garrison armies and 暂编陆军 designations (see the module doc)."""
    out: list[Candidate] = []
    if "警备军" in text:
        for at in literal_positions(text, "警备军"):
            start = _region_start(text, at)
            if start is None or (start > 0 and text[start - 1] in "个两几数各每"):
                continue
            out.append(Candidate(start, at + 3, "MIL_UNIT", SOURCE, PRIORITY,
                                 norm={"unit_hint": {"numbers": [], "echelon": "军", "prefix": "警备"}}))
    if "暂编陆军" in text:
        for m in _PROVISIONAL_RE.finditer(text):
            number = parse_number(m.group(1))
            if number:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", SOURCE, PRIORITY,
                                     norm={"unit_hint": {"numbers": [number], "echelon": m.group(2),
                                                         "prefix": "暂编"}}))
    return out + find_home_towns(text)
