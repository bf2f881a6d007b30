"""Forms of the Traditional-script memoirs and veterans' pages on the war of 1937-45 (session 15 round 2,
auditzh35: Taiwanese 榮民 magazines, 黃埔 collections, veterans' blogs, HK forums).

1. A bare Republican year with its month or season, where no 民國 has named the era before it: the
   first lines of a memoir excerpt (`於廿七年秋投效國軍`, `如二十七年五月，一七三師…`). The year is
   二十..三十八 (1931-1949) written 二十七/廿七/卅二; after it a month (with a day, 上旬/中旬/下旬/初/底)
   or a season (春夏秋冬). Read as Gregorian the form went wrong: a QUANTITY `二十七年` and a DATE `五月`
   with the year of the last Gregorian date. Guards: nothing but a preposition, conjunction or
   punctuation before the year (光緒二十七年, 昭和十三年 keep their era), and no other era name
   anywhere in the text (a Qing or Japanese chronicle writes bare years of its own era); a duration
   word after 年 (`二十年来`) makes no month. Value: the year 1911+N, the month, day and mod as written
   (read as 民国 + the form; the existing day-only rule date-roc-bare-year is roc_years_zh's).
2. A name between a service unit and 部 (`補充團凌育旺部`, `教導團某某部`, `特務營某某部`): the unit's
   commander, as after a numbered unit (person_command_frames_zh's person-unit-then-leader, which needs a number).
3. A unit numbered with 廿 (20) or 卅 (30), as veterans write them (`陸軍廿五師`, `第卅二軍`, `廿五師一四五團`):
   the unit finders' numerals have no 廿/卅, so the unit was missed or cut to `五師` (of the wrong number).
   One MIL_UNIT from 陸軍/第 to the last echelon of a chain of digit-by-digit subunits; numbers in order.
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.person_command_frames_zh import name_like
from pipeline.spans import Candidate

DATE_SOURCE, PERSON_SOURCE = "rule:date-roc-bare-month", "rule:person-service-unit-leader"
UNIT_SOURCE = "rule:unit-nian-sa-number"

_YEAR = "(?:[二三]十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅[一二三四五六七八]?)"
_BARE_YEAR_RE = re.compile(
    f"(?:(?<![\u4e00-\u9fff0-9〇零])|(?<=[于始终至到在自从及和与是迄如]))({_YEAR})年"
    "(?:(正|元|十[一二]?|[一二三四五六七八九])月"
    "(?:(三十一?|二?十[一二三四五六七八九]?|二十|[一二三四五六七八九])[日号])?(上旬|中旬|下旬|初|底)?"
    "|([春夏秋冬])(?![收耕种节风光景色意])季?)")
_BARE_YEAR_ANCHOR = re.compile("年")
_OTHER_ERAS = re.compile("光绪|宣统|同治|咸丰|道光|嘉庆|乾隆|雍正|康熙|顺治|崇祯|万历|嘉靖|永乐|洪武|明治|大正|昭和"
                         "|平成|天启|洪宪|康德|大同|太平天国|天历|公元|西元")

# service units named by their function before a commander and 部 (补充团凌育旺部)
_SERVICE_LEADER_RE = re.compile(
    "(?<=(?:补充|教导|警卫|特务|通信|工兵|辎重|炮兵|骑兵|搜索|突击|独立|守备|保安|侦察|卫士)[团营])"
    "([\u4e00-\u9fff]{2,3}?)部(?![队署分门长下属将位落])")
_SERVICE_ANCHOR = re.compile("部")


def _number(s: str) -> int:
    digits = {ch: i for i, ch in enumerate("零一二三四五六七八九")}
    if s[0] in "廿卅":
        return (20 if s[0] == "廿" else 30) + (digits[s[1]] if len(s) > 1 else 0)
    if s in ("正", "元"):
        return 1
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)
    return digits[s]


def _bare_years(text: str) -> list[Candidate]:
    out = []
    if "年" not in text or _OTHER_ERAS.search(text):
        return out
    for m in anchored_finditer(_BARE_YEAR_RE, text, _BARE_YEAR_ANCHOR, 9):
        if 1911 + _number(m.group(1)) > 1949:
            continue
        # read by the DATE normaliser as the era's own form (民国廿七年秋 → 1938-FA, 民国三十三年六月中旬 → MID);
        # above the Qing annals' bare reign year (72), which reads a month without its year where no era is named
        out.append(Candidate(m.start(), m.end(), "DATE", DATE_SOURCE, 73,
                             norm={"date_hint": {"read_as": "民国" + m.group()}}))
    return out


def _service_leaders(text: str) -> list[Candidate]:
    return [Candidate(m.start(1), m.end(1), "PERSON", PERSON_SOURCE, 34)
            for m in anchored_finditer(_SERVICE_LEADER_RE, text, _SERVICE_ANCHOR, 4) if name_like(m.group(1))]


_NIAN_UNIT_RE = re.compile(
    "(?:陆军)?(整编|新编|暂编)?第?(?<![〇零一二三四五六七八九十百廿卅])([廿卅][一二三四五六七八九]?)(师团|集团军|路军|军|师|旅|团)"
    "((?:[〇零一二三四五六七八九十]{1,4}(?:师|旅|团|营|连)){0,3})(?![长部属级])")
_NIAN_ANCHOR = re.compile("[廿卅]")
_CHAIN_RE = re.compile("([〇零一二三四五六七八九十]{1,4})(师|旅|团|营|连)")


def _nian_units(text: str) -> list[Candidate]:
    out = []
    if "廿" not in text and "卅" not in text:
        return out
    # the ROC's 1946-48 prefixes 整编/新编/暂编 before the number are part of the designation (整编廿一师, prezh6)
    for m in anchored_finditer(_NIAN_UNIT_RE, text, _NIAN_ANCHOR, 6):
        numbers, echelon = [_number(m.group(2))], m.group(3)
        for link in _CHAIN_RE.finditer(m.group(4)):
            number = parse_number(link.group(1))
            if not number:
                break
            numbers.append(number)
            echelon = link.group(2)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", UNIT_SOURCE, 62,
                             norm={"unit_hint": {"numbers": numbers, "echelon": echelon, "prefix": m.group(1) or ""}}))
    return out


def find_roc_memoir_forms(text: str) -> list[Candidate]:
    return _bare_years(text) + _service_leaders(text) + _nian_units(text)
