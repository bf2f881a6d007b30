"""MIL_UNIT finder for Simplified Chinese working text.

One precompiled regex finds designations (第37师团, 暂十五军, 第26、37、10军,
第110步兵联队, 一战区司令长官部), named forces from named_units.tsv (关东军,
八路军), IJA code names (菊兵团), direction-named formations (中央兵团,
左、中、右兵团) and coordinated place-named area armies (桂林、荔浦方面军).
A second, rare pass looks before the heads 兵团/支队/远征军/挺进军 for a
commander's name (汤恩伯兵团, 宫下兵团) or a place (豫南挺进军, 印度蓝迦远征军).
A third pass takes region-named military regions (晋察冀军区, 冀中军区, 山东省军区: place names
and province abbreviations before 军区/军分区) and owned 总团/总队 (财政部税警总团). A headquarters
word written with a formation stays inside it (八路军总部, 晋察冀军区司令部; rule 15).
Units written back to back form one span (预十师28团, 国民革命军第74军,
第11军宫下兵团); side words before a unit stay outside (日军第37师团).
Counts (5个师团) and ordinals of events (第2次) never match: a designation
number is followed directly by its echelon word.

Real pages: a lone comma (…军,第53军) is punctuation, a space or a line break may stand
between 第, Arabic digits and the echelon (第 13 军, 31 军 131 师 is one chain); a list may close
with 等 or a count (第30、第41等军, 五十二、七十一两个军: one span). A bare designation
(三十七军, 15军) passes unless counted (约二十师, 二十师之众); one Chinese numeral (五军) only at a
clause start or after a side word (never 三军); 连/排 without 第 need a cue (七连阵地, 二排长). A
service branch right after its parent is a sub-unit (198师特务连). Commanders name 兵团/军团/
集团军/支队 (孙军团, 张某兵团, 佐佐木支队); places name 远征军/派遣军/方面军/志愿队 (缅北远征军).
Japanese formations are named by a Japanese surname (板垣师团, 中岛部队, 加藤大队) or by a place
that is no country, with a qualifier (熊本师团, 台湾混成旅团); direction- and wing-named task forces
(东路军, 右翼军, 左集团) are units, with their sub-unit written after them (西路军第9师).

Every pattern is bounded (numbers of at most 6 digits or 12 numerals, lists of at most 40
items) and a list is read only from its first item, so the finder is linear on any input.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from pipeline.rules.scan import guarded
from pipeline.lexicons import read_rows
from pipeline.normalize.units import (BRANCHES, CORPS_HEADS, HQ, NUM, REGION_HEADS, code_names,
                                      named_units, normalize_unit, _TO_JAPANESE, patterns, prefixes,
                                      side_from_context, to_standard, MAX_LIST, counted_echelon_re)
from pipeline.rules.names import japanese_surnames, surnames
from pipeline.rules.scan import alternative_guard, anchored_finditer
from pipeline.spans import Candidate

LABEL = "MIL_UNIT"
PRIORITY = 60
LEFT_CONTEXT = 12
RIGHT_CONTEXT = 80

_CN_DIGITS = set("〇零一二三四五六七八九十百")
# Small echelons whose bare number (3连) is too ambiguous without 第 or a parent.
_NO_BARE = {"连", "排", "战队"}
# Characters that cannot be part of a commander's name or a place before a head word.
_STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等各该这那其"
            "下入战军师团队旅营连区部个些线力第，。、；：！？（）()「」“”《》 \n\t"
            "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万")
_NAME_STOP = _STOP - set("下入战")
# Single-character surnames that are also function words: a name starting with one is
# re-read without it (和刘戡兵团 → 刘戡兵团).
_FUNCTION_SURNAMES = set("于向将由以令为对及和与同从把被给让经率派调归属辖等在有是时也又但而即乃且都全各该本此其这那")
# Extra characters ruled out for a two-character (typically Japanese) name without a known surname.
_NAME_FALLBACK_STOP = set("国大小全主空航机装坦突快略预后备守警先掩增包攻进追挺游独特抗人民新老此集骑步炮工兵敌我友")
# Troop words that are no names although their characters may be (野沟支队 is a name, 野战支队 not).
_TROOP_WORDS = {"野战", "野炮", "野砲", "野营"}
_NAME_LEFT_BOUNDARY = set("，。、；：（）()「」“”《》 \n\t的之和与及以由令对向将被为在军")
_SIDE_PREFIXES = ("日军", "国军", "我军", "敌军", "美军", "英军", "苏军", "盟军", "该", "各", "我", "敌")


@lru_cache(maxsize=1)
def _master_re() -> re.Pattern:
    p = patterns()
    first = set("0123456789０１２３４５６７８９第中左右东西南北") | _CN_DIGITS
    first |= {w[0] for w in named_units()} | {w[0] for w in prefixes()} | set(code_names())
    first |= {w[0] for w in BRANCHES[3:-1].split("|")}
    first |= {c.translate(_TO_JAPANESE) for c in first}
    first_class = "".join(sorted(re.escape(c) for c in first))
    # each alternative also carries its own first-character guard (scan.alternative_guard): the
    # designations open with look-behinds that would otherwise run at every position the outer
    # guard lets in, and re walks the trie of names branch by branch at a digit
    kinds = ("named", "numeric", "echless", "code", "directional", "branch")
    alternatives = "|".join(f"(?P<{kind}>{alternative_guard(p[kind])}{p[kind]})" for kind in kinds)
    return re.compile(f"(?=[{first_class}])(?:{alternatives})")


@lru_cache(maxsize=1)
def _placelist_re() -> re.Pattern:
    return re.compile(f"(?P<placelist>{patterns()['placelist']})")


def _master_matches(text: str):
    """The matches of (master | placelist) in finditer order: leftmost first, master on a tie.

    Kept as two regexes so the master's first-character look-ahead is not defeated by the
    placelist alternative (which can start at any CJK character)."""
    master = _master_re()
    if "方面军" not in text:  # every placelist match ends in 方面军
        yield from master.finditer(text)
        return
    placelist = _placelist_search
    pos = 0
    a = master.search(text, pos)
    b = placelist(text, pos)
    while a is not None or b is not None:
        if b is None or (a is not None and a.start() <= b.start()):
            hit = a
        else:
            hit = b
        yield hit
        pos = hit.end()
        if a is not None and a.start() < pos:
            a = master.search(text, pos)
        if b is not None and b.start() < pos:
            b = placelist(text, pos)


_PLACELIST_HEAD = "方面军"


def _placelist_search(text: str, pos: int) -> re.Match | None:
    """`_placelist_re().search(text, pos)`, read back from each 方面军: a match is a chain of
    two-character names each followed by 、 (at most MAX_LIST), a last name and 方面军, so its
    possible starts lie every third character back from the head, and the leftmost is the end
    of the chain (a chain cannot cross another 方面军: none of its three characters is 、)."""
    head = text.find(_PLACELIST_HEAD, pos + 5)
    while head != -1:
        start, links = head - 2, 0
        if _two_cjk(text, start):
            while (links < MAX_LIST and start - 3 >= pos and text[start - 1] == "、"
                   and _two_cjk(text, start - 3)):
                start -= 3
                links += 1
        if links:
            return _placelist_re().match(text, start)
        head = text.find(_PLACELIST_HEAD, head + 3)
    return None


def _two_cjk(text: str, at: int) -> bool:
    return at >= 0 and "\u4e00" <= text[at] <= "\u9fff" and "\u4e00" <= text[at + 1] <= "\u9fff"


@lru_cache(maxsize=1)
def _item_start_re() -> re.Pattern:
    return re.compile(rf"(?P<pre>{patterns()['pre']})?(?P<di>第)? ?(?P<num>{NUM})")


@lru_cache(maxsize=1)
def _echelon_end_re() -> re.Pattern:
    p = patterns()
    return re.compile(rf"(?:{p['post']})?(?P<ech>{p['echelon']}){HQ}?$")


_HEAD_RE = re.compile("兵[团団]|军[团団]|集[团団]军|支队|远征军|挺进军|派遣军|方面军|驻屯军|航空志愿队|志愿队"
                      "|师[团団](?![长部])|旅[团団](?![长部])|[联连]队(?![长部])|部队(?![长])|[大中]队(?![长部员伍]|人马)")
# Japanese heads named by a commander's Japanese surname (板垣师团, 中岛部队, 加藤大队) or, except
# 部队/大队/中队, by a place with an optional qualifier (熊本师团, 台湾混成旅团); never by a Chinese name.
_JP_ONLY_HEADS = {"师团", "師団", "师団", "旅团", "旅団", "联队", "连队", "部队", "大队", "中队"}
_SURNAME_ONLY_JP_HEADS = {"部队", "大队", "中队"}
# Heads named after a commander (汤恩伯兵团, 孙军团); the others are named after a place.
_PERSON_HEADS = {"兵团", "兵団", "军团", "军団", "集团军", "集団军", "支队"}
# Heads a commander's surname alone may name (孙军团, 汤兵团), and those that need a known surname.
_SURNAME_ALONE_HEADS = {"兵团", "兵団", "军团", "军団", "支队"}
_JP_NAMED_HEADS = {"支队", "兵团", "兵団"}
_SURNAME_ONLY_HEADS = {"军团", "军団", "集团军", "集団军"}
# Name lengths these heads take: a team nickname is two characters (米兰军团, 庞贝军团), so 军团 takes
# a surname alone or with 某 (孙军团, 关某军团), 集团军 a full three-character name or surname + 某.
_NAME_LENGTHS = {"军团": (), "军団": (), "集团军": (3,), "集団军": (3,)}
# Named forces that a place written before them narrows (印度远征军, 华北派遣军).
_PLACE_EXTENDABLE = {"远征军", "派遣军"}
# Characters that are surnames but, alone before 兵团/军团, describe the troops (重兵团, 精兵团).
_NOT_SURNAME_ALONE = set("重轻精强劲雄众多少两几数诸")
# Named formations whose name is a region or an owner (晋察冀军区, 财政部税警总团), with an
# optional headquarters word (rule 15: 晋察冀军区司令部 is one unit).
_NAMED_HEAD_RE = re.compile(f"(?P<region>{REGION_HEADS})(?P<rhq>{HQ})?|(?P<corps>{CORPS_HEADS})(?P<chq>{HQ})?")
# every head holds 区 (军分区), 野 (野战军), 总 (税警总团), 安 (保安团), 卫 (自卫大队) or 备 (警备大队) within its
# first 3 characters (scan.py)
_NAMED_HEAD_ANCHOR = (re.compile("[区野总安卫备]"), 2)
# Province abbreviations (historical ones included: 察 Chahar, 绥 Suiyuan, 热 Rehe, 康 Xikang)
# that make up base-area names (晋察冀, 晋冀鲁豫, 冀热辽); direction characters follow them (冀中, 鲁南).
_PROVINCE_ABBREVIATIONS = set("京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川黔滇云藏陕甘青宁新察绥热康淮")
_REGION_TAIL_CHARS = set("东西南北中边省")
_REGION_MAX = 8
# Qualified 总团/总队 that name one well-known formation even without their owner.
_CORPS_ALONE = ("税警总团", "教导总队", "别动总队")


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
# One-character qualifiers that end another word after these characters (交警三中队 is police).
_PRE_GLUED = {"警": set("交民武刑巡特乘法狱军")}


def _bare_ok(text: str, start: int, end: int) -> bool:
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
    if left.endswith(_COUNT_BEFORE) or _COUNT_AFTER.match(text, end):
        return False
    if echelon in _NO_BARE:
        if num == "一" and text.startswith("长", end) and f"二{echelon}长" in text[end:end + 40]:
            return True     # 一连长某, 二连长某: the first of the posts listed in order (auditzh21)
        if num in ("一", "百") or echelon == "战队":
            return False
        return bool(_SMALL_CUE_AFTER.match(text, end)) or left.endswith(_SMALL_CUE_BEFORE)
    if num[0] in _CN_DIGITS and len(num) == 1 and echelon != "战区":
        if num == "百" or (num == "三" and echelon == "军") or (num == "一" and echelon == "团"):
            return False
        at_clause_start = start == 0 or text[start - 1] in _CLAUSE_BOUNDARY
        return at_clause_start or side_from_context(text[max(0, start - 8):start]) is not None
    return True


def _spaced_join(text: str, gap: int) -> bool:
    """True if the one character at `gap` is the space PDF-like text puts between a unit and the
    number of its sub-unit (31 军 131 师): the two stay one span."""
    return text[gap] == " " and gap + 1 < len(text) and text[gap + 1] in "0123456789０１２３４５６７８９"


def _code_ok(text: str, start: int) -> bool:
    return start == 0 or text[start - 1] in _NAME_LEFT_BOUNDARY or not ("\u4e00" <= text[start - 1] <= "\u9fff")


def _placelist_ok(match_text: str) -> bool:
    items = match_text[: -len("方面军")].split("、")
    return all(not (set(item) & _STOP) for item in items)


def _echless_ok(text: str, end: int) -> bool:
    window = text[end:end + RIGHT_CONTEXT]
    return counted_echelon_re().search(window) is not None


_RANKS_AFTER_SERVICE = frozenset("大将 中将 少将 上将 准将 大佐 中佐 少佐 上校 中校 少校 大尉 中尉 少尉 上尉 准尉 元帅".split())
_NAMED_FOLLOW_BLOCK = set("委衔械系务饷")   # 务饷: 台湾军务, 湘军饷 (auditzh4: 幫辦臺灣軍務)
# After 派遣/远征 these make 军X a noun of its own (派遣军舰 = send warships).
_VERB_ARMY_FOLLOW = set("舰械需火费港训旗服装机")


def _named_ok(text: str, start: int, end: int) -> bool:
    """A named force not glued into a longer word: 中央军委, 晋军衔, 四川军阀 (川军 inside 四川)."""
    if end < len(text) and text[end] in _NAMED_FOLLOW_BLOCK:
        return False
    if text[end:end + 2] in _RANKS_AFTER_SERVICE and text[end - 2:end] in ("陆军", "海军", "空军"):
        return False              # 日本陆军中校某某: the officer's service and rank, no force (readings; auditzh4)
    if text[start:end].endswith(("派遣军", "远征军")) and end < len(text) and text[end] in _VERB_ARMY_FOLLOW:
        return False              # 派遣军舰, 派遣军械: the verb 派遣 before 军舰/军械
    if start > 0 and end - start <= 3 and _is_cjk(text[start - 1]):
        from pipeline.rules.names_common import word_info
        words = word_info()
        if (end - start == 2 and words.get(text[start - 1 : start + 1], (0, ""))[0] >= 200
                and words.get(text[end - 1 : end + 1], (0, ""))[0] >= 50):
            return False          # 强盛军力, 建树军功: both characters of 盛军/树军 belong to words
        if end - start == 3 and words.get(text[start - 1 : start + 1], (0, ""))[1].startswith("v") \
                and words.get(text[start - 1 : start + 1], (0, ""))[0] >= 200 and text[start + 1 : end] in words:
            return False          # 掩护国军: a verb ends on the force's first character, the rest is a word (auditzh10)
        if text[start - 1 : start + 1] not in _place_words():
            return True
        verb = words.get(text[max(0, start - 2) : start], (0, ""))
        return verb[1].startswith(("v", "a")) and verb[0] >= 200   # 平定|西捻军: the verb owns the place's first character
    return True


@lru_cache(maxsize=1)
def _place_words() -> frozenset:
    """Two-character place names (gazetteer short forms) that can end just inside a named force."""
    from pipeline.normalize.places import place_lexicon

    return frozenset(name for name in place_lexicon() if len(name) == 2)


def _name_before(text: str, head_start: int, unit_ends: frozenset = frozenset(), head: str = "兵团") -> int | None:
    """Start of a commander's name right before 兵团/军团/集团军/支队 (汤恩伯兵团, 刘戡兵团, 宫下兵团,
    张某集团军, 孙军团)."""
    single, compound = surnames()
    if head in _JP_NAMED_HEADS:      # a Japanese commander's surname (佐佐木支队, 坂田兵团)
        jp = japanese_surnames()
        for length in (4, 3, 2):
            if head_start >= length and text[head_start - length:head_start] in jp:
                return head_start - length
    start = _commander_before(text, head_start, unit_ends, head in _SURNAME_ONLY_HEADS,
                              _NAME_LENGTHS.get(head, (3, 2)))
    if start is not None and not (head_start - start == 2 and text[start] in _FUNCTION_SURNAMES):
        return start
    if head in _SURNAME_ALONE_HEADS and head_start >= 1:
        ch = text[head_start - 1]
        before = text[head_start - 2] if head_start >= 2 else "\n"
        if (ch in single and ch not in _FUNCTION_SURNAMES and ch not in _NAME_FALLBACK_STOP
                and ch not in _STOP and ch not in _NOT_SURNAME_ALONE and (before in _NAME_LEFT_BOUNDARY or before in _FUNCTION_SURNAMES
                                         or side_from_context(text[max(0, head_start - 9):head_start - 1]))):
            return head_start - 1
    return start


def _commander_before(text: str, head_start: int, unit_ends: frozenset, surname_only: bool,
                      lengths: tuple = (3, 2)) -> int | None:
    single, compound = surnames()

    def valid(name: str) -> bool:
        return len(name) >= 2 and all(_is_cjk(c) and c not in _NAME_STOP for c in name)

    cands = []
    for length in (3, 2):
        start = head_start - length
        if start < 0:
            continue
        name = text[start:head_start]
        if not valid(name) or not (length in lengths or name[-1] == "某"):
            continue
        if name[0] in single or name[:2] in compound:
            cands.append(start)
    if cands:
        start = cands[0]
        if len(cands) > 1 and text[start] in _FUNCTION_SURNAMES:
            start = cands[1]
        return start
    start = head_start - 2
    if start < 0 or surname_only:
        return None
    name = text[start:head_start]
    if not valid(name) or set(name) & _NAME_FALLBACK_STOP or name in _TROOP_WORDS:
        return None
    if start == 0 or text[start - 1] in _NAME_LEFT_BOUNDARY or start in unit_ends:
        return start
    return None


def _jp_named_before(text: str, head_start: int, head: str) -> int | None:
    """Start of a Japanese surname (板垣师团, 中岛部队) or, for heads other than 部队, of a place with
    an optional qualifier (熊本师团, 台湾混成旅团) right before a Japanese head."""
    jp = japanese_surnames()
    for length in (4, 3, 2):
        start = head_start - length
        if start >= 0 and text[start:head_start] in jp and not (start > 0 and text[start - 1] in "个几两数各每该本"):
            if head in _SURNAME_ONLY_JP_HEADS and _ordinary_word(text[start:head_start]):
                continue          # 水上部队, 山中部队: troops on the water, in the hills
            return start
    if head in _SURNAME_ONLY_JP_HEADS:
        return None
    return _strict_place_before(text, head_start)


def _ordinary_word(word: str) -> bool:
    """A frequent dictionary word that is no personal name (水上, 河边, 高山)."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 300 and not entry[1].startswith("nr")


@lru_cache(maxsize=1)
def _place_qualifiers() -> tuple[str, ...]:
    """"" and the unit qualifiers of two characters or more, longest first."""
    return ("",) + tuple(sorted((q for q in prefixes() if len(q) >= 2), key=len, reverse=True))


@lru_cache(maxsize=1)
def _place_qualifiers_by_last() -> dict[str, tuple[str, ...]]:
    """_place_qualifiers by their last character, "" first and in their order: only those ending with the
    character before a head can end there."""
    by_last: dict[str, list[str]] = {}
    for qual in _place_qualifiers()[1:]:
        by_last.setdefault(qual[-1], []).append(qual)
    return {last: ("",) + tuple(quals) for last, quals in by_last.items()}


def _strict_place_before(text: str, head_start: int) -> int | None:
    """Start of a known place name, optionally followed by a unit qualifier (混成, 骑兵), that ends
    right before the head and starts a word (a side word or punctuation before it)."""
    places = _all_place_names()          # a country only says whose (日本师团: Japanese divisions)
    for qual in _place_qualifiers_by_last().get(text[head_start - 1:head_start], ("",)):
        end = head_start - len(qual)
        if qual and not text.startswith(qual, end):
            continue
        for length in (4, 3, 2):
            start = end - length
            if start < 0 or text[start:end] not in places:
                continue
            before = text[start - 1] if start > 0 else "\n"
            if (before in _NAME_LEFT_BOUNDARY or not _is_cjk(before)
                    or side_from_context(text[max(0, start - 8):start]) is not None):
                return start
    return None


def _place_before(text: str, head_start: int) -> int | None:
    """Start of a place run right before 远征军/挺进军/方面军… (豫南挺进军, 印度蓝迦远征军): up to
    6 characters after any side word, starting with a known place or province abbreviations
    (编成远征军, 参阅远征军 are no places)."""
    start = _raw_place_before(text, head_start)
    if start is None:
        return None
    run = text[start:head_start]
    places = _place_words_any()
    if any(run[:n] in places or _region_decomposes(run[:n]) for n in range(2, len(run) + 1)):
        return start
    return None


@lru_cache(maxsize=1)
def _place_words_any() -> frozenset:
    from pipeline.normalize.places import place_lexicon

    return frozenset(name for name in place_lexicon() if len(name) >= 2)


def _raw_place_before(text: str, head_start: int) -> int | None:
    start = head_start
    while start > 0 and head_start - start < 7 and _is_cjk(text[start - 1]) and text[start - 1] not in _STOP:
        start -= 1
    if head_start - start > 6:
        return None
    for word in _SIDE_PREFIXES:
        if text.startswith(word, start) and head_start - start > len(word):
            start += len(word)
            break
    return start if head_start - start >= 2 else None


@lru_cache(maxsize=1)
def _owner_words() -> frozenset:
    """Organisation names (organisations.tsv names and aliases) that can own a 总团/总队."""
    words = set()
    for cols in read_rows("organisations.tsv"):
        words.add(cols[0])
        if len(cols) > 1:
            words.update(w for w in cols[1].split(",") if w)
    return frozenset(w for w in words if len(w) >= 2)


@lru_cache(maxsize=4096)
def _region_decomposes(name: str) -> bool:
    """True if `name` is made of place names and province abbreviations (晋察冀, 冀中, 山东省)."""
    places = _all_place_names()
    ok = [False] * (len(name) + 1)
    ok[len(name)] = True
    for i in range(len(name) - 1, -1, -1):
        ch = name[i]
        if ch in _PROVINCE_ABBREVIATIONS and ok[i + 1]:
            ok[i] = True
        elif i > 0 and ch in _REGION_TAIL_CHARS and ok[i + 1]:
            ok[i] = True
        else:
            ok[i] = any(ok[j] and name[i:j] in places for j in range(i + 2, len(name) + 1))
    return ok[0]


@lru_cache(maxsize=1)
def _all_place_names() -> frozenset:
    from pipeline.normalize.places import place_lexicon

    # a country before a region only modifies it (rule 6: 苏联 + 远东军区)
    return frozenset(name for name, entry in place_lexicon().items()
                     if len(name) >= 2 and entry.kind not in ("country", "continent", "ocean"))


def _region_before(text: str, head_start: int) -> int | None:
    """Start of a region name right before 军区/军分区 (晋察冀军区, 冀中军区, 山东省军区)."""
    limit = head_start    # the name is a run of CJK characters that are no function words
    while limit > 0 and head_start - limit < _REGION_MAX and _is_cjk(text[limit - 1]) and text[limit - 1] not in _STOP:
        limit -= 1
    for start in range(limit, head_start - 1):
        if _region_decomposes(text[start:head_start]):
            return start
    return None


def _owner_before(text: str, head_start: int) -> int | None:
    """Start of an organisation or place owning a 总团/总队 (财政部税警总团, 江苏省保安总队); the people's
    self-defence corps keeps 民众 between its county and its head (滕县民众自卫总队, auditzh21)."""
    owners, places = _owner_words(), _all_place_names()
    if text.startswith("民众自卫", head_start - 2):
        head_start -= 2
    for length in range(min(_REGION_MAX, head_start), 1, -1):
        start = head_start - length
        name = text[start:head_start]
        bare = name[:-1] if name[-1] in "省市县" else name
        if name in owners or bare in places or name in places:    # 滕县 (a county known with its 县)
            return start
    return None


def _is_cjk(ch: str) -> bool:
    """True for a CJK unified ideograph."""
    return "\u4e00" <= ch <= "\u9fff"


_SHORT_TEXT = 200


def _spans(text: str) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for m in _master_matches(text):
        kind, start, end = m.lastgroup, m.start(), m.end()
        ok = True
        chained = start == last_end or (last_end >= 0 and start == last_end + 1 and _spaced_join(text, last_end))
        if kind == "numeric":
            ok = chained or _bare_ok(text, start, end)
            if start > 0 and text[start - 1] in _PRE_GLUED.get(text[start], ()) \
                    and not text.startswith(("警卫", "警备"), start):   # 伪军|警卫第3师: 警卫 is no 军警
                ok = False
        elif kind == "branch":
            ok = chained    # only as the sub-unit of the unit just before (198师特务连)
        elif kind == "code":
            ok = start == last_end or _code_ok(text, start)
        elif kind == "placelist":
            ok = _placelist_ok(m.group(0))
        elif kind == "echless":
            ok = _echless_ok(text, end)
        elif kind == "named":
            ok = _named_ok(text, start, end)
        elif kind == "directional":   # 山东路军: 东 ends a place name
            ok = not (start > 0 and text[start - 1 : start + 1] in _place_words())
        if ok and kind == "named" and _HQ_TAIL.sub("", m.group(0)) in _PLACE_EXTENDABLE:
            place_start = _place_before(text, start)
            if place_start is not None and place_start >= max(last_end, 0):
                start, kind = place_start, "head"
        if ok:
            found.append((start, end, kind))
            last_end = end
    starts = [s for s, _, _ in found]
    ends = frozenset(e for _, e, _ in found)
    extra = []
    for h in _HEAD_RE.finditer(text):
        hs, he = h.start(), h.end()
        i = bisect.bisect_right(starts, hs) - 1
        if i >= 0 and found[i][1] > hs:
            continue
        if h.group(0) in _JP_ONLY_HEADS:
            start = _jp_named_before(text, hs, h.group(0))
        elif h.group(0) in _PERSON_HEADS:
            start = None if text.startswith("长", he) else _name_before(text, hs, ends, h.group(0))
            if start is None and h.group(0) == "支队":
                start = _strict_place_before(text, hs)
        elif h.group(0) in _PLACE_EXTENDABLE and he < len(text) and text[he] in _VERB_ARMY_FOLLOW:
            start = None
        else:
            start = _place_before(text, hs)
        if start is not None and (i < 0 or found[i][1] <= start):
            hq = _HQ_AT.match(text, he)   # rule 15: 汤恩伯兵团司令部 is one unit
            extra.append((start, hq.end() if hq else he, "head"))
    # a short text (a designation another finder reads again: memoir_forms_zh) is scanned by re itself,
    # the same matches: scan's per-text character places stay those of the document being tagged
    named_heads = (_NAMED_HEAD_RE.finditer(text) if len(text) < _SHORT_TEXT
                   else anchored_finditer(_NAMED_HEAD_RE, text, *_NAMED_HEAD_ANCHOR))
    for h in named_heads:
        hs, he = h.start(), h.end()
        i = bisect.bisect_right(starts, hs) - 1
        if i >= 0 and found[i][1] > hs:
            continue              # inside a designation (第九军分区)
        if h.group("region"):
            start = _region_before(text, hs)
        else:
            start = _owner_before(text, hs)
            if start is None and h.group("corps") in _CORPS_ALONE:
                start = hs
        if start is not None and (i < 0 or found[i][1] <= start):
            extra.append((start, he, "head"))
    if extra:
        found = sorted(found + extra)
    return found


_HQ_TAIL = re.compile(f"{HQ}$")
_HQ_AT = re.compile(HQ)
_TITLE_RE = re.compile("《[^《》\n]{0,80}》")


def _outside_titles(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Drop spans inside a 《title》 (guidelines rule 11)."""
    if "《" not in text:
        return spans
    titles = [(m.start(), m.end()) for m in _TITLE_RE.finditer(text)]
    starts = [s for s, _ in titles]
    out = []
    for span in spans:
        i = bisect.bisect_right(starts, span[0]) - 1
        if i >= 0 and titles[i][1] > span[0]:
            continue
        out.append(span)
    return out


def find_units(text: str) -> list[Candidate]:
    """MIL_UNIT candidates (label MIL_UNIT, priority 60) with their normalised values."""
    merged: list[list] = []
    for start, end, kind in _outside_titles(text, _spans(text)):
        two_forces = (kind == "named" and merged and merged[-1][2][-1] == "named"     # 新四军八路军: two armies
                      and text[start - 1] == "军" and text[end - 1] == "军")             # side by side (auditzh9)
        if merged and not two_forces and (merged[-1][1] == start or (
                merged[-1][1] + 1 == start and _spaced_join(text, start - 1) and kind == "numeric")):
            merged[-1][1] = end
            merged[-1][2].append(kind)
        else:
            merged.append([start, end, [kind]])
    out = []
    for start, end, kinds in merged:
        if kinds == ["named"] and _veteran_word(text, start, end):
            continue
        norm = normalize_unit(text[start:end], text[max(0, start - LEFT_CONTEXT):start],
                              text[end:end + RIGHT_CONTEXT])
        source = "lexicon:unit" if all(k in ("named", "code") for k in kinds) else "rule:unit"
        out.append(Candidate(start, end, LABEL, source, PRIORITY, norm))
    return out


def _veteran_word(text: str, start: int, end: int) -> bool:
    """老红军, 老八路: a word for a veteran (jieba lists it) holds the force's name, and names a person, not the
    force (guideline 12, a bound form; auditzh24)."""
    from pipeline.rules.names_common import word_info
    return start > 0 and text[start - 1] == "老" and "老" + text[start:end] in word_info()


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
_NAMED_HEAD_RE = guarded(_NAMED_HEAD_RE)
_HEAD_RE = guarded(_HEAD_RE)
