"""Folk names whose given part is a numeral and a measure: 张九龄, 秦九龄, 裘九斤, 王七斤 (PERSON, not a count).

Village custom named children by their weight at birth (九斤, 七斤, 六斤: Lu Xun's 风波 says so of a Shaoxing village),
and 九龄 is a given name of long standing (张九龄, the Tang chancellor). The QUANTITY finder reads 九龄 / 九斤 as a
count; a known surname written right before the numeral shows a name: the surname, one numeral 一-十 and 斤 or 龄
are one PERSON, priority above the count's. Not after another numeral or an approximator (约九斤, 共九斤), nor where
the surname closes a common word (大米九斤), nor for the surnames that are also goods weighed in 斤 (米, 金, 银, 麦).

Provenance: session 30 audit (s30zhper: narrative history of the late Qing and Republican years; a clan history's
秦九齡 five times and a bandit's 裘九斤 read as counts).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, surnames
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:person-numeral-given-name", 45
_NAME_RE = re.compile("(?<![一二三四五六七八九十百千万两几数约共计重余近逾每各])"
                      "([\u4e00-\u9fff])([一二三四五六七八九十])(斤|龄|齡)(?![一二三四五六七八九十0-9])")
_GOODS = set("米金银銀麦麥谷穀糖油盐鹽茶豆肉")


def find_numeral_given_names(text: str) -> list[Candidate]:
    if "斤" not in text and "龄" not in text and "齡" not in text:
        return []
    single, _ = surnames()
    out: list[Candidate] = []
    for m in _NAME_RE.finditer(text):
        start = m.start(1)
        surname = m.group(1)
        if surname not in single or surname in _GOODS:
            continue
        if start and is_common_word(text[start - 1:start + 1], 20):
            continue            # 大米九斤: a word ends on the would-be surname
        if is_common_word(text[start:start + 2], 20):
            continue            # 第九, 共九: a word, no surname
        out.append(Candidate(start, m.end(), "PERSON", SOURCE, PRIORITY))
    return out
