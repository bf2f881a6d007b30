"""Counts of battle reports, casualty tallies and loss surveys (session 16 label audit of QUANTITY and DATE,
auditzh44: 41 passages of 31 sites — encyclopedia infoboxes, 新华社 dispatches of 1946-47, county loss surveys
(抗战损失调研), Qing-era press, popular histories of 1861-1979).

- A count closing a list of countries, islands, ports or parts (`中国、印度、缅甸三国交界处`, `分为东、中、西三段`,
  `甲岛、乙岛两岛`): a Chinese numeral (一…十, 两) glued to 国 段 岛 港 is a QUANTITY (guideline 14; as `四、五两期` →
  `两期`, `两国` in the sets) where the clause before it (back to the last clause mark) holds a list mark 、, the numeral
  follows a CJK character (the list's last item or 的/这/等), and the word does not go on into another word (三国演义).
  三国 is otherwise an idiom (the Three Kingdoms): the list is what makes it a count. QUANTITY at priority 41, value the
  numeral, unit the counted word as written. Provinces and counties counted so (`晋、豫、陕三省边界`, `甲、乙两县`) are
  left alone: the development sets disagree on them (two golds tag `X、Y五省交界處`, three leave `X、Y三省边界`,
  `X、Y兩縣鄰接處`, `X、Y、Z三縣廣大地區` untagged).
- A bare count in tens with 余/多 after a verb of killing or capture, with or without the side it counts
  (`生擒蒋军四十余，`, `毙伤其五十余，`, `俘敌三十余。`): guideline 9's bare count of people, value the number, unit "",
  approx over; the quantity finder reads such numbers only with a hundred or more (`四百余`). The verb is one of a closed
  list (毙伤 毙 击毙 伤 俘 俘虏 俘获 生俘 生擒 活捉 歼 歼灭 毙俘 杀伤 杀死), the side at most one of 敌 其 敌军 蒋军 日军 伪军
  顽军 匪 匪军 敌伪 官兵 敌官兵, and a clause mark or the text's end follows. QUANTITY at priority 41.
- Shops, firms and households counted in 家 with 余/多 or in Arabic figures (`50余家店房`, `十多家工厂`, `12家报社`):
  the number with 家 (a Chinese numeral with 余/多 only: `三家店` is a village). QUANTITY at priority 41; the quantity finder
  stops at `50余`. Not before 人/子/庄/村/店/屯/寨/堡/沟/湾/铺/镇 without 余/多.

Cost: str.find of 、 (lists), of 余/多 (kill counts) and of 家; nothing runs on texts without them.
"""

from __future__ import annotations

import re

from pipeline.normalize.numbers import parse_number
from pipeline.rules.scan import literal_finditer, run_back_finditer
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-report-count", 41
_CJK = "\u4e00-\u9fff"
_CLAUSE_MARKS = set("，,。；;：:！!？?\n（）()“”\"「」")

# --------------------------------------------------------------------------- counts closing a list
_LIST_WORDS = "国段岛港"
# characters that, right after the counted word, make it part of another word (三国演义, 两省区, 三县城, 两市场)
_LIST_WORD_CONTINUES = {"国": "演志家土民力内外际界籍旗事王防人联军", "段": "落时", "岛": "屿国", "港": "口湾"}
_LIST_COUNT_RE = re.compile(f"(?<=[{_CJK}])(?<![第每前后初])([一二三四五六七八九十两])([{_LIST_WORDS}])")
# how far back the clause may hold its list mark
_LIST_REACH = 24


def _list_counts(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_LIST_COUNT_RE, text):
        word, start = m.group(2), m.start(1)
        if text[m.end():m.end() + 1] in _LIST_WORD_CONTINUES[word] and text[m.end():m.end() + 1]:
            continue
        if text[start - 1] in "一二三四五六七八九十两百千万零〇、":
            continue              # 十三国, 四、五两省 (a list of numerals is the unit finders' and 两期's reading)
        left = text[max(0, start - _LIST_REACH):start]
        cut = max(left.rfind(ch) for ch in _CLAUSE_MARKS)
        clause = left[cut + 1:]
        if "、" not in clause:
            continue
        out.append(Candidate(start, m.end(), "QUANTITY", SOURCE, PRIORITY,
                             norm={"value": parse_number(m.group(1)), "unit": word, "approx": None}))
    return out


# --------------------------------------------------------------------------- bare tens after killing and capture
_KILL_VERBS = "毙伤|毙俘|杀伤|杀死|击毙|毙|伤|生俘|生擒|活捉|俘虏|俘获|俘|歼灭|歼"
_SIDES = "敌官兵|敌军|蒋军|日军|伪军|顽军|匪军|敌伪|官兵|敌|其|匪"
_KILL_TENS_RE = re.compile(
    f"(?:{_KILL_VERBS})(?:{_SIDES})?(?P<num>[一二三四五六七八九]?十[一二三四五六七八九]?)(?P<mid>[余多])"
    f"(?=[，,。；;！!？?、）)\\n]|$)")


def _kill_tens(text: str) -> list[Candidate]:
    return [Candidate(m.start("num"), m.end("mid"), "QUANTITY", SOURCE, PRIORITY,
                      norm={"value": parse_number(m.group("num")), "unit": "", "approx": "over"})
            for m in literal_finditer(_KILL_TENS_RE, text)]


# --------------------------------------------------------------------------- shops and households in 家
_HOUSE_RE = re.compile(
    "(?<![0-9.．第])(?:(?P<ar>[0-9]{1,5})(?P<armid>[余多])?|(?P<cn>(?:[一二三四五六七八九]?[十百千])+[一二三四五六七八九]?)(?P<cnmid>[余多]))家"
    "(?![人子庄村店屯寨堡沟湾铺镇集窝峪口洼营坟园台场河桥])")
_HOUSE_WITH_APPROX_RE = re.compile("(?P<num>[0-9]{1,5}|(?:[一二三四五六七八九]?[十百千])+[一二三四五六七八九]?)(?P<mid>[余多])家")
# every character of both before their 家
_HOUSE_NUMBER_CHARS = "0123456789一二三四五六七八九十百千余多"


def _houses(text: str) -> list[Candidate]:
    out = []
    for m in run_back_finditer(_HOUSE_RE, text, "家", _HOUSE_NUMBER_CHARS):
        number = m.group("ar") or m.group("cn")
        approx = "over" if (m.group("armid") or m.group("cnmid")) else None
        out.append(Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY,
                             norm={"value": parse_number(number), "unit": "家", "approx": approx}))
    # with 余/多 the word after 家 is the counted thing even where it could open a village's name (50余家店房)
    for m in run_back_finditer(_HOUSE_WITH_APPROX_RE, text, "家", _HOUSE_NUMBER_CHARS):
        if m.start() and text[m.start() - 1] in "0123456789.．第":
            continue
        if _HOUSE_RE.match(text, m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY,
                             norm={"value": parse_number(m.group("num")), "unit": "家", "approx": "over"}))
    return out


def find_report_counts(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "、" in text:
        out += _list_counts(text)
    if "余" in text or "多" in text:
        out += _kill_tens(text)
    if "家" in text:
        out += _houses(text)
    return out
