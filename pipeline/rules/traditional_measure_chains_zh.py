"""Counts written in a chain of the traditional units of one measure (`四两二钱`, `三石五斗`, `四十六顷八十五亩六分`,
`二丈五尺`): one QUANTITY each; a tenth of a tael after silver (`银三钱`) or near a count in taels too (session 29,
s29zhcount: Chinese QUANTITY extents on Qing memorials, gazetteer tax and land records, pay accounts 1840-1949).

Qing and Republican accounts write silver, grain, land and length in descending units of one system, each with its
numeral, the smaller units running on without a break: silver 两 钱 分 厘 毫 (taels, mace, candareens …), grain 石 斗
升 合 勺 (piculs of volume, pecks …), land 顷 亩 分 厘 毫, length 丈 尺 寸 分. The contract counts a number with its
unit as one QUANTITY (guideline 9) and the development sets read such a chain whole (`一两八钱六分`, as `1年零3个月`
is one duration); the number grammar cuts it at its first unit (`4两` + bare `2`) and leaves the tail. Provenance of
the unit systems: the Qing statutory measures (库平两 = 10 钱, 1 石 = 10 斗, 1 顷 = 100 亩, 1 丈 = 10 尺), standard in
any reference on the Qing fiscal system; not derived from any page.

Classes (examples written for this module):
- a chain of two or more units of one system in descending order, each after its numeral, 零 allowed before an
  element (`每丁征银一钱三分`, `共征银二百两零五钱`, `麦十石五斗`, `地三顷二十亩`, `墙高二丈五尺`): one QUANTITY, valued in
  its first unit (`四两二钱` → 4.2, unit 两; `三顷二十亩` → 3.2, unit 顷; normalize/quantities.py `measure_chain`); a
  later element may list alternatives (`每石一两三、四钱`: one count, valued at the first, 1.3);
- a single `N钱` right after 银 (`饷银三钱`) or within 40 characters after a count in 两 (`月饷4两，扣除9钱米价`): a
  tenth of a tael (unit 钱), not the word for money (`一百块钱`, `多少钱` hold no numeral right before 钱 or have 块).
Negatives: `三分之二` (a fraction: 分 opens no chain after a bare numeral), `十分重要`, `五两银子` (one unit, left to the
number grammar), `一钱不值` (no silver before it, no tael count near).
Priority 45: above the number grammar's pieces (QUANTITY 40), below dates (50). Cost: a str check for the small
units' characters, then one regex over the text (its first character class rejects most positions).
"""

from __future__ import annotations

import re

from pipeline.normalize.quantities import MEASURE_CHAIN_SYSTEMS, descending_run
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:traditional-measure-chain", 45

# a numeral of an element: digits, or Chinese numerals (两 only as "two" before a unit that is not 两)
_NUM = "(?:[0-9]{1,9}(?:\\.[0-9]{1,4})?|[零〇一二三四五六七八九十百千万廿卅]{1,12}|两(?=[钱分厘毫斗升合勺亩尺寸石顷丈]))"
_UNITS = "".join(sorted({u for units, _ in MEASURE_CHAIN_SYSTEMS.values() for u in units}))
# two or more numbered units in a row (their order and system checked in `_one_system`); 零 may open a later element
# a later element may list its alternatives (一两三、四钱, 一两四、五、六钱: a price between, as one count)
_ALTERNATIVES = "(?:、[一二三四五六七八九])*"
_CHAIN_RE = re.compile(f"(?<![0-9零〇一二三四五六七八九十百千万两廿卅第.])(?:{_NUM}[{_UNITS}])"
                       f"(?:零?{_NUM}{_ALTERNATIVES}[{_UNITS}]){{1,5}}")
# a single 钱 after silver, or near a count in taels: the tenth of a tael (not 钱财, 钱粮, 钱币, 钱款, 钱物)
_MACE_RE = re.compile(f"(?<![0-9零〇一二三四五六七八九十百千万两廿卅.]){_NUM}钱(?:零?{_NUM}分)?(?![财粮币款物])")
_TAEL_COUNT_BEFORE = re.compile("(?:[0-9]|[〇一二三四五六七八九十百千万])两")
_ELEMENT = re.compile(f"零?({_NUM}){_ALTERNATIVES}([{_UNITS}])")


def _one_system(span: str) -> int:
    """The length of the longest prefix of `span` whose elements' units descend in one system (0: under two)."""
    elements = list(_ELEMENT.finditer(span))
    _, count = descending_run([m.group(2) for m in elements])
    return elements[count - 1].end() if count >= 2 else 0


def find_traditional_measure_chains(text: str) -> list[Candidate]:
    """QUANTITY candidates of the classes in the module doc."""
    if not any(ch in text for ch in "钱斗亩尺升合勺寸厘"):
        return []
    out: list[Candidate] = []
    for m in _CHAIN_RE.finditer(text):
        length = _one_system(m.group())
        if length:
            out.append(Candidate(m.start(), m.start() + length, "QUANTITY", SOURCE, PRIORITY))
    covered = [(c.start, c.end) for c in out]
    if "钱" in text:
        for m in _MACE_RE.finditer(text):
            if any(s <= m.start() < e for s, e in covered):
                continue
            before = text[max(0, m.start() - 40):m.start()]
            if text[m.start() - 1:m.start()] == "银" or _TAEL_COUNT_BEFORE.search(before):
                out.append(Candidate(m.start(), m.end(), "QUANTITY", SOURCE, PRIORITY))
    return out
