"""The second and third passes of the MIL_UNIT finder (pipeline.rules.units): the name written before a
head word — a commander's name before 兵团/军团/集团军/支队 (汤恩伯兵团, 孙军团, 宫下兵团), a Japanese surname or
place before 师团/联队/部队 (板垣师团, 熊本师团), a place before 远征军/派遣军/方面军 (缅北远征军) — and the region
or owner before 军区/军分区/总团 (晋察冀军区, 财政部税警总团), with the characters and words that end a name."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lexicons import read_rows, longest_first
from pipeline.normalize.units import CORPS_HEADS, HQ, REGION_HEADS, prefixes, side_from_context
from pipeline.rules.names import japanese_surnames, surnames
from pipeline.rules.place_abbreviations import province_abbreviations
from pipeline.rules.scan import guarded
from pipeline.rules.names_common import is_han as is_cjk

# Characters that cannot be part of a commander's name or a place before a head word.
STOP = set("的之与和及在于由向将被令以对为从是有了把给让同至到经率派调归属辖等各该这那其"
            "下入战军师团队旅营连区部个些线力第，。、；：！？（）()「」“”《》 \n\t"
            "0123456789０１２３４５６７８９〇零一二三四五六七八九十百千万")
_NAME_STOP = STOP - set("下入战")
# Single-character surnames that are also function words: a name starting with one is
# re-read without it (和刘戡兵团 → 刘戡兵团).
_FUNCTION_SURNAMES = set("于向将由以令为对及和与同从把被给让经率派调归属辖等在有是时也又但而即乃且都全各该本此其这那奉")
# Extra characters ruled out for a two-character (typically Japanese) name without a known surname.
_NAME_FALLBACK_STOP = set("国大小全主空航机装坦突快略预后备守警先掩增包攻进追挺游独特抗人民新老此集骑步炮工兵敌我友")
# Troop words that are no names although their characters may be (野沟支队 is a name, 野战支队 not).
_TROOP_WORDS = {"野战", "野炮", "野砲", "野营"}
NAME_LEFT_BOUNDARY = set("，。、；：（）()「」“”《》 \n\t的之和与及以由令对向将被为在军")
_SIDE_PREFIXES = ("日军", "国军", "我军", "敌军", "美军", "英军", "苏军", "盟军", "该", "各", "我", "敌")

HEAD_RE = re.compile("兵[团団]|军[团団]|集[团団]军|支队|远征军|挺进军|派遣军|方面军|驻屯军|航空志愿队|志愿队"
                      "|师[团団](?![长部])|旅[团団](?![长部])|[联连]队(?![长部])|部队(?![长])|[大中]队(?![长部员伍]|人马)")
# Japanese heads named by a commander's Japanese surname (板垣师团, 中岛部队, 加藤大队) or, except
# 部队/大队/中队, by a place with an optional qualifier (熊本师团, 台湾混成旅团); never by a Chinese name.
JP_ONLY_HEADS = {"师团", "師団", "师団", "旅团", "旅団", "联队", "连队", "部队", "大队", "中队"}
_SURNAME_ONLY_JP_HEADS = {"部队", "大队", "中队"}
# Heads named after a commander (汤恩伯兵团, 孙军团); the others are named after a place.
PERSON_HEADS = {"兵团", "兵団", "军团", "军団", "集团军", "集団军", "支队"}
# Heads a commander's surname alone may name (孙军团, 汤兵团), and those that need a known surname.
_SURNAME_ALONE_HEADS = {"兵团", "兵団", "军团", "军団", "支队"}
_JP_NAMED_HEADS = {"支队", "兵团", "兵団"}
_SURNAME_ONLY_HEADS = {"军团", "军団", "集团军", "集団军"}
# Name lengths these heads take: a team nickname is two characters (米兰军团, 庞贝军团), so 军团 takes
# a surname alone or with 某 (孙军团, 关某军团), 集团军 a full three-character name or surname + 某.
_NAME_LENGTHS = {"军团": (), "军団": (), "集团军": (3,), "集団军": (3,)}
# Named forces that a place written before them narrows (印度远征军, 华北派遣军).
PLACE_EXTENDABLE = {"远征军", "派遣军"}
# Characters that are surnames but, alone before 兵团/军团, describe the troops (重兵团, 精兵团).
_NOT_SURNAME_ALONE = set("重轻精强劲雄众多少两几数诸")
# Named formations whose name is a region or an owner (晋察冀军区, 财政部税警总团), with an
# optional headquarters word (rule 15: 晋察冀军区司令部 is one unit).
NAMED_HEAD_RE = re.compile(f"(?P<region>{REGION_HEADS})(?P<rhq>{HQ})?|(?P<corps>{CORPS_HEADS})(?P<chq>{HQ})?")
# every head holds 区 (军分区), 野 (野战军), 总 (税警总团), 安 (保安团), 卫 (自卫大队) or 备 (警备大队) within its
# first 3 characters (scan.py)
NAMED_HEAD_ANCHOR = (re.compile("[区野总安卫备]"), 2)
# Province abbreviations (historical ones included: 察 Chahar, 绥 Suiyuan, 热 Rehe, 康 Xikang)
# that make up base-area names (晋察冀, 晋冀鲁豫, 冀热辽); direction characters follow them (冀中, 鲁南).
PROVINCE_ABBREVIATIONS = set(province_abbreviations(plus="云", without="台港澳") + "淮")
_REGION_TAIL_CHARS = set("东西南北中边省")
_REGION_MAX = 8
# Qualified 总团/总队 that name one well-known formation even without their owner.
CORPS_ALONE = ("税警总团", "教导总队", "别动总队")


def name_before(text: str, head_start: int, unit_ends: frozenset = frozenset(), head: str = "兵团") -> int | None:
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
                and ch not in STOP and ch not in _NOT_SURNAME_ALONE and (before in NAME_LEFT_BOUNDARY or before in _FUNCTION_SURNAMES
                                         or side_from_context(text[max(0, head_start - 9):head_start - 1]))):
            return head_start - 1
    return start


def _commander_before(text: str, head_start: int, unit_ends: frozenset, surname_only: bool,
                      lengths: tuple = (3, 2)) -> int | None:
    single, compound = surnames()

    def valid(name: str) -> bool:
        return len(name) >= 2 and all(is_cjk(c) and c not in _NAME_STOP for c in name)

    cands = []
    for length in (3, 2):
        start = head_start - length
        if start < 0:
            continue
        name = text[start:head_start]
        if not valid(name) or not (length in lengths or name[-1] == "某"):
            continue
        if (name[0] in single or name[:2] in compound) and not _function_word(name):
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
    if not valid(name) or set(name) & _NAME_FALLBACK_STOP or name in _TROOP_WORDS or _function_word(name):
        return None
    if start == 0 or text[start - 1] in NAME_LEFT_BOUNDARY or start in unit_ends:
        return start
    return None


def _function_word(word: str) -> bool:
    """A preposition, conjunction, pronoun, adverb or frequent verb of the dictionary (按照兵团的命令, 根据兵团
    部署, 执行兵团命令): a clause word before the generic head, never a commander's name (auditzh32)."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(word)
    return bool(entry) and (entry[1][:1] in ("p", "c", "r", "d", "u") or (entry[1] == "v" and entry[0] >= 300))


def jp_named_before(text: str, head_start: int, head: str) -> int | None:
    """Start of a Japanese surname (板垣师团, 中岛部队) or, for heads other than 部队, of a place with
    an optional qualifier (熊本师团, 台湾混成旅团) right before a Japanese head."""
    jp = japanese_surnames()
    if text[head_start - 1:head_start] == "某" and head_start >= 3:
        head_start -= 1           # 长谷某师团, 中岛某部队: a surname with 某 "a certain" (r3zhunits)
    for length in (4, 3, 2):
        start = head_start - length
        if start >= 0 and text[start:head_start] in jp and not (start > 0 and text[start - 1] in "个几两数各每该本"):
            if head in _SURNAME_ONLY_JP_HEADS and _ordinary_word(text[start:head_start]):
                continue          # 水上部队, 山中部队: troops on the water, in the hills
            return start
    if head in _SURNAME_ONLY_JP_HEADS:
        return None
    return strict_place_before(text, head_start)


def _ordinary_word(word: str) -> bool:
    """A frequent dictionary word that is no personal name (水上, 河边, 高山)."""
    from pipeline.rules.names_common import word_info

    entry = word_info().get(word)
    return bool(entry) and entry[0] >= 300 and not entry[1].startswith("nr")


@lru_cache(maxsize=1)
def _place_qualifiers() -> tuple[str, ...]:
    """"" and the unit qualifiers of two characters or more, longest first."""
    return ("",) + tuple(sorted((q for q in prefixes() if len(q) >= 2), key=longest_first))


@lru_cache(maxsize=1)
def _place_qualifiers_by_last() -> dict[str, tuple[str, ...]]:
    """_place_qualifiers by their last character, "" first and in their order: only those ending with the
    character before a head can end there."""
    by_last: dict[str, list[str]] = {}
    for qual in _place_qualifiers()[1:]:
        by_last.setdefault(qual[-1], []).append(qual)
    return {last: ("",) + tuple(quals) for last, quals in by_last.items()}


def strict_place_before(text: str, head_start: int) -> int | None:
    """Start of a known place name, optionally followed by a unit qualifier (混成, 骑兵), that ends
    right before the head and starts a word (a side word or punctuation before it)."""
    places = all_place_names()          # a country only says whose (日本师团: Japanese divisions)
    for qual in _place_qualifiers_by_last().get(text[head_start - 1:head_start], ("",)):
        end = head_start - len(qual)
        if qual and not text.startswith(qual, end):
            continue
        for length in (4, 3, 2):
            start = end - length
            if start < 0 or text[start:end] not in places:
                continue
            before = text[start - 1] if start > 0 else "\n"
            if (before in NAME_LEFT_BOUNDARY or not is_cjk(before)
                    or side_from_context(text[max(0, start - 8):start]) is not None):
                return start
    return None


def place_before(text: str, head_start: int) -> int | None:
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
    while start > 0 and head_start - start < 7 and is_cjk(text[start - 1]) and text[start - 1] not in STOP:
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
    places = all_place_names()
    ok = [False] * (len(name) + 1)
    ok[len(name)] = True
    for i in range(len(name) - 1, -1, -1):
        ch = name[i]
        if ch in PROVINCE_ABBREVIATIONS and ok[i + 1]:
            ok[i] = True
        elif i > 0 and ch in _REGION_TAIL_CHARS and ok[i + 1]:
            ok[i] = True
        else:
            ok[i] = any(ok[j] and name[i:j] in places for j in range(i + 2, len(name) + 1))
    return ok[0]


@lru_cache(maxsize=1)
def all_place_names() -> frozenset:
    from pipeline.normalize.places import place_lexicon

    # a country before a region only modifies it (rule 6: 苏联 + 远东军区)
    return frozenset(name for name, entry in place_lexicon().items()
                     if len(name) >= 2 and entry.kind not in ("country", "continent", "ocean"))


def region_before(text: str, head_start: int) -> int | None:
    """Start of a region name right before 军区/军分区 (晋察冀军区, 冀中军区, 山东省军区)."""
    limit = head_start    # the name is a run of CJK characters that are no function words
    while limit > 0 and head_start - limit < _REGION_MAX and is_cjk(text[limit - 1]) and text[limit - 1] not in STOP:
        limit -= 1
    for start in range(limit, head_start - 1):
        if _region_decomposes(text[start:head_start]):
            return start
    return None


def owner_before(text: str, head_start: int) -> int | None:
    """Start of an organisation or place owning a 总团/总队 (财政部税警总团, 江苏省保安总队); the people's
    self-defence corps keeps 民众 between its county and its head (滕县民众自卫总队, auditzh21)."""
    owners, places = _owner_words(), all_place_names()
    if text.startswith("民众自卫", head_start - 2):
        head_start -= 2
    for length in range(min(_REGION_MAX, head_start), 1, -1):
        start = head_start - length
        name = text[start:head_start]
        bare = name[:-1] if name[-1] in "省市县" else name
        if name in owners or bare in places or name in places:    # 滕县 (a county known with its 县)
            return start
    return None


# first-character guards (pipeline.rules.scan.guarded): the same matches, fewer tries;
# put on the patterns scanned over whole texts where `make bench` measured them faster
NAMED_HEAD_RE = guarded(NAMED_HEAD_RE)
HEAD_RE = guarded(HEAD_RE)
