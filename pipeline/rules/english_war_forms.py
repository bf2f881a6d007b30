"""Forms of English pages on the battles of the Sino-Japanese war 1937-45 (auditen15) that the other finders miss:

- Japanese units named after their commander and written before `of the ...`: 'the Takeshita Battalion of the 34th
  Infantry Regiment', 'the Imai Detachment of the 5th Division' (english_unit_forms reads a named formation only
  when no `of` follows, since British names go on after it: 'Royal Regiment of Artillery'). The name is one
  word of romanised Japanese shape (english_unit_sides.japanese_shaped), not a common English word: MIL_UNIT,
  side JP (spec: a unit named after its commander is a MIL_UNIT; its side from the name's language).
- Coordinated names sharing one lower-case plural landform head: 'the Tongbaishan and Dahongshan mountains', 'the
  Han and Xiang rivers': one LOC span, as english_theatres_waters reads the capitalised heads ('the Chindwin and
  Salween
  Rivers', rule 4/10 by analogy). Each name is one capitalised word that is no demonym nor side word.
- A county written as a pinyin syllable and a lower-case `xian` (县): 'near the Teng xian railway stop' (GPE; the
  capitalised 'Feng Xian' may be a person's name and is left to the name finders).
"""

from __future__ import annotations

import re

from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

_JP_NAMED = re.compile(r"(?<![\w'\u2019-])(?P<n>[A-Z][a-z]{3,14})[ \t]+(?P<h>Battalion|Detachment|Unit|Column)"
                       r"(?=[ \t]+of[ \t]+the[ \t]+\d)")
_LANDFORM = re.compile(r"(?<![\w'\u2019-])(?P<a>[A-Z][a-z]{1,15})(?:,[ \t]+(?P<b>[A-Z][a-z]{1,15}))?,?[ \t]+and[ \t]+"
                       r"(?P<c>[A-Z][a-z]{1,15})[ \t]+(?:mountains|rivers|hills|lakes|ranges)(?![\w-])")
_NOT_NAME = frozenset("The A An In On At Of To By For From With Between Both And Or North South East West Northern "
                      "Southern Eastern Western Upper Lower Great Little Japanese Chinese British American Allied "
                      "Nationalist Communist Soviet Indian Burmese Korean Manchurian Mongolian Its Their His".split())


def _japanese_named(text: str, out: list) -> None:
    from pipeline.normalize.english_unit_sides import japanese_shaped  # noqa: PLC0415
    from pipeline.normalize.english_unit_values import normalize_unit_en  # noqa: PLC0415
    from pipeline.rules.english_place_context import common_word  # noqa: PLC0415

    for m in _JP_NAMED.finditer(text):
        name = m.group("n")
        if not japanese_shaped(name) or common_word(name) or name in _NOT_NAME:
            continue
        norm = normalize_unit_en(m.group(), "", side="JP")
        norm.update({"numbers": [], "side": "JP", "id": None})
        out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:en_jp_named_formation", 58, norm))


def _landforms(text: str, out: list) -> None:
    for m in _LANDFORM.finditer(text):
        names = [g for g in (m.group("a"), m.group("b"), m.group("c")) if g]
        if any(n in _NOT_NAME or n.endswith(("ese", "ian", "ish")) for n in names):
            continue
        out.append(Candidate(m.start(), m.end(), "LOC", "rule:en_shared_lower_head", 47))


_LOWER_XIAN = re.compile(r"(?<![\w'\u2019-])(?P<s>[A-Z][a-z]{0,5})[ \t]xian(?![\w'\u2019-])")


def _lower_xian(text: str, out: list) -> None:
    from pipeline.rules.english_romanise import pinyin_syllables  # noqa: PLC0415

    syllables = pinyin_syllables()
    for m in literal_finditer(_LOWER_XIAN, text):
        if m.group("s").lower() in syllables:
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:en_lower_xian", 47))


def find_war_forms(text: str, out: list) -> None:
    """Japanese units named after a commander before `of the Nth ...`; names sharing a lower-case landform head."""
    if "of the " in text and ("Battalion" in text or "Detachment" in text or "Unit" in text or "Column" in text):
        _japanese_named(text, out)
    if " and " in text and ("mountains" in text or "rivers" in text or "hills" in text or "lakes" in text
                            or "ranges" in text):
        _landforms(text, out)
    if " xian" in text:
        _lower_xian(text, out)
