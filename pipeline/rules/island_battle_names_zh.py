"""Islands named by an unfamiliar stem and the fighting named by them, border wars and named battles, in Chinese working text.

`find_islands_battles(text)`:
- LOC: islands, island chains and archipelagos named by an unfamiliar stem (X岛, X列岛, X群岛) where the words before
  the stem end (a verb, preposition or clause mark: 以X岛为核心, 入侵X岛, 上X岛, 的X岛); the islands of a 、-list closed
  by a word for islands (X、Y、Z等岛屿, X、Y三岛, X、Y诸岛), QUANTITY their count; a name found so is an island
  everywhere in the text, also without 岛 (X岛 … X以北), unless the stem is an ordinary word or a place of its own;
- EVENT: the fighting named by such an island (X岛战斗, X岛之战, X岛海战, X岛流血事件); a border war or counter-attack
  named by the two states' short forms or a place (中印边境自卫反击作战, 中越边境冲突, 西沙自卫反击战); a battle named
  by a settlement or landform with 之战 (X寨之战, X镇之战, X口之战); coordinated victories sharing one 大捷 (X、Y大捷:
  guideline 10).

Every scan starts from a rare literal (岛, 自卫/边境, 之战, 大捷) and every repetition is bounded.
Provenance: first seen on real-dev9-zh (session 7, helper zh9: coastal, border and late-Qing war narratives; split out of written_zh9 in session 24).
"""

from __future__ import annotations

import re

from pipeline.rules.event_name_starts import IN_THE_BATTLE
from pipeline.rules.names_common import is_common_word, known_places, plain_word as _plain, word_info
from pipeline.spans import Candidate
from pipeline.rules.scan import rare_finditer, literal_finditer
from pipeline.rules.place_stems_zh import CUE_BEFORE, NOT_IN_NAME, NOT_STEM_START, cjk_stems, opens_name, read_stem, stem_ok

_CJK = "\u4e00-\u9fff"
_ZH_DIGIT = "一二三四五六七八九十"

_ISLAND_RE = re.compile("列岛|群岛|岛(?![屿链])")
_ISLAND_LIST_RE = re.compile(f"等岛屿|等岛|诸岛|[{_ZH_DIGIT}两]岛")
# where a stem found as an island stands alone again (大陈是…, X、Y以北, X难守)
_AGAIN_AFTER_RE = re.compile("[，。、；：！？,;:!?\\s”）)]|以[东南西北]|[东南西北]面|附近|一带|海域|周围|是|为|不|难|和|与|及|的")
# …but not a list of strongholds sharing one head (X、Y、Z炮台: one FAC)
_STRUCTURE_AHEAD_RE = re.compile("、[^，。；：！？,;:!?\\n]{1,12}?(?:炮台|要塞|阵地|机场|码头)")
_ISLAND_EVENT_RE = re.compile("战斗(?!英雄)|战役|之战|海战|保卫战|争夺战|登陆战|流血事件|事件")


def _islands(text: str, places: frozenset[str]) -> tuple[list[Candidate], set[str]]:
    out: list[Candidate] = []
    names: set[str] = set()     # stems found (an island everywhere in the text)
    full: set[str] = set()      # whole names with their suffix
    for m in rare_finditer(_ISLAND_RE, text):
        start = read_stem(text, m.start(), places, 4 if len(m.group()) == 2 else 3)
        if start is None:
            continue
        if m.start() - start >= 3 and text[start] in "着了过":
            start += 1                                 # 罗列着|甲乙岛: a verb's aspect particle is outside (s21zhlab)
        if start >= 2 and text[start - 1] == "、" and text[start - 2] in "大小东西南北上下前后内外":
            continue                                   # 大、二胆岛: two islands sharing one head
        if m.start() - start == 3 and len(m.group()) == 1 and text[start:start + 2] in places \
                and text[start + 2] != "山":
            continue                                   # 荣成|石岛: a county and a place in it, no island 荣成石岛
            #                                            (but 南麂山岛: X山岛 is one island's name, auditzh8)
        if m.group() == "岛" and text[m.end():m.end() + 1] in ("上", "内", "民") \
                and word_info().get(text[start:m.start()], (0, "ns"))[1][:1] in ("n", "v") \
                and word_info().get(text[start:m.start()], (0, ""))[0] >= 50:
            continue                                   # 问罪|岛上之民: an ordinary word before 岛上 (auditzh4)
        if m.start() - start >= 4 and (text[start:start + 2] in places
                                       or (word_info().get(text[start:start + 2]) or (0, ""))[1] == "ns"):
            start += 2                                 # 西沙|永乐群岛: the region before the archipelago
        for k in (2, 3):   # 结集|舟山群岛: a verb before a known place that names the islands (zh11)
            cut = m.start() - k
            if cut - start >= 2 and text[cut:m.start()] in places and word_info().get(text[start:cut], (0, "ns"))[1][:1] == "v":
                start = cut
                break
        stem = text[start:m.start()]
        if m.group() == "岛" and text[start:m.end()] not in places and (
                start >= 2 and text[start - 1] in "个座些片处" and text[start - 2] in _ZH_DIGIT + "两几数多"
                or text.startswith("群", m.end()) and _plain(stem, 50)):
            continue                                   # 两个|珊瑚岛群: a kind of island counted, no name (r18zhplace)
        if text[start:m.end()] in places and m.group() == "岛" or text[m.start() - 1:m.end()] in places \
                or text[m.end():m.end() + 1] == "队":
            continue                                   # 海南岛; 山东|青岛 (a city ends here); X岛队 (a team)
        full.add(text[start:m.end()])
        if stem not in places and not _plain(stem, 100):
            names.add(stem)
    for m in literal_finditer(_ISLAND_LIST_RE, text):
        items, at = [], m.start()
        while True:
            item_start = at
            while item_start > max(0, at - 4) and "\u4e00" <= text[item_start - 1] <= "\u9fff":
                item_start -= 1
            if item_start == at:
                break
            if at - item_start >= 2 and item_start > 0 and text[item_start - 1] != "、":
                cut = read_stem(text, at, places, at - item_start)
                item_start = cut if cut is not None else at
            if at - item_start < 2 or not stem_ok(text[item_start:at]):
                break
            items.append((item_start, at))
            if item_start == 0 or text[item_start - 1] != "、":
                break
            at = item_start - 1
        if len(items) >= 2 or (len(items) == 1 and m.group() in ("等岛屿", "等岛", "诸岛")):
            for s, e in items:
                name = text[s:e]
                if name.endswith("岛"):
                    full.add(name)
                else:
                    out.append(Candidate(s, e, "LOC", "rule:island-list", 41))
                    if name not in places and not _plain(name, 100):
                        names.add(name)
            if m.group()[0] in _ZH_DIGIT + "两":
                out.append(Candidate(m.start(), m.end(), "QUANTITY", "rule:island-count", 41,
                                     {"value": _ZH_DIGIT.index(m.group()[0]) + 1 if m.group()[0] != "两" else 2,
                                      "unit": "岛", "approx": None}))
    for name in full:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            event = _ISLAND_EVENT_RE.match(text, end)
            if event is not None:
                out.append(Candidate(pos, event.end(), "EVENT", "rule:event-island", 46))
            else:
                out.append(Candidate(pos, end, "LOC", "rule:island", 41))
            pos = text.find(name, end)
    for name in names:
        pos = text.find(name)
        while pos != -1:
            end = pos + len(name)
            if not (pos and "\u4e00" <= text[pos - 1] <= "\u9fff" and text[pos - 1] not in CUE_BEFORE) \
                    and _AGAIN_AFTER_RE.match(text, end) and not _STRUCTURE_AHEAD_RE.match(text, end):
                out.append(Candidate(pos, end, "LOC", "rule:island-again", 33))
            pos = text.find(name, end)
    return out, names


_BORDER_WAR_RE = re.compile("(?:自卫反击|自卫还击)(?:作战|战争|战)|(?:边境|边界)(?:冲突|战争|作战)")
_STATE_SHORT = "印越苏朝蒙缅老俄日"
# a battle named by a settlement or a piece of ground with its kind (X寨之战, X岗战斗, X坡保卫战, X河阻击战)
_BATTLE_OF_RE = re.compile("之战|之役|战斗(?!英雄|力|机|部|员|队|序列|中的|结束后的)|战役|阻击战|保卫战|争夺战|伏击战|攻坚战|突围战|"
                           "歼灭战|反击战|追击战|围歼战|攻防战|登陆战|"
                           "战争")   # X村战争, X头战争: a village's war is named like its battle (session 21, r21dates)


def _battle_stem(text: str, at: int, places: frozenset[str], known: bool = False) -> int | None:
    """Start of the place a battle is named by, ending at `at`: a stem ending in a settlement or terrain word, or a
    known place, opened by a cue (2-4 characters)."""
    for size, start, stem in cjk_stems(text, at, (4, 3, 2)):
        if stem[-1] == "头" and (size != 3 or is_common_word(stem[1:], 100)):
            continue                               # 甲乙头, not 桥头/山头/码头 (words) nor a longer run
        core = stem[:-1] if stem[-1] in _BATTLE_PLACE_END else stem
        if any(ch in NOT_IN_NAME for ch in core) or core[0] in NOT_STEM_START and len(core) < 2:
            continue
        if size >= 3 and stem[0] in "故遂乃即便又亦且而但则并" and stem not in places:
            continue                               # 故|铁桥战斗: a clause-opening conjunction (auditzh6)
        if known and stem in places:
            pass                                   # X之战 after a clause mark: a known place too (as before)
        elif stem[-1] not in _BATTLE_PLACE_END or any(stem[k:] in places for k in range(len(stem) - 1)):
            continue                               # a known place (桂林战斗, 上甘岭战役): the event finders decide
        opener = word_info().get(stem[:2])
        if size >= 3 and opener and opener[0] >= 300 and opener[1][:1] in "vdpcruf" \
                or _plain(stem, 300) and stem not in places:
            continue                               # 攻打|X岗: a verb opens the run; 柳树|岗 is a name
        if opens_name(text, start, places) and not is_common_word(text[start - 1:start + 1], 100):
            return start
    return None


_CLAUSE_MARKS = "，。、；：！？（）「」“”,;:!?()\n\t 　"
# 头: a village's generic (X头, a head of land; a three-character stem only) (session 21, r21dates)
_BATTLE_PLACE_END = set("寨镇关口山岭岛河江城堡集庄村桥湾店铺屯圩峡岗坡顶峰岩洼沟坳梁垭头")
_VICTORY_RE = re.compile(f"((?:[{_CJK}]{{2,3}}、){{1,4}}[{_CJK}]{{2,3}})大捷$")


def _events(text: str, places: frozenset[str], islands: set[str]) -> list[Candidate]:
    out = []
    for m in rare_finditer(_BORDER_WAR_RE, text):
        start = m.start()
        if text[start] == "自" and text[max(0, start - 2):start] in ("边境", "边界"):
            start -= 2                             # 中印边境|自卫反击作战: the border before the counter-attack
        if text.startswith(("边境", "边界"), start):
            if start >= 2 and text[start - 2] == "中" and text[start - 1] in _STATE_SHORT:
                start -= 2                         # 中印边境自卫反击作战, 中越边境冲突
            else:
                continue
        else:
            stem = next((text[start - k:start] for k in (3, 2) if start >= k
                         and (text[start - k:start] in places or text[start - k:start] in islands)), None)
            if stem is None:
                continue                           # 西沙自卫反击战; not 进行自卫反击
            start -= len(stem)
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-border-war", 46))
    for m in _BATTLE_OF_RE.finditer(text):
        start = _battle_stem(text, m.start(), places, m.group() in ("之战", "之役"))
        if start is None:
            continue
        if m.group() == "之战" and start and text[start - 1] not in _CLAUSE_MARKS + "的是为在":
            continue                               # 争夺石牌之战: a fight described, not named
        if m.group() == "战斗" and start and text[start - 1] in "在于" and not IN_THE_BATTLE.match(text, m.end()):
            continue                               # 在X岭战斗到天明: fighting at X (X is the LOC), as events reads it
        out.append(Candidate(start, m.end(), "EVENT", "rule:event-battle-of", 44))   # below the event finders (45)
    pos = text.find("大捷")
    while pos != -1:
        window = max(0, pos - 20)
        m = _VICTORY_RE.search(text[window:pos + 2])
        if m is not None:
            items = m.group(1).split("、")
            if all(item in places for item in items):
                out.append(Candidate(window + m.start(1), pos + 2, "EVENT", "rule:event-victories", 46))
        pos = text.find("大捷", pos + 2)
    return out


def find_islands_battles(text: str) -> list[Candidate]:
    places = known_places()
    out: list[Candidate] = []
    islands: set[str] = set()
    if "岛" in text:
        found, islands = _islands(text, places)
        out += found
    out += _events(text, places, islands) if ("战" in text or "役" in text or "大捷" in text) else []
    return out
