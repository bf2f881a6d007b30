"""Structures listed beside a chosen structure: the unfamiliar members of a list, each written with its own structure
head, next to a FAC the reconcile stage kept, are FAC (session 33, w33zhfac: cross-set reading of the development
sets' missed facilities).

Local histories, strike chronicles and heritage pages list the factories, streets, temples, forts and camps of a
place one after another, each with its own head (`甲乙工厂、丙丁工厂、戊己面粉厂`, `某后街、甲乙弄、丙丁坊`, `高寺、
某家寺、大佛寺`, `甲乙邨、丙丁邨及某公园`). The finders read the members a lexicon, a place or a frame vouches for and
miss the bare ones beside them, although the list says what they are: the golds of seven development sets read such
members FAC (audit23 factories, forts and camps, audit25 temples, audit28 lanes, audit30 docks, real-dev7 forts,
heldout3 lanes, real-heldout2 guild halls), none otherwise (contract: FAC "a man-made structure"; guideline 4 read
for structures: an item with its own head is its own span). Supporting pages beyond the sets: city and county
histories listing a town's factories (`…等工厂`), streets bombed (`都邮街、小梁子、夫子池`), temples of a county.

`complete_structure_lists(text, chosen)` (working text, Simplified; `chosen` sorted, non-overlapping) returns the
chosen spans with the new FAC members added, where

- a member is joined to a chosen FAC (or to a member already added) by 、, or by 和/及/与 as the last of the list; a
  list read rightwards starts from a chosen FAC opened by a mark, a function word or a join (not a cut name whose
  first character the finder left out, `同|济学校工厂`);
- the member is 2-8 Han characters between that mark and the next mark or clause edge, with no function word, pronoun,
  numeral word or verb edge inside, no position word it runs back over (`某城内外|高寺`), and ends in a structure head
  (factories and docks; streets and lanes; temples and halls; forts, gates and camps);
- it is no kind word (`面粉厂`, `工厂`, `炮台` alone: a word jieba knows that is no name) and its stem is no bearing alone
  (`南、北炮台` is left to the side-fort readings);
- a chosen span inside the member is a place (GPE/LOC: the place inside a longer FAC name belongs to it, guideline 6,
  `西北|化学制药厂` → one FAC); a member another label owns whole is left, and a chosen FAC ending where the member
  ends is the member (`我军冲过|某庙`: the list ends there, its verb is no part of a name).

Cost: one pass over the chosen FAC spans; texts without a chosen FAC next to a list mark return at once.
"""

from __future__ import annotations

from pipeline.rules.names_common import is_common_word, word_info
from pipeline.spans import Candidate

SOURCE = "rule:chosen-structure-list"
PRIORITY = 40

# structure heads (by kind: factories and docks; streets and lanes; temples and halls; forts, gates and camps)
_FAMILIES = (
    ("工厂", "纱厂", "电厂", "船厂", "铁厂", "厂", "船坞", "坞", "油栈", "栈", "仓库", "码头"),
    ("街", "路", "巷", "弄", "坊", "胡同", "邨"),
    ("寺", "庙", "祠", "庵", "观", "宫", "殿", "会馆", "书院", "教堂", "天主堂", "礼拜堂", "福音堂", "祠堂"),
    ("炮台", "要塞", "城门", "门", "集中营", "战俘营", "营房", "兵营", "监狱", "公园", "机场", "车站"),
)
_HEAD_FAMILY = {head: i for i, heads in enumerate(_FAMILIES) for head in heads}
_HEADS_LONGEST = sorted(_HEAD_FAMILY, key=len, reverse=True)
# a mark that joins list members
_JOINS = frozenset("、和及与")
# never inside a member: function words, pronouns, counting words, verbs of place
_STOP = frozenset("的了是在于和与及等被把对向从由到至往为个这那其此该各每本几就都也又还有即称名约共计")
# position words a member never runs back over (某城内外|高寺): the place before is no part of it
_POSITION = frozenset("内外里近")
_BEARINGS = frozenset("东西南北中上下前后左右")
_MAX = 8


def _head_of(name: str) -> str | None:
    for head in _HEADS_LONGEST:
        if name.endswith(head):
            return head
    return None


def _is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _member_after(text: str, pos: int) -> tuple[int, int] | None:
    """The member written from `pos` (right after a join) to the next mark or clause edge."""
    end = pos
    while end < len(text) and end - pos <= _MAX and _is_han(text[end]) and text[end] not in "、和及与等":
        end += 1
    if end == pos or end - pos > _MAX:
        return None
    return pos, end


def _member_before(text: str, pos: int) -> tuple[int, int] | None:
    """The member written before `pos` (a join) back to the previous mark, clause edge or function word."""
    start = pos
    while start > 0 and pos - start <= _MAX and _is_han(text[start - 1]) and text[start - 1] not in _STOP \
            and text[start - 1] not in _JOINS and text[start - 1] not in _POSITION:
        start -= 1
    if start == pos or pos - start > _MAX:
        return None
    return start, pos


def _member_ok(text: str, start: int, end: int) -> bool:
    name = text[start:end]
    head = _head_of(name)
    if head is None or len(name) - len(head) < 1:
        return False
    stem = name[:-len(head)]
    if any(ch in _STOP or not _is_han(ch) for ch in name) or set(stem) <= _BEARINGS:
        return False
    if is_common_word(name, 3, ("ns", "nr", "nz")):
        return False          # 面粉厂, 大街, 城门: a kind of structure, no name
    opening = word_info().get(stem[:2])
    if len(stem) > 2 and opening and opening[1][:1] in ("s", "f") and opening[0] >= 50:
        return False          # 山边|边防炮台, 城外|某庙: a word of place opens a description, no name
    return True


def _covered_ok(chosen: list[Candidate], start: int, end: int) -> list[Candidate] | None:
    """The chosen spans the member replaces, or None where one may not be replaced."""
    inside = [c for c in chosen if c.start < end and c.end > start]
    for c in inside:
        if c.start < start or c.end > end:
            return None
        if c.label in ("GPE", "LOC"):
            continue
        return None
    return inside


def _take(text: str, chosen: list[Candidate], added: list[Candidate], replaced: set[int], start: int, end: int) -> bool:
    """Add the member start:end as a FAC (and mark the chosen spans it covers as replaced) if it is one; False ends
    the list."""
    if not _member_ok(text, start, end):
        return False
    inside = _covered_ok(chosen, start, end)
    if inside is None or any(a.start < end and a.end > start for a in added):
        return False
    replaced.update(id(c) for c in inside)
    added.append(Candidate(start, end, "FAC", SOURCE, PRIORITY))
    return True


def complete_structure_lists(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """`chosen` with the unfamiliar structures listed beside a chosen FAC added as FAC (see the module docstring)."""
    anchors = [c for c in chosen if c.label == "FAC"
               and (c.end < len(text) and text[c.end] in _JOINS or c.start > 0 and text[c.start - 1] in _JOINS)]
    if not anchors:
        return chosen
    added: list[Candidate] = []
    replaced: set[int] = set()
    for anchor in anchors:
        # rightwards: 、X、Y 和 Z, from an anchor whose own start is clean (not a cut name: 同|济学校工厂)
        pos = anchor.end
        before = text[anchor.start - 1] if anchor.start > 0 else "\n"
        clean = not _is_han(before) or before in _STOP or before in _JOINS
        while clean and pos < len(text) and text[pos] in _JOINS:
            member = _member_after(text, pos + 1)
            if member is None:
                break
            start, end = member
            taken = [c for c in chosen if c.start == start and (c.end == end or c.label == "FAC" and c.end < end)]
            if taken:
                if taken[0].label != "FAC":
                    break
                pos = taken[0].end
                continue
            if not _take(text, chosen, added, replaced, start, end):
                break
            pos = end
        # leftwards: X、Y、anchor
        pos = anchor.start
        while pos > 0 and text[pos - 1] in _JOINS:
            member = _member_before(text, pos - 1)
            if member is None:
                break
            start, end = member
            taken = [c for c in chosen if c.end == end and (c.start == start or c.label == "FAC" and c.start > start)]
            if taken:
                if taken[0].label != "FAC" or taken[0].start != start and text[taken[0].start - 1] not in _JOINS:
                    break                              # 我军冲过|某庙: the chosen name, after a verb, ends the list
                pos = taken[0].start
                continue
            if not _take(text, chosen, added, replaced, start, end):
                break
            pos = start
    if not added:
        return chosen
    kept = [c for c in chosen if id(c) not in replaced]
    return sorted(kept + added, key=lambda c: c.start)
