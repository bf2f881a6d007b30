"""Heights, watchtower names, flowing rivers and counted province abbreviations read from their shape (session 20
round 2, r20zhloc: classes seen on round 1's held-out passages). Grammar, no list of names but the province
abbreviations (complete by their criterion). `find_height_tower_river_shapes(text)` (working text, Simplified) proposes:

- A height or position named by a bearing and a gate (`东X门高地`, `南X关阵地`): a bearing, one or two name
  characters, a gate word (门/关/口) and 高地 is one LOC (guideline table: a height is a LOC; `418和522高地` are
  heights); with 阵地 it is one FAC (the project's position reading, rule fac-position: `X阵地`). The county or city
  the gazetteer reads inside it (天门, 石门, 龙门) goes, and so does the bearing + gate read alone.
- A watchtower height of the Great Wall type (`九道楼子`, `黑石楼子`): a numeral + 道 + 楼子, or one or two name
  characters + 楼子 after a verb of attack, holding or arrival or a list mark, is one LOC (a height, guideline table);
  no QUANTITY `九道` and no county read inside (石楼).
- A river as the subject of a verb of flowing (`清水河由南向北流经`, `白马江自西向东流入`, `某江东流入海`): one or two
  name characters and 河/江/溪/水 right before 自/由/向/经/往 + a bearing + 流/注, or before a bearing + 流 (东流,
  北流) + 入/经/至/向/过, is one LOC (a river, guideline table); a county the gazetteer reads across it (江东, 清水河
  county) goes. The name must open after punctuation, the text start or a function word.
- Two or more one-character province abbreviations before a count of provinces (`苏皖两省`, `鄂豫皖三省`): each a GPE
  (docs: one-character abbreviations of the provinces in a list are GPE, `粤、奉、皖`), not the region `苏皖` (LOC).
- A pass X关 (two name characters the gazetteer does not know) after 出/入/守/攻/过 or before 一带/外 (`守某木关一带`):
  LOC, the verb outside (not 出兵|潼关: the verb is a word and a known place ends the name).
- A village named by its distance (`七里墩`, `二十里铺`) opening after a mark or verb and closed by a list mark, 一带,
  一线 or 附近: GPE (docs: `八里台`), not the distance 五里.
- A walled town after 陷/破/克/占/夺 whose name holds a county's (`破金浦城` over 浦城): one character + the county +
  城 is one GPE where the longer stem is unknown (not 占领|防城, not 平山城 where a county ends at 山).

Priority 36 (above the gazetteer's 30 and the place frames' 35); 41 for the watchtower (above the count of 道, 40);
46 for a gate height (above the gate FAC of place_frames, 45: 攻占南X门 alone).
Cost: str.find of 高地/阵地, 楼子, 流/注 and 省 per text, a few look-ups at each hit.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import plain_word
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import literal_finditer
from pipeline.spans import Candidate

PRIORITY = 36
_CJK = "\u4e00-\u9fff"
# characters that are no part of a short name
_STOP = "的了着是和与及或等被把对向从由自在于经到至往这那其此该各每之而也又即则个座处条道一二三四五六七八九十两几"
# characters after which a name opens (function words, verbs of place and movement, marks)
_OPEN = frozenset("的在于到至往向从自由经沿抵达临近逼占据守攻克夺出过入进回驻退撤和与及或即为是、，,。；;：:（(“”「」 \n")

_GATE_HEIGHT_RE = re.compile(f"([东西南北])([{_CJK}]{{1,2}}?)([门关口])(高地|阵地)")
_TOWER_RE = re.compile(f"(?:([一二三四五六七八九十]{{1,3}})道|([{_CJK}]{{1,2}}))楼子")
_RIVER_FLOW_RE = re.compile(f"([{_CJK}]{{1,2}}?)([河江溪水])"
                            f"(?=[自由从向往朝][东西南北]{{1,2}}[方面]?(?:[向往朝][东西南北]{{1,2}}[方面]?)?[流注]"
                            f"|[东西南北]流[入经至向过])")
# a pass named X关 (two name characters) after a verb of going through, holding or attacking it, or before a word of
# its position (某贤关一带, 守某贤关): the pass, LOC, not the generic GPE reading of a name in 关
_PASS_RE = re.compile(f"(?<![退撤逐赶驱派调进])([出入守攻过])?([{_CJK}]{{2}})关(?![县城镇市区口卡税])")
_PASS_AFTER = ("一带", "上下", "前线", "外", "下的", "下，", "下。")
# a village named by its distance in li (五里墩, 二十里铺) as a member of a list or after a verb of taking
_MILE_RE = re.compile("[一二三四五六七八九十]{1,3}里[墩铺店庄屯堡]")
_MILE_AFTER = frozenset("、及和与等，。；,;")
# a walled town after a verb of taking whose name holds a county's (破某浦城 over 浦城): one character + the county +
# 城 is the town where the longer stem is no place the gazetteer knows
_TAKEN_TOWN_RE = re.compile(f"([陷破克占夺])([{_CJK}])([{_CJK}]城)(?![墙门外内下市县区])")
# the one-character abbreviations of China's provinces and provincial-level divisions (today's 34 and the
# Republic's 奉 (Fengtian), 热 (Rehe), 察 (Chahar), 绥 (Suiyuan), 康 (Xikang)): every one the official lists give
_PROVINCE_ABBR = province_abbreviations(plus="蜀贵云秦陇奉")
# the run opens the name (a character before it that would make a province's full name, 江|苏, 安|徽, is no opening)
_PROVINCE_COUNT_RE = re.compile(f"(?<![{_PROVINCE_ABBR}江湖河广山安福云贵四甘辽吉黑内宁新西海台北南东])"
                                f"([{_PROVINCE_ABBR}]{{2,5}})[二两三四五六]省")


def _near(pattern: re.Pattern, text: str, anchors: str, before: int, after: int, seen: set[int]):
    """The matches of `pattern` in windows around each anchor character (a match holds one), each start once."""
    for ch in anchors:
        at = text.find(ch)
        while at >= 0:
            for m in pattern.finditer(text, max(0, at - before), min(len(text), at + after)):
                if m.start() not in seen:
                    seen.add(m.start())
                    yield m
            at = text.find(ch, at + 1)


def _opens(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _OPEN or not ("\u4e00" <= text[start - 1] <= "\u9fff")


def _gate_heights(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_GATE_HEIGHT_RE, text):
        if any(ch in _STOP for ch in m.group(2)):
            continue
        label = "LOC" if m.group(4) == "高地" else "FAC"
        out.append(Candidate(m.start(), m.end(), label, "rule:gate-height", 46, {"id": None} if label == "LOC" else {}))
    return out


def _towers(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_TOWER_RE, text):
        start = m.start()
        if m.group(2) is not None:
            head = m.end() - 2
            start = -1
            for size in (2, 1):
                s = head - size
                if s >= m.start() and not any(ch in _STOP for ch in text[s:head]) and _opens(text, s):
                    start = s
                    break
            if start < 0:
                continue
        out.append(Candidate(start, m.end(), "LOC", "rule:watchtower-height", 41, {"id": None}))
    return out


def _flowing_rivers(text: str) -> list[Candidate]:
    out = []
    seen: set[int] = set()
    for m in _near(_RIVER_FLOW_RE, text, "流注", 10, 2, seen):
        stem, start = m.group(1), m.start()
        if len(stem) == 2 and not _opens(text, start):
            stem, start = stem[1:], start + 1
        if any(ch in _STOP or ch in "东西南北上下大小" for ch in stem) or stem in tuple("河江溪水湖海泉") \
                or not _opens(text, start) \
                or plain_word(stem + m.group(2), 20):
            continue    # 溪水向东流, 河水北流: water, no name
        out.append(Candidate(start, m.end(), "LOC", "rule:river-flowing", PRIORITY, {"id": None}))
    return out


def _province_counts(text: str) -> list[Candidate]:
    out = []
    for m in _near(_PROVINCE_COUNT_RE, text, "省", 7, 1, set()):
        for i in range(m.start(1), m.end(1)):
            out.append(Candidate(i, i + 1, "GPE", "rule:province-abbr-count", PRIORITY, {"id": None}))
    return out


def _passes(text: str) -> list[Candidate]:
    out = []
    lexicon = place_lexicon()
    for m in literal_finditer(_PASS_RE, text):
        start, end = m.start(2), m.end()
        name = text[start:end]
        framed_before = m.group(1) is not None and start == m.end(1)
        framed_after = text.startswith(_PASS_AFTER, end)
        if not (framed_before or framed_after) or any(ch in _STOP or ch in "关东西南北" for ch in m.group(2)):
            continue
        if name in lexicon or m.group(2) in lexicon or name[1:] in lexicon or plain_word(name, 20) \
                or plain_word(m.group(2), 300) or framed_before and plain_word(m.group(1) + name[0], 20):
            continue    # 出兵|潼关: the verb is a longer word and a known place ends the name    # a pass or county the gazetteer knows is place_frames19b's; 海关, 机关: words
        if not framed_before and not _opens(text, start):
            continue
        out.append(Candidate(start, end, "LOC", "rule:pass-framed", PRIORITY, {"id": None}))
    return out


def _mile_villages(text: str) -> list[Candidate]:
    out = []
    for m in literal_finditer(_MILE_RE, text):
        start = m.start()
        if start and text[start - 1] in "一二三四五六七八九十百":
            continue
        if _opens(text, start) and (m.end() == len(text) or text[m.end()] in _MILE_AFTER
                                    or text.startswith(("一带", "一线", "附近"), m.end())):
            out.append(Candidate(start, m.end(), "GPE", "rule:mile-village-list", 42, {"id": None}))
    return out


def _taken_towns(text: str) -> list[Candidate]:
    lexicon = place_lexicon()
    out = []
    for m in literal_finditer(_TAKEN_TOWN_RE, text):
        first, county = m.group(2), m.group(3)
        entry = lexicon.get(county)
        if entry is None or entry.label != "GPE" or first in _STOP or first in "东西南北城县省市府州的了" \
                or (first + county) in lexicon or (first + county[0]) in lexicon \
                or plain_word(m.group(1) + first, 20):
            continue    # 占领|防城: the verb is a longer word; 平山城: a county ends at 山
        out.append(Candidate(m.start(2), m.end(), "GPE", "rule:taken-walled-town", PRIORITY, {"id": None}))
    return out


def find_height_tower_river_shapes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "高地" in text or "阵地" in text:
        out += _gate_heights(text)
    if "楼子" in text:
        out += _towers(text)
    if "流" in text or "注" in text:
        out += _flowing_rivers(text)
    if "关" in text:
        out += _passes(text)
    if "里" in text:
        out += _mile_villages(text)
    if "城" in text:
        out += _taken_towns(text)
    if "省" in text:
        out += _province_counts(text)
    return out
