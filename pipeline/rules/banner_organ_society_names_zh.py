"""Banners, organs of a known body and regional societies read whole (session 19 round 2, r19zhnames): classes
seen on round 1's held-out passages.

1. Mongol banners (`banners`): a banner is a county-level unit with a government (GPE, guideline table): `X左旗`,
   `X右旗`, `X前旗`, `X后旗`, `X中旗`, `X左翼前旗`, `X联合旗`, and any `X旗` right after a league (`某某盟|X旗`),
   are one GPE, the name X the run of characters back to a clause edge, a function character or a verb, or the
   league's 盟 (no PERSON or shorter place inside: `乌兰哈达右旗`, not 乌兰 + 哈达). Not before 帜, 手, 杆, 号 …
   (手中|旗帜). Priority 40 (above the gazetteer's 35 reading a part).
2. A known body + one of its organs (`organs`): an organisation the ORG lexicons list (form or alias) right
   before 理事会, 行政院, 秘书处, 执行委员会, 常务委员会, 执行局 (and 大会 after the international bodies whose
   Assembly is an organ: 国联, 国际联盟, 联合国) is one ORG: `国联理事会`, `国联行政院`, `国联大会`. Priority 40
   (above the lexicon's 35 that reads the body and, for 行政院, a second ORG).
3. A society of a two- or three-province region (`regional_societies`): province abbreviations (闽粤, 苏浙皖;
   the route_abbreviations list) or a two-province region word (江浙, 两广, 两湖, 两江) + up to four characters + a society head (同乡会, 商会, 公会, 协会,
   学会, 总会, 联合会, 工会, 农会) after a clause edge, a function character or a verb: one ORG (`江浙同乡会`),
   not LOC 江浙 alone. Priority 46 (the society-head reader's).
4. A region named by two initials + 区特委 (`initial_committees`): `黄麻区特委` (黄安 + 麻城), two characters, no
   function or numeral character, no ordinary word, after a clause edge, a function character or a verb: one
   ORG (the 中共 form is name_org_classes18's). Priority 46.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.rules.names_common import (
    org_lexicon, province_chars, is_common_word, is_han as _cjk, plain_word, verb_word)
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from a literal each holds
from pipeline.spans import Candidate

_CJK_RANGE = "\u4e00-\u9fff"
# function characters that end the walk back over a name (the name starts after them)
_STOP = set("的在和与及至到于从向自经攻占进驻入出由将把被对为是了也都即今原属位辖设等各该本全其此这那每"
            "盟省县市以之而或并有无过")
_REGION_WORDS = ("内蒙古", "察哈尔", "绥远", "热河", "辽宁", "吉林", "黑龙江", "宁夏", "甘肃", "兴安", "蒙古")
_BANNER_RE = re.compile("(?:(?:左翼|右翼)[前中后]?|[左右前后中]|联合)旗(?![帜手杆号子语舰鼓袍装人])")
_LEAGUE_BANNER_RE = re.compile(f"盟([{_CJK_RANGE}]{{2,5}}?)旗(?![帜手杆号子语舰鼓袍装])")
_NOT_IN_LEAGUE_BANNER = set("军兵师团营队部会员国友约誓主党")
_ORGANS = ("理事会", "行政院", "秘书处", "执行委员会", "常务委员会", "执行局")
_ASSEMBLY_BODIES = ("国联", "国际联盟", "联合国")
_ORGAN_RE = re.compile("理事会|行政院|秘书处|执行委员会|常务委员会|执行局|大会")
# regions named by two provinces in words whose characters are no province abbreviation (江 for 江苏)
_TWO_PROVINCE_WORDS = ("江浙沪", "江浙", "两广", "两湖", "两江")
_MIDDLE_STOP = _STOP - set("省县市盟")     # 江浙两省|同乡会: the provinces counted inside the name
_SOCIETY_HEADS = "同乡会|商会|公会|协会|学会|总会|联合会|工会|农会"
_INITIAL_COMMITTEE_RE = re.compile(f"([{_CJK_RANGE}]{{2}})区特委(?![宣组军机])")
_NOT_IN_INITIALS = set("一二三四五六七八九十各该本全其此这那每两的了在和与及省县市区乡镇")
_EDGE = set("，。、；：！？,.;:!?（）()「」『』“”‘’《》 \n\t")


def _opens_clause(text: str, start: int) -> bool:
    """The character before `start` ends what comes before a name: an edge, a function character or a verb."""
    if start == 0:
        return True
    before = text[start - 1]
    return not _cjk(before) or before in _STOP or before in _EDGE or verb_word(text[start - 2:start], 300) \
        or verb_word(before, 300)


def _name_start(text: str, end: int, longest: int) -> int:
    """Walk back from `end` over name characters to a stop (edge, function character, a region word)."""
    start = end
    while start > 0 and end - start < longest:
        ch = text[start - 1]
        if not _cjk(ch) or ch in _STOP or any(text.endswith(w, 0, start) for w in _REGION_WORDS):
            break
        start -= 1
    while end - start > 2:
        if start > 0 and is_common_word(text[start - 1:start + 1], 100):
            start += 1                   # 到达|X旗: the verb's second character is outside
        elif end - start > 3 and plain_word(text[start:start + 2], 300):
            start += 2                   # 前往|X右旗: an ordinary word (no name) opens the run
        else:
            break
    return start


def banners(text: str) -> list[Candidate]:
    out = []
    if "旗" not in text:
        return out
    for m in literal_finditer(_BANNER_RE, text):
        start = _name_start(text, m.start(), 7)
        if start == m.start():           # 察哈尔|右翼前旗: the region word itself names the banner
            word = next((w for w in _REGION_WORDS if text.endswith(w, 0, start)), None)
            if word is None or not m.group().startswith(("左翼", "右翼")):
                continue
            start -= len(word)
        if m.start() - start < 2 and not (m.start() - start >= 1 and m.group().startswith(("左翼", "右翼"))):
            continue
        name = text[start:m.start()]
        if is_common_word(name, 300):
            continue
        out.append(Candidate(start, m.end(), "GPE", "rule:gpe-banner", 40))
    for m in literal_finditer(_LEAGUE_BANNER_RE, text):
        name = m.group(1)
        if any(ch in _STOP or ch in _NOT_IN_LEAGUE_BANNER or not _cjk(ch) for ch in name) or is_common_word(name, 300):
            continue                     # 盟军|军旗, 同盟|会旗: an alliance's flag, no banner
        out.append(Candidate(m.start(1), m.end(), "GPE", "rule:gpe-banner", 40))
    return out


@lru_cache(maxsize=1)
def _org_forms() -> frozenset[str]:
    return frozenset(form for form in org_lexicon()[0] if 2 <= len(form) <= 10)


def organs(text: str) -> list[Candidate]:
    out = []
    forms = None
    for m in _ORGAN_RE.finditer(text):
        at = m.start()
        if forms is None:
            forms = _org_forms()
        for size in range(min(10, at), 1, -1):
            body = text[at - size:at]
            if body in forms:
                if text[at - size:m.end()] in forms:
                    break                # 共产国际执行委员会: the lexicon reads the whole name (and its canonical)
                if m.group() == "大会" and body not in _ASSEMBLY_BODIES:
                    break
                out.append(Candidate(at - size, m.end(), "ORG", "rule:org-body-organ", 40))
                break
    return out


@lru_cache(maxsize=1)
def _regional_society_re() -> re.Pattern:
    chars = "".join(sorted(province_chars()))
    return re.compile(f"((?:{'|'.join(_TWO_PROVINCE_WORDS)})|[{chars}]{{2,3}})([{_CJK_RANGE}]{{0,4}}?)(?:{_SOCIETY_HEADS})")


def regional_societies(text: str) -> list[Candidate]:
    out = []
    if "会" not in text:
        return out
    for m in _regional_society_re().finditer(text):
        start = m.start()
        if not _opens_clause(text, start) or any(ch in _MIDDLE_STOP or not _cjk(ch) for ch in m.group(2)):
            continue
        if len(m.group(1)) == 2 and plain_word(m.group(1), 300):
            continue                     # an ordinary word, no region
        out.append(Candidate(start, m.end(), "ORG", "rule:org-regional-society", 46))
    return out


def initial_committees(text: str) -> list[Candidate]:
    out = []
    if "区特委" not in text:
        return out
    for m in literal_finditer(_INITIAL_COMMITTEE_RE, text):
        name = m.group(1)
        if any(ch in _NOT_IN_INITIALS for ch in name) or is_common_word(name, 100) or not _opens_clause(text, m.start()):
            continue
        out.append(Candidate(m.start(), m.end(), "ORG", "rule:org-initial-committee", 46))
    return out


def find_banner_organ_society_names(text: str) -> list[Candidate]:
    return banners(text) + organs(text) + regional_societies(text) + initial_committees(text)
