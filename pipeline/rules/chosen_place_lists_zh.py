"""The unfamiliar members of a 、-list whose other members the reconcile stage chose as places (GPE; session 33,
w33zhgpe: cross-set reading of the development sets' missed settlements).

Chinese narrative names the villages, market towns and counties a force passed, took or held as a 、-list
(`攻克甲乙、丙丁、戊己。`, `向甲沟、乙沟、某垛方向搜索`, `分向某村、甲乙方面撤退`, `连克某村、甲乙等墟`, `甲乙、丙丁两仗`).
The finders read each member alone, so the members a gazetteer or a settlement word vouches for are found and the
bare ones beside them are not, although the list says what they are: items coordinated with a place are places of
the same kind (the development golds of twelve sets read such members GPE, none otherwise). The list is read after the reconcile
stage, from the spans it kept, so any finder's place vouches for it: `complete_place_lists(text, chosen)` (working
text, Simplified; `chosen` sorted, non-overlapping) returns the new GPE (LOC for a landform head) spans where

- the items are separated by 、 (the last may be joined by 和/及/与); an item between two marks is 2-4 Han characters;
  the first item is a chosen span ending at the first mark, or 2-3 characters after a clause mark or a verb or
  preposition of place (攻克, 经过, 向, 在 …); the last is a chosen span or 2-3 characters before a clause mark or a
  word that closes a list of places (等, 一带, 地区, 一线, 方向, 方面, 之间, 附近, 各, a count of towns or fights: 两仗,
  三城);
- at least one item is a chosen GPE or LOC (五华顶、甲乙、丙丁等既设阵地) and every chosen item is a GPE, LOC or FAC (the strongpoints of a front list towns,
  hills and bridges together: 甲湾、某山、乙桥、某镇; a list holding a person, a unit or a date is no list of places);
- every unchosen item is a name: Han characters only, no function, pronoun, numeral-word or unit character, no word
  jieba knows that is no name and no frequent word inside, and no chosen span overlaps it (an item that fails is left;
  where most fail, the list is no list of places and nothing is proposed from it);
- the list does not name the places of events or people (`甲、乙、丙等战役`, `甲、乙人`).

Session 34 (w34zhgpe, cross-set reading: lists of villages with no chosen member missed in five development sets): a
list NONE of whose members was chosen is read by its frame alone where most members (two at least) are names, no member
reads as a person's name (name_likeness), it has three members or a word of an area after the last (一带, 一线, 等处,
方向, 两区 …), and it opens after a verb of taking or passing (攻占, 经过, 途经, 退守, 进犯 …), after a county, town or
township and 的 (`某县的甲乙、丙丁、戊己到达`), or after a preposition of place (向 在 至 由 从 沿 驻) where a word of an
area closes it (`向甲沟、乙沟、丙垛方向`); not where the cue's last character and the first member's first make a word
(`到|达大、…`). A framed list's members are GPE (a 岗 or 坳 name is a village there; mountains, rivers and lakes LOC);
a gate (门) among them is left to the structure finders. The last member may have four characters (`…、甲乙丙丁，`),
and a count of districts closes a list (`甲乙、丙丁两区`).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.person_likeness import name_likeness
from pipeline.spans import Candidate

SOURCE = "rule:chosen-place-list"
PRIORITY = 30
_HAN = re.compile("[\u4e00-\u9fff]+")
# function words, pronouns, counting words, units and army words that no bare village name holds
_STOP = frozenset("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本几多少们我你他她它军敌队兵部师团旅营连"
                  "日月年时天机舰炮弹阵区县省市线路辖")
# a clause mark or the start of a line before the first item
_BOUNDARY = frozenset("，。；：！？、\n（）“”「」 ")
# verbs and prepositions of place or movement written right before a list of places
_CUES = tuple(sorted(set("攻克 攻占 攻陷 占领 进占 收复 克复 连克 连下 夺取 袭击 进攻 经过 途经 路过 经 向 在 于 至 到 由 从 "
                         "自 抵 达 抵达 到达 进抵 进驻 分驻 驻 退至 撤至 退守 转移到 包括 的 之".split()),
                     key=len, reverse=True))
# what closes a list of places after its last item
_CLOSE_RE = re.compile("[，。；：！？\n（）]|等|一带|地区|一线|方向|方面|之间|间|附近|各|之线|诸|到达|抵达"
                       "|[两二三四五六七八九十][城地处村县镇乡仗区]")
# the list names the places of an event or the people of them, not the places (孟良崮、济南、淮海等战役; 甲、乙人)
_NOT_PLACE_AFTER = re.compile("(?:等|诸)?(?:战役|会战|战斗|之战|大捷|惨案|事变|起义|暴动|人|籍)")
_PLACE_LABELS = ("GPE", "LOC", "FAC")
_LANDFORM_END = frozenset("山岭峰岗河江溪湖坳岛洲水")


def _name_ok(name: str) -> bool:
    if not _HAN.fullmatch(name) or any(ch in _STOP for ch in name) or name in place_lexicon():
        return False
    info = word_info()
    entry = info.get(name)
    if entry and (entry[0] >= 3 and not entry[1].startswith(("ns", "nr")) or entry[0] >= 500):
        return False    # 工厂, 政府; a frequent word jieba tags ns
    for k in range(len(name) - 1):
        freq, pos = info.get(name[k:k + 2], (0, ""))
        if freq >= 50 and not pos.startswith(("ns", "nr")):
            return False    # a word inside (贫苦, 大队)
    return True


def _first_item(text: str, mark: int, by_end: dict) -> tuple[int, int, str | None] | None:
    chosen = by_end.get(mark)
    if chosen is not None:
        return chosen.start, mark, chosen.label
    for width in (2, 3):
        start = mark - width
        if start < 1 or not _HAN.fullmatch(text[start:mark]):
            return None
        if text[start - 1] in _BOUNDARY or text.endswith(_CUES, 0, start) or text.endswith(_TAKING_VERBS, 0, start):
            return start, mark, None
    return None


def _last_item(text: str, mark: int, by_start: dict) -> tuple[int, int, str | None] | None:
    chosen = by_start.get(mark + 1)
    if chosen is not None:
        return chosen.start, chosen.end, chosen.label
    for width in (2, 3, 4):     # four: a transliterated or long village name closing the list (喀纳沙尔; session 34)
        end = mark + 1 + width
        if end > len(text) or not _HAN.fullmatch(text[mark + 1:end]):
            return None
        if end == len(text) or _CLOSE_RE.match(text, end) and text[end] != "、":
            return mark + 1, end, None
    return None


def complete_place_lists(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """New GPE/LOC spans of the unchosen members of lists of chosen places (see the module doc)."""
    if "、" not in text:
        return []
    by_end = {c.end: c for c in chosen}
    by_start = {c.start: c for c in chosen}
    taken = bytearray(len(text) + 1)
    for c in chosen:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    out: list[Candidate] = []
    mark = text.find("、")
    while mark != -1:
        marks = [mark]
        while True:     # the marks of one list: items of 2-4 characters (or a chosen span) between them
            here = marks[-1]
            span = by_start.get(here + 1)
            nxt = span.end if span is not None and text.startswith("、", span.end) else -1
            if nxt == -1:
                for width in (2, 3, 4):
                    if text.startswith("、", here + 1 + width) and _HAN.fullmatch(text[here + 1:here + 1 + width]):
                        nxt = here + 1 + width
                        break
            if nxt == -1:
                break
            marks.append(nxt)
        following = text.find("、", marks[-1] + 1)
        items = _items(text, marks, by_start, by_end)
        if items:
            out += _members(text, items, taken)
        mark = following
    return out


def _items(text: str, marks: list[int], by_start: dict, by_end: dict) -> list[tuple[int, int, str | None]] | None:
    first = _first_item(text, marks[0], by_end)
    if first is None:
        return None
    items = [first]
    for here, nxt in zip(marks, marks[1:]):
        span = by_start.get(here + 1)
        items.append((here + 1, nxt, span.label if span is not None and span.end == nxt else None))
    last = _last_item(text, marks[-1], by_start)
    if last is None:
        return None
    items.append(last)
    if text[last[1]:last[1] + 1] in ("和", "及", "与"):
        joined = _last_item(text, last[1], by_start)
        if joined is not None:
            items.append(joined)
    if _NOT_PLACE_AFTER.match(text, items[-1][1]):
        return None
    return items


def _members(text: str, items: list[tuple[int, int, str | None]], taken: bytearray) -> list[Candidate]:
    labels = [label for _, _, label in items if label]
    fresh = [(start, end) for start, end, label in items if label is None]
    named = [(start, end) for start, end in fresh if taken.find(1, start, end) == -1 and _name_ok(text[start:end])]
    if not labels:
        if not _framed_list(text, items, fresh, named):
            return []   # no chosen place and no frame of places: no list read (session 34, w34zhgpe)
    elif not ("GPE" in labels or "LOC" in labels) or any(label not in _PLACE_LABELS for label in labels):
        return []
    if 2 * len(named) < len(fresh):
        return []       # most unchosen items are ordinary words or parts of chosen spans: no list of places
    landforms = _LANDFORM_END if labels else _FRAMED_LANDFORM_END
    return [Candidate(start, end, "LOC" if text[end - 1] in landforms else "GPE", SOURCE, PRIORITY, {"id": None})
            for start, end in named if not (not labels and text[end - 1] in _GATE_END)]


# Session 34 (w34zhgpe): a list none of whose members was chosen, in a frame that says its members are places.
# A verb of taking or passing right before the first member (攻占甲乙、丙丁、戊己，; 经过某县的甲乙、丙丁、戊己到达),
# or a county, town or township and 的 (紫云县的甲乙、丙丁、戊己); a weaker preposition of place (向 在 至 到 由 从 沿 驻)
# only where a word of an area or a line closes the list (向甲沟、乙沟、丙垛方向, 在甲乙、丙丁一带).
_TAKING_VERBS = tuple(sorted(set("攻克 攻占 攻陷 占领 进占 收复 克复 连克 连下 经过 途经 路过 抵达 到达 进抵 进驻 分驻 退至 撤至 "
                                 "退守 转移到 窜扰 窜犯 袭扰 进犯 北犯 南犯 东犯 西犯 攻破 夺取".split()),
                             key=len, reverse=True))
_WEAK_PREPOSITIONS = frozenset("向在至到由从沿驻於于")
_AREA_CLOSE_RE = re.compile("等处|等地|等村|一带|一线|地区|方向|之间|附近|之线|[两二三四五六七八九十][处地村镇乡寨庄]")
_SEAT_BEFORE_OF = frozenset("县镇乡区州")
# in a framed list of villages a 岗, 坳, 洲 or 水 name is a village (麦岗); mountains, rivers and lakes stay LOC
_FRAMED_LANDFORM_END = frozenset("山岭峰河江溪湖岛")
_GATE_END = frozenset("门門")   # 小吴门: a town gate (FAC) among the places of a framed list, left to the structure finders
# a member at or above this surname + given-name likeness reads as a person: the list is no list of places
_PERSON_LIKENESS = 6.0


def _framed_list(text: str, items: list[tuple[int, int, str | None]],
                 fresh: list[tuple[int, int]], named: list[tuple[int, int]]) -> bool:
    """An unchosen list read as places by its frame alone: two members or more names and most of them, three members
    or a word of an area after the last, opened by a verb of taking or passing, a seat + 的, or a preposition of place
    before a word of an area; no member that reads as a person's name (张三、李四 are two men)."""
    if len(named) < 2 or 2 * len(named) < len(fresh):
        return False
    first, last = items[0][0], items[-1][1]
    area_close = bool(_AREA_CLOSE_RE.match(text, last))
    if len(items) < 3 and not area_close:
        return False
    before = text[max(0, first - 3):first]
    if first and is_common_word(text[first - 1:first + 1], 100):
        return False    # 到|达大、小流坑: the cue's character and the first member's make a word, the members are misread
    if before.endswith(_TAKING_VERBS):
        opened = True
    elif before[-1:] == "的" and len(before) >= 2 and before[-2] in _SEAT_BEFORE_OF:
        opened = True
    else:
        opened = before[-1:] in _WEAK_PREPOSITIONS and area_close
    if not opened:
        return False
    return not any(name_likeness(text, s, e, 1) >= _PERSON_LIKENESS for s, e in named)


# --------------------------------------------------------------------------- persons read inside lists of places
# Session 34 (w34zhlabel, cross-set reading of the place-label confusions): a list item a person reader took (an
# unfamiliar town or hill whose characters look like a name: `古田、某陽两处要地`, `虹口、某树浦`, `某坛山、某台山及…`) is a
# place when it is a whole item and the item beside it across 、 is a whole chosen place: the golds of two fitted sets
# read each such item as the place (audit25 twice, heldout; none reads it a person); the audits' pooled held-out
# passages gained three (measured as a total only), while a person after a place in a list of commanders
# (`江苏某某、浙江某某`) is no whole item and stays, nor does a person beside a place read inside a person's name
# (`牛|某德、柴某廷`: a surname before the place).
_ITEM_START_AFTER = frozenset("、，。；：！？\n（“「 ")


def _whole_item_end(text: str, end: int) -> bool:
    return end == len(text) or text[end] in "、和及与" or bool(_CLOSE_RE.match(text, end))


def _surname_before(text: str, start: int) -> bool:
    """A surname right before a place item: the place is the given name of a person (牛|某德、柴某廷)."""
    from pipeline.rules.person_name_ends import surname_at

    return start > 0 and text[start - 1] not in _ITEM_START_AFTER and surname_at(text, start - 1) == 1


def relabel_listed_persons(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen spans, each PERSON that is a whole item of a 、-list beside a whole chosen place made a place."""
    if "、" not in text:
        return chosen
    from dataclasses import replace
    from pipeline.rules.names_common import person_forms

    by_end = {c.end: c for c in chosen}
    by_start = {c.start: c for c in chosen}
    out = chosen
    for k, cand in enumerate(chosen):
        if cand.label != "PERSON" or not 2 <= cand.end - cand.start <= 4:
            continue
        start, end = cand.start, cand.end
        if not (start == 0 or text[start - 1] in _ITEM_START_AFTER or text.endswith(_CUES, 0, start)):
            continue
        if not _whole_item_end(text, end) or _NOT_PLACE_AFTER.match(text, end):
            continue
        left = by_end.get(start - 1) if start > 0 and text[start - 1] == "、" else None
        right = by_start.get(end + 1) if text.startswith("、", end) else None
        beside = (left is not None and left.label in ("GPE", "LOC") and not _surname_before(text, left.start)
                  or right is not None and right.label in ("GPE", "LOC") and _whole_item_end(text, right.end))
        if not beside or text[start:end] in person_forms():
            continue
        if out is chosen:
            out = list(chosen)
        out[k] = replace(cand, label="LOC" if text[end - 1] in _LANDFORM_END else "GPE", source=SOURCE)
    return out
