"""Landforms and crossings read from the way terrain descriptions are written (session 18, LOC/FAC audit).

Campaign histories and travel pieces describe a battlefield's terrain in set phrases; the names in them are
mostly in no lexicon, or are a city's name elsewhere (马鞍山):

- a mountain measured right after its name (`东面的X山高八百余米`, `X岭海拔1200米`, `X峰主峰高…米`): LOC;
- a mountain in a terrain chain: after a bearing and 为/是/有 (`再南为X山，`, `西有X岭、`), or joined to the last
  one (`与X山相连`, `与X岭相接`): LOC;
- a river valley written as one name (`X河谷`, `X江谷`): one LOC over the river (not the river alone);
- a pass named right after the kind of place it is (`要塞X口`, `天险X关`, `雄关X关`): LOC;
- islands, islets and reefs listed together (`甲岛、乙屿、丙石、丁礁和戊礁`, two or more with 岛/屿/礁), and short names
  listed before 等岛礁/等岛屿/诸岛 (`甲、乙以及丙等岛礁`): each a LOC;
- ferries listed together (`甲渡、乙渡和丙渡`) where one is a known ferry or a 渡口 was just named: each the
  settlement at the crossing, GPE (as every bare X渡 of the development gold; fixed_facilities.FERRY_LABEL).

Priorities: 31 for the landforms (above the gazetteer's 30, so `马鞍山` described as a mountain is no city), 45
for the ferries (the facility rules'). Each pattern is anchored on a literal and reads a few characters around it.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word, word_info
from pipeline.rules.scan import anchored_finditer, literal_finditer   # the same matches, scanned from a literal every match holds
from pipeline.rules.scan import rare_finditer   # the same matches as finditer, tried from the places of a literal or rare first character
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
LANDFORM_PRIORITY = 31
FERRY_PRIORITY = 45
# characters that end the text before a name (punctuation, particles, conjunctions, a bearing's verb)
_BOUNDARY = set("着了，。、；：！？（）()“”「」‘’《》\n ,.;:的与和及为是有在于至到向从沿经过入")
# characters that never stand inside a landform's or ferry's stem
_STOP = set("着的了在是和与及或这那该此各每其一二三四五六七八九十两几个座处条等为有被向从到至于也都就而又再更最很")

_MEASURE_RE = re.compile(
    f"[山岭峰](?:主峰)?(?:高|海拔高?)(?:约|达|近|仅|只有)?[0-9０-９一二三四五六七八九十百千〇零,，.]{{1,8}}(?:余|多)?(?:米|公尺)")
_CHAIN_RE = re.compile(
    f"(?:[东南西北](?:面|边|侧)?(?:为|是|有)|与)([{_CJK}]{{1,3}}?[山岭峰])"
    "(?=[，。、；和及,]|相连|相接|相望|对峙|毗连|连接)")
_VALLEY_RE = re.compile("[河江]谷")
_FERRY_LIST_RE = re.compile(f"([{_CJK}]{{2}}渡)((?:[、和及与][{_CJK}]{{2}}渡){{1,4}})(?![口过江河海])")


def _stem_start(text: str, end: int, widths: tuple[int, ...]) -> int | None:
    """The start of a 1-4 character stem ending at `end`: the widest whose characters hold no stop character
    and which a boundary character (or the text's start) precedes."""
    for width in widths:
        start = end - width
        if start < 0:
            continue
        stem = text[start:end]
        if any(ch in _STOP or ch in _BOUNDARY or not ("\u4e00" <= ch <= "\u9fff") for ch in stem):
            continue
        if start == 0 or text[start - 1] in _BOUNDARY:
            return start
    return None


def _named(name: str) -> bool:
    """A stem of two or more characters (大青山), or a one-character one the place lexicon knows as a landform
    (泰山) or jieba does not know as a word (陉山); 高山, 群山, 雪山 are kinds of mountain."""
    if len(name) >= 3:
        return True
    entry = place_lexicon().get(name)
    return entry is not None and entry.label == "LOC" or entry is None and name not in word_info()


def _measured_mountains(text: str) -> list[Candidate]:
    out = []
    for m in rare_finditer(_MEASURE_RE, text):
        head = m.start()
        start = _stem_start(text, head, (3, 2, 1))
        if start is None:
            continue
        name = text[start:head + 1]
        if plain_word(name, 50) or not _named(name):
            continue    # 高山高三千米, 深山: an ordinary word, no name
        out.append(Candidate(start, head + 1, "LOC", "rule:terrain-measured-mountain", LANDFORM_PRIORITY, {"id": None}))
    return out


def _chained_mountains(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_CHAIN_RE, text):
        name = m.group(1)
        if any(ch in _STOP for ch in name[:-1]) or plain_word(name, 50) or not _named(name):
            continue    # 西为高山, 东有群山: no name
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:terrain-chain-mountain", LANDFORM_PRIORITY, {"id": None}))
    return out


def valleys(text: str) -> list[Candidate]:
    from pipeline.rules.landform_heads import CUES

    out = []
    for m in literal_finditer(_VALLEY_RE, text):
        head = m.start()
        for width in (4, 3, 2):
            start = head - width
            if start < 0:
                continue
            stem = text[start:head]
            if any(ch in _STOP or ch in _BOUNDARY or not ("\u4e00" <= ch <= "\u9fff") for ch in stem):
                continue
            if start == 0 or text[start - 1] in _BOUNDARY or any(text[max(0, start - k):start] in CUES for k in (3, 2)):
                break
        else:
            continue
        if plain_word(text[start:m.end()], 20) or stem[-1] in "河江":
            continue    # 山河谷, 大河谷地: ordinary words; 洛河|河谷: the river, then the word 河谷 (its valley)
        out.append(Candidate(start, m.end(), "LOC", "rule:terrain-valley", LANDFORM_PRIORITY, {"id": None}))
    return out


def _ferry_lists(text: str) -> list[Candidate]:
    from pipeline.rules.fixed_facilities import FERRY_LABEL, FIXED_FACILITIES

    known = {name for name in FIXED_FACILITIES if name.endswith("渡")}
    out = []
    for m in literal_finditer(_FERRY_LIST_RE, text):
        items = [(m.start(1), m.end(1))]
        pos = m.start(2)
        for part in re.finditer(f"[、和及与]([{_CJK}]{{2}}渡)", m.group(2)):
            items.append((pos + part.start(1), pos + part.end(1)))
        names = [text[s:e] for s, e in items]
        if any(any(ch in _STOP for ch in name[:2]) or plain_word(name[:2], 50) for name in names):
            continue    # 强渡、偷渡: verbs, no names
        if not (set(names) & known or "渡口" in text[max(0, m.start() - 8):m.start()]):
            continue
        out.extend(Candidate(s, e, FERRY_LABEL, "rule:terrain-ferry-list", FERRY_PRIORITY, {"id": None}) for s, e in items)
    return out


_ISLE = f"[{_CJK}]{{1,3}}?(?:岛|屿|礁)|[{_CJK}]{{1,2}}?石"
_SEP = "、|以及|和|及|与"
_ISLE_LIST_RE = re.compile(f"(?:(?<=[的了有是除为、，。：:∶；\n])|^)((?:{_ISLE})(?:(?:{_SEP})(?:{_ISLE})){{2,8}})(?![{_CJK}]*?[岛屿礁])")
_ISLE_ITEM_RE = re.compile(f"(?:{_SEP})")
# the first isle of a list ends in 岛/屿/礁/石 at most 3 characters after the list's start (scan.anchored_finditer)
_ISLE_END = re.compile("[岛屿礁石]")
_ISLE_GROUP_RE = re.compile("等?(?:岛礁|岛屿|诸岛)")
_LIST_VERBS = ("包括", "包含", "由", "有", "是", "为", "和")


def _isle_lists(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    for m in anchored_finditer(_ISLE_LIST_RE, text, _ISLE_END, 3):
        items, pos = [], m.start(1)
        for piece in _ISLE_ITEM_RE.split(m.group(1)):
            at = text.index(piece, pos)
            items.append((at, at + len(piece)))
            pos = at + len(piece)
        names = [text[a:b] for a, b in items]
        if sum(name[-1] in "岛屿礁" for name in names) < 2 or any(plain_word(name, 20) for name in names):
            continue
        out.extend(Candidate(a, b, "LOC", "rule:terrain-isle-list", LANDFORM_PRIORITY, {"id": None})
                   for (a, b), name in zip(items, names)
                   if not (name in lexicon and lexicon[name].label == "GPE") and not any(ch in _STOP for ch in name))
    for m in rare_finditer(_ISLE_GROUP_RE, text):
        seg_start = m.start()
        while seg_start > 0 and "\u4e00" <= text[seg_start - 1] <= "\u9fff" or seg_start > 0 and text[seg_start - 1] == "、":
            seg_start -= 1
            if m.start() - seg_start > 40:
                break
        segment = text[seg_start:m.start()]
        pieces = _ISLE_ITEM_RE.split(segment)
        if len(pieces) < 2:
            continue
        first = pieces[0]
        for verb in _LIST_VERBS:
            if len(first) > 3 and verb in first[:-2]:
                first = first[first.rindex(verb, 0, len(first) - 2) + len(verb):]
        pieces[0] = first
        if not all(2 <= len(p) <= 3 and not any(ch in _STOP for ch in p) for p in pieces):
            continue
        pos = seg_start
        for piece in pieces:
            at = text.index(piece, pos)
            if not (piece in lexicon and lexicon[piece].label == "GPE" and lexicon[piece].kind == "province"):
                out.append(Candidate(at, at + len(piece), "LOC", "rule:terrain-isle-list", LANDFORM_PRIORITY, {"id": None}))
            pos = at + len(piece)
    return out


_KIND_PASS_RE = re.compile(
    f"(?:要塞|天险|关隘|隘口|雄关|要隘|险关)([{_CJK}]{{1,3}}?[口关隘])(?=[，。、；：！？）)”」的和与及以一附前后外内上下]|$)")


def _kind_passes(text: str) -> list[Candidate]:
    out = []
    for m in _KIND_PASS_RE.finditer(text):
        name = m.group(1)
        if len(name) < 2 or any(ch in _STOP for ch in name) or plain_word(name, 20):
            continue    # 天险关口, 要塞入口: ordinary words
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:terrain-kind-pass", LANDFORM_PRIORITY, {"id": None}))
    return out


def find_terrain_frames(text: str) -> list[Candidate]:
    """Candidates of the classes in the module doc."""
    out = []
    if "米" in text:
        out += _measured_mountains(text)
    if "与" in text or "为" in text or "是" in text or "有" in text:
        out += _chained_mountains(text)
    if "谷" in text:
        out += valleys(text)
    if "渡" in text:
        out += _ferry_lists(text)
    if "要" in text or "险" in text or "关" in text or "隘" in text:
        out += _kind_passes(text)
    if "岛" in text or "礁" in text or "屿" in text:
        out += _isle_lists(text)
    return out
