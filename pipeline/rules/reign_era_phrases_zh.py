"""A reign era inside a phrase of time is no PERSON (session 33, w33zhqing: cross-set reading of the development
sets' Qing-era passages).

An emperor of the Ming and Qing is named by his reign era (光绪, the lexicon's Guangxu Emperor; `乾隆|皇帝`, `雍正命`),
but local histories, temple and fortress records and encyclopedia pages of the Qing years write the era itself as a
stretch of time far more often: `清光绪年间`, `光绪间`, `光绪初`, `光绪朝以后`, `光绪时期`. There the era is a period,
no person, and the contract's DATE is the explicit year (`光绪元年`), which other finders read; the development sets
leave `X年间` untagged (audit22, audit24, audit28, audit30: 8 of 9; one reads `洪武年间` as DATE) and no set tags the
era of such a phrase as PERSON. The person lexicon's `光绪` was read as PERSON in `大同到了清光绪年间` (audit24),
`清代光绪年间英属印度陆军` (audit30) and the audits' pooled held-out passages.

`drop_reign_era_persons(text, candidates)` (working text, Simplified; run by the reconcile stage before it chooses,
after common_nr_words_zh) removes every PERSON candidate (of any source) whose text is a reign era of
lexicons/eras.tsv (Ming, Qing, Manchukuo, modern Japan; place_reading_checks.reign_eras) and which a word of a span
of time follows: 年间/年間, 间/間, 年代, 初/末 (not 初五: a day), 时期/時期, 时/時 (not 时年, the person's age), 朝 (not
朝见, 朝廷: the court), 中叶/中葉, 以来/以來, 之际/之際, 之季, 之世. Other readings of the same characters (a DATE
`光绪初`, `光绪末年`) then compete as before. Kept: `光绪帝`, `光绪皇帝`, `慈禧挟光绪西逃`, `光绪下诏` (no word of
time after the era).

Cost: nothing unless a PERSON candidate is two characters long and an era (a set look-up per PERSON candidate).
"""

from __future__ import annotations

import re

from pipeline.rules.place_reading_checks import reign_eras
from pipeline.spans import Candidate

# a word of a stretch of time right after the era (年间, 间, 初, 末, 时期, 朝 …); not 初五 (a day), 时年 (an age),
# 朝见/朝廷/朝政 (the court), 末将 …
_TIME_AFTER_RE = re.compile(
    "年[间間代]|[间間](?![谍諜])|初(?![一二三四五六七八九十])|末(?![将將])|时期|時期|[时時](?![年任])"
    "|朝(?![见見廷政臣野觐覲拜])|中[叶葉]|以[来來]|之[际際季世]")


def era_phrase_at(text: str, start: int, end: int) -> bool:
    """text[start:end] is a reign era and a word of a span of time follows it (光绪|年间, 光绪|初, 光绪|朝以后)."""
    return text[start:end] in reign_eras() and _TIME_AFTER_RE.match(text, end) is not None


def drop_reign_era_persons(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """The candidates less each PERSON that is a reign era in a phrase of time (era_phrase_at)."""
    drop = [k for k, c in enumerate(candidates)
            if c.label == "PERSON" and c.end - c.start == 2 and era_phrase_at(text, c.start, c.end)]
    if not drop:
        return candidates
    gone = set(drop)
    return [c for k, c in enumerate(candidates) if k not in gone]
