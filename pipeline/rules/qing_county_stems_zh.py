"""Qing counties named without 县 where a place is expected: 退回良乡。, 进至盩厔, 占领临榆, (GPE).

Narratives of the wars of 1840-1930 write a county of the Qing by its two characters alone (良乡, 临榆, 宁洋, 海澄),
and many of those counties were abolished, merged or renamed after 1912, so neither today's gazetteer nor its
short forms know the bare name; the Qing table (`lexicons/qing_divisions_cn.tsv`, CHGIS v4, counties of 1911)
holds them only with 县. `find_qing_county_stems(text)` (working text, Simplified) proposes GPE for the stem of a
Qing `XX县` when

- no other place table reads the stem (it is no known place: those are read already),
- it makes no common word of jieba's dictionary (frequency 50 or more outside the place tags: 通道, 感恩, 上元,
  分水 are left alone), ends in no landform word (河西, 长山, 钱塘 name a region, a hill or a river first) and is
  no era name (元和),
- a verb or preposition of movement, taking or staying stands right before it (至 抵 到 往 赴 回 入 出 过 经 由 自
  进 驻 屯 守 攻 克 陷 破 围 取 袭 逼 趋 趣 犯 掠 奔 走 援 救 领 据: 退回|良乡, 占领|良乡), or a list mark (、 及), and
- a mark of its end follows: punctuation (a gloss （今X） too), the end of the text, or 一带, 附近, 以北/南/东/西, 之,
  等, 城下.

The value is the Qing county's (modern name and gazetteer id where the table has one unique row). GPE at 31,
above the gazetteer's readings of the characters (30). Cost: one regex of the stems (about 150), scanned from its
literals; nothing where the text holds none.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import longest_first, read_rows
from pipeline.rules.names_common import known_places, word_info
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

SOURCE = "rule:qing-county-stem"
PRIORITY = 31
_BEFORE = frozenset("至抵到往赴回入出过经由自进驻屯守攻克陷破围取袭逼趋趣犯掠奔走援救领据、及")
_END = frozenset("，,。、；;：:（()）！!？?\n")
_LANDFORM = frozenset("山河湖溪江流塘东西南北")   # a compass word last: 河西, 镇东 read as "west of the river"
_AFTER_WORDS = ("一带", "附近", "以北", "以南", "以东", "以西", "之", "等", "城下")


@lru_cache(maxsize=1)
def _stems() -> tuple[dict[str, dict], re.Pattern | None]:
    """{stem: norm} of the Qing counties whose bare two-character stem nothing else reads."""
    places, words = known_places(), word_info()
    rows: dict[str, list[tuple[str, str]]] = {}
    for row in read_rows("qing_divisions_cn.tsv"):
        name, kind = row[0], row[3]
        if kind != "county" or len(name) != 3 or not name.endswith("县"):
            continue
        rows.setdefault(name[:2], []).append((row[7], row[8]))
    eras = {row[0] for name in ("eras.tsv", "eras_early.tsv") for row in read_rows(name)}
    stems: dict[str, dict] = {}
    for stem, values in rows.items():
        entry = words.get(stem)
        if stem in places or (entry and entry[0] >= 50 and not entry[1].startswith("ns")):
            continue
        if stem[-1] in _LANDFORM or stem in eras:   # 河西, 长山, 钱塘 read as a region or landform; 元和 an era
            continue
        modern, pid = values[0] if len(set(values)) == 1 else ("", "")
        stems[stem] = {"modern": modern or None, "id": pid or None}
    if not stems:
        return {}, None
    return stems, re.compile("|".join(re.escape(stem) for stem in sorted(stems, key=longest_first)))


def find_qing_county_stems(text: str) -> list[Candidate]:
    stems, pattern = _stems()
    if pattern is None:
        return []
    out: list[Candidate] = []
    for match in literal_finditer(pattern, text):
        start, end = match.start(), match.end()
        if not start or text[start - 1] not in _BEFORE:
            continue
        if end < len(text) and text[end] not in _END and not text.startswith(_AFTER_WORDS, end):
            continue
        out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY, dict(stems[match.group()])))
    return out
