"""PERSON names found from a document's layout, for persons.find_persons (moved out of
person_context, session 32).

Layout: a post followed by a space or line break (师长 王某), a credit line (作者：王某), a table row
naming a person before a colon (王某：军长), an infobox row of a side and its commander (中华民国 王某 /
大日本帝国 某宫某王), a biography's head with life dates or a courtesy name (某某（1887年—1946年）), a
commander in brackets after a unit designation (第十军（某某））.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import (
    Taken, is_common_word, is_han as _cjk, japanese_surnames, known_places, surnames)
from pipeline.rules.person_context import _any_name_end, _free
from pipeline.rules.persons import PUNCT, STOP_CHARS, RANKS, TITLES, bare_name_ok
from pipeline.rules.scan import anchored_finditer, guarded, literal_finditer
from pipeline.rules.trie import trie_regex

Span = tuple[int, int]
_CJK = "\u4e00-\u9fff"
_SPACE = " \t\u3000\xa0"
_RANK_TRIE_PLAIN = trie_regex(RANKS)


_TITLE_GAP_RE = re.compile("(?:" + trie_regex(TITLES) + ")[" + _SPACE + "]{1,3}\n?|(?:" + trie_regex(TITLES) + ")\n")
# every _TITLE_GAP_RE match has one right after its post (so after a post's last character)
_GAP_CHAR = re.compile("[" + _SPACE + "\n](?<=[" + "".join(sorted({re.escape(t[-1]) for t in TITLES}))
                       + "][" + _SPACE + "\n])")
_TITLE_REACH = max(map(len, TITLES))
_TITLE_SET = frozenset(TITLES)


def spaced_titles(text: str, taken: Taken) -> list[Span]:
    """A name after a post and a space or line break (师长 王某): the name fills its cell, ending at
    a space, a line break or punctuation."""
    found: list[Span] = []
    for match in anchored_finditer(_TITLE_GAP_RE, text, _GAP_CHAR, _TITLE_REACH, _TITLE_SET):
        pos = match.end()
        limit = _cell_end(text, pos)
        end = _any_name_end(text, pos, limit)
        if end < 0 or end != limit or not _free(taken, pos, end) or not bare_name_ok(text, pos, end, True):
            continue
        found.append((pos, end))
        taken.add(pos, end)
    return found


def _cell_end(text: str, pos: int) -> int:
    """End of the table cell or line that starts at pos (a space, line break or punctuation)."""
    end = pos
    while end < len(text) and end - pos < 12 and _cjk(text[end]):
        end += 1
    return end


# A credit line (编辑：王某, 撰文/王某, 译者：王某、李某, 通讯员 王某): a credit word at the start of a line
# or after a space or punctuation, a colon or slash (or a space after a two-character credit word),
# then names that each fill their cell.
_BYLINE_RE = re.compile(
    "(?m)(?:^|(?<=[" + _SPACE + "，。；、|｜【】()（）/／]))"
    "(?:(?:责任编辑|特约编辑|编辑|编者|作者|撰文|撰稿|执笔|译者|翻译|编译|校译|整理|口述|记者|通讯员|摄影|绘图|审稿|校对|文|译)"
    "[" + _SPACE + "]{0,2}[：:／/｜|][" + _SPACE + "]{0,2}"
    "|(?:责任编辑|特约编辑|作者|撰文|译者|通讯员|摄影)[" + _SPACE + "]{1,2})"
)
# the colon, slash or bar after a credit word of ≤ 4 characters and ≤ 2 spaces, or the last character
# of a credit word written before spaces alone (scan.py; not the spaces: English text is full of them)
_BYLINE_ANCHOR = (re.compile("[：:／/｜|辑者文员影]"), 6)


def bylines(text: str, taken: Taken) -> list[Span]:
    """Names after a credit word and a colon or slash (作者：王某; 撰文/王某); a list joined by 、."""
    found: list[Span] = []
    for match in anchored_finditer(_BYLINE_RE, text, *_BYLINE_ANCHOR):
        pos = match.end()
        for _ in range(6):
            limit = _cell_end(text, pos)
            end = _any_name_end(text, pos, limit)
            if (end < 0 or end != limit or not 2 <= end - pos <= 4 or not _free(taken, pos, end)
                    or not bare_name_ok(text, pos, end, True)):
                break
            found.append((pos, end))
            taken.add(pos, end)
            if not text.startswith("、", end):
                break
            pos = end + 1
    return found


_COLON_ROW_RE = re.compile("(?m)^[" + _SPACE + "]{0,4}([" + _CJK + "·]{2,8}?)[" + _SPACE + "]{0,2}[：:]")


def colon_rows(text: str, taken: Taken) -> list[Span]:
    """Rows of a table of people, a name before a colon at the start of a line (王某：第十军军长).
    Two rows at least, or the row names a post."""
    rows = []
    for match in literal_finditer(_COLON_ROW_RE, text):
        start, end = match.span(1)
        if _name_fills(text, start, end) and _free(taken, start, end):
            line_end = text.find("\n", end)
            rest = text[end : line_end if line_end >= 0 else len(text)]
            rows.append((start, end, any(title in rest for title in TITLES)))
    if len(rows) < 2:
        rows = [row for row in rows if row[2]]
    for start, end, _ in rows:
        taken.add(start, end)
    return [(start, end) for start, end, _ in rows]


def _name_fills(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is exactly one plausible personal name."""
    name = text[start:end]
    if "·" in name:
        return all(part for part in name.split("·")) and name not in known_places()
    if _any_name_end(text, start, end) != end:
        return False
    return bare_name_ok(text, start, end, True) and not any(ch in STOP_CHARS for ch in name[1:])


# An infobox row: a side (a country or regime) + space + its commander, alone on the line
# (中华民国 王某, 大日本帝国 某宫某王); a prince's title 王 / 亲王 stays outside the name.
_SIDE_ROW_RE = re.compile(
    "(?m)^[" + _SPACE + "]{0,4}([" + _CJK + "]{2,8})[" + _SPACE + "]{1,3}([" + _CJK + "·]{2,12}?)"
    "(亲王|王)?[" + _SPACE + "]{0,3}(?=$|[（(])"
)
_PRINCE_RE = re.compile("[" + _CJK + "]{1,3}宫[" + _CJK + "]{1,3}")


def side_rows(text: str, taken: Taken) -> list[Span]:
    found: list[Span] = []
    places = known_places()
    for match in literal_finditer(_SIDE_ROW_RE, text):
        side = match.group(1)
        if not (side.endswith(("国", "帝国", "联邦", "政府")) or any(side[:size] in places for size in range(len(side), 1, -1))):
            continue  # a side: 中华民国, 大日本帝国, 中华民国大陆时期 (a place first)
        start, end = match.span(2)
        name = match.group(2)
        if match.group(3) and not _PRINCE_RE.fullmatch(name):
            end = match.end(3)  # 王 is part of a name here (李大王 is unlikely; keep the whole)
            name = text[start:end]
            if not _name_fills(text, start, end):
                continue
        elif not (_PRINCE_RE.fullmatch(name) or _row_name_ok(text, start, end) or _foreign_dotted(name)):
            continue
        if _free(taken, start, end):
            found.append((start, end))
            taken.add(start, end)
    return found


_CELL_STOP = set("的了在是和与及等于被把对向从由们个这那其此该各每都也又军师旅团营连队部系派")


def _row_name_ok(text: str, start: int, end: int) -> bool:
    """A commander's name alone in an infobox cell: 2-5 characters after a Chinese or Japanese
    surname, no particle, place or ordinary word (the cell frames the name, so an unlisted
    Japanese family name is accepted: 木下某某)."""
    if _name_fills(text, start, end):
        return True
    name = text[start:end]
    single, compound = surnames()
    jp = japanese_surnames()
    if not (2 <= len(name) <= 5 and (name[0] in single or name[:2] in compound or name[:2] in jp or name[:3] in jp)):
        return False
    if any(ch in _CELL_STOP or ch in PUNCT for ch in name[1:]) or name in known_places():
        return False
    if name[-1] in "县市镇村乡城省区州庄山河江湖岛港湾关":  # 湖北 某某县: a place under its province
        return False
    return not is_common_word(name, 30) and not is_common_word(name[:2], 1000)


def _foreign_dotted(name: str) -> bool:
    parts = name.split("·")
    return len(parts) >= 2 and all(1 <= len(part) <= 8 for part in parts)


# A biography's head: a name opening a line or the text, followed by its life dates in brackets
# (某某（1887年9月30日—1946年11月23日）) or by a courtesy name (某某，字某某).
_BIO_HEAD_RE = re.compile(
    "(?m)^[" + _SPACE + "]{0,4}([" + _CJK + "·]{2,8}?)[" + _SPACE + "]{0,2}"
    "(?:[（(][^（）()\n]{0,30}?[0-9０-９]{4}[^（）()\n]{0,30}?[—\\-–~～至－][^（）()\n]{0,40}?[）)]"
    "|(?=[，,][" + _SPACE + "]{0,2}(?:字|号|原名|本名)[" + _CJK + "]{2,3}[，,。；]))"
)


def bio_heads(text: str, taken: Taken) -> list[Span]:
    found: list[Span] = []
    for match in _BIO_HEAD_RE.finditer(text):
        start, end = match.span(1)
        if not _free(taken, start, end) or not (_name_fills(text, start, end) or _row_name_ok(text, start, end)):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


# A commander in brackets right after a unit designation: 第十军（某某）, 第3师团（某某中将）.
_UNIT_BRACKET_RE = re.compile(
    "(?:[0-9０-９一二三四五六七八九十百]|[军师旅团队区])(?:集团军|方面军|师团|旅团|联队|兵团|战区|支队|纵队|军|师|旅|团)"
    "[（(]([" + _CJK + "·]{2,8}?)(?:" + _RANK_TRIE_PLAIN + ")?[）)、，,]"
)


def unit_commanders(text: str, taken: Taken) -> list[Span]:
    """A name alone in brackets after a unit designation is its commander (第十军（某某））."""
    found: list[Span] = []
    for match in literal_finditer(_UNIT_BRACKET_RE, text):
        start, end = match.span(1)
        if text[end - 1] in _CELL_STOP or not _free(taken, start, end):
            continue  # 第18军（某某系）: a faction, not the commander
        if not (_name_fills(text, start, end) or _row_name_ok(text, start, end)):
            continue
        found.append((start, end))
        taken.add(start, end)
    return found


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_TITLE_GAP_RE = guarded(_TITLE_GAP_RE)
_BYLINE_RE = guarded(_BYLINE_RE)
