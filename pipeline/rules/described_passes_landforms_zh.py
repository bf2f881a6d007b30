"""Passes and landforms the text itself says are passes and landforms (session 19, s19zhloc: LOC and the
LOC / GPE boundary). Grammar and discourse, no list of names.

- A pass the text calls a pass: a name in 关 (2-4 characters, a place the gazetteer knows or a place + 关) in a
  sentence that also holds a word for the kind of place a pass is (关隘, 关口, 关塞, 雄关, 名关, 险关, 隘口, 要隘, 古关,
  关城, 关楼): every mention of that name in the document is the pass, LOC (guideline: a pass is a LOC). Famous passes
  share their name with a town or a modern city or county (山海关区, 潼关县, 嘉峪关市), which the gazetteer reads as
  GPE; a page about the pass means the pass. A mention written with an administrative suffix (X关市, X关县, X关区,
  X关镇) or as a town (X关城内, X关县城) stays the settlement's, and a name never so described keeps its reading (a
  front at 山海关 in a war narrative is the town).
- Passes listed with a bearing each (`东甲关、南乙关、西丙关`): the bearing is a direction, the pass is X关 (LOC).
- A pass named by its ridge (`明代称甲乙岭关`, `退守丙丁山关，`): a landform name in 岭 or 山 (stem of 1-3 characters
  opening after a clause mark, a verb of naming or holding, or 的) written with 关 and then a clause or list mark,
  一带, 以东… or 前/下: one LOC over the whole pass (the landform rules stop at 岭 and leave 关 out).
- Islands named by the sea or place they lie in (`南海诸岛`, `甲乙列岛`): a place the gazetteer knows (2-3 characters)
  written with 诸岛 or 列岛 is one LOC (a country before it stays outside: 中国|南海诸岛), above the island-list rule
  that otherwise pairs the country with the sea (priority 42).
- A snow mountain written with its name (`主峰甲乙丙丁雪山`, `四川甲乙丙雪山`, `，甲乙雪山位于`): a stem of 2-4 characters
  before 雪山 (no function, count or position character, no ordinary word), opening after a clause mark, a verb or
  preposition of place, a province or county the gazetteer knows, or a word for a summit (主峰, 最高峰): one LOC
  with 雪山 (the landform rules stop at three characters before 山 and read no 雪 stem). A bare `大雪山` after a
  count (五座大雪山) has a one-character stem and is left alone.
- A landform described where it is introduced (`X山位于…`, `X山，海拔…`, `X岭高…米`; the landform-frame and
  terrain rules) is a LOC at its other mentions too, where a settlement rule pairs it with a province (四川X山):
  one reading per document, the landform's.

Priority 35 for the passes (above the gazetteer's 30 and the settlement rules' 31), 32 for the repeated landforms.
Cost: a find of 关 and of the kind words; a regex over the sentences that hold them.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from a literal each holds
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
PASS_PRIORITY = 35
LANDFORM_PRIORITY = 32
_PASS_KINDS = ("关隘", "关口", "关塞", "雄关", "名关", "险关", "隘口", "要隘", "古关", "关城", "关楼")
_SENTENCE_RE = re.compile("[^。！？!?\n]+")
_PASS_NAME_RE = re.compile(f"[{_CJK}]{{1,3}}关")
# after a pass's name: it is the town or the administrative unit of that name, or a longer word (关内, 关外 …)
_SETTLEMENT_AFTER = set("市县区镇乡州府厅卫所村街路站内外口门前后下上隘塞城楼帝公羽系税卡押闭注心")
_BEARING_LIST_RE = re.compile(f"(?:^|(?<=[，,、。；;：:\n ]))[东西南北]([{_CJK}]{{1,2}}关)(?=[、，,和与及])")
_BEARING_ITEM_RE = re.compile(f"[东西南北]([{_CJK}]{{1,2}}关)(?=[、，,。；;和与及])")


def _pass_names(text: str) -> set[str]:
    """Names in 关 written in a sentence that says what a pass is."""
    names: set[str] = set()
    if not any(k in text for k in _PASS_KINDS):
        return names       # no sentence of the text can say what a pass is
    places = place_lexicon()
    for sent in _SENTENCE_RE.finditer(text):
        s = sent.group()
        if not any(k in s for k in _PASS_KINDS):
            continue
        for m in _PASS_NAME_RE.finditer(s):
            end = m.end()
            if end < len(s) and s[end] in _SETTLEMENT_AFTER:
                continue
            raw = m.group()
            for size in range(len(raw), 1, -1):
                name = raw[len(raw) - size:]
                if name in places or any(name + adm in places for adm in "区县市") \
                        or len(name) >= 3 and name[:-1] in places:
                    names.add(name)
                    break
    return names


def _mentions(text: str, name: str, label: str, priority: int, source: str) -> list[Candidate]:
    out = []
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        after = text[end:end + 1]
        if not (after and after in _SETTLEMENT_AFTER) and not text.startswith("城内", end) \
                and not text.startswith("县城", end):
            out.append(Candidate(start, end, label, source, priority, {"id": None}))
        start = text.find(name, end)
    return out


def _bearing_passes(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_BEARING_LIST_RE, text):
        # two or more items with a bearing each, joined by list marks: the whole run
        run = [m]
        pos = m.end()
        while pos < len(text) and text[pos] in "、，,和与及":
            nxt = _BEARING_ITEM_RE.match(text, pos + 1)
            if not nxt:
                break
            run.append(nxt)
            pos = nxt.end()
        if len(run) >= 2:
            for item in run:
                out.append(Candidate(item.start(1), item.end(1), "LOC", "rule:pass-bearing-list", PASS_PRIORITY,
                                     {"id": None}))
    # items found as continuations are found again as openers: keep one of each span
    return list({(c.start, c.end): c for c in out}.values())


def _described_landforms(text: str) -> list[Candidate]:
    """Other mentions of a mountain the landform-frame rule reads as described where it is introduced (X山位于…,
    X山，海拔…), with that rule's own guards (no person, no word, no part-of-mountain word)."""
    from pipeline.rules.landform_frames_zh import described
    places = place_lexicon()
    names = set()
    for cand in described(text):
        name = text[cand.start:cand.end]
        entry = places.get(name)
        if name[-1] in "山岭峰" and (entry is None or entry.label == "LOC"):
            names.add(name)
    out = []
    for name in names:
        out += _mentions(text, name, "LOC", LANDFORM_PRIORITY, "rule:landform-described-repeat")
    return out


_SNOW_OPENERS = set("的在于到过越翻登是为即和与及、，,。；;：:（(\n 」”“")
_SNOW_STOP = set("着的了在是和与及或这那该此各每其一二三四五六七八九十两几个座处条等为有被向从到至于也都就而又再更最很"
                 "大小高上下前后左右东西南北中内外里边侧")
_SUMMIT_WORDS = ("主峰", "高峰", "顶峰", "之巅")


def _snow_mountains(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word
    places = place_lexicon()
    out = []
    at = text.find("雪山")
    while at != -1:
        for size in (4, 3, 2):
            start = at - size
            if start < 0:
                continue
            stem = text[start:at]
            before1 = text[start - 1] if start else "\n"
            before2 = text[max(0, start - 2):start]
            before3 = text[max(0, start - 3):start]
            entry2, entry3 = places.get(before2), places.get(before3)
            # a summit word or a known place before: the stem's first character may be one a word opens with (各)
            strong = before2 in _SUMMIT_WORDS or entry2 is not None and entry2.label == "GPE" \
                or entry3 is not None and entry3.label == "GPE"
            if any(ch in _SNOW_STOP or not "\u4e00" <= ch <= "\u9fff" for ch in (stem[1:] if strong else stem)) \
                    or not "\u4e00" <= stem[0] <= "\u9fff" or is_common_word(stem, 300):
                continue
            if strong or before1 in _SNOW_OPENERS or not "\u4e00" <= before1 <= "\u9fff":
                out.append(Candidate(start, at + 2, "LOC", "rule:snow-mountain", LANDFORM_PRIORITY, {"id": None}))
                break
        at = text.find("雪山", at + 2)
    return out


_RIDGE_PASS_RE = re.compile(f"(?:^|(?<=[，,。；;：:、\n 」”“的称名叫为守至到抵过越出入经占克]))([{_CJK}]{{1,3}}[岭山]关)"
                            "(?=[，,。；;：:、\n 」”）)和与及]|一带|附近|以[东南西北]|[前下外内]|之[东南西北间险])")
_RIDGE_STEM_STOP = set("着的了在是和与及或这那该此各每其一二三四五六七八九十两几个座处条等为有被向从到至于也都就而又再更最很"
                       "上下前后左右中内外里边侧高大小")


def _ridge_passes(text: str) -> list[Candidate]:
    from pipeline.rules.names_common import is_common_word
    out = []
    for m in literal_finditer(_RIDGE_PASS_RE, text):
        name = m.group(1)
        stem = name[:-2]
        if any(ch in _RIDGE_STEM_STOP for ch in stem) or is_common_word(name[:-1], 300):
            continue    # 上山关, 高山关: a word or a position before the head, no ridge's name
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:ridge-pass", PASS_PRIORITY, {"id": None}))
    return out


def _named_island_groups(text: str) -> list[Candidate]:
    places = place_lexicon()
    out = []
    for head in ("诸岛", "列岛"):
        at = text.find(head)
        while at != -1:
            for size in (3, 2):
                start = at - size
                if start >= 0 and text[start:at] in places:
                    out.append(Candidate(start, at + 2, "LOC", "rule:island-group-named", 42, {"id": None}))
                    break
            at = text.find(head, at + 2)
    return out


def find_pass_landform_kinds(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "关" in text:
        for name in _pass_names(text):
            out += _mentions(text, name, "LOC", PASS_PRIORITY, "rule:pass-described")
        out += _bearing_passes(text)
        if "岭关" in text or "山关" in text:
            out += _ridge_passes(text)
    if "诸岛" in text or "列岛" in text:
        out += _named_island_groups(text)
    if "雪山" in text:
        out += _snow_mountains(text)
    if "位于" in text or "海拔" in text:
        out += _described_landforms(text)
    return out
