"""Shared helpers of the EVENT and FAC finders: walking left from a head word over a name.

A name part is made of place names (gazetteer, jieba `ns`), abbreviation characters
(豫, 湘, 桂, 长, 衡), direction characters; a verb, particle, demonstrative or generic
word stops the walk (`_name_start`). `_free_name_start` takes an unfamiliar 2–4
character name back to a stop character, verb or preposition (八字桥, 四行仓库).
"""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows
from pipeline.rules.names import is_common_word, known_places, surnames, word_info
from pipeline.rules.names_common import is_han as is_cjk
from pipeline.rules.place_abbreviations import ROUTE_CHARS

# Heads that name a street after a person (张自忠路, 中正街): the free name must look like a person's.
PERSON_NAMED_HEADS = {"路", "街", "大道"}


FREE_STOP = set("座条处个家所间栋幢道某几多这那些上下里内外边旁前后左右附近和与同及或跟经沿过小之且")

# Conventional one-character abbreviations of provinces, cities, countries and railways
# (豫湘桂, 长衡, 桂柳, 滇缅, 平汉, 陇海, 柳邕): the route view of lexicons/place_abbreviations.tsv.
ABBREVIATIONS = ROUTE_CHARS
DIRECTIONS = set("东南西北中")
PLACE_SUFFIXES = set("头口关岭寨镇村堡集店铺坡岗峰渡湾洲")
STOP_CHARS = set(
    "的了在是和与及等于被把对向从由令率指认所其此该这那各每本均皆都也又亦即则乃便就已曾并而但却到至往们个"
    "次场起发打完进攻守防整全有持续此"
)
PREPOSITIONS = set("在于向从自至到往经由")
CHINESE_DIGITS = "〇零一二三四五六七八九十廿卅百"
_PAREN_BEFORE = re.compile(r"[（(][\u4e00-\u9fff]{1,2}[)）]$")
_PAREN_END_CHARS = frozenset(")）\n")


def is_place_token(token: str) -> bool:
    if token in known_places():
        return True
    info = word_info().get(token)
    if info and info[1] == "ns" and info[0] >= 20 and token[-1] not in "路部方面边侧线":  # 长城, 滇西
        return True
    return all(ch in ABBREVIATIONS or ch in DIRECTIONS for ch in token) and any(
        ch in ABBREVIATIONS for ch in token
    )


def token_before(text: str, end: int, floor: int) -> tuple[int, bool]:
    """The longest place or dictionary word ending at `end`: (start, is_place_like)."""
    places = known_places()
    words = word_info()
    if end - 3 >= floor and text[end - 1] in DIRECTIONS and text[end - 2] in "河江":
        for length in (4, 3):      # 子牙河东战役: the side of a river jieba knows, not the place 河东 (auditzh24)
            if end - 1 - length >= floor and words.get(text[end - 1 - length : end - 1], (0, ""))[1] == "ns":
                return end - 1 - length, True
    for length in (5, 4, 3, 2):
        if end - length >= floor and text[end - length : end] in places:
            return end - length, True
    char = text[end - 1]
    if char in PLACE_SUFFIXES:  # 邙山|头, 娘子|关: a place name plus a landform/settlement suffix
        for length in (4, 3, 2):
            if end - 1 - length >= floor and text[end - 1 - length : end - 1] in places:
                return end - 1 - length, True
    for length in (5, 4, 3, 2):
        start = end - length
        if start >= floor and text[start:end] in words:
            return start, is_place_token(text[start:end])
    if char in STOP_CHARS:
        return end - 1, False
    return end - 1, char in ABBREVIATIONS or char in DIRECTIONS


def name_start(text: str, head_start: int, max_len: int = 10) -> int:
    """Start of the place-like name part ending at head_start (== head_start when none)."""
    floor = max(0, head_start - max_len)
    pos = head_start
    while pos > floor:
        # a match ends at pos (or before a line break there, as $ allows): a bracket or a break must stand there
        paren = _PAREN_BEFORE.search(text, floor, pos) if text[pos - 1] in _PAREN_END_CHARS else None
        if paren and paren.start() > floor:  # 桂越(南)公路: a parenthesised insert inside the name
            begin, ok = token_before(text, paren.start(), floor)
            if ok:
                pos = begin
                continue
        if text[pos - 1] == "、" and pos < head_start and pos - 1 > floor:
            begin, ok = token_before(text, pos - 1, floor)
            if begin == pos - 2 and text[begin] in DIRECTIONS:
                ok = False              # 村北、金沙寺: a lone bearing before the mark lists no name (auditzh24)
            if ok:
                pos = begin
                continue
            break
        begin, ok = token_before(text, pos, floor)
        if not ok:
            break
        if pos < head_start and text[begin:pos] in big_places() and len(text[pos:head_start]) >= 2:
            return pos  # 台湾|新竹飞行基地: a province or country before a named place stays outside, and its last
            #             character opens no place across the boundary (江苏|南京保卫战, not 苏南 + 京; s29zhlong)
        pos = begin
    if floor < pos < head_start:
        places = known_places()
        for width in (2, 3):       # 黄|海大东沟海战: the walk split a known place (黄海); its start opens the name
            for before in range(1, width):
                if pos - before >= floor and pos - before + width <= head_start \
                        and text[pos - before] not in STOP_CHARS and text[pos - before:pos - before + width] in places:
                    return pos - before
    return pos


@lru_cache(maxsize=1)
def big_places() -> frozenset[str]:
    """Countries and provinces (gazetteer kinds), which only modify the name after them."""
    names = set()
    for file_name in ("gazetteer_cn.tsv", "places_world.tsv", "places_foreign.tsv", "places_historical.tsv"):
        for row in read_rows(file_name):
            if len(row) > 3 and row[3] in ("province", "country") and len(row[0]) >= 2:
                names.add(row[0])
    return frozenset(names)


# Traditional forms of the abbreviation characters (贛 for 赣 ...)
ABBREVIATIONS |= set("滬遼閩贛魯陝隴綏熱寧貴臺長漢鄭築崑萬嶽膠濟滄寶緬瀋連蘇晉粵瓊雲")


@lru_cache(maxsize=1)
def person_names() -> frozenset[str]:
    names = set()
    for row in read_rows("persons.tsv"):
        names.add(row[0].strip())
        if len(row) > 1:
            names.update(a.strip() for a in row[1].split(",") if a.strip())
    return frozenset(names)


def is_person_in(text: str, name: str) -> bool:
    """A known person, or a name the person finder finds in this text."""
    if name in person_names():
        return True
    if not looks_like_person(name) and "·" not in name:
        return False
    return name in _persons_found(text)


@lru_cache(maxsize=1)
def _persons_found(text: str) -> frozenset[str]:
    """Names the person finder finds in `text` (once per text, however many heads ask)."""
    from pipeline.rules.names import find_persons

    return frozenset(text[c.start : c.end] for c in find_persons(text))


def looks_like_person(name: str) -> bool:
    """张自忠, 史迪威, 中正: a known person, or a surname plus one or two given-name characters."""
    if name in person_names():
        return True
    single, compound = surnames()
    return len(name) == 3 and (name[0] in single or name[:2] in compound)


@lru_cache(maxsize=1)
def verb_chars() -> frozenset[str]:
    """Single characters jieba lists as verbs or prepositions (走, 攻, 由): they end a free name."""
    from pipeline import segment

    return segment.single_char_words(("v", "p"), 1000)


_FREE_WORD_BREAK_POS = ("v", "p", "c", "u", "d", "r", "f", "m", "q", "t", "a")


def free_name_start(text: str, head_start: int, head: str, end: int) -> int | None:
    """Start of an unfamiliar facility name of 2–4 characters before `head`, or None.

    Walks left over dictionary words and single characters; a stop character,
    punctuation, a verb/preposition/particle word or (after some name) a known
    place ends the walk. The name must not be an ordinary word, and the head
    must not close an ordinary word (城门, 后门, 汽车站, 教学楼)."""
    words = word_info()
    places = known_places()
    for k in (1, 2, 3):  # 城门, 汽车站, 办公大楼: the head ends an ordinary word
        piece = text[head_start - k : end]
        if head_start - k >= 0 and piece in words and words[piece][1] != "ns" and words[piece][0] >= 30:
            return None
    floor = max(0, head_start - 4)
    pos = head_start
    while pos > floor:
        char = text[pos - 1]
        if not ("\u4e00" <= char <= "\u9fff") or char in STOP_CHARS or char in FREE_STOP:
            break
        if pos < head_start and any(text[max(0, pos - n) : pos] in places for n in (2, 3, 4)):
            break  # 北京|张自忠路: a place before the name only modifies it
        begin = None
        for length in (3, 2):
            piece = text[pos - length : pos]
            if pos - length >= floor and piece in words and piece[0] not in FREE_STOP:
                begin = pos - length
                break
        if begin is None:
            if char in verb_chars():
                break
            pos -= 1
            continue
        word = text[begin:pos]
        if word not in places and words[word][1].startswith(_FREE_WORD_BREAK_POS):
            break
        pos = begin
    name = text[pos:head_start]
    if not 2 <= len(name) <= 4:
        return None
    if pos == floor and pos > 0 and "\u4e00" <= text[pos - 1] <= "\u9fff" and text[pos - 1] not in STOP_CHARS | FREE_STOP:
        return None  # the name may go on further left: no reliable boundary
    if all(ch in CHINESE_DIGITS for ch in name):
        return None
    info = words.get(name)
    if info and info[0] >= 300 and info[1] not in ("ns", "nz", "nr", "nrt", "j"):
        return None  # 国际航线, 政府大楼: an ordinary word, not a name
    if head in PERSON_NAMED_HEADS and (
        not looks_like_person(name) or any(ch in "逐每各" for ch in name) or is_common_word(name[:2], 100)
    ):
        return None  # 双方逐街: an ordinary word and a distributive, not a street name
    return pos


def contains_known_place(name: str) -> bool:
    places = known_places()
    return any(name[i:j] in places for i in range(len(name)) for j in range(i + 2, len(name) + 1))


def ends_in_place(name: str) -> bool:
    """邙山头, 黄河, 郑州黄河: the name ends in a known place (optionally plus a suffix such as 头)."""
    places = known_places()
    core = name[:-1] if name[-1] in PLACE_SUFFIXES else name
    return any(core[i:] in places for i in range(len(core) - 1))
