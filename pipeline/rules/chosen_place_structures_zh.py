"""A chosen place written right before a structure head is the structure's name: one FAC (session 34, w34zhlabel:
cross-set reading of the development sets' place-label confusions).

Guideline 6: "A place inside a longer FAC name belongs to the FAC: `柳州飞机场` is one FAC." The structure finder
(facilities.py) reads that where its own walk vouches for the name, but a place another finder read — a village in
庄/河 (`某家庄|总堂`, `某庄|巷`), a town (`某秋|运河`), a city it left for a stricter head (`某城|游艺园`, `某隆|煤矿`,
`某州|西门`, `某州城|西城墙`), a county (`某新|学舍`), a renamed post town (`某东|驿`) — stayed a GPE and the head
went untagged. The golds of seven development sets by different annotators read such names as one FAC (audit22 驿,
audit23 步道, audit24 学舍 and 运河, audit25 教堂 and 总堂, real-dev2 巷, real-dev3 游艺园, real-heldout2 a listed 机场), as
they read the finder's `某州机场`, `某阴要塞`, `某陉煤矿`, `某京城墙` in more sets. Some golds keep the place alone before a
head the finder already joins (real-dev2 `某州|西门`, real-dev7 `某隆|煤矿`, audit30 `长江|要塞`, audit25 a list before
教堂): a minority the contract's example (`柳州飞机场`) overrules; this pass changes none of them. Places listed with 、
before one shared head are one FAC with it (guideline 4 read for structures, as the golds read listed railways, forts
and airfields in six sets: audit29, audit30, real-dev3, real-dev6, real-dev7, real-heldout2; audit25 against). Pages
beyond the sets write the same shape: county histories of missions (`某县某庄教堂`), histories of the occupied
collieries (`甲、乙煤矿`), city histories of lanes and bridges (`某县城某巷`, `某市某大桥`).

`join_place_structures(text, chosen)` (working text, Simplified; `chosen` sorted, non-overlapping) returns the chosen
spans where a chosen GPE/LOC followed at once by a head of STRUCTURE_HEADS (nothing chosen over the head, or only a
FAC that is the head alone) becomes one FAC over place and head, unless

- the place is a country or province (`日本|大桥监狱`: the finder's reading, a country's structures in general);
- place and head together are a known place (`龙泉驿`: a district), or the head opens a settlement or road name
  (`…门镇`, `…公园路`), or makes another word (`巷战`, `门户`, `驿道`);
and a chosen FAC that lists places with 、 (`乙、丙机场`) takes the chosen places listed before it the same way.

Not for 据点 (the sets disagree: `某城据点`, `某桥据点` GPE alone in two sets, `某山据点` one FAC in another), 街 (a
market town in 街 is a GPE in eight sets), nor one-character temple and bridge heads (寺, 庙, 桥: towns are named so).
Cost: one pass over the chosen spans, a set lookup of the character after each place.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.spans import Candidate

SOURCE = "rule:chosen-place-structure"

# structure heads that follow a place name as the structure's own name (simplified working text), longest first
STRUCTURE_HEADS = tuple(sorted((
    "巷", "胡同", "步道", "运河", "教堂", "天主堂", "礼拜堂", "福音堂", "总堂", "驿", "驿站", "游艺园", "公园", "学舍",
    "会馆", "煤矿", "铁矿", "金矿", "城墙", "古城墙", "东城墙", "西城墙", "南城墙", "北城墙", "东城门", "西城门",
    "南城门", "北城门", "东门", "西门", "南门", "北门", "码头", "车站", "火车站", "机场", "飞机场", "要塞", "炮台",
    "兵工厂", "监狱", "集中营", "纪念馆", "纪念碑", "陵园", "烈士陵园", "大桥", "铁桥",
), key=len, reverse=True))
_FIRST = frozenset(h[0] for h in STRUCTURE_HEADS)
# after the head: a settlement, district or road name the head opens (…门镇, …公园路, …车站街)
_NAME_GOES_ON = frozenset("镇村乡区县市庄屯寨街路道里坊")
# after a one-character head: the word it makes (巷战, 门户, 门下, 门生, 驿道)
_WORD_AFTER = {"巷": frozenset("战子尾"), "门": frozenset("户下生徒人口"), "驿": frozenset("道路马丞")}
_PLACE_LABELS = ("GPE", "LOC")
_MAX_LISTED = 6


def _head_at(text: str, pos: int) -> str | None:
    if pos >= len(text) or text[pos] not in _FIRST:
        return None
    for head in STRUCTURE_HEADS:
        if text.startswith(head, pos):
            return head
    return None


def _head_ok(text: str, head: str, end: int) -> bool:
    after = text[end:end + 1]
    if after and after in _NAME_GOES_ON:
        return False
    return not (after and after in _WORD_AFTER.get(head[-1], ()))


def join_place_structures(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each place + structure head joined into one FAC (with the places listed before it)."""
    if not chosen:
        return chosen
    from pipeline.rules.name_walk import big_places
    from pipeline.rules.names import known_places

    by_start = {c.start: i for i, c in enumerate(chosen)}
    by_end = {c.end: i for i, c in enumerate(chosen)}
    drop: set[int] = set()
    new: dict[int, Candidate] = {}
    for i, cand in enumerate(chosen):
        if i in drop:
            continue
        if cand.label in _PLACE_LABELS:
            head = _head_at(text, cand.end)
            if head is None:
                continue
            end = cand.end + len(head)
            if not _head_ok(text, head, end):
                continue
            j = by_start.get(cand.end)
            if j is not None and not (chosen[j].label == "FAC" and chosen[j].end == end):
                continue   # another span takes the head's characters
            if j is None and i + 1 < len(chosen) and chosen[i + 1].start < end:
                continue
            name = text[cand.start:cand.end]
            if name in big_places() or text[cand.start:end] in known_places():
                continue
            if name.endswith("县") and head[0] == "城":
                continue   # 某县|城墙 is 某县城 (the seat) + 墙: the county stays alone, as the county-seat forms read it
            if j is not None:
                drop.add(j)
            start = cand.start
        elif cand.label == "FAC" and "、" in text[cand.start:cand.end]:
            start, end = cand.start, cand.end     # a listed structure the finder read from a later member
        else:
            continue
        listed = 0
        while listed < _MAX_LISTED and start > 1 and text[start - 1] == "、":
            k = by_end.get(start - 1)
            if k is None or chosen[k].label not in _PLACE_LABELS or k in drop:
                break
            drop.add(k)
            start = chosen[k].start
            listed += 1
        if cand.label == "FAC" and start == cand.start:
            continue
        drop.add(i)
        new[i] = replace(cand, start=start, end=end, label="FAC", source=SOURCE, norm={})
    if not new:
        return chosen
    out = [c for k, c in enumerate(chosen) if k not in drop]
    out.extend(new.values())
    out.sort(key=lambda c: c.start)
    return out
