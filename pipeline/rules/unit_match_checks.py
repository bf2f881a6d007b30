"""Checks of the MIL_UNIT finder's first-pass matches (pipeline.rules.units `_spans`), by kind: a bare
designation without 第 (counted: 约二十师; one numeral only at a clause start: 五军; 连/排 with a cue: 七连阵地),
a code name, a place list, an echelon-less designation, a named force glued into a longer word (中央军委,
派遣军舰, 强盛军力)."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.normalize.units import HQ, NUM, counted_echelon_re, patterns, side_from_context, to_standard
from pipeline.rules.unit_head_names import NAME_LEFT_BOUNDARY, STOP, is_cjk
from pipeline.rules.unit_master_scan import CN_DIGITS
from pipeline.rules.unit_precision_guards_zh import counted_series

RIGHT_CONTEXT = 80   # characters after a unit its checks and its normaliser read (pipeline.rules.units)
# Small echelons whose bare number (3连) is too ambiguous without 第 or a parent.
_NO_BARE = {"连", "排", "战队"}


@lru_cache(maxsize=1)
def _item_start_re() -> re.Pattern:
    return re.compile(rf"(?P<pre>{patterns()['pre']})?(?P<di>第)? ?(?P<num>{NUM})")


@lru_cache(maxsize=1)
def _echelon_end_re() -> re.Pattern:
    p = patterns()
    return re.compile(rf"(?:{p['post']})?(?P<ech>{p['echelon']}){HQ}?$")


# Left boundaries after which a bare one-character designation (五军, 九师) may start a clause.
_CLAUSE_BOUNDARY = set("，。、；：！？（）()「」“”《》 \n\t,;:!?")
# A bare number in a counting context is a count, not a designation (调集二十师之众).
_COUNT_BEFORE = ("约", "共", "计", "达", "近", "凡", "多达", "不下", "总计", "合计", "调集", "集中",
                 "集结", "动用", "投入", "出动", "拥有", "增至", "扩至", "扩编为", "缩编为")
_COUNT_AFTER = re.compile("之众|之兵(?!站)|之师(?![长部])|之多|以上|左右|上下")
# A bare small unit (七连, 二排) needs a sign that a unit is meant, right after it or just before.
_SMALL_CUE_AFTER = re.compile("阵地|官兵|战士|士兵|全体|伤亡|长(?![期达久时度江城沙安])|指导员|坚守|守卫|据守"
                              "|奉命|防守|防地|驻地|余部|主力|正面|侧翼")
_SMALL_CUE_BEFORE = ("左翼", "右翼", "两翼")


def bare_ok(text: str, start: int, end: int) -> bool:
    """A designation without 第 or qualifier (see module docstring).

    Arabic numbers and Chinese ones of 2+ characters pass unless counted (约二十师, 二十师之众);
    one Chinese numeral (五军, 九师) only at a clause start or after a side word, never 三军 (the
    three services); the small echelons 连/排 only with a cue (七连阵地, 二排长, 右翼九连).
    """
    match_text = text[start:end]
    m = _item_start_re().match(match_text)
    if m and m.group("pre") and not m.group("di") and m.group("num") == "三" \
            and to_standard(m.group("pre")) in ("海军", "陆军", "空军") and match_text.endswith(("军", "軍")):
        return False    # 海军三军联合…: a service before the three services, no 3rd army (auditzh15)
    if not m or m.group("pre") or m.group("di"):
        return True
    em = _echelon_end_re().search(match_text)
    echelon = to_standard(em.group("ech")) if em else ""
    num = m.group("num")
    if echelon == "部队":
        return num[0].isdigit() and 3 <= len(num) <= 5 and not num.endswith("00")
    left = text[max(0, start - 4):start]
    if left.endswith(_COUNT_BEFORE) or _COUNT_AFTER.match(text, end) or counted_series(text, start, end):
        return False    # 8军16个师, 10营、5000人, 两旅团、四步兵联队: counts in a series (prezh3)
    if echelon == "营" and _bare_battalion_count(num):
        return False    # 淮军最初的13营, 铭、建4营回援, 武卫先锋队二十营: battalions counted (Qing 营 of ~500 men)
    if echelon in _NO_BARE:
        if num == "一" and text.startswith("长", end) and f"二{echelon}长" in text[end:end + 40]:
            return True     # 一连长某, 二连长某: the first of the posts listed in order (auditzh21)
        if num in ("一", "百") or echelon == "战队":
            return False
        return bool(_SMALL_CUE_AFTER.match(text, end)) or left.endswith(_SMALL_CUE_BEFORE)
    if num[0] in CN_DIGITS and len(num) == 1 and echelon != "战区":
        if num == "百" or (num == "三" and echelon == "军") or (num == "一" and echelon == "团"):
            return False
        at_clause_start = start == 0 or text[start - 1] in _CLAUSE_BOUNDARY
        return at_clause_start or side_from_context(text[max(0, start - 8):start]) is not None
    return True


def _bare_battalion_count(num: str) -> bool:
    """A bare 营 number above 3 counts battalions: a regiment numbers its own battalions 1-3 (三营, 3营), while
    late-Qing and warlord armies were counted in 营 (十营, 32营, as real-dev7's gold reads them: QUANTITY)."""
    from pipeline.normalize.units import parse_number

    value = parse_number(num.strip())
    return value is not None and value > 3


def spaced_join(text: str, gap: int) -> bool:
    """True if the one character at `gap` is the space PDF-like text puts between a unit and the
    number of its sub-unit (31 军 131 师): the two stay one span."""
    return text[gap] == " " and gap + 1 < len(text) and text[gap + 1] in "0123456789０１２３４５６７８９"


def code_ok(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in NAME_LEFT_BOUNDARY or not ("\u4e00" <= text[start - 1] <= "\u9fff")


def placelist_ok(match_text: str) -> bool:
    items = match_text[: -len("方面军")].split("、")
    return all(not (set(item) & STOP) for item in items)


def echless_ok(text: str, end: int) -> bool:
    window = text[end:end + RIGHT_CONTEXT]
    return counted_echelon_re().search(window) is not None


_RANKS_AFTER_SERVICE = frozenset("大将 中将 少将 上将 准将 大佐 中佐 少佐 上校 中校 少校 大尉 中尉 少尉 上尉 准尉 元帅".split())
_NAMED_FOLLOW_BLOCK = set("委衔械系务饷")   # 务饷: 台湾军务, 湘军饷 (auditzh4: 幫辦臺灣軍務)
# After 派遣/远征 these make 军X a noun of its own (派遣军舰 = send warships).
VERB_ARMY_FOLLOW = set("舰械需火费港训旗服装机")


# a wing or van of a route (X路的左翼纵队, 东路之右翼兵团): the route's part, named by its place in the march
_ROUTE_WING = re.compile("(?:[左右]翼|中路|前卫|后卫)(?:纵队|兵团|部队|军)")
_ROUTE_OF = ("路的", "路之")


def route_wing(text: str, start: int, end: int) -> bool:
    """第二路的左翼纵队: a wing of a route, a part of a grouping named by its place, no designation (rule 5)."""
    return text[max(0, start - 2):start] in _ROUTE_OF and _ROUTE_WING.fullmatch(text, start, end) is not None


# the nouns 军 opens after a verb's object (维持治安|军警, 安定社会|军民): no named force ends before them
_ARMED_BODIES = frozenset(("军警", "军民", "军政"))


def named_ok(text: str, start: int, end: int) -> bool:
    """A named force not glued into a longer word: 中央军委, 晋军衔, 四川军阀 (川军 inside 四川)."""
    if end < len(text) and text[end] in _NAMED_FOLLOW_BLOCK and text[end:end + 2] != "系统":
        return False              # 湘军系|X (a faction) but 属于湘军|系统 (the force's system; auditzh42)
    if text[end:end + 2] in _RANKS_AFTER_SERVICE and text[end - 2:end] in ("陆军", "海军", "空军"):
        return False              # 日本陆军中校某某: the officer's service and rank, no force (readings; auditzh4)
    if text[start:end].endswith(("派遣军", "远征军")) and end < len(text) and text[end] in VERB_ARMY_FOLLOW:
        return False              # 派遣军舰, 派遣军械: the verb 派遣 before 军舰/军械
    if start > 0 and end - start <= 3 and is_cjk(text[start - 1]):
        from pipeline.rules.names_common import word_info
        words = word_info()
        if (end - start == 2 and words.get(text[start - 1 : start + 1], (0, ""))[0] >= 200
                and words.get(text[end - 1 : end + 1], (0, ""))[0] >= 50):
            return False          # 强盛军力, 建树军功: both characters of 盛军/树军 belong to words
        if end - start == 3 and words.get(text[start - 1 : start + 1], (0, ""))[1].startswith("v") \
                and words.get(text[start - 1 : start + 1], (0, ""))[0] >= 200 and text[start + 1 : end] in words:
            return False          # 掩护国军: a verb ends on the force's first character, the rest is a word (auditzh10)
        if end - start == 3 and words.get(text[max(0, start - 2):start], (0, ""))[1].startswith("v") \
                and words.get(text[max(0, start - 2):start], (0, ""))[0] >= 200 \
                and words.get(text[start:start + 2], (0, ""))[0] >= 200 and text[end - 1:end + 1] in _ARMED_BODIES:
            return False          # 维持治安|军警: a verb's object opens the name and 军 opens 军警/军民/军政 (s30zhunit)
        if text[start - 1 : start + 1] not in place_words():
            return True
        verb = words.get(text[max(0, start - 2) : start], (0, ""))
        return verb[1].startswith(("v", "a")) and verb[0] >= 200   # 平定|西捻军: the verb owns the place's first character
    return True


@lru_cache(maxsize=1)
def place_words() -> frozenset:
    """Two-character place names (gazetteer short forms) that can end just inside a named force."""
    from pipeline.normalize.places import place_lexicon

    return frozenset(name for name in place_lexicon() if len(name) == 2)
