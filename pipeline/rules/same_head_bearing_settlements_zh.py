"""Settlements read from two list and position grammars (session 20, s20zhgpe: Chinese GPE recall).

Local histories, gazetteers and memoirs name the villages a force crossed or a bully terrorised in long lists,
and place a village by its bearing from a county everybody knows. Neither needs a lexicon:

1. Lists sharing one settlement head (`same_head_lists`): a 、-list whose members end in the same settlement
   word (村 庄 集 镇 铺 寨 屯 堡 店 圩) — `甲家庄村、乙坊村、丙县村等村`, `甲集、乙集、丙集` — names villages
   (guideline 6: the suffix written with the name stays inside). Every member after a 、 (its left edge is the
   mark) of 2–5 characters ending in the shared head is GPE when at least three members share it; the first member
   too when a clause edge, a function character or a position word (周边, 附近) ends right before it. No member
   holds a function, pronoun, numeral-classifier or unit character, and none is an ordinary word jieba knows
   (农村、城镇). The list may run to 16 members (a bully's dozen villages).
2. Places by their bearing from a known place (`bearing_places`): a GPE the place lexicon knows + a bearing
   (东 南 西 北, 东南 …, 以东 …) + optionally 的 or 之 + a name of 2–3 characters (or a 、-list of them) closed by
   的, 一带, 地区, 附近, 一线, 之间, 等地 or 地方 — `甲县东南某池的`, `甲县西南之某村一带`, `甲城以北的A、B、C一带`
   — is a settlement (docs guideline: a village after a bearing is GPE). Not an ordinary word (山区, 地区, 部队),
   no function, unit or numeral character, and not when the bearing goes on into a part word (西部, 南面, 北岸).

Both at priority 34: above the village-list (33), settlement-suffix (31) and name-likeness (12) readings, below
every unit, organisation and framed facility rule. Cost: str.find of a head + 、 and of the four bearing
characters; a lexicon look-up where one is found.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import is_gpe_name as _is_gpe
from pipeline.rules.names_common import is_common_word, is_han as _cjk, known_places, verb_word
from pipeline.spans import Candidate

SOURCE_LIST, SOURCE_BEARING, PRIORITY = "rule:settlement-same-head-list", "rule:place-bearing-settlement", 34
SOURCE_VILLAGE, PRIORITY_VILLAGE = "rule:village-name-edge", 28
SOURCE_RENAMED = "rule:place-renamed"
SOURCE_TAKEN, SOURCE_INTRODUCED, PRIORITY_TAKEN = "rule:place-taken-object", "rule:place-introduced-settlement", 28
_HEADS = "村庄集镇铺寨屯堡店圩"
# characters no village name holds (function words, pronouns, units, numerals before a classifier)
_STOP = set("的了是和与及等被把对向从由在于经沿到至往个这那其此该各每本全部军敌我你他她它们师团旅营连队长官兵"
            "日月年时天机舰炮弹路线阵地区省市面失为以之而或有无也都即今原属位辖设")
# words of position (在周边甲村、乙村…) and the 过 of a verb of passing that end right before a list's first member
_POSITION_ENDS = set("边近围内外过")
_EDGE = set("，。、；：！？,.;:!?（）()「」『』“”‘’《》 \n\t—-")
_MAX_MEMBERS = 16


_NUMERALS = set("一二三四五六七八九十百千万几")
# one-character stems that describe a village instead of naming it (大村, 本村, 新村, 邻村)
_DESCRIPTIVE = set("大小新老旧上下前后中本该全各邻这那此每原外内近远山渔农乡两")


def _name_ok(name: str) -> bool:
    return (all(_cjk(ch) and ch not in _STOP for ch in name)
            and not is_common_word(name, 300))


def _village_ok(name: str, strict: bool = False) -> bool:
    """A settlement's name ending in its head: no numeral, no ordinary word as a whole or as its last character +
    head (度假村, 城中村, 农村, 山村), no one-character stem that only describes (大村, 邻村). `strict` (a village
    alone, without a list around it): no ordinary word as its stem either (朝南村)."""
    stem = name[:-1]
    return (_name_ok(name) and not any(ch in _NUMERALS for ch in name)
            and not is_common_word(name, 50) and not is_common_word(name[-2:], 50)
            and not is_common_word(name[-3:], 50) and not (strict and is_common_word(stem, 50))
            and not (len(stem) == 1 and stem in _DESCRIPTIVE))


def _first_member(part: str, head: str) -> int | None:
    """Length of the member ending `part` (the 、-list's first part), or None when its left edge is unsure."""
    if not part.endswith(head):
        return None
    for size in range(2, min(5, len(part)) + 1):
        before = part[-size - 1] if size < len(part) else ""
        if before == "" or before in _EDGE or before in _STOP or before in _POSITION_ENDS or not _cjk(before) \
                or size + 2 <= len(part) and verb_word(part[-size - 2:-size], 300):     # 窜扰过|甲集、乙集
            if size + 2 <= len(part) and before not in _STOP and is_common_word(part[-size - 1:-size + 1], 100):
                return None                   # 到达|李庄、…: the verb's second character would open the name
            name = part[-size:]
            return size if _village_ok(name) else None
    return None


def _last_member(part: str, head: str) -> int | None:
    """Length of the member opening `part` (the list's last part): it ends at the head right before a closer."""
    for size in range(2, min(5, len(part)) + 1):
        if part[size - 1] != head:
            continue
        rest = part[size:]
        if rest == "" or rest[0] in "等的及和与一两三地之各附" or not _cjk(rest[0]):
            return size if _village_ok(part[:size]) else None
    return None


def same_head_lists(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    done: set[int] = set()
    for head in _HEADS:
        at = text.find(head + "、")
        while at >= 0:
            if at not in done:
                # the clause around the mark: back and forward to a mark other than 、
                lo = at
                while lo > 0 and at - lo < 120 and (text[lo - 1] == "、" or text[lo - 1] not in _EDGE):
                    lo -= 1
                hi = at + 1
                while hi < len(text) and hi - at < 120 and (text[hi] == "、" or text[hi] not in _EDGE):
                    hi += 1
                parts = text[lo:hi].split("、")
                if 3 <= len(parts) <= _MAX_MEMBERS:
                    members: list[tuple[int, int]] = []
                    pos = lo
                    for i, part in enumerate(parts):
                        if i == 0:
                            size = _first_member(part, head)
                            if size:
                                members.append((pos + len(part) - size, pos + len(part)))
                        elif i == len(parts) - 1:
                            size = _last_member(part, head)
                            if size:
                                members.append((pos, pos + size))
                        elif 2 <= len(part) <= 5 and part.endswith(head) and _village_ok(part):
                            members.append((pos, pos + len(part)))
                        pos += len(part) + 1
                    if len(members) >= 3:
                        out.extend(Candidate(s, e, "GPE", SOURCE_LIST, PRIORITY) for s, e in members)
                    p = lo
                    while True:
                        k = text.find("、", p, hi)
                        if k < 0:
                            break
                        done.add(k - 1)
                        p = k + 1
            at = text.find(head + "、", at + 1)
    return out


_BEARINGS = ("东南", "东北", "西南", "西北", "以东", "以西", "以南", "以北", "东", "西", "南", "北")
# the bearings that can stand at a place of each direction character (in _BEARINGS' order): 东南 at 东, 以东 at 东
_BEARINGS_AT = {ch: tuple(b for b in _BEARINGS if b[0] == ch or b[0] == "以" and b[1] == ch) for ch in "东西南北"}
_PART_WORDS = set("部面方侧边郊岸麓端角隅半段线路门城关乡区郊翼")
_MEMBER_RE = re.compile(
    "((?:[\u4e00-\u9fff]{2,3}、){0,5}[\u4e00-\u9fff]{2,3}?)(?=的|一带|地区|附近|一线|之间|等地|地方)")


def bearing_places(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    seen: set[int] = set()
    for ch in "东西南北":
        at = text.find(ch)
        while at >= 0:
            if at == 0 or text[at - 1] in _EDGE:
                at = text.find(ch, at + 1)
                continue                   # the cheap test first: a bearing opens no clause here
            for bearing in _BEARINGS_AT[ch]:
                start = at - 1 if bearing[0] == "以" else at
                if start < 0 or not text.startswith(bearing, start) or start in seen:
                    continue
                end = start + len(bearing)
                place = next((text[start - k:start] for k in (4, 3, 2) if start >= k and _is_gpe(text[start - k:start])),
                             None)
                if place is None:
                    continue
                seen.add(start)
                after = end + 1 if end < len(text) and text[end] in "的之" else end
                if after >= len(text) or text[after] in _PART_WORDS or text[end] in _PART_WORDS:
                    break
                m = _MEMBER_RE.match(text, after)
                if m is None:
                    break
                pos = m.start(1)
                for name in m.group(1).split("、"):
                    if _name_ok(name) and name[0] not in "东西南北":
                        out.append(Candidate(pos, pos + len(name), "GPE", SOURCE_BEARING, PRIORITY))
                    pos += len(name) + 1
                break
            at = text.find(ch, at + 1)
    return out


# what opens a village's name right before it: a clause edge, a function character, a district word of an
# address (伪十区|X村, 某乡|X村) or a dash
_VILLAGE_OPENERS = _STOP | _EDGE | set("乡镇县")
# adverbs and conjunctions that make the characters before 村 a clause, no name: “集家并村” (a policy: gather the
# households, merge the villages), 旋又改村为乡 (then turned the villages into townships) (session 22, s22zhprec)
_CLAUSE_CHARS = frozenset("并又旋改亦便皆即")


def village_names(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    at = text.find("村")
    while at >= 0:
        nxt = text[at:at + 2]
        if at >= 2 and not (len(nxt) == 2 and is_common_word(nxt, 50)):
            for size in (2, 3):
                start = at - size
                if start < 0:
                    break
                stem = text[start:at]
                before = text[start - 1] if start else ""
                if not (before == "" or before in _VILLAGE_OPENERS or not _cjk(before)):
                    continue
                if size == 3 and start and is_common_word(text[start - 1:start + 1], 100):
                    break                     # 到达|李庄村: the verb's second character is outside
                if size == 3 and verb_word(stem[:2], 100):
                    break                     # 巡查|松村: a verb (or a post jieba tags as one) opens the stem
                if any(ch in _CLAUSE_CHARS for ch in stem):
                    break                     # 集家并村, 旋又改村: a clause of merging villages, no name
                if _village_ok(stem + "村", strict=True) or stem in known_places() and not any(ch in _NUMERALS for ch in stem):
                    out.append(Candidate(start, at + 1, "GPE", SOURCE_VILLAGE, PRIORITY_VILLAGE))
                break
        at = text.find("村", at + 1)
    return out


# verbs of taking, holding or reaching a place whose whole object, up to the clause's end, is the place
_TAKING_VERBS = ("攻占", "攻克", "克复", "收复", "进占", "进扎", "进驻", "移驻", "退守", "溃退", "撤至", "退至",
                 "进抵", "抵达", "占领", "夜袭", "袭占", "占", "克")
_VERB_ENDS = frozenset(v[-1] for v in _TAKING_VERBS)
_CLAUSE_END = set("，。；,;！!")
_CLAUSE_END_RE = re.compile("[，。；,;！!]")
# what stands right before a one-character verb of taking (十四日占X, 又克X, 遂占X)
_ONE_CHAR_VERB_OPENERS = set("日月又遂再并即旋连先后复乃始亦均皆，,。；;、 \n")
_SEAT_WORDS = set("城镇县州府")


def taken_places(text: str) -> list[Candidate]:
    """A verb of taking, holding or reaching + a name of 2–3 characters that is the whole clause-final object
    (`十四日占某望，`, `进扎某门。`, `溃退某门。`): a settlement. Not an ordinary word (阵地, 城池, 敌人), no
    function, unit or numeral character; a name the place lexicon knows is left to it."""
    out: list[Candidate] = []
    for mark in _CLAUSE_END_RE.finditer(text):
        end_at = mark.start()
        for size in (2, 3):
            start = end_at - size
            if start < 2:
                break
            if text[start - 1] not in _VERB_ENDS:
                continue                   # the cheap test first: a verb's last character right before the name
            verb = next((v for v in _TAKING_VERBS if text.startswith(v, start - len(v))), None)
            if verb is None:
                continue
            name = text[start:end_at]
            stop = end_at
            if size == 3 and name[-1] in "后後时":
                name, stop = name[:2], end_at - 1   # 占领某安后，: the time word after the object is outside (s23zhfac)
            opener = text[start - len(verb) - 1] if start - len(verb) >= 1 else ""
            if len(verb) == 1 and not (opener == "" or opener in _ONE_CHAR_VERB_OPENERS or opener.isdigit()
                                       or not _cjk(opener)):
                break                      # 霸占|X, 马克|思主义: a single-character verb only after a date or adverb
            if is_common_word(verb[-1] + text[start], 20):
                break                      # 占|领后, 收复|读生: the verb goes on into a word (占领, 克服, 复读)
            if _name_ok(name) and not is_common_word(name, 20) and not any(ch in _NUMERALS for ch in name) \
                    and name not in known_places() and name[-1] not in _SEAT_WORDS \
                    and not is_common_word(name[:2], 300):
                out.append(Candidate(start, stop, "GPE", SOURCE_TAKEN, PRIORITY_TAKEN))
            break
    return out


_KIND_RE = re.compile("一(?:个|座)(?:小)?(?:镇子|镇|村庄|村子|村落|山村|小村|集镇|市镇|乡镇|圩镇|渔村|小镇|集市)")


def introduced_settlements(text: str) -> list[Candidate]:
    """A name introduced as a settlement: `NAME是…的一个小镇` / `…一座村庄` (docs guideline: a place the text
    introduces by name is a GPE). NAME is the 2–4 characters before the clause's 是, back to a clause edge or 的."""
    out: list[Candidate] = []
    at = text.find("一")
    while at >= 0:
        m = _KIND_RE.match(text, at)
        if m:
            lo = at
            while lo > 0 and at - lo < 40 and text[lo - 1] not in _CLAUSE_END and text[lo - 1] != "。":
                lo -= 1
            shi = text.find("是", lo, at)
            if shi > lo:
                for size in (4, 3, 2):
                    start = shi - size
                    if start < lo:
                        continue
                    before = text[start - 1] if start else ""
                    name = text[start:shi]
                    if (start == lo or before in "的、" or before in _EDGE) and _name_ok(name) \
                            and not is_common_word(name, 50):
                        out.append(Candidate(start, shi, "GPE", SOURCE_INTRODUCED, PRIORITY_TAKEN))
                        break
        at = text.find("一", at + 1)
    return out


_RENAME_WORDS = ("改名", "改称", "更名", "易名", "改为")     # (+ 为: 改名为)
_RENAME_HEADS = set("场镇集县州府城村堡寨铺店圩厅市乡区")   # 区: the districts of the 1930s-50s county histories (s27zhname)
_RENAME_OPEN = set(" \u3000“\"「")   # 改称为 “甲乙区”: a space or an opening quote before the new name
_RENAME_END = set("，。；,;！!”’」）)、 \n")


def renamed_places(text: str) -> list[Candidate]:
    """The new name after a word of renaming (`乾隆时改名某某场。`, `民国初改称某某县，`): 2–5 characters up to the
    clause's end, ending in a settlement or seat head, are one GPE with the head (guideline 6)."""
    out: list[Candidate] = []
    for word in _RENAME_WORDS:
        at = text.find(word)
        while at >= 0:
            start = at + len(word)
            if text.startswith("为", start):
                start += 1
            while start < len(text) and text[start] in _RENAME_OPEN and start - at - len(word) < 3:
                start += 1
            stop = start
            while stop < len(text) and stop - start < 6 and text[stop] not in _RENAME_END:
                stop += 1
            name = text[start:stop]
            if 2 <= len(name) <= 5 and stop < len(text) and name[-1] in _RENAME_HEADS \
                    and _name_ok(name[:-1] if name[-1] == "区" else name) and not is_common_word(name, 50):
                out.append(Candidate(start, stop, "GPE", SOURCE_RENAMED, PRIORITY))
            at = text.find(word, at + 1)
    return out


def find_same_head_bearing_settlements(text: str) -> list[Candidate]:
    return (same_head_lists(text) + bearing_places(text) + village_names(text) + taken_places(text)
            + introduced_settlements(text) + renamed_places(text))
