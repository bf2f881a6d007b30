"""Numeral lists sharing one echelon, bare corps and columns, services, task forces and military regions, in Chinese working text.

`find_numeral_list_units(text)` (MIL_UNIT):
- a 、-list of Chinese numerals sharing one echelon word, with or without 第 and with the count of the list
  (二、三、四纵队, 八、十三、十四3个纵队, 第一、第六、七等5个纵队: guideline 4);
- a bare numeral with 兵团 (一兵团司令员); 第N纵 (the short form of 第N纵队);
- a military region named by an unfamiliar region (X军区 after a clause mark or a word of forming);
- a state's service (X国海军) and a task force or base named by its place.

Every scan starts from a rare literal (、 before a numeral, 兵团, 纵, 军区) and every repetition is bounded.
Provenance: first seen on real-dev9-zh (session 7, helper zh9: coastal, border and late-Qing war narratives; split out of written_zh9 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import known_countries, known_places, plain_word as _plain
from pipeline.spans import Candidate
from pipeline.rules.scan import rare_finditer, literal_finditer
from pipeline.rules.place_stems_zh import read_stem, stem_ok

_CJK = "\u4e00-\u9fff"
_ZH_DIGIT = "一二三四五六七八九十"

_NUMERAL = f"[{_ZH_DIGIT}]{{1,3}}"
_UNIT_LIST_RE = re.compile(
    f"(?<![第0-9{_ZH_DIGIT}、师军旅团队红新暂预])(第?{_NUMERAL}(?:、第?{_NUMERAL}){{1,8}})(?:等)?((?:[0-9]{{1,2}}|[{_ZH_DIGIT}两])个)?"
    "((?:军分区|军区|战区)(?!长)|(?:师团|旅团|联队|大队|中队|纵队|兵团|集团军|方面军|军团|军(?![区分])|师|旅|团)(?![团队长部属级]))")
_UNIT_LIST_ANCHOR = re.compile(f"[{_ZH_DIGIT}]、(?:第?[{_ZH_DIGIT}])")
_OUTLINE_BEFORE = set("\n \t　：:（(|")
_BARE_CORPS_RE = re.compile(f"(?<![第0-9{_ZH_DIGIT}百千个几两多共计约等和与及])([{_ZH_DIGIT}]{{1,2}})(兵团|军团)(?![长部])")
# after 和/与/及 only where a corps was named right before (四兵团和五兵团: session 31, w31zhunit)
_JOINED_CORPS_RE = re.compile(f"(?:兵团|军团)[和与及]([{_ZH_DIGIT}]{{1,2}})(兵团|军团)(?![长部])")
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
        start = read_stem(text, m.start(), places, 3)
        if start is not None and not _plain(text[start:m.start()], 100):
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-task-force", 60,
                                 {"unit_hint": {"numbers": [], "echelon": "队" if m.group() == "特遣队" else "舰队",
                                                "prefix": ""}}))
    if "基地" in text:
        for m in rare_finditer(_BASE_RE, text):
            if stem_ok(m.group(1)) or m.group(1) in places:
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
    for head in ("兵团", "军团"):     # 一兵团司令员; the Red Army's 三军团 (session 31, w31zhunit)
        pos = text.find(head)
        while pos != -1:
            m = _BARE_CORPS_RE.match(text, max(0, pos - 2)) or _BARE_CORPS_RE.match(text, max(0, pos - 1))
            if m is None and pos >= 5:
                j = _JOINED_CORPS_RE.match(text, max(0, pos - 5)) or _JOINED_CORPS_RE.match(text, max(0, pos - 4))
                m = j if j is not None and j.end() == pos + 2 else None
                start = m.start(1) if m is not None else 0
            else:
                start = m.start() if m is not None else 0
            if m is not None and m.end() == pos + 2 and not (head == "军团" and text[start - 1:start] == "红"):
                out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-bare-corps", 60))
            pos = text.find(head, pos + 2)
    if "纵" in text:
        out += [Candidate(m.start(), m.end(), "MIL_UNIT", "rule:unit-column-short", 60, {"unit_hint": {"echelon": "纵队"}})
                for m in _COLUMN_SHORT_RE.finditer(text)]
    for m in _REGION_COMMAND_RE.finditer(text):
        start = read_stem(text, m.start(), places, 3)
        if start is not None:
            out.append(Candidate(start, m.end(), "MIL_UNIT", "rule:unit-region-command", 59))
    return out


def find_numeral_list_units(text: str) -> list[Candidate]:
    return _units(text, known_places())
