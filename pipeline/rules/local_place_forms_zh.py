"""Local places by their suffix or frame, in Chinese working text.

`find_local_place_forms(text)`:
- GPE: a place with the suffix of a town, community or street office (X镇, X集镇, X社区, X街道); an unfamiliar
  settlement where troops are stationed (一部驻X，); a county seat, a suburb, a town named by its structure
  (X城, taken or held); LOC: a waterfall (X瀑布); ORG: a field headquarters named by its place; FAC: a prison.
`find_landform_relatives(text)`:
- LOC: a numbered hill's north or south peak (537.7高地北山); an unfamiliar mountain, island or reef before a word of
  relative place (X山南面, X岛附近); GPE: an unfamiliar name ending like a river listed before 等地 (a town).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer) or run only when
a rare literal is in the text.
Provenance: first seen on real-dev4-zh (session 5, helper zh4; split out of written_zh4 / written_zh4_persons in session 24).
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import LazyPattern as _lazy, anchored_finditer
from pipeline.rules.settlement_frames_zh import named_after_known_place
from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate
from pipeline.rules.puppet_quoted_forces_zh import NOT_IN_LOCAL
from pipeline.rules.infobox_commanders_zh import NOT_IN_NAME

_HAN = "[^\\x00-\\x7f\\s，。、；：！？（）“”‘’「」『』《》〈〉【】…—～·・丨]"

_LOCAL_SUFFIX_RE = _lazy(f"({_HAN}{{2,4}}?)(集镇|社区|街道)(?![办居委])")
_LOCAL_ANCHOR = _lazy("[集社街]")
_WATERFALL_RE = _lazy(f"({_HAN}{{2,3}}?)瀑布")
_WATERFALL_ANCHOR = _lazy("瀑")
_VERB_BEFORE_PLACE = set("经过往向至到在于从由自抵近有")   # 有: 另有|官渡乡, 还有|高桥镇 (auditzh2)
# verbs of attack that jieba does not list, ending right before a town's name (直插|甲渡镇; auditzh39)
_VERBS_BEFORE_TOWN = frozenset("直插 直扑 直趋 攻下 进逼 进占 奔袭".split())
_DISTANCE_BEFORE = frozenset("距")   # 距|五圣山主峰: "at a distance from", no part of the name (prezh2)
# 驻 (stationed at) is a verb before a place like 经, 往, 至: it is cut off a landform (驻|马鞍山附近), and a verb of
# place before a known two-character place ending in 山/岛 leaves it to the place finders (驻|凉山附近, 经|唐山一带;
# session 25, s25zhextent)
_VERB_BEFORE_PLACE_OR_STATIONED = _VERB_BEFORE_PLACE | {"驻"}

NOT_PLACE_START = set("东西南北中上下前后左右该此本敌我各全两这那其在于到至向从由和与及的了")
# function characters no town's name holds: 百户以上集镇为里 is a rule of counting households, no town (session 22,
# s22zhprec)
_NOT_IN_TOWN = frozenset("以为的了和与及或每")


def _local_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "集镇" in text or "社区" in text or "街道" in text:
        for m in anchored_finditer(_LOCAL_SUFFIX_RE, text, _LOCAL_ANCHOR, 4):
            stem = m.group(1)
            # the stem starts after a place written before it (咸安区永安街道 → 永安街道)
            cut = next((k for k in range(1, len(stem) - 1) if stem[:k] in place_lexicon() or stem[k - 1] in "区县市镇乡"), 0)
            if not cut and m.start(1) and text[m.start(1) - 1] in "区县市镇乡":
                cut = -1        # the address word is right before the match
            stem = stem[max(cut, 0):]
            cut_at = m.start(1) + max(cut, 0)
            # only in an address, after a district, county, town or place (咸安区永安街道): 主要街道, 加强社区 are words
            if len(stem) >= 2 and stem[0] not in NOT_PLACE_START and not any(ch in NOT_IN_LOCAL for ch in stem) \
                    and cut and (text[cut_at - 1] in "区县市镇乡" or not is_common_word(stem, 100)):
                out.append(Candidate(cut_at, m.end(), "GPE", "rule:place-local-suffix", 31))
    if "瀑布" in text:
        for m in anchored_finditer(_WATERFALL_RE, text, _WATERFALL_ANCHOR, 3):
            stem, start = m.group(1), m.start(1)
            if len(stem) == 3 and (stem[0] in _VERB_BEFORE_PLACE
                                   or any(text[max(0, start - k):start + 1] in place_lexicon() for k in (1, 2, 3))):
                stem, start = stem[1:], start + 1      # 友谊关板约瀑布: the pass before it is not in the name
            if stem[0] not in NOT_PLACE_START and not is_common_word(stem, 100):
                out.append(Candidate(start, m.end(), "LOC", "rule:place-waterfall", 31))
    return out


# a county seat written with the county's old name (咸宁县城, the county is now a district): the known place
# + 县城 is one GPE, not the shorter county read across the name (宁县 + 城)
_COUNTY_SEAT_RE = _lazy(f"({_HAN}{{2}})县城")
_COUNTY_SEAT_ANCHOR = _lazy("县")
# a city's suburbs: 南京城郊 → 南京 (城郊 is one word)
_SUBURB_RE = _lazy(f"({_HAN}{{2,3}}?)城郊(?!区)")   # 衡阳城郊区: the city + 郊区
_SUBURB_ANCHOR = _lazy("郊")
# a pacification or field headquarters named by its city (福州绥署, 西安行营): no echelon word, an ORG
_FIELD_HQ_RE = _lazy(f"({_HAN}{{2,3}}?)(绥靖公署|绥署|行营|行辕)")
_FIELD_HQ_ANCHOR = _lazy("绥靖公署|绥署|行营|行辕")      # the head word, ≤ 3 after the start
# a prison or camp named by its place (抚顺战犯管理所, 提篮桥监狱): a FAC
_PRISON_RE = _lazy(f"({_HAN}{{2,3}}?)(战犯管理所|监狱|集中营|战俘营|看守所)")
_PRISON_ANCHOR = _lazy("战犯管理所|监狱|集中营|战俘营|看守所")   # the head word, ≤ 3 after the start
# a settlement named after a structure (X桥, X渡, X岗, X庙, X店, X铺, X集): with a town word it is a GPE
# (汀泗桥镇), and so it is where it is taken or reached as a place (退至X一带, 占领X及Y)
_STRUCTURE_TOWN_RE = _lazy(f"({_HAN}{{1,3}}[桥渡岗庙店铺集])(镇|集镇|乡|村)")
_STRUCTURE_TOWN_ANCHOR = _lazy("[桥渡岗庙店铺集](?:镇|集镇|乡|村)")   # the structure word, ≤ 3 after the start
_TAKEN_STRUCTURE_RE = _lazy(
    f"(?:占领|攻占|进占|占据|退至|撤至|进至|抵达|到达|退守|进驻|驻守|克复|收复|攻克|逼近)"
    f"({_HAN}{{1,3}}[桥渡岗庙店铺])(?=一带|附近|及|、|，|。|；|以[东南西北])")
# the structure word that ends the name, before its boundary: at most 5 after the start
_TAKEN_ANCHOR = _lazy("[桥渡岗庙店铺](?=一带|附近|及|、|，|。|；|以[东南西北])")


# a settlement where troops are stationed (一部驻琼林，进驻X一带): an unfamiliar 2-3 character name right after
# 驻 and before a boundary is a village or town
_STATIONED_RE = _lazy(f"(?:进驻|驻守|驻扎于|驻扎在|移驻|回驻|驻)({_HAN}{{2,3}}?)(?=[，。、；：]|一带|附近|及其?附近|地区|以[东南西北])")
_STATIONED_ANCHOR = _lazy("驻")
_NOT_STATION_START = set("东西南北中上下前后左右该此本敌我各全两这那其原地防军守扎屯华美日英苏德法外在于有所"
                         "扰掠劫泊")   # 驻有重兵 (zh12); 分驻所巡官 (auditzh13); 驻扰勒索: station and harass (auditzh21); 驻泊: ships at anchor (r20zhplace)


def _stationed(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = place_lexicon()
    for m in anchored_finditer(_STATIONED_RE, text, _STATIONED_ANCHOR, 3):
        name = m.group(1)
        entry = places.get(name)
        if entry is not None and entry.label != "LOC" or name[0] in _NOT_STATION_START:
            continue            # a known GPE is found already; 驻防, 驻军, 驻日: words
        if is_common_word(name, 20) or is_common_word(text[m.start(1) - 1:m.start(1) + 1], 20) \
                or any(ch in NOT_IN_LOCAL or ch in NOT_IN_NAME for ch in name) \
                or not word_info().get(name, (0, "ns"))[1].startswith(("ns", "nz", "nr")):
            continue
        out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-stationed", 29))
    return out


def _more_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = place_lexicon()
    if "县城" in text:
        for m in anchored_finditer(_COUNTY_SEAT_RE, text, _COUNTY_SEAT_ANCHOR, 2):
            entry = places.get(m.group(1))
            if entry is not None and entry.label == "GPE" and m.group(1) + "县" not in places:
                out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-county-seat", 31))
    if "城郊" in text:
        for m in anchored_finditer(_SUBURB_RE, text, _SUBURB_ANCHOR, 4):
            name = m.group(1)
            k = next((k for k in range(len(name) - 1) if name[k:] in places and places[name[k:]].label == "GPE"), None)
            if k is not None:
                out.append(Candidate(m.start(1) + k, m.end(1), "GPE", "rule:place-suburb", 32))
    if "绥" in text or "行营" in text or "行辕" in text:
        for start, end in named_after_known_place(_FIELD_HQ_RE, text, _FIELD_HQ_ANCHOR, 3, places):
            out.append(Candidate(start, end, "ORG", "rule:org-field-hq", 36))
    if "监狱" in text or "管理所" in text or "集中营" in text or "战俘营" in text or "看守所" in text:
        for start, end in named_after_known_place(_PRISON_RE, text, _PRISON_ANCHOR, 3, places):
            out.append(Candidate(start, end, "FAC", "rule:fac-prison", 46))
    for m in anchored_finditer(_STRUCTURE_TOWN_RE, text, _STRUCTURE_TOWN_ANCHOR, 3):
        stem, at = m.group(1), m.start(1)
        # the name starts after a place, an administrative word or an ordinary word ending inside the match
        # (咸宁县|汀泗桥镇, 以东|高桥镇; the 今 of a modern note: （今|X店镇）, auditzh49)
        cut = max((k for k in range(1, len(stem) - 1)
                   if stem[:k] in places or stem[k - 1] in "区县市省镇乡今" or is_common_word(text[at + k - 2:at + k], 100)
                   or stem[k - 1] in _VERB_BEFORE_PLACE or k >= 2 and stem[k - 2:k] in _VERBS_BEFORE_TOWN), default=0)
        if len(stem) - cut >= 3 and stem[cut] not in NOT_PLACE_START and not is_common_word(stem[cut:], 50) \
                and not any(ch in _NOT_IN_TOWN for ch in stem[cut:]):
            out.append(Candidate(m.start(1) + cut, m.end(), "GPE", "rule:place-structure-town", 47))
    for m in anchored_finditer(_TAKEN_STRUCTURE_RE, text, _TAKEN_ANCHOR, 5):
        name = m.group(1)
        if len(name) >= 3 and name[0] not in NOT_PLACE_START and not is_common_word(name, 50):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-structure-taken", 46))
    return out


# an unfamiliar mountain, island or reef before a word of relative place (五圣山南面, 大鹿岛附近): a LOC
_LANDFORM_RE = _lazy(f"({_HAN}{{2,3}}?[山岛礁峰])(?=南面|北面|东面|西面|附近|一带|周围|主峰|海域|以[东南西北])")
_LANDFORM_ANCHOR = _lazy("南面|北面|东面|西面|附近|一带|周围|主峰|海域|以东|以南|以西|以北")
_NOT_LANDFORM_START = set("这那该此其各每本全某一两几数多高大小群深荒上下前后左右东西南北中")
# a verb of reaching or taking before a two-character landform (进至云山以南, 攻至黄山以东, 占领草山附近) is no part
# of its name: the match is left to the place finders (auditzh32); so is a verb of stationing (屯驻X山, 驻扎X山: r18zhplace)
_MOTION_START = _lazy("^(?:[进攻退推直追逼撤转移]至|[进直]抵|到达|占领|攻占|包围|逼近|进入|进攻|攻击|坚守|守卫|[屯进移]驻|驻[扎守防屯]|屯[兵扎])")


# a numbered hill's north or south peak is one position (537.7高地北山)
_HILL_PEAK_RE = _lazy("[0-9]{3,4}(?:\\.[0-9])? ?高地[东西南北]山")
_HILL_PEAK_ANCHOR = _lazy("高地[东西南北]山")
# an unfamiliar name ending like a river as a member of a list of places before 等地 (澳头、莲河等地) is a town
_LIST_TOWN_RE = _lazy(f"、({_HAN}{{2,3}})等地")
_LIST_TOWN_ANCHOR = _lazy("等地")


def find_landform_relatives(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "高地" in text:
        for m in anchored_finditer(_HILL_PEAK_RE, text, _HILL_PEAK_ANCHOR, 7):
            out.append(Candidate(m.start(), m.end(), "LOC", "rule:place-hill-peak", 46))   # over the hill alone
    if "等地" in text:
        for m in anchored_finditer(_LIST_TOWN_RE, text, _LIST_TOWN_ANCHOR, 4):
            name = m.group(1)
            if name not in place_lexicon() and name[-1] in "河江溪湖" and not is_common_word(name, 20):
                out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-list-town", 31))
    for m in anchored_finditer(_LANDFORM_RE, text, _LANDFORM_ANCHOR, 4):
        name, start = m.group(1), m.start(1)
        # the name starts after a word that ends inside the match (朝鲜|五圣山, 北部|大鹿岛, 经|X山)
        cut = max((k for k in range(1, len(name) - 2)
                   if text[start + k - 2:start + k] in place_lexicon() or is_common_word(text[start + k - 2:start + k], 100)
                   or name[k - 1] in _VERB_BEFORE_PLACE_OR_STATIONED or name[k - 1] in _DISTANCE_BEFORE), default=0)
        name, start = name[cut:], start + cut
        if len(name) >= 3 and (name[0] not in _NOT_LANDFORM_START or start and text[start - 1:start + 1] in place_lexicon()
                               or name[0] in "大小" and name[1] not in "山岛") \
                and not is_common_word(name, 20) and not is_common_word(name[:2], 300) \
                and not any(ch in NOT_IN_LOCAL for ch in name) and not _MOTION_START.match(name) \
                and not (len(name) == 3 and name[0] in _VERB_BEFORE_PLACE_OR_STATIONED and name[1:] in place_lexicon()):
            out.append(Candidate(start, m.end(1), "LOC", "rule:place-landform-relative", 31))
    return out


def find_local_place_forms(text: str) -> list[Candidate]:
    """Towns, communities, waterfalls, stationed places, suburbs, field HQs and prisons in `text` (working text)."""
    return _local_places(text) + _more_places(text) + (_stationed(text) if "驻" in text else [])
