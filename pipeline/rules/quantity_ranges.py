"""The ends of a number range among the QUANTITY spans, for quantities.find_quantities (moved out of quantities.py,
session 32).

Each end of a range is its own QUANTITY (session 13 reading): the first end takes its partner's unit (二至三个军 → 二:
unit 个军; 100~200人, 200-300人), and the magnitude its partner writes for both (四至五万人, 3～4千人: range_scale), tens
written once with the second end (七、八十人, 五、六十万人) or the tens a second end leaves out (17~8万人: 18万). A lone
Chinese digit, 、 and the next digit with a magnitude (五、六百人) is the first end of such a range (next_digit_partner).
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.normalize.quantities import normalize_quantity
from pipeline.rules.scan import guarded
from pipeline.spans import Candidate


def _is_cjk(ch: str) -> bool:
    """A CJK ideograph of the basic block or Extension A (as quantities reads them)."""
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"


def next_digit_partner(text: str, number: str, end: int) -> bool:
    """A lone Chinese digit, 、 and the next digit with a magnitude (五、六百人, 三、四千人): the first end
    of a range written once with its magnitude (session 13 reading: each end its own QUANTITY; s19zhevt)."""
    if text[end:end + 1] != "、" or len(number) != 1 or number not in "一二三四五六七八":
        return False
    tens = _TENS_PARTNER.match(text, end + 1)
    if tens:    # 七、八十人, 五、六十万人: tens written once with the second end (r19zhplaces); not 三、四十年代,
        # and the second end must count something (约二、三十。, 七、八十了: no count, the first end is none either)
        after = text[tens.end():tens.end() + 1]
        counted = tens.group("mag") or _is_cjk(after) and after not in _TENS_NOT_COUNTED
        return counted and not text.startswith("年代", tens.end()) and _next_digit(
            normalize_quantity(number)["value"], None, tens.group(0))
    m = _SCALED_PARTNER.match(text, end + 1)
    return bool(m) and len(m.group("coef")) == 1 and _next_digit(
        normalize_quantity(number)["value"], None, m.group(0))


_RANGE_LINK = re.compile("[ \u3000]?[至到~～\\-－—–][ \u3000]?")


def range_units(text: str, found: list[Candidate]) -> list[Candidate]:
    """The first end of a range takes its partner's unit (二至三个军 → 二: unit 个军), as a date
    range's first end takes its partner's year."""
    for i in range(len(found) - 1):
        cand, partner = found[i], found[i + 1]
        # a partner without a unit still lends its magnitude (称为2至3万。: prezh4 audit)
        if cand.norm and partner.norm and not cand.norm.get("unit") and (
                partner.norm.get("unit") or text[partner.end - 1:partner.end] in _MAGNITUDES):
            link = _RANGE_LINK.match(text, cand.end)    # 二至三个军, 100~200人, 200-300人
            if not (link and link.end() == partner.start) and text[cand.end:cand.end + 1] == "、" \
                    and cand.end + 1 == partner.start and _next_digit(cand.norm["value"], partner.norm["value"],
                                                                       text[partner.start:partner.end]):
                link = True                               # 3、4千人: two neighbouring digits, a range (三四千人)
            if link and (link is True or link.end() == partner.start):
                norm = {**cand.norm, "unit": partner.norm.get("unit") or ""}
                first, second = text[cand.start:cand.end], text[partner.start:partner.end]
                # 七、八十人: the first end counts tens as its partner does (七十; r19zhplaces)
                scale = link is True and _tens_scale(second) or _range_scale(first, second, cand.norm["value"])
                tens = _abbreviated_tens(first, second, cand.norm["value"])
                if tens:    # 17~8万人: the second end writes only its last digit (18万)
                    scale = _scale_of(second)
                    found[i + 1] = replace(partner, norm={**partner.norm, "range_add": tens * scale})
                if scale:
                    norm["range_scale"] = scale   # 四至五万人: the first end counts tens of thousands too
                found[i] = replace(cand, norm=norm)
    return found


_ONE_DIGIT_SCALED = re.compile("(?P<coef>[1-9])(?P<mag>[百千万萬亿億]{1,2})")


def _scale_of(partner: str) -> int:
    m = _SCALED_PARTNER.match(partner)
    scale = 1
    for ch in (m.group("mag") if m else ""):
        scale *= _MAGNITUDES[ch]
    return scale


def _abbreviated_tens(first: str, partner: str, first_value) -> int:
    """The tens a range's second end leaves out (17~8万人: 10, the end is 18万), or 0: a two-digit first end
    and a one-digit second end with a magnitude, the digit after the first end's last digit (as 十七八万 says it;
    12至5万人 stays two readings whole)."""
    m = _ONE_DIGIT_SCALED.match(partner)
    if not m or not _BARE_NUMBER.fullmatch(first) or not isinstance(first_value, int) or not 10 < first_value < 100:
        return 0
    return first_value - first_value % 10 if int(m.group("coef")) == first_value % 10 + 1 else 0


def _next_digit(first_value, partner_value, partner: str) -> bool:
    """3、4千人, 五、六百人, 七、八十人: one digit and the next one, the second with a magnitude (or tens)."""
    m = _TENS_PARTNER.match(partner) or _SCALED_PARTNER.match(partner)
    if not m or not isinstance(first_value, int) or not 1 <= first_value <= 8:
        return False
    coef = normalize_quantity(m.group("coef"))["value"]
    return coef == first_value + 1


# a range's second end written with a magnitude its first end leaves out: 四至五万人, 3～4千人, 十至十五万
_MAGNITUDES = {"百": 100, "千": 1000, "万": 10_000, "萬": 10_000, "亿": 100_000_000, "億": 100_000_000}

_BARE_NUMBER = re.compile("(?:约|約|近|逾)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十两兩]{1,3})")

_SCALED_PARTNER = re.compile("(?P<coef>[0-9０-９]{1,3}|[一二三四五六七八九十两兩]{1,3})(?P<mag>[百千万萬亿億]{1,2})")


# after a second end of tens: no measure word follows (七、八十了, 二、三十左右, 三、四十年代 is checked apart)
_TENS_NOT_COUNTED = frozenset("了的是在和与及或就也都又还而左上下以来余多几之者")

# a second end of tens written with one digit (八十人, 六十万人: 8 tens, 6 tens of myriads), no digit after 十
_TENS_PARTNER = re.compile("(?P<coef>[一二三四五六七八九])十(?![一二三四五六七八九十])(?P<mag>[万萬亿億]?)")


def _tens_scale(partner: str) -> int | None:
    """The scale a one-digit first end takes from a partner in tens (八十人: 10, 六十万人: 100000), or None."""
    m = _TENS_PARTNER.match(partner)
    return 10 * _MAGNITUDES[m.group("mag")] if m and m.group("mag") else 10 if m else None


def _range_scale(first: str, partner: str, first_value) -> int | None:
    """The magnitude a range's first end shares with its partner (四 in 四至五万人: 10000), or None where the
    first end is written whole (一千至一千五百人, 300~400人) or would not be smaller than its partner."""
    if not _BARE_NUMBER.fullmatch(first) or not isinstance(first_value, (int, float)):
        return None
    m = _SCALED_PARTNER.match(partner)
    if not m:
        return None
    coef = normalize_quantity(m.group("coef"))["value"]
    if not isinstance(coef, (int, float)) or not 0 < first_value < coef:
        return None
    scale = 1
    for ch in m.group("mag"):
        scale *= _MAGNITUDES[ch]
    return scale


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_RANGE_LINK = guarded(_RANGE_LINK)


# Two neighbouring digits without a magnitude before a measure word (六七名, 四五天, 五六处, 五六个钟头): "six or
# seven", a count as 五六百人 is (session 33, w33zhqtymil: read across development sets; audit22, audit25, audit28,
# audit29 and audit30 tag it, each a different annotator). Only ascending neighbours from 二 up (一二 opens designations,
# 一二九师, 一二八; 两三, 三五 and 一两 are left as rule 14's vague counts), and only before a measure word or a counted
# formation, never bare 个 (四五个村: the noun's count is no unit), nor a word of the calendar or the clock (三四年 may be
# 1934, 五六月间 two months, 七八点 a time), a share (七八成), a multiple (三四倍), how often (三四次) or a measure of
# length, area or weight (七八尺, 三四里).
NEIGHBOUR_DIGIT_PAIRS = frozenset({"二三", "三四", "四五", "五六", "六七", "七八", "八九"})
_PAIR_NOT_UNITS = frozenset({"年", "月", "日", "号", "號", "时", "時", "点", "點", "分", "秒", "成", "倍", "式", "型",
                             "级", "級", "层", "層", "楼", "樓", "折", "更", "刻", "代", "世", "届", "屆", "期", "版",
                             # how often (三四次, 两三回): left as vague as rule 14's 数次
                             "次", "回", "遍", "趟", "番", "下", "声", "聲",
                             # a measure of length, area or weight (七八尺, 三四里, 五六斤): the development sets tag
                             # counts of people, things, places and time this way, and leave such a measure (real-dev8)
                             "尺", "寸", "丈", "里", "米", "公", "厘", "毫", "亩", "畝", "顷", "頃", "斤", "两", "兩",
                             "钱", "錢", "吨", "噸", "克", "度", "英", "码", "碼", "升", "斗", "石"})


def counted_digit_pair(number: str, unit: str | None, bare_ge: bool) -> bool:
    """A neighbouring-digit pair (六七) counting with its measure word (六七名, 三四个月): a QUANTITY, valued at its
    first digit with approx about (normalize.quantities)."""
    if number not in NEIGHBOUR_DIGIT_PAIRS or not unit or bare_ge:
        return False
    return unit[0] in "个個" or unit[0] not in _PAIR_NOT_UNITS
