"""Counts of formations written without 个, and counts of one, in Chinese working text.

`find_formation_counts(text)` (QUANTITY):
- a numeral before 混成旅/混成团 (一混成旅) and a numeral before 师/旅/团 after a verb of having or leading (有五师,
  率两旅);
- a count of one after its noun (敌机一架) or after a word of exclusion (唯一一支, 只有一个).

Provenance: first seen on real-dev6-zh (session 6, helper zh6; split out of written_zh6 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百〇○"
_CN = "一两二三四五六七八九十"

# 一混成旅 / 两混成团: a numeral right before 混成旅/混成团 without 第 is a count (designations are 第N混成旅, 混成第N旅)
# not after a numeral, nor after a list comma that follows one: 第十三、十四两混成旅 is a list of designations
# (guideline 4; auditzh25), while 四师、一混成旅 lists counts
_MIXED_COUNT_RE = re.compile(f"(?<![第{_NUM}{_CN}])(?<![{_NUM}{_CN}]、)([{_CN}]{{1,3}})(混成[旅团])(?![长部属级])")
_MIXED_COUNT_ANCHOR = re.compile("混成[旅团]")
# 有五师 / 率两旅 / 辖三团: a count after a verb of having or leading (not 有第五师, not 五师长)
_HAVE_COUNT_RE = re.compile(f"[有率辖计]([{_CN}]{{1,2}})([师旅团])(?![长部属级第兄弟傅生父母范资姐妹徒{_NUM}])")
_HAVE_COUNT_ANCHORS = tuple(re.compile(f"{ch}(?:(?<=[有率辖计][{_CN}]{ch})|(?<=[有率辖计][{_CN}][{_CN}]{ch}))") for ch in "师旅团")
# 唯一一支 / 只有一个: one after a word of exclusion counts (elsewhere 一个, 一支 read as an article)
_ONLY_ONE_RE = re.compile("(?:唯一|只有|仅有|只剩|仅剩|只剩下|仅剩下)(一(个|支|座|架|艘|辆|门|名|位|人))"
                          # (session 32, w32zhqty) after a word of "only" (not 唯一: 唯一一件 is "the only"), any
                          # classifier of things, persons or households: 只有一颗手榴弹, 仅有一户人家, 只剩下一口石井
                          "|(?:只有|仅有|只剩|仅剩|只剩下|仅剩下)(一(颗|户|所|把|口|间|条|道|处|件|张|枚|挺|头|匹|块|台|棵|根))"
                          "(?![次下些点])")
_ONLY_ONE_ANCHOR = re.compile("一(?<=(?:唯一|只有|仅有|只剩|仅剩|剩下)一)")
# 击落敌机一架。: a count of one after its noun, at the end of a clause (not after 的: 南炮台的一门， is the article
# after a modifier, quantities._ARTICLE_CLASSIFIERS; session 32, w32zhqty)
_ONE_AFTER_RE = re.compile("一(架|艘|辆|门|挺|枚|座)(?=[。，,；;！!])")


def find_formation_counts(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_MIXED_COUNT_RE, text, _MIXED_COUNT_ANCHOR, 3):
        out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-formations", 61,
                             norm={"value": parse_number(m.group(1)), "unit": m.group(2), "approx": None}))
    for m in (m for anchor in _HAVE_COUNT_ANCHORS for m in anchored_finditer(_HAVE_COUNT_RE, text, anchor, 3)):         # starts with one of four characters: scanned in C
        out.append(Candidate(m.start(1), m.end(), "QUANTITY", "rule:quantity-formations", 61,
                             norm={"value": parse_number(m.group(1)), "unit": m.group(2), "approx": None}))
    for m in anchored_finditer(_ONLY_ONE_RE, text, _ONLY_ONE_ANCHOR, 3):
        g = 1 if m.group(1) else 3
        out.append(Candidate(m.start(g), m.end(g), "QUANTITY", "rule:quantity-only-one", 39,
                             norm={"value": 1, "unit": m.group(g + 1), "approx": None}))
    for m in _ONE_AFTER_RE.finditer(text):         # starts with the literal 一: scanned in C
        if m.start() and re.match(f"[{_CJK}]", text[m.start() - 1]) and text[m.start() - 1] not in "第每这那哪另同统唯单十百千万零〇两二三四五六七八九的":
            out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:quantity-one-after-noun", 41,
                                 norm={"value": 1, "unit": m.group(1), "approx": None}))
    return out
