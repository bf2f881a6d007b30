"""Names listed before 等 (PERSON): 纠集甲、乙等数十名土匪; 如甲、乙、丙、丁等股匪 — memoirs and chronicles list people so.

A run of two or more items joined by 、 and closed by 等 is a list of names when every item reads as one by its form:
2-3 Chinese characters starting with a known single-character surname (person_name_ends.surname_at), no stop
character of the person reader after it (长, 部, 军 …: no post, no unit), no place head last (庄, 村, 山, 县 …:
高桥、王庄等村 stays out), no ordinary word (is_common_word) and no known place as a whole — a place inside is no
objection (a given name 柏林 in 邓柏林 is read as the city otherwise). The first item has no mark before it: three
characters unless the first is a function word (他和|李四、王五等), else two after a clause mark. One item that is
no name leaves the whole list out. Priority 33 outranks a gazetteer reading inside an item.
Cost: str.find of 等; a few look-ups where a 、 stands 3-4 characters before it.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.narrative_names_zh import NOT_START
from pipeline.rules.person_name_ends import STOP_CHARS, surname_at
from pipeline.rules.person_rolls_zh import stop_given_end
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-list-item", 33
_ITEM_END = set("、等和及与，,。；;）)")
_PLACE_ENDS = set("岭渡甸桥庵圩坳湾塘港沟坡岗洼峪寨堡屯铺集坪庄村镇店坝滩嘴垭冲岙埠墩圪畈岔汊矶山河湖江州县城乡区")
_ITEM_START = set("、，,。；;：:（(\n \u3000")


def _item_ok(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    return (2 <= len(name) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in name)
            and (not any(ch in STOP_CHARS for ch in name[1:]) or stop_given_end(text, start) == end)
            and surname_at(text, start) == 1 and name[-1] not in _PLACE_ENDS
            and not is_common_word(name, 20) and name not in known_places())


def list_before(text: str, at: int) -> list[tuple[int, int]]:
    """The items of a 、-list ending right before `at` (the 等 after it), first to last; [] if any is no name."""
    items: list[tuple[int, int]] = []
    stop = at
    while True:
        mark = text.rfind("、", max(0, stop - 4), stop)
        if mark == -1:
            break
        if not _item_ok(text, mark + 1, stop):
            return []
        items.append((mark + 1, stop))
        stop = mark
    if not items:
        return []
    for size in (3, 2):                       # the first item: no mark before it
        first = stop - size
        if first < 0 or (size == 2 and first > 0 and text[first - 1] not in _ITEM_START):
            continue
        if size == 3 and text[first] in NOT_START:
            continue                          # 他和|李四、王五等: a function word, no surname
        if _item_ok(text, first, stop):
            items.append((first, stop))
            return items[::-1]
    return []


def find_list_persons(text: str, found: list[Candidate]) -> list[Candidate]:
    """PERSON candidates of names listed with 、 before 等 (see the module doc)."""
    if "、" not in text or "等" not in text:
        return []
    out: list[Candidate] = []
    for at in literal_positions(text, "等"):
        if at < 5 or text[at - 3] != "、" and text[at - 4] != "、":
            continue
        for start, end in list_before(text, at):
            out.append(Candidate(start, end, "PERSON", SOURCE, PRIORITY))
    return out
