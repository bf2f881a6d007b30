"""Villages and hills listed with one shared head, short names included (session 31, w31zhgeo: cross-set reading of
the GPE and LOC the rules found nothing of, audit sets 24-30 and real-dev9-zh).

Local histories, memoirs and battle narratives list the villages and hills of a place with the head written after
every member: `日军侵占甲庄、乙丙庄`, `第二纵队向甲圩、乙圩出击`, `土匪绕甲乙岭、丙家岭`, `连克甲乙营、丙丁营等据点`. No
gazetteer knows such small places, and the other finders leave them: a one-character name (甲庄, 甲圩) is too short
for the settlement frames, a name read from a stem that is an ordinary word or a function character (于庄) is
turned away, and the shared-head list finders read two- and three-character stems of 乡镇村庄屯堡寨集铺 only
(parallel_settlements_zh) or need a known hill (landform_frames_zh). The repeated head says what every member is.

`find_same_head_lists(text)` (working text, Simplified) reads runs of two or more members `stem + H` joined by 、 和 及
与, every member with the same head H:

- H a settlement word 庄 村 圩 营 寨 堡 屯 店 沟 坝 → GPE (a village: guideline table); H 山 or 岭 → LOC (a hill);
- a stem of one to three characters; the first member's start is read from the words before it: the shortest stem
  that opens after a clause mark, a verb or preposition of place (在 到 向 至 经 驻 住 绕 占 克 攻 …), 的/之, an
  address's township or county (镇 乡 县 区) or a bearing after a seat (城北, 以东); a first member with no such
  opening is left out (the run still counts it);
- the stems hold no numeral, pronoun, unit or function character (两营, 各村, 这个庄), except a one-character stem
  that is a surname (于庄: 于 is the family's name, the most common form of a North-China village name);
- a member is no ordinary word (高山, 大营, 军营, 山村) and the head closes its word (营长, 村民, 山区, 山门 go on);
- a run of two needs a cue before the first member or a closing word after the last (一带, 附近, 地区, 之间, 一线,
  等, 方向, 以东 …); a hill run of two with a two-character stem that opens with a surname needs the cue too (a
  run of given names in 山: 张宝山、李玉山 is people). A run of three or more is read on its own.

Members the place lexicons know are left to them. Priority 31 (above the gazetteer's 30; below the framed person
rules, units and organisations). Cost: one scan for the four joiners, a look at the character before each.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word, is_han, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:place-same-head-list", 31
_SETTLEMENT_HEADS = frozenset("庄村圩营寨堡屯店沟坝")
_HILL_HEADS = frozenset("山岭")
_HEADS = _SETTLEMENT_HEADS | _HILL_HEADS
_JOINER_RE = re.compile("[、和及与]")
_STOP = frozenset("的了是和与及同或并即在于到至向从由经沿往对把被将为有这那每各本该全邻此其某个两一二三四五六七八九十百千万"
                  "几多数第等军师团旅营连排队部兵敌我你他她它们上下里内中外山岭庄村")
_MARKS = frozenset("，,。；;：:、（）()“”\"「」『』\n 　")
# the last character of a verb or preposition of place right before the first member
_CUE_CHARS = frozenset("在于至到向从经往抵驻住绕过越占克攻奔入进逼围守达陷据")
_SEATS = frozenset("城县村镇乡以之的")
_BEARINGS = frozenset("东西南北")
_ADDRESS = frozenset("镇乡县区")
_CLOSERS = ("一带", "附近", "地区", "之间", "一线", "等", "方向", "以东", "以西", "以南", "以北", "诸", "各", "两")
# characters after the head that leave the name closed even where jieba joins them (山上, 村前)
_AFTER_OK = frozenset("上下的之以一两沿与和及等附中内外里时方地前后东西南北")


def _stem_ok(stem: str, head: str) -> bool:
    if not all(is_han(ch) for ch in stem):
        return False
    if len(stem) == 1 and stem in surnames()[0]:
        return stem not in "一二三四五六七八九十"
    return not any(ch in _STOP for ch in stem)


def _member_ok(text: str, start: int, end: int) -> bool:
    """`text[start:end]` (stem + head) is no ordinary word and the head closes it."""
    name = text[start:end]
    if is_common_word(name, proper=()) or (len(name) >= 3 and is_common_word(name[-2:], 20, proper=())):
        return False
    if end < len(text) and is_han(text[end]) and text[end] not in _AFTER_OK and is_common_word(text[end - 1:end + 1], proper=()):
        return False
    return True


def _opening(text: str, at: int, settlement: bool) -> str | None:
    """What opens a name at `at`: 'mark', 'cue' or None."""
    if at == 0 or text[at - 1] in _MARKS:
        return "mark"
    before = text[at - 1]
    if before in _CUE_CHARS:
        return "cue"
    if before in _BEARINGS and at >= 2 and text[at - 2] in _SEATS:
        return "cue"
    if before in "的之":
        return "mark"
    if settlement and before in _ADDRESS and at >= 2 and is_han(text[at - 2]):
        return "cue"
    return None


def _first_member(text: str, head_at: int) -> tuple[int, str] | None:
    settlement = text[head_at] in _SETTLEMENT_HEADS
    for size in (1, 2, 3):
        start = head_at - size
        if start < 0:
            return None
        opening = _opening(text, start, settlement)
        if opening is None:
            continue
        if _stem_ok(text[start:head_at], text[head_at]) and _member_ok(text, start, head_at + 1):
            return start, opening
        return None
    return None


def _next_member(text: str, at: int, head: str) -> int | None:
    """The end of a member `stem + head` starting at `at`, else None."""
    for size in (1, 2, 3):
        end = at + size
        if end >= len(text) or not is_han(text[end - 1]):
            return None
        if text[end] == head:
            if _stem_ok(text[at:end], head) and _member_ok(text, at, end + 1):
                return end + 1
            return None
    return None


def find_same_head_lists(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    done = -1
    for m in _JOINER_RE.finditer(text):
        j = m.start()
        if j <= done or j < 2 or text[j - 1] not in _HEADS:
            continue
        head = text[j - 1]
        ends = []
        at = j
        while at < len(text) and text[at] in "、和及与":
            end = _next_member(text, at + 1, head)
            if end is None:
                break
            ends.append((at + 1, end))
            at = end
        if not ends:
            continue
        done = ends[-1][1]
        first = _first_member(text, j - 1)
        members = ([(first[0], j)] if first else []) + ends
        count = len(ends) + 1
        closed = text.startswith(_CLOSERS, ends[-1][1])
        cued = first is not None and first[1] == "cue"
        if count == 2 and not (cued or closed):
            continue
        if count == 2 and head in _HILL_HEADS and not cued:
            if any(e - s == 3 and text[s] in surnames()[0] for s, e in members):
                continue
        label = "LOC" if head in _HILL_HEADS else "GPE"
        lexicon = place_lexicon()
        out += [Candidate(s, e, label, SOURCE, PRIORITY) for s, e in members if text[s:e] not in lexicon]
    return out
