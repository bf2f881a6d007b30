"""The Qing Green Standard commands named by their seat: a brigade 镇 before its general 总兵, a regiment 协 before its
colonel 副将, and their own troops 镇标/协标 (session 24, s24zhunit).

Qing records, gazetteers and histories of the wars of 1840-1911 name an officer by the command he held, the seat's
name + 镇 (a brigade under a 总兵) or + 协 (a regiment under a 副将): `某州镇总兵某某`, `某协副将某某`, and the
command's own battalions `某镇标中营`. The finders read `X镇` as a town (GPE) there, or nothing. The project's gold
reads the command as a MIL_UNIT (audit22-zh: `台湾镇` before 总兵); guideline: MIL_UNIT is a designated formation or
command at any echelon, and a province before the name stays its own GPE (`广东` + `X镇`).

`find_green_standard_commands(text)` (working text, Simplified) proposes MIL_UNIT at priority 65 (above the town
reading of `X镇`) for a seat of two or three characters that the place lexicon holds as a GPE (a prefecture, county
or town: 高州, 天津, 大名) + 镇 before 总兵 (the brigade), or + 协 before 副将 (the regiment); with 标 and an optional
camp (中, 左, 右, 前, 后 + 营) when the command's own troops are written (`X镇标`, `X镇标左营`) instead of the post.
Echelon 镇 or 协, no numbers.

Session 26 (s26mine, cross-set mining: the seat missed in 4 documents of 3 audit sets; the post on other pages of
Qing biographies, tomb inscriptions and Opium-War histories): the post names the command whatever its seat, and about a
third of the brigades' seats are no county of the gazetteer (a mountain, a fort, an abolished prefecture, a pair of
prefectures: `某山镇总兵`, `某春镇总兵`). So a seat of two characters the lexicon does not hold opens the command too
before 镇总兵 / 协副将, where a clause edge, a list mark, a province or a word of appointing or sending
(由, 调, 檄, 命, 授, 擢, 任, 署, 补, 为, 以, 即, 派, 设, 置) or 的 stands right before it; and the brigade's troops sent by a verb of
dispatch (`调某某镇兵`, `檄某某镇兵`, `派某某镇兵`) are the brigade (MIL_UNIT `某某镇`). Not a seat holding a function
character or a numeral (`三镇兵`: the count of brigades).

Examples written for this module: `调湖北襄阳镇总兵某某`, `由宜昌镇标左营拨兵`, `福山协副将某某`. Negatives: `某某镇长`
(a town's head), `三河镇总兵力` (总兵力: the strength, not the post), `新军第八镇` (numbered: the units finder).
Cost: one regex started at 镇/协 (re scans for the literal in C), a lexicon look-up of two or three characters; the
dispatch regex only where 镇兵 is written (str `in`).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:green-standard-command", 65

# the command word and what follows it: the post (总兵/副将, not 总兵力) or the command's own troops (标, a camp)
_COMMAND_RE = re.compile("(?P<ech>镇|协)(?:(?P<std>标(?:[中左右前后]营)?)(?![长员])|(?:总兵|副将)(?![力数额]))")


def _seat_ok(seat: str) -> bool:
    entry = place_lexicon().get(seat)
    return entry is not None and entry.label == "GPE"


# what may stand right before a seat the lexicon does not hold: a word of appointing or sending, a list mark or a clause
# edge (any non-Han character); a province is read by the lexicon (安徽|某春镇总兵)
_SEAT_OPENERS = frozenset("由调檄命授擢任署补为以即派设置的、，。；：")
_NOT_IN_SEAT = frozenset("的了在是和与及或这那该此各每其我敌等为有被向从到至于也就而又再更最很之一二三四五六七八九十两数诸各")
_DISPATCH_RE = re.compile("(?:调|檄|派|拨|征|发)([\u4e00-\u9fff]{2})镇兵")


def _open_seat(text: str, s: int) -> bool:
    """Whether an unlisted two-character seat may start at `s` (see the module doc)."""
    seat = text[s:s + 2]
    if any(ch in _NOT_IN_SEAT for ch in seat):
        return False
    if s == 0 or text[s - 1] in _SEAT_OPENERS or not ("\u4e00" <= text[s - 1] <= "\u9fff"):
        return True
    return any(_seat_ok(text[s - k:s]) for k in (2, 3) if s - k >= 0)


def find_green_standard_commands(text: str) -> list[Candidate]:
    """`某州镇总兵`, `某协副将`, `某镇标左营` → MIL_UNIT (see the module doc)."""
    out: list[Candidate] = []
    for m in _COMMAND_RE.finditer(text):
        ech = m.group("ech")
        if ech == "镇" and m.group("std") is None and text[m.end() - 2:m.end()] != "总兵":
            continue
        if ech == "协" and m.group("std") is None and text[m.end() - 2:m.end()] != "副将":
            continue
        # the seat: the longest known place ending right before 镇/协 (three characters first, then two)
        end_seat = m.start()
        start = None
        for size in (3, 2):
            s = end_seat - size
            if s >= 0 and _seat_ok(text[s:end_seat]):
                start = s
                break
        if start is None and m.group("std") is None and end_seat >= 2 and _open_seat(text, end_seat - 2):
            start = end_seat - 2    # a seat the lexicon does not hold, before the post (session 26)
        if start is None:
            continue
        end = m.end("std") if m.group("std") else m.start() + 1
        hint = {"unit_hint": {"numbers": [], "echelon": ech, "prefix": ""}}
        out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    if "镇兵" in text:
        for m in _DISPATCH_RE.finditer(text):
            if not any(ch in _NOT_IN_SEAT for ch in m.group(1)):
                hint = {"unit_hint": {"numbers": [], "echelon": "镇", "prefix": ""}}
                out.append(Candidate(m.start(1), m.end(1) + 1, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    return out
