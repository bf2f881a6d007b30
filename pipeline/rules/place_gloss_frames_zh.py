"""Base areas, places glossed with 现, townships, counted hills, natural barriers and villages entered or listed, in
Chinese working text.

`find_place_gloss_frames(text)`:
- LOC: base areas of the civil war and the resistance named by their provinces' short forms or by a region
  (闽西苏区, 湘鄂西苏区, 中央苏区, 陕甘宁边区, 晋冀鲁豫边区);
- GPE: a place glossed with its present name by 现 (X(现Y): guideline 7 as for 今) or by 今 with a list of present places
  (X(今Y、Z一带)), and the (first) present name; a township
  after its county; a place set out from or introduced as a town; a village entered after a verb of movement,
  everywhere in the text; the settlements of a 、-list that holds a village (X村, X庄, X堡 …) or a known place, before
  the verb of the clause (在X村、Y、Z庄阻击);
- LOC: hills counted after their names (X、Y两山); a pass or river called a natural barrier (天险X口), everywhere in the
  text, and EVENT the battle named after it.

Every pattern is bounded and anchored on a rare literal (scan.anchored_finditer) or starts with one.
Provenance: first seen on real-dev8-zh (session 6, helper zh8: biographies, forum posts and local histories of
1927-1949; split out of written_zh8 in session 24).
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe, place_lexicon
from pipeline.normalize.units import parse_number
from pipeline.rules.names_common import is_common_word
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import anchored_finditer, rare_finditer
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"

# the place a force sets out from (从X出发): a settlement
_SET_OUT_RE = re.compile(f"从([{_CJK}]{{2,3}}?)(?:出发|出动|启程|起程|开拔)")
_SET_OUT_ANCHOR = re.compile("出发|出动|启程|起程|开拔")

_ABBREVIATIONS = province_abbreviations(plus="云", without="沪渝台港澳")
_BASE_AREA_RE = re.compile(
    f"(?:[{_ABBREVIATIONS}]{{1,4}}(?:东北|东南|西北|西南|[东西南北中])?|中央)(?:苏区|边区)(?!总?司令部|政府|党委|参议会|军|银行)")
_BASE_AREA_ANCHOR = re.compile("[苏边]区")


# X(现Y), and X(今Y) where the gloss lists the present places the old one covers (民治(今甲乙、丙丁一带): the gazetteers
# and county annals of the 1950s rising and of the base areas gloss their old townships so; s29zhplace); 今 before
# 属/为/称 … or 年/天/后 is no gloss of a name (今属, 今年)
_NOW_GLOSS_RE = re.compile(f"([{_CJK}]{{2,3}})[(（]([现今])(?![属为称名址在已年天日后人晚之])([{_CJK}]{{2,6}}?)(?:[)）]|(?=、|一带|等地))")
_NOW_GLOSS_ANCHOR = re.compile("[(（][现今]")
_WATER_HILL_ENDS = "河江湖溪山岭峰"
# a function word or verb that may stand before the glossed name (即甲乙(今…), 驻甲乙(现…))
_GLOSSED_BEFORE = "取占克驻到达至在于从由向经守攻夺入以为和与及抵之的即系"
# a township written after its county (醴陵县X乡, 定县X镇): the county is known, the township is two characters
# (and after a district, city or banner, the name of two or three characters: 某区甲乙丙乡, 某市甲乙镇 — the address
# chain of present-day local news and gazetteers, larger to smaller; s29zhplace)
_TOWNSHIP_RE = re.compile(f"[县区市旗]([{_CJK}]{{2,3}}?[乡镇])(?![长政公府])")
# mountains written together before their count (扼守翠微黄竹安人三山): each two-character name is a LOC
_HILLS_ANCHOR = re.compile("([二两三四五])山(?![区县市脉])")
_VILLAGE_SUFFIX = "村庄镇集堡寨屯铺店务"
# a place introduced as a town at the start of a sentence (X,是一座位于…的小镇 / X是一座千年古城): a settlement everywhere
_INTRODUCED_RE = re.compile(
    f"(?:(?<=[。！？\n])|^)[ \u3000]{{0,8}}([{_CJK}]{{2,4}}?)[,，]?(?:是|为)(?:一座|一个)[^。！？\n]{{0,24}}?"
    "(?:小镇|古镇|城镇|集镇|县城|古城|城市|村庄|山村|小城)")
_INTRODUCED_ANCHOR = re.compile("[是为]一[座个]")
# a pass, gorge or river called a natural barrier (天险X口, 天险X关): a LOC everywhere in the text, except where a
# settlement or a battle is named after it (X口乡, X口战役)
_BARRIER_RE = re.compile(f"天险([{_CJK}]{{1,3}}?(?:口|关|峡|隘|岭|江|河))(?![{_CJK}]{{0,1}}[乡镇村县市城])")
_BARRIER_ANCHOR = re.compile("天险")
# a village entered, held or left (冲进X村, 在X村, 向X村): a settlement everywhere in the text
_VILLAGE_AFTER_VERB_RE = re.compile(f"(?:冲进|进入|攻入|攻占|占领|包围|到达|撤出|退出|突入|[在到向从往至抵经])([{_CJK}]{{2}}村)(?![长民子里])")
_VILLAGE_AFTER_VERB_ANCHOR = re.compile("村")
_VILLAGE_ITEM_ANCHOR = re.compile(f"[{_VILLAGE_SUFFIX}城](?=、)")
_CLAUSE_REACH = 300
_LIST_BEFORE = "在于至从经到向占守和与及由把将居"
_LIST_AFTER = re.compile("阻击|设伏|伏击|一带|一线|地区|等地|等村|之间|集结|待命|布防|驻扎|附近|方向|截击|出发|[,，。；;的以]")
NOT_PLACE_START = set("东西南北中前后左右该此本敌我各全两这那其一")
NOT_IN_PLACE = set("的了是在和与个该本全此各其这那入进占克攻陷到达至于抵取围守等及我敌军部师团旅营连阻击现今")


def _plain_unknown(name: str) -> bool:
    places = place_lexicon()
    return (2 <= len(name) <= 4 and name[0] not in NOT_PLACE_START and not any(ch in NOT_IN_PLACE for ch in name)
            and not is_common_word(name, 300) and name not in places)


def _bearing_named(name: str, size: int) -> bool:
    """A glossed place whose name opens with a bearing (东良, 南屏区: _plain_unknown keeps bearings out as sides of a
    place): two characters (a present village), or three with a township's or district's head (s29zhplace)."""
    return (len(name) == size and name[0] in "东西南北" and (size == 2 or name[-1] in "区乡镇村")
            and not any(ch in NOT_IN_PLACE for ch in name) and not is_common_word(name, 300) and name not in place_lexicon())


def find_place_gloss_frames(text: str) -> list[Candidate]:
    out = []
    for m in anchored_finditer(_BASE_AREA_RE, text, _BASE_AREA_ANCHOR, 6):
        end = m.end() - 2 if m.group().endswith("苏区") and not m.group().startswith("中央") else m.end()
        out.append(Candidate(m.start(), end, "LOC", "rule:loc-base-area", 56))   # 陕北苏区 → 陕北 (zh12: the region only)
    for m in anchored_finditer(_NOW_GLOSS_RE, text, _NOW_GLOSS_ANCHOR, 3):
        written, modern = m.group(1), m.group(3)
        chain = len(modern) > 4 and modern[2] in "乡镇区县"     # 今甲乙乡丙丁、…: an address chain, its parts read elsewhere
        # 今河南郑州, 今越南同登: a known place opens the gloss, the chain is read by the lexicon (no one span)
        chain = chain or not _is_gpe(modern) and any(_is_gpe(modern[:j]) for j in range(2, len(modern) - 1))
        if not (chain or _is_gpe(modern) or _plain_unknown(modern) or _bearing_named(modern, 2)):
            continue
        for k in range(len(written) - 1):
            name = written[k:]
            if k == 0 and (written[0] in "之的" or len(written) == 3 and (
                    written[0] in _GLOSSED_BEFORE + "县乡镇区市省府州来去而又也并但则就才都还亦乃且" or _is_gpe(written[1:]))):
                continue     # 台北之鸡笼(现基隆): the possessive is no part of the name (auditzh4); 即|甲乙(今…), 来|彰德, 县|宋庄
            at = m.start(1) + k
            if at > 0 and is_common_word(text[at - 1:at + 1], 50):
                continue     # 中共扎木(现波密)县委: the name's first character ends a word before it (auditzh16)
            if (k == 0 or written[k - 1] in _GLOSSED_BEFORE
                    or is_common_word(text[at - 2:at], 50)) and (
                    _is_gpe(name) or _plain_unknown(name) or _bearing_named(name, 3)):
                # 界河(今某河): a river glossed by its present river's name (s29zhplace); 宁河(今某县) stays the town
                label = "LOC" if name[-1] in _WATER_HILL_ENDS and modern[-1] in _WATER_HILL_ENDS else "GPE"
                out.append(Candidate(m.start(1) + k, m.end(1), label, "rule:place-now-glossed", 48,
                                     norm={"modern": modern}))
                if not chain:
                    out.append(Candidate(m.start(3), m.end(3), label,
                                         "rule:place-now-gloss", 48))
                break
    for m in _TOWNSHIP_RE.finditer(text):
        at = m.start()
        if any(at >= size and (_is_gpe(text[at - size:at + 1]) or _is_gpe(text[at - size:at])) for size in (2, 3)) \
                and _plain_unknown(m.group(1)[:-1]) and (text[at] == "县" or not _is_gpe(m.group(1))):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-township", 40))
    for m in rare_finditer(_HILLS_ANCHOR, text):
        count = parse_number(m.group(1).replace("两", "二"))
        start = m.start() - 2 * count
        if start < 0 or not re.fullmatch(f"[{_CJK}]+", text[start:m.start()]):
            continue
        items = [text[k:k + 2] for k in range(start, m.start(), 2)]
        if all(_plain_unknown(item) and not _is_gpe(item) for item in items) and not _is_gpe(text[start - 2:start]):
            out.extend(Candidate(start + 2 * k, start + 2 * k + 2, "LOC", "rule:loc-hills-counted", 40)
                       for k in range(len(items)))
    barriers = {m.group(1) for m in anchored_finditer(_BARRIER_RE, text, _BARRIER_ANCHOR, 0)}
    for name in barriers:
        for w in re.finditer(re.escape(name), text):
            battle = re.match("战役|战斗|之战|大捷", text[w.end():w.end() + 2])
            if battle:          # 腊子口战役: the battle named after the barrier
                out.append(Candidate(w.start(), w.end() + 2, "EVENT", "rule:event-natural-barrier", 48))
            elif not re.match("[乡镇村县市城]|会战", text[w.end():w.end() + 2]):
                out.append(Candidate(w.start(), w.end(), "LOC", "rule:loc-natural-barrier", 40))
    for m in anchored_finditer(_SET_OUT_RE, text, _SET_OUT_ANCHOR, 6):
        name = m.group(1)
        if _plain_unknown(name) or _is_gpe(name):
            out.append(Candidate(m.start(1), m.end(1), "GPE", "rule:place-set-out-from", 33))
    for m in anchored_finditer(_INTRODUCED_RE, text, _INTRODUCED_ANCHOR, 14):
        name = m.group(1)
        if _plain_unknown(name) or _is_gpe(name):
            for w in re.finditer(re.escape(name), text):
                out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-introduced-town", 34))
    villages = set()
    for m in anchored_finditer(_VILLAGE_AFTER_VERB_RE, text, _VILLAGE_AFTER_VERB_ANCHOR, 4):
        name = m.group(1)
        if _plain_unknown(name[:2]) and not is_common_word(name, 50):
            villages.add(name)
    for name in villages:
        for w in re.finditer(re.escape(name), text):
            out.append(Candidate(w.start(), w.end(), "GPE", "rule:place-village-entered", 34))
    seen_clauses = set()
    for hit in rare_finditer(_VILLAGE_ITEM_ANCHOR, text):
        at = hit.start()
        # the clause round it, read at most _CLAUSE_REACH characters each way (a text without the
        # punctuation must not be scanned back and forth for every hit)
        low = max(0, at - _CLAUSE_REACH)
        clause_start = max(max(text.rfind(ch, low, at) for ch in "，,。；;：:\n") + 1, low)
        if clause_start in seen_clauses:
            continue
        seen_clauses.add(clause_start)
        high = min(len(text), at + 1 + _CLAUSE_REACH)
        clause_end = min([i for i in (text.find(ch, at + 1, high) for ch in "，,。；;\n") if i >= 0] or [high])
        out.extend(_village_list(text, clause_start, clause_end))
    return out


def _list_tail(part: str) -> int | None:
    """Where the first item of a list starts in `part` (after the last word before the list)."""
    cut = max((i + 1 for i, ch in enumerate(part) if ch in _LIST_BEFORE), default=0)
    for verb in _LIST_AFTER.finditer(part):
        cut = max(cut, verb.end())
    return cut if 2 <= len(part) - cut <= 4 else None


def _list_head(part: str) -> int | None:
    """How long the last item of a list is at the start of `part` (before the verb of the clause)."""
    for size in (4, 3, 2):
        if size <= len(part) and (size == len(part) or _LIST_AFTER.match(part, size)):
            return size
    return None


def _village_list(text: str, start: int, end: int) -> list[Candidate]:
    """The settlements of the 、-lists in text[start:end] (a clause) that are lists of places."""
    lists: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] | None = None
    pos = start
    parts = text[start:end].split("、")
    if len(parts) > 12:
        return []
    for i, part in enumerate(parts):
        last = i == len(parts) - 1
        if current is not None and 2 <= len(part) <= 4 and not last:
            current.append((pos, part))
        else:
            if current is not None:
                size = _list_head(part)
                if size:
                    current.append((pos, part[:size]))
                lists.append(current)
                current = None
            if not last:
                cut = _list_tail(part)
                current = [(pos + cut, part[cut:])] if cut is not None else None
        pos += len(part) + 1
    out = []
    for items in lists:
        suffixed = sum(name[-1] in _VILLAGE_SUFFIX and len(name) >= 2 for _, name in items)
        known = sum(_is_gpe(name) or name.endswith("城") and _is_gpe(name[:-1]) for _, name in items)
        if len(items) < 2 or suffixed + known < 2 or not all(
                _is_gpe(name) or _plain_unknown(name) and len(name) <= 3
                or name[-1] in _VILLAGE_SUFFIX and 2 <= len(name) <= 4 and name[0] not in NOT_PLACE_START
                or name.endswith("城") and (_is_gpe(name[:-1]) or _is_gpe(name[:-2]))      # 淮安县城
                or len(name) == 3 and name[0] in "东西南北" and not any(ch in NOT_IN_PLACE for ch in name)
                and not is_common_word(name, 300) and name not in place_lexicon()     # 南齐曹 in a list of villages
                for _, name in items):
            continue
        out.extend(Candidate(s, s + len(name), "GPE", "rule:place-village-list", 33) for s, name in items)
    return out
