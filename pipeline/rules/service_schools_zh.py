"""Schools of an army, navy or air force named by what they teach (session 12 audit: a Traditional biography of a
Japanese general): 陆军预科士官学校, 陆军炮工学校, 陆军军需学校, 陆军中央幼年学校, 海军机关学校, 空军军官学校.

The lexicon knows the famous ones whole (陆军大学, 海军兵学校); the others were missed. One ORG (priority 62, the
service bodies' priority in orgs.py: above the named force 陆军 inside it) for a service word, one to five
characters naming the school's subject or level, and 学校 / 学堂 / 大学 / 学院; a country or place written right
before it belongs to the name (保定陆军军官学校; a country stays a GPE of its own: 日本|陆军户山学校, as the
independent sets read 日本|陆军士官学校), and so do 中央/国立/省立/私立/帝国 (中央陆军军官学校), and a party's full name, with 党立 (中国国民党(党立)陆军军官学校; s18zhper). The middle holds no function word, numeral or verb of the sentence
(陆军和海军学校 is no name). Anchored on the literals 学校/学堂/大学/学院 (str.find); each hit reads at most nine
characters back.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_countries, known_places
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

SOURCE = "rule:org-service-school"
PRIORITY = 62
_HEADS = ("学校", "学堂", "大学", "学院")
_SCHOOL_RE = re.compile("(陆军|海军|空军)([\u4e00-\u9fff]{1,5})$")
_PREFIXES = ("中央", "国立", "省立", "私立", "帝国", "北洋", "南洋", "通国")   # 保定北洋陆军测绘学堂, 保定通国陆军速成学堂 (auditzh22)
_PARTIES = ("中国国民党", "中国共产党")   # a party that runs the school opens its name (the short forms stay out: 国民党陆军…)
_MIDDLE_STOP = frozenset("的了是在和与及等或被把对向从由于到至往这那其此该各每我敌你他她们一二三四五六七八九十")


def find_service_schools(text: str) -> list[Candidate]:
    if "军" not in text:
        return []
    out: list[Candidate] = []
    places, countries = known_places(), known_countries()
    for head in _HEADS:
        for at in literal_positions(text, head):
            if head == "学校" and text[at - 1:at] == "大":
                continue                                    # 陆军大学校: the 大学 hit reads it
            m = _SCHOOL_RE.search(text, max(0, at - 7), at)
            if m is None or any(ch in _MIDDLE_STOP for ch in m.group(2)) or m.group(2).endswith(("陆军", "海军", "空军")):
                continue
            start = m.start()
            if text.endswith(_PREFIXES, 0, start):
                start -= 2                                  # 中央陆军军官学校, 国立海军学校
            if text.endswith("党立", 0, start) and text.endswith(_PARTIES, 0, start - 2):
                start -= 2                                  # 中国国民党党立陆军军官学校
            party = next((p for p in _PARTIES if text.endswith(p, 0, start)), "")
            if party:
                out.append(Candidate(start - len(party), at + len(head), "ORG", SOURCE, PRIORITY))
                continue                                    # 中国国民党陆军军官学校: the party's school (s18zhper)
            start -= next((k for k in (4, 3, 2) if start >= k and text[start - k:start] in places
                           and text[start - k:start] not in countries), 0)
            out.append(Candidate(start, at + len(head), "ORG", SOURCE, PRIORITY))
    return out
