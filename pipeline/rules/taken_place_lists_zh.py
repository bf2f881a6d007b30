"""Places listed after a verb of taking, glossed with a modern name or bounding a stretch, in Chinese working text.

`find_taken_place_lists(text)`:
- GPE: the places listed after a verb of taking (夺占X、Y、Z等要点, 连克X、Y等地, 占领了X、Y的…): each member of the
  list; a name glossed with its modern name (叙州（今宜宾）, guideline 7); a name found so is a settlement everywhere
  in the text;
- GPE/LOC: the two ends of a stretch of coast or front (东起X，西至Y; X至Y342公里); a settlement named by its bearing
  from a known place (南昌以西X地区); a harbour town in a 、-list of settlements (青阳、荻港、X地区); a county of Korea or
  Japan after its province (咸镜南道长津郡) and the lake or river named after it (长津湖).
`find_taken_provinces_towns(text)` (GPE): a province the gazetteer reads as its river (黑龙江) after a verb of taking
or invading; an unfamiliar town or city after a verb of taking.

Every pattern has bounded repetitions and starts with, or is anchored on, a rare literal (scan.anchored_finditer).
Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24);
find_taken_provinces_towns on real-dev6-zh (session 6, helper zh6; out of written_zh6).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.rules.names_common import is_common_word, word_info
from pipeline.rules.scan import anchored_finditer
from pipeline.spans import Candidate
from pipeline.rules.person_command_frames_zh import NOT_IN_NAME

_CJK = "\u4e00-\u9fff"

_TAKE_VERBS = "夺占|夺取|连克|攻克|攻占|占领|收复|克复|进占|攻陷|占据|光复|连下|克服"
# the list: 2-4 character items joined by 、 (or a comma when the list ends with 等…)
_TAKEN_LIST_RE = re.compile(
    f"(?:{_TAKE_VERBS})了?((?:[{_CJK}]{{2,4}}[、,，]){{1,8}}[{_CJK}]{{2,4}}?)"
    f"(?=等(?:地|处|城|县|镇|要点|要地|据点|阵地)|的|[,，。；;]|$)")
_TAKEN_LIST_ANCHOR = re.compile(f"(?:{_TAKE_VERBS})")
# a name glossed with its modern name: 叙州（今宜宾）, 叙州(今宜宾市)
_GLOSS_RE = re.compile(f"([{_CJK}]{{2,3}})[(（]今([{_CJK}]{{2,4}}?)[市县区]?[)）]")
_GLOSS_ANCHOR = re.compile("今")
# two-character verbs whose last character may sit inside the 3-character window before a gloss
_GLOSS_VERBS = frozenset("前往 开往 驶往 移往 进驻 移驻 留驻 进抵 直抵 进逼 攻克 进占 攻占 侵占 退守 进入 攻入 到达 抵达".split())
# the two ends of a stretch of coast or front: 东起X，西至Y / X至Y342公里 / X以西至Y303公里 / X至西面的Y188公里
_ENDS_RE = re.compile(
    f"[东西南北]起([{_CJK}]{{2,4}}?)[,，]?[东西南北]至([{_CJK}]{{2,4}}?)(?=[,，。；;、]|一线|一带|之间)")
_ENDS_ANCHOR = re.compile("起")
_STRETCH_RE = re.compile(
    f"(?<=[的在由从自为任是])([{_CJK}]{{2,4}}?)(?:以?[东西南北]{{1,2}})?至(?:[东西南北]面的)?([{_CJK}]{{2,4}}?)"
    f"[0-9]{{1,5}}(?:公里|千米|华里|里)")
_STRETCH_ANCHOR = re.compile(f"至(?:[东西南北]面的)?[{_CJK}]{{2,4}}?[0-9]{{1,5}}(?:公里|千米|华里|里)")
_LANDFORM_END = set("湾角岛山岭河江湖峡口滩")
# a settlement named by its bearing from a known place: 海南岛西北X地区, 南昌以西X地区 (zh3 takes X地区 after 在/至 …)
_BEARING_AREA_ANCHOR = re.compile("地区")
# a harbour town in a 、-list of settlements (青阳、荻港、X地区): GPE, though 港 alone reads as a landform
_HARBOUR_ITEM_RE = re.compile(f"(?<=[、])([{_CJK}]{{1,3}}港)(?=[、等地一])|([{_CJK}]{{1,3}}港)(?=、)")
_HARBOUR_ANCHOR = re.compile("港")
_BEARING_BEFORE_RE = re.compile(f"([{_CJK}]{{2,4}})(?:以)?(?:东北|东南|西北|西南|[东西南北])$")
# a county of Korea or Japan after its province (咸镜南道长津郡), and the lake or river named after it (长津湖)
_COUNTY_RE = re.compile(f"([{_CJK}]{{2,4}}?[道县])([{_CJK}]{{2}})郡")
_COUNTY_ANCHOR = re.compile("郡")

_NOT_IN_PLACE = set("的了是在和与个该本全此各其这那入进占克攻陷到达至于抵取围守等及我敌军部师团旅营")
_NOT_PLACE_START = set("东西南北中前后左右该此本敌我各全两这那其一")

# words for a kind of place, which a gloss explains without naming it (省会（今…）, 县城（今…）)
_GENERIC_PLACE_WORDS = frozenset("首都 省会 省城 县城 府城 城市 当地 此地 该地 原地 驻地 防地 治所 故地 旧址 老家 家乡".split())


def _glossed_word(name: str) -> bool:
    """An ordinary two-character word that a present-day name glosses after a verb of going is a place named
    with it (进抵船头（今陆岸）: 船头 'bow' is the village; auditzh15, Sino-French war pages)."""
    return len(name) == 2 and name not in _GENERIC_PLACE_WORDS and name not in place_lexicon() \
        and not any(ch in _NOT_IN_PLACE for ch in name)


def _plain_unknown(name: str) -> bool:
    """Could be a place name: no function character, not an ordinary word, not a known place, not two known
    places written together (广西桂林)."""
    places = place_lexicon()
    body = name[:-1] if name[-1] == "营" else name       # 三江营: a settlement named after a camp
    return (2 <= len(name) <= 4 and name[0] not in _NOT_PLACE_START and not any(ch in _NOT_IN_PLACE for ch in body)
            and not is_common_word(name, 300) and name not in places
            and not any(name[:k] in places or name[k:] in places for k in range(2, len(name) - 1)))


_TOWN_WORD_AFTER = frozenset("镇乡村庄屯堡寨集铺圩埔")


def find_taken_place_lists(text: str) -> list[Candidate]:
    out = []
    found = set()
    for m in anchored_finditer(_TAKEN_LIST_RE, text, _TAKEN_LIST_ANCHOR, 1):
        body = m.group(1)
        tail = text[m.end(1):m.end(1) + 1]
        if "、" not in body or re.search("[,，]", body) and tail != "等":
            continue        # one name, or a comma-joined run that is not closed by 等…: a sentence, not a list
        items = re.split("[、,，]", body)
        known = sum(_is_gpe(item) for item in items)
        unknown = [item for item in items if _plain_unknown(item)]
        if known + len(unknown) < len(items) or tail in "，,。；;" and not known:
            continue        # a member that is no place name: not a list of places
        found.update(unknown)
    for m in anchored_finditer(_GLOSS_RE, text, _GLOSS_ANCHOR, 5):
        modern, written = m.group(2), m.group(1)
        if not _is_gpe(modern) or any(written[k:] in place_lexicon() for k in range(len(written) - 1)):
            continue            # 以北平（今北京）: the name is known
        for k in range(len(written) - 1):     # 取叙州（今宜宾）: the name starts after the verb
            name = written[k:]
            if k == 0 and len(written) == 3 and text[m.start(1) - 1:m.start(1) + 1] in _GLOSS_VERBS:
                continue                        # 前往懋功（今小金县）: 往 closes the verb, the name is 懋功
            after_verb = k > 0 and written[k - 1] in "取占克驻到达至在于从由向经守攻夺入以为和与及往抵"
            if (k == 0 or after_verb) and (_plain_unknown(name) or after_verb and _glossed_word(name)):
                found.add(name)
                out.append(Candidate(m.start(1) + k, m.end(1), "GPE", "rule:place-glossed", 33, norm={"modern": modern}))
                break
    ends = []
    for m in anchored_finditer(_ENDS_RE, text, _ENDS_ANCHOR, 1):
        ends += [m.group(1), m.group(2)]
    for m in anchored_finditer(_STRETCH_RE, text, _STRETCH_ANCHOR, 8):
        ends += [m.group(1), m.group(2)]
        end = m.group(2)
        if end[-1] in _LANDFORM_END and _is_gpe(end[:-1]):      # 临高角: a cape named after its county
            out.append(Candidate(m.start(2), m.end(2), "LOC", "rule:place-stretch-end", 41))
    for name in ends:
        if name[-1] in _LANDFORM_END:
            continue                # a bay or a cape is no settlement (the place finders take it as LOC)
        if _plain_unknown(name) or (name in place_lexicon() and place_lexicon()[name].label == "LOC" and name[-1] == "港"):
            found.add(name)
    for hit in _BEARING_AREA_ANCHOR.finditer(text):
        for size in (3, 2):
            start = hit.start() - size
            name = text[max(0, start):hit.start()]
            before = _BEARING_BEFORE_RE.search(text, max(0, start - 7), start) if start >= 3 else None
            if before and any(before.group(1)[k:] in place_lexicon() for k in range(len(before.group(1)) - 1)) \
                    and _plain_unknown(name):
                out.append(Candidate(start, hit.start(), "GPE", "rule:place-bearing-area", 31))
                break
    for m in anchored_finditer(_HARBOUR_ITEM_RE, text, _HARBOUR_ANCHOR, 3):
        start, end = m.span(1) if m.group(1) else m.span(2)
        if text[start] in "、":
            continue
        clause_start = max(text.rfind(ch, 0, start) for ch in "，,。；;：:\n")
        clause_end = min([i for i in (text.find(ch, end) for ch in "，,。；;\n") if i >= 0] or [len(text)])
        items = re.split("[、]", text[clause_start + 1:clause_end])
        known = sum(any(_is_gpe(item[k:k + n]) for k in range(len(item)) for n in (2, 3)) for item in items)
        name = text[start:end]
        if known >= 2 and len(items) >= 3 and _plain_unknown(name) and not any(ch in "的了在和与" for ch in name):
            out.append(Candidate(start, end, "GPE", "rule:place-harbour-in-list", 32))
    for m in anchored_finditer(_COUNTY_RE, text, _COUNTY_ANCHOR, 7):
        province = m.group(1)
        if any(_is_gpe(province[k:]) for k in range(len(province) - 2)):
            out.append(Candidate(m.start(2), m.end(), "GPE", "rule:place-korean-county", 41))
            stem = m.group(2)
            for w in re.finditer(re.escape(stem) + "[湖江川]", text):
                out.append(Candidate(w.start(), w.end(), "LOC", "rule:place-county-water", 41))
    # a name found as a settlement is one everywhere in the text
    for name in found:
        for m in re.finditer(re.escape(name), text):
            if text[m.end():m.end() + 1] in _TOWN_WORD_AFTER and not is_common_word(text[m.end():m.end() + 2]):
                continue    # 占领高资、龙潭 … 直插高资镇: the town's full name there is read whole (auditzh39)
            out.append(Candidate(m.start(), m.end(), "GPE", "rule:place-taken", 32))
    return out


# 攻入云山城 / 突入X城: a walled town entered or taken (X城, GPE) where X is no word (not 山城 inside it)
_CITY_TAKEN_RE = re.compile(f"(?:攻入|攻克|攻占|攻下|突入|冲入|进入|进占|占领|包围|围攻|逼近|退入|撤入)([{_CJK}]{{2}}城)(?![市区墙门楼头外内里池])")
_CITY_TAKEN_ANCHOR = re.compile(f"城(?<=(?:攻入|攻克|攻占|攻下|突入|冲入|进入|进占|占领|包围|围攻|逼近|退入|撤入)[{_CJK}]{{2}}城)")
_TAKE_RE = re.compile(f"(?:占领|进犯|进攻|攻占|侵占|控制|夺取|侵入)([{_CJK}]{{2,3}})")


@lru_cache(maxsize=1)
def _river_provinces() -> tuple:
    """The province-level names the gazetteer reads as a landform first (黑龙江), one literal pattern each."""
    return tuple(re.compile(re.escape(name)) for name, entry in place_lexicon().items()
                 if entry.label == "LOC" and (entry.id or "").startswith("cn:") and entry.id.endswith("0000"))


def find_taken_provinces_towns(text: str) -> list[Candidate]:
    out = []
    places = place_lexicon()
    for m in (m for anchor in _river_provinces() for m in anchored_finditer(_TAKE_RE, text, anchor, 2)):
        for size in (3, 2):
            name = m.group(1)[:size]
            entry = places.get(name)
            if entry is not None and entry.label == "LOC" and (entry.id or "").startswith("cn:") \
                    and entry.id.endswith("0000") and text[m.start(1) + size:m.start(1) + size + 1] != "省":
                out.append(Candidate(m.start(1), m.start(1) + size, "GPE", "rule:place-province-taken", 31))
                break
    for m in anchored_finditer(_CITY_TAKEN_RE, text, _CITY_TAKEN_ANCHOR, 4):
        stem, words = m.group(1)[:2], word_info()
        if stem not in places and not any(ch in NOT_IN_NAME for ch in stem) and stem[0] not in "全该此本敌我其县省京" \
                and (stem not in words or words[stem][1].startswith("ns")) \
                and (m.group(1) not in words or words[m.group(1)][1].startswith("ns") and words[m.group(1)][0] < 50):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-town-taken", 33))
    return out
