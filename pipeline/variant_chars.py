"""Character forms the working text maps one for one (positions kept), after OpenCC.

* Japanese shinjitai and Traditional variant forms OpenCC t2s leaves alone
  (`lexicons/variant_chars.tsv`): 第二次長沙作戦 → …作战, 戦車第3師団 → 战车第3师团, 砲兵 → 炮兵.
* 曰 typed for 日 (a look-alike used by novel and forum pages, in places to dodge filters):
  only where 日 is the only reading — after a day number (5月19曰, 十二曰) and before the
  words of Japan (曰军, 曰本, 曰寇, 曰伪); 曰 "said" (子曰, 曰：) is left alone.
* 馀 (the form of 餘 kept where 余 "I" could be misread, and the one many Simplified pages type) as 余
  after a numeral only (800馀架, 二十馀万人, 千馀人): the approximator of a count; 馀 inside a name
  (昭馀镇) is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_LEXICON = Path(__file__).parent / "lexicons" / "variant_chars.tsv"
# 曰 as 日: after a day number written after a month, or before a word of Japan
_YUE_AS_RI = re.compile(
    "(?<=[0-9０-９])曰|(?<=月[一二三四五六七八九十廿卅])曰|(?<=月[一二三四五六七八九十廿卅][一二三四五六七八九十])曰"
    "|(?<=[0-9０-９]月[0-9０-９])曰|曰(?=[军本寇伪方舰机侨籍])")
# 馀 as the approximator 余: right after a numeral or a magnitude
_YU_AS_YU = re.compile("(?<=[0-9０-９一二三四五六七八九十百千万萬亿億两兩])馀")


@lru_cache(maxsize=1)
def variant_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        form, simplified, _kind = line.split("\t")
        if len(form) == 1 and len(simplified) == 1:
            table[ord(form)] = simplified
    return table


@lru_cache(maxsize=1)
def variant_re() -> re.Pattern:
    return re.compile("[" + "".join(chr(c) for c in variant_table()) + "曰馀]")


def has_variants(text: str) -> bool:
    return variant_re().search(text) is not None


def map_variants(text: str) -> str:
    """`text` with variant forms replaced one for one (same length)."""
    if not has_variants(text):
        return text
    table = variant_table()
    # only where a variant stands (str.translate looks every character up)
    text = variant_re().sub(lambda m: table.get(ord(m.group()), m.group()), text)
    if "曰" in text:
        text = _YUE_AS_RI.sub("日", text)
    if "馀" in text:
        text = _YU_AS_YU.sub("余", text)
    return text
