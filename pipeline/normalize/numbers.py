"""Parse written numbers: Arabic, Chinese numerals and mixed forms.

`parse_number("14.8万") == 148000`, `parse_number("1,894亿") == 189400000000`,
`parse_number("二十万") == 200000`, `parse_number("10多万") == 100000`.
Vague markers inside a number (余, 多, 几, 来) are ignored and 数/几 before a
magnitude count as one (数万 → 10000). Returns None when `s` is not a number.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

CN_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "数": 1, "几": 1}
SMALL_MAGNITUDES = {"十": 10, "百": 100, "千": 1000}
BIG_MAGNITUDES = {"万": 10_000, "亿": 100_000_000}
VAGUE_INFIXES = "余多来"

_FULLWIDTH = str.maketrans("０１２３４５６７８９．，", "0123456789.,")
_THOUSANDS = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")
_VAGUE_AFTER_MAGNITUDE = re.compile(r"(?<=[十百千万亿])[几数]")
_TOKEN = re.compile(r"[0-9]+(?:\.[0-9]+)?|半|.", re.S)


def _as_number(value: Decimal) -> int | float:
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _tokens(s: str) -> list[str] | None:
    s = s.strip().translate(_FULLWIDTH).replace(" ", "")
    s = _THOUSANDS.sub(lambda m: m.group().replace(",", ""), s)
    s = s.replace("廿", "二十").replace("卅", "三十")
    s = "".join(ch for ch in s if ch not in VAGUE_INFIXES)
    s = _VAGUE_AFTER_MAGNITUDE.sub("", s)     # 十几万 → 十万
    return _TOKEN.findall(s) if s else None


def _positional(tokens: list[str]) -> Decimal | None:
    """Digit-by-digit Chinese numerals without magnitudes: 一九四四 → 1944."""
    if not all(t in CN_DIGITS for t in tokens):
        return None
    return Decimal("".join(str(CN_DIGITS[t]) for t in tokens))


def parse_number(s: str) -> int | float | None:
    """The value of a written number, int when integral, None if unparsable."""
    tokens = _tokens(s)
    if not tokens:
        return None
    if len(tokens) == 1 and tokens[0] == "半":
        return 0.5
    if len(tokens) > 1 and not any(t in SMALL_MAGNITUDES or t in BIG_MAGNITUDES for t in tokens):
        value = _positional(tokens)
        return None if value is None else _as_number(value)
    total = Decimal(0)      # completed 亿 groups and 万 groups
    section = Decimal(0)    # value below the current 万/亿
    digit: Decimal | None = None
    last_magnitude = 0
    zero_after_magnitude = False
    for i, tok in enumerate(tokens):
        if tok[0].isdigit():
            try:
                digit = Decimal(tok)
            except InvalidOperation:
                return None
        elif tok in CN_DIGITS:
            if digit and i and tokens[i - 1] in CN_DIGITS and CN_DIGITS[tok]:
                continue          # 三四十万: a vague range, keep the lower digit
            digit = Decimal(CN_DIGITS[tok])
            zero_after_magnitude = zero_after_magnitude or CN_DIGITS[tok] == 0
        elif tok in SMALL_MAGNITUDES:
            mag = SMALL_MAGNITUDES[tok]
            section += (digit if digit is not None else Decimal(1)) * mag
            digit, last_magnitude, zero_after_magnitude = None, mag, False
        elif tok in BIG_MAGNITUDES:
            mag = BIG_MAGNITUDES[tok]
            group = section + (digit or 0)
            if mag == 100_000_000:
                total = (total + group) * mag if (total or group) else Decimal(mag)
            else:
                total += (group or 1) * mag
            section, digit, last_magnitude, zero_after_magnitude = Decimal(0), None, mag, False
        else:
            return None
    if (digit is not None and last_magnitude >= 100 and digit < 10
            and tokens[-1] in CN_DIGITS and not zero_after_magnitude):
        digit *= Decimal(last_magnitude) / 10   # 一万二 → 12000, 三百五 → 350
    return _as_number(total + section + (digit or 0))
