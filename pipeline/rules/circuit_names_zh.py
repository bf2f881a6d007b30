"""Circuits (道) of the Qing and of the early Republic named in administrative histories (GPE) (session 26, s26zhgpe).

Between the province and the prefecture or county stood the circuit (道): the Qing's 分守道/分巡道 (福宁道, 迤西道) and the
second tier of the Beijing government, 1913-1928 (金华道, 沪海道, 滇中道). County gazetteers' 沿革 sections, place-name
dictionaries and the histories that copy them write a county's line of belonging through it (`甲省乙丙道丁戊府己县`),
record its renaming (`甲乙道改为丙丁道`) and its seat (`甲乙道治所在…`); the circuit is a place with a government (GPE,
as 府 and 县 are). `find_circuit_names(text)` (working text, Simplified) proposes the name with 道 as one GPE when:

- it stands in a chain right after a province (省) and before a seat written with its suffix (府 州 厅 县, 1-3
  characters before it), or before 道尹/道署/道治 (`…省甲乙道丙丁府`, `甲乙道道尹`);
- a verb of renaming, belonging or abolishing comes right after it (改为 改称 改置 改名 辖 所辖 管辖 治所 设于 裁撤 撤销 废),
  or one of renaming or belonging right before it (改为 改称 改隶 隶属 属 分属 划归 并入) with a clause mark, 管辖 or 所辖 after.

The name before 道 is the run of 2-4 Han characters back to a function, numeral, time or tier character (the year in
`民国三年甲乙道…`, 省 in the chain); neither it nor a pair of characters inside it is an ordinary word (a road or a route: 交通道, 人行道, 林荫大道: no
circuit), and 道 does not close a word of roads or routes with the character before it (大道 街道 铁道 通道 要道 古道 栈道
国道 省道 县道 水道 河道 隧道 坑道 轨道 渠道 航道 车道 便道 驿道 甬道 管道 人道 跑道 赛道 弯道) nor makes a frequent
word of its own with it (知道, 说道, 难道, 味道, 地道, 山道). Korea's provinces
(忠清南道) are the Korean place finders' and the gazetteer's.
Examples (made up): `甲省青川道白水府`, `东阳道改为北原道。`, `北原道治所设于某县`.
- (session 30, w2zhplace) the circuit as an official's post: an appointment verb right before it (授/署/补/任/简授/升授/
  署理…, `授甲乙通海道，`, `时任甲乙道御史`) with a clause mark, 御史, 兼, 道员 or 道台 after it, or a known place's
  circuit before its intendant's name (`台湾道某某并…`: a surname, 1-2 characters, then a mark or an adverb);
  道 opening a word of its own (道路, 道理, 道德) is no circuit.
Priority 32 (over the gazetteer's 30, which may know the stem alone as a prefecture: 福宁). Cost: one str.find of 道 per
hit, a few slices and dictionary look-ups at each.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import is_common_word, is_han
from pipeline.spans import Candidate

SOURCE, PRIORITY = "rule:circuit-name", 32
_STEM_STOP = frozenset(
    "的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本一二三四五六七八九十百千万两几多少们我你他她它"
    "条座只军敌师团旅营队年月日时省县市府州厅道区乡镇村属隶辖为改称设并归划分废撤裁即今原旧前后初末清民国")
# the character before 道 that makes a word of roads and routes
_ROUTE_CHARS = frozenset("大街铁通要古栈国省县乡水河隧坑轨渠航车便驿甬管人跑赛弯步马索孔隘干粮盐频")
_CHAIN_AFTER = re.compile(f"[{chr(0x4e00)}-{chr(0x9fff)}]{{1,3}}?[府州厅县]|道尹|道署|道治")
_VERB_AFTER = ("改为", "改称", "改置", "改名", "所辖", "管辖", "辖", "治所", "设于", "裁撤", "撤销", "废")
_VERB_BEFORE = ("改为", "改称", "改隶", "隶属", "分属", "划归", "并入", "属")
_NAME_TAGS = ("ns", "nr", "nz")   # words jieba tags as names of places, persons or others may name a circuit
_CLOSE_AFTER = re.compile("[，,。；;、！？!?)）]|管辖|所辖|$")


def _stem_before(text: str, at: int) -> int | None:
    """Start of the 2-4 character name ending right before 道 at `at`, or None."""
    start = at
    while start > 0 and at - start < 4 and is_han(text[start - 1]) and text[start - 1] not in _STEM_STOP:
        start -= 1
    if at - start < 2:
        return None
    stem = text[start:at]
    if stem[-1] in _ROUTE_CHARS:
        return None
    if is_common_word(stem[-1] + "道", 400, ("ns",)):
        return None         # 知道, 说道, 难道, 味道, 地道: a word of its own with 道
    if any(is_common_word(stem[k:k + 2], 50, _NAME_TAGS) for k in range(len(stem) - 1)) \
            or is_common_word(stem, 50, _NAME_TAGS):
        return None         # 交通, 地下, 公路, 条|人行: an ordinary word, no name
    return start


def find_circuit_names(text: str) -> list[Candidate]:
    """GPE candidates of the circuits named with 道 in a chain or a frame of renaming and belonging (module doc)."""
    out = []
    at = text.find("道")
    while at != -1:
        start = _stem_before(text, at)
        if start is not None:
            end = at + 1
            chain = start > 0 and text[start - 1] == "省" and _CHAIN_AFTER.match(text, end) is not None
            framed = text.startswith(_VERB_AFTER, end) or (
                any(text.startswith(verb, start - len(verb)) for verb in _VERB_BEFORE if start >= len(verb)) and _CLOSE_AFTER.match(text, end) is not None)
            if chain or framed or text.startswith(("道尹", "道署"), end):
                out.append(Candidate(start, end, "GPE", SOURCE, PRIORITY))
                at = text.find("道", at + 1)
                continue
        office = _office_start(text, at)
        if office is not None:
            out.append(Candidate(office, at + 1, "GPE", SOURCE, PRIORITY))
        at = text.find("道", at + 1)
    return out


# The circuit as an official's post (session 30, w2zhplace; four development sets): an appointment verb right before it
# (授甲乙道, 署甲乙道, 时任甲乙道御史) or the incumbent's name right after it (甲乙道张某某): Qing memorials, biographies and
# gazetteers write the intendant (道员, 道台) by his circuit so (授台湾兵备道, 台湾道张梦元升授, 暂署兰州道).
_APPOINT_BEFORE = ("补授", "简授", "升授", "调补", "署理", "调任", "升任", "授", "署", "补", "任")
_OFFICE_AFTER = re.compile("[，,。；;、)）]|御史|监察御史|兼|道员|道台|$")
# the stem may hold the tier characters (常镇通海道, 兰州道) that stop a chain's stem
_OFFICE_STOP = _STEM_STOP - frozenset("县市府州厅区乡镇村")   # 省 still stops: 江苏省|苏松太道
_NAME_END = re.compile(f"[{chr(0x4e00)}-{chr(0x9fff)}]{{1,2}}(?:[，,。；;、]|[并有已亦又遂即乃曾于])")


def _office_start(text: str, at: int) -> int | None:
    """Start of a circuit named as a post before 道 at `at` (the frames above), or None."""
    if is_common_word(text[at:at + 2], 50):
        return None         # 道路, 道理, 道士: 道 opens a word of its own
    run = at
    while run > 0 and at - run < 6 and is_han(text[run - 1]) and text[run - 1] not in _OFFICE_STOP:
        run -= 1
    if at - run < 2 or text[at - 1] in _ROUTE_CHARS:
        return None
    for start in range(run, at - 1):          # the longest stem after an appointment verb (授常镇通海道, 时任江南道)
        if any(text.startswith(verb, start - len(verb)) for verb in _APPOINT_BEFORE if start - len(verb) >= run - 2) \
                and _OFFICE_AFTER.match(text, at + 1) and _plain_stem(text[start:at]):
            return start
    if run > 3 and text[run - 1] == "省" and _OFFICE_AFTER.match(text, at + 1) and _plain_stem(text[run:at]) and any(
            text.startswith(verb, run - 1 - size - len(verb)) for size in (2, 3) for verb in _APPOINT_BEFORE):
        return run          # 任补甲乙省丙丁戊道兼…: the appointment names the province first
    from pipeline.normalize.places import place_lexicon
    from pipeline.rules.names_common import surnames
    if text[at + 1:at + 2] in surnames()[0] and _NAME_END.match(text, at + 2):
        for start in range(max(run, at - 4), at - 1):   # 台湾道刘某并…: a known place's circuit and its intendant
            if text[start:at] in place_lexicon():
                return start
    return None


def _plain_stem(stem: str) -> bool:
    """Not an ordinary word nor made of one (交通道, 人行道)."""
    return not (is_common_word(stem, 50, _NAME_TAGS)
                or any(is_common_word(stem[k:k + 2], 50, _NAME_TAGS) for k in range(len(stem) - 1)))
