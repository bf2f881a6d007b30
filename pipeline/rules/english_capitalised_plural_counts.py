"""A count before a capitalised plural the other count grammars do not know: one QUANTITY, the plural its unit.

`find_capitalised_plural_counts(text, out)` (QUANTITY), from session 33's cross-set reading (helper w33enunit: the
golds of eleven development sets read a count before a capitalised plural as one QUANTITY, `500 Americans`,
`49 Grenadiers`, `Three Volunteers`, `2,000 Boxers`, `two Brigades`; the rules missed the plurals no lexicon holds in
three of them, a people, a corps' men or a table's capitalised noun: `200 Queensmen`, `A thousand Arnauts`, `9 Tanks`;
the same shape on war histories on the web: `defeated 1200 Mahrattas`, `42 Mustangs of the 332nd`, `4,000 Bashi
Bazouks`; examples in this module are written for it).
- the count: a figure (not a year 1600-2099 written without a comma, not after `No.`, `page`, `chapter`), or a number
  in words (`five`, `twenty-five`, `a hundred`, `two thousand`);
- the plural: one capitalised word ending in `s` or `men`, followed by a verb, a preposition, a conjunction or a
  clause mark, not by another capitalised word (a name, `200 Queens Road`);
- left to the other finders: anything another candidate already reads there as a unit, a place, a person or a count
  (`2 Hants`, `18 Grenadiers` as a regiment's battalion; `500 Americans`).
Scans start from a digit, or from the space before a capitalised plural (the number in words read back).
"""

from __future__ import annotations

import re

from pipeline.normalize.english_quantities import normalize_quantity_en
from pipeline.spans import Candidate

PRIORITY = 49          # under the count grammars' own readings (50) where they read the same span

_PLURAL = r"(?P<w>[A-Z][a-z]{2,15}(?:s|men))(?![\w'\u2019-])"
_AFTER = re.compile(r"[ \t]*(?:[,.;:)]|$)|[ \t]+(?:were|was|had|have|and|or|of|under|from|in|at|to|who|with|on|into"
                    r"|destroyed|killed|captured|taken|lost|left|marched|crossed|came|went|held|attacked|advanced)\b",
                    re.M)
DIGIT_RE = re.compile(rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d{{1,6}})[ \t]+{_PLURAL}")
_WORD_NUM = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven"
             r"|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|a|one|several|some)")
# scanned from the space before a capitalised plural (case-sensitive, cheap); the number is read back from there
PLURAL_AFTER_SPACE = re.compile(r"[ \t](?=[A-Z][a-z]{2,15}(?:s|men)(?![\w'\u2019-]))")
PLURAL_WORD = re.compile(r"[A-Z][a-z]{2,15}(?:s|men)")
WORDS_BEFORE = re.compile(rf"(?<![\w-])(?i:(?P<num>(?:{_WORD_NUM})(?:[ \t]+(?:hundred|thousand))?))[ \t]+\Z")
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
_REFERENCE_BEFORE = re.compile(r"(?i:\b(?:no|nos|page|pages|p|pp|chapter|vol|volume|figure|table|number))\.?[ \t]*\Z")
# plural-looking capitalised words that are no counted things here
_NOT_PLURAL = frozenset("""Mass News Paris Brussels Athens Wales Lewis James Charles Thomas Jones Williams Davis Roberts
Days Hours Minutes Weeks Months Years Miles Yards Feet Tons Pounds Dollars Percent""".split())


def _add(text: str, start: int, num_end: int, w_start: int, end: int, out: list) -> None:
    word = text[w_start:end]
    if word in _NOT_PLURAL or not _AFTER.match(text, end):
        return
    if _REFERENCE_BEFORE.search(text, max(0, start - 12), start):
        return
    over = [o for o in out if o.start < end and start < o.end]
    if any(o.label != "QUANTITY" or o.start < start or o.end > num_end for o in over):
        return                     # another finder reads the plural or more (a unit, a place, a person, a count)
    for o in over:                 # the bare count alone ('A thousand'): the plural is its unit
        out.remove(o)
    norm = normalize_quantity_en(text[start:end], w_start - start)
    if norm["value"] is None or norm["value"] < 2:
        return
    out.append(Candidate(start, end, "QUANTITY", "rule:en_capitalised_plural_count", PRIORITY, norm))


def find_capitalised_plural_counts(text: str, out: list) -> None:
    """Append a QUANTITY for each count before a capitalised plural no other finder reads."""
    for m in DIGIT_RE.finditer(text):
        start = m.start("num")
        if start and (text[start - 1].isalnum() or text[start - 1] in ".,/-$£#"):
            continue
        if _YEAR.fullmatch(m.group("num")):
            continue
        _add(text, start, m.end("num"), m.start("w"), m.end("w"), out)
    for p in PLURAL_AFTER_SPACE.finditer(text):        # a number in words before the plural, read back
        w_start = p.end()
        n = WORDS_BEFORE.search(text, max(0, w_start - 32), w_start)
        if not n:
            continue
        end = w_start + len(PLURAL_WORD.match(text, w_start).group())
        _add(text, n.start("num"), n.end("num"), w_start, end, out)
