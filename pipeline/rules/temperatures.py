"""Temperatures below zero as one QUANTITY (guidelines rule 9: the number with its unit).

`零下40度`, `摄氏零下5度`, `零下三十多度`: the span is 零下 + number + 度 (摄氏 before 零下 stays outside,
as the gold sets write it), value negative, unit `度`. Without this the number alone was read (`40`), a
wrong boundary on weather passages (winter campaigns: 长津湖, 东北). Anchored on the literal 零下.
"""

from __future__ import annotations

import re

from pipeline.normalize.quantities import NUMBER, SP, normalize_quantity
from pipeline.spans import Candidate

_TEMPERATURE_RE = re.compile(f"零下{SP}((?:约|近)?{NUMBER}(?:多|余)?){SP}(?:摄氏)?度(?:左右)?")


def find_temperatures(text: str) -> list[Candidate]:
    """QUANTITY candidates for temperatures below zero in `text` (working text)."""
    if "零下" not in text:
        return []
    out = []
    for m in _TEMPERATURE_RE.finditer(text):
        norm = normalize_quantity(m.group()[2:].lstrip(" \u3000"))
        if not isinstance(norm.get("value"), (int, float)) or norm["value"] <= 0:
            continue
        norm = {**norm, "value": -norm["value"], "unit": "度"}
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-temperature", 41, norm))
    return out
