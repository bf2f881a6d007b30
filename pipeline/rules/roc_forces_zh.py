"""The ROC army's own naming forms on Taiwanese pages (session 13 audit, auditzh15: unit histories, 國軍 wiki pages,
veterans' forums and military news from Taiwan).

- Code names (部隊代號): every ROC formation is also known by a two- or three-character name + 部隊 (海燕部隊,
  龍虎部隊, 虎嘯部隊, 干城部隊). One MIL_UNIT where the form says a name is meant: right after a designation in
  brackets, quotes or after a dash (第十八軍(海燕部隊), 陸軍步兵第二四九旅「龍虎部隊」, 陸軍第319師-虎軍部隊), after a
  word that gives a unit's name (別稱, 隊名, 代號, 又稱, 俗稱, 稱為, 番號為), or quoted on its own (「虎嘯部隊」)
  unless the name is a generic troop word (主力, 地面, 野戰, 後備, 守備 …); later mentions of a name found so
  are the unit too.
- Commands named by their area (ORG, as the garrison commands X防衛司令部 already are: a command without an echelon
  word): X地區指揮部 and X防衛指揮部 for a known place or after 陸軍 (陸軍關渡地區指揮部, 澎湖防衛指揮部), X指揮部 and
  X基地指揮部 for a known place (烏坵指揮部, 恆春基地指揮部), and the
  short forms of the offshore defence commands 金防部, 馬防部, 澎防部, 花防部 (金門, 馬祖, 澎湖 防衛司令部/指揮部
  and 花東防衛指揮部: the complete list of the ROC army's 防衛 commands with a one-character short form).
- Garrison units named by their place: X守備隊, X守備大隊 (金門守備大隊, and the halves of an island 金東/金西守備隊
  where a known place begins with the first character): MIL_UNIT.
- Barracks (營區) named by their place or a name: 斗煥坪營區, 湖口營區, 后山營區 (FAC, a man-made structure; the
  place inside belongs to it, guideline 6).

Working text (Simplified). Anchored on the literals 部队, 指挥部, 防部, 守备 and 营区 (str.find); each hit reads a
few characters around it.
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import known_places, word_info
from pipeline.rules.scan import literal_positions
from pipeline.spans import Candidate

UNIT_SOURCE = "rule:unit-roc-code-name"
UNIT_PRIORITY = 61          # above the unit finder (60) and the gazetteer: 南昌部队 is a code name, not 南昌
ORG_SOURCE = "rule:org-roc-command"
ORG_PRIORITY = 47           # above a person read in the short form (金防|部)
GARRISON_SOURCE = "rule:unit-roc-garrison"
FAC_SOURCE = "rule:facility-barracks"
FAC_PRIORITY = 47

_CJK = "\u4e00-\u9fff"
_NAME_RE = re.compile(f"[{_CJK}]{{2,3}}$")
# characters no code name holds: function words, numerals, words of the narrative around it
_STOP = frozenset("的了是和与及等被把对向从由在于到至往个这那其此该各每本某一二三四五六七八九十百千万两几们我敌友"
                  "师旅团营连排班队部")
# troop words that make X部队 generic, not a name (主力部队, 地面部队, 守备部队 …)
_GENERIC = frozenset(
    "主力 地面 野战 作战 特种 后备 预备 守备 正规 地方 陆军 海军 空军 友邻 增援 后勤 炮兵 步兵 工兵 骑兵 通信 突击 警卫 "
    "先头 前线 一线 二线 留守 游击 空降 伞兵 两栖 特战 宪兵 精锐 嫡系 杂牌 民兵 装甲 机械化 驻军 直属 独立 快速 维和 "
    "边防 海防 守岛 外岛 本岛 登陆 侦察 搜索 支援 掩护 攻击 防空 化学 勤务 卫戍 联合 新兵 战斗 后方 前方 机动 打击 "
    "反攻 反共 救国 国民党 共产党 中央 地下 武装 正规军 国军 共军 敌军 日军 美军 守军 联军 盟军 大军 全军 援军 "
    "伪军 红军 官军 清军 孤军 新军 原 老 新 各 外籍 义勇 志愿 保安 "
    "警备 守备区 戒严 占领 进攻 防守 防御 运输 补给 医疗 卫生 训练 教导 海上 空中 陆上 敌后 沿海 山地 城防 要塞".split())
_NAMING_WORDS = ("别称", "队名", "代号", "又称", "俗称", "称为", "番号为", "改称", "通称", "简称", "代名")
_OPEN_AFTER_UNIT = re.compile("[军师旅团营连队部] ?(?:[（(「『“\"]|[-—－]{1,2}) ?$")
_QUOTES = {"「": "」", "『": "』", "“": "”", "\"": "\""}

# commands named by their area: 陆军关渡地区指挥部, 澎湖防卫指挥部
# and a city's defence command (曲江城区守备指挥部, 桂林城防指挥部: auditzh35, memoirs of 1944-45)
_COMMAND_HEADS = ("地区指挥部", "防卫指挥部", "城区守备指挥部", "守备指挥部", "城防指挥部", "防守指挥部")
_UNIT_END = frozenset("军师旅团营连队区")   # 第九战区|长沙指挥部: a unit's command post is the unit's (rule 15)
_DEFENCE_SHORT_FORMS = ("金防部", "马防部", "澎防部", "花防部")
_GARRISON_HEADS = ("守备大队", "守备队")
_DIRECTIONS = "东西南北中"
_BARRACKS_BEFORE = frozenset("，。、；：！？（）()「」『』“”《》 \n\t,;:!?的在于至到驻往赴县市区乡镇")   # 苗栗县|斗焕坪营区: an address
_BARRACKS_CUES = ("进驻", "移驻", "移防", "驻防", "驻守", "位于", "返回", "回到", "抵达", "到达", "进入")
_BARRACKS_STOP = frozenset("的了是和与及等被把对向从由在于到至往个这那其此该各每本某一二三四五六七八九十两几们新旧原营")


def find_roc_forces(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "部队" in text:
        out += _code_names(text)
    if "指挥部" in text or "防部" in text:
        out += _commands(text)
    if "守备" in text:
        out += _garrisons(text)
    if "营区" in text:
        out += _barracks(text)
    return out


def _code_name_start(text: str, at: int) -> int | None:
    """Start of the name before 部队 at `at` (2-3 characters, none of them a stop character), or None."""
    for size in (3, 2):
        if at < size:
            continue
        name = text[at - size:at]
        if any(ch in _STOP for ch in name) or not _NAME_RE.match(name):
            continue
        if name in _GENERIC or name[-2:] in _GENERIC or (size == 3 and name[1:] in _GENERIC):
            return None
        if size == 3:
            entry = word_info().get(name[1:])
            if entry is None or name[:2] in word_info():
                continue        # a three-character name only where its last two are no word of their own
        return at - size
    return None


def _code_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    names: set[str] = set()
    for at in literal_positions(text, "部队"):
        end = at + 2
        if text.startswith("长", end) or text.startswith("番号", end):
            continue                    # 部队长: the post; 部队番号 is the designation's word
        start = _code_name_start(text, at)
        if start is None:
            continue
        before = text[max(0, start - 4):start]
        opener = text[start - 1] if start else ""
        closer = text[end] if end < len(text) else ""
        framed = bool(_OPEN_AFTER_UNIT.search(text, max(0, start - 4), start))
        named = before.endswith(_NAMING_WORDS) or text[max(0, start - 5):start - 1].endswith(_NAMING_WORDS) \
            and opener in _QUOTES
        quoted = opener in _QUOTES and closer == _QUOTES[opener]
        if framed or named or quoted:
            out.append(Candidate(start, end, "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY))
            names.add(text[start:end])
    for name in names:                  # later (and earlier) mentions of a name found so
        for at in literal_positions(text, name):
            if not any(c.start == at for c in out) and not text.startswith("长", at + len(name)):
                out.append(Candidate(at, at + len(name), "MIL_UNIT", UNIT_SOURCE, UNIT_PRIORITY))
    return out


def _commands(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = known_places()
    for head in _COMMAND_HEADS:
        for at in literal_positions(text, head):
            for size in (3, 2):
                stem = text[at - size:at] if at >= size else ""
                army = text.endswith("陆军", 0, at - size)
                if stem in places or (army and _NAME_RE.match(stem) and not any(ch in _STOP for ch in stem)):
                    start = at - size - (2 if army else 0)
                    out.append(Candidate(start, at + len(head), "ORG", ORG_SOURCE, ORG_PRIORITY))
                    break
    for at in literal_positions(text, "指挥部"):      # 乌坵指挥部, 恒春基地指挥部: a known place's command
        core = at - 2 if text.endswith("基地", 0, at) else at
        for size in (3, 2):
            stem = text[core - size:core] if core >= size else ""
            if stem in places and not (core - size and text[core - size - 1] in _UNIT_END):
                out.append(Candidate(core - size, at + 3, "ORG", ORG_SOURCE, ORG_PRIORITY))
                break
    for short in _DEFENCE_SHORT_FORMS:
        for at in literal_positions(text, short):
            if not text.startswith("长", at + 3) and not text.startswith("队", at + 3):
                out.append(Candidate(at, at + 3, "ORG", ORG_SOURCE, ORG_PRIORITY))
    return out


def _garrisons(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = known_places()
    for head in _GARRISON_HEADS:
        for at in literal_positions(text, head):
            end = at + len(head)
            if text.startswith(("长", "部"), end):
                continue
            for size in (3, 2):
                stem = text[at - size:at] if at >= size else ""
                if stem in places or (len(stem) == 2 and stem[1] in _DIRECTIONS and stem[0] not in _STOP
                                      and _place_begins_with(text, stem[0], places)):
                    out.append(Candidate(at - size, end, "MIL_UNIT", GARRISON_SOURCE, UNIT_PRIORITY))
                    break
    return out


def _place_begins_with(text: str, first: str, places: frozenset[str]) -> bool:
    """A known place of two or three characters beginning with `first` is named in the text (金门 for 金东)."""
    pos = text.find(first)
    while pos != -1:
        if text[pos:pos + 2] in places or text[pos:pos + 3] in places:
            return True
        pos = text.find(first, pos + 1)
    return False


def _barracks(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = known_places()
    for at in literal_positions(text, "营区"):
        start = _barracks_start(text, at, places)
        if start is not None:
            out.append(Candidate(start, at + 2, "FAC", FAC_SOURCE, FAC_PRIORITY))
    return out


def _barracks_start(text: str, at: int, places: frozenset[str]) -> int | None:
    """Start of the name before 营区: a known place of 2-3 characters, else 2-3 name characters after a clause
    boundary or a word of place (进驻|斗焕坪营区, 移防|湖口营区, 的X营区), never a verb (进入营区)."""
    for size in (3, 2):
        if at >= size and text[at - size:at] in places:
            return at - size
    for size in (3, 2):
        stem = text[at - size:at] if at >= size else ""
        if not _NAME_RE.match(stem) or any(ch in _BARRACKS_STOP for ch in stem):
            continue
        entry = word_info().get(stem[:2])
        if entry and entry[1].startswith(("v", "d", "p", "c", "r")):
            continue        # 进入|营区, 返回营区: a verb, no name
        if at - size == 0 or text[at - size - 1] in _BARRACKS_BEFORE or text.endswith(_BARRACKS_CUES, 0, at - size):
            return at - size
    return None
