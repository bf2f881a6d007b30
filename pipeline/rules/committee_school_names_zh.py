"""Party committees and military schools and academies, in Chinese working text.

`find_committee_school_names(text)` (ORG):
- the numbered prefectural party committees (七地委, 三地委), county committees named by their county (X县委, with the
  party before it);
- the military schools of the Republican army and the Red Army (陆军讲武学校, 红军学校, 红军军官学校第1分校), with the
  place that owns them (保定陆军军官学校);
- academies named by a transliterated name (伏龙芝军事学院).
- session 34 (w34zhorg, read across development sets audit25 and audit30): a prefectural committee numbered in
  Arabic digits (14地委) and the base area or region written before a numbered one (冀东18地委, 冀南三地委, 太岳二地委:
  one ORG, as party-history pages name them); a county's provisional or central committee after the county's name with
  its 县 (某县临时县委, 某县中心县委).

Provenance: first seen on real-dev8-zh (session 6, helper zh8: biographies, forum posts and local histories of
1927-1949; split out of written_zh8 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe
from pipeline.rules.names_common import translit_chars
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.bare_designation_units_zh import county_start

_DIGIT1 = "一二三四五六七八九十"

_PREFECTURE_COMMITTEE_RE = re.compile(f"(?<![{_DIGIT1}第0-9０-９])(?:[{_DIGIT1}]{{1,2}}|[0-9０-９]{{1,2}})地委")
_PREFECTURE_COMMITTEE_ANCHOR = re.compile("地委")
_COUNTY_COMMITTEE_ANCHOR = re.compile("县(?:临时|中心)?(?:县委|委)(?!员)")

_PARTIES = ("中国共产党", "中国共产主义青年团", "中共", "共青团")     # 中共宜昌县委: the party is in the name

_SCHOOL_RE = re.compile(
    f"(?:中国工农红军|红军)(?:军官|军事|军政|步兵|炮兵|通信|特科)?(?:学校|大学)(?:第[0-9{_DIGIT1}]{{1,2}}分校)?"
    f"|陆军讲武学校")
_SCHOOL_ANCHOR = re.compile("学校|大学")
_ACADEMY_RE = re.compile("([\u4e00-\u9fff]{2,6}?)(军事学院|军事科学院|军事大学)")
_ACADEMY_ANCHOR = re.compile("军事(?:学院|科学院|大学)")


def _region_before(text: str, start: int) -> int:
    """The start of a region written right before a numbered prefectural committee (冀东|18地委: the region is in the
    committee's name), or `start` (session 34, w34zhorg)."""
    from pipeline.normalize.places import place_lexicon
    places = place_lexicon()
    for size in (3, 2):
        entry = places.get(text[start - size:start]) if start >= size else None
        if entry is not None and entry.label in ("LOC", "GPE"):
            return start - size
    return start


def find_committee_school_names(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_PREFECTURE_COMMITTEE_RE, text, _PREFECTURE_COMMITTEE_ANCHOR, 2):
        out.append(Candidate(_region_before(text, m.start()), m.end(), "ORG", "rule:org-prefecture-committee", 52))
    for m in _COUNTY_COMMITTEE_ANCHOR.finditer(text):
        start = county_start(text, m.start())
        if start is not None:
            party = next((p for p in _PARTIES if text.startswith(p, start - len(p))), "")
            out.append(Candidate(start - len(party), m.end(), "ORG", "rule:org-county-committee", 52))
    for m in anchored_finditer(_SCHOOL_RE, text, _SCHOOL_ANCHOR, 12):
        start = m.start()
        for size in (3, 2):        # 广西陆军军官学校, 保定陆军军官学校: the place that owns the school is in its name
            if start >= size and _is_gpe(text[start - size:start]):
                start -= size
                break
        out.append(Candidate(start, m.end(), "ORG", "rule:org-military-school", 65))
    for m in anchored_finditer(_ACADEMY_RE, text, _ACADEMY_ANCHOR, 6):
        name = m.group(1)
        chars = translit_chars()
        k = len(name)
        while k > 0 and name[k - 1] in chars:
            k -= 1
        cut = max((i + 1 for i, ch in enumerate(name) if ch in "入进在于的了和与及从是考任到"), default=0)
        k = min(k, cut) if cut and len(name) - cut >= 2 else k
        if len(name) - k >= 2:
            out.append(Candidate(m.start(1) + k, m.end(), "ORG", "rule:org-academy", 60))
    return out
