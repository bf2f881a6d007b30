"""Person names of the warlord era read from lists, factions and appointments, in Chinese working text.

`find_faction_person_lists(text)` (PERSON):
- names in a list of province + name (江苏X、浙江Y、湖北Z: governors of the warlord era);
- a name after a faction word (皖系X, 直系军阀X, 奉系将领X);
- a name appointed to a post at the start of a clause (，X为第一军总司令, X为副司令).

Provenance: first seen on real-dev5-zh (session 5, helper zh5; split out of written_zh5 in session 24).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.rules.names_common import is_common_word, surnames
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.trie import trie_regex
from pipeline.spans import Candidate
from pipeline.rules.faction_wars_zh import FACTIONS

_CJK = "\u4e00-\u9fff"
_NUM = "0-9一二三四五六七八九十百"

# a list of province + name items: 江苏齐燮元、浙江孙传芳、湖北萧耀南
_PROVINCE_LIST_RE = re.compile(f"(?:[{_CJK}]{{4,6}}、){{2,8}}[{_CJK}]{{4,6}}")
# a faction word before a name: 皖系卢永祥, 直系军阀吴佩孚, 奉系将领X
_FACTION_NAME_RE = re.compile(
    f"[{FACTIONS}桂]系(?:军阀|将领|首领)?([{_CJK}]{{2,3}}?)(?=[为占的，,、。；;率部在和与及等所以被])")
_FACTION_NAME_ANCHOR = re.compile("系")
_POSTS = "总司令|副司令|司令|军长|师长|旅长|团长|参谋长|督军|都督|省长|镇守使|督办|巡阅使"
# a clause-initial name appointed to a post: ，X为第一军总司令 / ；X为副司令
_APPOINTED_RE = re.compile(
    f"(?<=[，,；;。：:\n])([{_CJK}]{{2,3}})为(?:第[{_NUM}]{{1,3}}(?:路)?军|副|总|前敌|讨逆|[{_CJK}]{{2}}军)?(?:{_POSTS})")
_APPOINTED_ANCHOR = re.compile(f"为(?=[第副总前讨]|[{_CJK}]{{0,3}}(?:{_POSTS}))")


@lru_cache(maxsize=1)
def _provinces() -> frozenset:
    """Province-level names with and without their suffix (江苏, 江苏省, 热河)."""
    out = set()
    for name, entry in place_lexicon().items():
        if entry.label == "GPE" and entry.kind == "province":
            out.add(name)
    return frozenset(out)


@lru_cache(maxsize=1)
def _province_after_comma() -> re.Pattern:
    """A 、 followed by a province name: the rare anchor of the province + name lists (a trie of the
    names: `re` walks a flat alternation name by name at every 、)."""
    return re.compile("、" + trie_regex(_provinces()))


def _has_surname(name: str) -> bool:
    single, compound = surnames()
    return name[:2] in compound or name[0] in single


def find_faction_person_lists(text: str) -> list[Candidate]:
    out = []
    provinces = _provinces()
    for m in anchored_finditer(_PROVINCE_LIST_RE, text, _province_after_comma(), 6):
        items, pos = [], m.start()
        for part in m.group().split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        last_start, last = items[-1]
        if "等" in last[2:]:
            items[-1] = (last_start, last[:last.index("等", 2)])     # 河南李济臣等直系援军
        names = []
        for i, (start, part) in enumerate(items):
            # the first item may carry the words before the list (急盼的江苏X): its province ends 2-3 before its end
            offsets = [len(part) - n - k for n in (3, 2) for k in (3, 2)] if i == 0 else [0]
            cut = next((o + k for o in offsets for k in (3, 2) if o >= 0 and part[o:o + k] in provinces
                        and 2 <= len(part) - o - k <= 3), None)
            if cut is None or not 2 <= len(part) - cut <= 3 or not _has_surname(part[cut:]):
                break
            names.append((start + cut, start + len(part)))
        if len(names) == len(items):
            out.extend(Candidate(s, e, "PERSON", "rule:person-province-list", 41) for s, e in names)
    for m in anchored_finditer(_FACTION_NAME_RE, text, _FACTION_NAME_ANCHOR, 1):
        name = m.group(1)
        if len(name) == 3 and _has_surname(name) and not is_common_word(name) and name not in place_lexicon():
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-after-faction", 35))
    for m in anchored_finditer(_APPOINTED_RE, text, _APPOINTED_ANCHOR, 3):
        name = m.group(1)
        if _has_surname(name) and not is_common_word(name, 300) and not _is_gpe(name):
            out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-appointed", 41))
    return out
