"""ORG names without a place or proper-name anchor, for orgs.find_orgs: wartime bodies named by
their purpose (抗日救国委员会, 难民救济委员会, 某省抗敌后援会; kinds alone such as 常务委员会 are no
names) and publishers in a citation (（某城：某某出版社，1985年）)."""

from __future__ import annotations

import re

from pipeline.rules.names_common import word_info
from pipeline.rules.org_name_anchors import anchor_before, place_suffix, word_starts_at
from pipeline.rules.scan import anchored_finditer, rare_finditer


# Wartime bodies named by their purpose (抗日救国委员会, 难民救济委员会, 抗敌后援会), with the place
# written before them (某省抗敌后援会): a noun for whom, a purpose word, up to 4 more characters, the head.
_PURPOSE_RE = re.compile(
    "(?P<pre>[\u4e00-\u9fff]{0,2}?)(?P<purpose>抗日|抗敌|救国|救亡|救济|赈济|善后|动员|后援|慰劳|战时|战地)"
    "[\u4e00-\u9fff]{0,4}?(?:委员会|后援会)(?![委员长])"
)
_PURPOSE_ANCHOR = (re.compile("委员会|后援会"), 8)   # the head starts ≤ 2 + 2 + 4 characters in (scan.py)


_PURPOSE_STOP = set("的了在是和与及等于被把对向从由为以将其此该这那各每都也又即则就已并而但却到至们个")


def purpose_bodies(text: str) -> list[tuple[int, int]]:
    spans = []
    for match in anchored_finditer(_PURPOSE_RE, text, *_PURPOSE_ANCHOR):
        name = match.group()
        if any(ch in _PURPOSE_STOP for ch in name[len(match.group("pre")):]):
            continue
        start = match.start("purpose")
        pre = match.group("pre")
        entry = word_info().get(pre) if len(pre) == 2 else None
        if entry and entry[1].startswith("n") and not entry[1].startswith("nr") and word_starts_at(text, match.start()):
            start = match.start()          # 难民 + 救济委员会: for whom
        else:
            place = place_suffix(text, max(0, start - 6), start)
            if place >= 0:
                start = place                  # 某省 + 抗敌后援会
            elif not word_starts_at(text, start):
                continue
        spans.append((anchor_before(text, start), match.end()))
    return spans


# A citation's imprint: (city: publisher, year) — the publisher is the words between the colon and
# its head, whatever they are (传记文学出版社).
_IMPRINT_RE = re.compile(
    "[（(][\u4e00-\u9fff]{2,4}[：:] ?([\u4e00-\u9fff]{2,10}?(?:出版社|出版公司|书局|印书馆|书店|书社))(?=[，,）)])"
)


def imprints(text: str) -> list[tuple[int, int]]:
    return [m.span(1) for m in rare_finditer(_IMPRINT_RE, text)]
