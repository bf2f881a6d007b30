"""Small money written in 角 and 分, the tenths and hundredths of the yuan (session 30, s30zhqty).

Price lists, pay accounts and memoirs of 1900-1979 write small sums in the dime and the cent of the silver dollar
or the yuan (`菜金9角`, `每斤1角2分钱`, `两角五分`, `每斤2.2分钱`, `1.5分银圆`), and ranges of them (`7-9分钱`,
`1角2分-1角3分钱`). The count finders leave these numbers bare (`9`, `1`, `2`) or untagged, because 角 (corner,
angle) and 分 (minute, point, share, very) start many other words. Guideline 9 puts the measure word or unit inside
the span, and the counted noun after it outside (`800辆战车` → `800辆`; here `1角钱` → `1角`, as `一块钱` → `一块`);
a chain of the units of one measure is one QUANTITY (session 29: `四两二钱`), and each end of a range is its own
(session 13).

`find_small_money(text)` (working text, Simplified) proposes QUANTITY at priority 55 for:
- a number + 角 + a number + 分 (`1角2分`, `两角五分`, `三角零五分`), and the yuan before them (`六元六角`, `1元5角`,
  `3圆9角`, `十元零五角`): always money, one QUANTITY valued in its first unit;
- a number + 角 or a number + 分 followed by a word of money (钱, 小洋, 大洋, 银圆/银元, 铜元/铜圆, 法币): `1角钱`,
  `2.2分钱`, `1.5分银圆`, `八角小洋`;
- a number + 角 closing a price, where the clause before it within 12 characters names a price, a payment or a
  rate (价, 钱, 元, 圆, 费, 薪, 金, 款, 需要, 花, 买, 卖, 售, 付, 每斤/每尺/每石/每担/每市斤…): `菜金9角，`,
  `大米每斤7角`, `售价7角`; never before a character that makes 角 a word (角度, 角落, 角色, 三角形, 四角有…);
- the first end of a range of them written bare (`7-9分钱` → `7` and `9分`; `1-2分钱`);
- one dollar, `一块` before its money word (`一块钱`, `一块大洋买25斤大米`, `一块银圆`), which the count finders read
  after other numbers (`7块`, `二十块`, as the development sets tag them) but not after a bare 一.
Value and approximation come from the quantity normaliser.

Supporting pages (beyond the audited passage): danmeisk.com c25310/5362695_5 (`大米每斤7角`, `煤每斤两角五分`,
`20块大洋`), m.5200xiaoshuo.com 63_63210/19155640 (`洗澡需要2角`, `售价7角`, `八角小洋`, `一块大洋买25斤大米`,
`一块银元`), kanshuwo.tw 105/wmraap/rwapbp_2 (`3圓9角`, `菜金9角`, `每人每日4分、5分、7分、1角`, `1元5角`),
kkannews.com 96016151 and zh.wenxuecity.com myblog/22962/200905/31164 (`月餉六元六角`, `毫洋十元另(零)五角`), wxc.ucptt.com topic/memory/1400850 (`几分钱一个菜`, `五分的菜`: bare, left), finance.sina.com.cn
20050817/19231895544 (`菜金9角`, `少1角钱`).
Negatives written for this module: `院套四角有四个炮台`, `三角形`, `九点十五分`, `得了95分`, `十分重要`.
"""

from __future__ import annotations

import re

from pipeline.rules.char_places import literal_positions
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:quantity-small-money", 55

_NUM = r"(?:[0-9]+(?:\.[0-9]+)?|[一二两三四五六七八九十]{1,3})"
_BEFORE = r"(?<![0-9.．一二两三四五六七八九十百千万亿第几数每])"
_MONEY_AFTER = "(?:钱|小洋|大洋|银圆|银元|洋|铜元|铜圆|铜板|法币)"
# a number + 角 + a number + 分; a number + 角 or 分 (the unit checked after the match)
_SMALL_MONEY_RE = re.compile(f"{_BEFORE}(?P<chain>(?:{_NUM}[元圆]零?)?{_NUM}角(?:零?{_NUM}分)?(?<=分)(?![钟秒])"
                             f"|{_NUM}[元圆]零?{_NUM}角(?![度落色形楼门]))"
                             f"|{_BEFORE}(?P<one>{_NUM}(?P<unit>[角分]))"
                             # one dollar: 块 is read after other numbers, after a bare 一 only before its money word
                             f"|{_BEFORE}(?P<dollar>一块)(?={_MONEY_AFTER})")
# 角 as the start of another word: 角度, 角落, 角色, 三角形, 四角有 (corners), 角楼, 角门
_JIAO_WORD = re.compile("[形度落色楼门星逐斗力钢膜铁马帽锥架洲尖球旗钱币有上下里内外之边头]")
_PRICE_CUES = ("价", "钱", "元", "圆", "费", "薪", "金", "款", "需要", "花", "买", "卖", "售", "付",
               "每斤", "每尺", "每石", "每担", "每市", "每个", "每件", "每份", "每盒", "每包", "每碗")
_CLAUSE_END = "，,。；;：:！!？?\n、（(）)"
_RANGE_MARKS = "-－~～—–至到"
_FIRST_END = re.compile(f"{_BEFORE}{_NUM}(?:角零?{_NUM}分|[角分])?$")


def _price_clause(text: str, start: int) -> bool:
    """The clause before `start`, within 12 characters, names a price, a payment or a rate."""
    left = start
    while left > 0 and start - left < 12 and text[left - 1] not in _CLAUSE_END:
        left -= 1
    window = text[left:start]
    return any(cue in window for cue in _PRICE_CUES)


def _first_end(text: str, start: int) -> tuple[int, int] | None:
    """The bare or chained first end of a range closed at `start` (`7-9分钱` → `7`)."""
    if start < 2 or text[start - 1] not in _RANGE_MARKS:
        return None
    match = _FIRST_END.search(text, max(0, start - 12), start - 1)
    return (match.start(), match.end()) if match else None


# every match of _SMALL_MONEY_RE holds 角, 分 or 块, and what stands before the first of them in the match is digits,
# Chinese numerals, 元/圆 and 零: a match starts in the run of those characters right before one of them
_MONEY_UNITS = "角分块"
_BEFORE_UNIT = frozenset("0123456789.一二两三四五六七八九十元圆零")


def _small_money_finditer(text: str):
    """`_SMALL_MONEY_RE.finditer(text)`, tried only at the starts the comment above allows (session 34, w34speed):
    `re` tried every character of the text behind the pattern's opening look-behind, about 280 ns a character on a
    long page (分 of 部分, 分别 is common, so the guard in find_small_money rarely skips the scan). Starts are tried
    in order, each once, from the end of the last match, as finditer tries them."""
    units = sorted(at for unit in _MONEY_UNITS for at in literal_positions(text, unit))
    match_at = _SMALL_MONEY_RE.match
    floor = 0           # no match starts before it: the last match's end, and every start tried so far
    for at in units:
        start = at
        while start > floor and text[start - 1] in _BEFORE_UNIT:
            start -= 1
        while start < at:
            match = match_at(text, start)
            if match is not None:
                yield match
                start = match.end()
            else:
                start += 1
        if start > floor:
            floor = start


def find_small_money(text: str) -> list[Candidate]:
    """`1角2分`, `1角钱`, `2.2分钱`, `菜金9角`, the first end of `7-9分钱` → QUANTITY (see the module doc)."""
    if "角" not in text and "分" not in text and "块" not in text:
        return []
    spans: list[tuple[int, int]] = []
    for match in _small_money_finditer(text):
        start, end = match.span()
        if match.group("chain") or match.group("dollar"):
            spans.append((start, end))
            continue
        money_after = re.match(_MONEY_AFTER, text[end:end + 3]) is not None
        if match.group("unit") == "分":
            if money_after and not text.startswith(("之", "钟"), end):
                spans.append((start, end))
            continue
        if money_after or (_price_clause(text, start) and not _JIAO_WORD.match(text, end)):
            spans.append((start, end))
    out = [Candidate(s, e, "QUANTITY", SOURCE, PRIORITY) for s, e in spans]
    taken = set(spans)
    for s, _e in spans:
        first = _first_end(text, s)
        if first and first not in taken:
            out.append(Candidate(first[0], first[1], "QUANTITY", SOURCE, PRIORITY))
            taken.add(first)
    return out
