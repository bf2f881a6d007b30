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

Examples written for this module: `调湖北襄阳镇总兵某某`, `由宜昌镇标左营拨兵`, `福山协副将某某`. Negatives: `某某镇长`
(a town's head), `三河镇总兵力` (总兵力: the strength, not the post), `新军第八镇` (numbered: the units finder).
Cost: one regex started at 镇/协 (re scans for the literal in C), a lexicon look-up of two or three characters.
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
        if start is None:
            continue
        end = m.end("std") if m.group("std") else m.start() + 1
        hint = {"unit_hint": {"numbers": [], "echelon": ech, "prefix": ""}}
        out.append(Candidate(start, end, "MIL_UNIT", SOURCE, PRIORITY, norm=hint))
    return out
