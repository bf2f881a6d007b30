"""English MIL_UNIT extents the other finders split or miss (session 20, helper s20en: label audit of English
MIL_UNIT/ORG/EVENT on 16 passages from 16 sites — Hong Kong 1941, Chosin 1950, Kapyong/Imjin 1951, the British in
Korea, the Foreign Legion in Tonkin 1884-85, the Chindits 1944, the Northern Expedition 1926-28, Tientsin 1870,
the Boxer-year missions, Shanghai's gangs, Namka Chu 1962).

- A named unit's own tail standing for it later in the same paragraph (`the Grenadiers` after `the Winnipeg
  Grenadiers`, `The Independent Regiment` after `the Smith Independent Regiment`): one MIL_UNIT, the earlier
  reading's norm. Only after `the`, only a tail of a unit named without a number (a numbered unit's tail is a
  bare head: `the Division`), only a plural word or two words or more (`the Regiment` alone is generic, guideline
  5), and never bare `Marines` (the development sets leave bare Marines untagged).
- A Chindit or column number before a capitalised `Column` (`66 Column held the pass`, `the 39 Column`): one
  MIL_UNIT, as `No. 3 Column` is; not before another capitalised word (`20 Column Road`) and not after `Table`,
  `page` or a dimension word.
- The Commonwealth's formations in Korea by name without a number (`British Commonwealth Brigade engaged`, `the
  British Commonwealth Division`, `the Commonwealth Infantry Brigade`): one MIL_UNIT, `British` inside as in
  `27th British Commonwealth Brigade` (read whole elsewhere), a line break inside allowed.
Seen and not made: a numbered unit joined to a numbered parent after `of the` (`the 12th Division of the
Fourth Army`): the development sets read two spans there (3 of 3), so the split stays.
Cheap: each part starts from a literal (`the`, `Column`) or from the paragraph's own MIL_UNIT candidates.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

_NUMBERED_START = re.compile(r"(?:\d{1,3}(?:st|nd|rd|th|d)?|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth"
                             r"|Ninth|Tenth|Eleventh|Twelfth|Thirteenth|Fourteenth|Fifteenth|Sixteenth|Seventeenth"
                             r"|Eighteenth|Nineteenth|Twentieth|[A-HK-M])[ \t]")
_GENERIC_TAIL = frozenset("Marines Regiment Battalion Brigade Division Army Corps Company Battery Squadron Force "
                          "Group Column Detachment Unit Troops Regulars Volunteers".split())
_COLUMN = re.compile(r"(?<![\w./-])(?P<n>\d{1,3})[ \t]+Column(?![\w-])(?![ \t]+[A-Z])")
_COMMONWEALTH = re.compile(r"(?<![\w-])(?:British[ \t]*\n?[ \t]*)?Commonwealth[ \t]*\n?[ \t]*(?:Infantry[ \t]+)?"
                           r"(?P<h>Brigade|Division)(?![\w-])")
_NOT_BEFORE_COLUMN = re.compile(r"(?:Table|table|page|Page|p\.|No\.|Nos\.|width|row|Row|Figure|Fig\.)[ \t]*$")


def tail_pattern(tail: list[str]) -> re.Pattern:
    """`the` and the words of a unit's tail, as a whole phrase."""
    return re.compile(r"(?<![\w'\u2019-])(?:the|The)[ \t]+(" + r"[ \t]+".join(map(re.escape, tail))
                      + r")(?![\w'\u2019-])(?![ \t]+[A-Z])")


def tail_repeats(text: str, tail: list[str], pos: int):
    """`tail_pattern(tail).finditer(text, pos)`; none, and no pattern compiled (about 0.2 ms each), where a word of
    the tail stands nowhere from `pos` on (most tails)."""
    if any(text.find(word, pos) == -1 for word in tail):
        return iter(())
    return tail_pattern(tail).finditer(text, pos)


def _tails(text: str, out: list) -> None:
    named = [c for c in out if c.label == "MIL_UNIT" and not (c.norm or {}).get("numbers")
             and not _NUMBERED_START.match(text, c.start)]
    if not named:
        return
    for full in named:
        words = text[full.start:full.end].split()
        if len(words) < 2 or not all(w[:1].isupper() or w in ("and", "of") for w in words):
            continue
        for k in range(1, len(words)):
            tail = words[k:]
            if tail[0] in ("and", "of") or (len(tail) == 1 and (tail[0] in _GENERIC_TAIL or not tail[0].endswith("s")
                                                                 or tail[0].endswith("ss"))):
                continue
            for m in tail_repeats(text, tail, full.end):
                s, e = m.span(1)
                if any(c.start < e and s < c.end and c.label in ("MIL_UNIT", "ORG", "PERSON", "GPE", "LOC", "FAC",
                                                                  "EVENT") for c in out):
                    continue
                out.append(Candidate(s, e, "MIL_UNIT", "rule:en_unit_tail_repeat", 60, dict(full.norm or {})))


def _columns(text: str, out: list) -> None:
    for m in _COLUMN.finditer(text):
        if _NOT_BEFORE_COLUMN.search(text[max(0, m.start() - 8):m.start()]):
            continue
        if any(c.start <= m.start() and m.end() <= c.end and c.label == "MIL_UNIT" for c in out):
            continue
        for c in [c for c in out if m.start() <= c.start and c.end <= m.end()]:
            out.remove(c)
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_numbered_column", 62,
                             {"numbers": [int(m.group("n"))], "echelon": "纵队", "echelon_key": "column",
                              "prefix": "", "side": None, "id": None}))


def _commonwealth(text: str, out: list) -> None:
    for m in _COMMONWEALTH.finditer(text):
        s, e = m.span()
        if any(c.label == "MIL_UNIT" and c.start <= s and e <= c.end for c in out):
            continue
        if any(c.label == "MIL_UNIT" and c.start < e and s < c.end for c in out):
            continue
        for c in [c for c in out if s <= c.start and c.end <= e]:
            out.remove(c)
        brigade = m.group("h") == "Brigade"
        out.append(Candidate(s, e, "MIL_UNIT", "rule:en_commonwealth_formation", 62,
                             {"numbers": [], "echelon": "旅" if brigade else "师",
                              "echelon_key": "brigade" if brigade else "division", "prefix": "", "side": "UK",
                              "id": None}))


def find_unit_tails_columns(text: str, out: list) -> None:
    """A named unit's tail repeated, numbered Columns."""
    if "the " in text or "The " in text:
        _tails(text, out)
    if "Column" in text:
        _columns(text, out)
    if "Commonwealth" in text:
        _commonwealth(text, out)
