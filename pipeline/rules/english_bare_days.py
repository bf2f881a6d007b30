"""A day of the month written alone as an ordinal, beyond `On the 18th the town fell` (english_numbers BARE_DAY_RE).

`find_bare_days(text, out)` (DATE), from session 32's cross-set reading (helper w32enqty: the same shape missed in
several development sets by different annotators, and on war diaries, sieges and memoirs on the web):
- after `about`, `until`/`till`, `up to`, `previous to`/`prior to`, `since` and `on` + `the`: `About the 25th or
  26th of June`, `until the 9th.`, `On the 13th of that month`;
- after a part of the day + `of the`: the DATE is the ordinal day only, as docs/annotation-guidelines.md reads
  letter-style days (`on the night of the 15th` -> `15th`, `the morning of the 3rd,` -> `3rd`); a night across two
  days is a range, each end its own DATE (`the night of the 14th-15th` -> `14th` + `15th`).
The day must be followed by what only a date takes here: a stop or clause mark, a dash or slash or `or|and|to` + another ordinal day
(`the 25th or 26th`), `of that|the same|this|the following month`, or the office abbreviations `inst.`/`ult.`; a
regiment named by its number (`until the 42nd came up`, `the 23rd Fusiliers`) is followed by none of them.
The value comes from the document (pipeline.normalize: the month and year named before it).
Session 34 (helper w34enqty, read across development sets: the same lone day missed in audit23 and 26 by
different annotators, and on regimental diaries and letters on the web) adds two frames of `find_framed_days`:
- a day in brackets after a word of time: `next morning (the 3d)`, `two days ago (the 23rd)`, `to-morrow (the 19th instant)`;
  a bracketed number after a name is a unit (`the Black Watch (the 42nd)`) and is left;
- `On the 15th` opening a sentence before a small-letter word (`On the 15th missionary Smith left`), not before a
  noun an ordinal counts (`On the 3rd day`, `On the 2nd battalion's front`, `the 5th floor`).
Every match holds a digit run with an ordinal suffix, so a text without one costs one C-level search.
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate

DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|(?<=[23])d)"
# scanned from its last digit (a narrow class, no look-behind): the day is checked whole at its start below
ORDINAL_END = re.compile(r"\d(?:st|nd|rd|th|d)(?!\w|-(?!\d))")
ORDINAL_DAY = re.compile(DAY)
PART = r"(?:[Mm]orning|[Aa]fternoon|[Ee]vening|[Nn]ight|[Ff]orenoon|[Dd]awn|[Dd]aybreak|[Mm]idnight)"
BEFORE = re.compile(rf"(?<![\w-])(?:(?P<part>{PART})[ \t]+of|(?:[Aa]bout|[Uu]ntil|[Tt]ill|[Uu]p[ \t]+to|[Pp]revious[ \t]+to"
                    rf"|[Pp]rior[ \t]+to|[Ss]ince|[Oo]n))[ \t]+the[ \t]+$")
RANGE_END = re.compile(rf"[ \t]?[-\u2013/][ \t]?(?P<d>{DAY})(?![\w-])")   # 'the night of the 14th-15th', 'the 20th/21st'
AFTER = re.compile(rf"[ \t]*(?:[,;:)]|\.(?![ \t]*\d)|$)|[ \t]+(?:or|and|to|till|until)[ \t]+(?:the[ \t]+)?{DAY}(?![\w-])"
                   r"|[ \t]+of[ \t]+(?:that|the[ \t]+same|this|the[ \t]+following|the[ \t]+next|the[ \t]+previous)[ \t]+month\b"
                   r"|[ \t]+(?:inst|ult|instant|ultimo)\b", re.M)
NAME_AFTER = re.compile(r"[ \t]+[A-Z(]|[ \t]*[-\u2013]")
PRIORITY = 50


def find_bare_days(text: str, out: list) -> None:
    """Append a DATE for each lone ordinal day read as a day of the month by the words around it."""
    if "the " not in text:
        return
    for end in ORDINAL_END.finditer(text):
        start = end.start() - 1 if end.start() and text[end.start() - 1].isdigit() else end.start()
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.,-"):
            continue
        m = ORDINAL_DAY.fullmatch(text, start, end.end())
        if not m:
            continue
        before = BEFORE.search(text, max(0, m.start() - 24), m.start())
        second = RANGE_END.match(text, m.end())
        if not before:
            continue
        tail = second.end() if second else m.end()
        # after a part of the day any word but a capitalised one (a unit's name: 'the night of the 4th Hussars') will do
        if not AFTER.match(text, tail) and not (before.group("part") and not NAME_AFTER.match(text, tail)):
            continue
        out.append(Candidate(m.start(), m.end(), "DATE", "rule:en_bare_day", PRIORITY))
        if second:        # each end of a range is its own DATE (spec rule 8)
            out.append(Candidate(second.start("d"), second.end("d"), "DATE", "rule:en_bare_day", PRIORITY))


TIME_WORD = (r"(?:morning|evening|night|afternoon|day|days|ago|yesterday|today|to-day|tomorrow|to-morrow|week"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
PAREN_DAY = re.compile(rf"\b{TIME_WORD}[ \t]*\([ \t]*the[ \t]+(?P<day>{DAY})(?:[ \t]+(?:inst\.?|instant|ult\.?|ultimo))?[ \t]*\)")
# a sentence opening: text start, a line start, or a stop / colon / semicolon and spaces before it
OPENING = r"(?:^|(?<=[.;:!?])[ \t]+|(?<=[.;:!?][\"\u201d\u2019)])[ \t]+)"
COUNTED_NOUN = (r"(?:day|days|night|nights|floor|floors|anniversary|attempt|occasion|try|time|page|line|lap|round"
                r"|hole|wave|assault|attack|battalion|battalions|regiment|regiments|brigade|brigades|division|divisions"
                r"|company|companies|corps|army|armies|fleet|squadron|squadrons|battery|batteries|platoon|troop"
                r"|flotilla|group|wing|century|edition|volume|chapter|verse|street|avenue|hour|minute|week|month|year"
                r"|inst|ult|instant|ultimo|of|and|or|to|in|at|on)\b")
ON_DAY = re.compile(rf"{OPENING}On[ \t]+the[ \t]+(?P<day>{DAY})(?=[ \t]+(?!{COUNTED_NOUN})[a-z])", re.M)


def find_framed_days(text: str, out: list) -> None:
    """Append a DATE for a lone ordinal day in brackets after a word of time, or after a sentence-opening `On the`
    before a small-letter word (session 34)."""
    if not ORDINAL_END.search(text):
        return
    scans = [rx for rx, word in ((PAREN_DAY, "(the"), (ON_DAY, "On the")) if word in text]
    for rx in scans:
        for m in rx.finditer(text):
            out.append(Candidate(m.start("day"), m.end("day"), "DATE", "rule:en_bare_day", PRIORITY))
