"""Written-Chinese MIL_UNIT classes (part of pipeline.rules.written_zh `find_written`): two designations with
the same echelon written one after the other (第十一师团第十三师团, 直军奉军): each its own span — a parent never
has its child's echelon (rule 4); a detachment named after its commander (泽支队, 国崎支队); a force sent to a
region with its parent and HQ (关东军察哈尔派遣兵团, 华中派遣军司令部).

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.normalize.units import HQ
from pipeline.rules.names_common import is_common_word, known_places
from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.rules.written_zh_scan import BOUNDARY, CJK, NUM, anchored_scanner
from pipeline.spans import Candidate
from pipeline.rules.unit_precision_guards_zh import shina_direction

_ECHELON = "集团军|方面军|军团|师团|旅团|联队|大队|中队|支队|军|师|旅|团|营|连"
_DESIGNATION = f"(?:第[{NUM}]{{1,5}}|[{NUM}]{{1,5}})(?:{_ECHELON})"
_ADJACENT_RE = re.compile(f"(?P<a>{_DESIGNATION})(?P<b>第[{NUM}]{{1,5}}(?:{_ECHELON}))")
# the second designation's 第 right after the first's echelon (every echelon ends in one of 军团队师旅营连), at most
# nine characters (第, five numerals, 集团军) after the match's start: only the starts before it are tried
_ADJACENT_ANCHOR = (re.compile("第(?<=[军团队师旅营连]第)"), 9)
_ECHELON_TAIL = re.compile(f"(?:{_ECHELON})$")
# named forces of one kind written one after the other (直军奉军, 晋军粤军)
_NAMED_FORCE_CHARS = "直奉皖晋滇黔桂粤湘川陕鲁豫"
_NAMED_PAIR_RE = re.compile(f"([{_NAMED_FORCE_CHARS}]军)([{_NAMED_FORCE_CHARS}]军)(?![{CJK}]|团|区)")
_DETACHMENT_RE = re.compile(
    f"(?:(?<=[{BOUNDARY}与和及])|(?<=日军)|(?<=敌军)|(?<=所部)|(?<=编成的)|(?<=组成的)|^)([{CJK}]{{1,3}}?)(支队|挺进队)(?![长部])")
# 编成的/组成的: the order-of-battle frame `由第5师团第9旅团编成的X支队` (s19zhunit)
# a force sent to a region (察哈尔派遣兵团), with the army that sent it written before it (关东军…)
_EXPEDITION_RE = re.compile(f"([{CJK}]{{2,4}}?)(派遣兵团|派遣军|派遣队)")
_HQ_RE = re.compile(HQ)
_NOT_NAME = set("的了是在和与及等为以各该本我敌其此这那每全前后左右东西南北中上下大小新老第一二三四五六七八九十两个数另原某其他军师旅团营连部")

# each pattern's anchor and reach (see pipeline.rules.written_zh_scan)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    _DETACHMENT_RE: (re.compile("[支挺]"), 3),
    _EXPEDITION_RE: (re.compile("遣"), 5),
}
_finditer = anchored_scanner(_ANCHORS)


@lru_cache(maxsize=1)
def _named_forces() -> tuple[str, ...]:
    names = {row[0] for row in read_rows("named_units.tsv") if row and row[0].endswith("军")}
    return tuple(sorted(names, key=longest_first))


def _named_force_before(text: str, pos: int) -> str | None:
    return next((n for n in _named_forces() if text.startswith(n, pos - len(n))), None)



def find_written_units(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_ADJACENT_RE, text, *_ADJACENT_ANCHOR):
        a_tail = _ECHELON_TAIL.search(m.group("a")).group()
        b_tail = _ECHELON_TAIL.search(m.group("b")).group()
        if a_tail == b_tail:          # 第十一师团第十三师团: siblings, not parent and child
            out.append(Candidate(m.start("a"), m.end("a"), "MIL_UNIT", "rule:unit-sibling", 61))
            out.append(Candidate(m.start("b"), m.end("b"), "MIL_UNIT", "rule:unit-sibling", 61))
    for m in rare_finditer(_NAMED_PAIR_RE, text):
        out.append(Candidate(m.start(1), m.end(1), "MIL_UNIT", "rule:unit-sibling", 61))
        out.append(Candidate(m.start(2), m.end(2), "MIL_UNIT", "rule:unit-sibling", 61))
    places = known_places()
    for m in _finditer(_EXPEDITION_RE, text):
        place = next((m.group(1)[k:] for k in range(len(m.group(1)) - 1) if m.group(1)[k:] in places), None)
        if place is None:
            continue
        start = m.end(1) - len(place)
        start -= shina_direction(text, start, place)    # 北支那派遣军: the direction is the name's (prezh3)
        parent = _named_force_before(text, start)
        if parent:
            start -= len(parent)     # 关东军察哈尔派遣兵团: one unit with its parent (rule 3)
        hq = _HQ_RE.match(text, m.end())
        out.append(Candidate(start, hq.end() if hq else m.end(), "MIL_UNIT", "rule:unit-expedition", 61))
    for m in _finditer(_DETACHMENT_RE, text):
        name = m.group(1)
        if any(ch in _NOT_NAME for ch in name) or is_common_word(name):
            continue
        out.append(Candidate(m.start(1), m.end(2), "MIL_UNIT", "rule:unit-detachment", 60))
    return out
