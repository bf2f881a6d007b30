"""Coastal, border and late-Qing war narratives (session 7, real-dev9-zh): more classes of Chinese text.

`find_written9(text)` (working text, Simplified) proposes:

- LOC: islands, island chains and archipelagos named by an unfamiliar stem (X岛, X列岛, X群岛) where the
  words before the stem end (a verb, preposition or clause mark: 以X岛为核心, 入侵X岛, 上X岛, 的X岛); the
  islands of a 、-list closed by a word for islands (X、Y、Z等岛屿, X、Y三岛, X、Y诸岛); a name found so
  is an island everywhere in the text, also without 岛 (X岛 … X以北), unless the stem is an ordinary word
  or a place of its own (长沙群岛: 长沙 stays the city).
- EVENT: the fighting named by such an island (X岛战斗, X岛之战, X岛海战, X岛流血事件); a border war or
  counter-attack named by the two states' short forms or a place (中印边境自卫反击作战, 中越边境冲突,
  西沙自卫反击战); a battle named by a settlement or landform with 之战 (X寨之战, X镇之战, X口之战);
  coordinated victories sharing one 大捷 (X、Y大捷: guideline 10).
- MIL_UNIT: a 、-list of Chinese numerals sharing one echelon word, with or without 第 and with the count
  of the list (二、三、四纵队, 八、十三、十四3个纵队, 第一、第六、七等5个纵队: guideline 4); a bare numeral
  with 兵团 (一兵团司令员); 第N纵 (the short form of 第N纵队); a military region named by an unfamiliar
  region (X军区 after a clause mark or a word of forming: 北岳军区).
- PERSON: the officers after a late-Qing post (副都统X、Y等率, 总兵X、Y各领, 翼长X) — Manchu and
  Mongol names of up to five characters —, and the commanders between a designation and 部
  (第八师X部, 第七师X、Y部).
- FAC: a wharf or airfield named by an unfamiliar stem (X码头, X机场, X军机场).
- ORG: a garrison command without an echelon word named by its place (X防卫司令部, X警备司令部).

Every scan starts from a rare literal (岛, 、 before a numeral, 兵团, 纵, 军区, the posts, 部 after a
designation, 码头/机场, 司令部, 自卫/边境, 之战, 大捷) and every repetition is bounded.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import parse_number
from pipeline.rules.events import IN_THE_BATTLE
from pipeline.rules.names_common import is_common_word, known_countries, known_places, plain_word as _plain, word_info
from pipeline.rules.written_zh9_persons import foreign_persons, name_ok as _name_ok, post_persons
from pipeline.spans import Candidate
from pipeline.rules.scan import rare_finditer
from pipeline.rules.scan import literal_finditer

_CJK = "\u4e00-\u9fff"
_ZH_DIGIT = "一二三四五六七八九十"

# characters a place stem never holds: function words, verbs of place, units and counting words
_NOT_IN_NAME = set("的了是在和与及等为以各该我敌其此这那每军师旅团营连部队省市县区镇村路线年月日人"
                   "登入到至向往赴占攻守侵近个从由经对将把被据驻抵夺取克即于之其或并而也都又就岛有")
# characters after which a place name may start (clause marks and the last character of the
# prepositions and verbs of place: 以, 在, 入侵, 上, 登, 接近, 赴, 解放 …)
_CUE_BEFORE = set("，。、；：！？（）「」“”,;:!?()\n\t 　"
                  "以是在于到至向往赴占攻守侵近上登入从由经和与及了的对将把被据驻抵夺取克为即离绕围过放负犯援我敌")
_NOT_STEM_START = set("该本全主这那此各每诸群半海孤荒小大")


def _stem_ok(stem: str) -> bool:
    if len(stem) < 2 or any(ch in _NOT_IN_NAME for ch in stem) or stem[-1] in "上下出回":
        return False                                   # 巡逻组上|岛: a verb of going before the head
    entry = word_info().get(stem)
    if entry and entry[1].startswith("v") and entry[0] >= 100:
        return False                                   # 流落|岛上: a verb, not a name
    if stem[0] in _NOT_STEM_START and not (stem[0] in "大小" and len(stem) >= 2 and stem[1] not in "岛山"):
        return False
    return not stem[-1] in _ZH_DIGIT and not _plain(stem, 1000)


def _opens_name(text: str, start: int, places: frozenset[str]) -> bool:
    """A name may start at `start`: after a cue character, a common word or a known place."""
    if start == 0 or text[start - 1] in _CUE_BEFORE:
        return True
    if is_common_word(text[max(0, start - 2):start], 100):
        return True
    if text[start - 1] == "日" and start >= 2 and text[start - 2] in "0123456789一二三四五六七八九十":
        return True                                # 10月25日|甲乙头战争: a dated name (session 21, r21dates)
    if text[start - 1] in "湾江河湖山岭峡港" and any(text[max(0, start - 1 - k):start - 1] in places for k in (2, 3)):
        return True                                # 荣成湾|龙须岛: a place and its landform head before (zh11)
    return any(text[max(0, start - k):start] in places for k in (2, 3))


def _cjk_stems(text: str, at: int, sizes):
    """(size, start, stem) for each size in order whose stem ending at `at` lies in the text and is all CJK."""
    for size in sizes:
        start = at - size
        if start >= 0 and all("\u4e00" <= ch <= "\u9fff" for ch in text[start:at]):
            yield size, start, text[start:at]


# conjunctions and adverbs that open a clause and never a place name
_CLAUSE_OPENERS = frozenset("但而却亦又也且乃则")


def _read_stem(text: str, at: int, places: frozenset[str], longest: int = 3) -> int | None:
    """Start of the longest acceptable stem ending at `at` (2..longest characters), or None."""
    for size, start, stem in _cjk_stems(text, at, range(longest, 1, -1)):
        if size >= 3 and _plain(stem[:2], 300):
            continue                               # 外围|东矶列岛: an ordinary word opens the run
        if stem[0] in _CLAUSE_OPENERS:
            continue                               # 但|大房身机场, 亦作|岛尾: a conjunction or adverb opens the clause (s20zhlab)
        if stem[0] in "上下" and text[start - 1:start] != "的":
            continue                               # 上|珍宝岛 (a verb), but 的上横档岛 (a name)
        if stem[0] in "湾江河湖山岭峡港口" and any(text[max(0, start - k):start] in places for k in (2, 3)):
            continue                               # 荣成湾|龙须岛: the first character closes the place before (zh11)
        if _stem_ok(stem) and _opens_name(text, start, places) \
                and not is_common_word(text[start - 1:start + 1], 100):
            return start
    return None


# --------------------------------------------------------------------------- islands

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
        start = _read_stem(text, m.start(), places, 4 if len(m.group()) == 2 else 3)
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
                cut = _read_stem(text, at, places, at - item_start)
                item_start = cut if cut is not None else at
            if at - item_start < 2 or not _stem_ok(text[item_start:at]):
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
            if not (pos and "\u4e00" <= text[pos - 1] <= "\u9fff" and text[pos - 1] not in _CUE_BEFORE) \
                    and _AGAIN_AFTER_RE.match(text, end) and not _STRUCTURE_AHEAD_RE.match(text, end):
                out.append(Candidate(pos, end, "LOC", "rule:island-again", 33))
            pos = text.find(name, end)
    return out, names


# --------------------------------------------------------------------------- events

_BORDER_WAR_RE = re.compile("(?:自卫反击|自卫还击)(?:作战|战争|战)|(?:边境|边界)(?:冲突|战争|作战)")
_STATE_SHORT = "印越苏朝蒙缅老俄日"
# a battle named by a settlement or a piece of ground with its kind (X寨之战, X岗战斗, X坡保卫战, X河阻击战)
_BATTLE_OF_RE = re.compile("之战|之役|战斗(?!英雄|力|机|部|员|队|序列|中的|结束后的)|战役|阻击战|保卫战|争夺战|伏击战|攻坚战|突围战|"
                           "歼灭战|反击战|追击战|围歼战|攻防战|登陆战|"
                           "战争")   # X村战争, X头战争: a village's war is named like its battle (session 21, r21dates)


def _battle_stem(text: str, at: int, places: frozenset[str], known: bool = False) -> int | None:
    """Start of the place a battle is named by, ending at `at`: a stem ending in a settlement or terrain word, or a
    known place, opened by a cue (2-4 characters)."""
    for size, start, stem in _cjk_stems(text, at, (4, 3, 2)):
        if stem[-1] == "头" and (size != 3 or is_common_word(stem[1:], 100)):
            continue                               # 甲乙头, not 桥头/山头/码头 (words) nor a longer run
        core = stem[:-1] if stem[-1] in _BATTLE_PLACE_END else stem
        if any(ch in _NOT_IN_NAME for ch in core) or core[0] in _NOT_STEM_START and len(core) < 2:
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
        if _opens_name(text, start, places) and not is_common_word(text[start - 1:start + 1], 100):
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


# --------------------------------------------------------------------------- MIL_UNIT

_NUMERAL = f"[{_ZH_DIGIT}]{{1,3}}"
_UNIT_LIST_RE = re.compile(
    f"(?<![第0-9{_ZH_DIGIT}、师军旅团队红新暂预])(第?{_NUMERAL}(?:、第?{_NUMERAL}){{1,8}})(?:等)?((?:[0-9]{{1,2}}|[{_ZH_DIGIT}两])个)?"
    "((?:军分区|军区|战区)(?!长)|(?:师团|旅团|联队|大队|中队|纵队|兵团|集团军|方面军|军团|军(?![区分])|师|旅|团)(?![团队长部属级]))")
_UNIT_LIST_ANCHOR = re.compile(f"[{_ZH_DIGIT}]、(?:第?[{_ZH_DIGIT}])")
_OUTLINE_BEFORE = set("\n \t　：:（(|")
_BARE_CORPS_RE = re.compile(f"(?<![第0-9{_ZH_DIGIT}百千个几两多共计约等和与及])([{_ZH_DIGIT}]{{1,2}})兵团(?![长部])")
_COLUMN_SHORT_RE = re.compile(f"第[{_ZH_DIGIT}]{{1,3}}纵(?![队横深贯])")
_REGION_COMMAND_RE = re.compile("军区(?![司政后])")


# a state's armed service written with the state's name (越南共和国海军, 越南共和国海军陆战师, 大韩民国陆军) and the
# PLA's services (中国人民解放军海军): named armed forces (guideline 16), one span with the state's name as 日本海军
_SERVICE_RE = re.compile("海军陆战师|海军陆战队|海军航空兵|海军|空军|陆军|国防军")
_STATE_ARMY_RE = re.compile("(?:和国|王国|民国)军(?![事官人队政区旗歌械费力])")
_SERVICE_ECHELON = {"海军陆战师": "师"}
# a rank, post, base or branch after the service: the state's name is then its own span (中华民国陆军二级上将,
# 美国陆军航空队); the short names (中国空军, 日本陆军) are left to the other finders
_SERVICE_NOT_AFTER = re.compile(f"航空|大将|上将|中将|少将|准将|二级|一级|基地|部|总司令|司令|军官|官兵|士兵|学校|大学|学院|官校|士官|军医"
                                f"|第|暂编|新编|[0-9{_ZH_DIGIT}]")     # …陆军第74军: a designation follows
_PLA_RE = re.compile("(?:中国人民解放军|人民解放军|解放军)(?:海军陆战队|海军航空兵|海军|空军|陆军|火箭军|第二炮兵)")


def _services(text: str) -> list[Candidate]:
    out = []
    countries = known_countries()
    matches = list(rare_finditer(_SERVICE_RE, text))
    if "国军" in text:
        matches += rare_finditer(_STATE_ARMY_RE, text)
    for m in matches:
        at = m.end() - 1 if m.group().endswith("国军") else m.start()     # 越南共和国|军
        service = text[at:m.end()]
        for size in range(min(9, at), 3, -1):
            name = text[at - size:at]
            if name in countries and len(name) >= 4 and not _SERVICE_NOT_AFTER.match(text, m.end()):
                if service == "军" and not name.endswith(("共和国", "王国", "民国")):
                    break
                hint = {"numbers": [], "echelon": _SERVICE_ECHELON.get(service, ""), "prefix": ""}
                out.append(Candidate(at - size, m.end(), "MIL_UNIT", "rule:unit-state-service", 62,
                                     {"unit_hint": hint}))
                break
    if "解放军" in text:
        out += [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-state-service", 62,
                          {"unit_hint": {"numbers": [], "echelon": "", "prefix": ""}}) for m in literal_finditer(_PLA_RE, text)]
    return out


# a task force or a naval/air base command named by its place (黄沙特遣队, 海军榆林基地)
_TASK_FORCE_RE = re.compile("特遣队|特遣舰队")
_BASE_RE = re.compile(f"(?:海军|空军)([{_CJK}]{{2,3}}?)基地(?![址建])")


def _task_forces(text: str, places: frozenset[str]) -> list[Candidate]:
    out = []
    for m in _TASK_FORCE_RE.finditer(text):
        start = _read_stem(text, m.start(), places, 3)
        if start is not None and not _plain(text[start:m.start()], 100):
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-task-force", 60,
                                 {"unit_hint": {"numbers": [], "echelon": "队" if m.group() == "特遣队" else "舰队",
                                                "prefix": ""}}))
    if "基地" in text:
        for m in rare_finditer(_BASE_RE, text):
            if _stem_ok(m.group(1)) or m.group(1) in places:
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-base", 60,
                                     {"unit_hint": {"numbers": [], "echelon": "基地", "prefix": ""}}))
    return out


def _units(text: str, places: frozenset[str]) -> list[Candidate]:
    out = _services(text)
    if "特遣" in text or "基地" in text:
        out += _task_forces(text, places)
    pos = 0
    for hit in literal_finditer(_UNIT_LIST_ANCHOR, text):
        if hit.start() < pos:
            continue
        for start in range(max(pos, hit.start() - 3), hit.start() + 1):
            m = _UNIT_LIST_RE.match(text, start)
            if m is not None:
                items = m.group(1).split("、")
                if not items[0].startswith("第") and (any(item.startswith("第") for item in items[1:])
                                                       or start == 0 or text[start - 1] in _OUTLINE_BEFORE):
                    break                          # 一、第五军: an outline number before a designation
                numbers = [parse_number(item.lstrip("第")) for item in items]
                hint = {"numbers": [n for n in numbers if n is not None], "echelon": m.group(3), "prefix": ""}
                # a region echelon's list outranks its last item read bare in context (第七、八军分区, not 八军分区)
                out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-numeral-list",
                                     63 if m.group(3) in ("军区", "军分区", "战区") else 61, {"unit_hint": hint}))
                pos = m.end()
                break
    pos = text.find("兵团")
    while pos != -1:
        m = _BARE_CORPS_RE.match(text, max(0, pos - 2)) or _BARE_CORPS_RE.match(text, max(0, pos - 1))
        if m is not None and m.end() == pos + 2:
            out.append(Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-bare-corps", 60))
        pos = text.find("兵团", pos + 2)
    if "纵" in text:
        out += [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-column-short", 60, {"unit_hint": {"echelon": "纵队"}})
                for m in _COLUMN_SHORT_RE.finditer(text)]
    for m in _REGION_COMMAND_RE.finditer(text):
        start = _read_stem(text, m.start(), places, 3)
        if start is not None:
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-command", 59))
    return out


# --------------------------------------------------------------------------- FAC / ORG

_FACILITY_RE = re.compile("军用机场|军机场|飞机场|机场|码头")
_STRUCTURE_END_RE = re.compile("(?:码头|机场|阵地|炮台|要塞|车站|港|桥|路)$")
_GARRISON_HQ_RE = re.compile("(?:防卫|警备|卫戍|防守|守备区)司令部")


def _holds_verb(stem: str) -> bool:
    """A common verb inside the stem (运输机|飞临|机场): the words before the head are a clause, no name."""
    for i in range(len(stem) - 1):
        entry = word_info().get(stem[i:i + 2])
        if entry and entry[0] >= 3 and entry[1] == "v" and stem[i:i + 2] not in known_places():
            return True
    return False


def _facilities_orgs(text: str, places: frozenset[str]) -> list[Candidate]:
    out = []
    for m in literal_finditer(_FACILITY_RE, text) if "码头" in text or "机场" in text else ():
        start = _read_stem(text, m.start(), places, 4)
        if start is None or _plain(text[start:m.start()], 100) or _holds_verb(text[start:m.start()]):
            continue
        if start and text[start - 1] == "、" and not _STRUCTURE_END_RE.search(text, max(0, start - 6), start - 1):
            continue                               # 柳州、梧州机场: places sharing one head (one FAC, other finders)
        out.append(Candidate(start, m.end(), "FAC", "rule:facility-wharf-airfield", 46))
    for m in rare_finditer(_GARRISON_HQ_RE, text) if "司令部" in text else ():
        for size in (3, 2):
            stem = text[m.start() - size:m.start()] if m.start() >= size else ""
            if stem in places:
                out.append(Candidate(m.start() - size, m.end(), "ORG", "rule:org-garrison-hq", 46))
                break
    return out


# an unfamiliar place where a force acts in a direction (在X方向, 尤其是X方向, 向X方向): a settlement, everywhere
_DIRECTION_RE = re.compile("方向")
_DIRECTION_BEFORE = ("在", "是", "向", "往", "朝", "从", "由")
# a duration in Chinese numerals before 之内/以内 (一月之内, 三日之内): a quantity, not a date
_WITHIN_RE = re.compile(f"(?<![{_ZH_DIGIT}第初])([{_ZH_DIGIT}两]{{1,2}}个?(?:月|日|天|年|周|昼夜))$")
_WITHIN_ANCHOR = re.compile("之内|以内|之间")
_WITHIN_UNIT = re.compile("个?(?:月|日|天|年|周|昼夜)$")


def _directions_durations(text: str, places: frozenset[str]) -> list[Candidate]:
    out = []
    found: set[str] = set()
    for m in _DIRECTION_RE.finditer(text):
        for size in (3, 2):
            start = m.start() - size
            if start < 1 or text[start - 1] not in _DIRECTION_BEFORE:
                continue
            name = text[start:m.start()]
            if _stem_ok(name) and not _plain(name, 50) and name not in places \
                    and not any(ch in "东西南北中前后左右上下内外正侧" for ch in name[-1:] + name[:1]):
                found.add(name)
                break
    for name in found:
        pos = text.find(name)
        while pos != -1:
            out.append(Candidate(pos, pos + len(name), "GPE", "rule:place-direction", 29))
            pos = text.find(name, pos + len(name))
    for m in literal_finditer(_WITHIN_ANCHOR, text):
        m = _WITHIN_RE.search(text, max(0, m.start() - 5), m.start())
        if m is not None:
            number = m.group(1)
            unit = _WITHIN_UNIT.search(number).group()
            value = parse_number(number[:len(number) - len(unit)].replace("两", "二"))
            if value:
                out.append(Candidate(m.start(1), m.end(1), "QUANTITY", "rule:quantity-within", 51,
                                     {"value": value, "unit": unit, "approx": None}))
    return out


# North China villages named with a two-character suffix ending in 子 (X店子, X套子, X庄子, X营子) where the words
# before show a place (围歼X的, 进至…西南X以北): a settlement, everywhere in the text
_VILLAGE_ZI_RE = re.compile("(?:店|套|庄|屯|洼|营|坨|堡|峪|岗)子(?![弟孙女民们里上])")


def _villages_zi(text: str, places: frozenset[str]) -> list[Candidate]:
    found: set[str] = set()
    for m in rare_finditer(_VILLAGE_ZI_RE, text):
        start = _read_stem(text, m.start(), places, 2)
        if start is None:
            start = m.start() - 1 if m.start() >= 2 and _opens_name(text, m.start() - 1, places) \
                and text[m.start() - 1] not in _NOT_IN_NAME and "\u4e00" <= text[m.start() - 1] <= "\u9fff" else None
        if start is None:
            continue
        name = text[start:m.end()]
        if not _plain(name, 20) and not _plain(text[start:m.start() + 1], 300):
            found.add(name)
    out = []
    for name in found:
        pos = text.find(name)
        while pos != -1:
            out.append(Candidate(pos, pos + len(name), "GPE", "rule:place-village-zi", 30))
            pos = text.find(name, pos + len(name))
    return out


# a hilltop named by an unfamiliar stem where troops hold or take it (坚守X顶, 进犯至我X顶阵地, 占领X顶): a LOC,
# everywhere in the text; not 山顶, 屋顶, 头顶 (ordinary words) nor X山顶 (the top of a named mountain)
# conjunctions and adverbs that open or qualify a clause (若, 倘, 却, 便 …): never inside a hill's name before 顶
_CLAUSE_ADVERBS = set("若倘却便就也都又再还曾将把被硬")
_TOP_RE = re.compile("顶(?![峰端部层级点尖替住用撞着替戴])")   # 头品顶戴, 五品顶戴: a Qing rank's hat (auditzh18)
# a commander in an infobox: a name before a bracketed post or a rank (X (Y基地副司令员), X 上校 (…))
_BOX_POST = "司令员|司令官|司令|指挥官|军长|师长|总司令|参谋长|政委|政治委员|主席|总统|总理|首相|舰长|队长"
_BOX_HEAD_RE = re.compile(f"[ 　]*([{_CJK}]{{2,4}}) ?(?:[上中少大准]将|[上中少]校)?[ 　]?$")
_BOX_TAIL_RE = re.compile(f"[（(][^（()）\\n]{{0,16}}(?:{_BOX_POST})[）)]")


# a named position: an unfamiliar place stem with 阵地 (X阵地, 我X顶阵地: FAC, as 南林坡阵地); not 主阵地, 前沿阵地
_POSITION_RE = re.compile("阵地")
# a named position takes its name from the ground or a settlement: the stem ends in a word of terrain or place
_POSITION_VERBS = frozenset("赶到 到达 进入 退守 固守 坚守 据守 扼守 死守 占领 攻占 夺取 夺回 突破 冲入 撤至 退至 进至 增援 支援".split())
_POSITION_STEM_END = set("山岭岗坡顶峰岩崖口河桥庄村镇寨集店屯堡湾洲岛台垭坳梁塬峁林沟洼坝寺庙房铺墩嘴")   # 房铺墩嘴: s21zhlab (X间房, 十里铺)


def _positions(text: str, places: frozenset[str]) -> list[Candidate]:
    out = []
    for m in _POSITION_RE.finditer(text):
        start = _read_stem(text, m.start(), places, 3)
        if start is None and m.start() >= 5 and text[m.start() - 5:m.start() - 3] in _POSITION_VERBS:
            start = m.start() - 3                  # 赶到|三间房阵地, 退守|八角墩阵地: after a verb of reaching or holding
            #                                        the three characters are the name even where an ordinary word
            #                                        opens them (三间, 八角; s21zhlab)
        if start is None or _plain(text[start:m.start()], 100) or text[m.start() - 1] in "新旧主副":
            continue
        stem = text[start:m.start()]
        if stem[-1] not in _POSITION_STEM_END and stem not in places:
            continue                               # 河防阵地, 既设阵地, 阻援阵地: a kind of position, not a name
        out.append(Candidate(start, m.end(), "FAC", "rule:facility-position", 46))
    return out


def _tops_and_boxes(text: str, places: frozenset[str]) -> list[Candidate]:
    from pipeline.rules.names_common import surnames

    out = _positions(text, places) if "阵地" in text else []
    found: set[str] = set()
    for m in _TOP_RE.finditer(text):
        start = _read_stem(text, m.start(), places, 3)
        if start is None:
            continue
        name = text[start:m.end()]
        if name[-2] in "山岭峰楼屋房塔" or _plain(name, 20) or _plain(text[start:m.start()], 300):
            continue
        if any(ch in _CLAUSE_ADVERBS for ch in text[start:m.start()]):
            continue                               # 可若硬|顶猛攻: a clause's conjunction or adverb, 顶 a verb (auditzh26)
        if name[-2] == "头" and name[-3] not in "虎牛狮马龙鹰羊鸡象猴蛇狼猪狗鹅鸭":
            continue                               # 飞临|头顶 (over one's head), not 虎头顶 (a hill named by its shape)
            continue
        found.add(name)
    for name in found:
        pos = text.find(name)
        while pos != -1:
            out.append(Candidate(pos, pos + len(name), "LOC", "rule:place-hilltop", 31))
            pos = text.find(name, pos + len(name))
    single, double = surnames()
    for bracket in "（(":
        pos = text.find(bracket)
        while pos != -1:
            line_start = max(text.rfind("\n", 0, pos), text.rfind("|", 0, pos)) + 1
            if pos - line_start <= 12 and _BOX_TAIL_RE.match(text, pos):
                m = _BOX_HEAD_RE.match(text, line_start, pos)
                if m is not None:
                    name = m.group(1)
                    if (name[0] in single or name[:2] in double) and _name_ok(name):
                        out.append(Candidate(m.start(1), m.end(1), "PERSON", "rule:person-infobox-post", 31))
            pos = text.find(bracket, pos + 1)
    return out


# foreign statesmen and commanders jieba's dictionary knows as names (尼赫鲁, 罗斯福, 西哈努克, 苏加诺): a word tagged
def find_written9(text: str) -> list[Candidate]:
    """Candidates of the classes above in `text` (working text)."""
    places = known_places()
    out: list[Candidate] = []
    islands: set[str] = set()
    if "岛" in text:
        found, islands = _islands(text, places)
        out += found
    out += _events(text, places, islands) if ("战" in text or "役" in text or "大捷" in text) else []
    out += _units(text, places)
    out += post_persons(text)
    out += foreign_persons(text)
    out += _facilities_orgs(text, places)
    if "子" in text:
        out += _villages_zi(text, places)
    if "顶" in text or "（" in text or "(" in text or "阵地" in text:
        out += _tops_and_boxes(text, places)
    if "方向" in text or "之内" in text or "以内" in text or "之间" in text:
        out += _directions_durations(text, places)
    return out
