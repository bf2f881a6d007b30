"""Settlements (and a few regions) read from the frames around an unfamiliar name, in Chinese working text.

`find_settlement_frames(text)`:
- GPE: unknown members of a 、-list of settlements whose other members are mostly known places
  (甲城、乙县、丙所、丁镇 → 丙所); a name paired with a known settlement (镇江到X之间, X位于锦州); a village written
  once with 村 after a word of place (要地X村) — a name found so is a settlement everywhere in the text; a temple
  town followed by its modern name (X庙（今Y）); a county town after a word of taking (进占X县城); a name before 地区
  after a word of place (在X地区).
- LOC: a corridor named by a known region (辽东走廊); the parts of Manchuria (南满, 东满).
`find_ordinal_villages(text)`: GPE villages named with an ordinal and a landform (三道崴子, 二道沟), not a count.
`find_village_lists(text)`: GPE villages in a 、-list closed by a word of area (甲庄、乙庄、丙桥地区), the bearing,
之 or pronoun's county before the first village outside (real-dev7-zh, session 6, helper zh7; out of written_zh7).
`find_direction_places(text)`: GPE an unfamiliar place where a force acts in a direction (在X方向, 向X方向), everywhere
in the text; `find_zi_villages(text)`: GPE North China villages named with a two-character suffix ending in 子
(X店子, X营子) where the words before show a place, everywhere in the text (first seen on real-dev9-zh (session 7,
helper zh9; moved here from written_zh9 in session 24)).
`named_after_known_place` (also used by unit_short_forms_zh and local_place_forms_zh): the span from the longest known
place at the end of a match's group 1.

Every pattern has bounded repetitions and is anchored on a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev3-zh (issue 8, helper real3zh; split out of written_zh3 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.rules.names_common import is_common_word, word_info, everywhere, known_places, plain_word as _plain
from pipeline.rules.scan import anchored_finditer, list_finditer, rare_finditer
from pipeline.spans import Candidate
from pipeline.rules.qing_post_names_zh import NOT_IN_NAME
from pipeline.rules.place_stems_zh import NOT_IN_NAME as _NOT_IN_STEM, opens_name, read_stem, stem_ok

_CJK = "\u4e00-\u9fff"

# a 、-list of 2–4 character items: anchored on 、
_LIST_RE = re.compile(f"(?:[{_CJK}]{{2,4}}、){{2,12}}[{_CJK}]{{2,4}}")
_LIST_ITEM_CHAR = re.compile(f"[{_CJK}]")   # a first item is 2-4 of them before its 、 (scan.list_finditer)
_LIST_TAIL_WORDS = ("等", "一带", "之间", "地区", "各")
# 在/于/由/从/向 + name + 地区
_AREA_RE = re.compile(f"(?<=[在于由从向至到经县])([{_CJK}]{{2}})地区")
_AREA_ANCHOR = re.compile("地")


# a settlement paired with a known one: 镇江到X之间, 锦州与X间, 镇江至X一带; X位于镇江
_PAIR_RE = re.compile(f"([{_CJK}]{{2,3}})(?:到|至|与|和)([{_CJK}]{{2,3}}?)(?:之间|一带|间|一线)")
_PAIR_ANCHOR = re.compile("[间带线]")    # of the closing word (之间, 一带, 一线), at most 8 after the start
_LIES_AT_RE = re.compile(f"(?<=[。，,；;\n 　])([{_CJK}]{{2,3}})位于([{_CJK}]{{2,3}})")
_LIES_AT_ANCHOR = re.compile("位")

# the four parts of Manchuria (南满, 北满, 东满, 西满) as regions
_MANCHURIA_RE = re.compile("(?<![充装填布圆美])[东南西北]满(?=[、，,。；;的地各一及和与])")
_MANCHURIA_ANCHOR = re.compile("满")
# a temple town followed by its modern name: 嘉卜寺（今化德） is a settlement (guideline 7), not a temple
_TEMPLE_TOWN_RE = re.compile(f"(?<=[驻复占抵到至在于从由向经克守])([{_CJK}]{{2,5}}?[庙寺])(?=[(（]今)")
_TEMPLE_TOWN_ANCHOR = re.compile("[庙寺]")

# a village written once with 村 after a word of place (要地X村, 在X村) is a settlement everywhere in the text
_VILLAGE_RE = re.compile(f"(?<=[地在到至于守占克攻向经])([{_CJK}]{{2}})村(?=[。，,、；;的])")
_VILLAGE_ANCHOR = re.compile("村")


# a corridor named by its region: 辽西走廊, 河西走廊 (LOC, the region inside)
_CORRIDOR_RE = re.compile(f"([{_CJK}]{{2,3}})走廊")
_CORRIDOR_ANCHOR = re.compile("走")


# a county town after a word of taking or going: 进占X县城 (the county's name is unknown to the gazetteer:
# abolished or renamed counties); the whole X县城 is the GPE (guideline 6, real-dev2 灵丘县城)
_COUNTY_TOWN_RE = re.compile(f"(?<=[占克攻陷入进到至在于抵取围守])([{_CJK}]{{2}})县城")
_COUNTY_TOWN_ANCHOR = re.compile("县")

# villages named with an ordinal and a landform (三道崴子, 二道沟, 头道河子; forks in 岔 too, 三道岔): GPE, not a count;
# the valleys of the loess country in 川 (二道川, 头道川: session 29, s29zhlong) are LOC
# no numeral before the ordinal: 三十六道沟，七十二道梁 counts gullies (auditzh28), 十八道沟 is no 八道沟
_ORDINAL_VILLAGE_RE = re.compile(
    "(?<![0-9〇零一二三四五六七八九十百千两几])[头一二三四五六七八九十]道(?:崴子|河子|沟|岗|湾|梁子|江|甸子|沟门|川|岔)")
_ORDINAL_VILLAGE_ANCHOR = re.compile("道")


def named_after_known_place(pattern: re.Pattern, text: str, anchor: re.Pattern, reach: int, places):
    """(start, end) of each match of `pattern` (scan.anchored_finditer) whose group 1 ends with a known
    place: the span starts at the longest such place (the words before it are no part of the name:
    沿着|黄河 + 走廊) and runs to the match's end."""
    for m in anchored_finditer(pattern, text, anchor, reach):
        name = m.group(1)
        k = next((k for k in range(len(name) - 1) if name[k:] in places), None)
        if k is not None:
            yield m.start(1) + k, m.end()


_NOT_PLACE_START = "东西南北中前后左右该此本敌我各全两这那其是有在"   # 是一座位于 (zh12)
_NOT_IN_PLACE = "的了是在和与个该本全此各其这那入进占克攻陷到至于抵取围守等及"


def _unknown_name(name: str) -> bool:
    return name not in place_lexicon() and not is_common_word(name) and name[0] not in _NOT_PLACE_START


def find_settlement_frames(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in list_finditer(_LIST_RE, text, "、", _LIST_ITEM_CHAR, 2, 4):
        items, pos, end = [], m.start(), m.end()
        if text[end - 1:end + 1] in ("一带", "一线", "等地", "之线") and len(m.group().rsplit("、", 1)[1]) > 2:
            end -= 1            # 小丹阳一线: the greedy last item took the 一 of 一线
        for part in text[m.start():end].split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        # the first item may carry the verb before it (攻占了昌黎): count it only when known
        first_pos, first = items[0]
        known = [any(part[k:] in places and places[part[k:]].label == "GPE" for k in range(len(part) - 1))
                 for _, part in items]
        tail = text[end:end + 2]
        line_tail = tail in ("一带", "一线", "等地", "之线")   # 溧阳、溧水、X一线: a line of settlements
        if not (sum(known) >= 2 and len(items) >= 3 and sum(known) * 2 >= len(items) and (tail.startswith(_LIST_TAIL_WORDS) or tail[:1] in "，,。;；")
                or line_tail and sum(known) >= 2):
            continue
        for (start, part), is_known in zip(items[1:], known[1:]):
            if is_common_word(part, 300) or not 2 <= len(part) <= 3 or any(ch in _NOT_IN_PLACE for ch in part):
                continue
            if not is_known:
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list-member", 29))
            elif part not in places and part[0] in "小大新老" and part[1:] in places:
                # 小丹阳 beside 丹阳: a village named after a town, one name (its own settlement)
                out.append(Candidate(start, start + len(part), "GPE", "rule:place-list-member", 31))
    found = set()
    for m in anchored_finditer(_PAIR_RE, text, _PAIR_ANCHOR, 8):
        known, name = m.group(1), m.group(2)
        if (_is_gpe(known) or _is_gpe(known[1:])) and _unknown_name(name):
            found.add(name)
    for m in anchored_finditer(_LIES_AT_RE, text, _LIES_AT_ANCHOR, 3):
        name, known = m.group(1), m.group(2)
        if any(ch in "在于的了是就都也又" for ch in name):
            continue                               # 下榻在位于东京…: a verb and its preposition, no place
        if (_is_gpe(known) or _is_gpe(known[:2])) and _unknown_name(name):
            found.add(name)
    for m in anchored_finditer(_VILLAGE_RE, text, _VILLAGE_ANCHOR, 2):
        name = m.group(1)
        info = word_info().get(name)
        plain = info is None or info[1].startswith("ns") or not is_common_word(name)
        if plain and name[0] not in _NOT_PLACE_START and not any(ch in "的了是在和与" for ch in name) and (
                name not in place_lexicon() or place_lexicon()[name].label == "LOC") \
                and not is_common_word(text[m.start(1) - 1:m.start(1) + 1], 300) and name[0] not in "据至到进往入":
            # 占据张村, 攻至郭村: 据 / 至 end the verb before the village
            out.append(Candidate(m.start(1), m.end(1) + 1, "GPE", "rule:place-village", 31))
            found.add(name)
    # a name found as a settlement is one everywhere in the text
    for name in found:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] != "村":
                out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-paired", 31))
    for m in anchored_finditer(_TEMPLE_TOWN_RE, text, _TEMPLE_TOWN_ANCHOR, 5):
        # the name starts after the last word of place inside the match (由日军驻X寺 → X寺)
        cut = max((i + 1 for i, ch in enumerate(m.group(1)[:-1]) if ch in "驻复占抵到至在于从由向经克守军的"), default=0)
        if m.end(1) - (m.start(1) + cut) >= 3:
            out.append(Candidate(m.start(1) + cut, m.end(1), "GPE", "rule:place-temple-town", 47))

    for m in anchored_finditer(_COUNTY_TOWN_RE, text, _COUNTY_TOWN_ANCHOR, 2):
        name = m.group(1)
        # 攻破户县城: a one-character county (户县) before 县城 is the name, the verb's 破 no part of it
        if not is_common_word(name, 300) and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE for ch in name) \
                and not _is_gpe(name[1] + "县"):
            out.append(Candidate(m.start(1), m.end(), "GPE", "rule:place-county-town", 31))
    for start, end in named_after_known_place(_CORRIDOR_RE, text, _CORRIDOR_ANCHOR, 3, places):
        out.append(Candidate(start, end, "LOC", "rule:place-corridor", 31))
    for m in anchored_finditer(_MANCHURIA_RE, text, _MANCHURIA_ANCHOR, 1):
        out.append(Candidate(m.start(), m.end(), "LOC", "rule:place-manchuria-part", 30))
    for m in anchored_finditer(_AREA_RE, text, _AREA_ANCHOR, 2):
        name = m.group(1)
        if not is_common_word(name) and name[0] not in "东西南北中上下前后左右该此本敌我各全" :
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-before-area", 29))
    return out


def find_ordinal_villages(text: str) -> list[Candidate]:
    # a valley in 川 is the valley (LOC, as audit23 reads 顺头道川侦察前进), the rest the village (GPE)
    return [Candidate(m.start(), m.end(), "LOC" if m.group().endswith("川") else "GPE", "rule:place-ordinal-village", 41)
            for m in anchored_finditer(_ORDINAL_VILLAGE_RE, text, _ORDINAL_VILLAGE_ANCHOR, 1)]


# villages in a 、-list closed by a word of area: 顾高庄、严徐庄、横港桥地区
_VILLAGE_LIST_RE = re.compile(
    f"((?:[{_CJK}]{{2,3}}[庄村集镇寨桥堡铺店屯][、]){{1,6}}[{_CJK}]{{2,3}}[庄村集镇寨桥堡铺店屯])(?=地区|一带|等地|附近|之线|一线)")
_VILLAGE_LIST_ANCHOR = re.compile("[庄村集镇寨桥堡铺店屯]、")   # the first village's suffix and its 、 (2-3 after the start)


def find_village_lists(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_VILLAGE_LIST_RE, text, _VILLAGE_LIST_ANCHOR, 3):
        pos = m.start(1)
        items = m.group(1).split("、")
        while len(items[0]) > 3 and items[0][0] in "东西南北的在于至及和驻抵经攻围袭" \
                or len(items[0]) > 2 and items[0][0] in "之的在至":   # 进驻|顺河集、半塔集 (auditzh21)
            items[0], pos = items[0][1:], pos + 1       # 黄桥西北顾高庄, 以东之宋庄: the bearing or 之 before the first village
        if len(items[0]) > 2 and items[0][0] in "县乡区镇市省" and pos and text[pos - 1] in "本该全此邻各我其原":
            items[0], pos = items[0][1:], pos + 1       # 本县|石门镇, 该县|桃川镇: the county is the pronoun's (auditzh21)
        for item in items:
            # 王各庄, 李各庄: the 各 of a Hebei village name is no pronoun
            if not any(ch in NOT_IN_NAME for ch in item.replace("各庄", "庄")) and not is_common_word(item, 300):
                out.append(Candidate(pos, pos + len(item), "GPE", "rule:place-village-list", 33))
            pos += len(item) + 1
    return out


_ZH_DIGIT = "一二三四五六七八九十"

# an unfamiliar place where a force acts in a direction (在X方向, 尤其是X方向, 向X方向): a settlement, everywhere
_DIRECTION_RE = re.compile("方向")
_DIRECTION_BEFORE = ("在", "是", "向", "往", "朝", "从", "由")


def find_direction_places(text: str) -> list[Candidate]:
    places = known_places()
    found: set[str] = set()
    for m in _DIRECTION_RE.finditer(text):
        for size in (3, 2):
            start = m.start() - size
            if start < 1 or text[start - 1] not in _DIRECTION_BEFORE:
                continue
            name = text[start:m.start()]
            if stem_ok(name) and not _plain(name, 50) and name not in places \
                    and not any(ch in "东西南北中前后左右上下内外正侧" for ch in name[-1:] + name[:1]):
                found.add(name)
                break
    return everywhere(text, found, "rule:place-direction", 29, "GPE")


# North China villages named with a two-character suffix ending in 子 (X店子, X套子, X庄子, X营子) where the words
# before show a place (围歼X的, 进至…西南X以北): a settlement, everywhere in the text
_VILLAGE_ZI_RE = re.compile("(?:店|套|庄|屯|洼|营|坨|堡|峪|岗)子(?![弟孙女民们里上])")


def find_zi_villages(text: str) -> list[Candidate]:
    if "子" not in text:
        return []
    places = known_places()
    found: set[str] = set()
    for m in rare_finditer(_VILLAGE_ZI_RE, text):
        start = read_stem(text, m.start(), places, 2)
        if start is None:
            start = m.start() - 1 if m.start() >= 2 and opens_name(text, m.start() - 1, places) \
                and text[m.start() - 1] not in _NOT_IN_STEM and "\u4e00" <= text[m.start() - 1] <= "\u9fff" else None
        if start is None:
            continue
        name = text[start:m.end()]
        if not _plain(name, 20) and not _plain(text[start:m.start() + 1], 300):
            found.add(name)
    return everywhere(text, found, "rule:place-village-zi", 30, "GPE")
