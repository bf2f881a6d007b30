"""Forms of Chinese forum posts and personal blogs about the wars of 1911-1953 (auditzh30).

People typing on 知乎, 贴吧, 铁血 or a 360doc repost write the year of the war with two digits and no
century, at the head of a clause: `38年万家岭战役`, `41年参加上高会战`, `那是44年`. The date finder reads
two-digit years only with a month or season after them (`37年7月`, `38年春`); the bare `38年` was left
to the quantity finder as a duration of 38 years. This module proposes DATE (normalised 19xx by
`pipeline.normalize.dates`) for a two-digit year 11-53 followed by 年 where:

- it opens a clause (text start, after a line break or punctuation) or follows a preposition or copula
  of time (在/于/到/至/从/自/是), so `打了12年`, `当了38年兵`, `共38年` stay durations;
- 年 is not followed by a word that makes it a length of time or a part of a year the date finder reads
  (前/后/来/间/内/多/余/半/里/代/之/中/底/初/末/春/夏/秋/冬/月/的时间 …);
- the document gives no reason to read another century or era: no four-digit 18xx year and no
  民国/民國 (a Taiwanese `38年` is 民国38年, 1949).

Priority 52: above the quantity finder (40) and the date finder (50) on the same span.

An interview or memoir blog heads a veteran's biography with his name in black lenticular brackets and
the birth at once after it: `【某某某】1921年生于…`, `【某某】，1919年出生`. The name inside is a PERSON
(a surname from surnames_cn.txt + one to three characters) when 生/出生/生于/生人 follows within 40
characters; without the frame the gazetteer read a place at its head (黄海 in 【黄海潮】). Priority 40:
above the gazetteer (30) and the lexicon persons (35), the span is the whole bracketed name.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import surnames
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:date-two-digit-year", 52
_TWO_DIGIT_YEAR = re.compile(
    "(?:^|(?<=[\\n。；;！!？?，,：:、（(）)\\s\u3000“\"])|(?<=[在于到至从自是]))"
    "(1[1-9]|[2-4][0-9]|5[0-3])年"
    "(?![前后来間间内內多余餘半里裏代之中底初末春夏秋冬月号號份级級龄齡头頭左右上下整])"
    "(?!的(?:时间|時間|光景|工夫))")
_OTHER_CENTURY = re.compile("18[0-9]{2}年|民[国國]")
_BIO_HEAD = re.compile("【([\u4e00-\u9fff]{2,5})】[ \u3000,，:：]{0,2}(?=[^【】\n]{0,40}(?:出生|生于|生於|生人|[0-9〇○一二三四五六七八九十]年生))")
SOURCE_BIO, PRIORITY_BIO = "rule:person-bio-head", 40


def _bio_heads(text: str) -> list[Candidate]:
    single, compound = surnames()
    out = []
    for m in _BIO_HEAD.finditer(text):
        name = m.group(1)
        surname = 2 if name[:2] in compound else 1 if name[0] in single else 0
        if surname and 1 <= len(name) - surname <= 3:
            out.append(Candidate(m.start(1), m.end(1), "PERSON", SOURCE_BIO, PRIORITY_BIO))
    return out


def find_forum_forms(text: str) -> list[Candidate]:
    out = _bio_heads(text) if "【" in text else []
    if "年" not in text or _OTHER_CENTURY.search(text):
        return out
    for m in literal_finditer(_TWO_DIGIT_YEAR, text):
        if m.end() < len(text) and text[m.end()].isdigit():
            continue
        out.append(Candidate(m.start(1), m.end(), "DATE", SOURCE, PRIORITY))
    return out
