"""MIL_UNIT finder for Simplified Chinese working text.

One precompiled regex finds designations (第37师团, 暂十五军, 第26、37、10军,
第110步兵联队, 一战区司令长官部), named forces from named_units.tsv (关东军,
八路军), IJA code names (菊兵团), direction-named formations (中央兵团,
左、中、右兵团) and coordinated place-named area armies (桂林、荔浦方面军).
A second, rare pass looks before the heads 兵团/支队/远征军/挺进军 for a
commander's name (汤恩伯兵团, 宫下兵团) or a place (豫南挺进军, 印度蓝迦远征军).
A third pass takes region-named military regions (晋察冀军区, 冀中军区, 山东省军区: place names
and province abbreviations before 军区/军分区) and owned 总团/总队 (财政部税警总团). A headquarters
word written with a formation stays inside it (八路军总部, 晋察冀军区司令部; rule 15).
Units written back to back form one span (预十师28团, 国民革命军第74军,
第11军宫下兵团); side words before a unit stay outside (日军第37师团).
Counts (5个师团) and ordinals of events (第2次) never match: a designation
number is followed directly by its echelon word.

Real pages: a lone comma (…军,第53军) is punctuation, a space or a line break may stand
between 第, Arabic digits and the echelon (第 13 军, 31 军 131 师 is one chain); a list may close
with 等 or a count (第30、第41等军, 五十二、七十一两个军: one span). A bare designation
(三十七军, 15军) passes unless counted (约二十师, 二十师之众); one Chinese numeral (五军) only at a
clause start or after a side word (never 三军); 连/排 without 第 need a cue (七连阵地, 二排长). A
service branch right after its parent is a sub-unit (198师特务连). Commanders name 兵团/军团/
集团军/支队 (孙军团, 张某兵团, 佐佐木支队); places name 远征军/派遣军/方面军/志愿队 (缅北远征军).
Japanese formations are named by a Japanese surname (板垣师团, 中岛部队, 加藤大队) or by a place
that is no country, with a qualifier (熊本师团, 台湾混成旅团); direction- and wing-named task forces
(东路军, 右翼军, 左集团) are units, with their sub-unit written after them (西路军第9师).

Every pattern is bounded (numbers of at most 6 digits or 12 numerals, lists of at most 40
items) and a list is read only from its first item, so the finder is linear on any input.

The first pass is in unit_master_scan, the checks of its matches in unit_match_checks, the names before
head words (second and third passes) in unit_head_names; this module chains them into spans.
"""

from __future__ import annotations

import bisect
import re

from pipeline.normalize.units import HQ, normalize_unit
from pipeline.normalize.units import patterns  # noqa: F401  (importable here as before: tests)
from pipeline.rules.scan import anchored_finditer
from pipeline.rules.unit_head_names import (CORPS_ALONE, HEAD_RE, JP_ONLY_HEADS, NAMED_HEAD_ANCHOR,
                                            NAMED_HEAD_RE, PERSON_HEADS, PLACE_EXTENDABLE, jp_named_before,
                                            name_before, owner_before, place_before, region_before,
                                            strict_place_before)
from pipeline.rules.unit_head_names import all_place_names  # noqa: F401  (importable here as before: unit_forms_zh)
from pipeline.rules.unit_master_scan import master_matches
from pipeline.rules.unit_master_scan import master_re, placelist_re, placelist_search  # noqa: F401  (tests)
from pipeline.rules.unit_match_checks import (RIGHT_CONTEXT, VERB_ARMY_FOLLOW, bare_ok, code_ok, echless_ok,
                                              named_ok, place_words, placelist_ok, spaced_join, route_wing)
from pipeline.spans import Candidate
from pipeline.rules.scan import literal_finditer

LABEL = "MIL_UNIT"
PRIORITY = 60
LEFT_CONTEXT = 12

# One-character qualifiers that end another word after these characters (交警三中队 is police).
_PRE_GLUED = {"警": set("交民武刑巡特乘法狱军")}


_SHORT_TEXT = 200


def unit_spans(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for m in master_matches(text):
        kind, start, end = m.lastgroup, m.start(), m.end()
        ok = True
        chained = start == last_end or (last_end >= 0 and start == last_end + 1 and spaced_join(text, last_end))
        if kind == "numeric":
            ok = chained or bare_ok(text, start, end)
            if start > 0 and text[start - 1] in _PRE_GLUED.get(text[start], ()) \
                    and not text.startswith(("警卫", "警备"), start):   # 伪军|警卫第3师: 警卫 is no 军警
                ok = False
        elif kind == "branch":
            ok = chained    # only as the sub-unit of the unit just before (198师特务连)
        elif kind == "code":
            ok = start == last_end or code_ok(text, start)
        elif kind == "placelist":
            ok = placelist_ok(m.group(0))
        elif kind == "echless":
            ok = echless_ok(text, end)
        elif kind == "named":
            ok = named_ok(text, start, end)
        elif kind == "directional":   # 山东路军: 东 ends a place name
            ok = not (start > 0 and text[start - 1 : start + 1] in place_words())
        if ok and route_wing(text, start, end):
            ok = False
        if ok and kind == "named" and _HQ_TAIL.sub("", m.group(0)) in PLACE_EXTENDABLE:
            place_start = place_before(text, start)
            if place_start is not None and place_start >= max(last_end, 0):
                start, kind = place_start, "head"
        if ok:
            found.append((start, end, kind))
            last_end = end
    starts = [s for s, _, _ in found]
    ends = frozenset(e for _, e, _ in found)
    extra = []
    for h in literal_finditer(HEAD_RE, text):
        hs, he = h.start(), h.end()
        i = bisect.bisect_right(starts, hs) - 1
        if i >= 0 and found[i][1] > hs:
            continue
        if h.group(0).endswith("队") and text.startswith("伍", he):
            continue              # 组成两支队伍: 队伍 is "troops", no head's 队 (成两|支队 is no commander's unit)
        if h.group(0) in JP_ONLY_HEADS:
            start = jp_named_before(text, hs, h.group(0))
        elif h.group(0) in PERSON_HEADS:
            start = None if text.startswith("长", he) else name_before(text, hs, ends, h.group(0))
            if start is None and h.group(0) == "支队":
                start = strict_place_before(text, hs)
        elif h.group(0) in PLACE_EXTENDABLE and he < len(text) and text[he] in VERB_ARMY_FOLLOW:
            start = None
        else:
            start = place_before(text, hs)
        if start is not None and (i < 0 or found[i][1] <= start):
            hq = _HQ_AT.match(text, he)   # rule 15: 汤恩伯兵团司令部 is one unit
            extra.append((start, hq.end() if hq else he, "head"))
    # a short text (a designation another finder reads again: memoir_forms_zh) is scanned by re itself,
    # the same matches: scan's per-text character places stay those of the document being tagged
    named_heads = (literal_finditer(NAMED_HEAD_RE, text) if len(text) < _SHORT_TEXT
                   else anchored_finditer(NAMED_HEAD_RE, text, *NAMED_HEAD_ANCHOR))
    for h in named_heads:
        hs, he = h.start(), h.end()
        i = bisect.bisect_right(starts, hs) - 1
        if i >= 0 and found[i][1] > hs:
            continue              # inside a designation (第九军分区)
        if h.group("region"):
            start = region_before(text, hs)
        else:
            start = owner_before(text, hs)
            if start is None and h.group("corps") in CORPS_ALONE:
                start = hs
        if start is not None and (i < 0 or found[i][1] <= start):
            extra.append((start, he, "head"))
    if extra:
        found = sorted(found + extra)
    return found


_HQ_TAIL = re.compile(f"{HQ}$")
_HQ_AT = re.compile(HQ)
_TITLE_RE = re.compile("《[^《》\n]{0,80}》")


def _outside_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans inside a 《title》 (guidelines rule 11)."""
    if "《" not in text:
        return spans
    titles = [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]
    starts = [s for s, _ in titles]
    out = []
    for span in spans:
        i = bisect.bisect_right(starts, span[0]) - 1
        if i >= 0 and titles[i][1] > span[0]:
            continue
        out.append(span)
    return out


def find_units(text: str) -> list[Candidate]:
    """MIL_UNIT candidates (label MIL_UNIT, priority 60) with their normalised values."""
    merged: list[list] = []
    for start, end, kind in _outside_titles(text, unit_spans(text)):
        two_forces = (kind == "named" and merged and merged[-1][2][-1] == "named"     # 新四军八路军: two armies
                      and text[start - 1] == "军" and text[end - 1] == "军")             # side by side (auditzh9)
        if merged and not two_forces and (merged[-1][1] == start or (
                merged[-1][1] + 1 == start and spaced_join(text, start - 1) and kind == "numeric")):
            merged[-1][1] = end
            merged[-1][2].append(kind)
        else:
            merged.append([start, end, [kind]])
    out = []
    for start, end, kinds in merged:
        if kinds == ["named"] and (_veteran_word(text, start, end) or _phase_word(text, start, end)):
            continue
        norm = normalize_unit(text[start:end], text[max(0, start - LEFT_CONTEXT):start],
                              text[end:end + RIGHT_CONTEXT])
        source = "lexicon:unit" if all(k in ("named", "code") for k in kinds) else "rule:unit"
        out.append(Candidate(start, end, LABEL, source, PRIORITY, norm))
    return out


_PHASE_AFTER = re.compile("时期|阶段|工作|方针|方案|计划")


def _phase_word(text: str, start: int, end: int) -> bool:
    """建军时期, 整军、练军: a two-character force name that is also a verb + 军 (练军, 'to drill the army'), before
    a word for a phase or a plan, or beside another verb + 军 of one series, is the drill, not the Qing force
    (auditzh37)."""
    if end - start != 2 or text[start] not in "练建整扩裁治":
        return False
    return bool(_PHASE_AFTER.match(text, end)) or text[max(0, start - 3):start].rstrip("、，,;；").endswith(
        ("建军", "整军", "扩军", "裁军"))


def _veteran_word(text: str, start: int, end: int) -> bool:
    """老红军, 老八路: a word for a veteran (jieba lists it) holds the force's name, and names a person, not the
    force (guideline 12, a bound form; auditzh24)."""
    from pipeline.rules.names_common import word_info
    return start > 0 and text[start - 1] == "老" and "老" + text[start:end] in word_info()
