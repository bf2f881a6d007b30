"""Unfamiliar channels, straits, bays, islands and hills, in Chinese working text.

`find_unfamiliar_landforms(text)`: LOC an unfamiliar channel, bay, island or hill after a word of place or action
(的东水道, 在西水道, 的上横档岛, 在台之西X高地; a direction alone names a channel: 东水道), the verb or bearing before it
outside; GPE a family's bay (X家湾) or a 湾 after its county in an address (the village on it).
`find_named_hilltops(text)`: LOC a hilltop named by an unfamiliar stem where troops hold or take it (坚守X顶, 占领X顶),
everywhere in the text; not 山顶, 屋顶, 头顶 (ordinary words), X山顶 (the top of a named mountain) nor a Qing rank's
hat (顶戴); first seen on real-dev9-zh (session 7, helper zh9; moved here from written_zh9 in session 24).

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev7-zh (session 6, helper zh7: Traditional-script pages and books on the late Qing wars and 1937-1945; split out of written_zh7 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info, everywhere, known_places, plain_word as _plain
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.country_war_battle_names_zh import DIRECTIONS
from pipeline.rules.qing_post_names_zh import NOT_IN_NAME
from pipeline.rules.place_stems_zh import read_stem

_CJK = "\u4e00-\u9fff"
_ZH_NUM = "一二三四五六七八九十百两"

# an unfamiliar channel, bay, island or hill after a word of place or action: 的东水道, 在西水道, 的上横档岛,
# 宜兰三貂湾, 在台之西并岘高地 (a direction alone names a channel: 东水道)
_LANDFORM_RE = re.compile(f"([{_CJK}]{{1,3}}?)(水道|海峡(?!两岸)|湾|岛|高地)(?![国区民屿链村镇庄乡县市城港仔])")
_LANDFORM_BEFORE = set("在于的向至经驻攻占抵到入沿之西东南北下，,\n")   # not 、: 大、二胆岛 shares its head
_LANDFORM_ANCHOR = re.compile("水道|海峡|湾|岛|高地")
_NOT_LANDFORM_START = set("小大该此这那一两各本全诸群半海高个某下"
                          "再又还先也即便就才均都"    # adverbs before a verb: ，再攻|港岛 (auditzh15)
                          "经")     # the route verb: ，经|饶家湾、X (auditzh25)

_ADMIN_SUFFIXES = set("省县市区乡镇旗")


def _plain_word(word: str) -> bool:
    """A common word that is no place name (更高, 想高; not 沙湾)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 100 and not entry[1].startswith(("nr", "ns"))


def _very_common_word(word: str) -> bool:
    """An everyday word jieba counts at least 5000 times and does not tag as a name (世界)."""
    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 5000 and not entry[1].startswith(("nr", "ns"))


def _verb_at(text: str, pos: int) -> bool:
    """A common verb of two characters starts at pos (实现, 推进, 漫游)."""
    entry = word_info().get(text[pos:pos + 2])
    return bool(entry) and entry[0] >= 100 and entry[1].startswith("v")


def find_unfamiliar_landforms(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_LANDFORM_RE, text, _LANDFORM_ANCHOR, 3):
        head_start, end = m.start(2), m.end()
        known = place_lexicon().get(text[end - 2:end])
        if known is not None and known.label == "GPE" and known.kind not in ("county", "township", "town", "village", "district"):
            continue                       # 接收台湾, 山东青岛: a province, country or city ends here (not 黄沙湾 ⊃ 沙湾)
        for start in range(m.start(1), head_start):
            name = text[start:head_start]
            before = text[start - 1:start] if start else "\n"
            if before not in _LANDFORM_BEFORE and not any(text[max(0, start - k):start] in place_lexicon() for k in (2, 3)):
                continue                   # 宜兰三贂湾: a known place before it also opens it
            if len(name) == 1 and (name not in DIRECTIONS or m.group(2) != "水道"):
                break
            if name[0] in _ADMIN_SUFFIXES and any(text[max(0, start - k):start + 1] in place_lexicon() for k in (2, 3)):
                continue                   # 金寨县|槐树湾: the suffix closes the county before, the landform starts after it
            if name[0] in _NOT_LANDFORM_START or (name[0] in DIRECTIONS and len(name) >= 3) \
                    or (start and is_common_word(text[start - 1:start + 1], 100)) or _verb_at(text, start):
                continue                   # 攻下鹅颈岛, 台之西并岘高地, 攻打X湾, 推进海峡: the verb or bearing is outside
            if name[-1] in _ZH_NUM or name[-1] in "半更最很较越" or is_common_word(name, 1000) \
                    or _plain_word(text[head_start - 1:head_start + 1]):
                break                      # 英伦三岛, 西奈半岛, 理想高地, 更高地
            if any(ch in NOT_IN_NAME and ch != "并" for ch in name):
                break
            if len(name) >= 3 and _very_common_word(name[:2]):
                break                      # 世界奇岛: a description opened by an everyday word, no name (prezh2)
            if len(name) == 3 and getattr(place_lexicon().get(name[:2]), "label", "") == "GPE":
                break                      # 荣成|石岛: a county, then a place in it (no landform 荣成石岛)
            if any(text[inner:head_start] in place_lexicon() for inner in range(start + 1, head_start - 1)):
                break                      # 北隔|渤海海峡: a known name ends here, the characters before are outside (zh11)
            if text[start:end] not in place_lexicon():        # known: the place finders take it
                # 唐家湾, 叶家湾: a family's bay is the village on it (GPE, like X家塘; auditzh13)
                label = "GPE" if m.group(2) == "湾" and (len(name) == 2 and name[1] == "家" or before in _ADMIN_SUFFIXES) \
                    else "LOC"             # 某县槐树湾: a 湾 in an address after its county or township is the village (auditzh36)
                out.append(Candidate(start, end, label, "rule:place-unfamiliar-landform", 31))
            break
    return out


_ZH_DIGIT = "一二三四五六七八九十"

# a hilltop named by an unfamiliar stem where troops hold or take it (坚守X顶, 进犯至我X顶阵地, 占领X顶): a LOC,
# everywhere in the text; not 山顶, 屋顶, 头顶 (ordinary words) nor X山顶 (the top of a named mountain)
# conjunctions and adverbs that open or qualify a clause (若, 倘, 却, 便 …): never inside a hill's name before 顶
_CLAUSE_ADVERBS = set("若倘却便就也都又再还曾将把被硬")
_TOP_RE = re.compile("顶(?![峰端部层级点尖替住用撞着替戴])")   # 头品顶戴, 五品顶戴: a Qing rank's hat (auditzh18)


def find_named_hilltops(text: str) -> list[Candidate]:
    if "顶" not in text:
        return []
    places = known_places()
    found: set[str] = set()
    for m in _TOP_RE.finditer(text):
        start = read_stem(text, m.start(), places, 3)
        if start is None:
            continue
        name = text[start:m.end()]
        if name[-2] in "山岭峰楼屋房塔" or _plain(name, 20) or _plain(text[start:m.start()], 300):
            continue
        if any(ch in _CLAUSE_ADVERBS for ch in text[start:m.start()]):
            continue                               # 可若硬|顶猛攻: a clause's conjunction or adverb, 顶 a verb (auditzh26)
        if name[-2] == "头" and name[-3] not in "虎牛狮马龙鹰羊鸡象猴蛇狼猪狗鹅鸭":
            continue                               # 飞临|头顶 (over one's head), not 虎头顶 (a hill named by its shape)
            continue
        found.add(name)
    return everywhere(text, found, "rule:place-hilltop", 31, "LOC")
