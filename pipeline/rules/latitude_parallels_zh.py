"""Parallels of latitude in Chinese working text.

`find_latitude_parallels(text)` (LOC): a parallel of latitude (38度线, 北纬38度线, 17度线).

Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_PARALLEL_RE = re.compile("(?:北纬|南纬)?[0-9一二三四五六七八九十]{1,3}度线")
_PARALLEL_ANCHOR = re.compile("线")


def find_latitude_parallels(text: str) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "LOC", "rule:place-parallel", 45)
            for m in anchored_finditer(_PARALLEL_RE, text, _PARALLEL_ANCHOR, 6)]
