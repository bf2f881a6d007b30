"""Bombardments and battles named by a month and a day, listed or in digits, and quoted names before 之战
(session 21, s21zhqty).

Proposes EVENT:
- quoted month-day names listed before one head: `「六一七」、「六一九」砲戰` → `六一七` and `六一九` (each quoted name
  alone, as `「八二三」砲戰` → `八二三`; guideline 10: names sharing one head). event_names_zh reads only the quoted
  name next to the head.
- a month-day name written in Arabic digits before a battle head of the kind the month-day names take (炮战, 砲戰,
  空战, 海战, 炮擊 …): `1958年的93炮战` → `93炮战`, `917空战` → whole (as `八二三炮战` is one EVENT); the digits must
  read as a month (1-12) and a day (1-31), and none may stand right before them. Without this the digits are a
  bare count.
- a quoted name right before 之战 or 之役: `“石门”之战` → `石门` (the quoted name alone is the EVENT, the reading of
  `“七·七”事变`); two to six characters, no punctuation inside.

Examples written for this module: `「五一二」、「五一五」炮戰`, `1955年17空战后`, `“狼牙口”之战结束`.
Priority 47 (above event_names_zh's 46 and the count finder's 40). Cost: three regexes started from their literals
(`scan.literal_finditer`: 」/” before a head, the head words); nothing runs without them.
"""

from __future__ import annotations

import re

from pipeline.rules.event_names_zh import month_day_name
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:event-month-day-forms", 47
_DIGITS = "〇一二三四五六七八九十廿卅·・.0-9"
_HEADS = "(?:砲戰|炮战|砲战|炮戰|空战|空戰|海战|海戰|炮擊|炮击|砲擊|事变|事變|事件|惨案|慘案)"

_QUOTED = f"[“「『]([{_DIGITS}]{{2,7}})[”」』]"
_QUOTED_LIST = re.compile(f"{_QUOTED}(?:[、和及与與]{_QUOTED})+(?={_HEADS})")
_QUOTED_ONE = re.compile(f"[“「『]([{_DIGITS}]{{2,7}})[”」』]")
_BATTLE_HEADS = "(?:砲戰|炮战|砲战|炮戰|空战|空戰|海战|海戰)"
# the digits open the name: after a year, 的, a list mark, a bracket or a clause edge (not after 第 or a model: 米格15)
_ARABIC_BATTLE = re.compile(f"(?:(?<=[年的、，,。；;：:\\s「“（(和与與及])|^)([0-9]{{2,4}}){_BATTLE_HEADS}")
_QUOTED_BEFORE_ZHIZHAN = re.compile("[“「]([\u4e00-\u9fff]{2,6})[”」](?=之战|之戰|之役)")


def _arabic_month_day(digits: str) -> bool:
    for cut in (1, 2):
        if cut < len(digits):
            m, d = int(digits[:cut]), digits[cut:]
            if d[0] != "0" and 1 <= m <= 12 and 1 <= int(d) <= 31 and (cut == 1 or m >= 10):
                return True
    return False


def find_month_day_battle_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "」" in text or "”" in text or "』" in text:
        for m in literal_finditer(_QUOTED_LIST, text):
            for q in _QUOTED_ONE.finditer(text, m.start(), m.end()):
                if month_day_name(q.group(1)) or (q.group(1).isdigit() and _arabic_month_day(q.group(1))):
                    out.append(Candidate(q.start(1), q.end(1), "EVENT", SOURCE, PRIORITY))
        for m in literal_finditer(_QUOTED_BEFORE_ZHIZHAN, text):
            out.append(Candidate(m.start(1), m.end(1), "EVENT", SOURCE, PRIORITY))
    if "战" in text or "戰" in text:
        for m in literal_finditer(_ARABIC_BATTLE, text):
            if _arabic_month_day(m.group(1)):
                out.append(Candidate(m.start(), m.end(), "EVENT", SOURCE, PRIORITY))
    return out
