"""Waves of popular unrest named by their town and their cause: `某城抢米风潮`, `某县抗捐风潮` (session 24, s24zhunit).

Histories of the last Qing decade and the early Republic name the riots and tax revolts of a town by its name, what
the crowd did and 风潮 (a wave): `长沙抢米风潮` is the textbook name of the rice riot of April 1910, and the local
histories write `某县抗捐风潮`, `某州罢市风潮` the same way. The finders read the town (GPE) and leave the named event
untagged. Guideline: EVENT is a named historical event; a generic wave with no town (`掀起了抢米风潮`) is no name.

`find_unrest_names(text)` (working text, Simplified) proposes EVENT at priority 48 (above the town's GPE reading and
the event grammar, 46) for a place that the place lexicon holds as a GPE (two to four characters, with 县, 州, 府 or
市 after it or not), then two or three characters of what the crowd did (no punctuation, digit or function word),
then 风潮. The place is inside the span: it is the name's first word (`长沙抢米风潮`, one name).

Examples written for this module: `莱阳抗捐风潮`, `某县罢市风潮`. Negatives: `掀起了抢米风潮` (no town), `这场风潮`.
Cost: one regex started at 风潮 (`scan.literal_finditer`); each hit looks up at most four place lengths.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:unrest-name", 48

_NOT_IN_CAUSE = "的了在是和与及等之年月日时后前以其此该这那为于从到至自场次、，。；：！？（）()“”《》 \n0-9"
_WAVE_RE = re.compile(f"(?<=[\u4e00-\u9fff]{{2}})([^{_NOT_IN_CAUSE}]{{2,3}})风潮")


def _place_start(text: str, at: int) -> int | None:
    """Start of a GPE name (two to four characters, an optional 县/州/府/市 after it) ending at `at`."""
    for suffix in (1, 0):
        if suffix and (at < 1 or text[at - 1] not in "县州府市"):
            continue
        end = at - suffix
        for size in (4, 3, 2):
            start = end - size
            if start >= 0 and is_gpe_name(text[start:end]):
                return start
    return None


def find_unrest_names(text: str) -> list[Candidate]:
    """`某城抢米风潮` → one EVENT (see the module doc)."""
    if "风潮" not in text:
        return []
    out: list[Candidate] = []
    for m in literal_finditer(_WAVE_RE, text):
        for cause_start in range(m.start(1), m.end(1) - 1):   # the cause is two or three characters
            start = _place_start(text, cause_start)
            if start is not None:
                out.append(Candidate(start, m.end(), "EVENT", SOURCE, PRIORITY))
                break
    return out
