"""Written-Chinese DATE classes (part of pipeline.rules.written_zh `find_written`): a clock time with minutes
(战至6点20分, 十时三十分; its day comes from the dates before it); a day with a part of day wherever it stands
(9日拂晓 after a heading joined to the line); 韵目代日 telegraph day codes (铣日 = 16th;
`lexicons/telegraph_days.tsv`).

Every pattern has bounded repetitions (linear time).
"""

from __future__ import annotations

import re

from pipeline.rules.scan import literal_finditer
from pipeline.rules.written_zh_scan import CJK, anchored_scanner
from pipeline.spans import Candidate

_CLOCK_RE = re.compile(
    "(?<![0-9.．:：])(?:[0-2]?[0-9]|[一二]?十[一二三四]?|[一二三四五六七八九])[点时]"
    "(?:[0-5]?[0-9]|[一二三四五]?十[一二三四五六七八九]?|[零〇][一二三四五六七八九]|[一二三四五六七八九])分(?:许|左右)?"
    "(?![0-9钟])")

# a day with a part of day (9日拂晓) is a date wherever it stands, also after a heading joined to
# the line (…城门血战 9日拂晓); not 三日夜 (three days and nights) nor 4日后
_DAY_PART_RE = re.compile(
    "(?<![0-9.．第前后今明昨翌次每数几])(?:[1-9]|[12][0-9]|3[01])日"
    "(?:拂晓|凌晨|清晨|黎明|早晨|早上|上午|中午|下午|傍晚|黄昏|晚上|晚间|深夜|午夜|夜间)")

_TELEGRAPH_RE = re.compile(f"([{CJK}])日")
# characters that make code+日 part of a word: 每日, 今日, 冬日, 休养日, 去世日, 沦陷日, 三个日军
_TELEGRAPH_NOT_AFTER = set(
    "每今明昨前后某是那这同当终整平假节生末白落旭红烈夏冬春秋元隔次翌数多几一二三四五六七八九十两百千万个号天年周"
    "期休去逝沦攻失抗侵对援反亲知访赴驻在中美英法德苏俄全")
_TELEGRAPH_NOT_BEFORE = set("军本寇方伪机舰侨籍语元文式子光头报记常期间内久益渐趋事惨起暴兵政")

# each pattern's anchor and reach (see pipeline.rules.written_zh_scan)
_ANCHORS: dict[re.Pattern, tuple[re.Pattern, int]] = {
    _CLOCK_RE: (re.compile("分"), 7),               # hour ≤ 3, 点/时, minutes ≤ 3, 分
    _DAY_PART_RE: (re.compile("日"), 2),
}
_finditer = anchored_scanner(_ANCHORS)


def find_written_dates(text: str) -> list[Candidate]:
    out = [Candidate(m.start(), m.end(), "DATE", "rule:date-clock", 50) for m in _finditer(_CLOCK_RE, text)]
    out += [Candidate(m.start(), m.end(), "DATE", "rule:date-day-part", 50) for m in _finditer(_DAY_PART_RE, text)]
    out += _telegraph_days(text)
    return out


def _telegraph_days(text: str) -> list[Candidate]:
    """韵目代日 (铣日 = the 16th): a code with 日, not inside a word; the codes that are also words
    (冬日, 元日, 有日) and the alternative forms only before 电/致电/代电 (a telegram's date)."""
    from pipeline.normalize.dates import telegraph_codes

    out = []
    if "日" not in text:
        return out
    codes = telegraph_codes()
    for m in literal_finditer(_TELEGRAPH_RE, text):
        code = m.group(1)
        if code not in codes:
            continue
        start = m.start(1)
        if start and text[start - 1] in _TELEGRAPH_NOT_AFTER:
            continue
        rest = text[m.end():m.end() + 2]
        telegram = rest.startswith(("电", "致电", "代电", "来电", "急电", "通电"))
        if codes[code][1] and not telegram:
            continue
        if rest[:1] and rest[0] in _TELEGRAPH_NOT_BEFORE and not telegram:
            continue
        out.append(Candidate(start, m.end(), "DATE", "rule:date-telegraph", 50))
    return out
