"""Forms of county gazetteers and local war histories (session 14 audit, auditzh21: 县志/市志 military chapters,
文史资料 recollections, village and township histories of the fighting, 1840-1953).

- A bare month after a verb of staying, holding or besieging is a duration, not the month of a date: `驻扎一月`,
  `围城三月`, `相持两月余` → QUANTITY (guideline 8: durations are QUANTITY; value the number, unit `月`, approx `over`
  with 余). The annals write the month counted this way where modern prose writes `一个月`; a month of the calendar
  stands after a year, a season word or a clause edge (`十月,` / `次年一月`), never right after such a verb. The
  verbs: 驻扎 驻守 驻 围城 围攻 围困 围 相持 坚持 坚守 困守 对峙 僵持 停留 逗留 历时 苦战 激战 鏖战 血战 休整 整训,
  and of lasting 持续 长达 为期 历经 (session 16, auditzh44: `持续一月的激烈鏖战`; after these and 历时 the month may stand
  before 的)
  (a closed list of verbs of staying and of lasting fighting). The month must end its phrase (a clause mark, 余/有余,
  之久, 后, 始, 乃, 方, 即) so that `驻一月十日` (a date after 驻) is not read. Session 21 (s21zhqty): the bare
  classical verb of lasting 历 (`历三月乃成`: a gazetteer's compiling took three months), not after 农/阴/旧/公 (calendars)
  or 经/履/病 (words of record).

QUANTITY at priority 55 (above the date finder's 50). Cost: one regex scan anchored at 月.

- A village named like a county or town the gazetteers know, written with 村: `驻清溪村`, `进犯平安村、永和村` → GPE over
  the whole `X村` (guideline 6: the settlement word stays inside; the county of the same name is another place, so its
  `modern` value does not apply). The name is 2-3 characters of the place lexicons (not 4: 湖南农村 is no village);
  the character before it is a clause mark, a preposition or verb of place (在 驻 至 到 进犯 包围 …) or 、/和, and 村 is
  not the start of 村民/村长/村庄/村落/村子/村里 (清溪村民 is ambiguous, left to the gazetteer); `X村` itself no ordinary
  word (农村, 乡村, 山村). GPE at priority 31 (above the gazetteer's 30). Cost: str.find of 村.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

SOURCE, PRIORITY = "rule:quantity-month-duration", 55
_STAY_VERBS = ("驻扎|驻守|驻|围城|围攻|围困|围|相持|坚持|坚守|困守|对峙|僵持|停留|逗留|历时|苦战|激战|鏖战|血战"
               "|休整|整训"
               # session 21 (s21zhqty): the bare classical 历 of lasting (历三月乃成, 历五月始竣), never the 历 of a
               # calendar (农历三月, 阴历, 旧历, 公历) or of a record (经历, 履历, 病历)
               "|(?<![农阴旧公夏新阳校日经履病学来简])历(?![时经])")
_MONTH_DURATION_RE = re.compile(
    f"(?:(?:(?P<last>持续|长达|为期|历经|历时)|{_STAY_VERBS})(?P<approx>不足|不到|将近|近|约)?|(?P<bare>不足|不到))"
    f"(?P<num>[一二两三四五六七八九十]{{1,2}})月(?P<over>有余|余)?"
    "(?=之久|[，,。；;、始后乃方即便就]|(?(last)的|(?(bare)的|(?!))))")


_MONTH_APPROX = {"不足": "under", "不到": "under", "将近": "nearly", "近": "nearly", "约": "about"}


def find_month_durations(text: str) -> list[Candidate]:
    """驻扎一月, 围城三月余: QUANTITY of months (see the module doc)."""
    out: list[Candidate] = []
    if "月" not in text:
        return out
    for m in literal_finditer(_MONTH_DURATION_RE, text):
        value = parse_number(m.group("num"))
        if not value or value > 12:
            continue
        # 持续不足一月, 前后不足两月即…: an approximator before the months belongs to the span (rule 9; prezh4)
        approx = m.group("approx") or m.group("bare")
        norm = {"value": value, "unit": "月",
                "approx": "over" if m.group("over") else _MONTH_APPROX.get(approx) if approx else None}
        start = m.start("approx") if m.group("approx") else m.start("bare") if m.group("bare") else m.start("num")
        out.append(Candidate(start, m.end(), "QUANTITY", SOURCE, PRIORITY, norm))
    return out


_VILLAGE_SOURCE, _VILLAGE_PRIORITY = "rule:place-village-named-like-county", 31
_VILLAGE_NOT_AFTER = set("民长庄落子里干委")
_VILLAGE_EDGE = set("，。、；：！？（）()“”「」 \n\t,;:!?和与及在驻至到抵经由从向往离占攻围袭进入出犯扰住宿")


def find_named_villages(text: str) -> list[Candidate]:
    """驻清溪村, 平安村、永和村: GPE X村 where X is a place the lexicons know (see the module doc)."""
    out: list[Candidate] = []
    places = None
    for pos in literal_positions(text, "村"):
        if text[pos + 1:pos + 2] in _VILLAGE_NOT_AFTER:
            continue
        for size in (3, 2):
            start = pos - size
            if start < 0:
                continue
            if places is None:
                places = place_lexicon()
            entry = places.get(text[start:pos])
            if entry is None or entry.label != "GPE" or (start and text[start - 1] not in _VILLAGE_EDGE):
                continue
            if is_common_word(text[start:pos + 1], 20) or is_common_word(text[pos - 1:pos + 1], 20):
                break              # 农村, 乡村, 山村: the settlement word is part of an ordinary word
            out.append(Candidate(start, pos + 1, "GPE", _VILLAGE_SOURCE, _VILLAGE_PRIORITY, {"id": None}))
            break
    return out


def find_local_history_forms(text: str) -> list[Candidate]:
    """Every class of this module."""
    return find_month_durations(text) + find_named_villages(text)
