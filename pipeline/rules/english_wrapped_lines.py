"""Hard-wrapped English prose: a line end inside a wrapped paragraph read as a space (session 31, helper w31en,
from the cross-set reading of the English development errors).

Books and despatches transcribed line by line (Project Gutenberg, Wikisource, OCR'd newspapers and war diaries)
keep the printed line ends: `the 23rd\\nFusiliers arrived`, `brother of Emilio\\nAguinaldo`, `the Peasant\\nArmy`,
`we and the 4th\\nLight`. Most English generators join the words of a name with `[ \\t]+`, so a name broken by the
wrap was lost whole or in part (four audit sets, 22-30, had such misses). The guidelines' reading
(docs/annotation-guidelines.md, session 11) is that a name broken by a line end is one span over the pieces as typed.

`wrapped_line_joins(text)` gives the working text (same length, offsets unchanged) with such line ends read as a
space, only where
- the document is hard-wrapped: at least 5 non-empty lines, the wrap width (the 80th percentile of the line
  lengths) between 25 and 100 characters (newspaper columns to book pages), at least 60% of the lines between 70%
  and 115% of that width and at most 5% longer (a Wikipedia paragraph per line, an infobox or a table of short
  fields beside long paragraphs is not so);
- the line end is single (no blank line: a paragraph stays a paragraph), the line before it is itself long (70% of
  the width or more) and the next line's first word would not have fitted on it (the way a line is wrapped: a
  heading, a field or the short last line of a paragraph is not joined), the line does not end with a hyphen or a
  dash (the hyphenated breaks are english_book_forms' job), and a word character or an opening quote or bracket
  follows the line end.
"""

from __future__ import annotations

import re

_BREAK_RE = re.compile(r"(?<=[^\s\-\u2010-\u2015])[ \t]*\n(?=[\w\"'(\u2018\u201c])")


_WORD_RE = re.compile(r"\S+")


def _wrap_width(text: str) -> int:
    """The wrap width of a hard-wrapped text, 0 where the text is not hard-wrapped."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if len(lengths) < 5:
        return 0
    width = lengths[(len(lengths) * 4) // 5]
    if not 25 <= width <= 100:
        return 0
    if sum(1 for n in lengths if 0.7 * width <= n <= 1.15 * width) < 0.6 * len(lengths):
        return 0                         # most lines fill the width
    if sum(1 for n in lengths if n > 1.15 * width) > 0.05 * len(lengths):
        return 0                         # and hardly any runs past it (an infobox beside long paragraphs)
    return width


def wrapped_line_joins(text: str) -> str:
    """`text` with the line ends inside hard-wrapped paragraphs read as spaces; same length."""
    if text.count("\n") < 4:
        return text
    width = _wrap_width(text)
    if not width:
        return text
    floor = 0.7 * width
    chars = None
    for m in _BREAK_RE.finditer(text):
        i = m.end() - 1
        line_start = text.rfind("\n", 0, i) + 1
        if i - line_start < floor:
            continue
        word = _WORD_RE.match(text, i + 1)
        if word is None or len(text[line_start:i].rstrip()) + 1 + len(word.group()) < 0.9 * width:
            continue                     # the next word would have fitted on the line: a field, not a wrap
        if chars is None:
            chars = list(text)
        chars[i] = " "
    return "".join(chars) if chars is not None else text
