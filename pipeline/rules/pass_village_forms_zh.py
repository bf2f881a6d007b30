"""Passes named after a place, and northern village names in 子 (session 18 round 2, r18zhplace: classes seen on
held-out Chinese passages for GPE / LOC). Each class is grammar, no list of names.

- A pass named after a place (`直至青龙关`, `退守铁岭关。`, `进抵井陉口，`): a place the gazetteer knows (2-3
  characters) + 关 or 口, after a verb or preposition of movement or holding, and before a clause mark, a joiner or a
  word of relative place, is one LOC, the pass (guideline: a pass is a LOC). Without it the place finders cut the
  name to the place (GPE 青龙). 关 before a character that makes a word with it (关押, 关系, 关外 …) is no pass; 口
  after a settlement's last character (村口, 镇口, 城门口) is an entrance, not a pass.
- A pass the gazetteer does not hold, in the same frame (`攻克甲子关，`, `夺取乙丙口，`): a stem of 2-3 characters that holds no function character and is no ordinary word with its head (难关, 缺口, 渡口, 虎口).
- A northern village whose name ends in a settlement character + 子 (`X家洼子`, `X沟子`, `X甸子`, `X营子`), after a
  clear opening (a preposition of place, a district or township word, a bearing 以北 …, a list mark) and before a
  clause mark, a list mark, 至/到, 一带/一线/附近/以东 or 村: the 子 (and a 村 after it) belongs to the name. The
  settlement finders stop before 子 (GPE 吴家洼 in 吴家洼子村, GPE 东沟 in 东沟子).

- A pass named by its head 山口 (`夺取了X要隘，甲乙山口`, `守住甲乙山口`, `北线甲乙山口决战`, `至新疆的甲乙丙丁山口`;
  session 30, s30zhgeo, GPE/LOC audit of border and Qing passages): a stem of 2-4 characters + 山口 is one LOC, the
  pass, in any frame (guideline: a pass is a LOC), where the gazetteer read a township + 山口 as a village (GPE),
  read the mountain without 口, read a place inside the stem, or read nothing. The stem starts after a function,
  verb or measure character; a third or fourth character joins it only where it is a transliteration character or
  the longer stem (or it + 山) is a name the gazetteer holds (喀喇昆仑); a stem of one character only right after a
  verb of taking or holding (`占领甲山口`). No pass: a stem of one character or an ordinary
  word (火山口, 走出山口, 中将山口), 山口 before a settlement head (X山口村) or before a character that makes a word
  with 口 (口岸, 口音, 口号).

- A height named in a bearing frame (`村东靠甲乙岭，西傍丙丁山`, `，西丙丁山，`): a bearing (东/西/南/北) with a verb of
  bordering (靠 傍 临 接 依 倚 邻 连 控 扼 濒 枕 背) or alone at the start of a clause, then a stem of 2-3 characters and a
  hill head (山岭峰岗梁), the clause ending there, is LOC without the bearing (no person: 白云峰 after 北靠).

Cost: str.find of 关, 口 and 子 and a scan of the bearing frames; each hit reads a few characters around it.
"""

from __future__ import annotations

import re

from pipeline.normalize.places import place_lexicon
from pipeline.rules.names_common import is_common_word
from pipeline.rules.place_reading_checks import transliteration_chars
from pipeline.rules.scan import literal_finditer   # the same matches as finditer, found from a literal each holds
from pipeline.spans import Candidate

_CJK = "\u4e00-\u9fff"
# verbs and prepositions of movement or holding before a pass (two-character ones first)
_CUE_BEFORE2 = ("直至", "进至", "退至", "撤至", "进抵", "直抵", "到达", "抵达", "攻克", "攻占", "占领", "夺取", "夺占",
                "突破", "扼守", "坚守", "退守", "固守", "据守", "驻守", "防守", "进攻", "攻打", "逼近", "通过", "经过",
                "越过", "进入", "退入", "撤往", "退往", "开往", "转往", "直趋", "进逼", "出兵", "屯兵", "驻兵")
_CUE_BEFORE1 = set("至到抵经过出入由从自向往守攻克夺占取破据越")
_CLAUSE = set("，,。；;、：:！？!?）)\n 」”")
# after a pass: a clause or list mark, a joiner, a word of relative place or a following movement
_AFTER_RE = re.compile(f"[，,。；;、：:！？!?）)\\n 」”和与及等至到]|一带|一线|附近|以[东南西北]|之[东南西北间]|方向|[东南西北]侧|"
                       f"[东南西北](?:[，,。；;、]|[进犯撤退])|[后时]|守军|要隘|天险")
# characters that make a word with 关 or end a settlement's name before 口
_SETTLEMENT_LAST = set("村庄镇街城门路桥港站寨堡屯集铺店营场厂院府家楼关口")
_STEM_STOP = set("的了着是和与及等被把对向从由在于到至往这那其此该各每个之而也又即则我敌你他她它难重把过闯海通"
                 "一二三四五六七八九十两百千万几多大小老新上下")
_HEAD_RE = re.compile("[关口]")
# the last character of a river's or a lake's name: X口 after it is the water's mouth
_WATER_LAST = set("江河湖溪水海川")
# a copula or adverb opens a clause, never a height's name (西为高山: 高山 is a kind of mountain)
_CLAUSE_OPENERS = set("为是乃系即皆均也则又")
_PASS_RE = re.compile(f"[{_CJK}]{{1,3}}[关口]")

# a village in 子
_ZI_HEAD = "洼沟甸营堡台屯窝岗坨铺店房峪梁湾滩坡坎窑圈泡卜"
_ZI_RE = re.compile(f"[{_ZI_HEAD}]子")
_ZI_OPEN1 = set("至到经在于从由向往抵占攻克过达驻区乡县镇、，,。；;：:（(\n 」”")
_ZI_OPEN2 = ("以北", "以南", "以东", "以西", "东北", "西北", "东南", "西南")
_ZI_AFTER_RE = re.compile(f"村?(?:[，,。；;、：:）)\\n 至到和与及等]|一带|一线|附近|以[东南西北]|之间|方向)")
_ZI_STEM_STOP = _STEM_STOP | set("里外内中前后左右边旁全部座条片处群支股批些这那他她我你")


def _cued(text: str, start: int) -> bool:
    """A verb or preposition of movement or holding, or a list mark after a pass, opens right before start."""
    if start >= 2 and text[start - 2:start] in _CUE_BEFORE2:
        return True
    return start >= 1 and (text[start - 1] in _CUE_BEFORE1 or text[start - 1] == "、")


def _passes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = place_lexicon()     # membership only: the lexicon's own dict
    for head in literal_finditer(_HEAD_RE, text):
        pos, ch = head.start(), head.group()
        if not _AFTER_RE.match(text, pos + 1):
            continue
        best = None
        for size in (3, 2, 1):
            start = pos - size
            if start < 1:
                continue
            stem = text[start:pos]
            if any(c in _STEM_STOP or not ("\u4e00" <= c <= "\u9fff") for c in stem):
                continue
            if stem[0] in _CUE_BEFORE1 or text[start - 1:start + 1] in _CUE_BEFORE2:
                continue        # 攻|克X关: the verb's last character opens no name
            if not _cued(text, start):
                continue
            name = stem + ch
            if name in places:
                break           # the gazetteer's own reading stands
            if ch == "口" and (size < 2 or stem[-1] in _SETTLEMENT_LAST or stem[-1] in _WATER_LAST):
                continue        # 村口: an entrance; 瓯江口, 汉水口: a river's mouth, no pass
            if stem in places and len(stem) >= 2:
                best = (start, "known")
                break
            if is_common_word(name, 20) or is_common_word(stem, 300) and stem not in places:
                continue
            if size >= 2:
                best = (start, "new")
                break
        if best:
            # a new name only where no other finder reads it (渔洋关 is a town a settlement rule reads as GPE)
            known = best[1] == "known"
            out.append(Candidate(best[0], pos + 1, "LOC", "rule:pass-named" if known else "rule:pass-framed",
                                 41 if known else 29, {"id": None}))
    return out


def _zi_villages(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in _ZI_RE.finditer(text):
        head, end = m.start(), m.end()
        after = _ZI_AFTER_RE.match(text, end)
        if not after:
            continue
        if text.startswith("村", end):
            end += 1
        for size in (1, 2, 3):
            start = head - size
            if start < 1:
                break
            if text[start] in _ZI_STEM_STOP:
                break
            if text[start - 1] in _ZI_OPEN1 or start >= 2 and text[start - 2:start] in _ZI_OPEN2:
                name = text[start:m.end()]
                if not is_common_word(name, 20) and not is_common_word(text[start:head + 1], 300):
                    out.append(Candidate(start, end, "GPE", "rule:village-zi", 41, {"id": None}))
                break
    return out


_BORDER_VERBS = set("靠傍临接依倚邻连控扼濒枕背有")
_BEARING_HILL_RE = re.compile(f"(?:[东西南北][靠傍临接依倚邻连控扼濒枕背]|(?:^|(?<=[，,。；;\n]))[东西南北])"
                              f"([{_CJK}]{{2,3}}[山岭峰岗梁])(?=[，,。；;、\n])")


def _bearing_hills(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    for m in literal_finditer(_BEARING_HILL_RE, text):
        name = m.group(1)
        if name[0] in _BORDER_VERBS or name[0] in _CLAUSE_OPENERS or any(c in _ZI_STEM_STOP for c in name[:-1]) or is_common_word(name, 20) or is_common_word(name[:-1], 300):
            continue
        out.append(Candidate(m.start(1), m.end(1), "LOC", "rule:bearing-hill", 31, {"id": None}))
    return out


# a pass named by its head 山口 (s30zhgeo): the characters that end a stem on its left, and the heads after 口 that
# make the name a settlement's
_SHANKOU_STOP = _STEM_STOP | set("座道个条处火深群进出走入越翻登爬攀经离沿临傍靠在于从由向往抵达被将守住夺取占据攻克领隘要线官将长佐尉帅员兵士君氏")
_SHANKOU_SETTLEMENT_AFTER = set("村镇乡县市区街庄屯堡寨站子")


def _mountain_passes(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    places = place_lexicon()
    translit = transliteration_chars()
    pos = text.find("山口")
    while pos >= 0:
        after = pos + 2
        nxt = text[after:after + 1]
        ok = not (nxt in _SHANKOU_SETTLEMENT_AFTER or is_common_word(text[pos + 1:pos + 3], 50, ("nr", "ns")))
        start = pos
        while ok and start > max(0, pos - 4) and "\u4e00" <= text[start - 1] <= "\u9fff" and text[start - 1] not in _SHANKOU_STOP:
            start -= 1
        best = None
        for begin in range(start, pos) if ok else ():
            stem = text[begin:pos]
            if len(stem) == 1 and text[max(0, begin - 2):begin] not in _CUE_BEFORE2:
                continue        # a one-character stem only after a verb of taking or holding (占领荒山口)
            if len(stem) > 2 and not (stem in places or stem + "山" in places
                                      or all(c in translit for c in stem[:-2])):
                continue
            if is_common_word(stem, 300) and stem not in places or is_common_word(stem + "山口", 20):
                continue
            best = begin
            break
        if best is not None:
            out.append(Candidate(best, after, "LOC", "rule:pass-head", 41, {"id": None}))
        pos = text.find("山口", pos + 2)
    return out


def find_pass_village_forms(text: str) -> list[Candidate]:
    out: list[Candidate] = []
    if "山口" in text:
        out += _mountain_passes(text)
    if "关" in text or "口" in text:
        out += _passes(text)
    if "子" in text:
        out += _zi_villages(text)
    out += _bearing_hills(text)
    return out
