"""Bare mentions of a county whose short form is an ordinary word, where the text writes the county in full (GPE;
session 28, s28zhlab).

The gazetteer keeps no row for a county's short form that is an ordinary word or a collision (places_stoplist.tsv:
江山 "country", 和平 "peace", 长寿, 中山 …; their full forms 江山县, 和平县 are kept). A memoir or county history that
names the county in full once (江山县, 和平县城, 江山城) then writes it bare where the troops go: 直指甲乙，绕过甲乙，
占领了甲乙后, 甲乙、丙丁等地. Those bare mentions went unread.

`find_stoplisted_county_mentions(text)` (working text, Simplified): for every stoplisted short form S whose S县 or
S市 is a county or city in the place lexicon and whose full form (S县, S市, S城) is written in the text, a bare S is a
GPE where
- a verb of movement, taking or passing stands right before it (到达, 进抵, 直指, 绕过, 经过, 攻占, 占领, 撤往 …; 了
  between allowed), or a 、 joins it to a place the lexicons know (甲乙、丙丁 / 丙丁、甲乙), and
- a clause boundary, a list mark, a joiner or a word of place, time or side follows it (，。、和与及等 一带 附近 境内
  以东 后 时 的), so that 和平解放, 江山港, 江山城 (the gazetteer's), 中山路 stay out.

Examples (written for the tests): `到了甲乙县。次日敌军直指甲乙，我军绕过甲乙。` with 甲乙 a stoplisted county →
GPE 甲乙 twice; `争取和平解放` stays out.
Priority 33 (above the gazetteer's 30 and the person guesses, below units, dates and organisations). Cost: a scan
of the short forms (about 130) with str.find where a 县, 市 or 城 is in the text; a look at the characters around
each hit.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.normalize.places import normalize_place, place_lexicon
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:stoplisted-county-mention", 33
_VERBS = ("到达", "抵达", "进抵", "直指", "绕过", "经过", "途经", "攻占", "占领", "攻克", "收复", "进犯", "撤往", "退往",
          "退守", "逼近", "进入", "进驻", "开往", "转往", "进攻", "攻陷", "窜犯", "光复")
_AFTER_MARKS = set("，。、；：！？,.;:!?）)和与及等的后时")
_AFTER_WORDS = ("一带", "附近", "境内", "以东", "以西", "以南", "以北", "地区", "方面", "一线")


@lru_cache(maxsize=1)
def stoplisted_counties() -> dict[str, tuple[str, ...]]:
    """Stoplisted short form → its full forms that the place lexicon holds as a county or city (江山 → 江山县 …)."""
    lexicon = place_lexicon()
    out: dict[str, tuple[str, ...]] = {}
    for row in read_rows("places_stoplist.tsv"):
        name = row[0].strip()
        full = tuple(name + head for head in ("县", "市")
                     if getattr(lexicon.get(name + head), "label", "") == "GPE"
                     and lexicon.get(name + head).kind in ("county", "city", "prefecture"))
        if full and len(name) >= 2:
            out[name] = full
    return out


def _known(name: str) -> bool:
    return getattr(place_lexicon().get(name), "label", "") == "GPE"


def _framed(text: str, at: int, end: int) -> bool:
    before = text[max(0, at - 3):at]
    verb = any(before.endswith(v) or before.endswith(v + "了") for v in _VERBS)
    listed = (at >= 1 and text[at - 1] == "、" and any(_known(text[at - 1 - k:at - 1]) for k in (2, 3))) or \
             (text[end:end + 1] == "、" and any(_known(text[end + 1:end + 1 + k]) for k in (2, 3)))
    if not (verb or listed):
        return False
    return end >= len(text) or text[end] in _AFTER_MARKS or text.startswith(_AFTER_WORDS, end)


def find_stoplisted_county_mentions(text: str) -> list[Candidate]:
    if not ("县" in text or "市" in text or "城" in text):
        return []
    out: list[Candidate] = []
    for name, full in stoplisted_counties().items():
        at = text.find(name)
        if at == -1 or not any(f in text for f in full + (name + "城",)):
            continue
        while at != -1:
            end = at + len(name)
            if _framed(text, at, end):
                out.append(Candidate(at, end, "GPE", SOURCE, PRIORITY, normalize_place(full[0])))
            at = text.find(name, at + 1)
    return out
