"""Forms of county gazetteers and local war histories (session 14 audit, auditzh21: 县志/市志 military chapters,
文史资料 recollections, village and township histories of the fighting, 1840-1953).

- A bare month after a verb of staying, holding or besieging is a duration, not the month of a date: `驻扎一月`,
  `围城三月`, `相持两月余` → QUANTITY (guideline 8: durations are QUANTITY; value the number, unit `月`, approx `over`
  with 余). The annals write the month counted this way where modern prose writes `一个月`; a month of the calendar
  stands after a year, a season word or a clause edge (`十月,` / `次年一月`), never right after such a verb. The
  verbs: 驻扎 驻守 驻 围城 围攻 围困 围 相持 坚持 坚守 困守 对峙 僵持 停留 逗留 历时 苦战 激战 鏖战 血战 休整 整训
  (a closed list of verbs of staying and of lasting fighting). The month must end its phrase (a clause mark, 余/有余,
  之久, 后, 始, 乃, 方, 即) so that `驻一月十日` (a date after 驻) is not read.

QUANTITY at priority 55 (above the date finder's 50). Cost: one regex scan anchored at 月.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-month-duration", 55
_STAY_VERBS = ("驻扎|驻守|驻|围城|围攻|围困|围|相持|坚持|坚守|困守|对峙|僵持|停留|逗留|历时|苦战|激战|鏖战|血战"
               "|休整|整训")
_MONTH_DURATION_RE = re.compile(
    f"(?:{_STAY_VERBS})(?P<num>[一二两三四五六七八九十]{{1,2}})月(?P<over>有余|余)?"
    "(?=之久|[，,。；;、始后乃方即])")


def find_month_durations(text: str) -> list[Candidate]:
    """驻扎一月, 围城三月余: QUANTITY of months (see the module doc)."""
    out: list[Candidate] = []
    if "月" not in text:
        return out
    for m in _MONTH_DURATION_RE.finditer(text):
        value = parse_number(m.group("num"))
        if not value or value > 12:
            continue
        norm = {"value": value, "unit": "月", "approx": "over" if m.group("over") else None}
        out.append(Candidate(m.start("num"), m.end(), "QUANTITY", SOURCE, PRIORITY, norm))
    return out


def find_local_history_forms(text: str) -> list[Candidate]:
    """Every class of this module."""
    return find_month_durations(text)
