"""The working text: one normalised view of a document that every finder sees.

    original ──OpenCC t2s (Traditional/mixed only, script.py)──▶ converted
             ──normalise (this module)──▶ working text
    + one WorkingMap that projects offsets both ways through both steps

Normalisation, so that no finder has to know how a page was typed:

* substitutions (one character for one, positions kept):
  - full-width digits, Latin letters and ％＋－／ → ASCII (１９４４ → 1944);
  - ASCII , ( ) : ; ! ? " in Chinese context → ，（）：；！？“” (quotes and brackets
    by pairs); a comma between digits (410,000), anything touching a Latin letter
    (English runs) and a `.` are left alone;
  - financial numerals inside a numeral run as the ordinary ones (贰万叁百 → 二万三百, 民国贰拾年);
  - ○ inside a numeral → 〇, and so is the digit 0 after a Chinese digit (第二0一师); ﹑ → 、; ﹐ → ，; ． between digits → .;
    ﹐ ． · ・ ﹑ between the numerals of a list of designations (第5·6师) → 、;
* deletions (skipped for matching, still inside the entity in the original):
  - web residue: footnote marks [1] [12] [1]:51 [注1] [註 2], [编辑], [来源请求] …; pinyin readings a
    converter glued after a character (戰(zhàn)役 → 戰役);
  - HTML left in a copied page (<br/>, <p>, <img …>, &nbsp;, the amp; of &amp;) next to Chinese or a digit;
  - spaces, tabs, U+3000 and NBSP between CJK characters, CJK punctuation and
    digits (第 52 军, 1943 年 5 月) — never between two digits or next to Latin;
  - an English word broken at a line's end by a hyphen (Decem-\\nber → December; a
    capitalised word keeps its hyphen: Kai-\\nshek → Kai-shek);
  - a single line break inside a Chinese sentence (第1\\n师团长): the character
    before it is not sentence-final, the one after is CJK or a digit, and both
    lines are prose (they hold ，、。；：！？ or are long), so headings, lists and
    infobox rows stay lines. Blank lines always stay.

Spans found on the working text go back with `span_to_src`: the start of the
first and the end of the last character, so a space or line break inside an
entity is part of its original span and one just outside it is not.

This module is the entry point (normalise, working_text, WorkingText); the substitutions are in
working_substitutions.py, the deletions in working_deletions.py, the offset maps in working_offsets.py
and the character classes they share in working_chars.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.script import convert_with_map
from pipeline.variant_chars import map_variants
from pipeline.working_chars import ASCII_PUNCT, LIST_SEP, SPACE
from pipeline.working_deletions import PROSE_LINE, delete, deletion_spans  # noqa: F401 (PROSE_LINE: re-exported)
from pipeline.working_offsets import DeletionMap, WorkingMap
from pipeline.working_substitutions import financial_numerals, substitute

# any character a substitution or a deletion may touch: a text without one is its own working text
_ANY = re.compile("[" + ASCII_PUNCT + SPACE + "\n\\[［\uff10-\uff19\uff21-\uff3a\uff41-\uff5a％＋－／<&"
                  + LIST_SEP + "○0Oo]")


@dataclass(frozen=True)
class WorkingText:
    source: str           # the original text (entities point into it)
    text: str             # the working text (finders, model, normaliser see it)
    offsets: WorkingMap
    config: str | None    # the OpenCC config applied first, if any

    @property
    def changed(self) -> bool:
        return not self.offsets.identity or self.text != self.source


# --------------------------------------------------------------------------- entry point

def normalise(text: str) -> tuple[str, DeletionMap]:
    """`text` normalised for matching, and the map back to it."""
    text = map_variants(text)            # 戦 → 战, 砲 → 炮, 5月19曰 → 5月19日 (one for one)
    text = financial_numerals(text)     # 贰万四千 → 二万四千 (one for one)
    if not _ANY.search(text):
        return text, DeletionMap([], len(text))
    text = substitute(text)
    deleted = deletion_spans(text)
    return delete(text, deleted), DeletionMap(deleted, len(text))


def working_text(text: str, config: str | None = None) -> WorkingText:
    """The working text of `text`: OpenCC `config` (e.g. "t2s") first, then normalised."""
    conversion = convert_with_map(text, config) if config else None
    converted = conversion.text if conversion else text
    normalised, deletions = normalise(converted)
    offsets = WorkingMap(conversion.offsets if conversion else None, deletions)
    return WorkingText(text, normalised, offsets, config)
