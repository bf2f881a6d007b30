"""Where an ORG name starts: the anchors written before an institution head (for orgs.py and its pattern
modules). A place or province abbreviations, an institutional prefix (国立, 中央), a proper-noun word
(清华, 北洋), a whole transliterated name (普渡) or, before banks and societies, an ordinary noun (盐业);
the descriptive words allowed between anchor and head (航空, 陆军军官); whether a word starts at a
position; and places that only modify a name of its own (北京 + 清华学校).
"""

from __future__ import annotations

import re

from pipeline.rules.names_common import translit_chars, known_places, word_info
from pipeline.rules.place_abbreviations import province_abbreviations

PROVINCE_ABBR = province_abbreviations(plus="云贵陇", without="港澳")


# the word 其中 ("among them"): its second character never opens a name written after it
AMONG = "其中"


def place_suffix(text: str, start: int, end: int) -> int:
    """Start of the longest place name / province-abbreviation run ending at `end` (>= start), or -1."""
    places = known_places()
    for begin in range(start, end - 1):
        if text.startswith(AMONG, begin - 1):
            continue   # 其中|某地海关: 其中 (among them) is one word, its 中 opens no place (session 28, s28zhorg)
        piece = text[begin:end]
        if piece in places or all(ch in PROVINCE_ABBR for ch in piece):
            return begin
    return -1


# generic words before a bank or society head (外国银行, 商业银行, 各地商会): a kind, not a name
GENERIC_QUALIFIERS = frozenset(
    "商业 外国 外资 外商 国有 国营 民营 私营 地方 本国 各国 各地 投资 储蓄 发行 开发 信托 抵押 新式 旧式 "
    "大型 小型 全国 当地 本地 中外 华资 官办 商办 合作 这些 一些 其他 有关 所有 主要 若干 同业 该"
    # a whole or every place (全县商会, 各县分会, 本省红十字会): the body of any place, no name (s23zhenc)
    " 全县 全省 全市 全区 全镇 全乡 各县 各省 各市 各区 各镇 各乡 本县 本省 本市 该县 该省 该市".split()
)

# institutional words that may start a name like a place does (中央银行, 国立中央大学)
_ORG_PREFIXES = frozenset("中央 国立 省立 市立 县立 私立 中华 国民 帝国 皇家".split())
_ANCHOR_POS = ("ns", "nt", "j")

MIDDLE_STOP = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "为以将兼任暨同因获遭受奉亲急仍还再年月日时后前说称有"
    "正"   # 政府正处在…: an adverb, not the name of a sub-office (正处)
)
_WORD_POS_OK = ("n", "vn", "b", "j", "an", "l", "g")


def foreign_anchor(text: str, begin: int, end: int) -> bool:
    """A whole transliterated name (普渡, 维吉尼亚): transliteration characters only, not glued to more
    of them before, and no ordinary word."""
    chars = translit_chars()
    piece = text[begin:end]
    if not all(ch in chars for ch in piece) or (begin > 0 and text[begin - 1] in chars or text[begin - 1] in "·•"):
        return False
    if end < len(text) and text[end] in chars:
        return False
    entry = word_info().get(piece)
    if entry and entry[1].startswith(("nr", "ns", "nz")):
        return True
    return end - begin >= 3 and not (entry and entry[0] >= 100)


def _word_anchor(text: str, begin: int, end: int) -> bool:
    """An ordinary two-character noun naming a bank or society (盐业, 大陆, 四行), starting a word."""
    piece = text[begin:end]
    if end - begin != 2 or piece in GENERIC_QUALIFIERS or any(ch in MIDDLE_STOP for ch in piece):
        return False
    entry = word_info().get(piece)
    if not entry or entry[1][:1] not in ("n", "j") or not word_starts_at(text, begin):
        return False
    return not (begin > 0 and text[begin - 1] in "的之")


def _proper_start(text: str, begin: int, head_start: int) -> int:
    """End of a proper-name word (清华, 南开, 哥伦比亚) starting at `begin`, if the rest up to the head is
    clean; else -1. Used to leave a city that only modifies a school's own name outside it."""
    for size in (4, 3, 2):
        end = begin + size
        if end > head_start:
            continue
        piece = text[begin:end]
        entry = word_info().get(piece)
        proper = piece in known_places() or (entry and entry[1] in ("nz", "nt", "ns", "j") and entry[0] >= 20)
        if not proper and size >= 2 and foreign_anchor(text, begin, end) and not text[end] in translit_chars():
            proper = True
        if proper and clean_middle(text[end:head_start]):
            return end
    return -1


def _town_names():
    from pipeline.rules.place_towns import tables

    return tables()[0]


def _is_anchor(text: str, begin: int, end: int) -> bool:
    """A place, province abbreviations, an institutional prefix, or a proper-noun word (北洋, 清华)
    that starts a word (after punctuation, a particle or a verb: 毕业于北洋…, 考入清华…)."""
    piece = text[begin:end]
    if piece in known_places() or piece in _ORG_PREFIXES:
        return True
    if len(piece) >= 3 and piece[-1] in "镇乡" and piece in _town_names():
        return True    # 沙岭镇人民政府, 某乡中心小学: a town of the towns gazetteer (session 13, auditzh16's report)
    if len(piece) <= 3 and all(ch in PROVINCE_ABBR for ch in piece):
        return True
    entry = word_info().get(piece)
    if not entry or entry[1] not in _ANCHOR_POS or entry[0] < 20 or any(ch in MIDDLE_STOP for ch in piece):
        return False
    return word_starts_at(text, begin)


def word_starts_at(text: str, pos: int) -> bool:
    """True when a new word plausibly starts at pos: text start, after punctuation, a particle or a verb."""
    if pos == 0:
        return True
    before = text[pos - 1]
    if before.isdigit():
        return False
    if before in MIDDLE_STOP or not ("\u4e00" <= before <= "\u9fff"):
        return True
    entry = word_info().get(text[max(0, pos - 2) : pos])
    return bool(entry) and entry[1][:1] in ("v", "p", "c", "u", "d")


# verbs of founding or convening: an institution named after them is their object, not part of the anchor's name
# (在省委领导下成立军事委员会 → no 省委…委员会; the word walk below can misread 下成|立 and miss 成立; auditzh38)
_FOUNDING_VERBS = ("成立", "建立", "组建", "筹建", "设立", "召开", "领导下")
# one-character verbs of setting up or running, alone between a place and a head (某地设商会, 某县办医院; s23zhenc)
_ONE_CHARACTER_VERBS = frozenset("设办建开创立组置兴有无")


def clean_middle(middle: str) -> bool:
    """True when the words between an anchor and a head describe the institution (航空, 陆军军官)."""
    if len(middle) > 8 or any(ch in MIDDLE_STOP or not ("\u4e00" <= ch <= "\u9fff")
                              for ch in middle.replace("临时", "临")):     # 临时 is no time word (auditzh9)
        return False
    if middle in _ONE_CHARACTER_VERBS:
        return False   # 某地|设|商会, 某县|办|学校: a verb of setting up between the place and the head (s23zhenc)
    if any(verb in middle for verb in _FOUNDING_VERBS):
        return False
    info = word_info()
    pos = 0
    while pos < len(middle):
        for size in (4, 3, 2):
            entry = info.get(middle[pos : pos + size]) if pos + size <= len(middle) else None
            if entry:
                if entry[1] not in _WORD_POS_OK and not entry[1].startswith("n") and entry[0] >= 1000:
                    return False
                pos += size
                break
        else:
            pos += 1
    return True


def anchor_before(text: str, begin: int) -> int:
    """Start of a place / prefix written right before `begin` (美国 in 美国哥伦比亚大学), else begin."""
    places = known_places()
    for size in (4, 3, 2):
        piece = text[begin - size : begin] if begin - size >= 0 else ""
        if piece and (piece in places or piece in _ORG_PREFIXES):
            return begin - size
    return begin


def known_institution_start(text: str, head_end: int) -> int:
    """Start of a dictionary organisation name (jieba `nt`: 清华大学) ending at head_end, else -1."""
    info = word_info()
    for size in (6, 5, 4, 3):
        entry = info.get(text[head_end - size : head_end]) if head_end - size >= 0 else None
        if entry and entry[1] == "nt" and word_starts_at(text, head_end - size):
            first = info.get(text[head_end - size : head_end - size + 2])
            if first and first[0] >= 100 and first[1].startswith(("v", "a", "d")) and text.endswith("电台", 0, head_end):
                return -1  # 广播电台: a kind of station, not a name (建设银行 is one)
            return head_end - size
    return -1


def straddling_place(text: str, begin: int) -> int:
    """Start of a place name that begins before `begin` and runs into it (黑|龙江 → 黑龙江), else begin."""
    places = known_places()
    for back in (3, 2, 1):
        for size in range(back + 1, back + 4):
            if begin - back >= 0 and text[begin - back : begin - back + size] in places:
                return begin - back
    return begin


_LEADING_ORDINAL = re.compile("第[一二三四五六七八九十]{1,2}(?!大)")  # 第三大银行: a rank, no name
_ORDINAL_HEADS = ("档案馆", "图书馆", "研究所", "研究院", "研修所", "医院", "法院")


def anchor_start(text, head_start, bare_ok, word_ok, anchor=None, sizes=(4, 3, 2)) -> int:
    """Start of the nearest clean anchor before an institution head (place, prefix, proper word;
    with `word_ok` also an ordinary two-character noun right before the head), else -1."""
    anchor = anchor or _is_anchor
    for begin in range(head_start - 2, max(-1, head_start - 11), -1):
        for size in sizes:
            if begin + size > head_start:
                continue
            if not (
                anchor(text, begin, begin + size)
                or (word_ok and begin + size == head_start and _word_anchor(text, begin, begin + size))
            ):
                continue
            middle = text[begin + size : head_start]
            ordinal = _LEADING_ORDINAL.match(middle)  # 某某第二历史档案馆: an ordinal, then the kind
            numbered_school = bool(ordinal) and ordinal.end() == len(middle) and text.startswith("师范", head_start)
            if ordinal and ordinal.end() < len(middle) and text.startswith(_ORDINAL_HEADS, head_start):
                middle = middle[ordinal.end():]
            elif numbered_school:
                middle = ""     # 湖南第一师范: a province's numbered normal school
            if (middle or bare_ok or numbered_school) and clean_middle(middle):
                while begin > 0 and text[begin - 1] in PROVINCE_ABBR and head_start - begin < 6 and all(
                        ch in PROVINCE_ABBR for ch in text[begin:begin + size]):
                    begin -= 1     # 闽浙赣省, 冀鲁豫边区: the whole run of provinces' one-character names
                return begin
    return -1


def without_modifying_place(text: str, start: int, head_start: int) -> int:
    """Start of the name after places that only modify it (北京 + 清华学校, 美国 + 哥伦比亚大学):
    a place is left out when a proper name of its own follows it before the head."""
    places = known_places()
    for _ in range(3):
        for size in (4, 3, 2):
            if start + size < head_start and text[start : start + size] in places:
                if _proper_start(text, start + size, head_start) > 0:
                    start += size
                    break
                return start
        else:
            return start
    return start
