"""Nights counted after a verb of fighting or holding, or after 经/经过 (session 22, s22zhext).

Battle narratives count the nights a fight lasted: `在此激战一夜`, `经一夜猛烈攻击`, `坚守两夜`, `经过一夜激战`. Guideline 8
makes durations QUANTITY (as `三昼夜`, `一昼夜`, which the count finders read), but a count of nights alone is left
untagged, since `一夜` also opens the idiom `一夜之间` (overnight) and `当夜`/`是夜` are relative words. The development
sets tag the count (`激战一夜`, `2天1夜`).

`find_night_durations(text)` (working text, Simplified) proposes QUANTITY at priority 55 (as the other durations of
year_durations_clock_hours_zh) for one to ten nights (`一夜` … `十夜`, `1夜` … `9夜`) right after 经/经过 or a verb of fighting,
holding or lasting (激战, 苦战, 血战, 鏖战, 战斗, 坚守, 死守, 相持, 对峙, 持续, 打了, 守了, 攻了, 走了, with an optional
了), not before 之间/间/里 (the idiom and "during the night"). Value the number, unit 夜.

Examples written for this module: `双方在河滩上激战一夜`, `经过两夜急行军`, `坚守了三夜`.
Cost: one regex started at the literal 夜 (`scan.literal_finditer`).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-night-durations", 55

_NIGHTS_RE = re.compile(
    "(?:经过|经|激战|苦战|血战|鏖战|战斗|坚守|死守|相持|对峙|持续|打|守|攻|走)了?"
    "(?P<q>(?:[一两二三四五六七八九十]|[1-9])夜)(?!之间|间|里|晚|半)")


def find_night_durations(text: str) -> list[Candidate]:
    """`激战一夜` → QUANTITY `一夜` (see the module doc)."""
    if "夜" not in text:
        return []
    return [Candidate(m.start("q"), m.end("q"), "QUANTITY", SOURCE, PRIORITY)
            for m in literal_finditer(_NIGHTS_RE, text)]
